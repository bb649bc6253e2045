"""Full-text search: one interface, two engines (PostgreSQL full-text search, SQLite FTS5).

    index_document(*, doc_type, object_id, language, title, body, url, published_at, …)
    remove_document(*, doc_type, object_id)
    search(*, query, viewer_unit_path, …) -> SearchPage
    register_provider(doc_type, provider)   # for `samla manage rebuild_search_index`
    reindex_all(*, dry_run=False) -> RebuildReport

The engine follows the database (`connection.vendor`). Both stem with Snowball in the content's
language: PostgreSQL with its danish/swedish/norwegian/english configurations, SQLite with
PyStemmer before FTS5 sees the text, on the document and the query side alike.

Module layout: text (words, stems), query (parsing, FTS5 expressions), highlight (snippets) and
ranking (scores, cursors) are plain Python without Django, tested with hypothesis; backends/ holds
the engine SQL; services writes, selectors reads.

Ranking: relevance × recency, over the newest matches only
----------------------------------------------------------
Scoring every match of a frequent term is what is slow on both engines: FTS5's bm25() and
PostgreSQL's ts_rank() each score all matching rows (193–256 ms p50, ~0.5 s p99 at 1,000,000
documents), while "the newest N that match" stops early (well under 1 ms). So a search

1. takes the newest CANDIDATES (200) visible matches that pass the viewer's audience and the
   filters, by publication time, through the engine's index — FTS5 walks its rowids, which are
   recency keys; PostgreSQL reads the matches of recent time windows from its GIN index, which
   holds day buckets beside the words, widening the window as the density found says (see
   backends/postgresql.py and docs/adr/0003-search-time-windows.md);
2. gives each a relevance that depends on that document alone: PostgreSQL's ts_rank (title
   weight A = 1.0, body B = 0.4, divided by 1 + log length) over those rows only; on SQLite a
   BM25-style term frequency without IDF (ranking.tf_relevance, title weighted 2.5×) from the
   stored stems, because FTS5's bm25() computes IDF by reading each term's whole posting list;
3. scores them in Python: relevance × (0.25 + 0.75 × 0.5 ** (age in days / 180)), best first,
   ties by newer id;
4. pages through that order with a cursor holding the last (score, id) and the clock used, so
   later pages are disjoint from earlier ones and scored alike.

The cost: for a term matching more than 200 visible documents, older matches are not ranked and
not reachable by paging; `SearchPage.truncated` says so, and `since`, `doc_types` or a second word
narrow the set. In exchange every query does bounded work however common its words are
(measured at 200,000 short documents, one to three words, a word in 99 % of documents
included: p50 3–21 ms, p95 11–44 ms on either engine). Relevance numbers differ between
engines, so ranks are comparable within one search only.

Highlighting is built in Python from the stored text and the query's stems for each document's
language, so both engines give the same, escaped HTML.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from samla.search.fulltext.documents import (
        IndexableDocument,
        register_provider,
        unregister_provider,
    )
    from samla.search.fulltext.ranking import InvalidCursor
    from samla.search.fulltext.selectors import SearchHit, SearchPage, search
    from samla.search.fulltext.services import (
        RebuildReport,
        index_document,
        reindex_all,
        remove_document,
    )

# Imported on first use, so that the plain modules (text, query, highlight, ranking) can be
# imported without Django being set up.
_EXPORTS = {
    "IndexableDocument": "documents",
    "register_provider": "documents",
    "unregister_provider": "documents",
    "InvalidCursor": "ranking",
    "SearchHit": "selectors",
    "SearchPage": "selectors",
    "search": "selectors",
    "RebuildReport": "services",
    "index_document": "services",
    "reindex_all": "services",
    "remove_document": "services",
}
__all__ = [
    "IndexableDocument",
    "InvalidCursor",
    "RebuildReport",
    "SearchHit",
    "SearchPage",
    "index_document",
    "register_provider",
    "reindex_all",
    "remove_document",
    "search",
    "unregister_provider",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
