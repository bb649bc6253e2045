"""Delete read notifications older than 180 days and old sent or failed emails. Idempotent."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from samla.notifications import services


class Command(BaseCommand):
    help = "Delete read notifications older than 180 days and sent emails older than 90 days."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Only report what would be deleted."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        dry_run = bool(options["dry_run"])
        report = services.notifications_prune(dry_run=dry_run)
        verb = "would delete" if dry_run else "deleted"
        self.stdout.write(
            f"prune_notifications: {verb} {report.notifications} notifications "
            f"and {report.emails} emails"
        )
