"""Routing questions to the people who can help (q-routing; imported by models.py).

Nothing here names the asker: a RoutingRequest names the *helper* who was asked, never who asked,
and its time is a date (an anonymous question has no exact time anywhere).
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

__all__ = ["QuestionRouting", "RoutingPreference", "RoutingRequest"]


def routing_pk() -> int:
    """A random primary key, as questions.models.random_pk: sequential ids of routing requests
    would tell the order they were written in, and so, beside named questions' requests, roughly
    when an anonymous question was asked."""
    return secrets.randbelow(2**53 - 1) + 1


class QuestionRouting(models.Model):
    """One row per routed question: when its first round went out, and whether the wider second
    round has been considered (`widened_on`): the periodic command looks at each question once."""

    question = models.OneToOneField(
        "questions.Question", on_delete=models.CASCADE, primary_key=True, related_name="routing"
    )
    routed_on = models.DateField()
    widened_on = models.DateField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["routed_on"],
                name="qrouting_to_widen",
                condition=Q(widened_on__isnull=True),
            )
        ]

    def __str__(self) -> str:
        return f"routing of {self.question_id}"


class RoutingRequest(models.Model):
    """A helper was asked to help with a question (round 1 at publication, 2 when widened)."""

    id = models.BigIntegerField(primary_key=True, default=routing_pk, editable=False)
    question = models.ForeignKey(
        "questions.Question", on_delete=models.CASCADE, related_name="routing_requests"
    )
    helper = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="routing_requests"
    )
    round = models.PositiveSmallIntegerField()
    created_on = models.DateField()
    # False until the helper has been notified: anonymous questions are announced by the next
    # periodic run, so no notification carries the exact time an anonymous question was asked.
    notified = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["question", "helper"], name="routing_request_unique")
        ]
        indexes = [
            # The load: requests a helper received recently.
            models.Index(fields=["helper", "created_on"], name="routing_request_load"),
            models.Index(
                fields=["id"], name="routing_request_pending", condition=Q(notified=False)
            ),
        ]

    def __str__(self) -> str:
        return f"{self.helper_id} asked about {self.question_id} (round {self.round})"


class RoutingPreference(models.Model):
    """A person's choice about routed questions; no row means the default (routed)."""

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="routing_preference",
    )
    opted_out = models.BooleanField(_("don’t send me questions"), default=False)

    def __str__(self) -> str:
        return f"{self.person_id}: {'opted out' if self.opted_out else 'routed'}"
