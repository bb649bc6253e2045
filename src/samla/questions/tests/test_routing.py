"""The routing rules (questions/routing.py), as properties over any pool of helpers."""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from samla.questions.routing import (
    ROUND_ONE,
    ROUND_TWO,
    Candidate,
    choose,
    cover_band,
    tier,
    widen_due,
)

OUTSIDER = 10_000  # an asker who is not a helper of the topic

candidate = st.builds(
    Candidate,
    id=st.integers(1, 40),
    level=st.integers(1, 4),
    load=st.integers(0, 12),
    opted_out=st.booleans(),
    active=st.booleans(),
)
pools = st.lists(candidate, max_size=25, unique_by=lambda c: c.id)


def expert(i: int, load: int = 0, level: int = 4) -> Candidate:
    return Candidate(id=i, level=level, load=load)


# --- who may never be asked ---------------------------------------------------------------------


@given(
    pool=pools,
    asker=st.one_of(st.none(), st.integers(1, 40)),
    anonymous=st.booleans(),
    seed=st.integers(0, 2**32),
    count=st.integers(0, 8),
    round_=st.sampled_from([ROUND_ONE, ROUND_TWO]),
)
def test_never_the_asker_an_opted_out_or_inactive_person(
    pool: list[Candidate],
    asker: int | None,
    anonymous: bool,
    seed: int,
    count: int,
    round_: int,
) -> None:
    chosen = choose(
        pool, asker_id=asker, anonymous=anonymous, seed=seed, round_=round_, count=count
    )
    by_id = {c.id: c for c in pool}
    assert len(chosen) == len(set(chosen)) <= count
    assert asker not in chosen
    for pid in chosen:
        assert by_id[pid].active and not by_id[pid].opted_out
        if round_ == ROUND_ONE:
            assert by_id[pid].level >= 2  # level 1 only when widening


@given(pool=pools, asker=st.integers(1, 40), anonymous=st.booleans(), seed=st.integers(0, 2**32))
def test_the_second_round_never_repeats_the_first(
    pool: list[Candidate], asker: int, anonymous: bool, seed: int
) -> None:
    first = choose(pool, asker_id=asker, anonymous=anonymous, seed=seed)
    second = choose(
        pool,
        asker_id=asker,
        anonymous=anonymous,
        seed=seed + 1,
        round_=ROUND_TWO,
        already_asked=set(first),
    )
    assert not set(first) & set(second)
    assert asker not in second


@given(pool=pools, anonymous=st.booleans(), seed=st.integers(0, 2**32))
def test_the_choice_is_deterministic_given_the_seed(
    pool: list[Candidate], anonymous: bool, seed: int
) -> None:
    one = choose(pool, asker_id=3, anonymous=anonymous, seed=seed)
    assert choose(list(reversed(pool)), asker_id=3, anonymous=anonymous, seed=seed) == one


# --- level 3–4 first ----------------------------------------------------------------------------


@given(pool=pools, asker=st.integers(1, 40), seed=st.integers(0, 2**32), count=st.integers(1, 6))
def test_named_questions_ask_level_3_and_4_first(
    pool: list[Candidate], asker: int, seed: int, count: int
) -> None:
    chosen = set(choose(pool, asker_id=asker, anonymous=False, seed=seed, count=count))
    eligible = [c for c in pool if c.active and not c.opted_out and c.level >= 2]
    worst_asked = max((tier(c.level) for c in eligible if c.id in chosen), default=-1)
    for c in eligible:
        if c.id in chosen or c.id == asker or tier(c.level) >= worst_asked:
            continue
        # A better-placed person was passed over only for being above their fair share.
        same_tier = [o.load for o in eligible if tier(o.level) == tier(c.level)]
        assert c.load > sum(same_tier) / len(same_tier)


