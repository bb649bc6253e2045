from __future__ import annotations

import io
import smtplib
from datetime import timedelta
from email import message_from_string
from typing import Any

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from django.utils import timezone, translation

from samla.notifications import kinds, services
from samla.notifications.models import EmailMessage, EmailStatus, Notification
from samla.notifications.tests.factories import NotificationFactory
from samla.people.models import Person
from samla.people.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db

MENTION = {"actor": "Cecilia Colleague", "title": "Our retro format"}


def _fail_sending(monkeypatch: pytest.MonkeyPatch, exc: Exception) -> None:
    def broken(self: Any, messages: Any) -> int:
        raise exc

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", broken)


# --- notify ------------------------------------------------------------------------------------


def test_notify_creates_notification_and_email(employee: Person) -> None:
    notification = services.notify(
        recipient=employee, kind="mentioned", params=MENTION, url="/stories/7/"
    )
    assert notification is not None
    assert list(Notification.objects.values_list("recipient", "kind", "url", "read_at")) == [
        (employee.pk, "mentioned", "/stories/7/", None)
    ]
    assert notification.title == "Cecilia Colleague mentioned you in “Our retro format”."
    message = EmailMessage.objects.get()
    assert message.recipient == employee
    assert message.to_address == "employee@example.com"
    assert message.subject == "Cecilia Colleague mentioned you in “Our retro format”"
    assert message.status == EmailStatus.PENDING
    assert message.dedupe_key == f"notification:{notification.pk}"
    assert message.message_id.startswith("<samla.") and message.message_id.endswith("@127.0.0.1>")


def test_notify_email_is_multipart_with_greeting_and_absolute_links(employee: Person) -> None:
    notification = services.notify(recipient=employee, kind="mentioned", params=MENTION)
    assert notification is not None
    message = EmailMessage.objects.get()
    open_url = f"http://127.0.0.1:8000/notifications/{notification.pk}/open/"
    for body in (message.body_text, message.body_html):
        assert "Hello Erik," in body
        assert open_url in body
        assert "http://127.0.0.1:8000/notifications/preferences/" in body
    # The text part is plain text (nothing escaped), the HTML part is escaped HTML.
    assert "Cecilia Colleague mentioned you in “Our retro format”." in message.body_text
    assert "<html" not in message.body_text and "&" not in message.body_text
    assert message.body_html.lstrip().startswith("<!doctype html>")
    assert '<html lang="en">' in message.body_html


def test_notify_escapes_params_in_html_email(employee: Person) -> None:
    services.notify(
        recipient=employee,
        kind="mentioned",
        params={"actor": "<script>x</script>", "title": "A & B"},
    )
    message = EmailMessage.objects.get()
    assert "<script>" not in message.body_html
    assert "&lt;script&gt;x&lt;/script&gt;" in message.body_html
    assert "<script>x</script> mentioned you in “A & B”." in message.body_text


def test_notify_renders_email_in_recipients_language(test_kind: kinds.Kind) -> None:
    dane = PersonFactory(full_name="Dorte Dansk", language="da")
    swede = PersonFactory(full_name="Sven Svensk", language="sv")
    with translation.override("en"):
        services.notify(recipient=dane, kind="test", params={"word": "x"})
        services.notify(recipient=swede, kind="test", params={"word": "x"})
        assert translation.get_language() == "en"  # the sender's language is restored
    by_person = {m.recipient_id: m for m in EmailMessage.objects.all()}
    assert by_person[dane.pk].language == "da"
    assert by_person[dane.pk].subject == "Indtast en gyldig e-mail-adresse."
    assert '<html lang="da">' in by_person[dane.pk].body_html
    assert by_person[swede.pk].language == "sv"
    assert by_person[swede.pk].subject == "Fyll i en giltig e-postadress."


def test_notification_title_is_rendered_in_the_readers_language(employee: Person) -> None:
    Notification.objects.create(recipient=employee, kind="unknown_kind_removed", params={})
    notification = Notification.objects.get()
    with translation.override("en"):
        assert notification.title == "You have a new notification."


def test_stored_params_that_no_longer_fit_give_a_generic_title(employee: Person) -> None:
    notification = NotificationFactory(recipient=employee, params={"actor": "Somebody"})
    assert notification.title == "You have a new notification."


def test_notify_skips_inactive_recipients(outsider: Person) -> None:
    assert services.notify(recipient=outsider, kind="mentioned", params=MENTION) is None
    assert Notification.objects.count() == 0
    assert EmailMessage.objects.count() == 0


