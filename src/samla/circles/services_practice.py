"""Writes for the practices around meetings: the topic backlog and its votes, the presenter's
choice of topic, feedback after a meeting, the facilitator's reflection, meeting notes (and the
story made from them), action items.

Every function is one transaction with keyword-only arguments. Someone who may not act raises
`PermissionDenied` (views answer 404 when the person may not even see the thing); bad input
raises `ValidationError` with a message for people, and nothing is half-changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from samla.circles import permissions
from samla.circles import selectors_practice as sel
from samla.circles.enums import MeetingKind, Visibility
from samla.circles.models import Occurrence
from samla.circles.models_practice import (
    ACTION_TITLE_MAX,
    NOTES_SECTION_MAX,
    REFLECTION_MAX,
    TOPIC_DETAILS_MAX,
    TOPIC_TITLE_MAX,
    WILL_TRY_MAX,
    ActionItem,
    Feedback,
    MeetingNotes,
    Reflection,
    Topic,
    TopicKind,
    TopicVote,
)
from samla.circles.services import record as circle_record
from samla.core.markdown import render_markdown
from samla.record.enums import Verb
from samla.record.services import record_append
from samla.stories.enums import StoryKind
from samla.stories.services.compose import StoryContent, story_publish

if TYPE_CHECKING:
    from samla.circles.models import Circle
    from samla.people.models import Person
    from samla.stories.models import Story

STORY_TITLE_MAX = 160


class Audience:
    """Who a story made from notes is for."""

    CIRCLE = "circle"
    ORGANISATION = "organisation"


# --- helpers ------------------------------------------------------------------------------------


def _text(value: str | None, *, limit: int, code: str, empty: str = "") -> str:
    """Stripped text; ValidationError with `empty` (a whole sentence) if it is required and
    missing, or when it is longer than `limit`."""
    text = (value or "").strip()
    if empty and not text:
        raise ValidationError(empty, code=f"{code}_empty")
    if len(text) > limit:
        raise ValidationError(
            _("This is too long: %(length)s characters, at most %(limit)s.")
            % {"length": len(text), "limit": limit},
            code=f"{code}_too_long",
        )
    return text


def _record(*, actor: Person, verb: Verb, occurrence: Occurrence) -> None:
    """Like c-core's presented/attended rows (same object type, context and visibility), dated
    now rather than at the meeting."""
    record_append(
        actor=actor,
        verb=verb,
        object_type=circle_record.OBJECT_TYPE,
        object_id=occurrence.pk,
        object_title=occurrence.display_title,
        object_url=occurrence.get_absolute_url(),
        context_type=circle_record.CONTEXT_TYPE,
        context_id=occurrence.meeting.circle_id,
        visibility=circle_record.record_visibility(occurrence),
    )


# --- Topics -------------------------------------------------------------------------------------


def _topic_fields(title: str, details: str) -> tuple[str, str]:
    title = _text(
        title, limit=TOPIC_TITLE_MAX, code="title", empty=_("Name the topic in a few words.")
    )
    details = _text(details, limit=TOPIC_DETAILS_MAX, code="details")
    return title, details


def topic_propose(*, circle: Circle, by: Person, kind: str, title: str, details: str = "") -> Topic:
    """Add "I can share…" or "I would like to hear about…" to the circle's backlog."""
    if not sel.can_propose_topic(by, circle):
        raise PermissionDenied
    if kind not in TopicKind.values:
        raise ValidationError(
            _("Choose whether you can share this or would like to hear about it."), code="kind"
        )
    title, details = _topic_fields(title, details)
    with transaction.atomic():
        return Topic.objects.create(
            circle=circle,
            kind=kind,
            title=title,
            details=details,
            details_html=render_markdown(details) if details else "",
            proposed_by=by,
        )


def _locked_topic(topic: Topic) -> Topic:
    locked = Topic.objects.select_for_update().get(pk=topic.pk)
    locked.circle = topic.circle
    return locked


def topic_vote(*, topic: Topic, by: Person) -> Topic:
    """One vote per member and topic."""
    if not sel.can_vote_topic(by, topic):
        raise PermissionDenied
    with transaction.atomic():
        topic = _locked_topic(topic)
        if topic.withdrawn_at is not None or topic.occurrence_id is not None:
            raise ValidationError(_("This topic is no longer in the backlog."), code="closed")
        try:
            with transaction.atomic():
                TopicVote.objects.create(topic=topic, person=by)
        except IntegrityError:
            raise ValidationError(
                _("You have already voted for this topic."), code="already_voted"
            ) from None
        Topic.objects.filter(pk=topic.pk).update(vote_count=F("vote_count") + 1)
        topic.refresh_from_db(fields=["vote_count"])
    return topic


