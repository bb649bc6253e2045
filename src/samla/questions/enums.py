"""The vocabulary of questions and answers."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# The same reasons as for stories (re-exported: questions' models and forms use it from here).
from samla.stories.enums import ReportReason as ReportReason


class QuestionState(models.TextChoices):
    PUBLISHED = "published", pgettext_lazy("question state", "Published")
    HIDDEN = "hidden", pgettext_lazy("question state", "Hidden pending review")
    REMOVED = "removed", pgettext_lazy("question state", "Removed")


class AnswerState(models.TextChoices):
    VISIBLE = "visible", pgettext_lazy("answer state", "Visible")
    HIDDEN = "hidden", pgettext_lazy("answer state", "Hidden pending review")
    REMOVED = "removed", pgettext_lazy("answer state", "Removed")


class ModerationAction(models.TextChoices):
    HIDE = "hide", _("Hidden")
    AUTO_HIDE = "auto_hide", _("Hidden after reports, pending review")
    RESTORE = "restore", _("Restored")
    DISMISS = "dismiss", _("Reports dismissed")
    REMOVE = "remove", _("Removed")
