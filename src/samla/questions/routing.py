"""Who is asked to help with a question: a pure, deterministic (given a seed) choice with no Django
imports, so it can be tested with hypothesis and benchmarked alone. The service
(`services_routing.py`) reads the candidates from the database and records who was asked.

The rules (issue #4):

- only people who said they can help with one of the question's topics, who are active and have
  not opted out ("don't route questions to me"); never the asker;
- level 3–4 ("experienced", "expert") first, as one tier, so the load is spread over both; then
  level 2; level 1 (or no level given) only in the second round;
- the load is spread: each candidate carries how many routing requests they received recently,
  and the least loaded are asked first, so nobody gets more than their fair share plus one;
- after 48 hours without an answer a second, wider round asks more people, lower levels included,
  never anyone asked in the first round.

## Fair shares

Within a tier, the candidates (the asker included) are the pool whose requests should be shared
evenly. When t of its n people are asked and the pool has received T requests, nobody whose load
is above ceil((T + t) / n) is asked (`fair_ceiling`): afterwards nobody is above the fair share
plus one, and as every question keeps it so, it holds over any number of questions, whoever
asks. Someone far above their share (many requests from other topics) is passed over, even if
that means asking fewer people, or people of the next tier.

## Named questions

Tier by tier, the candidates (minus the asker) are ranked by (recent load, a seeded random
tie-break), and as many as possible of the least loaded are asked within the fair ceiling.

## Anonymous questions: the people *not* asked must not point at the asker

Whoever can see who was asked (the helpers themselves, or anyone reading the database) also knows
the rule and everyone's load. With the named rule, an anonymous asker who is one of the few
experts of their own topic would be "the expert who should have been asked and was not" — in a
small pool that is the asker, certainly. So for anonymous questions the choice is built so that
leaving the asker out looks like leaving anyone else out:

1. The pool is computed **as if the asker were not asking** ("shadow pool": the asker is in it
   with their real level and load if they are a candidate). Everything that follows, except the
   final draw, depends only on that pool, never on who the asker is.
2. Tier by tier, a *band* of the pool and a number `take` are fixed: `take` people are drawn,
   uniformly at random, from the band minus the asker. `take` is at most half the band, so at
   least as many band members are left out as are asked — even when the asker is not in the pool.
3. Likelihood: for a band of b people of whom t are asked, the chance of seeing a given set S is
   1/C(b−1, t) if the asker is any band member outside S (all equal: nobody in the band stands
   out), and 1/C(b, t) if the asker is outside the band. The ratio b/(b−t) is at most 2. So the
   observed set moves the odds that a given unasked person asked by at most a factor of 2 per
   round, and never singles out one of them. People outside the band (higher load, other tier)
   are never drawn, whoever asks, so their not being asked says nothing.
4. Fair load is kept by the band: it holds the people at or below the fair ceiling (above), so
   the spread guarantee holds for anonymous questions too, with randomness in who is asked.
5. The seed must be secret and unstored (the service draws 128 bits from `secrets`): with the
   seed, anyone could replay the draw for each possible asker and see which one yields S.

The cost: an anonymous question in a very small pool reaches fewer people (a sole expert is
never asked in the first round, because asking them when they are not the asker, and not asking
them when they are, would say who asked). The second round and the unanswered list cover that.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

ROUND_ONE = 1
ROUND_TWO = 2
ROUND_ONE_COUNT = 3
ROUND_TWO_COUNT = 5
# Level 3–4 form the first tier, then 2, then 1 (second round only).
FIRST_TIER_LEVEL = 3
ROUND_TIERS: dict[int, tuple[int, ...]] = {ROUND_ONE: (0, 1), ROUND_TWO: (0, 1, 2)}
LOAD_WINDOW_DAYS = 30  # "recent" routing requests, counted for the load
WIDEN_AFTER = timedelta(hours=48)


@dataclass(frozen=True)
class Candidate:
    id: int
    level: int  # the best level (1–4) among the question's topics; 1 also for "no level given"
    load: int = 0  # routing requests received in the last LOAD_WINDOW_DAYS
    opted_out: bool = False
    active: bool = True


def tier(level: int) -> int:
    """0 for level 3–4, 1 for level 2, 2 for level 1."""
    if level >= FIRST_TIER_LEVEL:
        return 0
    return 1 if level == 2 else 2


def _eligible(
    candidates: Iterable[Candidate], round_: int, already_asked: Collection[int]
) -> list[Candidate]:
    tiers = ROUND_TIERS[round_]
    unique: dict[int, Candidate] = {}
    for c in candidates:
        if not c.active or c.opted_out or c.id in already_asked or tier(c.level) not in tiers:
            continue
        known = unique.get(c.id)
        if known is None or c.level > known.level:
            unique[c.id] = c
    return sorted(unique.values(), key=lambda c: c.id)


def cover_band(pool: Sequence[Candidate], want: int) -> tuple[list[Candidate], int]:
    """For anonymous questions: the band of `pool` (one tier of the shadow pool) to draw from,
    and how many to draw (at most `want`, at most half the band). Depends on the pool only."""
    n = len(pool)
    for take in range(min(want, n // 2), 0, -1):
        band = [c for c in pool if c.load <= fair_ceiling(pool, take)]
        if len(band) >= 2 * take:
            return band, take
    return [], 0


def fair_ceiling(pool: Sequence[Candidate], take: int) -> int:
    """The highest load at which someone in `pool` may be asked when `take` of them are: their
    fair share after this question, rounded up. Asking only people at or below it keeps everyone
    within their fair share plus one, whoever asks (the pool counts the asker too)."""
    return -(-(sum(c.load for c in pool) + take) // len(pool))


def least_loaded(
    pool: Sequence[Candidate], ranked: Sequence[Candidate], want: int
) -> list[Candidate]:
    """For named questions: the most people (at most `want`) that can be asked from `ranked`
    (`pool` minus the asker, least loaded first) without lifting anyone above the fair share."""
    for take in range(min(want, len(ranked)), 0, -1):
        if ranked[take - 1].load <= fair_ceiling(pool, take):
            return list(ranked[:take])
    return []


def choose(
    candidates: Iterable[Candidate],
    *,
    asker_id: int | None,
    anonymous: bool,
    seed: int,
    round_: int = ROUND_ONE,
    count: int | None = None,
    already_asked: Collection[int] = frozenset(),
) -> list[int]:
    """The ids of the people to ask, for one round of one question.

    candidates     everyone who said they can help with one of the question's topics, within its
                   audience, the asker included if they are one (it matters for anonymous ones)
    asker_id       never asked; None when unknown
    anonymous      choose with the anonymity cover described in the module docstring
    seed           all randomness comes from it (tie-breaks, anonymous draws)
    round_         ROUND_ONE at publication, ROUND_TWO when widening
    count          how many to ask (default 3 in the first round, 5 in the second)
    already_asked  people asked in an earlier round of this question: never asked again
    """
    if round_ not in ROUND_TIERS:
        raise ValueError(f"unknown routing round {round_!r}")
    if count is None:
        count = ROUND_ONE_COUNT if round_ == ROUND_ONE else ROUND_TWO_COUNT
    if count <= 0:
        return []
    # Reproducible from the seed (tests); unpredictable because the service's seed is 128
    # secret bits, thrown away after the draw.
    rng = random.Random(seed)  # noqa: S311
    pool = _eligible(candidates, round_, already_asked)
    if not anonymous:
        tie_break = {c.id: rng.random() for c in pool}
        named: list[int] = []
        for t in ROUND_TIERS[round_]:
            in_tier = [c for c in pool if tier(c.level) == t]
            ranked = sorted(
                (c for c in in_tier if c.id != asker_id),
                key=lambda c: (c.load, tie_break[c.id]),
            )
            named.extend(c.id for c in least_loaded(in_tier, ranked, count - len(named)))
        return named
    chosen: list[int] = []
    for t in ROUND_TIERS[round_]:
        remaining = count - len(chosen)
        if remaining <= 0:
            break
        band, take = cover_band([c for c in pool if tier(c.level) == t], remaining)
        if take:
            chosen.extend(c.id for c in rng.sample([c for c in band if c.id != asker_id], take))
    return sorted(chosen)


def widen_due(asked_on: date, today: date) -> bool:
    """Whether a question first routed on `asked_on` is due for its second round on `today`.

    Dates only (an anonymous question has no exact time), so the second round comes 48 to 72
    hours after the first, whenever the periodic command runs on the second day after."""
    return (today - asked_on).days >= WIDEN_AFTER.days
