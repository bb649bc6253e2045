"""Rebuild the search index from every app's registered provider. Idempotent."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from samla.search.fulltext import reindex_all


class Command(BaseCommand):
    help = (
        "Re-index every document the apps' search providers yield, remove documents they no "
        "longer yield, and repair the engine's index."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Only report what would be done."
        )
        parser.add_argument(
            "--doc-type",
            action="append",
            dest="doc_types",
            metavar="TYPE",
            help="Rebuild only this document type (may be repeated).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        dry_run = bool(options["dry_run"])
        try:
            report = reindex_all(dry_run=dry_run, doc_types=options["doc_types"])
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        verb = "would index" if dry_run else "indexed"
        gone = "would remove" if dry_run else "removed"
        for doc_type in sorted(report.indexed):
            self.stdout.write(
                f"rebuild_search_index: {doc_type}: {verb} {report.indexed[doc_type]}, "
                f"{gone} {report.removed[doc_type]}"
            )
        for doc_type, count in sorted(report.unregistered.items()):
            self.stdout.write(
                f"rebuild_search_index: {doc_type}: {count} documents, no provider, left alone"
            )
        fixed = "would repair" if dry_run else "repaired"
        self.stdout.write(f"rebuild_search_index: {fixed} {report.repaired} engine entries")
