"""Experiments: starting, closing out with result and lesson, the close-out reminder command and
the experiment panel."""

from __future__ import annotations

from datetime import date, timedelta
from io import StringIO

import pytest
from conftest import Org, client_for
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from samla.notifications.models import Notification
from samla.people.models import Person
from samla.record.enums import Verb
from samla.record.models import Activity
from samla.search.fulltext import search
from samla.stories import notices
from samla.stories.enums import ExperimentStatus, StoryKind, StoryState
from samla.stories.models import Story, StoryRevision
from samla.stories.search_index import story_index
from samla.stories.services import care
from samla.stories.tests.factories import StoryFactory

pytestmark = pytest.mark.django_db


def experiment(author: Person, sponsor: Person | None, **kwargs: object) -> Story:
    today = timezone.localdate()
    values: dict[str, object] = {
        "kind": StoryKind.EXPERIMENT,
        "title": "Pair programming on Fridays",
        "sections": {
            "hypothesis": "We believe pairing on Fridays will halve review time.",
            "plan": "Four weeks, the whole team.",
        },
        "sponsor": sponsor,
        "experiment_status": ExperimentStatus.PLANNED,
        "starts_on": today + timedelta(days=1),
        "ends_on": today + timedelta(days=29),
    }
    values.update(kwargs)
    return StoryFactory(author=author, **values)


def start_url(story: Story) -> str:
    return reverse("stories:experiment-start", args=[story.pk])


def close_url(story: Story) -> str:
    return reverse("stories:experiment-close", args=[story.pk])


CLOSE = {"result": "Review time fell from 2 days to 6 hours.", "lesson": "Pair on risky changes."}


# --- start -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("employee", 302),  # author
        ("manager", 302),  # sponsor
        ("colleague", 403),
        ("learning_lead", 403),
        ("org_admin", 403),
    ],
)
def test_who_may_start_an_experiment(
    request: pytest.FixtureRequest, employee: Person, manager: Person, persona: str, status: int
) -> None:
    story = experiment(employee, manager)
    response = client_for(request.getfixturevalue(persona)).post(start_url(story))
    assert response.status_code == status
    expected = ExperimentStatus.RUNNING if status == 302 else ExperimentStatus.PLANNED
    assert Story.objects.get(pk=story.pk).experiment_status == expected


def test_start_htmx_partial_and_twice_is_409(
    employee: Person, manager: Person, as_employee: Client, htmx_headers: dict[str, str]
) -> None:
    story = experiment(employee, manager, starts_on=None)
    response = as_employee.post(start_url(story), **htmx_headers)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html and f'id="experiment-{story.pk}"' in html
    assert "Running" in html
    story.refresh_from_db()
    assert (story.experiment_status, story.starts_on) == ("running", timezone.localdate())
    again = as_employee.post(start_url(story), **htmx_headers)
    assert again.status_code == 409
    assert "Only a planned experiment can be started." in again.content.decode()
    no_js = as_employee.post(start_url(story))
    assert no_js.status_code == 409
    assert "<html" in no_js.content.decode()


def test_start_is_get_not_allowed_and_404_for_other_kinds(
    employee: Person, as_employee: Client
) -> None:
    story = experiment(employee, None)
    assert as_employee.get(start_url(story)).status_code == 405
    learning = StoryFactory(author=employee)
    assert as_employee.post(start_url(learning)).status_code == 404


# --- close out ---------------------------------------------------------------------------------


