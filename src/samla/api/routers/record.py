"""One's own learning record as xAPI statements."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router
from ninja.params.functions import Header

from samla.api.errors import errors
from samla.api.routers.people import viewer_of
from samla.api.schemas import StatementResult, StatementsIn, XapiVersionText
from samla.record import xapi
from samla.record.selectors import activities_own

router = Router(tags=["learning record"])

# As an LRS does: the client says which xAPI version it speaks; 1.0.x gets 1.0.3 statements.
VERSION_HEADER = Header(xapi.DEFAULT_VERSION, alias="X-Experience-API-Version")


@router.get(
    "/record/statements",
    response={200: StatementResult, **errors(401, 422)},
    exclude_none=True,
)
def statements_list(
    request: HttpRequest,
    response: HttpResponse,
    query: Query[StatementsIn],
    x_experience_api_version: XapiVersionText = VERSION_HEADER,
) -> dict[str, Any]:
    """Your own learning record, every visibility, as xAPI statements, oldest stored first.

    Send `X-Experience-API-Version: 1.0.3` for 1.0.3 statements; 2.0.0 otherwise. To fetch the
    next batch, follow `more` (it repeats the query with `since` set to the last `stored`)."""
    version: xapi.XapiVersion = "1.0.3" if x_experience_api_version.startswith("1.") else "2.0.0"
    rows = list(activities_own(viewer_of(request), since=query.since)[: query.limit])
    more = ""
    if len(rows) == query.limit:
        params = urlencode({"limit": query.limit, "since": rows[-1].stored.isoformat()})
        more = f"{request.path}?{params}"
    response["X-Experience-API-Version"] = version
    return {"statements": list(xapi.statements_for(rows, version=version)), "more": more}