def topic_unvote(*, topic: Topic, by: Person) -> Topic:
    """Take one's vote back."""
    if not sel.can_vote_topic(by, topic):
        raise PermissionDenied
    with transaction.atomic():
        topic = _locked_topic(topic)
        deleted, _rows = TopicVote.objects.filter(topic=topic, person=by).delete()
        if not deleted:
            raise ValidationError(_("You have not voted for this topic."), code="not_voted")
        Topic.objects.filter(pk=topic.pk, vote_count__gt=0).update(vote_count=F("vote_count") - 1)
        topic.refresh_from_db(fields=["vote_count"])
    return topic


def topic_withdraw(*, topic: Topic, by: Person) -> None:
    """The proposer or a facilitator takes a topic off the backlog."""
    if not sel.can_withdraw_topic(by, topic):
        raise PermissionDenied
    with transaction.atomic():
        locked = _locked_topic(topic)
        if locked.occurrence_id is not None:
            raise ValidationError(
                _("This topic was chosen for a meeting and stays with it."), code="picked"
            )
        locked.withdrawn_at = timezone.now()
        locked.save(update_fields=["withdrawn_at"])
        topic.withdrawn_at = locked.withdrawn_at


def _lock_occurrence(occurrence: Occurrence) -> None:
    """Serialise choices of topic for one occurrence (one topic per occurrence)."""
    Occurrence.objects.select_for_update().filter(pk=occurrence.pk).values_list("pk").first()


def _release_current(occurrence: Occurrence) -> None:
    Topic.objects.filter(occurrence=occurrence).update(occurrence=None, picked_by=None)


def topic_pick(*, occurrence: Occurrence, topic: Topic, by: Person) -> Topic:
    """The presenter chooses a topic from the backlog for their occurrence (a previous choice
    goes back to the backlog)."""
    if not sel.can_pick_topic(by, occurrence):
        raise PermissionDenied
    if topic.circle_id != occurrence.meeting.circle_id:
        raise ValidationError(_("This topic belongs to another circle."), code="circle")
    with transaction.atomic():
        _lock_occurrence(occurrence)
        locked = _locked_topic(topic)
        if locked.occurrence_id == occurrence.pk:
            return locked
        if locked.withdrawn_at is not None or locked.occurrence_id is not None:
            raise ValidationError(
                _("This topic is no longer in the backlog. Choose another."), code="closed"
            )
        _release_current(occurrence)
        locked.occurrence = occurrence
        locked.picked_by = by
        locked.save(update_fields=["occurrence", "picked_by"])
    return locked


def topic_bring_own(*, occurrence: Occurrence, by: Person, title: str, details: str = "") -> Topic:
    """The presenter brings their own topic: it is added to the circle and chosen at once."""
    if not sel.can_pick_topic(by, occurrence):
        raise PermissionDenied
    title, details = _topic_fields(title, details)
    with transaction.atomic():
        _lock_occurrence(occurrence)
        _release_current(occurrence)
        return Topic.objects.create(
            circle=occurrence.meeting.circle,
            kind=TopicKind.OFFER,
            title=title,
            details=details,
            details_html=render_markdown(details) if details else "",
            proposed_by=by,
            occurrence=occurrence,
            picked_by=by,
        )


def topic_release(*, occurrence: Occurrence, by: Person) -> None:
    """Put the chosen topic back in the backlog (before the meeting)."""
    if not sel.can_pick_topic(by, occurrence):
        raise PermissionDenied
    with transaction.atomic():
        _lock_occurrence(occurrence)
        _release_current(occurrence)


# --- Feedback and reflection ---------------------------------------------------------------------


def _rating(value: object) -> int:
    try:
        rating = int(str(value))
    except (TypeError, ValueError):
        rating = 0
    if not 1 <= rating <= 5:
        raise ValidationError(_("Choose a rating from 1 to 5."), code="rating")
    return rating


def feedback_save(
    *, occurrence: Occurrence, by: Person, rating: object, will_try: str = "", shared: bool = False
) -> tuple[Feedback, bool]:
    """An attendee's answer (rating 1–5 and "What will you try?"): one per person, editable.
    The first answer appends "gave feedback" to the learning record. Returns (feedback,
    created)."""
    if not sel.can_give_feedback(by, occurrence):
        raise PermissionDenied
    value = _rating(rating)
    text = _text(will_try, limit=WILL_TRY_MAX, code="will_try")
    now = timezone.now()
    with transaction.atomic():
        feedback, created = Feedback.objects.select_for_update().get_or_create(
            occurrence=occurrence,
            person=by,
            defaults={"rating": value, "will_try": text, "shared": shared, "updated_at": now},
        )
        if not created:
            feedback.rating = value
            feedback.will_try = text
            feedback.shared = shared
            feedback.updated_at = now
            feedback.save(update_fields=["rating", "will_try", "shared", "updated_at"])
        else:
            _record(actor=by, verb=Verb.GAVE_FEEDBACK, occurrence=occurrence)
    return feedback, created


