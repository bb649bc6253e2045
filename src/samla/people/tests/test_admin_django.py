"""The technical admin (Django admin) for the people app."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from samla.people.enums import Role
from samla.people.models import OrgUnit, Person
from samla.people.tests.factories import (
    OfficeFactory,
    PersonFactory,
    PersonSkillFactory,
    SkillFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_superuser(org) -> Client:
    root = PersonFactory(email="root@example.com", is_superuser=True, is_staff=True)
    client = Client()
    client.force_login(root)
    return client


def test_every_people_model_has_working_admin_pages(as_superuser: Client, org, employee) -> None:
    objects = {
        "orgunit": org.platform,
        "office": OfficeFactory(name="Oslo"),
        "person": employee,
        "skill": SkillFactory(),
        "personskill": PersonSkillFactory(person=employee),
    }
    for model, obj in objects.items():
        for url in (
            reverse(f"admin:people_{model}_changelist"),
            reverse(f"admin:people_{model}_add"),
            reverse(f"admin:people_{model}_change", args=[obj.pk]),
        ):
            assert as_superuser.get(url).status_code == 200, url
    search = as_superuser.get(reverse("admin:people_person_changelist"), {"q": "employee@"})
    assert list(search.context["cl"].result_list) == [employee]


def test_units_created_and_moved_in_the_admin_get_their_path(as_superuser: Client, org) -> None:
    response = as_superuser.post(
        reverse("admin:people_orgunit_add"),
        {"name": "Data", "code": "DATA", "kind": "team", "parent": org.engineering.pk},
    )
    assert response.status_code == 302
    data = OrgUnit.objects.get(code="DATA")
    assert (data.depth, data.path.startswith(org.engineering.path)) == (2, True)

    refused = as_superuser.post(
        reverse("admin:people_orgunit_change", args=[org.engineering.pk]),
        {"name": "Engineering", "code": "ENG", "kind": "department", "parent": data.pk},
    )
    assert refused.status_code == 200
    assert refused.context["adminform"].form.errors["parent"] == [
        "A unit cannot be placed under itself or one of its own sub-units."
    ]
    moved = as_superuser.post(
        reverse("admin:people_orgunit_change", args=[org.engineering.pk]),
        {"name": "Engineering", "code": "ENG", "kind": "department", "parent": org.sales.pk},
    )
    assert moved.status_code == 302
    data.refresh_from_db()
    assert data.depth == 3


def test_units_cannot_be_deleted_in_the_admin(as_superuser: Client, org) -> None:
    url = reverse("admin:people_orgunit_delete", args=[org.sales.pk])
    assert as_superuser.post(url, {"post": "yes"}).status_code == 403
    assert OrgUnit.objects.filter(pk=org.sales.pk).exists()


def test_organisation_fields_are_read_only_in_the_admin(as_superuser: Client, employee) -> None:
    response = as_superuser.get(reverse("admin:people_person_change", args=[employee.pk]))
    form = response.context["adminform"].form
    assert {"unit", "manager", "role", "is_active", "is_staff"}.isdisjoint(form.fields)
    assert "username" not in form.fields


def test_add_a_person_in_the_admin(as_superuser: Client, org) -> None:
    response = as_superuser.post(
        reverse("admin:people_person_add"),
        {"email": "new@example.com", "full_name": "New Person", "usable_password": "false"},
    )
    assert response.status_code == 302
    person = Person.objects.get(email="new@example.com")
    assert (person.full_name, person.has_usable_password(), person.role) == (
        "New Person",
        False,
        Role.EMPLOYEE,
    )


def test_deactivate_action_uses_the_service(as_superuser: Client, employee, colleague) -> None:
    response = as_superuser.post(
        reverse("admin:people_person_changelist"),
        {"action": "deactivate_selected", "_selected_action": [employee.pk, colleague.pk]},
    )
    assert response.status_code == 302
    assert set(
        Person.objects.filter(is_active=False, deactivated_at__isnull=False).values_list(
            "email", flat=True
        )
    ) == {"employee@example.com", "colleague@example.com"}
