from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from samla.people.models import Person
from samla.record.enums import Verb, Visibility
from samla.record.models import Activity
from samla.record.tests.factories import activity
from samla.record.tests.xapi_validator import assert_valid_statement

pytestmark = pytest.mark.django_db

EXPORT = reverse("record:my-activity-xapi")
PAGE = reverse("record:my-activity")


def _download(client: Client, **params: str) -> tuple[object, list[dict[str, object]]]:
    response = client.get(EXPORT, params)
    assert response.status_code == 200
    assert response.streaming
    body = b"".join(response.streaming_content)  # type: ignore[attr-defined]
    return response, json.loads(body)


def test_my_activity_links_to_the_xapi_download(as_employee: Client, employee: Person) -> None:
    activity(employee, Verb.REFLECTED, object_title="My notes", visibility=Visibility.PRIVATE)
    response = as_employee.get(PAGE)
    body = response.content.decode()
    assert f'href="{EXPORT}"' in body
    assert "Download as xAPI (JSON)" in body
    assert "My notes" in body and "only you" in body


def test_my_activity_requires_sign_in(client: Client) -> None:
    for url in (PAGE, EXPORT):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_my_activity_query_count(
    as_employee: Client, employee: Person, django_assert_num_queries
) -> None:
    activity(employee)
    with django_assert_num_queries(5):
        response = as_employee.get(PAGE)
    assert len(response.context["page"].object_list) == 1
    activity(employee, Verb.ASKED)
    activity(employee, Verb.REFLECTED, visibility=Visibility.PRIVATE)
    with django_assert_num_queries(5):
        response = as_employee.get(PAGE)
    assert len(response.context["page"].object_list) == 3


def test_export_is_an_attachment_of_all_my_statements(
    as_employee: Client, employee: Person, colleague: Person
) -> None:
    public = activity(employee, Verb.SHARED, object_title="Retro tips")
    private = activity(
        employee, Verb.REFLECTED, object_title="Hard week", visibility=Visibility.PRIVATE
    )
    others = activity(colleague, Verb.SHARED, object_title="Not mine")
    anonymous = activity(None, Verb.ASKED, object_title="Anonymous question")
    response, statements = _download(as_employee)
    assert response["Content-Type"] == "application/json; charset=utf-8"  # type: ignore[index]
    assert response["Content-Disposition"].startswith('attachment; filename="samla-xapi-')  # type: ignore[index]
    assert response["X-Experience-API-Version"] == "2.0.0"  # type: ignore[index]
    assert [s["id"] for s in statements] == [str(public.id), str(private.id)]
    for statement in statements:
        assert_valid_statement(statement, version="2.0.0")
        assert statement["actor"]["mbox"] == "mailto:employee@example.com"  # type: ignore[index]
    ids = {s["id"] for s in statements}
    assert str(others.id) not in ids and str(anonymous.id) not in ids


def test_export_in_xapi_1_0_3(as_employee: Client, employee: Person) -> None:
    activity(employee)
    response, statements = _download(as_employee, version="1.0.3")
    assert response["X-Experience-API-Version"] == "1.0.3"  # type: ignore[index]
    assert_valid_statement(statements[0], version="1.0.3")


def test_export_of_nothing_is_an_empty_array(as_employee: Client, employee: Person) -> None:
    _response, statements = _download(as_employee)
    assert statements == []


def test_export_refuses_an_unknown_version(as_employee: Client, employee: Person) -> None:
    response = as_employee.get(EXPORT, {"version": "0.9"})
    assert response.status_code == 400
    assert "2.0.0, 1.0.3" in response.content.decode()


def test_export_streams_many_rows_in_chunks(
    as_employee: Client, employee: Person, django_assert_num_queries
) -> None:
    start = timezone.now() - timedelta(days=400)
    Activity.objects.bulk_create(
        Activity(
            actor=employee,
            unit_id=employee.unit_id,
            verb=Verb.ATTENDED,
            object_type="meeting",
            object_id=str(n),
            object_title=f"Meeting {n}",
            timestamp=start + timedelta(hours=n),
        )
        for n in range(2_500)
    )
    # session, person, and one cursor read in chunks, however many rows
    with django_assert_num_queries(3):
        _response, statements = _download(as_employee)
    assert len(statements) == 2_500
    assert len({s["id"] for s in statements}) == 2_500
