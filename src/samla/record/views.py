from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from samla.core.http import AuthenticatedRequest
from samla.record import xapi
from samla.record.selectors import activities_own, activities_visible_to

EXPORT_CHUNK_SIZE = 500


@login_required
@require_GET
def my_activity(request: AuthenticatedRequest) -> HttpResponse:
    qs = activities_visible_to(request.user, request.user)
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    return render(request, "record/my_activity.html", {"page": page, "query": ""})


def _json_array(items: Iterator[dict[str, Any]]) -> Iterator[str]:
    """A JSON array written one element at a time, so memory stays flat however long it is."""
    yield "["
    for n, item in enumerate(items):
        yield ("," if n else "") + "\n" + json.dumps(item, ensure_ascii=False)
    yield "\n]\n"


@login_required
@require_GET
def my_activity_xapi(request: AuthenticatedRequest) -> HttpResponse | StreamingHttpResponse:
    """The person's whole learning record (every visibility: it is their data) as a JSON array
    of xAPI statements, ready to POST to a Learning Record Store."""
    version = xapi.version_from(request.GET.get("version"))
    if version is None:
        message = _("Samla exports xAPI versions %(versions)s.") % {
            "versions": ", ".join(xapi.XAPI_VERSIONS)
        }
        return render(request, "core/error.html", {"status": 400, "message": message}, status=400)
    rows = activities_own(request.user).iterator(chunk_size=EXPORT_CHUNK_SIZE)
    statements = xapi.statements_for(rows, version=version)
    response = StreamingHttpResponse(
        _json_array(statements), content_type="application/json; charset=utf-8"
    )
    filename = f"samla-xapi-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Experience-API-Version"] = version
    return response
