"""The synthetic organisation: units, offices, skills, people, their skills and their activity.

`build_org` is plain Python (deterministic for a seed); `generate` writes it into the database
Django is configured for, in bulk: COPY on PostgreSQL, big `executemany` transactions with
`PRAGMA synchronous=OFF` on SQLite. Columns the generator does not set get the model field's
default, so a new field with a default does not break the generator.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import random
import time
import unicodedata
import uuid
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bench import vocab

GENERATOR_VERSION = 5  # 5: stories, their topics, follows, reactions and the search index
SKILLS = 5_000
UNITS_AT_100K = 2_000
ACTIVITIES_PER_PERSON = 5  # 500,000 rows at 100,000 people
ACTIVITY_DAYS = 120
DOMAIN = "nordlys.example"

# A person's level in one of their skills: None (not set), 1 … 4.
LEVELS: list[int | None] = [None, 1, 2, 3, 4]
LEVEL_WEIGHTS = [10, 20, 35, 25, 10]
CAN_HELP_BY_LEVEL = {None: 0.0, 1: 0.0, 2: 0.05, 3: 0.45, 4: 0.75}
WANTS_BY_LEVEL = {None: 0.6, 1: 0.5, 2: 0.15, 3: 0.03, 4: 0.0}

# verb: (weight, object type, visibility)
VERBS: dict[str, tuple[float, str, str]] = {
    "shared": (18, "story", "organisation"),
    "answered": (9, "answer", "organisation"),
    "asked": (7, "question", "organisation"),
    "commented": (18, "comment", "organisation"),
    "reacted": (16, "story", "organisation"),
    "attended": (10, "meeting", "organisation"),
    "presented": (3, "meeting", "organisation"),
    "facilitated": (1.5, "circle", "organisation"),
    "mentored": (1.5, "pairing", "organisation"),
    "was_mentored": (1.5, "pairing", "private"),
    "hosted": (1, "meeting", "organisation"),
    "reflected": (4, "reflection", "private"),
    "completed": (4, "programme", "organisation"),
    "added_skill": (3, "skill", "organisation"),
    "recognised": (2.5, "recognition", "organisation"),
}


@dataclass
class Unit:
    id: int
    name: str
    code: str
    kind: str
    parent_id: int | None
    path: str
    depth: int
    division: int  # index into vocab.DIVISIONS (root: 0)


@dataclass
class Office:
    id: int
    name: str
    city: str
    country: str
    time_zone: str


@dataclass
class SkillRow:
    id: int
    slug: str
    name_en: str
    name_da: str
    name_sv: str
    name_nb: str
    synonyms: str
    category: str
    search_text: str = ""


@dataclass
class PersonRow:
    id: int
    email: str
    full_name: str
    title: str
    employee_id: str
    unit_id: int
    manager_id: int | None
    office_id: int
    language: str
    role: str
    is_active: bool
    date_joined: datetime
    deactivated_at: datetime | None
    show_activity: bool


@dataclass
class Org:
    n_people: int
    seed: int
    now: datetime
    units: list[Unit] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    skills: list[SkillRow] = field(default_factory=list)
    people: list[PersonRow] = field(default_factory=list)

    def unit(self, unit_id: int) -> Unit:
        return self.units[unit_id - 1]


def _segment(unit_id: int) -> str:
    # As people.services._segment: the id zero-padded to PATH_STEP characters.
    from samla.people.models import PATH_STEP

    return str(unit_id).zfill(PATH_STEP)


def _ascii(text: str) -> str:
    text = text.lower().replace("ø", "o").replace("æ", "ae").replace("å", "a").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in text if c.isalnum() or c in ".-")


def _split(total: int, parts: int, rng: random.Random, low: int) -> list[int]:
    """`total` split into `parts` positive integers, each ≥ low, sizes varying."""
    weights = [rng.lognormvariate(0, 0.35) for _ in range(parts)]
    spare = total - low * parts
    sizes = [low + int(spare * w / sum(weights)) for w in weights]
    for i in range(total - sum(sizes)):
        sizes[i % parts] += 1
    return sizes


def _build_units(org: Org, rng: random.Random) -> tuple[list[Unit], list[Unit], list[Unit]]:
    n_units = min(UNITS_AT_100K, max(20, org.n_people // 50))
    n_div = max(2, min(len(vocab.DIVISIONS), n_units // 20))
    n_dep = max(n_div, round(n_units * 0.05))
    n_team = n_units - 1 - n_div - n_dep
    root = Unit(1, "Nordlys Group", "NORDLYS", "organisation", None, _segment(1), 0, 0)
    org.units.append(root)
    divisions: list[Unit] = []
    for d in range(n_div):
        uid = len(org.units) + 1
        unit = Unit(
            uid,
            vocab.DIVISIONS[d][0],
            f"D{d + 1:02d}",
            "division",
            root.id,
            root.path + _segment(uid),
            1,
            d,
        )
        org.units.append(unit)
        divisions.append(unit)
    departments: list[Unit] = []
    for div, count in zip(divisions, _split(n_dep, n_div, rng, 1), strict=True):
        words = rng.sample(vocab.DEPARTMENT_WORDS, k=min(count, len(vocab.DEPARTMENT_WORDS)))
        for k in range(count):
            uid = len(org.units) + 1
            word = words[k] if k < len(words) else f"Unit {k + 1}"
            unit = Unit(
                uid,
                f"{div.name} – {word}",
                f"{div.code}-{k + 1:02d}",
                "department",
                div.id,
                div.path + _segment(uid),
                2,
                div.division,
            )
            org.units.append(unit)
            departments.append(unit)
    teams: list[Unit] = []
    for dep, count in zip(departments, _split(n_team, n_dep, rng, 1), strict=True):
        for k in range(count):
            uid = len(org.units) + 1
            word = vocab.TEAM_WORDS[k % len(vocab.TEAM_WORDS)]
            suffix = f" {k // len(vocab.TEAM_WORDS) + 1}" if k >= len(vocab.TEAM_WORDS) else ""
            name = f"{dep.name.split(' – ')[-1]} {word}{suffix}"
            unit = Unit(
                uid,
                name,
                f"{dep.code}-{k + 1:03d}",
                "team",
                dep.id,
                dep.path + _segment(uid),
                3,
                dep.division,
            )
            org.units.append(unit)
            teams.append(unit)
    return divisions, departments, teams


def _build_skills(org: Org) -> None:
    from django.utils.text import slugify

    from samla.people.models import Skill
    from samla.people.services import _skill_search_text

    for en, da, sv, nb, category, synonyms in vocab.TOPICS:
        org.skills.append(
            SkillRow(
                0, slugify(en.replace("#", "sharp")) or "skill", en, da, sv, nb, synonyms, category
            )
        )
    for (en, da, sv, nb, category, synonyms), (a_en, a_da, a_sv, a_nb) in itertools.product(
        vocab.TOPICS, vocab.ASPECTS
    ):
        syn = ", ".join(f"{s.strip()} {a_en}" for s in synonyms.split(",")[:2] if s.strip())
        org.skills.append(
            SkillRow(
                0,
                slugify(f"{en.replace('#', 'sharp')} {a_en}"),
                f"{en} – {a_en}",
                f"{da} – {a_da}",
                f"{sv} – {a_sv}",
                f"{nb} – {a_nb}",
                syn,
                category,
            )
        )
    del org.skills[SKILLS:]
    seen: set[str] = set()
    for i, s in enumerate(org.skills, start=1):
        s.id = i
        while s.slug in seen:
            s.slug += "-x"
        seen.add(s.slug)
        # Exactly what people.services.skill_save stores.
        s.search_text = _skill_search_text(
            Skill(
                slug=s.slug,
                name_en=s.name_en,
                name_da=s.name_da,
                name_sv=s.name_sv,
                name_nb=s.name_nb,
                synonyms=s.synonyms,
                category=s.category,
            )
        )


def build_org(n_people: int, *, seed: int = 42) -> Org:
    """Units, offices, skills and people (in memory; nothing is written)."""
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(microsecond=0)
    org = Org(n_people=n_people, seed=seed, now=now)
    divisions, departments, teams = _build_units(org, rng)
    for i, (name, city, country, tz, _size) in enumerate(vocab.OFFICES, start=1):
        org.offices.append(Office(i, name, city, country, tz))
    office_weights = [o[4] for o in vocab.OFFICES]
    _build_skills(org)

    # Every team sits mainly in one office; 85 % of its members are there.
    team_office = {t.id: rng.choices(org.offices, weights=office_weights)[0] for t in teams}
    for unit in [*divisions, *departments]:
        team_office[unit.id] = rng.choices(org.offices, weights=office_weights)[0]
    team_office[1] = org.offices[0]

    heads = 1 + len(divisions) + len(departments) + len(teams)
    members = max(0, n_people - heads)
    team_sizes = [rng.lognormvariate(0, 0.5) for _ in teams]
    total = sum(team_sizes)
    per_team = [int(members * w / total) for w in team_sizes]
    for i in range(members - sum(per_team)):
        per_team[i % len(teams)] += 1

    leader: dict[int, int] = {}

    def add(
        unit: Unit, manager_id: int | None, title: str, role: str = "employee", lead: bool = True
    ) -> PersonRow:
        pid = len(org.people) + 1
        office = (
            team_office[unit.id]
            if rng.random() < 0.85
            else rng.choices(org.offices, weights=office_weights)[0]
        )
        origin = office.country if rng.random() < 0.88 else "XX"
        first = rng.choice(vocab.FIRST_NAMES[origin])
        last = rng.choice(vocab.LAST_NAMES[origin])
        roll = rng.random()
        language = (
            vocab.NATIVE_LANGUAGE[office.country]
            if roll < 0.72 and origin != "XX"
            else "en"
            if roll < 0.95
            else rng.choice(["da", "sv", "nb"])
        )
        joined = now - timedelta(days=rng.uniform(1, 3650))
        active = lead or role != "employee" or rng.random() > 0.025  # 2.5 % have left
        person = PersonRow(
            id=pid,
            email=f"{_ascii(first)}.{_ascii(last)}.{pid}@{DOMAIN}",
            full_name=f"{first} {last}",
            title=title,
            employee_id=f"E{pid:07d}",
            unit_id=unit.id,
            manager_id=manager_id,
            office_id=office.id,
            language=language,
            role=role,
            is_active=active,
            date_joined=joined,
            deactivated_at=None if active else now - timedelta(days=rng.uniform(1, 365)),
            show_activity=rng.random() > 0.08,
        )
        org.people.append(person)
        return person

    root = org.units[0]
    leader[root.id] = add(root, None, "Chief Executive Officer", "org_admin").id
    for div in divisions:
        leader[div.id] = add(div, leader[root.id], f"Head of {div.name}").id
    for dep in departments:
        leader[dep.id] = add(dep, leader[dep.parent_id or 1], "Head of Department").id
    for team in teams:
        leader[team.id] = add(team, leader[team.parent_id or 1], "Team Lead").id
    for team, count in zip(teams, per_team, strict=True):
        titles = vocab.TITLES[vocab.DIVISIONS[team.division][0]]
        for _ in range(count):
            roll = rng.random()
            role = "learning_lead" if roll < 0.004 else "org_admin" if roll < 0.0045 else "employee"
            add(team, leader[team.id], rng.choice(titles), role, lead=False)
    return org


# --- Rows for the big tables ----------------------------------------------------------------------


def _skill_weights(org: Org, rng: random.Random) -> list[list[float]]:
    """Cumulative skill-choice weights for each division: a Zipf-like popularity over topics (each
    division prefers its own categories), base topics more common than their aspects."""
    topic_rank = list(range(len(vocab.TOPICS)))
    rng.shuffle(topic_rank)
    aspect_rank = list(range(len(vocab.ASPECTS)))
    rng.shuffle(aspect_rank)
    n_topics = len(vocab.TOPICS)
    cumulative: list[list[float]] = []
    for _name, focus in vocab.DIVISIONS:
        weights = []
        for i, s in enumerate(org.skills):
            topic = i if i < n_topics else (i - n_topics) // len(vocab.ASPECTS)
            aspect = -1 if i < n_topics else (i - n_topics) % len(vocab.ASPECTS)
            w = 1.0 / (topic_rank[topic] + 1) ** 0.9
            w *= 6.0 if s.category in focus else 1.0
            w *= 8.0 if aspect < 0 else 1.0 / (aspect_rank[aspect] + 1) ** 0.8
            weights.append(w)
        cumulative.append(list(itertools.accumulate(weights)))
    return cumulative


def person_skill_rows(org: Org, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    """(person_id, skill_id, level, can_help, wants_to_learn, updated_at): 3–10 a person."""
    cumulative = _skill_weights(org, rng)
    n = len(org.skills)
    for p in org.people:
        cum = cumulative[org.unit(p.unit_id).division]
        total = cum[-1]
        want = rng.choices(range(3, 11), weights=[10, 16, 18, 16, 13, 11, 9, 7])[0]
        chosen: set[int] = set()
        while len(chosen) < want:
            chosen.add(min(bisect_right(cum, rng.random() * total), n - 1))
        for idx in chosen:
            level = rng.choices(LEVELS, weights=LEVEL_WEIGHTS)[0]
            yield (
                p.id,
                org.skills[idx].id,
                level,
                rng.random() < CAN_HELP_BY_LEVEL[level],
                rng.random() < WANTS_BY_LEVEL[level],
                org.now - timedelta(days=rng.uniform(0, 730)),
            )


def activity_rows(org: Org, rng: random.Random, count: int) -> Iterator[tuple[Any, ...]]:
    """(id, actor_id, unit_id, verb, object_type, object_id, object_title, topics, visibility,
    timestamp, stored) over the last ACTIVITY_DAYS days; a few people do most of it."""
    actors = org.people
    weights = list(
        itertools.accumulate(
            rng.lognormvariate(0, 1.3) * (1.0 if p.is_active else 0.3) for p in actors
        )
    )
    verbs = list(VERBS)
    verb_cum = list(itertools.accumulate(VERBS[v][0] for v in verbs))
    total_w, total_v = weights[-1], verb_cum[-1]
    n = len(actors)
    span = ACTIVITY_DAYS * 86400.0
    slugs = [s.slug for s in org.skills[:600]]
    for i in range(count):
        actor = actors[min(bisect_right(weights, rng.random() * total_w), n - 1)]
        verb = verbs[bisect_right(verb_cum, rng.random() * total_v)]
        _w, object_type, visibility = VERBS[verb]
        when = org.now - timedelta(seconds=rng.random() * span)
        topics = json.dumps(rng.sample(slugs, k=rng.choice((0, 1, 1, 2, 3))))
        yield (
            uuid.UUID(int=rng.getrandbits(128), version=4),
            actor.id,
            actor.unit_id,
            verb,
            object_type,
            str(1 + i // 3),
            f"{object_type.title()} {1 + i // 3}",
            topics,
            visibility,
            when,
            when,
        )


# --- Writing -------------------------------------------------------------------------------------


class Loader:
    """Bulk-inserts rows for one model; fills every column the caller leaves out with the field's
    default, prepared once for this connection."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.pg = connection.vendor == "postgresql"

    def _converters(self, fields: Sequence[Any]) -> list[Any]:
        from django.db import models

        out: list[Any] = []
        for f in fields:
            if self.pg:
                out.append(str if isinstance(f, models.UUIDField) else None)
            elif isinstance(f, models.DateTimeField):
                out.append(_sqlite_datetime)
            elif isinstance(f, models.DateField):
                out.append(lambda v: v.isoformat())
            elif isinstance(f, models.UUIDField):
                out.append(lambda v: v.hex)
            else:
                out.append(None)
        return out

    def insert(self, model: Any, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        from django.db import models
        from django.db.models.fields import AutoFieldMixin
        from django.utils import timezone

        meta = model._meta
        by_attname = {f.attname: f for f in meta.concrete_fields}
        given = [by_attname[c] for c in columns]
        rest = [
            f
            for f in meta.concrete_fields
            if f.attname not in columns and not isinstance(f, AutoFieldMixin)
        ]
        defaults: list[Any] = []
        for f in rest:
            if isinstance(f, models.DateTimeField) and (f.auto_now or f.auto_now_add):
                value = timezone.now()
            else:
                value = f.get_default()
            if value is None and not f.null:
                raise RuntimeError(f"bench generator: {meta.label}.{f.attname} needs a value")
            defaults.append(f.get_db_prep_save(value, self.connection))
        if self.pg:
            defaults = [_pg_copy_value(v) for v in defaults]
        tail = tuple(defaults)
        conv = [(i, c) for i, c in enumerate(self._converters(given)) if c is not None]
        names = [f.column for f in given] + [f.column for f in rest]
        qn = self.connection.ops.quote_name
        table = qn(meta.db_table)
        col_sql = ", ".join(qn(n) for n in names)

        def prepared() -> Iterator[tuple[Any, ...]]:
            for row in rows:
                if conv:
                    row = list(row)
                    for i, c in conv:
                        if row[i] is not None:
                            row[i] = c(row[i])
                yield (*row, *tail)

        count = 0
        with self.connection.cursor() as cursor:
            if self.pg:
                with cursor.copy(f"COPY {table} ({col_sql}) FROM STDIN") as copy:
                    for row in prepared():
                        copy.write_row(row)
                        count += 1
            else:
                marks = ", ".join("?" for _ in names)
                sql = f"INSERT INTO {table} ({col_sql}) VALUES ({marks})"
                raw = cursor.cursor  # the sqlite3 cursor: `?` placeholders, no Django formatting
                it = prepared()
                while chunk := list(itertools.islice(it, 50_000)):
                    raw.executemany(sql, chunk)
                    count += len(chunk)
        return count


def _sqlite_datetime(value: datetime) -> str:
    # As django.db.backends.sqlite3.operations.adapt_datetimefield_value with USE_TZ: naive UTC.
    return str(value.astimezone(UTC).replace(tzinfo=None))


def _pg_copy_value(value: Any) -> Any:
    obj = getattr(value, "obj", None)  # psycopg Jsonb wrapper from JSONField.get_db_prep_save
    if obj is not None and type(value).__name__ in {"Jsonb", "Json"}:
        return json.dumps(obj)
    return value


def _people_columns() -> list[str]:
    return [
        "id",
        "password",
        "email",
        "full_name",
        "title",
        "employee_id",
        "unit_id",
        "manager_id",
        "office_id",
        "language",
        "role",
        "is_active",
        "is_staff",
        "date_joined",
        "deactivated_at",
        "show_activity",
    ]


def _person_tuple(p: PersonRow) -> tuple[Any, ...]:
    return (
        p.id,
        "!bench",
        p.email,
        p.full_name,
        p.title,
        p.employee_id,
        p.unit_id,
        p.manager_id,
        p.office_id,
        p.language,
        p.role,
        p.is_active,
        p.role == "org_admin",
        p.date_joined,
        p.deactivated_at,
        p.show_activity,
    )


def write_structure(loader: Loader, org: Org) -> None:
    """Units, offices and skills."""
    from samla.people.models import Office as OfficeModel
    from samla.people.models import OrgUnit, Skill

    loader.insert(
        OrgUnit,
        ["id", "name", "code", "kind", "parent_id", "path", "depth"],
        ((u.id, u.name, u.code, u.kind, u.parent_id, u.path, u.depth) for u in org.units),
    )
    loader.insert(
        OfficeModel,
        ["id", "name", "city", "country", "time_zone"],
        ((o.id, o.name, o.city, o.country, o.time_zone) for o in org.offices),
    )
    loader.insert(
        Skill,
        [
            "id",
            "slug",
            "name_en",
            "name_da",
            "name_sv",
            "name_nb",
            "synonyms",
            "category",
            "search_text",
        ],
        (
            (
                s.id,
                s.slug,
                s.name_en,
                s.name_da,
                s.name_sv,
                s.name_nb,
                s.synonyms,
                s.category,
                s.search_text,
            )
            for s in org.skills
        ),
    )


def _reset_sequences(connection: Any, models: list[Any]) -> None:
    from django.core.management.color import no_style

    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)


