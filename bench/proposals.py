"""The app changes the benchmarks recommend, as monkeypatches (`python -m bench --proposals`).

Not Samla code: each part names the file and function it stands for, so its effect can be measured
before anyone edits the app. The worker applies them to a *copy* of the bench database (the DDL
below changes the schema) and reports the same cases again, marked "[proposals]". Delete a part
once the app has it (and the whole module once all are in).
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

DENSE_SKILL = 2_000  # a skill held by at least this many people: walk the name index instead
COUNT_CAP = 1_000  # the directory counts at most this many people ("more than 1,000 people")


# (vendor or "", table, columns, SQL): each the index one model Meta change would create.
INDEXES = [
    # people/models.py, Person.Meta.indexes:
    #   models.Index(fields=["full_name", "id"], condition=Q(is_active=True),
    #                name="person_active_name")
    (
        "",
        "people_person",
        ["full_name", "id"],
        "CREATE INDEX person_active_name ON people_person (full_name, id) WHERE is_active",
    ),
    # people/models.py, PersonSkill.Meta.indexes, replacing ["skill", "can_help", "level"]:
    #   models.Index(fields=["skill", "level", "can_help", "person"])  (covers experts_for)
    (
        "",
        "people_personskill",
        ["skill_id", "level", "can_help", "person_id"],
        "CREATE INDEX personskill_expert "
        "ON people_personskill (skill_id, level, can_help, person_id)",
    ),
    # record/models.py, Activity.Meta.indexes, replacing record_actor_time (same order, so
    # activities_visible_to keeps it): sharing_counts then reads the index alone (with COUNT(*)).
    #   models.Index(fields=["actor", "-timestamp", "verb", "visibility"], name="record_actor_time")
    (
        "",
        "record_activity",
        ["actor_id", "timestamp", "verb", "visibility"],
        "CREATE INDEX record_actor_sharing "
        'ON record_activity (actor_id, "timestamp" DESC, verb, visibility)',
    ),
    # people/migrations: on PostgreSQL only (RunPython checking the vendor), a trigram index for
    # skills_matching's `search_text LIKE '%…%'` (pg_trgm is a trusted extension since PG 13):
    #   CREATE EXTENSION IF NOT EXISTS pg_trgm;
    #   GinIndex(fields=["search_text"], opclasses=["gin_trgm_ops"], name="skill_search_trgm")
    (
        "postgresql",
        "people_skill",
        ["search_text"],
        "CREATE EXTENSION IF NOT EXISTS pg_trgm; "
        "CREATE INDEX skill_search_trgm ON people_skill USING gin (search_text gin_trgm_ops)",
    ),
]


def ddl(connection: Any) -> list[str]:
    """The indexes the app does not have yet, plus statistics upkeep."""
    vendor = connection.vendor
    sql = []
    with connection.cursor() as cursor:
        for only, table, columns, create in INDEXES:
            if only and only != vendor:
                continue
            existing = connection.introspection.get_constraints(cursor, table).values()
            if not any(c["index"] and c["columns"] == columns for c in existing):
                sql += create.split("; ")
    if vendor == "sqlite":
        # A periodic command (e.g. `analyze_database` in PERIODIC_COMMANDS, and after a CSV import):
        # SQLite never gathers statistics by itself; PostgreSQL's autovacuum does.
        sql += ["PRAGMA analysis_limit=1000", "ANALYZE"]
    else:
        sql += ["ANALYZE people_person", "ANALYZE people_personskill", "ANALYZE people_skill"]
    return sql


# --- people/selectors.py: skills_matching -------------------------------------------------------


def skills_matching(text: str, *, limit: int = 20) -> list[Any]:
    """Same ranking as today (exact name, then a name starting with the text, then shorter
    English name), done in SQL over *all* matches: today the first limit × 5 matches by English
    name are ranked, so "python" finds "Django" (synonym "python web") and never "Python"."""
    from django.db.models import Case, Q, Value, When
    from django.db.models.functions import Length

    from samla.people.models import Skill

    needle = text.strip().lower()
    if not needle:
        return []
    sep = " | "  # as people.services._skill_search_text joins the names
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


# --- record/selectors.py: sharing_counts --------------------------------------------------------


def sharing_counts(person_ids: list[int], *, days: int = 90) -> dict[int, int]:
    """Same counts. Grouped by (actor, verb) with the verbs picked in Python: with `verb IN (…)` in
    the query, SQLite walks record_verb_time (every sharing row of 90 days, ~130,000) instead of
    record_actor_time, and PostgreSQL ANDs both bitmaps; without it both use the actor index.
    COUNT(*) rather than COUNT(id), so the (actor, -timestamp, verb, visibility) index answers
    alone: 300 people's rows are ~1,500 table pages scattered over the whole table otherwise."""
    from datetime import timedelta

    from django.db.models import Count
    from django.utils import timezone

    from samla.record.enums import Visibility
    from samla.record.models import Activity
    from samla.record.selectors import SHARING_VERBS

    if not person_ids:
        return {}
    since = timezone.now() - timedelta(days=days)
    rows = (
        Activity.objects.filter(
            actor_id__in=person_ids, visibility=Visibility.ORGANISATION, timestamp__gte=since
        )
        .values_list("actor_id", "verb")
        .annotate(n=Count("*"))
        .order_by()
    )
    wanted = set(SHARING_VERBS)
    counts: dict[int, int] = {}
    for actor_id, verb, n in rows:
        if verb in wanted:
            counts[actor_id] = counts.get(actor_id, 0) + n
    return counts


