"""Invitations by email: updates keep the UID and raise SEQUENCE, cancellations are CANCELs,
reminders go once a day before, and an `.ics` survives a real SMTP server."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from datetime import timedelta
from email import message_from_bytes, policy
from typing import Any

import icalendar
import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from samla.circles import invitations
from samla.circles.enums import MeetingKind, RsvpAnswer
from samla.circles.ical import occurrence_uid
from samla.circles.models import Meeting, Occurrence
from samla.circles.services import meetings as ms
from samla.circles.tests.factories import make_circle, make_meeting, next_weekday_at
from samla.circles.tests.test_ical import check_document
from samla.notifications import services as notification_services
from samla.notifications.models import EmailMessage, Notification
from samla.people.models import Person
from samla.people.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db

Capture = Callable[..., Any]


@pytest.fixture
def weekly(manager: Person, employee: Person, colleague: Person) -> Meeting:
    circle = make_circle(
        facilitator=manager, members=[employee, colleague], name="Platform learning"
    )
    return make_meeting(circle=circle, by=manager, title="Friday learning", count=10)


def first_two(meeting: Meeting) -> list[Occurrence]:
    return list(Occurrence.objects.filter(meeting=meeting).order_by("start")[:2])


def ics_of(message: EmailMessage) -> icalendar.Calendar:
    (item,) = message.attachments
    assert item["filename"].endswith(".ics")
    return check_document(item["content"].encode())


def emails_to(person: Person) -> list[EmailMessage]:
    return list(EmailMessage.objects.filter(recipient=person).order_by("pk"))


def test_moving_one_occurrence_sends_an_update_with_the_same_uid(
    weekly: Meeting,
    manager: Person,
    employee: Person,
    colleague: Person,
    django_capture_on_commit_callbacks: Capture,
) -> None:
    occ, _next = first_two(weekly)
    ms.rsvp_set(occurrence=occ, person=employee, answer=RsvpAnswer.YES)
    ms.rsvp_set(occurrence=occ, person=colleague, answer=RsvpAnswer.NO)
    with django_capture_on_commit_callbacks(execute=True):
        ms.occurrence_move(occurrence=occ, by=manager, start=occ.start + timedelta(hours=1))
    assert emails_to(colleague) == []  # said no
    (mail,) = emails_to(employee)
    assert mail.subject.startswith("Updated: “Friday learning”")
    assert mail.attachments[0]["mimetype"] == "text/calendar; method=REQUEST"
    cal = ics_of(mail)
    assert str(cal["METHOD"]) == "REQUEST"
    (ev,) = cal.walk("VEVENT")
    assert str(ev["UID"]) == occurrence_uid(weekly.uid, occ.original_start)
    assert ev.decoded("DTSTART") == occ.start + timedelta(hours=1)
    assert int(ev["SEQUENCE"]) == Occurrence.objects.get(pk=occ.pk).sequence >= 1
    assert str(ev["ATTENDEE"]) == "mailto:employee@example.com"
    assert str(ev["ORGANIZER"].params["CN"]) == "Platform learning"

    # A second change: same UID, higher SEQUENCE, a second email.
    with django_capture_on_commit_callbacks(execute=True):
        ms.occurrence_update(occurrence=occ, by=manager, title="Git tricks", agenda="")
    second = emails_to(employee)[-1]
    (ev2,) = ics_of(second).walk("VEVENT")
    assert str(ev2["UID"]) == str(ev["UID"])
    assert int(ev2["SEQUENCE"]) > int(ev["SEQUENCE"])
    assert str(ev2["SUMMARY"]) == "Git tricks"

    # Cancelling it: a CANCEL with the same UID and a higher SEQUENCE still.
    with django_capture_on_commit_callbacks(execute=True):
        ms.occurrence_cancel(occurrence=occ, by=manager)
    cancel = emails_to(employee)[-1]
    assert cancel.subject.startswith("Cancelled: “Git tricks”")
    assert cancel.attachments[0]["mimetype"] == "text/calendar; method=CANCEL"
    cal = ics_of(cancel)
    assert str(cal["METHOD"]) == "CANCEL"
    (ev3,) = cal.walk("VEVENT")
    assert str(ev3["UID"]) == str(ev["UID"])
    assert str(ev3["STATUS"]) == "CANCELLED"
    assert int(ev3["SEQUENCE"]) > int(ev2["SEQUENCE"])


def test_cancelling_the_series_sends_one_email_per_person_with_every_occurrence(
    weekly: Meeting,
    manager: Person,
    employee: Person,
    django_capture_on_commit_callbacks: Capture,
) -> None:
    a, b = first_two(weekly)
    for occ in (a, b):
        ms.rsvp_set(occurrence=occ, person=employee, answer=RsvpAnswer.YES)
    with django_capture_on_commit_callbacks(execute=True):
        ms.meeting_cancel(meeting=weekly, by=manager)
    (mail,) = emails_to(employee)
    assert len(mail.attachments) == 2
    for item, occ in zip(mail.attachments, (a, b), strict=True):
        cal = check_document(item["content"].encode())
        (ev,) = cal.walk("VEVENT")
        assert str(cal["METHOD"]) == "CANCEL"
        assert str(ev["UID"]) == occurrence_uid(weekly.uid, occ.original_start)
    assert (
        Notification.objects.filter(recipient=employee, kind="circle_meeting_cancelled").count()
        == 1
    )


def test_a_series_change_updates_everyone_who_said_yes_in_their_language(
    weekly: Meeting,
    manager: Person,
    employee: Person,
    colleague: Person,
    django_capture_on_commit_callbacks: Capture,
) -> None:
    occ, _ = first_two(weekly)
    for person in (employee, colleague):
        ms.rsvp_set(occurrence=occ, person=person, answer=RsvpAnswer.YES)
    data = ms.MeetingData(
        kind=weekly.kind,
        title="Friday learning (new room)",
        first_start=weekly.first_start,
        timezone=weekly.timezone,
        duration=weekly.duration,
        rrule=weekly.rrule,
        place="Room 4",
    )
    with django_capture_on_commit_callbacks(execute=True):
        ms.meeting_update(meeting=weekly, by=manager, data=data)
    (for_employee,) = emails_to(employee)
    (for_colleague,) = emails_to(colleague)
    assert for_colleague.language == "sv" and for_employee.language == "en"
    (ev,) = ics_of(for_employee).walk("VEVENT")
    assert str(ev["LOCATION"]) == "Room 4"
    assert str(ev["SUMMARY"]) == "Friday learning (new room)"
    # Running the hook again for the same change sends nothing new (deduplicated).
    invitations.meeting_changed(meeting=weekly)
    assert len(emails_to(employee)) == 1


def test_meeting_changed_never_raises(weekly: Meeting, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(**_kw: object) -> int:
        raise RuntimeError("mail down")

    monkeypatch.setattr(invitations, "_meeting_changed", boom)
    assert invitations.meeting_changed(meeting=weekly) == 0


def test_send_cancellations_before_deleting(weekly: Meeting, employee: Person) -> None:
    occ, _ = first_two(weekly)
    ms.rsvp_set(occurrence=occ, person=employee, answer=RsvpAnswer.YES)
    assert invitations.send_cancellations(occurrences=[occ]) == 1
    (mail,) = emails_to(employee)
    cal = ics_of(mail)
    assert str(cal["METHOD"]) == "CANCEL"
    (ev,) = cal.walk("VEVENT")
    assert int(ev["SEQUENCE"]) == occ.sequence + 1
    assert str(ev["UID"]) == occurrence_uid(weekly.uid, occ.original_start)


# --- Reminders ---------------------------------------------------------------------------------


def test_reminders_go_once_a_day_before_to_people_with_a_place(
    manager: Person, employee: Person, colleague: Person
) -> None:
    host = PersonFactory(full_name="Hanna Host")
    circle = make_circle(facilitator=host, name="Showcases")
    start = next_weekday_at(10, days_ahead=2)
    workshop = make_meeting(
        circle=circle,
        by=host,
        title="Showcase",
        kind=MeetingKind.WORKSHOP,
        open_to_all=True,
        capacity=1,
        start=start,
        rrule="",
        duration=60,
    )
    (occ,) = Occurrence.objects.filter(meeting=workshop)
    ms.rsvp_set(occurrence=occ, person=employee, answer=RsvpAnswer.YES)
    ms.rsvp_set(occurrence=occ, person=colleague, answer=RsvpAnswer.YES)  # waiting list
    ms.rsvp_set(occurrence=occ, person=manager, answer=RsvpAnswer.MAYBE)

    assert invitations.send_meeting_reminders(now=start - timedelta(hours=30)) == 0  # too early
    day_before = start - timedelta(hours=23)
    assert invitations.send_meeting_reminders(now=day_before) == 1
    assert invitations.send_meeting_reminders(now=day_before + timedelta(hours=1)) == 0
    call_command("send_meeting_reminders")  # the periodic command: nothing new either
    assert invitations.send_meeting_reminders(now=day_before, dry_run=True) == 1
    (mail,) = emails_to(employee)
    assert emails_to(colleague) == [] and emails_to(manager) == []
    assert mail.subject.startswith("Reminder: “Showcase”")
    (ev,) = ics_of(mail).walk("VEVENT")
    assert str(ev["UID"]) == occurrence_uid(workshop.uid, occ.original_start)
    assert ev.decoded("DTSTART") == start


def test_a_moved_occurrence_is_reminded_again(
    weekly: Meeting, manager: Person, employee: Person
) -> None:
    occ, _ = first_two(weekly)
    ms.rsvp_set(occurrence=occ, person=employee, answer=RsvpAnswer.YES)
    now = occ.start - timedelta(hours=20)
    assert invitations.send_meeting_reminders(now=now) == 1
    ms.occurrence_move(occurrence=occ, by=manager, start=occ.start + timedelta(hours=3))
    assert invitations.send_meeting_reminders(now=now) == 1
    assert invitations.send_meeting_reminders(now=now) == 0


def test_reminders_take_one_query_plus_a_few_per_reminder(
    weekly: Meeting, employee: Person, colleague: Person, django_assert_max_num_queries: Any
) -> None:
    occ, _ = first_two(weekly)
    for person in (employee, colleague):
        ms.rsvp_set(occurrence=occ, person=person, answer=RsvpAnswer.YES)
    now = occ.start - timedelta(hours=20)
    invitations.send_meeting_reminders(now=now)
    # One read of the answers, then notify()'s idempotent look-up (in a savepoint) per person.
    with django_assert_max_num_queries(1 + 3 * 2):
        assert invitations.send_meeting_reminders(now=now) == 0


# --- Through a real SMTP server ----------------------------------------------------------------


class Inbox:
    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_inbox() -> Iterator[Inbox]:
    inbox = Inbox()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=port,
            EMAIL_HOST_USER="",
            EMAIL_HOST_PASSWORD="",
            EMAIL_USE_TLS=False,
            EMAIL_USE_SSL=False,
            EMAIL_TIMEOUT=5,
        ):
            yield inbox
    finally:
        controller.stop()


@pytest.mark.smtp
def test_the_invitation_survives_a_real_smtp_server(
    smtp_inbox: Inbox, weekly: Meeting, employee: Person
) -> None:
    employee.language = "da"
    employee.save(update_fields=["language"])
    occ, _ = first_two(weekly)
    ms.rsvp_set(occurrence=occ, person=employee, answer=RsvpAnswer.YES)
    assert invitations.send_meeting_reminders(now=occ.start - timedelta(hours=20)) == 1
    report = notification_services.email_send_pending()
    assert (report.sent, report.failed) == (1, 0)

    (envelope,) = smtp_inbox.envelopes
    received = message_from_bytes(envelope.original_content, policy=policy.default)
    parts = [p for p in received.walk() if p.get_content_disposition() == "attachment"]
    (part,) = parts
    assert part.get_content_type() == "text/calendar"
    assert part.get_param("method") == "REQUEST"
    assert part.get_filename().endswith(".ics")
    raw = part.get_payload(decode=True)
    assert isinstance(raw, bytes)
    # Mail transport may rewrite line endings; the calendar itself still parses.
    cal = icalendar.Calendar.from_ical(raw)
    (ev,) = cal.walk("VEVENT")
    assert str(ev["UID"]) == occurrence_uid(weekly.uid, occ.original_start)
    assert ev.decoded("DTSTART") == occ.start
    assert str(cal["METHOD"]) == "REQUEST"
    assert timezone.now()  # the text parts are still there
    assert any(p.get_content_type() == "text/plain" for p in received.walk())
