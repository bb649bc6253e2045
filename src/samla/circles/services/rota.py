"""The presenter rota: `rotation.plan` (pure) fed from the database, swaps that both people agree
to, reminders a few days before, and the learning record once a meeting is over.

The rota is stored on the upcoming occurrences (`presenter`, `presenter_last` = why: when they
last presented, `presenter_fixed` = a swap keeps it). `rota_refresh` recomputes it after anything
that can change it (members, absences, opt-outs, attendance, meetings moved or cancelled) and
from the periodic command; it is idempotent.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from samla.circles import notices, rotation
from samla.circles.enums import MemberRole, MemberStatus, OccurrenceStatus
from samla.circles.models import Absence, Attendance, Circle, Membership, Occurrence, Swap
from samla.notifications.services import notify

if TYPE_CHECKING:
    from samla.people.models import Person

REMIND_DAYS = 3


def _local_date(occ: Occurrence) -> date:
    return occ.start.astimezone(ZoneInfo(occ.meeting.timezone)).date()


@dataclass(slots=True)
class _Occ:
    """What the rota reads and writes of one upcoming occurrence (no model instances: the
    rota of 10,000 circles is 120,000 of these)."""

    pk: int
    day: date
    presenter_id: int | None
    presenter_last: date | None
    presenter_fixed: bool
    reminded_at: datetime | None


@dataclass
class _CircleInputs:
    members: list[rotation.Member] = field(default_factory=list)
    absences: dict[int, list[tuple[date, date]]] = field(default_factory=lambda: defaultdict(list))
    upcoming: list[_Occ] = field(default_factory=list)


def _inputs(circle_ids: Collection[int], now: datetime) -> dict[int, _CircleInputs]:
    """Everything the rota of these circles depends on, in five queries however many."""
    out: dict[int, _CircleInputs] = defaultdict(_CircleInputs)
    upcoming = (
        Occurrence.objects.filter(
            meeting__circle_id__in=circle_ids,
            meeting__has_rota=True,
            meeting__cancelled_at__isnull=True,
            start__gte=now,
        )
        .exclude(status=OccurrenceStatus.CANCELLED)
        .order_by("start", "pk")
        .values_list(
            "meeting__circle_id",
            "meeting__timezone",
            "pk",
            "start",
            "presenter_id",
            "presenter_last",
            "presenter_fixed",
            "presenter_reminded_at",
        )
    )
    zones: dict[str, ZoneInfo] = {}
    for circle_id, tz, pk, start, presenter, last_, fixed, reminded in upcoming:
        zone = zones.get(tz) or zones.setdefault(tz, ZoneInfo(tz))
        out[circle_id].upcoming.append(
            _Occ(pk, start.astimezone(zone).date(), presenter, last_, fixed, reminded)
        )
    if not out:
        return out
    ids = list(out)
    memberships = Membership.objects.filter(
        circle_id__in=ids, status=MemberStatus.ACTIVE, person__is_active=True
    ).values_list("circle_id", "person_id", "rota_order", "rota_opt_out")
    attended: dict[tuple[int, int], int] = {
        (c, p): n
        for c, p, n in Attendance.objects.filter(
            occurrence__meeting__circle_id__in=ids, occurrence__start__lt=now
        )
        .values("occurrence__meeting__circle_id", "person_id")
        .annotate(n=Count("pk"))
        .values_list("occurrence__meeting__circle_id", "person_id", "n")
    }
    last: dict[tuple[int, int], datetime] = {
        (c, p): t
        for c, p, t in Occurrence.objects.filter(
            meeting__circle_id__in=ids, start__lt=now, presenter__isnull=False
        )
        .exclude(status=OccurrenceStatus.CANCELLED)
        .values("meeting__circle_id", "presenter_id")
        .annotate(last=Max("start"))
        .values_list("meeting__circle_id", "presenter_id", "last")
    }
    for circle_id, person_id, order, opted_out in memberships:
        when = last.get((circle_id, person_id))
        out[circle_id].members.append(
            rotation.Member(
                id=person_id,
                order=order,
                attended=attended.get((circle_id, person_id), 0),
                last_presented=timezone.localdate(when) if when is not None else None,
                opted_out=opted_out,
            )
        )
    for circle_id, person_id, starts_on, ends_on in Absence.objects.filter(
        membership__circle_id__in=ids,
        membership__status=MemberStatus.ACTIVE,
        ends_on__gte=now.date() - timedelta(days=1),
    ).values_list("membership__circle_id", "membership__person_id", "starts_on", "ends_on"):
        out[circle_id].absences[person_id].append((starts_on, ends_on))
    return out


def _plan(inputs: _CircleInputs) -> list[_Occ]:
    """Apply `rotation.plan` to one circle's upcoming occurrences; return those that changed."""
    slots: list[rotation.Slot] = []
    slot_occ: list[_Occ] = []
    extra: list[_Occ] = []  # a second meeting on a date already in the rota
    seen: set[date] = set()
    for occ in inputs.upcoming:
        day = occ.day
        if day in seen:
            extra.append(occ)
            continue
        seen.add(day)
        away = frozenset(
            pid for pid, spans in inputs.absences.items() if any(a <= day <= b for a, b in spans)
        )
        fixed = occ.presenter_id if occ.presenter_fixed and occ.presenter_id not in away else None
        slots.append(rotation.Slot(date=day, away=away, fixed=fixed))
        slot_occ.append(occ)
    turns = rotation.plan(inputs.members, slots)
    changed: list[_Occ] = []
    for occ, turn in zip(slot_occ, turns, strict=True):
        new = (turn.presenter, turn.last_presented, turn.fixed)
        if (occ.presenter_id, occ.presenter_last, occ.presenter_fixed) != new:
            if occ.presenter_id != turn.presenter:
                occ.reminded_at = None
            occ.presenter_id, occ.presenter_last, occ.presenter_fixed = new
            changed.append(occ)
    for occ in extra:
        if occ.presenter_id is not None and not occ.presenter_fixed:
            occ.presenter_id, occ.presenter_last = None, None
            changed.append(occ)
    return changed


