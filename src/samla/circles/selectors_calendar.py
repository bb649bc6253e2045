"""Reads for calendar feeds: the occurrences a person is part of, and a circle's occurrences,
as `ical.IcsEvent`s, in a constant number of queries.

Who is part of what (the personal feed):
- an active member of a circle gets every occurrence of its meetings (except those they
  answered "no" to);
- anyone else gets the occurrences they answered "yes" or "maybe" to — only in circles they may
  still see (a listed circle), so leaving a closed circle removes its meetings from the feed.
"Maybe" and a place on the waiting list are shown as TENTATIVE.

Window: from 30 days ago to a year ahead. Occurrences are stored only for a horizon (12 weeks);
beyond `Meeting.materialised_until` a series' occurrences are computed from its rule, with the
same UIDs they will have once stored (see ical.occurrence_uid). Cancelled occurrences and
cancelled meetings are left out of feeds (calendar programs drop events that disappear).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from samla.circles import recurrence
from samla.circles.enums import MeetingKind, MemberStatus, OccurrenceStatus, RsvpAnswer, Visibility
from samla.circles.ical import IcsEvent, occurrence_uid
from samla.circles.models import Circle, Meeting, Membership, Occurrence, Rsvp

if TYPE_CHECKING:
    from samla.people.models import Person

BEFORE = timedelta(days=30)
AFTER = timedelta(days=365)
_PK = 987654321


@lru_cache(maxsize=8)
def _url_pattern(name: str) -> str:
    return settings.SITE_URL + reverse(name, args=[_PK]).replace(str(_PK), "{}")


def occurrence_url(pk: int) -> str:
    return _url_pattern("circles:occurrence-detail").format(pk)


def meeting_url(pk: int) -> str:
    return _url_pattern("circles:meeting-detail").format(pk)


@dataclass(frozen=True)
class _Texts:
    """The labels of one feed, translated once (in the active language)."""

    circle: str
    presenter: str
    video: str
    link: str
    kinds: dict[str, str]


def _texts() -> _Texts:
    return _Texts(
        circle=_("Circle: %(circle)s"),
        presenter=_("Presenter: %(name)s"),
        video=_("Video link: %(url)s"),
        link=_("In Samla: %(url)s"),
        kinds={value: str(label) for value, label in MeetingKind.choices},
    )


def _event(
    meeting: Meeting,
    *,
    texts: _Texts,
    url: str,
    original_start: datetime,
    start: datetime,
    end: datetime,
    sequence: int,
    status: str,
    title: str = "",
    agenda: str = "",
    presenter: str = "",
) -> IcsEvent:
    lines: list[str] = []
    agenda = (agenda or meeting.agenda).strip()
    if agenda:
        lines += [agenda, ""]
    lines.append(texts.circle % {"circle": meeting.circle.name})
    if presenter:
        lines.append(texts.presenter % {"name": presenter})
    if meeting.video_url:
        lines.append(texts.video % {"url": meeting.video_url})
    lines.append(texts.link % {"url": url})
    return IcsEvent(
        uid=occurrence_uid(meeting.uid, original_start),
        sequence=sequence,
        start=start,
        end=end,
        tzid=meeting.timezone,
        summary=title or meeting.title,
        description="\n".join(lines),
        location=meeting.place or meeting.video_url,
        url=url,
        status=status,
        categories=(texts.kinds.get(meeting.kind, meeting.kind),),
    )


def _status(occurrence_status: str, meeting: Meeting, *, tentative: bool = False) -> str:
    if occurrence_status == OccurrenceStatus.CANCELLED or meeting.cancelled_at is not None:
        return "CANCELLED"
    return "TENTATIVE" if tentative else "CONFIRMED"


def event_for(occurrence: Occurrence, *, tentative: bool = False) -> IcsEvent:
    """One stored occurrence as an event (occurrence.meeting.circle and .presenter loaded).
    Texts are in the active language."""
    meeting = occurrence.meeting
    return _event(
        meeting,
        texts=_texts(),
        url=occurrence_url(occurrence.pk),
        original_start=occurrence.original_start,
        start=occurrence.start,
        end=occurrence.end,
        sequence=occurrence.sequence,
        status=_status(occurrence.status, meeting, tentative=tentative),
        title=occurrence.title,
        agenda=occurrence.agenda,
        presenter=occurrence.presenter.full_name if occurrence.presenter else "",
    )


def _planned_events(
    meetings: Iterable[Meeting], *, after: datetime, before: datetime, texts: _Texts
) -> list[IcsEvent]:
    """Occurrences of series beyond what is stored, computed from their rules."""
    events: list[IcsEvent] = []
    for meeting in meetings:
        if meeting.cancelled_at is not None or not meeting.rrule:
            continue
        lo = after
        if meeting.materialised_until is not None:
            lo = max(lo, meeting.materialised_until + timedelta(microseconds=1))
        if lo >= before:
            continue
        try:
            starts = recurrence.occurrences(
                rrule=meeting.rrule,
                first_start=meeting.first_start.astimezone(ZoneInfo(meeting.timezone)),
                after=lo,
                before=before,
            )
        except recurrence.RecurrenceError:
            continue
        length = timedelta(minutes=meeting.duration)
        url = meeting_url(meeting.pk)
        events += [
            _event(
                meeting,
                texts=texts,
                url=url,
                original_start=start,
                start=start,
                end=start + length,
                sequence=meeting.sequence,
                status="CONFIRMED",
            )
            for start in starts
        ]
    return events


_ROW = (
    "pk",
    "meeting_id",
    "original_start",
    "start",
    "end",
    "status",
    "sequence",
    "title",
    "agenda",
    "presenter__full_name",
)


def _stored_rows(
    qs: QuerySet[Occurrence], *, after: datetime, before: datetime, extra: tuple[str, ...] = ()
) -> Iterable[tuple[Any, ...]]:
    """Plain rows, not model instances: a 500-event feed stays fast."""
    return (
        qs.filter(start__gte=after, start__lt=before, meeting__cancelled_at__isnull=True)
        .exclude(status=OccurrenceStatus.CANCELLED)
        .order_by("start", "pk")
        .values_list(*_ROW, *extra)
    )


def _meetings(qs: QuerySet[Meeting]) -> dict[int, Meeting]:
    return {
        m.pk: m
        for m in qs.select_related("circle").defer("agenda_html", "circle__description_html")
    }


def _row_event(
    row: tuple[Any, ...], meeting: Meeting, texts: _Texts, *, tentative: bool
) -> IcsEvent:
    pk, _m, original_start, start, end, status, sequence, title, agenda, presenter = row[:10]
    return _event(
        meeting,
        texts=texts,
        url=occurrence_url(pk),
        original_start=original_start,
        start=start,
        end=end,
        sequence=sequence,
        status=_status(status, meeting, tentative=tentative),
        title=title,
        agenda=agenda,
        presenter=presenter or "",
    )


def _window(now: datetime | None) -> tuple[datetime, datetime]:
    now = now or timezone.now()
    return now - BEFORE, now + AFTER


def personal_events(*, person: Person, now: datetime | None = None) -> list[IcsEvent]:
    """Every occurrence the person is part of, in the window (3 queries)."""
    if not person.is_active:
        return []
    after, before = _window(now)
    member_circles = set(
        Membership.objects.filter(person_id=person.pk, status=MemberStatus.ACTIVE).values_list(
            "circle_id", flat=True
        )
    )
    registered = Rsvp.objects.filter(
        person_id=person.pk, answer__in=[RsvpAnswer.YES, RsvpAnswer.MAYBE]
    ).values("occurrence_id")
    visible_registered = Q(pk__in=Subquery(registered)) & Q(
        meeting__circle__visibility=Visibility.LISTED
    )
    mine = Rsvp.objects.filter(occurrence=OuterRef("pk"), person_id=person.pk)
    rows = list(
        _stored_rows(
            Occurrence.objects.filter(
                Q(meeting__circle_id__in=member_circles) | visible_registered
            ).annotate(
                my_answer=Subquery(mine.values("answer")[:1]),
                my_waitlisted=Subquery(mine.values("waitlisted")[:1]),
            ),
            after=after,
            before=before,
            extra=("my_answer", "my_waitlisted"),
        )
    )
    wanted = {row[1] for row in rows}
    meetings = _meetings(Meeting.objects.filter(Q(circle_id__in=member_circles) | Q(pk__in=wanted)))
    texts = _texts()
    events = [
        _row_event(
            row,
            meetings[row[1]],
            texts,
            tentative=row[10] == RsvpAnswer.MAYBE or bool(row[11]),
        )
        for row in rows
        if row[10] != RsvpAnswer.NO
    ]
    series = [
        m
        for m in meetings.values()
        if m.circle_id in member_circles
        and (m.materialised_until is None or m.materialised_until < before)
    ]
    events += _planned_events(series, after=after, before=before, texts=texts)
    return events


def circle_events(*, circle: Circle, now: datetime | None = None) -> list[IcsEvent]:
    """A circle's occurrences in the window (2 queries). The caller checks who may see it."""
    after, before = _window(now)
    meetings = _meetings(Meeting.objects.filter(circle=circle))
    texts = _texts()
    rows = _stored_rows(
        Occurrence.objects.filter(meeting__circle=circle), after=after, before=before
    )
    events = [_row_event(row, meetings[row[1]], texts, tentative=False) for row in rows]
    series = [
        m
        for m in meetings.values()
        if m.materialised_until is None or m.materialised_until < before
    ]
    events += _planned_events(series, after=after, before=before, texts=texts)
    return events


def feed_circles(*, person: Person) -> QuerySet[Circle]:
    """Circles whose feed the settings page offers: the person's own (active member)."""
    return (
        Circle.objects.filter(
            Exists(
                Membership.objects.filter(
                    circle=OuterRef("pk"), person_id=person.pk, status=MemberStatus.ACTIVE
                )
            ),
            archived_at__isnull=True,
        )
        .only("pk", "name", "slug")
        .order_by("name", "pk")
    )
