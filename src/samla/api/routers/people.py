"""People: one's own profile, the directory, colleagues' profiles and what they did."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from ninja import Path, Query, Router

from samla.api.errors import errors
from samla.api.schemas import (
    ActivityPage,
    MeIn,
    MeOut,
    ObjectId,
    PageIn,
    PeopleFilterIn,
    PeoplePage,
    PersonDetailOut,
)
from samla.people import permissions, selectors, services
from samla.people.models import OrgUnit, Person
from samla.record.selectors import activities_visible_to

router = Router(tags=["people"])


def viewer_of(request: HttpRequest) -> Person:
    """The signed-in person (the API's auth only lets active people through)."""
    person = getattr(request, "auth", None)
    assert isinstance(person, Person)
    return person


def _visible_manager(viewer: Person, person: Person) -> Person | None:
    manager = person.manager
    if manager is None or not permissions.can_view_person(viewer, manager):
        return None
    return manager


def _visible_person_or_404(viewer: Person, pk: int) -> Person:
    person = selectors.person_get_visible(viewer=viewer, pk=pk)
    if person is None or not permissions.can_view_person(viewer, person):
        raise Http404
    return person


def _me(viewer: Person) -> dict[str, Any]:
    person = _visible_person_or_404(viewer, viewer.pk)  # with unit, office and manager
    return {
        "id": person.pk,
        "email": person.email,
        "full_name": person.full_name,
        "title": person.title,
        "bio": person.bio,
        "unit": person.unit,
        "manager": _visible_manager(viewer, person),
        "office": person.office,
        "language": person.language,
        "role": person.role,
        "is_manager": person.is_manager,
        "show_activity": person.show_activity,
    }


@router.get("/me", response={200: MeOut, **errors(401)})
def me_get(request: HttpRequest) -> dict[str, Any]:
    """Your own profile."""
    return _me(viewer_of(request))


@router.patch("/me", response={200: MeOut, **errors(401, 403, 422)})
def me_update(request: HttpRequest, payload: MeIn) -> dict[str, Any]:
    """Change your job title, about-me text, working language or whether colleagues see your
    learning activity. Only the fields you send change."""
    viewer = viewer_of(request)
    changes = payload.model_dump(exclude_unset=True)
    if changes:
        services.person_update_profile(person=viewer, **changes)
    return _me(viewer)


@router.get("/people", response={200: PeoplePage, **errors(401, 422)})
def people_list(request: HttpRequest, filters: Query[PeopleFilterIn]) -> dict[str, Any]:
    """The people directory: active colleagues, filtered, by name."""
    nobody = {"count": 0, "limit": filters.limit, "offset": filters.offset, "items": []}
    unit: OrgUnit | None = None
    if filters.unit is not None:
        # The unit's path is what the directory filters on (a unit includes its sub-units).
        unit = selectors.unit_get(filters.unit)
        if unit is None:
            return nobody  # nobody works in a unit that does not exist
    skill = None
    if filters.skill.strip():
        matches = selectors.skills_matching(filters.skill, limit=1)
        if not matches:
            return nobody  # as the directory page says "no skill matches"
        skill = matches[0]
    people = selectors.people_directory(
        selectors.DirectoryFilter(
            q=filters.q.strip(),
            unit=unit,
            skill=skill,
            office_id=filters.office,
            language=filters.language or "",
        )
    )
    window = people[filters.offset : filters.offset + filters.limit]
    return {
        "count": people.count(),
        "limit": filters.limit,
        "offset": filters.offset,
        "items": list(window),
    }


@router.get("/people/{person_id}", response={200: PersonDetailOut, **errors(401, 404, 422)})
def person_detail(request: HttpRequest, person_id: Path[ObjectId]) -> dict[str, Any]:
    """A colleague's profile. People who have left are only visible to organisation admins."""
    viewer = viewer_of(request)
    person = _visible_person_or_404(viewer, person_id)
    return {
        "id": person.pk,
        "full_name": person.full_name,
        "email": person.email,
        "title": person.title,
        "unit": person.unit,
        "office": person.office,
        "language": person.language,
        "is_active": person.is_active,
        "bio": person.bio,
        "manager": _visible_manager(viewer, person),
        "skills": selectors.person_skills(person),
    }


@router.get("/people/{person_id}/activity", response={200: ActivityPage, **errors(401, 404, 422)})
def person_activity(
    request: HttpRequest, person_id: Path[ObjectId], page: Query[PageIn]
) -> dict[str, Any]:
    """The person's learning activity as you may see it: all of it for yourself; for others,
    only what they published, and nothing if they chose not to show their activity."""
    viewer = viewer_of(request)
    person = _visible_person_or_404(viewer, person_id)
    rows = activities_visible_to(viewer, person)
    return {
        "count": rows.count(),
        "limit": page.limit,
        "offset": page.offset,
        "items": list(rows[page.offset : page.offset + page.limit]),
    }
