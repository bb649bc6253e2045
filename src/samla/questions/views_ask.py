"""Asking, and the anonymous asker's private page.

An anonymous question leaves no trace of its asker: these views never write to the session or
the messages framework (both are stored with the person's id), never log, and keep the private
token only in the asker's browser (a cookie on /questions/) and in the link itself.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import render
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from samla.core.http import AuthenticatedRequest
from samla.questions import selectors, services
from samla.questions.enums import QuestionState
from samla.questions.forms import AskForm, ReplyForm
from samla.questions.models import Question
from samla.questions.services import QuestionConflict, QuestionNotFound
from samla.questions.views_common import (
    cookie_token_hashes,
    cookie_tokens,
    error,
    set_cookie_tokens,
)
from samla.stories.forms import topic_ids
from samla.stories.selectors_compose import topic_picker_context


def _ask_context(
    form: AskForm, *, chosen: list[int] | None = None, query: str = ""
) -> dict[str, object]:
    if chosen is None:
        chosen = [int(pk) for pk in form.initial.get("topics", [])]
    return {"form": form, "k": settings.K_ANONYMITY, **topic_picker_context(chosen, query)}


@login_required
@require_http_methods(["GET", "POST"])
def ask(request: AuthenticatedRequest) -> HttpResponse:
    asker = request.user
    if request.method == "GET":
        initial = {}
        topic = selectors.topic_get(request.GET.get("topic", "")[:80])
        if topic is not None:
            initial["topics"] = [topic.pk]
        form = AskForm(asker=asker, initial=initial)
        return render(request, "questions/ask.html", _ask_context(form))
    chosen = topic_ids(request.POST.getlist("topics"))
    if request.POST.get("action") == "find_topics":
        # Without JavaScript: show the form again as typed, with the matching topics to tick.
        form = AskForm(initial=_as_typed(request.POST), asker=asker)
        query = request.POST.get("topic_q", "").strip()[:100]
        return render(request, "questions/ask.html", _ask_context(form, chosen=chosen, query=query))
    form = AskForm(request.POST, asker=asker)
    if form.is_valid():
        data = form.cleaned_data
        try:
            question, token = services.question_ask(
                asker=asker,
                title=data["title"],
                body=data["body"],
                topics=data["topics"],
                audience_unit=data["audience"],
                anonymous=data["anonymous"],
                language=data["language"],
            )
        except ValidationError as exc:
            field = {"small_audience": "audience", "rate_limited": "anonymous"}.get(
                str(exc.code), "title" if exc.code in {"required", "min_length"} else None
            )
            form.add_error(field, exc)
        else:
            if token is not None:
                response = HttpResponseRedirect(reverse("questions:private", args=[token]))
                set_cookie_tokens(response, [token, *cookie_tokens(request)])
                return response
            messages.success(request, _("Your question is published."))
            return HttpResponseRedirect(question.get_absolute_url())
    return render(request, "questions/ask.html", _ask_context(form, chosen=chosen), status=422)


def _as_typed(post: QueryDict) -> dict[str, object]:
    """The ask form's fields as typed, to show them again unchanged."""
    fields = ("title", "body", "language", "audience", "anonymous")
    return {name: post.get(name, "") for name in fields if name in post}


# --- the private page of an anonymous question ---------------------------------------------------


def _private_question(token: str) -> Question:
    return services.question_from_token(token)


def _private_context(question: Question, token: str, **extra: object) -> dict[str, object]:
    context: dict[str, object] = {
        "question": question,
        "token": token,
        "topics": selectors.question_topics(question),
        "answers": selectors.question_answers(question=question, viewer=None),
        "reply_form": ReplyForm(),
        "pending": question.state != QuestionState.PUBLISHED,
    }
    context.update(extra)
    return context


def _not_found(request: HttpRequest) -> HttpResponse:
    return error(
        request,
        404,
        _(
            "This private link does not open a question. It may be mistyped, or the "
            "question removed."
        ),
    )


@login_required
@require_http_methods(["GET"])
def private(request: AuthenticatedRequest, token: str) -> HttpResponse:
    """The asker's page: whoever holds the link (and is signed in) reads the answers, replies
    and accepts one. Nothing about the reader is stored."""
    try:
        question = _private_question(token)
    except QuestionNotFound:
        return _not_found(request)
    response = render(request, "questions/private.html", _private_context(question, token))
    if token not in cookie_tokens(request):
        set_cookie_tokens(response, [token, *cookie_tokens(request)])
    return response


