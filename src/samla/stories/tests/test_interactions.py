"""Reactions, comments (one level of replies), bookmarks and follows: the services, the views
(without JavaScript and with htmx), permissions and bad input."""

from __future__ import annotations

import pytest
from conftest import Org
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from samla.notifications.models import Notification
from samla.people.models import Person
from samla.people.tests.factories import PersonFactory, SkillFactory
from samla.record.enums import Verb, Visibility
from samla.record.models import Activity
from samla.stories import notices
from samla.stories.enums import CommentState, ReactionKind, StoryState
from samla.stories.models import Bookmark, Comment, Follow, Reaction, Story
from samla.stories.services import interactions
from samla.stories.tests.factories import CommentFactory, StoryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(colleague: Person) -> Story:
    return StoryFactory(title="Short check-ins", author=colleague)


@pytest.fixture
def platform_story(org: Org, manager: Person) -> Story:
    return StoryFactory(title="Platform only", author=manager, audience_unit=org.platform)


# --- reactions ---------------------------------------------------------------------------------


def test_reaction_toggles_and_is_recorded_once(employee: Person, story: Story) -> None:
    topic = SkillFactory(slug="meetings")
    story.story_topics.create(skill=topic, published_at=story.published_at)
    assert interactions.reaction_toggle(story=story, person=employee, kind="helped") is True
    assert interactions.reaction_toggle(story=story, person=employee, kind="helped") is False
    assert interactions.reaction_toggle(story=story, person=employee, kind="helped") is True
    interactions.reaction_toggle(story=story, person=employee, kind="thanks")
    assert sorted(Reaction.objects.filter(story=story).values_list("kind", flat=True)) == [
        "helped",
        "thanks",
    ]
    rows = Activity.objects.filter(actor=employee, verb=Verb.REACTED).order_by("context_id")
    assert [(a.object_id, a.context_id, a.topics) for a in rows] == [
        (str(story.pk), "helped", ["meetings"]),
        (str(story.pk), "thanks", ["meetings"]),
    ]


def test_reaction_on_a_unit_story_is_private_in_the_record(
    employee: Person, platform_story: Story
) -> None:
    interactions.reaction_toggle(story=platform_story, person=employee, kind="will_try")
    assert Activity.objects.get(verb=Verb.REACTED).visibility == Visibility.PRIVATE


def test_reaction_service_refuses_unknown_kinds_and_unreadable_stories(
    colleague: Person, employee: Person, platform_story: Story, story: Story
) -> None:
    with pytest.raises(ValueError):
        interactions.reaction_toggle(story=story, person=employee, kind="love")
    with pytest.raises(PermissionDenied):
        interactions.reaction_toggle(story=platform_story, person=colleague, kind="helped")
    story.state = StoryState.HIDDEN
    story.save()
    with pytest.raises(PermissionDenied):
        interactions.reaction_toggle(story=story, person=employee, kind="helped")
    assert not Reaction.objects.exists() and not Activity.objects.exists()


