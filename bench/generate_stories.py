"""The synthetic stories: stories of every kind in four languages, their topics, follows,
highlights, leaders' acknowledgements, reactions, comments, bookmarks and the search index.

`write_stories(org, n)` writes them into the database Django is configured for, after
`generate.generate` has written the organisation:

- Story text is built from sentence pools (bench/story_vocab.py: inflected nouns, verbs and
  adjectives, Zipf-weighted, plus compounds and rare words) with one RNG per story, so a story's
  text can be made again for its search document without keeping a million texts in memory.
- PostgreSQL: COPY, with the tables' plain indexes dropped first and created again after (as
  `pg_restore` does); the search document's tsvector is the generated column, computed by COPY.
  Foreign keys are not checked row by row (`session_replication_role = replica`); `_check_pg`
  checks them afterwards with one anti-join per foreign key.
- SQLite: `executemany` in one big transaction; the FTS5 rows go through the engine's own bulk
  path (`SQLiteEngine.index`: PyStemmer stems, recency-key rowids).

Both engines' index build is timed on its own (`timings["search_index"]`).
"""

from __future__ import annotations

import itertools
import json
import random
import time
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from bench import story_vocab as sv

STORY_DAYS = 3 * 365  # stories span the last three years, evenly
POOL = 8_000  # sentences per language in the pool
KIND_WEIGHTS = {
    "learning": 28,
    "tip": 20,
    "success": 12,
    "lesson": 14,
    "article": 10,
    "experiment": 9,
    "media": 7,
}
AUDIENCE_ORG = 0.72  # share of stories for the whole organisation; the rest for a unit
HIGHLIGHTED = 0.0025  # share of published stories a learning lead highlighted
REACTED = 0.25  # share of stories with reactions
COMMENTED = 0.10
LANGUAGES = ("da", "sv", "nb", "en")
FOLLOWER_MOD = (
    10  # people whose id % FOLLOWER_MOD == FOLLOWER_REM follow 5 people, 3 topics, 1 unit
)
FOLLOWER_REM = 7


@dataclass(slots=True)
class StoryRow:
    id: int
    author_id: int
    author_unit_id: int
    audience_unit_id: int | None
    kind: str
    language: str
    state: str
    published_at: datetime
    edited_at: datetime | None
    topics: tuple[int, ...]  # indexes into org.skills
    by_leader: bool
    asks: bool
    sponsor_id: int | None
    status: str
    starts_on: date | None
    ends_on: date | None
    closed_at: datetime | None
    highlighted_at: datetime | None
    highlighted_by: int | None


