"""Journeys: write a lesson, lose the tab, find the draft, publish it; autosave keeps up with
continuous typing; the composer without JavaScript."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from samla.stories.models import Story, StoryDraft
from tests.browser.conftest import NewContext, Org
from tests.browser.support import VIEWPORTS, check_a11y

pytestmark = pytest.mark.browser

TITLE = "The weekend migration we did not rehearse"
HAPPENED = "The rollback took six hours, and one of us was on sick leave that week."


@VIEWPORTS
def test_write_a_lesson_lose_the_tab_resume_and_publish(new_context: NewContext, org: Org) -> None:
    context = new_context(org.employee)
    page = context.new_page()
    page.goto("/stories/new/?kind=lesson")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Write: Lesson: it did not go as planned"
    )
    expect(page.get_by_role("heading", name="Writing a lesson without blame")).to_be_visible()
    check_a11y(page, "compose-lesson")

    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("What we tried").fill("We migrated billing over a weekend.")
    page.get_by_label("What happened").fill(HAPPENED)
    status = page.locator("#autosave-status")
    expect(status).to_contain_text("Draft saved at")
    draft = StoryDraft.objects.get(author=org.employee)
    assert draft.data["section_happened"] == HAPPENED
    # The address now leads back to the draft, should the page be reloaded.
    expect(page).to_have_url(re.compile(rf"/stories/drafts/{draft.pk}/$"))

    page.close()  # the tab is gone

    page = context.new_page()
    page.goto("/stories/drafts/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My drafts")
    check_a11y(page, "drafts")
    page.get_by_role("link", name=f"Resume {TITLE}").click()
    page.wait_for_url(f"**/stories/drafts/{draft.pk}/")
    expect(page.get_by_label("What happened")).to_have_value(HAPPENED)
    page.get_by_label("What we learned").fill("Rehearse the rollback, not only the migration.")
    page.get_by_label("What we would do next time").fill("A dry run of the rollback first.")

    page.get_by_role("button", name="Preview").click()
    preview = page.locator("#story-preview")
    expect(preview.get_by_role("heading", name="Preview")).to_be_visible()
    expect(preview).to_contain_text("Rehearse the rollback, not only the migration.")
    expect(page.locator("#sensitive-check")).to_contain_text("“sick leave”")
    check_a11y(page, "compose-preview")
    page.get_by_label("I have checked").check()

    page.get_by_role("button", name="Publish").click()
    story = None
    for _ in range(50):
        story = Story.objects.filter(author=org.employee).first()
        if story is not None:
            break
        time.sleep(0.1)
    assert story is not None
    page.wait_for_url(f"**/stories/{story.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator(".messages")).to_contain_text("Your story was published.")
    check_a11y(page, "story-published")
    assert not StoryDraft.objects.filter(author=org.employee).exists()
    assert story.sections["happened"] == HAPPENED


def test_autosave_keeps_up_with_continuous_typing(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee)
    page.goto("/stories/new/?kind=tip")
    saves: list[float] = []
    page.on(
        "request",
        lambda r: saves.append(time.monotonic()) if r.url.endswith("/drafts/autosave/") else None,
    )
    page.get_by_label("Title").fill("Timers for meetings")
    field = page.get_by_label("The tip")
    started = time.monotonic()
    # About 8 seconds of typing without a pause longer than a keystroke.
    field.press_sequentially("Use a visible timer in every meeting. " * 2, delay=100)
    finished = time.monotonic()
    during = [t for t in saves if started < t < finished]
    assert during, "no autosave while typing continuously"
    gaps = [b - a for a, b in zip([started, *during], [*during, finished], strict=True)]
    assert max(gaps) < 10, gaps
    expect(page.locator("#autosave-status")).to_contain_text("Draft saved at")
    text = StoryDraft.objects.get(author=org.employee).data["section_tip"]
    assert text.startswith("Use a visible timer")


def test_write_and_publish_a_tip_without_javascript(
    page_for: Callable[..., Page], org: Org
) -> None:
    page = page_for(org.employee, java_script_enabled=False)
    page.goto("/stories/new/")
    check_a11y(page, "compose-kinds-nojs")
    page.get_by_role("link", name="Tip or tool").click()
    page.get_by_label("Title").fill("Timers for meetings")
    page.get_by_label("The tip").fill("Put a visible timer on the shared screen.")
    page.get_by_label("Search topics, in any language").fill("facilit")
    page.get_by_role("button", name="Find topics").click()
    page.get_by_label("Facilitation").check()
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages")).to_contain_text("Your draft was saved.")
    expect(page.get_by_label("Facilitation")).to_be_checked()
    check_a11y(page, "compose-tip-nojs")
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Timers for meetings")
    story = Story.objects.get(author=org.employee)
    assert [t.slug for t in story.topics.all()] == ["facilitation"]


def test_a_picture_story_with_an_upload(page_for: Callable[..., Page], org: Org) -> None:
    import io

    from PIL import Image

    image = io.BytesIO()
    Image.new("RGB", (64, 48), (31, 95, 91)).save(image, format="PNG")
    page = page_for(org.employee)
    page.goto("/stories/new/?kind=media")
    page.get_by_label("Title").fill("Our new planning board")
    page.get_by_label("Summary").fill("A photo of the board with this week's work.")
    page.get_by_label("What are you adding?").select_option("image")
    page.get_by_label("File").set_input_files(
        {"name": "board.png", "mimeType": "image/png", "buffer": image.getvalue()}
    )
    page.get_by_label("Description", exact=True).fill("A whiteboard with sticky notes")
    page.get_by_role("button", name="Upload").click()
    expect(page.locator(".messages")).to_contain_text("The file was added.")
    thumbnail = page.get_by_role("img", name="A whiteboard with sticky notes")
    expect(thumbnail).to_be_visible()
    assert page.evaluate("(img) => img.naturalWidth", thumbnail.element_handle()) == 64
    check_a11y(page, "compose-media")
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Our new planning board")
    expect(page.get_by_role("img", name="A whiteboard with sticky notes")).to_be_visible()
    check_a11y(page, "story-media")
