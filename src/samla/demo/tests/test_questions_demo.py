"""The demo's questions: valid definitions in four languages, seeded through the questions
services, with anonymous questions that stay anonymous."""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import timezone

from samla.demo import questions as demo_questions
from samla.demo.questions import all_question_defs, question_defs_sample, seed_questions
from samla.demo.seed import Seeder
from samla.demo.skills import SKILLS_BY_SLUG
from samla.notifications.models import EmailMessage, Notification
from samla.people.models import Person, PersonSkill
from samla.questions import services
from samla.questions.enums import ReportReason
from samla.questions.models import (
    BODY_MAX,
    TITLE_MAX,
    Answer,
    Comment,
    Question,
    QuestionFollow,
    QuestionReport,
    Vote,
)
from samla.record.models import Activity
from samla.stories.permissions import unit_ancestor_ids

LANGUAGES = {"en", "da", "sv", "nb"}
BY = {"expert", "lead", "manager", "any"}


def _comments_valid(comments: list[dict[str, Any]], *, key: str) -> None:
    for c in comments:
        assert c["by"] in BY | {"asker"}, key
        assert c.get("speaker", "en") in LANGUAGES, key
        assert c["body"].strip() and len(c["body"]) <= 2000, key


def test_every_question_definition_is_valid() -> None:
    defs = all_question_defs()
    assert len({d["key"] for _, d in defs}) == len(defs)
    per_language = Counter(lang for lang, _ in defs)
    assert set(per_language) == LANGUAGES
    assert all(n >= 18 for n in per_language.values()), per_language
    for lang in LANGUAGES:
        mine = [d for lg, d in defs if lg == lang]
        anonymous = [d for d in mine if d.get("anonymous")]
        assert 3 <= len(anonymous) <= len(mine) // 2, lang  # about one in four
        assert any(not d["answers"] for d in mine), lang  # some still wait for an answer
        assert sum(1 for d in mine if any(a.get("accepted") for a in d["answers"])) >= 12, lang
        assert any(d.get("same") for d in mine), lang
        assert any(d.get("audience") == "unit" for d in mine), lang
    keys = {d["key"]: d for _, d in defs}
    for _, d in defs:
        key = d["key"]
        assert services.TITLE_MIN <= len(d["title"]) <= TITLE_MAX, key
        assert d["body"].strip() and len(d["body"]) <= BODY_MAX, key
        assert 1 <= len(d["topics"]) <= 3 and set(d["topics"]) <= set(SKILLS_BY_SLUG), key
        assert d.get("audience", "organisation") in {"organisation", "unit"}, key
        assert d["area"] in {*demo_questions.AREAS, "any"}, key
        assert d.get("asker", "leader") == "leader", key
        assert d.get("office", "nordic") == "nordic", key
        assert d["days_ago"] >= 1, key
        assert not (d.get("anonymous") and d.get("account")), key
        # Anonymous questions go to the whole organisation: a small team could guess who asked.
        assert not (d.get("anonymous") and d.get("audience") == "unit"), key
        assert sum(1 for a in d["answers"] if a.get("accepted")) <= 1, key
        if d.get("duplicate_of"):
            original = keys[d["duplicate_of"]]
            assert original["key"][:2] == key[:2] and original["days_ago"] > d["days_ago"], key
            assert original["answers"] and not d["answers"], key
        assert len(d["answers"]) <= 4, key
        for a in d["answers"]:
            assert a["by"] in BY, key
            assert a["body"].strip(), key
            assert a.get("speaker", "en") in LANGUAGES, key
            assert (a.get("report") or {}).get("reason", "other") in ReportReason.values, key
            _comments_valid(a.get("comments") or [], key=key)
        _comments_valid(d.get("comments") or [], key=key)


def test_a_small_sample_keeps_every_language_and_kind() -> None:
    sample = question_defs_sample(12)
    assert len(sample) == 12
    kinds = {(lang, demo_questions._category(d)) for lang, d in sample}
    assert kinds == {
        (lang, kind) for lang in LANGUAGES for kind in ("named", "anonymous", "unanswered")
    }
    assert question_defs_sample(None) == all_question_defs()


@pytest.fixture
def small_org() -> tuple[random.Random, list[Any]]:
    seeder = Seeder(people=60, seed=3)
    members = seeder.run()
    return seeder.rng, members


