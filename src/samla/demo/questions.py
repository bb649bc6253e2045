"""Seed the demo's questions (questions_{en,da,sv,nb}.py) through the questions services: asked by
colleagues who fit them (language, part of the company), answered by people who said they can
help with the topics, with comments, votes, "I have this question too", accepted answers, and a
few still waiting for an answer.

Everything goes through the same services as the pages, so routing, the search index, the
learning record and notifications happen as they would for real questions. Anonymous questions
are asked exactly as a person would ask them: the seeder passes the asker to `question_ask`,
keeps the private token it gets back in memory for the replies and the acceptance through the
private link, and forgets both when the question is done. Nothing it writes ties the asker to
the question.

The services stamp "today"; the seeder then moves each question, its answers, comments, record
rows and notifications back to when they happened (anonymous questions and the asker's replies
keep their day only, as the services store them).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils import timezone

from samla.demo import questions_da, questions_en, questions_nb, questions_sv
from samla.demo.data import DEMO_ACCOUNTS, LEARNING_LEADS
from samla.demo.history import Member
from samla.notifications.models import EmailMessage, Notification
from samla.people.models import OrgUnit, Person, PersonSkill, Skill
from samla.questions import services
from samla.questions.models import Answer, Comment, Question, QuestionFollow, QuestionTopic
from samla.questions.search_index import question_index
from samla.record.models import Activity

SOURCES = (("en", questions_en), ("da", questions_da), ("sv", questions_sv), ("nb", questions_nb))
SCANDINAVIAN = ("da", "sv", "nb")
# Where the asker of a question works, by the "area" of its definition ("any": anywhere).
AREAS: dict[str, tuple[str, ...]] = {
    "software": ("NL-PLATFORM", "NL-WEB", "NL-INTEGRATIONS", "NL-QA"),
    "platform": ("NL-PLATFORM",),  # the demo accounts' team: they see a question to it
    "data": ("NL-DATA-ENG", "NL-ANALYTICS", "NL-ML"),
    "design": ("NL-SERVICE-DESIGN", "NL-PRODUCT"),
    "infrastructure": ("NL-ENERGY", "NL-WATER", "NL-BUILDINGS"),
    "projects": ("NL-PMO", "NL-ENERGY", "NL-WATER", "NL-BUILDINGS"),
    "safety": ("NL-HSE", "NL-ENERGY", "NL-WATER", "NL-BUILDINGS"),
    "service": ("NL-SERVICE-DESK",),
    "customer": ("NL-SERVICE-DESK", "NL-CLIENTS"),
    "sales": ("NL-BIDS", "NL-CLIENTS", "NL-MARKETING"),
    "people": ("NL-PEOPLE",),
    "finance": ("NL-FINANCE",),
    "legal": ("NL-LEGAL",),
}
MIN_UNIT_AUDIENCE = 4  # a question to a unit goes to the parent unit while the unit is smaller
MAX_VOTES = 25

# The keys of one question definition:
#   key        stable id ("da-q07")
#   title      the question (TITLE_MIN..TITLE_MAX characters)
#   body       Markdown
#   topics     1–3 skill slugs from samla.demo.skills
#   area       where the asker works (a key of AREAS, or "any")
#   audience   "organisation" (default) or "unit": the asker's team
#   anonymous  asked anonymously (default False)
#   account    "employee" / "manager" / "admin": a demo account asked it (named only)
#   asker      "leader": a team lead asked it
#   office     "nordic": the asker works in a Nordic office (not London)
#   days_ago   when it was asked
#   same       how many colleagues said "I have this question too"
#   duplicate_of  the key of an earlier question this one repeats (a learning lead marks it)
#   comments   comments on the question: [{"by": …, "body": …}]
#   answers    [{"by": …, "body": …, "accepted": bool, "votes": int, "comments": [...],
#                "report": {"reason": a ReportReason, "details": …}}]
# "by" is "expert" (someone who can help with the topics), "lead" (a learning lead), "manager"
# (the demo manager), "any" (a colleague) or, for comments, "asker" (the asker; for an
# anonymous question a reply through the private link). An answer or comment may name a
# "speaker" language ("Danish colleague here" is written by someone who works in Danish).


@dataclass
class QuestionsReport:
    questions: int = 0
    anonymous: int = 0
    answers: int = 0
    accepted: int = 0
    unanswered: int = 0
    duplicates: int = 0
    comments: int = 0
    follows: int = 0
    votes: int = 0
    reports: int = 0


@dataclass
class _Thread:
    """One question while it is being seeded. `asker` and `token` live only here, in memory,
    and are gone when the question is done."""

    question: Question
    asker: Person
    token: str | None
    language: str
    topics: list[str]
    marks: _Marks
    moment: datetime
    answered_by: set[int] = field(default_factory=set)


def all_question_defs() -> list[tuple[str, dict[str, Any]]]:
    return [(lang, d) for lang, module in SOURCES for d in module.QUESTIONS]


def _category(d: dict[str, Any]) -> str:
    if not d.get("answers"):
        return "unanswered"
    return "anonymous" if d.get("anonymous") else "named"


def question_defs_sample(limit: int | None) -> list[tuple[str, dict[str, Any]]]:
    """All question definitions, or `limit` of them taken in turn from each language and kind
    (named, anonymous, unanswered), so a small demo (tests) still has all of them."""
    defs = all_question_defs()
    if limit is None or limit >= len(defs):
        return defs
    groups: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}
    for lang, d in defs:
        groups.setdefault((_category(d), lang), []).append((lang, d))
    queues = [groups[k] for k in sorted(groups)]
    out: list[tuple[str, dict[str, Any]]] = []
    while len(out) < limit:
        for queue in queues:
            if queue and len(out) < limit:
                out.append(queue.pop(0))
    return out


class _Marks:
    """What a service call adds to other tables, so that it can be moved back to when it
    happened: record rows of the question stamped "now" (newer than `fresh`), and the newest
    notifications and routing requests since the last stamp."""

    def __init__(self, fresh: datetime) -> None:
        self.fresh = fresh
        self.models: list[type[models.Model]] = [Notification]
        for name in ("QuestionRouting", "RoutingRequest"):
            model = _model(name)
            if model is not None:
                self.models.append(model)
        self.since = self._top()

    def _top(self) -> dict[type[models.Model], int]:
        return {
            m: m._default_manager.aggregate(top=models.Max("pk"))["top"] or 0 for m in self.models
        }

    def stamp(self, question: Question, moment: datetime) -> None:
        """Move what was added since the last stamp to `moment`."""
        Activity.objects.filter(
            object_type=services.OBJECT_TYPE,
            object_id=question.public_id,
            timestamp__gt=self.fresh,
        ).update(timestamp=moment)
        for model, since in self.since.items():
            rows = model._default_manager.filter(pk__gt=since)
            if model is Notification:
                rows.update(created_at=moment)
                continue
            fields = {f.name for f in model._meta.get_fields()}
            changes: dict[str, Any] = {}
            if "created_at" in fields:
                changes["created_at"] = moment
            for name in ("created_on", "routed_on"):
                if name in fields:
                    changes[name] = moment.date()
            if changes:
                rows.update(**changes)
        self.since = self._top()


def _model(name: str) -> type[models.Model] | None:
    try:
        return apps.get_model("questions", name)
    except LookupError:
        return None


class QuestionSeeder:
    def __init__(
        self,
        *,
        rng: random.Random,
        members: Sequence[Member],
        now: datetime,
        limit: int | None = None,
    ) -> None:
        self.rng = rng
        self.now = now
        self.defs = question_defs_sample(limit)
        self.members = [m for m in members if m.person.is_active]
        self.skills = {s.slug: s for s in Skill.objects.all()}
        self.units = OrgUnit.objects.in_bulk()
        self.report = QuestionsReport()
        lead_names = {d.full_name for d in LEARNING_LEADS}
        self.learning_leads = [m for m in self.members if m.person.full_name in lead_names]
        self.accounts = {
            name: m
            for m in self.members
            for name, d in zip(("admin", "manager", "employee"), DEMO_ACCOUNTS, strict=True)
            if m.person.email == d.email
        }
        self.helpers: dict[str, dict[int, int]] = {}  # slug -> person id -> level
        for person_id, slug, level in PersonSkill.objects.filter(
            can_help=True, person__is_active=True
        ).values_list("person_id", "skill__slug", "level"):
            self.helpers.setdefault(slug, {})[person_id] = level or 3
        self.answered: dict[int, int] = {}  # person id -> answers so far: spread the load
        self.seeded: dict[str, Question] = {}  # definition key -> question (duplicates)
        # How many anonymous questions each person has asked today (not which), in memory
        # only, so that the services' per-day limit holds.
        self.anonymous_asks: dict[int, int] = {}
        # Rows the services stamp "now" are newer than this; backdated ones are older.
        self.fresh = min(now, timezone.now()) - timedelta(minutes=2)

    # --- Choosing people ----------------------------------------------------------------------

    def _in(self, m: Member, unit: OrgUnit | None) -> bool:
        if unit is None:
            return True
        own = self.units.get(m.person.unit_id or 0)
        return own is not None and own.path.startswith(unit.path)

    def _by_language(self, people: Sequence[Member], language: str) -> list[list[Member]]:
        """Who to prefer, in order: same language, then (Nordic questions) another Nordic
        language, then anyone. English questions may be answered by anyone."""
        if language == "en":
            return [list(people)]
        return [
            [m for m in people if m.language == language],
            [m for m in people if m.language in SCANDINAVIAN],
            list(people),
        ]

    def _first(self, lists: Iterable[list[Member]]) -> list[Member]:
        """The first list that is not empty."""
        return next((candidates for candidates in lists if candidates), [])

    def _asker(self, d: dict[str, Any], language: str) -> Member | None:
        """Someone from the question's part of the company, in its language, who does not
        help others with its topics (and is more likely to want to learn them)."""
        account = self.accounts.get(d.get("account", ""))
        if account is not None and not d.get("anonymous"):
            return account
        topics = d.get("topics", ())
        leader = d.get("asker") == "leader"
        skip = {a.email for a in DEMO_ACCOUNTS} | {m.person.email for m in self.learning_leads}
        people = [
            m
            for m in self.members
            if m.person.email not in skip
            and m.is_lead == leader
            and (not leader or m.unit.kind == "team")
            and not any(m.person.pk in self.helpers.get(t, {}) for t in topics)
        ]
        if d.get("anonymous"):
            people = [
                m for m in people if self.anonymous_asks.get(m.person.pk, 0) < services.ANON_PER_DAY
            ]
        if d.get("office") == "nordic":  # "everyone switches to Danish": not in London
            people = [m for m in people if m.office.language != "en"]
        codes = AREAS.get(d.get("area", "any"))
        in_area = [m for m in people if codes is None or m.unit.code in codes]
        if d.get("audience") == "unit":
            in_area = [m for m in in_area if self._team_size(m) >= 2] or in_area
        if language == "en":  # an international colleague, or anyone writing to everyone
            order = [
                [m for m in in_area if m.language == "en"],
                in_area,
                [m for m in people if m.language == "en"],
                people,
            ]
        else:
            order = [[m for m in in_area if m.language == language]]
            order += [[m for m in people if m.language == language], in_area, people]
        candidates = self._first(order)
        if not candidates:
            return None
        if d.get("anonymous"):
            # Different people ask the anonymous questions, as in life.
            fewest = min(self.anonymous_asks.get(m.person.pk, 0) for m in candidates)
            candidates = [
                m for m in candidates if self.anonymous_asks.get(m.person.pk, 0) == fewest
            ]

        def weight(m: Member) -> float:
            if any(m.wants(t) for t in topics):
                return 4.0
            if any((m.skills.get(t) or (None,))[0] in {1, 2} for t in topics):
                return 2.0
            return 1.0

        return self.rng.choices(candidates, weights=[weight(m) for m in candidates])[0]

    def _team_size(self, m: Member) -> int:
        return sum(1 for o in self.members if o.person.unit_id == m.person.unit_id)

    def _audience(self, d: dict[str, Any], asker: Member) -> OrgUnit | None:
        if d.get("audience") != "unit" or asker.person.unit_id is None:
            return None
        unit = self.units.get(asker.person.unit_id)
        while unit is not None and (
            sum(1 for m in self.members if self._in(m, unit)) < MIN_UNIT_AUDIENCE
            or (d.get("anonymous") and not services.anonymous_allowed(unit))
        ):
            unit = self.units.get(unit.parent_id) if unit.parent_id else None
        return unit

    def _spread(self, candidates: list[Member], *, level: dict[int, int] | None = None) -> Member:
        """Prefer people who have answered least so far (and, among experts, level 4), with
        some chance, so the same few are not always the ones who answer."""

        def weight(m: Member) -> float:
            w = 1.0 / (1 + self.answered.get(m.person.pk, 0)) ** 2
            if level is not None and level.get(m.person.pk, 0) >= 4:
                w *= 1.5
            return w

        return self.rng.choices(candidates, weights=[weight(m) for m in candidates])[0]

    def _responder(
        self,
        by: str,
        *,
        question: Question,
        topics: Sequence[str],
        language: str,
        exclude: set[int],
        speaker: str = "",
    ) -> Member | None:
        audience = question.audience_unit
        people = [m for m in self.members if m.person.pk not in exclude and self._in(m, audience)]
        if not people:
            return None
        if speaker:  # "Danish colleague here": someone who works in that language
            people = [m for m in people if m.language == speaker] or people
            language = speaker
        if by == "manager":
            manager = self.accounts.get("manager")
            if manager is not None and manager in people:
                return manager
            by = "expert"
        if by == "lead":
            leads = [m for m in self.learning_leads if m in people]
            same = [m for m in leads if language in {"en", m.language}]
            if same or leads:
                return self.rng.choice(same or leads)
            by = "expert"
        if by == "expert":
            levels: dict[int, int] = {}
            for slug in topics:
                for pk, lvl in self.helpers.get(slug, {}).items():
                    levels[pk] = max(levels.get(pk, 0), lvl)
            experts = [m for m in people if m.person.pk in levels]
            holders = [m for m in people if any(slug in m.skills for slug in topics)]
            # In the question's language first: an expert, else someone who knows the topic.
            tiers = zip(
                self._by_language(experts, language),
                self._by_language(holders, language),
                strict=True,
            )
            candidates = self._first(group for pair in tiers for group in pair)
            if candidates:
                return self._spread(candidates, level=levels)
        return self._spread(self._first(self._by_language(people, language)))

    # --- Questions ----------------------------------------------------------------------------

    def run(self) -> QuestionsReport:
        first_email = EmailMessage.objects.aggregate(top=models.Max("pk"))["top"] or 0
        first_notification = Notification.objects.aggregate(top=models.Max("pk"))["top"] or 0
        for language, d in sorted(self.defs, key=lambda item: -item[1]["days_ago"]):
            self._question(language, d)
        # The demo's past should not wait in anyone's outbox, and what happened more than a few
        # days ago has been seen.
        EmailMessage.objects.filter(pk__gt=first_email).delete()
        Notification.objects.filter(
            pk__gt=first_notification, created_at__lt=self.now - timedelta(days=3)
        ).update(read_at=F("created_at") + timedelta(hours=6))
        return self.report

    def _moment(self, days_ago: int) -> datetime:
        day = (self.now - timedelta(days=days_ago)).date()
        at = datetime.combine(day, time(8), tzinfo=self.now.tzinfo)
        at += timedelta(minutes=self.rng.randint(0, 9 * 60))
        return min(at, self.now - timedelta(minutes=30))

    def _later(self, moment: datetime, low: int, high: int) -> datetime:
        return min(
            self.now - timedelta(minutes=5), moment + timedelta(hours=self.rng.randint(low, high))
        )

    def _ask(
        self, language: str, d: dict[str, Any], topics: list[Skill]
    ) -> tuple[Member, Question, str | None] | None:
        """Ask the question as someone who fits it. Someone who has reached the day's limit of
        anonymous questions (a demo seeded again the same day, with a shared cache) is passed
        over for someone else, as the limit tells a real person to wait."""
        for _attempt in range(10):
            asker = self._asker(d, language)
            if asker is None:
                return None
            try:
                question, token = services.question_ask(
                    asker=asker.person,
                    title=d["title"],
                    body=d["body"],
                    topics=topics,
                    audience_unit=self._audience(d, asker),
                    anonymous=bool(d.get("anonymous")),
                    language=language,
                )
            except ValidationError as error:
                if error.code != "rate_limited":
                    raise
                self.anonymous_asks[asker.person.pk] = services.ANON_PER_DAY
                continue
            if d.get("anonymous"):
                pk = asker.person.pk
                self.anonymous_asks[pk] = self.anonymous_asks.get(pk, 0) + 1
                self.report.anonymous += 1
            return asker, question, token
        return None

    def _question(self, language: str, d: dict[str, Any]) -> None:
        anonymous = bool(d.get("anonymous"))
        topics = [self.skills[s] for s in d.get("topics", ()) if s in self.skills]
        marks = _Marks(self.fresh)
        asked_as = self._ask(language, d, topics)
        if asked_as is None:
            return
        asker, question, token = asked_as
        asked = self._moment(d["days_ago"])
        marks.stamp(question, asked)
        # The asker is known here, in memory, only so that nobody "else" turns out to be them.
        thread = _Thread(
            question=question,
            asker=asker.person,
            token=token,
            language=language,
            topics=[t.slug for t in topics],
            marks=marks,
            moment=asked,
        )
        for c in d.get("comments") or ():
            commenter = self._pick(thread, c, "any", exclude=set())
            if commenter is not None:
                thread.moment = self._later(thread.moment, 1, 6)
                self._comment(thread, commenter, c["body"], None, thread.moment)
        accepted: tuple[Answer, datetime] | None = None
        for a in d.get("answers") or ():
            answer, after = self._answer(thread, a)
            if answer is not None and a.get("accepted") and accepted is None:
                accepted = (answer, self._later(after, 0, 4))
        if accepted is not None:
            answer, when = accepted
            if token is not None:
                services.answer_accept_anonymous(token=token, answer=answer)
            else:
                services.answer_accept(actor=asker.person, answer=answer)
            Question.objects.filter(pk=question.pk).update(accepted_on=when.date())
            marks.stamp(question, when)
            self.report.accepted += 1
        self._follows(thread, d.get("same", 0), asked)
        self._duplicate(thread, d)
        self._backdate(question, asked, anonymous=anonymous)
        self.seeded[d["key"]] = question
        if d.get("duplicate_of"):
            self.report.duplicates += 1
        elif not d.get("answers"):
            self.report.unanswered += 1
        self.report.questions += 1
        # `asker` and `token` go out of scope here: the seeder keeps neither.

    def _duplicate(self, thread: _Thread, d: dict[str, Any]) -> None:
        """A learning lead marks a question that was asked before as a duplicate of it."""
        original = self.seeded.get(d.get("duplicate_of", ""))
        if original is None:
            return
        question = thread.question
        leads = [
            m
            for m in self.learning_leads
            if m.person.pk != thread.asker.pk and self._in(m, question.audience_unit)
        ]
        if not leads:
            return
        commented = set(Comment.objects.filter(question=question).values_list("author", flat=True))
        said_so = [m for m in leads if m.person.pk in commented]  # "I've marked it as a dupl…"
        same = [m for m in leads if thread.language in {"en", m.language}]
        lead = said_so[0] if said_so else self.rng.choice(same or leads)
        services.question_mark_duplicate(actor=lead.person, question=question, original=original)
        thread.marks.stamp(question, self._later(thread.moment, 1, 8))

    def _pick(
        self, thread: _Thread, item: dict[str, Any], default: str, *, exclude: set[int]
    ) -> Person | None:
        member = self._responder(
            item.get("by", default),
            question=thread.question,
            topics=thread.topics,
            language=thread.language,
            exclude={thread.asker.pk, *exclude},
            speaker=item.get("speaker", ""),
        )
        return member.person if member is not None else None

    def _answer(self, thread: _Thread, a: dict[str, Any]) -> tuple[Answer | None, datetime]:
        """One answer with its comments, votes and (rarely) a report; returns it and the
        moment its conversation ended."""
        author = self._pick(thread, a, "expert", exclude=thread.answered_by)
        if author is None:
            return None, thread.moment
        question = thread.question
        thread.moment = self._later(thread.moment, 1, 30)
        answer = services.answer_post(author=author, question=question, body=a["body"])
        Answer.objects.filter(pk=answer.pk).update(
            created_on=thread.moment.date(), created_at=thread.moment
        )
        thread.marks.stamp(question, thread.moment)
        thread.answered_by.add(author.pk)
        self.answered[author.pk] = self.answered.get(author.pk, 0) + 1
        self.report.answers += 1
        after = thread.moment
        for c in a.get("comments") or ():
            after = self._later(after, 1, 20)
            if c.get("by") == "asker":
                self._asker_says(thread, c["body"], answer, after)
                continue
            commenter = self._pick(thread, c, "any", exclude={author.pk})
            if commenter is not None:
                self._comment(thread, commenter, c["body"], answer, after)
        voters = self._others(thread, {author.pk}, a.get("votes", 0))
        for person in voters:
            services.vote_set(person=person, value=1, answer=answer)
            self.report.votes += 1
        report = a.get("report")
        if report and voters:
            services.report_create(
                reporter=voters[-1],
                question=question,
                answer=answer,
                reason=report["reason"],
                details=report.get("details", ""),
            )
            self.report.reports += 1
        return answer, after

    def _comment(
        self,
        thread: _Thread,
        author: Person,
        body: str,
        answer: Answer | None,
        moment: datetime,
    ) -> None:
        comment = services.comment_post(
            author=author, question=thread.question, body=body, answer=answer
        )
        Comment.objects.filter(pk=comment.pk).update(created_on=moment.date(), created_at=moment)
        thread.marks.stamp(thread.question, moment)
        self.report.comments += 1

    def _asker_says(self, thread: _Thread, body: str, answer: Answer, moment: datetime) -> None:
        """The asker replies: a named asker comments on the answer; an anonymous asker replies
        on the question through the private link (stored with the day only)."""
        if thread.token is None:
            self._comment(thread, thread.asker, body, answer, moment)
            return
        reply = services.answer_post_anonymous(token=thread.token, body=body)
        Answer.objects.filter(pk=reply.pk).update(created_on=moment.date())
        thread.marks.stamp(thread.question, moment)
        self.report.comments += 1

    def _others(self, thread: _Thread, exclude: set[int], n: int) -> list[Person]:
        """n colleagues (never the asker) who can read the question, preferably in its
        language, and the demo accounts first when they want to learn its topics."""
        skip = {thread.asker.pk, *exclude}
        people = [
            m
            for m in self.members
            if m.person.pk not in skip and self._in(m, thread.question.audience_unit)
        ]
        self.rng.shuffle(people)
        people.sort(
            key=lambda m: (
                not (m in self.accounts.values() and any(m.wants(t) for t in thread.topics)),
                thread.language not in {"en", m.language},
            )
        )
        return [m.person for m in people[: min(n, MAX_VOTES)]]

    def _follows(self, thread: _Thread, count: int, asked: datetime) -> None:
        """ "I have this question too", and a vote on the question from most of them."""
        question = thread.question
        followers = self._others(thread, thread.answered_by, count)
        for person in followers:
            services.question_follow_set(person=person, question=question, on=True)
            when = self._later(asked, 1, 24 * 5)
            QuestionFollow.objects.filter(person=person, question=question).update(
                created_on=when.date()
            )
            self.report.follows += 1
        for person in followers[: max(0, count - 1)]:
            services.vote_set(person=person, value=1, question=question)
            self.report.votes += 1
        thread.marks.stamp(question, self._later(asked, 1, 24))

    def _backdate(self, question: Question, asked: datetime, *, anonymous: bool) -> None:
        changes: dict[str, Any] = {"asked_on": asked.date()}
        if not anonymous:
            changes["published_at"] = asked
        Question.objects.filter(pk=question.pk).update(**changes)
        QuestionTopic.objects.filter(question=question).update(asked_on=asked.date())
        question.refresh_from_db()
        question_index(question)


def seed_questions(
    *, rng: random.Random, members: Sequence[Member], now: datetime, limit: int | None = None
) -> QuestionsReport:
    """Ask, answer and accept the demo's questions (all of them, or `limit` keeping every
    language and kind). Call inside the demo's transaction, after the people exist."""
    return QuestionSeeder(rng=rng, members=members, now=now, limit=limit).run()
