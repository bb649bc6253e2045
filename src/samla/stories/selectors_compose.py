"""Reads for writing stories: the composer's choices (audiences, sponsors, topics), a draft's
media, a story's history. Drafts are only ever read for their author."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet

from samla.people.enums import Role
from samla.people.models import OrgUnit, Person, Skill
from samla.people.selectors import people_active, skills_matching
from samla.stories.models import Story, StoryDraft, StoryMedia, StoryRevision
from samla.stories.permissions import unit_ancestor_ids

SPONSOR_CHOICES_MAX = 50


def audience_units(person: Person, *, current: OrgUnit | None = None) -> list[OrgUnit]:
    """Units a person may address a story to: their own unit and every unit above it, nearest
    first (plus the story's current audience, so an edit never silently widens it)."""
    ids = set(unit_ancestor_ids(person))
    if current is not None:
        ids.add(current.pk)
    return list(OrgUnit.objects.filter(pk__in=ids).order_by("-depth", "name"))


def _has_active_reports() -> Exists:
    return Exists(Person.objects.filter(manager=OuterRef("pk"), is_active=True))


def person_active_manager_by_email(email: str) -> Person | None:
    """The active person with this email address if they manage someone, else None."""
    return (
        people_active()
        .filter(_has_active_reports(), email__iexact=email.strip())
        .select_related("unit")
        .first()
    )


def sponsor_suggestions(person: Person) -> list[Person]:
    """Managers a person is likely to ask to sponsor an experiment: their own manager and the
    managers in their unit and the units above it."""
    ids = unit_ancestor_ids(person)
    qs = (
        people_active()
        .filter(_has_active_reports())
        .exclude(pk=person.pk)
        .filter(unit_id__in=ids)
        .order_by("full_name", "pk")
    )
    found = list(qs[:SPONSOR_CHOICES_MAX])
    manager = person.manager
    if manager is not None and manager.is_active and manager not in found:
        found.insert(0, manager)
    return found


TOPIC_SUGGESTIONS = 12


def topic_picker_context(chosen_ids: list[int], query: str) -> dict[str, Any]:
    """What components/_topic_picker.html shows: the chosen topics, and skills matching what was
    typed (in any language) that are not chosen yet. Stories and questions share the picker."""
    chosen = skills_by_ids(chosen_ids)
    suggestions: list[Skill] = []
    if query:
        chosen_set = set(chosen_ids)
        suggestions = [
            s
            for s in skills_matching(query, limit=TOPIC_SUGGESTIONS + len(chosen_set))
            if s.pk not in chosen_set
        ][:TOPIC_SUGGESTIONS]
    return {"topics_chosen": chosen, "topic_query": query, "topic_suggestions": suggestions}


def skills_by_ids(ids: Iterable[int]) -> list[Skill]:
    wanted = list(dict.fromkeys(ids))
    by_id = Skill.objects.in_bulk(wanted)
    return [by_id[i] for i in wanted if i in by_id]


def draft_for_story(*, person: Person, story: Story) -> StoryDraft | None:
    """The author's unsaved edit of a published story, if any."""
    return StoryDraft.objects.filter(author=person, story=story).first()


def draft_for_key(*, person: Person, key: str) -> StoryDraft | None:
    """A new story's draft by the key its composer page was given (so a second autosave from the
    same page never makes a second draft)."""
    if not key:
        return None
    return StoryDraft.objects.filter(author=person, story=None, data__draft_key=key).first()


def story_published_from_page(*, person: Person, key: str) -> Story | None:
    """The story a composer page (by its key) already published, if any."""
    if not key:
        return None
    return Story.objects.filter(author=person, publish_key=key[:64]).first()


def composer_media(*, draft: StoryDraft | None, story: Story | None) -> list[StoryMedia]:
    """Media shown in the composer: the story's (when editing) and those uploaded to the
    draft, in order."""
    media: list[StoryMedia] = []
    if story is not None:
        media += list(StoryMedia.objects.filter(story=story))
    if draft is not None and draft.pk is not None:
        media += list(StoryMedia.objects.filter(draft=draft, story=None))
    return media


def media_get(pk: int) -> StoryMedia | None:
    return (
        StoryMedia.objects.select_related("story", "story__author", "story__audience_unit", "draft")
        .filter(pk=pk)
        .first()
    )


def revisions_of(story: Story) -> QuerySet[StoryRevision]:
    return StoryRevision.objects.filter(story=story).select_related("editor")


def learning_leads(*, limit: int) -> list[Person]:
    """Learning leads first, then organisation admins (who are learning leads too)."""
    return list(
        people_active()
        .filter(role__in=[Role.LEARNING_LEAD, Role.ORG_ADMIN])
        .select_related("unit")
        .order_by("role", "pk")[:limit]
    )