# --- search/selectors.py: experts_for -----------------------------------------------------------


def experts_for(text: str, *, viewer: Any, limit: int = 20) -> tuple[list[Any], list[Any]]:
    """Same result. The candidates come from PersonSkill alone (index-only on the new index; today
    the join to people makes PostgreSQL hash all 100,000 people for popular skills), twice as
    many as needed, and leavers are dropped by primary key afterwards. They are read as tuples;
    only the `limit` people shown are loaded as objects (today 300 rows × 5 model objects)."""
    from django.db.models import Q

    from samla.people import selectors as people_selectors
    from samla.people.models import Person, PersonSkill
    from samla.record import selectors as record_selectors
    from samla.search.selectors import CANDIDATE_LIMIT, Expert

    skills = people_selectors.skills_matching(text, limit=5)
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
    best: dict[int, tuple[Any, ...]] = {}
    for row in [r for r in rows if r[0] in names][:CANDIDATE_LIMIT]:
        best.setdefault(row[0], row)
    shares = record_selectors.sharing_counts(list(best))
    top = sorted(
        best.values(), key=lambda r: (-(r[2] or 0), not r[3], -shares.get(r[0], 0), names[r[0]])
    )[:limit]
    people = Person.objects.select_related("unit", "office").in_bulk([r[0] for r in top])
    by_id = {s.pk: s for s in skills}
    return skills, [Expert(people[r[0]], by_id[r[1]], r[2], r[3], shares.get(r[0], 0)) for r in top]


# --- people/selectors.py: people_directory (+ a count for the paginator) ------------------------


def people_directory(f: Any) -> Any:
    """Same people, same order. A unit becomes `unit_id IN (ids of its subtree)` (an index lookup;
    today a LIKE on the joined unit table, which SQLite cannot index, so every unit filter scans all
    people). A skill held by many people is an EXISTS, so the database walks the name index and
    stops after one page instead of sorting tens of thousands of holders."""
    from django.db.models import Exists, OuterRef, Q

    from samla.people.models import OrgUnit, PersonSkill
    from samla.people.selectors import people_active

    qs = people_active().select_related("unit", "office")
    count_qs = people_active()
    if f.unit is not None:
        ids = list(
            OrgUnit.objects.filter(path__startswith=f.unit.path).values_list("pk", flat=True)
        )
        qs, count_qs = qs.filter(unit_id__in=ids), count_qs.filter(unit_id__in=ids)
    if f.skill is not None:
        holders = PersonSkill.objects.filter(skill=f.skill)
        count_qs = count_qs.filter(skills__skill=f.skill)
        if holders[:DENSE_SKILL].count() < DENSE_SKILL:
            qs = qs.filter(skills__skill=f.skill)
        else:
            qs = qs.filter(Exists(holders.filter(person=OuterRef("pk"))))
    if f.office_id is not None:
        qs, count_qs = qs.filter(office_id=f.office_id), count_qs.filter(office_id=f.office_id)
    if f.language:
        qs, count_qs = qs.filter(language=f.language), count_qs.filter(language=f.language)
    if f.q:
        for word in f.q.split()[:5]:
            cond = (
                Q(full_name__icontains=word) | Q(title__icontains=word) | Q(email__istartswith=word)
            )
            qs, count_qs = qs.filter(cond), count_qs.filter(cond)
    qs = qs.order_by("full_name", "pk")
    # In the app: a second selector, people_directory_count(f, cap=COUNT_CAP), whose result the
    # view hands to the paginator.
    qs._bench_count_qs = count_qs  # type: ignore[attr-defined]
    return qs


