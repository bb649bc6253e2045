"""Writes for notifications: notify(), reading, preferences, the email outbox and pruning.

Other apps call only `notify(...)` (and, for messages that are not notifications, such as a
digest, `email_enqueue(...)`).
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import smtplib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import IntegrityError, connections, router, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from samla.notifications import kinds, selectors
from samla.notifications.kinds import ParamValue
from samla.notifications.models import (
    EmailMessage,
    EmailStatus,
    Notification,
    NotificationPreference,
)
from samla.people.models import Person

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
RETRY_AFTER = [timedelta(minutes=m) for m in (1, 5, 30, 120)]  # after attempt 1, 2, 3, 4
CLAIM_BATCH = 50
NOTIFICATIONS_KEPT = timedelta(days=180)  # read notifications older than this are deleted
EMAILS_KEPT = timedelta(days=90)  # sent or failed emails (with their content) older than this


@dataclass(frozen=True)
class Attachment:
    """A text file sent with an email. `mimetype` may carry parameters, e.g.
    "text/calendar; method=REQUEST" (the charset is added when the mail is built)."""

    filename: str
    content: str
    mimetype: str = "text/plain"

    def as_json(self) -> dict[str, str]:
        return {"filename": self.filename, "mimetype": self.mimetype, "content": self.content}


# --- notify ------------------------------------------------------------------------------------


def notify(
    *,
    recipient: Person,
    kind: str,
    params: Mapping[str, ParamValue] | None = None,
    url: str = "",
    email: bool | None = None,
    dedupe_key: str | None = None,
    attachments: Sequence[Attachment] = (),
) -> Notification | None:
    """Tell a person about something: an in-app notification and, if they want it, an email.

    recipient   the person to tell. Nothing is stored for a person who has left (is_active is
                False): the function then returns None.
    kind        a key registered with kinds.register_kind(); it decides the text and the email.
    params      values for the placeholders of the kind's texts: str, int, float, bool or None
                only (store names and titles, not objects). The text is rendered later in the
                reader's language, so pass data, never translated sentences.
    url         where the notification leads: a path on this site ("/stories/12/"), or an
                absolute address under SAMLA_SITE_URL. Anything else raises ValueError.
    email       None: email if the kind sends email and the person's preferences allow it (the
                default). False: in-app only, whatever the preferences. True: email even when
                the kind is off by default; the person's own choices still win.
    dedupe_key  makes the call idempotent per recipient: a second call with the same key returns
                the first notification and queues no second email (e.g. f"comment:{comment.pk}").
    attachments text files sent with the email (if one is sent), e.g. a calendar invitation.

    Call it inside the producer's transaction: the email is queued in the same transaction and
    handed to the worker only after commit.
    """
    definition = kinds.get_kind(kind)
    if definition is None:
        raise ValueError(f"unknown notification kind {kind!r}")
    clean = _clean_params(params or {})
    _check_texts(definition, clean)
    path = _same_site_path(url)
    if email is True and not definition.sends_email:
        raise ValueError(f"notification kind {kind!r} does not send email")
    if dedupe_key is not None and not 0 < len(dedupe_key) <= 200:
        raise ValueError("a dedupe_key has 1 to 200 characters")
    if not recipient.is_active:
        return None

    db = router.db_for_write(Notification)
    with transaction.atomic(using=db):
        if dedupe_key is not None:
            existing = Notification.objects.filter(
                recipient=recipient, dedupe_key=dedupe_key
            ).first()
            if existing is not None:
                return existing
        try:
            with transaction.atomic(using=db):
                notification = Notification.objects.create(
                    recipient=recipient, kind=kind, params=clean, url=path, dedupe_key=dedupe_key
                )
        except IntegrityError:
            if dedupe_key is None:
                raise
            return Notification.objects.get(recipient=recipient, dedupe_key=dedupe_key)
        if email is not False and _wants_email(recipient, definition, forced=email is True):
            _email_for_notification(
                notification=notification, kind=definition, attachments=attachments
            )
    return notification


def _clean_params(params: Mapping[str, ParamValue]) -> dict[str, ParamValue]:
    clean: dict[str, ParamValue] = {}
    for key, value in params.items():
        if not isinstance(key, str):
            raise ValueError("notification params need string keys")
        if value is not None and not isinstance(value, str | int | float | bool):
            raise ValueError(
                f"notification param {key!r} must be a str, int, float, bool or None, "
                f"not {type(value).__name__}"
            )
        clean[key] = value
    return clean


def _check_texts(kind: kinds.Kind, params: Mapping[str, ParamValue]) -> None:
    """Fail at the call site, not later in someone's inbox, when params do not fit the texts."""
    with translation.override(settings.LANGUAGE_CODE):
        for text in (kind.title, kind.email_subject):
            if text is None:
                continue
            try:
                kinds.format_text(text, params)
            except (KeyError, ValueError, TypeError) as exc:
                raise ValueError(
                    f"params {sorted(params)} do not fit the texts of notification kind "
                    f"{kind.key!r}: {exc!r}"
                ) from None


