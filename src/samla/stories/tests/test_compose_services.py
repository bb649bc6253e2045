"""Writing services: drafts, publishing and its side effects, editing with history, deleting."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from conftest import Org
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation

from samla.notifications.models import Notification
from samla.people.enums import Role
from samla.people.models import Person, Skill
from samla.people.tests.factories import PersonFactory, SkillFactory
from samla.record.enums import Verb, Visibility
from samla.record.models import Activity
from samla.search.fulltext import search
from samla.stories import notices
from samla.stories.enums import ExperimentStatus, StoryKind
from samla.stories.models import Story, StoryDraft, StoryRevision, StoryTopic
from samla.stories.services.compose import (
    DRAFT_MAX_BYTES,
    StoryContent,
    draft_delete,
    draft_save,
    story_delete,
    story_publish,
    story_update,
    teaser_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english() -> object:
    """Messages are asserted in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


LESSON = {
    "tried": "We tried to **migrate** the billing service over a weekend.",
    "happened": "The rollback took six hours because nobody had rehearsed it.",
    "learned": "Rehearse the rollback, not only the migration.",
    "next_time": "A dry run of the rollback the week before.",
}


def lesson(**changes: Any) -> StoryContent:
    values: dict[str, Any] = {
        "title": "The weekend migration",
        "sections": dict(LESSON),
        "language": "en",
    }
    values.update(changes)
    return StoryContent(**values)


def found(person: Person, query: str) -> list[str]:
    page = search(query=query, viewer_unit_path=person.unit.path if person.unit else None)
    return [hit.object_id for hit in page.hits]


def kinds_of(person: Person) -> list[str]:
    return list(Notification.objects.filter(recipient=person).values_list("kind", flat=True))


@pytest.fixture
def skill() -> Skill:
    return SkillFactory(slug="incident-response", name_en="Incident response")


# --- drafts -----------------------------------------------------------------------------------


def test_draft_keeps_only_the_composer_fields(employee: Person) -> None:
    data = {
        "title": "Half a thought",
        "section_tried": "We tried",
        "section_bogus": "not a section of a lesson",
        "topics": ["3", "", "4"],
        "is_staff": "on",
        "csrfmiddlewaretoken": "x",
        "alt_12": "A whiteboard",
        "alt_x": "no",
    }
    draft = draft_save(author=employee, kind=StoryKind.LESSON, data=data)
    assert draft.data == {
        "title": "Half a thought",
        "section_tried": "We tried",
        "topics": ["3", "4"],
        "alt_12": "A whiteboard",
    }
    assert (draft.author, draft.kind, draft.story) == (employee, StoryKind.LESSON, None)


def test_the_same_page_key_saves_into_the_same_draft(employee: Person) -> None:
    first = draft_save(author=employee, kind="lesson", data={"draft_key": "k1", "title": "A"})
    again = draft_save(author=employee, kind="lesson", data={"draft_key": "k1", "title": "AB"})
    other = draft_save(author=employee, kind="lesson", data={"draft_key": "k2", "title": "C"})
    assert first.pk == again.pk != other.pk
    assert StoryDraft.objects.get(pk=first.pk).data["title"] == "AB"


def test_a_draft_too_large_is_refused_and_nothing_is_saved(employee: Person) -> None:
    big = {"title": "Long", "section_tried": "x" * (DRAFT_MAX_BYTES + 1)}
    with pytest.raises(ValidationError) as exc:
        draft_save(author=employee, kind="lesson", data=big)
    assert "too long to be saved" in exc.value.messages[0]
    assert not StoryDraft.objects.exists()


def test_nobody_saves_into_someone_elses_draft(employee: Person, colleague: Person) -> None:
    draft = draft_save(author=employee, kind="tip", data={"title": "Mine"})
    with pytest.raises(PermissionDenied):
        draft_save(author=colleague, kind="tip", data={"title": "Theirs"}, draft=draft)
    with pytest.raises(PermissionDenied):
        draft_delete(draft=draft, by=colleague)
    assert StoryDraft.objects.get(pk=draft.pk).data == {"title": "Mine"}