def test_react_view_without_javascript_redirects_back(as_employee: Client, story: Story) -> None:
    response = as_employee.post(
        reverse("stories:react", args=[story.pk]), {"kind": "helped", "next": "/stories/latest/"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/stories/latest/#reactions-{story.pk}"
    assert Reaction.objects.filter(story=story, kind="helped").count() == 1


def test_react_view_ignores_a_next_on_another_site(as_employee: Client, story: Story) -> None:
    response = as_employee.post(
        reverse("stories:react", args=[story.pk]),
        {"kind": "helped", "next": "https://evil.example/"},
    )
    assert response["Location"] == f"{story.get_absolute_url()}#reactions-{story.pk}"


def test_react_view_with_htmx_answers_the_reactions(
    as_employee: Client, story: Story, htmx_headers: dict[str, str]
) -> None:
    response = as_employee.post(
        reverse("stories:react", args=[story.pk]), {"kind": "will_try"}, **htmx_headers
    )
    body = response.content.decode()
    assert response.status_code == 200 and "<html" not in body
    assert f'id="reactions-{story.pk}"' in body
    assert 'aria-pressed="true"' in body and body.count('aria-pressed="false"') == 2


def test_react_view_unknown_kind_is_400(as_employee: Client, story: Story) -> None:
    response = as_employee.post(reverse("stories:react", args=[story.pk]), {"kind": "love"})
    assert response.status_code == 400
    assert "That is not a reaction Samla knows." in response.content.decode()
    assert not Reaction.objects.exists()


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("employee", 302),
        ("manager", 302),
        ("colleague", 404),
        ("learning_lead", 404),
        ("org_admin", 404),
        ("outsider", 302),  # has left: sent to sign in, nothing saved
    ],
)
def test_interactions_on_a_unit_story_only_inside_the_unit(
    request: pytest.FixtureRequest, platform_story: Story, persona: str, status: int
) -> None:
    from conftest import client_for

    person: Person = request.getfixturevalue(persona)
    client = client_for(person)
    pk = platform_story.pk
    for url, data in [
        (reverse("stories:react", args=[pk]), {"kind": "helped"}),
        (reverse("stories:comment-create", args=[pk]), {"body": "Useful!"}),
        (reverse("stories:bookmark", args=[pk]), {}),
    ]:
        response = client.post(url, data)
        assert response.status_code == status
        if persona == "outsider":
            assert "/accounts/login/" in response["Location"]
    inside = persona in {"employee", "manager"}
    assert Reaction.objects.exists() == inside
    assert Comment.objects.exists() == inside
    assert Bookmark.objects.exists() == inside


def test_interactions_on_a_hidden_story_are_404(as_employee: Client, colleague: Person) -> None:
    hidden = StoryFactory(author=colleague, state=StoryState.HIDDEN)
    assert as_employee.post(reverse("stories:bookmark", args=[hidden.pk])).status_code == 404
    assert (
        as_employee.post(reverse("stories:react", args=[hidden.pk]), {"kind": "helped"}).status_code
        == 404
    )


def test_interaction_urls_refuse_get(as_employee: Client, story: Story) -> None:
    assert as_employee.get(reverse("stories:react", args=[story.pk])).status_code == 405


# --- comments ----------------------------------------------------------------------------------


def test_comment_notifies_the_author_and_is_recorded(
    employee: Person, colleague: Person, story: Story
) -> None:
    comment = interactions.comment_create(story=story, author=employee, body="**Great** idea")
    assert comment.body_html == "<p><strong>Great</strong> idea</p>\n"
    note = Notification.objects.get(recipient=colleague)
    assert note.kind == notices.COMMENTED.key
    assert note.params == {"actor": "Erik Employee", "title": "Short check-ins"}
    assert note.url == f"{story.get_absolute_url()}#comment-{comment.pk}"
    activity = Activity.objects.get(verb=Verb.COMMENTED)
    assert (activity.actor, activity.object_id) == (employee, str(story.pk))


def test_commenting_on_ones_own_story_notifies_nobody(colleague: Person, story: Story) -> None:
    interactions.comment_create(story=story, author=colleague, body="An update")
    assert not Notification.objects.exists()


def test_reply_to_a_reply_attaches_to_the_top_comment_and_notifies(
    employee: Person, colleague: Person, manager: Person, story: Story
) -> None:
    top = interactions.comment_create(story=story, author=employee, body="Top")
    reply = interactions.comment_create(story=story, author=manager, body="Reply", parent=top)
    nested = interactions.comment_create(
        story=story, author=colleague, body="Reply to reply", parent=reply
    )
    assert reply.parent == top and nested.parent == top
    kinds = sorted(Notification.objects.values_list("recipient__full_name", "kind"))
    assert kinds == [
        ("Cecilia Colleague", notices.COMMENTED.key),  # Erik's comment on her story
        ("Cecilia Colleague", notices.COMMENTED.key),  # the manager's reply, on her story
        ("Erik Employee", notices.REPLIED.key),  # the manager replied to Erik
        ("Erik Employee", notices.REPLIED.key),  # Cecilia replied (to the top comment)
    ]


