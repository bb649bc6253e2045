"""The learning leads' demand-against-supply page and the "don't route questions to me" page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import Org, client_for
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from samla.people.models import Person, Skill
from samla.people.tests.factories import PersonFactory, PersonSkillFactory, SkillFactory
from samla.questions.enums import QuestionState
from samla.questions.models import Question, QuestionTopic
from samla.questions.selectors_routing import topic_demand
from samla.questions.services_routing import routing_opt_out_get, routing_opt_out_set
from samla.questions.tests.factories import QuestionFactory

INSIGHT = reverse("questions:insight")
SETTINGS = reverse("questions:routing-settings")


def open_question(skill: Skill, **kwargs: object) -> Question:
    question = QuestionFactory(**kwargs)
    QuestionTopic.objects.create(question=question, skill=skill, asked_on=question.asked_on)
    return question


def helpers(skill: Skill, n: int, **kwargs: object) -> list[Person]:
    people = [PersonFactory(**kwargs) for _ in range(n)]
    for p in people:
        PersonSkillFactory(person=p, skill=skill, level=4, can_help=True)
    return people


@pytest.fixture
def demand(org: Org) -> tuple[Skill, Skill, Skill]:
    """kubernetes: 4 unanswered, 1 helper (gap 3); sql: 2 unanswered, 0 helpers (gap 2);
    excel: 1 unanswered, 3 helpers (gap -2). Answered, hidden, duplicate and old questions and
    opted-out or departed helpers do not count."""
    k8s = SkillFactory(slug="kubernetes", name_en="Kubernetes")
    sql = SkillFactory(slug="sql", name_en="SQL")
    excel = SkillFactory(slug="excel", name_en="Excel")
    for _ in range(4):
        open_question(k8s)
    open_question(k8s, answer_count=2)
    open_question(k8s, state=QuestionState.HIDDEN)
    open_question(k8s, is_anonymous=True, author=None, published_at=None)  # 4 + this = 5
    helpers(k8s, 1)
    helpers(k8s, 1, is_active=False)
    routing_opt_out_set(person=helpers(k8s, 1)[0], opted_out=True)
    open_question(sql, asked_on=timezone.localdate() - timedelta(days=200))  # too old to count
    original = open_question(sql)
    open_question(sql, duplicate_of=original)
    open_question(sql)
    open_question(excel)
    helpers(excel, 3)
    PersonSkillFactory(skill=excel, level=2, can_help=False)
    return k8s, sql, excel


def test_topics_with_the_widest_gap_come_first(demand: tuple[Skill, Skill, Skill]) -> None:
    k8s, sql, excel = demand
    rows = topic_demand()
    assert [(r.skill, r.unanswered, r.helpers, r.gap) for r in rows] == [
        (k8s, 5, 1, 4),
        (sql, 2, 0, 2),
        (excel, 1, 3, -2),
    ]


def test_demand_takes_six_queries(
    demand: tuple[Skill, Skill, Skill], django_assert_num_queries: object
) -> None:
    with django_assert_num_queries(6):  # type: ignore[operator]
        topic_demand()


@pytest.mark.parametrize("who", ["learning_lead", "org_admin"])
def test_learning_leads_and_admins_see_demand_and_supply(
    who: str, request: pytest.FixtureRequest, demand: tuple[Skill, Skill, Skill]
) -> None:
    client = client_for(request.getfixturevalue(who))
    response = client.get(INSIGHT)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Kubernetes") < html.index("SQL") < html.index("Excel")
    assert reverse("questions:topic", args=["kubernetes"]) in html


@pytest.mark.parametrize("who", ["employee", "manager", "colleague"])
def test_everyone_else_gets_404(
    who: str, request: pytest.FixtureRequest, demand: tuple[Skill, Skill, Skill]
) -> None:
    response = client_for(request.getfixturevalue(who)).get(INSIGHT)
    assert response.status_code == 404
    assert b"Kubernetes" not in response.content


def test_signed_out_and_departed_people_are_sent_to_sign_in(outsider: Person) -> None:
    for client in (Client(), client_for(outsider)):
        response = client.get(INSIGHT)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        assert Client().get(SETTINGS).status_code == 302


def test_an_empty_insight_page_says_so(as_learning_lead: Client) -> None:
    response = as_learning_lead.get(INSIGHT)
    assert response.status_code == 200
    assert b"Every question has an answer" in response.content


def test_anyone_can_opt_out_of_routed_questions_and_back(
    as_employee: Client, employee: Person
) -> None:
    page = as_employee.get(SETTINGS)
    assert page.status_code == 200
    assert b'name="opted_out"' in page.content and b"checked" not in page.content

    response = as_employee.post(SETTINGS, {"opted_out": "on"})
    assert response.status_code == 302 and response["Location"] == SETTINGS
    assert routing_opt_out_get(person=employee) is True
    assert b"checked" in as_employee.get(SETTINGS).content

    as_employee.post(SETTINGS, {})
    assert routing_opt_out_get(person=employee) is False


def test_the_htmx_form_swaps_its_partial(
    as_employee: Client, employee: Person, htmx_headers: dict[str, str]
) -> None:
    response = as_employee.post(SETTINGS, {"opted_out": "on"}, **htmx_headers)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section class="card" id="routing-form">')
    assert "<html" not in html and "Samla will not send you questions." in html
    assert routing_opt_out_get(person=employee) is True


def test_hostile_input_is_harmless(as_employee: Client, employee: Person) -> None:
    response = as_employee.post(SETTINGS, {"opted_out": "<script>alert(1)</script>" * 100})
    assert response.status_code == 302
    assert routing_opt_out_get(person=employee) is True
    assert as_employee.put(SETTINGS).status_code == 405
    assert as_employee.post(INSIGHT).status_code == 405


def test_the_insight_page_takes_a_fixed_number_of_queries(
    as_learning_lead: Client,
    demand: tuple[Skill, Skill, Skill],
    django_assert_max_num_queries: object,
) -> None:
    as_learning_lead.get(INSIGHT)  # the session and the person, warmed
    # The session, the person, the notifications bell; then the six of topic_demand.
    with django_assert_max_num_queries(9):  # type: ignore[operator]
        response = as_learning_lead.get(INSIGHT)
    assert response.status_code == 200
