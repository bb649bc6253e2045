"""Who may do what with stories. Views, API, feeds, Atom and tests call only these (and the
selectors built on `audience_q`, which apply the same rule in SQL)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from samla.core.audiences import circle_ids_for
from samla.people.models import PATH_STEP
from samla.stories.enums import CommentState, ExperimentStatus, StoryKind, StoryState

if TYPE_CHECKING:
    from samla.people.models import Person
    from samla.stories.models import Comment, Story


def unit_ancestor_ids(person: Person) -> list[int]:
    """The ids of the person's unit and every unit above it, read from its materialised path
    (zero-padded ids), without a query."""
    unit = person.unit if person.unit_id is not None else None
    if unit is None:
        return []
    path = unit.path
    return [int(path[i : i + PATH_STEP]) for i in range(0, len(path), PATH_STEP)]


def in_audience(viewer: Person, story: Story) -> bool:
    """The audience rule, in Python (selectors.audience_q is the same rule in SQL)."""
    if story.circle_id is not None:
        return story.circle_id in circle_ids_for(viewer)
    if story.audience_unit_id is None:
        return True
    return story.audience_unit_id in unit_ancestor_ids(viewer)


def can_moderate(viewer: Person) -> bool:
    """Learning leads (and organisation admins) run the moderation queue."""
    return viewer.is_learning_lead


def can_view_story(viewer: Person, story: Story) -> bool:
    if not viewer.is_active:
        return False
    if story.state == StoryState.REMOVED:
        return False
    if viewer.pk == story.author_id:
        return True
    if story.state == StoryState.HIDDEN:
        return can_moderate(viewer)
    return in_audience(viewer, story)


def can_edit_story(viewer: Person, story: Story) -> bool:
    return viewer.is_active and viewer.pk == story.author_id and story.state != StoryState.REMOVED


def can_delete_story(viewer: Person, story: Story) -> bool:
    """Authors delete their own; organisation admins remove anything (with an audit entry)."""
    return can_edit_story(viewer, story) or (viewer.is_org_admin and can_view_story(viewer, story))


def can_interact(viewer: Person, story: Story) -> bool:
    """React, comment, bookmark: only on a published story the viewer may read."""
    return story.state == StoryState.PUBLISHED and can_view_story(viewer, story)


def can_report_story(viewer: Person, story: Story) -> bool:
    return can_interact(viewer, story) and viewer.pk != story.author_id


def can_report_comment(viewer: Person, comment: Comment) -> bool:
    return can_interact(viewer, comment.story) and viewer.pk != comment.author_id


def can_delete_comment(viewer: Person, comment: Comment) -> bool:
    return viewer.is_active and (viewer.pk == comment.author_id or viewer.is_org_admin)


def can_highlight(viewer: Person, story: Story) -> bool:
    return can_moderate(viewer) and can_interact(viewer, story)


def leader_responders(story: Story) -> str:
    """Who is asked to respond to a lesson: 'manager' if the author has an active manager, else
    'learning_leads'."""
    manager = story.author.manager
    return "manager" if manager is not None and manager.is_active else "learning_leads"


def can_acknowledge(viewer: Person, story: Story) -> bool:
    """The author's manager, or any learning lead, may respond to a lesson that asked for it."""
    if story.kind != StoryKind.LESSON or not story.asks_leader_response:
        return False
    if not can_interact(viewer, story) or viewer.pk == story.author_id:
        return False
    return viewer.pk == story.author.manager_id or viewer.is_learning_lead


def can_close_experiment(viewer: Person, story: Story) -> bool:
    """The sponsor or the author closes an experiment out with its result and lesson."""
    if story.kind != StoryKind.EXPERIMENT or story.experiment_status == ExperimentStatus.ENDED:
        return False
    return can_interact(viewer, story) and viewer.pk in {story.author_id, story.sponsor_id}


# --- care: moderation, removal, experiments (added by the care slice) ------------------------


def can_moderate_story(viewer: Person, story: Story) -> bool:
    """Hide, restore, dismiss reports on, or write a note about a story the moderator can see
    (not their own: another moderator decides about that)."""
    return can_moderate(viewer) and viewer.pk != story.author_id and can_view_story(viewer, story)


def can_moderate_comment(viewer: Person, comment: Comment) -> bool:
    if comment.state == CommentState.REMOVED or viewer.pk == comment.author_id:
        return False
    return can_moderate(viewer) and can_view_story(viewer, comment.story)


def can_view_moderation_log(viewer: Person) -> bool:
    """The audit trail: learning leads and organisation admins."""
    return can_moderate(viewer) or viewer.is_org_admin


def can_remove_story(viewer: Person, story: Story) -> bool:
    """Organisation admins remove any story they can see (an audit entry says why)."""
    return viewer.is_org_admin and can_view_story(viewer, story)


def can_remove_comment(viewer: Person, comment: Comment) -> bool:
    return comment.state != CommentState.REMOVED and can_remove_story(viewer, comment.story)


def can_start_experiment(viewer: Person, story: Story) -> bool:
    """The author or the sponsor starts a planned experiment."""
    if story.kind != StoryKind.EXPERIMENT or story.experiment_status != ExperimentStatus.PLANNED:
        return False
    return can_interact(viewer, story) and viewer.pk in {story.author_id, story.sponsor_id}


def can_run_experiment(viewer: Person, story: Story) -> bool:
    """The author or the sponsor of a published experiment, whatever its status (the services
    then say whether the status allows starting or closing it out)."""
    if story.kind != StoryKind.EXPERIMENT:
        return False
    return can_interact(viewer, story) and viewer.pk in {story.author_id, story.sponsor_id}


# --- reading: interactions (added by the reading slice) ------------------------------------


def can_withdraw_comment(viewer: Person, comment: Comment) -> bool:
    """The author takes back their own comment while they can still read the story."""
    return (
        viewer.pk == comment.author_id
        and comment.state != CommentState.REMOVED
        and can_view_story(viewer, comment.story)
    )


# --- compose: history (added by the writing slice) -------------------------------------------


def can_view_story_history(viewer: Person, story: Story) -> bool:
    """A story's earlier versions: its author, and moderators who can see the story."""
    return can_edit_story(viewer, story) or (can_moderate(viewer) and can_view_story(viewer, story))