def _refresh(circle_ids: Collection[int], now: datetime) -> int:
    changed: list[_Occ] = []
    for inputs in _inputs(circle_ids, now).values():
        changed.extend(_plan(inputs))
    _write(changed)
    return len(changed)


_WRITE_BATCH = 1000


def _write(changed: list[_Occ]) -> None:
    """Write the changed turns. PostgreSQL: one UPDATE … FROM (VALUES …) per 1,000 rows;
    SQLite: executemany (in-process, fast). bulk_update's CASE expressions took minutes for
    10,000 circles."""
    if not changed:
        return
    ops = connection.ops
    table = ops.quote_name(Occurrence._meta.db_table)
    rows = [
        (
            o.pk,
            o.presenter_id,
            ops.adapt_datefield_value(o.presenter_last),
            o.presenter_fixed,
            ops.adapt_datetimefield_value(o.reminded_at),
        )
        for o in changed
    ]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            row_sql = "(%s::bigint, %s::bigint, %s::date, %s::boolean, %s::timestamptz)"
            for start in range(0, len(rows), _WRITE_BATCH):
                batch = rows[start : start + _WRITE_BATCH]
                values = ", ".join([row_sql] * len(batch))
                cursor.execute(
                    f"UPDATE {table} AS o SET presenter_id = v.p, presenter_last = v.l, "  # noqa: S608 - no input in the SQL text
                    "presenter_fixed = v.f, presenter_reminded_at = v.r "
                    f"FROM (VALUES {values}) AS v(id, p, l, f, r) WHERE o.id = v.id",
                    [x for row in batch for x in row],
                )
        else:
            cursor.executemany(
                f"UPDATE {table} SET presenter_id = %s, presenter_last = %s, "  # noqa: S608 - no input in the SQL text
                "presenter_fixed = %s, presenter_reminded_at = %s WHERE id = %s",
                [(p, last_, f, r, pk) for pk, p, last_, f, r in rows],
            )


def rota_refresh(*, circle: Circle, now: datetime | None = None) -> int:
    """Recompute the presenters of the circle's upcoming occurrences. Returns how many changed."""
    return _refresh([circle.pk], now or timezone.now())


