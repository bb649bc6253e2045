"""The app changes the benchmarks recommend, as monkeypatches (`python -m bench --proposals`).

Not Samla code: each part names the file and function it stands for, so its effect can be measured
before anyone edits the app. The worker applies them to a *copy* of the bench database (the DDL
below changes the schema) and reports the same cases again, marked "[proposals]". Delete a part
once the app has it (and the whole module once all are in).
"""

from __future__ import annotations

from typing import Any

# (vendor or "", table, index name, SQL): each the index one model Meta change or migration would
# create; skipped when the database has an index of that name. Proposals the app has adopted are
# removed from this list (their history is in git).
INDEXES = [
    # people/migrations: on PostgreSQL only (RunPython checking the vendor), a trigram index for
    # skills_matching's `search_text LIKE '%…%'` (pg_trgm is a trusted extension since PG 13):
    #   CREATE EXTENSION IF NOT EXISTS pg_trgm;
    #   GinIndex(fields=["search_text"], opclasses=["gin_trgm_ops"], name="skill_search_trgm")
    # Measured at 100,000 people: skills_matching 7.6 → 1.4 ms, expert finder p95 45 → ~33 ms.
    (
        "postgresql",
        "people_skill",
        "skill_search_trgm",
        "CREATE EXTENSION IF NOT EXISTS pg_trgm; "
        "CREATE INDEX skill_search_trgm ON people_skill USING gin (search_text gin_trgm_ops)",
    ),
    # search/migrations (PostgreSQL only, as the tsvector itself): a two-column GIN index, the
    # tsvector and published_at (btree_gin, a trusted contrib extension since PostgreSQL 13), so
    # that "matches published since X" is one index condition and the heap is read only for the
    # matches in that window (see _pg_candidates_windowed below; with the single-column GIN index
    # the planner, underestimating the matches, filters every match's heap row by date). It can
    # replace search_document_vector (it answers tsvector-only conditions too); measured beside
    # it here. At 1,000,000 stories: 161 MB (the single-column one 96 MB), built in 68 s.
    (
        "postgresql",
        "search_searchdocument",
        "search_document_vector_time",
        "CREATE EXTENSION IF NOT EXISTS btree_gin; "
        "SET maintenance_work_mem = '1GB'; "
        "CREATE INDEX search_document_vector_time ON search_searchdocument"
        " USING gin (search_vector, published_at)",
    ),
    # stories/models.py, Story.Meta: For you asks each source for "the newest 21 visible stories
    # by published_at", but the partial indexes for highlights and experiment results are keyed
    # by highlighted_at and closed_at. PostgreSQL then reads every highlighted story and sorts
    # them (2,500 at 1,000,000 stories: ~6 ms, growing with every highlight; SQLite walks
    # story_latest instead: 15–25 ms at 200,000), and for "experiment results of the last 90
    # days" (kind = experiment AND closed_at >= …) ANDs a bitmap of all 90,000 experiments
    # (story_kind) with story_closed (6,000) and sorts 4,400 rows: 25–320 ms, most of the feed's
    # time. Keyed like story_latest (state, published_at, id), with the kind in the condition,
    # each branch walks the newest rows and stops after 21 (0.1–0.2 ms on PostgreSQL, 0.04–0.09
    # ms on SQLite). Without `state` in front SQLite still prefers story_latest (its statistics
    # cannot say that few rows have highlighted_at); with (published_at, id) WHERE closed_at IS
    # NOT NULL PostgreSQL still chose the bitmaps (it multiplies the selectivities of the
    # correlated kind and closed_at). Replace
    #   Index(fields=["highlighted_at", "id"], name="story_highlight", condition=…)
    #   Index(fields=["closed_at", "id"], name="story_closed", condition=…)
    # by
    #   Index(fields=["state", "published_at", "id"], name="story_highlight_feed",
    #         condition=Q(highlighted_at__isnull=False))
    #   Index(fields=["state", "published_at", "id"], name="story_experiment_results",
    #         condition=Q(kind=StoryKind.EXPERIMENT, closed_at__isnull=False))
    # (nothing else reads the old ones).
    (
        "",
        "stories_story",
        "story_highlight_feed",
        "CREATE INDEX story_highlight_feed ON stories_story (state, published_at, id)"
        " WHERE highlighted_at IS NOT NULL",
    ),
    (
        "",
        "stories_story",
        "story_experiment_results",
        "CREATE INDEX story_experiment_results ON stories_story (state, published_at, id)"
        " WHERE kind = 'experiment' AND closed_at IS NOT NULL",
    ),
]


def ddl(connection: Any) -> list[str]:
    """The proposed indexes the database does not have yet, plus fresh statistics."""
    vendor = connection.vendor
    sql = []
    with connection.cursor() as cursor:
        for only, table, name, create in INDEXES:
            if only and only != vendor:
                continue
            if name not in connection.introspection.get_constraints(cursor, table):
                sql += create.split("; ")
    if vendor == "sqlite":
        sql += ["PRAGMA analysis_limit=1000", "ANALYZE"]
    else:
        sql += ["ANALYZE people_skill", "ANALYZE stories_story", "ANALYZE search_searchdocument"]
    return sql


