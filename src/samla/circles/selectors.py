"""Reads for circles, scoped to what the viewer may see (permissions.py has the same rule in
Python). Pages read with a constant number of queries however many members or meetings."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from samla.circles import permissions
from samla.circles.enums import MemberRole, MemberStatus, OccurrenceStatus, RsvpAnswer, Visibility
from samla.circles.models import (
    Absence,
    Attendance,
    Circle,
    Meeting,
    Membership,
    Occurrence,
    Rsvp,
    Swap,
)
from samla.core import audiences

if TYPE_CHECKING:
    from samla.people.models import Person

ROTA_WEEKS = 8
UPCOMING_LIMIT = 10


def circle_ids_for(person: Person) -> list[int]:
    """The circles the person is an active member of: whose closed meetings, notes and search
    documents they may see. Read once per request through core.audiences (which also serves
    stories and search), so pages that ask several times query once."""
    return sorted(audiences.circle_ids_for(person))


def _visible_q(viewer: Person) -> Q:
    member = Exists(
        Membership.objects.filter(
            circle=OuterRef("pk"), person_id=viewer.pk, status=MemberStatus.ACTIVE
        )
    )
    return Q(visibility=Visibility.LISTED) | Q(member)


def circles_visible_to(viewer: Person) -> QuerySet[Circle]:
    if not viewer.is_active:
        return Circle.objects.none()
    return Circle.objects.filter(_visible_q(viewer))


def _with_counts(qs: QuerySet[Circle]) -> QuerySet[Circle]:
    active = Q(memberships__status=MemberStatus.ACTIVE, memberships__person__is_active=True)
    return qs.annotate(
        member_count=Count("memberships", filter=active, distinct=True),
        units_spanned=Count("memberships__person__unit", filter=active, distinct=True),
        offices_spanned=Count("memberships__person__office", filter=active, distinct=True),
    )


def circle_list(
    *, viewer: Person, kind: str | None = None, mine: bool = False, include_archived: bool = False
) -> list[Circle]:
    """Circles the viewer may see, with member, unit and office counts, and `is_mine`."""
    qs = circles_visible_to(viewer)
    if not include_archived:
        qs = qs.filter(archived_at__isnull=True)
    if kind:
        qs = qs.filter(kind=kind)
    mine_q = Exists(
        Membership.objects.filter(
            circle=OuterRef("pk"), person_id=viewer.pk, status=MemberStatus.ACTIVE
        )
    )
    qs = _with_counts(qs).annotate(is_mine=mine_q).select_related("home_unit")
    if mine:
        qs = qs.filter(is_mine=True)
    return list(qs.order_by("name", "pk"))


def circle_get_visible(*, viewer: Person, slug: str) -> Circle | None:
    circle = Circle.objects.select_related("home_unit").filter(slug=slug).first()
    if circle is None or not permissions.can_view_circle(viewer, circle):
        return None
    return circle


def circle_get_for_invitation(*, viewer: Person, slug: str) -> Circle | None:
    """A circle the viewer may see, or a closed one they are invited to (name only)."""
    circle = Circle.objects.filter(slug=slug).first()
    if circle is None:
        return None
    if permissions.can_view_circle(viewer, circle) or permissions.can_see_invitation(
        viewer, circle
    ):
        return circle
    return None


@dataclass
class RotaRow:
    occurrence: Occurrence
    presenter: Person | None
    last_presented: date | None
    fixed: bool
    is_viewer: bool


@dataclass
class CirclePage:
    circle: Circle
    membership: Membership | None
    members: list[Membership]
    facilitators: list[Membership]
    units_spanned: int
    offices_spanned: int
    upcoming: list[Occurrence]
    rota: list[RotaRow]
    requests: list[Membership] = field(default_factory=list)
    invited: list[Membership] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    swaps_for_viewer: list[Swap] = field(default_factory=list)
    absences: list[Absence] = field(default_factory=list)


def _memberships(circle: Circle) -> list[Membership]:
    return list(
        Membership.objects.filter(circle=circle)
        .exclude(status=MemberStatus.LEFT)
        .select_related("person__unit", "person__office")
        .order_by("-role", "person__full_name", "pk")
    )


def rota_upcoming(
    *, circle: Circle, viewer: Person, now: datetime | None = None, weeks: int = ROTA_WEEKS
) -> list[RotaRow]:
    """The presenters of the next `weeks` weeks, with why (when they last presented)."""
    now = now or timezone.now()
    occs = (
        Occurrence.objects.filter(
            meeting__circle=circle,
            meeting__has_rota=True,
            meeting__cancelled_at__isnull=True,
            start__gte=now,
            start__lt=now + timedelta(weeks=weeks),
        )
        .exclude(status=OccurrenceStatus.CANCELLED)
        .select_related("meeting", "presenter")
        .order_by("start", "pk")
    )
    return [
        RotaRow(
            occurrence=o,
            presenter=o.presenter,
            last_presented=o.presenter_last,
            fixed=o.presenter_fixed,
            is_viewer=o.presenter_id == viewer.pk,
        )
        for o in occs
    ]


def occurrences_upcoming(
    *, circle: Circle, now: datetime | None = None, limit: int = UPCOMING_LIMIT
) -> list[Occurrence]:
    now = now or timezone.now()
    return list(
        Occurrence.objects.filter(meeting__circle=circle, end__gte=now)
        .select_related("meeting", "presenter")
        .order_by("start", "pk")[:limit]
    )


def circle_page(*, viewer: Person, circle: Circle, now: datetime | None = None) -> CirclePage:
    """Everything the circle page shows, in a constant number of queries."""
    now = now or timezone.now()
    rows = _memberships(circle)
    active = [m for m in rows if m.status == MemberStatus.ACTIVE and m.person.is_active]
    mine = next((m for m in rows if m.person_id == viewer.pk), None)
    if mine is None:
        mine = Membership.objects.filter(circle=circle, person=viewer).first()
    circle.__dict__.setdefault("_membership_cache", {})[viewer.pk] = mine
    manage = permissions.can_manage_circle(viewer, circle)
    swaps: list[Swap] = []
    absences: list[Absence] = []
    if mine is not None and mine.status == MemberStatus.ACTIVE:
        swaps = list(
            Swap.objects.filter(
                Q(partner=viewer) | Q(proposer=viewer),
                occurrence_a__meeting__circle=circle,
                agreed_at__isnull=True,
                declined_at__isnull=True,
                occurrence_a__start__gte=now,
            ).select_related(
                "proposer", "partner", "occurrence_a__meeting", "occurrence_b__meeting"
            )
        )
        absences = list(
            Absence.objects.filter(membership=mine, ends_on__gte=timezone.localdate(now)).order_by(
                "starts_on"
            )
        )
    return CirclePage(
        circle=circle,
        membership=mine,
        members=active,
        facilitators=[m for m in active if m.role == MemberRole.FACILITATOR],
        units_spanned=len({m.person.unit_id for m in active if m.person.unit_id}),
        offices_spanned=len({m.person.office_id for m in active if m.person.office_id}),
        upcoming=occurrences_upcoming(circle=circle, now=now),
        rota=rota_upcoming(circle=circle, viewer=viewer, now=now),
        requests=[m for m in rows if m.status == MemberStatus.REQUESTED] if manage else [],
        invited=[m for m in rows if m.status == MemberStatus.INVITED] if manage else [],
        meetings=list(
            Meeting.objects.filter(circle=circle, cancelled_at__isnull=True).order_by(
                "first_start", "pk"
            )
        ),
        swaps_for_viewer=swaps,
        absences=absences,
    )


def meeting_get_visible(*, viewer: Person, pk: int) -> Meeting | None:
    meeting = Meeting.objects.select_related("circle").filter(pk=pk).first()
    if meeting is None or not permissions.can_view_meeting(viewer, meeting):
        return None
    return meeting


def meeting_occurrences(
    *, meeting: Meeting, now: datetime | None = None, past: bool = False, limit: int = 50
) -> list[Occurrence]:
    """A meeting's occurrences (upcoming, or past newest first) with yes-counts."""
    now = now or timezone.now()
    qs = Occurrence.objects.filter(meeting=meeting).select_related("presenter")
    qs = (
        qs.filter(end__lt=now).order_by("-start")
        if past
        else qs.filter(end__gte=now).order_by("start")
    )
    qs = qs.annotate(
        yes_count=Count("rsvps", filter=Q(rsvps__answer=RsvpAnswer.YES, rsvps__waitlisted=False))
    )
    return list(qs[:limit])


