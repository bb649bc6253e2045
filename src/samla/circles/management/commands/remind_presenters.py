"""Remind each presenter a few days before their turn, once per turn (idempotent)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from samla.circles.services.rota import REMIND_DAYS, presenters_remind


class Command(BaseCommand):
    help = "Remind presenters of circle meetings a few days ahead."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Only count the reminders due.")
        parser.add_argument("--days", type=int, default=REMIND_DAYS, help="How many days ahead.")

    def handle(self, *args: Any, **options: Any) -> None:
        dry_run = bool(options["dry_run"])
        n = presenters_remind(days=int(options["days"]), dry_run=dry_run)
        verb = "would remind" if dry_run else "reminded"
        self.stdout.write(f"remind_presenters: {verb} {n} presenters")
