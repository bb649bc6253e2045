"""The story page, Atom feeds per topic and unit, and the feed key page."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest
from conftest import Org, client_for
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from samla.people.models import Person
from samla.people.tests.factories import PersonFactory, PersonSkillFactory, SkillFactory
from samla.stories.enums import StoryKind, StoryState
from samla.stories.kinds import sections_for
from samla.stories.models import FeedKey, Follow, Reaction, Story
from samla.stories.services import interactions
from samla.stories.tests.factories import CommentFactory, StoryFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
PERSONAS = ["employee", "manager", "colleague", "learning_lead", "org_admin"]


# --- The story page ----------------------------------------------------------------------------


def test_story_page_shows_the_story(as_colleague: Client, org: Org, manager: Person) -> None:
    topic = SkillFactory(slug="feedback", name_en="Feedback", name_sv="Återkoppling")
    story = StoryFactory(
        kind=StoryKind.LESSON,
        title="The retro that went wrong",
        author=manager,
        by_leader=True,
        language="da",
        sections={"tried": "We tried *silent* retros.", "happened": "Nobody wrote."},
        sections_html={"tried": "<p>We tried <em>silent</em> retros.</p>", "happened": "<p>x</p>"},
        edited_at=timezone.now(),
        topics=[topic],
    )
    body = as_colleague.get(story.get_absolute_url()).content.decode()  # Cecilia reads Swedish
    assert "The retro that went wrong" in body
    assert "<p>We tried <em>silent</em> retros.</p>" in body  # sanitised HTML, marked safe
    with translation.override("sv"):
        heading = str(sections_for(StoryKind.LESSON)[0].label)
    assert f"<h2>{heading}</h2>" in body  # the section heading, in the reader's language
    assert 'lang="da"' in body
    assert "Mette Manager" in body
    assert reverse("stories:topic", args=["feedback"]) in body and "Återkoppling" in body
    assert "stories/_care_actions.html" not in body  # included, not printed


def test_story_page_marks_a_leaders_lesson_and_edits(as_employee: Client, manager: Person) -> None:
    story = StoryFactory(
        kind=StoryKind.LESSON,
        author=manager,
        by_leader=True,
        edited_at=timezone.now(),
        sections={"tried": "a"},
        sections_html={"tried": "<p>a</p>"},
    )
    body = as_employee.get(story.get_absolute_url()).content.decode()
    assert "A leader’s lesson" in body and "Edited" in body
    assert "The whole organisation" in body


def test_article_link_is_never_followed_by_samla(as_employee: Client, colleague: Person) -> None:
    story = StoryFactory(
        kind=StoryKind.ARTICLE,
        author=colleague,
        link_url="https://example.org/read",
        sections={"why": "Good"},
        sections_html={"why": "<p>Good</p>"},
    )
    body = as_employee.get(story.get_absolute_url()).content.decode()
    assert 'href="https://example.org/read" rel="noopener noreferrer nofollow ugc"' in body


def test_a_javascript_link_is_not_shown(as_employee: Client, colleague: Person) -> None:
    story = StoryFactory(kind=StoryKind.ARTICLE, author=colleague, link_url="javascript:alert(1)")
    assert "javascript:" not in as_employee.get(story.get_absolute_url()).content.decode()


def test_story_page_shows_related_stories_and_helpers(
    as_employee: Client, employee: Person, colleague: Person, org: Org
) -> None:
    topic, other = SkillFactory(name_en="Coaching"), SkillFactory()
    story = StoryFactory(title="Main", author=colleague, topics=[topic])
    for i in range(5):
        StoryFactory(title=f"Related {i}", author=colleague, topics=[topic])
    StoryFactory(title="Unrelated", author=colleague, topics=[other])
    StoryFactory(title="Related but Sales only", topics=[topic], audience_unit=org.sales)
    expert = PersonFactory(full_name="Xena Expert")
    novice = PersonFactory(full_name="Anna Able")
    left = PersonFactory(full_name="Gone Person", is_active=False)
    PersonSkillFactory(person=novice, skill=topic, level=2, can_help=True)
    PersonSkillFactory(person=expert, skill=topic, level=4, can_help=True)
    PersonSkillFactory(person=left, skill=topic, level=4, can_help=True)
    PersonSkillFactory(person=employee, skill=topic, level=4, can_help=True)  # the viewer
    PersonSkillFactory(
        person=PersonFactory(full_name="Not Offering"), skill=topic, level=4, can_help=False
    )
    response = as_employee.get(story.get_absolute_url())
    assert [s.title for s in response.context["related"]] == [f"Related {i}" for i in (4, 3, 2, 1)]
    assert [h.person.full_name for h in response.context["helpers"]] == [
        "Xena Expert",
        "Anna Able",
    ]


@pytest.mark.parametrize("persona", [*PERSONAS, "outsider"])
def test_story_page_for_a_unit_story_by_persona(
    request: pytest.FixtureRequest, org: Org, manager: Person, persona: str
) -> None:
    story = StoryFactory(title="Platform only", author=manager, audience_unit=org.platform)
    everyone = StoryFactory(title="For everyone", author=manager)
    client = client_for(request.getfixturevalue(persona))
    response = client.get(story.get_absolute_url())
    if persona == "outsider":
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        return
    sees = persona in {"employee", "manager"}
    assert response.status_code == (200 if sees else 404)
    assert ("Platform only" in response.content.decode()) == sees
    assert client.get(everyone.get_absolute_url()).status_code == 200


@pytest.mark.usefixtures("colleague_reads_english")
def test_hidden_story_is_seen_by_its_author_without_interactions(
    as_colleague: Client, as_employee: Client, colleague: Person
) -> None:
    story = StoryFactory(title="Hidden one", author=colleague, state=StoryState.HIDDEN)
    response = as_colleague.get(story.get_absolute_url())
    body = response.content.decode()
    assert response.status_code == 200 and "Hidden by a moderator" in body
    assert reverse("stories:react", args=[story.pk]) not in body
    assert reverse("stories:comment-create", args=[story.pk]) not in body
    assert as_employee.get(story.get_absolute_url()).status_code == 404


def test_removed_and_unknown_stories_are_404(as_employee: Client, colleague: Person) -> None:
    removed = StoryFactory(author=colleague, state=StoryState.REMOVED)
    assert as_employee.get(removed.get_absolute_url()).status_code == 404
    assert as_employee.get(reverse("stories:story-detail", args=[999999])).status_code == 404


def test_story_page_shows_reactions_bookmark_and_follow_state(
    as_employee: Client, employee: Person, colleague: Person
) -> None:
    story = StoryFactory(author=colleague)
    interactions.reaction_toggle(story=story, person=employee, kind="thanks")
    Reaction.objects.create(story=story, person=colleague, kind="thanks")
    interactions.bookmark_toggle(story=story, person=employee)
    Follow.objects.create(follower=employee, person=colleague)
    response = as_employee.get(story.get_absolute_url())
    story_ctx = response.context["story"]
    states = {r.kind: (r.count, r.mine) for r in story_ctx.reaction_states}
    assert states == {"helped": (0, False), "will_try": (0, False), "thanks": (2, True)}
    body = response.content.decode()
    assert "Remove from saved" in body and "Stop following Cecilia Colleague" in body


@pytest.mark.parametrize("n", [1, 3])
def test_story_page_query_count_is_constant(
    as_employee: Client, employee: Person, colleague: Person, django_assert_num_queries, n: int
) -> None:
    topic = SkillFactory()
    story = StoryFactory(author=colleague, topics=[topic])
    for i in range(n):
        CommentFactory(story=story, author=employee if i == 0 else PersonFactory())
        StoryFactory(author=colleague, topics=[topic])
        Reaction.objects.create(story=story, person=PersonFactory(), kind="helped")
        PersonSkillFactory(person=PersonFactory(), skill=topic, level=3, can_help=True)
        reply_to = story.comments.first()
        CommentFactory(story=story, author=PersonFactory(), parent=reply_to)
    del i
    # session, person, unit, story, topics, reactions, follows, comments, related, helpers, bell,
    # and one of the care slice's partials (has the viewer reported this story?)
    with django_assert_num_queries(13):  # 12 + circle membership
        response = as_employee.get(story.get_absolute_url())
    assert len(response.context["related"]) == n
    assert len(response.context["comments"]) == n


# --- Atom ---------------------------------------------------------------------------------------


def _root(response: HttpResponse) -> ElementTree.Element:
    return ElementTree.fromstring(response.content)  # noqa: S314 - our own output, in a test


def _entries(response: HttpResponse) -> list[str]:
    root = _root(response)
    return [e.findtext(f"{ATOM}title") or "" for e in root.iter(f"{ATOM}entry")]


@pytest.fixture
def topic_with_stories(org: Org, manager: Person, colleague: Person) -> object:
    topic = SkillFactory(slug="retros", name_en="Retrospectives", name_da="Retrospektiver")
    StoryFactory(title="For Platform", author=manager, audience_unit=org.platform, topics=[topic])
    StoryFactory(title="For everyone", author=colleague, topics=[topic], teaser="Short teaser")
    return topic


def test_topic_atom_with_a_key(client: Client, employee: Person, topic_with_stories) -> None:
    key = interactions.feed_key_renew(person=employee)
    response = client.get(reverse("stories:topic-atom", args=["retros"]), {"key": key.key})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert _entries(response) == ["For everyone", "For Platform"]
    root = _root(response)
    entry = next(root.iter(f"{ATOM}entry"))
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Cecilia Colleague"
    assert entry.findtext(f"{ATOM}summary") == "Short teaser"
    assert entry.find(f"{ATOM}updated") is not None
    assert [c.get("term") for c in entry.iter(f"{ATOM}category")] == ["Retrospectives"]
    link = entry.find(f"{ATOM}link")
    assert link is not None and link.get("href", "").startswith("http")


def test_atom_shows_unit_stories_only_to_the_unit(
    client: Client, colleague: Person, topic_with_stories
) -> None:
    key = interactions.feed_key_renew(person=colleague)
    response = client.get(reverse("stories:topic-atom", args=["retros"]), {"key": key.key})
    assert _entries(response) == ["For everyone"]


@pytest.mark.parametrize("persona", PERSONAS)
def test_unit_atom_by_persona(
    request: pytest.FixtureRequest, client: Client, org: Org, manager: Person, persona: str
) -> None:
    StoryFactory(title="Platform only", author=manager, audience_unit=org.platform)
    StoryFactory(title="Platform for all", author=manager)
    person = request.getfixturevalue(persona)
    key = interactions.feed_key_renew(person=person)
    response = client.get(reverse("stories:unit-atom", args=[org.engineering.pk]), {"key": key.key})
    expected = ["Platform for all"]
    if persona in {"employee", "manager"}:
        expected = ["Platform for all", "Platform only"]
    assert sorted(_entries(response)) == expected


def test_atom_in_the_readers_language(client: Client, employee: Person, topic_with_stories) -> None:
    employee.language = "da"
    employee.save()
    key = interactions.feed_key_renew(person=employee)
    response = client.get(reverse("stories:topic-atom", args=["retros"]), {"key": key.key})
    root = _root(response)
    assert "Retrospektiver" in (root.findtext(f"{ATOM}title") or "")


def test_atom_with_a_session_works(as_employee: Client, topic_with_stories) -> None:
    response = as_employee.get(reverse("stories:topic-atom", args=["retros"]))
    assert _entries(response) == ["For everyone", "For Platform"]


def test_atom_without_key_or_with_a_bad_key_is_404(
    client: Client, as_employee: Client, employee: Person, outsider: Person, topic_with_stories
) -> None:
    url = reverse("stories:topic-atom", args=["retros"])
    assert client.get(url).status_code == 404
    assert client.get(url, {"key": "guessed"}).status_code == 404
    assert as_employee.get(url, {"key": "guessed"}).status_code == 404  # a bad key is bad
    old = interactions.feed_key_renew(person=employee).key
    interactions.feed_key_renew(person=employee)
    assert client.get(url, {"key": old}).status_code == 404  # renewed: the old one is revoked
    interactions.feed_key_revoke(person=employee)
    assert not FeedKey.objects.filter(person=employee).exists()
    left = FeedKey.objects.create(person=outsider, key="left-key")
    assert client.get(url, {"key": left.key}).status_code == 404  # has left
    assert client.get(reverse("stories:topic-atom", args=["nope"])).status_code == 404


def test_atom_holds_at_most_fifty(client: Client, employee: Person, colleague: Person) -> None:
    topic = SkillFactory(slug="many")
    for _i in range(52):
        StoryFactory(author=colleague, topics=[topic])
    key = interactions.feed_key_renew(person=employee)
    response = client.get(reverse("stories:topic-atom", args=["many"]), {"key": key.key})
    assert len(_entries(response)) == 50


# --- The feed key page --------------------------------------------------------------------------


def test_feed_key_page_makes_shows_renews_and_revokes(
    as_employee: Client, employee: Person, org: Org
) -> None:
    skill = SkillFactory(slug="retros", name_en="Retrospectives")
    Follow.objects.create(follower=employee, skill=skill)
    url = reverse("stories:feed-key")
    body = as_employee.get(url).content.decode()
    assert "Make my feed addresses" in body and not FeedKey.objects.exists()

    assert as_employee.post(url, {"action": "renew"}).status_code == 302
    first = FeedKey.objects.get(person=employee).key
    assert len(first) >= 43
    body = as_employee.get(url).content.decode()
    assert f"/stories/topics/retros/atom/?key={first}" in body
    assert f"/stories/units/{org.platform.pk}/atom/?key={first}" in body  # own unit

    as_employee.post(url, {"action": "renew"})
    second = FeedKey.objects.get(person=employee).key
    assert second != first
    as_employee.post(url, {"action": "revoke"})
    assert not FeedKey.objects.exists()
    assert as_employee.post(url, {"action": "explode"}).status_code == 400


def test_feed_key_page_shows_only_ones_own_key(as_colleague: Client, employee: Person) -> None:
    key = interactions.feed_key_renew(person=employee)
    assert key.key not in as_colleague.get(reverse("stories:feed-key")).content.decode()


def test_nav_has_stories(as_employee: Client) -> None:
    body = as_employee.get(reverse("stories:latest")).content.decode()
    assert f'<a href="{reverse("stories:feed")}" aria-current="page">Stories</a>' in body


def test_story_model_url_matches_the_page(colleague: Person) -> None:
    story: Story = StoryFactory(author=colleague)
    assert story.get_absolute_url() == f"/stories/{story.pk}/"


def test_an_ended_experiment_shows_its_result_once(as_employee: Client, colleague: Person) -> None:
    story = StoryFactory(
        author=colleague,
        kind=StoryKind.EXPERIMENT,
        experiment_status="ended",
        closed_at=timezone.now(),
        sections={
            "hypothesis": "Shorter stand-ups keep people focused.",
            "result": "Stand-ups fell from 25 to 11 minutes.",
            "lesson": "A timer on the wall did more than any rule.",
        },
    )
    body = as_employee.get(reverse("stories:story-detail", args=[story.pk])).content.decode()
    assert body.count("Shorter stand-ups keep people focused.") == 1
    assert body.count("Stand-ups fell from 25 to 11 minutes.") == 1
    assert body.count("A timer on the wall did more than any rule.") == 1
