"""Reads for people, units, offices and skills."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, Count, Exists, OuterRef, Q, QuerySet, Value, When
from django.db.models.functions import Length

from samla.people.models import Office, OrgUnit, Person, PersonSkill, Skill


def people_active() -> QuerySet[Person]:
    return Person.objects.filter(is_active=True)


def person_get_visible(*, viewer: Person, pk: int) -> Person | None:
    qs = Person.objects.select_related("unit", "office", "manager")
    if not viewer.is_org_admin:
        qs = qs.filter(is_active=True)
    return qs.filter(pk=pk).first()


def unit_get(pk: int) -> OrgUnit | None:
    return OrgUnit.objects.filter(pk=pk).first()


def unit_subtree(unit: OrgUnit) -> QuerySet[OrgUnit]:
    return OrgUnit.objects.filter(path__startswith=unit.path)


def unit_ancestors(unit: OrgUnit) -> list[OrgUnit]:
    """From the root down to the unit's parent, in one query."""
    step = len(unit.path) // (unit.depth + 1) if unit.path else 0
    prefixes = [unit.path[: step * i] for i in range(1, unit.depth + 1)]
    return list(OrgUnit.objects.filter(path__in=prefixes).order_by("depth"))


def unit_member_count(unit: OrgUnit | None) -> int:
    if unit is None:
        return 0
    return Person.objects.filter(unit=unit, is_active=True).count()


def units_tree() -> list[OrgUnit]:
    """Every unit in tree order, with `member_count`: its own active members, not sub-units'."""
    return list(
        OrgUnit.objects.annotate(
            member_count=Count("members", filter=Q(members__is_active=True))
        ).order_by("path")
    )


@dataclass(frozen=True)
class DirectoryFilter:
    q: str = ""
    unit: OrgUnit | None = None
    skill: Skill | None = None
    office_id: int | None = None
    language: str = ""


DENSE_SKILL = 2_000  # a skill held by this many people: walk the name index instead of joining


def _directory_filters(f: DirectoryFilter) -> Q:
    cond = Q()
    if f.unit is not None:
        # A unit includes its sub-units: an indexed `unit_id IN (…)`, not a LIKE on a join.
        cond &= Q(unit_id__in=list(unit_subtree(f.unit).values_list("pk", flat=True)))
    if f.office_id is not None:
        cond &= Q(office_id=f.office_id)
    if f.language:
        cond &= Q(language=f.language)
    for word in f.q.split()[:5] if f.q else []:
        cond &= Q(full_name__icontains=word) | Q(title__icontains=word) | Q(email__istartswith=word)
    return cond


def people_directory(f: DirectoryFilter) -> QuerySet[Person]:
    """The people directory: active people, filtered, by name. A unit includes its sub-units."""
    qs = people_active().select_related("unit", "office").filter(_directory_filters(f))
    if f.skill is not None:
        holders = PersonSkill.objects.filter(skill=f.skill)
        if holders[:DENSE_SKILL].count() < DENSE_SKILL:
            qs = qs.filter(skills__skill=f.skill)
        else:
            # Many holders: let the database walk people by name and stop after one page.
            qs = qs.filter(Exists(holders.filter(person=OuterRef("pk"))))
    return qs.order_by("full_name", "pk")


def people_directory_count(f: DirectoryFilter, *, cap: int) -> int:
    """How many people match, counting at most `cap + 1` (enough to say "more than cap")."""
    qs = people_active().filter(_directory_filters(f))
    if f.skill is not None:
        qs = qs.filter(skills__skill=f.skill)
    return int(qs.order_by()[: cap + 1].count())


def skills_matching(text: str, *, limit: int = 20) -> list[Skill]:
    """Skills whose name in any language, or a synonym, contains the text.

    Ranked in SQL over all matches: a whole name equal to the text first, then a name starting
    with it, then the rest; shorter English names first within each.
    """
    needle = text.strip().lower()
    if not needle:
        return []
    sep = " | "  # as services._skill_search_text joins the names
    exact = (
        Q(search_text=needle)
        | Q(search_text__startswith=needle + sep)
        | Q(search_text__contains=sep + needle + sep)
        | Q(search_text__endswith=sep + needle)
    )
    prefix = Q(search_text__startswith=needle) | Q(search_text__contains=sep + needle)
    return list(
        Skill.objects.filter(search_text__contains=needle)
        .annotate(
            rank=Case(When(exact, then=Value(0)), When(prefix, then=Value(1)), default=Value(2))
        )
        .order_by("rank", Length("name_en"), "name_en")[:limit]
    )


def person_skills(person: Person) -> list[PersonSkill]:
    return list(
        PersonSkill.objects.filter(person=person)
        .select_related("skill")
        .order_by("-level", "skill__name_en")
    )


def helpers_for_wants(person: Person, *, limit: int = 6) -> list[PersonSkill]:
    """Colleagues who can help with something the person wants to learn, strongest first."""
    wanted = PersonSkill.objects.filter(person=person, wants_to_learn=True).values("skill_id")
    return list(
        PersonSkill.objects.filter(skill_id__in=wanted, can_help=True, person__is_active=True)
        .exclude(person=person)
        .select_related("person", "person__unit", "skill")
        .order_by("-level", "person__full_name")[:limit]
    )


def offices_all() -> QuerySet[Office]:
    return Office.objects.all()


# --- Organisation administration -----------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationCounts:
    people_active: int
    people_left: int
    units: int
    offices: int


def organisation_counts() -> OrganisationCounts:
    people = Person.objects.aggregate(
        active=Count("pk", filter=Q(is_active=True)), left=Count("pk", filter=Q(is_active=False))
    )
    return OrganisationCounts(
        people_active=people["active"],
        people_left=people["left"],
        units=OrgUnit.objects.count(),
        offices=Office.objects.count(),
    )


PEOPLE_ADMIN_STATUSES = ("all", "active", "left")


def people_admin_list(*, q: str = "", status: str = "all") -> QuerySet[Person]:
    """Everyone, leavers included, for organisation admins: by name, email or employee id."""
    qs = Person.objects.select_related("unit", "manager")
    if status == "active":
        qs = qs.filter(is_active=True)
    elif status == "left":
        qs = qs.filter(is_active=False)
    for word in q.split()[:5]:
        qs = qs.filter(
            Q(full_name__icontains=word)
            | Q(email__icontains=word)
            | Q(employee_id__iexact=word)
            | Q(title__icontains=word)
        )
    return qs.order_by("full_name", "pk")


def person_get_for_admin(pk: int) -> Person | None:
    return Person.objects.select_related("unit", "manager", "office").filter(pk=pk).first()


def person_get_by_email(email: str) -> Person | None:
    return Person.objects.filter(email__iexact=email.strip()).first()


def offices_with_counts() -> QuerySet[Office]:
    """Every office with `people_count`: its active people."""
    return Office.objects.annotate(
        people_count=Count("people", filter=Q(people__is_active=True))
    ).order_by("country", "name")
