"""people.importing: the CSV import of people, its checks, and that it writes all or nothing."""

from __future__ import annotations

from typing import Any

import pytest
from allauth.usersessions.models import UserSession
from django.db import IntegrityError
from django.test import Client
from django.urls import reverse

from samla.people import importing
from samla.people.enums import Role
from samla.people.importing import RowError, import_people_csv
from samla.people.models import Office, Person
from samla.people.tests.factories import OfficeFactory, PersonFactory

pytestmark = pytest.mark.django_db

HEADER = "email,full_name,title,employee_id,unit_code,manager_email,office,language,role,active"
SNAPSHOT_FIELDS = (
    "pk",
    "email",
    "full_name",
    "title",
    "employee_id",
    "unit_id",
    "manager_id",
    "office_id",
    "language",
    "role",
    "is_active",
    "is_staff",
    "password",
)


def csv_bytes(*lines: str, header: str = HEADER) -> bytes:
    return ("\r\n".join([header, *lines]) + "\r\n").encode()


def snapshot() -> list[tuple[Any, ...]]:
    return list(Person.objects.order_by("pk").values_list(*SNAPSHOT_FIELDS))


@pytest.fixture
def people(employee: Person, manager: Person, colleague: Person, org_admin: Person) -> None:
    """The personas exist (and Copenhagen, the office of employee and manager)."""


def assert_refused(data: bytes, expected: list[RowError], by: Person | None = None) -> None:
    """The file is refused with exactly these errors, in a dry run and for real, and nothing
    in the database changes."""
    before = snapshot()
    for dry_run in (True, False):
        report = import_people_csv(data=data, dry_run=dry_run, by=by)
        assert report.errors == expected
        assert (report.created, report.updated, report.unchanged) == (0, 0, 0)
        assert not report.imported
    assert snapshot() == before


# --- The happy path ----------------------------------------------------------------------------


def test_import_creates_people_with_every_column(org, people, org_admin: Person) -> None:
    data = csv_bytes(
        "ny.chef@example.com,Nina Chef,Head of Sales,E100,SALES,,Copenhagen,da,learning_lead,yes",
        "Ole.Olsen@Example.com,Ole Olsen,Seller,E101,SALES,ny.chef@example.com,,nb,,",
    )
    report = import_people_csv(data=data, dry_run=False, by=org_admin)
    assert report.errors == []
    assert (report.rows, report.created, report.updated, report.unchanged) == (2, 2, 0, 0)
    assert report.imported

    chef = Person.objects.get(email="ny.chef@example.com")
    ole = Person.objects.get(email="ole.olsen@example.com")  # stored in lower case
    assert (chef.full_name, chef.title, chef.employee_id) == ("Nina Chef", "Head of Sales", "E100")
    assert (chef.unit, chef.office, chef.manager) == (org.sales, Office.objects.get(), None)
    assert (chef.language, chef.role, chef.is_active, chef.is_staff) == (
        "da",
        Role.LEARNING_LEAD,
        True,
        False,
    )
    assert (ole.manager, ole.office, ole.language, ole.role) == (chef, None, "nb", Role.EMPLOYEE)
    # Nobody can sign in with a password until they set one (reset or SSO).
    assert not chef.has_usable_password() and not ole.has_usable_password()
    assert chef.password != ole.password
    assert chef.date_joined is not None and chef.deactivated_at is None
    assert chef.bio == "" and chef.show_activity is True and not chef.is_superuser


def test_manager_may_come_later_in_the_file(org, people) -> None:
    data = csv_bytes(
        "a@example.com,Anna,,,,b@example.com,,,,",
        "b@example.com,Bo,,,,c@example.com,,,,",
        "c@example.com,Cai,,,,manager@example.com,,,,",
    )
    report = import_people_csv(data=data, dry_run=False, by=None)
    assert report.errors == [] and report.created == 3
    chain = {
        p.email: p.manager.email
        for p in Person.objects.filter(
            email__in=["a@example.com", "b@example.com", "c@example.com"]
        ).select_related("manager")
    }
    assert chain == {
        "a@example.com": "b@example.com",
        "b@example.com": "c@example.com",
        "c@example.com": "manager@example.com",
    }


