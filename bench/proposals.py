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
    # (search/migrations: the two-column btree_gin index proposed here — tsvector and
    # published_at — was superseded by search migration 0002, day buckets in the GIN index
    # without an extension: bench/README.md, finding 17.)
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
    if hasattr(postgresql, "DAY_BUCKETS_SQL"):
        adopted.append("search: newest matches through time windows (PostgreSQL)")
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


# (search/fulltext/backends/postgresql.py, PostgreSQLEngine.candidates: the windowed candidates
# proposed here were adopted in another form — day-bucket tokens in the GIN index, windows that
# do not overlap — and removed: bench/README.md, finding 17.)