class Text:
    """Sentences and titles for stories, per language; `story(row)` is deterministic."""

    def __init__(self, org: Any, seed: int) -> None:
        from samla.stories.kinds import sections_for

        self.org = org
        self.seed = seed
        self.sections_for = sections_for
        rng = random.Random(seed + 11)
        self.nouns = {lang: self._zipf(sv.NOUNS[lang], rng) for lang in LANGUAGES}
        self.verbs = {lang: self._zipf(sv.VERBS[lang], rng) for lang in LANGUAGES}
        self.adjs = {lang: self._zipf(sv.ADJECTIVES[lang], rng) for lang in LANGUAGES}
        self.pool: dict[str, list[str]] = {}
        for lang in LANGUAGES:
            self.pool[lang] = [self.sentence(lang, rng, "") for _ in range(POOL)]

    @staticmethod
    def _zipf(items: list[tuple[str, ...]], rng: random.Random) -> tuple[list[Any], list[float]]:
        order = list(items)
        rng.shuffle(order)
        return order, list(itertools.accumulate(1 / (r + 1) ** 0.9 for r in range(len(order))))

    @staticmethod
    def _pick(table: tuple[list[Any], list[float]], rng: random.Random) -> Any:
        items, cum = table
        return items[min(bisect_right(cum, rng.random() * cum[-1]), len(items) - 1)]

    def noun(self, lang: str, rng: random.Random) -> str:
        return rng.choice(self._pick(self.nouns[lang], rng))

    def compound(self, lang: str, rng: random.Random) -> str:
        if rng.random() < 0.25:
            return rng.choice(sv.RARE[lang])
        first = rng.choice(sv.NOUNS[lang])[0]
        second = rng.choice(rng.choice(sv.NOUNS[lang]))
        if lang == "en" or " " in first or first == second:
            return f"{first} {second}"
        return first + second  # "kunde" + "møderne"

    def sentence(self, lang: str, rng: random.Random, topic: str) -> str:
        template = rng.choice(sv.SENTENCES[lang])
        out = []
        for piece in template.split("{"):
            if "}" not in piece:
                out.append(piece)
                continue
            slot, rest = piece.split("}", 1)
            if slot == "N":
                out.append(self.noun(lang, rng))
            elif slot == "A":
                out.append(rng.choice(self._pick(self.adjs[lang], rng)))
            elif slot == "V":
                out.append(self._pick(self.verbs[lang], rng)[rng.choice((1, 2))])
            elif slot == "P":
                out.append(self._pick(self.verbs[lang], rng)[rng.choice((0, 3))])
            elif slot == "C":
                out.append(self.compound(lang, rng))
            elif slot == "T":
                out.append(topic or self.noun(lang, rng))
            out.append(rest)
        text = "".join(out)
        return text[0].upper() + text[1:]

    def topic_name(self, row: StoryRow) -> str:
        s = self.org.skills[row.topics[0]]
        name = {"en": s.name_en, "da": s.name_da, "sv": s.name_sv, "nb": s.name_nb}[row.language]
        return name.replace(" – ", " ")

    def story(self, row: StoryRow) -> tuple[str, dict[str, str], str]:
        """(title, sections {key: Markdown}, link_url) of one story."""
        rng = random.Random(self.seed * 1_000_003 + row.id)
        lang = row.language
        topic = self.topic_name(row)
        template = rng.choice(sv.TITLES[lang][row.kind])
        title = template.replace("{T}", topic)
        if "{N}" in title:
            title = title.replace("{N}", self.noun(lang, rng))
        if "{A}" in title:
            title = title.replace("{A}", rng.choice(self._pick(self.adjs[lang], rng)))
        title = title[0].upper() + title[1:]
        pool = self.pool[lang]
        short = row.kind in {"tip", "article"}
        sections: dict[str, str] = {}
        for i, section in enumerate(self.sections_for(row.kind)):
            if (
                row.kind == "experiment"
                and section.key in {"result", "lesson"}
                and not row.closed_at
            ):
                continue
            n = rng.randint(1, 3) if short else rng.randint(2, 4) if i == 0 else rng.randint(1, 3)
            sentences = [rng.choice(pool) for _ in range(n)]
            if i == 0:  # the story's own words: its topic and a rare word or two
                sentences.insert(1, self.sentence(lang, rng, topic))
            if len(sentences) > 3 and rng.random() < 0.5:
                sections[section.key] = " ".join(sentences[:2]) + "\n\n" + " ".join(sentences[2:])
            else:
                sections[section.key] = " ".join(sentences)
        link = f"https://example.org/{lang}/articles/{row.id}" if row.kind == "article" else ""
        return title, sections, link


def _html(markdown: str) -> str:
    """What core.markdown.render_markdown gives for plain paragraphs (checked in write_stories)."""
    return "".join(f"<p>{p}</p>\n" for p in markdown.split("\n\n"))


def _text(markdown: str) -> str:
    """What core.markdown.markdown_to_text gives for plain paragraphs."""
    return " ".join(markdown.split())


