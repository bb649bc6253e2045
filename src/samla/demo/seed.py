"""Seed the demo organisation (data.py) through the people services, and its learning history
(history.py). Deterministic for a given RNG seed, apart from timestamps, which end today.

Everything is written in one transaction: a seed that fails leaves nothing behind, and SQLite
syncs once instead of thousands of times.
"""

from __future__ import annotations

import math
import random
import re
import time
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from samla.demo import data
from samla.demo.circles import seed_circles
from samla.demo.data import OfficeDef, PersonDef, UnitDef
from samla.demo.history import History, Member, SkillState
from samla.demo.questions import seed_questions
from samla.demo.skills import GENERAL_SKILLS, LEAD_SKILLS, SKILLS, TRACK_SKILLS
from samla.demo.stories import seed_stories
from samla.people.enums import Role
from samla.people.models import Office, OrgUnit, Person, Skill
from samla.people.services import (
    office_create,
    orgunit_create,
    person_create,
    person_reactivate,
    person_set_organisation,
    person_skill_set,
    skill_create,
)
from samla.record.models import Activity

DEFAULT_PEOPLE = 340
DEFAULT_SEED = 1


@dataclass
class SeedReport:
    created: bool  # False: the demo existed, only its accounts were checked
    new_accounts: list[Person]
    seconds: float = 0.0


def demo_exists() -> bool:
    return OrgUnit.objects.filter(code=data.ROOT_CODE).exists()


# --- Sizes ------------------------------------------------------------------------------------


def _min_members() -> dict[str, int]:
    fixed = {t.code: 0 for t in data.TEAMS}
    for d in data.FIXED_MEMBERS:
        fixed[d.unit] += 1
    return {code: max(1, n) for code, n in fixed.items()}


def minimum_people() -> int:
    return data.LEADER_COUNT + sum(_min_members().values())


def team_sizes(people: int) -> dict[str, int]:
    """Members per team (not counting its lead), so that the organisation has `people` people."""
    if people < minimum_people():
        raise ValueError(f"the demo organisation needs at least {minimum_people()} people")
    mins = _min_members()
    spare = people - data.LEADER_COUNT - sum(mins.values())
    total_weight = sum(t.weight for t in data.TEAMS)
    shares = {t.code: spare * t.weight / total_weight for t in data.TEAMS}
    sizes = {code: mins[code] + math.floor(share) for code, share in shares.items()}
    leftover = people - data.LEADER_COUNT - sum(sizes.values())
    by_remainder = sorted(
        shares, key=lambda c: (shares[c] - math.floor(shares[c]), c), reverse=True
    )
    for code in by_remainder[:leftover]:
        sizes[code] += 1
    return sizes


# --- Names and emails -------------------------------------------------------------------------

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue"})


def email_local_part(full_name: str) -> str:
    """Fold a name into an address: "Søren Østergaard" → "soeren.oestergaard"."""
    folded = full_name.lower().translate(_FOLD)
    ascii_only = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    words = [re.sub(r"[^a-z0-9-]", "", w) for w in ascii_only.split()]
    return ".".join(w for w in words if w)


class Names:
    def __init__(self, rng: random.Random, taken_emails: set[str]) -> None:
        self.rng = rng
        self.taken_emails = taken_emails
        self.taken_names: set[str] = set(data.RESERVED_NAMES)

    def email_for(self, full_name: str) -> str:
        local = email_local_part(full_name)
        email, n = f"{local}@{data.EMAIL_DOMAIN}", 1
        while email in self.taken_emails:
            n += 1
            email = f"{local}{n}@{data.EMAIL_DOMAIN}"
        self.taken_emails.add(email)
        return email

    def new(self, language: str) -> tuple[str, str]:
        firsts, lasts = data.FIRST_NAMES[language], data.LAST_NAMES[language]
        for _attempt in range(200):
            name = f"{self.rng.choice(firsts)} {self.rng.choice(lasts)}"
            if name not in self.taken_names:
                break
        self.taken_names.add(name)
        return name, self.email_for(name)


# --- Skills of a person -----------------------------------------------------------------------

_LEVEL_WEIGHTS = {False: (25, 40, 25, 10), True: (4, 22, 44, 30)}  # junior, senior


