"""Journey: sign in through allauth's form, get it wrong once, sign out."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Org
from tests.browser.support import check_a11y, url_path

pytestmark = pytest.mark.browser

LOGIN_FORM = "form[action^='/accounts/login/']"


def fill_login(page: Page, email: str, password: str) -> None:
    form = page.locator(LOGIN_FORM)
    form.locator("input[name='login']").fill(email)
    form.locator("input[name='password']").fill(password)
    form.locator("button[type='submit']").click()


def test_sign_in_wrong_password_then_right_then_sign_out(
    page_for: Callable[..., Page], org: Org
) -> None:
    page = page_for()
    page.goto("/")
    assert url_path(page) == "/accounts/login/?next=/"
    expect(page.locator(LOGIN_FORM)).to_be_visible()
    check_a11y(page, "login")

    fill_login(page, org.employee.email, "not-the-password-1")
    expect(
        page.get_by_text("The email address and/or password you specified are not correct.")
    ).to_be_visible()
    assert url_path(page).startswith("/accounts/login/")
    assert "sessionid" not in {c["name"] for c in page.context.cookies()}
    check_a11y(page, "login-error")

    fill_login(page, org.employee.email, org.password)
    page.wait_for_url("**/")
    assert url_path(page) == "/"
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Freja")
    expect(page.locator(".site-tools__me")).to_contain_text("Freja")
    check_a11y(page, "home-after-login")

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/accounts/login/")
    expect(page.locator(LOGIN_FORM)).to_be_visible()
    page.goto("/people/")
    assert url_path(page) == "/accounts/login/?next=/people/"


def test_sign_in_page_offers_no_sign_up_while_sign_up_is_closed(
    page_for: Callable[..., Page], org: Org
) -> None:
    """People arrive by import (SAMLA_ALLOW_SIGNUP is off): a sign-up link only leads to a
    "sign up closed" page."""
    page = page_for()
    page.goto("/accounts/login/")
    expect(page.locator(LOGIN_FORM)).to_be_visible()
    expect(page.locator("a[href^='/accounts/signup/']")).to_have_count(0)