@pytest.mark.django_db(transaction=True)
def test_import_commits_with_managers_created_in_the_same_file(org) -> None:
    """Really committed (not in a test transaction): the deferred foreign keys hold."""
    data = csv_bytes(
        "boss@example.com,Boss,,,,worker@example.com,,,,", "worker@example.com,W,,,,,,,,"
    )
    report = import_people_csv(data=data, dry_run=False, by=None)
    assert report.imported and report.created == 2
    boss = Person.objects.get(email="boss@example.com")
    assert boss.manager == Person.objects.get(email="worker@example.com")
    # New ids continue after the imported ones.
    later = PersonFactory()
    assert later.pk > boss.pk and later.pk > boss.manager.pk


def test_reimporting_the_same_file_changes_nothing(org, people) -> None:
    data = csv_bytes(
        "ny.chef@example.com,Nina Chef,Head of Sales,E100,SALES,,Copenhagen,da,learning_lead,yes",
        "ole@example.com,Ole Olsen,Seller,E101,SALES,ny.chef@example.com,,nb,,",
        "employee@example.com,Erik Employee,Consultant,,PLAT,manager@example.com,Copenhagen,en,employee,yes",  # noqa: E501
    )
    first = import_people_csv(data=data, dry_run=False, by=None)
    assert (first.created, first.updated, first.unchanged) == (2, 0, 1)
    after_first = snapshot()

    again = import_people_csv(data=data, dry_run=False, by=None)
    assert again.errors == []
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert snapshot() == after_first


def test_a_changed_title_updates_only_that_person(org, people, employee: Person) -> None:
    data = csv_bytes(
        "employee@example.com,Erik Employee,Consultant,,PLAT,manager@example.com,Copenhagen,en,employee,yes",  # noqa: E501
        "colleague@example.com,Cecilia Colleague,Consultant,,SALES,,,sv,employee,yes",
    )
    assert import_people_csv(data=data, dry_run=False, by=None).unchanged == 2
    before = {row[0]: row for row in snapshot()}

    changed = data.replace(b"Erik Employee,Consultant", b"Erik Employee,Architect")
    report = import_people_csv(data=changed, dry_run=False, by=None)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    employee.refresh_from_db()
    assert employee.title == "Architect"
    after = {row[0]: row for row in snapshot()}
    assert {pk for pk in after if after[pk] != before[pk]} == {employee.pk}


def test_dry_run_reports_but_writes_nothing(org, people, employee: Person) -> None:
    before = snapshot()
    data = csv_bytes(
        "new@example.com,New Person,,,,,,,,",
        "employee@example.com,Erik Employee,Architect,,,,,,,",
        "colleague@example.com,Cecilia Colleague,Consultant,,SALES,,,,,",
    )
    report = import_people_csv(data=data, dry_run=True, by=None)
    assert report.errors == []
    assert (report.created, report.updated, report.unchanged) == (1, 1, 1)
    assert report.dry_run and not report.imported
    assert snapshot() == before


def test_semicolon_delimiter_and_quoted_values(org, people) -> None:
    data = (
        "email;full_name;title\n"
        'lena@example.com;"Berg; Lena";"Chef, ""kaffe"""\n'
        "mads@example.com;Mads Ø. Æblegård;Udvikler\n"
    ).encode()
    report = import_people_csv(data=data, dry_run=False, by=None)
    assert report.errors == [] and report.created == 2
    lena = Person.objects.get(email="lena@example.com")
    assert (lena.full_name, lena.title) == ("Berg; Lena", 'Chef, "kaffe"')
    assert Person.objects.get(email="mads@example.com").full_name == "Mads Ø. Æblegård"


