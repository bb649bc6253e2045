"""Through a real SMTP server (aiosmtpd on localhost): what a mail server receives."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage as ParsedMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.test import override_settings

from samla.notifications import services
from samla.notifications.models import EmailMessage, EmailStatus
from samla.people.models import Person

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]


class Inbox:
    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=port,
            EMAIL_HOST_USER="",
            EMAIL_HOST_PASSWORD="",
            EMAIL_USE_TLS=False,
            EMAIL_USE_SSL=False,
            EMAIL_TIMEOUT=5,
        ):
            yield inbox, port
    finally:
        controller.stop()


def test_email_through_real_smtp(smtp_server: tuple[Inbox, int], employee: Person) -> None:
    inbox, _port = smtp_server
    employee.language = "da"
    employee.save(update_fields=["language"])
    notification = services.notify(
        recipient=employee,
        kind="mentioned",
        params={"actor": "Cecilia Colleague", "title": "Blåbærgrød & læring"},
        url="/people/",
    )
    assert notification is not None
    report = services.email_send_pending()
    assert (report.sent, report.retrying, report.failed) == (1, 0, 0)
    assert services.email_send_pending().total == 0

    assert len(inbox.envelopes) == 1
    envelope = inbox.envelopes[0]
    assert envelope.rcpt_tos == ["employee@example.com"]
    assert envelope.mail_from == "samla@127.0.0.1"
    received = message_from_bytes(envelope.original_content, policy=policy.default)
    assert isinstance(received, ParsedMessage)
    row = EmailMessage.objects.get()
    assert row.status == EmailStatus.SENT
    assert received["Message-ID"] == row.message_id
    assert received["List-Unsubscribe"] == "<http://127.0.0.1:8000/notifications/preferences/>"
    assert received["Auto-Submitted"] == "auto-generated"
    assert received["Content-Language"] == "da"
    assert received["To"] == "employee@example.com"
    # Django folds a long encoded subject onto the next line; the unfolded value is the same.
    # Rendered in the recipient's language (Danish), not the sender's or the server's.
    assert received["Subject"].strip() == "Cecilia Colleague nævnte dig i “Blåbærgrød & læring”"
    assert received.get_content_type() == "multipart/alternative"
    parts = {part.get_content_type(): part for part in received.iter_parts()}
    assert set(parts) == {"text/plain", "text/html"}
    text = parts["text/plain"].get_content()
    html = parts["text/html"].get_content()
    assert "Hej Erik," in text and "Blåbærgrød & læring" in text
    assert "Blåbærgrød &amp; læring" in html
    open_url = f"http://127.0.0.1:8000/notifications/{notification.pk}/open/"
    assert open_url in text and f'href="{open_url}"' in html


def test_smtp_server_down_is_retried(employee: Person) -> None:
    port = _free_port()  # nothing listens here
    services.notify(recipient=employee, kind="mentioned", params={"actor": "A", "title": "B"})
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_TIMEOUT=2,
    ):
        report = services.email_send_pending()
    assert (report.sent, report.retrying) == (0, 1)
    row = EmailMessage.objects.get()
    assert (row.status, row.attempts, row.last_error) == (
        EmailStatus.PENDING,
        1,
        "ConnectionRefusedError",
    )