def test_an_edit_has_one_draft_per_author_and_story(employee: Person) -> None:
    story = story_publish(author=employee, kind="lesson", content=lesson())
    a = draft_save(author=employee, kind="tip", data={"title": "Edit 1"}, story=story)
    b = draft_save(author=employee, kind="lesson", data={"title": "Edit 2"}, story=story)
    assert a.pk == b.pk
    assert b.kind == StoryKind.LESSON  # the story's kind, whatever was posted
    assert StoryDraft.objects.filter(story=story).count() == 1


# --- publishing -------------------------------------------------------------------------------


def test_publishing_a_lesson_stores_renders_records_indexes_and_asks_the_manager(
    employee: Person, manager: Person, colleague: Person, skill: Skill
) -> None:
    draft = draft_save(author=employee, kind="lesson", data={"title": "The weekend migration"})
    story = story_publish(
        author=employee,
        kind="lesson",
        draft=draft,
        content=lesson(topics=[skill], asks_leader_response=True),
    )
    story.refresh_from_db()
    assert story.sections == LESSON
    assert story.sections_html["tried"] == (
        "<p>We tried to <strong>migrate</strong> the billing service over a weekend.</p>\n"
    )
    assert story.teaser.startswith("We tried to migrate the billing service over a weekend.")
    assert (story.author_unit, story.by_leader, story.asks_leader_response) == (
        employee.unit,
        False,
        True,
    )
    assert not StoryDraft.objects.filter(pk=draft.pk).exists()
    topic = StoryTopic.objects.get(story=story)
    assert (topic.skill, topic.published_at) == (skill, story.published_at)

    activity = Activity.objects.get(object_type="story", object_id=str(story.pk))
    assert (activity.actor, activity.verb, activity.visibility) == (
        employee,
        Verb.SHARED,
        Visibility.ORGANISATION,
    )
    assert (activity.topics, activity.object_url) == (
        ["incident-response"],
        story.get_absolute_url(),
    )

    assert kinds_of(manager) == [notices.RESPONSE_REQUESTED.key]
    note = Notification.objects.get(recipient=manager)
    assert note.params == {"actor": employee.full_name, "title": "The weekend migration"}
    assert note.url == story.get_absolute_url()
    assert found(colleague, "rollback") == [str(story.pk)]


def test_a_managers_lesson_is_a_leaders_lesson(manager: Person, employee: Person) -> None:
    story = story_publish(author=manager, kind="lesson", content=lesson())
    assert story.by_leader is True
    tip = story_publish(
        author=manager,
        kind="tip",
        content=StoryContent(title="Tip", sections={"tip": "Use a timer."}, language="en"),
    )
    assert tip.by_leader is False


def test_without_a_manager_up_to_five_learning_leads_who_can_read_it_are_asked(
    org: Org, colleague: Person
) -> None:
    leads = [PersonFactory(unit=org.sales, role=Role.LEARNING_LEAD) for _ in range(6)]
    outside = PersonFactory(unit=org.platform, role=Role.LEARNING_LEAD)
    story = story_publish(
        author=colleague,
        kind="lesson",
        content=lesson(asks_leader_response=True, audience_unit=org.sales),
    )
    asked = set(
        Notification.objects.filter(kind=notices.RESPONSE_REQUESTED.key).values_list(
            "recipient", flat=True
        )
    )
    assert len(asked) == 5
    assert asked <= {lead.pk for lead in leads}
    assert outside.pk not in asked
    assert colleague.pk not in asked
    assert story.pk


def test_mentions_tell_only_people_who_can_read_the_story(
    org: Org, employee: Person, manager: Person, colleague: Person
) -> None:
    text = (
        f"Thanks @{manager.email.split('@')[0]} and @{colleague.email.split('@')[0]} "
        f"and me, @{employee.email.split('@')[0]}."
    )
    story = story_publish(
        author=employee,
        kind="tip",
        content=StoryContent(
            title="Pairing", sections={"tip": text}, language="en", audience_unit=org.platform
        ),
    )
    assert kinds_of(manager) == ["mentioned"]
    assert kinds_of(colleague) == []  # outside the audience: no notification, no title leaked
    assert kinds_of(employee) == []  # never the author
    assert f'class="mention">@{manager.email.split("@")[0]}</a>' in story.sections_html["tip"]
    activity = Activity.objects.get(object_id=str(story.pk))
    assert activity.visibility == Visibility.PRIVATE  # a unit's story stays off public activity


