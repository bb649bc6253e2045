"""Who sees what, for every role: a listed circle is for everyone active; a closed circle, its
meetings and occurrences answer 404 to everyone but its members, in pages and in search."""

from __future__ import annotations

import pytest
from conftest import client_for
from django.test import Client

from samla.circles import permissions, selectors
from samla.circles.search_index import circle_index, meeting_index
from samla.circles.tests.factories import make_circle, make_meeting
from samla.search.fulltext import search

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed(manager, employee):
    circle = make_circle(
        facilitator=manager, members=[employee], closed=True, name="Secret salamander"
    )
    meeting = make_meeting(circle=circle, by=manager, title="Salamander session")
    return circle, meeting, meeting.occurrences.order_by("start").first()


@pytest.fixture
def listed(manager, employee):
    circle = make_circle(facilitator=manager, members=[employee], name="Open otters")
    meeting = make_meeting(circle=circle, by=manager, title="Otter hour")
    return circle, meeting, meeting.occurrences.order_by("start").first()


def _urls(circle, meeting, occ) -> list[str]:
    return [
        circle.get_absolute_url(),
        meeting.get_absolute_url(),
        occ.get_absolute_url(),
    ]


ROLES_OUTSIDE = ["colleague", "learning_lead", "org_admin"]


@pytest.mark.parametrize("role", ROLES_OUTSIDE)
def test_closed_circle_is_404_for_non_members(request, closed, role) -> None:
    person = request.getfixturevalue(role)
    client = client_for(person)
    for url in _urls(*closed):
        assert client.get(url).status_code == 404, url
    assert closed[0] not in selectors.circle_list(viewer=person)
    assert not permissions.can_view_meeting(person, closed[1])
    # and no action leaks it either
    assert client.post(f"{closed[0].get_absolute_url()}join/").status_code == 404
    assert (
        client.post(f"/circles/occurrences/{closed[2].pk}/rsvp/", {"answer": "yes"}).status_code
        == 404
    )


def test_inactive_person_sees_nothing(outsider, listed) -> None:
    assert not permissions.can_view_circle(outsider, listed[0])
    assert selectors.circle_list(viewer=outsider) == []
    response = client_for(outsider).get(listed[0].get_absolute_url())
    assert response.status_code in (302, 404)


@pytest.mark.parametrize("role", ["employee", "manager"])
def test_closed_circle_is_visible_to_members(request, closed, role) -> None:
    client = client_for(request.getfixturevalue(role))
    for url in _urls(*closed):
        response = client.get(url)
        assert response.status_code == 200, url
    assert b"Secret salamander" in client.get("/circles/").content


@pytest.mark.parametrize("role", ["employee", "colleague", "learning_lead", "org_admin", "manager"])
def test_listed_circle_is_visible_to_everyone_active(request, listed, role) -> None:
    client = client_for(request.getfixturevalue(role))
    for url in _urls(*listed):
        assert client.get(url).status_code == 200, url


def test_anonymous_is_sent_to_login(listed) -> None:
    response = Client().get(listed[0].get_absolute_url())
    assert response.status_code == 302 and "login" in response["Location"]


def test_only_facilitators_manage(listed, manager, employee, colleague, org_admin) -> None:
    circle, meeting, _occ = listed
    assert permissions.can_manage_circle(manager, circle)
    assert not permissions.can_manage_circle(employee, circle)
    assert not permissions.can_manage_circle(colleague, circle)
    assert permissions.can_manage_circle(org_admin, circle)  # admins may tidy up listed circles
    for role, status in ((employee, 404), (colleague, 404), (manager, 200)):
        assert client_for(role).get(f"/circles/meetings/{meeting.pk}/edit/").status_code == status
        assert client_for(role).get(f"{circle.get_absolute_url()}edit/").status_code == status


@pytest.mark.usefixtures("colleague_reads_english")
def test_invited_person_sees_only_name_of_closed_circle(closed, manager, colleague) -> None:
    from samla.circles.services.circles import membership_invite

    circle, meeting, _occ = closed
    membership_invite(circle=circle, person=colleague, by=manager)
    client = client_for(colleague)
    page = client.get(circle.get_absolute_url())
    assert page.status_code == 200
    assert b"Accept the invitation" in page.content
    assert b"Salamander session" not in page.content
    assert client.get(meeting.get_absolute_url()).status_code == 404
    client.post(f"{circle.get_absolute_url()}invitation/accept/")
    assert client.get(meeting.get_absolute_url()).status_code == 200


def test_search_finds_closed_circle_only_for_members(closed, listed, employee, colleague) -> None:
    for circle, meeting, _occ in (closed, listed):
        circle_index(circle)
        meeting_index(meeting)

    def titles(person, q):
        page = search(
            query=q,
            viewer_unit_path=person.unit.path if person.unit else None,
            viewer_circle_ids=selectors.circle_ids_for(person),
        )
        return {h.title for h in page.hits}

    assert titles(employee, "salamander") == {"Secret salamander", "Salamander session"}
    assert titles(colleague, "salamander") == set()
    assert titles(colleague, "otter") == {"Open otters", "Otter hour"}
    assert selectors.circle_ids_for(colleague) == []


def test_search_page_uses_circle_membership(closed, employee, colleague) -> None:
    from samla.core.audiences import circle_ids_for

    circle, meeting, _occ = closed
    circle_index(circle)
    meeting_index(meeting)
    assert circle_ids_for(employee) == frozenset({circle.pk})
    assert circle_ids_for(colleague) == frozenset()
    member = client_for(employee).get("/search/", {"q": "salamander"}).content.decode()
    other = client_for(colleague).get("/search/", {"q": "salamander"}).content.decode()
    assert meeting.get_absolute_url() in member and circle.get_absolute_url() in member
    assert meeting.get_absolute_url() not in other and circle.get_absolute_url() not in other