def _same_site_path(url: str) -> str:
    url = url.strip()
    if not url:
        return ""
    if url.startswith(settings.SITE_URL + "/"):
        url = url[len(settings.SITE_URL) :]
    if (
        not url.startswith("/")
        or url.startswith(("//", "/\\"))
        or any(c in url for c in "\r\n\t\\")
        or len(url) > 500
    ):
        raise ValueError(f"a notification links to a path on this site, not {url!r}")
    return url


def _wants_email(recipient: Person, kind: kinds.Kind, *, forced: bool) -> bool:
    if not kind.sends_email or not recipient.email:
        return False
    preference = selectors.preference_get(person=recipient)
    if not preference.email_enabled:
        return False
    choice = preference.email_by_kind.get(kind.key)
    if choice is not None:
        return bool(choice)
    return forced or kind.email_default


def _language_of(person: Person) -> str:
    return (
        person.language if person.language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    )


def absolute_url(path: str) -> str:
    return settings.SITE_URL + path


def _email_for_notification(
    *, notification: Notification, kind: kinds.Kind, attachments: Sequence[Attachment] = ()
) -> EmailMessage:
    assert kind.email_subject is not None and kind.email_template is not None
    recipient = notification.recipient
    language = _language_of(recipient)
    with translation.override(language):
        subject = kinds.format_text(kind.email_subject, notification.params)
        context: dict[str, Any] = {
            "recipient": recipient,
            "name": recipient.get_short_name(),
            "title": notification.title,
            "params": notification.params,
            "action_url": absolute_url(
                reverse("notifications:notification-open", args=[notification.pk])
            ),
            "preferences_url": absolute_url(reverse("notifications:preferences")),
            "site_url": settings.SITE_URL,
            "site_name": settings.SITE_NAME,
            "organisation": settings.ORGANISATION_NAME,
            "language": language,
        }
        body_text = render_to_string(f"{kind.email_template}.txt", context)
        body_html = render_to_string(f"{kind.email_template}.html", context)
    return email_enqueue(
        recipient=recipient,
        subject=subject,
        body_text=body_text,
        body_html=body_html,
        language=language,
        dedupe_key=f"notification:{notification.pk}",
        attachments=attachments,
    )


# --- The outbox --------------------------------------------------------------------------------


def _message_id(dedupe_key: str | None) -> str:
    """The Message-ID header, fixed when the row is made so every retry carries the same one.
    Derived from the dedupe key when there is one, so a producer's message has a stable id."""
    domain = urlsplit(settings.SITE_URL).hostname or "localhost"
    if dedupe_key:
        token = hashlib.sha256(dedupe_key.encode()).hexdigest()[:32]
    else:
        token = secrets.token_hex(16)
    return f"<samla.{token}@{domain}>"


