"""The one way to write to the learning record."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.utils import timezone

from samla.people.models import Person
from samla.record.enums import Source, Verb, Visibility
from samla.record.models import Activity


def record_append(
    *,
    actor: Person | None,
    verb: Verb | str,
    object_type: str,
    object_id: str | int,
    object_title: str = "",
    object_url: str = "",
    topics: Iterable[str] = (),
    context_type: str = "",
    context_id: str | int = "",
    visibility: Visibility | str = Visibility.ORGANISATION,
    timestamp: datetime | None = None,
    source: Source | str = Source.SAMLA,
) -> Activity:
    """Append one learning action. `actor=None` records an anonymous action: then nothing about
    the person, not even their unit, is stored."""
    if verb not in Verb.values:
        raise ValueError(f"unknown verb {verb!r}")
    return Activity.objects.create(
        actor=actor,
        unit_id=actor.unit_id if actor is not None else None,
        verb=verb,
        object_type=object_type,
        object_id=str(object_id),
        object_title=object_title[:300],
        object_url=object_url[:500],
        topics=sorted(set(topics)),
        context_type=context_type,
        context_id=str(context_id),
        visibility=visibility,
        timestamp=timestamp or timezone.now(),
        source=source,
    )
