"""Stories: what people learned, made better, got wrong, tried, found and filmed.

Tiers (DESIGN.md §4): a published story is T0 for its audience (the whole organisation or one unit
and its sub-units; `circle_id` is reserved for circles). Drafts are T2: a separate table, only ever
read by their author, never indexed, never in a feed. Only `services/` writes these tables.

Visibility of a story = state PUBLISHED and audience contains the viewer (selectors.audience_q,
permissions.can_view_story). HIDDEN stories are seen by their author and moderators only; REMOVED
by nobody (the audit entry says why).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from samla.stories.enums import (
    CommentState,
    ExperimentStatus,
    MediaKind,
    ModerationAction,
    ReactionKind,
    ReportReason,
    StoryKind,
    StoryState,
)

LANGUAGE_CHOICES = [("en", "English"), ("da", "Dansk"), ("sv", "Svenska"), ("nb", "Norsk bokmål")]
TITLE_MAX = 160


class Story(models.Model):
    kind = models.CharField(_("kind"), max_length=20, choices=StoryKind.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,  # erasing a person erases what they wrote
        related_name="stories",
    )
    # The author's unit when the story was published: "stories from this unit" does not move
    # when people do.
    author_unit = models.ForeignKey(
        "people.OrgUnit", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX)
    sections = models.JSONField(default=dict, blank=True)  # section key -> Markdown (kinds.py)
    # Each section rendered and sanitised by the services ({key: HTML}); the template adds the
    # section headings in the reader's language.
    sections_html = models.JSONField(default=dict, blank=True)
    teaser = models.CharField(max_length=300, blank=True)  # plain text for cards and Atom
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    # Audience: NULL = the whole organisation; else this unit and its sub-units. PROTECT: a unit
    # that stories are addressed to cannot silently disappear and widen their audience.
    audience_unit = models.ForeignKey(
        "people.OrgUnit",
        verbose_name=_("audience"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    circle_id = models.BigIntegerField(null=True, blank=True)  # reserved: circles' audiences
    topics = models.ManyToManyField(
        "people.Skill", through="StoryTopic", related_name="+", verbose_name=_("topics")
    )
    state = models.CharField(
        max_length=12, choices=StoryState.choices, default=StoryState.PUBLISHED
    )
    published_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)  # set when edited after publishing
    # The composer page's key: a second "Publish" of the same page (a double click, a resent
    # form) finds the story the first one made instead of making another.
    publish_key = models.CharField(max_length=64, blank=True, default="", editable=False)

    # Lesson: written by a manager ("a leader's lesson"), and may ask for a leader's response.
    by_leader = models.BooleanField(default=False)
    asks_leader_response = models.BooleanField(default=False)

    # Article or link. Samla never fetches it.
    link_url = models.URLField(_("address"), max_length=500, blank=True)

    # Experiment.
    sponsor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sponsor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sponsored_experiments",
    )
    experiment_status = models.CharField(
        _("status"), max_length=10, choices=ExperimentStatus.choices, blank=True
    )
    starts_on = models.DateField(_("starts"), null=True, blank=True)
    ends_on = models.DateField(_("ends"), null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)  # result and lesson written

    # Chosen by a learning lead for everyone's "For you".
    highlighted_at = models.DateTimeField(null=True, blank=True)
    highlighted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        indexes = [
            models.Index(fields=["state", "published_at", "id"], name="story_latest"),
            models.Index(fields=["author", "published_at", "id"], name="story_author"),
            models.Index(fields=["author_unit", "published_at", "id"], name="story_author_unit"),
            models.Index(fields=["kind", "published_at", "id"], name="story_kind"),
            # The feed's highlights and experiment results: newest first among few rows. With
            # `state` first both planners walk them in order (bench/README.md, findings 12–16).
            models.Index(
                fields=["state", "published_at", "id"],
                name="story_highlight_feed",
                condition=Q(highlighted_at__isnull=False),
            ),
            models.Index(
                fields=["state", "published_at", "id"],
                name="story_experiment_results",
                condition=Q(kind="experiment", closed_at__isnull=False),
            ),
            models.Index(fields=["sponsor", "experiment_status"], name="story_sponsor"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "publish_key"],
                name="story_publish_once",
                condition=~Q(publish_key=""),
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("stories:story-detail", args=[self.pk])

    @property
    def is_published(self) -> bool:
        return self.state == StoryState.PUBLISHED


class StoryTopic(models.Model):
    """A story's topic (a skill). `published_at` is copied from the story so a topic feed is one
    index range scan."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="story_topics")
    skill = models.ForeignKey("people.Skill", on_delete=models.CASCADE, related_name="+")
    published_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["story", "skill"], name="story_topic_unique")
        ]
        indexes = [models.Index(fields=["skill", "published_at", "story"], name="story_topic_feed")]

    def __str__(self) -> str:
        return f"{self.story_id} → {self.skill_id}"


