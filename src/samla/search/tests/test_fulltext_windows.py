"""PostgreSQL's time windows (fulltext/backends/postgresql.py): day-bucket tokens in the GIN index
and the window → probe → walk cascade. Each path must give exactly the newest matches."""

from __future__ import annotations

import importlib
import time
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone

from samla.search.fulltext import index_document
from samla.search.fulltext.backends import Filters
from samla.search.fulltext.backends import postgresql as pg
from samla.search.fulltext.query import parse_query

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's GIN day buckets"
)


# --- bucket tokens (plain Python) -----------------------------------------------------------


def _days(token: str) -> range:
    shift = dict(pg.BUCKET_LEVELS)[token[1]]
    start = int(token[2:]) << shift
    return range(start, start + (1 << shift))


@pytest.mark.parametrize("first", [0, 8, 504, 512, 20_000, 20_480 - 8, 20_600])
@pytest.mark.parametrize("length", [0, 1, 7, 8, 63, 64, 65, 511, 600, 1500, 2048 + 100])
def test_day_tokens_cover_the_days_exactly_once(first: int, length: int) -> None:
    last = first + length
    tokens = pg.day_tokens(first, last)
    covered = [d for token in tokens for d in _days(token)]
    assert len(covered) == len(set(covered))  # no overlap
    # Exactly first … last, the last 8-day bucket completed.
    assert sorted(covered) == list(range(first, (last // 8 + 1) * 8))
    # Few tokens however wide: at most 7 of each narrower size at either end.
    assert len(tokens) <= 4 * 7 + length // 512 + 1


def test_day_tokens_start_on_a_bucket() -> None:
    with pytest.raises(ValueError):
        pg.day_tokens(3, 100)


def test_tokens_tsquery_only_takes_bucket_tokens() -> None:
    assert pg.tokens_tsquery(["~a1", "~c2"]) == "'~a1' | '~c2'"
    for bad in (["a1"], ["~a1' | 'x"], ["~a 1"], ["~"]):
        with pytest.raises(ValueError):
            pg.tokens_tsquery(bad)


def test_day_number_is_the_utc_day() -> None:
    assert pg.day_number(0) == 0
    assert pg.day_number(86_399.9) == 0
    assert pg.day_number(86_400) == 1
    assert pg.day_number(-1) == -1


# --- the index and the cascade (PostgreSQL) --------------------------------------------------


def add(object_id: str, title: str, days_ago: float, **kwargs: Any) -> int:
    index_document(
        doc_type="note",
        object_id=object_id,
        language="en",
        title=title,
        body="",
        url="/",
        published_at=timezone.now() - timedelta(days=days_ago),
        **kwargs,
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM search_searchdocument WHERE doc_type = 'note' AND object_id = %s",
            [object_id],
        )
        return int(cursor.fetchone()[0])


@postgresql_only
@pytest.mark.django_db
def test_the_migration_builds_the_expression_the_engine_asks_for() -> None:
    migration = importlib.import_module("samla.search.migrations.0002_search_document_vector_days")
    assert migration._BUCKETS == pg.DAY_BUCKETS_SQL
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'search_searchdocument'")
        names = {row[0] for row in cursor.fetchall()}
    assert "search_document_vector_days" in names
    assert "search_document_vector" not in names  # replaced: the new one answers words alone
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'search_searchdocument'")
        assert "parallel_workers=0" in cursor.fetchone()[0]


@postgresql_only
@pytest.mark.django_db
def test_bucket_tokens_of_a_document_are_its_publication_day() -> None:
    pk = add("1", "Anything", days_ago=3)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {pg.DAY_BUCKETS_SQL}::text, extract(epoch FROM published_at)"  # noqa: S608
            " FROM search_searchdocument WHERE id = %s",
            [pk],
        )
        vector, epoch = cursor.fetchone()
    day = pg.day_number(float(epoch))
    assert vector == f"'~a{day >> 3}' '~b{day >> 6}' '~c{day >> 9}'"


@postgresql_only
@pytest.mark.django_db
def test_a_window_is_read_from_the_gin_index() -> None:
    for i in range(30):
        add(str(i), "Retrospective" if i % 3 == 0 else "Planning", days_ago=i * 20)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE search_searchdocument")
        cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny table: make the index count
        today = pg.day_number(time.time())
        tokens = pg.day_tokens((today - 40) >> 3 << 3, today + 10)
        cursor.execute(
            "EXPLAIN SELECT id FROM search_searchdocument AS d"  # noqa: S608
            f" WHERE d.search_vector @@ plainto_tsquery('english', 'retrospective')"
            f" AND {pg.DAY_BUCKETS_SQL} @@ %s::tsquery",
            [pg.tokens_tsquery(tokens)],
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_document_vector_days" in plan
    assert "array_to_tsvector" in plan.split("Index Cond", 1)[1]  # the window is in the index


def _spy(monkeypatch) -> list[str]:
    taken: list[str] = []
    real = {name: getattr(pg.PostgreSQLEngine, name) for name in ("_window", "_probe", "_walk")}

    def window(*args):
        rows = real["_window"](*args)
        taken.append(f"window {len(rows)}")
        return rows

    def probe(*args):
        taken.append("probe")
        return real["_probe"](*args)

    def walk(*args):
        taken.append("walk")
        return real["_walk"](*args)

    monkeypatch.setattr(pg.PostgreSQLEngine, "_window", staticmethod(window))
    monkeypatch.setattr(pg.PostgreSQLEngine, "_probe", staticmethod(probe))
    monkeypatch.setattr(pg.PostgreSQLEngine, "_walk", staticmethod(walk))
    return taken


@pytest.fixture
def spread() -> list[int]:
    """Retrospectives 1, 4, 7 … 148 days ago (ids newest first), planning notes between them."""
    ids = []
    for i in range(150):
        pk = add(str(i), "Retrospective notes" if i % 3 == 1 else "Planning notes", days_ago=i)
        if i % 3 == 1:
            ids.append(pk)
    return ids


@postgresql_only
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("limit", "all_days", "probe", "path"),
    [
        # the first window (8–15 days) holds enough
        (2, 200, 10_000, ["window 2"]),
        # too few in the first window: the days before it, back to where the density says
        # there are enough
        (8, 200, 10_000, ["window 3", "window 5"]),  # (3–5 found first)
        # the density says the word is rare: every match from the GIN index
        (40, 60, 10_000, ["window 3", "probe"]),
        # the probe overflows: the unbounded walk
        (40, 60, 20, ["window 3", "probe", "walk"]),
    ],
)
def test_every_path_gives_the_newest_matches(
    monkeypatch, spread, limit, all_days, probe, path
) -> None:
    monkeypatch.setattr(pg, "PROBE", probe)
    monkeypatch.setattr(pg, "ALL_DAYS", all_days)  # the fixture spans 150 days, not 3 years
    monkeypatch.setattr(pg, "FIRST_WINDOW_DAYS", 8)
    taken = _spy(monkeypatch)
    found = pg.ENGINE.candidates(parse_query("retrospective"), Filters(audiences=[""]), limit)
    assert [c.id for c in found] == spread[:limit]
    assert all(c.relevance > 0 for c in found)
    # The first window covers 8–15 days (it starts on an 8-day bucket): 3–5 retrospectives.
    assert [t.split()[0] for t in taken] == [p.split()[0] for p in path]
    assert 3 <= int(taken[0].split()[1]) <= 5 or limit == 2


@postgresql_only
@pytest.mark.django_db
def test_filters_apply_inside_windows(monkeypatch, spread) -> None:
    taken = _spy(monkeypatch)
    since = timezone.now() - timedelta(days=30)
    found = pg.ENGINE.candidates(
        parse_query("retrospective"), Filters(audiences=[""], since=since), 50
    )
    assert [c.id for c in found] == spread[:10]  # 1, 4, … 28 days ago
    assert taken[-1] == "probe"  # a window wider than `since` is the filter's own window


@postgresql_only
@pytest.mark.django_db
def test_documents_dated_ahead_are_in_the_windows() -> None:
    ahead = add("ahead", "Retrospective", days_ago=-3)
    now = add("now", "Retrospective", days_ago=0)
    found = pg.ENGINE.candidates(parse_query("retrospective"), Filters(audiences=[""]), 2)
    assert [c.id for c in found] == [ahead, now]


@postgresql_only
@pytest.mark.django_db
def test_no_word_matches_a_bucket_token() -> None:
    pk = add("1", "Anything", days_ago=1)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {pg.DAY_BUCKETS_SQL}::text FROM search_searchdocument")  # noqa: S608
        token = cursor.fetchone()[0].split()[0].strip("'")
    for query in (token, token[1:], f'"{token}"'):
        found = pg.ENGINE.candidates(parse_query(query), Filters(audiences=[""]), 5)
        assert pk not in [c.id for c in found]
