"""Questions and answers.

Visibility of a question = state PUBLISHED and its audience (the whole organisation, or a unit
and its sub-units) contains the viewer (selectors.audience_q, permissions.can_view_question).

Anonymous questions (DESIGN: "ask without fear"): `author` is NULL, and no row anywhere ties the
asker to the question — no hash of the person, no session key, no IP, no exact time (`asked_on`
is a date; `published_at` stays NULL), no learning record entry, no notification to or about the
asker. The asker holds a random token (shown once, kept in a cookie on /questions/); only its
SHA-256 is stored (`anon_token_hash`). Replies and acceptance through the private link are
stored with `by_asker=True` and no author, also to the day only. Only `services` write these
tables.
"""

from __future__ import annotations

import importlib.util
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from samla.questions.enums import AnswerState, ModerationAction, QuestionState, ReportReason

LANGUAGE_CHOICES = [("en", "English"), ("da", "Dansk"), ("sv", "Svenska"), ("nb", "Norsk bokmål")]
TITLE_MAX = 160
BODY_MAX = 10_000
ANSWER_MAX = 10_000
COMMENT_MAX = 2_000


def new_public_id() -> str:
    return secrets.token_urlsafe(9)  # 12 URL-safe characters


def random_pk() -> int:
    """A random primary key (below 2**53, safe in JavaScript). Sequential ids would tell the order
    in which rows were written, and so, between named questions and answers that carry a time,
    roughly when an anonymous question was asked or its asker replied."""
    return secrets.randbelow(2**53 - 1) + 1


class Question(models.Model):
    id = models.BigIntegerField(primary_key=True, default=random_pk, editable=False)
    public_id = models.CharField(max_length=16, unique=True, default=new_public_id, editable=False)
    title = models.CharField(_("title"), max_length=TITLE_MAX)
    body = models.TextField(_("question"), max_length=BODY_MAX, blank=True)
    body_html = models.TextField(blank=True)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    topics = models.ManyToManyField(
        "people.Skill", through="QuestionTopic", related_name="+", verbose_name=_("topics")
    )
    # NULL = the whole organisation; else this unit and its sub-units.
    audience_unit = models.ForeignKey(
        "people.OrgUnit",
        verbose_name=_("audience"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # Always NULL for an anonymous question.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="questions",
    )
    is_anonymous = models.BooleanField(default=False, editable=False)
    asked_on = models.DateField()  # the day only, for every question
    published_at = models.DateTimeField(null=True, blank=True)  # named questions only
    state = models.CharField(
        max_length=12, choices=QuestionState.choices, default=QuestionState.PUBLISHED
    )
    accepted_answer = models.ForeignKey(
        "Answer", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    accepted_on = models.DateField(null=True, blank=True)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    answer_count = models.PositiveIntegerField(default=0)
    score = models.IntegerField(default=0)
    follower_count = models.PositiveIntegerField(default=0)
    anon_token_hash = models.CharField(max_length=64, blank=True, default="", editable=False)
    story_id = models.BigIntegerField(null=True, blank=True)  # set when turned into a story

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        indexes = [
            models.Index(fields=["state", "asked_on", "id"], name="question_latest"),
            models.Index(
                fields=["state", "asked_on", "id"],
                name="question_unanswered",
                condition=Q(answer_count=0),
            ),
            models.Index(fields=["author", "asked_on", "id"], name="question_author"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["anon_token_hash"],
                name="question_token_unique",
                condition=~Q(anon_token_hash=""),
            ),
            models.CheckConstraint(
                condition=Q(is_anonymous=False) | Q(author__isnull=True, published_at__isnull=True),
                name="question_anonymous_has_no_author",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("questions:detail", args=[self.public_id])

    @property
    def is_published(self) -> bool:
        return self.state == QuestionState.PUBLISHED


class QuestionTopic(models.Model):
    id = models.BigIntegerField(primary_key=True, default=random_pk, editable=False)
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="question_topics")
    skill = models.ForeignKey("people.Skill", on_delete=models.CASCADE, related_name="+")
    asked_on = models.DateField()  # copied from the question: a topic list is one index scan

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["question", "skill"], name="question_topic_unique")
        ]
        indexes = [
            models.Index(fields=["skill", "asked_on", "question"], name="question_topic_list")
        ]

    def __str__(self) -> str:
        return f"{self.question_id} → {self.skill_id}"


class Answer(models.Model):
    id = models.BigIntegerField(primary_key=True, default=random_pk, editable=False)
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    # NULL with by_asker=True when the anonymous asker replies through the private link.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="question_answers",
    )
    by_asker = models.BooleanField(default=False)
    body = models.TextField(_("answer"), max_length=ANSWER_MAX)
    body_html = models.TextField(blank=True)
    state = models.CharField(
        max_length=10, choices=AnswerState.choices, default=AnswerState.VISIBLE
    )
    score = models.IntegerField(default=0)
    created_on = models.DateField()
    created_at = models.DateTimeField(null=True, blank=True)  # named answers only

    class Meta:
        indexes = [models.Index(fields=["question", "created_on", "id"], name="answer_question")]
        constraints = [
            models.CheckConstraint(
                condition=Q(by_asker=False, author__isnull=False)
                | Q(by_asker=True, author__isnull=True, created_at__isnull=True)
                | Q(by_asker=True, author__isnull=False),
                name="answer_author_or_anonymous_asker",
            )
        ]

    def __str__(self) -> str:
        return f"answer {self.pk} to {self.question_id}"

    @property
    def is_anonymous(self) -> bool:
        return self.author_id is None


