"""Circles and meetings in the search index. A closed circle's documents carry its `circle_id`,
so `search()` returns them only to its members (the search page passes
`selectors.circle_ids_for(viewer)` as `viewer_circle_ids`); a listed circle's are for everyone."""

from __future__ import annotations

from collections.abc import Iterator

from samla.circles.enums import Visibility
from samla.circles.models import Circle, Meeting
from samla.core.markdown import markdown_to_text
from samla.search.fulltext import IndexableDocument, index_document, register_provider

CIRCLE_DOC = "circle"
MEETING_DOC = "meeting"


def _circle_id(circle: Circle) -> int | None:
    return circle.pk if circle.visibility == Visibility.CLOSED else None


def circle_document(circle: Circle) -> IndexableDocument:
    return IndexableDocument(
        doc_type=CIRCLE_DOC,
        object_id=str(circle.pk),
        language=circle.language,
        title=circle.name,
        body=markdown_to_text(circle.description),
        url=circle.get_absolute_url(),
        published_at=circle.created_at,
        circle_id=_circle_id(circle),
        kind=circle.kind,
        is_visible=circle.archived_at is None,
    )


def meeting_document(meeting: Meeting) -> IndexableDocument:
    circle = meeting.circle
    return IndexableDocument(
        doc_type=MEETING_DOC,
        object_id=str(meeting.pk),
        language=circle.language,
        title=meeting.title,
        body="\n".join(
            p for p in [markdown_to_text(meeting.agenda), meeting.place, circle.name] if p
        ),
        url=meeting.get_absolute_url(),
        published_at=meeting.created_at,
        circle_id=_circle_id(circle),
        author_id=None,
        kind=meeting.kind,
        is_visible=circle.archived_at is None and meeting.cancelled_at is None,
    )


def circle_index(circle: Circle) -> None:
    index_document(**circle_document(circle).__dict__)


def meeting_index(meeting: Meeting) -> None:
    index_document(**meeting_document(meeting).__dict__)


def circle_reindex_all_of(circle: Circle) -> None:
    """The circle and its meetings (after a change of visibility, name or language)."""
    circle_index(circle)
    for meeting in circle.meetings.all():
        meeting.circle = circle
        meeting_index(meeting)


def _all_circles() -> Iterator[IndexableDocument]:
    for circle in Circle.objects.order_by("pk").iterator(chunk_size=1000):
        yield circle_document(circle)


def _all_meetings() -> Iterator[IndexableDocument]:
    for meeting in (
        Meeting.objects.select_related("circle").order_by("pk").iterator(chunk_size=1000)
    ):
        yield meeting_document(meeting)


register_provider(CIRCLE_DOC, _all_circles)
register_provider(MEETING_DOC, _all_meetings)
