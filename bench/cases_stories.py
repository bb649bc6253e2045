"""The stories benchmarks (issue #3): the *For you* feed, its page, full-text search over the
stories, and rebuilding the search index.

Targets (PostgreSQL at 1,000,000 stories and 100,000 people): For you p95 ≤ 50 ms, search of one
to three words p95 ≤ 50 ms; SQLite at 200,000 stories: search p95 ≤ 100 ms, the feed reported
without a target. Inputs come from the generated data (bench/generate_stories.py,
bench/story_vocab.py); `rng` is seeded per case and backend, so runs with and without proposals
see the same inputs.
"""

from __future__ import annotations

import random
import time
from typing import Any

from bench.cases import WARMUP, Result, World, measure

FEED_TARGET_MS = {"postgres": 50.0, "sqlite": None}
SEARCH_TARGET_MS = {"postgres": 50.0, "sqlite": 100.0}
VIEWERS = 50  # different viewers per case
REINDEX_SAMPLE = 20_000  # stories re-indexed (and rolled back) to time rebuild_search_index

_scale_cache: dict[str, int] = {}


def _scale(world: World) -> str:
    from samla.stories.models import Story

    if "stories" not in _scale_cache:
        _scale_cache["stories"] = Story.objects.count()
    return f"{_scale_cache['stories']:,} stories"


def _skip(result: Result, note: str) -> Result:
    result.status, result.note = "SKIP", note
    return result


def feed_viewers(rng: random.Random, n: int = VIEWERS) -> list[Any]:
    """Active people who follow at least 3 people, 2 topics and 1 unit (the generator gives every
    10th person 5, 3 and 1), with their unit loaded as a signed-in request would after its first
    use of it."""
    from django.db.models import Count, Q

    from samla.people.models import Person
    from samla.stories.models import Follow

    ids = sorted(
        Follow.objects.values("follower_id")
        .annotate(
            p=Count("id", filter=Q(person__isnull=False)),
            s=Count("id", filter=Q(skill__isnull=False)),
            u=Count("id", filter=Q(unit__isnull=False)),
        )
        .filter(p__gte=3, s__gte=2, u__gte=1)
        .values_list("follower_id", flat=True)
    )
    picked = rng.sample(ids, k=min(n * 2, len(ids)))
    people = list(Person.objects.filter(pk__in=picked, is_active=True).select_related("unit"))
    people.sort(key=lambda p: picked.index(p.pk))
    return people[:n]


# --- For you -------------------------------------------------------------------------------------


def _feed_inputs(
    viewers: list[Any], rng: random.Random, count: int
) -> list[tuple[Any, str | None]]:
    """(viewer, cursor): a quarter are the second page (the first page's next_cursor, read once
    here, untimed)."""
    from samla.stories.selectors import feed_for_you

    second = {}
    for viewer in viewers:
        second[viewer.pk] = feed_for_you(viewer=viewer, cursor=None, limit=20).next_cursor
    inputs = []
    for _ in range(count):
        viewer = rng.choice(viewers)
        cursor = second[viewer.pk] if rng.random() < 0.25 else None
        inputs.append((viewer, cursor))
    return inputs


def case_stories_feed(world: World, backend: str, runs: int, rng: random.Random) -> Result:
    result = Result(
        "stories_feed",
        "For you feed (selector)",
        backend,
        _scale(world),
        FEED_TARGET_MS[backend],
        "ms",
    )
    try:
        from samla.stories.selectors import feed_for_you
    except ImportError:
        return _skip(result, "samla.stories.selectors.feed_for_you does not exist yet")
    viewers = feed_viewers(rng)
    if not viewers:
        return _skip(result, "no generated follows (regenerate without --keep)")
    inputs = _feed_inputs(viewers, rng, runs + WARMUP)
    it = iter(inputs)
    by_page: dict[str, list[float]] = {"1": [], "2": []}
    items: list[int] = []

    def one() -> None:
        viewer, cursor = next(it)
        t = time.perf_counter()
        page = feed_for_you(viewer=viewer, cursor=cursor, limit=20)
        by_page["2" if cursor else "1"].append((time.perf_counter() - t) * 1000)
        items.append(len(page.items))

    result.samples, result.cpu = measure(one, runs)
    result.extra["viewers"] = len(viewers)
    result.extra["mean_items"] = sum(items) / len(items)
    result.extra["short_pages"] = sum(1 for n in items if n < 20)
    result.extra["by_page"] = _summary(by_page)
    return result.finish()


