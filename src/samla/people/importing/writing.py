"""Writing a checked import: new people and changes, many rows per statement."""

from __future__ import annotations

import secrets
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db import connection, models
from django.utils import timezone

from samla.people.enums import Role
from samla.people.importing.checking import Plan
from samla.people.models import Person

BATCH_SIZE = 1000


class Table:
    """Plain INSERT and UPDATE statements for the person table, many rows at a time.

    bulk_create and bulk_update spend most of their time preparing each value of each row (and
    bulk_update's CASE expressions grow with the batch), which is far too slow for 100,000 rows.
    PostgreSQL gets the rows with COPY (updates: COPY into a temporary table, then one UPDATE …
    FROM); SQLite runs a prepared statement per row with executemany, which is fast there.
    Values are already what the database stores (strings, ints, bools, None); only date-times
    are prepared, once per distinct value. Columns the import does not set get their model
    default, so a field added to Person later is still filled in. Table and column names come
    from the model, never from the file.
    """

    def __init__(self) -> None:
        meta = Person._meta
        quote = connection.ops.quote_name
        self.fields = {f.attname: f for f in meta.concrete_fields}
        self.column = {a: quote(str(f.column)) for a, f in self.fields.items()}
        self.table = quote(meta.db_table)
        self.pk = quote(str(meta.pk.column))
        self.datetimes = {a for a, f in self.fields.items() if isinstance(f, models.DateTimeField)}
        self.prepared: dict[tuple[str, Any], Any] = {}
        self.postgresql = connection.vendor == "postgresql"

    def _prep(self, attname: str, value: Any) -> Any:
        key = (attname, value)
        if key not in self.prepared:
            self.prepared[key] = self.fields[attname].get_db_prep_save(value, connection)
        return self.prepared[key]

    def _rows(self, attnames: list[str], rows: Iterable[dict[str, Any]]) -> list[list[Any]]:
        """Values in column order; date-times prepared (they repeat: now, or None)."""
        dated = [i for i, a in enumerate(attnames) if a in self.datetimes]
        out = []
        for row in rows:
            values = [row[a] for a in attnames]
            for i in dated:
                if values[i] is not None:
                    values[i] = self._prep(attnames[i], values[i])
            out.append(values)
        return out

    def insert(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        given = list(rows[0])
        defaults: dict[str, Any] = {}
        per_row: list[str] = []  # defaults that differ per row (a callable, say uuid4)
        for attname, model_field in self.fields.items():
            if attname in given:
                continue
            if model_field.has_default() and callable(model_field.default):
                per_row.append(attname)
            else:
                defaults[attname] = model_field.get_db_prep_save(
                    model_field.get_default(), connection
                )
        columns = ", ".join(self.column[a] for a in [*given, *per_row, *defaults])
        constant = list(defaults.values())
        params = self._rows(given, rows)
        for values in params:
            for attname in per_row:
                model_field = self.fields[attname]
                values.append(model_field.get_db_prep_save(model_field.get_default(), connection))
            values.extend(constant)
        with connection.cursor() as cursor:
            if self.postgresql:
                self._copy(cursor, f"{self.table} ({columns})", params)
            else:
                marks = ", ".join(["%s"] * len(params[0]))
                sql = f"INSERT INTO {self.table} ({columns}) VALUES ({marks})"  # noqa: S608
                cursor.executemany(sql, params)

    def update(self, attnames: tuple[str, ...], rows: list[tuple[int, dict[str, Any]]]) -> None:
        if not rows:
            return
        params = self._rows(list(attnames), (values for _pk, values in rows))
        for values, (pk, _values) in zip(params, rows, strict=True):
            values.append(pk)
        with connection.cursor() as cursor:
            if self.postgresql:
                aliases = [f"v{i}" for i in range(len(attnames))]
                types = [self.fields[a].db_type(connection) for a in attnames]
                pk_type = self.fields["id"].db_type(connection)
                temp = connection.ops.quote_name("samla_people_import")
                cursor.execute(
                    f"CREATE TEMPORARY TABLE {temp} "
                    f"({', '.join(f'{a} {t}' for a, t in zip(aliases, types, strict=True))}, "
                    f"vpk {pk_type}) ON COMMIT DROP"
                )
                self._copy(cursor, f"{temp} ({', '.join(aliases)}, vpk)", params)
                assignments = ", ".join(
                    f"{self.column[a]} = {temp}.{alias}"
                    for a, alias in zip(attnames, aliases, strict=True)
                )
                cursor.execute(
                    f"UPDATE {self.table} SET {assignments} FROM {temp} "  # noqa: S608
                    f"WHERE {self.table}.{self.pk} = {temp}.vpk"
                )
                cursor.execute(f"DROP TABLE {temp}")
            else:
                assignments = ", ".join(f"{self.column[a]} = %s" for a in attnames)
                sql = f"UPDATE {self.table} SET {assignments} WHERE {self.pk} = %s"  # noqa: S608
                cursor.executemany(sql, params)

    @staticmethod
    def _copy(cursor: Any, target: str, params: list[list[Any]]) -> None:
        """PostgreSQL's COPY … FROM STDIN, through psycopg (Django's cursor wraps it)."""
        with cursor.cursor.copy(f"COPY {target} FROM STDIN") as copy:
            for values in params:
                copy.write_row(values)


def reserve_ids(count: int) -> list[int]:
    """Ids for new people, taken before inserting them, so that a new person's manager id is
    known even when the manager is new too (the foreign key is checked at commit)."""
    if count == 0:
        return []
    table = Person._meta.db_table
    pk_column = str(Person._meta.pk.column)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [table, pk_column, count],
            )
            return [int(value) for (value,) in cursor.fetchall()]
        if connection.vendor == "sqlite":
            # The transaction holds SQLite's write lock (IMMEDIATE), so nobody else takes these.
            quote = connection.ops.quote_name
            cursor.execute(f"SELECT max({quote(pk_column)}) FROM {quote(table)}")  # noqa: S608
            (largest,) = cursor.fetchone() or (None,)
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
            (sequence,) = cursor.fetchone() or (None,)
            first = max(largest or 0, sequence or 0) + 1
            return list(range(first, first + count))
    raise NotImplementedError(f"the people import does not support {connection.vendor}")


