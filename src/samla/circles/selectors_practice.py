"""Reads for the practices around meetings (topic backlog, feedback, reflections, notes, action
items), and the predicates that decide who may do what with them, built on permissions.py.

Every reader goes through `permissions.can_view_circle` / `can_view_occurrence` first: outsiders
of a closed circle see nothing (the views answer 404). The data for the two includes on
c-core's pages (`occurrence_practice`, `circle_practice`) costs a constant number of queries,
whatever the number of topics, answers or action items.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.db.models import Avg, Count, Exists, F, OuterRef, Q, QuerySet, Window
from django.utils import timezone

from samla.circles import permissions
from samla.circles.enums import MeetingKind, MemberStatus, RsvpAnswer
from samla.circles.models import Attendance, Membership, Occurrence, Rsvp
from samla.circles.models_practice import (
    ActionItem,
    Feedback,
    MeetingNotes,
    Reflection,
    Topic,
    TopicVote,
)

if TYPE_CHECKING:
    from samla.circles.models import Circle
    from samla.people.models import Person

BACKLOG_SUMMARY_SIZE = 5
# Feedback is taken until a week after the meeting; only then are the results shown.
FEEDBACK_WINDOW = timedelta(days=7)
PICK_CHOICES_SIZE = 50
BACKLOG_PAGE_SIZE = 200

REFLECTION_PROMPTS = ("went_well", "learned", "change")
NOTES_PLAIN = ("notes",)


def notes_keys(occurrence: Occurrence) -> tuple[str, ...]:
    """The sections of an occurrence's notes: the three prompts for a reflection meeting."""
    if occurrence.meeting.kind == MeetingKind.REFLECTION:
        return REFLECTION_PROMPTS
    return NOTES_PLAIN


# --- Predicates ---------------------------------------------------------------------------------


def _open_circle(circle: Circle) -> bool:
    return circle.archived_at is None


def _has_started(occurrence: Occurrence) -> bool:
    return occurrence.start <= timezone.now()


def can_view_backlog(person: Person, circle: Circle) -> bool:
    return permissions.can_view_circle(person, circle)


def can_propose_topic(person: Person, circle: Circle) -> bool:
    """Members; for a listed circle anyone who can see it."""
    return _open_circle(circle) and permissions.can_view_circle(person, circle)


def can_vote_topic(person: Person, topic: Topic) -> bool:
    """Members vote on topics still in the backlog."""
    return (
        _open_circle(topic.circle)
        and topic.withdrawn_at is None
        and topic.occurrence_id is None
        and permissions.is_member(person, topic.circle)
    )


def can_withdraw_topic(person: Person, topic: Topic) -> bool:
    """The proposer or a facilitator takes a topic off the backlog (not once it was picked)."""
    if topic.withdrawn_at is not None or topic.occurrence_id is not None:
        return False
    if not permissions.can_view_circle(person, topic.circle):
        return False
    return topic.proposed_by_id == person.pk or permissions.can_manage_circle(person, topic.circle)


def can_pick_topic(person: Person, occurrence: Occurrence) -> bool:
    """The presenter (or a facilitator) chooses what the meeting is about, until it starts."""
    circle = occurrence.meeting.circle
    if not _open_circle(circle) or occurrence.is_cancelled or _has_started(occurrence):
        return False
    if not permissions.can_view_occurrence(person, occurrence):
        return False
    if occurrence.presenter_id == person.pk and permissions.is_member(person, circle):
        return True
    return permissions.can_manage_circle(person, circle)


def has_attended(person: Person, occurrence: Occurrence) -> bool:
    """Checked in or marked present, or said yes (with a place) to a meeting that has begun."""
    if Attendance.objects.filter(occurrence=occurrence, person=person).exists():
        return True
    return Rsvp.objects.filter(
        occurrence=occurrence, person=person, answer=RsvpAnswer.YES, waitlisted=False
    ).exists()


def can_give_feedback(person: Person, occurrence: Occurrence) -> bool:
    """Attendees, from the start of the meeting until feedback closes (FEEDBACK_WINDOW after
    its end)."""
    if occurrence.is_cancelled or not _has_started(occurrence):
        return False
    if timezone.now() > feedback_closes_at(occurrence):
        return False
    if not permissions.can_view_occurrence(person, occurrence):
        return False
    return has_attended(person, occurrence)


