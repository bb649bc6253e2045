"""Reporting a story or a comment: who may, one open report per person and target, the
moderators hear of it once per round, in-app only."""

from __future__ import annotations

import pytest
from conftest import Org, client_for
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from samla.notifications.models import EmailMessage, Notification
from samla.people.models import Person
from samla.stories import notices
from samla.stories.enums import CommentState, ReportReason, StoryState
from samla.stories.models import Report, Story
from samla.stories.services import care
from samla.stories.tests.factories import CommentFactory, StoryFactory

pytestmark = pytest.mark.django_db


def report_url(story: Story) -> str:
    return reverse("stories:report-story", args=[story.pk])


def reported_notifications(person: Person) -> list[Notification]:
    return list(Notification.objects.filter(recipient=person, kind=notices.REPORTED.key))


def test_report_story_without_js_stores_it_and_tells_the_moderators_in_app(
    employee: Person,
    as_colleague: Client,
    colleague: Person,
    learning_lead: Person,
    org_admin: Person,
    manager: Person,
) -> None:
    story = StoryFactory(author=employee)
    response = as_colleague.post(
        report_url(story), {"reason": ReportReason.PERSONAL, "details": "Names Bo in paragraph 2."}
    )
    assert response.status_code == 302
    assert response["Location"] == story.get_absolute_url()
    report = Report.objects.get()
    assert (report.story, report.comment, report.reporter) == (story, None, colleague)
    assert (report.reason, report.details) == ("personal", "Names Bo in paragraph 2.")
    assert report.resolved_at is None
    # Learning leads and organisation admins (who are learning leads too) hear of it, in-app.
    assert len(reported_notifications(learning_lead)) == 1
    assert len(reported_notifications(org_admin)) == 1
    assert reported_notifications(manager) == []
    assert reported_notifications(colleague) == []
    assert reported_notifications(learning_lead)[0].url == reverse("stories:moderation")
    assert not EmailMessage.objects.exists()


@pytest.mark.usefixtures("colleague_reads_english")
def test_second_open_report_by_the_same_person_is_409_and_not_stored(
    employee: Person, as_colleague: Client
) -> None:
    story = StoryFactory(author=employee)
    as_colleague.post(report_url(story), {"reason": ReportReason.HARMFUL})
    response = as_colleague.post(report_url(story), {"reason": ReportReason.OTHER})
    assert response.status_code == 409
    assert "You have already reported this" in response.content.decode()
    assert Report.objects.count() == 1


def test_many_reports_on_one_target_notify_each_moderator_once_per_round(
    employee: Person, colleague: Person, manager: Person, learning_lead: Person
) -> None:
    story = StoryFactory(author=employee)
    care.report_create(reporter=colleague, story=story, reason=ReportReason.HARMFUL)
    care.report_create(reporter=manager, story=story, reason=ReportReason.PERSONAL)
    assert len(reported_notifications(learning_lead)) == 1
    # Once the moderators have decided, a new report starts a new round: they hear again.
    care.moderation_dismiss(by=learning_lead, target=story)
    care.report_create(reporter=colleague, story=story, reason=ReportReason.OTHER)
    assert len(reported_notifications(learning_lead)) == 2
    assert Report.objects.filter(resolved_at__isnull=True).count() == 1


@pytest.mark.usefixtures("colleague_reads_english")
def test_report_form_page_and_htmx_partial(
    employee: Person, as_colleague: Client, htmx_headers: dict[str, str]
) -> None:
    story = StoryFactory(author=employee)
    page = as_colleague.get(report_url(story))
    assert page.status_code == 200
    html = page.content.decode()
    assert "<html" in html and 'type="radio"' in html and "Send the report" in html
    partial = as_colleague.get(report_url(story), **htmx_headers)
    assert partial.status_code == 200
    assert "<html" not in partial.content.decode()
    assert f'hx-post="{report_url(story)}"' in partial.content.decode()
    done = as_colleague.post(report_url(story), {"reason": "sensitive"}, **htmx_headers)
    assert done.status_code == 200
    assert "Thank you. The moderators will look at it." in done.content.decode()
    assert Report.objects.get().reason == "sensitive"
    # Asked again, the form says it is already reported instead of offering the form.
    again = as_colleague.get(report_url(story), **htmx_headers)
    assert "already reported" in again.content.decode()
    assert "Send the report" not in again.content.decode()
    conflict = as_colleague.post(report_url(story), {"reason": "other"}, **htmx_headers)
    assert conflict.status_code == 409
    assert "<html" not in conflict.content.decode()


