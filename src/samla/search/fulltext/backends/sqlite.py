"""SQLite: an FTS5 table of Snowball stems, keyed so that its rowid order is recency order.

`search_fts(doc_id UNINDEXED, tags, title, body)` holds the stems of each visible document's title
and body (stemmed in Python, in the document's language; the unicode61 tokenizer with
remove_diacritics 0 then splits them on spaces and keeps æ, ø, å, ä and ö). Its rowid is
`recency_key(published_at, id)`: the publication second in the high bits and the document id in
the low 24 bits (two documents published in the same second whose ids differ by a multiple of
2**24 would collide; the second insert would fail). FTS5 walks a MATCH in rowid order cheaply,
so "the newest N matches" stops after N rows instead of scoring every match, which is what made
frequent terms slow (see fulltext/__init__.py).

The table keeps its own copy of the stems rather than being contentless: SQLite before 3.43
cannot delete from a contentless table without the exact old tokens, which a PyStemmer upgrade
would change; the stored stems also give the relevance (ranking.tf_relevance) without bm25(),
whose IDF reads every match. doc_id comes first so that reading it never walks a long body's
overflow pages.

The filters a person chooses (type, kind, language, topics, unit) are tag tokens in `tags`,
matched by FTS5 with the words (query.TAG_FIELDS): a selective filter then costs index work, not
a lookup of every matching row until enough pass. At 200,000 documents, a frequent word with a
narrow topic and kind took ~13 ms this way and ~80 ms checking the joined rows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django.db import connection

from samla.search.fulltext.backends.base import Filters, common_where
from samla.search.fulltext.query import ParsedQuery, fts5_any_tag, fts5_search, fts5_tag
from samla.search.fulltext.ranking import Candidate, tf_relevance
from samla.search.fulltext.text import LANGUAGES, stemmed_text
from samla.search.models import SearchDocument

KEY_BITS = 24
_KEY_SPAN = 1 << KEY_BITS
_CHUNK = 500  # ids per statement, below SQLite's limit on parameters
# Relevance reads at most this much of a candidate's stemmed body.
_SCORED_CHARS = 20_000


def recency_key(published_at: datetime, doc_id: int) -> int:
    """The FTS5 rowid of a document: ordered by publication second, unique by id (mod 2**24)."""
    return math.floor(published_at.timestamp()) * _KEY_SPAN + doc_id % _KEY_SPAN


def tags(doc: SearchDocument) -> str:
    """The filter tags indexed with a document (see query.TAG_FIELDS)."""
    found = [
        fts5_tag("audience", doc.unit_path),
        fts5_tag("doc_type", doc.doc_type),
        fts5_tag("kind", doc.kind),
        fts5_tag("language", doc.language),
        *(fts5_tag("topic", str(topic)) for topic in doc.topics),
    ]
    return " ".join(found)


def tag_filters(filters: Filters) -> list[str]:
    """FTS5 conditions on the tags column for the filters a person chose.

    The viewer's audience and circles are not among them: they let most documents through, and
    ANDing FTS5 with a tag that most documents carry costs more (~5 ms for a rare word at 200,000
    documents) than checking the joined row of each of the (at most 500) candidates.
    """
    found: list[str] = []
    if filters.doc_types:
        found.append(fts5_any_tag("doc_type", list(filters.doc_types)))
    if filters.kinds:
        found.append(fts5_any_tag("kind", list(filters.kinds)))
    if filters.language:
        found.append(fts5_any_tag("language", [filters.language]))
    if filters.topics:
        found.append(fts5_any_tag("topic", list(filters.topics)))
    if filters.unit_path is not None:  # "": organisation-wide only; else that unit and below
        found.append(fts5_any_tag("audience", [filters.unit_path], prefix=bool(filters.unit_path)))
    return found


class SQLiteEngine:
    def unindex(self, docs: Sequence[SearchDocument]) -> None:
        keys = [recency_key(doc.published_at, doc.pk) for doc in docs]
        with connection.cursor() as cursor:
            for i in range(0, len(keys), _CHUNK):
                chunk = keys[i : i + _CHUNK]
                marks = ", ".join(["%s"] * len(chunk))
                sql = f"DELETE FROM search_fts WHERE rowid IN ({marks})"  # noqa: S608
                cursor.execute(sql, chunk)

    def index(self, docs: Sequence[SearchDocument]) -> None:
        rows = [
            (
                recency_key(doc.published_at, doc.pk),
                doc.pk,
                tags(doc),
                stemmed_text(doc.language, doc.title),
                stemmed_text(doc.language, doc.body),
            )
            for doc in docs
            if doc.is_visible
        ]
        if rows:
            with connection.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO search_fts (rowid, doc_id, tags, title, body)"
                    " VALUES (%s, %s, %s, %s, %s)",
                    rows,
                )

    def candidates(self, query: ParsedQuery, filters: Filters, limit: int) -> list[Candidate]:
        languages = (filters.language,) if filters.language else LANGUAGES
        params: list[Any] = [fts5_search(query, languages, tag_filters(filters))]
        # Audience and circles are checked on the joined row, the chosen filters by FTS5 on the
        # tags, and again on the row (cheap: those rows passed already).
        where = ["search_fts MATCH %s", *common_where(filters, params)]
        if filters.since is not None:
            # Lets FTS5 skip older entries by rowid; the exact test is in common_where.
            where.append("search_fts.rowid >= %s")
            params.append(math.floor(filters.since.timestamp()) * _KEY_SPAN)
        params.append(limit)
        sql = (
            "SELECT d.id, search_fts.rowid, search_fts.title,"  # noqa: S608
            f" substr(search_fts.body, 1, {_SCORED_CHARS}) FROM search_fts"
            " JOIN search_searchdocument AS d ON d.id = search_fts.doc_id"
            f" WHERE {' AND '.join(where)}"
            " ORDER BY search_fts.rowid DESC LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        # A document may have matched through any searched language's stems: count them all.
        per_language = [query.alternatives(language) for language in languages]
        terms = [sorted(set().union(*options)) for options in zip(*per_language, strict=True)]
        return [
            Candidate(
                id=doc_id,
                published_ts=float(rowid >> KEY_BITS),
                relevance=tf_relevance(title, body, terms),
            )
            for doc_id, rowid, title, body in rows
        ]

    def repair(self, *, dry_run: bool) -> int:
        """Delete entries of missing, hidden, re-dated or re-tagged documents; add missing ones."""
        expected: dict[int, tuple[int, str]] = {}
        visible = SearchDocument.objects.filter(is_visible=True).only(
            "pk", "published_at", "unit_path", "circle_id", "doc_type", "kind", "language", "topics"
        )
        for doc in visible.iterator(chunk_size=2000):
            expected[recency_key(doc.published_at, doc.pk)] = (doc.pk, tags(doc))
        with connection.cursor() as cursor:
            cursor.execute("SELECT rowid, doc_id, tags FROM search_fts")
            present = {rowid: (doc_id, found) for rowid, doc_id, found in cursor.fetchall()}
        extra = [rowid for rowid, entry in present.items() if expected.get(rowid) != entry]
        missing = [entry[0] for key, entry in expected.items() if present.get(key) != entry]
        if not dry_run:
            with connection.cursor() as cursor:
                for i in range(0, len(extra), _CHUNK):
                    chunk = extra[i : i + _CHUNK]
                    marks = ", ".join(["%s"] * len(chunk))
                    sql = f"DELETE FROM search_fts WHERE rowid IN ({marks})"  # noqa: S608
                    cursor.execute(sql, chunk)
            for i in range(0, len(missing), _CHUNK):
                self.index(list(SearchDocument.objects.filter(pk__in=missing[i : i + _CHUNK])))
        return len(extra) + len(missing)


ENGINE = SQLiteEngine()
