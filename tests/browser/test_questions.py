"""Issue 4's journey in a browser: Freja asks anonymously, Åsa (who said she can help with
facilitation) finds it among the questions she could answer and answers, and Freja — known to
Samla only by the private link her browser keeps — accepts the answer. Nobody's page shows who
asked. axe finds no violations on any page visited."""

from __future__ import annotations

from playwright.sync_api import expect

from samla.questions.models import Answer, Question
from tests.browser.conftest import NewContext, Org
from tests.browser.support import check_a11y

TITLE = "How do I get quiet people to speak up in a workshop?"
BODY = "Some colleagues never say a word, and I do not want to put them on the spot."
ANSWER = "Start with two minutes of silent writing, then go round the room."


def test_ask_anonymously_answer_and_accept_through_the_private_link(
    new_context: NewContext, org: Org
) -> None:
    asker = new_context(org.employee).new_page()
    asker.goto("/questions/ask/")
    expect(asker.get_by_text("Samla cannot protect:")).to_be_visible()
    check_a11y(asker, "questions-ask")
    asker.locator("#id_title").fill(TITLE)
    asker.locator("#id_body").fill(BODY)
    asker.get_by_label("Search topics, in any language").fill("facilit")  # htmx suggests
    asker.get_by_label("Facilitation").check()
    asker.get_by_label("Ask anonymously").check()
    asker.get_by_role("button", name="Ask", exact=True).click()
    expect(asker.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(asker.get_by_text("Your anonymous question").first).to_be_visible()
    check_a11y(asker, "questions-private-empty")
    question = Question.objects.get()
    assert question.author_id is None and question.is_anonymous

    # Åsa can help with facilitation: the question waits for her (she works in Swedish).
    helper = new_context(org.helper).new_page()
    helper.goto("/questions/for-me/")
    check_a11y(helper, "questions-for-me")
    helper.get_by_role("link", name=TITLE).click()
    expect(helper.get_by_text("Ställd anonymt")).to_be_visible()
    expect(helper.locator("body")).not_to_contain_text(org.employee.full_name)
    check_a11y(helper, "questions-detail")
    helper.locator("#id_body").fill(ANSWER)
    helper.get_by_role("button", name="Skicka svar").click()
    expect(helper.locator("#answers")).to_contain_text(ANSWER)
    answer = Answer.objects.get()
    assert answer.author == org.helper

    # Freja finds her question again under My questions (from this browser only) and accepts.
    asker.goto("/questions/mine/")
    check_a11y(asker, "questions-mine")
    asker.get_by_role("link", name=TITLE).click()
    expect(asker.locator("#answers")).to_contain_text(ANSWER)
    asker.get_by_role("button", name="Accept this answer").click()
    expect(asker.locator("#answers")).to_contain_text("Accepted")
    check_a11y(asker, "questions-private-accepted")
    question.refresh_from_db()
    assert question.accepted_answer_id == answer.pk

    # Everyone now sees it answered, and still nobody sees who asked.
    helper.goto(question.get_absolute_url())
    expect(helper.locator("#answers")).to_contain_text("Accepterat")
    expect(helper.locator("body")).not_to_contain_text(org.employee.full_name)
    helper.goto("/questions/")
    check_a11y(helper, "questions-list")

    # A colleague reports it; the learning lead's review page shows the content only.
    lars = next(p for p in org.people if p.email == "lars@example.com")
    lars.language = "en"  # (his working language is Swedish; this test reads English)
    lars.save(update_fields=["language"])
    reader = new_context(lars).new_page()
    reader.goto(question.get_absolute_url())
    reader.get_by_role("link", name="Report this question").click()
    check_a11y(reader, "questions-report")
    reader.get_by_label("Something else").check()
    reader.get_by_role("button", name="Send the report").click()
    expect(reader.get_by_role("status")).to_be_visible()
    reader.goto("/questions/unanswered/")
    check_a11y(reader, "questions-unanswered")
    lead = next(p for p in org.people if p.email == "nora@example.com")
    moderator = new_context(lead).new_page()
    moderator.goto("/questions/moderation/")
    expect(moderator.get_by_role("link", name=TITLE)).to_be_visible()
    expect(moderator.locator("body")).not_to_contain_text(org.employee.full_name)
    check_a11y(moderator, "questions-moderation")
