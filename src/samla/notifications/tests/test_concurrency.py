"""Concurrent workers on PostgreSQL: claims are disjoint (SELECT … FOR UPDATE SKIP LOCKED).

Each thread has its own database connection, so these tests need real transactions.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection, transaction

from samla.notifications import services
from samla.notifications.models import EmailMessage, EmailStatus
from samla.people.tests.factories import PersonFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks with SKIP LOCKED need PostgreSQL"
    ),
]


@pytest.fixture(autouse=True)
def _no_task_worker(settings: Any) -> None:
    """Outside a test transaction on_commit runs at once; keep the queued messages for the
    claimers instead of letting the immediate task backend send them."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def _queue(count: int) -> list[int]:
    person = PersonFactory()
    return [
        services.email_enqueue(
            recipient=person,
            subject=f"Message {i}",
            body_text="…",
            language="en",
            dedupe_key=f"concurrency:{i}",
        ).pk
        for i in range(count)
    ]


def _run_in_threads(targets: list[Callable[[], None]]) -> list[BaseException]:
    errors: list[BaseException] = []

    def wrap(target: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            try:
                target()
            except BaseException as exc:
                errors.append(exc)
            finally:
                connection.close()  # each thread's own connection

        return run

    threads = [threading.Thread(target=wrap(t)) for t in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads), "a claimer hung"
    return errors


def test_two_claimers_holding_their_locks_never_claim_the_same_message() -> None:
    queued = _queue(10)
    both_claimed = threading.Barrier(2, timeout=10)
    claims: dict[str, list[int]] = {}

    def claimer(name: str) -> Callable[[], None]:
        def run() -> None:
            # The claim stays inside an open transaction until both have claimed, so the rows
            # of the first are still locked while the second looks. Without SKIP LOCKED the
            # second would block here and the barrier would time out.
            with transaction.atomic():
                claims[name] = [m.pk for m in services.email_claim(limit=5)]
                both_claimed.wait()

        return run

    errors = _run_in_threads([claimer("a"), claimer("b")])
    assert errors == []
    assert len(claims["a"]) == 5 and len(claims["b"]) == 5
    assert set(claims["a"]).isdisjoint(claims["b"])
    assert sorted(claims["a"] + claims["b"]) == sorted(queued)
    assert set(EmailMessage.objects.values_list("status", "attempts")) == {(EmailStatus.SENDING, 1)}


def test_concurrent_senders_send_every_message_exactly_once(
    mailoutbox: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(services, "CLAIM_BATCH", 3)  # many small claims, so the senders interleave
    _queue(40)
    reports: list[services.SendReport] = []

    def sender() -> None:
        reports.append(services.email_send_pending(limit=40))

    errors = _run_in_threads([sender for _ in range(4)])
    assert errors == []
    assert sum(r.sent for r in reports) == 40
    assert sum(1 for r in reports if r.sent) > 1  # the work was actually shared
    assert len(mailoutbox) == 40
    sent_ids = Counter(m.extra_headers["Message-ID"] for m in mailoutbox)
    assert len(sent_ids) == 40 and set(sent_ids.values()) == {1}
    assert set(EmailMessage.objects.values_list("status", "attempts")) == {(EmailStatus.SENT, 1)}
