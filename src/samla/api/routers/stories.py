"""Stories: the Latest feed and one story, as the person asking may read them."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Path, Query, Router
from ninja.errors import HttpError

from samla.api.errors import errors
from samla.api.routers.people import viewer_of
from samla.api.schemas import ObjectId, StoriesIn, StoryDetailOut, StoryPage
from samla.stories import selectors
from samla.stories.models import Story

router = Router(tags=["stories"])


def bad_cursor() -> HttpError:
    return HttpError(
        400, _("The cursor is not one this API gave out. Start again without a cursor.")
    )


def _story(story: Story, topics: list[str]) -> dict[str, Any]:
    return {
        "id": story.pk,
        "kind": story.kind,
        "title": story.title,
        "language": story.language,
        "author": {"id": story.author_id, "name": story.author.full_name},
        "topics": topics,
        "audience_unit_id": story.audience_unit_id,
        "published_at": story.published_at,
        "edited_at": story.edited_at,
        "teaser": story.teaser,
        "url": story.get_absolute_url(),
    }


@router.get("/stories", response={200: StoryPage, **errors(400, 401, 422)})
def stories_list(request: HttpRequest, query: Query[StoriesIn]) -> dict[str, Any]:
    """The Latest feed: every published story you may read, newest first, a page at a time.
    Drafts are never listed; stories addressed to a unit only to people in it (or below)."""
    try:
        page = selectors.feed_latest(
            viewer=viewer_of(request),
            cursor=query.cursor or None,
            limit=query.limit,
            kind=query.kind,
        )
    except ValueError:
        raise bad_cursor() from None
    # The feed prefetches topics and selects authors: no query per story.
    items = [_story(s, [t.slug for t in s.topics.all()]) for s in page.items]
    return {"items": items, "next_cursor": page.next_cursor}


@router.get("/stories/{story_id}", response={200: StoryDetailOut, **errors(401, 404, 422)})
def story_detail(request: HttpRequest, story_id: Path[ObjectId]) -> dict[str, Any]:
    """One story, if you may read it: its sections as sanitised HTML and its reactions."""
    viewer = viewer_of(request)
    story = selectors.story_get_visible(viewer=viewer, pk=story_id)
    if story is None:
        raise Http404
    selectors.stories_decorate(viewer=viewer, stories=[story])
    states = getattr(story, "reaction_states", [])
    return {
        **_story(story, [t.slug for t in story.topics.all()]),
        "sections_html": {str(k): str(v) for k, v in (story.sections_html or {}).items()},
        "link_url": story.link_url,
        "reactions": {state.kind: state.count for state in states},
    }
