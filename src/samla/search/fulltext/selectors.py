"""Reading the search index: `search()`, with the audience rules applied inside."""

from __future__ import annotations

import time
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from django.utils.safestring import SafeString, mark_safe

from samla.people.models import PATH_STEP
from samla.search.fulltext.backends import Filters, engine
from samla.search.fulltext.highlight import highlight, snippet
from samla.search.fulltext.query import parse_query
from samla.search.fulltext.ranking import (
    Candidate,
    Cursor,
    audience_prefixes,
    decode_cursor,
    encode_cursor,
    page_after,
    rank,
)
from samla.search.fulltext.text import LANGUAGES
from samla.search.models import SearchDocument

# Ranking looks at the newest CANDIDATES matches only (see the package docstring); results past
# them are not reachable by paging. `SearchPage.truncated` says when there were more.
# 200, not 500: at 1,000,000 documents on PostgreSQL the p95 of 1–3 word searches fell from
# 342 to 110–127 ms (bench/README.md); twenty result pages are still ranked.
CANDIDATES = 200
LIMIT_MAX = 100


@dataclass(frozen=True)
class SearchHit:
    doc_type: str
    object_id: str
    language: str
    title: str
    url: str
    kind: str
    topics: tuple[str, ...]
    unit_path: str
    circle_id: int | None
    author_id: int | None
    published_at: datetime
    rank: float
    title_html: SafeString  # the title, escaped, matched words in <mark>
    snippet_html: SafeString  # a piece of the body around the matches, escaped, with <mark>


@dataclass(frozen=True)
class SearchPage:
    hits: tuple[SearchHit, ...] = ()
    next_cursor: str | None = None
    truncated: bool = False  # more matches than were ranked: narrow the search to see older ones
    words: tuple[str, ...] = ()  # the words searched for, after cleaning and limits


def search(
    *,
    query: str,
    viewer_unit_path: str | None,
    viewer_circle_ids: Collection[int] = (),
    doc_types: Collection[str] | None = None,
    language: str | None = None,
    kinds: Collection[str] | None = None,
    topics: Collection[str] | None = None,
    unit_path: str | None = None,
    since: datetime | None = None,
    limit: int = 20,
    cursor: str | None = None,
) -> SearchPage:
    """Documents matching `query` that the viewer may see, best first, `limit` at a time.

    Audience: a document is returned only if its unit_path is "" (everyone) or the viewer's unit
    path starts with it; `viewer_unit_path=None` (no unit) sees organisation-wide documents only.
    A document with a circle_id is returned only when that id is in `viewer_circle_ids`. Hidden
    documents never are. Filters left None or empty do not filter; `unit_path=""` keeps
    organisation-wide documents, another path those addressed to that unit or below it.
    `language` restricts to documents in that language (and stems the query only that way).

    A query is at most 100 characters and 10 words; an empty one (or one of only punctuation)
    gives an empty page. `cursor` is `next_cursor` of the previous page; a cursor this function
    did not make raises ranking.InvalidCursor (a ValueError).
    """
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    parsed = parse_query(query)
    if parsed.is_empty:
        return SearchPage()
    position = decode_cursor(cursor) if cursor else None
    now_ts = position.now_ts if position else time.time()
    limit = max(1, min(limit, LIMIT_MAX))

    filters = Filters(
        audiences=audience_prefixes(viewer_unit_path, PATH_STEP),
        circle_ids=tuple(viewer_circle_ids),
        doc_types=tuple(doc_types or ()),
        kinds=tuple(kinds or ()),
        topics=tuple(topics or ()),
        language=language,
        unit_path=unit_path,
        since=since,
    )
    found = engine().candidates(parsed, filters, CANDIDATES)
    unique: dict[int, Candidate] = {}
    for candidate in found:
        unique.setdefault(candidate.id, candidate)
    page = page_after(rank(unique.values(), now_ts), position, limit)
    more, page = len(page) > limit, page[:limit]

    docs = SearchDocument.objects.in_bulk([s.id for s in page])
    stems = {lang: parsed.stems(lang) for lang in {d.language for d in docs.values()}}
    hits = tuple(
        _hit(docs[s.id], s.score, stems[docs[s.id].language]) for s in page if s.id in docs
    )
    next_cursor = (
        encode_cursor(Cursor(now_ts=now_ts, score=page[-1].score, id=page[-1].id)) if more else None
    )
    return SearchPage(
        hits=hits,
        next_cursor=next_cursor,
        truncated=len(found) >= CANDIDATES,
        words=parsed.words,
    )


def _hit(doc: SearchDocument, score: float, stems: frozenset[str]) -> SearchHit:
    return SearchHit(
        doc_type=doc.doc_type,
        object_id=doc.object_id,
        language=doc.language,
        title=doc.title,
        url=doc.url,
        kind=doc.kind,
        topics=tuple(doc.topics),
        unit_path=doc.unit_path,
        circle_id=doc.circle_id,
        author_id=doc.author_id,
        published_at=doc.published_at,
        rank=score,
        # Both strings are built by highlight.py, which escapes all text it does not mark.
        title_html=mark_safe(highlight(doc.title, language=doc.language, stems=stems)),
        snippet_html=mark_safe(snippet(doc.body, language=doc.language, stems=stems)),
    )
