"""Story cards built in Python (selectors.with_cards) show what the template used to compute, and
the card's reactions and bookmark are the same HTML as the partials htmx swaps in."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.template import engines
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation

from samla.people.models import Person
from samla.people.tests.factories import SkillFactory
from samla.stories import selectors
from samla.stories.models import Bookmark, Reaction
from samla.stories.tests.factories import StoryFactory

pytestmark = pytest.mark.django_db


def _squash(html: str) -> str:
    """Without whitespace, every CSRF token alike (each render masks the token anew)."""
    html = re.sub(r"\s+", "", html)
    return re.sub(r'(name="csrfmiddlewaretoken"value=")[^"]+', r"\g<1>X", html)


@pytest.mark.parametrize("language", ["en", "da", "sv", "nb"])
def test_card_fields_are_what_the_template_computed(
    employee: Person, colleague: Person, language: str
) -> None:
    topics = [SkillFactory(), SkillFactory()]
    story = StoryFactory(author=colleague, topics=topics, published_at=timezone.now())
    with translation.override(language):
        page = selectors.feed_latest(viewer=employee)
        (card_story,) = page.items
        card = card_story.card
        dates = engines["django"].from_string(
            "{{ d|date:'c' }}|{{ d|date:'DATE_FORMAT' }}|{{ s.get_kind_display }}"
        )
        iso, text, kind = dates.render({"d": story.published_at, "s": story}).split("|")
    assert card.id == str(story.pk)
    assert card.url == story.get_absolute_url()
    assert card.author_url == reverse("people:person-detail", args=[colleague.pk])
    assert card.author_name == colleague.full_name
    assert card.author_unit_url == reverse("stories:unit", args=[colleague.unit_id])
    assert card.author_unit_name == colleague.unit.name
    assert card.audience_name == ""
    assert card.react_url == reverse("stories:react", args=[story.pk])
    assert card.bookmark_url == reverse("stories:bookmark", args=[story.pk])
    assert sorted(card.topics) == sorted(
        (reverse("stories:topic", args=[t.slug]), t.name) for t in topics
    )
    assert (card.published_iso, card.published_text, card.kind) == (iso, text, kind)
    assert card.avatar_url == ""
    assert card.initials and 0 <= card.avatar_hue < 8


def test_card_reactions_and_bookmark_are_the_partials_html(
    employee: Person, colleague: Person
) -> None:
    story = StoryFactory(author=colleague, published_at=timezone.now() - timedelta(hours=1))
    Reaction.objects.create(story=story, person=employee, kind="helped")
    Bookmark.objects.create(story=story, person=employee)
    request = RequestFactory().get("/stories/latest/")
    request.user = employee
    page = selectors.feed_latest(viewer=employee)
    context = {"page": page, "back": "/stories/latest/", "more_url": None}
    card = _squash(render_to_string("stories/_read_feed_items.html", context, request=request))
    (item,) = page.items
    assert 'name="csrfmiddlewaretoken"value="X"' in card
    for partial in ("stories/_reactions.html", "stories/_read_bookmark.html"):
        context = {"story": item, "back": "/stories/latest/"}
        html = _squash(render_to_string(partial, context, request=request))
        assert html in card, partial
    assert "reaction--mine" in card and "bookmark--on" in card


def test_every_feed_sets_cards(employee: Person, colleague: Person) -> None:
    topic = SkillFactory()
    StoryFactory(author=colleague, topics=[topic], published_at=timezone.now())
    pages = [
        selectors.feed_latest(viewer=employee),
        selectors.feed_topic(viewer=employee, skill=topic),
        selectors.feed_unit(viewer=employee, unit=colleague.unit),
        selectors.feed_for_you(viewer=colleague),
    ]
    for page in pages:
        assert page.items
        assert all(isinstance(s.card, selectors.StoryCard) for s in page.items)
