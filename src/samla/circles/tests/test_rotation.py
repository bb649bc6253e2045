"""The presenter rotation's rules, as properties over any sequence of meetings."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samla.circles.rotation import MIN_ATTENDED, Member, Slot, Swap, apply_swaps, plan

START = date(2026, 1, 5)


def weekly(n: int, away: dict[int, frozenset[int]] | None = None) -> list[Slot]:
    away = away or {}
    return [Slot(START + timedelta(weeks=i), away.get(i, frozenset())) for i in range(n)]


def regulars(n: int) -> list[Member]:
    return [Member(id=i, order=i, attended=MIN_ATTENDED) for i in range(n)]


def test_never_presented_first_then_least_recently() -> None:
    members = [
        Member(1, order=0, attended=5, last_presented=date(2025, 12, 1)),
        Member(2, order=1, attended=5, last_presented=date(2025, 11, 1)),
        Member(3, order=2, attended=5),
    ]
    turns = plan(members, weekly(4))
    assert [t.presenter for t in turns] == [3, 2, 1, 3]
    assert [t.last_presented for t in turns] == [None, date(2025, 11, 1), date(2025, 12, 1), START]


def test_a_newcomer_presents_only_after_attending_two_meetings() -> None:
    members = [*regulars(1), Member(9, order=9, attended=0)]
    turns = plan(members, weekly(4))
    # Meetings 1 and 2 are the newcomer's first two; from the third they are in the rota.
    assert [t.presenter for t in turns] == [0, 0, 9, 0]


def test_a_person_on_leave_is_skipped_and_comes_back_first() -> None:
    members = regulars(3)
    turns = plan(members, weekly(5, away={0: frozenset({0}), 1: frozenset({0})}))
    assert [t.presenter for t in turns] == [1, 2, 0, 1, 2]


def test_opted_out_people_are_never_picked() -> None:
    members = [*regulars(2), Member(5, order=5, attended=10, opted_out=True)]
    assert 5 not in {t.presenter for t in plan(members, weekly(10))}


def test_nobody_available_leaves_the_date_open() -> None:
    turns = plan(regulars(1), weekly(2, away={0: frozenset({0})}))
    assert [t.presenter for t in turns] == [None, 0]


def test_a_swap_exchanges_two_dates_and_nothing_else() -> None:
    slots = weekly(4)
    before = plan(regulars(3), slots)
    assert [t.presenter for t in before] == [0, 1, 2, 0]
    after, void = apply_swaps(before, slots, [Swap(slots[0].date, 0, slots[2].date, 2)])
    assert void == []
    assert [t.presenter for t in after] == [2, 1, 0, 0]
    assert [t.fixed for t in after] == [True, False, True, False]


def test_a_swap_with_someone_away_on_that_date_is_void() -> None:
    slots = weekly(3, away={2: frozenset({0})})
    turns = plan(regulars(3), slots)
    assert [t.presenter for t in turns] == [0, 1, 2]
    swap = Swap(slots[0].date, 0, slots[2].date, 2)
    after, void = apply_swaps(turns, slots, [swap])
    assert (after, void) == (turns, [swap])


def test_a_swap_the_plan_has_moved_past_is_void() -> None:
    slots = weekly(3)
    turns = plan(regulars(3), slots)
    swap = Swap(slots[0].date, 1, slots[1].date, 0)  # the plan has 0 then 1, not 1 then 0
    assert apply_swaps(turns, slots, [swap]) == (turns, [swap])


def test_slots_out_of_order_are_refused() -> None:
    with pytest.raises(ValueError, match="increasing"):
        plan(regulars(2), [Slot(START), Slot(START)])


# --- Properties --------------------------------------------------------------------------------

people = st.integers(min_value=1, max_value=12)
weeks = st.integers(min_value=1, max_value=60)


@st.composite
def world(draw: st.DrawFn) -> tuple[list[Member], list[Slot], set[int]]:
    n = draw(people)
    members = [
        Member(
            id=i,
            order=draw(st.integers(0, 100)),
            attended=draw(st.integers(0, 4)),
            last_presented=draw(st.none() | st.dates(date(2024, 1, 1), date(2025, 12, 31))),
            opted_out=draw(st.booleans()) if i % 4 == 3 else False,
        )
        for i in range(n)
    ]
    n_slots = draw(weeks)
    # Some people are away on some dates; the others ("steady") never are.
    steady = set(draw(st.sets(st.integers(0, n - 1))))
    away = {
        i: frozenset(draw(st.sets(st.integers(0, n - 1).filter(lambda p: p not in steady))))
        for i in range(n_slots)
    }
    return members, weekly(n_slots, away), steady


@settings(max_examples=300, deadline=None)
@given(world())
def test_nobody_ineligible_is_ever_picked(w: tuple[list[Member], list[Slot], set[int]]) -> None:
    members, slots, _ = w
    attended = {m.id: m.attended for m in members}
    by_id = {m.id: m for m in members}
    for slot, turn in zip(slots, plan(members, slots), strict=True):
        if turn.presenter is not None:
            assert turn.presenter not in slot.away
            assert not by_id[turn.presenter].opted_out
            assert attended[turn.presenter] >= MIN_ATTENDED
        for m in members:
            if m.id not in slot.away and not m.opted_out:
                attended[m.id] += 1


@settings(max_examples=300, deadline=None)
@given(world())
def test_steady_members_present_within_one_turn_of_each_other(
    w: tuple[list[Member], list[Slot], set[int]],
) -> None:
    members, slots, steady = w
    turns = plan(members, slots)
    eligible_from = _eligible_from(members, slots)
    # Count from the first date on which every steady, opted-in member is eligible.
    group = {m.id for m in members if m.id in steady and not m.opted_out}
    if len(group) < 2:
        return
    start = max(eligible_from[p] for p in group)
    counts = Counter(t.presenter for t in turns[start:] if t.presenter in group)
    # Catching up: someone who presented long ago may go first once; after that, within one.
    spread = max(counts[p] for p in group) - min(counts[p] for p in group)
    assert spread <= 1


def _eligible_from(members: list[Member], slots: list[Slot]) -> dict[int, int]:
    attended = {m.id: m.attended for m in members}
    first: dict[int, int] = {}
    for i, slot in enumerate(slots):
        for m in members:
            if attended[m.id] >= MIN_ATTENDED:
                first.setdefault(m.id, i)
        for m in members:
            if m.id not in slot.away:
                attended[m.id] += 1
    for m in members:
        first.setdefault(m.id, len(slots))
    return first


@settings(max_examples=300, deadline=None)
@given(world(), st.data())
def test_swaps_change_only_their_two_dates(
    w: tuple[list[Member], list[Slot], set[int]], data: st.DataObject
) -> None:
    members, slots, _ = w
    turns = plan(members, slots)
    planned = [i for i, t in enumerate(turns) if t.presenter is not None]
    if len(planned) < 2:
        return
    a, b = data.draw(st.lists(st.sampled_from(planned), min_size=2, max_size=2, unique=True))
    swap = Swap(turns[a].date, turns[a].presenter, turns[b].date, turns[b].presenter)  # type: ignore[arg-type]
    after, void = apply_swaps(turns, slots, [swap])
    assert Counter(t.presenter for t in after) == Counter(t.presenter for t in turns)
    if void:
        assert after == turns
        return
    assert after[a].presenter == turns[b].presenter and after[b].presenter == turns[a].presenter
    assert all(after[i] == turns[i] for i in range(len(turns)) if i not in {a, b})
    for slot, turn in zip(slots, after, strict=True):
        assert turn.presenter not in slot.away
