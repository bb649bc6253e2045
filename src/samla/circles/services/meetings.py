"""Writes for meetings and their occurrences: create and change a one-off or a series, store
occurrences for a horizon, move, cancel or change one occurrence or the whole series, RSVP with
capacity and a waiting list, attendance.

Every change to a meeting or an occurrence raises its `sequence` and, once committed, calls
`invitations.meeting_changed` so the people who said yes get an updated (or cancelled) `.ics`.
Bad input raises ValidationError (message for people, `code` for programs) and writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from samla.circles import notices, recurrence
from samla.circles.enums import MeetingKind, OccurrenceStatus, RsvpAnswer
from samla.circles.models import (
    MAX_DURATION_MINUTES,
    Attendance,
    Circle,
    Meeting,
    Occurrence,
    Rsvp,
)
from samla.core.markdown import render_markdown
from samla.notifications.services import notify

if TYPE_CHECKING:
    from samla.people.models import Person

HORIZON = timedelta(weeks=12)  # occurrences are stored this far ahead

RECURRENCE_MESSAGES = {
    "no_end": gettext_lazy("A repeating meeting needs an end: a number of times or a last date."),
    "no_occurrence": gettext_lazy(
        "These settings never give a meeting: check the weekdays and the end."
    ),
    "too_many": gettext_lazy("That is too many meetings in one series: end it sooner."),
    "until_before_start": gettext_lazy("The series ends before its first meeting."),
    "start_not_in_rule": gettext_lazy("The first meeting is not on one of the chosen days."),
    "invalid": gettext_lazy("This repetition cannot be used."),
}


def recurrence_message(code: str) -> str:
    return str(RECURRENCE_MESSAGES.get(code, RECURRENCE_MESSAGES["invalid"]))


@dataclass(frozen=True)
class MeetingData:
    """What a person sets on a meeting (the form's cleaned data)."""

    kind: str
    title: str
    first_start: datetime  # aware
    timezone: str
    duration: int
    rrule: str = ""
    agenda: str = ""
    place: str = ""
    video_url: str = ""
    open_to_all: bool = False
    capacity: int | None = None
    has_rota: bool = True


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError) as exc:
        raise ValidationError(_("Choose a time zone from the list."), code="timezone") from exc


def local_start(meeting: Meeting) -> datetime:
    return meeting.first_start.astimezone(ZoneInfo(meeting.timezone))


def check_duration(minutes: int) -> None:
    if minutes <= 0:
        raise ValidationError(_("A meeting must last at least one minute."), code="duration")
    if minutes > MAX_DURATION_MINUTES:
        raise ValidationError(_("A meeting can last at most 8 hours."), code="duration")


def _validate(data: MeetingData) -> datetime:
    """Check the data; return first_start in the meeting's own zone."""
    if not data.title.strip():
        raise ValidationError(_("Give the meeting a title."), code="title")
    if data.first_start.tzinfo is None:
        raise ValidationError(_("The start needs a time zone."), code="naive")
    check_duration(data.duration)
    if data.capacity is not None and data.capacity < 1:
        raise ValidationError(_("A capacity must be at least 1."), code="capacity")
    start = data.first_start.astimezone(_zone(data.timezone))
    if data.rrule:
        try:
            rec = recurrence.from_rrule(data.rrule, tz=start.tzinfo or UTC)
            recurrence.validate(rec, first_start=start)
        except recurrence.RecurrenceError as exc:
            raise ValidationError(recurrence_message(exc.code), code=exc.code) from exc
    return start


def _starts(meeting: Meeting, *, after: datetime, before: datetime) -> list[datetime]:
    return recurrence.occurrences(
        rrule=meeting.rrule, first_start=local_start(meeting), after=after, before=before
    )


def _check_overlap(
    circle: Circle,
    spans: list[tuple[datetime, datetime]],
    *,
    exclude_meeting: Meeting | None = None,
    exclude_occurrence: Occurrence | None = None,
) -> None:
    """A meeting of the same circle may not overlap another (stored occurrences, any meeting)."""
    if not spans:
        return
    lo = min(s for s, _e in spans)
    hi = max(e for _s, e in spans)
    others = Occurrence.objects.filter(
        meeting__circle=circle,
        meeting__cancelled_at__isnull=True,
        start__lt=hi,
        end__gt=lo,
    ).exclude(status=OccurrenceStatus.CANCELLED)
    if exclude_meeting is not None:
        others = others.exclude(meeting=exclude_meeting)
    if exclude_occurrence is not None:
        others = others.exclude(pk=exclude_occurrence.pk)
    taken = sorted(others.values_list("start", "end", "meeting__title"))
    for s, e in sorted(spans):
        for os, oe, title in taken:
            if s < oe and os < e:
                tz = s.tzinfo
                raise ValidationError(
                    _(
                        "This overlaps “%(title)s” on %(date)s at %(time)s in the same circle. "
                        "Choose another time."
                    )
                    % {
                        "title": title,
                        "date": os.astimezone(tz).strftime("%Y-%m-%d"),
                        "time": os.astimezone(tz).strftime("%H:%M"),
                    },
                    code="overlap",
                )


