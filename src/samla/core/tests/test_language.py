from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from samla.people.models import Person

pytestmark = pytest.mark.django_db


def test_browser_language_is_the_default(client: Client) -> None:
    response = client.get(reverse("account_login"), HTTP_ACCEPT_LANGUAGE="sv-SE,sv;q=0.9,en;q=0.5")
    assert '<html lang="sv">' in response.content.decode()
    assert response["Content-Language"] == "sv"


def test_saved_language_wins_over_the_browser(employee: Person) -> None:
    employee.language = "da"
    employee.save(update_fields=["language"])
    client = Client()
    client.force_login(employee)
    response = client.get(reverse("core:home"), HTTP_ACCEPT_LANGUAGE="sv")
    assert '<html lang="da">' in response.content.decode()


def test_switching_language_is_saved_on_the_person(as_employee: Client, employee: Person) -> None:
    response = as_employee.post(
        reverse("core:set-language"), {"language": "nb", "next": "/people/"}
    )
    assert response.status_code == 302 and response["Location"] == "/people/"
    employee.refresh_from_db()
    assert employee.language == "nb"
    assert '<html lang="nb">' in as_employee.get("/people/").content.decode()


def test_switching_language_signed_out_uses_a_cookie(client: Client) -> None:
    client.post(reverse("core:set-language"), {"language": "da", "next": "/accounts/login/"})
    assert '<html lang="da">' in client.get("/accounts/login/").content.decode()


def test_unknown_language_code_is_refused_clearly(as_employee: Client, employee: Person) -> None:
    response = as_employee.post(reverse("core:set-language"), {"language": "xx", "next": "/"})
    assert response.status_code == 400
    assert "is not a language Samla speaks" in response.content.decode()
    employee.refresh_from_db()
    assert employee.language == "en"


def test_language_switch_never_redirects_off_site(as_employee: Client) -> None:
    response = as_employee.post(
        reverse("core:set-language"), {"language": "da", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"
