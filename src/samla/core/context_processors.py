from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest


def samla(request: HttpRequest) -> dict[str, Any]:
    match = getattr(request, "resolver_match", None)
    return {
        "SITE_NAME": settings.SITE_NAME,
        "ORGANISATION_NAME": settings.ORGANISATION_NAME,
        "SAMLA_LANGUAGES": settings.LANGUAGES,
        "SIGNUP_OPEN": settings.ACCOUNT_ALLOW_REGISTRATION,
        # The main menu marks the current section; a view's own "nav" wins over this default
        # (its URL namespace: "questions", "circles", …).
        "nav": match.namespace if match is not None else "",
    }
