"""The production path: notify() → the task in django-tasks' database queue → `db_worker`."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command

from samla.notifications import services
from samla.notifications.models import EmailMessage, EmailStatus
from samla.people.models import Person


@pytest.fixture
def database_queue(settings: Any) -> None:
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.database.DatabaseBackend",
            "ENQUEUE_ON_COMMIT": True,
        }
    }


@pytest.mark.django_db(transaction=True)
def test_db_worker_sends_the_email_queued_by_notify(
    database_queue: None, employee: Person, mailoutbox: list[Any]
) -> None:
    from django_tasks.backends.database.models import DBTaskResult

    services.notify(
        recipient=employee, kind="mentioned", params={"actor": "A", "title": "B"}, url="/people/"
    )
    row = EmailMessage.objects.get()
    task = DBTaskResult.objects.get()
    assert task.task_path == "samla.notifications.tasks.send_email_message"
    assert task.args_kwargs == {"args": [], "kwargs": {"message_id": row.pk}}
    assert mailoutbox == []

    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")

    row.refresh_from_db()
    assert row.status == EmailStatus.SENT
    assert len(mailoutbox) == 1
    task.refresh_from_db()
    assert task.status == "SUCCEEDED"
    assert task.return_value == "sent"
