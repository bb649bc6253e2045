"""Views of circles: pages, forms (with their bad input), the join/leave/request/invite flows,
the HTMX partials for RSVP and attendance, and constant query counts."""

from __future__ import annotations

from datetime import timedelta
from unittest import mock

import pytest
import time_machine
from conftest import client_for
from django.utils import timezone

from samla.circles.enums import JoinPolicy, MeetingKind, MemberStatus, RsvpAnswer
from samla.circles.models import Attendance, Circle, Meeting, Membership, Rsvp
from samla.circles.tests.factories import (
    make_circle,
    make_meeting,
    next_weekday_at,
    weekly_rrule,
)
from samla.people.tests.factories import OfficeFactory, OrgUnitFactory, PersonFactory

pytestmark = pytest.mark.django_db


def test_circle_create_via_form(as_employee, employee) -> None:
    response = as_employee.post(
        "/circles/new/",
        {
            "name": "Data guild",
            "kind": "community",
            "description": "We **share**.",
            "visibility": "listed",
            "join_policy": "open",
            "language": "en",
        },
    )
    circle = Circle.objects.get()
    assert response.status_code == 302 and response["Location"] == circle.get_absolute_url()
    assert "<strong>share</strong>" in circle.description_html
    assert Membership.objects.get(circle=circle).person == employee


def test_circle_create_closed_but_open_is_422(as_employee) -> None:
    response = as_employee.post(
        "/circles/new/",
        {
            "name": "Hidden",
            "kind": "team",
            "visibility": "closed",
            "join_policy": "open",
            "language": "en",
        },
    )
    assert response.status_code == 422
    assert "invitation only" in response.content.decode()
    assert not Circle.objects.exists()


def test_circle_page_shows_members_spans_rota(manager, employee, colleague) -> None:
    circle = make_circle(facilitator=manager, members=[employee, colleague])
    make_meeting(circle=circle, by=manager)
    html = client_for(employee).get(circle.get_absolute_url()).content.decode()
    assert "Cecilia Colleague" in html and "Mette Manager" in html
    assert "2 units" in html  # Platform and Sales
    assert "Presenter rota, next 8 weeks" in html
    assert "Why this person" in html


@pytest.mark.usefixtures("colleague_reads_english")
def test_join_and_leave_flow(manager, colleague) -> None:
    circle = make_circle(facilitator=manager)
    client = client_for(colleague)
    assert b"Join the circle" in client.get(circle.get_absolute_url()).content
    assert client.post(f"{circle.get_absolute_url()}join/").status_code == 302
    assert Membership.objects.get(circle=circle, person=colleague).status == MemberStatus.ACTIVE
    assert client.post(f"{circle.get_absolute_url()}leave/").status_code == 302
    assert Membership.objects.get(circle=circle, person=colleague).status == MemberStatus.LEFT


def test_last_facilitator_leaving_is_409_with_reason(manager) -> None:
    circle = make_circle(facilitator=manager)
    response = client_for(manager).post(f"{circle.get_absolute_url()}leave/")
    assert response.status_code == 409
    assert "name another facilitator" in response.content.decode()


def test_request_and_approve_flow(manager, colleague) -> None:
    circle = make_circle(facilitator=manager, join_policy=JoinPolicy.ON_REQUEST)
    client_for(colleague).post(f"{circle.get_absolute_url()}join/")
    m = Membership.objects.get(circle=circle, person=colleague)
    assert m.status == MemberStatus.REQUESTED
    page = client_for(manager).get(circle.get_absolute_url()).content.decode()
    assert "Approve" in page
    client_for(manager).post(
        f"{circle.get_absolute_url()}members/{m.pk}/answer/", {"decision": "approve"}
    )
    m.refresh_from_db()
    assert m.status == MemberStatus.ACTIVE


def test_invite_unknown_email_is_422(manager) -> None:
    circle = make_circle(facilitator=manager, closed=True)
    response = client_for(manager).post(
        f"{circle.get_absolute_url()}invite/", {"email": "nobody@example.com"}
    )
    assert response.status_code == 422
    assert "Nobody in the organisation" in response.content.decode()


