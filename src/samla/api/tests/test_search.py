from __future__ import annotations

import pytest
from django.test import Client

from samla.api.tests.conftest import API
from samla.people.models import Person
from samla.people.tests.factories import PersonSkillFactory, SkillFactory
from samla.record.enums import Verb
from samla.record.tests.factories import activity

pytestmark = pytest.mark.django_db


def test_skills_match_any_language(as_employee: Client, employee: Person) -> None:
    skill = SkillFactory(
        slug="facilitation",
        name_en="Facilitation",
        name_da="Facilitering",
        category="Ways of working",
    )
    SkillFactory(slug="sql", name_en="SQL")
    response = as_employee.get(f"{API}/skills", {"q": "faciliter"})
    assert response.json() == [
        {
            "id": skill.pk,
            "slug": "facilitation",
            "name": "Facilitation",
            "category": "Ways of working",
        }
    ]
    assert as_employee.get(f"{API}/skills").json() == []


def test_skill_names_follow_the_persons_language(as_employee: Client, employee: Person) -> None:
    SkillFactory(slug="facilitation", name_en="Facilitation", name_da="Facilitering")
    Person.objects.filter(pk=employee.pk).update(language="da")
    assert as_employee.get(f"{API}/skills", {"q": "facil"}).json()[0]["name"] == "Facilitering"


def test_experts_rank_and_never_include_me_or_leavers(
    as_employee: Client, employee: Person, colleague: Person, manager: Person, outsider: Person
) -> None:
    skill = SkillFactory(slug="facilitation", name_en="Facilitation")
    PersonSkillFactory(person=employee, skill=skill, level=4)
    PersonSkillFactory(person=outsider, skill=skill, level=4)
    PersonSkillFactory(person=manager, skill=skill, level=3, can_help=True)
    PersonSkillFactory(person=colleague, skill=skill, level=4, can_help=True)
    activity(colleague, Verb.SHARED)
    data = as_employee.get(f"{API}/experts", {"q": "facilitation"}).json()
    assert [s["slug"] for s in data["skills"]] == ["facilitation"]
    assert [
        (e["person"]["full_name"], e["level"], e["recent_shares"]) for e in data["experts"]
    ] == [
        ("Cecilia Colleague", 4, 1),
        ("Mette Manager", 3, 0),
    ]


def test_experts_for_nothing(as_employee: Client, employee: Person) -> None:
    assert as_employee.get(f"{API}/experts", {"q": "nothing like it"}).json() == {
        "skills": [],
        "experts": [],
    }


def test_skills_query_too_long_is_422(as_employee: Client, employee: Person) -> None:
    response = as_employee.get(f"{API}/skills", {"q": "x" * 101})
    assert response.json() == {"detail": "q: Use at most 100 characters."}