class StoryDraft(models.Model):
    """Work in progress, private to its author: the composer's fields exactly as typed (they
    may be incomplete or invalid until published). `story` is set when editing a published one."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="story_drafts"
    )
    story = models.ForeignKey(
        Story, null=True, blank=True, on_delete=models.CASCADE, related_name="drafts"
    )
    kind = models.CharField(max_length=20, choices=StoryKind.choices)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["author", "updated_at"], name="story_draft_author")]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "story"],
                name="story_draft_one_per_story",
                condition=Q(story__isnull=False),
            )
        ]

    def __str__(self) -> str:
        return f"draft {self.pk} of {self.author_id}"


class StoryRevision(models.Model):
    """The version a story had before an edit."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="revisions")
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    title = models.CharField(max_length=TITLE_MAX)
    sections = models.JSONField(default=dict)
    language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES)
    link_url = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.story_id} @ {self.created_at:%Y-%m-%d %H:%M}"


def media_path(instance: StoryMedia, filename: str) -> str:
    import secrets

    # Never the uploader's file name: a random one, with the extension of the checked content.
    ext = filename.rsplit(".", 1)[-1] if "." in filename else "bin"
    return f"stories/{secrets.token_hex(16)}.{ext}"


class StoryMedia(models.Model):
    """An uploaded video, poster or image, checked by content. It belongs to a draft while the
    story is being written and to the story once published; served only through
    views that check the story's audience."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    draft = models.ForeignKey(
        StoryDraft, null=True, blank=True, on_delete=models.SET_NULL, related_name="media"
    )
    story = models.ForeignKey(
        Story, null=True, blank=True, on_delete=models.CASCADE, related_name="media"
    )
    kind = models.CharField(max_length=10, choices=MediaKind.choices)
    file = models.FileField(upload_to=media_path, max_length=200)
    content_type = models.CharField(max_length=40)
    size = models.BigIntegerField()
    alt_text = models.CharField(_("description"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"{self.kind} {self.pk}"


class StoryAcknowledgement(models.Model):
    """A leader's response to a lesson that asked for one."""

    story = models.OneToOneField(Story, on_delete=models.CASCADE, related_name="acknowledgement")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    note = models.TextField(_("response"), max_length=2000, blank=True)
    note_html = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.story_id} acknowledged by {self.by_id}"


class Reaction(models.Model):
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="reactions")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=ReactionKind.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["story", "person", "kind"], name="reaction_unique")
        ]

    def __str__(self) -> str:
        return f"{self.kind} on {self.story_id}"


class Comment(models.Model):
    """A comment on a story; `parent` makes it a reply (one level only: replies to replies
    attach to the top-level comment)."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="story_comments"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    body = models.TextField(_("comment"), max_length=5000)
    body_html = models.TextField(blank=True)
    state = models.CharField(
        max_length=10, choices=CommentState.choices, default=CommentState.VISIBLE
    )
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["story", "created_at"], name="comment_story")]

    def __str__(self) -> str:
        return f"comment {self.pk} on {self.story_id}"


class Bookmark(models.Model):
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="story_bookmarks"
    )
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "story"], name="bookmark_unique")]
        indexes = [models.Index(fields=["person", "created_at"], name="bookmark_person")]

    def __str__(self) -> str:
        return f"{self.person_id} saved {self.story_id}"


class Follow(models.Model):
    """A person follows exactly one of: a person, a topic (skill) or a unit."""

    follower = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="story_follows"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    skill = models.ForeignKey(
        "people.Skill", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    unit = models.ForeignKey(
        "people.OrgUnit", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(person__isnull=False, skill__isnull=True, unit__isnull=True)
                    | Q(person__isnull=True, skill__isnull=False, unit__isnull=True)
                    | Q(person__isnull=True, skill__isnull=True, unit__isnull=False)
                ),
                name="follow_exactly_one_target",
            ),
            models.UniqueConstraint(
                fields=["follower", "person"],
                name="follow_person_unique",
                condition=Q(person__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["follower", "skill"],
                name="follow_skill_unique",
                condition=Q(skill__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["follower", "unit"],
                name="follow_unit_unique",
                condition=Q(unit__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.follower_id} follows {self.person_id or self.skill_id or self.unit_id}"


class Report(models.Model):
    """Someone reported a story or one of its comments to the moderators."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="reports")
    comment = models.ForeignKey(
        Comment, null=True, blank=True, on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    details = models.TextField(_("details"), max_length=2000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        indexes = [
            models.Index(
                fields=["created_at"],
                name="report_open",
                condition=Q(resolved_at__isnull=True),
            )
        ]

    def __str__(self) -> str:
        return f"report {self.pk} ({self.reason})"


class ModerationEntry(models.Model):
    """The audit trail of moderation: who did what to which story or comment, and why.
    Append-only; kept when the content is removed."""

    story = models.ForeignKey(
        Story, null=True, blank=True, on_delete=models.SET_NULL, related_name="moderation"
    )
    comment = models.ForeignKey(
        Comment, null=True, blank=True, on_delete=models.SET_NULL, related_name="moderation"
    )
    story_title = models.CharField(max_length=TITLE_MAX, blank=True)  # kept after deletion
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=10, choices=ModerationAction.choices)
    note = models.TextField(blank=True, max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.action} {self.story_id or self.comment_id}"


class FeedKey(models.Model):
    """A person's secret for reading Atom feeds in a feed reader (which has no session). The
    address works until the person makes a new one; it shows only what the person may see."""

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="story_feed_key"
    )
    key = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"feed key of {self.person_id}"
