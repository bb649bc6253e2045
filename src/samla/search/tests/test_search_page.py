"""The search page (/search/): stories through the full-text index, people and skills."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from conftest import Org, client_for
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from samla.people.models import OrgUnit, Person, Skill
from samla.people.tests.factories import PersonFactory, SkillFactory
from samla.search.fulltext import index_document
from samla.search.fulltext import selectors as fulltext_selectors
from samla.search.registry import doc_type_get, doc_types_with_kind
from samla.search.selectors_page import PAGE_SIZE, SearchFilters, search_everything
from samla.stories.enums import StoryKind, StoryState
from samla.stories.models import Story, StoryDraft
from samla.stories.search_index import story_index
from samla.stories.tests.factories import StoryFactory

pytestmark = pytest.mark.django_db

URL = reverse("search:search")


def story(
    author: Person,
    title: str,
    body: str = "",
    *,
    language: str = "da",
    audience: OrgUnit | None = None,
    **kwargs: Any,
) -> Story:
    """A published story, indexed as the services would index it."""
    made = StoryFactory(
        author=author,
        title=title,
        language=language,
        sections={"learned": body or title, "situation": "", "differently": ""},
        audience_unit=audience,
        **kwargs,
    )
    story_index(made)
    return made


def hit_titles(response: Any) -> list[str]:
    """The hits' titles as shown, without the <mark> tags."""
    found = re.findall(r'<h4 class="search-hit__title"><a [^>]*>(.*?)</a></h4>', response.text)
    return [re.sub(r"</?mark>", "", title) for title in found]


def search_as(client: Client, q: str, **params: Any) -> Any:
    return client.get(URL, {"q": q, **params})


# --- The happy path ------------------------------------------------------------------------------


@pytest.mark.usefixtures("colleague_reads_english")
def test_an_inflected_danish_word_finds_the_story_with_a_highlight(
    as_colleague: Client, employee: Person
) -> None:
    found = story(employee, "Hvad vi lærte på læringsmødet", "Et godt læringsmøde tager tid.")
    story(employee, "Noget helt andet", "Om kaffe og kage.")
    response = search_as(as_colleague, "læringsmøderne")
    assert response.status_code == 200
    assert hit_titles(response) == ["Hvad vi lærte på læringsmødet"]
    assert "<mark>læringsmøde</mark> tager tid" in response.text
    assert f'href="{found.get_absolute_url()}" lang="da"' in response.text
    assert "Learning" in response.text  # the kind's label, from the registry
    assert employee.full_name in response.text


def test_people_and_skills_are_found_too(as_employee: Client, colleague: Person) -> None:
    SkillFactory(slug="facilitation", name_en="Facilitation", name_da="Facilitering")
    PersonFactory(full_name="Frida Facilitation", title="Workshop lead")
    response = search_as(as_employee, "facilit")
    assert response.status_code == 200
    assert "Frida Facilitation" in response.text
    assert "Who can help with Facilitation?" in response.text
    assert f"{reverse('search:experts')}?q=Facilitation" in response.text


def test_the_empty_query_explains_what_search_can_do(as_employee: Client, employee: Person) -> None:
    story(employee, "Læringsmøde")
    for params in ({}, {"q": ""}, {"q": "   "}, {"q": "?!…"}, {"kind": "lesson"}):
        response = as_employee.get(URL, params)
        assert response.status_code == 200
        assert "Type a word or two in any of our languages." in response.text
        assert hit_titles(response) == []


def test_nothing_found_says_so(as_employee: Client, employee: Person) -> None:
    story(employee, "Læringsmøde")
    response = search_as(as_employee, "blockchain")
    assert response.status_code == 200
    assert "Nothing matches “blockchain” that you can see." in response.text


@pytest.mark.parametrize(
    "persona", ["employee", "colleague", "manager", "learning_lead", "org_admin"]
)
def test_every_signed_in_persona_finds_an_organisation_wide_story(
    request: pytest.FixtureRequest, persona: str, org: Org
) -> None:
    author = PersonFactory(unit=org.sales)
    story(author, "Erfaringer fra læringsmødet")
    client = client_for(request.getfixturevalue(persona))
    assert hit_titles(search_as(client, "læringsmøderne")) == ["Erfaringer fra læringsmødet"]


def test_people_who_left_and_anonymous_visitors_are_sent_to_sign_in(
    as_outsider: Client, employee: Person
) -> None:
    story(employee, "Læringsmøde")
    for client in (as_outsider, Client()):
        response = search_as(client, "læringsmøde")
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_only_get_is_allowed(as_employee: Client) -> None:
    assert as_employee.post(URL, {"q": "x"}).status_code == 405


# --- Who may find what ---------------------------------------------------------------------------


