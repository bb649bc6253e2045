"""Reading a people CSV file: bytes to text, the header, and every row checked on its own."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.utils.translation import gettext as _

from samla.people.importing import columns
from samla.people.importing.columns import COLUMNS, NO, REQUIRED_COLUMNS, ROLES, YES, RowError
from samla.people.models import Office, OrgUnit, Person


class Problem(Exception):
    """A problem with the file as a whole: nothing after it can be read."""

    def __init__(self, error: RowError) -> None:
        super().__init__(error.reason)
        self.error = error


class Existing(NamedTuple):
    pk: int
    email: str
    employee_id: str | None
    full_name: str
    title: str
    unit_id: int | None
    manager_id: int | None
    office_id: int | None
    language: str
    role: str
    is_active: bool
    is_superuser: bool


@dataclass(slots=True)
class Row:
    line: int
    email: str
    full_name: str
    title: str = ""
    employee_id: str = ""
    unit_id: int | None = None
    office_id: int | None = None
    manager_email: str = ""
    language: str = ""
    role: str = ""
    active: bool | None = None
    target: int | None = None  # pk of the person this row updates; None for a new person
    node: int = 0  # this row's node in the manager graph: target pk, or a negative number
    manager_node: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)


def decode(data: bytes) -> str:
    if len(data) > columns.MAX_BYTES:
        raise Problem(
            RowError(
                0,
                "",
                _("The file is too large (%(size)s MB). The limit is %(limit)s MB.")
                % {
                    "size": round(len(data) / 1_048_576, 1),
                    "limit": columns.MAX_BYTES // 1_048_576,
                },
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Problem(
            RowError(
                0,
                "",
                _(
                    "The file is not UTF-8 text. In Excel, choose “Save as” and the type "
                    "“CSV UTF-8”; in other programs, choose the UTF-8 encoding."
                ),
            )
        ) from None
    if "\x00" in text:
        raise Problem(
            RowError(
                0,
                "",
                _(
                    "The file contains NUL characters, so it is probably not a CSV file (or it "
                    "is saved as UTF-16). Save it as “CSV UTF-8” and try again."
                ),
            )
        )
    if not text.strip():
        raise Problem(RowError(0, "", _("The file is empty.")))
    return text


def sniff_delimiter(text: str) -> str:
    """The delimiter that occurs most often in the first non-empty line (the header)."""
    first = next((line for line in io.StringIO(text) if line.strip()), "")
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line where the record starts, values) for every non-empty record."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text), strict=True)
    next_line = 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise Problem(
                RowError(
                    next_line,
                    "",
                    _(
                        "This line cannot be read as CSV. Check its quotation marks: a value "
                        'that starts with “"” must end with “"”, and a “"” inside a value '
                        "must be doubled."
                    ),
                )
            ) from None
        line, next_line = next_line, reader.line_num + 1
        if values and any(v.strip() for v in values):
            yield line, values


def read_header(line: int, values: list[str]) -> list[str]:
    names = [v.strip().lower().replace(" ", "_").replace("-", "_") for v in values]
    while names and not names[-1]:  # a spreadsheet's trailing delimiters
        names.pop()
    errors: list[RowError] = []
    seen: set[str] = set()
    for name in names:
        if name and name not in COLUMNS:
            errors.append(
                RowError(
                    line,
                    name,
                    _("Unknown column. The columns Samla knows are: %(columns)s.")
                    % {"columns": ", ".join(COLUMNS)},
                )
            )
        elif name in seen:
            errors.append(RowError(line, name, _("This column appears more than once.")))
        seen.add(name)
    if "" in seen:
        errors.append(RowError(line, "", _("A column in the header row has no name.")))
    missing = [c for c in REQUIRED_COLUMNS if c not in seen]
    if missing:
        errors.insert(
            0,
            RowError(
                line,
                "",
                _(
                    "The header row must name the columns %(required)s. Missing: %(missing)s. "
                    "Is the first line of the file the header?"
                )
                % {"required": ", ".join(REQUIRED_COLUMNS), "missing": ", ".join(missing)},
            ),
        )
    if errors:
        raise HeaderProblem(errors)
    return names


class HeaderProblem(Exception):
    def __init__(self, errors: list[RowError]) -> None:
        super().__init__("bad header")
        self.errors = errors


class Lookups:
    """Everything a row may refer to, loaded once."""

    def __init__(self) -> None:
        self.units = dict(OrgUnit.objects.values_list("code", "pk"))
        self.offices: dict[str, int] = {}
        self.offices_folded: dict[str, int] = {}
        for name, pk in Office.objects.values_list("name", "pk"):
            self.offices[name] = pk
            self.offices_folded.setdefault(name.casefold(), pk)
        self.people: dict[int, Existing] = {}
        self.by_email: dict[str, int] = {}
        self.by_employee_id: dict[str, int] = {}
        fields = Existing._fields
        for values in Person.objects.values_list(*fields).iterator(chunk_size=5000):
            person = Existing(*values)
            self.people[person.pk] = person
            self.by_email[person.email.lower()] = person.pk
            if person.employee_id:
                self.by_employee_id[person.employee_id] = person.pk
        self.languages = {code for code, _name in settings.LANGUAGES}

    def office(self, name: str) -> int | None:
        return self.offices.get(name) or self.offices_folded.get(name.casefold())


def shown(value: str, limit: int = 80) -> str:
    """A value from the file as quoted in a message: never the whole of a very long one."""
    return value if len(value) <= limit else value[: limit - 1] + "…"


def length_limits() -> dict[str, int]:
    out: dict[str, int] = {}
    for name in ("email", "full_name", "title", "employee_id"):
        model_field = Person._meta.get_field(name)
        assert isinstance(model_field, models.CharField) and model_field.max_length
        out[name] = model_field.max_length
    return out


def parse_row(
    line: int,
    cells: dict[str, str],
    lookups: Lookups,
    limits: dict[str, int],
    errors: list[RowError],
) -> Row:
    def bad(column: str, reason: str) -> None:
        errors.append(RowError(line, column, reason))

    def too_long(column: str, value: str) -> bool:
        if len(value) > limits[column]:
            bad(
                column,
                _("This value is %(length)s characters long; at most %(limit)s are allowed.")
                % {"length": len(value), "limit": limits[column]},
            )
            return True
        return False

    row = Row(line=line, email="", full_name="")
    email = cells.get("email", "").strip().lower()
    if not email:
        bad("email", _("An email address is required."))
    elif not too_long("email", email):
        try:
            validate_email(email)
        except ValidationError:
            bad("email", _("“%(value)s” is not a valid email address.") % {"value": shown(email)})
        else:
            row.email = email

    row.full_name = cells.get("full_name", "").strip()
    if not row.full_name:
        bad("full_name", _("A name is required."))
    else:
        too_long("full_name", row.full_name)

    row.title = cells.get("title", "").strip()
    too_long("title", row.title)

    row.employee_id = cells.get("employee_id", "").strip()
    too_long("employee_id", row.employee_id)

    unit_code = cells.get("unit_code", "").strip()
    if unit_code:
        row.unit_id = lookups.units.get(unit_code)
        if row.unit_id is None:
            bad(
                "unit_code",
                _("There is no unit with the code “%(code)s”.") % {"code": shown(unit_code)},
            )

    office = cells.get("office", "").strip()
    if office:
        row.office_id = lookups.office(office)
        if row.office_id is None:
            bad("office", _("There is no office named “%(name)s”.") % {"name": shown(office)})

    row.manager_email = cells.get("manager_email", "").strip().lower()

    language = cells.get("language", "").strip().lower()
    if language:
        if language in lookups.languages:
            row.language = language
        else:
            bad(
                "language",
                _("“%(value)s” is not a language Samla speaks. Use one of: %(choices)s.")
                % {"value": shown(language), "choices": ", ".join(sorted(lookups.languages))},
            )

    role = cells.get("role", "").strip().lower()
    if role:
        if role in ROLES:
            row.role = role
        else:
            bad(
                "role",
                _("“%(value)s” is not a role. Use one of: %(choices)s.")
                % {"value": shown(role), "choices": ", ".join(ROLES)},
            )

    active = cells.get("active", "").strip().lower()
    if active:
        if active in YES:
            row.active = True
        elif active in NO:
            row.active = False
        else:
            bad("active", _("“%(value)s” is neither yes nor no.") % {"value": shown(active)})
    return row


def read_rows(text: str, lookups: Lookups) -> tuple[list[Row], frozenset[str], list[RowError]]:
    errors: list[RowError] = []
    found = records(text)
    try:
        first = next(found, None)
        if first is None:
            raise Problem(RowError(0, "", _("The file is empty.")))
        names = read_header(*first)
        width = len(names)
        limits = length_limits()
        rows: list[Row] = []
        for line, values in found:
            if len(values) > width and any(v.strip() for v in values[width:]):
                errors.append(
                    RowError(
                        line,
                        "",
                        _(
                            "This line has more values (%(found)s) than the header has columns "
                            "(%(expected)s). Is there a delimiter inside a value that is not "
                            "in quotation marks?"
                        )
                        % {"found": len(values), "expected": width},
                    )
                )
                continue
            rows.append(
                parse_row(line, dict(zip(names, values, strict=False)), lookups, limits, errors)
            )
    except Problem as problem:
        errors.append(problem.error)
        return [], frozenset(), errors
    if not rows and not errors:
        errors.append(RowError(first[0], "", _("The file has a header row but no people.")))
    return rows, frozenset(names), errors