def reflection_save(*, occurrence: Occurrence, by: Person, text: str) -> tuple[Reflection, bool]:
    """A facilitator's reflection on an occurrence (one each, editable). The first one appends
    "reflected" to the learning record."""
    if not sel.can_reflect(by, occurrence):
        raise PermissionDenied
    text = _text(text, limit=REFLECTION_MAX, code="text", empty=_("Write your reflection first."))
    now = timezone.now()
    html = render_markdown(text)
    with transaction.atomic():
        reflection, created = Reflection.objects.select_for_update().get_or_create(
            occurrence=occurrence,
            author=by,
            defaults={"text": text, "text_html": html, "updated_at": now},
        )
        if not created:
            reflection.text = text
            reflection.text_html = html
            reflection.updated_at = now
            reflection.save(update_fields=["text", "text_html", "updated_at"])
        else:
            _record(actor=by, verb=Verb.REFLECTED, occurrence=occurrence)
    return reflection, created


# --- Notes ---------------------------------------------------------------------------------------


def notes_save(
    *,
    occurrence: Occurrence,
    by: Person,
    sections: Mapping[str, str],
    version: int | None = None,
) -> MeetingNotes:
    """Save an occurrence's notes (Markdown, rendered and sanitised). `version` is the version
    the editor started from: if someone saved in between, ValidationError(code="conflict") and
    nothing is overwritten."""
    if not sel.can_edit_notes(by, occurrence):
        raise PermissionDenied
    keys = sel.notes_keys(occurrence)
    clean: dict[str, str] = {}
    for key in keys:
        text = _text(
            sections.get(key, ""),
            limit=NOTES_SECTION_MAX,
            code="notes",
        )
        if text:
            clean[key] = text
    html = {key: render_markdown(text) for key, text in clean.items()}
    now = timezone.now()
    with transaction.atomic():
        notes = MeetingNotes.objects.select_for_update().filter(occurrence=occurrence).first()
        if notes is None:
            if not clean:
                raise ValidationError(_("Write some notes first."), code="notes_empty")
            try:
                with transaction.atomic():
                    return MeetingNotes.objects.create(
                        occurrence=occurrence,
                        sections=clean,
                        sections_html=html,
                        updated_by=by,
                        updated_at=now,
                    )
            except IntegrityError:  # someone else created them at the same moment
                notes = MeetingNotes.objects.select_for_update().get(occurrence=occurrence)
                if version is None:
                    version = 0
        if version is not None and version != notes.version:
            raise ValidationError(
                _(
                    "Someone else saved these notes while you were writing. Your text is "
                    "below: copy what you need, reload the notes and add it again."
                ),
                code="conflict",
            )
        notes.sections = clean
        notes.sections_html = html
        notes.version += 1
        notes.updated_by = by
        notes.updated_at = now
        notes.save(
            update_fields=["sections", "sections_html", "version", "updated_by", "updated_at"]
        )
    return notes


def _md_escape(text: str) -> str:
    for char in "\\`*_[]()#!<>|":
        text = text.replace(char, "\\" + char)
    return text


def _story_parts(occurrence: Occurrence, notes: MeetingNotes) -> tuple[str, str, dict[str, str]]:
    """(kind, title, sections) of the story made from an occurrence's notes, written in the
    circle's language and crediting the circle."""
    circle = occurrence.meeting.circle
    topic = Topic.objects.filter(occurrence=occurrence).first()
    actions = list(
        ActionItem.objects.filter(occurrence=occurrence).select_related("owner").order_by("pk")
    )
    with translation.override(circle.language):
        day = formats.date_format(timezone.localtime(occurrence.start).date(), "DATE_FORMAT")
        circle_link = f"[{_md_escape(circle.name)}]({circle.get_absolute_url()})"
        meeting = _md_escape(occurrence.display_title)
        if occurrence.presenter is not None:
            credit = _(
                "From the notes of %(meeting)s on %(day)s in the circle %(circle)s, presented by "
                "%(presenter)s."
            ) % {
                "meeting": meeting,
                "day": day,
                "circle": circle_link,
                "presenter": _md_escape(occurrence.presenter.full_name),
            }
        else:
            credit = _("From the notes of %(meeting)s on %(day)s in the circle %(circle)s.") % {
                "meeting": meeting,
                "day": day,
                "circle": circle_link,
            }
        if topic is not None:
            credit += "\n\n" + _("Topic: %(topic)s") % {"topic": _md_escape(topic.title)}
        action_list = "\n".join(
            f"- {_md_escape(a.title)} ({_md_escape(a.owner.full_name)})" for a in actions
        )
        if topic is not None:
            title = topic.title
        else:
            title = _("%(meeting)s: what we learned on %(day)s") % {
                "meeting": occurrence.display_title,
                "day": day,
            }
    title = title[:STORY_TITLE_MAX]
    s = notes.sections
    if occurrence.meeting.kind == MeetingKind.REFLECTION:
        sections = {
            "tried": credit,
            "happened": s.get("went_well", ""),
            "learned": s.get("learned", ""),
            "next_time": "\n\n".join(p for p in (s.get("change", ""), action_list) if p),
        }
        return StoryKind.LESSON, title, sections
    sections = {"learned": s.get("notes", ""), "situation": credit, "differently": action_list}
    return StoryKind.LEARNING, title, sections


