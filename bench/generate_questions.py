"""Questions and answers for the bench organisation (issue #4): 200,000 questions and 600,000
answers by default, added to an already generated bench database (bench/generate.py), with
their topics and the routing history (who was asked) that routing's load counting reads.

Shape:

- questions: 200,000, evenly over 3 years, ids in asking order; askers Zipf-like among active
  people; the asker's working language 80 % (else en/da/sv/nb); 75 % for the whole organisation,
  the rest for the asker's team, department or division; 12 % anonymous (no author, no exact
  time, a token hash); 1 % hidden, 0.3 % removed; 2 % duplicates.
- topics: ~1.7 a question, 1–3 skills weighted by how many people hold each skill.
- answers: 600,000, 0–12 a question, 3 on average; unanswered: 12 % of the questions older than
  a month, 45 % of the last month's; 70 % of answers by people who can help with a topic; 2 % of
  an anonymous question's answers by its asker through the private link (no author).
- accepted: 45 % of answered questions (one of its answers).
- routing: up to 3 helpers of its topics a question (QuestionRouting + RoutingRequest rows), so
  the load that routing counts is realistic.

Titles and bodies are sentence templates in four languages around the topic's name in that
language (the body's HTML is what the app's Markdown renderer gives for plain paragraphs; checked
on a sample). Comments, votes, follows and the search index are not generated: the question page
reads them by question (index lookups that return nothing here), so their absence does not flatter
the pages' figures much; see the report for what is measured.

Idempotent: `ensure_questions()` writes only if the bench database lacks this generator version
(kept in its own table, `bench_questions_meta`, so bench/worker.py's meta is untouched).
"""

from __future__ import annotations

import hashlib
import html
import random
import time
from bisect import bisect
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from typing import Any

QUESTIONS_GENERATOR_VERSION = 1
N_QUESTIONS = 200_000
N_ANSWERS = 600_000
YEARS = 3
ANONYMOUS_SHARE = 0.12

