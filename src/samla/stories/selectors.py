"""Reads. Every list of stories starts from `stories_visible_to`, or applies `audience_q`, so the
audience rule in SQL is the one in permissions.in_audience."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet

from samla.stories.enums import StoryState
from samla.stories.models import Story, StoryDraft
from samla.stories.permissions import can_view_story, unit_ancestor_ids

if TYPE_CHECKING:
    from samla.people.models import Person


def audience_q(viewer: Person, prefix: str = "") -> Q:
    """Stories whose audience includes the viewer (the whole organisation, or the viewer's unit or
    a unit above it). `prefix` lets the rule apply through a relation (e.g. "story__")."""
    org_wide = Q(**{f"{prefix}audience_unit__isnull": True})
    ancestors = unit_ancestor_ids(viewer)
    audience = (
        org_wide | Q(**{f"{prefix}audience_unit_id__in": ancestors}) if ancestors else org_wide
    )
    return audience & Q(**{f"{prefix}circle_id__isnull": True})


def stories_visible_to(viewer: Person) -> QuerySet[Story]:
    """Published stories the viewer may read (not their own hidden ones: see story_get_visible)."""
    if not viewer.is_active:
        return Story.objects.none()
    return Story.objects.filter(audience_q(viewer), state=StoryState.PUBLISHED)


def story_get_visible(*, viewer: Person, pk: int) -> Story | None:
    """One story if the viewer may read it (their own hidden story, and hidden ones for
    moderators, included), else None: callers answer 404 so existence does not leak."""
    story = (
        Story.objects.select_related("author", "author__unit", "audience_unit", "sponsor")
        .filter(pk=pk)
        .first()
    )
    if story is None or not can_view_story(viewer, story):
        return None
    return story


def drafts_of(person: Person) -> QuerySet[StoryDraft]:
    """A person's drafts, newest first. Drafts are read by nobody else, ever."""
    return StoryDraft.objects.filter(author=person).order_by("-updated_at", "-id")


def draft_get_own(*, person: Person, pk: int) -> StoryDraft | None:
    return StoryDraft.objects.filter(author=person, pk=pk).first()