def _meeting_post(**kw) -> dict:
    day = next_weekday_at(9).date()
    data = {
        "kind": "learning",
        "title": "Weekly learning",
        "day": day.isoformat(),
        "start_time": "09:00",
        "end_time": "09:15",
        "timezone": "Europe/Copenhagen",
        "repeat": "weekly",
        "interval": "1",
        "count": "10",
        "has_rota": "on",
    }
    data.update(kw)
    return data


def test_meeting_create_via_form(manager) -> None:
    circle = make_circle(facilitator=manager)
    response = client_for(manager).post(
        f"{circle.get_absolute_url()}meetings/new/", _meeting_post()
    )
    meeting = Meeting.objects.get()
    assert response.status_code == 302
    assert meeting.duration == 15 and meeting.rrule.startswith("FREQ=WEEKLY")
    assert meeting.occurrences.count() == 10


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"end_time": "08:45"}, "must end after it starts"),
        ({"end_time": "09:00"}, "must end after it starts"),
        ({"start_time": "08:00", "end_time": "17:30"}, "at most 8 hours"),
        ({"count": ""}, "needs an end"),
        ({"until": "2001-01-01", "count": ""}, "ends before its first meeting"),
        ({"until": "2030-01-01"}, "not both"),
    ],
)
def test_meeting_form_bad_input_is_422(manager, kw, message) -> None:
    circle = make_circle(facilitator=manager)
    response = client_for(manager).post(
        f"{circle.get_absolute_url()}meetings/new/", _meeting_post(**kw)
    )
    assert response.status_code == 422
    assert message in response.content.decode()
    assert not Meeting.objects.exists()


def test_meeting_form_overlap_is_422(manager) -> None:
    circle = make_circle(facilitator=manager)
    make_meeting(circle=circle, by=manager, start=next_weekday_at(9), duration=60)
    response = client_for(manager).post(
        f"{circle.get_absolute_url()}meetings/new/",
        _meeting_post(start_time="09:30", end_time="09:45"),
    )
    assert response.status_code == 422
    assert "overlaps" in response.content.decode()
    assert Meeting.objects.count() == 1


def test_series_edit_calls_meeting_changed_on_commit(
    manager, django_capture_on_commit_callbacks
) -> None:
    circle = make_circle(facilitator=manager)
    meeting = make_meeting(circle=circle, by=manager)
    with mock.patch("samla.circles.invitations.meeting_changed") as changed:
        with django_capture_on_commit_callbacks(execute=True):
            response = client_for(manager).post(
                f"/circles/meetings/{meeting.pk}/edit/",
                _meeting_post(title="New title", count="20", start_time="10:00", end_time="10:15"),
            )
        assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.sequence == 1 and meeting.title == "New title"
    changed.assert_called_once()
    assert changed.call_args.kwargs["meeting"].pk == meeting.pk


def test_occurrence_move_end_before_start_is_422(manager) -> None:
    circle = make_circle(facilitator=manager)
    occ = make_meeting(circle=circle, by=manager).occurrences.order_by("start").first()
    response = client_for(manager).post(
        f"/circles/occurrences/{occ.pk}/move/",
        {"day": "2030-01-01", "start_time": "10:00", "end_time": "09:00"},
    )
    assert response.status_code == 422
    occ.refresh_from_db()
    assert occ.sequence == 0


def test_occurrence_cancel_via_view(manager, employee) -> None:
    circle = make_circle(facilitator=manager, members=[employee])
    occ = make_meeting(circle=circle, by=manager).occurrences.order_by("start").first()
    assert client_for(employee).post(f"/circles/occurrences/{occ.pk}/cancel/").status_code == 404
    client_for(manager).post(f"/circles/occurrences/{occ.pk}/cancel/")
    occ.refresh_from_db()
    assert occ.is_cancelled


