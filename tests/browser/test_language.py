"""Journey: switch the interface language in the footer; it is saved on the person."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Org
from tests.browser.support import check_a11y

pytestmark = pytest.mark.browser


def switch_language(page: Page, code: str) -> None:
    """Choose the language in the footer and press the button next to it (no JavaScript needed)."""
    form = page.locator("form.language-form")
    form.locator("select[name='language']").select_option(code)
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        form.locator("button[type='submit']").click()
    assert posted.value.status == 302
    expect(page.locator("html")).to_have_attribute("lang", code)
    page.wait_for_load_state("load")


def test_switch_language_is_saved_on_the_person(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee)
    response = page.goto("/people/")
    assert response is not None and response.headers["content-language"] == "en"
    expect(page.locator("html")).to_have_attribute("lang", "en")

    switch_language(page, "da")
    assert page.url.endswith("/people/")
    expect(page.locator("html")).to_have_attribute("lang", "da")
    expect(page.locator("#language-select")).to_have_value("da")
    org.employee.refresh_from_db()
    assert org.employee.language == "da"
    # Skill names follow the language.
    page.goto("/search/experts/?q=facilitation")
    expect(page.locator("#expert-results .pill").first).to_have_text("Facilitering")
    check_a11y(page, "experts-da")

    # Saved on the person, not only in this browser: a fresh browser profile gets it too.
    fresh = page_for(org.employee)
    response = fresh.goto("/people/")
    assert response is not None and response.headers["content-language"] == "da"
    expect(fresh.locator("html")).to_have_attribute("lang", "da")
    response = page.reload()
    assert response is not None and response.headers["content-language"] == "da"
    check_a11y(page, "directory-da")

    switch_language(page, "sv")
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    org.employee.refresh_from_db()
    assert org.employee.language == "sv"
    response = page.reload()
    assert response is not None and response.headers["content-language"] == "sv"
    check_a11y(page, "directory-sv")


def test_switch_language_translates_the_navigation(page_for: Callable[..., Page], org: Org) -> None:
    """TRANSLATION CATALOGUES: fails until locale/da and locale/sv are compiled (make messages).

    Kept apart from the journey above so that a missing catalogue shows as this one failure.
    """
    page = page_for(org.employee)
    page.goto("/")
    nav = page.get_by_role("navigation").first
    expect(nav.get_by_role("link", name="People", exact=True)).to_be_visible()
    for code, people in [("da", "Personer"), ("sv", "Personer")]:
        switch_language(page, code)
        expect(page.locator("html")).to_have_attribute("lang", code)
        assert nav.get_by_role("link", name=people, exact=True).count() == 1, (
            f"TRANSLATION MISSING: the nav link 'People' is not translated to {people!r} in "
            f"{code!r}; is src/samla/locale/{code}/LC_MESSAGES/django.mo compiled?"
        )
