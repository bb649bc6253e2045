"""Template tags for c-core's pages, which include `circles/_practice_occurrence.html` and
`circles/_practice_circle.html` with only `occurrence` / `circle` and `viewer`: each asks the
practice selectors what this viewer may see and do (a constant number of queries)."""

from __future__ import annotations

from typing import Any

from django import template

from samla.circles import selectors_practice
from samla.circles.models import Circle, Occurrence

register = template.Library()


def _person(viewer: Any) -> Any:
    return viewer if getattr(viewer, "is_authenticated", False) else None


@register.simple_tag
def occurrence_practice(
    occurrence: Occurrence, viewer: Any
) -> selectors_practice.OccurrencePractice | None:
    person = _person(viewer)
    if person is None:
        return None
    return selectors_practice.occurrence_practice(occurrence=occurrence, viewer=person)


@register.simple_tag
def circle_practice(circle: Circle, viewer: Any) -> selectors_practice.CirclePractice | None:
    person = _person(viewer)
    if person is None:
        return None
    return selectors_practice.circle_practice(circle=circle, viewer=person)


@register.filter
def notes_label(key: str) -> str:
    """The heading of one section of the notes, in the reader's language."""
    from samla.circles.forms_practice import NOTES_LABELS

    return str(NOTES_LABELS.get(key, ""))


@register.simple_tag
def feedback_form_for(practice: selectors_practice.OccurrencePractice) -> Any:
    """The feedback form, filled with the viewer's earlier answer if there is one."""
    from samla.circles.forms_practice import FeedbackForm

    mine = practice.my_feedback
    initial = (
        {"rating": mine.rating, "will_try": mine.will_try, "shared": mine.shared} if mine else {}
    )
    return FeedbackForm(initial=initial, auto_id=feedback_auto_id(practice.occurrence))


def feedback_auto_id(occurrence: Occurrence) -> str:
    return f"feedback-{occurrence.pk}-%s"
