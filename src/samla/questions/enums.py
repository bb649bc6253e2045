"""The vocabulary of questions and answers."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class QuestionState(models.TextChoices):
    PUBLISHED = "published", pgettext_lazy("question state", "Published")
    HIDDEN = "hidden", pgettext_lazy("question state", "Hidden pending review")
    REMOVED = "removed", pgettext_lazy("question state", "Removed")


class AnswerState(models.TextChoices):
    VISIBLE = "visible", pgettext_lazy("answer state", "Visible")
    HIDDEN = "hidden", pgettext_lazy("answer state", "Hidden pending review")
    REMOVED = "removed", pgettext_lazy("answer state", "Removed")


class ReportReason(models.TextChoices):
    PERSONAL = "personal", _("It names or blames a person")
    SENSITIVE = "sensitive", _("It shares health or other sensitive personal details")
    HARMFUL = "harmful", _("It is offensive or harmful")
    CONFIDENTIAL = "confidential", _("It shares confidential information")
    OTHER = "other", _("Something else")


class ModerationAction(models.TextChoices):
    HIDE = "hide", _("Hidden")
    AUTO_HIDE = "auto_hide", _("Hidden after reports, pending review")
    RESTORE = "restore", _("Restored")
    DISMISS = "dismiss", _("Reports dismissed")
    REMOVE = "remove", _("Removed")
