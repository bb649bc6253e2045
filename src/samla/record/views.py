from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from samla.core.http import AuthenticatedRequest
from samla.record.selectors import activities_visible_to


@login_required
@require_GET
def my_activity(request: AuthenticatedRequest) -> HttpResponse:
    qs = activities_visible_to(request.user, request.user)
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    return render(request, "record/my_activity.html", {"page": page, "query": ""})