def notes_publish_story(*, occurrence: Occurrence, by: Person, audience: str = "") -> Story:
    """Turn an occurrence's notes into a story with one click: a learning story (a lesson story
    for a reflection meeting), by `by`, crediting the circle, in the circle's language. For a
    closed circle the story is for the circle's members unless `audience` says organisation;
    for a listed one it is for the organisation unless `audience` says circle. Once only: the
    notes keep a link to the story."""
    if not sel.can_publish_notes(by, occurrence):
        raise PermissionDenied
    circle = occurrence.meeting.circle
    if not audience:
        audience = (
            Audience.CIRCLE if circle.visibility == Visibility.CLOSED else (Audience.ORGANISATION)
        )
    if audience not in (Audience.CIRCLE, Audience.ORGANISATION):
        raise ValidationError(_("Choose who the story is for."), code="audience")
    with transaction.atomic():
        notes = MeetingNotes.objects.select_for_update().filter(occurrence=occurrence).first()
        if notes is None or not any(v.strip() for v in notes.sections.values()):
            raise ValidationError(_("Write some notes first."), code="notes_empty")
        if notes.story_id is not None:
            raise ValidationError(_("These notes are already a story."), code="already_published")
        kind, title, sections = _story_parts(occurrence, notes)
        content = StoryContent(
            title=title,
            sections=sections,
            language=circle.language,
            circle_id=circle.pk if audience == Audience.CIRCLE else None,
        )
        story = story_publish(
            author=by, kind=kind, content=content, publish_key=f"circle-notes-{notes.pk}"
        )
        notes.story = story
        notes.save(update_fields=["story"])
    return story


# --- Action items --------------------------------------------------------------------------------


def action_add(
    *,
    occurrence: Occurrence,
    by: Person,
    title: str,
    owner: Person,
    due_on: date | None = None,
) -> ActionItem:
    """An action item raised at an occurrence, owned by an active member."""
    if not sel.can_add_action(by, occurrence):
        raise PermissionDenied
    circle = occurrence.meeting.circle
    title = _text(title, limit=ACTION_TITLE_MAX, code="title", empty=_("Say what is to be done."))
    if not permissions.is_member(owner, circle):
        raise ValidationError(
            _("The owner of an action must be a member of the circle."), code="owner"
        )
    if due_on is not None and due_on < timezone.localtime(occurrence.start).date():
        raise ValidationError(_("The due date cannot be before the meeting."), code="due_on")
    with transaction.atomic():
        return ActionItem.objects.create(
            circle=circle,
            occurrence=occurrence,
            title=title,
            owner=owner,
            due_on=due_on,
            created_by=by,
        )


def action_close(*, item: ActionItem, by: Person) -> ActionItem:
    """Its owner or a facilitator closes an action item."""
    if not sel.can_change_action(by, item):
        raise PermissionDenied
    with transaction.atomic():
        locked = ActionItem.objects.select_for_update().get(pk=item.pk)
        if locked.closed_at is not None:
            raise ValidationError(_("This action is already done."), code="closed")
        locked.closed_at = timezone.now()
        locked.closed_by = by
        locked.save(update_fields=["closed_at", "closed_by"])
    item.closed_at, item.closed_by = locked.closed_at, by
    return item


def action_reopen(*, item: ActionItem, by: Person) -> ActionItem:
    if not sel.can_change_action(by, item):
        raise PermissionDenied
    with transaction.atomic():
        locked = ActionItem.objects.select_for_update().get(pk=item.pk)
        if locked.closed_at is None:
            raise ValidationError(_("This action is still open."), code="open")
        locked.closed_at = None
        locked.closed_by = None
        locked.save(update_fields=["closed_at", "closed_by"])
    item.closed_at, item.closed_by = None, None
    return item
