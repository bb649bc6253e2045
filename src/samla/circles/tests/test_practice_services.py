"""The practice services: topics and votes, picking a topic, feedback, reflections, notes (and the
story made from them), action items — the happy paths, bad input and who may act."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from samla.circles import selectors_practice as sel
from samla.circles import services_practice as svc
from samla.circles.enums import MemberStatus
from samla.circles.models import Membership
from samla.circles.models_practice import (
    ActionItem,
    Feedback,
    MeetingNotes,
    Reflection,
    Topic,
    TopicKind,
    TopicVote,
)
from samla.circles.tests.test_practice_support import (
    World,
    attend,
    fresh,
    make_world,
    rsvp_yes,
)
from samla.people.models import Person
from samla.people.tests.factories import PersonFactory
from samla.record.enums import Verb, Visibility
from samla.record.models import Activity
from samla.stories.enums import StoryKind
from samla.stories.models import Story

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(manager: Person, employee: Person) -> World:
    return make_world(facilitator=manager, member=employee)


@pytest.fixture
def closed_world(manager: Person, employee: Person) -> World:
    return make_world(facilitator=manager, member=employee, closed=True, name="Secret circle")


def member_of(world: World, **kwargs: object) -> Person:
    person = PersonFactory(**kwargs)
    Membership.objects.create(circle=world.circle, person=person, status=MemberStatus.ACTIVE)
    return person


# --- Topics ------------------------------------------------------------------------------------


def test_topic_propose_by_member(world: World, employee: Person) -> None:
    topic = svc.topic_propose(
        circle=world.circle,
        by=employee,
        kind=TopicKind.OFFER,
        title="  Pair programming with AI  ",
        details="**How** we did it <script>x</script>",
    )
    assert topic.title == "Pair programming with AI"
    assert topic.proposed_by == employee
    assert "<strong>How</strong>" in topic.details_html
    assert "<script>" not in topic.details_html
    assert sel.backlog(circle=world.circle, viewer=employee) == [topic]


def test_topic_propose_listed_circle_non_member_may(world: World, colleague: Person) -> None:
    topic = svc.topic_propose(
        circle=world.circle, by=colleague, kind=TopicKind.REQUEST, title="How do you deploy?"
    )
    assert topic.kind == TopicKind.REQUEST


@pytest.mark.parametrize("who", ["colleague", "learning_lead", "org_admin", "outsider"])
def test_topic_propose_closed_circle_non_members_may_not(
    closed_world: World, who: str, request: pytest.FixtureRequest
) -> None:
    person = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        svc.topic_propose(circle=closed_world.circle, by=person, kind="offer", title="X")
    assert not Topic.objects.exists()


def test_topic_propose_outsider_may_not_even_listed(world: World, outsider: Person) -> None:
    with pytest.raises(PermissionDenied):
        svc.topic_propose(circle=world.circle, by=outsider, kind="offer", title="X")


@pytest.mark.parametrize(
    ("kind", "title", "details", "code"),
    [
        ("offer", "", "", "title_empty"),
        ("offer", "   ", "", "title_empty"),
        ("offer", "x" * 201, "", "title_too_long"),
        ("offer", "Fine", "y" * 2001, "details_too_long"),
        ("lecture", "Fine", "", "kind"),
    ],
)
def test_topic_propose_bad_input(
    world: World, employee: Person, kind: str, title: str, details: str, code: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        svc.topic_propose(circle=world.circle, by=employee, kind=kind, title=title, details=details)
    assert exc.value.code == code
    assert not Topic.objects.exists()


def test_topic_propose_archived_circle(world: World, employee: Person) -> None:
    world.circle.archived_at = timezone.now()
    world.circle.save()
    with pytest.raises(PermissionDenied):
        svc.topic_propose(circle=world.circle, by=employee, kind="offer", title="X")


def _topic(world: World, by: Person, title: str = "Kanban") -> Topic:
    return svc.topic_propose(circle=world.circle, by=by, kind=TopicKind.OFFER, title=title)


def test_topic_vote_once_and_retract(world: World, employee: Person, manager: Person) -> None:
    topic = _topic(world, employee)
    assert svc.topic_vote(topic=topic, by=employee).vote_count == 1
    assert svc.topic_vote(topic=topic, by=manager).vote_count == 2
    with pytest.raises(ValidationError) as exc:
        svc.topic_vote(topic=topic, by=employee)
    assert exc.value.code == "already_voted"
    topic.refresh_from_db()
    assert topic.vote_count == 2
    assert TopicVote.objects.filter(topic=topic).count() == 2
    assert svc.topic_unvote(topic=topic, by=employee).vote_count == 1
    with pytest.raises(ValidationError) as exc:
        svc.topic_unvote(topic=topic, by=employee)
    assert exc.value.code == "not_voted"
    topic.refresh_from_db()
    assert topic.vote_count == 1


@pytest.mark.parametrize("who", ["colleague", "learning_lead", "org_admin", "outsider"])
def test_topic_vote_only_members(
    world: World, employee: Person, who: str, request: pytest.FixtureRequest
) -> None:
    topic = _topic(world, employee)
    with pytest.raises(PermissionDenied):
        svc.topic_vote(topic=topic, by=request.getfixturevalue(who))
    assert topic.votes.count() == 0


def test_topic_backlog_orders_by_votes_and_marks_mine(
    world: World, employee: Person, manager: Person
) -> None:
    a = _topic(world, employee, "A")
    b = _topic(world, employee, "B")
    svc.topic_vote(topic=b, by=manager)
    topics = sel.backlog(circle=world.circle, viewer=manager)
    assert topics == [b, a]
    assert [t.my_vote for t in topics] == [True, False]  # type: ignore[attr-defined]


def test_topic_withdraw(world: World, employee: Person, manager: Person) -> None:
    mine = _topic(world, employee)
    other = member_of(world)
    with pytest.raises(PermissionDenied):
        svc.topic_withdraw(topic=mine, by=other)
    svc.topic_withdraw(topic=mine, by=employee)
    assert Topic.objects.get(pk=mine.pk).withdrawn_at is not None
    assert sel.backlog(circle=world.circle, viewer=employee) == []
    # A facilitator tidies the backlog; a withdrawn topic takes no more votes.
    theirs = _topic(world, other)
    svc.topic_withdraw(topic=theirs, by=manager)
    with pytest.raises(PermissionDenied):
        svc.topic_vote(topic=theirs, by=employee)


def test_topic_pick_by_presenter(world: World, employee: Person, manager: Person) -> None:
    first = _topic(world, manager, "First")
    second = _topic(world, manager, "Second")
    occ = fresh(world.future)
    svc.topic_pick(occurrence=occ, topic=first, by=employee)
    assert Topic.objects.get(pk=first.pk).occurrence == occ
    # Picking again puts the first one back in the backlog.
    svc.topic_pick(occurrence=occ, topic=second, by=employee)
    assert Topic.objects.get(pk=first.pk).occurrence is None
    assert Topic.objects.get(pk=second.pk).occurrence == occ
    assert sel.backlog(circle=world.circle, viewer=employee) == [first]
    # A picked topic takes no votes and cannot be withdrawn.
    second.refresh_from_db()
    with pytest.raises(PermissionDenied):
        svc.topic_vote(topic=second, by=manager)
    with pytest.raises(PermissionDenied):
        svc.topic_withdraw(topic=second, by=manager)
    svc.topic_release(occurrence=occ, by=employee)
    assert not Topic.objects.filter(occurrence=occ).exists()


def test_topic_pick_permissions(
    world: World, employee: Person, manager: Person, colleague: Person
) -> None:
    topic = _topic(world, manager)
    occ = fresh(world.future)
    other = member_of(world)
    for person in (other, colleague):
        with pytest.raises(PermissionDenied):
            svc.topic_pick(occurrence=fresh(occ), topic=topic, by=person)
    # A facilitator may choose for the presenter; nobody may once the meeting has begun.
    svc.topic_pick(occurrence=occ, topic=topic, by=manager)
    with pytest.raises(PermissionDenied):
        svc.topic_pick(occurrence=fresh(world.past), topic=topic, by=employee)


def test_topic_pick_bad_topic(world: World, employee: Person, manager: Person) -> None:
    other_world = make_world(facilitator=manager, member=employee, name="Other circle")
    foreign = _topic(other_world, employee)
    occ = fresh(world.future)
    with pytest.raises(ValidationError) as exc:
        svc.topic_pick(occurrence=occ, topic=foreign, by=employee)
    assert exc.value.code == "circle"
    gone = _topic(world, employee)
    svc.topic_withdraw(topic=gone, by=employee)
    with pytest.raises(ValidationError) as exc:
        svc.topic_pick(occurrence=occ, topic=gone, by=employee)
    assert exc.value.code == "closed"


def test_topic_bring_own(world: World, employee: Person) -> None:
    occ = fresh(world.future)
    topic = svc.topic_bring_own(occurrence=occ, by=employee, title="My own")
    assert topic.occurrence == occ
    assert topic.kind == TopicKind.OFFER
    assert topic.picked_by == employee
    with pytest.raises(ValidationError):
        svc.topic_bring_own(occurrence=occ, by=employee, title="")
    assert Topic.objects.get(occurrence=occ) == topic


# --- Feedback ------------------------------------------------------------------------------------


def test_feedback_from_attendee_once_editable(world: World, employee: Person) -> None:
    attend(world.past, employee)
    occ = fresh(world.past)
    feedback, created = svc.feedback_save(
        occurrence=occ, by=employee, rating=4, will_try="Smaller pull requests", shared=True
    )
    assert created
    assert (feedback.rating, feedback.will_try, feedback.shared) == (
        4,
        "Smaller pull requests",
        True,
    )
    again, created = svc.feedback_save(occurrence=occ, by=employee, rating="2", will_try="")
    assert not created
    assert again.pk == feedback.pk
    assert Feedback.objects.get().rating == 2
    activities = list(Activity.objects.filter(verb=Verb.GAVE_FEEDBACK))
    assert len(activities) == 1
    assert activities[0].actor == employee
    assert activities[0].object_id == str(occ.pk)
    assert activities[0].visibility == Visibility.ORGANISATION


def test_feedback_closed_circle_recorded_privately(closed_world: World, employee: Person) -> None:
    attend(closed_world.past, employee)
    svc.feedback_save(occurrence=fresh(closed_world.past), by=employee, rating=5)
    assert Activity.objects.get(verb=Verb.GAVE_FEEDBACK).visibility == Visibility.PRIVATE


def test_feedback_rsvp_yes_counts_as_attending(world: World, employee: Person) -> None:
    rsvp_yes(world.past, employee)
    svc.feedback_save(occurrence=fresh(world.past), by=employee, rating=3)
    assert Feedback.objects.count() == 1


@pytest.mark.parametrize("rating", [0, 6, -1, "", "x", None, "4.5"])
def test_feedback_rating_outside_1_to_5(world: World, employee: Person, rating: object) -> None:
    attend(world.past, employee)
    with pytest.raises(ValidationError) as exc:
        svc.feedback_save(occurrence=fresh(world.past), by=employee, rating=rating)
    assert exc.value.code == "rating"
    assert not Feedback.objects.exists()
    assert not Activity.objects.exists()


def test_feedback_oversized_answer(world: World, employee: Person) -> None:
    attend(world.past, employee)
    with pytest.raises(ValidationError) as exc:
        svc.feedback_save(occurrence=fresh(world.past), by=employee, rating=3, will_try="x" * 1001)
    assert exc.value.code == "will_try_too_long"
    assert not Feedback.objects.exists()


def test_feedback_who_may_not(
    world: World, employee: Person, manager: Person, colleague: Person, outsider: Person
) -> None:
    # A member who did not attend, a colleague outside the circle, someone who left; and nobody
    # before the meeting has begun.
    for person in (employee, manager, colleague, outsider):
        with pytest.raises(PermissionDenied):
            svc.feedback_save(occurrence=fresh(world.past), by=person, rating=3)
    attend(world.future, employee)
    with pytest.raises(PermissionDenied):
        svc.feedback_save(occurrence=fresh(world.future), by=employee, rating=3)
    assert not Feedback.objects.exists()


def test_feedback_summary_only_after_closing_and_from_k_answers(world: World) -> None:
    people = [member_of(world) for _ in range(6)]
    attend(world.past, *people)
    occ = fresh(world.past)
    for person, rating in zip(people[:5], [5, 4, 4, 3, 2], strict=True):
        svc.feedback_save(occurrence=occ, by=person, rating=rating)
    # Five answers, but feedback is still open: nothing is shown, so a later answer cannot be
    # told apart by comparing before and after.
    summary = sel.feedback_summary(occurrence=occ)
    assert (summary.count, summary.shown, summary.is_open, summary.average) == (
        5,
        False,
        True,
        None,
    )
    assert summary.distribution == []
    closed = occ.end + sel.FEEDBACK_WINDOW + timedelta(minutes=1)
    with time_machine.travel(closed):
        summary = sel.feedback_summary(occurrence=occ)
        assert (summary.shown, summary.is_open, summary.average) == (True, False, 3.6)
        assert summary.distribution == [(5, 1), (4, 2), (3, 1), (2, 1), (1, 0)]
        # Too late to answer or to change an answer.
        with pytest.raises(PermissionDenied):
            svc.feedback_save(occurrence=fresh(occ), by=people[5], rating=1)
        with pytest.raises(PermissionDenied):
            svc.feedback_save(occurrence=fresh(occ), by=people[0], rating=1)


def test_feedback_summary_not_from_fewer_than_k(world: World) -> None:
    people = [member_of(world) for _ in range(4)]
    attend(world.past, *people)
    occ = fresh(world.past)
    for person in people:
        svc.feedback_save(occurrence=occ, by=person, rating=5)
    with time_machine.travel(occ.end + sel.FEEDBACK_WINDOW + timedelta(days=30)):
        summary = sel.feedback_summary(occurrence=occ)
    assert (summary.count, summary.shown, summary.average, summary.distribution) == (
        4,
        False,
        None,
        [],
    )


def test_feedback_shared_answers_only_when_shared(world: World) -> None:
    a, b = member_of(world), member_of(world)
    attend(world.past, a, b)
    occ = fresh(world.past)
    svc.feedback_save(occurrence=occ, by=a, rating=5, will_try="Mob testing", shared=True)
    svc.feedback_save(occurrence=occ, by=b, rating=1, will_try="Private plan", shared=False)
    shared = sel.feedback_shared(occurrence=occ)
    assert [(f.person_id, f.will_try) for f in shared] == [(a.pk, "Mob testing")]


# --- Reflection ----------------------------------------------------------------------------------


def test_reflection_by_facilitator(world: World, manager: Person, employee: Person) -> None:
    occ = fresh(world.past)
    reflection, created = svc.reflection_save(occurrence=occ, by=manager, text="Too long intro.")
    assert created
    _again, created = svc.reflection_save(occurrence=occ, by=manager, text="Shorter intro next.")
    assert not created
    assert Reflection.objects.get().text == "Shorter intro next."
    assert Activity.objects.filter(verb=Verb.REFLECTED, actor=manager).count() == 1
    assert sel.can_view_reflection(manager, reflection)
    assert not sel.can_view_reflection(employee, fresh_reflection(reflection))


def fresh_reflection(reflection: Reflection) -> Reflection:
    return Reflection.objects.select_related("occurrence__meeting__circle").get(pk=reflection.pk)


@pytest.mark.parametrize("who", ["employee", "colleague", "org_admin", "outsider"])
def test_reflection_only_facilitators(
    world: World, who: str, request: pytest.FixtureRequest
) -> None:
    with pytest.raises(PermissionDenied):
        svc.reflection_save(
            occurrence=fresh(world.past), by=request.getfixturevalue(who), text="Hm"
        )


@pytest.mark.parametrize(("text", "code"), [("", "text_empty"), ("x" * 5001, "text_too_long")])
def test_reflection_bad_input(world: World, manager: Person, text: str, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        svc.reflection_save(occurrence=fresh(world.past), by=manager, text=text)
    assert exc.value.code == code
    assert not Reflection.objects.exists()


def test_reflection_not_before_the_meeting(world: World, manager: Person) -> None:
    with pytest.raises(PermissionDenied):
        svc.reflection_save(occurrence=fresh(world.future), by=manager, text="Early")


# --- Notes ---------------------------------------------------------------------------------------


def test_notes_save_sanitised_and_versioned(
    world: World, employee: Person, manager: Person
) -> None:
    occ = fresh(world.past)
    notes = svc.notes_save(
        occurrence=occ,
        by=employee,
        sections={"notes": "# Hi\n\n<script>alert(1)</script> [x](javascript:alert(1))", "x": "y"},
    )
    assert notes.version == 1
    assert set(notes.sections) == {"notes"}
    assert "<script>" not in notes.sections_html["notes"]
    assert 'href="javascript' not in notes.sections_html["notes"]
    notes = svc.notes_save(occurrence=occ, by=manager, sections={"notes": "Better"}, version=1)
    assert notes.version == 2
    assert notes.updated_by == manager
    # Someone who started from version 1 does not overwrite version 2.
    with pytest.raises(ValidationError) as exc:
        svc.notes_save(occurrence=occ, by=employee, sections={"notes": "Old"}, version=1)
    assert exc.value.code == "conflict"
    assert MeetingNotes.objects.get().sections == {"notes": "Better"}


def test_notes_reflection_prompts(world: World, employee: Person) -> None:
    notes = svc.notes_save(
        occurrence=fresh(world.reflection),
        by=employee,
        sections={"went_well": "Demo", "learned": "Test early", "change": "", "notes": "drop"},
    )
    assert notes.sections == {"went_well": "Demo", "learned": "Test early"}


def test_notes_bad_input(world: World, employee: Person) -> None:
    occ = fresh(world.past)
    with pytest.raises(ValidationError) as exc:
        svc.notes_save(occurrence=occ, by=employee, sections={"notes": "   "})
    assert exc.value.code == "notes_empty"
    with pytest.raises(ValidationError) as exc:
        svc.notes_save(occurrence=occ, by=employee, sections={"notes": "x" * 20_001})
    assert exc.value.code == "notes_too_long"
    assert not MeetingNotes.objects.exists()


@pytest.mark.parametrize("who", ["colleague", "learning_lead", "org_admin", "outsider"])
def test_notes_only_members(world: World, who: str, request: pytest.FixtureRequest) -> None:
    with pytest.raises(PermissionDenied):
        svc.notes_save(
            occurrence=fresh(world.past),
            by=request.getfixturevalue(who),
            sections={"notes": "Hi"},
        )


# --- Notes → story -------------------------------------------------------------------------------


def test_notes_become_a_learning_story(world: World, employee: Person, manager: Person) -> None:
    occ = fresh(world.past)
    svc.notes_save(occurrence=occ, by=employee, sections={"notes": "We learned **mob testing**."})
    svc.action_add(occurrence=occ, by=employee, title="Try it on Friday", owner=employee)
    story = svc.notes_publish_story(occurrence=occ, by=manager)
    assert story.kind == StoryKind.LEARNING
    assert story.author == manager
    assert story.language == "en"
    assert story.circle_id is None and story.audience_unit_id is None
    assert story.sections["learned"] == "We learned **mob testing**."
    assert "Platform learning" in story.sections["situation"]
    assert world.circle.get_absolute_url() in story.sections_html["situation"]
    assert "Try it on Friday" in story.sections["differently"]
    assert MeetingNotes.objects.get().story == story
    assert Activity.objects.filter(verb=Verb.SHARED, actor=manager).count() == 1
    with pytest.raises(ValidationError) as exc:
        svc.notes_publish_story(occurrence=fresh(occ), by=manager)
    assert exc.value.code == "already_published"
    assert Story.objects.count() == 1


def test_notes_become_a_lesson_for_reflection_meetings(world: World, manager: Person) -> None:
    occ = fresh(world.reflection)
    svc.notes_save(
        occurrence=occ,
        by=manager,
        sections={"went_well": "Demo day", "learned": "Test earlier", "change": "Freeze Monday"},
    )
    story = svc.notes_publish_story(occurrence=occ, by=manager)
    assert story.kind == StoryKind.LESSON
    assert story.sections["happened"] == "Demo day"
    assert story.sections["learned"] == "Test earlier"
    assert story.sections["next_time"] == "Freeze Monday"
    assert "Platform learning" in story.sections["tried"]
    assert story.title.startswith("Release retrospective")


def test_notes_story_takes_the_topic_as_title(world: World, employee: Person) -> None:
    topic = svc.topic_bring_own(occurrence=fresh(world.future), by=employee, title="Flags")
    Topic.objects.filter(pk=topic.pk).update(occurrence=world.past)  # as if the week went by
    occ = fresh(world.past)
    svc.notes_save(occurrence=occ, by=employee, sections={"notes": "Flags everywhere"})
    story = svc.notes_publish_story(occurrence=occ, by=employee)  # the presenter
    assert story.title == "Flags"
    assert "Topic: Flags" in story.sections["situation"]


def test_notes_story_not_before_the_meeting(
    world: World, employee: Person, manager: Person
) -> None:
    occ = fresh(world.future)
    svc.notes_save(occurrence=occ, by=employee, sections={"notes": "Plan"})
    with pytest.raises(PermissionDenied):
        svc.notes_publish_story(occurrence=occ, by=manager)


def test_notes_story_permissions_and_bad_input(
    world: World, employee: Person, manager: Person, colleague: Person, org_admin: Person
) -> None:
    occ = fresh(world.past)
    with pytest.raises(ValidationError) as exc:
        svc.notes_publish_story(occurrence=occ, by=manager)
    assert exc.value.code == "notes_empty"
    svc.notes_save(occurrence=occ, by=employee, sections={"notes": "Hi"})
    other = member_of(world)
    for person in (other, colleague, org_admin):
        with pytest.raises(PermissionDenied):
            svc.notes_publish_story(occurrence=fresh(occ), by=person)
    with pytest.raises(ValidationError) as exc:
        svc.notes_publish_story(occurrence=occ, by=manager, audience="everyone")
    assert exc.value.code == "audience"
    assert not Story.objects.exists()
    assert MeetingNotes.objects.get().story is None


# --- Action items --------------------------------------------------------------------------------


def test_action_add_and_carry_over(world: World, employee: Person, manager: Person) -> None:
    past = fresh(world.past)
    item = svc.action_add(
        occurrence=past,
        by=employee,
        title="Write the runbook",
        owner=manager,
        due_on=timezone.localdate() + timedelta(days=3),
    )
    assert item.circle == world.circle
    future = fresh(world.future)
    assert sel.actions_for_occurrence(occurrence=future) == [item]
    assert sel.actions_open(circle=world.circle) == [item]
    svc.action_close(item=item, by=manager)
    # Closed now: it no longer carries over to next week, but the meeting where it was raised
    # still lists it (as done).
    assert sel.actions_for_occurrence(occurrence=future) == []
    assert sel.actions_for_occurrence(occurrence=past) == [item]
    assert sel.actions_open(circle=world.circle) == []
    svc.action_reopen(item=item, by=manager)
    assert sel.actions_for_occurrence(occurrence=future) == [item]


def test_action_does_not_carry_into_other_meetings(world: World, employee: Person) -> None:
    svc.action_add(occurrence=fresh(world.past), by=employee, title="X", owner=employee)
    assert sel.actions_for_occurrence(occurrence=fresh(world.reflection)) == []


@pytest.mark.parametrize(
    ("title", "days", "code"),
    [("", 1, "title_empty"), ("x" * 301, 1, "title_too_long"), ("Fine", -2, "due_on")],
)
def test_action_add_bad_input(
    world: World, employee: Person, title: str, days: int, code: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        svc.action_add(
            occurrence=fresh(world.past),
            by=employee,
            title=title,
            owner=employee,
            due_on=timezone.localdate() + timedelta(days=days),
        )
    assert exc.value.code == code
    assert not ActionItem.objects.exists()


def test_action_owner_must_be_a_member(
    world: World, employee: Person, colleague: Person, outsider: Person
) -> None:
    for owner in (colleague, outsider):
        with pytest.raises(ValidationError) as exc:
            svc.action_add(occurrence=fresh(world.past), by=employee, title="X", owner=owner)
        assert exc.value.code == "owner"


@pytest.mark.parametrize("who", ["colleague", "org_admin", "outsider"])
def test_action_add_only_members(
    world: World, employee: Person, who: str, request: pytest.FixtureRequest
) -> None:
    with pytest.raises(PermissionDenied):
        svc.action_add(
            occurrence=fresh(world.past),
            by=request.getfixturevalue(who),
            title="X",
            owner=employee,
        )


def test_action_someone_elses_item(world: World, employee: Person, manager: Person) -> None:
    item = svc.action_add(occurrence=fresh(world.past), by=manager, title="X", owner=manager)
    other = member_of(world)
    for person in (employee, other):  # even the one who did not raise it… nor own it
        with pytest.raises(PermissionDenied):
            svc.action_close(item=item, by=person)
    assert ActionItem.objects.get().closed_at is None
    mine = svc.action_add(occurrence=fresh(world.past), by=manager, title="Y", owner=employee)
    svc.action_close(item=mine, by=employee)
    with pytest.raises(ValidationError) as exc:
        svc.action_close(item=mine, by=employee)
    assert exc.value.code == "closed"
    with pytest.raises(PermissionDenied):
        svc.action_reopen(item=mine, by=other)


@pytest.fixture
def circle_source() -> object:
    """Circle membership for stories' audience check: the app's own source once c-core
    registers it in apps.ready(); until then an equivalent one for this test."""
    from samla.core import audiences

    if audiences._source is not None:
        yield audiences._source
        return

    def member_ids(person_id: int) -> frozenset[int]:
        return frozenset(
            Membership.objects.filter(person_id=person_id, status=MemberStatus.ACTIVE).values_list(
                "circle_id", flat=True
            )
        )

    source = audiences.CircleSource(member_ids, lambda ids: {}, lambda ids: {})
    audiences.register_circle_source(source)
    yield source
    audiences.register_circle_source(None)


def test_notes_of_a_closed_circle_become_a_story_for_the_circle(
    closed_world: World, employee: Person, manager: Person, colleague: Person, circle_source: object
) -> None:
    from samla.stories import permissions as story_permissions

    occ = fresh(closed_world.past)
    svc.notes_save(occurrence=occ, by=employee, sections={"notes": "Only for us"})
    story = svc.notes_publish_story(occurrence=occ, by=manager)
    assert story.circle_id == closed_world.circle.pk
    reader = Person.objects.get(pk=employee.pk)
    assert story_permissions.can_view_story(reader, story)
    assert not story_permissions.can_view_story(Person.objects.get(pk=colleague.pk), story)


def test_notes_of_a_listed_circle_may_go_to_the_circle_only(
    world: World, employee: Person, manager: Person, circle_source: object
) -> None:
    occ = fresh(world.past)
    svc.notes_save(occurrence=occ, by=employee, sections={"notes": "Draft-ish"})
    story = svc.notes_publish_story(occurrence=occ, by=manager, audience="circle")
    assert story.circle_id == world.circle.pk


def test_feedback_trend_only_closed_meetings_with_k_answers(world: World) -> None:
    people = [member_of(world) for _ in range(5)]
    attend(world.past, *people)
    attend(world.reflection, *people[:4])
    for person in people:
        svc.feedback_save(occurrence=fresh(world.past), by=person, rating=4)
    for person in people[:4]:
        svc.feedback_save(occurrence=fresh(world.reflection), by=person, rating=2)
    assert sel.feedback_trend(circle=world.circle) == []  # still open
    with time_machine.travel(world.past.end + sel.FEEDBACK_WINDOW + timedelta(hours=1)):
        trend = sel.feedback_trend(circle=world.circle)
    assert [(p.occurrence.pk, p.count, p.average) for p in trend] == [(world.past.pk, 5, 4.0)]


def test_archived_circle_changes_nothing(world: World, employee: Person, manager: Person) -> None:
    topic = _topic(world, employee)
    item = svc.action_add(occurrence=fresh(world.past), by=employee, title="X", owner=employee)
    world.circle.archived_at = timezone.now()
    world.circle.save(update_fields=["archived_at"])
    topic = Topic.objects.select_related("circle").get(pk=topic.pk)
    item = ActionItem.objects.select_related("circle").get(pk=item.pk)
    with pytest.raises(PermissionDenied):
        svc.topic_vote(topic=topic, by=manager)
    with pytest.raises(PermissionDenied):
        svc.action_close(item=item, by=employee)
    with pytest.raises(PermissionDenied):
        svc.notes_save(occurrence=fresh(world.past), by=employee, sections={"notes": "x"})
    with pytest.raises(PermissionDenied):
        svc.topic_pick(occurrence=fresh(world.future), topic=topic, by=employee)
    assert ActionItem.objects.get().closed_at is None


def test_circle_practice_top_five_of_all_open_topics(world: World, employee: Person) -> None:
    topics = [_topic(world, employee, f"T{i}") for i in range(7)]
    svc.topic_withdraw(topic=topics[0], by=employee)
    data = sel.circle_practice(circle=world.circle, viewer=employee)
    assert data is not None
    assert data.open_topic_count == 6
    assert [t.title for t in data.topics] == ["T1", "T2", "T3", "T4", "T5"]
