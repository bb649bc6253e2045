from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from samla.people.models import Person
from samla.people.tests.factories import PersonFactory, PersonSkillFactory, SkillFactory
from samla.record.enums import Verb, Visibility
from samla.record.services import record_append

pytestmark = pytest.mark.django_db


def test_home_requires_sign_in(client: Client) -> None:
    response = client.get(reverse("core:home"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_home_counts_colleagues_not_oneself(
    as_employee: Client, employee: Person, manager: Person
) -> None:
    response = as_employee.get(reverse("core:home"))
    assert response.context["unit_people_count"] == 1  # the manager; not the employee


def test_home_shows_helpers_for_what_i_want_to_learn(
    as_employee: Client, org, employee: Person
) -> None:
    wanted = SkillFactory(name_en="Negotiation")
    other = SkillFactory(name_en="Welding")
    helper = PersonFactory(full_name="Helga Helper", unit=org.sales)
    bystander = PersonFactory(full_name="Bo Bystander", unit=org.sales)
    PersonSkillFactory(
        person=employee, skill=wanted, level=None, can_help=False, wants_to_learn=True
    )
    PersonSkillFactory(person=helper, skill=wanted, level=4, can_help=True)
    PersonSkillFactory(person=bystander, skill=other, level=4, can_help=True)
    body = as_employee.get(reverse("core:home")).content.decode()
    assert "Helga Helper" in body
    assert "Bo Bystander" not in body


def test_home_shows_my_private_activity_to_me(as_employee: Client, employee: Person) -> None:
    record_append(
        actor=employee,
        verb=Verb.REFLECTED,
        object_type="reflection",
        object_id=1,
        object_title="What I would do differently",
        visibility=Visibility.PRIVATE,
    )
    body = as_employee.get(reverse("core:home")).content.decode()
    assert "What I would do differently" in body


def test_home_query_count_is_constant(
    as_employee: Client, employee: Person, django_assert_num_queries
) -> None:
    def add(n: int) -> None:
        for i in range(n):
            record_append(actor=employee, verb=Verb.SHARED, object_type="story", object_id=i)

    add(1)
    # 8 before stories, and For you: follows, own skills, its sources (no stories to load here;
    # see stories/tests/test_feed.py for the count with stories); the viewer's circles (once,
    # shared with For you), the next meetings, and questions (help topics, questions; follows).
    with django_assert_num_queries(15):
        as_employee.get(reverse("core:home"))
    add(2)
    with django_assert_num_queries(15):
        as_employee.get(reverse("core:home"))


def test_home_shows_my_next_meetings_and_questions_i_could_answer(
    as_employee: Client, employee: Person, colleague: Person, manager: Person
) -> None:
    from samla.circles.tests.factories import make_circle, make_meeting
    from samla.people.models import PersonSkill
    from samla.people.tests.factories import SkillFactory
    from samla.questions.models import QuestionTopic
    from samla.questions.tests.factories import QuestionFactory

    circle = make_circle(facilitator=manager, members=[employee], name="Platform learning")
    make_meeting(circle=circle, by=manager, title="Friday learning")
    skill = SkillFactory()
    PersonSkill.objects.create(person=employee, skill=skill, level=4, can_help=True)
    question = QuestionFactory(author=colleague, title="How do we review migrations?")
    QuestionTopic.objects.create(question=question, skill=skill, asked_on=question.asked_on)
    own = QuestionFactory(author=employee, title="My own open question")
    QuestionTopic.objects.create(question=own, skill=skill, asked_on=own.asked_on)

    page = as_employee.get(reverse("core:home"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Friday learning" in page and "Platform learning" in page
    assert "How do we review migrations?" in page
    assert "My own open question" not in page  # nobody is asked to answer themselves