def build_stories(org: Any, n: int, seed: int) -> list[StoryRow]:
    """The stories' metadata, oldest first (ids follow publication time)."""
    from bench.generate import _skill_weights

    rng = random.Random(seed + 5)
    people = org.people
    heads = {p.manager_id for p in people if p.manager_id}
    weights = list(
        itertools.accumulate(
            rng.lognormvariate(0, 1.4) * (1.0 if p.is_active else 0.2) for p in people
        )
    )
    leads = [p.id for p in people if p.role in {"learning_lead", "org_admin"} and p.is_active]
    skill_cum = _skill_weights(org, random.Random(seed + 6))
    n_skills = len(org.skills)
    kinds = list(KIND_WEIGHTS)
    kind_cum = list(itertools.accumulate(KIND_WEIGHTS.values()))
    now = org.now
    start = now - timedelta(days=STORY_DAYS)
    step = STORY_DAYS * 86400.0 / max(n, 1)
    rows: list[StoryRow] = []
    for i in range(n):
        author = people[min(bisect_right(weights, rng.random() * weights[-1]), len(people) - 1)]
        unit = org.unit(author.unit_id)
        published = start + timedelta(seconds=step * (i + rng.random() * 0.9))
        kind = kinds[bisect_right(kind_cum, rng.random() * kind_cum[-1])]
        roll = rng.random()
        language = (
            author.language if roll < 0.8 else rng.choices(LANGUAGES, weights=[25, 20, 15, 40])[0]
        )
        audience = None
        if rng.random() > AUDIENCE_ORG:
            ancestors = [int(unit.path[k : k + 6]) for k in range(6, len(unit.path), 6)]
            if ancestors:  # team 50 %, department 30 %, division 20 % (as far as they exist)
                pick = rng.choices([-1, -2, -3], weights=[50, 30, 20])[0]
                audience = ancestors[max(pick, -len(ancestors))]
        roll = rng.random()
        state = "published" if roll < 0.99 else "hidden" if roll < 0.997 else "removed"
        cum = skill_cum[unit.division]
        topics: set[int] = set()
        for _ in range(rng.choices([1, 2, 3], weights=[50, 35, 15])[0]):
            topics.add(min(bisect_right(cum, rng.random() * cum[-1]), n_skills - 1))
        manager = author.manager_id
        status, starts_on, ends_on, closed = "", None, None, None
        sponsor = None
        if kind == "experiment":
            sponsor = manager or author.id
            age = (now - published).days
            starts_on = (published + timedelta(days=rng.randint(0, 14))).date()
            ends_on = starts_on + timedelta(days=rng.randint(14, 90))
            roll = rng.random()
            if (age > 90 and roll < 0.85) or (age <= 90 and roll < 0.2):
                status = "ended"
                closed_day = ends_on + timedelta(days=rng.randint(0, 14))
                closed = min(datetime.combine(closed_day, published.timetz()).astimezone(UTC), now)
            else:
                status = "running" if roll < 0.8 else "planned"
        edited = published + timedelta(days=rng.uniform(0, 20)) if rng.random() < 0.05 else None
        if edited and edited > now:
            edited = None
        highlighted, highlighted_by = None, None
        if state == "published" and leads and rng.random() < HIGHLIGHTED:
            highlighted = min(published + timedelta(days=rng.uniform(0, 7)), now)
            highlighted_by = rng.choice(leads)
        rows.append(
            StoryRow(
                id=i + 1,
                author_id=author.id,
                author_unit_id=author.unit_id,
                audience_unit_id=audience,
                kind=kind,
                language=language,
                state=state,
                published_at=published,
                edited_at=edited,
                topics=tuple(topics),
                by_leader=kind == "lesson" and author.id in heads,
                asks=kind == "lesson" and rng.random() < 0.35,
                sponsor_id=sponsor,
                status=status,
                starts_on=starts_on,
                ends_on=ends_on,
                closed_at=closed,
                highlighted_at=highlighted,
                highlighted_by=highlighted_by,
            )
        )
    return rows


# --- Rows ---------------------------------------------------------------------------------------

STORY_COLUMNS = [
    "id",
    "kind",
    "author_id",
    "author_unit_id",
    "title",
    "sections",
    "sections_html",
    "teaser",
    "language",
    "audience_unit_id",
    "circle_id",
    "state",
    "published_at",
    "updated_at",
    "edited_at",
    "by_leader",
    "asks_leader_response",
    "link_url",
    "sponsor_id",
    "experiment_status",
    "starts_on",
    "ends_on",
    "closed_at",
    "highlighted_at",
    "highlighted_by_id",
]


