"""Calendar subscription addresses (c-cal).

A person has at most one live `CalendarKey`. Its secret is the last part of the feed address
(`/circles/calendar/<token>.ics`); the database keeps only a SHA-256 hash of it (`token_hash`,
used for the look-up) and a random `nonce`. The token is an HMAC of the nonce under the site's
SECRET_KEY (services_calendar.token_for), so the settings page can show the address again, while
a copy of the database alone does not give anyone a working address. Renewing revokes the key
and makes a new one; a revoked address answers 410 Gone with a short explanation.

The same key opens the person's personal feed and the feed of every circle the person may see
(`/circles/calendar/<token>/<slug>.ics`): calendar programs cannot sign in, so the key stands for
the person, and every feed checks `can_view_circle` for that person on each request.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = ["CalendarKey"]


class CalendarKey(models.Model):
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="calendar_keys",
    )
    nonce = models.CharField(max_length=64, editable=False)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    revoked_at = models.DateTimeField(_("turned off"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last read by a calendar"), null=True, blank=True)

    class Meta:
        verbose_name = _("calendar address")
        verbose_name_plural = _("calendar addresses")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["person"],
                condition=Q(revoked_at__isnull=True),
                name="circles_one_live_calendar_key",
            )
        ]

    def __str__(self) -> str:
        return f"calendar key {self.pk} of {self.person_id}"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None
