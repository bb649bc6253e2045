from __future__ import annotations

import pytest
from conftest import Org
from django.core.exceptions import PermissionDenied, ValidationError

from samla.notifications.models import Notification
from samla.people.models import Person, Skill
from samla.questions import services
from samla.questions.enums import AnswerState, QuestionState
from samla.questions.models import Answer, Question, QuestionFollow
from samla.questions.services import QuestionConflict, QuestionNotFound
from samla.record.enums import Verb
from samla.record.models import Activity
from samla.search.models import SearchDocument

pytestmark = pytest.mark.django_db


def ask(asker: Person, **kw: object) -> tuple[Question, str | None]:
    args: dict[str, object] = {
        "title": "How do I roll back a deployment?",
        "body": "We use **Helm**.",
        "topics": [],
        "audience_unit": None,
        "anonymous": False,
        "language": "en",
    }
    args.update(kw)
    return services.question_ask(asker=asker, **args)  # type: ignore[arg-type]


def test_named_question_is_recorded_indexed_and_has_a_time(employee: Person, topic: Skill) -> None:
    question, token = ask(employee, topics=[topic])
    assert token is None
    assert question.author == employee and not question.is_anonymous
    assert question.published_at is not None
    assert "<strong>Helm</strong>" in question.body_html
    activity = Activity.objects.get(verb=Verb.ASKED)
    assert activity.actor == employee and activity.topics == ["kubernetes"]
    doc = SearchDocument.objects.get(doc_type="question", object_id=str(question.pk))
    assert doc.author_id == employee.pk


def test_anonymous_question_stores_nothing_about_the_asker(
    employee: Person, crowd: list[Person], org: Org
) -> None:
    question, token = ask(employee, anonymous=True, audience_unit=org.platform)
    assert token and len(token) >= 40
    question.refresh_from_db()
    assert question.author_id is None and question.is_anonymous
    assert question.published_at is None
    assert question.anon_token_hash == services.token_hash(token)
    assert token not in question.anon_token_hash
    assert not Activity.objects.exists()
    doc = SearchDocument.objects.get(doc_type="question", object_id=str(question.pk))
    assert doc.author_id is None
    assert doc.published_at.hour == 0 and doc.published_at.minute == 0


def test_anonymous_needs_k_people(employee: Person, manager: Person, org: Org) -> None:
    with pytest.raises(ValidationError) as exc:
        ask(employee, anonymous=True, audience_unit=org.platform)
    assert exc.value.code == "small_audience"
    assert not Question.objects.exists()


def test_anonymous_rate_limit_without_identity(employee: Person, crowd: list[Person]) -> None:
    for _ in range(services.ANON_PER_DAY):
        ask(employee, anonymous=True)
    with pytest.raises(ValidationError) as exc:
        ask(employee, anonymous=True)
    assert exc.value.code == "rate_limited"
    # Someone else is not limited by it, and asking with a name is not limited.
    ask(crowd[0], anonymous=True)
    ask(employee)


def test_toggle_anonymity_conflicts(employee: Person) -> None:
    question, _t = ask(employee)
    with pytest.raises(QuestionConflict):
        services.question_set_anonymity(actor=employee, question=question, anonymous=True)


