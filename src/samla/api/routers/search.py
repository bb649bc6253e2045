"""The skill taxonomy, the expert finder ("who can help with X?") and full-text search."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from samla.api.errors import errors
from samla.api.routers.people import viewer_of
from samla.api.routers.stories import bad_cursor
from samla.api.schemas import ExpertsOut, SearchIn, SkillOut, StorySearchIn, StorySearchOut
from samla.core.audiences import circle_ids_for
from samla.people.models import Skill
from samla.people.selectors import skills_matching
from samla.search.fulltext import InvalidCursor, search
from samla.search.selectors import experts_for
from samla.stories.search_index import DOC_TYPE as STORY

router = Router(tags=["skills"])


@router.get("/skills", response={200: list[SkillOut], **errors(401, 422)})
def skills_list(request: HttpRequest, search: Query[SearchIn]) -> list[Skill]:
    """Skills whose name in any language Samla speaks, or a synonym, contains `q`."""
    return skills_matching(search.q, limit=20)


@router.get("/experts", response={200: ExpertsOut, **errors(401, 422)})
def experts_list(request: HttpRequest, search: Query[SearchIn]) -> dict[str, Any]:
    """Colleagues who can help with the skills matching `q`, strongest first, never yourself."""
    skills, experts = experts_for(search.q, viewer=viewer_of(request))
    return {"skills": skills, "experts": experts}


@router.get("/search", response={200: StorySearchOut, **errors(400, 401, 422)}, tags=["search"])
def search_stories(request: HttpRequest, query: Query[StorySearchIn]) -> dict[str, Any]:
    """Stories you may read that match `q`, best first (relevance and recency), with the
    matching words in <mark>. Inflected forms count: "læringsmøderne" finds "læringsmøde"."""
    viewer = viewer_of(request)
    try:
        page = search(
            query=query.q,
            viewer_unit_path=viewer.unit.path if viewer.unit is not None else None,
            viewer_circle_ids=circle_ids_for(viewer),
            doc_types=[STORY],
            language=query.language,
            kinds=[query.kind] if query.kind else None,
            topics=[query.topic] if query.topic else None,
            cursor=query.cursor or None,
        )
    except InvalidCursor:
        raise bad_cursor() from None
    return {"items": page.hits, "next_cursor": page.next_cursor, "truncated": page.truncated}