# --- HTMX partials --------------------------------------------------------------------------------


def test_rsvp_partial(manager, employee, htmx_headers) -> None:
    circle = make_circle(facilitator=manager, members=[employee])
    occ = make_meeting(circle=circle, by=manager).occurrences.order_by("start").first()
    response = client_for(employee).post(
        f"/circles/occurrences/{occ.pk}/rsvp/", {"answer": "yes"}, **htmx_headers
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<section class="card" id="rsvp"')
    assert "<html" not in html and "1 person is coming" in html
    assert Rsvp.objects.get().answer == RsvpAnswer.YES
    bad = client_for(employee).post(
        f"/circles/occurrences/{occ.pk}/rsvp/", {"answer": "perhaps"}, **htmx_headers
    )
    assert bad.status_code == 422 and "Choose yes, maybe or no." in bad.content.decode()


def test_rsvp_without_js_redirects(manager, employee) -> None:
    circle = make_circle(facilitator=manager, members=[employee])
    occ = make_meeting(circle=circle, by=manager).occurrences.order_by("start").first()
    response = client_for(employee).post(
        f"/circles/occurrences/{occ.pk}/rsvp/", {"answer": "maybe"}
    )
    assert response.status_code == 302 and response["Location"] == occ.get_absolute_url()


def test_non_member_cannot_rsvp_to_member_meeting_but_can_to_open_workshop(
    manager, colleague
) -> None:
    circle = make_circle(facilitator=manager)
    occ = make_meeting(circle=circle, by=manager).occurrences.order_by("start").first()
    assert (
        client_for(colleague)
        .post(f"/circles/occurrences/{occ.pk}/rsvp/", {"answer": "yes"})
        .status_code
        == 404
    )
    ws = make_meeting(
        circle=circle,
        by=manager,
        rrule="",
        kind=MeetingKind.WORKSHOP,
        open_to_all=True,
        start=next_weekday_at(14),
        title="Show and tell",
        capacity=1,
    )
    wocc = ws.occurrences.get()
    client_for(colleague).post(f"/circles/occurrences/{wocc.pk}/rsvp/", {"answer": "yes"})
    assert Rsvp.objects.get(person=colleague).waitlisted is False


def test_attendance_partials(manager, employee, htmx_headers) -> None:
    circle = make_circle(facilitator=manager, members=[employee])
    occ = make_meeting(circle=circle, by=manager).occurrences.order_by("start").first()
    early = client_for(employee).post(f"/circles/occurrences/{occ.pk}/check-in/", **htmx_headers)
    assert early.status_code == 422 and "Check-in opens" in early.content.decode()
    with time_machine.travel(occ.start + timedelta(minutes=2)):
        response = client_for(employee).post(
            f"/circles/occurrences/{occ.pk}/check-in/", **htmx_headers
        )
        assert response.status_code == 200
        assert 'id="attendance"' in response.content.decode()
        assert "You are checked in." in response.content.decode()
        assert (
            client_for(employee)
            .post(f"/circles/occurrences/{occ.pk}/attendance/", {"present": [employee.pk]})
            .status_code
            == 404
        )
        marked = client_for(manager).post(
            f"/circles/occurrences/{occ.pk}/attendance/",
            {"present": [manager.pk, employee.pk]},
            **htmx_headers,
        )
        assert marked.status_code == 200
    assert set(Attendance.objects.values_list("person_id", flat=True)) == {manager.pk, employee.pk}


# --- query counts ---------------------------------------------------------------------------


def _populate(manager, n: int):
    units = [OrgUnitFactory() for _ in range(3)]
    offices = [OfficeFactory(name=f"Office {i}") for i in range(3)]
    members = [PersonFactory(unit=units[i % 3], office=offices[i % 3]) for i in range(n)]
    circle = make_circle(facilitator=manager, members=members, name=f"Big {n}")
    base = next_weekday_at(7)
    for i in range(n):
        make_meeting(
            circle=circle,
            by=manager,
            rrule="",
            start=base + timedelta(days=i // 10, hours=i % 10),
            title=f"Meeting {i}",
            duration=30,
        )
    return circle, members


@pytest.mark.parametrize("n", [3, 30])
def test_circle_page_query_count_is_constant(manager, n, django_assert_num_queries) -> None:
    circle, members = _populate(manager, n)
    client = client_for(members[0])
    client.get(circle.get_absolute_url())  # warm the session
    with django_assert_num_queries(QUERIES_CIRCLE_PAGE):
        response = client.get(circle.get_absolute_url())
    assert response.status_code == 200


@pytest.mark.parametrize("n", [3, 30])
def test_meeting_list_query_count_is_constant(manager, n, django_assert_num_queries) -> None:
    circle, members = _populate(manager, n)
    meeting = make_meeting(
        circle=circle, by=manager, start=next_weekday_at(19), title="Weekly", count=12
    )
    occs = list(meeting.occurrences.all())
    for p in members:
        for o in occs[:2]:
            Rsvp.objects.create(occurrence=o, person=p, answer="yes")
    client = client_for(members[0])
    client.get(meeting.get_absolute_url())
    with django_assert_num_queries(QUERIES_MEETING_PAGE):
        assert client.get(meeting.get_absolute_url()).status_code == 200
    with django_assert_num_queries(QUERIES_CIRCLE_LIST):
        assert client.get("/circles/").status_code == 200


QUERIES_CIRCLE_PAGE = 13  # includes c-practice's part of the page
QUERIES_MEETING_PAGE = 7
QUERIES_CIRCLE_LIST = 6


def test_invitation_decline_and_leaving_closed_circle(manager, employee, colleague) -> None:
    from samla.circles.services.circles import membership_invite

    circle = make_circle(facilitator=manager, members=[employee], closed=True)
    membership_invite(circle=circle, person=colleague, by=manager)
    response = client_for(colleague).post(f"{circle.get_absolute_url()}invitation/decline/")
    assert response.status_code == 302 and response["Location"] == "/circles/"
    assert not Membership.objects.filter(circle=circle, person=colleague).exists()
    assert client_for(colleague).get(circle.get_absolute_url()).status_code == 404
    response = client_for(employee).post(f"{circle.get_absolute_url()}leave/")
    assert response["Location"] == "/circles/"  # the closed circle is no longer theirs to see
    assert client_for(employee).get(circle.get_absolute_url()).status_code == 404


def test_swap_via_views(manager, employee) -> None:
    from samla.circles.models import Swap

    circle = make_circle(facilitator=manager, members=[employee])
    start = next_weekday_at(9, days_ahead=-20)
    meeting = make_meeting(circle=circle, by=manager, start=start, rrule=weekly_rrule(start, 30))
    for occ in meeting.occurrences.filter(start__lt=timezone.now()):
        for p in (manager, employee):
            Attendance.objects.create(occurrence=occ, person=p, marked_by=manager)
    from samla.circles.services.rota import rota_refresh

    rota_refresh(circle=circle)
    a, b = meeting.occurrences.filter(start__gte=timezone.now()).order_by("start")[:2]
    mine, theirs = (a, b) if a.presenter_id == employee.pk else (b, a)
    bad = client_for(employee).post(f"{circle.get_absolute_url()}rota/swaps/", {"mine": "x"})
    assert bad.status_code == 400
    client_for(employee).post(
        f"{circle.get_absolute_url()}rota/swaps/", {"mine": mine.pk, "theirs": theirs.pk}
    )
    swap = Swap.objects.get()
    refused = client_for(employee).post(f"/circles/swaps/{swap.pk}/", {"decision": "agree"})
    assert refused.status_code == 409 and "has not agreed" in refused.content.decode()
    client_for(manager).post(f"/circles/swaps/{swap.pk}/", {"decision": "agree"})
    mine.refresh_from_db()
    assert mine.presenter_id == manager.pk