@pytest.mark.django_db
def test_demo_questions_are_asked_answered_and_accepted(
    small_org: tuple[random.Random, list[Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    rng, members = small_org
    # Watch who asks anonymously (only the test knows), to prove nothing ties them to it.
    anonymous_askers: dict[str, int] = {}
    real_ask = services.question_ask

    def spy_ask(**kwargs: Any) -> tuple[Question, str | None]:
        question, token = real_ask(**kwargs)
        if kwargs["anonymous"]:
            anonymous_askers[question.public_id] = kwargs["asker"].pk
        return question, token

    monkeypatch.setattr(services, "question_ask", spy_ask)
    emails_before = EmailMessage.objects.count()
    now = timezone.now()

    report = seed_questions(rng=rng, members=members, now=now)

    questions = list(Question.objects.prefetch_related("question_topics__skill"))
    assert report.questions == len(questions) == len(all_question_defs())
    assert {q.language for q in questions} == LANGUAGES
    anonymous = [q for q in questions if q.is_anonymous]
    named = [q for q in questions if not q.is_anonymous]
    assert len(anonymous) == report.anonymous >= 12
    assert all(q.author_id is None and q.published_at is None for q in anonymous)
    assert all(q.author_id is not None and q.published_at is not None for q in named)
    # Accepted answers, also through the private link; and some still wait for an answer.
    assert sum(1 for q in questions if q.accepted_answer_id) == report.accepted >= 40
    assert any(q.accepted_answer_id for q in anonymous)
    waiting = [q for q in questions if q.answer_count == 0 and q.duplicate_of_id is None]
    assert len(waiting) == report.unanswered >= 8
    # A question asked before is marked as a duplicate of the earlier one, by a learning lead.
    duplicates = [q for q in questions if q.duplicate_of_id is not None]
    assert len(duplicates) == report.duplicates == 2
    assert all(q.duplicate_of.answer_count for q in duplicates)
    assert Answer.objects.filter(by_asker=True, author__isnull=True).exists()
    assert Comment.objects.exists() and Vote.objects.exists() and QuestionFollow.objects.exists()
    assert all(q.follower_count == q.follows.count() for q in questions)

    # Answers come from people who said they can help with the topic, mostly (the rest from
    # learning leads and colleagues, as written; a 60-person organisation has few experts).
    named_answers = Answer.objects.filter(author__isnull=False, by_asker=False)
    helped = sum(
        1
        for a in named_answers.select_related("question")
        if PersonSkill.objects.filter(
            person_id=a.author_id,
            can_help=True,
            skill__in=a.question.question_topics.values("skill"),
        ).exists()
    )
    assert helped >= named_answers.count() / 2

    # Asked over the last months, answered after they were asked, never in the future.
    assert len({q.asked_on for q in questions}) > 20
    assert all(q.asked_on <= now.date() for q in questions)
    for q in named:
        assert q.published_at is not None and q.published_at <= now
        for a in q.answers.filter(created_at__isnull=False):
            assert q.published_at <= a.created_at <= now
    assert not Answer.objects.filter(by_asker=True, created_at__isnull=False).exists()

    # The learning record: asked for named questions only, answered, accepted; in the past.
    asked = Activity.objects.filter(object_type="question", verb="asked")
    assert asked.count() == len(named)
    assert not asked.filter(object_id__in=[q.public_id for q in anonymous]).exists()
    assert Activity.objects.filter(object_type="question", verb="answered").exists()
    assert all(a.timestamp <= now for a in Activity.objects.filter(object_type="question"))

    # The demo accounts: the employee asked about a restarting pod; the manager answered it.
    employee = Person.objects.get(email="employee@example.com")
    pod = Question.objects.get(author=employee, title__startswith="Hvordan ser jeg loggen")
    assert pod.accepted_answer is not None
    assert pod.accepted_answer.author.email == "manager@example.com"
    # Their team has a question of its own, which only the team can read.
    team_question = Question.objects.get(title__startswith="Hvilke base images")
    assert team_question.audience_unit_id in unit_ancestor_ids(employee)
    assert team_question.audience_unit_id is not None
    # …and the employee, who wants to learn facilitation, has the facilitation question too.
    assert QuestionFollow.objects.filter(
        person=employee, question__question_topics__skill__slug="facilitation"
    ).exists()
    # One answer waits in the learning leads' queue, reported but not hidden.
    assert QuestionReport.objects.filter(resolved_on__isnull=True).count() == report.reports == 1
    assert Question.objects.filter(state="published").count() == len(questions)

    # Nothing ties an anonymous asker to their question.
    try:
        routing_requests: Any = apps.get_model("questions", "RoutingRequest")
    except LookupError:
        routing_requests = None
    assert len(anonymous_askers) == len(anonymous)
    for q in anonymous:
        asker = anonymous_askers[q.public_id]
        assert not Activity.objects.filter(object_id=q.public_id, actor_id=asker).exists()
        assert not q.answers.filter(author_id=asker).exists()
        assert not q.comments.filter(author_id=asker).exists()
        assert not q.follows.filter(person_id=asker).exists()
        assert not Vote.objects.filter(person_id=asker, answer__question=q).exists()
        assert not Notification.objects.filter(recipient_id=asker, url__contains=q.public_id)
        if routing_requests is not None:  # routing never asks the asker
            assert not routing_requests.objects.filter(question=q, helper_id=asker).exists()
    assert len(set(anonymous_askers.values())) >= len(anonymous) // 2

    # The demo's past sends no email.
    assert EmailMessage.objects.count() == emails_before


@pytest.mark.django_db
def test_a_limited_seed_keeps_every_language(small_org: tuple[random.Random, list[Any]]) -> None:
    rng, members = small_org
    report = seed_questions(rng=rng, members=members, now=timezone.now(), limit=12)
    assert report.questions == Question.objects.count() == 12
    assert set(Question.objects.values_list("language", flat=True)) == LANGUAGES
    assert Question.objects.filter(is_anonymous=True, author__isnull=True).count() == 4
    assert Question.objects.filter(answer_count=0).count() == 4


@pytest.mark.django_db
def test_someone_at_the_anonymous_limit_is_passed_over(
    small_org: tuple[random.Random, list[Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A demo seeded again on the same day (a shared cache) may meet the per-day limit of
    anonymous questions: someone else asks instead, and the seed does not fail."""
    rng, members = small_org
    limited: list[int] = []

    def at_the_limit(person: Person) -> None:
        if not limited:
            limited.append(person.pk)
            raise ValidationError("limit", code="rate_limited")

    monkeypatch.setattr(services, "_take_anonymous_slot", at_the_limit)
    report = seed_questions(rng=rng, members=members, now=timezone.now(), limit=12)
    assert report.questions == 12 and report.anonymous == 4
    assert limited
