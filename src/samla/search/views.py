from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from samla.core.http import AuthenticatedRequest
from samla.search.forms import SearchForm
from samla.search.fulltext import InvalidCursor
from samla.search.selectors import experts_for
from samla.search.selectors_page import QUERY_MAX, SearchResults, search_everything

CURSOR_MAX = 200  # characters: the page's cursors are far shorter


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


@login_required
@require_GET
def search_page(request: AuthenticatedRequest) -> HttpResponse:
    """One search across stories (and other registered documents), people and skills.

    The full page, or with htmx the results (`#results`) or, for "More results", the next hits
    (`#hits`). Bad input answers 400 with the page and a message (422 with the partial for htmx,
    which the layout swaps in).
    """
    form = SearchForm(request.GET)
    cursor = request.GET.get("cursor", "")
    results = SearchResults()
    error = ""
    if not form.is_valid():
        error = _("The search could not be run. Check the marked fields.")
        if form.has_error("q"):
            error = str(form.errors["q"][0])
    elif len(cursor) > CURSOR_MAX:
        error = _bad_cursor()
    else:
        try:
            results = search_everything(
                viewer=request.user,
                query=form.cleaned_data["q"],
                filters=form.filters(),
                cursor=cursor or None,
                skill_names=form.skill_names(),
            )
        except InvalidCursor:
            error = _bad_cursor()
    params = request.GET.copy()
    params.pop("cursor", None)
    context: dict[str, Any] = {
        "form": form,
        "query": form.cleaned_data.get("q", "") if not form.has_error("q") else "",
        "results": results,
        "cursor": cursor,
        "error": error,
        "params": params.urlencode(),
        "nav": "search",
    }
    if request.htmx:
        template = (
            "search/search.html#hits" if cursor and not error else "search/search.html#results"
        )
        return render(request, template, context, status=422 if error else 200)
    form.unit_choices()
    return render(request, "search/search.html", context, status=400 if error else 200)


def _bad_cursor() -> str:
    return _("This list of results has expired or its address is broken. Search again.")