def meetings_upcoming_for(
    *, viewer: Person, now: datetime | None = None, limit: int = 20
) -> list[Occurrence]:
    """The viewer's next occurrences across the circles they belong to (and yes-answers)."""
    now = now or timezone.now()
    circle_ids = circle_ids_for(viewer)
    return list(
        Occurrence.objects.filter(
            Q(meeting__circle_id__in=circle_ids)
            | Q(rsvps__person=viewer, rsvps__answer=RsvpAnswer.YES),
            end__gte=now,
            meeting__cancelled_at__isnull=True,
        )
        .exclude(status=OccurrenceStatus.CANCELLED)
        .select_related("meeting__circle", "presenter")
        .distinct()
        .order_by("start", "pk")[:limit]
    )


def occurrence_get_visible(*, viewer: Person, pk: int) -> Occurrence | None:
    occ = Occurrence.objects.select_related("meeting__circle", "presenter").filter(pk=pk).first()
    if occ is None or not permissions.can_view_occurrence(viewer, occ):
        return None
    return occ


@dataclass
class OccurrencePage:
    occurrence: Occurrence
    rsvps: list[Rsvp]
    my_rsvp: Rsvp | None
    yes: list[Rsvp]
    waiting: list[Rsvp]
    maybe: list[Rsvp]
    attendances: list[Attendance]
    attended_ids: set[int]
    members: list[Membership]
    places_left: int | None


