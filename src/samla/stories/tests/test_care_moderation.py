"""The moderation queue, moderating a story or comment, removal by an organisation admin, the
moderation log, and what hiding does to pages and search."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import Org, client_for
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from samla.notifications.models import Notification
from samla.people.models import Person
from samla.search.fulltext import search
from samla.search.models import SearchDocument
from samla.stories import notices, selectors
from samla.stories.enums import CommentState, ModerationAction, ReportReason, StoryState
from samla.stories.models import Comment, ModerationEntry, Report, Story
from samla.stories.search_index import story_index
from samla.stories.services import care
from samla.stories.tests.factories import CommentFactory, StoryFactory

pytestmark = pytest.mark.django_db


def moderate_url(story: Story) -> str:
    return reverse("stories:moderate-story", args=[story.pk])


def found(viewer: Person, query: str) -> list[str]:
    path = viewer.unit.path if viewer.unit_id else None
    return [hit.object_id for hit in search(query=query, viewer_unit_path=path).hits]


def reported_story(author: Person, reporter: Person, **kwargs: object) -> Story:
    story = StoryFactory(author=author, **kwargs)
    story_index(story)
    care.report_create(reporter=reporter, story=story, reason=ReportReason.PERSONAL)
    return story


# --- the queue ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("employee", 403),
        ("colleague", 403),
        ("manager", 403),
        ("learning_lead", 200),
        ("org_admin", 200),
    ],
)
def test_who_may_open_the_queue(request: pytest.FixtureRequest, persona: str, status: int) -> None:
    person: Person = request.getfixturevalue(persona)
    assert client_for(person).get(reverse("stories:moderation")).status_code == status


def test_people_who_left_cannot_open_the_queue(as_outsider: Client) -> None:
    response = as_outsider.get(reverse("stories:moderation"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_queue_groups_open_reports_by_target_newest_first(
    employee: Person,
    colleague: Person,
    manager: Person,
    as_learning_lead: Client,
    htmx_headers: dict[str, str],
) -> None:
    older = reported_story(employee, colleague, title="Our sprint review")
    care.report_create(reporter=manager, story=older, reason=ReportReason.HARMFUL)
    comment = CommentFactory(
        story=StoryFactory(author=manager), author=employee, body="A remark about a named person"
    )
    care.report_create(
        reporter=colleague, story=comment.story, comment=comment, reason=ReportReason.PERSONAL
    )
    Report.objects.filter(comment=comment).update(created_at=timezone.now() + timedelta(minutes=1))
    resolved = reported_story(employee, colleague, title="Already dealt with")
    Report.objects.filter(story=resolved).update(resolved_at=timezone.now())

    response = as_learning_lead.get(reverse("stories:moderation"))
    assert response.status_code == 200
    items = response.context["items"]
    assert [(i.story.pk, i.comment) for i in items] == [
        (comment.story.pk, comment),
        (older.pk, None),
    ]
    assert [i.count for i in items] == [1, 2]
    assert [str(label) for label, _n in items[1].reasons] == [
        "It is offensive or harmful",
        "It names or blames a person",
    ]
    html = response.content.decode()
    assert "Our sprint review" in html and "A remark about a named person" in html
    assert "Already dealt with" not in html
    assert "2 open reports" in html
    partial = as_learning_lead.get(reverse("stories:moderation"), **htmx_headers)
    assert "<html" not in partial.content.decode()
    assert "Our sprint review" in partial.content.decode()


def test_queue_is_empty_when_nothing_is_reported(as_learning_lead: Client) -> None:
    response = as_learning_lead.get(reverse("stories:moderation"))
    assert response.context["items"] == []
    assert "Nothing is waiting" in response.content.decode()


def test_queue_leaves_out_stories_the_moderator_cannot_see(
    org: Org,
    employee: Person,
    manager: Person,
    learning_lead: Person,
    as_learning_lead: Client,
) -> None:
    reported_story(employee, manager, title="Platform only", audience_unit=org.platform)
    response = as_learning_lead.get(reverse("stories:moderation"))
    assert response.context["items"] == []
    assert "Platform only" not in response.content.decode()


def test_a_moderator_does_not_decide_about_their_own_story(
    learning_lead: Person, colleague: Person, as_learning_lead: Client
) -> None:
    story = reported_story(learning_lead, colleague)
    items = as_learning_lead.get(reverse("stories:moderation")).context["items"]
    assert [(i.story.pk, i.can_act) for i in items] == [(story.pk, False)]
    response = as_learning_lead.post(moderate_url(story), {"action": "hide"})
    assert response.status_code == 403
    assert Story.objects.get(pk=story.pk).state == StoryState.PUBLISHED


@pytest.mark.parametrize(("n", "queries"), [(1, 7), (3, 7)])  # 6 + circle membership
def test_queue_query_count(
    n: int,
    queries: int,
    employee: Person,
    colleague: Person,
    manager: Person,
    learning_lead: Person,
    django_assert_num_queries: object,
) -> None:
    for _ in range(n):
        story = reported_story(employee, colleague)
        comment = CommentFactory(story=story, author=manager)
        care.report_create(reporter=colleague, story=story, comment=comment, reason="other")
    client = client_for(learning_lead)
    with django_assert_num_queries(queries):  # type: ignore[operator]
        response = client.get(reverse("stories:moderation"))
    assert len(response.context["items"]) == 2 * n


# --- acting on a story -------------------------------------------------------------------------


def test_hide_story_resolves_reports_audits_notes_and_leaves_search(
    employee: Person,
    colleague: Person,
    learning_lead: Person,
    as_learning_lead: Client,
    as_colleague: Client,
    as_employee: Client,
) -> None:
    story = reported_story(employee, colleague, title="Retrospective with the whole team")
    assert found(colleague, "retrospective") == [str(story.pk)]

    response = as_learning_lead.post(
        moderate_url(story), {"action": "hide", "note": "Please leave out the customer's name."}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("stories:moderation")
    story.refresh_from_db()
    assert story.state == StoryState.HIDDEN
    report = Report.objects.get()
    assert report.resolved_at is not None and report.resolved_by == learning_lead
    entry = ModerationEntry.objects.get()
    assert (entry.action, entry.actor, entry.story, entry.comment) == (
        ModerationAction.HIDE,
        learning_lead,
        story,
        None,
    )
    assert entry.note == "Please leave out the customer's name."
    note = Notification.objects.get(recipient=employee, kind=notices.MODERATOR_NOTE.key)
    assert note.url == story.get_absolute_url()
    assert note.params == {"title": "Retrospective with the whole team"}

    # Gone for colleagues: page 404, not in search, not in the visible stories.
    assert found(colleague, "retrospective") == []
    assert found(employee, "retrospective") == []
    assert selectors.story_get_visible(viewer=colleague, pk=story.pk) is None
    assert as_colleague.get(story.get_absolute_url()).status_code == 404
    # The author still sees it, with the moderator's note and the way to change it.
    page = as_employee.get(story.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert "A moderator has hidden this story." in html
    assert "Please leave out the customer&#x27;s name." in html
    # Moderators see it too.
    assert as_learning_lead.get(story.get_absolute_url()).status_code == 200


def test_restore_shows_the_story_again_and_indexes_it(
    employee: Person,
    colleague: Person,
    learning_lead: Person,
    as_learning_lead: Client,
    as_colleague: Client,
) -> None:
    story = reported_story(employee, colleague, title="Retrospective notes")
    care.moderation_hide(by=learning_lead, target=story)
    response = as_learning_lead.post(
        moderate_url(story), {"action": "restore", "next": story.get_absolute_url()}
    )
    assert response.status_code == 302 and response["Location"] == story.get_absolute_url()
    assert Story.objects.get(pk=story.pk).state == StoryState.PUBLISHED
    assert found(colleague, "retrospective") == [str(story.pk)]
    assert as_colleague.get(story.get_absolute_url()).status_code == 200
    assert list(ModerationEntry.objects.values_list("action", flat=True)) == ["restore", "hide"]
    # Restoring what is not hidden does not fit: 409 with a message.
    again = as_learning_lead.post(moderate_url(story), {"action": "restore"})
    assert again.status_code == 409
    assert "This story is not hidden." in again.content.decode()


def test_hide_twice_is_409(
    employee: Person, colleague: Person, learning_lead: Person, as_learning_lead: Client
) -> None:
    story = reported_story(employee, colleague)
    care.moderation_hide(by=learning_lead, target=story)
    response = as_learning_lead.post(moderate_url(story), {"action": "hide"})
    assert response.status_code == 409
    assert "already hidden" in response.content.decode()
    assert ModerationEntry.objects.count() == 1


def test_dismiss_resolves_reports_and_keeps_the_story(
    employee: Person,
    colleague: Person,
    learning_lead: Person,
    as_learning_lead: Client,
    htmx_headers: dict[str, str],
) -> None:
    story = reported_story(employee, colleague)
    response = as_learning_lead.post(moderate_url(story), {"action": "dismiss"}, **htmx_headers)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html and "The reports were dismissed." in html
    assert f'id="queue-story-{story.pk}"' in html
    assert Story.objects.get(pk=story.pk).state == StoryState.PUBLISHED
    assert not Report.objects.filter(resolved_at__isnull=True).exists()
    assert ModerationEntry.objects.get().action == ModerationAction.DISMISS
    assert not Notification.objects.filter(recipient=employee).exists()
    again = as_learning_lead.post(moderate_url(story), {"action": "dismiss"}, **htmx_headers)
    assert again.status_code == 409
    assert "There are no open reports to dismiss." in again.content.decode()


def test_note_needs_text_422_and_nothing_changes(
    employee: Person, colleague: Person, as_learning_lead: Client, htmx_headers: dict[str, str]
) -> None:
    story = reported_story(employee, colleague)
    response = as_learning_lead.post(moderate_url(story), {"action": "note", "note": "   "})
    assert response.status_code == 422
    assert "Write the note to send to the author." in response.content.decode()
    partial = as_learning_lead.post(
        moderate_url(story), {"action": "note", "note": ""}, **htmx_headers
    )
    assert partial.status_code == 422
    assert "<html" not in partial.content.decode()
    assert "Write the note to send to the author." in partial.content.decode()
    unknown = as_learning_lead.post(moderate_url(story), {"action": "delete"})
    assert unknown.status_code == 422
    assert not ModerationEntry.objects.exists()
    assert Report.objects.get().resolved_at is None
    assert Story.objects.get(pk=story.pk).state == StoryState.PUBLISHED


def test_note_to_the_author_is_audited_notified_and_shown_to_them(
    employee: Person,
    colleague: Person,
    learning_lead: Person,
    as_learning_lead: Client,
    as_employee: Client,
    as_colleague: Client,
) -> None:
    story = reported_story(employee, colleague)
    response = as_learning_lead.post(
        moderate_url(story), {"action": "note", "note": "Could you add the date?"}
    )
    assert response.status_code == 302
    entry = ModerationEntry.objects.get()
    assert (entry.action, entry.note) == (ModerationAction.NOTE, "Could you add the date?")
    assert (
        Notification.objects.filter(recipient=employee, kind=notices.MODERATOR_NOTE.key).count()
        == 1
    )
    assert Report.objects.get().resolved_at is not None
    assert "Could you add the date?" in as_employee.get(story.get_absolute_url()).content.decode()
    assert (
        "Could you add the date?" not in as_colleague.get(story.get_absolute_url()).content.decode()
    )


def test_moderate_page_get_shows_the_target_and_its_reports(
    employee: Person, colleague: Person, as_learning_lead: Client
) -> None:
    story = reported_story(employee, colleague, title="A story to look at")
    response = as_learning_lead.get(moderate_url(story))
    assert response.status_code == 200
    html = response.content.decode()
    assert "A story to look at" in html and "It names or blames a person" in html


@pytest.mark.parametrize("persona", ["employee", "colleague", "manager"])
def test_people_who_do_not_moderate_get_403(
    request: pytest.FixtureRequest, persona: str, employee: Person, colleague: Person
) -> None:
    story = reported_story(employee, colleague)
    person: Person = request.getfixturevalue(persona)
    response = client_for(person).post(moderate_url(story), {"action": "hide"})
    assert response.status_code == 403
    assert Story.objects.get(pk=story.pk).state == StoryState.PUBLISHED


def test_moderating_a_story_one_cannot_see_is_404(
    org: Org, employee: Person, manager: Person, as_learning_lead: Client
) -> None:
    story = reported_story(employee, manager, audience_unit=org.platform)
    assert as_learning_lead.post(moderate_url(story), {"action": "hide"}).status_code == 404
    assert as_learning_lead.get(moderate_url(story)).status_code == 404
    assert Story.objects.get(pk=story.pk).state == StoryState.PUBLISHED


def test_services_refuse_people_who_do_not_moderate(employee: Person, colleague: Person) -> None:
    story = reported_story(employee, colleague)
    for service in (care.moderation_hide, care.moderation_restore, care.moderation_dismiss):
        with pytest.raises(PermissionDenied):
            service(by=colleague, target=story)
    with pytest.raises(PermissionDenied):
        care.moderation_note(by=colleague, target=story, note="hi")


# --- comments ----------------------------------------------------------------------------------


def test_hide_and_restore_a_comment_with_a_note_the_author_can_read(
    employee: Person,
    manager: Person,
    colleague: Person,
    learning_lead: Person,
    as_learning_lead: Client,
    as_manager: Client,
    as_colleague: Client,
) -> None:
    story = StoryFactory(author=employee)
    comment = CommentFactory(story=story, author=manager)
    care.report_create(reporter=colleague, story=story, comment=comment, reason="harmful")
    url = reverse("stories:moderate-comment", args=[comment.pk])
    response = as_learning_lead.post(url, {"action": "hide", "note": "Please rephrase."})
    assert response.status_code == 302
    assert Comment.objects.get(pk=comment.pk).state == CommentState.HIDDEN
    assert Story.objects.get(pk=story.pk).state == StoryState.PUBLISHED
    entry = ModerationEntry.objects.get()
    assert (entry.story, entry.comment, entry.story_title) == (story, comment, story.title)
    notification = Notification.objects.get(recipient=manager, kind=notices.MODERATOR_NOTE.key)
    note_url = reverse("stories:moderation-note", args=[entry.pk])
    assert notification.url == note_url
    assert "Please rephrase." in as_manager.get(note_url).content.decode()
    assert as_colleague.get(note_url).status_code == 404
    assert as_learning_lead.post(url, {"action": "restore"}).status_code == 302
    assert Comment.objects.get(pk=comment.pk).state == CommentState.VISIBLE


def test_comment_moderation_permissions(
    org: Org,
    employee: Person,
    manager: Person,
    learning_lead: Person,
    as_colleague: Client,
    as_learning_lead: Client,
) -> None:
    comment = CommentFactory(story=StoryFactory(author=employee), author=manager)
    url = reverse("stories:moderate-comment", args=[comment.pk])
    assert as_colleague.post(url, {"action": "hide"}).status_code == 403
    hidden_story = StoryFactory(author=employee, audience_unit=org.platform)
    unseen = CommentFactory(story=hidden_story, author=manager)
    url = reverse("stories:moderate-comment", args=[unseen.pk])
    assert as_learning_lead.post(url, {"action": "hide"}).status_code == 404
    own = CommentFactory(story=StoryFactory(author=employee), author=learning_lead)
    url = reverse("stories:moderate-comment", args=[own.pk])
    assert as_learning_lead.post(url, {"action": "hide"}).status_code == 403
    assert not ModerationEntry.objects.exists()


# --- removal by an organisation admin ----------------------------------------------------------


def test_admin_removes_a_story_after_confirming(
    employee: Person,
    colleague: Person,
    org_admin: Person,
    as_admin: Client,
    as_employee: Client,
) -> None:
    story = reported_story(employee, colleague, title="Retrospective gone wrong")
    comment = CommentFactory(story=story, author=colleague)
    care.report_create(reporter=org_admin, story=story, comment=comment, reason="other")
    url = reverse("stories:story-remove", args=[story.pk])
    confirm = as_admin.get(url)
    assert confirm.status_code == 200
    assert "This cannot be undone." in confirm.content.decode()
    assert Story.objects.get(pk=story.pk).state == StoryState.PUBLISHED

    response = as_admin.post(url, {"note": "Breaks the guidelines on customer data."})
    assert response.status_code == 302
    assert response["Location"] == reverse("stories:moderation-log")
    story.refresh_from_db()
    assert story.state == StoryState.REMOVED
    assert not SearchDocument.objects.filter(doc_type="story", object_id=str(story.pk)).exists()
    assert found(colleague, "retrospective") == []
    entry = ModerationEntry.objects.get()
    assert (entry.action, entry.actor, entry.story_title) == (
        ModerationAction.REMOVE,
        org_admin,
        "Retrospective gone wrong",
    )
    assert entry.note == "Breaks the guidelines on customer data."
    assert not Report.objects.filter(resolved_at__isnull=True).exists()
    # Nobody sees it any more, not even its author.
    assert as_employee.get(story.get_absolute_url()).status_code == 404
    assert as_admin.get(url).status_code == 404


def test_admin_removal_htmx_redirects_on_the_client(
    employee: Person, as_admin: Client, htmx_headers: dict[str, str]
) -> None:
    story = StoryFactory(author=employee)
    response = as_admin.post(
        reverse("stories:story-remove", args=[story.pk]),
        {"next": reverse("stories:moderation")},
        **htmx_headers,
    )
    assert response.status_code == 200
    assert response["HX-Redirect"] == reverse("stories:moderation")
    assert Story.objects.get(pk=story.pk).state == StoryState.REMOVED


def test_removal_note_too_long_is_422(employee: Person, as_admin: Client) -> None:
    story = StoryFactory(author=employee)
    response = as_admin.post(reverse("stories:story-remove", args=[story.pk]), {"note": "x" * 2001})
    assert response.status_code == 422
    assert Story.objects.get(pk=story.pk).state == StoryState.PUBLISHED


@pytest.mark.parametrize("persona", ["employee", "colleague", "manager", "learning_lead"])
def test_only_organisation_admins_remove(
    request: pytest.FixtureRequest, persona: str, employee: Person
) -> None:
    story = StoryFactory(author=employee)
    person: Person = request.getfixturevalue(persona)
    client = client_for(person)
    url = reverse("stories:story-remove", args=[story.pk])
    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 403
    assert Story.objects.get(pk=story.pk).state == StoryState.PUBLISHED
    with pytest.raises(PermissionDenied):
        care.story_remove(by=person, story=story)


def test_admin_cannot_remove_what_they_cannot_see(
    org: Org, employee: Person, as_admin: Client
) -> None:
    story = StoryFactory(author=employee, audience_unit=org.platform)
    assert as_admin.post(reverse("stories:story-remove", args=[story.pk])).status_code == 404
    assert Story.objects.get(pk=story.pk).state == StoryState.PUBLISHED


def test_admin_removes_a_comment(
    employee: Person, manager: Person, org_admin: Person, as_admin: Client, as_learning_lead: Client
) -> None:
    story = StoryFactory(author=employee)
    comment = CommentFactory(story=story, author=manager)
    url = reverse("stories:comment-remove", args=[comment.pk])
    assert as_learning_lead.post(url).status_code == 403
    assert as_admin.get(url).status_code == 200
    response = as_admin.post(url, {"note": "Personal attack."})
    assert response.status_code == 302
    assert response["Location"] == story.get_absolute_url()
    assert Comment.objects.get(pk=comment.pk).state == CommentState.REMOVED
    entry = ModerationEntry.objects.get()
    assert (entry.action, entry.comment, entry.story_title) == ("remove", comment, story.title)
    assert as_admin.post(url).status_code == 404


# --- the log -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("employee", 403),
        ("colleague", 403),
        ("manager", 403),
        ("learning_lead", 200),
        ("org_admin", 200),
    ],
)
def test_who_may_read_the_log(request: pytest.FixtureRequest, persona: str, status: int) -> None:
    person: Person = request.getfixturevalue(persona)
    assert client_for(person).get(reverse("stories:moderation-log")).status_code == status


def test_log_lists_entries_newest_first_and_keeps_removed_titles(
    employee: Person,
    colleague: Person,
    learning_lead: Person,
    org_admin: Person,
    as_learning_lead: Client,
    htmx_headers: dict[str, str],
) -> None:
    hidden = reported_story(employee, colleague, title="Hidden then shown")
    care.moderation_hide(by=learning_lead, target=hidden, note="Name removed please")
    removed = StoryFactory(author=employee, title="Gone for good")
    care.story_remove(by=org_admin, story=removed, note="Customer data")
    response = as_learning_lead.get(reverse("stories:moderation-log"))
    entries = list(response.context["page"].object_list)
    assert [(e.action, e.story_title) for e in entries] == [
        ("remove", "Gone for good"),
        ("hide", "Hidden then shown"),
    ]
    html = response.content.decode()
    assert "Name removed please" in html and "Customer data" in html
    assert removed.get_absolute_url() not in html  # no link to what is gone
    partial = as_learning_lead.get(reverse("stories:moderation-log"), **htmx_headers)
    assert "<html" not in partial.content.decode()


def test_log_for_learning_leads_leaves_out_stories_they_cannot_see(
    org: Org, employee: Person, learning_lead: Person, org_admin: Person
) -> None:
    platform_only = StoryFactory(author=employee, audience_unit=org.platform, title="Platform")
    ModerationEntry.objects.create(
        story=platform_only, story_title=platform_only.title, actor=org_admin, action="note"
    )
    lead_view = client_for(learning_lead).get(reverse("stories:moderation-log"))
    assert list(lead_view.context["page"].object_list) == []
    admin_view = client_for(org_admin).get(reverse("stories:moderation-log"))
    assert [e.story_title for e in admin_view.context["page"].object_list] == ["Platform"]


@pytest.mark.parametrize(("n", "queries"), [(1, 7), (3, 7)])  # 6 + circle membership
def test_log_query_count(
    n: int,
    queries: int,
    employee: Person,
    learning_lead: Person,
    django_assert_num_queries: object,
) -> None:
    for _ in range(n):
        story = StoryFactory(author=employee)
        care.moderation_hide(by=learning_lead, target=story, note="Please edit")
        comment = CommentFactory(story=story, author=employee)
        care.moderation_hide(by=learning_lead, target=comment)
    client = client_for(learning_lead)
    with django_assert_num_queries(queries):  # type: ignore[operator]
        response = client.get(reverse("stories:moderation-log"))
    assert len(response.context["page"].object_list) == 2 * n


def test_moderation_is_in_the_navigation_for_learning_leads_only(
    as_learning_lead: Client, as_admin: Client, as_employee: Client
) -> None:
    link = f'href="{reverse("stories:moderation")}"'
    assert link in as_learning_lead.get(reverse("core:home")).content.decode()
    assert link in as_admin.get(reverse("core:home")).content.decode()
    assert link not in as_employee.get(reverse("core:home")).content.decode()
    page = as_learning_lead.get(reverse("stories:moderation")).content.decode()
    assert f'{link} aria-current="page"' in page
