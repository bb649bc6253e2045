"""Email a reminder with the `.ics` a day before each meeting to everyone who said yes.
Idempotent: run it as often as you like (e.g. from `samla periodic`); each person is reminded
once per occurrence."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from samla.circles import invitations


class Command(BaseCommand):
    help = "Send meeting reminders (with a calendar invitation) a day before each meeting."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only count the answers due a reminder (some may have had it already).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["dry_run"]:
            due = invitations.send_meeting_reminders(dry_run=True)
            self.stdout.write(f"send_meeting_reminders: {due} answers due a reminder")
            return
        count = invitations.send_meeting_reminders()
        self.stdout.write(f"send_meeting_reminders: {count} reminders queued")
