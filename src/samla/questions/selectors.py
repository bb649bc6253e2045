"""Reads. Every list of questions starts from `questions_visible_to` (or applies `audience_q`),
so the audience rule in SQL is the one in permissions.in_audience.

Lists are newest first by (asked_on, id) with a cursor, never by an exact time: anonymous
questions have none, and must not stand out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from samla.people.models import PersonSkill, Skill
from samla.questions.enums import AnswerState, QuestionState
from samla.questions.models import (
    Answer,
    Comment,
    ModerationEntry,
    Question,
    QuestionFollow,
    QuestionReport,
    QuestionTopic,
    Vote,
)
from samla.questions.permissions import can_moderate, can_view_question, in_audience
from samla.stories.permissions import unit_ancestor_ids

if TYPE_CHECKING:
    from samla.people.models import Person

PAGE_SIZE = 20


@dataclass
class Page:
    items: list[Question]
    next_cursor: str | None


def audience_q(viewer: Person, prefix: str = "") -> Q:
    """Questions whose audience includes the viewer (the stories' rule, without circles)."""
    org_wide = Q(**{f"{prefix}audience_unit__isnull": True})
    ancestors = unit_ancestor_ids(viewer)
    return org_wide | Q(**{f"{prefix}audience_unit_id__in": ancestors}) if ancestors else org_wide


def questions_visible_to(viewer: Person) -> QuerySet[Question]:
    if not viewer.is_active:
        return Question.objects.none()
    return Question.objects.filter(audience_q(viewer), state=QuestionState.PUBLISHED)


def question_get_visible(*, viewer: Person, public_id: str) -> Question | None:
    """One question if the viewer may read it, else None (callers answer 404)."""
    question = (
        Question.objects.select_related(
            "author", "audience_unit", "accepted_answer", "accepted_answer__author", "duplicate_of"
        )
        .filter(public_id=public_id)
        .first()
    )
    if question is None or not can_view_question(viewer, question):
        return None
    return question


def cursor_encode(question: Question) -> str:
    return f"{question.asked_on.isoformat()}_{question.pk}"


def cursor_decode(value: str | None) -> tuple[date, int] | None:
    if not value or "_" not in value or len(value) > 40:
        return None
    day, _sep, pk = value.partition("_")
    try:
        return date.fromisoformat(day), int(pk)
    except ValueError:
        return None


def _page(qs: QuerySet[Question], cursor: str | None, limit: int = PAGE_SIZE) -> Page:
    after = cursor_decode(cursor)
    if after is not None:
        day, pk = after
        qs = qs.filter(Q(asked_on__lt=day) | Q(asked_on=day, pk__lt=pk))
    rows = list(
        qs.select_related("author", "accepted_answer")
        .prefetch_related(
            Prefetch("question_topics", queryset=QuestionTopic.objects.select_related("skill"))
        )
        .order_by("-asked_on", "-id")[: limit + 1]
    )
    items = rows[:limit]
    return Page(items=items, next_cursor=cursor_encode(items[-1]) if len(rows) > limit else None)


def questions_latest(*, viewer: Person, cursor: str | None = None) -> Page:
    return _page(questions_visible_to(viewer), cursor)


def questions_by_topic(*, viewer: Person, skill: Skill, cursor: str | None = None) -> Page:
    on_topic = QuestionTopic.objects.filter(skill=skill).values("question_id")
    return _page(questions_visible_to(viewer).filter(pk__in=on_topic), cursor)


def questions_unanswered(
    *, viewer: Person, cursor: str | None = None, topic_ids: list[int] | None = None
) -> Page:
    """Questions nobody has answered yet (duplicates left out)."""
    qs = questions_visible_to(viewer).filter(answer_count=0, duplicate_of__isnull=True)
    if topic_ids is not None:
        on_topic = QuestionTopic.objects.filter(skill_id__in=topic_ids).values("question_id")
        qs = qs.filter(pk__in=on_topic)
    return _page(qs, cursor)


def questions_mine(*, viewer: Person, cursor: str | None = None) -> Page:
    """The viewer's named questions (hidden ones too). Anonymous ones are never linked to them:
    the page lists those from the browser's tokens (questions_from_tokens)."""
    if not viewer.is_active:
        return Page(items=[], next_cursor=None)
    qs = Question.objects.filter(author=viewer).exclude(state=QuestionState.REMOVED)
    return _page(qs, cursor, limit=50)


def questions_from_tokens(token_hashes: list[str]) -> list[Question]:
    if not token_hashes:
        return []
    return list(
        Question.objects.filter(anon_token_hash__in=token_hashes[:50], is_anonymous=True)
        .exclude(state=QuestionState.REMOVED)
        .order_by("-asked_on", "-id")
    )


def help_topics_of(viewer: Person) -> list[Skill]:
    """Topics where the viewer said "I can help"."""
    return list(
        Skill.objects.filter(holders__person=viewer, holders__can_help=True).order_by("name_en")
    )


def questions_i_could_answer(
    *, viewer: Person, cursor: str | None = None, topic_ids: list[int] | None = None
) -> Page:
    """Open questions (no accepted answer, not duplicates) on the viewer's "I can help" topics,
    not asked by the viewer."""
    if topic_ids is None:
        topic_ids = list(
            PersonSkill.objects.filter(person=viewer, can_help=True).values_list(
                "skill_id", flat=True
            )
        )
    if not topic_ids:
        return Page(items=[], next_cursor=None)
    on_topic = QuestionTopic.objects.filter(skill_id__in=topic_ids).values("question_id")
    qs = (
        questions_visible_to(viewer)
        .filter(pk__in=on_topic, accepted_answer__isnull=True, duplicate_of__isnull=True)
        .exclude(author=viewer)
    )
    return _page(qs, cursor)


def question_topics(question: Question) -> list[Skill]:
    return [
        t.skill for t in question.question_topics.select_related("skill").order_by("skill__name_en")
    ]


def question_answers(*, question: Question, viewer: Person | None) -> list[Answer]:
    """Answers as the page shows them: accepted first, then by score, then oldest first; each
    with `comment_list` and `my_vote`. Hidden answers only for moderators; removed never."""
    qs = Answer.objects.filter(question=question).exclude(state=AnswerState.REMOVED)
    if viewer is None or not (can_moderate(viewer) and in_audience(viewer, question)):
        qs = qs.filter(state=AnswerState.VISIBLE)
    comments = Comment.objects.filter(state=AnswerState.VISIBLE).select_related("author")
    qs = qs.select_related("author", "author__unit").prefetch_related(
        Prefetch("comments", queryset=comments.order_by("created_on", "id"), to_attr="comment_list")
    )
    if viewer is not None:
        my_votes = Vote.objects.filter(person=viewer, answer=OuterRef("pk")).values("value")[:1]
        qs = qs.annotate(my_vote=my_votes)
    answers: list[Answer] = list(qs.order_by("-score", "created_on", "id"))
    for answer in answers:
        answer.question = question
        answer.is_accepted = answer.pk == question.accepted_answer_id  # type: ignore[attr-defined]
    answers.sort(key=lambda a: not a.is_accepted)  # type: ignore[attr-defined]
    return answers


def question_comments(question: Question) -> list[Comment]:
    return list(
        Comment.objects.filter(question=question, answer__isnull=True, state=AnswerState.VISIBLE)
        .select_related("author")
        .order_by("created_on", "id")
    )


def viewer_state(*, viewer: Person, question: Question) -> dict[str, Any]:
    """The viewer's own vote on the question and whether they have it too: one query."""
    row = (
        Question.objects.filter(pk=question.pk)
        .annotate(
            is_following=Exists(
                QuestionFollow.objects.filter(person=viewer, question=OuterRef("pk"))
            ),
        )
        .values("is_following")
        .first()
    )
    vote = (
        Vote.objects.filter(person=viewer, question=question)
        .values_list("value", flat=True)
        .first()
    )
    return {"is_following": bool(row and row["is_following"]), "my_vote": vote or 0}


def answer_get(*, question: Question, pk: int) -> Answer | None:
    answer = Answer.objects.select_related("author").filter(question=question, pk=pk).first()
    if answer is not None:
        answer.question = question
    return answer


def topic_get(slug: str) -> Skill | None:
    return Skill.objects.filter(slug=slug).first()


# --- moderation -----------------------------------------------------------------------------------


def moderation_queue(*, viewer: Person) -> list[QuestionReport]:
    """Open reports the viewer may review, oldest first. The content only: never who asked."""
    if not can_moderate(viewer):
        return []
    reports = (
        QuestionReport.objects.filter(resolved_on__isnull=True)
        .filter(audience_q(viewer, prefix="question__"))
        .select_related("question", "answer")
        .order_by("created_on", "id")
    )
    return list(reports[:200])


def questions_hidden(*, viewer: Person) -> list[Question]:
    if not can_moderate(viewer):
        return []
    return list(
        Question.objects.filter(audience_q(viewer), state=QuestionState.HIDDEN).order_by(
            "-asked_on", "-id"
        )[:100]
    )


def moderation_log(*, viewer: Person) -> list[ModerationEntry]:
    if not can_moderate(viewer):
        return []
    return list(ModerationEntry.objects.select_related("actor")[:100])


# --- topics the viewer follows (for the home page and the feed) -----------------------------


def questions_on_followed_topics(*, viewer: Person, limit: int = 5) -> list[Question]:
    """The newest open questions on the topics the viewer follows (stories' topic follows),
    not asked by the viewer. For the lead's home page or feed."""
    from samla.stories import selectors as story_selectors

    skill_ids = [pk for kind, pk in story_selectors.follow_targets(viewer) if kind == "skill"]
    if not skill_ids:
        return []
    on_topic = QuestionTopic.objects.filter(skill_id__in=skill_ids).values("question_id")
    qs = (
        questions_visible_to(viewer)
        .filter(pk__in=on_topic, accepted_answer__isnull=True, duplicate_of__isnull=True)
        .exclude(author=viewer)
    )
    return _page(qs, None, limit=limit).items


def atom_topic_questions(*, viewer: Person, skill: Skill, limit: int = 50) -> list[Question]:
    return questions_by_topic(viewer=viewer, skill=skill, cursor=None).items[:limit]