def test_author_replying_on_own_story_notifies_only_the_parent(
    employee: Person, colleague: Person, story: Story
) -> None:
    top = interactions.comment_create(story=story, author=employee, body="Question?")
    Notification.objects.all().delete()
    interactions.comment_create(story=story, author=colleague, body="Answer", parent=top)
    assert list(Notification.objects.values_list("recipient", "kind")) == [
        (employee.pk, notices.REPLIED.key)
    ]


@pytest.mark.parametrize("body", ["", "   \n ", "x" * 5001])
def test_comment_service_refuses_empty_and_oversized(
    employee: Person, story: Story, body: str
) -> None:
    with pytest.raises(ValidationError):
        interactions.comment_create(story=story, author=employee, body=body)
    assert not Comment.objects.exists() and not Activity.objects.exists()


def test_reply_to_a_comment_of_another_story_is_refused(employee: Person, story: Story) -> None:
    elsewhere = CommentFactory()
    with pytest.raises(ValueError):
        interactions.comment_create(story=story, author=employee, body="Hi", parent=elsewhere)


def test_comment_view_without_javascript(as_employee: Client, story: Story) -> None:
    response = as_employee.post(
        reverse("stories:comment-create", args=[story.pk]), {"body": "We do this too."}
    )
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{story.get_absolute_url()}#comment-{comment.pk}"
    page = as_employee.get(story.get_absolute_url()).content.decode()
    assert "We do this too." in page


def test_comment_view_with_htmx_answers_the_comments(
    as_employee: Client, story: Story, htmx_headers: dict[str, str]
) -> None:
    response = as_employee.post(
        reverse("stories:comment-create", args=[story.pk]), {"body": "Nice"}, **htmx_headers
    )
    body = response.content.decode()
    assert response.status_code == 200 and "<html" not in body
    assert 'id="comments"' in body and "Nice" in body


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "Write your comment before you send it."),
        ("y" * 5001, "A comment can be at most 5000 characters long; this one has 5001."),
    ],
)
def test_comment_view_bad_input_is_422_with_message(
    as_employee: Client, story: Story, htmx_headers: dict[str, str], body: str, message: str
) -> None:
    url = reverse("stories:comment-create", args=[story.pk])
    plain = as_employee.post(url, {"body": body})
    assert plain.status_code == 422 and message in plain.content.decode()
    assert "<html" in plain.content.decode()
    partial = as_employee.post(url, {"body": body}, **htmx_headers)
    assert partial.status_code == 422 and message in partial.content.decode()
    assert "<html" not in partial.content.decode()
    assert not Comment.objects.exists()


def test_reply_view_error_is_shown_in_the_reply_form(
    as_employee: Client, story: Story, colleague: Person
) -> None:
    top = CommentFactory(story=story, author=colleague)
    response = as_employee.post(
        reverse("stories:comment-create", args=[story.pk]), {"body": "", "parent": top.pk}
    )
    assert response.status_code == 422
    assert response.context["reply_parent"] == top.pk
    assert f'id="reply-body-{top.pk}-error"' in response.content.decode()


def test_reply_view_to_a_comment_on_another_story_is_400(as_employee: Client, story: Story) -> None:
    other = CommentFactory()
    response = as_employee.post(
        reverse("stories:comment-create", args=[story.pk]), {"body": "Hi", "parent": other.pk}
    )
    assert response.status_code == 400
    assert Comment.objects.count() == 1


