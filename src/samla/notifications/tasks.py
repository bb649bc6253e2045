"""Background tasks of the notifications app; `samla worker` (django-tasks' db_worker) runs them."""

from __future__ import annotations

import logging

from django_tasks import task

from samla.notifications import services

logger = logging.getLogger(__name__)


@task()
def send_email_message(message_id: int) -> str:
    """Send one queued email (by its outbox row id) if it is still due. Returns its outcome."""
    report = services.email_send_one(message_id=message_id)
    outcome = (
        "sent"
        if report.sent
        else "retrying"
        if report.retrying
        else "failed"
        if report.failed
        else "skipped"
    )
    logger.info("email %s: %s", message_id, outcome)
    return outcome
