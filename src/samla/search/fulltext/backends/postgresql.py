"""PostgreSQL: the generated, GIN-indexed `search_vector` column (see search/models.py).

The query is built from plainto_tsquery/phraseto_tsquery calls on the cleaned words, each with a
fixed text-search configuration, never from text the person typed as tsquery syntax. Without a
language it is the OR of the languages' queries (those whose stems differ), as on SQLite.

Finding the newest `limit` matches cheaply, whatever the words' frequency
------------------------------------------------------------------------
Reading every match from the GIN index and sorting them by date costs one heap row per match
(a word in 5 % of 1,000,000 documents: 50,000 rows, 0.3–0.9 s); walking the (published_at, id)
index backwards costs limit / density rows (cheap for a frequent word, 100,000 rows for a rare
one). The planner has to choose between them from its estimate of the matches, and it
misjudges exactly the middle ground: it multiplies the selectivities of words that occur
together ("Amazon Web Services": 250 estimated, 30,653 found) and of the four languages' ORs.

So the search asks for a *time window* first, and the GIN index answers it: the index
`search_document_vector_days` (migration 0002) holds, beside the tsvector, three day-bucket
tokens of each document's publication day (UTC day number d: `~a<d >> 3>`, `~b<d >> 6>`,
`~c<d >> 9>`, buckets of 8, 64 and 512 days). "Published on or after day F" is then a tsquery
of a few dozen bucket tokens at most (`day_tokens`), which GIN intersects with the words in the
index: only the matches inside the window are read from the table, and a window holds few rows.
`candidates`:

1. asks for the newest `limit` matches in the last FIRST_WINDOW_DAYS (8–15 days: ~1 % of the
   documents at 1,000,000 over 3 years) — enough for any word in more than ~2 % of them;
2. otherwise asks the days before it, back to where the density seen so far puts
   WINDOW_MARGIN × limit matches, for the newest matches still wanted, and again if need be
   (windows do not overlap: the GIN index's work grows with the days a window spans, for
   frequent words ANDed or ORed across languages it is most of a query's time);
3. when the windows would reach back further than ALL_DAYS (the word is rare: fewer than about
   WINDOW_MARGIN × limit matches in ALL_DAYS), reads every match from the GIN index instead (at
   most PROBE), and walks the (published_at, id) index without a bound only if there were more
   (a word much more frequent in older documents than in recent ones).

Windows are consecutive spans of days back from the future, so their matches, newest first,
are exactly the newest `limit` matches, as without windows. Documents dated more than
FUTURE_DAYS ahead are in no window; only the last step finds them. Parallel scans of the table
are off (migration 0002): the planner overestimates windows and started workers that took
30–80 ms on a busy machine. Measured at 1,000,000 documents: bench/README.md, finding 17; the
design: docs/adr/0003-search-time-windows.md.

ts_rank is computed for the `limit` candidates only.

Django binds parameters on the client (no server-side prepared statements), so every statement
is planned with its words; keep it so. With generic plans "newest n matching two terms" was
measured at seconds (see docs/notes on performance).
"""

from __future__ import annotations

import math
import time
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


# The publication day (UTC day number) and the day-bucket tokens, exactly as the index
# search_document_vector_days (migration 0002) computes them: the planner uses that index only for
# the same expression. Only immutable functions (a time zone as an interval, date_part of a
# timestamp without time zone), as an index expression requires. Bucket tokens start with "~",
# which no text-search parser puts in a lexeme, so no word a person types can match one.
DAY_SQL = "floor(date_part('epoch', published_at AT TIME ZONE INTERVAL '0') / 86400)::int"
DAY_BUCKETS_SQL = (
    f"array_to_tsvector(ARRAY['~a' || (({DAY_SQL}) >> 3)::text,"
    f" '~b' || (({DAY_SQL}) >> 6)::text, '~c' || (({DAY_SQL}) >> 9)::text])"
)
# (token letter, bucket size as a power of two), widest first.
BUCKET_LEVELS = (("c", 9), ("b", 6), ("a", 3))
_DAY = 86_400

# The first window: the last 8 days, started at an 8-day bucket boundary (so 8–15 days).
FIRST_WINDOW_DAYS = 8
# Each further window is to hold WINDOW_MARGIN × the matches still wanted, at the density seen.
WINDOW_MARGIN = 1.5
# Windows that would reach further back than this read the GIN index whole (PROBE) instead: at
# the density seen, there are fewer than about WINDOW_MARGIN × limit matches in ALL_DAYS.
ALL_DAYS = 1024
# Windows reach this far into the future, for clocks a little ahead (buckets there are empty).
FUTURE_DAYS = 2048
# At most this many matches are read from the GIN index, in no order (the last resort).
PROBE = 10_000


