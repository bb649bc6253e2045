"""The demo's circles: valid content in four languages, seeded through the circles services on a
small organisation, with months of history and a running rota that includes the demo employee."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from samla.circles import recurrence
from samla.circles.enums import (
    CircleKind,
    JoinPolicy,
    MeetingKind,
    MemberStatus,
    OccurrenceStatus,
    RsvpAnswer,
    Visibility,
)
from samla.circles.models import (
    Absence,
    Attendance,
    Circle,
    Meeting,
    Membership,
    Occurrence,
    Rsvp,
    Swap,
)
from samla.circles.models_practice import (
    ActionItem,
    Feedback,
    MeetingNotes,
    Reflection,
    Topic,
    TopicKind,
)
from samla.circles.rotation import MIN_ATTENDED
from samla.circles.services.record import OBJECT_TYPE
from samla.demo.circles import CirclesReport, all_circle_defs, seed_circles
from samla.demo.seed import Seeder
from samla.demo.skills import SKILLS_BY_SLUG
from samla.notifications.models import EmailMessage
from samla.people.models import Person
from samla.record.models import Activity
from samla.stories.enums import StoryKind
from samla.stories.kinds import SECTIONS
from samla.stories.models import Story

LANGUAGES = ("en", "da", "sv", "nb")
ZONES = {"Europe/Copenhagen", "Europe/Stockholm", "Europe/Oslo", "Europe/London"}


# --- The content --------------------------------------------------------------------------------


def test_every_circle_definition_is_complete() -> None:
    defs = all_circle_defs()
    assert len({d["key"] for _, d in defs}) == len(defs)
    assert {lang for lang, _ in defs} == set(LANGUAGES)
    kinds = Counter(d["kind"] for _, d in defs)
    assert kinds[CircleKind.TEAM] >= 6 and set(kinds) == set(CircleKind.values)
    for lang in ("da", "sv", "nb"):
        assert sum(1 for la, d in defs if la == lang and d["kind"] == CircleKind.TEAM) >= 2
    assert {d["meeting"]["timezone"] for _, d in defs} >= ZONES - {"Europe/London"}
    for _, d in defs:
        m = d["meeting"]
        assert m["timezone"] in ZONES and 0 <= m["weekday"] <= 4, d["key"]
        if d["kind"] == CircleKind.TEAM:
            assert m["duration"] == 15, d["key"]  # weekly 15-minute learning meetings
        assert d["join_policy"] in JoinPolicy.values and d["visibility"] in Visibility.values
        if d["visibility"] == Visibility.CLOSED:
            assert d["join_policy"] == JoinPolicy.INVITE_ONLY
        assert len(d["name"]) <= 120 and d["description"].strip()
        assert d["sessions"] and d["backlog"]
        for s in d["sessions"]:
            assert len(s["title"]) <= 160
            if s.get("cancelled"):
                continue
            assert s["notes"].strip() and s["tries"], (d["key"], s["title"])
            assert set(s["topics"]) <= set(SKILLS_BY_SLUG), (d["key"], s["title"])
        for kind, title, _details, votes in d["backlog"]:
            assert kind in TopicKind.values and title and votes >= 0
        for r in d.get("reflection_meetings") or ():
            assert r["went_well"] and r["learned"] and r["change"]
            assert r["story"]["kind"] == StoryKind.LESSON
        stories = [s["story"] for s in d["sessions"] if s.get("story")]
        stories += [r["story"] for r in d.get("reflection_meetings") or ()]
        for story in stories:
            keys = {s.key for s in SECTIONS[story["kind"]]}
            assert set(story["sections"]) <= keys, story["title"]
            assert set(story["topics"]) <= set(SKILLS_BY_SLUG)
    # Both kinds of backlog item, in every language.
    for lang in LANGUAGES:
        kinds_here = {k for la, d in defs if la == lang for k, *_rest in d["backlog"]}
        assert kinds_here == set(TopicKind.values), lang


# --- The seeded circles -------------------------------------------------------------------------


@dataclass
class Seeded:
    report: CirclesReport
    seconds: float
    now: datetime


@pytest.fixture
def seeded(db: None) -> Seeded:
    """A small organisation (60 people: teams of one or two, topped up from their department)
    with the demo's circles."""
    with transaction.atomic():
        seeder = Seeder(people=60, seed=3)
        members = seeder.run()
        started = time.monotonic()
        report = seed_circles(rng=seeder.rng, members=members, now=seeder.now)
        seconds = time.monotonic() - started
    return Seeded(report=report, seconds=seconds, now=seeder.now)