@pytest.mark.usefixtures("colleague_reads_english")
@pytest.mark.parametrize("reason", ["", "spam", "PERSONAL"])
def test_report_with_unknown_or_missing_reason_is_422(
    employee: Person, as_colleague: Client, htmx_headers: dict[str, str], reason: str
) -> None:
    story = StoryFactory(author=employee)
    response = as_colleague.post(report_url(story), {"reason": reason})
    assert response.status_code == 422
    assert "Choose" in response.content.decode()
    partial = as_colleague.post(report_url(story), {"reason": reason}, **htmx_headers)
    assert partial.status_code == 422
    assert "<html" not in partial.content.decode()
    assert not Report.objects.exists()


def test_report_details_too_long_is_422(employee: Person, as_colleague: Client) -> None:
    story = StoryFactory(author=employee)
    response = as_colleague.post(report_url(story), {"reason": "other", "details": "x" * 2001})
    assert response.status_code == 422
    assert not Report.objects.exists()


@pytest.mark.parametrize(
    ("persona", "allowed"),
    [
        ("employee", False),  # the author
        ("colleague", True),
        ("manager", True),
        ("learning_lead", True),
        ("org_admin", True),
    ],
)
def test_who_may_report_a_story(
    request: pytest.FixtureRequest, employee: Person, persona: str, allowed: bool
) -> None:
    person: Person = request.getfixturevalue(persona)
    story = StoryFactory(author=employee)
    response = client_for(person).post(report_url(story), {"reason": "other"})
    assert response.status_code == (302 if allowed else 403)
    assert Report.objects.filter(reporter=person).exists() is allowed