def _weighted_pick(rng: random.Random, pool: list[str], k: int) -> list[str]:
    """k distinct items, the earlier ones (the most typical) more likely."""
    keyed = sorted(pool, key=lambda s: rng.random() ** (1 / (1 + 3 / (1 + pool.index(s)))))
    return keyed[-k:] if k else []


def pick_skills(
    rng: random.Random, track: str, *, senior: bool, lead: bool
) -> dict[str, SkillState]:
    typical = list(TRACK_SKILLS.get(track, ()))
    count = rng.randint(3, 8)
    chosen: list[str] = []
    if lead:
        chosen += rng.sample(LEAD_SKILLS, rng.randint(1, 3))
    n_typical = min(len(typical), max(0, round((count - len(chosen)) * 0.7)))
    chosen += [s for s in _weighted_pick(rng, typical, n_typical) if s not in chosen]
    general = [s for s in GENERAL_SKILLS if s not in chosen]
    chosen += rng.sample(general, max(0, min(len(general), count - len(chosen))))

    skills: dict[str, SkillState] = {}
    for slug in chosen:
        level = rng.choices((1, 2, 3, 4), weights=_LEVEL_WEIGHTS[senior or lead])[0]
        can_help = level >= 3 and rng.random() < (0.9 if level == 4 else 0.7)
        skills[slug] = (level, can_help, False)
    # Something to learn: a skill held at a low level, or a new one from the same field.
    for _ in range(rng.choices((1, 2, 3), weights=(5, 3, 1))[0]):
        low = [s for s, (lvl, _h, w) in skills.items() if lvl is not None and lvl <= 2 and not w]
        if low and rng.random() < 0.4:
            slug = rng.choice(low)
            skills[slug] = (skills[slug][0], False, True)
            continue
        new = [s for s in dict.fromkeys(typical + list(GENERAL_SKILLS)) if s not in skills]
        if new:
            skills[rng.choice(new)] = (rng.choice((None, 1)), False, True)
    return skills


# --- The seed ---------------------------------------------------------------------------------