def test_a_story_for_a_unit_is_found_only_inside_that_unit_and_its_sub_units(
    org: Org,
    employee: Person,
    manager: Person,
    colleague: Person,
    learning_lead: Person,
    org_admin: Person,
) -> None:
    story(manager, "Platformens læringsmøde", audience=org.platform)
    story(manager, "Engineerings læringsmøde", audience=org.engineering)
    story(manager, "Alles læringsmøde")

    def titles(person: Person) -> list[str]:
        return sorted(hit_titles(search_as(client_for(person), "læringsmøde")))

    everyone = ["Alles læringsmøde"]
    platform = ["Alles læringsmøde", "Engineerings læringsmøde", "Platformens læringsmøde"]
    assert titles(employee) == platform  # in Platform, a sub-unit of Engineering
    assert titles(manager) == platform
    assert titles(colleague) == everyone  # Sales: outside both
    assert titles(learning_lead) == everyone
    assert titles(org_admin) == everyone  # the root is above the audience, not in it
    engineer = PersonFactory(unit=org.engineering)
    assert titles(engineer) == ["Alles læringsmøde", "Engineerings læringsmøde"]


def test_drafts_hidden_and_removed_stories_are_never_found(
    as_employee: Client, employee: Person, learning_lead: Person
) -> None:
    StoryDraft.objects.create(author=employee, kind=StoryKind.LESSON, data={"title": "Udkast"})
    hidden = story(employee, "Skjult læringsmøde")
    hidden.state = StoryState.HIDDEN
    hidden.save()
    story_index(hidden)
    removed = story(employee, "Fjernet læringsmøde")
    removed.state = StoryState.REMOVED
    removed.save()
    story_index(removed)
    story(employee, "Synligt læringsmøde")
    assert hit_titles(search_as(as_employee, "udkast")) == []
    assert hit_titles(search_as(as_employee, "læringsmøde")) == ["Synligt læringsmøde"]
    lead = client_for(learning_lead)
    assert hit_titles(search_as(lead, "læringsmøde")) == ["Synligt læringsmøde"]


def test_document_types_nobody_registered_are_not_shown(
    as_employee: Client, employee: Person
) -> None:
    index_document(
        doc_type="note",
        object_id="1",
        language="da",
        title="En note om læringsmøder",
        body="",
        url="/notes/1/",
        published_at=timezone.now(),
    )
    story(employee, "Et læringsmøde")
    assert hit_titles(search_as(as_employee, "læringsmøde")) == ["Et læringsmøde"]


def test_stories_register_their_kinds_for_the_page() -> None:
    entry = doc_type_get("story")
    assert entry is not None
    assert str(entry.label) == "Stories"
    assert [k for k, _label in entry.kinds] == list(StoryKind.values)
    assert str(entry.kind_label("lesson")) == "Lesson: it did not go as planned"
    assert doc_types_with_kind("experiment") == ["story"]
    assert doc_types_with_kind("nothing") == []


# --- Filters -------------------------------------------------------------------------------------


def test_kind_filter(as_employee: Client, employee: Person) -> None:
    story(employee, "Læringsmøde som lektion", kind=StoryKind.LESSON)
    story(employee, "Læringsmøde som eksperiment", kind=StoryKind.EXPERIMENT)
    PersonFactory(full_name="Læringsmøde Larsen")
    response = search_as(as_employee, "læringsmøde", kind="lesson")
    assert hit_titles(response) == ["Læringsmøde som lektion"]
    assert "Læringsmøde Larsen" not in response.text  # people have no kind
    both = search_as(as_employee, "læringsmøde")
    assert sorted(hit_titles(both)) == ["Læringsmøde som eksperiment", "Læringsmøde som lektion"]
    assert "Læringsmøde Larsen" in both.text


def test_topic_filter(as_employee: Client, employee: Person) -> None:
    retro = SkillFactory(slug="retrospectives", name_en="Retrospectives", name_da="Retrospektiver")
    story(employee, "Læringsmøde med retro", topics=[retro])
    story(employee, "Læringsmøde uden emne")
    response = search_as(as_employee, "læringsmøde", topic="retrospectives")
    assert hit_titles(response) == ["Læringsmøde med retro"]
    assert '<li class="pill">Retrospectives</li>' in response.text


def test_unit_filter_keeps_stories_for_that_unit_and_below(
    as_employee: Client, org: Org, manager: Person
) -> None:
    story(manager, "Læringsmøde i Platform", audience=org.platform)
    story(manager, "Læringsmøde i Engineering", audience=org.engineering)
    story(manager, "Læringsmøde for alle")
    response = search_as(as_employee, "læringsmøde", unit=org.engineering.pk)
    assert sorted(hit_titles(response)) == ["Læringsmøde i Engineering", "Læringsmøde i Platform"]
    response = search_as(as_employee, "læringsmøde", unit=org.platform.pk)
    assert hit_titles(response) == ["Læringsmøde i Platform"]