def test_people_who_left_cannot_report(employee: Person, as_outsider: Client) -> None:
    story = StoryFactory(author=employee)
    response = as_outsider.post(report_url(story), {"reason": "other"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Report.objects.exists()


def test_story_for_another_unit_is_404_and_nothing_is_stored(
    org: Org, employee: Person, as_colleague: Client
) -> None:
    story = StoryFactory(author=employee, audience_unit=org.platform)
    assert as_colleague.get(report_url(story)).status_code == 404
    assert as_colleague.post(report_url(story), {"reason": "other"}).status_code == 404
    assert not Report.objects.exists()


def test_hidden_or_removed_story_cannot_be_reported(
    employee: Person, as_colleague: Client, as_learning_lead: Client
) -> None:
    hidden = StoryFactory(author=employee, state=StoryState.HIDDEN)
    removed = StoryFactory(author=employee, state=StoryState.REMOVED)
    assert as_colleague.post(report_url(hidden), {"reason": "other"}).status_code == 404
    assert as_colleague.post(report_url(removed), {"reason": "other"}).status_code == 404
    # A moderator sees the hidden story but there is nothing to report any more.
    assert as_learning_lead.post(report_url(hidden), {"reason": "other"}).status_code == 403
    assert not Report.objects.exists()


def test_unknown_story_is_404(as_colleague: Client) -> None:
    assert as_colleague.get(reverse("stories:report-story", args=[999_999])).status_code == 404


# --- comments ----------------------------------------------------------------------------------


def test_report_comment_stores_the_comment_and_its_story(
    employee: Person,
    manager: Person,
    as_colleague: Client,
    colleague: Person,
    learning_lead: Person,
) -> None:
    story = StoryFactory(author=employee)
    comment = CommentFactory(story=story, author=manager)
    url = reverse("stories:report-comment", args=[comment.pk])
    response = as_colleague.post(url, {"reason": ReportReason.HARMFUL})
    assert response.status_code == 302
    assert response["Location"] == f"{story.get_absolute_url()}#comment-{comment.pk}"
    report = Report.objects.get()
    assert (report.story, report.comment, report.reporter) == (story, comment, colleague)
    assert len(reported_notifications(learning_lead)) == 1
    # The story itself is a different target: reporting it is still possible.
    assert as_colleague.post(report_url(story), {"reason": "other"}).status_code == 302
    assert as_colleague.post(url, {"reason": "other"}).status_code == 409
    assert Report.objects.count() == 2


def test_comment_report_permissions(
    org: Org, employee: Person, manager: Person, as_manager: Client, as_colleague: Client
) -> None:
    story = StoryFactory(author=employee)
    own = CommentFactory(story=story, author=manager)
    assert (
        as_manager.post(reverse("stories:report-comment", args=[own.pk]), {"reason": "other"})
    ).status_code == 403
    unit_story = StoryFactory(author=employee, audience_unit=org.platform)
    hidden_from_colleague = CommentFactory(story=unit_story, author=manager)
    url = reverse("stories:report-comment", args=[hidden_from_colleague.pk])
    assert as_colleague.post(url, {"reason": "other"}).status_code == 404
    removed = CommentFactory(story=story, author=manager, state=CommentState.REMOVED)
    url = reverse("stories:report-comment", args=[removed.pk])
    assert as_colleague.post(url, {"reason": "other"}).status_code == 404
    hidden = CommentFactory(story=story, author=manager, state=CommentState.HIDDEN)
    url = reverse("stories:report-comment", args=[hidden.pk])
    assert as_colleague.post(url, {"reason": "other"}).status_code == 404
    assert not Report.objects.exists()


@pytest.mark.usefixtures("colleague_reads_english")
def test_comment_report_htmx_partial(
    employee: Person, manager: Person, as_colleague: Client, htmx_headers: dict[str, str]
) -> None:
    comment = CommentFactory(story=StoryFactory(author=employee), author=manager)
    url = reverse("stories:report-comment", args=[comment.pk])
    form = as_colleague.get(url, **htmx_headers)
    assert form.status_code == 200
    assert f'id="report-comment{comment.pk}-reason_0"' in form.content.decode()
    bad = as_colleague.post(url, {"reason": "nope"}, **htmx_headers)
    assert bad.status_code == 422
    done = as_colleague.post(url, {"reason": "harmful"}, **htmx_headers)
    assert "Thank you" in done.content.decode()


def test_moderators_who_cannot_see_the_story_are_not_told(
    org: Org, employee: Person, manager: Person, learning_lead: Person
) -> None:
    """The learning lead works in Sales: a story for Platform only is not theirs to see."""
    story = StoryFactory(author=employee, audience_unit=org.platform)
    care.report_create(reporter=manager, story=story, reason=ReportReason.OTHER)
    assert reported_notifications(learning_lead) == []


def test_report_create_checks_permission_and_input(
    employee: Person, colleague: Person, manager: Person
) -> None:
    story = StoryFactory(author=employee)
    with pytest.raises(PermissionDenied):
        care.report_create(reporter=employee, story=story, reason=ReportReason.OTHER)
    with pytest.raises(ValueError, match="reason"):
        care.report_create(reporter=colleague, story=story, reason="spam")
    with pytest.raises(ValueError, match="details"):
        care.report_create(reporter=colleague, story=story, reason="other", details="x" * 2001)
    other = CommentFactory(author=manager)
    with pytest.raises(ValueError, match="belong"):
        care.report_create(reporter=colleague, story=story, comment=other, reason="other")
    assert not Report.objects.exists()