def case_stories_feed_page(world: World, backend: str, runs: int, rng: random.Random) -> Result:
    from django.test import Client
    from django.urls import NoReverseMatch, reverse

    result = Result(
        "stories_feed_page",
        "For you page (GET /stories/)",
        backend,
        _scale(world),
        FEED_TARGET_MS[backend],
        "ms",
    )
    try:
        url = reverse("stories:feed")
        from samla.stories.selectors import feed_for_you  # noqa: F401
    except (NoReverseMatch, ImportError):
        return _skip(result, "the stories:feed page does not exist yet")
    viewers = feed_viewers(rng, n=16)
    if not viewers:
        return _skip(result, "no generated follows (regenerate without --keep)")
    clients = {}
    for viewer in viewers:
        client = Client(raise_request_exception=True)
        client.force_login(viewer)
        clients[viewer.pk] = client
    inputs = _feed_inputs(viewers, rng, runs + WARMUP)
    it = iter(inputs)
    sizes: list[int] = []
    by_page: dict[str, list[float]] = {"1": [], "2": []}

    def one() -> None:
        viewer, cursor = next(it)
        t = time.perf_counter()
        response = clients[viewer.pk].get(url, {"cursor": cursor} if cursor else {})
        by_page["2" if cursor else "1"].append((time.perf_counter() - t) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"GET {url} answered {response.status_code}")
        sizes.append(len(response.content))

    result.samples, result.cpu = measure(one, runs)
    result.extra["mean_response_bytes"] = round(sum(sizes) / len(sizes))
    result.extra["by_page"] = _summary(by_page)
    return result.finish()


