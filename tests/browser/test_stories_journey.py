"""The whole journey of issue 3, as three people live it: Freja writes a lesson in Danish, loses
the tab, finds her draft and publishes it; her manager Mette acknowledges it; Søren, in another
unit, finds it in his feed with the leader's response, and finds it again by searching an
inflected form of a word in it."""

from __future__ import annotations

from playwright.sync_api import expect

from samla.stories.models import Story, StoryAcknowledgement, StoryDraft
from tests.browser.conftest import NewContext, Org
from tests.browser.support import check_a11y

TITLE = "Vores første læringsmøde uden dagsorden"
TRIED = "Vi holdt et læringsmøde uden dagsorden for at se, hvad folk selv tog med."
HAPPENED = "Efter ti minutter talte kun to personer, og resten ventede på, at nogen sagde noget."
LEARNED = "Et læringsmøde skal have ét spørgsmål på forhånd, ellers bliver det stille."
NEXT_TIME = "Vi sender spørgsmålet dagen før og beder én person om at starte."


def test_a_lesson_from_draft_to_a_colleagues_feed_and_search(
    new_context: NewContext, org: Org
) -> None:
    # Freja writes, and the tab is lost after the autosave.
    writer = new_context(org.employee)
    page = writer.new_page()
    page.goto("/stories/new/?kind=lesson")
    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("Language of the story").select_option("da")
    page.get_by_label("What we tried").fill(TRIED)
    page.get_by_label("What happened").fill(HAPPENED)
    expect(page.locator("#autosave-status")).to_contain_text("Draft saved at")
    page.close()

    page = writer.new_page()
    page.goto("/stories/drafts/")
    page.get_by_role("link", name=f"Resume {TITLE}").click()
    expect(page.get_by_label("What happened")).to_have_value(HAPPENED)
    page.get_by_label("What we learned").fill(LEARNED)
    page.get_by_label("What we would do next time").fill(NEXT_TIME)
    page.get_by_label("Ask a leader for a response").check()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    story = Story.objects.get(author=org.employee)
    assert (story.language, story.asks_leader_response) == ("da", True)
    assert not StoryDraft.objects.exists()
    expect(page.locator("#leader-response")).to_contain_text("Your manager has been asked")

    # Mette, her manager, reads it in Danish and acknowledges it with a word.
    manager = new_context(org.manager).new_page()
    manager.goto(f"/stories/{story.pk}/")
    manager.locator("#leader-response-note").fill("Tak fordi du delte. Det prøver vi også.")
    manager.locator("#leader-response button[type=submit]").click()
    expect(manager.locator("#leader-response")).to_contain_text("Mette Mortensen")
    assert StoryAcknowledgement.objects.get(story=story).by == org.manager
    check_a11y(manager, "lesson-acknowledged")

    # Søren, in Sales, sees it among recent lessons on his home page, with the response.
    reader = new_context(org.colleague).new_page()
    reader.goto("/")
    card = reader.locator("article", has_text=TITLE).first
    expect(card).to_be_visible()
    check_a11y(reader, "home-with-lesson")
    card.get_by_role("link", name=TITLE).click()
    expect(reader.locator("#leader-response")).to_contain_text("Tak fordi du delte.")

    # …and finds it again by an inflected form it does not contain.
    reader.locator("#site-search-q").fill("læringsmøderne")
    reader.locator("#site-search-q").press("Enter")
    hit = reader.get_by_role("link", name=TITLE)
    expect(hit).to_be_visible()
    expect(reader.locator("mark").first).to_be_visible()
    check_a11y(reader, "search-inflected")
