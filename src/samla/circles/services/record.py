"""The learning record of circles: presented, facilitated, attended (c-practice writes gave
feedback and reflected). A closed circle's meetings are recorded privately (their titles would
reach people outside the circle)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from samla.circles.enums import Visibility as CircleVisibility
from samla.record.enums import Verb, Visibility
from samla.record.models import Activity
from samla.record.services import record_append

if TYPE_CHECKING:
    from samla.circles.models import Occurrence
    from samla.people.models import Person

OBJECT_TYPE = "circle_meeting"
CONTEXT_TYPE = "circle"


def record_visibility(occurrence: Occurrence) -> Visibility:
    if occurrence.meeting.circle.visibility == CircleVisibility.CLOSED:
        return Visibility.PRIVATE
    return Visibility.ORGANISATION


def occurrence_record(*, actor: Person, verb: Verb, occurrence: Occurrence) -> Activity:
    circle = occurrence.meeting.circle
    return record_append(
        actor=actor,
        verb=verb,
        object_type=OBJECT_TYPE,
        object_id=occurrence.pk,
        object_title=occurrence.display_title,
        object_url=occurrence.get_absolute_url(),
        context_type=CONTEXT_TYPE,
        context_id=circle.pk,
        visibility=record_visibility(occurrence),
        timestamp=occurrence.start,
    )


def record_attended(*, person: Person, occurrence: Occurrence) -> Activity:
    return occurrence_record(actor=person, verb=Verb.ATTENDED, occurrence=occurrence)


def record_presented(*, person: Person, occurrence: Occurrence) -> Activity:
    return occurrence_record(actor=person, verb=Verb.PRESENTED, occurrence=occurrence)


def record_facilitated(*, person: Person, occurrence: Occurrence) -> Activity:
    return occurrence_record(actor=person, verb=Verb.FACILITATED, occurrence=occurrence)
