"""Circles for tests, made through the services (so occurrences and the rota exist)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from samla.circles.enums import CircleKind, JoinPolicy, MeetingKind, MemberStatus, Visibility
from samla.circles.models import Circle, Meeting, Membership
from samla.circles.services import circles as circle_services
from samla.circles.services import meetings as meeting_services
from samla.people.models import Person

CPH = ZoneInfo("Europe/Copenhagen")


def make_circle(
    *,
    facilitator: Person,
    members: Iterable[Person] = (),
    name: str = "Platform learning",
    closed: bool = False,
    join_policy: str | None = None,
    kind: str = CircleKind.TEAM,
) -> Circle:
    circle = circle_services.circle_create(
        by=facilitator,
        name=name,
        kind=kind,
        language="en",
        description="We share what we learn.",
        visibility=Visibility.CLOSED if closed else Visibility.LISTED,
        join_policy=join_policy or (JoinPolicy.INVITE_ONLY if closed else JoinPolicy.OPEN),
    )
    for i, person in enumerate(members, start=2):
        Membership.objects.update_or_create(
            circle=circle,
            person=person,
            defaults={"status": MemberStatus.ACTIVE, "joined_at": timezone.now(), "rota_order": i},
        )
    return circle


def next_weekday_at(hour: int = 9, *, days_ahead: int = 1, tz: ZoneInfo = CPH) -> datetime:
    day = (timezone.now().astimezone(tz) + timedelta(days=days_ahead)).date()
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=tz)


def weekly_rrule(start: datetime, count: int = 20) -> str:
    code = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[start.weekday()]
    return f"FREQ=WEEKLY;BYDAY={code};COUNT={count}"


def make_meeting(
    *,
    circle: Circle,
    by: Person,
    start: datetime | None = None,
    rrule: str | None = None,
    count: int = 20,
    kind: str = MeetingKind.LEARNING,
    title: str = "Friday learning",
    duration: int = 15,
    capacity: int | None = None,
    open_to_all: bool = False,
    tz: str = "Europe/Copenhagen",
) -> Meeting:
    start = start or next_weekday_at(9)
    return meeting_services.meeting_create(
        circle=circle,
        by=by,
        data=meeting_services.MeetingData(
            kind=kind,
            title=title,
            first_start=start,
            timezone=tz,
            duration=duration,
            rrule=weekly_rrule(start, count) if rrule is None else rrule,
            capacity=capacity,
            open_to_all=open_to_all,
        ),
    )
