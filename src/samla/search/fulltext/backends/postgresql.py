"""PostgreSQL: the generated, GIN-indexed `search_vector` column (see search/models.py).

The query is built from plainto_tsquery/phraseto_tsquery calls on the cleaned words, each with a
fixed text-search configuration, never from text the person typed as tsquery syntax. Without a
language it is the OR of the languages' queries (those whose stems differ), as on SQLite.

The newest matches can be found two ways, and which is cheaper depends on how many documents
match: walking the (published_at, id) index backwards stops after about 500 × rows / matches
rows (cheap for a frequent word), reading the GIN index costs about one row per match (cheap for
a rare one). The planner chooses well only when its estimate is right; a word in 1–2 % of 200,000
documents was estimated at three times its count, so it walked 63,000 rows to find 500 (1.1 s),
and a probe without an order went through 65,000 rows by a sequential scan. So each search is
bounded explicitly: if the planner's estimates (EXPLAIN, planning only) say the walk would read
at most WALK_EXPECTED rows, walk the newest WALK documents; if that does not give 500, or when
the walk looks long, read at most PROBE matches from the GIN index; only if there are more than
PROBE after all, walk without a bound. ts_rank is computed for the 500 candidates only. The
middle ground (a word in a few per cent of documents) is the costliest: the planner may read the
GIN matches with a sequential scan of the table. So is a topics filter: PostgreSQL has no
statistics for `jsonb ?|` and assumes it selective, so a frequent word with a narrow topic goes
to the probe (~50 ms p50, ~180 ms p95 at 200,000 documents, against ~15 ms on SQLite's tags).

Django binds parameters on the client (no server-side prepared statements), so every statement
is planned with its words; keep it so. With generic plans "newest n matching two terms" was
measured at seconds (see docs/notes on performance).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from django.db import connection

from samla.search.fulltext.backends.base import Filters, common_where
from samla.search.fulltext.query import ParsedQuery
from samla.search.fulltext.ranking import Candidate
from samla.search.fulltext.text import LANGUAGES, SNOWBALL
from samla.search.models import SearchDocument

# ts_rank normalisation 1: divide by 1 + log(document length), so long bodies do not win on
# length alone. Default weights: title (A) 1.0, body (B) 0.4.
_RANK_NORMALISATION = 1


def tsquery_sql(query: ParsedQuery, languages: tuple[str, ...]) -> tuple[str, list[str]]:
    """SQL for the tsquery and its parameters. Configurations come from SNOWBALL, not input.

    Languages in which the words stem alike (by PyStemmer, the same Snowball algorithms) and
    have the same forms are asked once: repeating 'x' | 'x' would only inflate the planner's
    estimate. (Forms count too: PostgreSQL may stem a form that PyStemmer conflates apart.)
    """
    groups: list[str] = []
    params: list[str] = []
    seen: set[tuple[tuple[tuple[str, ...], ...], ...]] = set()
    for language in languages:
        key = (
            tuple(tuple(options) for options in query.alternatives(language)),
            tuple(tuple(options) for options in query.forms(language)),
        )
        if key in seen:
            continue
        seen.add(key)
        config = f"'{SNOWBALL[language]}'::regconfig"
        parts: list[str] = []
        for term, options in zip(query.terms, query.forms(language), strict=True):
            if term.is_phrase:
                parts.append(f"phraseto_tsquery({config}, %s)")
                params.append(options[0])
            elif len(options) == 1:
                parts.append(f"plainto_tsquery({config}, %s)")
                params.append(options[0])
            else:
                # Any of the word's forms (query.forms), each stemmed by PostgreSQL. A stop word
                # stays an empty query, which && ignores, rather than becoming its other forms.
                # (Immutable functions of constants: the planner folds this before estimating.)
                word = f"plainto_tsquery({config}, %s)"
                any_form = " || ".join([f"plainto_tsquery({config}, %s)"] * len(options))
                parts.append(f"(CASE WHEN numnode({word}) = 0 THEN {word} ELSE {any_form} END)")
                params.extend([options[0], options[0], *options])
        groups.append("(" + " && ".join(parts) + ")")
    return "(" + " || ".join(groups) + ")", params


def _filters_sql(filters: Filters, params: list[Any]) -> str:
    where = common_where(filters, params)
    if filters.topics:
        where.append("d.topics ?| %s")
        params.append(list(filters.topics))
    return " AND ".join(where)


# At most this many matches are read from the GIN index, in no order (see the module docstring).
PROBE = 10_000
# The walk is taken when the expected walk, limit × rows / matches, is at most this many rows
# (a word in at least ~1.7 % of the documents). Below that density the planner reads the GIN
# matches cheaply with a bitmap scan; above it, it may scan the whole table, which costs more
# per document than walking 30,000 rows (measured at 200,000 documents: ~150 ms against ~20 ms).
WALK_EXPECTED = 30_000
# At most this many of the newest rows are walked before falling back to the GIN index, in case
# the estimate was too high.
WALK = 60_000


class PostgreSQLEngine:
    def unindex(self, docs: Sequence[SearchDocument]) -> None:
        """Nothing to do: the database computes search_vector with the row."""

    def index(self, docs: Sequence[SearchDocument]) -> None:
        """Nothing to do: the database computes search_vector with the row."""

    def candidates(self, query: ParsedQuery, filters: Filters, limit: int) -> list[Candidate]:
        languages = (filters.language,) if filters.language else LANGUAGES
        tsquery, tsparams = tsquery_sql(query, languages)
        match_params: list[Any] = [*tsparams]
        match = f"d.search_vector @@ {tsquery} AND {_filters_sql(filters, match_params)}"
        rank = f"ts_rank(search_vector, {tsquery}, {_RANK_NORMALISATION})"  # on one table only
        with connection.cursor() as cursor:
            matches, rows_total = self._estimate(cursor, match, match_params)
            # (A table within PROBE rows is read whole by the probe: no walk needed.)
            if rows_total > PROBE and matches > 0 and limit * rows_total / matches <= WALK_EXPECTED:
                rows = self._walk(cursor, match, match_params, rank, tsparams, limit, WALK)
                if len(rows) >= limit:
                    return rows
            rows, complete = self._probe(cursor, match, match_params, rank, tsparams, limit)
            if complete:
                return rows
            return self._walk(cursor, match, match_params, rank, tsparams, limit, None)

    @staticmethod
    def _estimate(cursor: Any, match: str, params: list[Any]) -> tuple[float, float]:
        """The planner's estimates of the matches and of all rows (planning only, no reading)."""
        cursor.execute(
            "EXPLAIN (FORMAT JSON) SELECT 1 FROM search_searchdocument AS d"  # noqa: S608
            f" WHERE {match} UNION ALL SELECT 1 FROM search_searchdocument",
            params,
        )
        plan = cursor.fetchone()[0]
        if isinstance(plan, str):
            plan = json.loads(plan)
        matches, everything = (float(p["Plan Rows"]) for p in plan[0]["Plan"]["Plans"])
        return matches, everything

    @staticmethod
    def _probe(
        cursor: Any, match: str, params: list[Any], rank: str, tsparams: list[str], limit: int
    ) -> tuple[list[Candidate], bool]:
        """The newest `limit` matches among at most PROBE read from the GIN index, and whether
        those were all the matches."""
        cursor.execute(
            "WITH m AS MATERIALIZED (SELECT d.id, d.published_at"  # noqa: S608
            f" FROM search_searchdocument AS d WHERE {match} LIMIT %s),"
            " c AS (SELECT id, published_at FROM m ORDER BY published_at DESC, id DESC LIMIT %s)"
            f" SELECT c.id, extract(epoch FROM c.published_at), {rank}, (SELECT count(*) FROM m)"
            " FROM c JOIN search_searchdocument AS d ON d.id = c.id",
            [*params, PROBE, limit, *tsparams],
        )
        rows = cursor.fetchall()
        complete = not rows or rows[0][3] < PROBE
        return [Candidate(r[0], float(r[1]), float(r[2])) for r in rows], complete

    @staticmethod
    def _walk(
        cursor: Any,
        match: str,
        params: list[Any],
        rank: str,
        tsparams: list[str],
        limit: int,
        bound: int | None,
    ) -> list[Candidate]:
        """The newest `limit` matches, walking the (published_at, id) index backwards; among the
        newest `bound` documents only, if given."""
        source = "search_searchdocument"
        head: list[Any] = []
        if bound is not None:
            source = (
                "(SELECT * FROM search_searchdocument ORDER BY published_at DESC, id DESC LIMIT %s)"
            )
            head = [bound]
        cursor.execute(
            f"SELECT c.id, extract(epoch FROM c.published_at), {rank}"  # noqa: S608
            " FROM (SELECT d.id, d.published_at, d.search_vector"
            f" FROM {source} AS d WHERE {match}"
            " ORDER BY d.published_at DESC, d.id DESC LIMIT %s) AS c",
            [*tsparams, *head, *params, limit],
        )
        return [Candidate(r[0], float(r[1]), float(r[2])) for r in cursor.fetchall()]

    def repair(self, *, dry_run: bool) -> int:
        """Nothing can drift: search_vector is generated by the database."""
        return 0


ENGINE = PostgreSQLEngine()