def test_utf8_with_byte_order_mark_and_excel_style_header(org, people) -> None:
    data = "\ufeffE-mail;Full Name;TITLE\r\nåse@example.com;Åse Øvrebø;Sjef\r\n".encode()
    # "E-mail" becomes "e_mail", which is not a column: the header is refused by name.
    report = import_people_csv(data=data, dry_run=True, by=None)
    assert report.errors[0].column == "" and "Missing: email" in report.errors[0].reason

    data = "\ufeffEmail;Full Name;TITLE\r\nase@example.com;Åse Øvrebø;Sjef\r\n".encode()
    report = import_people_csv(data=data, dry_run=False, by=None)
    assert report.errors == [] and report.created == 1
    assert Person.objects.get(email="ase@example.com").full_name == "Åse Øvrebø"


def test_columns_in_any_order_and_missing_columns_are_left_alone(org, people, employee) -> None:
    data = b"FULL_NAME,Email\r\nErik Renamed,EMPLOYEE@example.com\r\n"
    report = import_people_csv(data=data, dry_run=False, by=None)
    assert (report.updated, report.unchanged) == (1, 0)
    employee.refresh_from_db()
    # Only the name changed; title, unit, manager, office, role stay as they were.
    assert employee.full_name == "Erik Renamed"
    assert (employee.title, employee.unit, employee.manager.email) == (
        "Consultant",
        org.platform,
        "manager@example.com",
    )


def test_empty_cells_clear_but_keep_id_language_role_and_active(org, people, employee) -> None:
    employee.employee_id, employee.language, employee.role = "E7", "da", Role.LEARNING_LEAD
    employee.save()
    data = csv_bytes("employee@example.com,Erik Employee,,,,,,,,")
    report = import_people_csv(data=data, dry_run=False, by=None)
    assert report.updated == 1
    employee.refresh_from_db()
    assert (employee.title, employee.unit, employee.manager, employee.office) == (
        "",
        None,
        None,
        None,
    )
    assert (employee.employee_id, employee.language, employee.role, employee.is_active) == (
        "E7",
        "da",
        Role.LEARNING_LEAD,
        True,
    )


def test_rows_match_by_employee_id_first_then_by_email(org, people, employee, colleague) -> None:
    employee.employee_id = "E1"
    employee.save()
    data = csv_bytes(
        "erik.new@example.com,Erik Employee,Consultant,E1,PLAT,manager@example.com,Copenhagen,en,employee,yes",  # noqa: E501
        "COLLEAGUE@example.com,Cecilia Colleague,Consultant,E2,SALES,,,sv,employee,yes",
    )
    report = import_people_csv(data=data, dry_run=False, by=None)
    assert (report.created, report.updated) == (0, 2)
    employee.refresh_from_db()
    colleague.refresh_from_db()
    assert employee.email == "erik.new@example.com"  # found by employee id, email changed
    assert colleague.employee_id == "E2"  # found by email (any case), id added


def test_role_sets_admin_access_and_active_no_deactivates(org, people, employee) -> None:
    UserSession.objects.create(user=employee, ip="127.0.0.1", session_key="abc", user_agent="x")
    data = csv_bytes(
        "employee@example.com,Erik Employee,,,,,,,,no",
        "colleague@example.com,Cecilia Colleague,,,,,,,org_admin,",
    )
    report = import_people_csv(data=data, dry_run=False, by=None)
    assert (report.updated, report.deactivated) == (2, 1)
    employee.refresh_from_db()
    assert not employee.is_active and employee.deactivated_at is not None
    assert not UserSession.objects.filter(user=employee).exists()  # signed out everywhere
    colleague = Person.objects.get(email="colleague@example.com")
    assert (colleague.role, colleague.is_staff) == (Role.ORG_ADMIN, True)

    back = import_people_csv(
        data=csv_bytes("employee@example.com,Erik Employee,,,,,,,,yes"), dry_run=False, by=None
    )
    assert back.reactivated == 1
    employee.refresh_from_db()
    assert employee.is_active and employee.deactivated_at is None


# --- Bad files: every problem reported with line, column and reason; nothing written ------------


