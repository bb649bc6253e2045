"""A leader's response to a lesson: who may give it, only one, what it writes, what it shows."""

from __future__ import annotations

import pytest
from conftest import Org, client_for
from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse

from samla.notifications.models import Notification
from samla.people.models import Person
from samla.record.enums import Verb, Visibility
from samla.record.models import Activity
from samla.stories import notices
from samla.stories.enums import StoryKind, StoryState
from samla.stories.models import Story, StoryAcknowledgement
from samla.stories.services import care
from samla.stories.tests.factories import StoryFactory

pytestmark = pytest.mark.django_db

LESSON_SECTIONS = {
    "tried": "We moved the release to Friday afternoon.",
    "happened": "A fix needed the whole weekend.",
    "learned": "Late releases leave no room to react.",
    "next_time": "Release on Tuesday mornings.",
}


def lesson(author: Person, **kwargs: object) -> Story:
    values: dict[str, object] = {
        "kind": StoryKind.LESSON,
        "title": "The Friday release",
        "sections": LESSON_SECTIONS,
        "asks_leader_response": True,
    }
    values.update(kwargs)
    return StoryFactory(author=author, **values)


def ack_url(story: Story) -> str:
    return reverse("stories:acknowledge", args=[story.pk])


def render_response(story: Story, viewer: Person) -> str:
    return render_to_string("stories/_leader_response.html", {"story": story, "viewer": viewer})


def test_manager_acknowledges_with_a_note(
    employee: Person, manager: Person, as_manager: Client
) -> None:
    story = lesson(employee)
    response = as_manager.post(ack_url(story), {"note": "**Thank you** for sharing this."})
    assert response.status_code == 302
    assert response["Location"] == f"{story.get_absolute_url()}#leader-response"
    ack = StoryAcknowledgement.objects.get()
    assert (ack.story, ack.by, ack.note) == (story, manager, "**Thank you** for sharing this.")
    assert ack.note_html == "<p><strong>Thank you</strong> for sharing this.</p>\n"
    activity = Activity.objects.get(verb=Verb.ACKNOWLEDGED)
    assert (activity.actor, activity.object_id, activity.object_title) == (
        manager,
        str(story.pk),
        "The Friday release",
    )
    assert activity.visibility == Visibility.ORGANISATION
    notification = Notification.objects.get(recipient=employee, kind=notices.ACKNOWLEDGED.key)
    assert notification.params == {"actor": "Mette Manager", "title": "The Friday release"}
    assert notification.url == story.get_absolute_url()


def test_acknowledgement_without_a_note_and_by_htmx(
    employee: Person,
    as_learning_lead: Client,
    learning_lead: Person,
    htmx_headers: dict[str, str],
) -> None:
    story = lesson(employee)
    response = as_learning_lead.post(ack_url(story), {"note": ""}, **htmx_headers)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert 'id="leader-response"' in html
    assert "Lars Lead acknowledged this lesson" in html
    ack = StoryAcknowledgement.objects.get()
    assert (ack.by, ack.note, ack.note_html) == (learning_lead, "", "")


def test_second_acknowledgement_is_409_with_a_message(
    employee: Person, manager: Person, as_learning_lead: Client, htmx_headers: dict[str, str]
) -> None:
    story = lesson(employee)
    care.story_acknowledge(story=story, by=manager, note="Good one.")
    response = as_learning_lead.post(ack_url(story), {"note": "Me too"})
    assert response.status_code == 409
    assert "A leader has already responded to this lesson." in response.content.decode()
    partial = as_learning_lead.post(ack_url(story), {"note": "Me too"}, **htmx_headers)
    assert partial.status_code == 409
    assert "<html" not in partial.content.decode()
    assert "Mette Manager acknowledged this lesson" in partial.content.decode()
    assert as_learning_lead.get(ack_url(story)).status_code == 409
    assert StoryAcknowledgement.objects.get().by == manager
    assert Activity.objects.filter(verb=Verb.ACKNOWLEDGED).count() == 1
    with pytest.raises(care.CareConflict):
        care.story_acknowledge(story=story, by=manager)


