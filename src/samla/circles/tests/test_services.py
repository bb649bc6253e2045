"""Services of circles: membership flows, meetings, occurrences, RSVP and attendance, and each
"Bad input" case of issue #5 (a clear message, nothing half-changed)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from samla.circles.enums import (
    JoinPolicy,
    MeetingKind,
    MemberRole,
    MemberStatus,
    OccurrenceStatus,
    RsvpAnswer,
    Visibility,
)
from samla.circles.models import Attendance, Meeting, Membership, Occurrence, Rsvp
from samla.circles.services import circles as cs
from samla.circles.services import meetings as ms
from samla.circles.services.meetings import MeetingData
from samla.circles.tests.factories import CPH, make_circle, make_meeting, next_weekday_at
from samla.notifications.models import Notification
from samla.people.tests.factories import PersonFactory
from samla.record.enums import Verb
from samla.record.models import Activity

pytestmark = pytest.mark.django_db


def _data(**kw: object) -> MeetingData:
    start = next_weekday_at(9)
    base: dict[str, object] = {
        "kind": MeetingKind.LEARNING,
        "title": "Learning",
        "first_start": start,
        "timezone": "Europe/Copenhagen",
        "duration": 15,
        "rrule": "",
    }
    base.update(kw)
    return MeetingData(**base)  # type: ignore[arg-type]


# --- circles and membership -------------------------------------------------------------------


def test_circle_create_makes_the_creator_facilitator(manager) -> None:
    circle = make_circle(facilitator=manager)
    m = Membership.objects.get(circle=circle, person=manager)
    assert (m.role, m.status) == (MemberRole.FACILITATOR, MemberStatus.ACTIVE)
    assert circle.slug == "platform-learning"
    assert make_circle(facilitator=manager).slug == "platform-learning-2"


def test_closed_circle_must_be_invitation_only(manager) -> None:
    with pytest.raises(ValidationError) as e:
        cs.circle_create(
            by=manager,
            name="Secret",
            kind="team",
            language="en",
            visibility=Visibility.CLOSED,
            join_policy=JoinPolicy.OPEN,
        )
    assert e.value.code == "closed_needs_invitation"
    assert not Membership.objects.exists()


def test_join_open_circle_and_leave(manager, employee) -> None:
    circle = make_circle(facilitator=manager)
    cs.membership_join(circle=circle, person=employee)
    assert Membership.objects.get(circle=circle, person=employee).status == MemberStatus.ACTIVE
    cs.membership_leave(circle=circle, person=employee)
    assert Membership.objects.get(circle=circle, person=employee).status == MemberStatus.LEFT
    cs.membership_join(circle=circle, person=employee)  # back again
    assert Membership.objects.get(circle=circle, person=employee).status == MemberStatus.ACTIVE


def test_cannot_just_join_on_request_circle(manager, employee) -> None:
    circle = make_circle(facilitator=manager, join_policy=JoinPolicy.ON_REQUEST)
    with pytest.raises(ValidationError):
        cs.membership_join(circle=circle, person=employee)
    m = cs.membership_request(circle=circle, person=employee)
    assert m.status == MemberStatus.REQUESTED
    assert Notification.objects.filter(recipient=manager, kind="circle_join_requested").exists()
    cs.membership_approve(membership=m, by=manager)
    m.refresh_from_db()
    assert m.status == MemberStatus.ACTIVE
    assert Notification.objects.filter(recipient=employee, kind="circle_join_approved").exists()


def test_invite_and_accept(manager, employee) -> None:
    circle = make_circle(facilitator=manager, closed=True)
    with pytest.raises(ValidationError):
        cs.membership_accept(circle=circle, person=employee)
    cs.membership_invite(circle=circle, person=employee, by=manager)
    assert Notification.objects.filter(recipient=employee, kind="circle_invited").exists()
    cs.membership_accept(circle=circle, person=employee)
    assert Membership.objects.get(circle=circle, person=employee).status == MemberStatus.ACTIVE


def test_last_facilitator_cannot_leave(manager, employee) -> None:
    circle = make_circle(facilitator=manager, members=[employee])
    with pytest.raises(ValidationError) as e:
        cs.membership_leave(circle=circle, person=manager)
    assert e.value.code == "last_facilitator"
    cs.facilitator_set(
        membership=Membership.objects.get(circle=circle, person=employee), facilitator=True
    )
    cs.membership_leave(circle=circle, person=manager)
    assert Membership.objects.get(circle=circle, person=manager).status == MemberStatus.LEFT


# --- meetings: bad input ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kw", "code"),
    [
        ({"duration": 0}, "duration"),
        ({"duration": 8 * 60 + 1}, "duration"),
        ({"rrule": "FREQ=WEEKLY"}, "no_end"),  # never ends
        ({"rrule": "FREQ=WEEKLY;UNTIL=20000101T000000Z"}, "until_before_start"),  # never starts
        ({"rrule": "FREQ=YEARLY;COUNT=3"}, "invalid"),
        ({"title": "  "}, "title"),
    ],
)
def test_meeting_bad_input_is_refused_and_nothing_is_saved(manager, kw, code) -> None:
    circle = make_circle(facilitator=manager)
    with pytest.raises(ValidationError) as e:
        ms.meeting_create(circle=circle, by=manager, data=_data(**kw))
    assert e.value.code == code
    assert str(e.value.messages[0])
    assert not Meeting.objects.exists() and not Occurrence.objects.exists()


def test_meeting_overlapping_another_of_the_same_circle_is_refused(manager) -> None:
    circle = make_circle(facilitator=manager)
    make_meeting(circle=circle, by=manager, start=next_weekday_at(9), duration=60)
    with pytest.raises(ValidationError) as e:
        ms.meeting_create(
            circle=circle,
            by=manager,
            data=_data(first_start=next_weekday_at(9) + timedelta(minutes=30)),
        )
    assert e.value.code == "overlap"
    assert "overlaps" in e.value.messages[0]
    assert Meeting.objects.count() == 1
    # Another circle at the same time is fine.
    other = make_circle(facilitator=manager, name="Other")
    ms.meeting_create(circle=other, by=manager, data=_data(first_start=next_weekday_at(9)))


def test_weekly_meeting_materialises_twelve_weeks_idempotently(manager) -> None:
    circle = make_circle(facilitator=manager)
    meeting = make_meeting(circle=circle, by=manager, count=52)
    n = Occurrence.objects.filter(meeting=meeting).count()
    assert n == 12
    assert ms.occurrences_materialise(meeting=meeting) == 0
    assert ms.occurrences_materialise_all() == 0
    assert Occurrence.objects.filter(meeting=meeting).count() == n
    with time_machine.travel(timezone.now() + timedelta(weeks=2)):
        assert ms.occurrences_materialise_all() == 2


def test_one_off_meeting_has_one_occurrence(manager) -> None:
    circle = make_circle(facilitator=manager)
    meeting = make_meeting(circle=circle, by=manager, rrule="")
    assert Occurrence.objects.filter(meeting=meeting).count() == 1


# --- DST ----------------------------------------------------------------------------------------


@time_machine.travel(datetime(2026, 3, 1, 12, 0, tzinfo=CPH), tick=False)
def test_weekly_copenhagen_meeting_stays_at_nine_across_march_and_october(manager) -> None:
    circle = make_circle(facilitator=manager)
    start = datetime(2026, 3, 6, 9, 0, tzinfo=CPH)  # a Friday, winter time
    meeting = make_meeting(circle=circle, by=manager, start=start, count=40)
    with time_machine.travel(datetime(2026, 9, 1, 12, 0, tzinfo=CPH), tick=False):
        ms.occurrences_materialise_all()
    occs = list(Occurrence.objects.filter(meeting=meeting).order_by("start"))
    assert len(occs) >= 34
    locals_ = [o.start.astimezone(CPH) for o in occs]
    assert {(t.hour, t.minute) for t in locals_} == {(9, 0)}
    utc_hours = {o.start.astimezone(CPH).date().isoformat(): o.start.hour for o in occs}
    assert utc_hours["2026-03-20"] == 8  # CET: 09:00 = 08:00Z
    assert utc_hours["2026-04-03"] == 7  # CEST: 09:00 = 07:00Z
    assert utc_hours["2026-10-23"] == 7
    assert utc_hours["2026-10-30"] == 8  # after the October change
    assert all(o.end - o.start == timedelta(minutes=15) for o in occs)


# --- change one occurrence or the series ----------------------------------------------------------


def test_move_and_cancel_one_occurrence_raise_sequence(manager) -> None:
    circle = make_circle(facilitator=manager)
    meeting = make_meeting(circle=circle, by=manager)
    first, second = Occurrence.objects.filter(meeting=meeting).order_by("start")[:2]
    new_start = first.start + timedelta(hours=2)
    ms.occurrence_move(occurrence=first, by=manager, start=new_start)
    first.refresh_from_db()
    assert (first.start, first.status, first.sequence, first.is_exception) == (
        new_start,
        OccurrenceStatus.MOVED,
        1,
        True,
    )
    assert first.original_start != first.start
    ms.occurrence_cancel(occurrence=second, by=manager)
    second.refresh_from_db()
    assert second.status == OccurrenceStatus.CANCELLED and second.sequence == 1


def test_move_into_another_meeting_is_refused(manager) -> None:
    circle = make_circle(facilitator=manager)
    a = make_meeting(circle=circle, by=manager, start=next_weekday_at(9), rrule="")
    b = make_meeting(circle=circle, by=manager, start=next_weekday_at(11), rrule="", title="B")
    occ_b = b.occurrences.get()
    with pytest.raises(ValidationError) as e:
        ms.occurrence_move(occurrence=occ_b, by=manager, start=a.first_start + timedelta(minutes=5))
    assert e.value.code == "overlap"
    occ_b.refresh_from_db()
    assert occ_b.start == b.first_start and occ_b.sequence == 0


def test_series_change_moves_future_occurrences_and_keeps_exceptions(manager, employee) -> None:
    circle = make_circle(facilitator=manager, members=[employee])
    meeting = make_meeting(circle=circle, by=manager)
    occs = list(Occurrence.objects.filter(meeting=meeting).order_by("start"))
    moved = occs[1]
    ms.occurrence_move(occurrence=moved, by=manager, start=moved.start + timedelta(hours=3))
    later = meeting.first_start + timedelta(hours=1)
    ms.meeting_update(
        meeting=meeting,
        by=manager,
        data=_data(first_start=later, rrule=meeting.rrule, title="Renamed", duration=30),
    )
    meeting.refresh_from_db()
    assert meeting.sequence == 1 and meeting.title == "Renamed"
    future = list(Occurrence.objects.filter(meeting=meeting, is_exception=False).order_by("start"))
    assert {o.start.astimezone(CPH).hour for o in future} == {10}
    assert all(o.end - o.start == timedelta(minutes=30) for o in future)
    assert Occurrence.objects.filter(pk=moved.pk).exists()


def test_cancel_series_cancels_future_occurrences(manager) -> None:
    circle = make_circle(facilitator=manager)
    meeting = make_meeting(circle=circle, by=manager)
    ms.meeting_cancel(meeting=meeting, by=manager)
    assert set(Occurrence.objects.filter(meeting=meeting).values_list("status", flat=True)) == {
        OccurrenceStatus.CANCELLED
    }


# --- RSVP, capacity, waiting list ---------------------------------------------------------------


def _workshop(manager, capacity=2):
    circle = make_circle(facilitator=manager)
    meeting = make_meeting(
        circle=circle,
        by=manager,
        rrule="",
        kind=MeetingKind.WORKSHOP,
        capacity=capacity,
        open_to_all=True,
        duration=60,
    )
    return meeting, meeting.occurrences.get()


def test_rsvp_waiting_list_and_promotion(manager) -> None:
    _meeting, occ = _workshop(manager)
    a, b, c = PersonFactory(), PersonFactory(), PersonFactory()
    for p in (a, b, c):
        ms.rsvp_set(occurrence=occ, person=p, answer=RsvpAnswer.YES)
    assert [r.waitlisted for r in Rsvp.objects.order_by("pk")] == [False, False, True]
    ms.rsvp_set(occurrence=occ, person=a, answer=RsvpAnswer.NO)
    assert Rsvp.objects.get(person=c).waitlisted is False
    assert Notification.objects.filter(recipient=c, kind="circle_waitlist_promoted").exists()


def test_capacity_below_registered_is_refused_and_nothing_changes(manager) -> None:
    meeting, occ = _workshop(manager, capacity=5)
    for _ in range(3):
        ms.rsvp_set(occurrence=occ, person=PersonFactory(), answer=RsvpAnswer.YES)
    with pytest.raises(ValidationError) as e:
        ms.meeting_capacity_set(meeting=meeting, capacity=2)
    assert e.value.code == "capacity_below_registered"
    assert "3 people are already registered" in e.value.messages[0]
    with pytest.raises(ValidationError):
        ms.meeting_update(
            meeting=meeting,
            by=manager,
            data=_data(
                first_start=meeting.first_start,
                kind=MeetingKind.WORKSHOP,
                capacity=2,
                title="Changed",
                duration=60,
                open_to_all=True,
            ),
        )
    meeting.refresh_from_db()
    assert (meeting.capacity, meeting.title, meeting.sequence) == (5, "Learning", 0) or (
        meeting.capacity == 5 and meeting.sequence == 0
    )


def test_rsvp_to_cancelled_occurrence_is_refused(manager, employee) -> None:
    circle = make_circle(facilitator=manager, members=[employee])
    meeting = make_meeting(circle=circle, by=manager)
    occ = meeting.occurrences.order_by("start").first()
    ms.occurrence_cancel(occurrence=occ, by=manager)
    with pytest.raises(ValidationError):
        ms.rsvp_set(occurrence=occ, person=employee, answer=RsvpAnswer.YES)
    assert not Rsvp.objects.exists()


# --- attendance and the learning record ------------------------------------------------------


def test_check_in_records_attended_once(manager, employee) -> None:
    circle = make_circle(facilitator=manager, members=[employee])
    meeting = make_meeting(circle=circle, by=manager)
    occ = meeting.occurrences.order_by("start").first()
    with pytest.raises(ValidationError) as e:
        ms.attendance_check_in(occurrence=occ, person=employee)
    assert e.value.code == "early"
    with time_machine.travel(occ.start + timedelta(minutes=1)):
        ms.attendance_check_in(occurrence=occ, person=employee)
        ms.attendance_check_in(occurrence=occ, person=employee)
    assert Attendance.objects.get().checked_in_self
    acts = Activity.objects.filter(actor=employee, verb=Verb.ATTENDED)
    assert acts.count() == 1 and acts.get().object_url == occ.get_absolute_url()


def test_facilitator_marks_attendance_and_record_after_meeting(
    manager, employee, colleague
) -> None:
    from samla.circles.services.rota import occurrences_record_past

    circle = make_circle(facilitator=manager, members=[employee, colleague])
    meeting = make_meeting(circle=circle, by=manager)
    occ = meeting.occurrences.order_by("start").first()
    Occurrence.objects.filter(pk=occ.pk).update(presenter=employee)
    with time_machine.travel(occ.start + timedelta(minutes=5)):
        ms.attendance_set(occurrence=occ, by=manager, present=[employee, manager])
        ms.attendance_set(occurrence=occ, by=manager, present=[employee, manager])
    assert set(Attendance.objects.values_list("person_id", flat=True)) == {employee.pk, manager.pk}
    with time_machine.travel(occ.end + timedelta(minutes=5)):
        assert occurrences_record_past() >= 1
        assert occurrences_record_past() == 0
    verbs = set(Activity.objects.values_list("actor_id", "verb"))
    assert (employee.pk, Verb.PRESENTED) in verbs
    assert (manager.pk, Verb.FACILITATED) in verbs
    assert (employee.pk, Verb.ATTENDED) in verbs
    assert (colleague.pk, Verb.ATTENDED) not in verbs


def test_closed_circle_meetings_are_recorded_privately(manager, employee) -> None:
    circle = make_circle(facilitator=manager, members=[employee], closed=True)
    meeting = make_meeting(circle=circle, by=manager)
    occ = meeting.occurrences.order_by("start").first()
    with time_machine.travel(occ.start):
        ms.attendance_check_in(occurrence=occ, person=employee)
    assert Activity.objects.get(actor=employee).visibility == "private"


def test_one_occurrence_changes_tell_invitations_on_commit(
    manager, django_capture_on_commit_callbacks
) -> None:
    from unittest import mock

    circle = make_circle(facilitator=manager)
    meeting = make_meeting(circle=circle, by=manager)
    first, second = Occurrence.objects.filter(meeting=meeting).order_by("start")[:2]
    with mock.patch("samla.circles.invitations.meeting_changed") as changed:
        with django_capture_on_commit_callbacks(execute=True):
            ms.occurrence_move(occurrence=first, by=manager, start=first.start + timedelta(hours=1))
        assert changed.call_args.kwargs["occurrence"].pk == first.pk
        assert changed.call_args.kwargs["cancelled"] is False
        with django_capture_on_commit_callbacks(execute=True):
            ms.occurrence_cancel(occurrence=second, by=manager)
        assert changed.call_args.kwargs["occurrence"].pk == second.pk
        assert changed.call_args.kwargs["cancelled"] is True
        with django_capture_on_commit_callbacks(execute=True):
            ms.meeting_cancel(meeting=meeting, by=manager)
        assert changed.call_args.kwargs == {
            "meeting": mock.ANY,
            "occurrence": None,
            "cancelled": True,
        }
    # nothing is sent for a change that was refused
    with mock.patch("samla.circles.invitations.meeting_changed") as changed:
        with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
            ms.occurrence_move(occurrence=first, by=manager, start=first.start.replace(tzinfo=None))
        changed.assert_not_called()


def test_series_time_change_keeps_rsvps_of_future_occurrences(manager, employee) -> None:
    circle = make_circle(facilitator=manager, members=[employee])
    meeting = make_meeting(circle=circle, by=manager, count=30)
    first = Occurrence.objects.filter(meeting=meeting).order_by("start").first()
    ms.rsvp_set(occurrence=first, person=employee, answer=RsvpAnswer.YES)
    count = Occurrence.objects.filter(meeting=meeting).count()
    ms.meeting_update(
        meeting=meeting,
        by=manager,
        data=_data(first_start=meeting.first_start + timedelta(hours=2), rrule=meeting.rrule),
    )
    rsvp = Rsvp.objects.select_related("occurrence").get(person=employee)
    assert rsvp.occurrence.pk == first.pk
    assert rsvp.occurrence.start.astimezone(CPH).hour == 11
    assert rsvp.occurrence.original_start == rsvp.occurrence.start
    assert Occurrence.objects.filter(meeting=meeting).count() == count


def test_slugs_spell_out_nordic_letters(manager) -> None:
    a = make_circle(facilitator=manager, name="Læringsmøde på tværs")
    b = make_circle(facilitator=manager, name="Lärmöte för Åre")
    c = make_circle(facilitator=manager, name="Læringsmøde på tværs")
    assert a.slug == "laeringsmoede-pa-tvaers"
    assert b.slug == "larmote-for-are"
    assert c.slug != a.slug and c.slug.startswith("laeringsmoede-pa-tvaers")