class Seeder:
    def __init__(self, *, people: int, seed: int, now: datetime | None = None) -> None:
        self.sizes = team_sizes(people)
        self.rng = random.Random(seed)  # noqa: S311 - demo data, not secrets
        self.now = now or timezone.now()
        self.password_hash = make_password(data.PASSWORD)  # hashed once, shared by everyone
        self.offices: dict[str, Office] = {}
        self.skills: dict[str, Skill] = {}
        self.units: dict[str, OrgUnit] = {}
        self.leads: dict[str, Member] = {}
        self.members: list[Member] = []
        self.new_accounts: list[Person] = []
        taken = set(Person.objects.values_list("email", flat=True))
        self.names = Names(self.rng, {e.lower() for e in taken})

    def run(self) -> list[Member]:
        self._offices()
        self._skills()
        self._units()
        self._people()
        # The password is hashed once and given to everyone (person_create would hash it 340
        # times, a few minutes of PBKDF2): the only direct write to Person in the demo.
        Person.objects.filter(pk__in=[m.person.pk for m in self.members]).update(
            password=self.password_hash
        )
        self._helpers_for_demo_accounts()
        for m in self.members:
            for slug, (level, can_help, wants) in m.skills.items():
                person_skill_set(
                    person=m.person,
                    skill=self.skills[slug],
                    level=level,
                    can_help=can_help,
                    wants_to_learn=wants,
                )
        return self.members

    def _offices(self) -> None:
        existing = Office.objects.in_bulk([o.name for o in data.OFFICES], field_name="name")
        for o in data.OFFICES:
            self.offices[o.key] = existing.get(o.name) or office_create(
                name=o.name, city=o.city, country=o.country, time_zone=o.time_zone
            )

    def _skills(self) -> None:
        existing = Skill.objects.in_bulk([s.slug for s in SKILLS], field_name="slug")
        for s in SKILLS:
            self.skills[s.slug] = existing.get(s.slug) or skill_create(
                slug=s.slug,
                name_en=s.en,
                name_da=s.da,
                name_sv=s.sv,
                name_nb=s.nb,
                synonyms=s.synonyms,
                category=s.category,
            )

    def _units(self) -> None:
        for u in data.UNITS:
            parent = self.units[u.parent] if u.parent else None
            self.units[u.code] = orgunit_create(
                name=u.name, code=u.code, kind=u.kind, parent=parent
            )

    def _division_of(self, unit: UnitDef) -> str:
        while unit.kind not in {"division", "organisation"} and unit.parent:
            unit = data.UNITS_BY_CODE[unit.parent]
        return unit.code

    def _add(
        self,
        *,
        full_name: str,
        email: str,
        language: str,
        office: OfficeDef,
        title: str,
        unit: UnitDef,
        role: str,
        senior: bool,
        is_lead: bool,
        track: str,
    ) -> Member:
        manager_unit = unit.parent if is_lead else unit.code
        manager = self.leads[manager_unit].person if manager_unit else None
        person = Person.objects.filter(email__iexact=email).first()
        if person is None:
            person = person_create(
                email=email,
                full_name=full_name,
                title=title,
                language=language,
                office=self.offices[office.key],
            )
            if email.endswith("@example.com"):
                self.new_accounts.append(person)
        elif not person.is_active:
            person_reactivate(person=person)
        person_set_organisation(
            person=person, unit=self.units[unit.code], manager=manager, role=role
        )
        member = Member(
            person=person,
            language=language,
            office=office,
            unit=unit,
            division=self._division_of(unit),
            track=track,
            senior=senior,
            is_lead=is_lead,
        )
        self.members.append(member)
        if is_lead:
            self.leads[unit.code] = member
        return member

    def _add_fixed(self, d: PersonDef) -> Member:
        member = self._add(
            full_name=d.full_name,
            email=d.email or self.names.email_for(d.full_name),
            language=d.language,
            office=data.OFFICES_BY_KEY[d.office],
            title=d.title,
            unit=data.UNITS_BY_CODE[d.unit],
            role=d.role,
            senior=True,
            is_lead=d.is_lead,
            track=data.UNITS_BY_CODE[d.unit].track,
        )
        member.skills = {slug: (lvl, helps, wants) for slug, lvl, helps, wants in d.skills}
        if not member.skills:
            member.skills = pick_skills(self.rng, "", senior=True, lead=d.is_lead)
        return member

    def _add_generated(self, unit: UnitDef, *, lead: bool) -> Member:
        weights = [3] + [1] * (len(unit.offices) - 1)
        office = data.OFFICES_BY_KEY[
            unit.offices[0] if lead else self.rng.choices(unit.offices, weights=weights)[0]
        ]
        language = office.language
        if language != "en" and not lead and self.rng.random() < data.INTERNATIONAL_SHARE:
            language = "en"
        full_name, email = self.names.new(language)
        if lead:
            title, senior = data.LEAD_TITLES[unit.kind][language], True
        else:
            title, senior = self.rng.choice(data.TITLES[unit.track][language])
        member = self._add(
            full_name=full_name,
            email=email,
            language=language,
            office=office,
            title=title,
            unit=unit,
            role=Role.EMPLOYEE,
            senior=senior,
            is_lead=lead,
            track=unit.track,
        )
        member.skills = pick_skills(self.rng, unit.track, senior=senior, lead=lead)
        return member

    def _people(self) -> None:
        fixed_leads = {d.unit: d for d in (data.CEO, data.MANAGER)}
        for u in data.UNITS:  # parents come before their children
            if u.code in fixed_leads:
                self._add_fixed(fixed_leads[u.code])
            else:
                self._add_generated(u, lead=True)
        for team in data.TEAMS:
            fixed = [d for d in data.FIXED_MEMBERS if d.unit == team.code]
            for d in fixed:
                self._add_fixed(d)
            for _ in range(self.sizes[team.code] - len(fixed)):
                self._add_generated(team, lead=False)

    def _helpers_for_demo_accounts(self) -> None:
        """Whatever a demo account wants to learn, a few colleagues can help with, so their
        home page shows "Colleagues who can help you learn" from the start."""
        accounts = {d.email for d in data.DEMO_ACCOUNTS}
        for account in [m for m in self.members if m.person.email in accounts]:
            for slug in [s for s, state in account.skills.items() if state[2]]:
                helpers = [m for m in self.members if m is not account and m.helps_with(slug)]
                others = [
                    m
                    for m in self.members
                    if m is not account
                    and not m.helps_with(slug)
                    and m.person.email not in accounts
                ]
                others.sort(key=lambda m: (m.division != account.division, self.rng.random()))
                for m in others[: max(0, 3 - len(helpers))]:
                    m.skills[slug] = (self.rng.choice((3, 4)), True, False)


