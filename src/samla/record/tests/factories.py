from __future__ import annotations

from datetime import datetime
from typing import Any

from samla.people.models import Person
from samla.record.enums import Verb, Visibility
from samla.record.models import Activity
from samla.record.services import record_append


def activity(
    actor: Person | None,
    verb: Verb = Verb.SHARED,
    *,
    object_type: str = "story",
    object_id: str | int = 1,
    object_title: str = "What I learned about retros",
    visibility: Visibility = Visibility.ORGANISATION,
    timestamp: datetime | None = None,
    **extra: Any,
) -> Activity:
    """One row of the learning record, written the only way apps write it."""
    return record_append(
        actor=actor,
        verb=verb,
        object_type=object_type,
        object_id=object_id,
        object_title=object_title,
        visibility=visibility,
        timestamp=timestamp,
        **extra,
    )