def test_author_deletes_own_comment_and_it_shows_as_removed(
    as_employee: Client, employee: Person, story: Story, colleague: Person
) -> None:
    mine = CommentFactory(story=story, author=employee, body="Oops, wrong story")
    reply = CommentFactory(story=story, author=colleague, parent=mine, body="No worries")
    response = as_employee.post(reverse("stories:comment-delete", args=[mine.pk]))
    assert response.status_code == 302
    mine.refresh_from_db()
    assert (mine.state, mine.body, mine.body_html) == (CommentState.REMOVED, "", "")
    page = as_employee.get(story.get_absolute_url()).content.decode()
    assert "Comment removed" in page and "Oops" not in page and reply.body in page
    # Deleting twice: it is gone.
    assert as_employee.post(reverse("stories:comment-delete", args=[mine.pk])).status_code == 404


def test_delete_comment_with_htmx(
    as_employee: Client, employee: Person, story: Story, htmx_headers: dict[str, str]
) -> None:
    mine = CommentFactory(story=story, author=employee)
    response = as_employee.post(reverse("stories:comment-delete", args=[mine.pk]), **htmx_headers)
    assert response.status_code == 200 and "Comment removed" in response.content.decode()


def test_nobody_else_deletes_a_comment_here(
    as_colleague: Client, as_admin: Client, employee: Person, story: Story
) -> None:
    mine = CommentFactory(story=story, author=employee)
    for client in (as_colleague, as_admin):
        assert client.post(reverse("stories:comment-delete", args=[mine.pk])).status_code == 404
    mine.refresh_from_db()
    assert mine.state == CommentState.VISIBLE


# --- bookmarks ---------------------------------------------------------------------------------


def test_bookmark_toggles_and_lists_saved_stories(
    as_employee: Client, employee: Person, story: Story, colleague: Person
) -> None:
    other = StoryFactory(title="Not saved", author=colleague)
    response = as_employee.post(reverse("stories:bookmark", args=[story.pk]), {"next": "/stories/"})
    assert response.status_code == 302 and response["Location"] == "/stories/"
    assert list(Bookmark.objects.values_list("person", "story")) == [(employee.pk, story.pk)]
    saved = as_employee.get(reverse("stories:bookmarks"))
    assert [s.title for s in saved.context["page"].items] == ["Short check-ins"]
    assert other.title not in saved.content.decode()
    as_employee.post(reverse("stories:bookmark", args=[story.pk]))
    assert not Bookmark.objects.exists()


def test_bookmark_with_htmx_answers_the_button(
    as_employee: Client, story: Story, htmx_headers: dict[str, str]
) -> None:
    response = as_employee.post(reverse("stories:bookmark", args=[story.pk]), **htmx_headers)
    body = response.content.decode()
    assert "<html" not in body and "Remove from saved" in body


def test_saved_stories_leave_the_list_when_no_longer_readable(
    employee: Person, colleague: Person
) -> None:
    from samla.stories import selectors

    readable = StoryFactory(title="Readable", author=colleague)
    hidden = StoryFactory(title="Hidden later", author=colleague)
    for s in (readable, hidden):
        Bookmark.objects.create(person=employee, story=s)
    hidden.state = StoryState.HIDDEN
    hidden.save()
    assert [s.title for s in selectors.bookmarks_of(viewer=employee).items] == ["Readable"]


def test_saved_stories_page_by_cursor(employee: Person, colleague: Person) -> None:
    from samla.stories import selectors

    for i in range(5):
        Bookmark.objects.create(person=employee, story=StoryFactory(title=f"b{i}"))
    first = selectors.bookmarks_of(viewer=employee, limit=3)
    rest = selectors.bookmarks_of(viewer=employee, cursor=first.next_cursor, limit=3)
    assert [s.title for s in first.items] == ["b4", "b3", "b2"]
    assert [s.title for s in rest.items] == ["b1", "b0"] and rest.next_cursor is None


@pytest.mark.parametrize("n", [1, 3])
def test_saved_stories_query_count_is_constant(
    as_employee: Client, employee: Person, django_assert_num_queries, n: int
) -> None:
    for _i in range(n):
        Bookmark.objects.create(person=employee, story=StoryFactory())
    # session, person, unit, bookmarks, stories, topics, reactions, bell
    with django_assert_num_queries(9):  # 8 + circle membership
        response = as_employee.get(reverse("stories:bookmarks"))
    assert len(response.context["page"].items) == n


