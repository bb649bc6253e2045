"""Ask sponsors and authors to close out experiments whose timebox has ended. Idempotent: each
person hears about each experiment once, however often this runs."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from samla.stories.services.care import experiments_close_out_due


class Command(BaseCommand):
    help = "Notify sponsors and authors of experiments past their end date to close them out."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Only report who would be notified."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        dry_run = bool(options["dry_run"])
        report = experiments_close_out_due(dry_run=dry_run)
        verb = "would notify" if dry_run else "notified"
        self.stdout.write(
            f"close_out_experiments: {report.experiments} experiments past their end date, "
            f"{verb} {report.notified} people"
        )