def email_enqueue(
    *,
    recipient: Person,
    subject: str,
    body_text: str,
    body_html: str = "",
    language: str,
    dedupe_key: str | None = None,
    attachments: Sequence[Attachment] = (),
) -> EmailMessage:
    """Queue one already-rendered email to a person; a worker sends it after commit.

    With a dedupe_key, queueing the same message twice returns the first row and sends once.
    `attachments` are text files (see Attachment), stored with the message.
    """
    if dedupe_key is not None:
        existing = EmailMessage.objects.filter(dedupe_key=dedupe_key).first()
        if existing is not None:
            return existing
    db = router.db_for_write(EmailMessage)
    try:
        with transaction.atomic(using=db):
            message = EmailMessage.objects.create(
                recipient=recipient,
                to_address=recipient.email,
                subject=" ".join(subject.split())[:255],
                body_text=body_text,
                body_html=body_html,
                attachments=[a.as_json() for a in attachments],
                language=language,
                message_id=_message_id(dedupe_key),
                dedupe_key=dedupe_key,
            )
    except IntegrityError:
        if dedupe_key is None:
            raise
        return EmailMessage.objects.get(dedupe_key=dedupe_key)
    pk = message.pk

    def enqueue_send() -> None:
        # Imported here: tasks import services, not the other way round. Should the task queue
        # be unavailable, the row stays pending and `send_pending_emails` (periodic) sends it.
        from samla.notifications.tasks import send_email_message

        send_email_message.enqueue(message_id=pk)

    transaction.on_commit(enqueue_send, using=db, robust=True)
    return message


@dataclass
class SendReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.retrying + self.failed


def email_claim(
    *, limit: int, pk: int | None = None, now: datetime | None = None
) -> list[EmailMessage]:
    """Claim up to `limit` due messages for this worker: mark them `sending` and count the
    attempt. On PostgreSQL rows are locked with SKIP LOCKED, so concurrent workers claim
    disjoint sets; on SQLite the IMMEDIATE transaction serialises claimers."""
    now = now or timezone.now()
    db = router.db_for_write(EmailMessage)
    with transaction.atomic(using=db):
        # A claim that went stale after its last allowed attempt is not retried again.
        EmailMessage.objects.filter(
            status=EmailStatus.SENDING,
            claimed_at__lt=now - selectors.STALE_CLAIM,
            attempts__gte=MAX_ATTEMPTS,
        ).update(status=EmailStatus.FAILED, last_error="interrupted")
        qs = selectors.emails_claimable(now=now).filter(attempts__lt=MAX_ATTEMPTS)
        if pk is not None:
            qs = qs.filter(pk=pk)
        if connections[db].features.has_select_for_update_skip_locked:
            qs = qs.select_for_update(skip_locked=True)
        claimed = list(qs[:limit])
        if not claimed:
            return []
        EmailMessage.objects.filter(pk__in=[m.pk for m in claimed]).update(
            status=EmailStatus.SENDING, claimed_at=now, attempts=F("attempts") + 1
        )
    for message in claimed:
        message.status, message.claimed_at = EmailStatus.SENDING, now
        message.attempts += 1
    return claimed


def _headers(message: EmailMessage) -> dict[str, str]:
    return {
        "Message-ID": message.message_id,
        "List-Unsubscribe": f"<{absolute_url(reverse('notifications:preferences'))}>",
        "Auto-Submitted": "auto-generated",
        "X-Auto-Response-Suppress": "All",
        "Content-Language": message.language,
    }


def _error_summary(exc: Exception) -> str:
    """What went wrong, without the message's content or addresses."""
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{type(exc).__name__} {exc.smtp_code}"[:200]
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = sorted({str(code) for code, _msg in exc.recipients.values()})
        return f"{type(exc).__name__} {' '.join(codes)}"[:200]
    return type(exc).__name__[:200]


def _deliver(messages: Iterable[EmailMessage], report: SendReport) -> None:
    connection: BaseEmailBackend = get_connection(fail_silently=False)
    try:
        connection.open()
    except Exception:  # the per-message send below retries and records the failure
        logger.warning("could not open the email connection", exc_info=True)
    try:
        for message in messages:
            mail = EmailMultiAlternatives(
                subject=message.subject,
                body=message.body_text,
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[message.to_address],
                headers=_headers(message),
                connection=connection,
            )
            if message.body_html:
                mail.attach_alternative(message.body_html, "text/html")
            for item in message.attachments:
                mail.attach(item["filename"], item["content"], item["mimetype"])
            try:
                mail.send(fail_silently=False)
            except Exception as exc:  # any failure of one message must not stop the batch
                _record_failure(message, exc, report)
            else:
                EmailMessage.objects.filter(pk=message.pk, status=EmailStatus.SENDING).update(
                    status=EmailStatus.SENT, sent_at=timezone.now(), last_error=""
                )
                report.sent += 1
    finally:
        connection.close()


