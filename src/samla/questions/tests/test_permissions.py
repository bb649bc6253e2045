"""Who may do what, for every role, on a named and an anonymous question."""

from __future__ import annotations

import pytest
from conftest import Org

from samla.people.models import Person
from samla.questions import permissions, services
from samla.questions.enums import QuestionState
from samla.questions.models import Question

pytestmark = pytest.mark.django_db

ROLES = ["employee", "colleague", "manager", "learning_lead", "org_admin", "outsider"]


def ask(asker: Person, **kw: object) -> Question:
    args: dict[str, object] = {
        "title": "Who may do what here?",
        "body": "",
        "topics": [],
        "audience_unit": None,
        "anonymous": False,
        "language": "en",
    }
    args.update(kw)
    return services.question_ask(asker=asker, **args)[0]  # type: ignore[arg-type]


@pytest.mark.parametrize("role", ROLES)
def test_named_question(request: pytest.FixtureRequest, role: str, employee: Person) -> None:
    viewer: Person = request.getfixturevalue(role)
    question = ask(employee)
    active = viewer.is_active
    is_asker = role == "employee"
    lead = role in {"learning_lead", "org_admin"}
    assert permissions.can_view_question(viewer, question) is active
    assert permissions.can_answer(viewer, question) is active
    assert permissions.can_accept(viewer, question) is is_asker
    assert permissions.can_follow(viewer, question) is (active and not is_asker)
    assert permissions.can_report_question(viewer, question) is (active and not is_asker)
    assert permissions.can_mark_duplicate(viewer, question) is (is_asker or lead)
    assert permissions.can_moderate_question(viewer, question) is lead
    assert permissions.can_turn_into_story(viewer, question) is False  # nothing accepted


@pytest.mark.parametrize("role", ROLES)
def test_anonymous_question_has_no_asker_for_anyone(
    request: pytest.FixtureRequest, role: str, employee: Person, crowd: list[Person]
) -> None:
    viewer: Person = request.getfixturevalue(role)
    question = ask(employee, anonymous=True)
    # Not even the person who asked it is the asker in Samla's eyes.
    assert not permissions.is_asker(viewer, question)
    assert not permissions.can_accept(viewer, question)
    assert permissions.can_mark_duplicate(viewer, question) is (
        role in {"learning_lead", "org_admin"}
    )


@pytest.mark.parametrize("role", ROLES)
def test_hidden_question(
    request: pytest.FixtureRequest, role: str, employee: Person, org: Org
) -> None:
    viewer: Person = request.getfixturevalue(role)
    question = ask(employee)
    question.state = QuestionState.HIDDEN
    expected = role in {"employee", "learning_lead", "org_admin"}
    assert permissions.can_view_question(viewer, question) is expected
    assert not permissions.can_answer(viewer, question)
    question.state = QuestionState.REMOVED
    assert not permissions.can_view_question(viewer, question)


@pytest.mark.parametrize("role", ROLES)
def test_unit_audience(
    request: pytest.FixtureRequest, role: str, employee: Person, org: Org
) -> None:
    viewer: Person = request.getfixturevalue(role)
    question = ask(employee, audience_unit=org.engineering)
    expected = role in {"employee", "manager"}
    assert permissions.can_view_question(viewer, question) is expected
