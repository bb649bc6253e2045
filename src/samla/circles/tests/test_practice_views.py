"""The practice views: every form without JavaScript (POST → redirect, or the form again with
422/409), the htmx partials for votes and feedback, 404 for outsiders of a closed circle on every
address, 403 for people who may see but not act, and constant query counts for the includes."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from conftest import client_for
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
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
)
from samla.circles.tests.test_practice_support import World, attend, fresh, make_world
from samla.people.models import Person
from samla.people.tests.factories import PersonFactory
from samla.stories.models import Story

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(manager: Person, employee: Person) -> World:
    return make_world(facilitator=manager, member=employee)


@pytest.fixture
def closed_world(manager: Person, employee: Person) -> World:
    return make_world(facilitator=manager, member=employee, closed=True, name="Secret circle")


def _topic(world: World, by: Person, title: str = "Kanban") -> Topic:
    return svc.topic_propose(circle=world.circle, by=by, kind=TopicKind.OFFER, title=title)


def _member(world: World) -> Person:
    person = PersonFactory()
    Membership.objects.create(circle=world.circle, person=person, status=MemberStatus.ACTIVE)
    return person


# --- Outsiders of a closed circle: 404 everywhere ------------------------------------------------


@pytest.mark.parametrize("who", ["colleague", "learning_lead", "org_admin", "outsider"])
def test_closed_circle_everything_404_for_outsiders(
    closed_world: World, employee: Person, manager: Person, who: str, request: pytest.FixtureRequest
) -> None:
    w = closed_world
    topic = _topic(w, employee)
    attend(w.past, employee)
    svc.notes_save(occurrence=fresh(w.past), by=employee, sections={"notes": "Secret notes"})
    item = svc.action_add(occurrence=fresh(w.past), by=employee, title="Secret", owner=employee)
    person = request.getfixturevalue(who)
    client = client_for(person)  # the one who left is signed out on every request
    occ = w.past.pk
    gets = [
        reverse("circles:practice-topics", args=[w.circle.slug]),
        reverse("circles:practice-notes", args=[occ]),
        reverse("circles:occurrence-detail", args=[occ]),
    ]
    posts = [
        (reverse("circles:practice-topics", args=[w.circle.slug]), {"kind": "offer", "title": "X"}),
        (reverse("circles:practice-topic-vote", args=[topic.pk]), {"action": "vote"}),
        (reverse("circles:practice-topic-withdraw", args=[topic.pk]), {}),
        (reverse("circles:practice-occurrence-topic", args=[w.future.pk]), {"action": "release"}),
        (reverse("circles:practice-feedback", args=[occ]), {"rating": "5"}),
        (reverse("circles:practice-reflection", args=[occ]), {"text": "Hm"}),
        (reverse("circles:practice-notes", args=[occ]), {"notes": "Overwrite"}),
        (reverse("circles:practice-notes-story", args=[occ]), {}),
        (reverse("circles:practice-action-add", args=[occ]), {"title": "X", "owner": person.pk}),
        (reverse("circles:practice-action-change", args=[item.pk]), {"action": "close"}),
    ]
    for url in gets:
        response = client.get(url)
        assert response.status_code in (404, 302), url  # 302: the inactive are signed out
        assert b"Secret notes" not in response.content
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code in (404, 302), url
        if response.status_code == 302:
            assert "/accounts/login/" in response["Location"]
    assert Topic.objects.count() == 1
    assert topic.votes.count() == 0
    assert MeetingNotes.objects.get().sections == {"notes": "Secret notes"}
    assert ActionItem.objects.get().closed_at is None
    assert not Story.objects.exists()
    assert not Reflection.objects.exists()


def test_closed_circle_members_see_it(closed_world: World, as_employee: Client) -> None:
    response = as_employee.get(reverse("circles:practice-topics", args=[closed_world.circle.slug]))
    assert response.status_code == 200


# --- Topic backlog -------------------------------------------------------------------------------


@pytest.mark.usefixtures("colleague_reads_english")
def test_backlog_page_and_propose(world: World, as_colleague: Client, colleague: Person) -> None:
    url = reverse("circles:practice-topics", args=[world.circle.slug])
    response = as_colleague.get(url)
    assert response.status_code == 200
    assert b"Propose a topic" in response.content
    response = as_colleague.post(url, {"kind": "request", "title": "How do you test?"})
    topic = Topic.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"#topic-{topic.pk}")
    assert (topic.kind, topic.proposed_by) == (TopicKind.REQUEST, colleague)
    page = as_colleague.get(url).content.decode()
    assert "How do you test?" in page
    # A non-member sees the count but cannot vote.
    assert "1 vote" not in page and "0 votes" in page


def test_backlog_propose_bad_input_422(world: World, as_employee: Client) -> None:
    url = reverse("circles:practice-topics", args=[world.circle.slug])
    response = as_employee.post(url, {"kind": "offer", "title": ""})
    assert response.status_code == 422
    assert b"field__error" in response.content
    response = as_employee.post(url, {"kind": "lecture", "title": "X"})
    assert response.status_code == 422
    response = as_employee.post(url, {"kind": "offer", "title": "x" * 201})
    assert response.status_code == 422
    assert not Topic.objects.exists()


def test_vote_htmx_partial_and_twice(
    world: World, as_employee: Client, employee: Person, htmx_headers: dict[str, str]
) -> None:
    topic = _topic(world, employee)
    url = reverse("circles:practice-topic-vote", args=[topic.pk])
    response = as_employee.post(url, {"action": "vote"}, **htmx_headers)  # type: ignore[arg-type]
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith(f'<div class="practice-vote" id="topic-vote-{topic.pk}">')
    assert 'aria-pressed="true"' in html
    assert '<span class="reaction__count">1</span>' in html
    assert 'value="retract"' in html
    # A second "vote" (a stale button in another tab): 409 and a message, still one vote.
    response = as_employee.post(url, {"action": "vote"}, **htmx_headers)  # type: ignore[arg-type]
    assert response.status_code == 409
    assert "already voted" in response.content.decode()
    assert Topic.objects.get().vote_count == 1
    response = as_employee.post(url, {"action": "retract"}, **htmx_headers)  # type: ignore[arg-type]
    assert response.status_code == 200
    assert Topic.objects.get().vote_count == 0


def test_vote_without_javascript(world: World, as_employee: Client, employee: Person) -> None:
    topic = _topic(world, employee)
    url = reverse("circles:practice-topic-vote", args=[topic.pk])
    back = world.circle.get_absolute_url()
    response = as_employee.post(url, {"action": "vote", "next": back})
    assert response.status_code == 302
    assert response["Location"] == back
    response = as_employee.post(url, {"action": "vote", "next": back})
    assert response.status_code == 409
    response = as_employee.post(url, {"action": "jump"})
    assert response.status_code == 400
    response = as_employee.post(url, {"action": "vote", "next": "https://evil.example/"})
    assert response.status_code == 409  # already voted; the foreign `next` is never used


def test_vote_non_member_403(world: World, as_colleague: Client, employee: Person) -> None:
    topic = _topic(world, employee)
    response = as_colleague.post(
        reverse("circles:practice-topic-vote", args=[topic.pk]), {"action": "vote"}
    )
    assert response.status_code == 403
    assert topic.votes.count() == 0


def test_withdraw_someone_elses_topic_403(
    world: World, as_employee: Client, manager: Person, employee: Person
) -> None:
    theirs = _topic(world, _member(world))
    url = reverse("circles:practice-topic-withdraw", args=[theirs.pk])
    assert as_employee.post(url).status_code == 403
    mine = _topic(world, employee)
    response = as_employee.post(reverse("circles:practice-topic-withdraw", args=[mine.pk]))
    assert response.status_code == 302
    assert Topic.objects.get(pk=mine.pk).withdrawn_at is not None


def test_pick_bring_release(world: World, as_employee: Client, manager: Person) -> None:
    topic = _topic(world, manager)
    url = reverse("circles:practice-occurrence-topic", args=[world.future.pk])
    assert as_employee.post(url, {"action": "pick", "topic": topic.pk}).status_code == 302
    assert Topic.objects.get(pk=topic.pk).occurrence_id == world.future.pk
    page = as_employee.get(world.future.get_absolute_url()).content.decode()
    assert "Kanban" in page and "Put it back in the backlog" in page
    assert as_employee.post(url, {"action": "release"}).status_code == 302
    assert Topic.objects.get(pk=topic.pk).occurrence_id is None
    assert as_employee.post(url, {"action": "bring", "title": "Mine"}).status_code == 302
    assert Topic.objects.get(occurrence=world.future).title == "Mine"
    assert as_employee.post(url, {"action": "bring", "title": ""}).status_code == 422
    assert as_employee.post(url, {"action": "pick", "topic": "nope"}).status_code == 422
    assert as_employee.post(url, {"action": "fly"}).status_code == 400


def test_pick_not_presenter_403(world: World, manager: Person) -> None:
    topic = _topic(world, manager)
    client = client_for(_member(world))
    url = reverse("circles:practice-occurrence-topic", args=[world.future.pk])
    assert client.post(url, {"action": "pick", "topic": topic.pk}).status_code == 403


# --- Feedback ------------------------------------------------------------------------------------


def test_feedback_htmx(
    world: World, as_employee: Client, employee: Person, htmx_headers: dict[str, str]
) -> None:
    attend(world.past, employee)
    url = reverse("circles:practice-feedback", args=[world.past.pk])
    data = {"rating": "4", "will_try": "Smaller steps", "shared": "on"}
    response = as_employee.post(url, data, **htmx_headers)  # type: ignore[arg-type]
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section class="card" id="practice-feedback"')
    assert "Thank you for your feedback." in html
    assert "Smaller steps" in html  # shared with the circle
    assert "Update feedback" in html
    feedback = Feedback.objects.get()
    assert (feedback.rating, feedback.shared) == (4, True)
    response = as_employee.post(url, {"rating": "9"}, **htmx_headers)  # type: ignore[arg-type]
    assert response.status_code == 422
    assert "Choose a rating from 1 to 5." in response.content.decode()
    assert Feedback.objects.get().rating == 4


def test_feedback_without_javascript(world: World, as_employee: Client, employee: Person) -> None:
    attend(world.past, employee)
    url = reverse("circles:practice-feedback", args=[world.past.pk])
    response = as_employee.post(url, {"rating": "0"})
    assert response.status_code == 422
    assert "Choose a rating from 1 to 5." in response.content.decode()
    response = as_employee.post(url, {"rating": "3", "will_try": "x" * 1001})
    assert response.status_code == 422
    assert not Feedback.objects.exists()
    response = as_employee.post(url, {"rating": "3"})
    assert response.status_code == 302
    assert response["Location"].endswith("#practice-feedback")
    # The page shows the answer back in the form, and no individual rating anywhere else.
    page = as_employee.get(world.past.get_absolute_url()).content.decode()
    occ = world.past.pk
    assert f'value="3" id="feedback-{occ}-rating_2" required checked>' in page
    assert f'value="4" id="feedback-{occ}-rating_1" required>' in page
    assert "1 answer so far" in page


def test_feedback_non_attendee_403(world: World, as_employee: Client) -> None:
    response = as_employee.post(
        reverse("circles:practice-feedback", args=[world.past.pk]), {"rating": "3"}
    )
    assert response.status_code == 403


def test_feedback_average_only_after_closing_from_k(world: World, manager: Person) -> None:
    people = [_member(world) for _ in range(5)]
    attend(world.past, *people)
    occ = fresh(world.past)
    for person in people[:4]:
        svc.feedback_save(occurrence=occ, by=person, rating=5)
    svc.feedback_save(occurrence=occ, by=people[4], rating=3)
    page = client_for(manager).get(world.past.get_absolute_url()).content.decode()
    assert "5 answers so far. The results are shown when feedback closes on" in page
    assert "Usefulness" not in page
    with time_machine.travel(occ.end + sel.FEEDBACK_WINDOW + timedelta(hours=1)):
        page = client_for(manager).get(world.past.get_absolute_url()).content.decode()
    assert "Usefulness 4.6 of 5, from 5 answers." in page
    assert '<th scope="row">5</th><td>4</td>' in page


# --- Reflection ----------------------------------------------------------------------------------


def test_reflection_view(world: World, as_manager: Client, manager: Person) -> None:
    url = reverse("circles:practice-reflection", args=[world.past.pk])
    assert as_manager.post(url, {"text": ""}).status_code == 422
    response = as_manager.post(url, {"text": "Keep it to 15 minutes."})
    assert response.status_code == 302
    assert Reflection.objects.get().author == manager


def test_reflection_member_403_and_not_shown(
    world: World, as_employee: Client, manager: Person
) -> None:
    svc.reflection_save(occurrence=fresh(world.past), by=manager, text="Private thought")
    url = reverse("circles:practice-reflection", args=[world.past.pk])
    assert as_employee.post(url, {"text": "Hi"}).status_code == 403
    page = as_employee.get(world.past.get_absolute_url()).content.decode()
    assert "Private thought" not in page


# --- Notes and the story -------------------------------------------------------------------------


def test_notes_edit_page(world: World, as_employee: Client) -> None:
    url = reverse("circles:practice-notes", args=[world.past.pk])
    response = as_employee.get(url)
    assert response.status_code == 200
    response = as_employee.post(url, {"notes": "We learned *this*.", "version": "0"})
    assert response.status_code == 302
    notes = MeetingNotes.objects.get()
    assert notes.version == 1
    page = as_employee.get(world.past.get_absolute_url()).content.decode()
    assert "<em>this</em>" in page
    # Someone who opened the form before that save does not overwrite it.
    response = as_employee.post(url, {"notes": "Stale", "version": "0"})
    assert response.status_code == 409
    assert "Someone else saved these notes" in response.content.decode()
    assert MeetingNotes.objects.get().sections == {"notes": "We learned *this*."}
    response = as_employee.post(url, {"notes": "x" * 20_001, "version": "1"})
    assert response.status_code == 422


def test_notes_reflection_prompts_page(world: World, as_employee: Client) -> None:
    url = reverse("circles:practice-notes", args=[world.reflection.pk])
    html = as_employee.get(url).content.decode()
    assert "What went well?" in html and "What will we change?" in html


def test_notes_non_member_403(world: World, as_colleague: Client) -> None:
    url = reverse("circles:practice-notes", args=[world.past.pk])
    assert as_colleague.get(url).status_code == 403
    assert as_colleague.post(url, {"notes": "x"}).status_code == 403


def test_notes_to_story_one_click(world: World, as_manager: Client, employee: Person) -> None:
    svc.notes_save(occurrence=fresh(world.past), by=employee, sections={"notes": "Mob testing"})
    page = as_manager.get(world.past.get_absolute_url()).content.decode()
    assert "Make it a story" in page
    url = reverse("circles:practice-notes-story", args=[world.past.pk])
    response = as_manager.post(url, {"audience": "organisation"})
    story = Story.objects.get()
    assert response.status_code == 302
    assert response["Location"] == story.get_absolute_url()
    assert story.circle_id is None
    assert as_manager.post(url).status_code == 409
    assert as_manager.post(url, {"audience": "moon"}).status_code == 400
    page = as_manager.get(world.past.get_absolute_url()).content.decode()
    assert "Read the story made from these notes" in page
    assert Story.objects.count() == 1


def test_notes_to_story_member_403(world: World, employee: Person) -> None:
    svc.notes_save(occurrence=fresh(world.past), by=employee, sections={"notes": "Hi"})
    client = client_for(_member(world))
    url = reverse("circles:practice-notes-story", args=[world.past.pk])
    assert client.post(url).status_code == 403
    assert not Story.objects.exists()


# --- Action items --------------------------------------------------------------------------------


def test_action_add_and_close(world: World, as_employee: Client, employee: Person) -> None:
    url = reverse("circles:practice-action-add", args=[world.past.pk])
    due = (timezone.localdate() + timedelta(days=7)).isoformat()
    response = as_employee.post(
        url, {"title": "Update the wiki", "owner": employee.pk, "due_on": due}
    )
    assert response.status_code == 302
    item = ActionItem.objects.get()
    # It carries over to next week's meeting.
    page = as_employee.get(world.future.get_absolute_url()).content.decode()
    assert "Update the wiki" in page and "Carried over" in page
    change = reverse("circles:practice-action-change", args=[item.pk])
    assert as_employee.post(change, {"action": "close"}).status_code == 302
    assert ActionItem.objects.get().closed_at is not None
    assert as_employee.post(change, {"action": "close"}).status_code == 409
    assert as_employee.post(change, {"action": "explode"}).status_code == 400
    page = as_employee.get(world.future.get_absolute_url()).content.decode()
    assert "Update the wiki" not in page


def test_action_add_bad_input(world: World, as_employee: Client, colleague: Person) -> None:
    url = reverse("circles:practice-action-add", args=[world.past.pk])
    assert as_employee.post(url, {"title": "", "owner": colleague.pk}).status_code == 422
    response = as_employee.post(url, {"title": "X", "owner": colleague.pk})
    assert response.status_code == 422  # not a member: not a choice
    past_day = (timezone.localdate() - timedelta(days=5)).isoformat()
    response = as_employee.post(url, {"title": "X", "owner": "", "due_on": past_day})
    assert response.status_code == 422
    assert not ActionItem.objects.exists()


def test_action_someone_elses_403(world: World, manager: Person, employee: Person) -> None:
    item = svc.action_add(occurrence=fresh(world.past), by=manager, title="Mine", owner=manager)
    client = client_for(employee)
    url = reverse("circles:practice-action-change", args=[item.pk])
    assert client.post(url, {"action": "close"}).status_code == 403
    assert ActionItem.objects.get().closed_at is None


# --- Query counts --------------------------------------------------------------------------------


def _fill(world: World, n: int, manager: Person, employee: Person) -> None:
    """n topics (voted), n feedback answers, n action items, notes and a reflection."""
    occ = fresh(world.past)
    for i in range(n):
        topic = _topic(world, employee, f"Topic {i}")
        svc.topic_vote(topic=topic, by=manager)
        person = _member(world)
        attend(world.past, person)
        svc.feedback_save(occurrence=occ, by=person, rating=4, will_try=f"Try {i}", shared=True)
        svc.action_add(occurrence=occ, by=employee, title=f"Action {i}", owner=person)
    svc.notes_save(occurrence=occ, by=employee, sections={"notes": "Notes"})
    svc.reflection_save(occurrence=occ, by=manager, text="Reflection")


@pytest.mark.parametrize("n", [1, 3])
def test_occurrence_practice_queries_constant(
    world: World,
    manager: Person,
    employee: Person,
    n: int,
    django_assert_num_queries: object,
) -> None:
    _fill(world, n, manager, employee)
    attend(world.past, manager)
    occ = fresh(world.past)
    viewer = Person.objects.get(pk=manager.pk)
    with django_assert_num_queries(11):  # type: ignore[operator]
        html = render_to_string(
            "circles/_practice_occurrence.html", {"occurrence": occ, "viewer": viewer}
        )
    assert f"Action {n - 1}" in html and f"Try {n - 1}" in html and "Reflection" in html


@pytest.mark.parametrize("n", [1, 3])
def test_circle_practice_queries_constant(
    world: World,
    manager: Person,
    employee: Person,
    n: int,
    django_assert_num_queries: object,
) -> None:
    _fill(world, n, manager, employee)
    circle = type(world.circle).objects.get(pk=world.circle.pk)
    viewer = Person.objects.get(pk=employee.pk)
    with django_assert_num_queries(4):  # type: ignore[operator]
        html = render_to_string(
            "circles/_practice_circle.html", {"circle": circle, "viewer": viewer}
        )
    assert f"Topic {n - 1}" in html and f"Action {n - 1}" in html
    assert f"All {n} topic" in html


@pytest.mark.parametrize("n", [1, 3])
def test_pages_queries_constant(
    world: World,
    manager: Person,
    employee: Person,
    n: int,
    as_employee: Client,
    django_assert_num_queries: object,
) -> None:
    _fill(world, n, manager, employee)
    with django_assert_num_queries(7):  # type: ignore[operator]
        response = as_employee.get(reverse("circles:practice-topics", args=[world.circle.slug]))
    assert response.status_code == 200


def test_occurrence_page_queries_do_not_grow(
    world: World, manager: Person, employee: Person, as_employee: Client
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _fill(world, 1, manager, employee)
    with CaptureQueriesContext(connection) as one:
        as_employee.get(world.past.get_absolute_url())
    _fill(world, 3, manager, employee)
    with CaptureQueriesContext(connection) as four:
        as_employee.get(world.past.get_absolute_url())
    assert len(four) == len(one)


def test_cancelled_occurrence_has_no_feedback_or_notes(
    world: World, as_employee: Client, employee: Person
) -> None:
    from samla.circles.enums import OccurrenceStatus

    attend(world.past, employee)
    world.past.status = OccurrenceStatus.CANCELLED
    world.past.save(update_fields=["status"])
    page = as_employee.get(world.past.get_absolute_url()).content.decode()
    assert 'id="practice-topic"' in page
    assert 'id="practice-feedback"' not in page and 'id="practice-notes"' not in page
    url = reverse("circles:practice-feedback", args=[world.past.pk])
    assert as_employee.post(url, {"rating": "4"}).status_code == 403
    assert not Feedback.objects.exists()
