"""Before and after a circle's meetings: the topic backlog, feedback, the facilitator's
reflection, meeting notes (which can become a story) and action items.

Who sees what (selectors_practice.py has the predicates, built on permissions.py):

- Everything here is visible only to people who can see the circle's meetings: for a *closed*
  circle its active members, for a *listed* one everyone active in the organisation. Outsiders
  of a closed circle get 404 for all of it.
- Topics (T0 for the circle's audience): proposer and votes counts are shown; who voted is not.
- Feedback: the 1–5 rating is treated like a survey answer (DESIGN.md §4, T3): nobody, not even
  a facilitator, sees an individual rating; the average and the distribution are shown only once
  feedback has closed (a week after the meeting, `selectors_practice.FEEDBACK_WINDOW`; so nobody
  can work out a late answer by comparing the figures before and after it) and only from
  `settings.K_ANONYMITY` answers. The "What will you try?" answer is T1: its author sees it, and
  everyone who may see the meeting sees it (with the author's name) only if the author ticked
  "show my answer on this meeting's page".
- The facilitator's reflection (T2-like, about running the circle): its author and the circle's
  other facilitators.
- Notes and action items (T0 for the circle's audience).

Only services_practice.py writes these tables.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = [
    "ActionItem",
    "Feedback",
    "MeetingNotes",
    "Reflection",
    "Topic",
    "TopicKind",
    "TopicVote",
]

TOPIC_TITLE_MAX = 200
TOPIC_DETAILS_MAX = 2000
WILL_TRY_MAX = 1000
REFLECTION_MAX = 5000
NOTES_SECTION_MAX = 20_000
ACTION_TITLE_MAX = 300


class TopicKind(models.TextChoices):
    OFFER = "offer", _("I can share…")
    REQUEST = "request", _("I would like to hear about…")


class Topic(models.Model):
    """One idea in a circle's backlog. Picked for an occurrence, it links to that occurrence and
    through it to the notes and the story that came out of the meeting."""

    circle = models.ForeignKey("circles.Circle", on_delete=models.CASCADE, related_name="topics")
    kind = models.CharField(_("kind"), max_length=8, choices=TopicKind.choices)
    title = models.CharField(_("topic"), max_length=TOPIC_TITLE_MAX)
    details = models.TextField(_("details"), blank=True, max_length=TOPIC_DETAILS_MAX)
    details_html = models.TextField(blank=True, editable=False)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    vote_count = models.PositiveIntegerField(default=0)  # kept by the vote services
    occurrence = models.ForeignKey(
        "circles.Occurrence",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practice_topics",
    )
    picked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-vote_count", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["occurrence"],
                condition=Q(occurrence__isnull=False),
                name="circles_one_topic_per_occurrence",
            )
        ]
        indexes = [models.Index(fields=["circle", "occurrence", "withdrawn_at"])]

    def __str__(self) -> str:
        return self.title


class TopicVote(models.Model):
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="votes")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["topic", "person"], name="circles_one_vote_per_topic")
        ]
        indexes = [models.Index(fields=["person", "topic"])]

    def __str__(self) -> str:
        return f"{self.person_id} → topic {self.topic_id}"


class Feedback(models.Model):
    """An attendee's answer after a meeting: one per person and occurrence, editable."""

    occurrence = models.ForeignKey(
        "circles.Occurrence", on_delete=models.CASCADE, related_name="practice_feedback"
    )
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    rating = models.PositiveSmallIntegerField(_("how useful was it?"))
    will_try = models.TextField(_("What will you try?"), blank=True, max_length=WILL_TRY_MAX)
    shared = models.BooleanField(_("show my answer on the meeting's page"), default=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["occurrence", "person"], name="circles_one_feedback"),
            models.CheckConstraint(
                condition=Q(rating__gte=1) & Q(rating__lte=5), name="circles_feedback_rating"
            ),
        ]

    def __str__(self) -> str:
        return f"feedback {self.person_id} on {self.occurrence_id}"


class Reflection(models.Model):
    """A facilitator's reflection on one occurrence (one per facilitator, editable)."""

    occurrence = models.ForeignKey(
        "circles.Occurrence", on_delete=models.CASCADE, related_name="practice_reflections"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("your reflection"), max_length=REFLECTION_MAX)
    text_html = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["occurrence", "author"], name="circles_one_reflection")
        ]

    def __str__(self) -> str:
        return f"reflection {self.author_id} on {self.occurrence_id}"


class MeetingNotes(models.Model):
    """The notes of one occurrence: Markdown sections (`notes` for most meetings; the three
    prompts `went_well`, `learned`, `change` for reflection meetings), rendered and sanitised by
    the services. `version` guards against two people overwriting each other."""

    occurrence = models.OneToOneField(
        "circles.Occurrence", on_delete=models.CASCADE, related_name="practice_notes"
    )
    sections = models.JSONField(default=dict, blank=True)
    sections_html = models.JSONField(default=dict, blank=True)
    version = models.PositiveIntegerField(default=1)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)
    story = models.ForeignKey(
        "stories.Story", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("meeting notes")
        verbose_name_plural = _("meeting notes")

    def __str__(self) -> str:
        return f"notes on {self.occurrence_id}"


class ActionItem(models.Model):
    """Something someone will do after a meeting. It shows on every later occurrence of the same
    meeting until it is closed."""

    circle = models.ForeignKey(
        "circles.Circle", on_delete=models.CASCADE, related_name="action_items"
    )
    occurrence = models.ForeignKey(
        "circles.Occurrence", on_delete=models.CASCADE, related_name="practice_actions"
    )
    title = models.CharField(_("what"), max_length=ACTION_TITLE_MAX)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    due_on = models.DateField(_("by when"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["due_on", "created_at", "pk"]
        indexes = [models.Index(fields=["circle", "closed_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.closed_at is None
