from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from samla.core.http import AuthenticatedRequest
from samla.search.selectors import experts_for

QUERY_MAX = 100


@login_required
@require_GET
def experts(request: AuthenticatedRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    too_long = len(query) > QUERY_MAX
    skills, found = ([], []) if too_long or not query else experts_for(query, viewer=request.user)
    context = {
        "query": query[:QUERY_MAX],
        "too_long": too_long,
        "skills": skills,
        "experts": found,
        "nav": "experts",
    }
    template = "search/experts.html#expert-results" if request.htmx else "search/experts.html"
    return render(request, template, context, status=400 if too_long else 200)
