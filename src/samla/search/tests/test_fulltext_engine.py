"""Each engine's own index: what the migration built and what indexing writes into it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.utils import timezone

from samla.search.fulltext import index_document, reindex_all, remove_document
from samla.search.fulltext.backends.sqlite import recency_key
from samla.search.models import SearchDocument

pytestmark = pytest.mark.django_db

sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite FTS5 internals")
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL tsvector internals"
)


def add(object_id: str, title: str, body: str = "", **kwargs) -> SearchDocument:
    values = {
        "doc_type": "note",  # a type no app provides, so rebuilds keep it
        "object_id": object_id,
        "language": "da",
        "title": title,
        "body": body,
        "url": "/",
        "published_at": timezone.now() - timedelta(days=1),
        **kwargs,
    }
    index_document(**values)
    return SearchDocument.objects.get(doc_type=values["doc_type"], object_id=object_id)


def fts_rows() -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT rowid, doc_id, title, body FROM search_fts ORDER BY rowid")
        return cursor.fetchall()


@sqlite_only
def test_sqlite_stores_stems_in_the_documents_language() -> None:
    doc = add("1", "Læringsmøderne", "Vi delte erfaringerne. Æble & Ørred!")
    assert fts_rows() == [
        (recency_key(doc.published_at, doc.pk), doc.pk, "læringsmød", "vi delt erfaring æbl ørred")
    ]
    english = add("2", "Experiments", language="en")
    assert fts_rows()[1][2:] == ("experi", "")
    assert english.language == "en"


@sqlite_only
def test_sqlite_upsert_moves_the_entry_and_keeps_one() -> None:
    doc = add("1", "Første", published_at=datetime(2024, 1, 1, tzinfo=UTC))
    assert [r[0] for r in fts_rows()] == [recency_key(doc.published_at, doc.pk)]
    doc = add("1", "Anden", published_at=datetime(2025, 6, 1, tzinfo=UTC))
    assert [(r[0], r[2]) for r in fts_rows()] == [(recency_key(doc.published_at, doc.pk), "and")]
    add("1", "Anden", published_at=datetime(2025, 6, 1, tzinfo=UTC), is_visible=False)
    assert fts_rows() == []
    remove_document(doc_type="note", object_id="1")
    assert fts_rows() == []


def test_sqlite_recency_key_orders_by_second_then_id() -> None:
    t = datetime(2025, 3, 1, 12, 0, 0, 999_999, tzinfo=UTC)
    assert recency_key(t, 5) < recency_key(t, 6) < recency_key(t + timedelta(seconds=1), 1)
    assert recency_key(t, 5) >> 24 == int(t.timestamp())


@sqlite_only
def test_sqlite_repair_drops_orphans_and_adds_missing_entries() -> None:
    kept = add("1", "Beholdt")
    lost = add("2", "Mistet")
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO search_fts (rowid, title, body, doc_id) VALUES (12345, 'orphan', '', 999)"
        )
        cursor.execute(
            "DELETE FROM search_fts WHERE rowid = %s", [recency_key(lost.published_at, lost.pk)]
        )
    assert reindex_all(dry_run=True).repaired == 2
    assert len(fts_rows()) == 2
    assert reindex_all().repaired == 2
    assert sorted(r[1] for r in fts_rows()) == sorted([kept.pk, lost.pk])
    assert reindex_all().repaired == 0


@sqlite_only
def test_sqlite_fts_table_keeps_diacritics() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'search_fts'")
        (sql,) = cursor.fetchone()
    assert "remove_diacritics 0" in sql
    add("1", "Ål", language="da")
    add("2", "Al", language="da")
    with connection.cursor() as cursor:
        cursor.execute("SELECT doc_id FROM search_fts WHERE search_fts MATCH '\"ål\"'")
        assert [r[0] for r in cursor.fetchall()] == [SearchDocument.objects.get(object_id="1").pk]


def vector(doc: SearchDocument) -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_vector::text FROM search_searchdocument WHERE id = %s", [doc.pk]
        )
        return cursor.fetchone()[0]


@postgresql_only
def test_postgresql_vector_uses_the_documents_language_and_weights() -> None:
    danish = add("1", "Læringsmøderne", "Vi delte erfaringerne")
    assert vector(danish) == "'delt':3B 'erfaring':4B 'læringsmød':1A"
    english = add("2", "Experiments", "shared", language="en")
    assert vector(english) == "'experi':1A 'share':2B"
    swedish = add("3", "Mötena", language="sv")
    assert vector(swedish) == "'möten':1A"


@postgresql_only
def test_postgresql_vector_follows_updates() -> None:
    doc = add("1", "Første", language="da")
    doc = add("1", "Experiments", language="en")
    assert vector(doc) == "'experi':1A"


@postgresql_only
def test_postgresql_indexes_exist() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_searchdocument'"
        )
        indexes = dict(cursor.fetchall())
    # Words and day buckets in one GIN index (migration 0002; test_fulltext_windows.py).
    assert "USING gin (search_vector, array_to_tsvector(" in indexes["search_document_vector_days"]
    assert "(published_at, id)" in indexes["search_document_recent"]


@sqlite_only
def test_sqlite_candidates_are_the_newest_matches_with_tag_filters() -> None:
    from samla.search.fulltext.backends import Filters, sqlite
    from samla.search.fulltext.query import parse_query

    now = timezone.now()
    ids = {}
    for i in range(8):
        ids[i] = add(
            str(i),
            "Retrospective notes",
            published_at=now - timedelta(hours=i),
            language="en",
            kind="tip" if i % 2 else "lesson",
            topics=["retro", f"t{i}"],
        ).pk
    found = sqlite.ENGINE.candidates(
        parse_query("retrospective"), Filters(audiences=[""], kinds=["tip"], topics=["retro"]), 3
    )
    assert [c.id for c in found] == [ids[1], ids[3], ids[5]]
    found = sqlite.ENGINE.candidates(
        parse_query("retrospective"), Filters(audiences=[""], topics=["t4", "t6"]), 10
    )
    assert [c.id for c in found] == [ids[4], ids[6]]
