"""Fixtures for the practice tests (topics, feedback, notes, actions): a listed and a closed circle
with a facilitator (manager), a member (employee), and meetings with a past and a future
occurrence. Rows are made directly so these tests do not depend on c-core's services.

Roles: facilitator = manager; member = employee; colleague, learning_lead and org_admin are not
members; outsider has left the organisation (inactive)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from samla.circles.enums import (
    CircleKind,
    JoinPolicy,
    MeetingKind,
    MemberRole,
    MemberStatus,
    RsvpAnswer,
    Visibility,
)
from samla.circles.models import Attendance, Circle, Meeting, Membership, Occurrence, Rsvp
from samla.people.models import Person


@dataclass
class World:
    circle: Circle
    meeting: Meeting
    past: Occurrence  # began an hour ago
    future: Occurrence  # next week
    reflection: Occurrence  # a reflection meeting that began an hour ago


def make_world(
    *, facilitator: Person, member: Person, closed: bool = False, name: str = "Platform learning"
) -> World:
    now = timezone.now()
    circle = Circle.objects.create(
        name=name,
        slug=name.lower().replace(" ", "-"),
        kind=CircleKind.TEAM,
        visibility=Visibility.CLOSED if closed else Visibility.LISTED,
        join_policy=JoinPolicy.INVITE_ONLY if closed else JoinPolicy.OPEN,
        language="en",
    )
    Membership.objects.create(
        circle=circle,
        person=facilitator,
        role=MemberRole.FACILITATOR,
        status=MemberStatus.ACTIVE,
        joined_at=now,
        rota_order=1,
    )
    Membership.objects.create(
        circle=circle, person=member, status=MemberStatus.ACTIVE, joined_at=now, rota_order=2
    )
    meeting = Meeting.objects.create(
        circle=circle,
        kind=MeetingKind.LEARNING,
        title="Weekly learning",
        first_start=now - timedelta(weeks=1, hours=1),
        duration=15,
        rrule="FREQ=WEEKLY",
    )
    past = occurrence(meeting, now - timedelta(hours=1), presenter=member)
    future = occurrence(meeting, now + timedelta(weeks=1), presenter=member)
    retro = Meeting.objects.create(
        circle=circle,
        kind=MeetingKind.REFLECTION,
        title="Release retrospective",
        first_start=now - timedelta(hours=1),
        duration=60,
    )
    reflection = occurrence(retro, now - timedelta(hours=1), presenter=None)
    return World(circle=circle, meeting=meeting, past=past, future=future, reflection=reflection)


def occurrence(meeting: Meeting, start: object, *, presenter: Person | None) -> Occurrence:
    assert isinstance(start, type(timezone.now()))
    return Occurrence.objects.create(
        meeting=meeting,
        original_start=start,
        start=start,
        end=start + timedelta(minutes=meeting.duration),
        presenter=presenter,
    )


def attend(occ: Occurrence, *people: Person) -> None:
    for person in people:
        Attendance.objects.create(occurrence=occ, person=person, marked_by=person)


def rsvp_yes(occ: Occurrence, person: Person) -> None:
    Rsvp.objects.create(occurrence=occ, person=person, answer=RsvpAnswer.YES)


def fresh(occ: Occurrence) -> Occurrence:
    """The occurrence as a view loads it (no memoised memberships)."""
    return Occurrence.objects.select_related("meeting__circle", "presenter").get(pk=occ.pk)
