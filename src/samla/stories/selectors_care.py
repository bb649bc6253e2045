"""Reads for the care of stories: the moderation queue and log, and what the care partials of a
story page show to one viewer (actions, a leader's response, an experiment's panel)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe

from samla.stories import permissions, selectors
from samla.stories.enums import (
    CommentState,
    ExperimentStatus,
    ModerationAction,
    ReportReason,
    StoryKind,
    StoryState,
)
from samla.stories.models import Comment, ModerationEntry, Report, Story, StoryAcknowledgement
from samla.stories.selectors import audience_q

if TYPE_CHECKING:
    from samla.people.models import Person

QUEUE_LIMIT = 50


# --- the moderation queue ----------------------------------------------------------------------


@dataclass
class QueueItem:
    """One reported story or comment with its open reports, newest first."""

    story: Story
    comment: Comment | None
    reports: list[Report] = field(default_factory=list)
    can_act: bool = False
    can_remove: bool = False

    @property
    def key(self) -> str:
        return f"comment-{self.comment.pk}" if self.comment else f"story-{self.story.pk}"

    @property
    def is_hidden(self) -> bool:
        if self.comment is not None:
            return self.comment.state == CommentState.HIDDEN
        return self.story.state == StoryState.HIDDEN

    @property
    def count(self) -> int:
        return len(self.reports)

    @property
    def latest(self) -> datetime:
        return self.reports[0].created_at

    @property
    def reasons(self) -> list[tuple[Promise | str, int]]:
        """(label, count) per reason, most frequent first."""
        counts: dict[str, int] = {}
        for report in self.reports:
            counts[report.reason] = counts.get(report.reason, 0) + 1
        labels = dict(ReportReason.choices)
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(labels.get(reason, reason), n) for reason, n in ordered]

    @property
    def sections(self) -> list[tuple[Promise, SafeString]]:
        return selectors.story_sections(self.story)


def _moderator_scope(viewer: Person, prefix: str = "story__") -> Q:
    """Stories a moderator may see (permissions.can_view_story for a moderator, in SQL): not
    removed, and hidden, their own, or published for an audience they are in."""
    return ~Q(**{f"{prefix}state": StoryState.REMOVED}) & (
        Q(**{f"{prefix}state": StoryState.HIDDEN})
        | Q(**{f"{prefix}author": viewer})
        | (Q(**{f"{prefix}state": StoryState.PUBLISHED}) & audience_q(viewer, prefix))
    )


def moderation_queue(*, viewer: Person, limit: int = QUEUE_LIMIT) -> list[QueueItem]:
    """Open reports the moderator may act on, grouped by target, the most recently reported
    target first. Two queries whatever the number of targets."""
    if not permissions.can_moderate(viewer):
        return []
    open_reports = Report.objects.filter(resolved_at__isnull=True).filter(
        _moderator_scope(viewer)
        & (Q(comment__isnull=True) | ~Q(comment__state=CommentState.REMOVED))
    )
    groups = list(
        open_reports.values("story_id", "comment_id")
        .annotate(n=Count("id"), latest=Max("created_at"))
        .order_by("-latest", "-story_id", "-comment_id")[:limit]
    )
    if not groups:
        return []
    keys = [(g["story_id"], g["comment_id"]) for g in groups]
    items: dict[tuple[int, int | None], QueueItem] = {}
    reports = (
        open_reports.filter(story_id__in={k[0] for k in keys})
        .select_related("story", "story__author", "comment", "comment__author")
        .order_by("-created_at", "-id")
    )
    wanted = set(keys)
    for report in reports:
        key = (report.story_id, report.comment_id)
        if key not in wanted:
            continue
        item = items.get(key)
        if item is None:
            item = items[key] = QueueItem(story=report.story, comment=report.comment)
            if item.comment is not None:
                item.comment.story = item.story
                item.can_act = permissions.can_moderate_comment(viewer, item.comment)
                item.can_remove = permissions.can_remove_comment(viewer, item.comment)
            else:
                item.can_act = permissions.can_moderate_story(viewer, item.story)
                item.can_remove = permissions.can_remove_story(viewer, item.story)
        item.reports.append(report)
    return [items[k] for k in keys if k in items]


def open_reports_of(*, story: Story, comment: Comment | None = None) -> list[Report]:
    """The open reports of one story (not its comments) or one comment, newest first."""
    qs = Report.objects.filter(resolved_at__isnull=True)
    qs = qs.filter(comment=comment) if comment else qs.filter(story=story, comment__isnull=True)
    return list(qs.order_by("-created_at", "-id"))


def report_open_exists(*, reporter: Person, story: Story, comment: Comment | None = None) -> bool:
    qs = Report.objects.filter(resolved_at__isnull=True, reporter=reporter)
    qs = qs.filter(comment=comment) if comment else qs.filter(story=story, comment__isnull=True)
    return qs.exists()


def comment_get_for_care(*, viewer: Person, pk: int) -> Comment | None:
    """A comment on a story the viewer may see, not removed; hidden ones only for those who may
    moderate them and their author. None otherwise (callers answer 404)."""
    comment = (
        Comment.objects.select_related("story", "story__author", "story__author__unit", "author")
        .filter(pk=pk)
        .first()
    )
    if comment is None or comment.state == CommentState.REMOVED:
        return None
    if not permissions.can_view_story(viewer, comment.story):
        return None
    if comment.state == CommentState.HIDDEN and not (
        viewer.pk == comment.author_id or permissions.can_moderate(viewer)
    ):
        return None
    return comment


# --- the moderation log ------------------------------------------------------------------------


def moderation_log(*, viewer: Person) -> QuerySet[ModerationEntry]:
    """The audit trail, newest first. Organisation admins read all of it; learning leads the
    entries about stories they may see (or whose story is gone)."""
    if not permissions.can_view_moderation_log(viewer):
        return ModerationEntry.objects.none()
    qs = ModerationEntry.objects.select_related("actor", "story", "comment").order_by(
        "-created_at", "-id"
    )
    if not viewer.is_org_admin:
        qs = qs.filter(
            Q(story__isnull=True)
            | Q(story__state=StoryState.HIDDEN)
            | audience_q(viewer, "story__")
        )
    return qs


def moderation_entry_for_author(*, viewer: Person, pk: int) -> ModerationEntry | None:
    """A moderator's note, for the author of the story or comment it is about."""
    entry = (
        ModerationEntry.objects.select_related("story", "comment", "actor")
        .filter(pk=pk)
        .exclude(note="")
        .first()
    )
    if entry is None or not viewer.is_active:
        return None
    author_id = (
        entry.comment.author_id if entry.comment else entry.story.author_id if entry.story else None
    )
    return entry if author_id == viewer.pk else None