# --- Entry points -----------------------------------------------------------------------------


def seed_demo(
    *,
    people: int = DEFAULT_PEOPLE,
    seed: int = DEFAULT_SEED,
    stories: int | None = None,
    questions: int | None = None,
) -> SeedReport:
    """Create Nordlys Group with `people` people and about four months of learning history.
    If it exists already, only make sure the demo accounts are there (see accounts_ensure)."""
    started = time.monotonic()
    with transaction.atomic():
        if demo_exists():
            return SeedReport(created=False, new_accounts=accounts_ensure())
        seeder = Seeder(people=people, seed=seed)
        members = seeder.run()
        rows = History(rng=seeder.rng, members=members, now=seeder.now).build()
        Activity.objects.bulk_create(rows, batch_size=500)
        seed_stories(rng=seeder.rng, members=members, now=seeder.now, limit=stories)
        seed_circles(rng=seeder.rng, members=members, now=seeder.now)
        seed_questions(rng=seeder.rng, members=members, now=seeder.now, limit=questions)
    return SeedReport(
        created=True, new_accounts=seeder.new_accounts, seconds=time.monotonic() - started
    )


def _unit_lead(unit: OrgUnit | None) -> Person | None:
    """The lead of a unit: its member who reports to someone outside it."""
    if unit is None:
        return None
    demo_emails = [d.email for d in data.DEMO_ACCOUNTS if d.email]
    return (
        Person.objects.filter(unit=unit, is_active=True)
        .exclude(manager__unit=unit)
        .exclude(email__in=demo_emails)
        .order_by("pk")
        .first()
    )


def _account_ensure(
    d: PersonDef, *, unit: OrgUnit | None, manager: Person | None
) -> tuple[Person, bool]:
    assert d.email is not None
    person = Person.objects.filter(email__iexact=d.email).first()
    created = person is None
    if person is None:
        office = Office.objects.filter(name=data.OFFICES_BY_KEY[d.office].name).first()
        person = person_create(
            email=d.email,
            full_name=d.full_name,
            password=data.PASSWORD,
            title=d.title,
            language=d.language,
            office=office,
        )
        skills = Skill.objects.in_bulk([s for s, *_rest in d.skills], field_name="slug")
        for slug, level, can_help, wants in d.skills:
            if slug in skills:
                person_skill_set(
                    person=person,
                    skill=skills[slug],
                    level=level,
                    can_help=can_help,
                    wants_to_learn=wants,
                )
    else:
        if not person.is_active:
            person_reactivate(person=person)
        if not person.check_password(data.PASSWORD):  # no service sets a password; the model does
            person.set_password(data.PASSWORD)
            person.save(update_fields=["password"])
    wanted = (unit.pk if unit else None, manager.pk if manager else None, d.role)
    if (person.unit_id, person.manager_id, person.role) != wanted:
        person_set_organisation(person=person, unit=unit, manager=manager, role=d.role)
    return person, created


def accounts_ensure() -> list[Person]:
    """The three demo accounts exist, sign in with the demo password, and sit where the demo
    puts them. Returns the accounts that had to be created."""
    units = OrgUnit.objects.select_related("parent").in_bulk(
        [d.unit for d in data.DEMO_ACCOUNTS], field_name="code"
    )
    team = units.get(data.MANAGER.unit)
    created: list[Person] = []
    with transaction.atomic():
        manager, new = _account_ensure(
            data.MANAGER,
            unit=team,
            manager=_unit_lead(team.parent if team else None),
        )
        created += [manager] if new else []
        employee, new = _account_ensure(
            data.EMPLOYEE, unit=units.get(data.EMPLOYEE.unit), manager=manager
        )
        created += [employee] if new else []
        admin_unit = units.get(data.ADMIN.unit)
        admin, new = _account_ensure(data.ADMIN, unit=admin_unit, manager=_unit_lead(admin_unit))
        created += [admin] if new else []
        if team is not None:  # a team whose lead was deleted and re-created gets its lead back
            for p in Person.objects.filter(unit=team, manager__isnull=True).exclude(pk=manager.pk):
                person_set_organisation(person=p, unit=team, manager=manager, role=p.role)
    return created
