"""Writing stories: drafts (autosaved, private), publishing, editing with history, deleting, and
the media a story carries.

Every function is one transaction with keyword-only arguments. Publishing appends "shared" to
the learning record, indexes the story for search and tells the people it concerns (mentioned
colleagues who can read it, the leader asked to respond to a lesson, an experiment's sponsor).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from samla.core.audiences import circle_ids_for
from samla.core.markdown import markdown_to_text, render_markdown
from samla.notifications.services import notify
from samla.record.enums import Verb
from samla.stories import notices, permissions, selectors_compose
from samla.stories.enums import MediaKind, StoryKind, StoryState
from samla.stories.kinds import sections_for
from samla.stories.media_types import HEAD_BYTES, sniff_video
from samla.stories.mentions import link_mentions, mention_handles, people_for_handles
from samla.stories.models import Story, StoryDraft, StoryMedia, StoryRevision, StoryTopic
from samla.stories.search_index import story_index, story_unindex
from samla.stories.services.record import story_record

if TYPE_CHECKING:
    from samla.people.models import OrgUnit, Person, Skill

TEASER_LENGTH = 280
DRAFT_MAX_BYTES = 200_000
DRAFTS_MAX = 100  # drafts of new stories per person
IMAGES_MAX = 10
IMAGE_MAX_PIXELS = 40_000_000
IMAGE_MAX_SIDE = 2560
IMAGE_FORMATS = {"JPEG", "PNG", "WEBP"}
LEADS_ASKED = 5

# What a draft may hold: the composer's fields, as typed. Anything else is dropped.
DRAFT_TEXT_KEYS = frozenset(
    {
        "title",
        "language",
        "audience",
        "link_url",
        "sponsor",
        "starts_on",
        "ends_on",
        "experiment_status",
        "asks_leader_response",
        "sensitive_checked",
        "draft_key",
    }
)
DRAFT_LIST_KEYS = frozenset({"topics", "removed_media"})
SECTION_PREFIX = "section_"
ALT_PREFIX = "alt_"

DraftValue = str | list[str]


# --- Rendering --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rendered:
    sections: dict[str, str]  # the kind's sections that have text, stripped
    sections_html: dict[str, str]
    teaser: str
    mentioned: dict[str, Person]


def teaser_of(text: str, limit: int = TEASER_LENGTH) -> str:
    """The first `limit` characters of plain text, cut at a word, with an ellipsis if cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,.;:–—-") + "…"


def render_section(text: str, people: Mapping[str, Person]) -> str:
    """One section's Markdown → sanitised HTML with @mentions linked."""
    return link_mentions(render_markdown(text), people)


def story_render(*, kind: str, sections: Mapping[str, str]) -> Rendered:
    """Render a story's sections as they will be stored (used by the preview, too)."""
    clean = {
        s.key: (sections.get(s.key) or "").strip()
        for s in sections_for(kind)
        if (sections.get(s.key) or "").strip()
    }
    handles: list[str] = []
    for text in clean.values():
        handles += [h for h in mention_handles(text) if h not in handles]
    people = people_for_handles(handles)
    html = {key: render_section(text, people) for key, text in clean.items()}
    plain = " ".join(markdown_to_text(text) for text in clean.values())
    return Rendered(sections=clean, sections_html=html, teaser=teaser_of(plain), mentioned=people)


# --- Drafts -----------------------------------------------------------------------------------