def test_sponsor_closes_out_with_result_and_lesson(
    employee: Person, manager: Person, colleague: Person, as_manager: Client
) -> None:
    story = experiment(employee, manager, experiment_status=ExperimentStatus.RUNNING)
    story_index(story)
    page = as_manager.get(close_url(story))
    assert page.status_code == 200
    assert 'name="result"' in page.content.decode()

    response = as_manager.post(close_url(story), CLOSE)
    assert response.status_code == 302
    assert response["Location"] == story.get_absolute_url()
    story.refresh_from_db()
    assert story.experiment_status == ExperimentStatus.ENDED
    assert story.closed_at is not None
    assert story.sections["result"] == CLOSE["result"]
    assert story.sections["lesson"] == CLOSE["lesson"]
    assert story.sections["hypothesis"].startswith("We believe")
    assert story.sections_html["lesson"] == "<p>Pair on risky changes.</p>\n"
    revision = StoryRevision.objects.get(story=story)
    assert revision.editor == manager
    assert "result" not in revision.sections and revision.title == story.title
    activity = Activity.objects.get(verb=Verb.COMPLETED)
    assert (activity.actor, activity.object_id) == (employee, str(story.pk))
    # The result is searchable.
    hits = search(query="review hours", viewer_unit_path=colleague.unit.path).hits
    assert [h.object_id for h in hits] == [str(story.pk)]


def test_close_out_by_htmx_redirects_on_the_client(
    employee: Person, as_employee: Client, htmx_headers: dict[str, str]
) -> None:
    story = experiment(employee, None)
    response = as_employee.post(close_url(story), CLOSE, **htmx_headers)
    assert response.status_code == 200
    assert response["HX-Redirect"] == story.get_absolute_url()
    assert Story.objects.get(pk=story.pk).experiment_status == ExperimentStatus.ENDED


@pytest.mark.parametrize(
    "data",
    [
        {"result": "", "lesson": "Something"},
        {"result": "Something", "lesson": "   "},
        {},
        {"result": "x" * 10_001, "lesson": "Something"},
    ],
)
def test_close_out_needs_both_texts_422_and_saves_nothing(
    employee: Person, as_employee: Client, htmx_headers: dict[str, str], data: dict[str, str]
) -> None:
    story = experiment(employee, None)
    response = as_employee.post(close_url(story), data)
    assert response.status_code == 422
    assert "Nothing was saved yet." in response.content.decode()
    partial = as_employee.post(close_url(story), data, **htmx_headers)
    assert partial.status_code == 422
    assert "<html" not in partial.content.decode()
    story.refresh_from_db()
    assert story.experiment_status == ExperimentStatus.PLANNED
    assert "result" not in story.sections
    assert not StoryRevision.objects.exists()


def test_closing_an_ended_experiment_is_409(
    employee: Person, manager: Person, as_manager: Client
) -> None:
    story = experiment(employee, manager)
    care.experiment_close_out(story=story, by=employee, result="R", lesson="L")
    assert as_manager.get(close_url(story)).status_code == 409
    response = as_manager.post(close_url(story), CLOSE)
    assert response.status_code == 409
    assert "already been closed out" in response.content.decode()
    assert Story.objects.get(pk=story.pk).sections["result"] == "R"
    assert StoryRevision.objects.count() == 1
    with pytest.raises(care.CareConflict):
        care.experiment_close_out(story=story, by=manager, result="R2", lesson="L2")


@pytest.mark.parametrize("persona", ["colleague", "learning_lead", "org_admin"])
def test_others_cannot_close_out(
    request: pytest.FixtureRequest, employee: Person, manager: Person, persona: str
) -> None:
    story = experiment(employee, manager)
    person: Person = request.getfixturevalue(persona)
    assert client_for(person).post(close_url(story), CLOSE).status_code == 403
    assert Story.objects.get(pk=story.pk).experiment_status == ExperimentStatus.PLANNED
    with pytest.raises(PermissionDenied):
        care.experiment_close_out(story=story, by=person, result="R", lesson="L")


def test_experiment_one_cannot_see_is_404(
    org: Org, employee: Person, colleague: Person, as_colleague: Client
) -> None:
    story = experiment(employee, colleague, audience_unit=org.platform)
    assert as_colleague.post(close_url(story), CLOSE).status_code == 404
    assert as_colleague.post(start_url(story)).status_code == 404
    hidden = experiment(employee, colleague, state=StoryState.HIDDEN)
    assert as_colleague.post(close_url(hidden), CLOSE).status_code == 404


def test_close_out_of_other_kinds_is_404(employee: Person, as_employee: Client) -> None:
    assert as_employee.get(close_url(StoryFactory(author=employee))).status_code == 404


