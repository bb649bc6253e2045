"""Highlights by learning leads, and the care actions each role sees on a story."""

from __future__ import annotations

import pytest
from conftest import Org, client_for
from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse

from samla.people.models import Person
from samla.stories.enums import StoryState
from samla.stories.models import ModerationEntry, Story
from samla.stories.services import care
from samla.stories.tests.factories import CommentFactory, StoryFactory

pytestmark = pytest.mark.django_db


def highlight_url(story: Story) -> str:
    return reverse("stories:highlight", args=[story.pk])


def test_learning_lead_highlights_and_unhighlights(
    employee: Person, learning_lead: Person, as_learning_lead: Client
) -> None:
    story = StoryFactory(author=employee)
    response = as_learning_lead.post(highlight_url(story), {"on": "1"})
    assert response.status_code == 302 and response["Location"] == story.get_absolute_url()
    story.refresh_from_db()
    assert story.highlighted_at is not None and story.highlighted_by == learning_lead
    first = story.highlighted_at
    # Highlighting again changes nothing.
    as_learning_lead.post(highlight_url(story), {"on": "1"})
    assert Story.objects.get(pk=story.pk).highlighted_at == first
    as_learning_lead.post(highlight_url(story), {"on": "0"})
    story.refresh_from_db()
    assert (story.highlighted_at, story.highlighted_by) == (None, None)
    assert not ModerationEntry.objects.exists()


def test_highlight_by_htmx_returns_the_care_actions(
    employee: Person, as_learning_lead: Client, htmx_headers: dict[str, str]
) -> None:
    story = StoryFactory(author=employee)
    response = as_learning_lead.post(highlight_url(story), {"on": "1"}, **htmx_headers)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert f'id="care-actions-{story.pk}"' in html
    assert "Remove the highlight" in html
    bad = as_learning_lead.post(highlight_url(story), {"on": "yes"}, **htmx_headers)
    assert bad.status_code == 422
    assert "Choose to highlight or not." in bad.content.decode()
    assert as_learning_lead.post(highlight_url(story), {}).status_code == 422


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("employee", 403),
        ("colleague", 403),
        ("manager", 403),
        ("learning_lead", 302),
        ("org_admin", 302),
    ],
)
def test_who_may_highlight(
    request: pytest.FixtureRequest, employee: Person, persona: str, status: int
) -> None:
    story = StoryFactory(author=employee)
    person: Person = request.getfixturevalue(persona)
    assert client_for(person).post(highlight_url(story), {"on": "1"}).status_code == status
    assert (Story.objects.get(pk=story.pk).highlighted_at is not None) is (status == 302)


def test_highlight_of_unseen_or_hidden_story(
    org: Org, employee: Person, learning_lead: Person, as_learning_lead: Client
) -> None:
    unseen = StoryFactory(author=employee, audience_unit=org.platform)
    assert as_learning_lead.post(highlight_url(unseen), {"on": "1"}).status_code == 404
    hidden = StoryFactory(author=employee, state=StoryState.HIDDEN)
    assert as_learning_lead.post(highlight_url(hidden), {"on": "1"}).status_code == 403
    with pytest.raises(PermissionDenied):
        care.story_highlight_set(story=hidden, by=learning_lead, on=True)


def test_removing_a_story_drops_its_highlight(
    employee: Person, learning_lead: Person, org_admin: Person
) -> None:
    story = StoryFactory(author=employee)
    care.story_highlight_set(story=story, by=learning_lead, on=True)
    care.story_remove(by=org_admin, story=story)
    assert Story.objects.get(pk=story.pk).highlighted_at is None


# --- the care actions on a story page -----------------------------------------------------------


def render_actions(story: Story, viewer: Person) -> str:
    return render_to_string("stories/_care_actions.html", {"story": story, "viewer": viewer})


def test_care_actions_per_role(
    employee: Person,
    colleague: Person,
    manager: Person,
    learning_lead: Person,
    org_admin: Person,
) -> None:
    story = StoryFactory(author=employee)
    report = reverse("stories:report-story", args=[story.pk])
    remove = reverse("stories:story-remove", args=[story.pk])
    moderate = reverse("stories:moderate-story", args=[story.pk])

    author = render_actions(story, employee)
    assert report not in author and remove not in author and moderate not in author
    for viewer in (colleague, manager):
        html = render_actions(story, viewer)
        assert report in html
        assert highlight_url(story) not in html and moderate not in html and remove not in html
    lead = render_actions(story, learning_lead)
    assert report in lead and highlight_url(story) in lead and moderate in lead
    assert 'value="hide"' in lead and remove not in lead
    admin = render_actions(story, org_admin)
    assert remove in admin and highlight_url(story) in admin

    care.report_create(reporter=colleague, story=story, reason="other")
    after = render_actions(story, colleague)
    assert report not in after and "You reported this story." in after
    assert "1 open report" in render_actions(story, learning_lead)


def test_hidden_story_banner_for_its_author(employee: Person, learning_lead: Person) -> None:
    story = StoryFactory(author=employee)
    care.moderation_hide(by=learning_lead, target=story, note="Please remove the name.")
    html = render_actions(story, employee)
    assert "A moderator has hidden this story." in html
    assert "Please remove the name." in html
    lead = render_actions(story, learning_lead)
    assert 'value="restore"' in lead and "A moderator has hidden" not in lead


def test_comment_care_actions(
    employee: Person,
    manager: Person,
    colleague: Person,
    learning_lead: Person,
    org_admin: Person,
) -> None:
    story = StoryFactory(author=employee)
    comment = CommentFactory(story=story, author=manager)

    def render(viewer: Person) -> str:
        return render_to_string(
            "stories/_care_comment_actions.html",
            {"comment": comment, "story": story, "viewer": viewer},
        )

    report = reverse("stories:report-comment", args=[comment.pk])
    moderate = reverse("stories:moderate-comment", args=[comment.pk])
    remove = reverse("stories:comment-remove", args=[comment.pk])
    assert render(manager).strip() == ""
    assert report in render(colleague) and moderate not in render(colleague)
    assert moderate in render(learning_lead) and remove not in render(learning_lead)
    assert remove in render(org_admin)