def draft_clean_data(kind: str, data: Mapping[str, object]) -> dict[str, DraftValue]:
    """Keep only the composer's fields (for this kind), as strings or lists of strings; raise
    ValidationError when the result is larger than a draft may be."""
    section_keys = {SECTION_PREFIX + s.key for s in sections_for(kind)}
    clean: dict[str, DraftValue] = {}
    for key, value in data.items():
        if key in DRAFT_LIST_KEYS:
            values = value if isinstance(value, list | tuple) else [value]
            clean[key] = [str(v) for v in values if v not in (None, "")][:100]
        elif key in DRAFT_TEXT_KEYS or key in section_keys or _is_alt_key(key):
            if isinstance(value, list | tuple):
                value = value[-1] if value else ""
            clean[key] = "" if value is None else str(value)
    size = len(json.dumps(clean, ensure_ascii=False).encode("utf-8"))
    if size > DRAFT_MAX_BYTES:
        raise ValidationError(
            _(
                "This draft is too long to be saved (%(size)s KB; a draft holds at most "
                "%(limit)s KB). Shorten it, or split it into two stories."
            )
            % {"size": round(size / 1000), "limit": DRAFT_MAX_BYTES // 1000},
            code="draft_too_large",
        )
    return clean


def _is_alt_key(key: str) -> bool:
    return key.startswith(ALT_PREFIX) and key[len(ALT_PREFIX) :].isdigit()


def draft_save(
    *,
    author: Person,
    kind: str,
    data: Mapping[str, object],
    draft: StoryDraft | None = None,
    story: Story | None = None,
) -> StoryDraft:
    """Save the composer's fields as typed. Without `draft`, the draft is found by the story
    being edited (one per author and story) or by the page's `draft_key`, else created."""
    if draft is not None and draft.author_id != author.pk:
        raise PermissionDenied
    if story is not None and not permissions.can_edit_story(author, story):
        raise PermissionDenied
    if kind not in StoryKind.values:
        raise ValidationError(_("Unknown kind of story."), code="kind")
    kind = draft.kind if draft is not None else (story.kind if story is not None else kind)
    clean = draft_clean_data(kind, data)
    now = timezone.now()
    with transaction.atomic():
        if draft is None and story is not None:
            draft = selectors_compose.draft_for_story(person=author, story=story)
            if draft is None:
                try:
                    with transaction.atomic():
                        return StoryDraft.objects.create(
                            author=author, story=story, kind=kind, data=clean, updated_at=now
                        )
                except IntegrityError:  # a second tab created it meanwhile
                    draft = StoryDraft.objects.get(author=author, story=story)
        if draft is None:
            key = str(clean.get("draft_key", ""))
            draft = selectors_compose.draft_for_key(person=author, key=key)
        if draft is None:
            if StoryDraft.objects.filter(author=author, story=None).count() >= DRAFTS_MAX:
                raise ValidationError(
                    _("You have %(count)s drafts. Publish or delete some before starting another.")
                    % {"count": DRAFTS_MAX},
                    code="too_many_drafts",
                )
            return StoryDraft.objects.create(author=author, kind=kind, data=clean, updated_at=now)
        draft.data = clean
        draft.updated_at = now
        draft.save(update_fields=["data", "updated_at"])
    return draft


def draft_delete(*, draft: StoryDraft, by: Person) -> None:
    """Delete a draft and the media uploaded to it (the published story's media stay)."""
    if draft.author_id != by.pk:
        raise PermissionDenied
    with transaction.atomic():
        media = list(StoryMedia.objects.filter(draft=draft, story=None))
        _delete_media_rows(media)
        draft.delete()


# --- Publishing and editing -------------------------------------------------------------------


@dataclass
class StoryContent:
    """A story's content, validated by the composer's form."""

    title: str
    sections: dict[str, str]
    language: str
    audience_unit: OrgUnit | None = None
    circle_id: int | None = None  # a circle's members only (then audience_unit is None)
    topics: list[Skill] = field(default_factory=list)
    link_url: str = ""
    sponsor: Person | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    experiment_status: str = ""
    asks_leader_response: bool = False
    alt_texts: dict[int, str] = field(default_factory=dict)
    removed_media: frozenset[int] = frozenset()


def _apply_content(story: Story, content: StoryContent, rendered: Rendered) -> None:
    story.title = content.title.strip()
    story.sections = rendered.sections
    story.sections_html = rendered.sections_html
    story.teaser = rendered.teaser
    story.language = content.language
    story.audience_unit = content.audience_unit
    story.circle_id = content.circle_id if content.audience_unit is None else None
    if story.kind == StoryKind.ARTICLE:
        story.link_url = content.link_url
    if story.kind == StoryKind.EXPERIMENT:
        story.sponsor = content.sponsor
        story.starts_on = content.starts_on
        story.ends_on = content.ends_on
        if content.experiment_status:
            story.experiment_status = content.experiment_status
    if story.kind == StoryKind.LESSON:
        story.asks_leader_response = content.asks_leader_response


def _sync_topics(story: Story, topics: Iterable[Skill]) -> list[str]:
    wanted = {skill.pk: skill for skill in topics}
    StoryTopic.objects.filter(story=story).exclude(skill_id__in=wanted).delete()
    have = set(StoryTopic.objects.filter(story=story).values_list("skill_id", flat=True))
    StoryTopic.objects.bulk_create(
        [
            StoryTopic(story=story, skill=skill, published_at=story.published_at)
            for pk, skill in wanted.items()
            if pk not in have
        ]
    )
    # published_at is copied onto the rows: keep them in step if it ever changes.
    StoryTopic.objects.filter(story=story).exclude(published_at=story.published_at).update(
        published_at=story.published_at
    )
    return sorted(skill.slug for skill in wanted.values())


def _take_media(story: Story, draft: StoryDraft | None, content: StoryContent) -> None:
    """Move the draft's uploads to the story, apply removals and alt texts."""
    if content.removed_media:
        _delete_media_rows(
            list(StoryMedia.objects.filter(story=story, pk__in=content.removed_media))
        )
    if draft is not None:
        incoming = list(StoryMedia.objects.filter(draft=draft, story=None))
        # One video and one poster per story: a new one replaces the old.
        for kind in (MediaKind.VIDEO, MediaKind.POSTER):
            if any(m.kind == kind for m in incoming):
                _delete_media_rows(list(StoryMedia.objects.filter(story=story, kind=kind)))
        StoryMedia.objects.filter(pk__in=[m.pk for m in incoming]).update(story=story, draft=None)
    for media in StoryMedia.objects.filter(story=story, pk__in=list(content.alt_texts)):
        alt = content.alt_texts[media.pk].strip()[:300]
        if media.alt_text != alt:
            media.alt_text = alt
            media.save(update_fields=["alt_text"])


def _check_media(story: Story) -> None:
    if story.kind != StoryKind.MEDIA:
        return
    media = list(StoryMedia.objects.filter(story=story))
    if not any(m.kind in {MediaKind.VIDEO, MediaKind.IMAGE} for m in media):
        raise ValidationError(_("Add a video or at least one image."), code="media_missing")
    if any(m.kind == MediaKind.IMAGE and not m.alt_text.strip() for m in media):
        raise ValidationError(_("Describe every image for people who cannot see it."))


def _check_circle(person: Person, circle_id: int | None, *, current: int | None) -> None:
    """Only a member may address a story to a circle (an edit may keep the story's circle)."""
    if circle_id is None or circle_id == current:
        return
    if circle_id not in circle_ids_for(person):
        raise ValidationError(
            _("You can share a story with a circle only while you are a member of it."),
            code="circle",
        )


def story_publish(
    *,
    author: Person,
    kind: str,
    content: StoryContent,
    draft: StoryDraft | None = None,
    publish_key: str = "",
) -> Story:
    """Publish a story from validated content (and the draft it was written in, whose media
    move to the story and which is then deleted). `publish_key` (the composer page's key) makes
    it idempotent: publishing the same page again returns the story published the first time."""
    publish_key = publish_key[:64]
    if publish_key:
        existing = Story.objects.filter(author=author, publish_key=publish_key).first()
        if existing is not None:
            return existing
    if draft is not None and (draft.author_id != author.pk or draft.story_id is not None):
        raise PermissionDenied
    if draft is not None and draft.kind != kind:
        raise ValidationError(_("This draft is for another kind of story."), code="kind")
    if not author.is_active:
        raise PermissionDenied
    if kind not in StoryKind.values:
        raise ValidationError(_("Unknown kind of story."), code="kind")
    _check_circle(author, content.circle_id, current=None)
    rendered = story_render(kind=kind, sections=content.sections)
    now = timezone.now()
    with transaction.atomic():
        story = Story(
            kind=kind,
            author=author,
            author_unit_id=author.unit_id,
            state=StoryState.PUBLISHED,
            published_at=now,
            updated_at=now,
            by_leader=kind == StoryKind.LESSON and author.is_manager,
            publish_key=publish_key,
        )
        _apply_content(story, content, rendered)
        try:
            with transaction.atomic():
                story.save()
        except IntegrityError:
            # The same page published at the same moment (a double click): that one stands.
            return Story.objects.get(author=author, publish_key=publish_key)
        slugs = _sync_topics(story, content.topics)
        _take_media(story, draft, content)
        _check_media(story)
        if draft is not None:
            draft.delete()
        story_index(story)
        story_record(actor=author, verb=Verb.SHARED, story=story, topics=slugs, timestamp=now)
        _notify_mentioned(story, rendered.mentioned.values(), already=set())
        _ask_for_response(story)
        _ask_sponsor(story)
    return story


def story_update(
    *,
    story: Story,
    editor: Person,
    content: StoryContent,
    draft: StoryDraft | None = None,
) -> Story:
    """Save an edit of a published story: the previous version becomes a revision."""
    if not permissions.can_edit_story(editor, story):
        raise PermissionDenied
    if draft is not None and (draft.author_id != editor.pk or draft.story_id != story.pk):
        raise PermissionDenied
    _check_circle(editor, content.circle_id, current=story.circle_id)
    rendered = story_render(kind=story.kind, sections=content.sections)
    with transaction.atomic():
        story = Story.objects.select_for_update().select_related("author").get(pk=story.pk)
        before = people_for_handles(
            h for text in story.sections.values() for h in mention_handles(str(text))
        )
        asked_before = story.asks_leader_response
        sponsor_before = story.sponsor_id
        StoryRevision.objects.create(
            story=story,
            editor=editor,
            title=story.title,
            sections=story.sections,
            language=story.language,
            link_url=story.link_url,
        )
        _apply_content(story, content, rendered)
        now = timezone.now()
        story.edited_at = now
        story.updated_at = now
        story.save()
        _sync_topics(story, content.topics)
        _take_media(story, draft, content)
        _check_media(story)
        if draft is not None:
            draft.delete()
        else:
            StoryDraft.objects.filter(author=editor, story=story).delete()
        story_index(story)
        _notify_mentioned(
            story, rendered.mentioned.values(), already={p.pk for p in before.values()}
        )
        if story.asks_leader_response and not asked_before:
            _ask_for_response(story)
        if story.sponsor_id != sponsor_before:
            _ask_sponsor(story)
    return story


def story_delete(*, story: Story, by: Person) -> None:
    """An author deletes their own story, for good (organisation admins remove stories through
    moderation, which keeps an audit entry)."""
    if not permissions.can_edit_story(by, story):
        raise PermissionDenied
    story_id = story.pk
    with transaction.atomic():
        _delete_media_rows(list(StoryMedia.objects.filter(story=story)))
        for draft in StoryDraft.objects.filter(story=story):
            _delete_media_rows(list(StoryMedia.objects.filter(draft=draft)))
        story.delete()
        story_unindex(story_id)


# --- Telling people ---------------------------------------------------------------------------


def _notify_mentioned(story: Story, people: Iterable[Person], *, already: set[int]) -> None:
    """Newly mentioned people who can read the story (never the author)."""
    for person in people:
        if person.pk == story.author_id or person.pk in already:
            continue
        if not permissions.can_view_story(person, story):
            continue
        notify(
            recipient=person,
            kind="mentioned",
            params={"actor": story.author.full_name, "title": story.title},
            url=story.get_absolute_url(),
            dedupe_key=f"story-mention:{story.pk}",
        )


def _ask_for_response(story: Story) -> None:
    """A lesson that asks for a leader's response: the author's manager, or (without one, or if
    the manager cannot read it) up to five learning leads who can."""
    if story.kind != StoryKind.LESSON or not story.asks_leader_response:
        return
    manager = story.author.manager
    recipients: list[Person] = []
    if (
        permissions.leader_responders(story) == "manager"
        and manager is not None
        and permissions.can_view_story(manager, story)
    ):
        recipients = [manager]
    else:
        for lead in selectors_compose.learning_leads(limit=50):
            if lead.pk != story.author_id and permissions.can_view_story(lead, story):
                recipients.append(lead)
            if len(recipients) >= LEADS_ASKED:
                break
    for person in recipients:
        notify(
            recipient=person,
            kind=notices.RESPONSE_REQUESTED.key,
            params={"actor": story.author.full_name, "title": story.title},
            url=story.get_absolute_url(),
            dedupe_key=f"story-response:{story.pk}:{person.pk}",
        )


def _ask_sponsor(story: Story) -> None:
    sponsor = story.sponsor
    if story.kind != StoryKind.EXPERIMENT or sponsor is None or sponsor.pk == story.author_id:
        return
    notify(
        recipient=sponsor,
        kind=notices.SPONSOR_ASKED.key,
        params={"actor": story.author.full_name, "title": story.title},
        url=story.get_absolute_url(),
        dedupe_key=f"story-sponsor:{story.pk}:{sponsor.pk}",
    )


# --- Media ------------------------------------------------------------------------------------


def _megabytes(size: int) -> str:
    return f"{size / 1_048_576:.1f}"


def _too_large(upload: UploadedFile[bytes], limit_mb: int) -> ValidationError | None:
    size = upload.size or 0
    if size > limit_mb * 1_048_576:
        return ValidationError(
            _("The file is too large (%(size)s MB). The limit is %(limit)s MB.")
            % {"size": _megabytes(size), "limit": limit_mb},
            code="too_large",
        )
    return None


def _reencode_image(upload: UploadedFile[bytes]) -> bytes:
    """Check an image by content, strip its metadata and re-encode it as WebP."""
    upload.seek(0)
    data = upload.read()
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format not in IMAGE_FORMATS:
                raise ValidationError(_("Use a JPEG, PNG or WebP image."), code="format")
            if probe.width * probe.height > IMAGE_MAX_PIXELS:
                raise ValidationError(_("The image has too many pixels."), code="pixels")
            probe.verify()
        with Image.open(io.BytesIO(data)) as opened:
            image = ImageOps.exif_transpose(opened)
            has_alpha = image.mode in {"RGBA", "LA", "PA"} or "transparency" in image.info
            image = image.convert("RGBA" if has_alpha else "RGB")
            image.thumbnail((IMAGE_MAX_SIDE, IMAGE_MAX_SIDE))
            out = io.BytesIO()
            image.save(out, format="WEBP", quality=82, method=4)
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError, ValueError):
        raise ValidationError(
            _("This file is not an image Samla can read. Use a JPEG, PNG or WebP image."),
            code="unreadable",
        ) from None
    return out.getvalue()


