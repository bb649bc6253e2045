"""Import people from a CSV file: parse, validate every row, then write all of it or nothing.

    report = import_people_csv(data=raw_bytes, dry_run=True, by=admin)

The file has a header row; columns may come in any order and their names are case-insensitive
(see COLUMNS). UTF-8 with or without a byte order mark; ',' or ';' (or tab) as the delimiter,
recognised from the header row. Every bad row is reported as (line, column, reason), in the
language that is active when the function runs, and if there is any error nothing is written.

Rows are matched to people already in Samla by employee id first, then by email address
(case-insensitive). A row's empty cell clears that field, except for employee_id (an empty cell
keeps the id Samla has) and language, role and active (an empty cell keeps the current value, or
uses the default for a new person). A column that is missing from the header is left alone.

The work per row is constant: units, offices and people are loaded into dictionaries first; new
people get their ids reserved up front (so a manager who is new in the same file is set in the
same pass) and are written in bulk; changed people are updated in bulk, grouped by the set of
fields that changed; unchanged people are not touched, so re-importing a file changes nothing.

    columns   the columns, RowError, ImportReport, the errors as CSV
    reading   bytes → text → header → rows, each row checked on its own
    checking  the rows together: matching, duplicates, managers and loops, what would change
    writing   the INSERTs and UPDATEs
    files     an upload kept between the dry run and the confirmation
"""

from __future__ import annotations

import logging

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from samla.people.importing import checking, writing
from samla.people.importing.columns import (
    COLUMN_HELP,
    COLUMNS,
    EXAMPLE_CSV,
    MAX_BYTES,
    REQUIRED_COLUMNS,
    ImportReport,
    RowError,
    errors_csv,
)
from samla.people.importing.files import (
    IMPORT_FILE_MAX_AGE,
    import_file_delete,
    import_file_get,
    import_file_store,
    import_files_purge,
)
from samla.people.importing.reading import HeaderProblem, Problem, decode
from samla.people.models import Person

__all__ = [
    "COLUMNS",
    "COLUMN_HELP",
    "EXAMPLE_CSV",
    "IMPORT_FILE_MAX_AGE",
    "MAX_BYTES",
    "REQUIRED_COLUMNS",
    "ImportReport",
    "RowError",
    "errors_csv",
    "import_file_delete",
    "import_file_get",
    "import_file_store",
    "import_files_purge",
    "import_people_csv",
]

logger = logging.getLogger(__name__)


def import_people_csv(*, data: bytes, dry_run: bool, by: Person | None) -> ImportReport:
    """Check a CSV file of people and, unless dry_run or the file has errors, import it.

    Either every row is written or none is. `by` is the admin importing (it may not demote or
    deactivate itself); None for a command-line import.
    """
    report = ImportReport(dry_run=dry_run)
    try:
        text = decode(data)
    except Problem as problem:
        report.errors.append(problem.error)
        return report
    try:
        if dry_run:
            plan = checking.make_plan(text, by)
        else:
            with transaction.atomic():
                plan = checking.make_plan(text, by)
                if not plan.errors:
                    writing.write(plan)
    except HeaderProblem as problem:
        report.errors.extend(problem.errors)
        return report
    except IntegrityError:
        logger.warning("people import failed on a database constraint", exc_info=True)
        report.errors.append(
            RowError(
                0,
                "",
                _(
                    "The people in Samla changed while the file was being imported, so nothing "
                    "was imported. Please try again."
                ),
            )
        )
        return report
    report.rows = len(plan.rows)
    report.errors = plan.errors
    if not plan.errors:
        report.created = len(plan.created)
        report.updated = len(plan.updated)
        report.unchanged = plan.unchanged
        report.deactivated = plan.deactivated
        report.reactivated = plan.reactivated
        if not dry_run:
            logger.info(
                "people import by %s: %s created, %s updated, %s unchanged",
                by.pk if by else "command line",
                report.created,
                report.updated,
                report.unchanged,
            )
    return report
