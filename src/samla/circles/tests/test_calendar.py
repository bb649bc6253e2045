"""Calendar addresses and feeds: who sees what, revoked addresses, validity, query counts."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import icalendar
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from samla.circles import selectors_calendar, services_calendar
from samla.circles.enums import MeetingKind, MemberStatus, RsvpAnswer
from samla.circles.ical import occurrence_uid
from samla.circles.models import Meeting, Membership, Occurrence
from samla.circles.models_calendar import CalendarKey
from samla.circles.services import meetings as ms
from samla.circles.tests.factories import make_circle, make_meeting, next_weekday_at
from samla.circles.tests.test_ical import check_document
from samla.people.models import Person
from samla.people.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


def feed_url(person: Person, slug: str | None = None) -> str:
    key = services_calendar.calendar_key_create(person=person)
    token = services_calendar.token_for(key)
    if slug is None:
        return reverse("circles:calendar-feed", args=[token])
    return reverse("circles:calendar-circle-feed", args=[token, slug])


def fetch(url: str) -> icalendar.Calendar:
    response = Client().get(url)  # a calendar program: no session
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return check_document(response.content)


def uids(cal: icalendar.Calendar) -> set[str]:
    return {str(ev["UID"]) for ev in cal.walk("VEVENT")}


@pytest.fixture
def world(manager: Person, employee: Person, colleague: Person) -> dict[str, object]:
    """A listed team circle (employee is a member), a closed circle (colleague only), and a
    listed showcase circle with an open workshop nobody of them belongs to."""
    team = make_circle(facilitator=manager, members=[employee], name="Platform learning")
    closed = make_circle(facilitator=manager, members=[colleague], name="Secret guild", closed=True)
    host = PersonFactory(full_name="Hanna Host")
    showcase = make_circle(facilitator=host, name="Showcases")
    weekly = make_meeting(circle=team, by=manager, title="Friday learning", count=40)
    secret = make_meeting(
        circle=closed, by=manager, title="Guild session", start=next_weekday_at(13), count=5
    )
    workshop = make_meeting(
        circle=showcase,
        by=host,
        title="Team Nord shows the new app",
        kind=MeetingKind.WORKSHOP,
        open_to_all=True,
        start=next_weekday_at(15, days_ahead=3),
        count=3,
        duration=60,
    )
    return {
        "team": team,
        "closed": closed,
        "showcase": showcase,
        "weekly": weekly,
        "secret": secret,
        "workshop": workshop,
    }


# --- Keys --------------------------------------------------------------------------------------


def test_a_key_keeps_only_a_hash_and_creating_is_idempotent(employee: Person) -> None:
    key = services_calendar.calendar_key_create(person=employee)
    token = services_calendar.token_for(key)
    assert len(token) == services_calendar.TOKEN_LENGTH
    stored = CalendarKey.objects.filter(pk=key.pk).values().get()
    assert token not in {str(v) for v in stored.values()}
    assert stored["token_hash"] == hashlib.sha256(token.encode()).hexdigest()
    assert services_calendar.calendar_key_create(person=employee) == key
    assert CalendarKey.objects.filter(person=employee).count() == 1


def test_renewing_turns_the_old_address_off(employee: Person, world: dict[str, object]) -> None:
    old = feed_url(employee)
    assert Client().get(old).status_code == 200
    services_calendar.calendar_key_renew(person=employee)
    gone = Client().get(old)
    assert gone.status_code == 410
    assert "turned off" in gone.content.decode()
    assert gone["Content-Type"] == "text/plain; charset=utf-8"
    assert fetch(feed_url(employee))  # the new one works
    assert CalendarKey.objects.filter(person=employee, revoked_at__isnull=True).count() == 1


def test_revoked_unknown_and_leavers_addresses(employee: Person, world: dict[str, object]) -> None:
    url = feed_url(employee)
    services_calendar.calendar_key_revoke(person=employee)
    assert Client().get(url).status_code == 410
    team = world["team"]
    assert isinstance(team, object)
    circle_url = url.replace(".ics", "/platform-learning.ics")
    assert Client().get(circle_url).status_code in (404, 410)
    assert Client().get(reverse("circles:calendar-feed", args=["x" * 43])).status_code == 404
    assert Client().get("/circles/calendar/short.ics").status_code == 404
    other = PersonFactory()
    live = feed_url(other)
    other.is_active = False
    other.save(update_fields=["is_active"])
    assert Client().get(live).status_code == 410


def test_last_used_is_noted_at_most_hourly(employee: Person, world: dict[str, object]) -> None:
    url = feed_url(employee)
    Client().get(url)
    first = CalendarKey.objects.get(person=employee).last_used_at
    assert first is not None
    Client().get(url)
    assert CalendarKey.objects.get(person=employee).last_used_at == first


# --- What the feeds contain --------------------------------------------------------------------


def test_personal_feed_has_my_circles_and_my_workshops_only(
    employee: Person, world: dict[str, object]
) -> None:
    workshop = world["workshop"]
    weekly = world["weekly"]
    assert isinstance(workshop, Meeting) and isinstance(weekly, Meeting)
    first, second, _third = Occurrence.objects.filter(meeting=workshop).order_by("start")
    ms.rsvp_set(occurrence=first, person=employee, answer=RsvpAnswer.YES)
    ms.rsvp_set(occurrence=second, person=employee, answer=RsvpAnswer.MAYBE)

    cal = fetch(feed_url(employee))
    got = uids(cal)
    weekly_starts = [o.original_start for o in Occurrence.objects.filter(meeting=weekly)]
    assert {occurrence_uid(weekly.uid, s) for s in weekly_starts} <= got
    assert occurrence_uid(workshop.uid, first.original_start) in got
    assert occurrence_uid(workshop.uid, second.original_start) in got
    assert occurrence_uid(workshop.uid, _third.original_start) not in got
    assert not any(u.endswith(world["secret"].uid) for u in got)  # type: ignore[attr-defined]
    statuses = {str(ev["UID"]): str(ev["STATUS"]) for ev in cal.walk("VEVENT")}
    assert statuses[occurrence_uid(workshop.uid, second.original_start)] == "TENTATIVE"
    assert statuses[occurrence_uid(workshop.uid, first.original_start)] == "CONFIRMED"
    assert str(cal["X-WR-CALNAME"]) == "My meetings in Samla"


def test_series_beyond_the_stored_horizon_are_computed_with_the_same_uids(
    employee: Person, world: dict[str, object]
) -> None:
    weekly = world["weekly"]
    assert isinstance(weekly, Meeting)
    stored = Occurrence.objects.filter(meeting=weekly).count()
    assert 10 <= stored < 40
    mine = [
        str(ev["UID"])
        for ev in fetch(feed_url(employee)).walk("VEVENT")
        if str(ev["UID"]).endswith(weekly.uid)
    ]
    assert len(mine) == 40 == len(set(mine))
    # When the horizon moves on, the stored occurrence has the UID the feed already gave it.
    ms.occurrences_materialise(meeting=weekly, now=timezone.now() + timedelta(weeks=30))
    later = {
        occurrence_uid(weekly.uid, o.original_start)
        for o in Occurrence.objects.filter(meeting=weekly)
    }
    assert later <= set(mine)


def test_declined_and_cancelled_occurrences_leave_the_feed(
    employee: Person, manager: Person, world: dict[str, object]
) -> None:
    weekly = world["weekly"]
    assert isinstance(weekly, Meeting)
    first, second, third = Occurrence.objects.filter(meeting=weekly).order_by("start")[:3]
    ms.rsvp_set(occurrence=first, person=employee, answer=RsvpAnswer.NO)
    ms.occurrence_cancel(occurrence=second, by=manager)
    moved_to = third.start + timedelta(hours=2)
    ms.occurrence_move(occurrence=third, by=manager, start=moved_to)
    cal = fetch(feed_url(employee))
    got = {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}
    assert occurrence_uid(weekly.uid, first.original_start) not in got
    assert occurrence_uid(weekly.uid, second.original_start) not in got
    moved = got[occurrence_uid(weekly.uid, third.original_start)]  # same UID after a move
    assert moved.decoded("DTSTART") == moved_to
    assert int(moved["SEQUENCE"]) > 0
    # The manager (facilitator, member) still sees the one the employee declined.
    assert occurrence_uid(weekly.uid, first.original_start) in uids(fetch(feed_url(manager)))


def test_event_texts(employee: Person, world: dict[str, object]) -> None:
    weekly = world["weekly"]
    assert isinstance(weekly, Meeting)
    Meeting.objects.filter(pk=weekly.pk).update(
        place="Room 3, floor 2; east", agenda="Tools\nand tips"
    )
    cal = fetch(feed_url(employee))
    occ = Occurrence.objects.filter(meeting=weekly).order_by("start").first()
    assert occ is not None
    (ev,) = [
        e
        for e in cal.walk("VEVENT")
        if str(e["UID"]) == occurrence_uid(weekly.uid, occ.original_start)
    ]
    assert str(ev["SUMMARY"]) == "Friday learning"
    assert str(ev["LOCATION"]) == "Room 3, floor 2; east"
    assert str(ev["DESCRIPTION"]).startswith("Tools\nand tips\n\nCircle: Platform learning")
    assert str(ev["URL"]).endswith(reverse("circles:occurrence-detail", args=[occ.pk]))
    assert str(ev["DTSTART"].params["TZID"]) == "Europe/Copenhagen"


def test_personal_feed_in_the_persons_language(colleague: Person, world: dict[str, object]) -> None:
    cal = fetch(feed_url(colleague))  # Swedish speaker; texts come from the sv catalogue
    assert uids(cal)
    assert cal["X-WR-CALNAME"]


# --- Closed circles ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("colleague", 200),  # a member
        ("manager", 200),  # its facilitator
        ("employee", 404),
        ("learning_lead", 404),
        ("org_admin", 404),
    ],
)
def test_closed_circle_feed_for_every_role(
    persona: str, status: int, request: pytest.FixtureRequest, world: dict[str, object]
) -> None:
    person = request.getfixturevalue(persona)
    response = Client().get(feed_url(person, "secret-guild"))
    assert response.status_code == status
    personal = uids(fetch(feed_url(person)))
    secret = world["secret"]
    assert isinstance(secret, Meeting)
    assert any(u.endswith(secret.uid) for u in personal) == (status == 200)


def test_closed_circle_feed_needs_a_members_key(
    employee: Person, colleague: Person, world: dict[str, object]
) -> None:
    secret = world["secret"]
    assert isinstance(secret, Meeting)
    assert Client().get(feed_url(employee, "secret-guild")).status_code == 404
    cal = fetch(feed_url(colleague, "secret-guild"))
    assert len(uids(cal)) == 5 and all(u.endswith(secret.uid) for u in uids(cal))
    # Listed circles' feeds work for anyone in the organisation, member or not.
    assert len(uids(fetch(feed_url(colleague, "platform-learning")))) == 40
    assert Client().get(feed_url(employee, "no-such-circle")).status_code == 404


def test_leaving_a_closed_circle_removes_it_from_the_personal_feed(
    colleague: Person, world: dict[str, object]
) -> None:
    secret = world["secret"]
    assert isinstance(secret, Meeting)
    occ = Occurrence.objects.filter(meeting=secret).first()
    assert occ is not None
    ms.rsvp_set(occurrence=occ, person=colleague, answer=RsvpAnswer.YES)
    url = feed_url(colleague)
    assert any(u.endswith(secret.uid) for u in uids(fetch(url)))
    Membership.objects.filter(person=colleague, circle=secret.circle).update(
        status=MemberStatus.LEFT
    )
    assert not any(u.endswith(secret.uid) for u in uids(fetch(url)))
    assert Client().get(feed_url(colleague, "secret-guild")).status_code == 404


def test_occurrence_download(
    as_employee: Client, employee: Person, colleague: Person, world: dict[str, object]
) -> None:
    weekly, secret = world["weekly"], world["secret"]
    assert isinstance(weekly, Meeting) and isinstance(secret, Meeting)
    occ = Occurrence.objects.filter(meeting=weekly).first()
    hidden = Occurrence.objects.filter(meeting=secret).first()
    assert occ is not None and hidden is not None
    response = as_employee.get(reverse("circles:calendar-occurrence", args=[occ.pk]))
    assert response.status_code == 200
    cal = check_document(response.content)
    assert str(cal["METHOD"]) == "PUBLISH"
    assert uids(cal) == {occurrence_uid(weekly.uid, occ.original_start)}
    assert (
        as_employee.get(reverse("circles:calendar-occurrence", args=[hidden.pk])).status_code == 404
    )
    anonymous = Client().get(reverse("circles:calendar-occurrence", args=[occ.pk]))
    assert anonymous.status_code == 302


# --- The settings page -------------------------------------------------------------------------


def test_settings_page_make_copy_renew_revoke(
    as_employee: Client, employee: Person, world: dict[str, object]
) -> None:
    page = reverse("circles:calendar-settings")
    action = reverse("circles:calendar-key")
    response = as_employee.get(page)
    assert response.status_code == 200
    assert "Make my calendar address" in response.content.decode()

    assert as_employee.post(action, {"action": "create"}).status_code == 302
    key = CalendarKey.objects.get(person=employee)
    token = services_calendar.token_for(key)
    body = as_employee.get(page).content.decode()
    assert f"/circles/calendar/{token}.ics" in body
    assert f"webcal://testserver/circles/calendar/{token}.ics" in body
    assert f"/circles/calendar/{token}/platform-learning.ics" in body
    assert "secret-guild" not in body

    assert as_employee.post(action, {"action": "renew"}).status_code == 302
    new = CalendarKey.objects.get(person=employee, revoked_at__isnull=True)
    assert new.pk != key.pk
    body = as_employee.get(page).content.decode()
    assert token not in body and services_calendar.token_for(new) in body

    assert as_employee.post(action, {"action": "revoke"}).status_code == 302
    assert not CalendarKey.objects.filter(person=employee, revoked_at__isnull=True).exists()
    assert "Make my calendar address" in as_employee.get(page).content.decode()

    bad = as_employee.post(action, {"action": "explode"})
    assert bad.status_code == 400
    assert "Choose to make, renew or turn off" in bad.content.decode()
    assert as_employee.get(action).status_code == 405


def test_settings_page_needs_sign_in() -> None:
    response = Client().get(reverse("circles:calendar-settings"))
    assert response.status_code == 302
    assert Client().post(reverse("circles:calendar-key"), {"action": "create"}).status_code == 302


# --- Query counts and a big feed --------------------------------------------------------------


def _bulk_occurrences(meeting: Meeting, n: int) -> None:
    """Store n occurrences quickly (tests only), and mark the series materialised past them."""
    start = meeting.first_start
    length = timedelta(minutes=meeting.duration)
    have = set(Occurrence.objects.filter(meeting=meeting).values_list("original_start", flat=True))
    rows = []
    for i in range(n):
        s = start + timedelta(hours=8 * i)
        if s not in have:
            rows.append(Occurrence(meeting=meeting, original_start=s, start=s, end=s + length))
    Occurrence.objects.bulk_create(rows)
    Meeting.objects.filter(pk=meeting.pk).update(
        materialised_until=datetime(2100, 1, 1, tzinfo=UTC), rrule=""
    )


def test_a_500_event_feed_in_constant_queries(
    employee: Person,
    manager: Person,
    world: dict[str, object],
    django_assert_max_num_queries: object,
) -> None:
    url = feed_url(employee)
    Client().get(url)  # note last_used_at now, so the next reads do not write

    with django_assert_max_num_queries(4):  # type: ignore[operator]
        small = Client().get(url)
    assert small.status_code == 200

    team2 = make_circle(facilitator=manager, members=[employee], name="Second circle")
    big = make_meeting(circle=team2, by=manager, title="Busy", start=next_weekday_at(7), count=2)
    _bulk_occurrences(big, 460)
    with django_assert_max_num_queries(4):  # type: ignore[operator]
        response = Client().get(url)
    cal = check_document(response.content)
    assert len(cal.walk("VEVENT")) >= 500
    events = selectors_calendar.personal_events(person=employee)
    assert len(events) == len(cal.walk("VEVENT"))


@pytest.mark.parametrize("circles", [1, 3])
def test_personal_feed_queries_at_1_and_3_circles(
    circles: int, employee: Person, manager: Person, django_assert_num_queries: object
) -> None:
    for i in range(circles):
        circle = make_circle(facilitator=manager, members=[employee], name=f"Circle {i}")
        make_meeting(circle=circle, by=manager, start=next_weekday_at(8 + i), count=30)
    url = feed_url(employee)
    Client().get(url)
    # The key; the person's circles; their occurrences; their meetings.
    with django_assert_num_queries(4):  # type: ignore[operator]
        response = Client().get(url)
    assert len(uids(check_document(response.content))) == 30 * circles


def test_circle_feed_in_constant_queries(
    colleague: Person, world: dict[str, object], django_assert_max_num_queries: object
) -> None:
    url = feed_url(colleague, "platform-learning")
    Client().get(url)
    with django_assert_max_num_queries(5):  # type: ignore[operator]
        assert Client().get(url).status_code == 200


def test_settings_page_in_constant_queries(
    as_employee: Client,
    employee: Person,
    manager: Person,
    world: dict[str, object],
    django_assert_max_num_queries: object,
) -> None:
    services_calendar.calendar_key_create(person=employee)
    page = reverse("circles:calendar-settings")
    as_employee.get(page)
    with django_assert_max_num_queries(8) as few:  # type: ignore[operator]
        as_employee.get(page)
    for i in range(6):
        make_circle(facilitator=manager, members=[employee], name=f"More circle {i}")
    with django_assert_max_num_queries(len(few)):  # type: ignore[operator]
        body = as_employee.get(page).content.decode()
    assert body.count("/more-circle-") == 6
