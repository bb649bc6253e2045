"""Routing in the database: candidates, audience, load, notifications, the second round."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Any

import pytest
from conftest import Org
from django.core.management import call_command
from django.utils import timezone

from samla.notifications.models import Notification
from samla.people.models import Person, Skill
from samla.people.tests.factories import PersonFactory, PersonSkillFactory, SkillFactory
from samla.questions.enums import QuestionState
from samla.questions.models import Question, QuestionTopic
from samla.questions.models_routing import QuestionRouting, RoutingPreference, RoutingRequest
from samla.questions.services_routing import (
    route_question,
    routing_opt_out_get,
    routing_opt_out_set,
    widen_routing,
)
from samla.questions.tests.factories import AnswerFactory, QuestionFactory

ROUTED = "question_routed"


@pytest.fixture
def skill(db: None) -> Skill:
    return SkillFactory(slug="postgres", name_en="PostgreSQL")


def helper(unit: object, skill: Skill, level: int | None = 4, **kwargs: object) -> Person:
    person = PersonFactory(unit=unit, **kwargs)
    PersonSkillFactory(person=person, skill=skill, level=level, can_help=True)
    return person


def ask(skill: Skill, *, author: Person | None = None, audience: object = None) -> Question:
    if author is None:
        question = QuestionFactory(
            author=None, is_anonymous=True, published_at=None, audience_unit=audience
        )
    else:
        question = QuestionFactory(author=author, audience_unit=audience)
    QuestionTopic.objects.create(question=question, skill=skill, asked_on=question.asked_on)
    return question


def asked(question: Question) -> set[int]:
    return set(question.routing_requests.values_list("helper_id", flat=True))


def notified(kind: str = ROUTED) -> Counter[int]:
    return Counter(Notification.objects.filter(kind=kind).values_list("recipient_id", flat=True))


def test_a_named_question_asks_experts_first_and_tells_them_after_commit(
    org: Org, skill: Skill, employee: Person, django_capture_on_commit_callbacks: Any
) -> None:
    experts = {helper(org.sales, skill, level=lvl).pk for lvl in (3, 4, 4)}
    helper(org.sales, skill, level=2)
    question = ask(skill, author=employee)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        chosen = route_question(question=question, asker_id=employee.pk)
    assert set(chosen) == experts == asked(question)
    assert not Notification.objects.exists()  # publishing does not wait for them
    for callback in callbacks:
        callback()  # the commit: the task runs (immediately, in tests)

    assert set(notified()) == experts
    note = Notification.objects.filter(kind=ROUTED).first()
    assert note is not None and note.url == question.get_absolute_url()
    assert note.params == {"title": question.title}
    assert set(question.routing_requests.values_list("round", "notified")) == {(1, True)}
    assert widen_routing().delivered == 0  # nothing left for the periodic run
    assert QuestionRouting.objects.get(question=question).routed_on == timezone.localdate()


def test_never_the_asker_an_opted_out_a_leaver_or_someone_who_cannot_help(
    org: Org, skill: Skill
) -> None:
    asker = helper(org.sales, skill)
    shy = helper(org.sales, skill)
    routing_opt_out_set(person=shy, opted_out=True)
    helper(org.sales, skill, is_active=False)
    busy = PersonFactory(unit=org.sales)
    PersonSkillFactory(person=busy, skill=skill, level=4, can_help=False)
    willing = helper(org.sales, skill, level=2)

    question = ask(skill, author=asker)
    assert route_question(question=question, asker_id=asker.pk) == [willing.pk]


def test_a_unit_question_goes_only_to_people_in_that_unit(
    org: Org, skill: Skill, employee: Person
) -> None:
    inside = {helper(org.platform, skill).pk, helper(org.engineering, skill).pk}
    helper(org.sales, skill)
    helper(org.root, skill)
    question = ask(skill, author=employee, audience=org.engineering)
    assert set(route_question(question=question, asker_id=employee.pk)) == inside


def test_the_load_is_spread_over_the_experts(org: Org, skill: Skill, employee: Person) -> None:
    experts = [helper(org.sales, skill) for _ in range(6)]
    for _ in range(4):
        question = ask(skill, author=employee)
        route_question(question=question, asker_id=employee.pk)
    load = Counter(RoutingRequest.objects.values_list("helper_id", flat=True))
    assert sorted(load[e.pk] for e in experts) == [2, 2, 2, 2, 2, 2]


def test_an_anonymous_question_is_announced_by_the_next_periodic_run(
    org: Org, skill: Skill
) -> None:
    asker = helper(org.sales, skill)
    others = [helper(org.sales, skill) for _ in range(6)]
    question = ask(skill)  # anonymous: no author

    chosen = route_question(question=question, asker_id=asker.pk)

    assert len(chosen) == 3 and asker.pk not in chosen
    assert set(chosen) <= {o.pk for o in others}
    assert not Notification.objects.filter(kind=ROUTED).exists()  # not at the exact time
    assert set(question.routing_requests.values_list("notified", flat=True)) == {False}

    report = widen_routing()
    assert report.delivered == 3
    assert set(notified()) == set(chosen)
    assert widen_routing().delivered == 0  # idempotent
    assert sum(notified().values()) == 3


def test_no_routing_row_names_the_anonymous_asker(org: Org, skill: Skill) -> None:
    asker = helper(org.sales, skill)
    for _ in range(6):
        helper(org.sales, skill)
    question = ask(skill)
    route_question(question=question, asker_id=asker.pk)
    widen_routing()
    assert not RoutingRequest.objects.filter(helper=asker).exists()
    assert not Notification.objects.filter(recipient=asker).exists()
    assert not RoutingPreference.objects.filter(person=asker).exists()


def test_pending_notices_are_dropped_for_hidden_questions_and_people_who_opted_out(
    org: Org, skill: Skill
) -> None:
    for _ in range(6):
        helper(org.sales, skill)
    question = ask(skill)
    chosen = route_question(question=question, asker_id=None)
    routing_opt_out_set(person=Person.objects.get(pk=chosen[0]), opted_out=True)
    assert widen_routing().delivered == 2

    hidden = ask(skill)
    route_question(question=hidden, asker_id=None)
    Question.objects.filter(pk=hidden.pk).update(state=QuestionState.HIDDEN)
    assert widen_routing().delivered == 0


def test_the_second_round_after_48_hours_asks_more_people_and_lower_levels(
    org: Org, skill: Skill, employee: Person
) -> None:
    experts = {helper(org.sales, skill).pk for _ in range(3)}
    lower = {helper(org.sales, skill, level=lvl).pk for lvl in (1, 2, None)}
    question = ask(skill, author=employee)
    assert set(route_question(question=question, asker_id=employee.pk)) == experts
    today = timezone.localdate()

    assert widen_routing(today=today + timedelta(days=1)).widened == 0
    report = widen_routing(today=today + timedelta(days=2))
    assert (report.considered, report.widened, report.asked) == (1, 1, 3)
    assert asked(question) == experts | lower
    assert set(question.routing_requests.filter(round=2).values_list("helper_id", flat=True)) == (
        lower
    )
    assert sum(notified().values()) == 6
    # Idempotent: each question is widened once.
    assert widen_routing(today=today + timedelta(days=3)).considered == 0


def test_an_answered_question_is_not_widened(org: Org, skill: Skill, employee: Person) -> None:
    expert = helper(org.sales, skill)
    helper(org.sales, skill, level=2)
    question = ask(skill, author=employee)
    route_question(question=question, asker_id=employee.pk)
    AnswerFactory(question=question, author=expert)
    Question.objects.filter(pk=question.pk).update(answer_count=1)
    report = widen_routing(today=timezone.localdate() + timedelta(days=2))
    assert (report.considered, report.widened) == (1, 0)
    assert QuestionRouting.objects.get(question=question).widened_on is not None


def test_the_command_widens_and_has_a_dry_run(org: Org, skill: Skill) -> None:
    for _ in range(6):
        helper(org.sales, skill)
    question = ask(skill)
    route_question(question=question, asker_id=None)
    call_command("widen_question_routing", "--dry-run")
    assert not Notification.objects.exists()
    call_command("widen_question_routing")
    assert sum(notified().values()) == 3


def test_opting_out_and_back_in(employee: Person) -> None:
    assert routing_opt_out_get(person=employee) is False
    assert routing_opt_out_set(person=employee, opted_out=True) is True
    assert routing_opt_out_get(person=employee) is True
    routing_opt_out_set(person=employee, opted_out=False)
    assert routing_opt_out_get(person=employee) is False


def test_routing_a_question_takes_a_few_queries(
    org: Org, skill: Skill, employee: Person, django_assert_num_queries: object
) -> None:
    for _ in range(8):
        helper(org.sales, skill)
    other = SkillFactory()
    for _ in range(3):
        helper(org.sales, other)
    question = ask(skill, author=employee)
    anonymous = ask(skill)
    # Helpers of the topics; those people with their load; the routing row; the requests.
    # Notices come after commit.
    with django_assert_num_queries(4):  # type: ignore[operator]
        route_question(question=anonymous, asker_id=employee.pk)
    with django_assert_num_queries(4):  # type: ignore[operator]
        route_question(question=question, asker_id=employee.pk)


def test_asking_through_the_questions_service_routes(org: Org, skill: Skill) -> None:
    from samla.questions.services import question_ask

    asker = PersonFactory(unit=org.sales)
    experts = {helper(org.sales, skill).pk for _ in range(2)}
    question, token = question_ask(
        asker=asker,
        title="How do we vacuum big tables?",
        body="",
        topics=[skill],
        audience_unit=None,
        anonymous=False,
        language="en",
    )
    assert token is None
    assert asked(question) == experts


def test_the_task_tells_only_its_own_questions_helpers(org: Org, skill: Skill) -> None:
    from samla.questions.services_routing import routing_notices_deliver

    for _ in range(6):
        helper(org.sales, skill)
    first, second = ask(skill, author=PersonFactory()), ask(skill)
    asked_first = route_question(question=first, asker_id=None)
    route_question(question=second, asker_id=None)
    assert routing_notices_deliver(question_id=first.pk) == 3
    assert set(notified()) == set(asked_first)
    assert routing_notices_deliver(question_id=first.pk) == 0
    assert set(second.routing_requests.values_list("notified", flat=True)) == {False}


def test_the_second_round_never_asks_the_named_asker(org: Org, skill: Skill) -> None:
    asker = helper(org.sales, skill, level=1)
    experts = {helper(org.sales, skill).pk for _ in range(2)}
    question = ask(skill, author=asker)
    assert set(route_question(question=question, asker_id=asker.pk)) == experts
    report = widen_routing(today=timezone.localdate() + timedelta(days=2))
    assert (report.widened, report.asked) == (1, 0)
    assert not RoutingRequest.objects.filter(helper=asker).exists()


def test_an_anonymous_question_is_widened_too(org: Org, skill: Skill) -> None:
    for _ in range(6):
        helper(org.sales, skill)
    lower = {helper(org.sales, skill, level=1).pk for _ in range(6)}
    question = ask(skill)
    first = set(route_question(question=question, asker_id=None))
    report = widen_routing(today=timezone.localdate() + timedelta(days=2))
    second = set(question.routing_requests.filter(round=2).values_list("helper_id", flat=True))
    assert report.widened == 1 and second and not first & second
    assert set(notified()) == first | second
    # The cover: one of the 3 experts left (at most half), then 3 of the 6 at level 1.
    assert len(second) == 4 and len(second & lower) == 3


def test_a_popular_topic_is_sampled_best_tier_first(
    org: Org, skill: Skill, monkeypatch: pytest.MonkeyPatch
) -> None:
    from samla.questions import services_routing

    monkeypatch.setattr(services_routing, "POOL_MAX", 4)
    experts = {helper(org.sales, skill, level=lvl).pk for lvl in (3, 4, 4, 3, 4, 4)}
    for _ in range(6):
        helper(org.sales, skill, level=2)
    question = ask(skill, author=PersonFactory())
    pool = services_routing._candidates(question=question, today=timezone.localdate())
    assert len(pool) == 4 and {c.id for c in pool} <= experts
    assert {c.level for c in pool} <= {3, 4}
