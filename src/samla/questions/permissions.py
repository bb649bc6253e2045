"""Who may do what with questions. Views, API and tests call only these (and the selectors built
on `audience_q`, which apply the same rule in SQL). The audience rule is the stories' rule."""

from __future__ import annotations

from typing import TYPE_CHECKING

from samla.questions.enums import AnswerState, QuestionState
from samla.stories.permissions import unit_ancestor_ids

if TYPE_CHECKING:
    from samla.people.models import Person
    from samla.questions.models import Answer, Question


def in_audience(viewer: Person, question: Question) -> bool:
    if question.audience_unit_id is None:
        return True
    return question.audience_unit_id in unit_ancestor_ids(viewer)


def can_moderate(viewer: Person) -> bool:
    """Learning leads (and organisation admins) review reported questions and answers."""
    return viewer.is_learning_lead


def is_asker(viewer: Person, question: Question) -> bool:
    """The named asker. Nobody is ever the asker of an anonymous question in Samla's eyes."""
    return question.author_id is not None and viewer.pk == question.author_id


def can_view_question(viewer: Person, question: Question) -> bool:
    if not viewer.is_active or question.state == QuestionState.REMOVED:
        return False
    if is_asker(viewer, question):
        return True
    if question.state == QuestionState.HIDDEN:
        return can_moderate(viewer) and in_audience(viewer, question)
    return in_audience(viewer, question)


def can_interact(viewer: Person, question: Question) -> bool:
    """Answer, comment, vote, follow: a published question the viewer may read."""
    return question.state == QuestionState.PUBLISHED and can_view_question(viewer, question)


def can_answer(viewer: Person, question: Question) -> bool:
    return can_interact(viewer, question) and question.duplicate_of_id is None


def can_vote(viewer: Person, question: Question) -> bool:
    return can_interact(viewer, question)


def can_follow(viewer: Person, question: Question) -> bool:
    """ "I have this question too": not for the named asker (they hear of answers anyway)."""
    return can_interact(viewer, question) and not is_asker(viewer, question)


def can_accept(viewer: Person, question: Question) -> bool:
    """Only the named asker accepts as themself; the anonymous asker accepts through the link."""
    return can_interact(viewer, question) and is_asker(viewer, question)


def can_mark_duplicate(viewer: Person, question: Question) -> bool:
    """The named asker or a moderator marks a question as a duplicate of another."""
    if not can_interact(viewer, question) or question.duplicate_of_id is not None:
        return False
    return is_asker(viewer, question) or can_moderate(viewer)


def can_turn_into_story(viewer: Person, question: Question) -> bool:
    """A question with an accepted answer becomes a story, written by its named asker or by a
    learning lead (anonymous questions: only a learning lead)."""
    if question.accepted_answer_id is None or question.story_id is not None:
        return False
    if not can_interact(viewer, question):
        return False
    return is_asker(viewer, question) or can_moderate(viewer)


def can_report_question(viewer: Person, question: Question) -> bool:
    return can_interact(viewer, question) and not is_asker(viewer, question)


def can_report_answer(viewer: Person, answer: Answer) -> bool:
    return (
        answer.state == AnswerState.VISIBLE
        and can_interact(viewer, answer.question)
        and viewer.pk != answer.author_id
    )


def can_moderate_question(viewer: Person, question: Question) -> bool:
    """Moderators see the content only: never who asked an anonymous question."""
    return (
        can_moderate(viewer)
        and not is_asker(viewer, question)
        and (question.state != QuestionState.REMOVED and in_audience(viewer, question))
    )


def can_moderate_answer(viewer: Person, answer: Answer) -> bool:
    return (
        answer.state != AnswerState.REMOVED
        and viewer.pk != answer.author_id
        and can_moderate_question(viewer, answer.question)
    )
