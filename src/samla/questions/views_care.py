"""Care of questions: reports, the learning leads' review queue, duplicates, and turning a
question with its accepted answer into a story. Moderators see the content only: never who
asked an anonymous question (Samla does not know)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from samla.core.http import AuthenticatedRequest
from samla.questions import permissions, selectors, services
from samla.questions.forms import DuplicateForm, ModerateForm, ReportForm
from samla.questions.services import QuestionConflict
from samla.questions.views_common import error
from samla.questions.views_read import _discussion, _not_found, _question_or_404


@login_required
@require_http_methods(["GET", "POST"])
def report(request: AuthenticatedRequest, public_id: str) -> HttpResponse:
    question = _question_or_404(request, public_id)
    if question is None:
        return _not_found(request)
    raw_answer = request.POST.get("answer") or request.GET.get("answer") or ""
    target = None
    if raw_answer:
        if not raw_answer.isdigit():
            return _not_found(request)
        target = selectors.answer_get(question=question, pk=int(raw_answer))
        if target is None:
            return _not_found(request)
    allowed = (
        permissions.can_report_answer(request.user, target)
        if target is not None
        else permissions.can_report_question(request.user, question)
    )
    if not allowed:
        return _not_found(request)
    form = ReportForm(request.POST or None, initial={"answer": target.pk if target else None})
    context: dict[str, object] = {
        "question": question,
        "answer": target,
        "form": form,
        "action_url": reverse("questions:report", args=[question.public_id]),
        "back_url": question.get_absolute_url(),
    }
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.report_create(
                    reporter=request.user,
                    question=question,
                    answer=target,
                    reason=form.cleaned_data["reason"],
                    details=form.cleaned_data["details"],
                )
            except QuestionConflict as exc:
                context.update(already=True, conflict=exc.message)
                status = 409
            except ValidationError as exc:
                form.add_error(None, exc)
                status = 422
            else:
                message = _("Thank you. A learning lead will look at it.")
                if request.htmx:
                    context["done"] = message
                    return render(request, "questions/report.html#report-form", context)
                messages.success(request, message)
                return HttpResponseRedirect(question.get_absolute_url())
        else:
            status = 422
    template = "questions/report.html#report-form" if request.htmx else "questions/report.html"
    return render(request, template, context, status=status)


@login_required
@require_http_methods(["GET"])
def moderation(request: AuthenticatedRequest) -> HttpResponse:
    if not permissions.can_moderate(request.user):
        return error(request, 404, _("This page is for learning leads."))
    return render(
        request,
        "questions/moderation.html",
        {
            "reports": selectors.moderation_queue(viewer=request.user),
            "hidden": selectors.questions_hidden(viewer=request.user),
            "log": selectors.moderation_log(viewer=request.user),
        },
    )


_ACTIONS = {
    "hide": services.moderation_hide,
    "restore": services.moderation_restore,
    "dismiss": services.moderation_dismiss,
}


@login_required
@require_POST
def moderate(request: AuthenticatedRequest, public_id: str) -> HttpResponse:
    if not permissions.can_moderate(request.user):
        return _not_found(request)
    question = _question_or_404(request, public_id)
    if question is None:
        return _not_found(request)
    form = ModerateForm(request.POST)
    if not form.is_valid():
        return error(request, 400, _("Choose what to do."))
    answer_id = form.cleaned_data.get("answer")
    target = selectors.answer_get(question=question, pk=answer_id) if answer_id else None
    if answer_id and target is None:
        return _not_found(request)
    try:
        _ACTIONS[form.cleaned_data["action"]](
            by=request.user, question=question, answer=target, note=form.cleaned_data["note"]
        )
    except PermissionDenied:
        return _not_found(request)
    except QuestionConflict as exc:
        return error(request, 409, exc.message)
    except ValidationError as exc:
        return error(request, 400, " ".join(exc.messages))
    messages.success(request, _("Done."))
    return HttpResponseRedirect(reverse("questions:moderation"))


@login_required
@require_POST
def duplicate(request: AuthenticatedRequest, public_id: str) -> HttpResponse:
    question = _question_or_404(request, public_id)
    if question is None or not permissions.can_mark_duplicate(request.user, question):
        return _not_found(request)
    form = DuplicateForm(request.POST)
    if form.is_valid():
        original = selectors.question_get_visible(
            viewer=request.user, public_id=form.cleaned_data["original"]
        )
        if original is None:
            form.add_error("original", _("No question you can see has that address."))
        else:
            try:
                services.question_mark_duplicate(
                    actor=request.user, question=question, original=original
                )
            except ValidationError as exc:
                form.add_error("original", exc)
            except QuestionConflict as exc:
                return _discussion(request, question, status=409, conflict=exc.message)
            else:
                messages.success(request, _("The question now points to the other one."))
                return HttpResponseRedirect(question.get_absolute_url())
    return _discussion(request, question, status=422, duplicate_form=form)


@login_required
@require_POST
def to_story(request: AuthenticatedRequest, public_id: str) -> HttpResponse:
    question = _question_or_404(request, public_id)
    if question is None or not permissions.can_turn_into_story(request.user, question):
        return _not_found(request)
    try:
        story = services.question_to_story(actor=request.user, question=question)
    except QuestionConflict as exc:
        return error(request, 409, exc.message)
    except ValidationError as exc:
        return error(request, 422, " ".join(exc.messages))
    messages.success(request, _("The question and its answer are now a story."))
    return HttpResponseRedirect(story.get_absolute_url())


urlpatterns: list[URLPattern] = [
    path("moderation/", moderation, name="moderation"),
    path("<str:public_id>/report/", report, name="report"),
    path("<str:public_id>/moderate/", moderate, name="moderate"),
    path("<str:public_id>/duplicate/", duplicate, name="duplicate"),
    path("<str:public_id>/story/", to_story, name="to-story"),
]