def rota_refresh_all(
    *, circle_ids: Iterable[int] | None = None, now: datetime | None = None, chunk: int = 500
) -> int:
    """Recompute the rota of many circles (all live ones by default), `chunk` circles per
    round of queries, each chunk in its own transaction. Returns how many turns changed."""
    now = now or timezone.now()
    if circle_ids is None:
        circle_ids = Circle.objects.filter(archived_at__isnull=True).values_list("pk", flat=True)
    ids = sorted(set(circle_ids))
    changed = 0
    for start in range(0, len(ids), chunk):
        with transaction.atomic():
            changed += _refresh(ids[start : start + chunk], now)
    return changed


# --- swaps ----------------------------------------------------------------------------------


def _check_swappable(
    mine: Occurrence, theirs: Occurrence, proposer: Person, partner_id: int | None
) -> None:
    now = timezone.now()
    if mine.meeting.circle_id != theirs.meeting.circle_id or mine.pk == theirs.pk:
        raise ValidationError(_("Choose two turns of the same circle."), code="circle")
    if mine.presenter_id != proposer.pk:
        raise ValidationError(_("You can only offer a turn that is yours."), code="not_yours")
    if theirs.presenter_id is None or theirs.presenter_id == proposer.pk:
        raise ValidationError(_("Choose someone else’s turn to swap with."), code="no_partner")
    if partner_id is not None and theirs.presenter_id != partner_id:
        raise ValidationError(
            _("The rota has changed since this swap was proposed: it no longer applies."),
            code="stale",
        )
    if min(mine.start, theirs.start) < now or mine.is_cancelled or theirs.is_cancelled:
        raise ValidationError(_("Only upcoming turns can be swapped."), code="past")


@transaction.atomic
def swap_propose(*, mine: Occurrence, theirs: Occurrence, proposer: Person) -> Swap:
    """Ask the presenter of `theirs` to swap with `mine`; nothing changes until they agree."""
    _check_swappable(mine, theirs, proposer, None)
    assert theirs.presenter is not None
    swap, created = Swap.objects.get_or_create(
        occurrence_a=mine,
        occurrence_b=theirs,
        proposer=proposer,
        partner=theirs.presenter,
        agreed_at=None,
        declined_at=None,
    )
    if created:
        notify(
            recipient=theirs.presenter,
            kind=notices.SWAP_PROPOSED.key,
            params={
                "actor": proposer.full_name,
                "date": _local_date(theirs).isoformat(),
            },
            url=theirs.get_absolute_url(),
            dedupe_key=f"circle-swap:{swap.pk}",
        )
    return swap


@transaction.atomic
def swap_agree(*, swap: Swap, by: Person) -> Swap:
    """The partner agrees: the two turns are exchanged. Only the partner can agree."""
    swap = Swap.objects.select_for_update(of=("self",)).select_related("partner").get(pk=swap.pk)
    if by.pk != swap.partner_id:
        raise ValidationError(
            _("%(name)s has not agreed to this swap yet: only they can agree. Nothing has changed.")
            % {"name": swap.partner.full_name},
            code="not_agreed",
        )
    if not swap.is_open:
        raise ValidationError(_("This swap has already been answered."), code="answered")
    a = (
        Occurrence.objects.select_for_update(of=("self",))
        .select_related("meeting__circle", "presenter")
        .get(pk=swap.occurrence_a_id)
    )
    b = (
        Occurrence.objects.select_for_update(of=("self",))
        .select_related("meeting__circle", "presenter")
        .get(pk=swap.occurrence_b_id)
    )
    _check_swappable(a, b, swap.proposer, swap.partner_id)
    away = Absence.objects.filter(
        Q(
            membership__person_id=swap.proposer_id,
            starts_on__lte=_local_date(b),
            ends_on__gte=_local_date(b),
        )
        | Q(
            membership__person_id=swap.partner_id,
            starts_on__lte=_local_date(a),
            ends_on__gte=_local_date(a),
        ),
        membership__circle_id=a.meeting.circle_id,
    ).exists()
    if away:
        raise ValidationError(
            _("One of you is away on the other’s date: the swap cannot be made."), code="away"
        )
    a.presenter_id, b.presenter_id = swap.partner_id, swap.proposer_id
    a.presenter_fixed = b.presenter_fixed = True
    a.presenter_reminded_at = b.presenter_reminded_at = None
    Occurrence.objects.bulk_update(
        [a, b], ["presenter", "presenter_fixed", "presenter_reminded_at"]
    )
    swap.agreed_at = timezone.now()
    swap.save(update_fields=["agreed_at"])
    rota_refresh(circle=a.meeting.circle)
    notify(
        recipient=swap.proposer,
        kind=notices.SWAP_AGREED.key,
        params={"actor": swap.partner.full_name, "date": _local_date(b).isoformat()},
        url=b.get_absolute_url(),
        dedupe_key=f"circle-swap-agreed:{swap.pk}",
    )
    return swap


