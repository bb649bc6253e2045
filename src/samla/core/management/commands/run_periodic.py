"""Run each scheduled job once: every command in settings.PERIODIC_COMMANDS, in order.

`samla periodic` calls this; run it from cron every few minutes. Each command is idempotent. A
failing command is reported and the others still run; the exit status is then non-zero.
"""

from __future__ import annotations

import time
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = "Run every periodic job (settings.PERIODIC_COMMANDS) once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Pass --dry-run to every job: report what each would do, change nothing.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        extra = {"dry_run": True} if options["dry_run"] else {}
        failed: list[str] = []
        for name in settings.PERIODIC_COMMANDS:
            started = time.monotonic()
            try:
                call_command(name, stdout=self.stdout, stderr=self.stderr, **extra)
            except Exception as exc:  # one failing job must not stop the others
                failed.append(name)
                self.stderr.write(f"{name}: failed: {type(exc).__name__}: {exc}")
            else:
                elapsed = time.monotonic() - started
                self.stdout.write(f"{name}: ok ({elapsed:.1f} s)")
        if failed:
            raise CommandError(f"{len(failed)} periodic job(s) failed: {', '.join(failed)}")