def story_tuples(rows: list[StoryRow], text: Text) -> Iterator[tuple[Any, ...]]:
    for r in rows:
        title, sections, link = text.story(r)
        first = next(iter(sections.values()), "")
        yield (
            r.id,
            r.kind,
            r.author_id,
            r.author_unit_id,
            title,
            json.dumps(sections, ensure_ascii=False),
            json.dumps({k: _html(v) for k, v in sections.items()}, ensure_ascii=False),
            _text(first)[:300],
            r.language,
            r.audience_unit_id,
            None,
            r.state,
            r.published_at,
            r.edited_at or r.published_at,
            r.edited_at,
            r.by_leader,
            r.asks,
            link,
            r.sponsor_id,
            r.status,
            r.starts_on,
            r.ends_on,
            r.closed_at,
            r.highlighted_at,
            r.highlighted_by,
        )


SEARCH_COLUMNS = [
    "id",
    "doc_type",
    "object_id",
    "language",
    "title",
    "body",
    "url",
    "unit_path",
    "circle_id",
    "author_id",
    "kind",
    "topics",
    "published_at",
    "is_visible",
]


def search_tuples(
    rows: list[StoryRow], text: Text, org: Any, url: str
) -> Iterator[tuple[Any, ...]]:
    """What stories.search_index.story_document hands to the index, as services._values stores
    it (NFC text: the vocabulary is NFC already), for every story not removed."""
    doc_id = 0
    for r in rows:
        if r.state == "removed":
            continue
        doc_id += 1
        title, sections, link = text.story(r)
        # story_document: each of the kind's sections as plain text, in order, then the link.
        parts = [_text(sections[s.key]) for s in text.sections_for(r.kind) if s.key in sections]
        if link:
            parts.append(link)
        yield (
            doc_id,
            "story",
            str(r.id),
            r.language,
            title[:300],
            "\n".join(p for p in parts if p),
            url.replace("999999999", str(r.id)),
            org.unit(r.audience_unit_id).path if r.audience_unit_id else "",
            None,
            r.author_id,
            r.kind,
            json.dumps([org.skills[t].slug for t in r.topics]),
            r.published_at,
            r.state == "published",
        )


def topic_tuples(rows: list[StoryRow], org: Any) -> Iterator[tuple[Any, ...]]:
    for r in rows:
        for t in r.topics:
            yield (r.id, org.skills[t].id, r.published_at)


def acknowledgement_tuples(
    rows: list[StoryRow], org: Any, rng: random.Random, leads: list[int]
) -> Iterator[tuple[Any, ...]]:
    people = org.people
    for r in rows:
        if not r.asks or r.state != "published" or rng.random() > 0.6:
            continue
        manager = people[r.author_id - 1].manager_id
        by = manager if manager else rng.choice(leads)
        when = min(r.published_at + timedelta(hours=rng.uniform(2, 120)), org.now)
        note = "Tak for at dele. Det tager vi med videre." if r.language == "da" else "Thank you."
        yield (r.id, by, note, f"<p>{note}</p>\n", when)


def reaction_tuples(
    rows: list[StoryRow], org: Any, rng: random.Random, active: list[int]
) -> Iterator[tuple[Any, ...]]:
    kinds = ["helped", "will_try", "thanks"]
    for r in rows:
        if r.state == "removed" or rng.random() > REACTED:
            continue
        count = min(20, 1 + int(rng.expovariate(0.5)))
        seen: set[tuple[int, str]] = set()
        for _ in range(count):
            key = (rng.choice(active), rng.choices(kinds, weights=[40, 25, 35])[0])
            if key in seen or key[0] == r.author_id:
                continue
            seen.add(key)
            when = min(r.published_at + timedelta(hours=rng.uniform(0, 240)), org.now)
            yield (r.id, key[0], key[1], when)


def comment_tuples(
    rows: list[StoryRow], org: Any, rng: random.Random, active: list[int]
) -> Iterator[tuple[Any, ...]]:
    comment_id = 0
    for r in rows:
        if r.state == "removed" or rng.random() > COMMENTED:
            continue
        first = None
        for _k in range(rng.randint(1, 3)):
            comment_id += 1
            body = rng.choice(sv.COMMENTS[r.language])
            when = min(r.published_at + timedelta(hours=rng.uniform(0, 240)), org.now)
            parent = first if first and rng.random() < 0.4 else None
            yield (comment_id, r.id, rng.choice(active), parent, body, f"<p>{body}</p>\n", when)
            first = first or comment_id