def test_every_bad_row_is_reported_with_line_column_and_reason(org, people) -> None:
    data = csv_bytes(
        "good@example.com,Good Person,,,,,,,,",  # line 2: fine
        "not-an-email,Bad Email,,,,,,,,",  # line 3
        "x@example.com,,,,NOPE,,Atlantis,xx,boss,maybe",  # line 4: six problems
        "y@example.com,Y,,,,ghost@example.com,,,,",  # line 5
        "GOOD@example.com,Again,,,,,,,,",  # line 6: duplicate email (any case)
        ",No Email,,,,,,,,",  # line 7
    )
    assert_refused(
        data,
        [
            RowError(3, "email", "“not-an-email” is not a valid email address."),
            RowError(4, "full_name", "A name is required."),
            RowError(4, "unit_code", "There is no unit with the code “NOPE”."),
            RowError(4, "office", "There is no office named “Atlantis”."),
            RowError(
                4, "language", "“xx” is not a language Samla speaks. Use one of: da, en, nb, sv."
            ),
            RowError(
                4, "role", "“boss” is not a role. Use one of: employee, learning_lead, org_admin."
            ),
            RowError(4, "active", "“maybe” is neither yes nor no."),
            RowError(
                5,
                "manager_email",
                "Nobody with the email address “ghost@example.com” is in this file or in Samla.",
            ),
            RowError(6, "email", "The email address “good@example.com” is also on line 2."),
            RowError(7, "email", "An email address is required."),
        ],
    )


def test_malformed_csv_is_refused_at_its_line(org, people) -> None:
    data = b'email,full_name\r\na@example.com,Anna\r\nb@example.com,"Bo\r\nc@example.com,Cai\r\n'
    assert_refused(
        data,
        [
            RowError(
                3,
                "",
                "This line cannot be read as CSV. Check its quotation marks: a value that starts "
                'with “"” must end with “"”, and a “"” inside a value must be doubled.',
            )
        ],
    )


def test_a_line_with_more_values_than_columns_is_refused(org, people) -> None:
    data = b"email,full_name,title\r\na@example.com,Anna,Dev\r\nb@example.com,Berg, Bo,Dev\r\n"
    assert_refused(
        data,
        [
            RowError(
                3,
                "",
                "This line has more values (4) than the header has columns (3). Is there a "
                "delimiter inside a value that is not in quotation marks?",
            )
        ],
    )


def test_trailing_delimiters_are_ignored(org, people) -> None:
    data = b"email;full_name;;\r\na@example.com;Anna;;\r\nb@example.com;Bo\r\n"
    report = import_people_csv(data=data, dry_run=False, by=None)
    assert (report.errors, report.created) == ([], 2)


def test_a_header_column_without_a_name_is_refused(org, people) -> None:
    data = b"email,,full_name\r\na@example.com,x,Anna\r\n"
    assert_refused(data, [RowError(1, "", "A column in the header row has no name.")])


def test_line_numbers_count_lines_inside_quoted_values(org, people) -> None:
    data = b'email,full_name,title\r\na@example.com,Anna,"two\r\nlines"\r\n\r\nbad,Bo,\r\n'
    report = import_people_csv(data=data, dry_run=True, by=None)
    assert report.errors == [RowError(5, "email", "“bad” is not a valid email address.")]


def test_duplicate_employee_ids_in_the_file(org, people) -> None:
    data = csv_bytes("a@example.com,A,,E1,,,,,,", "b@example.com,B,,E1,,,,,,")
    assert_refused(data, [RowError(3, "employee_id", "The employee id “E1” is also on line 2.")])


def test_two_rows_about_the_same_existing_person(org, people, employee) -> None:
    employee.employee_id = "E1"
    employee.save()
    data = csv_bytes("erik@example.com,Erik,,E1,,,,,,", "employee@example.com,Erik,,,,,,,,")
    assert_refused(
        data,
        [RowError(3, "email", "This row and line 2 are about the same person in Samla.")],
    )