def test_unit_filter_finds_people_in_that_unit(
    as_employee: Client, org: Org, colleague: Person, manager: Person
) -> None:
    response = search_as(as_employee, "c", unit=org.sales.pk)
    assert "Cecilia Colleague" in response.text
    assert "Mette Manager" not in response.text


def test_language_filter(as_employee: Client, employee: Person) -> None:
    story(employee, "Vi testede et eksperiment", language="da")
    story(employee, "We ran an experiment", language="en")
    assert hit_titles(search_as(as_employee, "experiment", language="en")) == [
        "We ran an experiment"
    ]
    assert hit_titles(search_as(as_employee, "eksperiment", language="da")) == [
        "Vi testede et eksperiment"
    ]


def test_date_filter(as_employee: Client, employee: Person) -> None:
    now = timezone.now()
    story(employee, "Læringsmøde i går", published_at=now - timedelta(days=1))
    story(employee, "Læringsmøde for to måneder siden", published_at=now - timedelta(days=60))
    story(employee, "Læringsmøde for to år siden", published_at=now - timedelta(days=730))
    assert hit_titles(search_as(as_employee, "læringsmøde", since="week")) == ["Læringsmøde i går"]
    assert hit_titles(search_as(as_employee, "læringsmøde", since="month")) == ["Læringsmøde i går"]
    assert hit_titles(search_as(as_employee, "læringsmøde", since="year")) == [
        "Læringsmøde i går",
        "Læringsmøde for to måneder siden",
    ]
    assert len(hit_titles(search_as(as_employee, "læringsmøde"))) == 3


def test_the_filter_form_keeps_what_was_chosen(as_employee: Client, org: Org) -> None:
    SkillFactory(slug="retrospectives", name_en="Retrospectives")
    response = search_as(
        as_employee,
        "retro",
        kind="lesson",
        topic="retrospectives",
        unit=org.platform.pk,
        language="sv",
        since="month",
    )
    assert response.status_code == 200
    text = response.text
    assert '<option value="lesson" selected>' in text
    assert '<option value="retrospectives" selected>' in text
    assert f'<option value="{org.platform.pk}" selected>' in text
    assert '<option value="sv" selected>' in text
    assert '<option value="month" selected>' in text


# --- Pages, htmx ---------------------------------------------------------------------------------


def test_more_results_pages_through_every_hit_once(as_employee: Client, employee: Person) -> None:
    now = timezone.now()
    for i in range(PAGE_SIZE + 3):
        story(employee, f"Læringsmøde nummer {i}", published_at=now - timedelta(hours=i))
    first = search_as(as_employee, "læringsmøde")
    assert len(hit_titles(first)) == PAGE_SIZE
    more = re.search(r'<a class="button button--secondary" href="([^"]+)"', first.text)
    assert more is not None
    second = as_employee.get(more.group(1).replace("&amp;", "&"))
    assert second.status_code == 200
    assert len(hit_titles(second)) == 3
    assert set(hit_titles(first)).isdisjoint(hit_titles(second))
    assert "Back to the first results" in second.text
    assert "More results" not in second.text


def test_htmx_gets_the_results_partial(
    as_employee: Client, employee: Person, htmx_headers: dict[str, str]
) -> None:
    story(employee, "Læringsmøde")
    response = as_employee.get(URL, {"q": "læringsmøderne"}, **htmx_headers)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section id="search-results"')
    assert "<html" not in response.text
    assert hit_titles(response) == ["Læringsmøde"]


def test_htmx_more_results_get_only_the_next_hits(
    as_employee: Client, employee: Person, htmx_headers: dict[str, str]
) -> None:
    now = timezone.now()
    for i in range(PAGE_SIZE + 1):
        story(employee, f"Læringsmøde {i}", published_at=now - timedelta(hours=i))
    first = search_as(as_employee, "læringsmøde")
    cursor = re.search(r"cursor=([^\"&]+)", first.text)
    assert cursor is not None
    response = as_employee.get(URL, {"q": "læringsmøde", "cursor": cursor.group(1)}, **htmx_headers)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<li class="search-hit">')
    assert hit_titles(response) == [f"Læringsmøde {PAGE_SIZE}"]
    assert "search-more" not in response.text


def test_too_many_matches_say_the_list_is_truncated(
    as_employee: Client, employee: Person, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fulltext_selectors, "CANDIDATES", 2)
    for i in range(3):
        story(employee, f"Læringsmøde {i}")
    response = search_as(as_employee, "læringsmøde")
    assert "only the newest 500 are ranked" in response.text
    assert "only the newest 500 are ranked" not in search_as(as_employee, "nummer").text