def follow_tuples(org: Any, rows: list[StoryRow], rng: random.Random) -> Iterator[tuple[Any, ...]]:
    """(follower, person, skill, unit, created_at): every 10th person (id % 10 == 7) follows
    5 people (2 from their unit, 3 prolific authors), 3 topics and 1 unit; a quarter of the rest
    follow 1–3 things."""
    from bench.generate import _skill_weights

    people = org.people
    active = [p for p in people if p.is_active]
    by_unit: dict[int, list[int]] = {}
    for p in active:
        by_unit.setdefault(p.unit_id, []).append(p.id)
    counts: dict[int, int] = {}
    for r in rows[-min(len(rows), 200_000) :]:
        counts[r.author_id] = counts.get(r.author_id, 0) + 1
    prolific = [pid for pid, _n in sorted(counts.items(), key=lambda kv: -kv[1])[:2000]]
    skill_cum = _skill_weights(org, random.Random(org.seed + 6))
    n_skills = len(org.skills)
    units = [u for u in org.units if u.kind in {"division", "department", "team"}]
    for p in active:
        full = p.id % FOLLOWER_MOD == FOLLOWER_REM
        if not full and rng.random() > 0.25:
            continue
        unit = org.unit(p.unit_id)
        cum = skill_cum[unit.division]
        n_people, n_topics, n_units = (
            (5, 3, 1)
            if full
            else rng.choice([(1, 0, 0), (0, 1, 0), (1, 1, 0), (2, 1, 0), (0, 2, 1), (1, 1, 1)])
        )
        chosen_people: set[int] = set()
        mates = by_unit.get(p.unit_id, [])
        for _ in range(n_people * 3):
            if len(chosen_people) >= n_people:
                break
            pool = mates if len(chosen_people) < 2 and len(mates) > 3 else prolific
            pid = rng.choice(pool) if pool else rng.choice(active).id
            if pid != p.id:
                chosen_people.add(pid)
        chosen_topics: set[int] = set()
        while len(chosen_topics) < n_topics:
            chosen_topics.add(
                org.skills[min(bisect_right(cum, rng.random() * cum[-1]), n_skills - 1)].id
            )
        chosen_units: set[int] = set()
        while len(chosen_units) < n_units:
            if rng.random() < 0.6 and unit.parent_id:
                chosen_units.add(unit.parent_id)  # their department (or division)
            else:
                chosen_units.add(rng.choice(units).id)
        when = org.now - timedelta(days=rng.uniform(1, 700))
        for pid in sorted(chosen_people):
            yield (p.id, pid, None, None, when)
        for sid in sorted(chosen_topics):
            yield (p.id, None, sid, None, when)
        for uid in sorted(chosen_units):
            yield (p.id, None, None, uid, when)


def bookmark_tuples(
    org: Any, rows: list[StoryRow], rng: random.Random
) -> Iterator[tuple[Any, ...]]:
    for p in org.people:
        if not p.is_active or p.id % FOLLOWER_MOD != FOLLOWER_REM:
            continue
        for sid in sorted({rng.randint(1, len(rows)) for _ in range(3)}):
            if rows[sid - 1].state == "published":
                yield (p.id, sid, min(rows[sid - 1].published_at + timedelta(days=1), org.now))


# --- Writing ------------------------------------------------------------------------------------


def _pg_drop_indexes(cursor: Any, table: str) -> list[str]:
    """Drop the table's indexes that no constraint owns; return their definitions."""
    cursor.execute(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = %s AND NOT EXISTS"
        " (SELECT 1 FROM pg_constraint c WHERE c.conindid ="
        " (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)",
        [table],
    )
    found = cursor.fetchall()
    for name, _definition in found:
        cursor.execute(f'DROP INDEX "{name}"')
    return [definition for _name, definition in found]


