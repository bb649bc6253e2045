"""Who may do what in circles. Views, the API, c-practice's and c-cal's code call only these.

Rules (documented in models.py): a listed circle and its meetings are for every active person
in the organisation; a closed circle, its meetings and occurrences only for its active members.
Invited people see a closed circle's name and description (to accept). Facilitators (several per
circle) manage the circle, its members and its meetings; organisation admins may too.
Workshops `open_to_all` take registrations from anyone who may see the meeting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from samla.circles.enums import JoinPolicy, MemberRole, MemberStatus, Visibility

if TYPE_CHECKING:
    from samla.circles.models import Circle, Meeting, Membership, Occurrence
    from samla.people.models import Person


def membership_of(person: Person, circle: Circle) -> Membership | None:
    """The person's membership row (any status), memoised on the circle for one request."""
    cache: dict[int, Membership | None] = circle.__dict__.setdefault("_membership_cache", {})
    if person.pk not in cache:
        from samla.circles.models import Membership

        cache[person.pk] = Membership.objects.filter(circle=circle, person=person).first()
    return cache[person.pk]


def _status(person: Person, circle: Circle) -> str | None:
    m = membership_of(person, circle)
    return m.status if m is not None else None


def is_member(person: Person, circle: Circle) -> bool:
    return bool(person.is_active) and _status(person, circle) == MemberStatus.ACTIVE


def is_facilitator(person: Person, circle: Circle) -> bool:
    m = membership_of(person, circle) if person.is_active else None
    return m is not None and m.status == MemberStatus.ACTIVE and m.role == MemberRole.FACILITATOR


def can_view_circle(person: Person, circle: Circle) -> bool:
    """The circle page with its members, meetings and rota (and everything hung off them)."""
    if not person.is_active:
        return False
    if circle.visibility == Visibility.LISTED:
        return True
    return is_member(person, circle)


def can_see_invitation(person: Person, circle: Circle) -> bool:
    """An invited person sees the name and description of a closed circle, to accept."""
    return bool(person.is_active) and _status(person, circle) == MemberStatus.INVITED


def can_manage_circle(person: Person, circle: Circle) -> bool:
    """Edit the circle, approve, invite, name facilitators, create and change meetings."""
    if not person.is_active or circle.archived_at is not None:
        return False
    if is_facilitator(person, circle):
        return True
    return bool(person.is_org_admin) and can_view_circle(person, circle)


def can_create_circle(person: Person) -> bool:
    return bool(person.is_active)


def can_join_circle(person: Person, circle: Circle) -> bool:
    """Join straight away: an open, listed, not archived circle the person is not in."""
    return (
        can_view_circle(person, circle)
        and circle.archived_at is None
        and circle.join_policy == JoinPolicy.OPEN
        and _status(person, circle) in (None, MemberStatus.LEFT)
    )


def can_request_to_join(person: Person, circle: Circle) -> bool:
    return (
        can_view_circle(person, circle)
        and circle.archived_at is None
        and circle.join_policy == JoinPolicy.ON_REQUEST
        and _status(person, circle) in (None, MemberStatus.LEFT)
    )


def can_accept_invitation(person: Person, circle: Circle) -> bool:
    return circle.archived_at is None and can_see_invitation(person, circle)


def can_leave_circle(person: Person, circle: Circle) -> bool:
    return is_member(person, circle)


def can_view_meeting(person: Person, meeting: Meeting) -> bool:
    return can_view_circle(person, meeting.circle)


def can_view_occurrence(person: Person, occurrence: Occurrence) -> bool:
    return can_view_meeting(person, occurrence.meeting)


def can_manage_meeting(person: Person, meeting: Meeting) -> bool:
    return can_manage_circle(person, meeting.circle)


def can_rsvp(person: Person, occurrence: Occurrence) -> bool:
    """Members answer; anyone who may see an open-to-all meeting registers."""
    meeting = occurrence.meeting
    if not can_view_meeting(person, meeting) or meeting.cancelled_at is not None:
        return False
    if occurrence.is_cancelled:
        return False
    return meeting.open_to_all or is_member(person, meeting.circle)


def can_check_in(person: Person, occurrence: Occurrence) -> bool:
    return can_rsvp(person, occurrence)


def can_mark_attendance(person: Person, occurrence: Occurrence) -> bool:
    return can_manage_meeting(person, occurrence.meeting)
