"""Journey: "who can help with …?" — found by a Danish or Swedish word, with htmx and without."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Org
from tests.browser.support import check_a11y, url_path

pytestmark = pytest.mark.browser


def test_find_an_expert_as_you_type(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee)
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Find help").click()
    page.wait_for_url("**/search/experts/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Who can help with…?")
    check_a11y(page, "experts")

    page.evaluate("window.__samlaSameDocument = true")
    page.get_by_label("Skill or topic").press_sequentially("facilitering")
    results = page.locator("#expert-results")
    expect(results.locator(".person-row")).to_have_count(1)
    row = results.locator(".person-row")
    expect(row.get_by_role("link", name="Åsa Lindqvist")).to_be_visible()
    expect(row).to_contain_text("Offers help")
    expect(row.get_by_role("img", name="Level 4 of 4: Expert")).to_be_visible()
    expect(results).to_contain_text("Matching skills: Facilitation")
    # htmx did it: same document, and the address bar can be shared.
    assert page.evaluate("window.__samlaSameDocument === true")
    page.wait_for_url("**/search/experts/?q=facilitering")
    check_a11y(page, "experts-results")

    # A word nothing matches says so.
    page.get_by_label("Skill or topic").fill("underwater basket weaving")
    expect(results).to_contain_text("No skill in our list matches")
    check_a11y(page, "experts-no-match")

    row_link = "Åsa Lindqvist"
    page.get_by_label("Skill or topic").fill("mötesledning")
    results.get_by_role("link", name=row_link).click()
    page.wait_for_url(f"**/people/{org.helper.pk}/")


def test_find_an_expert_without_javascript(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee, java_script_enabled=False)
    page.goto("/search/experts/")
    page.get_by_label("Skill or topic").fill("Facilitering")
    page.get_by_role("button", name="Find people").click()
    page.wait_for_url("**/search/experts/?q=Facilitering")
    assert url_path(page) == "/search/experts/?q=Facilitering"
    rows = page.locator("#expert-results .person-row")
    expect(rows).to_have_count(1)
    expect(rows.get_by_role("link", name="Åsa Lindqvist")).to_be_visible()
    check_a11y(page, "experts-results-nojs")
