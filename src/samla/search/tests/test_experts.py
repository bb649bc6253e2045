from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from samla.people.models import Person
from samla.people.tests.factories import PersonFactory, PersonSkillFactory, SkillFactory
from samla.record.enums import Verb, Visibility
from samla.record.services import record_append
from samla.search.selectors import experts_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def facilitation():
    return SkillFactory(
        slug="facilitation",
        name_en="Facilitation",
        name_da="Facilitering",
        name_sv="Facilitering",
        name_nb="Fasilitering",
        synonyms="workshop leading",
    )


def share(
    person: Person, times: int, *, days_ago: int = 3, visibility: str = Visibility.ORGANISATION
) -> None:
    for i in range(times):
        record_append(
            actor=person,
            verb=Verb.SHARED,
            object_type="story",
            object_id=f"{person.pk}-{i}",
            timestamp=timezone.now() - timedelta(days=days_ago),
            visibility=visibility,
        )


def test_ranked_by_level_then_offer_then_recent_sharing(org, employee, facilitation) -> None:
    expert = PersonFactory(full_name="Xenia Expert", unit=org.sales)
    sharer = PersonFactory(full_name="Sam Sharer", unit=org.sales)
    quiet = PersonFactory(full_name="Quinn Quiet", unit=org.sales)
    not_offering = PersonFactory(full_name="Nils Level4", unit=org.sales)
    PersonSkillFactory(person=expert, skill=facilitation, level=4, can_help=True)
    PersonSkillFactory(person=not_offering, skill=facilitation, level=4, can_help=False)
    PersonSkillFactory(person=sharer, skill=facilitation, level=3, can_help=True)
    PersonSkillFactory(person=quiet, skill=facilitation, level=3, can_help=True)
    share(sharer, 3)
    share(quiet, 5, days_ago=200)  # too long ago to count
    share(quiet, 9, visibility=Visibility.PRIVATE)  # private reflections never count

    skills, experts = experts_for("facilitering", viewer=employee)

    assert skills == [facilitation]
    assert [e.person for e in experts] == [expert, not_offering, sharer, quiet]
    assert [e.recent_shares for e in experts] == [0, 0, 3, 0]


def test_never_the_asker_never_leavers_never_beginners(
    org, employee, outsider, facilitation
) -> None:
    beginner = PersonFactory(unit=org.sales)
    PersonSkillFactory(person=employee, skill=facilitation, level=4)
    PersonSkillFactory(person=outsider, skill=facilitation, level=4)
    PersonSkillFactory(person=beginner, skill=facilitation, level=1, can_help=False)
    assert experts_for("Facilitation", viewer=employee)[1] == []


def test_one_row_per_person_with_their_strongest_skill(org, employee, facilitation) -> None:
    other = SkillFactory(slug="workshop-design", name_en="Workshop design")
    helper = PersonFactory(unit=org.sales)
    PersonSkillFactory(person=helper, skill=facilitation, level=3)
    PersonSkillFactory(person=helper, skill=other, level=4)
    _skills, experts = experts_for("workshop", viewer=employee)
    assert [(e.person, e.skill, e.level) for e in experts] == [(helper, other, 4)]


def test_unknown_topic_finds_no_skill(employee) -> None:
    assert experts_for("quantum basket weaving", viewer=employee) == ([], [])


def test_expert_page_shows_people_and_htmx_partial(
    as_employee: Client, org, facilitation, htmx_headers
) -> None:
    helper = PersonFactory(full_name="Fia Facilitator", unit=org.sales)
    PersonSkillFactory(person=helper, skill=facilitation, level=4)
    page = as_employee.get(reverse("search:experts"), {"q": "fasilitering"})
    assert "Fia Facilitator" in page.content.decode()
    partial = as_employee.get(reverse("search:experts"), {"q": "fasilitering"}, **htmx_headers)
    body = partial.content.decode()
    assert body.lstrip().startswith('<section id="expert-results"') and "Fia Facilitator" in body


def test_expert_page_refuses_an_overlong_query_clearly(as_employee: Client) -> None:
    response = as_employee.get(reverse("search:experts"), {"q": "x" * 500})
    assert response.status_code == 400
    assert "at most 100 characters" in response.content.decode()


def test_expert_page_query_count_is_constant(
    as_employee: Client, org, facilitation, django_assert_num_queries
) -> None:
    def add(n: int) -> None:
        for _ in range(n):
            PersonSkillFactory(person=PersonFactory(unit=org.sales), skill=facilitation, level=3)

    add(1)
    with django_assert_num_queries(8):
        as_employee.get(reverse("search:experts"), {"q": "facilitation"})
    add(2)
    with django_assert_num_queries(8):
        as_employee.get(reverse("search:experts"), {"q": "facilitation"})
