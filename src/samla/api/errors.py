"""How the API signs people in and says no: every error is {"detail": "…"} in the request's
language (the person's working language, or the browser's before sign-in)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, ValidationError
from ninja.security import SessionAuth
from ninja.utils import check_csrf

from samla.api.schemas import NO_NUL, Error


def errors(*codes: int) -> dict[int, type[Error]]:
    """The error answers an operation declares, each with the shared Error schema."""
    return dict.fromkeys(codes, Error)


_UNPARSEABLE_BODY: Final = "Cannot parse request body"


class ActivePersonSession(SessionAuth):
    """Django's session, for people who are still with the organisation. Unsafe methods need
    the CSRF token (the X-CSRFToken header with the csrftoken cookie's value)."""

    def _get_key(self, request: HttpRequest) -> str | None:
        exempt = getattr(request, "_ninja_csrf_exempt", False)
        if self.csrf and not exempt and check_csrf(request) is not None:
            raise HttpError(403, _csrf_message())
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = request.user
        if user.is_authenticated and user.is_active:
            return user
        return None


def _csrf_message() -> str:
    return _(
        "The CSRF token is missing or wrong. Send the value of the csrftoken cookie in the "
        "X-CSRFToken header."
    )


def _problem(error: Mapping[str, Any]) -> str:
    """One pydantic/Ninja error as a sentence a person can act on."""
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    if kind == "value_error" and ctx.get("error"):
        return str(ctx["error"]).removeprefix("Value error, ")
    if kind == "missing":
        return _("This is required.")
    if kind == "extra_forbidden":
        return _("This field is unknown or cannot be changed here.")
    if kind == "string_too_long":
        limit = int(ctx.get("max_length", 0))
        return ngettext(
            "Use at most %(count)d character.", "Use at most %(count)d characters.", limit
        ) % {"count": limit}
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == NO_NUL:
        return _("This text contains a character Samla cannot store (such as a NUL byte).")
    if kind == "string_pattern_mismatch":
        return _("This value does not have the expected form (%(pattern)s).") % {
            "pattern": ctx.get("pattern", "")
        }
    if kind in {"string_type", "string_unicode"}:
        return _("Give a text.")
    if kind in {"int_type", "int_parsing", "int_from_float", "int_parsing_size"}:
        return _("Give a whole number.")
    if kind in {"bool_type", "bool_parsing"}:
        return _("Give true or false.")
    if kind == "greater_than_equal":
        return _("Give a number of at least %(limit)s.") % {"limit": ctx.get("ge")}
    if kind == "less_than_equal":
        return _("Give a number of at most %(limit)s.") % {"limit": ctx.get("le")}
    if kind in {"model_attributes_type", "dict_type", "model_type"}:
        return _("Send a JSON object.")
    if kind.startswith(("datetime", "date")):
        return _("Give a date and time in ISO 8601 with a time zone, such as 2025-01-31T09:00:00Z.")
    return _("This value is not valid.")


def _field(loc: Sequence[Any]) -> str:
    """The name of the field an error is about, or "" for the request body as a whole."""
    names = [str(part) for part in loc[1:] if isinstance(part, str)]
    names = [name for name in names if name != "payload"]
    return ".".join(names)


def validation_message(errors: Sequence[Mapping[str, Any]]) -> str:
    sentences = []
    for error in errors[:10]:
        field = _field(error.get("loc", ()))
        problem = _problem(error)
        if field:
            sentences.append(_("%(field)s: %(problem)s") % {"field": field, "problem": problem})
        else:
            sentences.append(problem)
    return " ".join(dict.fromkeys(sentences))


def _respond(api: NinjaAPI, request: HttpRequest, status: int, detail: str) -> HttpResponse:
    return api.create_response(request, {"detail": detail}, status=status)


def install_error_handlers(api: NinjaAPI) -> None:
    # Ninja types a handler's exception as "instance or class", hence `object` below.
    def on_validation(request: HttpRequest, exc: object) -> HttpResponse:
        found = exc.errors if isinstance(exc, ValidationError) else []
        return _respond(api, request, 422, validation_message(found))

    def on_http_error(request: HttpRequest, exc: object) -> HttpResponse:
        if not isinstance(exc, HttpError):
            return _respond(api, request, 400, _("The request could not be understood."))
        if exc.status_code == 400 and str(exc).startswith(_UNPARSEABLE_BODY):
            return _respond(api, request, 422, _("The request body is not valid JSON."))
        return _respond(api, request, exc.status_code, str(exc))

    def on_authentication(request: HttpRequest, exc: object) -> HttpResponse:
        return _respond(api, request, 401, _("Sign in to Samla to use its API."))

    def on_authorization(request: HttpRequest, exc: object) -> HttpResponse:
        return _respond(api, request, 403, _("You may not do this."))

    def on_not_found(request: HttpRequest, exc: object) -> HttpResponse:
        return _respond(api, request, 404, _("This does not exist, or you cannot see it."))

    api.add_exception_handler(ValidationError, on_validation)
    api.add_exception_handler(HttpError, on_http_error)
    api.add_exception_handler(AuthenticationError, on_authentication)
    api.add_exception_handler(AuthorizationError, on_authorization)
    api.add_exception_handler(Http404, on_not_found)