@given(pool=pools, asker=st.integers(1, 40), seed=st.integers(0, 2**32), count=st.integers(1, 6))
def test_named_questions_ask_as_many_as_they_can(
    pool: list[Candidate], asker: int, seed: int, count: int
) -> None:
    """With equal loads, exactly `count` (or everyone eligible), best tier first."""
    flat = [Candidate(c.id, c.level, 0, c.opted_out, c.active) for c in pool]
    chosen = choose(flat, asker_id=asker, anonymous=False, seed=seed, count=count)
    eligible = [c for c in flat if c.active and not c.opted_out and c.id != asker and c.level >= 2]
    assert len(chosen) == min(count, len(eligible))
    by_id = {c.id: c for c in flat}
    tiers = [tier(by_id[pid].level) for pid in chosen]
    assert tiers == sorted(tiers)
    left = [tier(c.level) for c in eligible if c.id not in chosen]
    assert not left or not tiers or min(left) >= max(tiers)


@given(pool=pools, asker=st.integers(1, 40), seed=st.integers(0, 2**32), count=st.integers(1, 6))
def test_anonymous_questions_ask_level_3_and_4_first(
    pool: list[Candidate], asker: int, seed: int, count: int
) -> None:
    chosen = choose(pool, asker_id=asker, anonymous=True, seed=seed, count=count)
    levels = {c.id: c.level for c in pool}
    shadow_top = [c for c in pool if c.active and not c.opted_out and c.level >= 3]
    asked_top = [pid for pid in chosen if levels[pid] >= 3]
    # As many level 3–4 people as the anonymity cover allows, lower levels only for the rest.
    assert len(asked_top) == cover_band(shadow_top, count)[1]


def test_level_3_and_4_share_the_first_tier_and_level_2_fills_in() -> None:
    pool = [expert(1, load=2), expert(2, load=1, level=3), expert(3, load=0, level=2)]
    assert choose(pool, asker_id=None, anonymous=False, seed=1, count=2) == [2, 1]
    assert choose(pool, asker_id=None, anonymous=False, seed=1, count=3) == [2, 1, 3]


def test_an_expert_far_above_their_fair_share_is_passed_over() -> None:
    pool = [expert(1, load=5), expert(2, load=1, level=3), expert(3, load=0, level=2)]
    assert choose(pool, asker_id=None, anonymous=False, seed=1, count=2) == [2, 3]


@given(seed=st.integers(0, 2**32), asker=st.sampled_from([1, 2, OUTSIDER]))
def test_anonymous_questions_with_many_equal_experts_ask_only_experts(
    seed: int, asker: int
) -> None:
    pool = [expert(i, load=2) for i in range(1, 8)] + [expert(i, level=2) for i in range(8, 12)]
    chosen = choose(pool, asker_id=asker, anonymous=True, seed=seed)
    assert len(chosen) == 3
    assert all(pid < 8 for pid in chosen)


# --- the load is spread -------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    pool=st.lists(
        st.builds(
            Candidate,
            id=st.integers(1, 30),
            level=st.integers(2, 4),
            opted_out=st.sampled_from([False, False, False, True]),
        ),
        min_size=1,
        max_size=14,
        unique_by=lambda c: c.id,
    ),
    questions=st.lists(
        st.tuples(st.booleans(), st.integers(1, 5), st.integers(0, 2**32), st.integers(0, 30)),
        min_size=20,
        max_size=120,
    ),
)
def test_no_helper_gets_more_than_their_fair_share_plus_one(
    pool: list[Candidate], questions: list[tuple[bool, int, int, int]]
) -> None:
    """Over many questions on one topic, each tier's helpers share its requests within one,
    whoever asks (askers come from inside the pool and outside it, named and anonymous)."""
    load: Counter[int] = Counter()
    for anonymous, count, seed, asker in questions:
        asker_id = asker if asker else OUTSIDER
        current = [Candidate(c.id, c.level, load[c.id], c.opted_out, c.active) for c in pool]
        picked = choose(current, asker_id=asker_id, anonymous=anonymous, seed=seed, count=count)
        for pid in picked:
            load[pid] += 1
        by_tier: dict[int, list[int]] = defaultdict(list)
        for c in pool:
            if not c.opted_out:
                by_tier[tier(c.level)].append(load[c.id])
        for loads in by_tier.values():
            fair_share = sum(loads) / len(loads)
            assert max(loads) <= math.ceil(fair_share) + 1, (
                anonymous,
                asker_id,
                picked,
                [(c.id, c.level, c.load) for c in current if not c.opted_out],
            )
    assert all(load[c.id] == 0 for c in pool if c.opted_out)


