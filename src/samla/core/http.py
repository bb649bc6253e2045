"""Typed requests for views behind login_required (as healthchecks does in hc/accounts/http.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpRequest

if TYPE_CHECKING:
    from django_htmx.middleware import HtmxDetails

    from samla.people.models import Person


class AuthenticatedRequest(HttpRequest):
    user: Person
    htmx: HtmxDetails


class HtmxRequest(HttpRequest):
    htmx: HtmxDetails