def can_reflect(person: Person, occurrence: Occurrence) -> bool:
    """A facilitator of the circle, once the meeting has begun."""
    if occurrence.is_cancelled or not _has_started(occurrence):
        return False
    return permissions.is_facilitator(person, occurrence.meeting.circle)


def can_edit_notes(person: Person, occurrence: Occurrence) -> bool:
    """Any active member takes notes (people from outside at an open workshop read them)."""
    circle = occurrence.meeting.circle
    return (
        _open_circle(circle)
        and not occurrence.is_cancelled
        and permissions.is_member(person, circle)
    )


def can_publish_notes(person: Person, occurrence: Occurrence) -> bool:
    """After the meeting has begun, a facilitator or the occurrence's presenter turns the notes
    into a story (as its author, so they must be a member)."""
    circle = occurrence.meeting.circle
    if not can_edit_notes(person, occurrence) or not _has_started(occurrence):
        return False
    return occurrence.presenter_id == person.pk or permissions.is_facilitator(person, circle)


def can_add_action(person: Person, occurrence: Occurrence) -> bool:
    return can_edit_notes(person, occurrence)


def can_change_action(person: Person, item: ActionItem) -> bool:
    """Its owner or a facilitator closes, reopens or removes an action item."""
    circle = item.circle
    if not _open_circle(circle) or not permissions.can_view_circle(person, circle):
        return False
    if item.owner_id == person.pk:
        return True
    return permissions.can_manage_circle(person, circle)


def can_view_reflection(person: Person, reflection: Reflection) -> bool:
    if reflection.author_id == person.pk:
        return bool(person.is_active)
    return permissions.is_facilitator(person, reflection.occurrence.meeting.circle)


# --- Topics ------------------------------------------------------------------------------------


def _with_my_vote(qs: QuerySet[Topic], viewer: Person) -> QuerySet[Topic]:
    return qs.annotate(
        my_vote=Exists(TopicVote.objects.filter(topic=OuterRef("pk"), person_id=viewer.pk))
    )


def backlog(*, circle: Circle, viewer: Person, limit: int = BACKLOG_PAGE_SIZE) -> list[Topic]:
    """Open topics (not withdrawn, not picked), most votes first, with `my_vote` and `total`
    (how many open topics there are, the same on every row)."""
    qs = (
        Topic.objects.filter(circle=circle, occurrence__isnull=True, withdrawn_at__isnull=True)
        .select_related("proposed_by")
        .annotate(total=Window(expression=Count("pk")))
        .order_by("-vote_count", "created_at", "pk")
    )
    return list(_with_my_vote(qs, viewer)[:limit])


def topics_done(*, circle: Circle, limit: int = 50) -> list[Topic]:
    """Topics picked for an occurrence, newest meeting first, with what came out of it (the
    occurrence, its notes and the story made from them)."""
    return list(
        Topic.objects.filter(circle=circle, occurrence__isnull=False)
        .select_related("occurrence__meeting", "occurrence__practice_notes", "proposed_by")
        .order_by("-occurrence__start", "-pk")[:limit]
    )


def topic_get(*, pk: int) -> Topic | None:
    return Topic.objects.select_related("circle", "proposed_by").filter(pk=pk).first()


def topic_get_visible(*, viewer: Person, pk: int) -> Topic | None:
    topic = topic_get(pk=pk)
    if topic is None or not can_view_backlog(viewer, topic.circle):
        return None
    return topic


def topic_decorate(*, topic: Topic, viewer: Person) -> Topic:
    """Set `my_vote` on one topic (after a vote, for its partial)."""
    topic.my_vote = TopicVote.objects.filter(topic=topic, person_id=viewer.pk).exists()  # type: ignore[attr-defined]
    return topic


# --- Occurrences and action items --------------------------------------------------------------


def action_get_visible(*, viewer: Person, pk: int) -> ActionItem | None:
    item = (
        ActionItem.objects.select_related("circle", "owner", "occurrence__meeting")
        .filter(pk=pk)
        .first()
    )
    if item is None or not permissions.can_view_circle(viewer, item.circle):
        return None
    return item


def actions_for_occurrence(*, occurrence: Occurrence) -> list[ActionItem]:
    """The action items raised at this occurrence, and those raised at earlier occurrences of the
    same meeting that were still open when it began (closed ones show where they were closed)."""
    return list(
        ActionItem.objects.filter(
            Q(occurrence=occurrence)
            | Q(
                occurrence__meeting_id=occurrence.meeting_id,
                occurrence__start__lt=occurrence.start,
            )
            & (Q(closed_at__isnull=True) | Q(closed_at__gte=occurrence.start))
        )
        .select_related("owner", "occurrence")
        .order_by(F("due_on").asc(nulls_last=True), "created_at", "pk")
    )


