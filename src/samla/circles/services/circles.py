"""Writes for circles and their members: create, edit, archive; join (open circles), ask and
approve (on request), invite and accept (invitation only), leave; facilitators; rota settings
and absences. Each function is one transaction; bad input raises ValidationError and changes
nothing."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from samla.circles import notices
from samla.circles.enums import JoinPolicy, MemberRole, MemberStatus, Visibility
from samla.circles.models import Absence, Circle, Membership
from samla.core.audiences import forget_circle_ids
from samla.core.markdown import render_markdown
from samla.notifications.services import notify

if TYPE_CHECKING:
    from samla.people.models import OrgUnit, Person


def _check_policy(visibility: str, join_policy: str) -> None:
    if visibility == Visibility.CLOSED and join_policy != JoinPolicy.INVITE_ONLY:
        raise ValidationError(
            _(
                "A closed circle is hidden from people outside it, "
                "so it takes members by invitation only."
            ),
            code="closed_needs_invitation",
        )


# Slugs that would hide a page of the app (URLs are /circles/<slug>/).
RESERVED_SLUGS = {
    "new",
    "swaps",
    "meetings",
    "occurrences",
    "calendar",
    "feeds",
    "feed",
    "topics",
    "api",
    "mine",
    "practice",
}


# Letters that Unicode does not decompose into a base letter (slugify would drop them):
# "Læringsmøde" → "laeringsmoede", not "lringsmde".
_SPELLED_OUT = str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "oe", "Ø": "Oe", "ß": "ss", "þ": "th"})


def _unique_slug(name: str, exclude_pk: int | None = None) -> str:
    base = slugify(name.translate(_SPELLED_OUT))[:120] or "circle"
    if base in RESERVED_SLUGS:
        base = f"{base}-circle"
    slug, n = base, 1
    qs = Circle.objects.all()
    if exclude_pk is not None:
        qs = qs.exclude(pk=exclude_pk)
    while qs.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _next_order(circle: Circle) -> int:
    top = circle.memberships.aggregate(m=Max("rota_order"))["m"]
    return (top or 0) + 1


@transaction.atomic
def circle_create(
    *,
    by: Person,
    name: str,
    kind: str,
    language: str,
    description: str = "",
    join_policy: str = JoinPolicy.OPEN,
    visibility: str = Visibility.LISTED,
    home_unit: OrgUnit | None = None,
) -> Circle:
    """A new circle; its creator is its first facilitator."""
    name = name.strip()
    if not name:
        raise ValidationError(_("Give the circle a name."), code="name")
    _check_policy(visibility, join_policy)
    now = timezone.now()
    circle = Circle.objects.create(
        name=name,
        slug=_unique_slug(name),
        kind=kind,
        language=language,
        description=description,
        description_html=render_markdown(description),
        join_policy=join_policy,
        visibility=visibility,
        home_unit=home_unit,
        created_by=by,
        created_at=now,
    )
    Membership.objects.create(
        circle=circle,
        person=by,
        role=MemberRole.FACILITATOR,
        status=MemberStatus.ACTIVE,
        joined_at=now,
        rota_order=1,
    )
    from samla.circles.search_index import circle_index

    transaction.on_commit(lambda: circle_index(circle))
    return circle


@transaction.atomic
def circle_update(
    *,
    circle: Circle,
    name: str,
    kind: str,
    language: str,
    description: str,
    join_policy: str,
    visibility: str,
    home_unit: OrgUnit | None,
) -> Circle:
    name = name.strip()
    if not name:
        raise ValidationError(_("Give the circle a name."), code="name")
    _check_policy(visibility, join_policy)
    circle.name = name
    circle.kind = kind
    circle.language = language
    circle.description = description
    circle.description_html = render_markdown(description)
    circle.join_policy = join_policy
    circle.visibility = visibility
    circle.home_unit = home_unit
    circle.save()
    from samla.circles.search_index import circle_reindex_all_of

    transaction.on_commit(lambda: circle_reindex_all_of(circle))
    return circle


@transaction.atomic
def circle_archive(*, circle: Circle) -> Circle:
    circle.archived_at = timezone.now()
    circle.save(update_fields=["archived_at"])
    from samla.circles.search_index import circle_reindex_all_of

    transaction.on_commit(lambda: circle_reindex_all_of(circle))
    return circle


def _activate(membership: Membership) -> Membership:
    membership.status = MemberStatus.ACTIVE
    membership.joined_at = timezone.now()
    membership.rota_order = _next_order(membership.circle)
    membership.save(update_fields=["status", "joined_at", "rota_order"])
    _forget(membership.circle, membership.person)
    from samla.circles.services.rota import rota_refresh

    rota_refresh(circle=membership.circle)
    return membership


def _forget(circle: Circle, person: Person | None = None) -> None:
    """Drop what this request remembers about memberships (the circle's and the person's)."""
    circle.__dict__.pop("_membership_cache", None)
    if person is not None:
        forget_circle_ids(person)


def _locked(circle: Circle, person: Person) -> Membership | None:
    return (
        Membership.objects.select_for_update(of=("self",))
        .select_related("circle")
        .filter(circle=circle, person=person)
        .first()
    )


@transaction.atomic
def membership_join(*, circle: Circle, person: Person) -> Membership:
    """Join an open circle straight away (joining again after leaving is fine)."""
    if circle.join_policy != JoinPolicy.OPEN or circle.archived_at is not None:
        raise ValidationError(_("This circle does not take members who just join."), code="policy")
    m = _locked(circle, person)
    if m is not None and m.status == MemberStatus.ACTIVE:
        return m
    if m is None:
        m = Membership.objects.create(circle=circle, person=person, status=MemberStatus.LEFT)
    return _activate(m)


@transaction.atomic
def membership_request(*, circle: Circle, person: Person) -> Membership:
    """Ask to join a circle that takes members on request; its facilitators are told."""
    if circle.join_policy != JoinPolicy.ON_REQUEST or circle.archived_at is not None:
        raise ValidationError(_("This circle does not take requests to join."), code="policy")
    m = _locked(circle, person)
    if m is not None and m.status in (MemberStatus.ACTIVE, MemberStatus.REQUESTED):
        return m
    if m is None:
        m = Membership(circle=circle, person=person)
    m.status = MemberStatus.REQUESTED
    m.created_at = timezone.now()
    m.save()
    _forget(circle)
    for f in facilitators_of(circle):
        notify(
            recipient=f,
            kind=notices.JOIN_REQUESTED.key,
            params={"actor": person.full_name, "circle": circle.name},
            url=circle.get_absolute_url() + "#requests",
            dedupe_key=f"circle-request:{m.pk}:{m.created_at.timestamp():.0f}",
        )
    return m


@transaction.atomic
def membership_approve(*, membership: Membership, by: Person) -> Membership:
    m = (
        Membership.objects.select_for_update(of=("self",))
        .select_related("circle", "person")
        .get(pk=membership.pk)
    )
    if m.status != MemberStatus.REQUESTED:
        raise ValidationError(_("This request has already been answered."), code="answered")
    _activate(m)
    notify(
        recipient=m.person,
        kind=notices.JOIN_APPROVED.key,
        params={"circle": m.circle.name},
        url=m.circle.get_absolute_url(),
    )
    return m


@transaction.atomic
def membership_decline(*, membership: Membership, by: Person) -> None:
    m = Membership.objects.select_for_update(of=("self",)).get(pk=membership.pk)
    if m.status not in (MemberStatus.REQUESTED, MemberStatus.INVITED):
        raise ValidationError(_("This request has already been answered."), code="answered")
    m.delete()
    _forget(membership.circle)


@transaction.atomic
def membership_invite(*, circle: Circle, person: Person, by: Person) -> Membership:
    """Invite someone (any join policy); they become a member when they accept."""
    if not person.is_active:
        raise ValidationError(_("This person has left the organisation."), code="inactive")
    if circle.archived_at is not None:
        raise ValidationError(_("This circle is archived."), code="archived")
    m = _locked(circle, person)
    if m is not None and m.status == MemberStatus.ACTIVE:
        raise ValidationError(
            _("%(name)s is already a member.") % {"name": person.full_name}, code="member"
        )
    if m is None:
        m = Membership(circle=circle, person=person)
    m.status = MemberStatus.INVITED
    m.invited_by = by
    m.created_at = timezone.now()
    m.save()
    _forget(circle)
    notify(
        recipient=person,
        kind=notices.INVITED.key,
        params={"actor": by.full_name, "circle": circle.name},
        url=circle.get_absolute_url(),
        dedupe_key=f"circle-invite:{m.pk}:{m.created_at.timestamp():.0f}",
    )
    return m


@transaction.atomic
def membership_accept(*, circle: Circle, person: Person) -> Membership:
    m = _locked(circle, person)
    if m is None or m.status != MemberStatus.INVITED:
        raise ValidationError(_("There is no invitation to accept."), code="no_invitation")
    return _activate(m)


def facilitators_of(circle: Circle) -> list[Person]:
    from samla.people.models import Person

    return list(
        Person.objects.filter(
            is_active=True,
            circle_memberships__circle=circle,
            circle_memberships__status=MemberStatus.ACTIVE,
            circle_memberships__role=MemberRole.FACILITATOR,
        )
    )


def _other_facilitators(circle: Circle, person: Person) -> bool:
    return (
        Membership.objects.filter(
            circle=circle,
            status=MemberStatus.ACTIVE,
            role=MemberRole.FACILITATOR,
            person__is_active=True,
        )
        .exclude(person=person)
        .exists()
    )


@transaction.atomic
def membership_leave(*, circle: Circle, person: Person) -> Membership:
    """Leave; future presenting turns go to others. The last facilitator cannot leave."""
    m = _locked(circle, person)
    if m is None or m.status != MemberStatus.ACTIVE:
        raise ValidationError(_("You are not a member of this circle."), code="not_member")
    if m.role == MemberRole.FACILITATOR and not _other_facilitators(circle, person):
        raise ValidationError(
            _("A circle needs a facilitator: name another facilitator before you leave."),
            code="last_facilitator",
        )
    m.status = MemberStatus.LEFT
    m.role = MemberRole.MEMBER
    m.save(update_fields=["status", "role"])
    _forget(circle, person)
    from samla.circles.models import Occurrence
    from samla.circles.services.rota import rota_refresh

    Occurrence.objects.filter(
        meeting__circle=circle, presenter=person, start__gte=timezone.now()
    ).update(presenter=None, presenter_fixed=False, presenter_last=None)
    rota_refresh(circle=circle)
    return m


@transaction.atomic
def facilitator_set(*, membership: Membership, facilitator: bool) -> Membership:
    m = (
        Membership.objects.select_for_update(of=("self",))
        .select_related("circle")
        .get(pk=membership.pk)
    )
    if m.status != MemberStatus.ACTIVE:
        raise ValidationError(_("Only members can facilitate."), code="not_member")
    if (
        not facilitator
        and m.role == MemberRole.FACILITATOR
        and not _other_facilitators(m.circle, m.person)
    ):
        raise ValidationError(
            _("A circle needs at least one facilitator."), code="last_facilitator"
        )
    m.role = MemberRole.FACILITATOR if facilitator else MemberRole.MEMBER
    m.save(update_fields=["role"])
    _forget(m.circle)
    return m


@transaction.atomic
def rota_opt_out_set(*, membership: Membership, opt_out: bool) -> Membership:
    membership.rota_opt_out = opt_out
    membership.save(update_fields=["rota_opt_out"])
    if opt_out:
        from samla.circles.models import Occurrence

        Occurrence.objects.filter(
            meeting__circle_id=membership.circle_id,
            presenter_id=membership.person_id,
            start__gte=timezone.now(),
        ).update(presenter=None, presenter_fixed=False)
    from samla.circles.services.rota import rota_refresh

    rota_refresh(circle=membership.circle)
    return membership


@transaction.atomic
def absence_add(*, membership: Membership, starts_on: date, ends_on: date) -> Absence:
    if ends_on < starts_on:
        raise ValidationError(_("The last day comes before the first day."), code="order")
    absence = Absence.objects.create(membership=membership, starts_on=starts_on, ends_on=ends_on)
    from samla.circles.models import Occurrence

    # Turns in those days that were fixed to this person (a swap, a volunteer) are given back.
    Occurrence.objects.filter(
        meeting__circle_id=membership.circle_id,
        presenter_id=membership.person_id,
        start__date__gte=starts_on,
        start__date__lte=ends_on,
        start__gte=timezone.now(),
    ).update(presenter=None, presenter_fixed=False)
    from samla.circles.services.rota import rota_refresh

    rota_refresh(circle=membership.circle)
    return absence


@transaction.atomic
def absence_remove(*, absence: Absence) -> None:
    circle = absence.membership.circle
    absence.delete()
    from samla.circles.services.rota import rota_refresh

    rota_refresh(circle=circle)
