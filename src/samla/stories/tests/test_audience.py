"""The audience rule: the same in Python (permissions) and SQL (selectors), and kept when units
change."""

from __future__ import annotations

import pytest
from conftest import Org
from django.core.exceptions import ValidationError

from samla.people.models import Person
from samla.people.services import orgunit_delete
from samla.people.tests.factories import OrgUnitFactory, PersonFactory
from samla.stories.permissions import can_view_story, in_audience, unit_ancestor_ids
from samla.stories.selectors import stories_visible_to
from samla.stories.tests.factories import StoryFactory

pytestmark = pytest.mark.django_db


def test_unit_ancestor_ids_follow_the_materialised_path(org: Org, employee: Person) -> None:
    sub = OrgUnitFactory(parent=employee.unit)
    person = PersonFactory(unit=sub)
    ids = unit_ancestor_ids(person)
    assert ids[-2:] == [employee.unit.pk, sub.pk]
    assert ids == [int(p) for p in _split(sub.path)]


def _split(path: str) -> list[str]:
    return [path[i : i + 6] for i in range(0, len(path), 6)]


def test_unit_story_is_seen_by_the_unit_and_its_sub_units_only(
    employee: Person, colleague: Person, manager: Person
) -> None:
    sub = OrgUnitFactory(parent=employee.unit)
    member_of_sub = PersonFactory(unit=sub)
    nobody_unit = PersonFactory(unit=None)
    story = StoryFactory(author=employee, audience_unit=employee.unit)
    org_story = StoryFactory(author=colleague)
    for viewer, sees in [
        (employee, True),
        (member_of_sub, True),
        (colleague, False),
        (nobody_unit, False),
    ]:
        assert in_audience(viewer, story) is sees
        assert (story in stories_visible_to(viewer)) is sees
        assert can_view_story(viewer, story) is (sees or viewer == employee)
        assert org_story in stories_visible_to(viewer)


def test_sub_unit_story_is_not_seen_from_the_parent(employee: Person) -> None:
    sub = OrgUnitFactory(parent=employee.unit)
    story = StoryFactory(author=PersonFactory(unit=sub), audience_unit=sub)
    assert not can_view_story(employee, story)
    assert story not in stories_visible_to(employee)


def test_a_unit_with_stories_addressed_to_it_cannot_be_deleted(employee: Person) -> None:
    empty = OrgUnitFactory(parent=employee.unit)
    StoryFactory(author=employee, audience_unit=empty)
    with pytest.raises(ValidationError, match="Content is addressed"):
        orgunit_delete(unit=empty)
    assert empty.__class__.objects.filter(pk=empty.pk).exists()
