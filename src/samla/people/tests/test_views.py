from __future__ import annotations

import io

import pytest
from django.test import Client
from django.urls import reverse
from PIL import Image

from samla.people.models import Person, PersonSkill
from samla.people.tests.factories import PersonSkillFactory, SkillFactory

pytestmark = pytest.mark.django_db


def test_directory_requires_sign_in(client: Client, employee: Person) -> None:
    response = client.get(reverse("people:directory"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_directory_lists_active_people_only(
    as_employee: Client, employee: Person, colleague: Person, outsider: Person
) -> None:
    response = as_employee.get(reverse("people:directory"))
    names = [p.full_name for p in response.context["page"].object_list]
    assert colleague.full_name in names
    assert employee.full_name in names
    assert outsider.full_name not in names


def test_directory_unit_filter_includes_sub_units(
    as_employee: Client, org, employee: Person, manager: Person, colleague: Person
) -> None:
    response = as_employee.get(reverse("people:directory"), {"unit": org.engineering.pk})
    assert {p.pk for p in response.context["page"].object_list} == {employee.pk, manager.pk}


def test_directory_skill_filter_matches_other_languages(
    as_employee: Client, colleague: Person, employee: Person
) -> None:
    skill = SkillFactory(
        slug="facilitation", name_en="Facilitation", name_da="Facilitering", name_sv="Facilitering"
    )
    PersonSkillFactory(person=colleague, skill=skill, level=4)
    response = as_employee.get(reverse("people:directory"), {"skill": "faciliter"})
    assert [p.pk for p in response.context["page"].object_list] == [colleague.pk]


def test_directory_unknown_skill_says_so(as_employee: Client, employee: Person) -> None:
    response = as_employee.get(reverse("people:directory"), {"skill": "underwater basket weaving"})
    assert response.status_code == 200
    assert "No skill matches" in response.content.decode()


def test_directory_htmx_returns_only_results(
    as_employee: Client, htmx_headers, colleague: Person
) -> None:
    response = as_employee.get(reverse("people:directory"), **htmx_headers)
    body = response.content.decode()
    assert body.lstrip().startswith('<section id="results"')
    assert "<html" not in body


def test_directory_query_count_is_constant(
    as_employee: Client, org, django_assert_num_queries
) -> None:
    from samla.people.tests.factories import PersonFactory

    PersonFactory.create_batch(3, unit=org.sales)
    with django_assert_num_queries(7):
        as_employee.get(reverse("people:directory"))
    PersonFactory.create_batch(20, unit=org.sales)
    with django_assert_num_queries(7):
        as_employee.get(reverse("people:directory"))


def test_profile_of_a_leaver_is_404_for_colleagues(as_employee: Client, outsider: Person) -> None:
    assert as_employee.get(reverse("people:person-detail", args=[outsider.pk])).status_code == 404


def test_profile_edit_of_someone_else_is_404(as_employee: Client, colleague: Person) -> None:
    url = reverse("people:profile-edit", args=[colleague.pk])
    assert as_employee.get(url).status_code == 404
    assert as_employee.post(url, {"full_name": "Hacked"}).status_code == 404
    colleague.refresh_from_db()
    assert colleague.full_name == "Cecilia Colleague"


def test_profile_edit_saves_and_bad_input_loses_nothing(
    as_employee: Client, employee: Person
) -> None:
    url = reverse("people:profile-edit", args=[employee.pk])
    bad = as_employee.post(
        url, {"full_name": "", "title": "Architect", "language": "xx", "bio": ""}
    )
    assert bad.status_code == 422
    assert bad.context["form"].data["title"] == "Architect"  # what was typed comes back
    employee.refresh_from_db()
    assert employee.title == "Consultant"
    good = as_employee.post(
        url, {"full_name": "Erik E. Employee", "title": "Architect", "language": "da", "bio": "Hej"}
    )
    assert good.status_code == 302
    employee.refresh_from_db()
    assert (employee.full_name, employee.title, employee.language) == (
        "Erik E. Employee",
        "Architect",
        "da",
    )


def test_profile_edit_htmx_saves_then_sends_the_browser_to_the_profile(
    as_employee: Client, employee: Person, htmx_headers
) -> None:
    url = reverse("people:profile-edit", args=[employee.pk])
    data = {"full_name": "Erik", "title": "T", "language": "en", "bio": ""}
    response = as_employee.post(url, data, **htmx_headers)
    assert response["HX-Redirect"] == reverse("people:person-detail", args=[employee.pk])
    employee.refresh_from_db()
    assert employee.title == "T"


def test_profile_edit_htmx_bad_input_returns_the_form_partial(
    as_employee: Client, employee: Person, htmx_headers
) -> None:
    url = reverse("people:profile-edit", args=[employee.pk])
    data = {"full_name": "", "title": "T", "language": "en"}
    response = as_employee.post(url, data, **htmx_headers)
    assert response.status_code == 422
    assert response.content.decode().lstrip().startswith('<section class="card" id="profile-form"')


def _png(size: tuple[int, int] = (40, 30)) -> io.BytesIO:
    buf = io.BytesIO()
    Image.new("RGB", size, "teal").save(buf, format="PNG")
    buf.seek(0)
    buf.name = "me.png"
    return buf


def test_avatar_upload_is_reencoded_under_a_random_name(
    as_employee: Client, employee: Person, settings, tmp_path
) -> None:
    settings.MEDIA_ROOT = tmp_path
    response = as_employee.post(reverse("people:avatar-edit"), {"avatar": _png()})
    assert response.status_code == 302
    employee.refresh_from_db()
    assert employee.avatar.name.startswith("avatars/") and employee.avatar.name.endswith(".webp")
    assert "me" not in employee.avatar.name.split("/")[1]
    with Image.open(employee.avatar.path) as stored:
        assert stored.format == "WEBP"


def test_avatar_rejects_a_non_image_with_a_clear_message(
    as_employee: Client, employee: Person, settings, tmp_path
) -> None:
    settings.MEDIA_ROOT = tmp_path
    fake = io.BytesIO(b"<html><script>alert(1)</script></html>")
    fake.name = "cat.png"
    response = as_employee.post(reverse("people:avatar-edit"), {"avatar": fake})
    assert response.status_code == 422
    assert "not a picture" in response.content.decode()
    employee.refresh_from_db()
    assert not employee.avatar


def test_avatar_rejects_an_oversized_file(
    as_employee: Client, employee: Person, settings, tmp_path
) -> None:
    settings.MEDIA_ROOT = tmp_path
    settings.AVATAR_MAX_BYTES = 1000
    response = as_employee.post(reverse("people:avatar-edit"), {"avatar": _png((400, 400))})
    assert response.status_code == 422
    assert "too large" in response.content.decode()


def test_skill_add_change_and_remove(as_employee: Client, employee: Person, htmx_headers) -> None:
    skill = SkillFactory(name_en="Kubernetes")
    url = reverse("people:skills-edit")
    r = as_employee.post(url, {"skill": skill.pk, "level": "3", "can_help": "on"}, **htmx_headers)
    assert r.status_code == 200
    ps = PersonSkill.objects.get(person=employee, skill=skill)
    assert (ps.level, ps.can_help, ps.wants_to_learn) == (3, True, False)
    as_employee.post(
        url, {"skill": skill.pk, "level": "4", "can_help": "on", "wants_to_learn": "on"}
    )
    ps.refresh_from_db()
    assert (ps.level, ps.wants_to_learn) == (4, True)
    as_employee.post(reverse("people:skill-remove", args=[skill.pk]))
    assert not PersonSkill.objects.filter(person=employee).exists()


@pytest.mark.parametrize("level", ["0", "5", "-1", "three"])
def test_skill_level_outside_1_to_4_is_refused(
    as_employee: Client, employee: Person, level: str
) -> None:
    skill = SkillFactory()
    r = as_employee.post(
        reverse("people:skills-edit"), {"skill": skill.pk, "level": level, "can_help": "on"}
    )
    assert r.status_code == 422
    assert not PersonSkill.objects.filter(person=employee).exists()


def test_offering_help_needs_a_level(as_employee: Client, employee: Person) -> None:
    skill = SkillFactory()
    r = as_employee.post(
        reverse("people:skills-edit"), {"skill": skill.pk, "level": "", "can_help": "on"}
    )
    assert r.status_code == 422
    assert "Choose your level" in r.content.decode()


def test_skill_suggest_partial(as_employee: Client, htmx_headers) -> None:
    SkillFactory(name_en="Negotiation", name_sv="Förhandling")
    r = as_employee.get(reverse("people:skill-suggest"), {"q": "förhand"}, **htmx_headers)
    body = r.content.decode()
    assert body.lstrip().startswith('<div id="suggestions"')
    assert "Negotiation" in body


def test_manager_is_derived_from_reports(
    employee: Person, manager: Person, colleague: Person
) -> None:
    assert manager.is_manager is True
    assert Person.objects.get(pk=employee.pk).is_manager is False
    assert Person.objects.get(pk=colleague.pk).is_manager is False


def test_directory_says_more_than_the_cap_instead_of_counting_everyone(
    as_employee: Client, org, monkeypatch
) -> None:
    from samla.people import views
    from samla.people.tests.factories import PersonFactory

    monkeypatch.setattr(views, "DIRECTORY_COUNT_CAP", 3)
    PersonFactory.create_batch(5, unit=org.sales)
    body = as_employee.get(reverse("people:directory")).content.decode()
    assert "More than 3 people" in body


def test_directory_unit_filter_offers_the_top_of_the_tree_and_the_chosen_unit(
    as_employee: Client, org
) -> None:
    from samla.people.tests.factories import OrgUnitFactory

    deep = OrgUnitFactory(name="Squad Deep", code="DEEP", parent=org.platform)
    page = as_employee.get(reverse("people:directory")).content.decode()
    assert "Engineering" in page and "Squad Deep" not in page
    chosen = as_employee.get(reverse("people:directory"), {"unit": deep.pk}).content.decode()
    assert "Squad Deep" in chosen


def test_skill_search_ranks_the_exact_name_first(employee: Person) -> None:
    from samla.people.selectors import skills_matching

    SkillFactory(slug="django", name_en="Django", synonyms="python web")
    python = SkillFactory(slug="python", name_en="Python")
    assert skills_matching("python", limit=1) == [python]