def _planned_spans(meeting: Meeting, now: datetime) -> list[tuple[datetime, datetime]]:
    length = timedelta(minutes=meeting.duration)
    after = max(meeting.first_start, now - timedelta(days=1))
    return [(s, s + length) for s in _starts(meeting, after=after, before=now + HORIZON)]


def _on_commit_changed(
    meeting: Meeting, occurrence: Occurrence | None = None, *, cancelled: bool = False
) -> None:
    from samla.circles import invitations

    transaction.on_commit(
        lambda: invitations.meeting_changed(
            meeting=meeting, occurrence=occurrence, cancelled=cancelled
        )
    )


@transaction.atomic
def meeting_create(*, circle: Circle, by: Person, data: MeetingData) -> Meeting:
    start = _validate(data)
    now = timezone.now()
    meeting = Meeting(
        circle=circle,
        kind=data.kind,
        title=data.title.strip(),
        agenda=data.agenda,
        agenda_html=render_markdown(data.agenda),
        place=data.place,
        video_url=data.video_url,
        timezone=data.timezone,
        first_start=start,
        duration=data.duration,
        rrule=data.rrule,
        open_to_all=data.open_to_all and data.kind == MeetingKind.WORKSHOP,
        capacity=data.capacity,
        has_rota=data.has_rota,
        created_by=by,
        created_at=now,
        updated_at=now,
    )
    _check_overlap(circle, _planned_spans(meeting, now))
    meeting.save()
    occurrences_materialise(meeting=meeting, now=now)
    from samla.circles.search_index import meeting_index
    from samla.circles.services.rota import rota_refresh

    rota_refresh(circle=circle, now=now)
    transaction.on_commit(lambda: meeting_index(meeting))
    return meeting


def _registered(meeting: Meeting, now: datetime) -> int:
    """The most people registered (yes, not waiting) for any future occurrence."""
    from django.db.models import Count, Q

    row = (
        Occurrence.objects.filter(meeting=meeting, start__gte=now)
        .annotate(n=Count("rsvps", filter=Q(rsvps__answer=RsvpAnswer.YES, rsvps__waitlisted=False)))
        .order_by("-n")
        .values_list("n", flat=True)
        .first()
    )
    return row or 0


@transaction.atomic
def meeting_update(*, meeting: Meeting, by: Person, data: MeetingData) -> Meeting:
    """Change the whole series. Future occurrences follow the new times (those changed on their
    own keep their changes); past ones stay as they were."""
    meeting = Meeting.objects.select_for_update(of=("self",)).get(pk=meeting.pk)
    if meeting.cancelled_at is not None:
        raise ValidationError(_("This meeting is cancelled."), code="cancelled")
    start = _validate(data)
    now = timezone.now()
    if data.capacity is not None:
        registered = _registered(meeting, now)
        if data.capacity < registered:
            raise ValidationError(
                _(
                    "%(count)s people are already registered: the capacity cannot be lower. "
                    "Nothing was changed."
                )
                % {"count": registered},
                code="capacity_below_registered",
            )
    times_changed = (
        start != meeting.first_start
        or data.rrule != meeting.rrule
        or data.timezone != meeting.timezone
        or data.duration != meeting.duration
    )
    meeting.kind = data.kind
    meeting.title = data.title.strip()
    meeting.agenda = data.agenda
    meeting.agenda_html = render_markdown(data.agenda)
    meeting.place = data.place
    meeting.video_url = data.video_url
    meeting.timezone = data.timezone
    meeting.first_start = start
    meeting.duration = data.duration
    meeting.rrule = data.rrule
    meeting.open_to_all = data.open_to_all and data.kind == MeetingKind.WORKSHOP
    meeting.capacity = data.capacity
    meeting.has_rota = data.has_rota
    meeting.sequence += 1
    meeting.updated_at = now
    if times_changed:
        _check_overlap(meeting.circle, _planned_spans(meeting, now), exclude_meeting=meeting)
    meeting.save()
    future = Occurrence.objects.filter(meeting=meeting, start__gte=now)
    if times_changed:
        _retime_future(meeting, now)
    future.update(sequence=F("sequence") + 1)
    from samla.circles.search_index import meeting_index
    from samla.circles.services.rota import rota_refresh

    rota_refresh(circle=meeting.circle, now=now)
    transaction.on_commit(lambda: meeting_index(meeting))
    _on_commit_changed(meeting)
    return meeting


