"""Journeys: look at a profile, edit one's own (with htmx and without JavaScript), add skills."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from samla.people.models import Person, PersonSkill
from tests.browser.conftest import Org
from tests.browser.support import VIEWPORTS, check_a11y, url_path

pytestmark = pytest.mark.browser

LEVEL_ERROR = "Choose your level to offer help with this skill."
SWAP_422 = "htmx must swap in the 422 answer with the errors (htmx 2 swaps no 4xx by default)"


def mark_document(page: Page) -> None:
    """Tag the current document; `same_document` then tells whether htmx did the work."""
    page.evaluate("window.__samlaSameDocument = true")


def same_document(page: Page) -> bool:
    return bool(page.evaluate("window.__samlaSameDocument === true"))


@VIEWPORTS
def test_profiles_show_skills_and_manager(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee)
    page.goto(f"/people/{org.employee.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Freja Nielsen")
    expect(page.locator(".profile-head")).to_contain_text("Developer · Platform")
    facts = page.locator("#profile-facts")
    expect(facts).to_contain_text("Nordisk Demo A/S › Engineering › Platform")
    expect(facts.get_by_role("link", name="Mette Mortensen")).to_be_visible()
    for name in ["Edit profile", "Change photo", "Edit my skills"]:
        expect(page.get_by_role("link", name=name)).to_be_visible()
    check_a11y(page, "profile-own")

    page.goto(f"/people/{org.helper.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Åsa Lindqvist")
    expect(page.get_by_role("link", name="Edit profile")).to_have_count(0)
    help_list = page.locator("section[aria-labelledby='skills-heading']")
    expect(help_list).to_contain_text("Can help with")
    expect(help_list.get_by_role("img", name="Level 4 of 4: Expert")).to_be_visible()
    check_a11y(page, "profile-colleague")

    page.goto(f"/people/{org.manager.pk}/")
    expect(page.locator("section[aria-labelledby='team-heading']")).to_contain_text("Freja Nielsen")
    check_a11y(page, "profile-manager")


def open_profile_edit(page: Page, person: Person) -> None:
    page.goto(f"/people/{person.pk}/")
    page.get_by_role("link", name="Edit profile").click()
    page.wait_for_url(f"**/people/{person.pk}/edit/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit profile")


def test_edit_profile_with_htmx(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee)
    open_profile_edit(page, org.employee)
    check_a11y(page, "profile-edit")

    page.get_by_label("Job title").fill("Staff engineer")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Save profile").click()
    assert posted.value.request.headers.get("hx-request") == "true"
    # Saving changes name, title and language at once, so htmx is told to load the profile page.
    assert posted.value.headers.get("hx-redirect") == f"/people/{org.employee.pk}/"
    page.wait_for_url(f"**/people/{org.employee.pk}/")
    org.employee.refresh_from_db()
    assert org.employee.title == "Staff engineer"
    expect(page.locator(".profile-head")).to_contain_text("Staff engineer")
    expect(page.get_by_role("status")).to_contain_text("Your profile was saved.")
    check_a11y(page, "profile-edit-saved")


def test_edit_profile_without_javascript(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee, java_script_enabled=False)
    open_profile_edit(page, org.employee)
    page.get_by_label("Job title").fill("Staff engineer")
    page.get_by_role("button", name="Save profile").click()
    page.wait_for_url(f"**/people/{org.employee.pk}/")
    expect(page.get_by_role("status")).to_contain_text("Your profile was saved.")
    expect(page.locator(".profile-head")).to_contain_text("Staff engineer · Platform")
    org.employee.refresh_from_db()
    assert org.employee.title == "Staff engineer"
    check_a11y(page, "profile-saved-nojs")


def test_profile_errors_are_shown_with_htmx(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee)
    open_profile_edit(page, org.employee)
    page.get_by_label("Full name").fill("")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Save profile").click()
    assert posted.value.status == 422
    expect(page.get_by_role("alert"), SWAP_422).to_contain_text("Please correct the marked fields.")
    expect(page.locator(".field__error")).to_have_text("This field is required.")
    org.employee.refresh_from_db()
    assert org.employee.full_name == "Freja Nielsen"
    check_a11y(page, "profile-edit-error")


def test_profile_errors_are_shown_without_javascript(
    page_for: Callable[..., Page], org: Org
) -> None:
    page = page_for(org.employee, java_script_enabled=False)
    open_profile_edit(page, org.employee)
    page.get_by_label("Full name").fill("")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Save profile").click()
    assert posted.value.status == 422
    expect(page.get_by_role("alert")).to_contain_text("Please correct the marked fields.")
    expect(page.locator(".field__error")).to_have_text("This field is required.")
    check_a11y(page, "profile-edit-error-nojs")


def open_my_skills(page: Page, person: Person) -> None:
    page.goto(f"/people/{person.pk}/")
    page.get_by_role("link", name="Edit my skills").click()
    page.wait_for_url("**/people/me/skills/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My skills")


def test_add_a_skill_with_htmx(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee)
    open_my_skills(page, org.employee)
    mine = page.locator("#my-skills")
    expect(mine).to_contain_text("Python")
    check_a11y(page, "skills")

    mark_document(page)
    page.get_by_label("Search the skill list, in any language").press_sequentially("facilit")
    suggestion = page.locator("#suggestions li").filter(has_text="Facilitation")
    expect(suggestion).to_have_count(1)
    check_a11y(page, "skills-suggestions")

    suggestion.get_by_label("Level in Facilitation").select_option(label="3 · Experienced")
    suggestion.get_by_label("I can help").check()
    suggestion.get_by_role("button", name="Add Facilitation").click()
    expect(mine.get_by_role("status")).to_have_text("“Facilitation” was saved.")
    added = mine.locator("li").filter(has_text="Facilitation")
    expect(added).to_contain_text("can help")
    expect(added.get_by_label("Level in Facilitation")).to_have_value("3")
    assert same_document(page)
    ps = PersonSkill.objects.get(person=org.employee, skill=org.skills["facilitation"])
    assert (ps.level, ps.can_help, ps.wants_to_learn) == (3, True, False)
    check_a11y(page, "skills-added")


def test_add_a_skill_bad_input_with_htmx(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee)
    open_my_skills(page, org.employee)
    page.get_by_label("Search the skill list, in any language").press_sequentially("dataanal")
    suggestion = page.locator("#suggestions li").filter(has_text="Data analysis")
    expect(suggestion).to_have_count(1)
    suggestion.get_by_label("I can help").check()
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        suggestion.get_by_role("button", name="Add Data analysis").click()
    assert posted.value.status == 422
    expect(page.locator("#my-skills").get_by_role("alert"), SWAP_422).to_contain_text(LEVEL_ERROR)
    assert not PersonSkill.objects.filter(
        person=org.employee, skill=org.skills["data-analysis"]
    ).exists()
    check_a11y(page, "skills-error")


def test_add_a_skill_without_javascript(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee, java_script_enabled=False)
    open_my_skills(page, org.employee)
    # Swedish name of the skill: the search covers every language.
    page.get_by_label("Search the skill list, in any language").fill("tillgänglig")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url("**/people/me/skills/?q=*")
    suggestion = page.locator("#suggestions li").filter(has_text="Accessibility")
    expect(suggestion).to_have_count(1)
    check_a11y(page, "skills-suggestions-nojs")

    # Bad input first: offering help needs a level.
    suggestion.get_by_label("I can help").check()
    suggestion.get_by_role("button", name="Add Accessibility").click()
    expect(page.locator("#my-skills").get_by_role("alert")).to_contain_text(LEVEL_ERROR)
    ps = PersonSkill.objects.get(person=org.employee, skill=org.skills["accessibility"])
    assert (ps.level, ps.can_help, ps.wants_to_learn) == (None, False, True)
    check_a11y(page, "skills-error-nojs")

    # The error page keeps no suggestions, so search again and do it right.
    page.get_by_label("Search the skill list, in any language").fill("tillgänglig")
    page.get_by_role("button", name="Search", exact=True).click()
    suggestion = page.locator("#suggestions li").filter(has_text="Accessibility")
    suggestion.get_by_label("Level in Accessibility").select_option("2")
    suggestion.get_by_label("I can help").check()
    suggestion.get_by_role("button", name="Add Accessibility").click()
    page.wait_for_url("**/people/me/skills/")
    assert url_path(page) == "/people/me/skills/"
    expect(page.locator(".messages")).to_contain_text("“Accessibility” was saved.")
    added = page.locator("#my-skills li").filter(has_text="Accessibility")
    expect(added).to_contain_text("can help")
    ps.refresh_from_db()
    assert (ps.level, ps.can_help, ps.wants_to_learn) == (2, True, False)
