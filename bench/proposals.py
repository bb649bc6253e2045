"""The app changes the benchmarks recommend, as monkeypatches (`python -m bench --proposals`).

Not Samla code: each part names the file and function it stands for, so its effect can be measured
before anyone edits the app. The worker applies them to a *copy* of the bench database (the DDL
below changes the schema) and reports the same cases again, marked "[proposals]". Delete a part
once the app has it (and the whole module once all are in).
"""

from __future__ import annotations

from typing import Any

# (vendor or "", table, columns, SQL): each the index one model Meta change or migration would
# create. Proposals the app has adopted are removed from this list (their history is in git).
INDEXES = [
    # people/migrations: on PostgreSQL only (RunPython checking the vendor), a trigram index for
    # skills_matching's `search_text LIKE '%…%'` (pg_trgm is a trusted extension since PG 13):
    #   CREATE EXTENSION IF NOT EXISTS pg_trgm;
    #   GinIndex(fields=["search_text"], opclasses=["gin_trgm_ops"], name="skill_search_trgm")
    # Measured at 100,000 people: skills_matching 7.6 → 1.4 ms, expert finder p95 45 → ~33 ms.
    (
        "postgresql",
        "people_skill",
        ["search_text"],
        "CREATE EXTENSION IF NOT EXISTS pg_trgm; "
        "CREATE INDEX skill_search_trgm ON people_skill USING gin (search_text gin_trgm_ops)",
    ),
]


def ddl(connection: Any) -> list[str]:
    """The proposed indexes the database does not have yet, plus fresh statistics."""
    vendor = connection.vendor
    sql = []
    with connection.cursor() as cursor:
        for only, table, columns, create in INDEXES:
            if only and only != vendor:
                continue
            existing = connection.introspection.get_constraints(cursor, table).values()
            if not any(c["index"] and c["columns"] == columns for c in existing):
                sql += create.split("; ")
    if vendor == "sqlite":
        sql += ["PRAGMA analysis_limit=1000", "ANALYZE"]
    else:
        sql += ["ANALYZE people_skill"]
    return sql


def apply() -> tuple[list[str], list[str]]:
    """Monkeypatch the running app with every code proposal it does not have yet.

    All code proposals so far (skills ranked in SQL, experts from tuples, sharing counts by
    verb, the directory's capped count and unit filter) are in the app; only DDL remains.
    Returns (applied, already in the app).
    """
    return [], []