_PARKED = datetime(1900, 1, 1, tzinfo=UTC)


def _retime_future(meeting: Meeting, now: datetime) -> None:
    """After the series' times changed: its future occurrences (those not changed on their own)
    move to the new starts in order, keeping their rows — and so their RSVPs, presenters and
    notes — extra ones are deleted and missing ones stored."""
    exceptions = set(
        Occurrence.objects.filter(meeting=meeting, is_exception=True).values_list(
            "original_start", flat=True
        )
    )
    wanted = [s for s in _starts(meeting, after=now, before=now + HORIZON) if s not in exceptions]
    future = list(
        Occurrence.objects.filter(meeting=meeting, start__gte=now, is_exception=False).order_by(
            "start"
        )
    )
    keep, extra = future[: len(wanted)], future[len(wanted) :]
    # An occurrence's calendar UID comes from its original start: the people who said yes get a
    # cancellation for every event that moves or goes, and (on commit, meeting_changed) an
    # invitation for the new ones, so no stale event stays in their calendars.
    from samla.circles import invitations

    gone = [o for o, start in zip(keep, wanted, strict=False) if o.original_start != start]
    invitations.send_cancellations(occurrences=[*gone, *extra])
    Occurrence.objects.filter(pk__in=[o.pk for o in extra]).delete()
    # Two steps, so that no two rows ever hold the same RECURRENCE-ID in between.
    for occ in keep:
        occ.original_start = _PARKED + timedelta(minutes=occ.pk)
    Occurrence.objects.bulk_update(keep, ["original_start"])
    length = timedelta(minutes=meeting.duration)
    for occ, start in zip(keep, wanted, strict=False):
        occ.original_start = occ.start = start
        occ.end = start + length
        occ.status = OccurrenceStatus.SCHEDULED
    Occurrence.objects.bulk_update(keep, ["original_start", "start", "end", "status"])
    meeting.materialised_until = None
    meeting.save(update_fields=["materialised_until"])
    occurrences_materialise(meeting=meeting, now=now)


@transaction.atomic
def meeting_cancel(*, meeting: Meeting, by: Person) -> Meeting:
    """Cancel the whole series from now on (past occurrences stay)."""
    meeting = Meeting.objects.select_for_update(of=("self",)).get(pk=meeting.pk)
    if meeting.cancelled_at is not None:
        return meeting
    now = timezone.now()
    meeting.cancelled_at = now
    meeting.sequence += 1
    meeting.updated_at = now
    meeting.save(update_fields=["cancelled_at", "sequence", "updated_at"])
    Occurrence.objects.filter(meeting=meeting, start__gte=now).update(
        status=OccurrenceStatus.CANCELLED,
        sequence=F("sequence") + 1,
        presenter=None,
        presenter_fixed=False,
    )
    from samla.circles.search_index import meeting_index
    from samla.circles.services.rota import rota_refresh

    rota_refresh(circle=meeting.circle, now=now)
    transaction.on_commit(lambda: meeting_index(meeting))
    _on_commit_changed(meeting, cancelled=True)
    return meeting


def occurrences_materialise(*, meeting: Meeting, now: datetime | None = None) -> int:
    """Store the meeting's occurrences up to the horizon; idempotent. Returns how many were
    created."""
    now = now or timezone.now()
    if meeting.cancelled_at is not None:
        return 0
    until = now + HORIZON
    if meeting.materialised_until is not None and meeting.materialised_until >= until:
        return 0
    after = meeting.materialised_until or meeting.first_start
    starts = _starts(meeting, after=after, before=until)
    have = set(
        Occurrence.objects.filter(meeting=meeting, original_start__gte=after).values_list(
            "original_start", flat=True
        )
    )
    length = timedelta(minutes=meeting.duration)
    new = [
        Occurrence(
            meeting=meeting,
            original_start=s,
            start=s,
            end=s + length,
            sequence=meeting.sequence,
        )
        for s in starts
        if s not in have
    ]
    Occurrence.objects.bulk_create(new, ignore_conflicts=True)
    Meeting.objects.filter(pk=meeting.pk).update(materialised_until=until)
    meeting.materialised_until = until
    return len(new)


