"""Persona × endpoint: what each persona gets from each operation (STYLE.md's test matrix)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.test import Client

from samla.api.tests.conftest import API, patch_json, signed_in
from samla.people.models import Person
from samla.record.enums import Verb, Visibility
from samla.record.tests.factories import activity

pytestmark = pytest.mark.django_db

PERSONAS = [
    "anonymous",
    "outsider",
    "employee",
    "colleague",
    "manager",
    "learning_lead",
    "org_admin",
]
SIGNED_OUT = {"anonymous", "outsider"}


@dataclass
class World:
    people: dict[str, Person]
    public_id: str
    private_id: str
    own_ids: dict[str, str]


@pytest.fixture
def world(
    employee: Person,
    colleague: Person,
    manager: Person,
    learning_lead: Person,
    org_admin: Person,
    outsider: Person,
) -> World:
    people = {
        "employee": employee,
        "colleague": colleague,
        "manager": manager,
        "learning_lead": learning_lead,
        "org_admin": org_admin,
        "outsider": outsider,
    }
    public = activity(employee, Verb.SHARED, object_title="Public story")
    private = activity(
        employee, Verb.REFLECTED, object_title="Private reflection", visibility=Visibility.PRIVATE
    )
    own = {
        name: str(activity(person, Verb.ATTENDED, object_title=f"{name} attended").id)
        for name, person in people.items()
    }
    return World(people, str(public.id), str(private.id), own)


def _client(persona: str, world: World) -> Client:
    return Client() if persona == "anonymous" else signed_in(world.people[persona])


@pytest.mark.parametrize("persona", PERSONAS)
def test_matrix(persona: str, world: World) -> None:
    client = _client(persona, world)
    employee, outsider = world.people["employee"], world.people["outsider"]
    colleague = world.people["colleague"]
    get = {
        "me": client.get(f"{API}/me"),
        "people": client.get(f"{API}/people"),
        "person": client.get(f"{API}/people/{colleague.pk}"),
        "leaver": client.get(f"{API}/people/{outsider.pk}"),
        "activity": client.get(f"{API}/people/{employee.pk}/activity"),
        "leaver_activity": client.get(f"{API}/people/{outsider.pk}/activity"),
        "skills": client.get(f"{API}/skills", {"q": "a"}),
        "experts": client.get(f"{API}/experts", {"q": "a"}),
        "statements": client.get(f"{API}/record/statements"),
    }
    patch = patch_json(client, "/me", {"title": "Changed"})

    if persona in SIGNED_OUT:
        assert {name: r.status_code for name, r in get.items()} == dict.fromkeys(get, 401)
        assert patch.status_code == 401
        assert all(set(r.json()) == {"detail"} for r in get.values())
        return

    me = world.people[persona]
    assert get["me"].json()["id"] == me.pk
    assert patch.status_code == 200
    me.refresh_from_db()
    assert me.title == "Changed"
    assert outsider.pk not in [p["id"] for p in get["people"].json()["items"]]
    assert get["person"].json()["id"] == colleague.pk
    if persona == "org_admin":
        assert get["leaver"].json()["is_active"] is False
        assert get["leaver_activity"].json()["items"] == []  # leavers' activity is shown to nobody
    else:
        assert get["leaver"].status_code == 404
        assert get["leaver_activity"].status_code == 404
    activity_ids = [row["id"] for row in get["activity"].json()["items"]]
    if persona == "employee":
        assert set(activity_ids) == {world.public_id, world.private_id, world.own_ids["employee"]}
    else:
        assert world.private_id not in activity_ids
        assert set(activity_ids) == {world.public_id, world.own_ids["employee"]}
    statement_ids = [s["id"] for s in get["statements"].json()["statements"]]
    if persona == "employee":
        assert set(statement_ids) == {world.public_id, world.private_id, world.own_ids["employee"]}
    else:
        assert statement_ids == [world.own_ids[persona]]
    assert get["skills"].status_code == get["experts"].status_code == 200


@pytest.mark.parametrize("persona", ["colleague", "manager", "learning_lead", "org_admin"])
def test_show_activity_off_hides_all_from(persona: str, world: World) -> None:
    employee = world.people["employee"]
    Person.objects.filter(pk=employee.pk).update(show_activity=False)
    response = _client(persona, world).get(f"{API}/people/{employee.pk}/activity")
    assert response.status_code == 200
    assert response.json()["items"] == []
    own = signed_in(employee).get(f"{API}/people/{employee.pk}/activity").json()["items"]
    assert len(own) == 3  # the rows exist; they are hidden, not gone
