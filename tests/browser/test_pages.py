"""Pages a person passes through on the way somewhere: each must pass axe-core, in the light
and the dark colour scheme."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from samla.people import services
from samla.people.enums import Role
from tests.browser.conftest import Org
from tests.browser.support import VIEWPORTS, check_a11y

pytestmark = pytest.mark.browser


def test_home_shows_colleagues_who_can_help(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee)
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Freja")
    helpers = page.locator("section[aria-labelledby='helpers-heading'] .person-row")
    expect(helpers).to_have_count(1)
    expect(helpers).to_contain_text("Nora Berg")
    expect(helpers).to_contain_text("Accessibility")
    check_a11y(page, "home")


def test_notifications_pages_pass_axe(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee)
    page.goto("/")
    page.get_by_role("link", name="Notifications").click()
    page.wait_for_url("**/notifications/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Notifications")
    check_a11y(page, "notifications")

    page.get_by_role("main").get_by_role("link", name="Notification settings").click()
    page.wait_for_url("**/notifications/preferences/")
    check_a11y(page, "notification-settings")


def test_my_activity_page_passes_axe(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee)
    response = page.goto("/record/me/")
    assert response is not None and response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning activity")
    check_a11y(page, "my-activity")


def test_not_found_page_passes_axe(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee)
    response = page.goto("/no-such-page/")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Not found")
    check_a11y(page, "not-found")
    # A colleague who has left is not found either, and the page says no more than that.
    response = page.goto(f"/people/{org.leaver.pk}/")
    assert response is not None and response.status == 404
    expect(page.get_by_role("main")).not_to_contain_text(org.leaver.full_name)


def test_not_found_page_signed_out_passes_axe(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for()
    response = page.goto("/no-such-page/")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Not found")
    check_a11y(page, "not-found-signed-out")


def test_dark_scheme_pages_pass_axe(page_for: Callable[..., Page], org: Org) -> None:
    page = page_for(org.employee, color_scheme="dark")
    for path, name in [
        ("/", "home"),
        ("/people/", "directory"),
        (f"/people/{org.employee.pk}/", "profile"),
        ("/search/experts/?q=facilitering", "experts"),
        ("/people/me/skills/?q=a", "skills"),
    ]:
        page.goto(path)
        check_a11y(page, name)


@VIEWPORTS
def test_organisation_admin_pages_pass_axe_and_fit_a_phone(
    page_for: Callable[..., Page], org: Org
) -> None:
    admin = services.person_set_organisation(
        person=org.colleague,
        unit=org.colleague.unit,
        manager=org.colleague.manager,
        role=Role.ORG_ADMIN,
    )
    page = page_for(admin)
    for path, name in [
        ("/people/admin/", "admin-home"),
        ("/people/admin/units/", "admin-units"),
        ("/people/admin/offices/", "admin-offices"),
        ("/people/admin/people/", "admin-people"),
        ("/people/admin/import/", "admin-import"),
    ]:
        response = page.goto(path)
        assert response is not None and response.status == 200, path
        check_a11y(page, name)  # includes: no sideways scrolling at phone width