def story_moderator_note(*, story: Story) -> ModerationEntry | None:
    """The note the author of a story should see: while it is hidden, the latest note written
    since it was hidden; while it is published, a note that is the latest thing a moderator did
    to the story."""
    entries = list(
        ModerationEntry.objects.filter(story=story, comment__isnull=True)
        .exclude(action=ModerationAction.DISMISS)
        .select_related("actor")
        .order_by("-created_at", "-id")[:10]
    )
    if not entries:
        return None
    if story.state == StoryState.HIDDEN:
        for entry in entries:
            if entry.note:
                return entry
            if entry.action == ModerationAction.HIDE:
                return entry
        return None
    latest = entries[0]
    return latest if latest.action == ModerationAction.NOTE else None


# --- what a story page shows to one viewer -----------------------------------------------------


@dataclass(frozen=True)
class CareActions:
    is_author: bool
    is_hidden: bool
    can_report: bool
    already_reported: bool
    can_highlight: bool
    is_highlighted: bool
    can_moderate: bool
    open_reports: int
    can_remove: bool
    moderator_note: ModerationEntry | None

    @property
    def any(self) -> bool:
        return (
            self.can_report
            or self.already_reported
            or self.can_highlight
            or self.can_moderate
            or self.can_remove
            or self.moderator_note is not None
            or (self.is_author and self.is_hidden)
        )


