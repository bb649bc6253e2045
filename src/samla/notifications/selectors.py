"""Reads for notifications, preferences and the outbox."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from samla.notifications.models import (
    EmailMessage,
    EmailStatus,
    Notification,
    NotificationPreference,
)
from samla.people.models import Person

UNREAD_COUNT_CAP = 100  # the bell shows "99+" beyond this; counting stops here to stay cheap
STALE_CLAIM = timedelta(minutes=10)  # a claim this old belongs to a worker that died mid-send


def notifications_for(*, recipient: Person) -> QuerySet[Notification]:
    """A person's own notifications, newest first."""
    return Notification.objects.filter(recipient=recipient).order_by("-created_at", "-pk")


def notifications_unread_count(*, recipient: Person, cap: int = UNREAD_COUNT_CAP) -> int:
    """Unread notifications, counted up to `cap` (one indexed query)."""
    return Notification.objects.filter(recipient=recipient, read_at__isnull=True)[:cap].count()


def notification_get_for(*, recipient: Person, pk: int) -> Notification | None:
    """The notification if it is the person's own; None for anyone else's."""
    return Notification.objects.filter(recipient=recipient, pk=pk).first()


def preference_get(*, person: Person) -> NotificationPreference:
    """The person's preferences; an unsaved row with the defaults when they never chose."""
    found = NotificationPreference.objects.filter(person=person).first()
    return found if found is not None else NotificationPreference(person=person)


def emails_claimable(*, now: datetime | None = None) -> QuerySet[EmailMessage]:
    """Outbox rows a worker may claim now: pending and due, or claimed by a worker that has
    been silent for longer than STALE_CLAIM. Oldest first."""
    now = now or timezone.now()
    due = Q(status=EmailStatus.PENDING) & (Q(not_before__isnull=True) | Q(not_before__lte=now))
    stale = Q(status=EmailStatus.SENDING, claimed_at__lt=now - STALE_CLAIM)
    return EmailMessage.objects.filter(due | stale).order_by("created_at", "pk")
