"""Expert search: "who can help with X?" across the skill taxonomy and the learning record."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from samla.people.enums import SkillLevel
from samla.people.models import Person, PersonSkill, Skill
from samla.people.selectors import skills_matching
from samla.record.selectors import sharing_counts

CANDIDATE_LIMIT = 300


@dataclass(frozen=True)
class Expert:
    person: Person
    skill: Skill
    level: int | None
    can_help: bool
    recent_shares: int

    def get_level_display(self) -> str:
        return str(SkillLevel(self.level).label) if self.level else ""


def experts_for(text: str, *, viewer: Person, limit: int = 20) -> tuple[list[Skill], list[Expert]]:
    """People who can help with the skill(s) matching `text`.

    Ranked by level (4 first), then whether they offered help, then how much they shared in the
    last 90 days, then name. Only active colleagues, never the person asking. One row a person:
    their strongest matching skill. Candidates are read as tuples from PersonSkill's covering
    index; only the people shown are loaded as objects.
    """
    skills = skills_matching(text, limit=5)
    if not skills:
        return [], []
    rows = list(
        PersonSkill.objects.filter(skill__in=skills)
        .filter(Q(can_help=True) | Q(level__gte=3))
        .exclude(person_id=viewer.pk)
        .order_by("-level", "-can_help")
        .values_list("person_id", "skill_id", "level", "can_help")[: 2 * CANDIDATE_LIMIT]
    )
    names = dict(
        Person.objects.filter(pk__in={r[0] for r in rows}, is_active=True).values_list(
            "pk", "full_name"
        )
    )
    best: dict[int, tuple[int, int, int | None, bool]] = {}
    for row in [r for r in rows if r[0] in names][:CANDIDATE_LIMIT]:
        best.setdefault(row[0], row)
    shares = sharing_counts(list(best))
    top = sorted(
        best.values(), key=lambda r: (-(r[2] or 0), not r[3], -shares.get(r[0], 0), names[r[0]])
    )[:limit]
    people = Person.objects.select_related("unit", "office").in_bulk([r[0] for r in top])
    by_id = {s.pk: s for s in skills}
    return skills, [
        Expert(people[pid], by_id[sid], level, can_help, shares.get(pid, 0))
        for pid, sid, level, can_help in top
    ]
