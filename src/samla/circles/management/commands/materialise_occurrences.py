"""Keep every meeting series stored 12 weeks ahead, refresh the rota of circles that gained
occurrences, and write the learning record (presented, facilitated) of meetings that are over.
Recompute every circle's rota too (set-based: a few queries per 500 circles).
Idempotent: running it twice changes nothing the second time."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from samla.circles.services.meetings import occurrences_materialise_all
from samla.circles.services.rota import occurrences_record_past, rota_refresh_all


class Command(BaseCommand):
    help = "Store upcoming occurrences of circle meetings and record past ones."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Only count what is due.")

    def handle(self, *args: Any, **options: Any) -> None:
        dry_run = bool(options["dry_run"])
        created = occurrences_materialise_all(dry_run=dry_run)
        recorded = occurrences_record_past(dry_run=dry_run)
        turns = 0 if dry_run else rota_refresh_all()
        if dry_run:
            self.stdout.write(
                f"materialise_occurrences: {created} series due, {recorded} meetings to record"
            )
        else:
            self.stdout.write(
                f"materialise_occurrences: {created} occurrences stored, "
                f"{recorded} meetings recorded, {turns} presenting turns changed"
            )