def occurrence_page(*, viewer: Person, occurrence: Occurrence) -> OccurrencePage:
    rsvps = list(
        Rsvp.objects.filter(occurrence=occurrence)
        .select_related("person")
        .order_by("created_at", "pk")
    )
    attendances = list(
        Attendance.objects.filter(occurrence=occurrence)
        .select_related("person")
        .order_by("person__full_name")
    )
    yes = [r for r in rsvps if r.answer == RsvpAnswer.YES and not r.waitlisted]
    capacity = occurrence.meeting.capacity
    members: list[Membership] = []
    if permissions.can_mark_attendance(viewer, occurrence):
        members = list(
            Membership.objects.filter(
                circle_id=occurrence.meeting.circle_id, status=MemberStatus.ACTIVE
            )
            .select_related("person")
            .order_by("person__full_name")
        )
    return OccurrencePage(
        occurrence=occurrence,
        rsvps=rsvps,
        my_rsvp=next((r for r in rsvps if r.person_id == viewer.pk), None),
        yes=yes,
        waiting=[r for r in rsvps if r.answer == RsvpAnswer.YES and r.waitlisted],
        maybe=[r for r in rsvps if r.answer == RsvpAnswer.MAYBE],
        attendances=attendances,
        attended_ids={a.person_id for a in attendances},
        members=members,
        places_left=None if capacity is None else max(capacity - len(yes), 0),
    )


def swap_get(*, viewer: Person, pk: int) -> Swap | None:
    swap = Swap.objects.select_related("occurrence_a__meeting__circle").filter(pk=pk).first()
    if swap is None or viewer.pk not in (swap.proposer_id, swap.partner_id):
        return None
    return swap


def membership_get(*, circle: Circle, pk: int) -> Membership | None:
    return (
        Membership.objects.select_related("person", "circle").filter(circle=circle, pk=pk).first()
    )


# --- the circle source for the apps below circles (core.audiences) ------------------------------


def member_circle_ids(person_id: int) -> frozenset[int]:
    """The circles the person is an active member of (for core.audiences.circle_ids_for)."""
    return frozenset(
        Membership.objects.filter(
            person_id=person_id, status=MemberStatus.ACTIVE, person__is_active=True
        ).values_list("circle_id", flat=True)
    )


def circle_names(ids: Collection[int]) -> dict[int, str]:
    return dict(Circle.objects.filter(pk__in=ids).values_list("pk", "name"))


def circle_urls(ids: Collection[int]) -> dict[int, str]:
    return {
        pk: reverse("circles:circle-detail", args=[slug])
        for pk, slug in Circle.objects.filter(pk__in=ids).values_list("pk", "slug")
    }