def test_an_email_address_of_someone_else_is_refused(org, people, employee) -> None:
    employee.employee_id = "E1"
    employee.save()
    data = csv_bytes("colleague@example.com,Erik,,E1,,,,,,")
    assert_refused(
        data,
        [
            RowError(
                2,
                "email",
                "The email address “colleague@example.com” belongs to another person in Samla "
                "than the one with the employee id “E1”.",
            )
        ],
    )


def test_too_long_values_are_refused(org, people) -> None:
    data = csv_bytes(f"a@example.com,{'N' * 201},{'T' * 300},{'9' * 65},,,,,,")
    assert_refused(
        data,
        [
            RowError(2, "full_name", "This value is 201 characters long; at most 200 are allowed."),
            RowError(2, "title", "This value is 300 characters long; at most 200 are allowed."),
            RowError(2, "employee_id", "This value is 65 characters long; at most 64 are allowed."),
        ],
    )


def test_long_values_are_shortened_in_messages(org, people) -> None:
    report = import_people_csv(
        data=csv_bytes(f"a@example.com,A,,,{'U' * 64},,{'O' * 500},,,"), dry_run=True, by=None
    )
    assert [e.reason for e in report.errors] == [
        f"There is no unit with the code “{'U' * 64}”.",
        f"There is no office named “{'O' * 79}…”.",
    ]


def test_manager_loop_within_the_file(org, people) -> None:
    data = csv_bytes(
        "a@example.com,A,,,,b@example.com,,,,",
        "b@example.com,B,,,,a@example.com,,,,",
        "c@example.com,C,,,,c@example.com,,,,",
    )
    loop = "This makes a loop of managers: a@example.com → b@example.com → a@example.com."
    assert_refused(
        data,
        [
            RowError(2, "manager_email", loop),
            RowError(
                3,
                "manager_email",
                "This makes a loop of managers: b@example.com → a@example.com → b@example.com.",
            ),
            RowError(4, "manager_email", "A person cannot be their own manager."),
        ],
    )


def test_manager_loop_through_people_already_in_samla(org, people) -> None:
    # employee reports to manager; making manager report to employee closes a loop.
    data = b"email,full_name,manager_email\r\nmanager@example.com,Mette Manager,employee@example.com\r\n"  # noqa: E501
    assert_refused(
        data,
        [
            RowError(
                2,
                "manager_email",
                "This makes a loop of managers: manager@example.com → employee@example.com → "
                "manager@example.com.",
            )
        ],
    )


def test_header_without_required_columns_is_one_error(org, people) -> None:
    data = b"name,mail\r\nAnna,a@example.com\r\n"
    report = import_people_csv(data=data, dry_run=False, by=None)
    assert report.errors[0] == RowError(
        1,
        "",
        "The header row must name the columns email, full_name. Missing: email, full_name. "
        "Is the first line of the file the header?",
    )
    # The unknown names are listed too, so a typo is easy to find.
    assert [(e.line, e.column) for e in report.errors[1:]] == [(1, "name"), (1, "mail")]
    assert Person.objects.filter(email="a@example.com").count() == 0


def test_unknown_and_repeated_columns(org, people) -> None:
    data = b"email,full_name,manger_email,email\r\na@example.com,A,x,y\r\n"
    assert_refused(
        data,
        [
            RowError(
                1,
                "manger_email",
                "Unknown column. The columns Samla knows are: email, full_name, title, "
                "employee_id, unit_code, manager_email, office, language, role, active.",
            ),
            RowError(1, "email", "This column appears more than once."),
        ],
    )


def test_a_file_that_is_not_utf8_is_refused(org, people) -> None:
    data = "email;full_name\r\nåse@example.com;Åse\r\n".encode("cp1252")
    assert_refused(
        data,
        [
            RowError(
                0,
                "",
                "The file is not UTF-8 text. In Excel, choose “Save as” and the type “CSV UTF-8”; "
                "in other programs, choose the UTF-8 encoding.",
            )
        ],
    )


