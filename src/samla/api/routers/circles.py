"""Circles: the circles you may see, one circle with its facilitators and rota, and a circle's
upcoming meetings. A closed circle answers 404 to everyone but its members, as in the HTML."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from django.http import Http404, HttpRequest
from ninja import Field, Path, Router, Schema

from samla.api.errors import errors
from samla.api.routers.people import viewer_of
from samla.api.schemas import PersonRef
from samla.circles import selectors
from samla.circles.models import Circle, Occurrence

router = Router(tags=["circles"])

CircleSlug = Annotated[str, Field(min_length=1, max_length=140, pattern=r"^[-a-zA-Z0-9_]+$")]


class CircleOut(Schema):
    id: int
    slug: str
    name: str
    kind: str
    join_policy: str
    visibility: str = Field(description="`listed` (everyone) or `closed` (members only).")
    language: str
    member_count: int
    units_spanned: int = Field(description="How many units its active members come from.")
    offices_spanned: int
    is_member: bool
    url: str


class RotaTurnOut(Schema):
    occurrence_id: int
    start: datetime
    presenter: PersonRef | None
    last_presented: date | None = Field(description="Why this person: when they last presented.")
    swapped: bool


class CircleDetailOut(CircleOut):
    description_html: str
    facilitators: list[PersonRef]
    rota: list[RotaTurnOut] = Field(description="The presenters of the next 8 weeks.")


class OccurrenceOut(Schema):
    id: int
    meeting_id: int
    title: str
    kind: str
    start: datetime
    end: datetime
    timezone: str
    status: str
    presenter: PersonRef | None
    url: str


def _person(p: Any) -> dict[str, Any] | None:
    return {"id": p.pk, "full_name": p.full_name} if p is not None else None


def _circle(c: Circle, *, members: int, units: int, offices: int, mine: bool) -> dict[str, Any]:
    return {
        "id": c.pk,
        "slug": c.slug,
        "name": c.name,
        "kind": c.kind,
        "join_policy": c.join_policy,
        "visibility": c.visibility,
        "language": c.language,
        "member_count": members,
        "units_spanned": units,
        "offices_spanned": offices,
        "is_member": mine,
        "url": c.get_absolute_url(),
    }


def _occurrence(o: Occurrence) -> dict[str, Any]:
    return {
        "id": o.pk,
        "meeting_id": o.meeting_id,
        "title": o.display_title,
        "kind": o.meeting.kind,
        "start": o.start,
        "end": o.end,
        "timezone": o.meeting.timezone,
        "status": o.status,
        "presenter": _person(o.presenter),
        "url": o.get_absolute_url(),
    }


@router.get("/circles", response={200: list[CircleOut], **errors(401)})
def circles_list(request: HttpRequest) -> list[dict[str, Any]]:
    """Every circle you may see (listed ones, and closed ones you belong to), by name."""
    return [
        _circle(
            c,
            members=c.member_count,  # type: ignore[attr-defined]
            units=c.units_spanned,  # type: ignore[attr-defined]
            offices=c.offices_spanned,  # type: ignore[attr-defined]
            mine=c.is_mine,  # type: ignore[attr-defined]
        )
        for c in selectors.circle_list(viewer=viewer_of(request))
    ]


def _visible(request: HttpRequest, slug: str) -> Circle:
    circle = selectors.circle_get_visible(viewer=viewer_of(request), slug=slug)
    if circle is None:
        raise Http404
    return circle


@router.get("/circles/{slug}", response={200: CircleDetailOut, **errors(401, 404, 422)})
def circle_detail(request: HttpRequest, slug: Path[CircleSlug]) -> dict[str, Any]:
    """One circle: its facilitators, how many units and offices it spans, and the rota."""
    viewer = viewer_of(request)
    circle = _visible(request, slug)
    page = selectors.circle_page(viewer=viewer, circle=circle)
    return {
        **_circle(
            circle,
            members=len(page.members),
            units=page.units_spanned,
            offices=page.offices_spanned,
            mine=page.membership is not None and page.membership.status == "active",
        ),
        "description_html": circle.description_html,
        "facilitators": [_person(m.person) for m in page.facilitators],
        "rota": [
            {
                "occurrence_id": r.occurrence.pk,
                "start": r.occurrence.start,
                "presenter": _person(r.presenter),
                "last_presented": r.last_presented,
                "swapped": r.fixed,
            }
            for r in page.rota
        ],
    }


@router.get(
    "/circles/{slug}/meetings", response={200: list[OccurrenceOut], **errors(401, 404, 422)}
)
def circle_meetings(request: HttpRequest, slug: Path[CircleSlug]) -> list[dict[str, Any]]:
    """The circle's next meetings (up to 50), cancelled ones included with their status."""
    circle = _visible(request, slug)
    return [_occurrence(o) for o in selectors.occurrences_upcoming(circle=circle, limit=50)]
