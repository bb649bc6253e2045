from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from samla.api.tests.conftest import API, patch_json
from samla.people.models import Person
from samla.record.enums import Verb, Visibility
from samla.record.models import Activity
from samla.record.tests.factories import activity
from samla.record.tests.xapi_validator import assert_valid_statement

pytestmark = pytest.mark.django_db


# --- /people/{id}/activity -----------------------------------------------------------------------


def _activity_ids(client: Client, person: Person) -> list[str]:
    response = client.get(f"{API}/people/{person.pk}/activity")
    assert response.status_code == 200
    return [row["id"] for row in response.json()["items"]]


def test_own_activity_includes_private_rows(as_employee: Client, employee: Person) -> None:
    public = activity(employee, Verb.SHARED, timestamp=timezone.now() - timedelta(days=1))
    private = activity(employee, Verb.REFLECTED, visibility=Visibility.PRIVATE)
    data = as_employee.get(f"{API}/people/{employee.pk}/activity").json()
    assert [row["id"] for row in data["items"]] == [str(private.id), str(public.id)]
    assert data["items"][0]["visibility"] == "private"
    assert data["items"][0]["verb_display"] == "reflected on"
    assert data["count"] == 2


def test_private_rows_are_never_shown_to_others(
    as_colleague: Client, as_manager: Client, as_admin: Client, employee: Person
) -> None:
    public = activity(employee, Verb.SHARED)
    activity(
        employee, Verb.REFLECTED, object_title="Secret reflection", visibility=Visibility.PRIVATE
    )
    for client in (as_colleague, as_manager, as_admin):
        assert _activity_ids(client, employee) == [str(public.id)]
        assert (
            "Secret reflection"
            not in client.get(f"{API}/people/{employee.pk}/activity").content.decode()
        )


def test_show_activity_off_hides_everything_from_colleagues(
    as_employee: Client, as_colleague: Client, as_manager: Client, employee: Person
) -> None:
    mine = activity(employee, Verb.SHARED)
    assert patch_json(as_employee, "/me", {"show_activity": False}).status_code == 200
    for client in (as_colleague, as_manager):
        data = client.get(f"{API}/people/{employee.pk}/activity").json()
        assert (data["items"], data["count"]) == ([], 0)
    assert _activity_ids(as_employee, employee) == [str(mine.id)]


def test_activity_of_a_leaver_is_404(as_employee: Client, outsider: Person) -> None:
    activity(outsider, Verb.SHARED)
    response = as_employee.get(f"{API}/people/{outsider.pk}/activity")
    assert response.status_code == 404
    assert "items" not in response.json()


def test_activity_query_count(
    as_colleague: Client, employee: Person, django_assert_num_queries
) -> None:
    activity(employee)
    with django_assert_num_queries(5):
        assert len(as_colleague.get(f"{API}/people/{employee.pk}/activity").json()["items"]) == 1
    activity(employee, Verb.ASKED)
    activity(employee, Verb.ANSWERED)
    with django_assert_num_queries(5):
        assert len(as_colleague.get(f"{API}/people/{employee.pk}/activity").json()["items"]) == 3


# --- /record/statements --------------------------------------------------------------------------


def test_statements_are_my_own_in_every_visibility(
    as_employee: Client, employee: Person, colleague: Person
) -> None:
    public = activity(employee, Verb.SHARED)
    private = activity(employee, Verb.REFLECTED, visibility=Visibility.PRIVATE)
    activity(colleague, Verb.SHARED)
    activity(None, Verb.ASKED)
    response = as_employee.get(f"{API}/record/statements")
    assert response.status_code == 200
    assert response["X-Experience-API-Version"] == "2.0.0"
    data = response.json()
    assert [s["id"] for s in data["statements"]] == [str(public.id), str(private.id)]
    assert data["more"] == ""
    for statement in data["statements"]:
        assert_valid_statement(statement, version="2.0.0")
        assert statement["actor"]["mbox"] == "mailto:employee@example.com"


def test_statements_in_xapi_1_0_3_on_request(as_employee: Client, employee: Person) -> None:
    activity(employee)
    response = as_employee.get(
        f"{API}/record/statements", headers={"X-Experience-API-Version": "1.0.3"}
    )
    assert response["X-Experience-API-Version"] == "1.0.3"
    assert_valid_statement(response.json()["statements"][0], version="1.0.3")


def test_statements_page_forward_with_since(as_employee: Client, employee: Person) -> None:
    rows = [activity(employee, object_id=n) for n in range(5)]
    first = as_employee.get(f"{API}/record/statements", {"limit": 2}).json()
    assert [s["id"] for s in first["statements"]] == [str(r.id) for r in rows[:2]]
    assert first["more"].startswith(f"{API}/record/statements?limit=2&since=")
    second = as_employee.get(first["more"]).json()
    assert [s["id"] for s in second["statements"]] == [str(r.id) for r in rows[2:4]]
    since = rows[3].stored.isoformat()
    rest = as_employee.get(f"{API}/record/statements", {"since": since}).json()
    assert [s["id"] for s in rest["statements"]] == [str(rows[4].id)]
    assert rest["more"] == ""


@pytest.mark.parametrize(
    ("params", "headers"),
    [
        ({"since": "0"}, {}),
        ({"since": "2025-01-01T00:00:00"}, {}),  # no time zone
        ({"since": "yesterday"}, {}),
        ({"since": "0001-01-01T00:00:00+05:00"}, {}),  # before year 1 in UTC
        ({"since": "9999-12-31T23:59:59-05:00"}, {}),  # after year 9999 in UTC
        ({"limit": 501}, {}),
        ({}, {"X-Experience-API-Version": "0.95"}),
    ],
)
def test_statements_refuse_bad_input(
    as_employee: Client, employee: Person, params: dict[str, object], headers: dict[str, str]
) -> None:
    activity(employee)
    response = as_employee.get(f"{API}/record/statements", params, headers=headers)
    assert response.status_code == 422
    assert set(response.json()) == {"detail"}
    assert response.json()["detail"]


def test_statements_of_an_anonymous_question_never_reach_the_asker(
    as_employee: Client, employee: Person
) -> None:
    activity(None, Verb.ASKED, object_title="Anonymous question")
    assert Activity.objects.count() == 1
    assert as_employee.get(f"{API}/record/statements").json()["statements"] == []