def test_acknowledge_page_without_js_and_bad_input(
    employee: Person, as_manager: Client, htmx_headers: dict[str, str]
) -> None:
    story = lesson(employee)
    page = as_manager.get(ack_url(story))
    assert page.status_code == 200
    assert "Acknowledge the lesson" in page.content.decode()
    too_long = as_manager.post(ack_url(story), {"note": "x" * 2001})
    assert too_long.status_code == 422
    assert "<html" in too_long.content.decode()
    partial = as_manager.post(ack_url(story), {"note": "x" * 2001}, **htmx_headers)
    assert partial.status_code == 422
    assert "<html" not in partial.content.decode()
    assert "field__error" in partial.content.decode()
    assert not StoryAcknowledgement.objects.exists()


@pytest.mark.parametrize(
    ("persona", "allowed"),
    [
        ("employee", False),  # the author
        ("colleague", False),
        ("manager", True),  # the author's manager
        ("learning_lead", True),
        ("org_admin", True),  # organisation admins are learning leads too
    ],
)
def test_who_may_acknowledge(
    request: pytest.FixtureRequest, employee: Person, persona: str, allowed: bool
) -> None:
    person: Person = request.getfixturevalue(persona)
    story = lesson(employee)
    response = client_for(person).post(ack_url(story), {"note": ""})
    assert response.status_code == (302 if allowed else 403)
    assert StoryAcknowledgement.objects.filter(by=person).exists() is allowed
    if not allowed:
        with pytest.raises(PermissionDenied):
            care.story_acknowledge(story=story, by=person)


def test_people_who_left_cannot_acknowledge(employee: Person, as_outsider: Client) -> None:
    story = lesson(employee)
    assert as_outsider.post(ack_url(story)).status_code == 302
    assert not StoryAcknowledgement.objects.exists()


def test_only_lessons_that_ask_can_be_acknowledged(employee: Person, as_manager: Client) -> None:
    not_asked = lesson(employee, asks_leader_response=False)
    learning = StoryFactory(author=employee)
    assert as_manager.post(ack_url(not_asked)).status_code == 403
    assert as_manager.post(ack_url(learning)).status_code == 403
    assert not StoryAcknowledgement.objects.exists()


def test_lesson_one_cannot_see_is_404(
    org: Org, employee: Person, as_learning_lead: Client, as_manager: Client
) -> None:
    story = lesson(employee, audience_unit=org.platform)
    assert as_learning_lead.post(ack_url(story)).status_code == 404
    hidden = lesson(employee, state=StoryState.HIDDEN)
    assert as_manager.post(ack_url(hidden)).status_code == 404
    # The manager is in Platform: they may respond to the unit's lesson, privately recorded.
    assert as_manager.post(ack_url(story)).status_code == 302
    assert Activity.objects.get(verb=Verb.ACKNOWLEDGED).visibility == Visibility.PRIVATE


def test_partial_shows_waiting_form_and_response_to_the_right_people(
    employee: Person, manager: Person, colleague: Person, learning_lead: Person
) -> None:
    story = lesson(employee)
    author_view = render_response(story, employee)
    assert "Waiting for a leader’s response." in author_view
    assert "Your manager has been asked to respond." in author_view
    assert "<form" not in author_view
    colleague_view = render_response(story, colleague)
    assert "Waiting for a leader’s response." in colleague_view
    assert "asked to respond" not in colleague_view
    manager_view = render_response(story, manager)
    assert "<form" in manager_view and ack_url(story) in manager_view
    assert "Waiting" not in manager_view

    care.story_acknowledge(story=story, by=manager, note="We changed the release day.")
    for viewer in (employee, colleague, manager, learning_lead):
        html = render_response(story, viewer)
        assert "Mette Manager acknowledged this lesson" in html
        assert "We changed the release day." in html
        assert "<form" not in html and "Waiting" not in html


def test_partial_without_a_manager_names_the_learning_leads(colleague: Person) -> None:
    story = lesson(colleague)
    assert "The learning leads have been asked to respond." in render_response(story, colleague)


def test_partial_is_empty_for_other_stories(employee: Person, manager: Person) -> None:
    assert render_response(StoryFactory(author=employee), manager).strip() == ""
    assert render_response(lesson(employee, asks_leader_response=False), manager).strip() == ""
