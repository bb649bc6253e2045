"""Questions: lists and one question with its answers, as the person asking may read them; and
asking. An anonymous question never names its asker here either: `author` is null and only
the day it was asked is given (`asked_on`), never a time."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Path, Query, Router, Schema
from ninja.errors import HttpError

from samla.api.errors import errors
from samla.api.routers.people import viewer_of
from samla.api.schemas import NO_NUL, CursorText, LanguageCode, ObjectId, SkillSlug, StrictIn
from samla.people.models import OrgUnit, Skill
from samla.questions import selectors, services
from samla.questions.models import Answer, Question

router = Router(tags=["questions"])

PublicId = Annotated[str, Field(min_length=1, max_length=16, pattern=r"^[-A-Za-z0-9_]+$")]


class QuestionsIn(Schema):
    cursor: CursorText = Field("", description="`next_cursor` of the previous page.")
    unanswered: bool = Field(False, description="Only questions nobody has answered yet.")
    topic: SkillSlug | None = Field(None, description="Only questions on this topic (skill slug).")


class AuthorOut(Schema):
    id: int
    name: str


class QuestionOut(Schema):
    id: str = Field(description="The question's public id (as in its address).")
    title: str
    language: str
    anonymous: bool
    author: AuthorOut | None = Field(description="Null for an anonymous question.")
    asked_on: date = Field(description="The day it was asked: never a time.")
    topics: list[str] = Field(description="Skill slugs.")
    audience_unit_id: int | None
    answer_count: int
    score: int
    accepted_answer_id: int | None
    duplicate_of: str | None
    url: str


class AnswerOut(Schema):
    id: int
    author: AuthorOut | None = Field(description="Null when the anonymous asker replied.")
    by_asker: bool
    body_html: str
    score: int
    created_on: date
    accepted: bool


class QuestionDetailOut(QuestionOut):
    body_html: str
    answers: list[AnswerOut]


class QuestionPage(Schema):
    items: list[QuestionOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page.")


class QuestionAskIn(StrictIn):
    title: Annotated[str, Field(max_length=160, pattern=NO_NUL)]
    body: Annotated[str, Field(max_length=10_000, pattern=NO_NUL)] = ""
    language: LanguageCode = "en"
    topics: Annotated[list[SkillSlug], Field(max_length=5)] = []
    audience_unit_id: ObjectId | None = None
    anonymous: bool = False


class QuestionAskedOut(Schema):
    question: QuestionOut
    private_url: str | None = Field(
        description="Anonymous questions only: the asker's private page. Shown once; Samla keeps "
        "only a hash of it and cannot send it again."
    )


def _author(person: Any) -> dict[str, Any] | None:
    return None if person is None else {"id": person.pk, "name": person.full_name}


def _question(question: Question, topics: list[str]) -> dict[str, Any]:
    return {
        "id": question.public_id,
        "title": question.title,
        "language": question.language,
        "anonymous": question.is_anonymous,
        "author": None if question.is_anonymous else _author(question.author),
        "asked_on": question.asked_on,
        "topics": topics,
        "audience_unit_id": question.audience_unit_id,
        "answer_count": question.answer_count,
        "score": question.score,
        "accepted_answer_id": question.accepted_answer_id,
        "duplicate_of": question.duplicate_of.public_id if question.duplicate_of_id else None,  # type: ignore[union-attr]
        "url": question.get_absolute_url(),
    }


def _answer(answer: Answer) -> dict[str, Any]:
    return {
        "id": answer.pk,
        "author": _author(answer.author),
        "by_asker": answer.by_asker,
        "body_html": answer.body_html,
        "score": answer.score,
        "created_on": answer.created_on,
        "accepted": bool(getattr(answer, "is_accepted", False)),
    }


@router.get("/questions", response={200: QuestionPage, **errors(400, 401, 404, 422)})
def questions_list(request: HttpRequest, query: Query[QuestionsIn]) -> dict[str, Any]:
    """Published questions you may read, newest first (by day), a page at a time."""
    viewer = viewer_of(request)
    cursor = query.cursor or None
    if cursor and selectors.cursor_decode(cursor) is None:
        raise HttpError(400, _("The cursor is not one this API gave out. Start again without it."))
    if query.topic:
        skill = selectors.topic_get(query.topic)
        if skill is None:
            raise Http404
        if query.unanswered:
            page = selectors.questions_unanswered(
                viewer=viewer, cursor=cursor, topic_ids=[skill.pk]
            )
        else:
            page = selectors.questions_by_topic(viewer=viewer, skill=skill, cursor=cursor)
    elif query.unanswered:
        page = selectors.questions_unanswered(viewer=viewer, cursor=cursor)
    else:
        page = selectors.questions_latest(viewer=viewer, cursor=cursor)
    items = [_question(q, [t.skill.slug for t in q.question_topics.all()]) for q in page.items]
    return {"items": items, "next_cursor": page.next_cursor}


@router.get("/questions/{question_id}", response={200: QuestionDetailOut, **errors(401, 404, 422)})
def question_detail(request: HttpRequest, question_id: Path[PublicId]) -> dict[str, Any]:
    """One question with its answers (accepted first), if you may read it."""
    viewer = viewer_of(request)
    question = selectors.question_get_visible(viewer=viewer, public_id=question_id)
    if question is None:
        raise Http404
    topics = [s.slug for s in selectors.question_topics(question)]
    answers = selectors.question_answers(question=question, viewer=viewer)
    return {
        **_question(question, topics),
        "body_html": question.body_html,
        "answers": [_answer(a) for a in answers],
    }


@router.post("/questions", response={201: QuestionAskedOut, **errors(401, 403, 404, 422, 429)})
def question_ask(request: HttpRequest, payload: QuestionAskIn) -> tuple[int, dict[str, Any]]:
    """Ask a question, with your name or anonymously (then only in an audience of at least
    K people; the answer holds the private page's address, once)."""
    viewer = viewer_of(request)
    topics = list(Skill.objects.filter(slug__in=payload.topics))
    if len(topics) != len(set(payload.topics)):
        raise Http404
    unit = None
    if payload.audience_unit_id is not None:
        unit = OrgUnit.objects.filter(pk=payload.audience_unit_id).first()
        if unit is None:
            raise Http404
    try:
        question, token = services.question_ask(
            asker=viewer,
            title=payload.title,
            body=payload.body,
            topics=topics,
            audience_unit=unit,
            anonymous=payload.anonymous,
            language=payload.language,
        )
    except ValidationError as exc:
        status = 429 if exc.code == "rate_limited" else 422
        raise HttpError(status, " ".join(exc.messages)) from None
    private_url = None
    if token is not None:
        from django.urls import reverse

        private_url = reverse("questions:private", args=[token])
    return 201, {
        "question": _question(question, [s.slug for s in topics]),
        "private_url": private_url,
    }
