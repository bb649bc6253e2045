"""`samla demo --no-serve`: the organisation it seeds, its three accounts, and that running it
again changes nothing."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from samla.demo import data
from samla.demo.management.commands.demo import _server_url
from samla.demo.seed import email_local_part, minimum_people, team_sizes
from samla.people.enums import Role, UnitKind
from samla.people.models import Office, OrgUnit, Person, PersonSkill, Skill
from samla.people.selectors import helpers_for_wants
from samla.people.services import person_set_organisation
from samla.record.enums import Visibility
from samla.record.models import Activity

pytestmark = pytest.mark.django_db

LANGUAGE_OF_COUNTRY = {"DK": "da", "SE": "sv", "NO": "nb", "GB": "en"}


def run_demo(*args: str) -> str:
    out = io.StringIO()
    if "--stories" not in args:
        args = (*args, "--stories", "14")  # every kind; all 200+ are slow for a test
    if "--questions" not in args:
        args = (*args, "--questions", "12")  # every language and kind
    call_command("demo", "--no-serve", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def counts() -> dict[str, int]:
    models = (Person, OrgUnit, Office, Skill, PersonSkill, Activity)
    return {model.__name__: model.objects.count() for model in models}


def accounts() -> tuple[Person, Person, Person]:
    get = Person.objects.select_related("unit", "manager").get
    return (
        get(email="admin@example.com"),
        get(email="manager@example.com"),
        get(email="employee@example.com"),
    )


def test_demo_seeds_a_nordic_organisation() -> None:
    output = run_demo("--people", "60")

    assert Person.objects.count() == 60
    assert OrgUnit.objects.count() >= 12
    assert OrgUnit.objects.filter(kind=UnitKind.TEAM).count() >= 12
    assert OrgUnit.objects.get(code=data.ROOT_CODE).name == "Nordlys Group"
    people = list(Person.objects.select_related("office"))
    assert {p.language for p in people} == {"da", "sv", "nb", "en"}
    assert {p.office.country for p in people if p.office} >= {"DK", "SE", "NO"}
    # Everyone works in their office's language, or in English.
    assert all(p.language in {LANGUAGE_OF_COUNTRY[p.office.country], "en"} for p in people)
    assert all(p.title for p in people)
    assert Skill.objects.count() >= 60
    assert all(3 <= p.skills.count() <= 11 for p in people)
    assert Activity.objects.count() > 300
    assert Activity.objects.filter(visibility=Visibility.PRIVATE, verb="reflected").exists()
    # Rows about objects that exist (stories, questions, meetings) link to them; history of apps
    # to come does not.
    linked = Activity.objects.exclude(object_url="")
    linked_types = set(linked.values_list("object_type", flat=True))
    assert linked_types == {"story", "question", "circle_meeting"}
    assert not Activity.objects.filter(object_type="story", object_url="").exists()
    for email in ("admin@example.com", "manager@example.com", "employee@example.com"):
        assert email in output
    assert data.PASSWORD in output


def test_demo_accounts_sign_in_where_the_demo_puts_them() -> None:
    run_demo("--people", "60")
    admin, manager, employee = accounts()

    for person in (admin, manager, employee):
        assert person.is_active
        assert person.check_password("samla-demo")
    assert (employee.full_name, manager.full_name, admin.full_name) == (
        "Emil Berg",
        "Maja Holm",
        "Astrid Nilsson",
    )
    assert employee.manager == manager
    assert employee.unit == manager.unit
    assert manager.unit is not None and manager.unit.name == "Platform"
    assert manager.reports.filter(pk=employee.pk).exists()
    assert admin.is_org_admin and admin.is_staff
    assert not manager.is_org_admin and not employee.is_org_admin
    assert Person.objects.filter(role=Role.LEARNING_LEAD).count() >= 2
    # Every other demo person signs in with the same password.
    someone = Person.objects.filter(email__endswith="@nordlys.example").first()
    assert someone is not None and someone.check_password("samla-demo")


def test_demo_accounts_have_a_history_and_helpers() -> None:
    run_demo("--people", "60")
    admin, manager, employee = accounts()

    for person in (admin, manager, employee):
        assert Activity.objects.filter(actor=person).count() >= 5
    assert Activity.objects.filter(actor=employee, verb="was_mentored").exists()
    assert Activity.objects.filter(actor=manager, verb="presented").exists()
    # "Colleagues who can help you learn" is not empty on the home page.
    helped = {ps.skill.slug for ps in helpers_for_wants(employee, limit=50)}
    assert helped == {"kubernetes", "facilitation"}


def test_managers_form_one_chain_up_to_the_ceo() -> None:
    run_demo("--people", "60")

    tops = list(Person.objects.filter(manager__isnull=True))
    assert [p.title for p in tops] == ["Administrerende direktør"]
    for person in Person.objects.select_related("manager", "unit"):
        assert person.unit is not None
        steps, boss = 0, person.manager
        while boss is not None:
            steps, boss = steps + 1, boss.manager
            assert steps < 6
    for team in OrgUnit.objects.filter(kind=UnitKind.TEAM):
        leads = Person.objects.filter(unit=team).exclude(manager__unit=team)
        assert leads.count() == 1
        assert Person.objects.filter(unit=team, manager=leads.get()).count() >= 1


def test_running_the_demo_twice_duplicates_nothing() -> None:
    run_demo("--people", "60")
    before = counts()

    output = run_demo("--people", "80", "--seed", "7")

    assert counts() == before
    assert "exists already" in output


def test_running_the_demo_again_repairs_the_demo_accounts() -> None:
    run_demo("--people", "60")
    admin, manager, employee = accounts()
    employee.delete()
    manager.set_password("something-else-entirely")
    manager.save(update_fields=["password"])
    person_set_organisation(person=admin, unit=None, manager=None, role=Role.EMPLOYEE)

    run_demo()

    admin, manager, employee = accounts()
    assert employee.manager == manager
    assert employee.check_password("samla-demo")
    assert manager.check_password("samla-demo")
    assert admin.is_org_admin
    assert admin.unit is not None and admin.unit.code == data.ADMIN.unit
    assert Person.objects.filter(email="employee@example.com").count() == 1


def test_demo_welcomes_each_new_account_once() -> None:
    pytest.importorskip("samla.notifications.services")
    from samla.notifications.models import Notification

    run_demo("--people", "60")
    run_demo()

    welcomed = Notification.objects.filter(kind="welcome").values_list(
        "recipient__email", flat=True
    )
    assert sorted(welcomed) == ["admin@example.com", "employee@example.com", "manager@example.com"]


def test_reset_refuses_a_database_outside_the_var_dir() -> None:
    # The test database is in memory, not a file under SAMLA_VAR_DIR: nothing may be deleted.
    with pytest.raises(CommandError, match="--reset only deletes"):
        run_demo("--reset")


def test_too_few_people_are_refused() -> None:
    with pytest.raises(CommandError, match=str(minimum_people())):
        run_demo("--people", "20")
    assert not OrgUnit.objects.exists()


@pytest.mark.parametrize("people", [300, 340, 400])
def test_team_sizes_add_up_and_teams_look_real(people: int) -> None:
    sizes = team_sizes(people)
    assert data.LEADER_COUNT + sum(sizes.values()) == people
    if people <= 340:
        assert all(8 <= n + 1 <= 20 for n in sizes.values())  # members and their lead


def test_email_addresses_fold_nordic_letters() -> None:
    assert email_local_part("Søren Østergaard") == "soeren.oestergaard"
    assert email_local_part("Åse Nygård") == "aase.nygaard"
    assert email_local_part("Björn Åberg") == "bjoern.aaberg"
    assert email_local_part("Lucas García") == "lucas.garcia"
    assert email_local_part("Anne-Mette O'Brien") == "anne-mette.obrien"


def test_server_url_follows_samla_port(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAMLA_BIND", raising=False)
    monkeypatch.delenv("SAMLA_PORT", raising=False)
    assert _server_url() == "http://127.0.0.1:8000"
    monkeypatch.setenv("SAMLA_PORT", "8765")
    assert _server_url() == "http://127.0.0.1:8765"


def test_default_demo_has_over_300_people_in_teams_of_8_to_20() -> None:
    run_demo()

    assert Person.objects.count() >= 300
    assert 3000 <= Activity.objects.count() <= 6000  # skills, stories, questions, meetings, …
    for team in OrgUnit.objects.filter(kind=UnitKind.TEAM):
        assert 8 <= team.members.count() <= 20
    emails = list(Person.objects.values_list("email", flat=True))
    names = list(Person.objects.values_list("full_name", flat=True))
    assert len(set(emails)) == len(emails) and len(set(names)) == len(names)
