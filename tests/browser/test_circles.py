"""Journey (issue #5): join a circle, propose a topic, see yourself in the rota, RSVP, give
feedback; the facilitator plans a meeting and takes attendance. axe-core on every page."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from samla.circles.models import Attendance, Membership, Occurrence, Rsvp
from samla.circles.models_practice import Feedback, Topic
from samla.circles.tests.factories import make_circle, make_meeting, next_weekday_at, weekly_rrule
from tests.browser.conftest import Org
from tests.browser.support import VIEWPORTS, check_a11y

pytestmark = pytest.mark.browser


def _team(org: Org):  # type: ignore[no-untyped-def]
    circle = make_circle(facilitator=org.manager, name="Platform learning")
    start = next_weekday_at(9, days_ahead=-20)
    meeting = make_meeting(
        circle=circle,
        by=org.manager,
        start=start,
        rrule=weekly_rrule(start, 30),
        title="Friday learning",
    )
    past = list(meeting.occurrences.filter(start__lt=timezone.now()).order_by("start"))
    # Freja came to two meetings as a guest before joining: she is eligible to present.
    for occ in past[-2:]:
        Attendance.objects.create(occurrence=occ, person=org.employee, marked_by=org.manager)
        Attendance.objects.create(occurrence=occ, person=org.manager, marked_by=org.manager)
    return circle, meeting, past


@VIEWPORTS
def test_circle_journey(org: Org, page_for: Callable[..., Page], base_url: str) -> None:
    circle, meeting, past = _team(org)
    page = page_for(org.employee)

    page.goto(base_url + "/circles/")
    check_a11y(page, "circles-list")
    page.get_by_role("link", name="Platform learning").click()
    check_a11y(page, "circle-before-join")
    page.get_by_role("button", name="Join the circle").click()
    expect(page.locator(".alert--success, [role=status]").first).to_be_visible()
    assert Membership.objects.get(circle=circle, person=org.employee).status == "active"

    # See yourself in the rota (she has never presented, so she comes first)
    rota = page.locator("#rota")
    expect(rota.locator(".circle-rota__mine").first).to_be_visible()
    expect(rota).to_contain_text("Has not presented yet")
    check_a11y(page, "circle-member")

    # Propose a topic in the backlog (c-practice)
    page.goto(base_url + f"/circles/{circle.slug}/topics/")
    page.locator("#propose input[name=title]").fill("Feature flags in practice")
    page.locator("#propose button[type=submit]").click()
    expect(page.get_by_text("Feature flags in practice").first).to_be_visible()
    assert Topic.objects.filter(circle=circle, title="Feature flags in practice").exists()
    check_a11y(page, "topics-after-propose")

    # RSVP to the next meeting (htmx swaps the RSVP card)
    upcoming = meeting.occurrences.filter(start__gte=timezone.now()).order_by("start").first()
    assert isinstance(upcoming, Occurrence)
    page.goto(base_url + upcoming.get_absolute_url())
    check_a11y(page, "occurrence-before-rsvp")
    page.locator("#rsvp button[value=yes]").click()
    expect(page.locator("#rsvp button[value=yes]")).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#rsvp")).to_contain_text("1 person is coming")
    assert Rsvp.objects.get(person=org.employee).answer == "yes"
    check_a11y(page, "occurrence-after-rsvp")

    # Feedback on the last meeting she attended (c-practice)
    page.goto(base_url + past[-1].get_absolute_url())
    check_a11y(page, "occurrence-past")
    page.locator("#practice-feedback input[value='5']").check()
    page.locator("#practice-feedback textarea").first.fill("Try feature flags on the next release")
    page.locator("#practice-feedback button[type=submit]").click()
    expect(page.locator("#practice-feedback .alert--success")).to_be_visible()
    assert Feedback.objects.get(person=org.employee).rating == 5


def test_facilitator_pages(org: Org, page_for: Callable[..., Page], base_url: str) -> None:
    circle, meeting, past = _team(org)
    page = page_for(org.manager)
    page.goto(base_url + f"/circles/{circle.slug}/meetings/new/")
    check_a11y(page, "meeting-form")
    page.locator("#id_title").fill("Show and tell")
    page.locator("#id_start_time").fill("09:05")  # overlaps the weekly meeting on the same day
    page.locator("#id_end_time").fill("09:10")
    page.locator("#id_day").fill(
        meeting.first_start.astimezone(timezone.get_current_timezone()).date().isoformat()
    )
    page.locator("form button[type=submit]").first.click()
    check_a11y(page, "meeting-form-errors")
    page.goto(base_url + meeting.get_absolute_url())
    check_a11y(page, "meeting-detail")
    page.goto(base_url + past[-1].get_absolute_url())
    check_a11y(page, "occurrence-facilitator")
    page.locator("#attendance button[type=submit]").click()
    expect(page.locator("#attendance")).to_be_visible()
    page.goto(base_url + f"/circles/occurrences/{past[-1].pk}/move/")
    check_a11y(page, "occurrence-move")
    page.goto(base_url + "/circles/new/")
    check_a11y(page, "circle-form")
