"""Reading and taking part: the lists (latest, by topic, unanswered, questions I could answer),
the question page, answers, comments, votes, "I have this question too" and accepting.

Every interaction is a POST that redirects back without JavaScript and answers its partial to
htmx. Questions a person may not read answer 404, whatever they ask for.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import URLPattern, path, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from samla.core.http import AuthenticatedRequest
from samla.questions import feeds, permissions, selectors, services
from samla.questions.forms import AnswerForm, CommentForm, DuplicateForm, VoteForm
from samla.questions.models import Question
from samla.questions.selectors import Page
from samla.questions.services import QuestionConflict
from samla.questions.views_common import error
from samla.stories import feeds as story_feeds


def _not_found(request: AuthenticatedRequest) -> HttpResponse:
    return error(request, 404, _("This question does not exist or is not shared with you."))


def _list(request: AuthenticatedRequest, page: Page, list_kind: str, **extra: Any) -> HttpResponse:
    cursor = request.GET.get("after")
    if cursor and selectors.cursor_decode(cursor) is None:
        return error(
            request,
            400,
            _(
                "This page address is not valid (it may have been cut short). "
                "Start again from the top."
            ),
        )
    more_url = f"{request.path}?after={page.next_cursor}" if page.next_cursor else ""
    context = {"page": page, "list_kind": list_kind, "more_url": more_url, **extra}
    if request.htmx and cursor:
        return render(request, "questions/list.html#items", context)
    return render(request, "questions/list.html", context)


@login_required
@require_http_methods(["GET"])
def latest(request: AuthenticatedRequest) -> HttpResponse:
    page = selectors.questions_latest(viewer=request.user, cursor=request.GET.get("after"))
    return _list(request, page, "latest")


@login_required
@require_http_methods(["GET"])
def unanswered(request: AuthenticatedRequest) -> HttpResponse:
    page = selectors.questions_unanswered(viewer=request.user, cursor=request.GET.get("after"))
    return _list(request, page, "unanswered")


@login_required
@require_http_methods(["GET"])
def could_answer(request: AuthenticatedRequest) -> HttpResponse:
    topics = selectors.help_topics_of(request.user)
    page = selectors.questions_i_could_answer(
        viewer=request.user, cursor=request.GET.get("after"), topic_ids=[t.pk for t in topics]
    )
    return _list(request, page, "could_answer", help_topics=topics)


@login_required
@require_http_methods(["GET"])
def topic(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    skill = selectors.topic_get(slug)
    if skill is None:
        return error(request, 404, _("There is no such topic."))
    page = selectors.questions_by_topic(
        viewer=request.user, skill=skill, cursor=request.GET.get("after")
    )
    return _list(request, page, "topic", topic=skill)


# --- the question page ---------------------------------------------------------------------------


def _question_context(
    request: AuthenticatedRequest, question: Question, **extra: Any
) -> dict[str, Any]:
    viewer = request.user
    context: dict[str, Any] = {
        "question": question,
        "topics": selectors.question_topics(question),
        "answers": selectors.question_answers(question=question, viewer=viewer),
        "comments": selectors.question_comments(question),
        "state": selectors.viewer_state(viewer=viewer, question=question),
        "is_asker": permissions.is_asker(viewer, question),
        "can_interact": permissions.can_interact(viewer, question),
        "can_answer": permissions.can_answer(viewer, question),
        "can_follow": permissions.can_follow(viewer, question),
        "can_accept": permissions.can_accept(viewer, question),
        "can_vote_question": permissions.can_vote(viewer, question)
        and not permissions.is_asker(viewer, question),
        "can_mark_duplicate": permissions.can_mark_duplicate(viewer, question),
        "can_turn_into_story": permissions.can_turn_into_story(viewer, question),
        "can_report": permissions.can_report_question(viewer, question),
        "can_moderate": permissions.can_moderate_question(viewer, question),
        "answer_form": AnswerForm(),
        "comment_form": CommentForm(),
        "duplicate_form": DuplicateForm(),
        "viewer": viewer,
        "vote_choices": [1, -1],
    }
    context.update(extra)
    return context


def _question_or_404(request: AuthenticatedRequest, public_id: str) -> Question | None:
    return selectors.question_get_visible(viewer=request.user, public_id=public_id)


@login_required
@require_http_methods(["GET"])
def detail(request: AuthenticatedRequest, public_id: str) -> HttpResponse:
    question = _question_or_404(request, public_id)
    if question is None:
        return _not_found(request)
    return render(request, "questions/detail.html", _question_context(request, question))


def _discussion(
    request: AuthenticatedRequest, question: Question, status: int = 200, **extra: Any
) -> HttpResponse:
    template = "questions/detail.html#discussion" if request.htmx else "questions/detail.html"
    return render(request, template, _question_context(request, question, **extra), status=status)


@login_required
@require_POST
def answer(request: AuthenticatedRequest, public_id: str) -> HttpResponse:
    question = _question_or_404(request, public_id)
    if question is None or not permissions.can_interact(request.user, question):
        return _not_found(request)
    form = AnswerForm(request.POST)
    if form.is_valid():
        try:
            created = services.answer_post(
                author=request.user, question=question, body=form.cleaned_data["body"]
            )
        except PermissionDenied:
            return error(request, 403, _("This question takes no more answers."))
        except ValidationError as exc:
            form.add_error("body", exc)
        else:
            question.refresh_from_db()
            if request.htmx:
                return _discussion(request, question)
            messages.success(request, _("Your answer was added."))
            return HttpResponseRedirect(f"{question.get_absolute_url()}#answer-{created.pk}")
    return _discussion(request, question, status=422, answer_form=form)


@login_required
@require_POST
def comment(request: AuthenticatedRequest, public_id: str) -> HttpResponse:
    question = _question_or_404(request, public_id)
    if question is None or not permissions.can_interact(request.user, question):
        return _not_found(request)
    form = CommentForm(request.POST)
    if form.is_valid():
        answer_id = form.cleaned_data.get("answer")
        target = selectors.answer_get(question=question, pk=answer_id) if answer_id else None
        if answer_id and target is None:
            return _not_found(request)
        try:
            created = services.comment_post(
                author=request.user,
                question=question,
                body=form.cleaned_data["body"],
                answer=target,
            )
        except PermissionDenied:
            return _not_found(request)
        except ValidationError as exc:
            form.add_error("body", exc)
        else:
            if request.htmx:
                return _discussion(request, question)
            return HttpResponseRedirect(f"{question.get_absolute_url()}#comment-{created.pk}")
    return _discussion(request, question, status=422, comment_form=form)


@login_required
@require_POST
def vote(request: AuthenticatedRequest, public_id: str) -> HttpResponse:
    question = _question_or_404(request, public_id)
    if question is None or not permissions.can_interact(request.user, question):
        return _not_found(request)
    form = VoteForm(request.POST)
    if not form.is_valid():
        return error(request, 400, _("Choose up or down."))
    answer_id = form.cleaned_data.get("answer")
    target = selectors.answer_get(question=question, pk=answer_id) if answer_id else None
    if answer_id and target is None:
        return _not_found(request)
    try:
        services.vote_set(
            person=request.user,
            value=form.cleaned_data["value"],
            question=None if target is not None else question,
            answer=target,
        )
    except PermissionDenied:
        return error(request, 403, _("You cannot vote on what you wrote."))
    question.refresh_from_db()
    if request.htmx:
        return _discussion(request, question)
    return HttpResponseRedirect(
        f"{question.get_absolute_url()}#{f'answer-{target.pk}' if target else 'question'}"
    )


@login_required
@require_POST
def follow(request: AuthenticatedRequest, public_id: str) -> HttpResponse:
    question = _question_or_404(request, public_id)
    if question is None or not permissions.can_interact(request.user, question):
        return _not_found(request)
    on = request.POST.get("on") == "1"
    try:
        services.question_follow_set(person=request.user, question=question, on=on)
    except PermissionDenied:
        return error(request, 403, _("You asked this question: you hear of its answers anyway."))
    if request.htmx:
        return render(request, "questions/detail.html#follow", _question_context(request, question))
    return HttpResponseRedirect(question.get_absolute_url())


@login_required
@require_POST
def accept(request: AuthenticatedRequest, public_id: str, answer_id: int) -> HttpResponse:
    question = _question_or_404(request, public_id)
    if question is None:
        return _not_found(request)
    target = selectors.answer_get(question=question, pk=answer_id)
    if target is None:
        return _not_found(request)
    try:
        question = services.answer_accept(actor=request.user, answer=target)
    except PermissionDenied:
        return error(request, 403, _("Only the person who asked accepts an answer."))
    except QuestionConflict as exc:
        return _discussion(request, question, status=409, conflict=exc.message)
    if request.htmx:
        return _discussion(request, question)
    messages.success(request, _("You accepted the answer. Thank you for closing the loop."))
    return HttpResponseRedirect(f"{question.get_absolute_url()}#answer-{target.pk}")


@require_http_methods(["GET"])
def topic_atom(request: HttpRequest, slug: str) -> HttpResponse:
    """A topic's questions as Atom, for a feed reader with the stories' feed key (`?key=`)."""
    reader = story_feeds.feed_reader(request)
    skill = selectors.topic_get(slug)
    if skill is None:
        raise Http404
    with translation.override(reader.language):
        return feeds.atom_response(
            request,
            title=_("Questions about %(topic)s") % {"topic": skill.name},
            page_url=reverse("questions:topic", args=[skill.slug]),
            questions=selectors.atom_topic_questions(viewer=reader, skill=skill),
            reader=reader,
        )


urlpatterns: list[URLPattern] = [
    path("", latest, name="list"),
    path("unanswered/", unanswered, name="unanswered"),
    path("for-me/", could_answer, name="could-answer"),
    path("topic/<slug:slug>/", topic, name="topic"),
    path("topic/<slug:slug>/atom/", topic_atom, name="topic-atom"),
    path("<str:public_id>/", detail, name="detail"),
    path("<str:public_id>/answer/", answer, name="answer"),
    path("<str:public_id>/comment/", comment, name="comment"),
    path("<str:public_id>/vote/", vote, name="vote"),
    path("<str:public_id>/follow/", follow, name="follow"),
    path("<str:public_id>/accept/<int:answer_id>/", accept, name="accept"),
]
