"""Send every due email in the outbox. Idempotent; safe to run from cron beside the workers."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from samla.notifications import services


class Command(BaseCommand):
    help = "Send the emails waiting in the outbox (and retry failed ones that are due)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--limit", type=int, default=500, help="Send at most this many emails (default 500)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only report how many emails are due."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["dry_run"]:
            due = services.emails_pending_count()
            self.stdout.write(f"send_pending_emails: {due} due (dry run, nothing sent)")
            return
        report = services.email_send_pending(limit=max(1, options["limit"]))
        self.stdout.write(
            f"send_pending_emails: {report.sent} sent, {report.retrying} to retry, "
            f"{report.failed} failed"
        )
