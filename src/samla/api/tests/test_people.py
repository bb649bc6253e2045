from __future__ import annotations

import pytest
from django.test import Client

from samla.api.tests.conftest import API, patch_json
from samla.people.models import Person
from samla.people.tests.factories import (
    OfficeFactory,
    PersonFactory,
    PersonSkillFactory,
    SkillFactory,
)

pytestmark = pytest.mark.django_db

NEVER_EXPOSED = {
    "password",
    "is_superuser",
    "is_staff",
    "deactivated_at",
    "employee_id",
    "last_login",
    "date_joined",
    "avatar",
    "groups",
    "user_permissions",
}


def _keys(value: object) -> set[str]:
    """Every key anywhere in a JSON document."""
    if isinstance(value, dict):
        return set(value) | {k for item in value.values() for k in _keys(item)}
    if isinstance(value, list):
        return {k for item in value for k in _keys(item)}
    return set()


# --- /me -----------------------------------------------------------------------------------------


def test_me_is_my_own_profile(as_employee: Client, employee: Person, manager: Person, org) -> None:
    response = as_employee.get(f"{API}/me")
    assert response.status_code == 200
    office = employee.office
    assert office is not None
    assert response.json() == {
        "id": employee.pk,
        "email": "employee@example.com",
        "full_name": "Erik Employee",
        "title": "Consultant",
        "bio": "",
        "unit": {"id": org.platform.pk, "name": "Platform"},
        "manager": {"id": manager.pk, "full_name": "Mette Manager"},
        "office": {"id": office.pk, "name": "Copenhagen", "city": "København", "country": "DK"},
        "language": "en",
        "role": "employee",
        "is_manager": False,
        "show_activity": True,
    }


def test_me_says_who_is_a_manager(as_manager: Client, employee: Person) -> None:
    data = as_manager.get(f"{API}/me").json()
    assert (data["is_manager"], data["manager"]) == (True, None)


def test_me_hides_a_manager_who_has_left(
    as_employee: Client, employee: Person, manager: Person
) -> None:
    Person.objects.filter(pk=manager.pk).update(is_active=False)
    assert as_employee.get(f"{API}/me").json()["manager"] is None


def test_me_exposes_nothing_sensitive(as_admin: Client, org_admin: Person) -> None:
    Person.objects.filter(pk=org_admin.pk).update(is_superuser=True)
    data = as_admin.get(f"{API}/me").json()
    assert not _keys(data) & NEVER_EXPOSED


def test_patch_me_changes_only_what_is_sent(as_employee: Client, employee: Person) -> None:
    response = patch_json(
        as_employee, "/me", {"title": "Architect", "language": "da", "show_activity": False}
    )
    assert response.status_code == 200
    data = response.json()
    assert (data["title"], data["language"], data["show_activity"], data["bio"]) == (
        "Architect",
        "da",
        False,
        "",
    )
    employee.refresh_from_db()
    assert (employee.title, employee.language, employee.show_activity) == ("Architect", "da", False)
    assert employee.full_name == "Erik Employee"
    response = patch_json(as_employee, "/me", {"bio": "I like *retros*."})
    employee.refresh_from_db()
    assert (employee.bio, employee.title) == ("I like *retros*.", "Architect")


def test_patch_me_with_nothing_changes_nothing(as_employee: Client, employee: Person) -> None:
    response = patch_json(as_employee, "/me", {})
    assert response.status_code == 200
    assert response.json()["title"] == "Consultant"


def test_patch_me_unknown_language_is_422_with_a_message(
    as_employee: Client, employee: Person
) -> None:
    response = patch_json(as_employee, "/me", {"language": "xx", "title": "Architect"})
    assert response.status_code == 422
    assert response.json() == {
        "detail": "language: “xx” is not a language Samla speaks. Choose one of: en, da, sv, nb."
    }
    employee.refresh_from_db()
    assert (employee.language, employee.title) == ("en", "Consultant")  # nothing half-saved


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"is_superuser": True}, "is_superuser: This field is unknown or cannot be changed here."),
        ({"role": "org_admin"}, "role: This field is unknown or cannot be changed here."),
        ({"title": None}, "title: Give a text."),
        ({"title": 5}, "title: Give a text."),
        ({"show_activity": "yes"}, "show_activity: Give true or false."),
        ({"show_activity": 1}, "show_activity: Give true or false."),
        ({"title": "x" * 201}, "title: Use at most 200 characters."),
        (
            {"bio": "nul\x00byte"},
            "bio: This text contains a character Samla cannot store (such as a NUL byte).",
        ),
        ([1, 2], "Send a JSON object."),
        ("{not json", "The request body is not valid JSON."),
    ],
)
def test_patch_me_refuses_junk(
    as_employee: Client, employee: Person, body: object, message: str
) -> None:
    response = patch_json(as_employee, "/me", body)
    assert response.status_code == 422
    assert response.json() == {"detail": message}
    employee.refresh_from_db()
    assert (employee.title, employee.bio, employee.role, employee.is_superuser) == (
        "Consultant",
        "",
        "employee",
        False,
    )


def test_patch_me_errors_in_the_persons_language(as_colleague: Client, colleague: Person) -> None:
    response = patch_json(as_colleague, "/me", {"language": "xx"})
    assert response.status_code == 422
    assert response["Content-Language"] == "sv"