def day_number(ts: float) -> int:
    """The UTC day number of a POSIX time, as DAY_SQL computes it."""
    return math.floor(ts / _DAY)


def day_tokens(first_day: int, last_day: int) -> list[str]:
    """Bucket tokens covering exactly the days first_day..last_day (first_day a multiple of 8;
    last_day rounded up to the end of its 8-day bucket), fewest first: the widest bucket that
    starts at each point and fits."""
    if first_day % (1 << BUCKET_LEVELS[-1][1]):
        raise ValueError("first_day must start an 8-day bucket")
    tokens: list[str] = []
    day = first_day
    while day <= last_day:
        for letter, shift in BUCKET_LEVELS:
            size = 1 << shift
            if day % size == 0 and (day + size - 1 <= last_day or shift == BUCKET_LEVELS[-1][1]):
                tokens.append(f"~{letter}{day >> shift}")
                day += size
                break
    return tokens


def tokens_tsquery(tokens: Sequence[str]) -> str:
    """The tsquery text matching any of the tokens (letters, digits and "~" only: no quoting
    beyond the lexeme quotes is needed)."""
    if not all(t.startswith("~") and t[1:].isalnum() for t in tokens):
        raise ValueError("not bucket tokens")
    return " | ".join(f"'{t}'" for t in tokens)


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
        today = day_number(time.time())
        since_day = day_number(filters.since.timestamp()) if filters.since else None
        found: list[Candidate] = []
        last_day = today + FUTURE_DAYS  # the next window: first_day … last_day
        days = FIRST_WINDOW_DAYS
        with connection.cursor() as cursor:
            while days < ALL_DAYS:
                first_day = (today - days + 1) >> 3 << 3
                if since_day is not None and first_day <= since_day:
                    break  # the filter's own window is narrower: read it whole
                tokens = day_tokens(first_day, last_day)
                found += self._window(
                    cursor, match, match_params, rank, tsparams, limit - len(found), tokens
                )
                if len(found) >= limit:
                    return found
                # The next window is older than this one (the GIN index's work grows with the
                # days a window spans, so none is read twice) and reaches where the density
                # seen so far puts WINDOW_MARGIN × limit matches (half a match if none yet).
                covered = today + 1 - first_day
                days = math.ceil(WINDOW_MARGIN * limit * covered / max(len(found), 0.5))
                last_day = first_day - 1
            # A rare word: all its matches (the windows' included), newest first.
            rows, complete = self._probe(cursor, match, match_params, rank, tsparams, limit)
            if complete:
                return rows
            return self._walk(cursor, match, match_params, rank, tsparams, limit)

    @staticmethod
    def _window(
        cursor: Any,
        match: str,
        params: list[Any],
        rank: str,
        tsparams: list[str],
        limit: int,
        tokens: Sequence[str],
    ) -> list[Candidate]:
        """The newest `limit` matches among the documents in the day buckets `tokens`."""
        cursor.execute(
            f"SELECT c.id, extract(epoch FROM c.published_at), {rank}"  # noqa: S608
            " FROM (SELECT d.id, d.published_at, d.search_vector"
            f" FROM search_searchdocument AS d WHERE {match} AND {DAY_BUCKETS_SQL} @@ %s::tsquery"
            # An expression, so that the planner cannot walk search_document_recent instead of
            # reading the window's matches from the GIN index (it does when it overestimates).
            " ORDER BY d.published_at + interval '0 seconds' DESC, d.id DESC LIMIT %s) AS c",
            [*tsparams, *params, tokens_tsquery(tokens), limit],
        )
        return [Candidate(r[0], float(r[1]), float(r[2])) for r in cursor.fetchall()]

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
        cursor: Any, match: str, params: list[Any], rank: str, tsparams: list[str], limit: int
    ) -> list[Candidate]:
        """The newest `limit` matches, walking the (published_at, id) index backwards."""
        cursor.execute(
            f"SELECT c.id, extract(epoch FROM c.published_at), {rank}"  # noqa: S608
            " FROM (SELECT d.id, d.published_at, d.search_vector"
            " FROM search_searchdocument AS d"
            f" WHERE {match} ORDER BY d.published_at DESC, d.id DESC LIMIT %s) AS c",
            [*tsparams, *params, limit],
        )
        return [Candidate(r[0], float(r[1]), float(r[2])) for r in cursor.fetchall()]

    def repair(self, *, dry_run: bool) -> int:
        """Nothing can drift: search_vector is generated by the database."""
        return 0


ENGINE = PostgreSQLEngine()
