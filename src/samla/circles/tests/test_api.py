"""The circles API: the same visibility as the pages (a closed circle is 404 to outsiders).
Runs once the lead mounts `routers.circles` in api/urls.py."""

from __future__ import annotations

import pytest
from conftest import client_for
from django.urls import NoReverseMatch, reverse

from samla.circles.tests.factories import make_circle, make_meeting

pytestmark = pytest.mark.django_db


def _mounted() -> bool:
    try:
        reverse("api:circles_list")
    except NoReverseMatch:
        return False
    return True


@pytest.fixture(autouse=True)
def _needs_router() -> None:
    if not _mounted():
        pytest.skip("routers.circles is not mounted in api/urls.py yet")


def test_api_lists_and_hides_closed(
    manager, employee, colleague, django_assert_max_num_queries
) -> None:
    listed = make_circle(facilitator=manager, members=[employee], name="Open otters")
    closed = make_circle(facilitator=manager, members=[employee], closed=True, name="Secret")
    make_meeting(circle=closed, by=manager)
    make_meeting(circle=listed, by=manager, title="Otter hour")
    names = {c["name"] for c in client_for(employee).get("/api/v1/circles").json()}
    assert names == {"Open otters", "Secret"}
    outsider = client_for(colleague)
    assert {c["name"] for c in outsider.get("/api/v1/circles").json()} == {"Open otters"}
    assert outsider.get(f"/api/v1/circles/{closed.slug}").status_code == 404
    assert outsider.get(f"/api/v1/circles/{closed.slug}/meetings").status_code == 404
    body = outsider.get(f"/api/v1/circles/{listed.slug}").json()
    assert body["units_spanned"] == 1 and body["facilitators"][0]["full_name"] == "Mette Manager"
    assert len(body["rota"]) == 8
    meetings = outsider.get(f"/api/v1/circles/{listed.slug}/meetings").json()
    assert meetings[0]["title"] == "Otter hour" and meetings[0]["timezone"] == "Europe/Copenhagen"
