from __future__ import annotations

import pytest
from conftest import Org

from samla.people.models import Person, Skill
from samla.people.tests.factories import PersonFactory, PersonSkillFactory, SkillFactory


@pytest.fixture
def crowd(org: Org) -> list[Person]:
    """Enough people in Platform (and so in Engineering) for anonymous asking there."""
    return [PersonFactory(unit=org.platform) for _ in range(5)]


@pytest.fixture
def topic() -> Skill:
    return SkillFactory(slug="kubernetes", name_en="Kubernetes")


@pytest.fixture
def expert(org: Org, topic: Skill) -> Person:
    person = PersonFactory(full_name="Xenia Expert", email="expert@example.com", unit=org.sales)
    PersonSkillFactory(person=person, skill=topic, level=4, can_help=True)
    return person