def _begin_bulk(connection: Any) -> None:
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous=OFF")
            cursor.execute("PRAGMA cache_size=-400000")


def _end_bulk(connection: Any, models: list[Any]) -> None:
    _reset_sequences(connection, models)
    if connection.vendor == "postgresql":
        # What autovacuum would have done by the time an organisation of this size is in use.
        with connection.cursor() as cursor:  # Django connections autocommit outside atomic()
            cursor.execute("VACUUM ANALYZE")
    else:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()  # the next connection starts with the settings' PRAGMAs again


def generate(
    n_people: int,
    *,
    seed: int = 42,
    activities: int | None = None,
    stories: int = 0,
    log: Any = print,
) -> dict[str, Any]:
    """Fill the (migrated, empty) database with the whole organisation and `stories` stories
    (bench/generate_stories.py). Returns counts/timings."""
    from django.db import connection, transaction

    from samla.people.models import Office as OfficeModel
    from samla.people.models import OrgUnit, Person, PersonSkill, Skill
    from samla.record.models import Activity

    t0 = time.perf_counter()
    org = build_org(n_people, seed=seed)
    rng = random.Random(seed + 1)
    loader = Loader(connection)
    counts: dict[str, int] = {}
    timings: dict[str, float] = {"build": time.perf_counter() - t0}
    n_activities = ACTIVITIES_PER_PERSON * n_people if activities is None else activities
    _begin_bulk(connection)
    with transaction.atomic():
        t = time.perf_counter()
        write_structure(loader, org)
        counts.update(units=len(org.units), offices=len(org.offices), skills=len(org.skills))
        counts["people"] = loader.insert(Person, _people_columns(), map(_person_tuple, org.people))
        timings["people"] = time.perf_counter() - t
        log(f"  people: {counts['people']:,} in {timings['people']:.1f} s")
        t = time.perf_counter()
        counts["person_skills"] = loader.insert(
            PersonSkill,
            ["person_id", "skill_id", "level", "can_help", "wants_to_learn", "updated_at"],
            person_skill_rows(org, rng),
        )
        timings["person_skills"] = time.perf_counter() - t
        log(f"  skills of people: {counts['person_skills']:,} in {timings['person_skills']:.1f} s")
        t = time.perf_counter()
        counts["activities"] = loader.insert(
            Activity,
            [
                "id",
                "actor_id",
                "unit_id",
                "verb",
                "object_type",
                "object_id",
                "object_title",
                "topics",
                "visibility",
                "timestamp",
                "stored",
            ],
            activity_rows(org, rng, n_activities),
        )
        timings["activities"] = time.perf_counter() - t
        log(f"  activities: {counts['activities']:,} in {timings['activities']:.1f} s")
        t = time.perf_counter()
    # The commit runs the deferred foreign-key checks.
    timings["commit"] = time.perf_counter() - t
    if stories:
        from bench.generate_stories import write_stories

        t = time.perf_counter()
        log(f"  stories: writing {stories:,} …")
        written = write_stories(org, stories, seed=seed, log=log)
        counts.update(written["counts"])
        timings.update(written["timings"])
        timings["stories_total"] = time.perf_counter() - t
    t = time.perf_counter()
    _end_bulk(connection, [OrgUnit, OfficeModel, Skill, Person, PersonSkill])
    timings["analyze"] = time.perf_counter() - t
    timings["total"] = time.perf_counter() - t0
    result: dict[str, Any] = {"counts": counts, "timings": timings, "description": describe(org)}
    if stories:
        from bench.generate_stories import sizes

        result["sizes"] = sizes()
    return result