def test_close_out_service_validates_texts(employee: Person) -> None:
    story = experiment(employee, None)
    with pytest.raises(ValueError, match="required"):
        care.experiment_close_out(story=story, by=employee, result=" ", lesson="L")


# --- the reminder command ----------------------------------------------------------------------


def close_out_notifications() -> list[tuple[int, str]]:
    return sorted(
        Notification.objects.filter(kind=notices.CLOSE_OUT_DUE.key).values_list(
            "recipient_id", "dedupe_key"
        )
    )


def test_command_notifies_sponsor_and_author_once(
    employee: Person, manager: Person, colleague: Person
) -> None:
    today = timezone.localdate()
    due = experiment(
        employee, manager, experiment_status="running", ends_on=today - timedelta(days=1)
    )
    experiment(employee, manager, ends_on=today)  # ends today: not yet due
    experiment(employee, manager, experiment_status="ended", ends_on=today - timedelta(days=9))
    experiment(colleague, manager, ends_on=today - timedelta(days=3), state=StoryState.HIDDEN)
    planned_due = experiment(colleague, None, ends_on=today - timedelta(days=2))

    out = StringIO()
    call_command("close_out_experiments", "--dry-run", stdout=out)
    assert "2 experiments past their end date, would notify 3 people" in out.getvalue()
    assert close_out_notifications() == []

    out = StringIO()
    call_command("close_out_experiments", stdout=out)
    assert "notified 3 people" in out.getvalue()
    assert close_out_notifications() == sorted(
        [
            (employee.pk, f"experiment_close_out:{due.pk}"),
            (manager.pk, f"experiment_close_out:{due.pk}"),
            (colleague.pk, f"experiment_close_out:{planned_due.pk}"),
        ]
    )
    notification = Notification.objects.get(recipient=manager)
    assert notification.url == close_url(due)
    assert notification.params == {"title": "Pair programming on Fridays"}

    out = StringIO()
    call_command("close_out_experiments", stdout=out)
    assert "notified 0 people" in out.getvalue()
    assert len(close_out_notifications()) == 3


def test_command_skips_people_who_cannot_see_the_experiment(
    org: Org, employee: Person, colleague: Person
) -> None:
    """A sponsor outside the audience unit would only find a 404 behind the notification."""
    experiment(employee, colleague, audience_unit=org.platform, ends_on=date(2020, 1, 31))
    report = care.experiments_close_out_due()
    assert (report.experiments, report.notified) == (1, 1)
    assert [r for r, _k in close_out_notifications()] == [employee.pk]


def test_command_is_in_the_periodic_commands() -> None:
    from django.conf import settings

    assert "close_out_experiments" in settings.PERIODIC_COMMANDS


# --- the panel ---------------------------------------------------------------------------------


def render_panel(story: Story, viewer: Person) -> str:
    return render_to_string("stories/_experiment.html", {"story": story, "viewer": viewer})


def test_panel_shows_sponsor_timebox_status_and_the_right_actions(
    employee: Person, manager: Person, colleague: Person
) -> None:
    story = experiment(employee, manager, starts_on=date(2025, 3, 3), ends_on=date(2025, 3, 28))
    html = render_panel(story, colleague)
    assert "Mette Manager" in html
    assert "status-badge--planned" in html and "Planned" in html
    assert "March 3, 2025 – March 28, 2025" in html
    assert start_url(story) not in html and close_url(story) not in html
    assert "The timebox has ended; the result and the lesson are on their way." in html
    owner_view = render_panel(story, employee)
    assert start_url(story) in owner_view and close_url(story) in owner_view
    assert "Write the result and the lesson" in owner_view

    care.experiment_close_out(story=story, by=manager, result="**Faster** reviews", lesson="Pair.")
    ended = render_panel(story, colleague)
    assert "status-badge--ended" in ended
    assert "<strong>Faster</strong> reviews" in ended and "<p>Pair.</p>" in ended
    assert "timebox has ended" not in ended
    assert close_url(story) not in render_panel(story, employee)


def test_panel_is_empty_for_other_kinds(employee: Person) -> None:
    assert render_panel(StoryFactory(author=employee), employee).strip() == ""
