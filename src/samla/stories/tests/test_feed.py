"""Feeds: For you (its sources, reasons and fallback), Latest, per topic and per unit; cursor
pagination; visibility for every persona; query counts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import Org
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from samla.people.models import Person
from samla.people.tests.factories import (
    OrgUnitFactory,
    PersonFactory,
    PersonSkillFactory,
    SkillFactory,
)
from samla.stories import selectors
from samla.stories.enums import ExperimentStatus, StoryKind, StoryState
from samla.stories.models import Follow, Story
from samla.stories.tests.factories import StoryFactory

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def ago(minutes: int = 0, days: int = 0) -> object:
    return NOW - timedelta(minutes=minutes, days=days)


def titles(page: selectors.FeedPage) -> list[str]:
    return [s.title for s in page.items]


# --- For you -----------------------------------------------------------------------------------


def test_for_you_gathers_every_source_with_its_reason(
    org: Org, employee: Person, colleague: Person
) -> None:
    topic = SkillFactory(name_en="Facilitation")
    wanted = SkillFactory(name_en="Negotiation")
    PersonSkillFactory(person=employee, skill=wanted, level=None, wants_to_learn=True)
    sub_of_sales = OrgUnitFactory(name="Inside sales", parent=org.sales)
    Follow.objects.create(follower=employee, person=colleague)
    Follow.objects.create(follower=employee, skill=topic)
    Follow.objects.create(follower=employee, unit=org.sales)
    stranger = PersonFactory(unit=org.root)
    seller = PersonFactory(unit=sub_of_sales)

    StoryFactory(title="By Cecilia", author=colleague, published_at=ago(1))
    StoryFactory(title="On facilitation", author=stranger, topics=[topic], published_at=ago(2))
    StoryFactory(title="On negotiation", author=stranger, topics=[wanted], published_at=ago(3))
    StoryFactory(title="From inside sales", author=seller, published_at=ago(4))
    StoryFactory(title="Highlighted", author=stranger, highlighted_at=NOW, published_at=ago(5))
    StoryFactory(title="A lesson", author=stranger, kind=StoryKind.LESSON, published_at=ago(6))
    StoryFactory(
        title="An experiment ended",
        author=stranger,
        kind=StoryKind.EXPERIMENT,
        experiment_status=ExperimentStatus.ENDED,
        closed_at=ago(days=1),
        published_at=ago(7),
    )
    # Not for this viewer: unrelated, an old lesson, another unit's audience, hidden.
    StoryFactory(title="Unrelated", author=stranger, published_at=ago(8))
    StoryFactory(
        title="Old lesson", author=stranger, kind=StoryKind.LESSON, published_at=ago(days=400)
    )
    StoryFactory(title="Sales only", author=colleague, audience_unit=org.sales, published_at=ago(9))
    StoryFactory(title="Hidden", author=colleague, state=StoryState.HIDDEN, published_at=ago(10))

    page = selectors.feed_for_you(viewer=employee)

    assert [(s.title, s.feed_reason, s.feed_subject) for s in page.items] == [
        ("By Cecilia", "person", "Cecilia Colleague"),
        ("On facilitation", "topic", "Facilitation"),
        ("On negotiation", "topic", "Negotiation"),
        ("From inside sales", "unit", "Sales"),
        ("Highlighted", "highlight", ""),
        ("A lesson", "lesson", ""),
        ("An experiment ended", "experiment", ""),
    ]
    assert [s.feed_follows_topic for s in page.items[1:3]] == [True, False]
    assert page.next_cursor is None


def test_for_you_shows_a_story_once_with_its_strongest_reason(
    employee: Person, colleague: Person
) -> None:
    Follow.objects.create(follower=employee, person=colleague)
    StoryFactory(title="Both", author=colleague, kind=StoryKind.LESSON, highlighted_at=NOW)
    page = selectors.feed_for_you(viewer=employee)
    assert [(s.title, s.feed_reason) for s in page.items] == [("Both", "person")]


def test_for_you_falls_back_to_own_unit_when_following_nothing(
    employee: Person, manager: Person, colleague: Person
) -> None:
    StoryFactory(title="Team news", author=manager, published_at=ago(1))
    StoryFactory(title="Sales news", author=colleague, published_at=ago(2))
    page = selectors.feed_for_you(viewer=employee)
    assert [(s.title, s.feed_reason) for s in page.items] == [("Team news", "own_unit")]

    Follow.objects.create(follower=employee, person=colleague)
    assert titles(selectors.feed_for_you(viewer=employee)) == ["Sales news"]


def test_for_you_is_empty_for_someone_who_has_left(outsider: Person, colleague: Person) -> None:
    StoryFactory(author=colleague, highlighted_at=NOW)
    assert selectors.feed_for_you(viewer=outsider) == selectors.FeedPage([], None)


def test_for_you_pages_are_disjoint_complete_and_stable(
    employee: Person, colleague: Person
) -> None:
    Follow.objects.create(follower=employee, person=colleague)
    stranger = PersonFactory()
    # Ties on published_at are broken by id; two sources interleave.
    same = ago(30)
    for i in range(25):
        StoryFactory(title=f"c{i:02}", author=colleague, published_at=same if i < 6 else ago(i))
    for i in range(8):
        StoryFactory(title=f"h{i}", author=stranger, highlighted_at=NOW, published_at=ago(i, 1))
    expected = list(
        Story.objects.filter(title__regex=r"^[ch]\d")
        .order_by("-published_at", "-id")
        .values_list("title", flat=True)
    )

    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        page = selectors.feed_for_you(viewer=employee, cursor=cursor, limit=7)
        pages += 1
        seen += titles(page)
        again = selectors.feed_for_you(viewer=employee, cursor=cursor, limit=7)
        assert titles(again) == titles(page)  # stable
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == expected  # disjoint, complete, in order
    assert pages == 5


def test_a_new_story_does_not_shift_later_pages(employee: Person, colleague: Person) -> None:
    for i in range(6):
        StoryFactory(title=f"s{i}", author=colleague, published_at=ago(i + 1))
    Follow.objects.create(follower=employee, person=colleague)
    first = selectors.feed_for_you(viewer=employee, limit=3)
    second = selectors.feed_for_you(viewer=employee, cursor=first.next_cursor, limit=3)
    StoryFactory(title="brand new", author=colleague)
    assert titles(selectors.feed_for_you(viewer=employee, cursor=first.next_cursor, limit=3)) == (
        titles(second)
    )


@pytest.mark.parametrize(
    "cursor", ["nonsense", "1.2.3", "-5.1", "999999999999999999.1", "1." + "9" * 19, "1;2"]
)
def test_malformed_cursor_raises_value_error(employee: Person, cursor: str) -> None:
    skill = SkillFactory()
    for call in (
        lambda: selectors.feed_for_you(viewer=employee, cursor=cursor),
        lambda: selectors.feed_latest(viewer=employee, cursor=cursor),
        lambda: selectors.feed_topic(viewer=employee, skill=skill, cursor=cursor),
        lambda: selectors.feed_unit(viewer=employee, unit=employee.unit, cursor=cursor),
        lambda: selectors.bookmarks_of(viewer=employee, cursor=cursor),
    ):
        with pytest.raises(ValueError):
            call()


def test_cursor_round_trips_to_the_microsecond() -> None:
    moment = NOW.replace(microsecond=123456)
    assert selectors.cursor_decode(selectors.cursor_encode(moment, 42)) == (moment, 42)


# --- Latest, topic, unit -----------------------------------------------------------------------


def test_latest_pages_and_filters_by_kind(employee: Person, colleague: Person) -> None:
    for i in range(5):
        StoryFactory(title=f"l{i}", author=colleague, published_at=ago(i))
    StoryFactory(title="tip", kind=StoryKind.TIP, author=colleague, published_at=ago(10))
    first = selectors.feed_latest(viewer=employee, limit=4)
    assert titles(first) == ["l0", "l1", "l2", "l3"]
    rest = selectors.feed_latest(viewer=employee, cursor=first.next_cursor, limit=4)
    assert titles(rest) == ["l4", "tip"] and rest.next_cursor is None
    assert titles(selectors.feed_latest(viewer=employee, kind=StoryKind.TIP)) == ["tip"]
    with pytest.raises(ValueError):
        selectors.feed_latest(viewer=employee, kind="poem")


def test_topic_feed_shows_only_that_topic(employee: Person, colleague: Person) -> None:
    topic, other = SkillFactory(), SkillFactory()
    for i in range(3):
        StoryFactory(title=f"t{i}", author=colleague, topics=[topic, other], published_at=ago(i))
    StoryFactory(title="other", author=colleague, topics=[other])
    first = selectors.feed_topic(viewer=employee, skill=topic, limit=2)
    assert titles(first) == ["t0", "t1"]
    rest = selectors.feed_topic(viewer=employee, skill=topic, cursor=first.next_cursor, limit=2)
    assert titles(rest) == ["t2"] and rest.next_cursor is None


def test_unit_feed_includes_sub_units_by_the_unit_at_publishing(
    org: Org, employee: Person, manager: Person, colleague: Person
) -> None:
    sub = OrgUnitFactory(parent=org.platform)
    StoryFactory(title="platform", author=manager, published_at=ago(1))
    StoryFactory(title="sub", author=PersonFactory(unit=sub), published_at=ago(2))
    StoryFactory(title="sales", author=colleague, published_at=ago(3))
    # Written in Sales, then the author moved to Engineering: it stays a Sales story.
    moved = PersonFactory(unit=org.sales)
    StoryFactory(title="written in sales", author=moved, published_at=ago(4))
    moved.unit = org.engineering
    moved.save()
    assert titles(selectors.feed_unit(viewer=employee, unit=org.engineering)) == [
        "platform",
        "sub",
    ]
    assert titles(selectors.feed_unit(viewer=employee, unit=org.sales)) == [
        "sales",
        "written in sales",
    ]


PERSONAS = ["employee", "manager", "colleague", "learning_lead", "org_admin", "outsider"]
SEES_PLATFORM_STORY = {"employee", "manager"}


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_feed_keeps_a_unit_story_inside_its_unit(
    request: pytest.FixtureRequest, org: Org, manager: Person, persona: str
) -> None:
    viewer: Person = request.getfixturevalue(persona)
    topic = SkillFactory()
    StoryFactory(
        title="Platform only",
        author=manager,
        audience_unit=org.platform,
        topics=[topic],
        highlighted_at=NOW,
        kind=StoryKind.LESSON,
    )
    StoryFactory(title="For everyone", author=manager, topics=[topic], published_at=ago(1))
    if viewer != manager:
        Follow.objects.create(follower=viewer, person=manager)
    expected = ["For everyone"]
    if persona in SEES_PLATFORM_STORY:
        expected = ["Platform only", "For everyone"]
    if persona == "outsider":
        expected = []
    assert titles(selectors.feed_latest(viewer=viewer)) == expected
    assert titles(selectors.feed_topic(viewer=viewer, skill=topic)) == expected
    assert titles(selectors.feed_unit(viewer=viewer, unit=org.root)) == expected
    for_you = titles(selectors.feed_for_you(viewer=viewer))
    assert ("Platform only" in for_you) == (persona in SEES_PLATFORM_STORY)


# --- The views ---------------------------------------------------------------------------------


def test_for_you_page_says_why_a_story_is_there(
    as_employee: Client, employee: Person, colleague: Person
) -> None:
    Follow.objects.create(follower=employee, person=colleague)
    StoryFactory(title="Stand-ups that work", author=colleague)
    body = as_employee.get(reverse("stories:feed")).content.decode()
    assert "Stand-ups that work" in body
    assert "Because you follow Cecilia Colleague" in body


def test_feed_pages_need_sign_in(client: Client, org: Org) -> None:
    response = client.get(reverse("stories:latest"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_more_link_works_without_javascript_and_with_htmx(
    as_employee: Client, employee: Person, colleague: Person, htmx_headers: dict[str, str]
) -> None:
    for i in range(25):
        StoryFactory(title=f"Story number {i:02}", author=colleague, published_at=ago(i))
    first = as_employee.get(reverse("stories:latest"))
    page = first.context["page"]
    assert len(page.items) == 20 and first.context["more_url"]
    body = first.content.decode()
    assert "More stories" in body and "Story number 19" in body and "Story number 20" not in body

    more_url = first.context["more_url"]
    plain = as_employee.get(more_url)
    assert plain.status_code == 200
    assert titles(plain.context["page"]) == [f"Story number {i}" for i in range(20, 25)]
    assert "<html" in plain.content.decode()

    partial = as_employee.get(more_url, **htmx_headers)
    text = partial.content.decode()
    assert partial.status_code == 200
    assert "<html" not in text and 'class="story-card"' in text
    assert "Story number 24" in text and "More stories" not in text


def test_more_link_keeps_the_kind_filter(as_employee: Client, colleague: Person) -> None:
    for i in range(21):
        StoryFactory(kind=StoryKind.TIP, author=colleague, published_at=ago(i))
    response = as_employee.get(reverse("stories:latest"), {"kind": "tip"})
    assert "kind=tip" in response.context["more_url"]


@pytest.mark.parametrize("name", ["stories:feed", "stories:latest", "stories:bookmarks"])
def test_bad_cursor_answers_400_with_a_message(as_employee: Client, name: str) -> None:
    response = as_employee.get(reverse(name), {"cursor": "not-a-cursor"})
    assert response.status_code == 400
    assert "This page address is not valid" in response.content.decode()


def test_bad_cursor_on_topic_and_unit_answers_400(as_employee: Client, org: Org) -> None:
    skill = SkillFactory()
    for url in (
        reverse("stories:topic", args=[skill.slug]),
        reverse("stories:unit", args=[org.sales.pk]),
    ):
        assert as_employee.get(url, {"cursor": "12"}).status_code == 400


def test_unknown_kind_answers_400(as_employee: Client) -> None:
    response = as_employee.get(reverse("stories:latest"), {"kind": "poem"})
    assert response.status_code == 400
    assert "There is no kind of story with that name." in response.content.decode()


def test_unknown_topic_and_unit_are_404(as_employee: Client) -> None:
    assert as_employee.get(reverse("stories:topic", args=["no-such"])).status_code == 404
    assert as_employee.get(reverse("stories:unit", args=[987654])).status_code == 404


def test_topic_page_has_follow_button_and_atom_link(
    as_employee: Client, employee: Person, colleague: Person
) -> None:
    skill = SkillFactory(name_en="Facilitation", slug="facilitation")
    StoryFactory(title="Workshops", author=colleague, topics=[skill])
    body = as_employee.get(reverse("stories:topic", args=["facilitation"])).content.decode()
    assert "Stories about Facilitation" in body and "Workshops" in body
    assert "Follow Facilitation" in body
    assert reverse("stories:topic-atom", args=["facilitation"]) in body


def test_unit_page_hides_stories_for_another_unit(
    as_colleague: Client, org: Org, manager: Person
) -> None:
    StoryFactory(title="Platform secret", author=manager, audience_unit=org.platform)
    StoryFactory(title="Platform open", author=manager)
    body = as_colleague.get(reverse("stories:unit", args=[org.platform.pk])).content.decode()
    assert "Platform open" in body and "Platform secret" not in body


def test_home_shows_for_you_with_a_link_to_all(
    as_employee: Client, employee: Person, colleague: Person
) -> None:
    Follow.objects.create(follower=employee, person=colleague)
    for i in range(12):
        StoryFactory(title=f"Home story {i:02}", author=colleague, published_at=ago(i))
    response = as_employee.get(reverse("core:home"))
    body = response.content.decode()
    assert len(response.context["for_you"].items) == 10
    assert "Home story 09" in body and "Home story 10" not in body
    assert reverse("stories:feed") in body
    assert "Colleagues who can help you learn" in body  # what home showed before stays


# --- Query counts ------------------------------------------------------------------------------


def _arrange(n: int, author: Person, topic: object, **extra: object) -> None:
    for i in range(n):
        StoryFactory(author=author, topics=[topic], published_at=ago(i), **extra)


@pytest.mark.parametrize("n", [1, 3])
def test_for_you_query_count_is_constant(
    as_employee: Client, employee: Person, colleague: Person, django_assert_num_queries, n: int
) -> None:
    topic = SkillFactory()
    Follow.objects.create(follower=employee, person=colleague)
    Follow.objects.create(follower=employee, skill=topic)
    _arrange(n, colleague, topic)
    # session, person, person's unit, circle membership, follows, own skills, the sources (one
    # UNION ALL), stories, topics, reactions; then the bell.
    with django_assert_num_queries(11):
        response = as_employee.get(reverse("stories:feed"))
    assert len(response.context["page"].items) == n


@pytest.mark.parametrize("n", [1, 3])
def test_latest_query_count_is_constant(
    as_employee: Client, colleague: Person, django_assert_num_queries, n: int
) -> None:
    _arrange(n, colleague, SkillFactory())
    with django_assert_num_queries(8):
        response = as_employee.get(reverse("stories:latest"))
    assert len(response.context["page"].items) == n


@pytest.mark.parametrize("n", [1, 3])
def test_topic_query_count_is_constant(
    as_employee: Client, colleague: Person, django_assert_num_queries, n: int
) -> None:
    topic = SkillFactory()
    _arrange(n, colleague, topic)
    with django_assert_num_queries(11):
        response = as_employee.get(reverse("stories:topic", args=[topic.slug]))
    assert len(response.context["page"].items) == n


@pytest.mark.parametrize("n", [1, 3])
def test_unit_query_count_is_constant(
    as_employee: Client, org: Org, colleague: Person, django_assert_num_queries, n: int
) -> None:
    _arrange(n, colleague, SkillFactory())
    with django_assert_num_queries(11):  # 9 + the unit subtree ids + circles
        response = as_employee.get(reverse("stories:unit", args=[org.sales.pk]))
    assert len(response.context["page"].items) == n


@pytest.mark.parametrize("n", [1, 3])
def test_home_query_count_is_constant_with_stories(
    as_employee: Client, employee: Person, colleague: Person, django_assert_num_queries, n: int
) -> None:
    topic = SkillFactory()
    Follow.objects.create(follower=employee, person=colleague)
    _arrange(n, colleague, topic)
    # home's own 8, and For you: follows, own skills, sources, stories, topics, reactions; the
    # next meetings (the viewer's circles are read once, for both) and questions (help topics,
    # questions, follows)
    with django_assert_num_queries(18):
        response = as_employee.get(reverse("core:home"))
    assert len(response.context["for_you"].items) == n
