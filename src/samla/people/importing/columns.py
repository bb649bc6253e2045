"""The columns of a people CSV file, the report of an import, and its errors as CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from samla.people.enums import Role

MAX_BYTES = 20 * 1024 * 1024

REQUIRED_COLUMNS = ("email", "full_name")
COLUMNS = (
    "email",
    "full_name",
    "title",
    "employee_id",
    "unit_code",
    "manager_email",
    "office",
    "language",
    "role",
    "active",
)
# What each column means, for the import page (in this order).
COLUMN_HELP = {
    "email": gettext_lazy("Required. The person's email address; it is also their sign-in."),
    "full_name": gettext_lazy("Required. The name colleagues see."),
    "title": gettext_lazy("Job title."),
    "employee_id": gettext_lazy(
        "The id from the HR system. Rows are matched to people in Samla by this id first, "
        "then by email address."
    ),
    "unit_code": gettext_lazy("The code of an existing unit (see Units)."),
    "manager_email": gettext_lazy(
        "The email address of the person's manager: someone in the same file or already in Samla."
    ),
    "office": gettext_lazy("The name of an existing office (see Offices)."),
    "language": gettext_lazy("Working language: en, da, sv or nb. Empty: English for new people."),
    "role": gettext_lazy("employee, learning_lead or org_admin. Empty: employee for new people."),
    "active": gettext_lazy(
        "yes or no. “no” marks a leaver: they can no longer sign in. Empty: yes for new people."
    ),
}
EXAMPLE_CSV = (
    "email;full_name;title;employee_id;unit_code;manager_email;office;language;role;active\r\n"
    "mette.hansen@example.com;Mette Hansen;Head of Engineering;E1001;ENG;;Copenhagen;da;"
    "org_admin;yes\r\n"
    "erik.lund@example.com;Erik Lund;Developer;E1002;PLAT;mette.hansen@example.com;Copenhagen;"
    "sv;employee;yes\r\n"
    "ingrid.berg@example.com;Ingrid Berg;Account manager;E1003;SALES;mette.hansen@example.com;"
    ";nb;;\r\n"
)

ROLES = tuple(Role.values)
YES = frozenset({"yes", "y", "true", "1", "ja", "j"})
NO = frozenset({"no", "n", "false", "0", "nej", "nei"})


@dataclass(frozen=True)
class RowError:
    """One problem: the line in the file (1 is the header; 0 for the file as a whole), the
    column it is in ("" when it is about the whole line), and the reason, translated."""

    line: int
    column: str
    reason: str


@dataclass
class ImportReport:
    """What an import did, or (dry_run) would do. Counts are zero when there are errors."""

    dry_run: bool
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    reactivated: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def imported(self) -> bool:
        """True if the people in Samla now match the file."""
        return self.ok and not self.dry_run


def _spreadsheet_safe(value: str) -> str:
    """A cell a spreadsheet will not run as a formula (the text may come from the file)."""
    return "'" + value if value[:1] in {"=", "+", "-", "@", "\t", "\r"} else value


def errors_csv(errors: Iterable[RowError]) -> str:
    """The errors as a CSV text (line, column, reason), for download."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_("Line"), _("Column"), _("Reason")])
    for error in errors:
        writer.writerow(
            [error.line or "", _spreadsheet_safe(error.column), _spreadsheet_safe(error.reason)]
        )
    return out.getvalue()