TITLES = {
    "en": [
        "How do we get started with {t}?",
        "What is the best way to handle {t} in a small team?",
        "Has anyone solved {t} for a customer project?",
        "Where can I learn more about {t}?",
        "Why does {t} keep failing for us?",
        "Who can review our approach to {t}?",
    ],
    "da": [
        "Hvordan kommer vi i gang med {t}?",
        "Hvad er den bedste måde at håndtere {t} i et lille team?",
        "Har nogen løst {t} i et kundeprojekt?",
        "Hvor kan jeg lære mere om {t}?",
        "Hvorfor fejler {t} igen og igen hos os?",
        "Hvem kan se på vores tilgang til {t}?",
    ],
    "sv": [
        "Hur kommer vi igång med {t}?",
        "Vad är bästa sättet att hantera {t} i ett litet team?",
        "Har någon löst {t} i ett kundprojekt?",
        "Var kan jag lära mig mer om {t}?",
        "Varför misslyckas {t} hela tiden för oss?",
        "Vem kan granska vårt sätt att arbeta med {t}?",
    ],
    "nb": [
        "Hvordan kommer vi i gang med {t}?",
        "Hva er den beste måten å håndtere {t} i et lite team?",
        "Har noen løst {t} i et kundeprosjekt?",
        "Hvor kan jeg lære mer om {t}?",
        "Hvorfor feiler {t} hele tiden for oss?",
        "Hvem kan se på måten vi jobber med {t}?",
    ],
}
SENTENCES = {
    "en": [
        "We tried the usual checklist, but it did not help.",
        "The team is new to this and the deadline is close.",
        "Our customer asked for it last week.",
        "I read the wiki page, and it seems out of date.",
        "Any pointers to colleagues or documents are welcome.",
        "It worked in the test environment but not in production.",
    ],
    "da": [
        "Vi prøvede den sædvanlige tjekliste, men det hjalp ikke.",
        "Teamet er nyt i det, og fristen er tæt på.",
        "Vores kunde spurgte efter det i sidste uge.",
        "Jeg har læst wikisiden, og den virker forældet.",
        "Alle henvisninger til kolleger eller dokumenter er velkomne.",
        "Det virkede i testmiljøet, men ikke i produktion.",
    ],
    "sv": [
        "Vi provade den vanliga checklistan, men det hjälpte inte.",
        "Teamet är nytt på det här och tidsfristen är nära.",
        "Vår kund frågade efter det förra veckan.",
        "Jag har läst wikisidan och den verkar inaktuell.",
        "Alla tips om kollegor eller dokument är välkomna.",
        "Det fungerade i testmiljön men inte i produktion.",
    ],
    "nb": [
        "Vi prøvde den vanlige sjekklisten, men det hjalp ikke.",
        "Teamet er nytt på dette, og fristen er nær.",
        "Kunden vår spurte etter det forrige uke.",
        "Jeg har lest wikisiden, og den virker utdatert.",
        "Alle tips om kolleger eller dokumenter er velkomne.",
        "Det fungerte i testmiljøet, men ikke i produksjon.",
    ],
}
ANSWERS = {
    "en": [
        "Start with the checklist in the handbook, then ask the platform team.",
        "We had the same problem; splitting the work into smaller steps fixed it.",
        "Look at last year's project: the notes explain what worked.",
    ],
    "da": [
        "Start med tjeklisten i håndbogen, og spørg så platformteamet.",
        "Vi havde samme problem; mindre trin løste det.",
        "Se på sidste års projekt: noterne forklarer, hvad der virkede.",
    ],
    "sv": [
        "Börja med checklistan i handboken och fråga sedan plattformsteamet.",
        "Vi hade samma problem; mindre steg löste det.",
        "Titta på förra årets projekt: anteckningarna förklarar vad som fungerade.",
    ],
    "nb": [
        "Begynn med sjekklisten i håndboken, og spør så plattformteamet.",
        "Vi hadde samme problem; mindre steg løste det.",
        "Se på fjorårets prosjekt: notatene forklarer hva som fungerte.",
    ],
}
LANGS = ["en", "da", "sv", "nb"]


def _html(text: str) -> str:
    """What core.markdown.render_markdown gives for plain paragraphs separated by blank lines."""
    return "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in text.split("\n\n"))


META_TABLE_SQL = (
    "CREATE TABLE IF NOT EXISTS bench_questions_meta (key varchar(64) PRIMARY KEY, value text)"
)


def _read_meta(connection: Any) -> dict[str, str]:
    with connection.cursor() as cursor:
        cursor.execute(META_TABLE_SQL)
        cursor.execute("SELECT key, value FROM bench_questions_meta")
        return dict(cursor.fetchall())


