"""What both engines share: the filters every search applies, and the engine interface."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from django.db import connection

from samla.search.fulltext.query import ParsedQuery
from samla.search.fulltext.ranking import Candidate
from samla.search.models import SearchDocument


@dataclass(frozen=True)
class Filters:
    audiences: Sequence[str]  # unit paths the viewer belongs to, "" (everyone) included
    circle_ids: Sequence[int] = ()
    doc_types: Sequence[str] = ()
    kinds: Sequence[str] = ()
    topics: Sequence[str] = ()
    language: str | None = None
    unit_path: str | None = None
    since: datetime | None = None


class Engine(Protocol):
    def unindex(self, docs: Sequence[SearchDocument]) -> None:
        """Drop the engine's entries for `docs`, as they are stored now (before an update)."""

    def index(self, docs: Sequence[SearchDocument]) -> None:
        """Add the engine's entries for `docs`, as just saved."""

    def candidates(self, query: ParsedQuery, filters: Filters, limit: int) -> list[Candidate]:
        """The newest `limit` visible documents matching `query` and `filters`, with relevance."""

    def repair(self, *, dry_run: bool) -> int:
        """Bring the engine's index in line with the SearchDocument table; entries fixed."""


def _in(column: str, values: Sequence[Any], params: list[Any]) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join(['%s'] * len(values))})"


def like_prefix(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def common_where(filters: Filters, params: list[Any]) -> list[str]:
    """WHERE conditions on `d` (search_searchdocument) that read the same on both engines."""
    where = ["d.is_visible", _in("d.unit_path", filters.audiences, params)]
    if filters.circle_ids:
        where.append(f"(d.circle_id IS NULL OR {_in('d.circle_id', filters.circle_ids, params)})")
    else:
        where.append("d.circle_id IS NULL")
    if filters.doc_types:
        where.append(_in("d.doc_type", filters.doc_types, params))
    if filters.kinds:
        where.append(_in("d.kind", filters.kinds, params))
    if filters.language:
        where.append("d.language = %s")
        params.append(filters.language)
    if filters.unit_path is not None:
        if filters.unit_path == "":
            where.append("d.unit_path = ''")
        else:
            where.append("d.unit_path LIKE %s ESCAPE '\\'")
            params.append(like_prefix(filters.unit_path))
    if filters.since is not None:
        where.append("d.published_at >= %s")
        params.append(connection.ops.adapt_datetimefield_value(filters.since))
    return where
