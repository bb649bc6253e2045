"""Care of stories: reports, moderation and its audit trail, administrators' removals, a leader's
response to a lesson, the lifecycle of experiments, and highlights.

Every function is one transaction with keyword-only arguments. They check permission themselves
(PermissionDenied) so the API and the HTML views cannot differ; views ask the same predicates
first to answer 404 or 403. A request that does not fit the current state (reporting twice,
acknowledging twice, closing an ended experiment …) raises CareConflict with a message for the
person; bad values raise ValueError (forms catch them before).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from samla.core.markdown import render_markdown
from samla.notifications import selectors as notification_selectors
from samla.notifications.services import notify
from samla.people.enums import Role
from samla.people.models import Person
from samla.record.enums import Verb
from samla.stories import notices, permissions
from samla.stories.enums import (
    CommentState,
    ExperimentStatus,
    ModerationAction,
    ReportReason,
    StoryKind,
    StoryState,
)
from samla.stories.kinds import sections_for
from samla.stories.models import (
    Comment,
    ModerationEntry,
    Report,
    Story,
    StoryAcknowledgement,
    StoryRevision,
)
from samla.stories.search_index import story_index
from samla.stories.services.record import story_record

Target = Story | Comment

NOTE_MAX = 2000
DETAILS_MAX = 2000


class CareConflict(Exception):
    """The action does not fit the target's current state. `message` is translated."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# --- helpers -----------------------------------------------------------------------------------


def _story_of(target: Target) -> Story:
    return target.story if isinstance(target, Comment) else target


def _open_reports(target: Target) -> QuerySet[Report]:
    qs = Report.objects.filter(resolved_at__isnull=True)
    if isinstance(target, Comment):
        return qs.filter(comment=target)
    return qs.filter(story=target, comment__isnull=True)


def _resolve_reports(target: Target, *, by: Person, whole_story: bool = False) -> int:
    """Close the target's open reports (with `whole_story`, also those of its comments)."""
    qs = (
        Report.objects.filter(resolved_at__isnull=True, story=target)
        if whole_story and isinstance(target, Story)
        else _open_reports(target)
    )
    return qs.update(resolved_at=timezone.now(), resolved_by=by)


def _entry(*, target: Target, by: Person, action: str, note: str = "") -> ModerationEntry:
    story = _story_of(target)
    return ModerationEntry.objects.create(
        story=story,
        comment=target if isinstance(target, Comment) else None,
        story_title=story.title,
        actor=by,
        action=action,
        note=note,
    )


def _clean_note(note: str, *, required: bool = False) -> str:
    note = (note or "").strip()
    if required and not note:
        raise ValueError("a note is required")
    if len(note) > NOTE_MAX:
        raise ValueError(f"a note has at most {NOTE_MAX} characters")
    return note


def _lock_story(story: Story) -> None:
    """Lock the story's row and refresh the fields the care services decide on."""
    fresh = (
        Story.objects.select_for_update()
        .only("state", "experiment_status", "highlighted_at", "sections", "sections_html")
        .get(pk=story.pk)
    )
    story.state = fresh.state
    story.experiment_status = fresh.experiment_status
    story.highlighted_at = fresh.highlighted_at
    story.sections = fresh.sections
    story.sections_html = fresh.sections_html


def _lock_comment(comment: Comment) -> None:
    comment.state = Comment.objects.select_for_update().only("state").get(pk=comment.pk).state


def _may_moderate(by: Person, target: Target) -> bool:
    if isinstance(target, Comment):
        return permissions.can_moderate_comment(by, target)
    return permissions.can_moderate_story(by, target)


def _note_url(entry: ModerationEntry) -> str:
    """Where the author reads a moderator's note: the story page for a story (its banner shows
    the note), the note's own page for a comment."""
    if entry.comment_id is None and entry.story is not None:
        return entry.story.get_absolute_url()
    return reverse("stories:moderation-note", args=[entry.pk])


def _notify_author(entry: ModerationEntry, target: Target) -> None:
    author = target.author
    notify(
        recipient=author,
        kind=notices.MODERATOR_NOTE.key,
        params={"title": _story_of(target).title},
        url=_note_url(entry),
        dedupe_key=f"story_moderated:{entry.pk}",
    )


# --- reports -----------------------------------------------------------------------------------