def write(plan: Plan) -> None:
    """Create the new people and update the changed ones: one statement, many rows, each."""
    now = timezone.now()
    table = Table()
    pk_of_node = dict(
        zip((row.node for row in plan.created), reserve_ids(len(plan.created)), strict=True)
    )

    def resolve(node: int | None) -> int | None:
        return pk_of_node[node] if node is not None and node < 0 else node

    default_language = settings.LANGUAGE_CODE
    table.insert(
        [
            {
                "id": pk_of_node[row.node],
                "email": row.email,
                "full_name": row.full_name,
                "title": row.title,
                "employee_id": row.employee_id or None,
                "unit_id": row.unit_id,
                "office_id": row.office_id,
                "manager_id": resolve(row.manager_node),
                "language": row.language or default_language,
                "role": row.role or Role.EMPLOYEE,
                "is_staff": row.role == Role.ORG_ADMIN,
                "is_active": row.active is not False,
                "deactivated_at": now if row.active is False else None,
                "date_joined": now,
                # Unusable, like make_password(None), without 40 calls to secrets.choice each.
                "password": UNUSABLE_PASSWORD_PREFIX + secrets.token_hex(20),
            }
            for row in plan.created
        ]
    )
    groups: dict[tuple[str, ...], list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    for row in plan.updated:
        assert row.target is not None
        values = dict(row.changes)
        if "manager_id" in values:
            values["manager_id"] = resolve(values["manager_id"])
        groups[tuple(sorted(values))].append((row.target, values))
    for attnames, rows in groups.items():
        table.update(attnames, rows)

    leavers = [row.target for row in plan.updated if row.changes.get("is_active") is False]
    for start in range(0, len(leavers), BATCH_SIZE):
        for session in UserSession.objects.filter(user_id__in=leavers[start : start + BATCH_SIZE]):
            session.end()