def test_an_experiment_asks_its_sponsor(employee: Person, manager: Person) -> None:
    story = story_publish(
        author=employee,
        kind="experiment",
        content=StoryContent(
            title="Silent Fridays",
            sections={"hypothesis": "We believe quiet Fridays lead to more deep work."},
            language="en",
            sponsor=manager,
            starts_on=date(2030, 1, 1),
            ends_on=date(2030, 2, 1),
            experiment_status=ExperimentStatus.PLANNED,
        ),
    )
    assert (story.sponsor, story.experiment_status) == (manager, ExperimentStatus.PLANNED)
    assert kinds_of(manager) == [notices.SPONSOR_ASKED.key]


def test_a_media_story_needs_a_video_or_an_image(employee: Person) -> None:
    with pytest.raises(ValidationError):
        story_publish(
            author=employee,
            kind="media",
            content=StoryContent(title="Film", sections={"summary": "A film."}, language="en"),
        )
    assert not Story.objects.exists()
    assert not Activity.objects.exists()


def test_someone_elses_draft_cannot_be_published(employee: Person, colleague: Person) -> None:
    draft = draft_save(author=employee, kind="lesson", data={"title": "x"})
    with pytest.raises(PermissionDenied):
        story_publish(author=colleague, kind="lesson", content=lesson(), draft=draft)
    assert StoryDraft.objects.filter(pk=draft.pk).exists()


def test_teaser_is_cut_at_a_word() -> None:
    text = "word " * 100
    teaser = teaser_of(text)
    assert len(teaser) <= 281
    assert teaser.endswith("word…")
    assert teaser_of("short") == "short"


# --- editing, history, deleting ---------------------------------------------------------------


def test_editing_keeps_the_old_version_and_reindexes(
    employee: Person, manager: Person, colleague: Person, skill: Skill
) -> None:
    story = story_publish(author=employee, kind="lesson", content=lesson())
    handle = manager.email.split("@")[0]
    changed = dict(LESSON, learned=f"Rehearse the restore drill with @{handle}.")
    draft = draft_save(author=employee, kind="lesson", data={"title": "x"}, story=story)
    story_update(
        story=story,
        editor=employee,
        draft=draft,
        content=lesson(title="The weekend migration, revisited", sections=changed, topics=[skill]),
    )
    story.refresh_from_db()
    assert story.title == "The weekend migration, revisited"
    assert story.edited_at is not None
    revision = StoryRevision.objects.get(story=story)
    assert (revision.title, revision.sections, revision.editor) == (
        "The weekend migration",
        LESSON,
        employee,
    )
    assert list(StoryTopic.objects.filter(story=story).values_list("skill", flat=True)) == [
        skill.pk
    ]
    assert not StoryDraft.objects.filter(story=story).exists()
    assert found(colleague, "drill") == [str(story.pk)]
    assert kinds_of(manager) == ["mentioned"]

    # Mentioned already: a second edit does not tell them again.
    story_update(story=story, editor=employee, content=lesson(sections=changed))
    assert kinds_of(manager) == ["mentioned"]
    assert StoryRevision.objects.filter(story=story).count() == 2


def test_only_the_author_edits_or_deletes(employee: Person, colleague: Person) -> None:
    story = story_publish(author=employee, kind="lesson", content=lesson())
    with pytest.raises(PermissionDenied):
        story_update(story=story, editor=colleague, content=lesson(title="Mine now"))
    with pytest.raises(PermissionDenied):
        story_delete(story=story, by=colleague)
    assert Story.objects.get(pk=story.pk).title == "The weekend migration"


def test_deleting_removes_the_story_and_its_search_entry(
    employee: Person, colleague: Person
) -> None:
    story = story_publish(author=employee, kind="lesson", content=lesson())
    draft_save(author=employee, kind="lesson", data={"title": "x"}, story=story)
    assert found(colleague, "rollback") == [str(story.pk)]
    story_delete(story=story, by=employee)
    assert not Story.objects.exists()
    assert not StoryDraft.objects.exists()
    assert found(colleague, "rollback") == []
