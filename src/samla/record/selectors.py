"""Reads of the learning record."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Count, QuerySet
from django.utils import timezone

from samla.people.models import Person
from samla.people.permissions import can_see_activity_of
from samla.record.enums import Verb, Visibility
from samla.record.models import Activity

SHARING_VERBS = (
    Verb.SHARED,
    Verb.ANSWERED,
    Verb.PRESENTED,
    Verb.FACILITATED,
    Verb.MENTORED,
    Verb.HOSTED,
)


def activities_visible_to(viewer: Person, person: Person) -> QuerySet[Activity]:
    """The person's activity as `viewer` may see it: everything for oneself, only what the person
    published for colleagues who are allowed to see it at all, nothing otherwise."""
    if not can_see_activity_of(viewer, person):
        return Activity.objects.none()
    qs = Activity.objects.filter(actor=person)
    if viewer.pk != person.pk:
        qs = qs.filter(visibility=Visibility.ORGANISATION)
    return qs.order_by("-timestamp")


def activities_own(person: Person, *, since: datetime | None = None) -> QuerySet[Activity]:
    """Everything the record holds about the person, every visibility: it is their own data
    (the xAPI export and the statements API). Oldest stored first, so `since` pages forward."""
    qs = Activity.objects.filter(actor=person).select_related("actor")
    if since is not None:
        qs = qs.filter(stored__gt=since)
    return qs.order_by("stored", "id")


def activities_of(person: Person, *, viewer: Person, limit: int = 20) -> list[Activity]:
    return list(activities_visible_to(viewer, person)[:limit])


def sharing_counts(person_ids: list[int], *, days: int = 90) -> dict[int, int]:
    """How often each person shared (stories, answers, talks, mentoring) in the last `days`.

    Grouped by (actor, verb) with the sharing verbs picked here: with `verb IN (…)` in the query
    the planners prefer the verb index and walk every sharing row of the period.
    """
    if not person_ids:
        return {}
    since = timezone.now() - timedelta(days=days)
    rows = (
        Activity.objects.filter(
            actor_id__in=person_ids, visibility=Visibility.ORGANISATION, timestamp__gte=since
        )
        .values_list("actor_id", "verb")
        .annotate(n=Count("*"))
        .order_by()
    )
    wanted = set(SHARING_VERBS)
    counts: dict[int, int] = {}
    for actor_id, verb, n in rows:
        if verb in wanted:
            counts[actor_id] = counts.get(actor_id, 0) + n
    return counts
