"""Stories addressed to a circle: only its members read them, in every list and in search. The
membership comes through core.audiences (circles registers its source there); these tests put in
a fixed source so the rule is tested on its own."""

from __future__ import annotations

from collections.abc import Collection, Iterator

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import translation

from samla.core import audiences
from samla.core.audiences import CircleSource, circle_ids_for, register_circle_source
from samla.people.models import Person
from samla.search.fulltext import search
from samla.stories.forms import StoryForm
from samla.stories.permissions import can_view_story, in_audience
from samla.stories.selectors import stories_for_circle, stories_visible_to, story_circle
from samla.stories.services.compose import StoryContent, story_publish, story_update
from samla.stories.tests.factories import StoryFactory

pytestmark = pytest.mark.django_db

CIRCLE = 41
OTHER_CIRCLE = 42


@pytest.fixture
def members(employee: Person, colleague: Person) -> Iterator[dict[int, set[int]]]:
    """Circle 41 has the employee; circle 42 has the colleague."""
    table: dict[int, set[int]] = {CIRCLE: {employee.pk}, OTHER_CIRCLE: {colleague.pk}}

    def member_circle_ids(person_id: int) -> frozenset[int]:
        return frozenset(c for c, people in table.items() if person_id in people)

    def names(ids: Collection[int]) -> dict[int, str]:
        return {pk: f"Circle {pk}" for pk in ids if pk in table}

    def urls(ids: Collection[int]) -> dict[int, str]:
        return {pk: f"/circles/{pk}/" for pk in ids if pk in table}

    before = audiences._source
    register_circle_source(CircleSource(member_circle_ids, names, urls))
    yield table
    register_circle_source(before)


def _content(**extra: object) -> StoryContent:
    base: dict[str, object] = {
        "title": "What our circle learned about onboarding",
        "sections": {"tip": "Pair every newcomer with a buddy from another team."},
        "language": "en",
    }
    base.update(extra)
    return StoryContent(**base)  # type: ignore[arg-type]


def test_only_members_read_a_circle_story(
    members: dict[int, set[int]],
    employee: Person,
    colleague: Person,
    manager: Person,
    org_admin: Person,
) -> None:
    story = StoryFactory(author=employee, circle_id=CIRCLE)
    assert in_audience(employee, story)
    for outsider in (colleague, manager, org_admin):
        assert not in_audience(outsider, story)
        assert not can_view_story(outsider, story)
        assert story not in stories_visible_to(outsider)
    assert story in stories_visible_to(employee)
    # A new member reads it; the rule is the same in SQL and Python.
    members[CIRCLE].add(colleague.pk)
    fresh = Person.objects.get(pk=colleague.pk)
    assert in_audience(fresh, story)
    assert story in stories_visible_to(fresh)


def test_without_a_circle_source_nobody_but_the_author_reads_it(employee: Person) -> None:
    before = audiences._source
    register_circle_source(None)
    try:
        story = StoryFactory(author=employee, circle_id=CIRCLE)
        reader = Person.objects.get(pk=employee.pk)
        assert circle_ids_for(reader) == frozenset()
        assert not in_audience(reader, story)
        assert can_view_story(reader, story)  # the author still sees their own story
        assert story_circle(story) is not None
    finally:
        register_circle_source(before)


def test_a_circle_story_is_found_by_members_only(
    members: dict[int, set[int]], employee: Person, colleague: Person
) -> None:
    story = story_publish(
        author=employee,
        kind="tip",
        content=_content(circle_id=CIRCLE, title="Zebrafinch onboarding buddies"),
    )
    assert story.circle_id == CIRCLE and story.audience_unit_id is None

    def found(viewer: Person) -> list[str]:
        page = search(
            query="zebrafinch",
            viewer_unit_path=viewer.unit.path if viewer.unit else None,
            viewer_circle_ids=circle_ids_for(viewer),
        )
        return [hit.object_id for hit in page.hits]

    assert found(employee) == [str(story.pk)]
    assert found(colleague) == []


def test_only_a_member_may_address_a_story_to_a_circle(
    members: dict[int, set[int]], employee: Person
) -> None:
    with pytest.raises(ValidationError):
        story_publish(author=employee, kind="tip", content=_content(circle_id=OTHER_CIRCLE))
    story = story_publish(author=employee, kind="tip", content=_content(circle_id=CIRCLE))
    # Having left the circle, the author may still edit the story without moving it…
    members[CIRCLE].discard(employee.pk)
    author = Person.objects.get(pk=employee.pk)
    story_update(story=story, editor=author, content=_content(circle_id=CIRCLE, title="Edited"))
    # …but not move it to another circle they are not in.
    with pytest.raises(ValidationError):
        story_update(story=story, editor=author, content=_content(circle_id=OTHER_CIRCLE))


def test_the_composer_offers_the_authors_circles(
    members: dict[int, set[int]], employee: Person
) -> None:
    data = {
        "title": "A title",
        "language": "en",
        "section_tip": "a",
        "audience": f"c{CIRCLE}",
    }
    form = StoryForm(data, kind="tip", author=employee, media=[])
    assert form.is_valid(), form.errors
    content = form.content()
    assert content.circle_id == CIRCLE and content.audience_unit is None
    with translation.override("en"):
        for value in (f"c{OTHER_CIRCLE}", "c", "cx", "c999"):
            form = StoryForm({**data, "audience": value}, kind="tip", author=employee, media=[])
            assert not form.is_valid()
            assert list(form.errors) == ["audience"]


def test_circle_stories_list_and_page(
    members: dict[int, set[int]], employee: Person, colleague: Person
) -> None:
    story = story_publish(author=employee, kind="tip", content=_content(circle_id=CIRCLE))
    assert stories_for_circle(viewer=employee, circle_id=CIRCLE) == [story]
    assert stories_for_circle(viewer=colleague, circle_id=CIRCLE) == []
    url = story.get_absolute_url()
    member = Client()
    member.force_login(employee)
    response = member.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert f"Circle {CIRCLE}" in response.content.decode()
    outsider = Client()
    outsider.force_login(colleague)
    assert outsider.get(url).status_code == 404
    assert outsider.get(reverse("stories:feed")).status_code == 200
