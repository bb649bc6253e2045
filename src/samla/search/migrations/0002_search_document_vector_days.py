"""PostgreSQL: the GIN index gets the publication day's bucket tokens as a second column.

Searches ask for "the newest matches published since day F" (fulltext/backends/postgresql.py);
with the day buckets in the same GIN index as the words, the index intersects them and only the
matches inside that window are read from the table (bench/README.md, finding 17). The new index
answers word-only queries too, so it replaces search_document_vector. Core PostgreSQL only (no
extension). Parallel scans of the table are switched off (see below). The expression must stay exactly `postgresql.DAY_BUCKETS_SQL`: the planner uses an
expression index only for the same expression (a test checks the plan).
"""

from django.db import migrations

from samla.search.fulltext.operations import RunSQLForVendor

_DAY = "floor(date_part('epoch', published_at AT TIME ZONE INTERVAL '0') / 86400)::int"
_BUCKETS = (
    f"array_to_tsvector(ARRAY['~a' || (({_DAY}) >> 3)::text,"
    f" '~b' || (({_DAY}) >> 6)::text, '~c' || (({_DAY}) >> 9)::text])"
)

POSTGRESQL = [
    "CREATE INDEX search_document_vector_days ON search_searchdocument"
    f" USING gin (search_vector, ({_BUCKETS}))",
    "DROP INDEX search_document_vector",
    # A search reads a few hundred rows at most; the planner, overestimating a window's matches,
    # chose parallel bitmap scans whose workers took 30–80 ms to start on a busy 2-core machine.
    "ALTER TABLE search_searchdocument SET (parallel_workers = 0)",
]
POSTGRESQL_REVERSE = [
    "ALTER TABLE search_searchdocument RESET (parallel_workers)",
    "CREATE INDEX search_document_vector ON search_searchdocument USING gin (search_vector)",
    "DROP INDEX search_document_vector_days",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [RunSQLForVendor("postgresql", POSTGRESQL, POSTGRESQL_REVERSE)]
