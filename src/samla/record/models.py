"""The learning record: one row per learning action anywhere in Samla (DESIGN.md §2).

Its shape follows xAPI (actor – verb – object – context). Rows are append-only; apps write them
only through services.record_append. Anonymous actions are never recorded with an actor.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from samla.record.enums import Source, Verb, Visibility


class Activity(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="activities",
    )
    # The actor's unit at the moment of the action: history does not move when people do.
    unit = models.ForeignKey(
        "people.OrgUnit", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verb = models.CharField(_("verb"), max_length=32, choices=Verb.choices)
    object_type = models.CharField(_("object type"), max_length=40)
    object_id = models.CharField(_("object id"), max_length=64)
    object_title = models.CharField(_("object title"), max_length=300, blank=True)
    object_url = models.CharField(max_length=500, blank=True)
    topics = models.JSONField(default=list, blank=True)  # skill slugs
    context_type = models.CharField(max_length=40, blank=True)  # e.g. "circle", "programme"
    context_id = models.CharField(max_length=64, blank=True)
    visibility = models.CharField(
        max_length=16, choices=Visibility.choices, default=Visibility.ORGANISATION
    )
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.SAMLA)
    timestamp = models.DateTimeField(_("when"), default=timezone.now)
    stored = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("learning activity")
        verbose_name_plural = _("learning activities")
        ordering = ["-timestamp"]
        indexes = [
            # Also answers sharing_counts from the index alone (actor, period, verb, visibility).
            models.Index(
                fields=["actor", "-timestamp", "verb", "visibility"], name="record_actor_time"
            ),
            models.Index(fields=["unit", "verb", "timestamp"], name="record_unit_verb_time"),
            models.Index(fields=["verb", "timestamp"], name="record_verb_time"),
            models.Index(fields=["object_type", "object_id"], name="record_object"),
        ]

    def __str__(self) -> str:
        return f"{self.actor_id} {self.verb} {self.object_type}:{self.object_id}"
