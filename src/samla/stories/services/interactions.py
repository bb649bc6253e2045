"""Interactions with stories: reactions, comments (one level of replies), bookmarks, follows of
people, topics and units, and the key a person's feed reader uses.

Every function is one transaction with keyword-only arguments and checks permission itself
(PermissionDenied), so the HTML views and the API cannot differ; views ask the same predicates
first to answer 404. Bad values raise ValueError (a programming or URL error: 400) or
ValidationError (what a person typed: 422, with a translated message).
"""

from __future__ import annotations

import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from samla.core.markdown import render_markdown
from samla.notifications.services import notify
from samla.people.models import OrgUnit, Person, Skill
from samla.record import selectors as record_selectors
from samla.record.enums import Verb
from samla.stories import notices, permissions
from samla.stories.enums import CommentState, ReactionKind
from samla.stories.models import Bookmark, Comment, FeedKey, Follow, Reaction, Story
from samla.stories.services.record import story_record

COMMENT_MAX = 5000


# --- reactions ---------------------------------------------------------------------------------


def reaction_toggle(*, story: Story, person: Person, kind: str) -> bool:
    """Add the reaction, or take it back if the person had it. Returns whether it is on now.
    The learning record gets one REACTED entry per story, person and kind, however often the
    reaction is toggled."""
    if kind not in ReactionKind.values:
        raise ValueError(f"unknown reaction kind {kind!r}")
    if not permissions.can_interact(person, story):
        raise PermissionDenied
    with transaction.atomic():
        deleted, _rows = Reaction.objects.filter(story=story, person=person, kind=kind).delete()
        if deleted:
            return False
        try:
            with transaction.atomic():
                Reaction.objects.create(story=story, person=person, kind=kind)
        except IntegrityError:
            return True  # a double click raced us: it is on
        recorded = (
            record_selectors.activities_own(person)
            .filter(
                verb=Verb.REACTED,
                object_type="story",
                object_id=str(story.pk),
                context_type="reaction",
                context_id=kind,
            )
            .exists()
        )
        if not recorded:
            story_record(
                actor=person,
                verb=Verb.REACTED,
                story=story,
                context_type="reaction",
                context_id=kind,
            )
    return True


# --- comments ----------------------------------------------------------------------------------


def _clean_body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise ValidationError(_("Write your comment before you send it."), code="required")
    if len(body) > COMMENT_MAX:
        raise ValidationError(
            _("A comment can be at most %(max)d characters long; this one has %(length)d.")
            % {"max": COMMENT_MAX, "length": len(body)},
            code="max_length",
        )
    return body


def comment_create(
    *, story: Story, author: Person, body: str, parent: Comment | None = None
) -> Comment:
    """A comment, or a reply when `parent` is given (a reply to a reply attaches to the top-level
    comment: one level only). Tells the story's author and the parent comment's author, never
    the commenter themself."""
    if not permissions.can_interact(author, story):
        raise PermissionDenied
    body = _clean_body(body)
    if parent is not None:
        if parent.story_id != story.pk:
            raise ValueError("the parent comment belongs to another story")
        if parent.parent_id is not None:
            parent = Comment.objects.select_related("author").get(pk=parent.parent_id)
        if parent.state != CommentState.VISIBLE:
            raise ValidationError(
                _("That comment is no longer shown, so you cannot reply to it."), code="parent"
            )
    with transaction.atomic():
        comment = Comment.objects.create(
            story=story, author=author, parent=parent, body=body, body_html=render_markdown(body)
        )
        url = f"{story.get_absolute_url()}#comment-{comment.pk}"
        story_record(actor=author, verb=Verb.COMMENTED, story=story)
        params = {"actor": author.full_name, "title": story.title}
        told: set[int] = {author.pk}
        if parent is not None and parent.author_id not in told:
            notify(
                recipient=parent.author,
                kind=notices.REPLIED.key,
                params=params,
                url=url,
                dedupe_key=f"story_replied:{comment.pk}",
            )
            told.add(parent.author_id)
        if story.author_id not in told:
            notify(
                recipient=story.author,
                kind=notices.COMMENTED.key,
                params=params,
                url=url,
                dedupe_key=f"story_commented:{comment.pk}",
            )
    return comment


def comment_delete(*, comment: Comment, by: Person) -> Comment:
    """The author takes back their own comment: its words are erased and the page says
    "comment removed" in its place, so replies keep their context."""
    if not permissions.can_withdraw_comment(by, comment):
        raise PermissionDenied
    with transaction.atomic():
        comment.state = CommentState.REMOVED
        comment.body = ""
        comment.body_html = ""
        comment.save(update_fields=["state", "body", "body_html"])
    return comment


# --- bookmarks and follows ---------------------------------------------------------------------


def bookmark_toggle(*, story: Story, person: Person) -> bool:
    """Save the story, or unsave it. Returns whether it is saved now."""
    if not permissions.can_interact(person, story):
        raise PermissionDenied
    with transaction.atomic():
        deleted, _rows = Bookmark.objects.filter(story=story, person=person).delete()
        if deleted:
            return False
        try:
            with transaction.atomic():
                Bookmark.objects.create(story=story, person=person)
        except IntegrityError:
            pass  # saved by a parallel request
    return True


def follow_toggle(
    *,
    follower: Person,
    person: Person | None = None,
    skill: Skill | None = None,
    unit: OrgUnit | None = None,
) -> bool:
    """Follow exactly one person, topic (skill) or unit, or stop following it. Returns whether
    the follower follows it now."""
    targets = [t for t in (person, skill, unit) if t is not None]
    if len(targets) != 1:
        raise ValueError("follow exactly one person, topic or unit")
    if not follower.is_active:
        raise PermissionDenied
    if person is not None and (person.pk == follower.pk or not person.is_active):
        raise ValueError("one follows active colleagues, not oneself")
    with transaction.atomic():
        existing = Follow.objects.filter(follower=follower, person=person, skill=skill, unit=unit)
        deleted, _rows = existing.delete()
        if deleted:
            return False
        try:
            with transaction.atomic():
                Follow.objects.create(follower=follower, person=person, skill=skill, unit=unit)
        except IntegrityError:
            pass  # followed by a parallel request
    return True


# --- feed keys ---------------------------------------------------------------------------------


def feed_key_renew(*, person: Person) -> FeedKey:
    """A new secret for the person's feed addresses; the old one stops working at once."""
    if not person.is_active:
        raise PermissionDenied
    with transaction.atomic():
        FeedKey.objects.filter(person=person).delete()
        return FeedKey.objects.create(person=person, key=secrets.token_urlsafe(32))


def feed_key_revoke(*, person: Person) -> None:
    """The person's feed addresses stop working; none works until they make a new one."""
    with transaction.atomic():
        FeedKey.objects.filter(person=person).delete()
