"""Template tags of the care partials, which the story page includes with only `story` and
`viewer`: each asks the care selectors what this viewer may do and see."""

from __future__ import annotations

from typing import Any

from django import template

from samla.stories import selectors_care
from samla.stories.models import Comment, Story

register = template.Library()


def _person(viewer: Any) -> Any:
    return viewer if getattr(viewer, "is_authenticated", False) else None


@register.simple_tag
def care_actions_for(story: Story, viewer: Any) -> selectors_care.CareActions | None:
    person = _person(viewer)
    return selectors_care.care_actions(viewer=person, story=story) if person else None


@register.simple_tag
def leader_response_for(story: Story, viewer: Any) -> selectors_care.LeaderResponse | None:
    person = _person(viewer)
    return selectors_care.leader_response(viewer=person, story=story) if person else None


@register.simple_tag
def experiment_for(story: Story, viewer: Any) -> selectors_care.ExperimentPanel | None:
    person = _person(viewer)
    return selectors_care.experiment_panel(viewer=person, story=story) if person else None


@register.simple_tag
def care_comment_actions_for(
    comment: Comment, story: Story, viewer: Any
) -> selectors_care.CommentCareActions | None:
    """`story` is the comment's story, already loaded by the page (saves a query per comment)."""
    person = _person(viewer)
    if person is None:
        return None
    if comment.story_id == story.pk:
        comment.story = story
    return selectors_care.comment_care_actions(viewer=person, comment=comment)