def _schema_fingerprint() -> str:
    """Changes whenever the questions app's migration does (it is regenerated while unreleased)."""
    from pathlib import Path

    import samla.questions.migrations as migrations

    folder = Path(migrations.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(folder.glob("0*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def wanted(n_questions: int, n_answers: int) -> dict[str, str]:
    return {
        "version": str(QUESTIONS_GENERATOR_VERSION),
        "questions": str(n_questions),
        "answers": str(n_answers),
        "schema": _schema_fingerprint(),
    }


def _reset_questions_schema(connection: Any, log: Any) -> None:
    """Drop the questions tables and migrate them again: a --keep bench database may hold an
    older shape of the app's (regenerated) first migration."""
    from django.core.management import call_command

    with connection.cursor() as cursor:
        tables = [
            t for t in connection.introspection.table_names(cursor) if t.startswith("questions_")
        ]
        if connection.vendor == "sqlite":
            # SQLite empties a table before dropping it, checking the questions tables' foreign
            # keys to each other row by row; the order of the drops cannot satisfy them all.
            cursor.execute("PRAGMA foreign_keys = OFF")
        for table in tables:
            if connection.vendor == "postgresql":
                cursor.execute(f'DROP TABLE IF EXISTS "{table}" CASCADE')
            else:
                cursor.execute(f'DROP TABLE IF EXISTS "{table}"')
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("DELETE FROM django_migrations WHERE app = 'questions'")
    call_command("migrate", "questions", verbosity=0, interactive=False)
    log(f"  questions: schema (re)created ({len(tables)} old tables dropped)")


def ensure_questions(
    *, n_questions: int = N_QUESTIONS, n_answers: int = N_ANSWERS, seed: int = 42, log: Any = print
) -> dict[str, Any]:
    """Generate the questions unless this database already has them (same version and size)."""
    from django.db import connection

    want = wanted(n_questions, n_answers)
    if _read_meta(connection) == want:
        return {}
    t = time.perf_counter()
    _reset_questions_schema(connection, log)
    result = write_questions(n_questions, n_answers, seed=seed, log=log)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM bench_questions_meta")
        for k, v in want.items():
            cursor.execute("INSERT INTO bench_questions_meta (key, value) VALUES (%s, %s)", [k, v])
    result["timings"]["total"] = time.perf_counter() - t
    log(f"  questions: generated in {result['timings']['total']:.1f} s: {result['counts']}")
    return result


class _Org:
    """What the generator reads back from the bench database."""

    def __init__(self) -> None:
        from django.db.models import Count

        from samla.people.models import OrgUnit, Person, PersonSkill, Skill

        self.units = {
            pk: (parent, kind)
            for pk, parent, kind in OrgUnit.objects.values_list("pk", "parent_id", "kind")
        }
        self.people = list(
            Person.objects.filter(is_active=True).values_list("pk", "unit_id", "language")
        )
        names = Skill.objects.values_list("pk", "name_en", "name_da", "name_sv", "name_nb")
        self.skill_names = {pk: dict(zip(LANGS, rest, strict=True)) for pk, *rest in names}
        holders = dict(
            PersonSkill.objects.order_by()
            .values("skill_id")
            .annotate(n=Count("id"))
            .values_list("skill_id", "n")
        )
        self.skills = sorted(holders)
        self.skill_cum = list(accumulate(holders[s] for s in self.skills))
        self.helpers: dict[int, list[int]] = defaultdict(list)
        for person_id, skill_id in PersonSkill.objects.filter(
            can_help=True, person__is_active=True
        ).values_list("person_id", "skill_id"):
            self.helpers[skill_id].append(person_id)

    def topic(self, rng: random.Random) -> int:
        return self.skills[bisect(self.skill_cum, rng.random() * self.skill_cum[-1])]

    def audience_of(self, unit_id: int | None, rng: random.Random) -> int | None:
        """The asker's team, department or division (walking up), or None."""
        if unit_id is None or rng.random() < 0.75:
            return None
        steps = rng.choice([0, 0, 1, 2])
        unit = unit_id
        for _ in range(steps):
            parent = self.units.get(unit, (None, ""))[0]
            if parent is None or self.units.get(parent, (None, ""))[0] is None:
                break  # never the root: that is "the whole organisation"
            unit = parent
        return unit


def write_questions(n: int, n_answers: int, *, seed: int = 42, log: Any = print) -> dict[str, Any]:
    from django.db import connection, transaction

    from bench.generate import Loader
    from samla.core.markdown import render_markdown
    from samla.questions.models import Answer, Question, QuestionTopic
    from samla.questions.models_routing import QuestionRouting, RoutingRequest

    t0 = time.perf_counter()
    rng = random.Random(seed + 404)
    org = _Org()
    today = date.today()
    start = today - timedelta(days=365 * YEARS)
    span = (today - start).days
    # Askers: Zipf-like (a few ask a lot).
    askers = org.people[:]
    rng.shuffle(askers)
    asker_cum = list(accumulate(1 / (i + 1) ** 0.8 for i in range(len(askers))))
    active_ids = [p[0] for p in org.people]

    questions: list[tuple[Any, ...]] = []
    topics: list[tuple[int, int, int, date]] = []
    routing: list[tuple[int, int, int, int, date, bool]] = []
    routed: list[tuple[int, date, date | None]] = []
    answers: list[tuple[Any, ...]] = []
    accepted: dict[int, int] = {}
    answer_id = 0
    # Answer counts: mean n_answers / n over all questions, fewer for the last month's.
    mean_answered = n_answers / n / 0.8 * 0.93  # rounding up to 1 adds ~7 %
    html_checked = 0
    # Random primary keys, as the app writes them (sequential ids would tell the writing order).
    id_rng = random.Random(seed + 405)
    used: set[int] = set()

    def new_id() -> int:
        while True:
            value = id_rng.randrange(1, 2**53)
            if value not in used:
                used.add(value)
                return value

    qids = [new_id() for _ in range(n + 1)]  # qids[i]: the i-th question's primary key
    aids: dict[int, int] = {}
    for qid in range(1, n + 1):
        asked_on = start + timedelta(days=int(span * (qid - 1) / n))
        asker_id, unit_id, lang = askers[bisect(asker_cum, rng.random() * asker_cum[-1])]
        if lang not in LANGS or rng.random() < 0.2:
            lang = rng.choice(LANGS)
        skill_ids = list(dict.fromkeys(org.topic(rng) for _ in range(rng.choice([1, 1, 2, 2, 3]))))
        topic_name = org.skill_names[skill_ids[0]][lang] or org.skill_names[skill_ids[0]]["en"]
        title = rng.choice(TITLES[lang]).format(t=topic_name)[:160]
        body = " ".join(rng.sample(SENTENCES[lang], 2)) + "\n\n" + rng.choice(SENTENCES[lang])
        body_html = _html(body)
        if html_checked < 20:
            if render_markdown(body) != body_html:
                raise RuntimeError(f"bench generator: markdown shortcut differs for {body!r}")
            html_checked += 1
        anonymous = rng.random() < ANONYMOUS_SHARE
        audience = org.audience_of(unit_id, rng)
        roll = rng.random()
        state = "hidden" if roll < 0.01 else "removed" if roll < 0.013 else "published"
        recent = (today - asked_on).days <= 30
        unanswered = rng.random() < (0.45 if recent else 0.12)
        count = 0 if unanswered else min(12, max(1, round(rng.expovariate(1 / mean_answered))))
        duplicate_of = qids[rng.randrange(1, qid)] if qid > 100 and rng.random() < 0.02 else None
        published_at = (
            None
            if anonymous
            else datetime(asked_on.year, asked_on.month, asked_on.day, 8, tzinfo=UTC)
            + timedelta(seconds=rng.randrange(10 * 3600))
        )
        token_hash = hashlib.sha256(f"bench-{seed}-{qid}".encode()).hexdigest() if anonymous else ""
        first_answer = answer_id + 1
        topic_helpers = [org.helpers[s] for s in skill_ids if org.helpers.get(s)]
        for _ in range(count):
            answer_id += 1
            aids[answer_id] = new_id()
            by_asker = anonymous and rng.random() < 0.02
            if by_asker:
                author = None
            elif topic_helpers and rng.random() < 0.7:
                author = rng.choice(rng.choice(topic_helpers))
            else:
                author = rng.choice(active_ids)
            created_on = asked_on + timedelta(
                days=min(rng.randrange(0, 5), (today - asked_on).days)
            )
            created_at = (
                None
                if author is None
                else datetime(created_on.year, created_on.month, created_on.day, 9, tzinfo=UTC)
                + timedelta(seconds=rng.randrange(9 * 3600))
            )
            text = rng.choice(ANSWERS[lang])
            answers.append(
                (
                    aids[answer_id],
                    qids[qid],
                    author,
                    by_asker,
                    text,
                    _html(text),
                    "visible",
                    rng.randint(-1, 6),
                    created_on,
                    created_at,
                )
            )
        accepted_answer = None
        if count and rng.random() < 0.45:
            accepted_answer = aids[rng.randrange(first_answer, answer_id + 1)]
            accepted[qid] = accepted_answer
        questions.append(
            (
                qids[qid],
                f"b{qid:011d}"[-12:],
                title,
                body,
                body_html,
                lang,
                audience,
                None if anonymous else asker_id,
                anonymous,
                asked_on,
                published_at,
                state,
                duplicate_of,
                count,
                rng.randint(-1, 15),
                rng.choice([0, 0, 0, 1, 2, 4]),
                token_hash,
                accepted_answer,
                asked_on + timedelta(days=1) if accepted_answer else None,
            )
        )
        for s in skill_ids:
            topics.append((new_id(), qids[qid], s, asked_on))
        chosen: set[int] = set()
        for _ in range(12 if topic_helpers else 0):  # up to 3 distinct helpers, never the asker
            h = rng.choice(rng.choice(topic_helpers))
            if h != asker_id:
                chosen.add(h)
            if len(chosen) == 3:
                break
        for h in sorted(chosen):
            routing.append((new_id(), qids[qid], h, 1, asked_on, True))
        widened = asked_on + timedelta(days=2) if (today - asked_on).days >= 2 else None
        routed.append((qids[qid], asked_on, widened))
    build = time.perf_counter() - t0
    log(
        f"  questions: built {len(questions):,} questions, {len(answers):,} answers "
        f"in {build:.1f} s"
    )

    loader = Loader(connection)
    counts: dict[str, int] = {}
    timings: dict[str, float] = {"questions_build": build}

    def timed(name: str, fn: Any) -> None:
        t = time.perf_counter()
        counts[name] = fn()
        timings[name] = time.perf_counter() - t
        log(f"  {name}: {counts[name]:,} in {timings[name]:.1f} s")

    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL session_replication_role = replica")  # FKs checked by design
        else:
            cursor.execute("PRAGMA defer_foreign_keys = ON")
        timed(
            "questions",
            lambda: loader.insert(
                Question,
                [
                    "id",
                    "public_id",
                    "title",
                    "body",
                    "body_html",
                    "language",
                    "audience_unit_id",
                    "author_id",
                    "is_anonymous",
                    "asked_on",
                    "published_at",
                    "state",
                    "duplicate_of_id",
                    "answer_count",
                    "score",
                    "follower_count",
                    "anon_token_hash",
                    "accepted_answer_id",
                    "accepted_on",
                ],
                questions,
            ),
        )
        timed(
            "question_topics",
            lambda: loader.insert(
                QuestionTopic, ["id", "question_id", "skill_id", "asked_on"], topics
            ),
        )
        timed(
            "answers",
            lambda: loader.insert(
                Answer,
                [
                    "id",
                    "question_id",
                    "author_id",
                    "by_asker",
                    "body",
                    "body_html",
                    "state",
                    "score",
                    "created_on",
                    "created_at",
                ],
                answers,
            ),
        )
        timed(
            "question_routing",
            lambda: loader.insert(
                QuestionRouting, ["question_id", "routed_on", "widened_on"], routed
            ),
        )
        timed(
            "routing_requests",
            lambda: loader.insert(
                RoutingRequest,
                ["id", "question_id", "helper_id", "round", "created_on", "notified"],
                routing,
            ),
        )
    t = time.perf_counter()
    with connection.cursor() as cursor:
        for model in (Question, QuestionTopic, Answer, QuestionRouting, RoutingRequest):
            cursor.execute(f'ANALYZE "{model._meta.db_table}"')
    timings["analyze"] = time.perf_counter() - t
    counts["anonymous"] = sum(1 for q in questions if q[8])
    counts["unanswered"] = sum(1 for q in questions if q[13] == 0)
    return {"counts": counts, "timings": timings}