def test_a_utf16_file_is_refused(org, people) -> None:
    report = import_people_csv(data="email,full_name\r\n".encode("utf-16"), dry_run=True, by=None)
    assert [e.line for e in report.errors] == [0]
    assert "UTF-8" in report.errors[0].reason


def test_a_file_over_the_size_limit_is_refused(org, people, monkeypatch) -> None:
    monkeypatch.setattr(importing.columns, "MAX_BYTES", 100)
    data = csv_bytes(*[f"p{i}@example.com,P {i},,,,,,,," for i in range(10)])
    assert_refused(data, [RowError(0, "", "The file is too large (0.0 MB). The limit is 0 MB.")])


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\r\n  \r\n"])
def test_an_empty_file_is_refused(org, people, data: bytes) -> None:
    assert_refused(data, [RowError(0, "", "The file is empty.")])


def test_a_header_without_rows_is_refused(org, people) -> None:
    assert_refused(csv_bytes(), [RowError(1, "", "The file has a header row but no people.")])


def test_an_admin_cannot_demote_or_deactivate_themselves(org, people, org_admin) -> None:
    data = csv_bytes("admin@example.com,Alma Admin,,,,,,,employee,no")
    assert_refused(
        data,
        [
            RowError(2, "role", "You cannot take away your own organisation admin role."),
            RowError(2, "active", "You cannot deactivate yourself."),
        ],
        by=org_admin,
    )


def test_a_database_conflict_writes_nothing(org, people, monkeypatch) -> None:
    def conflict(plan: object) -> None:
        Person.objects.filter(email="colleague@example.com").update(title="Half-saved")
        raise IntegrityError("duplicate key")

    monkeypatch.setattr(importing.writing, "write", conflict)
    before = snapshot()
    report = import_people_csv(data=csv_bytes("n@example.com,N,,,,,,,,"), dry_run=False, by=None)
    assert [e.reason for e in report.errors] == [
        "The people in Samla changed while the file was being imported, so nothing was "
        "imported. Please try again."
    ]
    assert snapshot() == before


def test_errors_are_in_the_language_that_is_active(org, people) -> None:
    from django.utils import translation

    with translation.override("da"):
        report = import_people_csv(data=b"bogus\r\nx\r\n", dry_run=True, by=None)
    with translation.override("en"):
        english = import_people_csv(data=b"bogus\r\nx\r\n", dry_run=True, by=None)
    # The reasons are made while the language is active (their Danish text comes with the
    # catalogue); the positions are the same.
    assert [(e.line, e.column) for e in report.errors] == [
        (e.line, e.column) for e in english.errors
    ]


def test_errors_csv_is_safe_to_open_in_a_spreadsheet() -> None:
    text = importing.errors_csv([RowError(1, "=cmd()", "x"), RowError(0, "", "@SUM(A1)")])
    assert text.splitlines()[1:] == ["1,'=cmd(),x", ",,'@SUM(A1)"]


def test_the_example_file_imports_into_the_demo_organisation(org, people) -> None:
    OfficeFactory(name="Copenhagen")
    report = import_people_csv(data=importing.EXAMPLE_CSV.encode(), dry_run=False, by=None)
    assert report.errors == [] and report.created == 3
    assert (
        Person.objects.get(email="erik.lund@example.com").manager.email
        == "mette.hansen@example.com"
    )


# --- Through a signed-in client -------------------------------------------------------------


def test_deactivation_by_import_signs_the_person_out(client: Client, employee, org) -> None:
    signed_in = client.post(
        reverse("account_login"), {"login": "employee@example.com", "password": "samla-test-pw"}
    )
    assert signed_in.status_code == 302
    assert client.get(reverse("people:directory")).status_code == 200
    assert UserSession.objects.filter(user=employee).count() == 1

    report = import_people_csv(
        data=csv_bytes("employee@example.com,Erik Employee,,,,,,,,no"), dry_run=False, by=None
    )
    assert report.deactivated == 1
    assert not UserSession.objects.filter(user=employee).exists()
    response = client.get(reverse("people:directory"))
    assert response.status_code == 302 and reverse("account_login") in response["Location"]
