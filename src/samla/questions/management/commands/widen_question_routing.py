"""Send the pending notices of anonymous questions' routing, and give questions still unanswered
48 hours after routing their second, wider round. Idempotent: each helper hears about each
question once, each question is widened once, however often this runs."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from samla.questions.services_routing import widen_routing


class Command(BaseCommand):
    help = "Notify routed helpers of anonymous questions and widen routing of unanswered ones."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Only report what would be done."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        dry_run = bool(options["dry_run"])
        report = widen_routing(dry_run=dry_run)
        verb = "would" if dry_run else "did"
        self.stdout.write(
            f"widen_question_routing ({verb}): {report.delivered} pending notices, "
            f"{report.considered} questions past 48 hours, {report.widened} widened, "
            f"{report.asked} people asked"
        )
