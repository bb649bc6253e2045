"""What the questions views share: the private-link cookie and small responses."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

from samla.questions.services import token_hash

# The browser's tokens of the anonymous questions it asked: only on /questions/ pages, never in
# the session (which is stored with the person's id), never in a log.
TOKEN_COOKIE = "samla_qa"  # noqa: S105 - a cookie name
TOKEN_COOKIE_PATH = "/questions/"  # noqa: S105
TOKENS_KEPT = 30
TOKEN_MAX_AGE = 365 * 86400


def cookie_tokens(request: HttpRequest) -> list[str]:
    raw = request.COOKIES.get(TOKEN_COOKIE, "")
    tokens = [t for t in raw.split(".") if 20 <= len(t) <= 64]
    return tokens[:TOKENS_KEPT]


def cookie_token_hashes(request: HttpRequest) -> list[str]:
    return [token_hash(t) for t in cookie_tokens(request)]


def set_cookie_tokens(response: HttpResponse, tokens: list[str]) -> None:
    tokens = list(dict.fromkeys(tokens))[:TOKENS_KEPT]
    if not tokens:
        response.delete_cookie(TOKEN_COOKIE, path=TOKEN_COOKIE_PATH)
        return
    response.set_cookie(
        TOKEN_COOKIE,
        ".".join(tokens),
        max_age=TOKEN_MAX_AGE,
        path=TOKEN_COOKIE_PATH,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def error(request: HttpRequest, status: int, message: str) -> HttpResponse:
    return render(request, "core/error.html", {"status": status, "message": message}, status=status)


def back_url(request: HttpRequest, fallback: str) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate.startswith("/") and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback
