"""Who presents (or facilitates) at each upcoming meeting of a circle: a pure, deterministic
rotation with no Django imports, so it can be tested with hypothesis and benchmarked alone.

The rules (issue #5):

- least recently presented first; someone who has never presented comes before everyone who has,
  earliest member first;
- nobody presents before they have attended two meetings (newcomers are projected to attend the
  meetings they are available for, so the plan shows when they join the rota);
- people on leave or opted out are skipped for those dates; because the rotation is ordered by
  who presented longest ago, a skipped person keeps their place and comes back first;
- two people swap by agreeing: `apply_swaps` exchanges their two turns in the plan and changes
  nothing else, so nobody presents more or less often than without the swap. A swap holds only
  while the plan still gives those dates to those people (else it is void, and says so);
- every assignment says why: the person's last presentation (or that they have not presented).

`plan()` takes the state before the first planned date and returns one `Turn` per slot.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

MIN_ATTENDED = 2


@dataclass(frozen=True)
class Member:
    id: int
    order: int  # a stable tie-break, e.g. the position in the circle's join order
    attended: int = 0  # meetings attended so far
    last_presented: date | None = None
    opted_out: bool = False


@dataclass(frozen=True)
class Slot:
    date: date
    away: frozenset[int] = field(default_factory=frozenset)  # on leave (or otherwise away) that day
    fixed: int | None = None  # a presenter already agreed (a swap, a volunteer)


@dataclass(frozen=True)
class Turn:
    date: date
    presenter: int | None  # None: nobody eligible is available
    last_presented: datetime.date | None  # why this person: when they last presented (None: never)
    fixed: bool = False


@dataclass
class _State:
    member: Member
    attended: int
    last: date | None


def _key(state: _State) -> tuple[int, date, int]:
    never = state.last is None
    return (0 if never else 1, state.last or date.min, state.member.order)


def plan(members: Iterable[Member], slots: Sequence[Slot]) -> list[Turn]:
    """One Turn per slot, in date order. Slots must be in strictly increasing date order."""
    for earlier, later in pairwise(slots):
        if not earlier.date < later.date:
            raise ValueError("slots must be in strictly increasing date order")
    states = {m.id: _State(m, m.attended, m.last_presented) for m in members}
    turns: list[Turn] = []
    for slot in slots:
        fixed = slot.fixed if slot.fixed in states else None
        if fixed is not None:
            chosen: _State | None = states[fixed]
        else:
            eligible = [
                s
                for s in states.values()
                if not s.member.opted_out
                and s.attended >= MIN_ATTENDED
                and s.member.id not in slot.away
            ]
            chosen = min(eligible, key=_key) if eligible else None
        turns.append(
            Turn(
                date=slot.date,
                presenter=chosen.member.id if chosen else None,
                last_presented=chosen.last if chosen else None,
                fixed=fixed is not None,
            )
        )
        if chosen is not None:
            chosen.last = slot.date
        # Everyone who is not away is projected to attend (the presenter included).
        for state in states.values():
            if state.member.id not in slot.away and not state.member.opted_out:
                state.attended += 1
    return turns


@dataclass(frozen=True)
class Swap:
    """A agreed to present on B's date and B on A's."""

    date_a: date
    person_a: int
    date_b: date
    person_b: int


def apply_swaps(
    turns: Sequence[Turn], slots: Sequence[Slot], swaps: Iterable[Swap]
) -> tuple[list[Turn], list[Swap]]:
    """The plan with each valid swap applied, and the swaps that no longer apply (the plan moved
    on: someone else now has one of the dates, or one of the two is away on the other's date)."""
    out = list(turns)
    index = {t.date: i for i, t in enumerate(out)}
    away = {s.date: s.away for s in slots}
    void: list[Swap] = []
    for sw in swaps:
        i, j = index.get(sw.date_a), index.get(sw.date_b)
        if (
            i is None
            or j is None
            or out[i].presenter != sw.person_a
            or out[j].presenter != sw.person_b
            or sw.person_a in away.get(sw.date_b, ())
            or sw.person_b in away.get(sw.date_a, ())
        ):
            void.append(sw)
            continue
        ti, tj = out[i], out[j]
        out[i] = Turn(ti.date, tj.presenter, tj.last_presented, fixed=True)
        out[j] = Turn(tj.date, ti.presenter, ti.last_presented, fixed=True)
    return out, void
