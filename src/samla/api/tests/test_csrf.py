"""The API uses the browser's session, so a change needs the CSRF token like a form does."""

from __future__ import annotations

import pytest
from django.test import Client

from samla.api.tests.conftest import API, patch_json, signed_in
from samla.people.models import Person

pytestmark = pytest.mark.django_db


def _csrf_token(client: Client) -> str:
    client.get("/")  # any page that renders a form sets the cookie
    token = client.cookies.get("csrftoken")
    assert token is not None
    return token.value


def test_patch_without_the_csrf_token_is_refused(employee: Person) -> None:
    client = signed_in(employee, enforce_csrf_checks=True)
    response = patch_json(client, "/me", {"title": "Forged"})
    assert response.status_code == 403
    assert response.json() == {
        "detail": "The CSRF token is missing or wrong. "
        "Send the value of the csrftoken cookie in the X-CSRFToken header."
    }
    employee.refresh_from_db()
    assert employee.title == "Consultant"


def test_patch_with_a_wrong_csrf_token_is_refused(employee: Person) -> None:
    client = signed_in(employee, enforce_csrf_checks=True)
    _csrf_token(client)
    response = patch_json(client, "/me", {"title": "Forged"}, headers={"X-CSRFToken": "x" * 32})
    assert response.status_code == 403
    employee.refresh_from_db()
    assert employee.title == "Consultant"


def test_patch_with_the_csrf_token_works(employee: Person) -> None:
    client = signed_in(employee, enforce_csrf_checks=True)
    token = _csrf_token(client)
    response = patch_json(client, "/me", {"title": "Architect"}, headers={"X-CSRFToken": token})
    assert response.status_code == 200
    assert response.json()["title"] == "Architect"
    employee.refresh_from_db()
    assert employee.title == "Architect"


def test_reads_need_no_csrf_token(employee: Person) -> None:
    client = signed_in(employee, enforce_csrf_checks=True)
    assert client.get(f"{API}/me").status_code == 200