def moderators_for(target: Target) -> list[Person]:
    """The active learning leads (and organisation admins) who may moderate the target."""
    leads = Person.objects.filter(
        is_active=True, role__in=[Role.LEARNING_LEAD, Role.ORG_ADMIN]
    ).select_related("unit")
    return [p for p in leads if _may_moderate(p, target)]


def report_create(
    *,
    reporter: Person,
    story: Story,
    comment: Comment | None = None,
    reason: str,
    details: str = "",
) -> Report:
    """Report a story (or one of its comments) to the moderators. One open report per person
    and target: a second raises CareConflict. The moderators hear of it once per round of
    reports (in-app only), not once per report."""
    if comment is not None and comment.story_id != story.pk:
        raise ValueError("the comment does not belong to the story")
    target: Target = comment if comment is not None else story
    allowed = (
        permissions.can_report_comment(reporter, comment)
        if comment is not None
        else permissions.can_report_story(reporter, story)
    )
    if not allowed or (comment is not None and comment.state != CommentState.VISIBLE):
        raise PermissionDenied
    if reason not in ReportReason.values:
        raise ValueError(f"unknown reason {reason!r}")
    details = (details or "").strip()
    if len(details) > DETAILS_MAX:
        raise ValueError(f"details have at most {DETAILS_MAX} characters")

    with transaction.atomic():
        # One reporter at a time: two quick submissions cannot both pass the check below.
        Person.objects.select_for_update().only("pk").get(pk=reporter.pk)
        if _open_reports(target).filter(reporter=reporter).exists():
            raise CareConflict(_("You have already reported this. A moderator will look at it."))
        report = Report.objects.create(
            story=story, comment=comment, reporter=reporter, reason=reason, details=details
        )
        first_open = _open_reports(target).order_by("created_at", "id").values_list("id", flat=True)
        round_key = first_open.first() or report.pk
        label = f"comment:{comment.pk}" if comment is not None else f"story:{story.pk}"
        for moderator in moderators_for(target):
            if moderator.pk == reporter.pk:
                continue
            notify(
                recipient=moderator,
                kind=notices.REPORTED.key,
                url=reverse("stories:moderation"),
                email=False,
                dedupe_key=f"story_reported:{label}:{round_key}",
            )
    return report


# --- moderation --------------------------------------------------------------------------------


def _set_visibility(
    *, by: Person, target: Target, note: str, hide: bool, conflict: str
) -> ModerationEntry:
    """Hide or show again a story (re-indexed either way) or a comment; resolves the target's
    open reports, writes the audit entry and sends the author the note, if there is one."""
    if not _may_moderate(by, target):
        raise PermissionDenied
    note = _clean_note(note)
    with transaction.atomic():
        before: str
        after: str
        if isinstance(target, Comment):
            _lock_comment(target)
            before, after = CommentState.VISIBLE, CommentState.HIDDEN
        else:
            _lock_story(target)
            before, after = StoryState.PUBLISHED, StoryState.HIDDEN
        if not hide:
            before, after = after, before
        if target.state != before:
            raise CareConflict(conflict)
        target.state = after
        target.save(update_fields=["state"])
        if isinstance(target, Story):
            story_index(target)
        _resolve_reports(target, by=by)
        action = ModerationAction.HIDE if hide else ModerationAction.RESTORE
        entry = _entry(target=target, by=by, action=action, note=note)
        if note:
            _notify_author(entry, target)
    return entry


def moderation_hide(*, by: Person, target: Target, note: str = "") -> ModerationEntry:
    """Hide a story (only its author and the moderators see it, it leaves feeds and search) or
    a comment. Resolves the target's open reports; a note is sent to the author."""
    conflict = (
        _("This comment is already hidden.")
        if isinstance(target, Comment)
        else _("This story is already hidden.")
    )
    return _set_visibility(by=by, target=target, note=note, hide=True, conflict=conflict)


def moderation_restore(*, by: Person, target: Target, note: str = "") -> ModerationEntry:
    """Show a hidden story or comment again (a story is indexed again)."""
    conflict = (
        _("This comment is not hidden.")
        if isinstance(target, Comment)
        else _("This story is not hidden.")
    )
    return _set_visibility(by=by, target=target, note=note, hide=False, conflict=conflict)


