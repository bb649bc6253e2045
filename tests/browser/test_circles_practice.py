"""Journey (c-practice): the practices on a circle's pages — vote for a topic and give feedback
with htmx, axe-core on the occurrence page, the circle page, the backlog and the notes form."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from samla.circles import services_practice as svc
from samla.circles.models_practice import Feedback, TopicKind
from samla.circles.tests.test_practice_support import attend, fresh, make_world
from tests.browser.conftest import Org
from tests.browser.support import VIEWPORTS, check_a11y

pytestmark = pytest.mark.browser


@VIEWPORTS
def test_practice_pages(org: Org, page_for: Callable[..., Page], base_url: str) -> None:
    world = make_world(facilitator=org.manager, member=org.employee)
    topic = svc.topic_propose(
        circle=world.circle, by=org.manager, kind=TopicKind.OFFER, title="Feature flags"
    )
    attend(world.past, org.employee)
    occ = fresh(world.past)
    svc.notes_save(occurrence=occ, by=org.employee, sections={"notes": "We learned *a lot*."})
    svc.action_add(occurrence=occ, by=org.employee, title="Write it up", owner=org.employee)

    page = page_for(org.employee)
    page.goto(base_url + world.circle.get_absolute_url())
    check_a11y(page, "practice-circle")
    vote = page.locator(f"#topic-vote-{topic.pk} button")
    vote.click()
    expect(page.locator(f"#topic-vote-{topic.pk} button")).to_have_attribute("aria-pressed", "true")

    page.goto(base_url + world.past.get_absolute_url())
    check_a11y(page, "practice-occurrence")
    page.locator("#practice-feedback input[value='4']").check()
    page.locator("#practice-feedback textarea").fill("Smaller steps")
    page.locator("#practice-feedback button[type=submit]").click()
    expect(page.locator("#practice-feedback .alert--success")).to_be_visible()
    assert Feedback.objects.get().rating == 4
    check_a11y(page, "practice-occurrence-after-feedback")

    page.goto(base_url + f"/circles/{world.circle.slug}/topics/")
    check_a11y(page, "practice-topics")
    page.goto(base_url + f"/circles/practice/occurrences/{world.past.pk}/notes/")
    check_a11y(page, "practice-notes")

    manager = page_for(org.manager)
    manager.goto(base_url + world.past.get_absolute_url())
    check_a11y(manager, "practice-occurrence-facilitator")
    manager.goto(base_url + world.future.get_absolute_url())
    check_a11y(manager, "practice-occurrence-future")