def _record_failure(message: EmailMessage, exc: Exception, report: SendReport) -> None:
    error = _error_summary(exc)
    logger.warning("email %s failed on attempt %s: %s", message.pk, message.attempts, error)
    if message.attempts >= MAX_ATTEMPTS:
        changes: dict[str, Any] = {"status": EmailStatus.FAILED}
        report.failed += 1
    else:
        wait = RETRY_AFTER[min(message.attempts, len(RETRY_AFTER)) - 1]
        changes = {"status": EmailStatus.PENDING, "not_before": timezone.now() + wait}
        report.retrying += 1
    EmailMessage.objects.filter(pk=message.pk, status=EmailStatus.SENDING).update(
        last_error=error, **changes
    )


def email_send_pending(*, limit: int = 500) -> SendReport:
    """Send up to `limit` due messages, claiming them in batches. Safe to run in any number of
    processes at once, and to run again: a message is sent once."""
    report = SendReport()
    while report.total < limit:
        batch = email_claim(limit=min(CLAIM_BATCH, limit - report.total))
        if not batch:
            break
        _deliver(batch, report)
    return report


def email_send_one(*, message_id: int) -> SendReport:
    """Send one queued message now if it is still due (the task path)."""
    report = SendReport()
    batch = email_claim(limit=1, pk=message_id)
    if batch:
        _deliver(batch, report)
    return report


def emails_pending_count() -> int:
    return selectors.emails_claimable().filter(attempts__lt=MAX_ATTEMPTS).count()


# --- Reading -----------------------------------------------------------------------------------


def notifications_mark_read(*, recipient: Person, ids: Iterable[int]) -> int:
    """Mark the person's own notifications with these ids read; others' ids are ignored."""
    return Notification.objects.filter(
        recipient=recipient, pk__in=list(ids), read_at__isnull=True
    ).update(read_at=timezone.now())


def notification_mark_read(*, notification: Notification) -> Notification:
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification


def notifications_mark_all_read(*, recipient: Person) -> int:
    return Notification.objects.filter(recipient=recipient, read_at__isnull=True).update(
        read_at=timezone.now()
    )


# --- Preferences -------------------------------------------------------------------------------


def preference_update(
    *, person: Person, email_enabled: bool, email_by_kind: Mapping[str, bool]
) -> NotificationPreference:
    """Save a person's choices: the global email switch and email on/off per configurable kind."""
    allowed = {k.key for k in kinds.configurable_kinds()}
    unknown = set(email_by_kind) - allowed
    if unknown:
        raise ValidationError(_("Unknown kind of notification."))
    preference, _created = NotificationPreference.objects.update_or_create(
        person=person,
        defaults={
            "email_enabled": email_enabled,
            "email_by_kind": {k: bool(v) for k, v in sorted(email_by_kind.items())},
        },
    )
    return preference


# --- Pruning -----------------------------------------------------------------------------------


@dataclass
class PruneReport:
    notifications: int
    emails: int


def notifications_prune(*, dry_run: bool = False, now: datetime | None = None) -> PruneReport:
    """Delete read notifications older than 180 days, and sent or failed emails (which hold
    rendered personal content) older than 90 days. Unread notifications are kept."""
    now = now or timezone.now()
    old_notifications = Notification.objects.filter(
        read_at__isnull=False, created_at__lt=now - NOTIFICATIONS_KEPT
    )
    old_emails = EmailMessage.objects.filter(
        status__in=[EmailStatus.SENT, EmailStatus.FAILED], created_at__lt=now - EMAILS_KEPT
    )
    if dry_run:
        return PruneReport(notifications=old_notifications.count(), emails=old_emails.count())
    deleted_notifications, _detail = old_notifications.delete()
    deleted_emails, _detail = old_emails.delete()
    return PruneReport(notifications=deleted_notifications, emails=deleted_emails)
