"""Keep the query planner's statistics fresh. Idempotent; part of `samla periodic`.

SQLite gathers no statistics by itself, and before 3.46 `PRAGMA optimize` in a fresh connection
analyses nothing, so this runs a sampled ANALYZE (analysis_limit: milliseconds even at 100,000
people). PostgreSQL's autovacuum keeps its own, so there this only runs ANALYZE with --full.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection


class Command(BaseCommand):
    help = "Refresh the database's query planner statistics."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Say what would run.")
        parser.add_argument("--full", action="store_true", help="Analyse every table now.")

    def handle(self, *args: Any, dry_run: bool = False, full: bool = False, **options: Any) -> None:
        if connection.vendor == "sqlite":
            statements = [
                "PRAGMA analysis_limit=0" if full else "PRAGMA analysis_limit=1000",
                "ANALYZE",
            ]
        elif full:
            statements = ["ANALYZE"]
        else:
            statements = []
        for sql in statements:
            if dry_run:
                self.stdout.write(f"would run: {sql}")
            else:
                with connection.cursor() as cursor:
                    cursor.execute(sql)
        if not statements:
            self.stdout.write("nothing to do: the database keeps its own statistics")
        elif not dry_run:
            self.stdout.write(self.style.SUCCESS("planner statistics refreshed"))