def test_notify_respects_global_email_switch(employee: Person) -> None:
    services.preference_update(person=employee, email_enabled=False, email_by_kind={})
    assert services.notify(recipient=employee, kind="mentioned", params=MENTION) is not None
    assert Notification.objects.count() == 1
    assert EmailMessage.objects.count() == 0
    # Even a call that asks for email does not override the person's "never email me".
    services.notify(recipient=employee, kind="mentioned", params=MENTION, email=True)
    assert EmailMessage.objects.count() == 0


def test_notify_respects_per_kind_choice(employee: Person, colleague: Person) -> None:
    services.preference_update(
        person=employee, email_enabled=True, email_by_kind={"mentioned": False}
    )
    services.notify(recipient=employee, kind="mentioned", params=MENTION)
    services.notify(recipient=colleague, kind="mentioned", params=MENTION)
    assert Notification.objects.count() == 2
    assert list(EmailMessage.objects.values_list("recipient", flat=True)) == [colleague.pk]


def test_notify_email_false_is_in_app_only(employee: Person) -> None:
    services.notify(recipient=employee, kind="mentioned", params=MENTION, email=False)
    assert Notification.objects.count() == 1
    assert EmailMessage.objects.count() == 0


def test_kind_off_by_default_emails_on_opt_in_or_when_asked(
    employee: Person, colleague: Person, manager: Person, quiet_kind: kinds.Kind
) -> None:
    services.preference_update(person=colleague, email_enabled=True, email_by_kind={"quiet": True})
    services.preference_update(person=manager, email_enabled=True, email_by_kind={"quiet": False})
    for person in (employee, colleague, manager):
        services.notify(recipient=person, kind="quiet")
    assert list(EmailMessage.objects.values_list("recipient", flat=True)) == [colleague.pk]
    EmailMessage.objects.all().delete()
    for person in (employee, colleague, manager):
        services.notify(recipient=person, kind="quiet", email=True)
    # email=True overrides the kind's default, never the person's own "off".
    assert sorted(EmailMessage.objects.values_list("recipient", flat=True)) == sorted(
        [employee.pk, colleague.pk]
    )


def test_notify_is_idempotent_with_a_dedupe_key(employee: Person) -> None:
    first = services.notify(
        recipient=employee, kind="mentioned", params=MENTION, dedupe_key="comment:1"
    )
    second = services.notify(
        recipient=employee, kind="mentioned", params=MENTION, dedupe_key="comment:1"
    )
    assert first is not None and second == first
    assert Notification.objects.count() == 1
    assert EmailMessage.objects.count() == 1
    # The key is per recipient.
    other = PersonFactory()
    services.notify(recipient=other, kind="mentioned", params=MENTION, dedupe_key="comment:1")
    assert Notification.objects.count() == 2


def test_email_enqueue_is_idempotent_with_a_dedupe_key(employee: Person) -> None:
    kwargs: dict[str, Any] = {
        "recipient": employee,
        "subject": "Your weekly digest",
        "body_text": "…",
        "language": "en",
        "dedupe_key": "digest:2025-W01:1",
    }
    first = services.email_enqueue(**kwargs)
    second = services.email_enqueue(**kwargs)
    assert first.pk == second.pk
    assert EmailMessage.objects.count() == 1
    # The Message-ID follows from the key: stable, whichever process queued it.
    assert first.message_id == services._message_id("digest:2025-W01:1")


@pytest.mark.parametrize(
    "url",
    ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "x/y"],
)
def test_notify_refuses_links_off_the_site(employee: Person, url: str) -> None:
    with pytest.raises(ValueError, match="path on this site"):
        services.notify(recipient=employee, kind="mentioned", params=MENTION, url=url)
    assert Notification.objects.count() == 0


def test_notify_accepts_absolute_links_on_the_site(employee: Person) -> None:
    notification = services.notify(
        recipient=employee,
        kind="mentioned",
        params=MENTION,
        url="http://127.0.0.1:8000/stories/3/?x=1",
    )
    assert notification is not None and notification.url == "/stories/3/?x=1"


def test_notify_refuses_unknown_kinds_and_params_that_do_not_fit(employee: Person) -> None:
    with pytest.raises(ValueError, match="unknown notification kind"):
        services.notify(recipient=employee, kind="nope")
    with pytest.raises(ValueError, match="do not fit"):
        services.notify(recipient=employee, kind="mentioned", params={"actor": "A"})
    with pytest.raises(ValueError, match="must be a str"):
        services.notify(recipient=employee, kind="mentioned", params={**MENTION, "who": employee})  # type: ignore[dict-item]
    assert Notification.objects.count() == 0


def test_register_kind_refuses_duplicates() -> None:
    with pytest.raises(ValueError, match="already registered"):
        kinds.register_kind("mentioned", title="x")


