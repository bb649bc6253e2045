"""Journey: search from the header with an inflected Danish word, then as you type, and
without JavaScript; a story addressed to a unit stays inside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from samla.people.models import OrgUnit, Person
from samla.stories.enums import StoryKind
from samla.stories.models import Story
from samla.stories.search_index import story_index
from samla.stories.tests.factories import StoryFactory
from tests.browser.conftest import Org
from tests.browser.support import VIEWPORTS, check_a11y, url_path

pytestmark = pytest.mark.browser


def story(
    author: Person,
    title: str,
    body: str,
    *,
    language: str,
    audience: OrgUnit | None = None,
    days_ago: int = 1,
    **kwargs: object,
) -> Story:
    made = StoryFactory(
        author=author,
        title=title,
        language=language,
        sections={"learned": body, "situation": "", "differently": ""},
        audience_unit=audience,
        published_at=timezone.now() - timedelta(days=days_ago),
        **kwargs,
    )
    story_index(made)
    return made


@pytest.fixture
def stories(org: Org) -> dict[str, Story]:
    return {
        "da": story(
            org.manager,
            "Det lærte vi af læringsmødet",
            "Vi holdt et læringsmøde hver fredag, og det gav ro.",
            language="da",
            kind=StoryKind.LESSON,
        ),
        "sv": story(
            org.helper,
            "Kortare möten",
            "Varje möte fick en tydlig fråga, och mötena blev kortare.",
            language="sv",
            days_ago=3,
        ),
        "unit": story(
            org.manager,
            "Platformens læringsmøde",
            "Kun for os i Platform: læringsmøde om drift.",
            language="da",
            audience=org.platform,
            days_ago=2,
        ),
    }


@VIEWPORTS
def test_search_an_inflected_word_from_the_header(
    page_for: Callable[..., Page], org: Org, stories: dict[str, Story]
) -> None:
    page = page_for(org.employee)
    page.goto("/")
    page.get_by_role("search", name="Site search").get_by_label("Search Samla").fill(
        "læringsmøderne"
    )
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=*")
    expect(page.get_by_role("heading", level=1)).to_have_text("Search")
    results = page.locator("#search-results")
    hit = results.locator(".search-hit").filter(has_text="Det lærte vi af læringsmødet")
    expect(hit).to_have_count(1)
    expect(hit.locator("mark").first).to_have_text("læringsmødet")
    expect(hit.locator(".search-hit__snippet mark")).to_have_text("læringsmøde")
    expect(hit).to_contain_text("Lesson: it did not go as planned")
    # The employee is in Platform: the story addressed to it is found too.
    expect(results.locator(".search-hit")).to_have_count(2)
    expect(page.get_by_label("Search for")).to_have_value("læringsmøderne")
    check_a11y(page, "search-results")

    hit.get_by_role("link", name="Det lærte vi af læringsmødet").click()
    page.wait_for_url(f"**/stories/{stories['da'].pk}/")


def test_search_as_you_type_and_filter(
    page_for: Callable[..., Page], org: Org, stories: dict[str, Story]
) -> None:
    page = page_for(org.employee)
    page.goto("/search/")
    expect(page.locator("#search-results")).to_contain_text("Type a word or two")
    check_a11y(page, "search-empty")

    page.evaluate("window.__samlaSameDocument = true")
    page.get_by_label("Search for").press_sequentially("möte")
    results = page.locator("#search-results")
    hit = results.locator(".search-hit").filter(has_text="Kortare möten")
    expect(hit).to_have_count(1)
    expect(hit.locator(".search-hit__snippet mark")).to_have_text(["möte", "mötena"])
    assert page.evaluate("window.__samlaSameDocument === true")
    page.wait_for_url("**/search/?q=m%C3%B6te*")

    # A filter narrows the same results, still without a page load.
    page.get_by_label("Search for").fill("læringsmøde")
    expect(results.locator(".search-hit")).to_have_count(2)
    page.get_by_label("Kind").select_option(label="Lesson: it did not go as planned")
    expect(results.locator(".search-hit")).to_have_count(1)
    expect(results).to_contain_text("Det lærte vi af læringsmødet")
    assert page.evaluate("window.__samlaSameDocument === true")
    check_a11y(page, "search-filtered")

    page.get_by_label("Search for").fill("blockchain")
    expect(results).to_contain_text("Nothing matches “blockchain” that you can see.")


def test_a_colleague_outside_the_unit_does_not_find_its_story(
    page_for: Callable[..., Page], org: Org, stories: dict[str, Story]
) -> None:
    page = page_for(org.colleague)
    page.goto("/search/?q=l%C3%A6ringsm%C3%B8de")
    results = page.locator("#search-results")
    expect(results.locator(".search-hit")).to_have_count(1)
    expect(results).not_to_contain_text("Platformens læringsmøde")


def test_search_without_javascript(
    page_for: Callable[..., Page], org: Org, stories: dict[str, Story]
) -> None:
    page = page_for(org.employee, java_script_enabled=False)
    page.goto("/people/")
    page.get_by_role("searchbox", name="Search Samla").fill("mötena")
    page.get_by_role("button", name="Search Samla").click()
    page.wait_for_url("**/search/?q=*")
    assert url_path(page) == "/search/?q=m%C3%B6tena"
    hit = page.locator("#search-results .search-hit")
    expect(hit).to_have_count(1)
    expect(hit.locator("mark").first).to_have_text("möten")
    check_a11y(page, "search-nojs")