def _capped_paginator() -> type:
    from django.core.paginator import Paginator

    class CappedPaginator(Paginator):
        """people/views.py, directory: count at most COUNT_CAP + 1 rows; the template then says
        "more than 1,000 people" and "page 3" instead of "page 3 of 4,061"."""

        @cached_property
        def count(self) -> int:
            base = getattr(self.object_list, "_bench_count_qs", self.object_list)
            return int(base.order_by()[: COUNT_CAP + 1].count())

    return CappedPaginator


# --- people/forms.py: DirectoryFilterForm.unit ---------------------------------------------------


def _unit_select() -> Any:
    from django import forms
    from django.db.models import Q
    from django.forms.utils import flatatt
    from django.utils.html import escape
    from django.utils.safestring import mark_safe

    from samla.people.models import OrgUnit

    class UnitSelect(forms.Select):
        """The unit filter offers the top of the tree (organisation, divisions, departments:
        ~110 options, indented) plus the unit chosen now; a team is chosen by following its link
        (?unit=<id>), and the form still accepts any unit. Today every directory page renders all
        2,000 units through one template include each: 100-250 ms and ~95 KB of HTML a page."""

        max_depth = 2

        def render(self, name: str, value: Any, attrs: Any = None, renderer: Any = None) -> str:
            final_attrs = self.build_attrs(self.attrs, attrs)
            selected = {str(v) for v in self.format_value(value) if str(v).isdigit()}
            units = (
                OrgUnit.objects.filter(Q(depth__lte=self.max_depth) | Q(pk__in=selected))
                .order_by("path")
                .values_list("pk", "name", "depth")
            )
            empty = escape(str(self.choices.field.empty_label or ""))  # type: ignore[attr-defined]
            parts = [f'<select name="{escape(name)}"{flatatt(final_attrs)}>']
            parts.append(f'<option value="">{empty}</option>')
            for pk, label, depth in units:
                mark = " selected" if str(pk) in selected else ""
                indent = "\u2003" * depth  # an em space a level
                parts.append(f'<option value="{pk}"{mark}>{indent}{escape(label)}</option>')
            parts.append("</select>")
            return mark_safe("".join(parts))

    return UnitSelect()


def _source_has(obj: Any, text: str) -> bool:
    import inspect

    try:
        return text in inspect.getsource(obj)
    except (OSError, TypeError):
        return False


def apply() -> tuple[list[str], list[str]]:
    """Monkeypatch the running app (after django.setup()) with every part it does not have yet.
    Returns (applied, already in the app)."""
    from samla.people import forms, selectors, views
    from samla.people.models import OrgUnit
    from samla.record import selectors as record_selectors
    from samla.search import selectors as search_selectors

    applied: list[str] = []
    adopted: list[str] = []

    def part(name: str, has_it: bool) -> bool:
        (adopted if has_it else applied).append(name)
        return not has_it

    if part("skills_matching ranked in SQL", _source_has(selectors.skills_matching, "Case(")):
        selectors.skills_matching = skills_matching
        search_selectors.skills_matching = skills_matching
    if part("experts_for on tuples", _source_has(search_selectors.experts_for, "values_list(")):
        search_selectors.experts_for = experts_for
    if part(
        "sharing_counts by (actor, verb), COUNT(*)",
        _source_has(record_selectors.sharing_counts, 'Count("*")'),
    ):
        record_selectors.sharing_counts = sharing_counts
        search_selectors.sharing_counts = sharing_counts  # type: ignore[attr-defined]
    if part("directory selector + capped count", hasattr(selectors, "people_directory_count")):
        selectors.people_directory = people_directory
        views.Paginator = _capped_paginator()  # type: ignore[attr-defined]
    if part("unit filter: top of the tree", "__init__" in forms.DirectoryFilterForm.__dict__):
        field = forms.DirectoryFilterForm.base_fields["unit"]
        field.widget = _unit_select()
        field.queryset = OrgUnit.objects.order_by("path")  # type: ignore[attr-defined]
    return applied, adopted
