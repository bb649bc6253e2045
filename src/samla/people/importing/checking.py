"""Checking the rows together: who each row is, duplicates, managers and their loops, and
what would change."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from samla.people.enums import Role
from samla.people.importing.columns import COLUMNS, RowError
from samla.people.importing.reading import Lookups, Row, read_rows, shown
from samla.people.models import Person


@dataclass
class Plan:
    rows: list[Row]
    columns: frozenset[str]
    errors: list[RowError]
    created: list[Row] = field(default_factory=list)
    updated: list[Row] = field(default_factory=list)
    unchanged: int = 0
    deactivated: int = 0
    reactivated: int = 0


def match(rows: list[Row], lookups: Lookups, by: Person | None, errors: list[RowError]) -> None:
    """Find the person each row is about, and refuse duplicates and taken email addresses."""
    line_of_email: dict[str, int] = {}
    line_of_employee_id: dict[str, int] = {}
    line_of_target: dict[int, int] = {}

    def bad(row: Row, column: str, reason: str) -> None:
        errors.append(RowError(row.line, column, reason))

    for row in rows:
        duplicate = False
        if row.email:
            if row.email in line_of_email:
                duplicate = True
                bad(
                    row,
                    "email",
                    _("The email address “%(email)s” is also on line %(other)s.")
                    % {"email": row.email, "other": line_of_email[row.email]},
                )
            else:
                line_of_email[row.email] = row.line
        if row.employee_id:
            if row.employee_id in line_of_employee_id:
                duplicate = True
                bad(
                    row,
                    "employee_id",
                    _("The employee id “%(id)s” is also on line %(other)s.")
                    % {"id": row.employee_id, "other": line_of_employee_id[row.employee_id]},
                )
            else:
                line_of_employee_id[row.employee_id] = row.line
        if duplicate:
            continue

        target = lookups.by_employee_id.get(row.employee_id) if row.employee_id else None
        matched_by = "employee_id"
        if target is None and row.email:
            target = lookups.by_email.get(row.email)
            matched_by = "email"
        row.target = target
        if target is None:
            continue
        owner = lookups.by_email.get(row.email) if row.email else None
        if owner is not None and owner != target:
            bad(
                row,
                "email",
                _(
                    "The email address “%(email)s” belongs to another person in Samla than the "
                    "one with the employee id “%(id)s”."
                )
                % {"email": row.email, "id": row.employee_id},
            )
        if target in line_of_target:
            bad(
                row,
                matched_by,
                _("This row and line %(other)s are about the same person in Samla.")
                % {"other": line_of_target[target]},
            )
        else:
            line_of_target[target] = row.line
        if by is not None and target == by.pk:
            if row.role and row.role != Role.ORG_ADMIN and not by.is_superuser:
                bad(row, "role", _("You cannot take away your own organisation admin role."))
            if row.active is False:
                bad(row, "active", _("You cannot deactivate yourself."))


def resolve_managers(
    rows: list[Row], columns: frozenset[str], lookups: Lookups, errors: list[RowError]
) -> None:
    """Resolve manager_email to a node of the manager graph and refuse loops."""
    for i, row in enumerate(rows):
        row.node = row.target if row.target is not None else -(i + 1)
    node_of_email: dict[str, int] = {}
    for row in rows:
        if row.email:
            node_of_email.setdefault(row.email, row.node)
    if "manager_email" not in columns:
        return
    for row in rows:
        if not row.manager_email:
            continue
        manager = node_of_email.get(row.manager_email)
        if manager is None:
            manager = lookups.by_email.get(row.manager_email)
        if manager is None:
            errors.append(
                RowError(
                    row.line,
                    "manager_email",
                    _("Nobody with the email address “%(email)s” is in this file or in Samla.")
                    % {"email": shown(row.manager_email)},
                )
            )
        elif manager == row.node:
            errors.append(
                RowError(row.line, "manager_email", _("A person cannot be their own manager."))
            )
        else:
            row.manager_node = manager

    # The graph after the import: rows with their new manager, everyone else as now.
    manager_of: dict[int, int | None] = {pk: p.manager_id for pk, p in lookups.people.items()}
    row_of_node: dict[int, Row] = {}
    for row in rows:
        row_of_node[row.node] = row
        manager_of[row.node] = row.manager_node if row.manager_node != row.node else None
    email_of = {pk: p.email for pk, p in lookups.people.items()}
    email_of.update({row.node: row.email for row in rows if row.email})

    done: set[int] = set()
    for start in row_of_node:
        if start in done:
            continue
        chain: list[int] = []
        position: dict[int, int] = {}
        node: int | None = start
        while node is not None and node not in done and node not in position:
            position[node] = len(chain)
            chain.append(node)
            node = manager_of.get(node)
        if node is not None and node in position:
            loop = chain[position[node] :]
            for i, n in enumerate(loop):
                looped = row_of_node.get(n)
                if looped is None:
                    continue
                # Told from this row's person: a → their manager → … → a.
                names = " → ".join(email_of.get(m, "?") for m in [*loop[i:], *loop[: i + 1]])
                errors.append(
                    RowError(
                        looped.line,
                        "manager_email",
                        _("This makes a loop of managers: %(chain)s.") % {"chain": names},
                    )
                )
        done.update(chain)


def diff(rows: list[Row], columns: frozenset[str], lookups: Lookups, plan: Plan) -> None:
    """Decide for every row: create, update (which fields) or leave unchanged."""
    now = timezone.now()
    for row in rows:
        if row.target is None:
            plan.created.append(row)
            continue
        old = lookups.people[row.target]
        changes: dict[str, Any] = {}
        if row.email != old.email:
            changes["email"] = row.email
        if row.full_name != old.full_name:
            changes["full_name"] = row.full_name
        if "title" in columns and row.title != old.title:
            changes["title"] = row.title
        if row.employee_id and row.employee_id != old.employee_id:
            changes["employee_id"] = row.employee_id
        if "unit_code" in columns and row.unit_id != old.unit_id:
            changes["unit_id"] = row.unit_id
        if "office" in columns and row.office_id != old.office_id:
            changes["office_id"] = row.office_id
        if "manager_email" in columns and row.manager_node != old.manager_id:
            changes["manager_id"] = row.manager_node  # a negative node is resolved on write
        if row.language and row.language != old.language:
            changes["language"] = row.language
        if row.role and row.role != old.role:
            changes["role"] = row.role
            changes["is_staff"] = row.role == Role.ORG_ADMIN
        if row.active is not None and row.active != old.is_active:
            changes["is_active"] = row.active
            changes["deactivated_at"] = None if row.active else now
            if row.active:
                plan.reactivated += 1
            else:
                plan.deactivated += 1
        if changes:
            row.changes = changes
            plan.updated.append(row)
        else:
            plan.unchanged += 1


def make_plan(text: str, by: Person | None) -> Plan:
    lookups = Lookups()
    rows, columns, errors = read_rows(text, lookups)
    plan = Plan(rows=rows, columns=columns, errors=errors)
    if not rows:
        return plan
    match(rows, lookups, by, errors)
    resolve_managers(rows, columns, lookups, errors)
    if not errors:
        diff(rows, columns, lookups, plan)
    errors.sort(key=lambda e: (e.line, COLUMNS.index(e.column) if e.column in COLUMNS else -1))
    return plan
