"""The vocabulary of stories. Section lists per kind live in `kinds.py` (plain Python)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class StoryKind(models.TextChoices):
    LEARNING = "learning", _("Learning")
    SUCCESS = "success", _("Success")
    LESSON = "lesson", _("Lesson: it did not go as planned")
    TIP = "tip", _("Tip or tool")
    ARTICLE = "article", _("Article or link")
    EXPERIMENT = "experiment", _("Experiment")
    MEDIA = "media", _("Video or images")


class StoryState(models.TextChoices):
    PUBLISHED = "published", _("Published")
    HIDDEN = "hidden", _("Hidden by a moderator")
    REMOVED = "removed", _("Removed by an administrator")


class ExperimentStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    ENDED = "ended", _("Ended")


class ReactionKind(models.TextChoices):
    HELPED = "helped", _("This helped me")
    WILL_TRY = "will_try", _("I will try this")
    THANKS = "thanks", _("Thank you for sharing")


class CommentState(models.TextChoices):
    VISIBLE = "visible", pgettext_lazy("comment state", "Visible")
    HIDDEN = "hidden", pgettext_lazy("comment state", "Hidden by a moderator")
    REMOVED = "removed", pgettext_lazy("comment state", "Removed")


class ReportReason(models.TextChoices):
    PERSONAL = "personal", _("It names or blames a person")
    SENSITIVE = "sensitive", _("It shares health or other sensitive personal details")
    HARMFUL = "harmful", _("It is offensive or harmful")
    CONFIDENTIAL = "confidential", _("It shares confidential information")
    OTHER = "other", _("Something else")


class ModerationAction(models.TextChoices):
    HIDE = "hide", _("Hidden")
    RESTORE = "restore", _("Restored")
    NOTE = "note", _("Note to the author")
    REMOVE = "remove", _("Removed by an administrator")
    DISMISS = "dismiss", _("Reports dismissed")


class MediaKind(models.TextChoices):
    VIDEO = "video", _("Video")
    POSTER = "poster", _("Poster image")
    IMAGE = "image", _("Image")
