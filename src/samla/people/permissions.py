"""Who may do what with people, units and skills. Views, API and tests call only these."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from samla.people.models import Person


def can_view_person(viewer: Person, person: Person) -> bool:
    """Every active member of the organisation sees active colleagues; admins also see leavers."""
    if not viewer.is_active:
        return False
    return person.is_active or viewer.is_org_admin


def can_edit_profile(viewer: Person, person: Person) -> bool:
    return viewer.is_active and (viewer.pk == person.pk or viewer.is_org_admin)


def can_manage_organisation(viewer: Person) -> bool:
    """Units, offices, roles, imports and deactivation."""
    return viewer.is_org_admin


def can_see_activity_of(viewer: Person, person: Person) -> bool:
    """One's own record always; a colleague's published activity only if they chose to show it."""
    if viewer.pk == person.pk:
        return True
    return viewer.is_active and person.is_active and person.show_activity