def actions_open(*, circle: Circle, limit: int = 20) -> list[ActionItem]:
    return list(
        ActionItem.objects.filter(circle=circle, closed_at__isnull=True)
        .select_related("owner", "occurrence__meeting")
        .order_by(F("due_on").asc(nulls_last=True), "created_at", "pk")[:limit]
    )


def member_choices(*, circle: Circle) -> list[Person]:
    """Active members, by name: who can own an action item."""
    from samla.people.models import Person

    return list(
        Person.objects.filter(
            circle_memberships__circle=circle,
            circle_memberships__status=MemberStatus.ACTIVE,
            is_active=True,
        ).order_by("full_name", "pk")
    )


def is_active_member_id(*, circle: Circle, person_id: int) -> bool:
    return Membership.objects.filter(
        circle=circle, person_id=person_id, status=MemberStatus.ACTIVE, person__is_active=True
    ).exists()


def notes_get(*, occurrence: Occurrence) -> MeetingNotes | None:
    return MeetingNotes.objects.filter(occurrence=occurrence).first()


# --- Feedback ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedbackSummary:
    count: int
    shown: bool  # closed, with at least K answers: the average and distribution may be shown
    average: float | None
    distribution: list[tuple[int, int]]  # (rating, count) for 5 … 1, only when shown
    k: int
    is_open: bool  # answers are still taken (and nothing is shown yet)
    closes_at: datetime


def feedback_closes_at(occurrence: Occurrence) -> datetime:
    return occurrence.end + FEEDBACK_WINDOW


def feedback_summary(*, occurrence: Occurrence) -> FeedbackSummary:
    """The ratings of an occurrence, as survey answers are (DESIGN.md §4, T3): nobody sees one
    person's rating; the average and the distribution appear only once feedback has closed (so
    nobody can tell a late answer by comparing before and after) and only from K answers."""
    k = settings.K_ANONYMITY
    closes_at = feedback_closes_at(occurrence)
    is_open = timezone.now() <= closes_at
    agg = Feedback.objects.filter(occurrence=occurrence).aggregate(
        count=Count("pk"),
        average=Avg("rating"),
        **{f"r{n}": Count("pk", filter=Q(rating=n)) for n in range(1, 6)},
    )
    count = agg["count"] or 0
    if count < k or is_open:
        return FeedbackSummary(
            count=count,
            shown=False,
            average=None,
            distribution=[],
            k=k,
            is_open=is_open,
            closes_at=closes_at,
        )
    return FeedbackSummary(
        count=count,
        shown=True,
        average=round(float(agg["average"]), 1),
        distribution=[(n, agg[f"r{n}"]) for n in range(5, 0, -1)],
        k=k,
        is_open=False,
        closes_at=closes_at,
    )


def feedback_mine(*, occurrence: Occurrence, person: Person) -> Feedback | None:
    return Feedback.objects.filter(occurrence=occurrence, person=person).first()


def feedback_shared(*, occurrence: Occurrence) -> list[Feedback]:
    """ "What will you try?" answers their authors chose to share with the circle (no ratings)."""
    return list(
        Feedback.objects.filter(occurrence=occurrence, shared=True)
        .exclude(will_try="")
        .select_related("person")
        .only("will_try", "updated_at", "person__full_name", "person__id", "occurrence_id")
        .order_by("created_at", "pk")
    )


@dataclass(frozen=True)
class FeedbackPoint:
    occurrence: Occurrence
    count: int
    average: float


def feedback_trend(*, circle: Circle, limit: int = 6) -> list[FeedbackPoint]:
    """The average usefulness of the circle's last meetings whose feedback has closed, newest
    first: only meetings with at least K answers (one query)."""
    k = settings.K_ANONYMITY
    closed_before = timezone.now() - FEEDBACK_WINDOW
    rows = (
        Occurrence.objects.filter(meeting__circle=circle, end__lt=closed_before)
        .annotate(answers=Count("practice_feedback"), average=Avg("practice_feedback__rating"))
        .filter(answers__gte=k)
        .select_related("meeting")
        .order_by("-start", "-pk")[:limit]
    )
    return [
        FeedbackPoint(occurrence=o, count=o.answers, average=round(float(o.average), 1))
        for o in rows
    ]