def moderation_dismiss(*, by: Person, target: Target, note: str = "") -> ModerationEntry:
    """Close the target's open reports without changing it."""
    if not _may_moderate(by, target):
        raise PermissionDenied
    note = _clean_note(note)
    with transaction.atomic():
        if not _resolve_reports(target, by=by):
            raise CareConflict(_("There are no open reports to dismiss."))
        return _entry(target=target, by=by, action=ModerationAction.DISMISS, note=note)


def moderation_note(*, by: Person, target: Target, note: str) -> ModerationEntry:
    """Write to the author of a story or comment. The note is kept in the audit trail, shown to
    the author (on their story's page, or on the note's page for a comment) and notified."""
    if not _may_moderate(by, target):
        raise PermissionDenied
    note = _clean_note(note, required=True)
    with transaction.atomic():
        _resolve_reports(target, by=by)
        entry = _entry(target=target, by=by, action=ModerationAction.NOTE, note=note)
        _notify_author(entry, target)
    return entry


# --- removal by an organisation admin -----------------------------------------------------------


def story_remove(*, by: Person, story: Story, note: str = "") -> ModerationEntry:
    """Remove a story for good: nobody sees it any more, it leaves the search index, and the
    audit entry keeps its title."""
    if not permissions.can_remove_story(by, story):
        raise PermissionDenied
    note = _clean_note(note)
    with transaction.atomic():
        _lock_story(story)
        if story.state == StoryState.REMOVED:
            raise CareConflict(_("This story has already been removed."))
        story.state = StoryState.REMOVED
        story.highlighted_at = None
        story.highlighted_by = None
        story.save(update_fields=["state", "highlighted_at", "highlighted_by"])
        story_index(story)
        _resolve_reports(story, by=by, whole_story=True)
        return _entry(target=story, by=by, action=ModerationAction.REMOVE, note=note)


def comment_remove_by_admin(*, by: Person, comment: Comment, note: str = "") -> ModerationEntry:
    """Remove a comment for good, with an audit entry."""
    if not permissions.can_remove_comment(by, comment):
        raise PermissionDenied
    note = _clean_note(note)
    with transaction.atomic():
        _lock_comment(comment)
        if comment.state == CommentState.REMOVED:
            raise CareConflict(_("This comment has already been removed."))
        comment.state = CommentState.REMOVED
        comment.save(update_fields=["state"])
        _resolve_reports(comment, by=by)
        return _entry(target=comment, by=by, action=ModerationAction.REMOVE, note=note)


# --- a leader's response to a lesson ------------------------------------------------------------


def story_acknowledge(*, story: Story, by: Person, note: str = "") -> StoryAcknowledgement:
    """The author's manager (or a learning lead) responds to a lesson that asked for it. One
    response per lesson: a second raises CareConflict."""
    if not permissions.can_acknowledge(by, story):
        raise PermissionDenied
    note = _clean_note(note)
    with transaction.atomic():
        _lock_story(story)
        if StoryAcknowledgement.objects.filter(story=story).exists():
            raise CareConflict(_("A leader has already responded to this lesson."))
        try:
            with transaction.atomic():
                ack = StoryAcknowledgement.objects.create(
                    story=story, by=by, note=note, note_html=render_markdown(note) if note else ""
                )
        except IntegrityError:
            raise CareConflict(_("A leader has already responded to this lesson.")) from None
        url = story.get_absolute_url()
        story_record(actor=by, verb=Verb.ACKNOWLEDGED, story=story)
        notify(
            recipient=story.author,
            kind=notices.ACKNOWLEDGED.key,
            params={"actor": by.full_name, "title": story.title},
            url=url,
            dedupe_key=f"story_acknowledged:{story.pk}",
        )
    return ack


# --- experiments -------------------------------------------------------------------------------


def experiment_start(*, story: Story, by: Person) -> Story:
    """Planned → running, by the author or the sponsor. The start date becomes today if none
    was set."""
    if not permissions.can_run_experiment(by, story):
        raise PermissionDenied
    with transaction.atomic():
        _lock_story(story)
        if story.experiment_status != ExperimentStatus.PLANNED:
            raise CareConflict(_("Only a planned experiment can be started."))
        story.experiment_status = ExperimentStatus.RUNNING
        if story.starts_on is None:
            story.starts_on = timezone.localdate()
        story.save(update_fields=["experiment_status", "starts_on"])
        story_index(story)
    return story


