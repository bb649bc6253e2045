"""Journey: the people directory, filtered by unit and skill, with htmx and without; pages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from samla.people import services
from samla.people.models import Person
from tests.browser.conftest import Org
from tests.browser.support import VIEWPORTS, check_a11y

pytestmark = pytest.mark.browser


def names(page: Page) -> list[str]:
    return page.locator("#results .person-row__name").all_inner_texts()


@VIEWPORTS
def test_directory_filters_with_htmx(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee)
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="People").click()
    page.wait_for_url("**/people/")
    expect(page.locator("#results")).to_contain_text("10 people")
    assert org.leaver.full_name not in names(page)
    check_a11y(page, "directory")

    page.evaluate("window.__samlaSameDocument = true")
    page.get_by_label("Unit").select_option(label="Sales")
    sales = org.active_people_in(org.sales, org.service)
    expect(page.locator("#results")).to_contain_text(f"{len(sales)} people")
    assert sorted(names(page)) == sales
    page.wait_for_url(f"**/people/?*unit={org.sales.pk}*")
    check_a11y(page, "directory-unit")

    page.get_by_label("Unit").select_option(label="All units")
    page.get_by_label("Skill").press_sequentially("facilitering")
    expect(page.locator("#results")).to_contain_text("with the skill “Facilitation”")
    assert sorted(names(page)) == ["Mette Mortensen", "Åsa Lindqvist"]
    assert page.evaluate("window.__samlaSameDocument === true")
    check_a11y(page, "directory-skill")

    page.get_by_label("Skill").fill("no such skill")
    expect(page.locator("#results")).to_contain_text("No skill matches “no such skill”.")
    check_a11y(page, "directory-no-skill")


def test_directory_filters_without_javascript(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee, java_script_enabled=False)
    page.goto("/people/")
    page.get_by_label("Unit").select_option(label="Engineering")
    page.get_by_label("Skill").fill("projektledning")
    page.get_by_role("button", name="Show people").click()
    page.wait_for_url("**/people/?*skill=projektledning*")
    expect(page.locator("#results")).to_contain_text(
        "1 person · with the skill “Project management”"
    )
    assert names(page) == ["Mette Mortensen"]
    check_a11y(page, "directory-filtered-nojs")

    page.get_by_role("link", name="Clear filters").click()
    page.wait_for_url("**/people/")
    assert len(names(page)) == 10


@VIEWPORTS
def test_directory_pages(page_for: Callable[..., Page], org: Org) -> None:
    for n in range(20):
        services.person_create(
            email=f"extra{n}@example.com", full_name=f"Zeta Person {n:02d}", unit=org.service
        )
    page = page_for(org.employee)
    page.goto(f"/people/?unit={org.root.pk}")
    expect(page.locator("#results")).to_contain_text("30 people")
    pages = page.get_by_role("navigation", name="Pages")
    expect(pages).to_contain_text("Page 1 of 2")
    first = names(page)
    assert len(first) == 24
    check_a11y(page, "directory-page-1")

    pages.get_by_role("link", name="Next").click()
    page.wait_for_url(f"**/people/?unit={org.root.pk}&page=2")
    expect(page.get_by_role("navigation", name="Pages")).to_contain_text("Page 2 of 2")
    second = names(page)
    assert len(second) == 6
    everyone = {p.full_name for p in Person.objects.filter(is_active=True)}
    assert set(first) | set(second) == everyone
    assert len(everyone) == 30
    check_a11y(page, "directory-page-2")

    page.get_by_role("navigation", name="Pages").get_by_role("link", name="Previous").click()
    page.wait_for_url(f"**/people/?unit={org.root.pk}&page=1")
    assert names(page) == first