# --- The includes' data --------------------------------------------------------------------------


@dataclass
class OccurrencePractice:
    occurrence: Occurrence
    is_reflection: bool
    topic: Topic | None
    can_pick: bool
    pick_choices: list[Topic]
    can_give_feedback: bool
    my_feedback: Feedback | None
    summary: FeedbackSummary
    shared_answers: list[Feedback]
    can_reflect: bool
    reflections: list[Reflection]
    my_reflection: Reflection | None
    notes: MeetingNotes | None
    notes_sections: list[tuple[str, str]]  # (key, html) with text, in order
    can_edit_notes: bool
    can_publish_notes: bool
    actions: list[ActionItem]
    can_add_action: bool
    changeable_actions: set[int] = field(default_factory=set)
    members: list[Person] = field(default_factory=list)
    has_started: bool = False


def occurrence_practice(*, occurrence: Occurrence, viewer: Person) -> OccurrencePractice | None:
    """Everything `_practice_occurrence.html` shows, for a viewer who may see the occurrence
    (None otherwise). About a dozen queries, whatever the amounts."""
    if not permissions.can_view_occurrence(viewer, occurrence):
        return None
    circle = occurrence.meeting.circle
    topic = Topic.objects.filter(occurrence=occurrence).select_related("proposed_by").first()
    can_pick = can_pick_topic(viewer, occurrence)
    notes = MeetingNotes.objects.filter(occurrence=occurrence).select_related("story").first()
    keys = notes_keys(occurrence)
    sections = [
        (key, notes.sections_html[key])
        for key in keys
        if notes is not None and notes.sections_html.get(key)
    ]
    facilitator = permissions.is_facilitator(viewer, circle)
    qs = Reflection.objects.filter(occurrence=occurrence).select_related("author")
    if not facilitator:
        qs = qs.filter(author=viewer)
    reflections = list(qs.order_by("created_at", "pk"))
    actions = actions_for_occurrence(occurrence=occurrence)
    can_add = can_add_action(viewer, occurrence)
    manage = permissions.can_manage_circle(viewer, circle)
    changeable = {
        a.pk for a in actions if circle.archived_at is None and (manage or a.owner_id == viewer.pk)
    }
    return OccurrencePractice(
        occurrence=occurrence,
        is_reflection=occurrence.meeting.kind == MeetingKind.REFLECTION,
        topic=topic,
        can_pick=can_pick,
        pick_choices=backlog(circle=circle, viewer=viewer, limit=PICK_CHOICES_SIZE)
        if can_pick
        else [],
        can_give_feedback=can_give_feedback(viewer, occurrence),
        my_feedback=feedback_mine(occurrence=occurrence, person=viewer),
        summary=feedback_summary(occurrence=occurrence),
        shared_answers=feedback_shared(occurrence=occurrence),
        can_reflect=can_reflect(viewer, occurrence),
        reflections=reflections,
        my_reflection=next((r for r in reflections if r.author_id == viewer.pk), None),
        notes=notes,
        notes_sections=sections,
        can_edit_notes=can_edit_notes(viewer, occurrence),
        can_publish_notes=can_publish_notes(viewer, occurrence),
        actions=actions,
        can_add_action=can_add,
        changeable_actions=changeable,
        members=member_choices(circle=circle) if can_add else [],
        has_started=_has_started(occurrence),
    )


@dataclass
class CirclePractice:
    circle: Circle
    topics: list[Topic]
    open_topic_count: int
    actions: list[ActionItem]
    can_propose: bool
    can_vote: bool
    trend: list[FeedbackPoint]
    k: int


def circle_practice(*, circle: Circle, viewer: Person) -> CirclePractice | None:
    """What `_practice_circle.html` shows: the top of the backlog and the open action items."""
    if not can_view_backlog(viewer, circle):
        return None
    topics = backlog(circle=circle, viewer=viewer, limit=BACKLOG_SUMMARY_SIZE)
    return CirclePractice(
        circle=circle,
        topics=topics,
        open_topic_count=topics[0].total if topics else 0,  # type: ignore[attr-defined]
        actions=actions_open(circle=circle),
        can_propose=can_propose_topic(viewer, circle),
        can_vote=_open_circle(circle) and permissions.is_member(viewer, circle),
        trend=feedback_trend(circle=circle),
        k=settings.K_ANONYMITY,
    )
