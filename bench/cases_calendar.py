"""The calendar feed benchmark (issue #5): a personal calendar feed with 500 events ≤ 30 ms.

Each of 20 viewers (from the generated organisation) belongs to 9 circles, each with a weekly
learning meeting that began 30 days ago: the occurrences of the stored horizon (12 weeks) come
from the database, the rest of the year from the rule, as in production — about 500 events a
feed. Timed: the feed request through Django's test client without a session (as a calendar
program fetches it: key look-up, the selector's queries, the iCalendar text). The data is made
on first use (idempotent: circles `bench-calendar-*`), so `--keep` reuses it.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bench.cases import Result, World, measure

FEED_TARGET_MS = {"postgres": 30.0, "sqlite": 30.0}
VIEWERS = 20
CIRCLES_EACH = 9
SLUG = "bench-calendar-"
DAYS = ("MO", "TU", "WE", "TH", "FR")

_state: dict[str, Any] = {}


def _ensure(world: World, rng: random.Random) -> list[str]:
    """Circles, memberships, meetings and keys for the viewers; returns their feed URLs."""
    if "urls" in _state:
        return list(_state["urls"])
    from django.db import transaction
    from django.urls import reverse
    from django.utils import timezone

    from samla.circles import services_calendar
    from samla.circles.models import Circle, Meeting, Membership
    from samla.circles.services import meetings as meeting_services
    from samla.people.models import Person

    viewers = [v for v in world.viewers if v.is_active][:VIEWERS]
    if len(viewers) < VIEWERS:
        extra = Person.objects.filter(is_active=True).exclude(pk__in=[v.pk for v in viewers])
        viewers += list(extra[: VIEWERS - len(viewers)])
    n_circles = len(viewers) * CIRCLES_EACH // 3  # each circle has about 3 of the viewers
    tz = ZoneInfo("Europe/Copenhagen")
    today = timezone.now().astimezone(tz).date() - timedelta(days=30)
    with transaction.atomic():
        have = set(Circle.objects.filter(slug__startswith=SLUG).values_list("slug", flat=True))
        for i in range(n_circles):
            slug = f"{SLUG}{i}"
            if slug in have:
                continue
            circle = Circle.objects.create(
                name=f"Bench calendar circle {i}",
                slug=slug,
                kind="team",
                language="en",
                description="",
            )
            day = today + timedelta(days=i % 5)
            while day.weekday() > 4:
                day += timedelta(days=1)
            start = datetime(day.year, day.month, day.day, 8 + i % 8, 0, tzinfo=tz)
            meeting = Meeting.objects.create(
                circle=circle,
                title=f"Weekly learning {i}",
                agenda="What did we learn this week?\n\n- one tool\n- one mistake",
                place=f"Room {i % 12}, floor {i % 4}",
                timezone="Europe/Copenhagen",
                first_start=start,
                duration=15,
                rrule=f"FREQ=WEEKLY;BYDAY={DAYS[start.weekday()]};COUNT=60",
            )
            meeting_services.occurrences_materialise(meeting=meeting)
        circles = list(Circle.objects.filter(slug__startswith=SLUG).order_by("pk"))
        pick = random.Random(5)
        for viewer in viewers:
            mine = pick.sample(circles, k=min(CIRCLES_EACH, len(circles)))
            for circle in mine:
                Membership.objects.get_or_create(
                    circle=circle, person=viewer, defaults={"status": "active"}
                )
    urls = []
    for viewer in viewers:
        key = services_calendar.calendar_key_create(person=viewer)
        token = services_calendar.token_for(key)
        urls.append(reverse("circles:calendar-feed", args=[token]))
    _state["urls"] = urls
    return urls


def case_calendar_feed(world: World, backend: str, runs: int, rng: random.Random) -> Result:
    from django.test import Client

    urls = _ensure(world, rng)
    client = Client(raise_request_exception=True)
    sizes: list[int] = []
    for url in urls:  # also notes last_used_at, so the timed runs do not write
        response = client.get(url)
        if response.status_code != 200:
            raise RuntimeError(f"GET {url} answered {response.status_code}")
        sizes.append(response.content.count(b"BEGIN:VEVENT"))
    scale = f"{len(urls)} people, ~{sum(sizes) // max(len(sizes), 1)} events a feed"
    result = Result(
        "circles_calendar_feed",
        "personal calendar feed",
        backend,
        scale,
        FEED_TARGET_MS[backend],
        "ms",
    )

    def one() -> None:
        client.get(rng.choice(urls))

    result.samples, result.cpu = measure(one, runs)
    result.extra["events_per_feed"] = {"min": min(sizes), "max": max(sizes)}
    return result.finish()
