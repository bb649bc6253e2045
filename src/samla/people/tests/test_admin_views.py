"""The organisation admin pages: who may open them, units, offices, people, the CSV import."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from allauth.usersessions.models import UserSession
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from samla.people import importing
from samla.people.enums import Role, UnitKind
from samla.people.models import ImportFile, Office, OrgUnit, Person
from samla.people.tests.factories import OfficeFactory, OrgUnitFactory, PersonFactory

pytestmark = pytest.mark.django_db


def csv_upload(text: str, name: str = "people.csv") -> io.BytesIO:
    buf = io.BytesIO(text.encode())
    buf.name = name
    return buf


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


# --- Who may open the pages -------------------------------------------------------------------


@pytest.fixture
def admin_urls(org, employee: Person, org_admin: Person) -> dict[str, str]:
    office = OfficeFactory()
    stored = importing.import_file_store(
        owner=org_admin, data=b"email,full_name\r\nx@example.com,X\r\n", file_name="x.csv"
    )
    return {
        "home": reverse("people:admin-home"),
        "units": reverse("people:admin-unit-list"),
        "unit-new": reverse("people:admin-unit-create"),
        "unit-edit": reverse("people:admin-unit-edit", args=[org.sales.pk]),
        "unit-delete": reverse("people:admin-unit-delete", args=[org.sales.pk]),
        "offices": reverse("people:admin-office-list"),
        "office-new": reverse("people:admin-office-create"),
        "office-edit": reverse("people:admin-office-edit", args=[office.pk]),
        "people": reverse("people:admin-person-list"),
        "person": reverse("people:admin-person", args=[employee.pk]),
        "import": reverse("people:admin-import"),
        "import-example": reverse("people:admin-import-example"),
        "import-review": reverse("people:admin-import-review", args=[stored.token]),
        "import-errors": reverse("people:admin-import-errors", args=[stored.token]),
    }


PERSONAS = ["employee", "colleague", "manager", "learning_lead", "org_admin"]


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_org_admins_may_open_the_admin_pages(
    request: pytest.FixtureRequest, admin_urls: dict[str, str], persona: str
) -> None:
    person: Person = request.getfixturevalue(persona)
    client = Client()
    client.force_login(person)
    expected = 200 if persona == "org_admin" else 404
    statuses = {name: client.get(url).status_code for name, url in admin_urls.items()}
    assert statuses == dict.fromkeys(admin_urls, expected)


def test_a_superuser_without_the_role_is_an_admin(admin_urls: dict[str, str]) -> None:
    root = PersonFactory(is_superuser=True, role=Role.EMPLOYEE)
    client = Client()
    client.force_login(root)
    assert client.get(admin_urls["home"]).status_code == 200


def test_signed_out_visitors_and_leavers_are_sent_to_sign_in(
    client: Client, admin_urls: dict[str, str], outsider: Person
) -> None:
    leaver = Client()
    leaver.force_login(outsider)
    for c in (client, leaver):
        for url in admin_urls.values():
            response = c.get(url)
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("persona", ["employee", "manager", "learning_lead"])
def test_non_admins_cannot_change_anything(
    request: pytest.FixtureRequest, persona: str, org, colleague: Person, org_admin: Person
) -> None:
    client = Client()
    client.force_login(request.getfixturevalue(persona))
    stored = importing.import_file_store(
        owner=org_admin, data=b"email,full_name\r\nnew@example.com,New\r\n", file_name="x.csv"
    )
    posts = {
        reverse("people:admin-unit-create"): {"name": "X", "code": "X", "kind": "team"},
        reverse("people:admin-unit-edit", args=[org.sales.pk]): {
            "name": "Hacked",
            "code": "SALES",
            "kind": "team",
        },
        reverse("people:admin-unit-delete", args=[org.platform.pk]): {},
        reverse("people:admin-office-create"): {
            "name": "X",
            "city": "X",
            "country": "DK",
            "time_zone": "Europe/Oslo",
        },
        reverse("people:admin-person", args=[colleague.pk]): {"role": "org_admin"},
        reverse("people:admin-person-deactivate", args=[colleague.pk]): {},
        reverse("people:admin-import"): {"file": csv_upload("email,full_name\r\nz@example.com,Z")},
        reverse("people:admin-import-confirm", args=[stored.token]): {},
    }
    for url, data in posts.items():
        assert client.post(url, data).status_code == 404, url
    colleague.refresh_from_db()
    assert (colleague.role, colleague.is_active) == (Role.EMPLOYEE, True)
    assert not OrgUnit.objects.filter(code="X").exists()
    assert OrgUnit.objects.get(pk=org.sales.pk).name == "Sales"
    assert OrgUnit.objects.filter(pk=org.platform.pk).exists()
    assert not Office.objects.filter(name="X").exists()
    assert not Person.objects.filter(email__in=["new@example.com", "z@example.com"]).exists()
    assert ImportFile.objects.count() == 1


# --- Overview ---------------------------------------------------------------------------------


def test_overview_counts(as_admin: Client, org, employee, manager, outsider) -> None:
    OfficeFactory()
    response = as_admin.get(reverse("people:admin-home"))
    counts = response.context["counts"]
    # employee, manager, org_admin are active; outsider has left.
    assert (counts.people_active, counts.people_left, counts.units, counts.offices) == (3, 1, 4, 1)
    body = response.content.decode()
    for name in ("admin-unit-list", "admin-office-list", "admin-person-list", "admin-import"):
        assert reverse(f"people:{name}") in body


# --- Units ------------------------------------------------------------------------------------


def test_unit_tree_is_indented_with_member_counts(
    as_admin: Client, org, employee, manager, colleague, outsider, django_assert_num_queries
) -> None:
    response = as_admin.get(reverse("people:admin-unit-list"))
    rows = [(unit.name, indent, unit.member_count) for unit, indent in response.context["rows"]]
    assert rows == [
        ("Nordisk Demo A/S", 0, 1),  # org_admin
        ("Engineering", 1, 0),
        ("Platform", 2, 2),
        ("Sales", 1, 1),  # the outsider has left and is not counted
    ]
    assert "unit-tree__name--depth2" in response.content.decode()


def test_unit_list_query_count_does_not_grow(as_admin: Client, org, django_assert_num_queries):
    as_admin.get(reverse("people:admin-unit-list"))  # warm the session
    with django_assert_num_queries(4):
        as_admin.get(reverse("people:admin-unit-list"))
    for i in range(5):
        OrgUnitFactory(parent=org.sales, name=f"Team {i}")
    with django_assert_num_queries(4):
        as_admin.get(reverse("people:admin-unit-list"))


def test_create_a_unit_under_a_parent(as_admin: Client, org) -> None:
    form = as_admin.get(reverse("people:admin-unit-create"), {"parent": org.sales.pk})
    assert form.context["form"].initial["parent"] == org.sales
    response = as_admin.post(
        reverse("people:admin-unit-create"),
        {"name": " Nordic Sales ", "code": "NSALES", "kind": UnitKind.TEAM, "parent": org.sales.pk},
    )
    assert response.status_code == 302
    unit = OrgUnit.objects.get(code="NSALES")
    assert (unit.name, unit.parent, unit.depth) == ("Nordic Sales", org.sales, 2)
    assert unit.path.startswith(org.sales.path)


def test_unit_code_must_be_unique(as_admin: Client, org) -> None:
    response = as_admin.post(
        reverse("people:admin-unit-create"), {"name": "Another", "code": "SALES", "kind": "team"}
    )
    assert response.status_code == 422
    assert response.context["form"].errors["code"] == ["Another unit already has the code “SALES”."]
    assert OrgUnit.objects.filter(code="SALES").count() == 1


def test_rename_and_move_a_unit_with_its_subtree(as_admin: Client, org) -> None:
    response = as_admin.post(
        reverse("people:admin-unit-edit", args=[org.engineering.pk]),
        {"name": "R&D", "code": "RD", "kind": UnitKind.DIVISION, "parent": org.sales.pk},
    )
    assert response.status_code == 302
    engineering = OrgUnit.objects.get(pk=org.engineering.pk)
    platform = OrgUnit.objects.get(pk=org.platform.pk)
    assert (engineering.name, engineering.code, engineering.kind) == ("R&D", "RD", "division")
    assert (engineering.parent_id, engineering.depth, platform.depth) == (org.sales.pk, 2, 3)
    assert platform.path.startswith(engineering.path) and engineering.path.startswith(
        org.sales.path
    )


def test_moving_a_unit_under_its_own_sub_unit_is_refused(as_admin: Client, org) -> None:
    url = reverse("people:admin-unit-edit", args=[org.engineering.pk])
    for parent in (org.platform, org.engineering):
        response = as_admin.post(
            url, {"name": "Renamed", "code": "ENG", "kind": "department", "parent": parent.pk}
        )
        assert response.status_code == 422
        assert response.context["form"].errors["parent"] == [
            "A unit cannot be placed under itself or one of its own sub-units."
        ]
        assert "cannot be placed under itself" in response.content.decode()
    engineering = OrgUnit.objects.get(pk=org.engineering.pk)
    assert (engineering.name, engineering.parent_id) == ("Engineering", org.root.pk)


def test_delete_refuses_units_with_sub_units_or_members(as_admin: Client, org, colleague) -> None:
    response = as_admin.post(reverse("people:admin-unit-delete", args=[org.engineering.pk]))
    assert response.status_code == 409
    assert "Move or delete the sub-units of “Engineering” first." in response.content.decode()
    response = as_admin.post(reverse("people:admin-unit-delete", args=[org.sales.pk]))
    assert response.status_code == 409
    assert "“Sales” still has members. Move them to another unit first." in (
        response.content.decode()
    )
    assert OrgUnit.objects.filter(pk__in=[org.engineering.pk, org.sales.pk]).count() == 2


def test_delete_an_empty_unit(as_admin: Client, org) -> None:
    empty = OrgUnitFactory(parent=org.sales, name="Empty")
    page = as_admin.get(reverse("people:admin-unit-delete", args=[empty.pk]))
    assert "no sub-units and no members" in page.content.decode()
    response = as_admin.post(reverse("people:admin-unit-delete", args=[empty.pk]), follow=True)
    assert messages_of(response) == ["The unit “Empty” was deleted."]
    assert not OrgUnit.objects.filter(pk=empty.pk).exists()


def test_unknown_unit_is_404(as_admin: Client, org) -> None:
    assert as_admin.get(reverse("people:admin-unit-edit", args=[99999])).status_code == 404


# --- Offices ----------------------------------------------------------------------------------


def test_create_and_edit_an_office(as_admin: Client, org) -> None:
    response = as_admin.post(
        reverse("people:admin-office-create"),
        {"name": "Oslo", "city": "Oslo", "country": "NO", "time_zone": "Europe/Oslo"},
    )
    assert response.status_code == 302
    oslo = Office.objects.get(name="Oslo")
    assert (oslo.city, oslo.country, oslo.time_zone) == ("Oslo", "NO", "Europe/Oslo")
    as_admin.post(
        reverse("people:admin-office-edit", args=[oslo.pk]),
        {"name": "Oslo HQ", "city": "Oslo", "country": "NO", "time_zone": "Europe/Oslo"},
    )
    oslo.refresh_from_db()
    assert oslo.name == "Oslo HQ"
    listing = as_admin.get(reverse("people:admin-office-list"))
    assert [o.name for o in listing.context["offices"]] == ["Oslo HQ"]


def test_office_bad_input(as_admin: Client, org) -> None:
    OfficeFactory(name="Copenhagen")
    response = as_admin.post(
        reverse("people:admin-office-create"),
        {"name": "copenhagen", "city": "", "country": "DK", "time_zone": "Mars/Olympus"},
    )
    assert response.status_code == 422
    errors = response.context["form"].errors
    assert errors["name"] == ["There is already an office named “copenhagen”."]
    assert set(errors) == {"name", "city", "time_zone"}
    assert Office.objects.count() == 1


# --- People -----------------------------------------------------------------------------------


def test_people_list_includes_leavers_and_filters(
    as_admin: Client, employee, colleague, outsider, org_admin
) -> None:
    url = reverse("people:admin-person-list")
    everyone = as_admin.get(url)
    assert outsider in everyone.context["page"].object_list
    left = as_admin.get(url, {"status": "left"})
    assert list(left.context["page"].object_list) == [outsider]
    active = as_admin.get(url, {"status": "active"})
    assert outsider not in active.context["page"].object_list
    found = as_admin.get(url, {"q": "colleague@"})
    assert list(found.context["page"].object_list) == [colleague]


def test_people_list_search_by_employee_id_and_pagination(as_admin: Client, org) -> None:
    PersonFactory.create_batch(55, unit=org.sales)
    target = PersonFactory(employee_id="HR-42", full_name="Zed Zulu")
    url = reverse("people:admin-person-list")
    assert list(as_admin.get(url, {"q": "hr-42"}).context["page"].object_list) == [target]
    page2 = as_admin.get(url, {"page": 2})
    assert page2.context["page"].number == 2
    assert len(page2.context["page"].object_list) == 57 - 50  # 55 + target + org_admin


def test_people_list_htmx_returns_only_the_results(as_admin: Client, htmx_headers) -> None:
    response = as_admin.get(reverse("people:admin-person-list"), {"q": "alma"}, **htmx_headers)
    body = response.content.decode()
    assert body.lstrip().startswith('<section id="results"')
    assert "<html" not in body and "Alma Admin" in body


def test_people_list_query_count(as_admin: Client, org, manager, django_assert_num_queries):
    url = reverse("people:admin-person-list")
    as_admin.get(url)
    PersonFactory(unit=org.sales, manager=manager)
    with django_assert_num_queries(5):
        as_admin.get(url)
    PersonFactory.create_batch(3, unit=org.platform, manager=manager)
    with django_assert_num_queries(5):
        as_admin.get(url)


def test_set_unit_manager_and_role(as_admin: Client, org, colleague, manager) -> None:
    response = as_admin.post(
        reverse("people:admin-person", args=[colleague.pk]),
        {"unit": org.platform.pk, "manager": "MANAGER@example.com", "role": Role.ORG_ADMIN},
    )
    assert response.status_code == 302
    colleague.refresh_from_db()
    assert (colleague.unit, colleague.manager, colleague.role, colleague.is_staff) == (
        org.platform,
        manager,
        Role.ORG_ADMIN,
        True,
    )


def test_manager_loop_is_refused_with_a_message(as_admin: Client, employee, manager) -> None:
    response = as_admin.post(
        reverse("people:admin-person", args=[manager.pk]),
        {"unit": "", "manager": "employee@example.com", "role": Role.EMPLOYEE},
    )
    assert response.status_code == 422
    assert response.context["form"].errors["manager"] == ["This would make a loop of managers."]
    manager.refresh_from_db()
    assert manager.manager is None and manager.unit is not None


def test_unknown_manager_and_self_demotion_are_refused(as_admin: Client, org_admin) -> None:
    response = as_admin.post(
        reverse("people:admin-person", args=[org_admin.pk]),
        {"unit": "", "manager": "nobody@example.com", "role": Role.EMPLOYEE},
    )
    assert response.status_code == 422
    assert response.context["form"].errors == {
        "manager": ["Nobody in Samla has the email address “nobody@example.com”."],
        "role": ["You cannot take away your own organisation admin role."],
    }
    org_admin.refresh_from_db()
    assert org_admin.role == Role.ORG_ADMIN


def sign_in(client: Client, email: str) -> None:
    response = client.post(reverse("account_login"), {"login": email, "password": "samla-test-pw"})
    assert response.status_code == 302, response.content.decode()[:500]


def test_deactivation_ends_every_session_and_blocks_sign_in(
    as_admin: Client, employee: Person
) -> None:
    laptop, phone = Client(), Client()
    sign_in(laptop, "employee@example.com")
    sign_in(phone, "employee@example.com")
    assert laptop.get(reverse("people:directory")).status_code == 200
    keys = list(UserSession.objects.filter(user=employee).values_list("session_key", flat=True))
    assert len(keys) == 2

    response = as_admin.post(
        reverse("people:admin-person-deactivate", args=[employee.pk]), follow=True
    )
    assert messages_of(response) == ["Erik Employee was deactivated and signed out everywhere."]
    employee.refresh_from_db()
    assert not employee.is_active and employee.deactivated_at is not None
    assert not Session.objects.filter(session_key__in=keys).exists()

    for client in (laptop, phone):  # signed out on the next request
        response = client.get(reverse("people:directory"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    again = Client()
    refused = again.post(
        reverse("account_login"), {"login": "employee@example.com", "password": "samla-test-pw"}
    )
    assert refused.status_code != 302 or "inactive" in refused["Location"]
    assert again.get(reverse("people:directory")).status_code == 302

    as_admin.post(reverse("people:admin-person-reactivate", args=[employee.pk]))
    employee.refresh_from_db()
    assert employee.is_active and employee.deactivated_at is None
    sign_in(Client(), "employee@example.com")


def test_admins_cannot_deactivate_themselves(as_admin: Client, org_admin) -> None:
    response = as_admin.post(
        reverse("people:admin-person-deactivate", args=[org_admin.pk]), follow=True
    )
    assert messages_of(response) == ["You cannot deactivate yourself."]
    org_admin.refresh_from_db()
    assert org_admin.is_active


def test_deactivate_needs_post(as_admin: Client, employee) -> None:
    assert (
        as_admin.get(reverse("people:admin-person-deactivate", args=[employee.pk])).status_code
        == 405
    )
    employee.refresh_from_db()
    assert employee.is_active


def test_person_admin_page_shows_a_leaver(as_admin: Client, outsider) -> None:
    response = as_admin.get(reverse("people:admin-person", args=[outsider.pk]))
    body = response.content.decode()
    assert "This person has left" in body
    assert reverse("people:admin-person-reactivate", args=[outsider.pk]) in body


# --- CSV import -------------------------------------------------------------------------------

GOOD_CSV = (
    "email;full_name;title;unit_code;manager_email\r\n"
    "nina@example.com;Nina Nilsen;Seller;SALES;manager@example.com\r\n"
    "employee@example.com;Erik Employee;Architect;PLAT;manager@example.com\r\n"
)


def upload(client: Client, text: str, name: str = "people.csv"):
    return client.post(reverse("people:admin-import"), {"file": csv_upload(text, name)})


def test_import_upload_then_review_then_confirm(
    as_admin: Client, org, employee, manager, org_admin
) -> None:
    page = as_admin.get(reverse("people:admin-import"))
    body = page.content.decode()
    for column in importing.COLUMNS:
        assert f"<code>{column}</code>" in body
    assert reverse("people:admin-import-example") in body

    response = upload(as_admin, GOOD_CSV)
    assert response.status_code == 302
    stored = ImportFile.objects.get()
    assert (stored.owner, stored.file_name, bytes(stored.data)) == (
        org_admin,
        "people.csv",
        GOOD_CSV.encode(),
    )
    assert response["Location"] == reverse("people:admin-import-review", args=[stored.token])

    review = as_admin.get(response["Location"])
    report = review.context["report"]
    assert (report.created, report.updated, report.unchanged, report.errors) == (1, 1, 0, [])
    assert reverse("people:admin-import-confirm", args=[stored.token]) in review.content.decode()
    assert not Person.objects.filter(email="nina@example.com").exists()  # a dry run

    done = as_admin.post(reverse("people:admin-import-confirm", args=[stored.token]), follow=True)
    assert messages_of(done) == ["The file was imported. New people: 1. Changed: 1. Unchanged: 0."]
    nina = Person.objects.get(email="nina@example.com")
    assert (nina.unit, nina.manager, nina.title) == (org.sales, manager, "Seller")
    employee.refresh_from_db()
    assert employee.title == "Architect"
    assert not ImportFile.objects.exists()  # used up

    # The same file again: nothing to do, and no button to do it.
    upload(as_admin, GOOD_CSV)
    again = as_admin.get(
        reverse("people:admin-import-review", args=[ImportFile.objects.get().token])
    )
    assert (again.context["report"].created, again.context["report"].updated) == (0, 0)
    assert again.context["report"].unchanged == 2
    assert "Import now" not in again.content.decode()


def test_import_review_lists_every_error_and_offers_no_confirm(as_admin: Client, org) -> None:
    upload(
        as_admin,
        "email,full_name,unit_code\r\nbad,Bad,\r\nok@example.com,Ok,MOON\r\nok@example.com,Ok,\r\n",
    )
    stored = ImportFile.objects.get()
    review = as_admin.get(reverse("people:admin-import-review", args=[stored.token]))
    assert [(e.line, e.column) for e in review.context["errors"]] == [
        (2, "email"),
        (3, "unit_code"),
        (4, "email"),
    ]
    body = review.content.decode()
    assert "There is no unit with the code “MOON”." in body
    assert "The file has 3 problems. Nothing was imported." in body
    assert reverse("people:admin-import-confirm", args=[stored.token]) not in body

    # Confirming anyway (a crafted POST) checks again and writes nothing.
    response = as_admin.post(reverse("people:admin-import-confirm", args=[stored.token]))
    assert response.status_code == 409
    assert not Person.objects.filter(email="ok@example.com").exists()

    errors = as_admin.get(reverse("people:admin-import-errors", args=[stored.token]))
    assert errors["Content-Type"] == "text/csv; charset=utf-8"
    lines = errors.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "Line,Column,Reason"
    assert lines[2] == "3,unit_code,There is no unit with the code “MOON”."


def test_confirm_checks_the_file_again(as_admin: Client, org) -> None:
    upload(as_admin, "email,full_name,unit_code\r\nnew@example.com,New,TEMP\r\n")
    temp = OrgUnitFactory(code="TEMP")
    stored = ImportFile.objects.get()
    assert (
        as_admin.get(reverse("people:admin-import-review", args=[stored.token]))
        .context["report"]
        .ok
    )
    temp.delete()  # the unit goes away between the dry run and the confirmation
    response = as_admin.post(reverse("people:admin-import-confirm", args=[stored.token]))
    assert response.status_code == 409
    assert "There is no unit with the code “TEMP”." in response.content.decode()
    assert not Person.objects.filter(email="new@example.com").exists()


def test_an_upload_belongs_to_its_admin_and_expires(
    as_admin: Client, org, org_admin, time_machine
) -> None:
    other_admin = PersonFactory(role=Role.ORG_ADMIN)
    theirs = importing.import_file_store(
        owner=other_admin, data=GOOD_CSV.encode(), file_name="theirs.csv"
    )
    for name in ("admin-import-review", "admin-import-errors"):
        response = as_admin.get(reverse(f"people:{name}", args=[theirs.token]), follow=True)
        assert messages_of(response) == [
            "This upload has expired or is not yours. Please upload the file again."
        ]
    as_admin.post(reverse("people:admin-import-confirm", args=[theirs.token]))
    assert not Person.objects.filter(email="nina@example.com").exists()

    mine = importing.import_file_store(owner=org_admin, data=GOOD_CSV.encode(), file_name="m.csv")
    time_machine.move_to(timezone.now() + timedelta(hours=1, minutes=1))
    response = as_admin.post(reverse("people:admin-import-confirm", args=[mine.token]))
    assert response.status_code == 302 and response["Location"] == reverse("people:admin-import")
    assert not Person.objects.filter(email="nina@example.com").exists()
    # The next upload clears away the expired files.
    upload(as_admin, GOOD_CSV)
    assert list(ImportFile.objects.values_list("file_name", flat=True)) == ["people.csv"]


def test_upload_bad_input(as_admin: Client, org, monkeypatch) -> None:
    response = as_admin.post(reverse("people:admin-import"), {})
    assert response.status_code == 422
    assert "file" in response.context["form"].errors

    from samla.people import forms_admin

    monkeypatch.setattr(forms_admin, "MAX_BYTES", 10)
    response = upload(as_admin, GOOD_CSV)
    assert response.status_code == 422
    assert response.context["form"].errors["file"] == [
        "The file is too large (0.0 MB). The limit is 0 MB."
    ]
    assert not ImportFile.objects.exists()


def test_a_binary_upload_gets_a_clear_message(as_admin: Client, org) -> None:
    buf = io.BytesIO(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xff\xfe")
    buf.name = "people.xlsx"
    as_admin.post(reverse("people:admin-import"), {"file": buf})
    stored = ImportFile.objects.get()
    review = as_admin.get(reverse("people:admin-import-review", args=[stored.token]))
    assert "The file is not UTF-8 text." in review.content.decode()


def test_example_file_download(as_admin: Client) -> None:
    response = as_admin.get(reverse("people:admin-import-example"))
    assert response["Content-Disposition"] == 'attachment; filename="samla-people-example.csv"'
    text = response.content.decode("utf-8-sig")
    assert text.splitlines()[0].split(";") == list(importing.COLUMNS)
