"""Pages that belong to no single app: home, health checks and the language switch."""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST


@require_GET
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


@require_GET
@never_cache
def readyz(request: HttpRequest) -> JsonResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any database failure means "not ready"
        return JsonResponse({"status": "unavailable", "database": type(exc).__name__}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Switch the interface language; saved on the person when signed in, else in a cookie."""
    code = request.POST.get("language", "")
    supported = dict(settings.LANGUAGES)
    if code not in supported:
        message = _("“%(code)s” is not a language Samla speaks. Choose one of: %(choices)s.") % {
            "code": code[:20],
            "choices": ", ".join(supported.values()),
        }
        return render(request, "core/error.html", {"status": 400, "message": message}, status=400)
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    user = request.user
    if user.is_authenticated and getattr(user, "language", code) != code:
        user.language = code
        user.save(update_fields=["language"])
    translation.activate(code)
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=True,
    )
    return response


def error_400(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(
        request,
        "core/error.html",
        {"status": 400, "message": _("The request could not be understood.")},
        status=400,
    )


def error_403(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(
        request,
        "core/error.html",
        {"status": 403, "message": _("You do not have access to this page.")},
        status=403,
    )


def error_404(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(
        request,
        "core/error.html",
        {"status": 404, "message": _("This page does not exist, or you cannot see it.")},
        status=404,
    )


def error_500(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "core/error.html",
        {"status": 500, "message": _("Something went wrong on our side. Please try again.")},
        status=500,
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    message = _(
        "This form had expired or was opened in another session. Nothing was saved. "
        "Please go back, reload the page and send it again."
    )
    return render(request, "core/error.html", {"status": 403, "message": message}, status=403)
