"""The composer's validation, per kind of story."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Org
from django.utils import translation

from samla.people.models import Person
from samla.people.tests.factories import OrgUnitFactory, PersonFactory, SkillFactory
from samla.stories.enums import MediaKind
from samla.stories.forms import StoryForm
from samla.stories.models import StoryMedia

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english() -> object:
    """Messages are asserted in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


SECTIONS = {
    "learning": {"learned": "a", "situation": "b", "differently": "c"},
    "success": {"changed": "a", "before": "b", "after": "c"},
    "lesson": {"tried": "a", "happened": "b", "learned": "c", "next_time": "d"},
    "tip": {"tip": "a"},
    "article": {"why": "a"},
    "experiment": {"hypothesis": "a"},
    "media": {"summary": "a"},
}


def post(kind: str, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"title": "A title", "language": "en", "audience": ""}
    data.update({f"section_{k}": v for k, v in SECTIONS[kind].items()})
    data.update(extra)
    return data


def form_for(author: Person, kind: str, media: list[StoryMedia] | None = None, **extra: Any):
    return StoryForm(post(kind, **extra), kind=kind, author=author, media=media or [])


@pytest.mark.parametrize("kind", ["learning", "success", "lesson", "tip"])
def test_each_kind_is_valid_with_its_required_sections(employee: Person, kind: str) -> None:
    form = form_for(employee, kind)
    assert form.is_valid(), form.errors
    content = form.content()
    assert content.sections == SECTIONS[kind] | {
        s: "" for s in content.sections if s not in SECTIONS[kind]
    }


@pytest.mark.parametrize(
    ("kind", "missing"),
    [("learning", "situation"), ("success", "after"), ("lesson", "next_time"), ("tip", "tip")],
)
def test_a_required_section_may_not_be_empty(employee: Person, kind: str, missing: str) -> None:
    form = form_for(employee, kind, **{f"section_{missing}": "   "})
    assert not form.is_valid()
    assert list(form.errors) == [f"section_{missing}"]


def test_a_section_has_a_maximum_length(employee: Person) -> None:
    form = form_for(employee, "tip", section_tip="x" * 3001)
    assert not form.is_valid()
    assert "section_tip" in form.errors


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.com/article", True),
        ("http://example.com/a?b=c", True),
        ("example.com/article", True),  # assumed https
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("ftp://example.com/file", False),
        ("", False),
    ],
)
def test_an_article_needs_an_http_address(employee: Person, url: str, ok: bool) -> None:
    form = form_for(employee, "article", link_url=url)
    assert form.is_valid() is ok, form.errors
    if ok:
        assert form.content().link_url.startswith(("http://", "https://"))


def test_an_experiment_needs_a_managing_sponsor_and_an_end_after_its_start(
    employee: Person, manager: Person, colleague: Person
) -> None:
    good = form_for(
        employee,
        "experiment",
        sponsor=manager.email.upper(),
        starts_on="2030-01-01",
        ends_on="2030-03-01",
        experiment_status="running",
    )
    assert good.is_valid(), good.errors
    assert (good.content().sponsor, good.content().experiment_status) == (manager, "running")

    not_a_manager = form_for(
        employee,
        "experiment",
        sponsor=colleague.email,
        starts_on="2030-01-01",
        ends_on="2030-03-01",
        experiment_status="planned",
    )
    assert not not_a_manager.is_valid()
    assert list(not_a_manager.errors) == ["sponsor"]

    own = form_for(
        manager,
        "experiment",
        sponsor=manager.email,
        starts_on="2030-01-01",
        ends_on="2030-03-01",
        experiment_status="planned",
    )
    assert not own.is_valid()
    assert list(own.errors) == ["sponsor"]

    backwards = form_for(
        employee,
        "experiment",
        sponsor=manager.email,
        starts_on="2030-03-01",
        ends_on="2030-03-01",
        experiment_status="ended",
    )
    assert not backwards.is_valid()
    assert set(backwards.errors) == {"ends_on", "experiment_status"}


def test_a_sponsor_must_be_able_to_read_a_unit_story(org: Org, colleague: Person) -> None:
    sales_manager = PersonFactory(unit=org.sales)
    PersonFactory(unit=org.sales, manager=sales_manager)
    outside_manager = PersonFactory(unit=org.platform)
    PersonFactory(unit=org.platform, manager=outside_manager)
    data = {"starts_on": "2030-01-01", "ends_on": "2030-02-01", "experiment_status": "planned"}
    ok = form_for(
        colleague, "experiment", sponsor=sales_manager.email, audience=str(org.sales.pk), **data
    )
    assert ok.is_valid(), ok.errors
    blind = form_for(
        colleague, "experiment", sponsor=outside_manager.email, audience=str(org.sales.pk), **data
    )
    assert not blind.is_valid()
    assert list(blind.errors) == ["sponsor"]


def test_sensitive_words_need_an_explicit_check_before_publishing(employee: Person) -> None:
    text = {"section_happened": "Bo was on sick leave, so the rollback waited."}
    unchecked = form_for(employee, "lesson", **text)
    assert not unchecked.is_valid()
    assert list(unchecked.errors) == ["sensitive_checked"]
    assert [f.word for f in unchecked.findings] == ["sick leave"]
    checked = form_for(employee, "lesson", sensitive_checked="on", **text)
    assert checked.is_valid(), checked.errors


def test_audience_is_the_organisation_or_one_of_the_authors_units(
    org: Org, employee: Person
) -> None:
    for value, expected in [
        ("", None),
        (str(org.platform.pk), org.platform),
        (str(org.engineering.pk), org.engineering),
    ]:
        form = form_for(employee, "tip", audience=value)
        assert form.is_valid(), form.errors
        assert form.content().audience_unit == expected
    elsewhere = OrgUnitFactory(parent=org.sales)
    for value in [str(org.sales.pk), str(elsewhere.pk), "nonsense"]:
        form = form_for(employee, "tip", audience=value)
        assert not form.is_valid()
        assert list(form.errors) == ["audience"]


def test_language_defaults_and_choices(employee: Person) -> None:
    assert not form_for(employee, "tip", language="de").is_valid()
    assert form_for(employee, "tip", language="nb").is_valid()


def test_at_most_five_topics(employee: Person) -> None:
    skills = [SkillFactory() for _ in range(6)]
    five = form_for(employee, "tip", topics=[s.pk for s in skills[:5]])
    assert five.is_valid(), five.errors
    assert five.content().topics == skills[:5]
    six = form_for(employee, "tip", topics=[s.pk for s in skills])
    assert not six.is_valid()
    assert list(six.errors) == ["topics"]
    unknown = form_for(employee, "tip", topics=["999999"])
    assert not unknown.is_valid()


def test_a_media_story_needs_a_video_or_an_image_with_a_description(employee: Person) -> None:
    empty = form_for(employee, "media")
    assert not empty.is_valid()
    assert "Add a video or at least one image." in empty.non_field_errors()

    image = StoryMedia(pk=41, kind=MediaKind.IMAGE, alt_text="")
    poster = StoryMedia(pk=42, kind=MediaKind.POSTER, alt_text="")
    undescribed = form_for(employee, "media", media=[image, poster])
    assert not undescribed.is_valid()
    assert list(undescribed.errors) == ["alt_41"]
    described = form_for(employee, "media", media=[image, poster], alt_41="A team at a whiteboard")
    assert described.is_valid(), described.errors
    assert described.content().alt_texts == {41: "A team at a whiteboard", 42: ""}

    video = StoryMedia(pk=43, kind=MediaKind.VIDEO)
    assert form_for(employee, "media", media=[video]).is_valid()
