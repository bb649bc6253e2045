"""Who may use the API at all: signed-in people who are still with the organisation."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from samla.api.tests.conftest import API, patch_json, signed_in
from samla.people.models import Person

pytestmark = pytest.mark.django_db

READS = [
    "/me",
    "/people",
    "/people/{colleague}",
    "/people/{colleague}/activity",
    "/skills?q=x",
    "/experts?q=x",
    "/record/statements",
]


def _paths(colleague: Person) -> list[str]:
    return [API + path.format(colleague=colleague.pk) for path in READS]


def test_anonymous_gets_401_everywhere(client: Client, colleague: Person) -> None:
    for path in _paths(colleague):
        response = client.get(path)
        assert response.status_code == 401, path
        assert response.json() == {"detail": "Sign in to Samla to use its API."}
    assert patch_json(client, "/me", {"title": "x"}).status_code == 401


def test_someone_who_left_gets_401_everywhere(
    as_outsider: Client, outsider: Person, colleague: Person
) -> None:
    for path in _paths(colleague):
        assert as_outsider.get(path).status_code == 401, path
    assert patch_json(as_outsider, "/me", {"title": "Back again"}).status_code == 401
    outsider.refresh_from_db()
    assert outsider.title == "Consultant"


def test_a_session_ends_when_the_person_is_deactivated(
    as_employee: Client, employee: Person
) -> None:
    assert as_employee.get(f"{API}/me").status_code == 200
    Person.objects.filter(pk=employee.pk).update(is_active=False)
    response = as_employee.get(f"{API}/me")
    assert response.status_code == 401
    assert "email" not in response.json()


def test_errors_come_in_the_persons_language(as_colleague: Client, colleague: Person) -> None:
    response = as_colleague.get(f"{API}/people/999999")
    assert response.status_code == 404
    assert response["Content-Language"] == "sv"
    assert set(response.json()) == {"detail"}


def test_docs_and_schema_are_for_signed_in_people(client: Client, as_employee: Client) -> None:
    for path in (f"{API}/docs", f"{API}/openapi.json"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(reverse("account_login"))
    assert as_employee.get(f"{API}/docs").status_code == 200
    schema = as_employee.get(f"{API}/openapi.json").json()
    assert set(schema["paths"]) == {
        f"{API}/me",
        f"{API}/people",
        f"{API}/people/{{person_id}}",
        f"{API}/people/{{person_id}}/activity",
        f"{API}/skills",
        f"{API}/experts",
        f"{API}/record/statements",
        f"{API}/search",
        f"{API}/stories",
        f"{API}/stories/{{story_id}}",
        f"{API}/questions",
        f"{API}/questions/{{question_id}}",
        f"{API}/circles",
        f"{API}/circles/{{slug}}",
        f"{API}/circles/{{slug}}/meetings",
    }


def test_every_operation_declares_its_errors(as_employee: Client) -> None:
    schema = as_employee.get(f"{API}/openapi.json").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            assert "401" in responses, (method, path)
            for code, answer in responses.items():
                if code.startswith(("4", "5")):
                    ref = answer["content"]["application/json"]["schema"]["$ref"]
                    assert ref == "#/components/schemas/Error", (method, path, code)
            if operation.get("parameters") or operation.get("requestBody"):
                assert "422" in responses, (method, path)
            if "{person_id}" in path:
                assert "404" in responses, (method, path)
            if method == "patch":
                assert "403" in responses, (method, path)
    assert schema["components"]["schemas"]["Error"]["required"] == ["detail"]


def test_a_deactivated_persons_cookie_is_not_enough(outsider: Person) -> None:
    client = signed_in(outsider)
    assert client.cookies.get("sessionid")  # the session exists…
    assert client.get(f"{API}/me").status_code == 401  # …but it signs nobody in