def test_the_form_is_set_up_for_search_as_you_type(as_employee: Client) -> None:
    text = as_employee.get(URL).text
    assert 'hx-get="/search/"' in text
    assert 'hx-target="#search-results"' in text
    assert 'hx-push-url="true"' in text
    assert "input changed delay:300ms from:#search-q" in text
    assert '<label for="search-q">Search for</label>' in text


# --- Bad input -----------------------------------------------------------------------------------


def test_a_query_over_100_characters_is_refused_with_a_message(
    as_employee: Client, htmx_headers: dict[str, str]
) -> None:
    response = search_as(as_employee, "x" * 101)
    assert response.status_code == 400
    assert "Please search with at most 100 characters." in response.text
    assert search_as(as_employee, "x" * 100).status_code == 200
    partial = as_employee.get(URL, {"q": "x" * 101}, **htmx_headers)
    assert partial.status_code == 422
    assert "Please search with at most 100 characters." in partial.text


@pytest.mark.parametrize("cursor", ["nonsense", "WzEsMiwzXQ", "x" * 300, "eyJ"])
def test_a_bad_cursor_is_refused_with_a_message(
    as_employee: Client, employee: Person, cursor: str, htmx_headers: dict[str, str]
) -> None:
    story(employee, "Læringsmøde")
    response = search_as(as_employee, "læringsmøde", cursor=cursor)
    assert response.status_code == 400
    assert "This list of results has expired or its address is broken." in response.text
    partial = as_employee.get(URL, {"q": "læringsmøde", "cursor": cursor}, **htmx_headers)
    assert partial.status_code == 422
    assert "This list of results has expired" in partial.text


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "gossip"},
        {"topic": "no-such-topic"},
        {"unit": "abc"},
        {"unit": "999999"},
        {"unit": "9" * 40},
        {"language": "de"},
        {"since": "decade"},
    ],
)
def test_bad_filters_are_refused_with_a_message(
    as_employee: Client, employee: Person, params: dict[str, str]
) -> None:
    story(employee, "Læringsmøde")
    response = search_as(as_employee, "læringsmøde", **params)
    assert response.status_code == 400
    assert "The search could not be run. Check the marked fields." in response.text
    assert 'class="field__error"' in response.text
    assert hit_titles(response) == []


def test_operators_are_just_words_and_nul_is_refused(as_employee: Client, employee: Person) -> None:
    story(employee, "Læringsmøde AND NEAR")
    for q in ["læringsmøde AND near", 'læringsmøde "and" -(near) *', "NEAR(læringsmøde and)"]:
        assert hit_titles(search_as(as_employee, q)) == ["Læringsmøde AND NEAR"]
    assert hit_titles(search_as(as_employee, "læringsmøde OR nothing")) == []
    response = search_as(as_employee, "\x00læringsmøde")
    assert response.status_code == 400
    assert "Null characters are not allowed." in response.text


# --- The header box ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/people/", "/search/experts/", "/search/"])
def test_every_page_has_the_header_search_box(as_employee: Client, path: str) -> None:
    text = as_employee.get(path).text
    assert '<form class="site-search" method="get" action="/search/" role="search"' in text
    assert '<label for="site-search-q" class="visually-hidden">' in text
    assert '<input type="search" id="site-search-q" name="q"' in text


# --- Query counts --------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 3])
def test_the_page_makes_the_same_queries_for_1_and_3_hits(
    count: int, as_employee: Client, org: Org, manager: Person, django_assert_num_queries: Any
) -> None:
    skill = SkillFactory(slug="retrospectives", name_en="Retrospectives")
    for i in range(count):
        author = PersonFactory(unit=org.sales)
        story(author, f"Læringsmøde {i}", topics=[skill])
    # Session, person; the topic list, the viewer's unit, the index (PostgreSQL first asks
    # the planner), the hits' documents, people, skills, the hits' authors; the unit list; the
    # bell's unread count; the viewer's circles.
    expected = {"sqlite": 12, "postgresql": 13}[connection.vendor]
    with django_assert_num_queries(expected):
        response = search_as(as_employee, "læringsmøde")
    assert len(hit_titles(response)) == count


def test_the_selector_can_be_used_without_the_page(employee: Person, org: Org) -> None:
    story(employee, "Læringsmøde", audience=org.platform)
    results = search_everything(viewer=employee, query="læringsmøderne", filters=SearchFilters())
    assert [h.hit.title for h in results.hits] == ["Læringsmøde"]
    assert results.hits[0].author == employee
    assert str(results.hits[0].type_label) == "Stories"
    nobody = PersonFactory(unit=None)
    results = search_everything(viewer=nobody, query="læringsmøde", filters=SearchFilters())
    assert results.hits == []
    assert not Skill.objects.exists()
