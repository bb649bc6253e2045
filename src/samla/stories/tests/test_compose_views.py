"""The composer's pages: new story, drafts (private), autosave, preview, topics, publishing,
editing, history and deleting — with and without htmx."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Org, client_for
from django.test import Client
from django.urls import reverse

from samla.people.models import Person
from samla.people.tests.factories import SkillFactory
from samla.stories.models import Story, StoryDraft, StoryRevision
from samla.stories.services import compose
from samla.stories.services.compose import (
    DRAFT_MAX_BYTES,
    StoryContent,
    draft_save,
    story_publish,
    story_update,
)

pytestmark = pytest.mark.django_db

NEW = reverse("stories:story-new")
AUTOSAVE = reverse("stories:draft-autosave")
PREVIEW = reverse("stories:story-preview")
DRAFTS = reverse("stories:draft-list")

LESSON_POST = {
    "kind": "lesson",
    "title": "The weekend migration",
    "language": "en",
    "audience": "",
    "section_tried": "We tried to migrate billing over a weekend.",
    "section_happened": "The rollback took six hours.",
    "section_learned": "Rehearse the rollback.",
    "section_next_time": "A dry run the week before.",
}


def lesson_story(author: Person, **content: Any) -> Story:
    values: dict[str, Any] = {
        "title": "The weekend migration",
        "sections": {
            "tried": "We tried.",
            "happened": "It broke.",
            "learned": "Rehearse.",
            "next_time": "Dry run.",
        },
        "language": "en",
    }
    values.update(content)
    return story_publish(author=author, kind="lesson", content=StoryContent(**values))


# --- starting a story -------------------------------------------------------------------------


def test_new_without_a_kind_offers_every_kind(as_employee: Client) -> None:
    response = as_employee.get(NEW)
    body = response.content.decode()
    assert response.status_code == 200
    for kind in ["learning", "success", "lesson", "tip", "article", "experiment", "media"]:
        assert f"?kind={kind}" in body


def test_an_unknown_kind_is_bad_input(as_employee: Client) -> None:
    response = as_employee.get(NEW, {"kind": "poem"})
    assert response.status_code == 400
    assert "is not a kind of story" in response.content.decode()


def test_the_lesson_composer_guides_and_defaults_to_the_authors_language(
    colleague: Person,
) -> None:
    response = client_for(colleague).get(NEW, {"kind": "lesson"})
    body = response.content.decode()
    assert response.status_code == 200
    assert response.context["form"]["language"].value() == "sv"  # the colleague's language
    assert "composer.js" in body
    assert 'hx-trigger="samla:autosave"' in body
    for name in [
        "section_tried",
        "section_happened",
        "section_learned",
        "section_next_time",
        "asks_leader_response",
        "topic_q",
    ]:
        assert f'name="{name}"' in body
    assert 'name="link_url"' not in body


def test_requires_sign_in(client: Client) -> None:
    response = client.get(NEW, {"kind": "tip"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


# --- drafts: saving, autosave, privacy --------------------------------------------------------


def test_save_draft_without_javascript_and_resume_it(employee: Person, as_employee: Client) -> None:
    response = as_employee.post(
        NEW + "?kind=lesson", {**LESSON_POST, "action": "save", "draft_key": "page-1"}
    )
    draft = StoryDraft.objects.get(author=employee)
    assert response.status_code == 302
    assert response["Location"] == reverse("stories:draft-edit", args=[draft.pk])
    assert draft.data["section_happened"] == "The rollback took six hours."
    page = as_employee.get(response["Location"])
    assert "The rollback took six hours." in page.content.decode()
    assert page.context["form"]["title"].value() == "The weekend migration"


def test_autosave_with_htmx_creates_then_updates_one_draft(
    employee: Person, as_employee: Client, htmx_headers: dict[str, str]
) -> None:
    first = as_employee.post(
        AUTOSAVE, {**LESSON_POST, "draft_key": "page-2", "draft": ""}, **htmx_headers
    )
    draft = StoryDraft.objects.get(author=employee)
    body = first.content.decode()
    assert first.status_code == 200
    assert "Draft saved at" in body
    assert 'id="autosave-status"' in body
    assert f'name="draft" id="composer-draft" value="{draft.pk}" hx-swap-oob="true"' in body
    assert first["HX-Replace-Url"] == reverse("stories:draft-edit", args=[draft.pk])
    assert "<html" not in body

    second = as_employee.post(
        AUTOSAVE,
        {**LESSON_POST, "title": "Renamed", "draft_key": "page-2", "draft": str(draft.pk)},
        **htmx_headers,
    )
    assert second.status_code == 200
    assert "HX-Replace-Url" not in second
    assert list(StoryDraft.objects.values_list("pk", flat=True)) == [draft.pk]
    assert StoryDraft.objects.get().data["title"] == "Renamed"


def test_autosave_from_a_closing_page_answers_204(employee: Person, as_employee: Client) -> None:
    response = as_employee.post(AUTOSAVE, {**LESSON_POST, "draft_key": "beacon"})
    assert response.status_code == 204
    assert StoryDraft.objects.get().data["title"] == "The weekend migration"


def test_autosave_refuses_an_oversized_draft_clearly(
    as_employee: Client, htmx_headers: dict[str, str]
) -> None:
    response = as_employee.post(
        AUTOSAVE,
        {**LESSON_POST, "section_tried": "x" * (DRAFT_MAX_BYTES + 10)},
        **htmx_headers,
    )
    assert response.status_code == 422
    assert "too long to be saved" in response.content.decode()
    assert 'role="alert"' in response.content.decode()
    assert not StoryDraft.objects.exists()


def test_autosave_with_an_unknown_kind_is_bad_input(as_employee: Client, htmx_headers) -> None:
    response = as_employee.post(AUTOSAVE, {"kind": "poem", "title": "x"}, **htmx_headers)
    assert response.status_code == 400
    assert not StoryDraft.objects.exists()


@pytest.mark.parametrize("persona", ["colleague", "manager", "learning_lead", "org_admin"])
def test_a_draft_is_404_for_every_other_persona(
    request: pytest.FixtureRequest, employee: Person, persona: str, htmx_headers
) -> None:
    draft = draft_save(author=employee, kind="lesson", data={"title": "Private thoughts"})
    other = client_for(request.getfixturevalue(persona))
    urls = [
        reverse("stories:draft-edit", args=[draft.pk]),
        reverse("stories:draft-delete", args=[draft.pk]),
    ]
    for url in urls:
        assert other.get(url).status_code == 404
        assert other.post(url, {**LESSON_POST, "action": "save"}).status_code == 404
    assert (
        other.post(AUTOSAVE, {"draft": draft.pk, "title": "Mine"}, **htmx_headers).status_code
        == 404
    )
    assert (
        other.post(NEW, {**LESSON_POST, "draft": draft.pk, "action": "publish"}).status_code == 404
    )
    assert "Private thoughts" not in other.get(DRAFTS).content.decode()
    draft.refresh_from_db()
    assert draft.data == {"title": "Private thoughts"}
    assert not Story.objects.exists()


def test_my_drafts_lists_only_mine_with_a_constant_number_of_queries(
    employee: Person, colleague: Person, as_employee: Client, django_assert_num_queries
) -> None:
    draft_save(author=colleague, kind="tip", data={"title": "Not yours"})
    draft_save(author=employee, kind="tip", data={"title": "Tip one"})
    with django_assert_num_queries(4):
        response = as_employee.get(DRAFTS)
    assert [row["title"] for row in response.context["rows"]] == ["Tip one"]
    story = lesson_story(employee)
    draft_save(author=employee, kind="lesson", data={"title": "Edit"}, story=story)
    draft_save(author=employee, kind="learning", data={})
    with django_assert_num_queries(4):
        response = as_employee.get(DRAFTS)
    body = response.content.decode()
    assert len(response.context["rows"]) == 3
    assert "Untitled draft" in body
    assert "Unsaved changes to “The weekend migration”" in body
    assert reverse("stories:story-edit", args=[story.pk]) in body
    assert "Not yours" not in body


def test_delete_a_draft_after_confirming(employee: Person, as_employee: Client) -> None:
    draft = draft_save(author=employee, kind="tip", data={"title": "Gone soon"})
    url = reverse("stories:draft-delete", args=[draft.pk])
    page = as_employee.get(url)
    assert page.status_code == 200
    assert "Delete the draft “Gone soon”?" in page.content.decode()
    response = as_employee.post(url)
    assert response.status_code == 302
    assert response["Location"] == DRAFTS
    assert not StoryDraft.objects.exists()


# --- preview and topics -----------------------------------------------------------------------


def test_preview_with_htmx_renders_sanitised_sections_and_the_sensitive_check(
    as_employee: Client, htmx_headers: dict[str, str], manager: Person
) -> None:
    handle = manager.email.split("@")[0]
    post = {
        **LESSON_POST,
        "section_happened": f"<script>alert(1)</script> **Bo** was on sick leave. @{handle}",
    }
    response = as_employee.post(PREVIEW, post, **htmx_headers)
    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="story-preview"' in body
    assert "<strong>Bo</strong>" in body
    assert "<script>" not in body
    assert "&lt;script&gt;" in body
    assert 'id="sensitive-check" hx-swap-oob="true"' in body
    assert "“sick leave”" in body
    assert 'name="sensitive_checked"' in body
    assert f'class="mention">@{handle}</a>' in body
    assert "<html" not in body


def test_preview_of_an_unknown_kind_is_bad_input(as_employee: Client, htmx_headers) -> None:
    assert as_employee.post(PREVIEW, {"kind": "x"}, **htmx_headers).status_code == 400


def test_preview_without_javascript_saves_and_shows_the_page(
    employee: Person, as_employee: Client
) -> None:
    response = as_employee.post(NEW, {**LESSON_POST, "action": "preview", "draft_key": "p"})
    body = response.content.decode()
    assert response.status_code == 200
    assert '<h2 id="preview-heading">Preview</h2>' in body
    assert "<p>The rollback took six hours.</p>" in body
    draft = StoryDraft.objects.get(author=employee)
    assert f'value="{draft.pk}"' in body


def test_topic_suggestions_with_htmx_keep_the_chosen_ones(
    as_employee: Client, htmx_headers: dict[str, str]
) -> None:
    chosen = SkillFactory(name_en="Facilitation", name_da="Facilitering")
    SkillFactory(name_en="Facility management")
    SkillFactory(name_en="Python")
    response = as_employee.get(
        reverse("stories:topic-suggest"),
        {"topic_q": "facilit", "topics": [str(chosen.pk)]},
        **htmx_headers,
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert body.count('type="checkbox"') == 2
    assert f'value="{chosen.pk}" id="topic-{chosen.pk}" checked' in body
    assert "Facility management" in body
    assert "Python" not in body
    empty = as_employee.get(reverse("stories:topic-suggest"), {"topic_q": "zzz"}, **htmx_headers)
    assert "No topic matches “zzz”." in empty.content.decode()


def test_find_topics_without_javascript(employee: Person, as_employee: Client) -> None:
    SkillFactory(name_en="Facilitation", name_sv="Facilitering")
    response = as_employee.post(
        NEW, {**LESSON_POST, "action": "find_topics", "topic_q": "faciliter", "draft_key": "t"}
    )
    assert response.status_code == 200
    assert [s.name for s in response.context["topic_suggestions"]] == ["Facilitation"]


# --- publishing -------------------------------------------------------------------------------


def test_publish_without_javascript(employee: Person, as_employee: Client) -> None:
    skill = SkillFactory(slug="migrations")
    as_employee.post(NEW, {**LESSON_POST, "action": "save", "draft_key": "k"})
    draft = StoryDraft.objects.get()
    response = as_employee.post(
        reverse("stories:draft-edit", args=[draft.pk]),
        {**LESSON_POST, "action": "publish", "topics": [str(skill.pk)], "draft_key": "k"},
    )
    story = Story.objects.get()
    assert response.status_code == 302
    assert response["Location"] == story.get_absolute_url()
    assert (story.title, story.author, story.kind) == ("The weekend migration", employee, "lesson")
    assert list(story.topics.all()) == [skill]
    assert not StoryDraft.objects.exists()


def test_publishing_the_same_page_twice_makes_one_story(
    employee: Person, as_employee: Client
) -> None:
    # A double click on "Publish" before any draft was saved (no JavaScript)…
    publish = {**LESSON_POST, "action": "publish", "draft_key": "twice"}
    first = as_employee.post(NEW, publish)
    second = as_employee.post(NEW, publish)
    story = Story.objects.get()
    assert first["Location"] == second["Location"] == story.get_absolute_url()
    # …and once more from the draft's own page, whose draft the first publish used up.
    as_employee.post(NEW, {**LESSON_POST, "action": "save", "draft_key": "resumed"})
    draft = StoryDraft.objects.get()
    url = reverse("stories:draft-edit", args=[draft.pk])
    again = {**LESSON_POST, "action": "publish", "draft_key": "resumed"}
    assert as_employee.post(url, again).status_code == 302
    response = as_employee.post(url, again)
    assert Story.objects.count() == 2
    assert response["Location"] == Story.objects.get(publish_key="resumed").get_absolute_url()


def test_the_publish_key_is_per_author(employee: Person, colleague: Person) -> None:
    content = compose.StoryContent(
        title="Same key", sections={"tip": "Short and sweet."}, language="en"
    )
    a = compose.story_publish(author=employee, kind="tip", content=content, publish_key="k")
    b = compose.story_publish(author=colleague, kind="tip", content=content, publish_key="k")
    again = compose.story_publish(author=employee, kind="tip", content=content, publish_key="k")
    assert a != b and again == a
    assert Story.objects.count() == 2


def test_publish_with_errors_keeps_the_text_and_answers_422(
    employee: Person, as_employee: Client
) -> None:
    response = as_employee.post(
        NEW, {**LESSON_POST, "section_learned": "", "action": "publish", "draft_key": "e"}
    )
    assert response.status_code == 422
    assert "Please correct the marked fields." in response.content.decode()
    assert "section_learned" in response.context["form"].errors
    assert not Story.objects.exists()
    assert StoryDraft.objects.get().data["section_tried"] == LESSON_POST["section_tried"]


def test_publish_with_sensitive_words_needs_the_tick(employee: Person, as_employee: Client) -> None:
    post = {
        **LESSON_POST,
        "section_happened": "Bo was sjukskriven.",
        "action": "publish",
        "draft_key": "s",
    }
    refused = as_employee.post(NEW, post)
    assert refused.status_code == 422
    assert "“sjukskriven”" in refused.content.decode()
    assert not Story.objects.exists()
    accepted = as_employee.post(NEW, {**post, "sensitive_checked": "on"})
    assert accepted.status_code == 302
    assert Story.objects.count() == 1


# --- editing, history, deleting ---------------------------------------------------------------


def test_edit_a_story(employee: Person, as_employee: Client, htmx_headers) -> None:
    story = lesson_story(employee)
    url = reverse("stories:story-edit", args=[story.pk])
    page = as_employee.get(url)
    assert page.status_code == 200
    assert page.context["form"]["section_happened"].value() == "It broke."

    autosave = as_employee.post(
        AUTOSAVE, {**LESSON_POST, "story": story.pk, "title": "Half-edited"}, **htmx_headers
    )
    assert autosave.status_code == 200
    draft = StoryDraft.objects.get(story=story)
    assert 'id="composer-draft"' not in autosave.content.decode()
    assert as_employee.get(url).context["form"]["title"].value() == "Half-edited"

    response = as_employee.post(url, {**LESSON_POST, "action": "publish", "title": "Renamed"})
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.title == "Renamed"
    assert StoryRevision.objects.get(story=story).title == "The weekend migration"
    assert not StoryDraft.objects.filter(pk=draft.pk).exists()


def test_only_the_author_may_edit(
    org: Org, employee: Person, colleague: Person, manager: Person, org_admin: Person
) -> None:
    story = lesson_story(employee, audience_unit=org.platform)
    url = reverse("stories:story-edit", args=[story.pk])
    for person in (colleague, manager, org_admin):
        client = client_for(person)
        assert client.get(url).status_code == 404
        assert client.post(url, {**LESSON_POST, "action": "publish"}).status_code == 404
        assert client.post(AUTOSAVE, {"story": story.pk, "title": "x"}).status_code == 404
    assert Story.objects.get().title == "The weekend migration"


def test_history_for_the_author_and_moderators_with_constant_queries(
    employee: Person,
    as_employee: Client,
    learning_lead: Person,
    colleague: Person,
    django_assert_num_queries,
) -> None:
    story = lesson_story(employee)
    url = reverse("stories:story-history", args=[story.pk])
    story_update(
        story=story,
        editor=employee,
        content=StoryContent(title="Second", sections=dict(story.sections), language="en"),
    )
    with django_assert_num_queries(5):
        response = as_employee.get(url)
    assert [rev.title for rev, _parts in response.context["revisions"]] == ["The weekend migration"]
    for title in ["Third", "Fourth"]:
        story_update(
            story=Story.objects.get(),
            editor=employee,
            content=StoryContent(title=title, sections=dict(story.sections), language="en"),
        )
    with django_assert_num_queries(5):
        response = as_employee.get(url)
    assert [rev.title for rev, _parts in response.context["revisions"]] == [
        "Third",
        "Second",
        "The weekend migration",
    ]
    assert "Rehearse." in response.content.decode()
    assert client_for(learning_lead).get(url).status_code == 200
    assert client_for(colleague).get(url).status_code == 404


def test_history_of_a_unit_story_is_404_for_a_moderator_outside_it(
    org: Org, employee: Person, learning_lead: Person
) -> None:
    story = lesson_story(employee, audience_unit=org.platform)
    url = reverse("stories:story-history", args=[story.pk])
    assert client_for(learning_lead).get(url).status_code == 404


def test_the_author_deletes_after_confirming(
    employee: Person, as_employee: Client, org_admin: Person, colleague: Person
) -> None:
    story = lesson_story(employee)
    url = reverse("stories:story-delete", args=[story.pk])
    for person in (colleague, org_admin):  # admins remove through moderation, not here
        assert client_for(person).post(url).status_code == 404
    page = as_employee.get(url)
    assert page.status_code == 200
    assert "Delete “The weekend migration” for good?" in page.content.decode()
    response = as_employee.post(url)
    assert response.status_code == 302
    assert not Story.objects.exists()
