"""Organisation administration: units, people and roles, CSV import. Organisation admins only."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from samla.core.http import AuthenticatedRequest
from samla.people import permissions, selectors


def _require_admin(request: AuthenticatedRequest) -> None:
    if not permissions.can_manage_organisation(request.user):
        raise Http404


@login_required
@require_GET
def admin_home(request: AuthenticatedRequest) -> HttpResponse:
    _require_admin(request)
    return render(request, "people/admin/admin_home.html", {"units": selectors.units_tree(), "nav": "admin"})