# --- /people -------------------------------------------------------------------------------------


def test_people_lists_active_colleagues(
    as_employee: Client, employee: Person, colleague: Person, manager: Person, outsider: Person
) -> None:
    data = as_employee.get(f"{API}/people").json()
    names = [p["full_name"] for p in data["items"]]
    assert names == ["Cecilia Colleague", "Erik Employee", "Mette Manager"]
    assert (data["count"], data["limit"], data["offset"]) == (3, 50, 0)
    assert not _keys(data) & NEVER_EXPOSED
    assert data["items"][0] == {
        "id": colleague.pk,
        "full_name": "Cecilia Colleague",
        "email": "colleague@example.com",
        "title": "Consultant",
        "unit": {"id": colleague.unit_id, "name": "Sales"},
        "office": None,
        "language": "sv",
        "is_active": True,
    }


def test_people_filters(
    as_employee: Client, org, employee: Person, manager: Person, colleague: Person
) -> None:
    def names(**params: object) -> list[str]:
        response = as_employee.get(f"{API}/people", params)
        assert response.status_code == 200, response.json()
        return [p["full_name"] for p in response.json()["items"]]

    skill = SkillFactory(slug="facilitation", name_en="Facilitation", name_sv="Facilitering")
    PersonSkillFactory(person=colleague, skill=skill, level=4)
    assert names(unit=org.engineering.pk) == ["Erik Employee", "Mette Manager"]
    assert names(q="mette") == ["Mette Manager"]
    assert names(language="sv") == ["Cecilia Colleague"]
    assert names(skill="faciliter") == ["Cecilia Colleague"]
    assert names(skill="underwater basket weaving") == []
    assert names(office=OfficeFactory().pk) == ["Erik Employee", "Mette Manager"]
    assert names(unit=999999) == []


def test_people_pages(as_employee: Client, org, employee: Person) -> None:
    PersonFactory.create_batch(4, unit=org.sales)
    first = as_employee.get(f"{API}/people", {"limit": 2}).json()
    second = as_employee.get(f"{API}/people", {"limit": 2, "offset": 2}).json()
    assert first["count"] == second["count"] == 6
    assert len(first["items"]) == len(second["items"]) == 2
    assert not {p["id"] for p in first["items"]} & {p["id"] for p in second["items"]}


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"limit": 101}, "limit: Give a number of at most 100."),
        ({"limit": 0}, "limit: Give a number of at least 1."),
        ({"offset": -1}, "offset: Give a number of at least 0."),
        ({"limit": "many"}, "limit: Give a whole number."),
        (
            {"language": "xx"},
            "language: “xx” is not a language Samla speaks. Choose one of: en, da, sv, nb.",
        ),
        (
            {"q": "a\x00b"},
            "q: This text contains a character Samla cannot store (such as a NUL byte).",
        ),
    ],
)
def test_people_bad_filters_are_422(
    as_employee: Client, employee: Person, params: dict[str, object], message: str
) -> None:
    response = as_employee.get(f"{API}/people", params)
    assert response.status_code == 422
    assert response.json() == {"detail": message}


def test_people_query_count(
    as_employee: Client, org, employee: Person, django_assert_num_queries
) -> None:
    Person.objects.exclude(pk=employee.pk).delete()
    with django_assert_num_queries(4):
        assert len(as_employee.get(f"{API}/people").json()["items"]) == 1
    PersonFactory.create_batch(2, unit=org.sales, office=OfficeFactory())
    with django_assert_num_queries(4):
        assert len(as_employee.get(f"{API}/people").json()["items"]) == 3


# --- /people/{id} --------------------------------------------------------------------------------


def test_person_detail(as_employee: Client, colleague: Person) -> None:
    skill = SkillFactory(slug="sql", name_en="SQL", category="Data")
    PersonSkillFactory(person=colleague, skill=skill, level=3, can_help=True)
    data = as_employee.get(f"{API}/people/{colleague.pk}").json()
    assert data["email"] == "colleague@example.com"
    assert data["skills"] == [
        {
            "skill": {"id": skill.pk, "slug": "sql", "name": "SQL", "category": "Data"},
            "level": 3,
            "can_help": True,
            "wants_to_learn": False,
        }
    ]
    assert not _keys(data) & NEVER_EXPOSED


def test_person_detail_of_a_leaver_is_404_except_for_admins(
    as_employee: Client,
    as_manager: Client,
    as_learning_lead: Client,
    as_admin: Client,
    outsider: Person,
) -> None:
    for client in (as_employee, as_manager, as_learning_lead):
        response = client.get(f"{API}/people/{outsider.pk}")
        assert response.status_code == 404
        assert "Otto" not in response.content.decode()
    data = as_admin.get(f"{API}/people/{outsider.pk}").json()
    assert (data["full_name"], data["is_active"]) == ("Otto Outsider", False)


def test_person_detail_of_nobody_is_404(as_employee: Client, employee: Person) -> None:
    response = as_employee.get(f"{API}/people/{2**63 - 1}")
    assert response.status_code == 404
    assert response.json() == {"detail": "This does not exist, or you cannot see it."}
    assert as_employee.get(f"{API}/people/0").status_code == 422
    assert as_employee.get(f"{API}/people/{2**63}").status_code == 422