class Comment(models.Model):
    """A short comment on a question or on one answer."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="comments")
    answer = models.ForeignKey(
        Answer, null=True, blank=True, on_delete=models.CASCADE, related_name="comments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="question_comments",
    )
    by_asker = models.BooleanField(default=False)
    body = models.TextField(_("comment"), max_length=COMMENT_MAX)
    body_html = models.TextField(blank=True)
    state = models.CharField(
        max_length=10, choices=AnswerState.choices, default=AnswerState.VISIBLE
    )
    created_on = models.DateField()
    created_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["question", "created_on", "id"], name="qcomment_question")]

    def __str__(self) -> str:
        return f"comment {self.pk} on {self.question_id}"


class Vote(models.Model):
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(
        Question, null=True, blank=True, on_delete=models.CASCADE, related_name="votes"
    )
    answer = models.ForeignKey(
        Answer, null=True, blank=True, on_delete=models.CASCADE, related_name="votes"
    )
    value = models.SmallIntegerField()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(question__isnull=False, answer__isnull=True)
                | Q(question__isnull=True, answer__isnull=False),
                name="qvote_one_target",
            ),
            models.CheckConstraint(condition=Q(value__in=[-1, 1]), name="qvote_value"),
            models.UniqueConstraint(
                fields=["person", "question"],
                name="qvote_question_unique",
                condition=Q(question__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["person", "answer"],
                name="qvote_answer_unique",
                condition=Q(answer__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.value:+d} on {self.question_id or self.answer_id}"


class QuestionFollow(models.Model):
    """ "I have this question too": the person follows it and hears of answers."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="question_follows"
    )
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="follows")
    created_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "question"], name="question_follow_unique")
        ]

    def __str__(self) -> str:
        return f"{self.person_id} follows {self.question_id}"


class QuestionReport(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="reports")
    answer = models.ForeignKey(
        Answer, null=True, blank=True, on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    details = models.TextField(_("details"), max_length=2000, blank=True)
    created_on = models.DateField()
    resolved_on = models.DateField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        indexes = [
            models.Index(
                fields=["question", "answer"],
                name="qreport_open",
                condition=Q(resolved_on__isnull=True),
            )
        ]

    def __str__(self) -> str:
        return f"report {self.pk} ({self.reason})"


class ModerationEntry(models.Model):
    """The audit trail of moderation of questions and answers. Append-only. It names the
    moderator, never the asker."""

    question = models.ForeignKey(
        Question, null=True, blank=True, on_delete=models.SET_NULL, related_name="moderation"
    )
    answer = models.ForeignKey(
        Answer, null=True, blank=True, on_delete=models.SET_NULL, related_name="moderation"
    )
    question_title = models.CharField(max_length=TITLE_MAX, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=10, choices=ModerationAction.choices)
    note = models.TextField(blank=True, max_length=2000)
    created_on = models.DateField()

    class Meta:
        ordering = ["-created_on", "-id"]

    def __str__(self) -> str:
        return f"{self.action} {self.question_id or self.answer_id}"


# q-routing's models (RoutingRequest …) live in models_routing.py; Django finds them through here.
if importlib.util.find_spec("samla.questions.models_routing") is not None:
    from samla.questions.models_routing import *  # noqa: F403