# --- follows -----------------------------------------------------------------------------------


def test_follow_a_person_topic_and_unit_and_manage_them(
    as_employee: Client, employee: Person, colleague: Person, org: Org
) -> None:
    skill = SkillFactory(name_en="Facilitation")
    for target, pk in [("person", colleague.pk), ("topic", skill.pk), ("unit", org.sales.pk)]:
        response = as_employee.post(reverse("stories:follow"), {"target": target, "id": pk})
        assert response.status_code == 302
    assert Follow.objects.filter(follower=employee).count() == 3
    page = as_employee.get(reverse("stories:follows")).content.decode()
    for text in ("Stop following Cecilia Colleague", "Stop following Facilitation", "Sales"):
        assert text in page
    as_employee.post(reverse("stories:follow"), {"target": "topic", "id": skill.pk})
    assert not Follow.objects.filter(skill=skill).exists()


def test_follow_with_htmx_answers_the_button(
    as_employee: Client, colleague: Person, htmx_headers: dict[str, str]
) -> None:
    response = as_employee.post(
        reverse("stories:follow"), {"target": "person", "id": colleague.pk}, **htmx_headers
    )
    body = response.content.decode()
    assert "<html" not in body and "Stop following Cecilia Colleague" in body


@pytest.mark.parametrize(
    ("data", "status"),
    [
        ({"target": "planet", "id": 1}, 400),
        ({"target": "person", "id": "x"}, 400),
        ({"target": "person", "id": 99999}, 404),
        ({"target": "topic", "id": 99999}, 404),
        ({"target": "unit", "id": 99999}, 404),
    ],
)
def test_follow_bad_input(as_employee: Client, data: dict[str, object], status: int) -> None:
    assert as_employee.post(reverse("stories:follow"), data).status_code == status
    assert not Follow.objects.exists()


def test_nobody_follows_themself_or_someone_who_left(
    as_employee: Client, employee: Person, outsider: Person
) -> None:
    for pk in (employee.pk, outsider.pk):
        response = as_employee.post(reverse("stories:follow"), {"target": "person", "id": pk})
        assert response.status_code == 404
    with pytest.raises(ValueError):
        interactions.follow_toggle(follower=employee, person=employee)
    with pytest.raises(ValueError):
        interactions.follow_toggle(follower=employee)
    assert not Follow.objects.exists()


def test_follows_are_private(as_colleague: Client, employee: Person, colleague: Person) -> None:
    Follow.objects.create(follower=employee, person=PersonFactory(full_name="Secret Crush"))
    body = as_colleague.get(reverse("stories:follows")).content.decode()
    assert "Secret Crush" not in body


def test_reaction_kinds_are_the_three_that_mean_something() -> None:
    assert ReactionKind.values == ["helped", "will_try", "thanks"]


def test_reply_to_a_removed_comment_is_422_with_the_message_in_the_main_form(
    as_employee: Client, story: Story, colleague: Person
) -> None:
    gone = CommentFactory(story=story, author=colleague, state=CommentState.REMOVED)
    response = as_employee.post(
        reverse("stories:comment-create", args=[story.pk]), {"body": "Hi", "parent": gone.pk}
    )
    assert response.status_code == 422
    assert response.context["reply_parent"] is None
    body = response.content.decode()
    assert 'id="comment-body-error"' in body
    assert "That comment is no longer shown, so you cannot reply to it." in body
    assert Comment.objects.count() == 1


def test_comments_show_the_care_actions(as_colleague: Client, employee: Person) -> None:
    story = StoryFactory(author=employee)
    comment = CommentFactory(story=story, author=employee)
    body = as_colleague.get(story.get_absolute_url()).content.decode()
    assert reverse("stories:report-comment", args=[comment.pk]) in body