def occurrences_materialise_all(*, now: datetime | None = None, dry_run: bool = False) -> int:
    """The periodic job: extend every live series to the horizon. Returns occurrences created.
    (The command then recomputes every rota: rota.rota_refresh_all.)"""
    now = now or timezone.now()
    due = Meeting.objects.filter(
        cancelled_at__isnull=True, circle__archived_at__isnull=True
    ).exclude(materialised_until__gte=now + HORIZON)
    if dry_run:
        return due.count()
    created = 0
    for meeting in due.select_related("circle").iterator(chunk_size=500):
        with transaction.atomic():
            created += occurrences_materialise(meeting=meeting, now=now)
    return created


def _occurrence_locked(occurrence: Occurrence) -> Occurrence:
    return (
        Occurrence.objects.select_for_update(of=("self",))
        .select_related("meeting__circle")
        .get(pk=occurrence.pk)
    )


@transaction.atomic
def occurrence_move(
    *, occurrence: Occurrence, by: Person, start: datetime, duration: int | None = None
) -> Occurrence:
    """Move one occurrence (it becomes an exception of the series; its RECURRENCE-ID stays)."""
    occ = _occurrence_locked(occurrence)
    if occ.is_cancelled:
        raise ValidationError(_("This meeting is cancelled."), code="cancelled")
    if start.tzinfo is None:
        raise ValidationError(_("The start needs a time zone."), code="naive")
    minutes = duration if duration is not None else int((occ.end - occ.start).total_seconds() // 60)
    check_duration(minutes)
    end = start + timedelta(minutes=minutes)
    _check_overlap(occ.meeting.circle, [(start, end)], exclude_occurrence=occ)
    occ.start = start
    occ.end = end
    occ.status = (
        OccurrenceStatus.SCHEDULED if start == occ.original_start else OccurrenceStatus.MOVED
    )
    occ.is_exception = True
    occ.sequence += 1
    occ.presenter_reminded_at = None
    occ.save()
    from samla.circles.services.rota import rota_refresh

    rota_refresh(circle=occ.meeting.circle)
    _on_commit_changed(occ.meeting, occ)
    return occ


@transaction.atomic
def occurrence_cancel(*, occurrence: Occurrence, by: Person) -> Occurrence:
    occ = _occurrence_locked(occurrence)
    if occ.is_cancelled:
        return occ
    occ.status = OccurrenceStatus.CANCELLED
    occ.is_exception = True
    occ.sequence += 1
    occ.presenter = None
    occ.presenter_fixed = False
    occ.save()
    from samla.circles.services.rota import rota_refresh

    rota_refresh(circle=occ.meeting.circle)
    _on_commit_changed(occ.meeting, occ, cancelled=True)
    return occ


@transaction.atomic
def occurrence_update(*, occurrence: Occurrence, by: Person, title: str, agenda: str) -> Occurrence:
    """Change one occurrence's title or agenda (blank: the series' own)."""
    occ = _occurrence_locked(occurrence)
    occ.title = title.strip()
    occ.agenda = agenda
    occ.agenda_html = render_markdown(agenda) if agenda else ""
    occ.is_exception = True
    occ.sequence += 1
    occ.save()
    _on_commit_changed(occ.meeting, occ)
    return occ


# --- RSVP and attendance --------------------------------------------------------------------


def _yes_count(occurrence: Occurrence) -> int:
    return Rsvp.objects.filter(
        occurrence=occurrence, answer=RsvpAnswer.YES, waitlisted=False
    ).count()


@transaction.atomic
def rsvp_set(*, occurrence: Occurrence, person: Person, answer: str) -> Rsvp:
    """Answer yes, maybe or no. At capacity a yes goes on the waiting list; when someone with a
    place says no, the first person waiting gets it (and is told)."""
    if answer not in RsvpAnswer.values:
        raise ValidationError(_("Choose yes, maybe or no."), code="answer")
    occ = _occurrence_locked(occurrence)  # serialises answers to one occurrence
    if occ.is_cancelled or occ.meeting.cancelled_at is not None:
        raise ValidationError(_("This meeting is cancelled."), code="cancelled")
    if occ.end <= timezone.now():
        raise ValidationError(_("This meeting is over."), code="past")
    rsvp = Rsvp.objects.filter(occurrence=occ, person=person).first()
    had_place = rsvp is not None and rsvp.answer == RsvpAnswer.YES and not rsvp.waitlisted
    if rsvp is None:
        rsvp = Rsvp(occurrence=occ, person=person)
    rsvp.answer = answer
    capacity = occ.meeting.capacity
    if answer == RsvpAnswer.YES:
        if not had_place:
            rsvp.waitlisted = capacity is not None and _yes_count(occ) >= capacity
            rsvp.created_at = timezone.now()
    else:
        rsvp.waitlisted = False
    rsvp.save()
    if had_place and answer != RsvpAnswer.YES:
        _promote(occ)
    return rsvp


def _promote(occ: Occurrence) -> None:
    capacity = occ.meeting.capacity
    free = (capacity - _yes_count(occ)) if capacity is not None else 10**6
    waiting = Rsvp.objects.filter(
        occurrence=occ, answer=RsvpAnswer.YES, waitlisted=True
    ).select_related("person")
    for r in waiting.order_by("created_at", "pk")[: max(free, 0)]:
        r.waitlisted = False
        r.save(update_fields=["waitlisted"])
        notify(
            recipient=r.person,
            kind=notices.WAITLIST_PROMOTED.key,
            params={
                "meeting": occ.display_title,
                "date": occ.start.astimezone(ZoneInfo(occ.meeting.timezone)).strftime(
                    "%Y-%m-%d %H:%M"
                ),
            },
            url=occ.get_absolute_url(),
            dedupe_key=f"circle-waitlist:{r.pk}",
        )


@transaction.atomic
def meeting_capacity_set(*, meeting: Meeting, capacity: int | None) -> Meeting:
    """Change only the capacity (below what is already registered: refused, nothing changed)."""
    meeting = Meeting.objects.select_for_update(of=("self",)).get(pk=meeting.pk)
    now = timezone.now()
    if capacity is not None:
        if capacity < 1:
            raise ValidationError(_("A capacity must be at least 1."), code="capacity")
        registered = _registered(meeting, now)
        if capacity < registered:
            raise ValidationError(
                _(
                    "%(count)s people are already registered: the capacity cannot be lower. "
                    "Nothing was changed."
                )
                % {"count": registered},
                code="capacity_below_registered",
            )
    meeting.capacity = capacity
    meeting.save(update_fields=["capacity"])
    for occ in Occurrence.objects.filter(meeting=meeting, start__gte=now).select_related("meeting"):
        _promote(occ)
    return meeting


def _attended(occ: Occurrence, person: Person, marked_by: Person) -> Attendance:
    att, created = Attendance.objects.get_or_create(
        occurrence=occ, person=person, defaults={"marked_by": marked_by}
    )
    if created:
        from samla.circles.services.record import record_attended

        record_attended(person=person, occurrence=occ)
    return att


@transaction.atomic
def attendance_check_in(*, occurrence: Occurrence, person: Person) -> Attendance:
    """Check yourself in: from 30 minutes before the start until the day after."""
    occ = _occurrence_locked(occurrence)
    now = timezone.now()
    if occ.is_cancelled:
        raise ValidationError(_("This meeting is cancelled."), code="cancelled")
    if now < occ.start - timedelta(minutes=30):
        raise ValidationError(_("Check-in opens 30 minutes before the meeting."), code="early")
    if now > occ.end + timedelta(days=1):
        raise ValidationError(_("Check-in closed a day after the meeting."), code="late")
    return _attended(occ, person, person)


@transaction.atomic
def attendance_set(
    *, occurrence: Occurrence, by: Person, present: Iterable[Person]
) -> list[Attendance]:
    """The facilitator marks who was there (people not listed are unmarked, except those who
    checked themselves in)."""
    occ = _occurrence_locked(occurrence)
    if occ.is_cancelled:
        raise ValidationError(_("This meeting is cancelled."), code="cancelled")
    if occ.start > timezone.now() + timedelta(minutes=30):
        raise ValidationError(
            _("Attendance can be taken from 30 minutes before the meeting."), code="early"
        )
    people = {p.pk: p for p in present}
    Attendance.objects.filter(occurrence=occ).exclude(person_id__in=people).exclude(
        marked_by_id=F("person_id")
    ).delete()
    out = [_attended(occ, p, by) for p in people.values()]
    from samla.circles.services.rota import rota_refresh

    rota_refresh(circle=occ.meeting.circle)
    return out