def _section_max(key: str) -> int:
    return next(s.max_length for s in sections_for(StoryKind.EXPERIMENT) if s.key == key)


def experiment_close_out(*, story: Story, by: Person, result: str, lesson: str) -> Story:
    """Write an experiment's result and lesson and end it. The previous version is kept as a
    revision; the author's learning record notes the experiment as completed."""
    if not permissions.can_run_experiment(by, story):
        raise PermissionDenied
    result, lesson = (result or "").strip(), (lesson or "").strip()
    if not result or not lesson:
        raise ValueError("both the result and the lesson are required")
    if len(result) > _section_max("result") or len(lesson) > _section_max("lesson"):
        raise ValueError("the result or the lesson is too long")
    with transaction.atomic():
        _lock_story(story)
        if story.experiment_status == ExperimentStatus.ENDED:
            raise CareConflict(_("This experiment has already been closed out."))
        now = timezone.now()
        StoryRevision.objects.create(
            story=story,
            editor=by,
            created_at=now,
            title=story.title,
            sections=dict(story.sections),
            language=story.language,
            link_url=story.link_url,
        )
        story.sections = {**story.sections, "result": result, "lesson": lesson}
        story.sections_html = {
            **story.sections_html,
            "result": render_markdown(result),
            "lesson": render_markdown(lesson),
        }
        story.experiment_status = ExperimentStatus.ENDED
        story.closed_at = now
        story.updated_at = now
        story.save(
            update_fields=[
                "sections",
                "sections_html",
                "experiment_status",
                "closed_at",
                "updated_at",
            ]
        )
        story_index(story)
        story_record(actor=story.author, verb=Verb.COMPLETED, story=story, timestamp=now)
    return story


@dataclass(frozen=True)
class CloseOutDueReport:
    experiments: int  # experiments past their end date and not closed out
    notified: int  # notifications sent now (or that would be, with dry_run)


def experiments_due_for_close_out(*, today: date | None = None) -> QuerySet[Story]:
    today = today or timezone.localdate()
    return (
        Story.objects.filter(
            kind=StoryKind.EXPERIMENT, state=StoryState.PUBLISHED, ends_on__lt=today
        )
        .exclude(experiment_status=ExperimentStatus.ENDED)
        .select_related("author", "author__unit", "sponsor", "sponsor__unit")
        .order_by("pk")
    )


def experiments_close_out_due(
    *, today: date | None = None, dry_run: bool = False
) -> CloseOutDueReport:
    """Ask the sponsor and the author of each experiment past its end date to close it out,
    once per experiment and person: running it again sends nothing new."""
    experiments = notified = 0
    for story in experiments_due_for_close_out(today=today).iterator(chunk_size=500):
        experiments += 1
        key = f"experiment_close_out:{story.pk}"
        people = {p.pk: p for p in (story.sponsor, story.author) if p is not None}
        for person in people.values():
            if not person.is_active or not permissions.can_view_story(person, story):
                continue
            already = (
                notification_selectors.notifications_for(recipient=person)
                .filter(dedupe_key=key)
                .exists()
            )
            if already:
                continue
            notified += 1
            if not dry_run:
                with transaction.atomic():
                    notify(
                        recipient=person,
                        kind=notices.CLOSE_OUT_DUE.key,
                        params={"title": story.title},
                        url=reverse("stories:experiment-close", args=[story.pk]),
                        dedupe_key=key,
                    )
    return CloseOutDueReport(experiments=experiments, notified=notified)


# --- highlights --------------------------------------------------------------------------------


def story_highlight_set(*, story: Story, by: Person, on: bool) -> Story:
    """A learning lead picks a story for everyone's "For you", or takes it back. Setting what
    is already set changes nothing."""
    if not permissions.can_highlight(by, story):
        raise PermissionDenied
    with transaction.atomic():
        _lock_story(story)
        if on == (story.highlighted_at is not None):
            return story
        story.highlighted_at = timezone.now() if on else None
        story.highlighted_by = by if on else None
        story.save(update_fields=["highlighted_at", "highlighted_by"])
        story_index(story)
    return story
