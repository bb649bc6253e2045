"""GET /stories (the Latest feed), GET /stories/{id} and GET /search."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from conftest import Org
from django.db import connection
from django.test import Client
from django.utils import timezone

from samla.api.tests.conftest import API
from samla.people.models import OrgUnit, Person
from samla.people.tests.factories import PersonFactory, SkillFactory
from samla.stories.enums import ReactionKind, StoryKind, StoryState
from samla.stories.models import Reaction, Story, StoryDraft
from samla.stories.search_index import story_index
from samla.stories.tests.factories import StoryFactory

pytestmark = pytest.mark.django_db


def story(
    author: Person,
    title: str,
    *,
    audience: OrgUnit | None = None,
    language: str = "da",
    **kwargs: Any,
) -> Story:
    made = StoryFactory(
        author=author,
        title=title,
        language=language,
        sections={"learned": f"Om {title.lower()}.", "situation": "", "differently": ""},
        sections_html={"learned": f"<p>Om {title.lower()}.</p>"},
        audience_unit=audience,
        **kwargs,
    )
    story_index(made)
    return made


def titles(data: dict[str, Any]) -> list[str]:
    return [item["title"] for item in data["items"]]


# --- GET /stories --------------------------------------------------------------------------------


def test_latest_lists_readable_stories_newest_first(
    as_employee: Client, employee: Person, manager: Person, org: Org
) -> None:
    now = timezone.now()
    skill = SkillFactory(slug="retrospectives", name_en="Retrospectives")
    old = story(manager, "Ældre", published_at=now - timedelta(days=2), topics=[skill])
    story(manager, "Nyere", published_at=now - timedelta(days=1), audience=org.platform)
    response = as_employee.get(f"{API}/stories")
    assert response.status_code == 200
    data = response.json()
    assert titles(data) == ["Nyere", "Ældre"]
    assert data["next_cursor"] is None
    assert data["items"][1] == {
        "id": old.pk,
        "kind": "learning",
        "title": "Ældre",
        "language": "da",
        "author": {"id": manager.pk, "name": "Mette Manager"},
        "topics": ["retrospectives"],
        "audience_unit_id": None,
        "published_at": data["items"][1]["published_at"],
        "edited_at": None,
        "teaser": old.teaser,
        "url": f"/stories/{old.pk}/",
    }
    assert data["items"][0]["audience_unit_id"] == org.platform.pk
    published = datetime.fromisoformat(data["items"][1]["published_at"].replace("Z", "+00:00"))
    assert abs(published - old.published_at) < timedelta(milliseconds=1)


def test_latest_pages_by_cursor(as_employee: Client, manager: Person) -> None:
    now = timezone.now()
    for i in range(5):
        story(manager, f"Historie {i}", published_at=now - timedelta(hours=i))
    first = as_employee.get(f"{API}/stories", {"limit": 2}).json()
    assert titles(first) == ["Historie 0", "Historie 1"]
    second = as_employee.get(f"{API}/stories", {"limit": 2, "cursor": first["next_cursor"]}).json()
    assert titles(second) == ["Historie 2", "Historie 3"]
    third = as_employee.get(f"{API}/stories", {"limit": 2, "cursor": second["next_cursor"]}).json()
    assert titles(third) == ["Historie 4"]
    assert third["next_cursor"] is None


def test_latest_by_kind(as_employee: Client, manager: Person) -> None:
    story(manager, "En lektion", kind=StoryKind.LESSON)
    story(manager, "Et eksperiment", kind=StoryKind.EXPERIMENT)
    data = as_employee.get(f"{API}/stories", {"kind": "lesson"}).json()
    assert titles(data) == ["En lektion"]


def test_latest_keeps_unit_stories_inside_the_unit(
    as_employee: Client, as_colleague: Client, manager: Person, org: Org
) -> None:
    story(manager, "Kun for Platform", audience=org.platform)
    story(manager, "For Engineering", audience=org.engineering)
    story(manager, "For alle")
    assert sorted(titles(as_employee.get(f"{API}/stories").json())) == [
        "For Engineering",
        "For alle",
        "Kun for Platform",
    ]
    assert titles(as_colleague.get(f"{API}/stories").json()) == ["For alle"]


def test_drafts_hidden_and_removed_stories_are_never_listed(
    as_employee: Client, employee: Person
) -> None:
    StoryDraft.objects.create(author=employee, kind=StoryKind.TIP, data={"title": "Mit udkast"})
    story(employee, "Skjult", state=StoryState.HIDDEN)
    story(employee, "Fjernet", state=StoryState.REMOVED)
    story(employee, "Synlig")
    assert titles(as_employee.get(f"{API}/stories").json()) == ["Synlig"]


@pytest.mark.parametrize("cursor", ["nonsense", "1.2.3", "12.abc", "-5.1"])
def test_latest_with_a_bad_cursor_is_400(as_employee: Client, cursor: str) -> None:
    response = as_employee.get(f"{API}/stories", {"cursor": cursor})
    assert response.status_code == 400
    assert response.json() == {
        "detail": "The cursor is not one this API gave out. Start again without a cursor."
    }


@pytest.mark.parametrize(
    ("params", "detail"),
    [
        ({"kind": "gossip"}, "kind: “gossip” is not a kind of story."),
        ({"limit": 0}, "limit: Give a number of at least 1."),
        ({"limit": 101}, "limit: Give a number of at most 100."),
        ({"cursor": "x" * 201}, "cursor: Use at most 200 characters."),
    ],
)
def test_latest_with_bad_input_is_422(
    as_employee: Client, params: dict[str, Any], detail: str
) -> None:
    response = as_employee.get(f"{API}/stories", params)
    assert response.status_code == 422
    assert response.json()["detail"].startswith(detail)


def test_stories_need_a_signed_in_active_person(as_outsider: Client, manager: Person) -> None:
    story(manager, "For alle")
    for client in (Client(), as_outsider):
        for path in ("/stories", "/search?q=alle", f"/stories/{Story.objects.get().pk}"):
            response = client.get(f"{API}{path}")
            assert response.status_code == 401
            assert response.json() == {"detail": "Sign in to Samla to use its API."}


@pytest.mark.parametrize("count", [1, 3])
def test_latest_query_count(
    count: int, as_employee: Client, org: Org, django_assert_num_queries: Any
) -> None:
    skill = SkillFactory(slug="retrospectives", name_en="Retrospectives")
    for i in range(count):
        story(PersonFactory(unit=org.sales), f"Historie {i}", topics=[skill])
    # Session, person, the viewer's unit, the viewer's circles; the page, its topics, its
    # reactions.
    with django_assert_num_queries(7):
        data = as_employee.get(f"{API}/stories").json()
    assert len(data["items"]) == count


# --- GET /stories/{id} ---------------------------------------------------------------------------


def test_story_detail(as_employee: Client, employee: Person, manager: Person, org: Org) -> None:
    skill = SkillFactory(slug="retrospectives", name_en="Retrospectives")
    made = story(
        manager,
        "Læringsmødet",
        audience=org.engineering,
        topics=[skill],
        kind=StoryKind.ARTICLE,
        link_url="https://example.com/retro",
    )
    Reaction.objects.create(story=made, person=employee, kind=ReactionKind.HELPED)
    Reaction.objects.create(story=made, person=manager, kind=ReactionKind.HELPED)
    Reaction.objects.create(story=made, person=employee, kind=ReactionKind.THANKS)
    response = as_employee.get(f"{API}/stories/{made.pk}")
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == "Læringsmødet"
    assert data["kind"] == "article"
    assert data["author"] == {"id": manager.pk, "name": "Mette Manager"}
    assert data["topics"] == ["retrospectives"]
    assert data["audience_unit_id"] == org.engineering.pk
    assert data["sections_html"] == {"learned": "<p>Om læringsmødet.</p>"}
    assert data["link_url"] == "https://example.com/retro"
    assert data["reactions"] == {"helped": 2, "will_try": 0, "thanks": 1}


def test_a_unit_story_is_404_outside_the_unit_and_200_in_a_sub_unit(
    as_employee: Client, as_colleague: Client, as_admin: Client, manager: Person, org: Org
) -> None:
    made = story(manager, "For Engineering", audience=org.engineering)
    assert as_employee.get(f"{API}/stories/{made.pk}").status_code == 200  # Platform is below
    response = as_admin.get(f"{API}/stories/{made.pk}")  # the root is above, not inside
    assert response.status_code == 404
    assert response.json() == {"detail": "This does not exist, or you cannot see it."}
    response = as_colleague.get(f"{API}/stories/{made.pk}")  # Sales; works in Swedish
    assert response.status_code == 404
    assert response.json() == {"detail": "Det här finns inte, eller så kan du inte se det."}


def test_hidden_stories_only_for_their_author_and_moderators(
    as_employee: Client, as_colleague: Client, as_learning_lead: Client, employee: Person
) -> None:
    made = story(employee, "Skjult", state=StoryState.HIDDEN)
    assert as_employee.get(f"{API}/stories/{made.pk}").status_code == 200
    assert as_learning_lead.get(f"{API}/stories/{made.pk}").status_code == 200
    assert as_colleague.get(f"{API}/stories/{made.pk}").status_code == 404


def test_unknown_and_invalid_story_ids(as_employee: Client) -> None:
    assert as_employee.get(f"{API}/stories/999999").status_code == 404
    assert as_employee.get(f"{API}/stories/0").status_code == 422
    assert as_employee.get(f"{API}/stories/{2**63}").status_code == 422


# --- GET /search ---------------------------------------------------------------------------------


def test_search_finds_an_inflected_form(as_colleague: Client, manager: Person) -> None:
    made = story(manager, "Hvad vi lærte på læringsmødet")
    story(manager, "Noget andet")
    response = as_colleague.get(f"{API}/search", {"q": "læringsmøderne"})
    assert response.status_code == 200
    data = response.json()
    assert data["next_cursor"] is None
    assert data["truncated"] is False
    [hit] = data["items"]
    assert hit == {
        "doc_type": "story",
        "object_id": str(made.pk),
        "title": "Hvad vi lærte på læringsmødet",
        "title_html": "Hvad vi lærte på <mark>læringsmødet</mark>",
        "url": f"/stories/{made.pk}/",
        "snippet_html": "Om hvad vi lærte på <mark>læringsmødet</mark>.",
        "kind": "learning",
        "language": "da",
        "published_at": hit["published_at"],
    }


def test_search_keeps_unit_stories_inside_the_unit(
    as_employee: Client, as_colleague: Client, manager: Person, org: Org
) -> None:
    story(manager, "Læringsmøde i Engineering", audience=org.engineering)
    story(manager, "Læringsmøde for alle")
    assert sorted(titles(as_employee.get(f"{API}/search", {"q": "læringsmøde"}).json())) == [
        "Læringsmøde for alle",
        "Læringsmøde i Engineering",
    ]
    data = as_colleague.get(f"{API}/search", {"q": "læringsmøde"}).json()
    assert titles(data) == ["Læringsmøde for alle"]


def test_search_never_finds_drafts_or_hidden_stories(as_employee: Client, employee: Person) -> None:
    StoryDraft.objects.create(author=employee, kind=StoryKind.TIP, data={"title": "Hemmeligt"})
    story(employee, "Hemmeligt skjult", state=StoryState.HIDDEN)
    assert as_employee.get(f"{API}/search", {"q": "hemmeligt"}).json()["items"] == []


def test_search_filters(as_employee: Client, manager: Person) -> None:
    skill = SkillFactory(slug="retrospectives", name_en="Retrospectives")
    story(manager, "Eksperiment med retro", kind=StoryKind.EXPERIMENT, topics=[skill])
    story(manager, "Eksperiment uden emne", kind=StoryKind.LESSON)
    story(manager, "An experiment in English", language="en")

    def found(**params: Any) -> list[str]:
        data = as_employee.get(f"{API}/search", params).json()
        return sorted(titles(data))

    assert found(q="eksperiment", kind="experiment") == ["Eksperiment med retro"]
    assert found(q="eksperiment", topic="retrospectives") == ["Eksperiment med retro"]
    assert found(q="experiment", language="en") == ["An experiment in English"]
    assert found(q="eksperiment", language="da") == [
        "Eksperiment med retro",
        "Eksperiment uden emne",
    ]


def test_search_pages_by_cursor(as_employee: Client, manager: Person) -> None:
    now = timezone.now()
    for i in range(25):
        story(manager, f"Læringsmøde {i}", published_at=now - timedelta(hours=i))
    first = as_employee.get(f"{API}/search", {"q": "læringsmøde"}).json()
    assert len(first["items"]) == 20
    second = as_employee.get(
        f"{API}/search", {"q": "læringsmøde", "cursor": first["next_cursor"]}
    ).json()
    assert len(second["items"]) == 5
    assert second["next_cursor"] is None
    assert set(titles(first)).isdisjoint(titles(second))


@pytest.mark.parametrize("cursor", ["nonsense", "WzEsMiwzXQ"])
def test_search_with_a_bad_cursor_is_400(as_employee: Client, manager: Person, cursor: str) -> None:
    story(manager, "Læringsmøde")
    response = as_employee.get(f"{API}/search", {"q": "læringsmøde", "cursor": cursor})
    assert response.status_code == 400
    assert response.json() == {
        "detail": "The cursor is not one this API gave out. Start again without a cursor."
    }


@pytest.mark.parametrize(
    ("params", "detail"),
    [
        ({"q": "x" * 101}, "q: Use at most 100 characters."),
        ({"q": "x", "language": "de"}, "language: “de” is not a language Samla speaks."),
        ({"q": "x", "kind": "gossip"}, "kind: “gossip” is not a kind of story."),
        ({"q": "x", "topic": "no spaces"}, "topic: This value does not have the expected form"),
        ({"q": "x\x00"}, "q: This text contains a character Samla cannot store"),
    ],
)
def test_search_with_bad_input_is_422(
    as_employee: Client, params: dict[str, Any], detail: str
) -> None:
    response = as_employee.get(f"{API}/search", params)
    assert response.status_code == 422
    assert response.json()["detail"].startswith(detail)


def test_search_for_nothing_is_an_empty_page(as_employee: Client, manager: Person) -> None:
    story(manager, "Læringsmøde")
    for q in ("", "   ", "?!"):
        data = as_employee.get(f"{API}/search", {"q": q}).json()
        assert data == {"items": [], "next_cursor": None, "truncated": False}


def test_search_query_count(
    as_employee: Client, manager: Person, django_assert_num_queries: Any
) -> None:
    for i in range(3):
        story(manager, f"Læringsmøde {i}")
    # Session, person, the viewer's unit; the index (PostgreSQL first asks the planner), the
    # page's documents; the viewer's circles.
    expected = {"sqlite": 6, "postgresql": 7}[connection.vendor]
    with django_assert_num_queries(expected):
        data = as_employee.get(f"{API}/search", {"q": "læringsmøde"}).json()
    assert len(data["items"]) == 3
