"""Writes for calendar subscription addresses: create, renew, revoke, and resolve a token.

See models_calendar.py for how the secret is kept (only a hash and a nonce are stored).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from samla.circles.models_calendar import CalendarKey

if TYPE_CHECKING:
    from samla.people.models import Person

_SALT = "samla.circles.calendar-key"
TOKEN_LENGTH = 43  # characters of the URL-safe token
USED_AT_EVERY = timedelta(hours=1)  # last_used_at is written at most this often


def token_for(key: CalendarKey) -> str:
    """The secret part of the key's address, derived from its nonce and SECRET_KEY."""
    digest = salted_hmac(_SALT, key.nonce, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")[:TOKEN_LENGTH]


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _new_key(person: Person) -> CalendarKey:
    key = CalendarKey(person=person, nonce=secrets.token_hex(32))
    key.token_hash = _hash(token_for(key))
    key.save()
    return key


def calendar_key_live(*, person: Person) -> CalendarKey | None:
    """The person's working key, if any."""
    return CalendarKey.objects.filter(person=person, revoked_at__isnull=True).first()


@transaction.atomic
def calendar_key_create(*, person: Person) -> CalendarKey:
    """The person's live key, made if there is none (idempotent)."""
    existing = calendar_key_live(person=person)
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return _new_key(person)
    except IntegrityError:  # a concurrent request made it first
        found = calendar_key_live(person=person)
        assert found is not None
        return found


@transaction.atomic
def calendar_key_revoke(*, person: Person) -> int:
    """Turn the person's address off. Returns how many keys were revoked (0 or 1)."""
    return CalendarKey.objects.filter(person=person, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


@transaction.atomic
def calendar_key_renew(*, person: Person) -> CalendarKey:
    """A new address; the old one stops working at once."""
    calendar_key_revoke(person=person)
    return _new_key(person)


@dataclass(frozen=True)
class Resolved:
    key: CalendarKey | None  # None: no such address
    revoked: bool = False

    @property
    def person(self) -> Person | None:
        return self.key.person if self.key is not None and not self.revoked else None


def calendar_key_resolve(*, token: str, now: datetime | None = None) -> Resolved:
    """Find the key behind an address (one query), and note when it was last read.

    An inactive person's key resolves as revoked: a leaver's calendar stops.
    """
    if len(token) != TOKEN_LENGTH or not token.replace("-", "").replace("_", "").isalnum():
        return Resolved(None)
    key = CalendarKey.objects.select_related("person").filter(token_hash=_hash(token)).first()
    if key is None or not hmac.compare_digest(token_for(key), token):
        return Resolved(None)
    if key.revoked_at is not None or not key.person.is_active:
        return Resolved(key, revoked=True)
    now = now or timezone.now()
    if key.last_used_at is None or key.last_used_at < now - USED_AT_EVERY:
        CalendarKey.objects.filter(pk=key.pk).update(last_used_at=now)
        key.last_used_at = now
    return Resolved(key)