def check_circles_in_every_language(seeded: Seeded) -> None:
    now = seeded.now
    circles = list(Circle.objects.all())
    assert len(circles) == len(all_circle_defs())
    assert {c.language for c in circles} == set(LANGUAGES)
    assert {c.kind for c in circles} == set(CircleKind.values)
    assert Circle.objects.filter(visibility=Visibility.CLOSED).exists()
    # Cross-unit circles span departments and countries.
    for circle in circles:
        if circle.kind in {CircleKind.COMMUNITY, CircleKind.NETWORK, CircleKind.LEARNING_CIRCLE}:
            members = Person.objects.filter(
                circle_memberships__circle=circle,
                circle_memberships__status=MemberStatus.ACTIVE,
            ).select_related("unit", "office")
            assert len({p.unit.parent_id for p in members}) >= 2, circle.name
            assert len({p.office.country for p in members}) >= 2, circle.name
    # Every team's series is weekly, 15 minutes, in its own zone, and ends.
    zones = set()
    for meeting in Meeting.objects.filter(circle__kind=CircleKind.TEAM, rrule__gt=""):
        assert meeting.duration == 15
        assert "UNTIL=" in meeting.rrule
        rec = recurrence.from_rrule(meeting.rrule, tz=ZoneInfo(meeting.timezone))
        assert rec.freq == "weekly"
        zones.add(meeting.timezone)
        past = meeting.occurrences.filter(end__lte=now)
        assert past.count() >= 6
        first = past.order_by("start").first()
        assert first is not None and now - first.start > timedelta(days=45)  # months of history
        # Wall-clock time is kept across the daylight-saving change.
        local = {o.start.astimezone(ZoneInfo(meeting.timezone)).time() for o in past}
        assert len(local) == 1, meeting.title
    assert zones >= {"Europe/Copenhagen", "Europe/Stockholm", "Europe/Oslo"}


def check_history_follows_the_rota(
    seeded: Seeded,
) -> None:
    now = seeded.now
    past = Occurrence.objects.filter(
        meeting__kind=MeetingKind.LEARNING, end__lte=now, status=OccurrenceStatus.SCHEDULED
    )
    assert past.count() >= 50
    assert not past.filter(presenter__isnull=True).exists()
    # Presenters attended their meeting; nobody presented before attending two meetings
    # (the facilitator opens a new series, as a volunteer).
    for occ in past.select_related("meeting"):
        assert Attendance.objects.filter(occurrence=occ, person=occ.presenter).exists()
        if not occ.presenter_fixed:
            before = Attendance.objects.filter(
                person=occ.presenter,
                occurrence__meeting=occ.meeting,
                occurrence__start__lt=occ.start,
            ).count()
            assert before >= MIN_ATTENDED
    # Each presenter in a team presents about as often as the others (within one turn).
    for meeting in Meeting.objects.filter(circle__kind=CircleKind.TEAM, rrule__gt=""):
        done = Counter(
            meeting.occurrences.filter(end__lte=now, presenter_fixed=False)
            .exclude(status=OccurrenceStatus.CANCELLED)
            .values_list("presenter_id", flat=True)
        )
        if len(done) > 1:
            assert max(done.values()) - min(done.values()) <= 1, (meeting.title, done)
    assert Occurrence.objects.filter(status=OccurrenceStatus.CANCELLED, end__lte=now).exists()
    assert Topic.objects.filter(occurrence__isnull=False, occurrence__end__lte=now).count() >= 40
    assert MeetingNotes.objects.count() >= 40
    assert Feedback.objects.exclude(will_try="").filter(shared=True).count() >= 60
    assert Feedback.objects.filter(will_try="").exists()  # a rating alone is fine too
    assert Reflection.objects.count() >= 10
    assert ActionItem.objects.filter(closed_at__isnull=True).exists()
    assert ActionItem.objects.filter(closed_at__isnull=False).exists()
    # All of it happened in the past, in the learning record too.
    assert not Feedback.objects.filter(created_at__gt=now).exists()
    rows = Activity.objects.filter(object_type=OBJECT_TYPE)
    verbs = set(rows.values_list("verb", flat=True))
    assert verbs >= {"attended", "presented", "facilitated", "gave_feedback", "reflected"}
    assert not rows.filter(timestamp__gt=now).exists()
    assert rows.filter(verb="attended").count() == Attendance.objects.count()
    presented = Occurrence.objects.filter(end__lte=now, presenter__isnull=False).exclude(
        status=OccurrenceStatus.CANCELLED
    )
    assert rows.filter(verb="presented").count() == presented.count()


