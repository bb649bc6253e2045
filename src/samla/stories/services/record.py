"""The one way the stories services write to the learning record about a story."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from samla.record.enums import Verb, Visibility
from samla.record.models import Activity
from samla.record.services import record_append
from samla.stories.models import Story

if TYPE_CHECKING:
    from samla.people.models import Person

OBJECT_TYPE = "story"


def record_visibility(story: Story) -> Visibility:
    """A story for a narrower audience than the organisation stays out of what colleagues see
    of a person's record (its title would reach people outside the audience)."""
    if story.audience_unit_id is None and story.circle_id is None:
        return Visibility.ORGANISATION
    return Visibility.PRIVATE


def story_record(
    *,
    actor: Person,
    verb: Verb,
    story: Story,
    topics: Iterable[str] | None = None,
    context_type: str = "",
    context_id: str = "",
    timestamp: datetime | None = None,
) -> Activity:
    """Append `actor` `verb` `story` (its title, address, topics, and the visibility its audience
    allows). `topics` saves a query when the caller has the slugs at hand."""
    if topics is None:
        topics = story.story_topics.values_list("skill__slug", flat=True)
    return record_append(
        actor=actor,
        verb=verb,
        object_type=OBJECT_TYPE,
        object_id=story.pk,
        object_title=story.title,
        object_url=story.get_absolute_url(),
        topics=list(topics),
        context_type=context_type,
        context_id=context_id,
        visibility=record_visibility(story),
        timestamp=timestamp,
    )
