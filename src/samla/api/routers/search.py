"""The skill taxonomy and the expert finder: "who can help with X?"."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from samla.api.errors import errors
from samla.api.routers.people import viewer_of
from samla.api.schemas import ExpertsOut, SearchIn, SkillOut
from samla.people.models import Skill
from samla.people.selectors import skills_matching
from samla.search.selectors import experts_for

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