def media_attach(
    *,
    owner: Person,
    draft: StoryDraft,
    kind: str,
    upload: UploadedFile[bytes],
    alt_text: str = "",
) -> StoryMedia:
    """Check an upload by its content and attach it to a draft under a random name.

    A video must be MP4 or WebM (by its first bytes), an image or poster JPEG, PNG or WebP (read
    by Pillow; re-encoded as WebP without metadata). Too large or not what it claims to be:
    ValidationError, and nothing is stored.
    """
    if draft.author_id != owner.pk:
        raise PermissionDenied
    if kind not in MediaKind.values:
        raise ValidationError(_("Choose whether this is a video, a poster or an image."))
    if draft.kind != StoryKind.MEDIA:
        raise ValidationError(_("Only a video or image story carries uploads."), code="kind")
    if kind == MediaKind.VIDEO:
        error = _too_large(upload, settings.STORY_VIDEO_MAX_MB)
        if error:
            raise error
        upload.seek(0)
        content_type = sniff_video(upload.read(HEAD_BYTES))
        upload.seek(0)
        if content_type is None:
            raise ValidationError(
                _("This file is not a video Samla can show. Use an MP4 or WebM video."),
                code="not_video",
            )
        extension = content_type.split("/")[1]
        content: ContentFile[bytes] | UploadedFile[bytes] = upload
        size = upload.size or 0
    else:
        error = _too_large(upload, settings.STORY_IMAGE_MAX_MB)
        if error:
            raise error
        if kind == MediaKind.IMAGE:
            count = StoryMedia.objects.filter(draft=draft, kind=MediaKind.IMAGE).count()
            if draft.story_id is not None:
                count += StoryMedia.objects.filter(
                    story_id=draft.story_id, kind=MediaKind.IMAGE
                ).count()
            if count >= IMAGES_MAX:
                raise ValidationError(
                    _("A story holds at most %(count)s images.") % {"count": IMAGES_MAX},
                    code="too_many",
                )
        data = _reencode_image(upload)
        content_type, extension = "image/webp", "webp"
        content = ContentFile(data)
        size = len(data)

    media = StoryMedia(
        owner=owner,
        draft=draft,
        kind=kind,
        content_type=content_type,
        size=size,
        alt_text=alt_text.strip()[:300],
    )
    media.file.save(f"upload.{extension}", content, save=False)
    stored = media.file.name or ""
    try:
        with transaction.atomic():
            if kind in {MediaKind.VIDEO, MediaKind.POSTER}:
                _delete_media_rows(
                    list(StoryMedia.objects.filter(draft=draft, story=None, kind=kind))
                )
            last = StoryMedia.objects.filter(draft=draft).order_by("-position").first()
            media.position = (last.position + 1) if last else 0
            media.save()
    except BaseException:
        media.file.storage.delete(stored)
        raise
    return media


def media_remove(*, media: StoryMedia, by: Person) -> None:
    """Remove an upload from a draft (a published story's media change through story_update)."""
    if media.owner_id != by.pk or media.story_id is not None:
        raise PermissionDenied
    with transaction.atomic():
        _delete_media_rows([media])


def _delete_media_rows(media: list[StoryMedia]) -> None:
    """Delete rows now and their files once the transaction has committed."""
    if not media:
        return
    names = [m.file.name for m in media if m.file.name]
    storage = media[0].file.storage
    StoryMedia.objects.filter(pk__in=[m.pk for m in media]).delete()

    def delete_files() -> None:
        for name in names:
            storage.delete(name)

    transaction.on_commit(delete_files)