@login_required
@require_POST
def private_reply(request: AuthenticatedRequest, token: str) -> HttpResponse:
    try:
        question = _private_question(token)
    except QuestionNotFound:
        return _not_found(request)
    form = ReplyForm(request.POST)
    status = 422
    if form.is_valid():
        try:
            services.answer_post_anonymous(token=token, body=form.cleaned_data["body"])
        except QuestionNotFound:
            return _not_found(request)
        except QuestionConflict as exc:
            form.add_error(None, exc.message)
            status = 409
        except ValidationError as exc:
            form.add_error("body", exc)
        else:
            question.refresh_from_db()
            if request.htmx:
                return render(
                    request,
                    "questions/private.html#private-answers",
                    _private_context(question, token),
                )
            return HttpResponseRedirect(reverse("questions:private", args=[token]) + "#answers")
    context = _private_context(question, token, reply_form=form)
    template = (
        "questions/private.html#private-answers" if request.htmx else "questions/private.html"
    )
    return render(request, template, context, status=status)


@login_required
@require_POST
def private_accept(request: AuthenticatedRequest, token: str, answer_id: int) -> HttpResponse:
    try:
        question = _private_question(token)
    except QuestionNotFound:
        return _not_found(request)
    answer = selectors.answer_get(question=question, pk=answer_id)
    if answer is None:
        return _not_found(request)
    try:
        question = services.answer_accept_anonymous(token=token, answer=answer)
    except QuestionNotFound:
        return _not_found(request)
    except QuestionConflict as exc:
        context = _private_context(question, token, conflict=exc.message)
        template = (
            "questions/private.html#private-answers" if request.htmx else "questions/private.html"
        )
        return render(request, template, context, status=409)
    if request.htmx:
        return render(
            request, "questions/private.html#private-answers", _private_context(question, token)
        )
    return HttpResponseRedirect(reverse("questions:private", args=[token]) + "#answers")


@login_required
@require_POST
def private_forget(request: AuthenticatedRequest, token: str) -> HttpResponse:
    """Drop the link from this browser (the question stays; the link still works if kept)."""
    response = HttpResponseRedirect(reverse("questions:mine"))
    set_cookie_tokens(response, [t for t in cookie_tokens(request) if t != token])
    return response


@login_required
@require_POST
def anonymity(request: AuthenticatedRequest, public_id: str) -> HttpResponse:
    """Anonymity never changes after asking: a clear 409 for anyone who may see the question."""
    question = selectors.question_get_visible(viewer=request.user, public_id=public_id)
    if question is None:
        return error(request, 404, _("This question does not exist or is not shared with you."))
    try:
        services.question_set_anonymity(
            actor=request.user, question=question, anonymous=not question.is_anonymous
        )
    except QuestionConflict as exc:
        return error(request, 409, exc.message)


@login_required
@require_http_methods(["GET"])
def mine(request: AuthenticatedRequest) -> HttpResponse:
    """The viewer's named questions, and the anonymous ones this browser holds links to (read
    from the cookie only: nothing in Samla links them to the viewer)."""
    page = selectors.questions_mine(viewer=request.user, cursor=request.GET.get("after"))
    anonymous = selectors.questions_from_tokens(cookie_token_hashes(request))
    tokens = {services.token_hash(t): t for t in cookie_tokens(request)}
    for question in anonymous:
        question.private_token = tokens.get(question.anon_token_hash, "")  # type: ignore[attr-defined]
    return render(
        request,
        "questions/mine.html",
        {"page": page, "anonymous": anonymous, "list_kind": "mine"},
    )


def _unlogged(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The private link's views: Django logs every 4xx answer with its path (the token) and the
    request (the person). Marking the response as logged keeps both out of the logs."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response._has_been_logged = True  # type: ignore[attr-defined]
        return response

    return wrapper


urlpatterns: list[URLPattern] = [
    path("ask/", ask, name="ask"),
    path("mine/", mine, name="mine"),
    path("a/<str:token>/", _unlogged(private), name="private"),
    path("a/<str:token>/reply/", _unlogged(private_reply), name="private-reply"),
    path(
        "a/<str:token>/accept/<int:answer_id>/",
        _unlogged(private_accept),
        name="private-accept",
    ),
    path("a/<str:token>/forget/", _unlogged(private_forget), name="private-forget"),
    path("<str:public_id>/anonymity/", anonymity, name="anonymity"),
]
