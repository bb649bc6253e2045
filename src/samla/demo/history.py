"""About four months of learning-record history for the demo organisation.

The objects here (mentoring, courses, private reflections) belong to apps that do not exist yet,
so the rows carry no URL; their ids are prefixed "demo-" so they never collide with real objects.
Stories, questions and meetings are real (demo/stories.py, questions.py, circles.py): their rows
come from those apps' services.
Rows are built here and bulk-inserted by the seeder, in the same shape record_append writes.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from samla.demo import data
from samla.demo.content import COURSES, REFLECTIONS
from samla.demo.data import OfficeDef, UnitDef
from samla.demo.skills import SKILLS_BY_SLUG
from samla.people.models import Person
from samla.record.enums import Source, Verb, Visibility
from samla.record.models import Activity

DAYS = 120
SkillState = tuple[int | None, bool, bool]  # level, can_help, wants_to_learn


@dataclass(eq=False)  # compared by identity
class Member:
    """One person of the demo, with what the history generator needs to know about them."""

    person: Person
    language: str
    office: OfficeDef
    unit: UnitDef
    division: str
    track: str
    senior: bool
    is_lead: bool
    skills: dict[str, SkillState] = field(default_factory=dict)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.office.time_zone)

    def helps_with(self, slug: str) -> bool:
        state = self.skills.get(slug)
        return state is not None and state[1]

    def wants(self, slug: str) -> bool:
        state = self.skills.get(slug)
        return state is not None and state[2]


class History:
    def __init__(self, *, rng: random.Random, members: list[Member], now: datetime) -> None:
        self.rng = rng
        self.members = members
        self.now = now
        self.rows: list[Activity] = []
        self.ids: dict[str, int] = {}
        self.used: set[tuple[int, str]] = set()  # (id of a Titled, language) already written
        by_email = {m.person.email: m for m in members}
        self.manager = by_email.get(data.MANAGER.email or "")
        self.employee = by_email.get(data.EMPLOYEE.email or "")
        self.admin = by_email.get(data.ADMIN.email or "")

    # --- Building blocks ----------------------------------------------------------------------

    def _id(self, kind: str) -> str:
        self.ids[kind] = self.ids.get(kind, 0) + 1
        return f"demo-{self.ids[kind]}"

    def add(
        self,
        m: Member,
        verb: Verb,
        object_type: str,
        object_id: str,
        title: str,
        topics: Iterable[str],
        when: datetime,
        *,
        visibility: Visibility = Visibility.ORGANISATION,
        context_type: str = "",
        context_id: str = "",
    ) -> None:
        self.rows.append(
            Activity(
                actor=m.person,
                unit_id=m.person.unit_id,  # the actor's unit at the time: people do not move here
                verb=verb,
                object_type=object_type,
                object_id=object_id,
                object_title=title[:300],
                object_url="",
                topics=sorted(set(topics)),
                context_type=context_type,
                context_id=context_id,
                visibility=visibility,
                timestamp=when,
                source=Source.SAMLA,
            )
        )

    def at(self, m: Member, days_ago: int, hour: int | None = None) -> datetime:
        """A working moment `days_ago` days back, in the person's office time."""
        tz = m.tz
        day: date = self.now.astimezone(tz).date() - timedelta(days=days_ago)
        if day.weekday() >= 5:  # a weekend: some day of the week before instead
            day -= timedelta(days=day.weekday() - 4 + self.rng.randint(0, 4))
        minute = 0 if hour is not None else self.rng.randrange(0, 60, 5)
        hour = hour if hour is not None else self.rng.randint(8, 16)
        when = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
        return min(when, self.now - timedelta(minutes=self.rng.randint(5, 90)))

    # --- Kinds of activity --------------------------------------------------------------------

    def mentoring(self, mentor: Member, mentee: Member, slug: str, days_ago: int) -> None:
        object_id = self._id("mentoring")
        skill = SKILLS_BY_SLUG[slug]
        day = days_ago
        for _ in range(self.rng.randint(2, 6)):
            if day < 1:
                break
            when = self.at(mentor, day, hour=self.rng.randint(9, 15))  # office hours for both
            self.add(
                mentor,
                Verb.MENTORED,
                "mentoring",
                object_id,
                skill.name_in(mentor.language),
                [slug],
                when,
            )
            self.add(
                mentee,
                Verb.WAS_MENTORED,
                "mentoring",
                object_id,
                skill.name_in(mentee.language),
                [slug],
                when,
            )
            day -= self.rng.randint(10, 18)

    def reflection(self, m: Member, days_ago: int) -> None:
        title = self.rng.choice(REFLECTIONS[m.language])
        topics = [self.rng.choice(list(m.skills))] if m.skills else []
        self.add(
            m,
            Verb.REFLECTED,
            "reflection",
            self._id("reflection"),
            title,
            topics,
            self.at(m, days_ago),
            visibility=Visibility.PRIVATE,
        )

    def course(self, m: Member, index: int, days_ago: int) -> None:
        item = COURSES[index]
        self.add(
            m,
            Verb.COMPLETED,
            "course",
            f"demo-{index + 1}",
            item.title_in(m.language),
            item.topics,
            self.at(m, days_ago),
        )

    def skills_added(self, m: Member, share: float) -> None:
        for slug in m.skills:
            if self.rng.random() < share:
                days_ago = (
                    self.rng.randint(70, DAYS)
                    if self.rng.random() < 0.7
                    else self.rng.randint(1, 70)
                )
                self.add(
                    m,
                    Verb.ADDED_SKILL,
                    "skill",
                    slug,
                    SKILLS_BY_SLUG[slug].name_in(m.language),
                    [slug],
                    self.at(m, days_ago),
                )

    # --- The whole history --------------------------------------------------------------------

    def build(self) -> list[Activity]:
        self._demo_accounts()
        n = len(self.members)
        for m in self.members:
            self.skills_added(m, 1.0 if m in (self.employee, self.manager, self.admin) else 0.3)
        for _ in range(max(3, n // 20)):
            mentee = self.rng.choice(self.members)
            wanted = [s for s in mentee.skills if mentee.wants(s)]
            if not wanted:
                continue
            slug = self.rng.choice(wanted)
            mentors = [m for m in self.members if m is not mentee and m.helps_with(slug)]
            if mentors:
                self.mentoring(self.rng.choice(mentors), mentee, slug, self.rng.randint(20, DAYS))
        for m in self.members:
            if self.rng.random() < 0.35:
                for _ in range(self.rng.randint(1, 3)):
                    self.reflection(m, self.rng.randint(1, DAYS))
            if self.rng.random() < 0.25:
                self.course(m, self.rng.randrange(len(COURSES)), self.rng.randint(1, DAYS))
        return self.rows

    def _demo_accounts(self) -> None:
        """The three demo accounts each have a history worth looking at."""
        manager, employee, admin = self.manager, self.employee, self.admin
        if manager is None or employee is None or admin is None:
            return
        kube = [m for m in self.members if m.unit is employee.unit and m.helps_with("kubernetes")]
        mentors = [m for m in kube if m is not manager and m is not employee] or [manager]
        self.mentoring(mentors[0], employee, "kubernetes", 60)
        self.reflection(employee, 15)
        self.reflection(employee, 40)
        self.course(employee, 0, 95)
        self.course(admin, 4, 80)
        self.reflection(admin, 20)
        self.course(manager, 4, 100)
        self.reflection(manager, 7)