@transaction.atomic
def swap_decline(*, swap: Swap, by: Person) -> Swap:
    """The partner declines, or the proposer withdraws."""
    swap = Swap.objects.select_for_update(of=("self",)).get(pk=swap.pk)
    if by.pk not in (swap.partner_id, swap.proposer_id):
        raise ValidationError(_("This swap is not yours to answer."), code="not_yours")
    if not swap.is_open:
        raise ValidationError(_("This swap has already been answered."), code="answered")
    swap.declined_at = timezone.now()
    swap.save(update_fields=["declined_at"])
    return swap


# --- reminders and the record ---------------------------------------------------------------


def presenters_remind(
    *, now: datetime | None = None, days: int = REMIND_DAYS, dry_run: bool = False
) -> int:
    """Remind each presenter of a meeting within `days` once (idempotent). Returns how many."""
    now = now or timezone.now()
    due = (
        Occurrence.objects.filter(
            start__gte=now,
            start__lt=now + timedelta(days=days),
            presenter__isnull=False,
            presenter_reminded_at__isnull=True,
            meeting__cancelled_at__isnull=True,
            meeting__circle__archived_at__isnull=True,
        )
        .exclude(status=OccurrenceStatus.CANCELLED)
        .select_related("meeting", "presenter")
    )
    if dry_run:
        return due.count()
    sent = 0
    for occ in due:
        with transaction.atomic():
            assert occ.presenter is not None
            local = occ.start.astimezone(ZoneInfo(occ.meeting.timezone))
            notify(
                recipient=occ.presenter,
                kind=notices.PRESENTER_REMINDER.key,
                params={"meeting": occ.display_title, "date": local.strftime("%Y-%m-%d %H:%M")},
                url=occ.get_absolute_url(),
                dedupe_key=f"circle-presenter:{occ.pk}:{occ.presenter_id}:{occ.sequence}",
            )
            Occurrence.objects.filter(pk=occ.pk).update(presenter_reminded_at=now)
            sent += 1
    return sent


def occurrences_record_past(*, now: datetime | None = None, dry_run: bool = False) -> int:
    """Once a meeting is over: its presenter presented, its facilitators who were there
    facilitated (attendance is recorded when it is taken). Idempotent via `recorded_at`."""
    from samla.circles.services.record import record_facilitated, record_presented

    now = now or timezone.now()
    due = (
        Occurrence.objects.filter(end__lte=now, recorded_at__isnull=True)
        .exclude(status=OccurrenceStatus.CANCELLED)
        .select_related("meeting__circle", "presenter")
    )
    if dry_run:
        return due.count()
    done = 0
    for occ in due.iterator(chunk_size=500):
        with transaction.atomic():
            if occ.presenter is not None:
                record_presented(person=occ.presenter, occurrence=occ)
            present = set(occ.attendances.values_list("person_id", flat=True))
            for m in Membership.objects.filter(
                circle=occ.meeting.circle,
                status=MemberStatus.ACTIVE,
                role=MemberRole.FACILITATOR,
                person_id__in=present,
            ).select_related("person"):
                record_facilitated(person=m.person, occurrence=occ)
            Occurrence.objects.filter(pk=occ.pk).update(recorded_at=now)
            done += 1
    return done