def test_welcome_notification(employee: Person) -> None:
    notification = services.notify(recipient=employee, kind="welcome", url="/people/skills/")
    assert notification is not None
    assert notification.title == "Welcome to Samla!"
    message = EmailMessage.objects.get()
    assert message.subject == "Welcome to Samla"
    assert "Get started" in message.body_html
    assert "add a few skills to your profile" in message.body_text


# --- Sending -----------------------------------------------------------------------------------


def test_email_is_sent_by_the_task_after_commit(
    employee: Person, django_capture_on_commit_callbacks: Any, mailoutbox: list[Any]
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.notify(recipient=employee, kind="mentioned", params=MENTION)
    assert mailoutbox == []  # nothing leaves before the producer's transaction commits
    assert len(callbacks) == 1
    with django_capture_on_commit_callbacks(execute=True):
        callbacks[0]()
    assert len(mailoutbox) == 1
    message = EmailMessage.objects.get()
    assert message.status == EmailStatus.SENT
    assert message.attempts == 1
    assert message.sent_at is not None


def test_send_pending_twice_sends_once(employee: Person, mailoutbox: list[Any]) -> None:
    services.notify(recipient=employee, kind="mentioned", params=MENTION)
    first = services.email_send_pending(limit=10)
    second = services.email_send_pending(limit=10)
    assert (first.sent, second.sent) == (1, 0)
    assert len(mailoutbox) == 1
    sent = mailoutbox[0]
    assert sent.to == ["employee@example.com"]
    assert sent.subject == "Cecilia Colleague mentioned you in “Our retro format”"
    assert sent.alternatives[0][1] == "text/html"
    assert "Hello Erik," in sent.body
    # The task for an already-sent message does nothing.
    assert services.email_send_one(message_id=EmailMessage.objects.get().pk).total == 0
    assert len(mailoutbox) == 1


def test_sent_message_headers(employee: Person, mailoutbox: list[Any]) -> None:
    services.notify(recipient=employee, kind="mentioned", params=MENTION)
    services.email_send_pending()
    row = EmailMessage.objects.get()
    parsed = message_from_string(mailoutbox[0].message().as_string())
    assert parsed["Message-ID"] == row.message_id
    assert parsed["List-Unsubscribe"] == "<http://127.0.0.1:8000/notifications/preferences/>"
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed["Content-Language"] == "en"
    assert parsed.get_content_type() == "multipart/alternative"


def test_send_pending_respects_the_limit(org: Any, mailoutbox: list[Any]) -> None:
    for person in PersonFactory.create_batch(3):
        services.notify(recipient=person, kind="mentioned", params=MENTION)
    assert services.email_send_pending(limit=2).sent == 2
    assert services.email_send_pending(limit=2).sent == 1
    assert len(mailoutbox) == 3


def test_failed_send_is_retried_later_then_given_up(
    employee: Person, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.notify(recipient=employee, kind="mentioned", params=MENTION)
    _fail_sending(monkeypatch, smtplib.SMTPServerDisconnected("Connection unexpectedly closed"))
    report = services.email_send_pending()
    assert (report.sent, report.retrying, report.failed) == (0, 1, 0)
    message = EmailMessage.objects.get()
    assert message.status == EmailStatus.PENDING
    assert message.attempts == 1
    assert message.last_error == "SMTPServerDisconnected"
    assert message.not_before is not None and message.not_before > timezone.now()
    # Not due yet: nothing happens.
    assert services.email_send_pending().total == 0
    start = timezone.now()
    for attempt in range(2, services.MAX_ATTEMPTS + 1):
        with time_machine.travel(start + timedelta(hours=3 * attempt)):
            assert services.email_send_pending().total == 1
    message.refresh_from_db()
    assert message.status == EmailStatus.FAILED
    assert message.attempts == services.MAX_ATTEMPTS
    with time_machine.travel(timezone.now() + timedelta(days=30)):
        assert services.email_send_pending().total == 0


def test_failure_record_holds_no_content(employee: Person, monkeypatch: pytest.MonkeyPatch) -> None:
    services.notify(recipient=employee, kind="mentioned", params=MENTION)
    _fail_sending(
        monkeypatch,
        smtplib.SMTPRecipientsRefused({"employee@example.com": (550, b"no such user here")}),
    )
    services.email_send_pending()
    assert EmailMessage.objects.get().last_error == "SMTPRecipientsRefused 550"


def test_stale_claim_is_reclaimed(employee: Person, mailoutbox: list[Any]) -> None:
    services.notify(recipient=employee, kind="mentioned", params=MENTION)
    now = timezone.now()
    EmailMessage.objects.update(
        status=EmailStatus.SENDING, claimed_at=now - timedelta(minutes=5), attempts=1
    )
    assert services.email_send_pending().total == 0  # another worker may still be sending it
    EmailMessage.objects.update(claimed_at=now - timedelta(minutes=11))
    assert services.email_send_pending().sent == 1
    assert len(mailoutbox) == 1
    assert EmailMessage.objects.get().attempts == 2


def test_stale_claim_after_the_last_attempt_fails(employee: Person, mailoutbox: list[Any]) -> None:
    services.notify(recipient=employee, kind="mentioned", params=MENTION)
    EmailMessage.objects.update(
        status=EmailStatus.SENDING,
        claimed_at=timezone.now() - timedelta(minutes=11),
        attempts=services.MAX_ATTEMPTS,
    )
    assert services.email_send_pending().total == 0
    message = EmailMessage.objects.get()
    assert (message.status, message.last_error) == (EmailStatus.FAILED, "interrupted")
    assert mailoutbox == []


# --- Reading -----------------------------------------------------------------------------------


def test_mark_read_touches_only_own_notifications(employee: Person, colleague: Person) -> None:
    mine = NotificationFactory(recipient=employee)
    theirs = NotificationFactory(recipient=colleague)
    assert services.notifications_mark_read(recipient=employee, ids=[mine.pk, theirs.pk]) == 1
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.read_at is not None
    assert theirs.read_at is None


# --- Commands ----------------------------------------------------------------------------------


def test_send_pending_emails_command(employee: Person, mailoutbox: list[Any]) -> None:
    services.notify(recipient=employee, kind="mentioned", params=MENTION)
    out = io.StringIO()
    call_command("send_pending_emails", "--dry-run", stdout=out)
    assert out.getvalue().strip() == "send_pending_emails: 1 due (dry run, nothing sent)"
    assert mailoutbox == []
    out = io.StringIO()
    call_command("send_pending_emails", stdout=out)
    call_command("send_pending_emails", stdout=out)
    assert out.getvalue().splitlines() == [
        "send_pending_emails: 1 sent, 0 to retry, 0 failed",
        "send_pending_emails: 0 sent, 0 to retry, 0 failed",
    ]
    assert len(mailoutbox) == 1


def test_prune_notifications(employee: Person, mailoutbox: list[Any]) -> None:
    now = timezone.now()
    old_read = NotificationFactory(recipient=employee, read_at=now)
    old_unread = NotificationFactory(recipient=employee)
    recent_read = NotificationFactory(recipient=employee, read_at=now)
    Notification.objects.filter(pk__in=[old_read.pk, old_unread.pk]).update(
        created_at=now - timedelta(days=181)
    )
    fresh = services.notify(recipient=employee, kind="mentioned", params=MENTION)
    assert fresh is not None
    services.email_send_pending()
    EmailMessage.objects.update(created_at=now - timedelta(days=91))
    out = io.StringIO()
    call_command("prune_notifications", "--dry-run", stdout=out)
    assert out.getvalue().strip() == (
        "prune_notifications: would delete 1 notifications and 1 emails"
    )
    assert Notification.objects.count() == 4
    out = io.StringIO()
    call_command("prune_notifications", stdout=out)
    assert out.getvalue().strip() == "prune_notifications: deleted 1 notifications and 1 emails"
    assert set(Notification.objects.values_list("pk", flat=True)) == {
        old_unread.pk,
        recent_read.pk,
        fresh.pk,
    }
    assert EmailMessage.objects.count() == 0


def test_run_periodic_runs_every_command(employee: Person, mailoutbox: list[Any]) -> None:
    services.notify(recipient=employee, kind="mentioned", params=MENTION)
    out = io.StringIO()
    call_command("run_periodic", "--dry-run", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "send_pending_emails: 1 due (dry run, nothing sent)"
    assert lines[1].startswith("send_pending_emails: ok")
    assert lines[2] == "prune_notifications: would delete 0 notifications and 0 emails"
    assert lines[3].startswith("prune_notifications: ok")
    assert mailoutbox == []
    call_command("run_periodic", stdout=io.StringIO())
    assert len(mailoutbox) == 1


@override_settings(PERIODIC_COMMANDS=["no_such_command", "send_pending_emails"])
def test_run_periodic_reports_a_failing_command_and_runs_the_rest(
    employee: Person, mailoutbox: list[Any]
) -> None:
    services.notify(recipient=employee, kind="mentioned", params=MENTION)
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="1 periodic job"):
        call_command("run_periodic", stdout=out, stderr=err)
    assert err.getvalue().startswith("no_such_command: failed: CommandError")
    assert "send_pending_emails: ok" in out.getvalue()
    assert len(mailoutbox) == 1
