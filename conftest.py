"""Personas used across the suite (STYLE.md): everyone works in one small organisation.

org:           Nordisk Demo A/S → Engineering (department) → Platform (team, employee + manager)
                                → Sales (department, colleague)
employee       in Platform, reports to manager
colleague      in Sales (another unit)
manager        manages Platform; employee's manager
learning_lead  role learning_lead, in Sales
org_admin      role org_admin
outsider       has left: deactivated
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from samla.people.enums import Role, UnitKind
from samla.people.models import OrgUnit, Person
from samla.people.tests.factories import OfficeFactory, OrgUnitFactory, PersonFactory


@dataclass
class Org:
    root: OrgUnit
    engineering: OrgUnit
    platform: OrgUnit
    sales: OrgUnit


@pytest.fixture
def org(db: None) -> Org:
    root = OrgUnitFactory(name="Nordisk Demo A/S", code="ROOT", kind=UnitKind.ORGANISATION)
    engineering = OrgUnitFactory(
        name="Engineering", code="ENG", kind=UnitKind.DEPARTMENT, parent=root
    )
    platform = OrgUnitFactory(name="Platform", code="PLAT", kind=UnitKind.TEAM, parent=engineering)
    sales = OrgUnitFactory(name="Sales", code="SALES", kind=UnitKind.DEPARTMENT, parent=root)
    return Org(root=root, engineering=engineering, platform=platform, sales=sales)


@pytest.fixture
def manager(org: Org) -> Person:
    return PersonFactory(
        email="manager@example.com",
        full_name="Mette Manager",
        unit=org.platform,
        title="Team lead",
        office=OfficeFactory(),
    )


@pytest.fixture
def employee(org: Org, manager: Person) -> Person:
    return PersonFactory(
        email="employee@example.com",
        full_name="Erik Employee",
        unit=org.platform,
        manager=manager,
        office=OfficeFactory(),
    )


@pytest.fixture
def colleague(org: Org) -> Person:
    return PersonFactory(
        email="colleague@example.com", full_name="Cecilia Colleague", unit=org.sales, language="sv"
    )


@pytest.fixture
def learning_lead(org: Org) -> Person:
    return PersonFactory(
        email="lead@example.com", full_name="Lars Lead", unit=org.sales, role=Role.LEARNING_LEAD
    )


@pytest.fixture
def org_admin(org: Org) -> Person:
    return PersonFactory(
        email="admin@example.com",
        full_name="Alma Admin",
        unit=org.root,
        role=Role.ORG_ADMIN,
        is_staff=True,
    )


@pytest.fixture
def outsider(org: Org) -> Person:
    return PersonFactory(
        email="left@example.com", full_name="Otto Outsider", unit=org.sales, is_active=False
    )


def client_for(person: Person, **kwargs: Any) -> Client:
    """A test client signed in as `person` (kwargs go to Client, e.g. enforce_csrf_checks)."""
    client = Client(**kwargs)
    client.force_login(person)
    return client


@pytest.fixture
def as_employee(employee: Person) -> Client:
    return client_for(employee)


@pytest.fixture
def colleague_reads_english(colleague: Person) -> None:
    """For tests that read English text on pages shown to the (Swedish-speaking) colleague."""
    colleague.language = "en"
    colleague.save(update_fields=["language"])


@pytest.fixture
def as_colleague(colleague: Person) -> Client:
    return client_for(colleague)


@pytest.fixture
def as_manager(manager: Person) -> Client:
    return client_for(manager)


@pytest.fixture
def as_admin(org_admin: Person) -> Client:
    return client_for(org_admin)


@pytest.fixture
def as_learning_lead(learning_lead: Person) -> Client:
    return client_for(learning_lead)


@pytest.fixture
def as_outsider(outsider: Person) -> Client:
    return client_for(outsider)


@pytest.fixture
def htmx_headers() -> dict[str, str]:
    return {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def _fresh_cache() -> object:
    """Rate limits and caches live in the cache: every test starts with an empty one."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _no_server_errors() -> object:
    """No request in the suite may end in a 500: any unhandled view exception fails the test."""
    from django.core.signals import got_request_exception

    errors: list[object] = []

    def record(sender: object, request: object = None, **kwargs: object) -> None:
        errors.append(request)

    got_request_exception.connect(record, weak=False)
    yield
    got_request_exception.disconnect(record)
    assert not errors, f"a request ended in a server error: {errors}"