@pytest.mark.parametrize(
    ("title", "code"),
    [("", "required"), ("   ", "required"), ("short", "min_length"), ("x" * 161, "max_length")],
)
def test_bad_titles(employee: Person, title: str, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        ask(employee, title=title)
    assert exc.value.code == code


def test_oversized_body_and_foreign_audience(employee: Person, org: Org) -> None:
    with pytest.raises(ValidationError):
        ask(employee, body="x" * 10_001)
    with pytest.raises(ValidationError) as exc:
        ask(employee, audience_unit=org.sales)
    assert exc.value.code == "audience"


def test_hostile_markdown_is_sanitised(employee: Person) -> None:
    question, _t = ask(
        employee,
        body='<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror="alert(1)">',
    )
    assert "<script" not in question.body_html
    assert 'href="javascript' not in question.body_html
    assert "<img" not in question.body_html


def test_answer_notifies_named_asker_and_followers(
    employee: Person, colleague: Person, manager: Person
) -> None:
    question, _t = ask(employee)
    services.question_follow_set(person=manager, question=question, on=True)
    answer = services.answer_post(author=colleague, question=question, body="Use helm rollback.")
    question.refresh_from_db()
    assert question.answer_count == 1
    kinds = set(Notification.objects.values_list("recipient__email", "kind"))
    assert ("employee@example.com", "question_answered") in kinds
    assert ("manager@example.com", "question_followed_answered") in kinds
    assert Activity.objects.filter(verb=Verb.ANSWERED, actor=colleague).exists()
    services.answer_accept(actor=employee, answer=answer)
    question.refresh_from_db()
    assert question.accepted_answer == answer
    assert Activity.objects.filter(verb=Verb.ACCEPTED, actor=employee).exists()
    assert Notification.objects.filter(
        recipient=colleague, kind="question_answer_accepted"
    ).exists()
    with pytest.raises(QuestionConflict):
        services.answer_accept(actor=employee, answer=answer)


def test_only_the_named_asker_accepts(employee: Person, colleague: Person, manager: Person) -> None:
    question, _t = ask(employee)
    answer = services.answer_post(author=colleague, question=question, body="Answer")
    with pytest.raises(PermissionDenied):
        services.answer_accept(actor=manager, answer=answer)


def test_anonymous_reply_and_accept_through_the_token(
    employee: Person, colleague: Person, crowd: list[Person]
) -> None:
    question, token = ask(employee, anonymous=True)
    assert token
    answer = services.answer_post(author=colleague, question=question, body="Try this.")
    # The anonymous asker gets no notification; nobody is told of the asker at all.
    assert not Notification.objects.filter(recipient=employee).exists()
    reply = services.answer_post_anonymous(token=token, body="Thanks, what about prod?")
    assert reply.author_id is None and reply.by_asker and reply.created_at is None
    services.answer_accept_anonymous(token=token, answer=answer)
    question.refresh_from_db()
    assert question.accepted_answer_id == answer.pk
    assert not Activity.objects.filter(actor=employee).exists()
    with pytest.raises(QuestionNotFound):
        services.answer_post_anonymous(token=token + "x", body="forged")
    with pytest.raises(QuestionNotFound):
        services.answer_accept_anonymous(token="forged-token-" * 3, answer=answer)
    with pytest.raises(QuestionConflict):
        services.answer_accept_anonymous(token=token, answer=reply)


def test_removed_question_link_is_gone(employee: Person, crowd: list[Person]) -> None:
    question, token = ask(employee, anonymous=True)
    Question.objects.filter(pk=question.pk).update(state=QuestionState.REMOVED)
    with pytest.raises(QuestionNotFound):
        services.question_from_token(token or "")


def test_votes(employee: Person, colleague: Person, manager: Person) -> None:
    question, _t = ask(employee)
    answer = services.answer_post(author=colleague, question=question, body="Answer")
    assert services.vote_set(person=manager, value=1, answer=answer) == 1
    assert services.vote_set(person=manager, value=-1, answer=answer) == -1
    assert services.vote_set(person=manager, value=0, answer=answer) == 0
    assert services.vote_set(person=colleague, value=1, question=question) == 1
    with pytest.raises(PermissionDenied):
        services.vote_set(person=colleague, value=1, answer=answer)  # own answer
    with pytest.raises(PermissionDenied):
        services.vote_set(person=employee, value=1, question=question)  # own question
    with pytest.raises(ValueError):
        services.vote_set(person=manager, value=5, question=question)


def test_follow_toggle(employee: Person, colleague: Person) -> None:
    question, _t = ask(employee)
    assert services.question_follow_set(person=colleague, question=question, on=True)
    assert services.question_follow_set(person=colleague, question=question, on=True)
    assert question.follower_count == 1
    assert not services.question_follow_set(person=colleague, question=question, on=False)
    assert question.follower_count == 0
    with pytest.raises(PermissionDenied):
        services.question_follow_set(person=employee, question=question, on=True)
    assert not QuestionFollow.objects.exists()


def test_three_reports_hide_pending_review(
    employee: Person, colleague: Person, manager: Person, learning_lead: Person, org_admin: Person
) -> None:
    question, _t = ask(employee)
    for reporter in (colleague, manager):
        services.report_create(reporter=reporter, question=question, reason="harmful")
    question.refresh_from_db()
    assert question.state == QuestionState.PUBLISHED
    with pytest.raises(QuestionConflict):
        services.report_create(reporter=colleague, question=question, reason="harmful")
    services.report_create(reporter=org_admin, question=question, reason="other")
    question.refresh_from_db()
    assert question.state == QuestionState.HIDDEN
    assert Notification.objects.filter(recipient=learning_lead, kind="question_reported").exists()
    services.moderation_restore(by=learning_lead, question=question)
    question.refresh_from_db()
    assert question.state == QuestionState.PUBLISHED
    with pytest.raises(QuestionConflict):
        services.moderation_restore(by=learning_lead, question=question)
    with pytest.raises(PermissionDenied):
        services.moderation_hide(by=colleague, question=question)


def test_answer_reports_and_moderation(
    employee: Person, colleague: Person, learning_lead: Person
) -> None:
    question, _t = ask(employee)
    answer = services.answer_post(author=colleague, question=question, body="Rude")
    services.moderation_hide(by=learning_lead, question=question, answer=answer)
    assert Answer.objects.get(pk=answer.pk).state == AnswerState.HIDDEN
    with pytest.raises(QuestionConflict):
        services.moderation_dismiss(by=learning_lead, question=question, answer=answer)


def test_duplicate(employee: Person, colleague: Person, learning_lead: Person) -> None:
    first, _t = ask(colleague, title="How do I roll back a release?")
    second, _t = ask(employee)
    with pytest.raises(PermissionDenied):
        services.question_mark_duplicate(actor=colleague, question=second, original=first)
    with pytest.raises(ValidationError):
        services.question_mark_duplicate(actor=employee, question=second, original=second)
    services.question_mark_duplicate(actor=learning_lead, question=second, original=first)
    second.refresh_from_db()
    assert second.duplicate_of == first
    assert Notification.objects.filter(recipient=employee, kind="question_duplicate").exists()


def test_question_to_story_credits_the_answer_author(
    employee: Person, colleague: Person, learning_lead: Person, crowd: list[Person]
) -> None:
    from samla.stories.models import Story

    question, token = ask(employee, anonymous=True)
    answer = services.answer_post(author=colleague, question=question, body="Use helm rollback.")
    with pytest.raises(PermissionDenied):
        services.question_to_story(actor=learning_lead, question=question)  # nothing accepted
    services.answer_accept_anonymous(token=token or "", answer=answer)
    question.refresh_from_db()
    with pytest.raises(PermissionDenied):
        services.question_to_story(actor=employee, question=question)  # nobody is the asker
    story = services.question_to_story(actor=learning_lead, question=question)
    assert story.author == learning_lead
    assert "Cecilia Colleague" in story.sections["learned"]
    assert Question.objects.get(pk=question.pk).story_id == story.pk
    assert Story.objects.count() == 1