def check_notes_became_stories(seeded: Seeded) -> None:
    now = seeded.now
    linked = MeetingNotes.objects.filter(story__isnull=False).select_related(
        "story", "occurrence__meeting"
    )
    assert linked.count() >= 4
    lessons = [n.story for n in linked if n.occurrence.meeting.kind == MeetingKind.REFLECTION]
    assert {s.kind for s in lessons} == {StoryKind.LESSON}
    assert {s.language for s in lessons} >= {"da", "nb"}
    for notes in linked:
        story = notes.story
        assert story.published_at < now
        assert "/circles/" in " ".join(story.sections.values())  # credits the circle
    assert Story.objects.filter(kind__in=[StoryKind.SUCCESS, StoryKind.TIP]).exists()


def check_rota_ahead_includes_employee(seeded: Seeded) -> None:
    now = seeded.now
    employee = Person.objects.get(email="employee@example.com")
    manager = Person.objects.get(email="manager@example.com")
    team = Circle.objects.get(home_unit=employee.unit, kind=CircleKind.TEAM)
    assert Membership.objects.filter(
        circle=team, person=manager, role="facilitator", status=MemberStatus.ACTIVE
    ).exists()
    meeting = team.meetings.get(rrule__gt="")
    assert meeting.timezone == "Europe/Copenhagen"
    ahead = list(
        meeting.occurrences.filter(start__gte=now)
        .exclude(status=OccurrenceStatus.CANCELLED)
        .order_by("start")[:8]
    )
    assert len(ahead) == 8
    assert all(o.presenter_id for o in ahead[:4])
    assert employee.pk in [o.presenter_id for o in ahead[:4]]
    mine = next(o for o in ahead if o.presenter_id == employee.pk)
    assert mine.presenter_last is not None  # "why this person": they presented before
    assert Attendance.objects.filter(person=employee, occurrence__meeting=meeting).count() >= 2
    # Someone on leave, a backlog with votes, the next topic picked, RSVPs, a join request.
    assert Absence.objects.filter(membership__circle=team).exists()
    backlog = Topic.objects.filter(circle=team, occurrence__isnull=True)
    assert backlog.filter(kind=TopicKind.OFFER, vote_count__gt=0).exists()
    assert backlog.filter(kind=TopicKind.REQUEST).exists()
    assert Topic.objects.filter(occurrence=ahead[0]).exists()
    assert Rsvp.objects.filter(occurrence=ahead[0]).exists()
    assert not Rsvp.objects.filter(occurrence=ahead[0], person=employee).exists()
    assert Membership.objects.filter(circle=team, status=MemberStatus.REQUESTED).exists()
    # The employee came last week and has that meeting's feedback still to give.
    last = meeting.occurrences.filter(end__lte=now).exclude(status="cancelled").last()
    assert last is not None and Attendance.objects.filter(occurrence=last, person=employee).exists()
    assert not Feedback.objects.filter(occurrence=last, person=employee).exists()
    assert Feedback.objects.filter(person=employee).exists()  # but gave some before
    # An action the employee took on is still open (it carries over); one meeting was moved.
    assert ActionItem.objects.filter(circle=team, owner=employee, closed_at__isnull=True).exists()
    moved = meeting.occurrences.get(status=OccurrenceStatus.MOVED)
    assert moved.start > now and moved.is_exception and moved.start != moved.original_start
    # Every team circle has a rota ahead.
    for m in Meeting.objects.filter(circle__kind=CircleKind.TEAM, rrule__gt=""):
        assert m.occurrences.filter(start__gte=now, presenter__isnull=False).count() >= 4
    assert Swap.objects.filter(agreed_at__isnull=True, declined_at__isnull=True).exists()


