"""The rota benchmark (issue #5): the presenter rota of 10,000 circles recomputed in ≤ 10 s.

Each circle has 6 members (drawn from the generated organisation), a weekly 15-minute meeting that
began four weeks ago with 16 stored occurrences, and attendance at the past ones. The case builds
them in a transaction that it rolls back afterwards, fills the rota once (untimed: the first fill
writes ~120,000 turns and happens once in a circle's life), then times what `samla periodic`
does every week: `rota_refresh_all` a week later. One wall-clock run, in seconds.
"""

from __future__ import annotations

import random
import time
from datetime import timedelta
from typing import Any

from bench.cases import Result, World

CIRCLES = 10_000
TARGET_S = 10.0
ROLLED_BACK = (
    "circles_circle",
    "circles_membership",
    "circles_meeting",
    "circles_occurrence",
    "circles_attendance",
)


class _Rollback(Exception):
    pass


def bulk_world(n_circles: int, people: list[Any], members_per_circle: int = 6) -> list[int]:
    """`n_circles` circles with members, a weekly meeting, 16 occurrences (4 past, attended) —
    written in bulk; returns the circles' ids. Also used by circles/tests/test_rota_scale.py."""
    from django.utils import timezone

    from samla.circles.enums import CircleKind, MemberStatus
    from samla.circles.models import Attendance, Circle, Meeting, Membership, Occurrence

    now = timezone.now().replace(microsecond=0)
    circles = Circle.objects.bulk_create(
        (
            Circle(name=f"Rota {i}", slug=f"rota-bench-{i}", kind=CircleKind.TEAM, language="en")
            for i in range(n_circles)
        ),
        batch_size=5000,
    )
    Membership.objects.bulk_create(
        (
            Membership(
                circle=c,
                person=people[(i + k) % len(people)],
                status=MemberStatus.ACTIVE,
                joined_at=now,
                rota_order=k,
            )
            for i, c in enumerate(circles)
            for k in range(members_per_circle)
        ),
        batch_size=5000,
    )
    first = now - timedelta(weeks=4)
    meetings = Meeting.objects.bulk_create(
        (
            Meeting(circle=c, title="Weekly", first_start=first, rrule="FREQ=WEEKLY;COUNT=20")
            for c in circles
        ),
        batch_size=5000,
    )
    occurrences = Occurrence.objects.bulk_create(
        (
            Occurrence(meeting=m, original_start=s, start=s, end=s + timedelta(minutes=15))
            for m in meetings
            for s in (first + timedelta(weeks=w, minutes=1) for w in range(16))
        ),
        batch_size=5000,
    )
    index = {c.pk: i for i, c in enumerate(circles)}
    Attendance.objects.bulk_create(
        (
            Attendance(occurrence=o, person=people[(index[o.meeting.circle_id] + k) % len(people)])
            for o in occurrences
            if o.start < now
            for k in range(members_per_circle)
        ),
        batch_size=5000,
        ignore_conflicts=True,
    )
    return [c.pk for c in circles]


def case_rota(world: World, backend: str, runs: int, rng: random.Random) -> Result:
    from django.db import connection, transaction
    from django.utils import timezone

    from samla.circles.services.rota import rota_refresh_all
    from samla.people.models import Person

    result = Result("circles_rota", "rota recomputed", backend, "", TARGET_S, "s")
    people = list(Person.objects.filter(is_active=True).order_by("?")[:3000])
    try:
        with transaction.atomic():
            ids = bulk_world(CIRCLES, people)
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:  # the planner must see the new rows
                    cursor.execute("ANALYZE circles_membership, circles_occurrence")
            started = time.perf_counter()
            turns = rota_refresh_all(circle_ids=ids)
            first = time.perf_counter() - started
            started = time.perf_counter()
            rota_refresh_all(circle_ids=ids, now=timezone.now() + timedelta(days=7))
            result.value = time.perf_counter() - started
            result.scale = f"{len(ids):,} circles, 6 members each"
            result.extra.update(first_fill_s=round(first, 2), turns=turns)
            result.note = f"first fill {first:.1f} s ({turns:,} turns), untimed"
            raise _Rollback
    except _Rollback:
        pass
    if connection.vendor == "postgresql":
        # The rolled-back rows stay as dead tuples until vacuumed; later cases (the calendar
        # feed, with --keep) would read through them: 20 ms became 230 ms.
        with connection.cursor() as cursor:
            for table in ROLLED_BACK:
                cursor.execute(f"VACUUM ANALYZE {table}")
    return result.finish()
