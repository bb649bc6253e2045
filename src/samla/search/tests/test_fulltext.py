"""Full-text search through its public interface, on whichever engine the suite runs on."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samla.search.fulltext import (
    InvalidCursor,
    SearchPage,
    index_document,
    remove_document,
    search,
)
from samla.search.fulltext import selectors as fulltext_selectors
from samla.search.models import SearchDocument

pytestmark = pytest.mark.django_db


def add(object_id: str, title: str, body: str = "", **kwargs: Any) -> None:
    values: dict[str, Any] = {
        "doc_type": "story",
        "object_id": object_id,
        "language": "en",
        "title": title,
        "body": body,
        "url": f"/stories/{object_id}/",
        "published_at": timezone.now() - timedelta(days=1),
    }
    values.update(kwargs)
    index_document(**values)


def found(page: SearchPage) -> list[str]:
    return [hit.object_id for hit in page.hits]


def find(query: str, **kwargs: Any) -> list[str]:
    kwargs.setdefault("viewer_unit_path", None)
    return found(search(query=query, **kwargs))


@pytest.mark.parametrize(
    ("language", "stored", "query"),
    [
        ("da", "Hvad vi lærte på et læringsmøde", "læringsmøderne"),
        ("sv", "Ett möte om att dela kunskap", "mötena"),
        ("nb", "En erfaring fra prosjektet", "erfaringene"),
        ("en", "A small experiment with pairing", "experiments"),
    ],
)
def test_inflected_forms_find_each_other(language: str, stored: str, query: str) -> None:
    add("1", stored, language=language)
    add("2", "Something else entirely", language=language)
    assert find(query) == ["1"]
    assert find(query, language=language) == ["1"]


def test_body_matches_and_words_are_all_required() -> None:
    add("1", "Retrospective", "We learned how to run a blameless review")
    add("2", "Retrospective", "We ran a review of the backlog")
    assert find("blameless reviews") == ["1"]
    assert sorted(find("reviewing")) == ["1", "2"]


def test_quoted_phrase_needs_the_words_in_order() -> None:
    add("1", "Pair programming every week")
    add("2", "Programming in a pair, every week")
    assert find('"pair programming"') == ["1"]
    assert sorted(find("pair programming")) == ["1", "2"]


def test_language_filter_keeps_only_that_language() -> None:
    add("da", "Kundemøde med feedback", language="da")
    add("en", "Customer feedback session", language="en")
    assert find("feedback", language="da") == ["da"]
    assert find("feedback", language="en") == ["en"]
    assert sorted(find("feedback")) == ["da", "en"]


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        search(query="x", viewer_unit_path=None, language="de")
    with pytest.raises(ValueError, match="language"):
        add("1", "Ein Versuch", language="de")


def test_audience_unit_sees_own_and_sub_units_only(org) -> None:
    add("all", "Onboarding checklist")
    add("eng", "Onboarding for engineers", unit_path=org.engineering.path)
    add("plat", "Onboarding for the platform team", unit_path=org.platform.path)

    assert sorted(find("onboarding", viewer_unit_path=org.platform.path)) == ["all", "eng", "plat"]
    assert sorted(find("onboarding", viewer_unit_path=org.engineering.path)) == ["all", "eng"]
    assert find("onboarding", viewer_unit_path=org.sales.path) == ["all"]
    assert find("onboarding", viewer_unit_path=None) == ["all"]
    assert find("onboarding", viewer_unit_path="") == ["all"]


def test_audience_is_not_a_string_prefix_of_a_sibling_path() -> None:
    add("unit", "Budget review", unit_path="000001000002")
    assert find("budget", viewer_unit_path="000001000002000007") == ["unit"]
    assert find("budget", viewer_unit_path="000001000020") == []
    assert find("budget", viewer_unit_path="000001") == []


def test_circle_documents_only_for_circle_members() -> None:
    add("open", "Kubernetes notes")
    add("circle", "Kubernetes circle notes", circle_id=7)
    assert find("kubernetes") == ["open"]
    assert find("kubernetes", viewer_circle_ids=[3]) == ["open"]
    assert sorted(find("kubernetes", viewer_circle_ids=[3, 7])) == ["circle", "open"]


def test_hidden_documents_are_never_returned() -> None:
    add("shown", "Lessons from the outage")
    add("hidden", "Lessons from the outage, draft", is_visible=False)
    assert find("outage") == ["shown"]
    add("hidden", "Lessons from the outage, draft", is_visible=True)
    assert sorted(find("outage")) == ["hidden", "shown"]
    add("hidden", "Lessons from the outage, draft", is_visible=False)
    assert find("outage") == ["shown"]


def test_upsert_replaces_without_duplicates() -> None:
    add("1", "Terraform modules", published_at=timezone.now() - timedelta(days=30))
    add("1", "Ansible playbooks", published_at=timezone.now() - timedelta(days=2))
    add("1", "Ansible playbooks", published_at=timezone.now() - timedelta(days=2))
    assert SearchDocument.objects.count() == 1
    assert find("terraform") == []
    assert find("ansible") == ["1"]


def test_remove_document() -> None:
    add("1", "Mentoring programme")
    add("2", "Mentoring circle")
    remove_document(doc_type="story", object_id="1")
    remove_document(doc_type="story", object_id="does-not-exist")
    assert find("mentoring") == ["2"]
    assert list(SearchDocument.objects.values_list("object_id", flat=True)) == ["2"]


def test_same_object_id_in_two_doc_types_are_two_documents() -> None:
    add("1", "Feedback culture", doc_type="story")
    add("1", "Feedback culture?", doc_type="question")
    assert SearchDocument.objects.count() == 2
    assert find("feedback", doc_types=["question"]) == ["1"]


def test_filters() -> None:
    now = timezone.now()
    add("s1", "Docker tips", kind="tip", topics=["docker"], published_at=now - timedelta(days=3))
    add("s2", "Docker lesson", kind="lesson", topics=["docker", "k8s"])
    add("q1", "Docker question", doc_type="question", published_at=now - timedelta(days=40))
    add("sv", "Docker för nybörjare", language="sv", topics=["k8s"])

    assert sorted(find("docker", doc_types=["question"])) == ["q1"]
    assert sorted(find("docker", doc_types=["story", "question"], language="en")) == [
        "q1",
        "s1",
        "s2",
    ]
    assert find("docker", kinds=["tip"]) == ["s1"]
    assert sorted(find("docker", topics=["k8s"])) == ["s2", "sv"]
    assert sorted(find("docker", topics=["k8s", "docker"])) == ["s1", "s2", "sv"]
    assert find("docker", language="sv") == ["sv"]
    assert sorted(find("docker", since=now - timedelta(days=10))) == ["s1", "s2", "sv"]
    assert sorted(find("docker", since=now - timedelta(days=2))) == ["s2", "sv"]
    # Empty filters do not filter.
    assert len(find("docker", doc_types=[], kinds=(), topics=None)) == 4


def test_unit_path_filter(org) -> None:
    add("all", "Hackathon")
    add("eng", "Hackathon results", unit_path=org.engineering.path)
    add("plat", "Hackathon demo", unit_path=org.platform.path)
    viewer = org.platform.path
    assert sorted(find("hackathon", viewer_unit_path=viewer, unit_path=org.engineering.path)) == [
        "eng",
        "plat",
    ]
    assert find("hackathon", viewer_unit_path=viewer, unit_path=org.platform.path) == ["plat"]
    assert find("hackathon", viewer_unit_path=viewer, unit_path="") == ["all"]
    # Filtering never widens the audience.
    assert find("hackathon", viewer_unit_path=org.sales.path, unit_path=org.platform.path) == []


def test_hit_carries_the_document_fields() -> None:
    published = timezone.now() - timedelta(days=5)
    add(
        "7",
        "Shadowing a support engineer",
        "A day on the support desk.",
        kind="learning",
        topics=["support"],
        author_id=42,
        published_at=published,
    )
    (hit,) = search(query="shadowing", viewer_unit_path=None).hits
    assert (hit.doc_type, hit.object_id, hit.url, hit.kind, hit.topics, hit.author_id) == (
        "story",
        "7",
        "/stories/7/",
        "learning",
        ("support",),
        42,
    )
    assert hit.published_at == published
    assert hit.language == "en"
    assert hit.circle_id is None
    assert hit.rank > 0


def test_snippet_marks_matches_and_escapes_markup() -> None:
    add(
        "1",
        "Testing <b>in</b> production",
        "Before: <script>alert('x')</script> we tested our deployments & rollbacks in staging.",
    )
    (hit,) = search(query="tests deployment", viewer_unit_path=None).hits
    assert hit.title_html == "<mark>Testing</mark> &lt;b&gt;in&lt;/b&gt; production"
    assert "<script>" not in hit.snippet_html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in hit.snippet_html
    assert "<mark>tested</mark>" in hit.snippet_html
    assert "<mark>deployments</mark> &amp; rollbacks" in hit.snippet_html


def test_snippet_of_a_long_body_shows_the_match() -> None:
    body = (
        "Filler words about nothing much. " * 40
        + "Here the canary release went well. "
        + ("More filler text follows here. " * 40)
    )
    add("1", "Release notes", body)
    (hit,) = search(query="canary", viewer_unit_path=None).hits
    assert "<mark>canary</mark> release" in hit.snippet_html
    assert hit.snippet_html.startswith("…")
    assert hit.snippet_html.endswith("…")
    assert len(hit.snippet_html) < 400


def test_newer_ranks_above_older_when_equally_relevant() -> None:
    now = timezone.now()
    add("old", "Coaching basics", published_at=now - timedelta(days=400))
    add("new", "Coaching basics", published_at=now - timedelta(days=2))
    add("mid", "Coaching basics", published_at=now - timedelta(days=60))
    assert find("coaching") == ["new", "mid", "old"]


def test_title_match_ranks_above_body_match_of_the_same_age() -> None:
    published = timezone.now() - timedelta(days=3)
    add("body", "Weekly notes", "We talked about accessibility audits.", published_at=published)
    add("title", "Accessibility audits", "Weekly notes.", published_at=published)
    assert find("accessibility") == ["title", "body"]


def test_cursor_pages_are_disjoint_and_complete() -> None:
    now = timezone.now()
    for i in range(25):
        add(
            str(i),
            f"Observability tip {i}",
            "logs " * (i % 4),
            published_at=now - timedelta(days=i),
        )
    first = search(query="observability", viewer_unit_path=None, limit=10)
    second = search(
        query="observability", viewer_unit_path=None, limit=10, cursor=first.next_cursor
    )
    third = search(
        query="observability", viewer_unit_path=None, limit=10, cursor=second.next_cursor
    )
    pages = [found(first), found(second), found(third)]
    assert [len(p) for p in pages] == [10, 10, 5]
    assert third.next_cursor is None
    assert sorted(pages[0] + pages[1] + pages[2], key=int) == [str(i) for i in range(25)]
    ranks = [h.rank for page in (first, second, third) for h in page.hits]
    assert ranks == sorted(ranks, reverse=True)
    assert not first.truncated


def test_invalid_cursor_is_refused() -> None:
    add("1", "Anything")
    with pytest.raises(InvalidCursor):
        search(query="anything", viewer_unit_path=None, cursor="not-a-cursor")
    with pytest.raises(ValueError):
        search(query="anything", viewer_unit_path=None, cursor="WzIsMSwyLDNd")


def test_only_the_newest_candidates_are_ranked(monkeypatch) -> None:
    monkeypatch.setattr(fulltext_selectors, "CANDIDATES", 3)
    now = timezone.now()
    for i in range(5):
        add(str(i), "Design review", published_at=now - timedelta(days=i))
    page = search(query="design", viewer_unit_path=None)
    assert sorted(found(page)) == ["0", "1", "2"]
    assert page.truncated


@pytest.mark.parametrize("query", ["", "   ", "?!", '"" ** -- () :^', "\x00", "«»—…"])
def test_empty_queries_give_an_empty_page_without_queries(query, django_assert_num_queries):
    add("1", "Something")
    with django_assert_num_queries(0):
        page = search(query=query, viewer_unit_path=None)
    assert page == SearchPage()


def test_query_is_limited_to_ten_words_and_100_characters() -> None:
    page = search(query=" ".join(f"w{i}" for i in range(15)), viewer_unit_path=None)
    assert page.words == tuple(f"w{i}" for i in range(10))
    page = search(query="a" * 98 + " bcd", viewer_unit_path=None)
    assert page.words == ("a" * 98, "b")


def test_operators_are_words(org) -> None:
    add("1", "Pros and cons of NEAR shoring")
    add("2", "Pros of offshoring")
    assert find("pros AND near") == ["1"]
    assert find("pros -cons") == ["1"]
    assert find("pros OR nothing") == []


@pytest.mark.parametrize("count", [1, 3])
def test_search_query_count(count: int, django_assert_num_queries) -> None:
    for i in range(count):
        add(str(i), f"Pairing session {i}")
    # Candidates and the page's documents; PostgreSQL first asks the planner for an estimate.
    expected = {"sqlite": 2, "postgresql": 3}[connection.vendor]
    with django_assert_num_queries(expected):
        page = search(query="pairing", viewer_unit_path="000001")
    assert len(page.hits) == count


def test_index_document_refuses_bad_input() -> None:
    now = timezone.now()
    with pytest.raises(ValueError, match="timezone"):
        add("1", "x", published_at=now.replace(tzinfo=None))
    with pytest.raises(ValueError, match="unit_path"):
        add("1", "x", unit_path="00001")
    with pytest.raises(ValueError, match="object_id"):
        add("x" * 65, "x")
    assert SearchDocument.objects.count() == 0


def test_long_title_is_cut_and_nul_is_dropped() -> None:
    add("1", "Долгий " * 60, "body with\x00nul")
    doc = SearchDocument.objects.get()
    assert len(doc.title) == 300
    assert "\x00" not in doc.body
    assert find("nul") == ["1"]


OPERATORS = st.sampled_from(
    [
        '"',
        "*",
        "NEAR",
        "NEAR(",
        "AND",
        "OR",
        "NOT",
        "-",
        ":",
        "(",
        ")",
        "^",
        "\x00",
        "+",
        "{",
        "}",
        "title:",
        "'",
        "\\",
        "&",
        "|",
        "!",
        "<->",
        ":*",
        " ",
        "å",
        "ß",
        "İ",
        "\u0301",
        "\ufeff",
    ]
)
QUERIES = st.one_of(
    st.text(max_size=120),
    st.lists(st.one_of(OPERATORS, st.text(max_size=8)), max_size=30).map("".join),
)


@settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    query=QUERIES,
    language=st.sampled_from([None, "en", "da", "sv", "nb"]),
    phrase=st.booleans(),
)
def test_search_never_raises_on_any_query(query: str, language: str | None, phrase: bool) -> None:
    if not SearchDocument.objects.exists():
        add("1", "NEAR AND OR the * quick: brown (fox)", "læringsmøde mötena erfaring")
    text = f'"{query}"' if phrase else query
    page = search(query=text, viewer_unit_path="000001", language=language)
    assert len(page.hits) <= 1