def check_showcases_and_waiting_list(
    seeded: Seeded,
) -> None:
    now = seeded.now
    upcoming = Occurrence.objects.get(meeting__kind=MeetingKind.WORKSHOP, start__gte=now)
    capacity = upcoming.meeting.capacity
    assert upcoming.meeting.open_to_all and capacity
    yes = Rsvp.objects.filter(occurrence=upcoming, answer=RsvpAnswer.YES)
    assert yes.filter(waitlisted=False).count() == capacity
    assert yes.filter(waitlisted=True).count() >= 1
    past = Occurrence.objects.get(meeting__kind=MeetingKind.WORKSHOP, end__lte=now)
    members = Membership.objects.filter(circle=past.meeting.circle).values_list(
        "person_id", flat=True
    )
    guests = Attendance.objects.filter(occurrence=past).exclude(person_id__in=members)
    assert guests.count() >= 3  # people from all over the organisation came
    assert Rsvp.objects.filter(occurrence=past).count() <= past.meeting.capacity


def check_no_emails_and_quick(seeded: Seeded) -> None:
    assert not EmailMessage.objects.exists()
    assert seeded.seconds < 15  # generous for slow CI; about 2 s on a laptop


def check_pages_show_the_demo(client: Client, seeded: Seeded) -> None:
    """The demo accounts can walk through every circle page without an error; the closed
    circle stays hidden from those outside it."""
    now = seeded.now
    for email in ("employee@example.com", "manager@example.com"):
        person = Person.objects.get(email=email)
        client.force_login(person)
        assert client.get(reverse("circles:circle-list")).status_code == 200
        for circle in Circle.objects.all():
            member = Membership.objects.filter(
                circle=circle, person=person, status=MemberStatus.ACTIVE
            ).exists()
            expected = 200 if member or circle.visibility == Visibility.LISTED else 404
            url = reverse("circles:circle-detail", args=[circle.slug])
            assert client.get(url).status_code == expected, (email, circle.name)
            if expected == 404:  # nor its meetings
                for meeting in circle.meetings.all():
                    assert client.get(meeting.get_absolute_url()).status_code == 404
                continue
            assert (
                client.get(reverse("circles:practice-topics", args=[circle.slug])).status_code
                == 200
            )
            for meeting in circle.meetings.all():
                assert client.get(meeting.get_absolute_url()).status_code == 200
                occurrences = [
                    meeting.occurrences.filter(start__gte=now).order_by("start").first(),
                    meeting.occurrences.filter(end__lte=now).order_by("-start").first(),
                ]
                for occ in occurrences:
                    if occ is not None:
                        assert client.get(occ.get_absolute_url()).status_code == 200


def test_demo_circles(seeded: Seeded, client: Client) -> None:
    """One seed (a few seconds), checked from every side."""
    check_pages_show_the_demo(client, seeded)
    check_circles_in_every_language(seeded)
    check_history_follows_the_rota(seeded)
    check_notes_became_stories(seeded)
    check_rota_ahead_includes_employee(seeded)
    check_showcases_and_waiting_list(seeded)
    check_no_emails_and_quick(seeded)
