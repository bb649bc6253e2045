"""Journey: a story in "For you" on the home page; react, comment and save it, with htmx and
without JavaScript; axe-core on the feeds and the story page."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from samla.stories.enums import StoryKind
from samla.stories.models import Bookmark, Comment, Reaction, Story
from samla.stories.tests.factories import StoryFactory
from tests.browser.conftest import Org
from tests.browser.support import VIEWPORTS, check_a11y

pytestmark = pytest.mark.browser

TITLE = "Silent retros did not work for us"


def a_leaders_lesson(org: Org) -> Story:
    return StoryFactory(
        kind=StoryKind.LESSON,
        title=TITLE,
        author=org.manager,
        by_leader=True,
        sections={
            "tried": "We tried retros where everyone writes first.",
            "happened": "Half the team wrote nothing.",
            "learned": "People need a question to write about.",
            "next_time": "Start with one concrete question.",
        },
        sections_html={
            "tried": "<p>We tried retros where everyone writes first.</p>",
            "happened": "<p>Half the team wrote nothing.</p>",
            "learned": "<p>People need a question to write about.</p>",
            "next_time": "<p>Start with one concrete question.</p>",
        },
        teaser="We tried retros where everyone writes first.",
        topics=[org.skills["facilitation"]],
    )


def mark_document(page: Page) -> None:
    page.evaluate("window.__samlaSameDocument = true")


def same_document(page: Page) -> bool:
    return bool(page.evaluate("window.__samlaSameDocument === true"))


@VIEWPORTS
def test_read_react_comment_and_save_from_home(page_for: Callable[..., Page], org: Org) -> None:
    story = a_leaders_lesson(org)
    page = page_for(org.employee)
    page.goto("/")
    for_you = page.locator("section[aria-labelledby='for-you-heading']")
    card = for_you.get_by_role("article", name=TITLE)
    expect(card).to_be_visible()
    expect(card).to_contain_text("A leader’s lesson")
    check_a11y(page, "home-for-you")

    card.get_by_role("link", name=TITLE).click()
    page.wait_for_url(f"**/stories/{story.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.get_by_role("heading", name="What we learned")).to_be_visible()
    check_a11y(page, "story")

    mark_document(page)
    helped = page.locator(f"#reactions-{story.pk}").get_by_role(
        "button", name=re.compile("^This helped me")
    )
    helped.click()
    expect(helped).to_have_attribute("aria-pressed", "true")
    expect(helped).to_contain_text("1")

    page.get_by_label("Your comment").fill("We will try one question first.")
    page.get_by_role("button", name="Send comment").click()
    comments = page.locator("#comments")
    expect(comments).to_contain_text("We will try one question first.")
    expect(comments).to_contain_text("Freja Nielsen")

    page.get_by_role("button", name="Save for later").click()
    expect(page.get_by_role("button", name="Remove from saved")).to_be_visible()
    assert same_document(page)
    check_a11y(page, "story-after-interactions")

    assert Reaction.objects.filter(story=story, person=org.employee, kind="helped").exists()
    assert Comment.objects.get(story=story).author == org.employee
    assert Bookmark.objects.filter(story=story, person=org.employee).exists()

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Stories").click()
    page.wait_for_url("**/stories/")
    page.get_by_role("navigation", name="Stories").get_by_role("link", name="Saved stories").click()
    page.wait_for_url("**/stories/saved/")
    expect(page.get_by_role("article", name=TITLE)).to_be_visible()
    check_a11y(page, "saved-stories")


def test_feeds_pass_axe(page_for: Callable[..., Page], org: Org) -> None:
    a_leaders_lesson(org)
    for i in range(22):
        StoryFactory(title=f"Tip number {i}", kind=StoryKind.TIP, author=org.helper)
    page = page_for(org.employee)
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Stories").click()
    page.wait_for_url("**/stories/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Stories for you")
    check_a11y(page, "for-you")

    page.get_by_role("link", name="Latest", exact=True).click()
    page.wait_for_url("**/stories/latest/")
    cards = page.locator(".story-card")
    expect(cards).to_have_count(20)
    mark_document(page)
    page.get_by_role("link", name="More stories").click()
    expect(cards).to_have_count(23)
    assert same_document(page)
    check_a11y(page, "latest")

    page.get_by_role("link", name="Facilitation").first.click()
    page.wait_for_url("**/stories/topics/facilitation/")
    expect(page.get_by_role("article", name=TITLE)).to_be_visible()
    page.get_by_role("button", name="Follow Facilitation").click()
    expect(page.get_by_role("button", name="Stop following Facilitation")).to_be_visible()
    check_a11y(page, "topic")

    page.goto("/stories/following/")
    expect(page.get_by_role("main")).to_contain_text("Facilitation")
    check_a11y(page, "following")
    page.goto("/stories/feed-addresses/")
    page.get_by_role("button", name="Make my feed addresses").click()
    expect(page.get_by_label("Feed address for Facilitation")).to_have_value(
        re.compile(r"/stories/topics/facilitation/atom/\?key=")
    )
    check_a11y(page, "feed-addresses")


def test_react_comment_and_save_without_javascript(page_for: Callable[..., Page], org: Org) -> None:
    story = a_leaders_lesson(org)
    # Søren works in Danish: the page speaks Danish to him.
    page = page_for(org.colleague, java_script_enabled=False)
    page.goto(f"/stories/{story.pk}/")
    page.locator(f"#reactions-{story.pk}").get_by_role(
        "button", name=re.compile("^Tak fordi du delte")
    ).click()
    page.wait_for_url(f"**/stories/{story.pk}/#reactions-{story.pk}")
    expect(
        page.locator(f"#reactions-{story.pk}").get_by_role(
            "button", name=re.compile("^Tak fordi du delte")
        )
    ).to_have_attribute("aria-pressed", "true")

    page.get_by_role("button", name="Send kommentar").click()  # empty: refused with a message
    expect(page.locator("#comments")).to_contain_text("Skriv din kommentar, før du sender den.")
    check_a11y(page, "story-comment-error-nojs")
    page.get_by_label("Din kommentar").fill("Tack, bra lektion.")
    page.get_by_role("button", name="Send kommentar").click()
    expect(page.locator("#comments")).to_contain_text("Tack, bra lektion.")

    page.get_by_role("button", name="Gem til senere").click()
    expect(page.get_by_role("button", name="Fjern fra gemte")).to_be_visible()
    assert Bookmark.objects.filter(story=story, person=org.colleague).exists()


def test_story_and_feed_pass_axe_in_the_dark(page_for: Callable[..., Page], org: Org) -> None:
    story = a_leaders_lesson(org)
    page = page_for(org.employee, color_scheme="dark")
    page.goto(f"/stories/{story.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    check_a11y(page, "story-dark")
    page.goto("/stories/latest/")
    expect(page.get_by_role("article", name=TITLE)).to_be_visible()
    check_a11y(page, "latest-dark")