def apply() -> tuple[list[str], list[str]]:
    """Monkeypatch the running app with every code proposal it does not have yet.

    Earlier code proposals (skills ranked in SQL, experts from tuples, sharing counts by verb,
    the directory's capped count and unit filter) are in the app. Returns (applied, already in
    the app).
    """
    from samla.search.fulltext.backends import postgresql
    from samla.stories import selectors

    applied, adopted = [], []
    if getattr(selectors._subtree_ids, "__name__", "") == "_subtree_ids_listed":
        adopted.append("feed: unit subtree as a list of ids")
    else:
        selectors._subtree_ids = _subtree_ids_listed  # type: ignore[assignment]
        applied.append("feed: unit subtree as a list of ids")
    if hasattr(postgresql, "WINDOW_DAYS"):
        adopted.append("search: windowed newest matches (PostgreSQL)")
    else:
        postgresql.PostgreSQLEngine.candidates = _pg_candidates_windowed  # type: ignore[method-assign]
        applied.append("search: windowed newest matches (PostgreSQL)")
    return applied, adopted


# stories/selectors.py, _subtree_ids: For you's "stories from a unit I follow" filters
# author_unit_id IN (a subquery on the unit tree). Neither engine knows how many stories that
# subquery selects, so both walk the newest stories (story_latest) until 21 match: for a team
# (~100 of 200,000 stories on SQLite) that is tens of thousands of rows, 90–190 ms. Read the
# subtree's ids first (one indexed query on people_orgunit, as people.selectors does for the
# directory) and filter on the literal list: for one team the planner uses story_author_unit
# and stops after 21 rows. (PostgreSQL, which estimates the subquery, gained less.)
def _subtree_ids_listed(path: str) -> list[int]:
    from samla.people.models import OrgUnit

    return list(OrgUnit.objects.filter(path__startswith=path).values_list("pk", flat=True))


# search/fulltext/backends/postgresql.py, PostgreSQLEngine.candidates: at 1,000,000 documents a
# word (or two) in 1–5 % of them has 10,000–50,000 matches. The planner's estimate is far too low
# for such queries (words that occur together, e.g. "Amazon Web Services": 250 estimated, 30,653
# found; "spørsmålene tilbakemeldingen": 6,556 against 39,276), so they go to the probe, which
# reads PROBE (10,000) matches' heap rows and finds it incomplete, and then to the unbounded walk
# of the (published_at, id) index, which reads 500 / density rows: 28,000–35,000 heap pages,
# 300–900 ms. Asked for the matches published in a recent window instead, PostgreSQL ANDs the GIN
# bitmap with a range of search_document_recent and reads only the matches in that window
# (2,500 pages for 60 days). Proposed, after the walk for frequent words: the newest 30 days
# (fewer when the estimate says many matches), widened from the density actually found there
# until `limit` matches are in it; the probe only when that density says the word is rare
# (fewer than 2 × limit matches in all: the probe reads every match's heap row, 7,600 pages and
# 35–110 ms for a word in 0.8 %), and the unbounded walk as the last resort, as today.
WINDOW_DAYS = 30.0
WINDOW_MIN_DAYS = 7.0
# With windows for the middle ground, the walk is kept for words in more than ~5 % of the
# documents (pg.WALK_EXPECTED 30,000 and pg.WALK 60,000 today: an overestimated word walked
# 60,000 rows, ~50 ms, and found 335 of 500).
WALK_EXPECTED = 10_000
WALK = 20_000


def _pg_candidates_windowed(self: Any, query: Any, filters: Any, limit: int) -> list[Any]:
    from datetime import timedelta

    from django.db import connection

    from samla.search.fulltext.backends import postgresql as pg

    languages = (filters.language,) if filters.language else pg.LANGUAGES
    tsquery, tsparams = pg.tsquery_sql(query, languages)
    match_params: list[Any] = [*tsparams]
    match = f"d.search_vector @@ {tsquery} AND {pg._filters_sql(filters, match_params)}"
    rank = f"ts_rank(search_vector, {tsquery}, {pg._RANK_NORMALISATION})"

    def window(cursor: Any, since: Any) -> list[Any]:
        cursor.execute(
            f"SELECT c.id, extract(epoch FROM c.published_at), {rank}"
            " FROM (SELECT d.id, d.published_at, d.search_vector"
            f" FROM search_searchdocument AS d WHERE {match} AND d.published_at >= %s"
            # An expression, so that the planner cannot walk search_document_recent instead of
            # reading the window's matches from the GIN index (it did when it overestimated).
            " ORDER BY d.published_at + interval '0 seconds' DESC, d.id DESC LIMIT %s) AS c",
            [*tsparams, *match_params, since, limit],
        )
        return [pg.Candidate(r[0], float(r[1]), float(r[2])) for r in cursor.fetchall()]

    with connection.cursor() as cursor:
        matches, rows_total = self._estimate(cursor, match, match_params)
        if rows_total <= pg.PROBE:
            return self._probe(cursor, match, match_params, rank, tsparams, limit)[0]
        if matches > 0 and limit * rows_total / matches <= WALK_EXPECTED:
            rows = self._walk(cursor, match, match_params, rank, tsparams, limit, WALK)
            if len(rows) >= limit:
                return rows
        cursor.execute("SELECT min(published_at), max(published_at) FROM search_searchdocument")
        oldest, newest = cursor.fetchone()
        span = max(1.0, (newest - oldest).total_seconds() / 86400)
        days = min(WINDOW_DAYS, max(WINDOW_MIN_DAYS, 2 * limit / max(matches, 1.0) * span))
        for _attempt in range(4):
            rows = window(cursor, newest - timedelta(days=days))
            if len(rows) >= limit:
                return rows
            if days >= span:
                return rows  # every match
            if len(rows) * span / days <= 2 * limit:
                break  # a rare word: the probe reads its few matches
            # Widen to hold about 2 × limit at the density just seen (the estimate is unreliable).
            days = min(span, days * max(2.0, 2 * limit / max(len(rows), 1)))
        rows, complete = self._probe(cursor, match, match_params, rank, tsparams, limit)
        if complete:
            return rows
        return self._walk(cursor, match, match_params, rank, tsparams, limit, None)