def _summary(groups: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    out = {}
    for name, values in groups.items():
        if not values:
            continue
        values = sorted(values)
        out[name] = {
            "n": len(values),
            "p50": values[len(values) // 2],
            "p95": values[min(len(values) - 1, int(len(values) * 0.95))],
            "max": values[-1],
        }
    return out


# --- Search --------------------------------------------------------------------------------------

LANGUAGE_WEIGHTS = {"da": 30, "sv": 25, "nb": 17, "en": 28}  # what people type in


def remembered_words(rng: random.Random, n: int = 400) -> dict[str, list[str]]:
    """Words outside the base vocabulary (compounds such as "kundemøderne", the rare words) from
    n random stories, per language: what someone remembers from a story they read."""
    from bench import story_vocab as sv
    from samla.stories.models import Story

    common = {
        form.lower()
        for table in (sv.NOUNS, sv.VERBS, sv.ADJECTIVES)
        for entries in table.values()
        for entry in entries
        for form in entry
    }
    for templates in [*sv.SENTENCES.values(), *(t for k in sv.TITLES.values() for t in k.values())]:
        common.update(w.strip(".,;:").lower() for t in templates for w in t.split())

    top = Story.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    ids = [rng.randint(1, top) for _ in range(n)] if top else []
    found: dict[str, list[str]] = {}
    for language, sections in Story.objects.filter(pk__in=ids).values_list("language", "sections"):
        words = [w.strip(".,;:") for v in sections.values() for w in v.split()]
        long = [w for w in words if len(w) >= 6 and w.islower() and w not in common]
        if long:
            found.setdefault(language, []).append(rng.choice(long))
    return found


def search_query(
    rng: random.Random, text: Any, skills: list[tuple[str, ...]], remembered: dict[str, list[str]]
) -> tuple[str, str]:
    """A query of one to three words as a person types it, and its class: frequent words (the
    commonest nouns, in any inflected form), middling ones (nouns further down, verbs,
    adjectives), rare ones (a long word from a random story: mostly compounds such as
    "kundemøderne", in a few stories each), topic names ("Maskinlæring", "Kubernetes") and
    misses (a typo). The language is the searcher's; the search itself is
    told none (as the search page does), so every language's stems are tried."""
    from bench import story_vocab as sv

    lang = rng.choices(list(LANGUAGE_WEIGHTS), weights=list(LANGUAGE_WEIGHTS.values()))[0]
    nouns = text.nouns[lang][0]
    n_words = rng.choices([1, 2, 3], weights=[45, 35, 20])[0]
    words: list[str] = []
    classes: list[str] = []
    while len(words) < n_words:
        roll = rng.random()
        if roll < 0.30:
            words.append(rng.choice(rng.choice(nouns[:6])))
            classes.append("frequent")
        elif roll < 0.55:
            if rng.random() < 0.6:
                words.append(rng.choice(rng.choice(nouns[6:])))
            elif rng.random() < 0.5:
                words.append(rng.choice(rng.choice(sv.VERBS[lang])))
            else:
                words.append(rng.choice(rng.choice(sv.ADJECTIVES[lang])))
            classes.append("middling")
        elif roll < 0.74 and remembered.get(lang):
            words.append(rng.choice(remembered[lang]))
            classes.append("rare")
        elif roll < 0.78:  # a typo: one letter of a common word left out
            word = rng.choice(rng.choice(nouns)).split()[0]
            cut = rng.randrange(1, len(word))
            words.append(word[:cut] + word[cut + 1 :])
            classes.append("miss")
        else:
            en, da, sv_, nb = rng.choice(skills)[:4]
            name = {"en": en, "da": da, "sv": sv_, "nb": nb}[lang].split(" – ")[0].split()
            words.extend(name[: n_words - len(words)])  # "Amazon Web Services" is three words
            classes.append("topic")
    query = " ".join(words)
    if rng.random() < 0.5:
        query = query.lower()
    rarest = next(
        c for c in ("miss", "rare", "topic", "middling", "frequent") if c in classes
    )  # the word that bounds the matches
    return query, f"{n_words} word{'s' if n_words > 1 else ''}, {rarest}"


def case_stories_search(world: World, backend: str, runs: int, rng: random.Random) -> Result:
    from bench.generate_stories import Text
    from samla.search.fulltext import search
    from samla.search.models import SearchDocument

    result = Result(
        "stories_search",
        "story search, 1–3 words",
        backend,
        _scale(world),
        SEARCH_TARGET_MS[backend],
        "ms",
    )
    if not SearchDocument.objects.filter(doc_type="story").exists():
        return _skip(result, "no story documents in the search index (regenerate)")
    text = Text(None, 42)  # the generator's word ranks (seed 42), for frequent and rare words
    paths = [v.unit.path if v.unit_id else None for v in world.viewers]
    remembered = remembered_words(rng)
    inputs = [
        (*search_query(rng, text, world.skills, remembered), rng.choice(paths))
        for _ in range(runs + WARMUP)
    ]
    it = iter(inputs)
    by_class: dict[str, list[float]] = {}
    hits: list[int] = []
    truncated: list[bool] = []

    def one() -> None:
        query, kind, path = next(it)
        t = time.perf_counter()
        page = search(query=query, viewer_unit_path=path, limit=20)
        by_class.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
        hits.append(len(page.hits))
        truncated.append(page.truncated)

    result.samples, result.cpu = measure(one, runs)
    result.extra["queries"] = [q for q, _k, _p in inputs[:30]]
    result.extra["mean_hits"] = sum(hits) / len(hits)
    result.extra["empty_results"] = sum(1 for n in hits if n == 0)
    result.extra["truncated"] = sum(truncated)
    result.extra["by_class"] = _summary(dict(sorted(by_class.items())))
    slowest = sorted(zip(result.samples, inputs[WARMUP:], strict=False), key=lambda x: -x[0])[:10]
    result.extra["slowest"] = [(round(ms, 1), q, k) for ms, (q, k, _p) in slowest]
    return result.finish()


# --- Rebuilding the index ----------------------------------------------------------------------


def _vacuum_search_table() -> float | None:
    """VACUUM the search table on PostgreSQL after the rolled-back rebuild: its 20,000 dead rows
    and GIN entries (the pending list included) otherwise stay until autovacuum, which at this
    size waits for 200,000, and every later search of a `--keep` run reads them (measured:
    story search p50 9 → 30–42 ms, p95 28 → 62–85 ms after three runs; 7 / 15 ms after VACUUM)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    t = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE) search_searchdocument")
    return round(time.perf_counter() - t, 1)


def case_stories_reindex(world: World, backend: str, runs: int, rng: random.Random) -> Result:
    """What `samla manage rebuild_search_index` costs a story: the newest REINDEX_SAMPLE stories'
    documents are deleted and written again exactly as reindex_all does (the stories provider's
    query and story_document, services._write_batch in batches of services._BATCH, the engine's
    index), in a transaction that is rolled back. The figure is that rate over every story."""
    from django.db import transaction

    from samla.search.fulltext import services
    from samla.search.fulltext.backends import engine
    from samla.search.models import SearchDocument
    from samla.stories import search_index
    from samla.stories.enums import StoryState
    from samla.stories.models import Story

    result = Result(
        "stories_reindex",
        "rebuild search index, stories",
        backend,
        _scale(world),
        None,
        "s",
    )
    total = Story.objects.exclude(state=StoryState.REMOVED).count()
    if not total:
        return _skip(result, "no stories")
    ids = list(
        Story.objects.exclude(state=StoryState.REMOVED)
        .order_by("-pk")
        .values_list("pk", flat=True)[:REINDEX_SAMPLE]
    )
    with transaction.atomic():
        for i in range(0, len(ids), 1000):
            rows = list(
                SearchDocument.objects.select_for_update().filter(
                    doc_type=search_index.DOC_TYPE,
                    object_id__in=[str(pk) for pk in ids[i : i + 1000]],
                )
            )
            engine().unindex(rows)
            SearchDocument.objects.filter(pk__in=[r.pk for r in rows]).delete()
        t = time.perf_counter()
        stories = (
            Story.objects.filter(pk__in=ids)
            .select_related("audience_unit")
            .prefetch_related("story_topics__skill", "media")
            .order_by("pk")
        )
        batch: list[Any] = []
        for story in stories.iterator(chunk_size=1000):
            doc = search_index.story_document(story)
            services._validate(doc)
            batch.append(doc)
            if len(batch) >= services._BATCH:
                services._write_batch(search_index.DOC_TYPE, batch, dry_run=False)
                batch = []
        services._write_batch(search_index.DOC_TYPE, batch, dry_run=False)
        elapsed = time.perf_counter() - t
        transaction.set_rollback(True)
    vacuum_s = _vacuum_search_table()
    result.value = elapsed * total / len(ids)
    result.extra.update(
        sample=len(ids),
        sample_seconds=round(elapsed, 2),
        vacuum_seconds=vacuum_s,
        documents_per_second=round(len(ids) / elapsed),
        documents=total,
    )
    result.note = f"{len(ids):,} re-indexed in {elapsed:.1f} s, {len(ids) / elapsed:,.0f} a second"
    return result.finish()