def care_actions(*, viewer: Person, story: Story) -> CareActions:
    is_author = viewer.pk == story.author_id
    can_report = permissions.can_report_story(viewer, story)
    already = can_report and report_open_exists(reporter=viewer, story=story)
    can_moderate = permissions.can_moderate_story(viewer, story)
    return CareActions(
        is_author=is_author,
        is_hidden=story.state == StoryState.HIDDEN,
        can_report=can_report and not already,
        already_reported=already,
        can_highlight=permissions.can_highlight(viewer, story),
        is_highlighted=story.highlighted_at is not None,
        can_moderate=can_moderate,
        open_reports=len(open_reports_of(story=story)) if can_moderate else 0,
        can_remove=permissions.can_remove_story(viewer, story),
        moderator_note=story_moderator_note(story=story) if is_author else None,
    )


def acknowledgement_exists(*, story: Story) -> bool:
    return StoryAcknowledgement.objects.filter(story=story).exists()


@dataclass(frozen=True)
class LeaderResponse:
    applies: bool  # a lesson that asked for a response, or has one
    acknowledgement: StoryAcknowledgement | None
    can_acknowledge: bool
    waiting: bool  # asked, not yet given
    is_author: bool
    responders: str  # "manager" or "learning_leads": who is asked (for the author)


def leader_response(*, viewer: Person, story: Story) -> LeaderResponse:
    if story.kind != StoryKind.LESSON:
        return LeaderResponse(False, None, False, False, False, "")
    ack = StoryAcknowledgement.objects.filter(story=story).select_related("by").first()
    is_author = viewer.pk == story.author_id
    waiting = ack is None and story.asks_leader_response
    return LeaderResponse(
        applies=ack is not None or story.asks_leader_response,
        acknowledgement=ack,
        can_acknowledge=waiting and permissions.can_acknowledge(viewer, story),
        waiting=waiting,
        is_author=is_author,
        responders=permissions.leader_responders(story) if waiting and is_author else "",
    )


@dataclass(frozen=True)
class ExperimentPanel:
    applies: bool
    status: str = ""
    status_label: str = ""
    sponsor: Person | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    closed_at: datetime | None = None
    can_start: bool = False
    can_close: bool = False
    close_out_due: bool = False  # past its end date, not closed out
    result_html: SafeString | None = None
    lesson_html: SafeString | None = None


def experiment_panel(*, viewer: Person, story: Story) -> ExperimentPanel:
    if story.kind != StoryKind.EXPERIMENT:
        return ExperimentPanel(applies=False)
    status = story.experiment_status or ExperimentStatus.PLANNED
    ended = status == ExperimentStatus.ENDED
    html = story.sections_html or {}
    today = timezone.localdate()
    return ExperimentPanel(
        applies=True,
        status=status,
        status_label=str(ExperimentStatus(status).label),
        sponsor=story.sponsor,
        starts_on=story.starts_on,
        ends_on=story.ends_on,
        closed_at=story.closed_at,
        can_start=permissions.can_start_experiment(viewer, story),
        can_close=permissions.can_close_experiment(viewer, story),
        close_out_due=not ended and story.ends_on is not None and story.ends_on < today,
        result_html=mark_safe(html["result"]) if ended and html.get("result") else None,
        lesson_html=mark_safe(html["lesson"]) if ended and html.get("lesson") else None,
    )


@dataclass(frozen=True)
class CommentCareActions:
    can_report: bool
    can_moderate: bool
    can_remove: bool

    @property
    def any(self) -> bool:
        return self.can_report or self.can_moderate or self.can_remove


def comment_care_actions(*, viewer: Person, comment: Comment) -> CommentCareActions:
    """What the viewer may do with one comment (no query when comment.story is loaded)."""
    return CommentCareActions(
        can_report=comment.state == CommentState.VISIBLE
        and permissions.can_report_comment(viewer, comment),
        can_moderate=permissions.can_moderate_comment(viewer, comment),
        can_remove=permissions.can_remove_comment(viewer, comment),
    )
