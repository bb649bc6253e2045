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
    their strongest matching skill.
    """
    skills = skills_matching(text, limit=5)
    if not skills:
        return [], []
    rows = list(
        PersonSkill.objects.filter(skill__in=skills, person__is_active=True)
        .filter(Q(can_help=True) | Q(level__gte=3))
        .exclude(person_id=viewer.pk)
        .select_related("person", "person__unit", "person__office", "skill")
        .order_by("-level", "-can_help")[:CANDIDATE_LIMIT]
    )
    best: dict[int, PersonSkill] = {}
    for ps in rows:
        best.setdefault(ps.person_id, ps)
    shares = sharing_counts(list(best))
    experts = [
        Expert(ps.person, ps.skill, ps.level, ps.can_help, shares.get(ps.person_id, 0))
        for ps in best.values()
    ]
    experts.sort(
        key=lambda e: (-(e.level or 0), not e.can_help, -e.recent_shares, e.person.full_name)
    )
    return skills, experts[:limit]