def generate_structure_only(n_people: int, *, seed: int = 42) -> Org:
    """Units, offices and skills (no people): the organisation a CSV import goes into."""
    from django.db import connection, transaction

    from samla.people.models import Office as OfficeModel
    from samla.people.models import OrgUnit, Skill

    org = build_org(n_people, seed=seed)
    _begin_bulk(connection)
    with transaction.atomic():
        write_structure(Loader(connection), org)
    _end_bulk(connection, [OrgUnit, OfficeModel, Skill])
    return org


IMPORT_COLUMNS = [
    "email",
    "full_name",
    "title",
    "employee_id",
    "unit_code",
    "manager_email",
    "office",
    "language",
    "role",
]


def import_csv(org: Org) -> bytes:
    """Everyone in the organisation as an HR export (one row a person), UTF-8 with a header."""
    units = {u.id: u.code for u in org.units}
    offices = {o.id: o.name for o in org.offices}
    emails = {p.id: p.email for p in org.people}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(IMPORT_COLUMNS)
    for p in org.people:
        writer.writerow(
            [
                p.email,
                p.full_name,
                p.title,
                p.employee_id,
                units[p.unit_id],
                emails.get(p.manager_id, "") if p.manager_id else "",
                offices[p.office_id],
                p.language,
                p.role,
            ]
        )
    return out.getvalue().encode("utf-8")


def describe(org: Org) -> str:
    kinds: dict[str, int] = {}
    for u in org.units:
        kinds[u.kind] = kinds.get(u.kind, 0) + 1
    depth = max(u.depth for u in org.units)
    return (
        f"{len(org.people):,} people, {len(org.units):,} units ({kinds}, depth {depth}), "
        f"{len(org.skills):,} skills, {len(org.offices)} offices"
    )
