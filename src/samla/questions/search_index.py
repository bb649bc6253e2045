"""A question in the search index: its title, text and answers, who may find it. Anonymous
questions are indexed with `author_id=None`, and every question with its day only (midnight UTC
of `asked_on`), so an anonymous one neither names nor times its asker."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time

from samla.core.markdown import markdown_to_text
from samla.questions.enums import AnswerState, QuestionState
from samla.questions.models import Question
from samla.search.fulltext import (
    IndexableDocument,
    index_document,
    register_provider,
    remove_document,
)

DOC_TYPE = "question"
KIND_ANSWERED = "answered"
KIND_UNANSWERED = "unanswered"


def question_document(question: Question) -> IndexableDocument:
    answers = [
        markdown_to_text(a.body) for a in question.answers.all() if a.state == AnswerState.VISIBLE
    ]
    return IndexableDocument(
        doc_type=DOC_TYPE,
        object_id=str(question.pk),
        language=question.language,
        title=question.title,
        body="\n".join(p for p in [markdown_to_text(question.body), *answers] if p),
        url=question.get_absolute_url(),
        published_at=datetime.combine(question.asked_on, time.min, tzinfo=UTC),
        unit_path=question.audience_unit.path if question.audience_unit is not None else "",
        author_id=None if question.is_anonymous else question.author_id,
        kind=KIND_ANSWERED if question.answer_count else KIND_UNANSWERED,
        topics=tuple(t.skill.slug for t in question.question_topics.all()),
        is_visible=question.state == QuestionState.PUBLISHED,
    )


def question_index(question: Question) -> None:
    if question.state == QuestionState.REMOVED:
        question_unindex(question.pk)
        return
    index_document(**question_document(question).__dict__)


def question_unindex(question_id: int) -> None:
    remove_document(doc_type=DOC_TYPE, object_id=str(question_id))


def _all_questions() -> Iterator[IndexableDocument]:
    questions = (
        Question.objects.exclude(state=QuestionState.REMOVED)
        .select_related("audience_unit")
        .prefetch_related("question_topics__skill", "answers")
        .order_by("pk")
    )
    for question in questions.iterator(chunk_size=1000):
        yield question_document(question)


register_provider(DOC_TYPE, _all_questions)