def _check_pg(cursor: Any) -> None:
    """Every foreign key of the tables written with `session_replication_role = replica` holds."""
    cursor.execute(
        "SELECT conrelid::regclass::text, a.attname, confrelid::regclass::text, af.attname"
        " FROM pg_constraint c"
        " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
        " JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]"
        " WHERE c.contype = 'f' AND conrelid::regclass::text LIKE 'stories_%%'"
    )
    for table, column, target, target_column in cursor.fetchall():
        cursor.execute(
            f'SELECT count(*) FROM {table} t WHERE t."{column}" IS NOT NULL AND NOT EXISTS'
            f' (SELECT 1 FROM {target} x WHERE x."{target_column}" = t."{column}")'
        )
        broken = cursor.fetchone()[0]
        if broken:
            raise RuntimeError(f"bench generator: {broken} rows of {table}.{column} point nowhere")


def _detail_url() -> str:
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse("stories:story-detail", args=[999999999])
    except NoReverseMatch:
        return "/stories/999999999/"


def write_stories(org: Any, n: int, *, seed: int = 42, log: Any = print) -> dict[str, Any]:
    """Write n stories and everything around them. Returns counts, timings and sizes."""
    from django.db import connection, transaction

    from bench.generate import Loader, _reset_sequences
    from samla.core.markdown import markdown_to_text, render_markdown
    from samla.search.models import SearchDocument
    from samla.stories.models import (
        Bookmark,
        Comment,
        Follow,
        Reaction,
        Story,
        StoryAcknowledgement,
        StoryTopic,
    )

    counts: dict[str, int] = {}
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    text = Text(org, seed)
    rows = build_stories(org, n, seed)
    timings["stories_build"] = time.perf_counter() - t0
    # The shortcuts _html/_text must give what the app's renderer gives for these texts.
    for r in rows[:: max(1, n // 50)]:
        _title, sections, _link = text.story(r)
        for value in sections.values():
            if _html(value) != render_markdown(value) or _text(value) != markdown_to_text(value):
                raise RuntimeError(f"bench generator: markdown shortcut differs for {value!r}")
    pg = connection.vendor == "postgresql"
    loader = Loader(connection)
    rng = random.Random(seed + 9)
    active = [p.id for p in org.people if p.is_active]
    leads = [p.id for p in org.people if p.role in {"learning_lead", "org_admin"} and p.is_active]
    url = _detail_url()
    tables = [Story, StoryTopic, StoryAcknowledgement, Reaction, Comment, Bookmark, Follow]

    def timed(name: str, fn: Any) -> None:
        t = time.perf_counter()
        counts[name] = fn()
        timings[name] = time.perf_counter() - t
        log(f"  {name}: {counts[name]:,} in {timings[name]:.1f} s")

    with transaction.atomic(), connection.cursor() as cursor:
        dropped: list[str] = []
        if pg:
            cursor.execute("SET LOCAL session_replication_role = replica")
            cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
            for model in tables:
                dropped += _pg_drop_indexes(cursor, model._meta.db_table)
        timed("stories", lambda: loader.insert(Story, STORY_COLUMNS, story_tuples(rows, text)))
        timed(
            "story_topics",
            lambda: loader.insert(
                StoryTopic, ["story_id", "skill_id", "published_at"], topic_tuples(rows, org)
            ),
        )
        timed(
            "acknowledgements",
            lambda: loader.insert(
                StoryAcknowledgement,
                ["story_id", "by_id", "note", "note_html", "created_at"],
                acknowledgement_tuples(rows, org, rng, leads),
            ),
        )
        timed(
            "reactions",
            lambda: loader.insert(
                Reaction,
                ["story_id", "person_id", "kind", "created_at"],
                reaction_tuples(rows, org, rng, active),
            ),
        )
        timed(
            "comments",
            lambda: loader.insert(
                Comment,
                ["id", "story_id", "author_id", "parent_id", "body", "body_html", "created_at"],
                comment_tuples(rows, org, rng, active),
            ),
        )
        timed(
            "follows",
            lambda: loader.insert(
                Follow,
                ["follower_id", "person_id", "skill_id", "unit_id", "created_at"],
                follow_tuples(org, rows, rng),
            ),
        )
        timed(
            "bookmarks",
            lambda: loader.insert(
                Bookmark, ["person_id", "story_id", "created_at"], bookmark_tuples(org, rows, rng)
            ),
        )
        if pg:
            t = time.perf_counter()
            for sql in dropped:
                cursor.execute(sql)
            timings["story_indexes"] = time.perf_counter() - t
            log(f"  story indexes ({len(dropped)}) in {timings['story_indexes']:.1f} s")
            t = time.perf_counter()
            _check_pg(cursor)
            timings["foreign_key_check"] = time.perf_counter() - t

        # The search index: the documents, then the engine's own index.
        t = time.perf_counter()
        if pg:
            search_indexes = _pg_drop_indexes(cursor, SearchDocument._meta.db_table)
            counts["search_documents"] = loader.insert(
                SearchDocument, SEARCH_COLUMNS, search_tuples(rows, text, org, url)
            )
            timings["search_copy"] = time.perf_counter() - t
            log(
                f"  search documents (COPY, tsvector computed): {counts['search_documents']:,}"
                f" in {timings['search_copy']:.1f} s"
            )
            t2 = time.perf_counter()
            for sql in search_indexes:
                cursor.execute(sql)
            timings["search_engine_index"] = time.perf_counter() - t2
            log(
                f"  search indexes (GIN on the tsvector and day buckets, published_at) in "
                f"{timings['search_engine_index']:.1f} s"
            )
        else:
            counts["search_documents"], timings["search_engine_index"] = _sqlite_search(
                loader, rows, text, org, url
            )
            timings["search_copy"] = time.perf_counter() - t - timings["search_engine_index"]
            log(
                f"  search documents: {counts['search_documents']:,} in "
                f"{timings['search_copy']:.1f} s, FTS5 (stems) in "
                f"{timings['search_engine_index']:.1f} s"
            )
        timings["search_index"] = time.perf_counter() - t
    _reset_sequences(connection, [*tables, SearchDocument])
    return {"counts": counts, "timings": timings}


def _sqlite_search(
    loader: Any, rows: list[StoryRow], text: Text, org: Any, url: str
) -> tuple[int, float]:
    """Insert the documents and, batch by batch, their FTS5 rows through the engine's bulk path."""
    from samla.search.fulltext.backends.sqlite import ENGINE
    from samla.search.models import SearchDocument

    count = 0
    engine_time = 0.0
    it = search_tuples(rows, text, org, url)
    while chunk := list(itertools.islice(it, 5_000)):
        count += loader.insert(SearchDocument, SEARCH_COLUMNS, chunk)
        t = time.perf_counter()
        docs = [
            SearchDocument(
                id=c[0],
                doc_type=c[1],
                object_id=c[2],
                language=c[3],
                title=c[4],
                body=c[5],
                unit_path=c[7],
                kind=c[10],
                topics=json.loads(c[11]),
                published_at=c[12],
                is_visible=c[13],
            )
            for c in chunk
        ]
        ENGINE.index(docs)
        engine_time += time.perf_counter() - t
    return count, engine_time


def sizes() -> dict[str, int]:
    """Bytes on disk: the database, and on PostgreSQL the story and search tables and indexes."""
    from django.db import connection

    out: dict[str, int] = {}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_database_size(current_database())")
            out["database"] = cursor.fetchone()[0]
            for table in ("stories_story", "stories_storytopic", "search_searchdocument"):
                cursor.execute("SELECT pg_table_size(%s), pg_indexes_size(%s)", [table, table])
                out[f"{table}_table"], out[f"{table}_indexes"] = cursor.fetchone()
            # search_document_vector_days since search migration 0002 (words and day buckets).
            cursor.execute(
                "SELECT coalesce(pg_relation_size(to_regclass('search_document_vector_days')),"
                " pg_relation_size(to_regclass('search_document_vector')))"
            )
            out["search_gin_index"] = cursor.fetchone()[0]
        else:
            cursor.execute("PRAGMA page_count")
            pages = cursor.fetchone()[0]
            cursor.execute("PRAGMA page_size")
            out["database"] = pages * cursor.fetchone()[0]
            try:
                cursor.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_fts%%'")
                out["search_fts"] = cursor.fetchone()[0] or 0
            except Exception:  # noqa: S110 - dbstat is optional in SQLite builds
                pass
    return out