def test_named_questions_go_round_the_experts() -> None:
    load: Counter[int] = Counter()
    for seed in range(10):
        pool = [expert(i, load=load[i]) for i in range(1, 7)]
        for pid in choose(pool, asker_id=OUTSIDER, anonymous=False, seed=seed):
            load[pid] += 1
    assert sorted(load.values()) == [5, 5, 5, 5, 5, 5]


# --- anonymity: the people not asked do not point at the asker -----------------------------------


def _frequencies(pool: list[Candidate], asker: int, runs: int) -> Counter[tuple[int, ...]]:
    return Counter(
        tuple(choose(pool, asker_id=asker, anonymous=True, seed=seed)) for seed in range(runs)
    )


def test_a_skipped_expert_is_no_more_likely_the_asker_than_anyone_else() -> None:
    """The issue's worry: in a small pool, the low-load expert who is "mysteriously skipped" IS
    the asker. Here expert 1 has the lowest load; whether 1, 2, or someone outside the pool asks,
    every set of people asked is about as likely, and never impossible for only one of them."""
    pool = [expert(1, load=0), expert(2, load=1), expert(3, load=1), expert(4, load=2)]
    pool += [expert(i, load=0, level=2) for i in (5, 6)]
    runs = 6000
    worlds = {asker: _frequencies(pool, asker, runs) for asker in (1, 2, 3, 4, OUTSIDER)}
    observed = set().union(*worlds.values())
    for asked in observed:
        # Who could have asked, given what was seen: everyone not asked.
        possible = [a for a in worlds if a not in asked]
        counts = [worlds[a][asked] for a in possible]
        assert min(counts) > 0, (asked, dict(zip(possible, counts, strict=True)))
        assert max(counts) / min(counts) < 2.5, (asked, dict(zip(possible, counts, strict=True)))


def test_a_sole_expert_is_never_asked_anonymously_in_the_first_round() -> None:
    pool = [expert(1), *(expert(i, level=2) for i in range(2, 9))]
    for asker in (1, OUTSIDER):
        for seed in range(50):
            assert 1 not in choose(pool, asker_id=asker, anonymous=True, seed=seed)


@given(pool=pools, seed=st.integers(0, 2**32))
def test_how_many_are_asked_does_not_depend_on_who_asks(pool: list[Candidate], seed: int) -> None:
    sizes = {
        len(choose(pool, asker_id=asker, anonymous=True, seed=seed))
        for asker in [OUTSIDER, *(c.id for c in pool)]
    }
    assert len(sizes) == 1


@given(pool=pools, want=st.integers(0, 8))
def test_the_cover_band_leaves_out_at_least_as_many_as_it_asks(
    pool: list[Candidate], want: int
) -> None:
    band, take = cover_band(pool, want)
    assert 0 <= take <= want
    assert take == 0 or len(band) >= 2 * take


# --- the second round ---------------------------------------------------------------------------


def test_the_second_round_asks_more_people_and_lower_levels() -> None:
    pool = [expert(1), expert(2), expert(3, level=2), expert(4, level=1), expert(5, level=1)]
    first = choose(pool, asker_id=OUTSIDER, anonymous=False, seed=1)
    assert first == [1, 2, 3] or sorted(first) == [1, 2, 3]
    second = choose(
        pool, asker_id=OUTSIDER, anonymous=False, seed=2, round_=ROUND_TWO, already_asked=first
    )
    assert sorted(second) == [4, 5]


def test_widening_is_due_on_the_second_day() -> None:
    from datetime import date

    assert not widen_due(date(2026, 3, 1), date(2026, 3, 2))
    assert widen_due(date(2026, 3, 1), date(2026, 3, 3))
