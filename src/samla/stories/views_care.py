"""Care of stories: reporting, the moderation queue and log, removal by an organisation admin,
a leader's response to a lesson, starting and closing out experiments, highlights.

Objects the viewer may not see answer 404; actions the viewer may not take on something they
see answer 403; actions that do not fit the current state answer 409 with a message. Every form
posts and redirects without JavaScript; with htmx the named partial comes back (422 on errors).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import URLPattern, path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from samla.core.http import AuthenticatedRequest
from samla.people.models import Person
from samla.stories import permissions, selectors, selectors_care
from samla.stories.enums import ExperimentStatus, StoryKind
from samla.stories.forms_care import (
    AcknowledgeForm,
    ExperimentCloseForm,
    HighlightForm,
    ModerationForm,
    RemoveForm,
    ReportForm,
)
from samla.stories.models import Comment, ModerationEntry, Story
from samla.stories.services import care

LOG_PAGE_SIZE = 50


# --- helpers -----------------------------------------------------------------------------------


def _story_or_404(request: AuthenticatedRequest, pk: int) -> Story:
    story = selectors.story_get_visible(viewer=request.user, pk=pk)
    if story is None:
        raise Http404
    return story


def _comment_or_404(request: AuthenticatedRequest, pk: int) -> Comment:
    comment = selectors_care.comment_get_for_care(viewer=request.user, pk=pk)
    if comment is None:
        raise Http404
    return comment


def _next_url(request: AuthenticatedRequest, default: str) -> str:
    """A same-site address from the form's `next`, else `default`."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


def _posted(request: AuthenticatedRequest) -> QueryDict | None:
    """The form data of a POST (even an empty one, so that it is validated), else None."""
    return request.POST if request.method == "POST" else None


def _comment_url(comment: Comment) -> str:
    return f"{comment.story.get_absolute_url()}#comment-{comment.pk}"


def _done(request: AuthenticatedRequest, message: str, url: str) -> HttpResponse:
    """After a successful POST: a message and a redirect (for htmx, a client-side one)."""
    messages.success(request, message)
    if request.htmx:
        return HttpResponseClientRedirect(url)
    return redirect(url)


# --- reports -----------------------------------------------------------------------------------


def _report(
    request: AuthenticatedRequest, *, story: Story, comment: Comment | None
) -> HttpResponse:
    viewer = request.user
    allowed = (
        permissions.can_report_comment(viewer, comment)
        if comment is not None
        else permissions.can_report_story(viewer, story)
    )
    if not allowed:
        raise PermissionDenied
    back = _comment_url(comment) if comment is not None else story.get_absolute_url()
    action_url = (
        reverse("stories:report-comment", args=[comment.pk])
        if comment is not None
        else reverse("stories:report-story", args=[story.pk])
    )
    key = f"comment{comment.pk}" if comment is not None else f"story{story.pk}"
    form = ReportForm(_posted(request), auto_id=f"report-{key}-%s")
    context: dict[str, Any] = {
        "story": story,
        "comment": comment,
        "form": form,
        "action_url": action_url,
        "back_url": back,
        "already": selectors_care.report_open_exists(reporter=viewer, story=story, comment=comment),
    }
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            care.report_create(
                reporter=viewer,
                story=story,
                comment=comment,
                reason=form.cleaned_data["reason"],
                details=form.cleaned_data["details"],
            )
        except care.CareConflict as exc:
            context.update(already=True, conflict=exc.message)
            status = 409
        else:
            message = _("Thank you. The moderators will look at it.")
            if request.htmx:
                context["done"] = message
                return render(request, "stories/report_form.html#report-form", context)
            messages.success(request, message)
            return redirect(back)
    elif form.errors:
        status = 422
    template = (
        "stories/report_form.html#report-form" if request.htmx else "stories/report_form.html"
    )
    return render(request, template, context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def story_report(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _report(request, story=_story_or_404(request, pk), comment=None)


@login_required
@require_http_methods(["GET", "POST"])
def comment_report(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    comment = _comment_or_404(request, pk)
    return _report(request, story=comment.story, comment=comment)


# --- the moderation queue, the log, notes --------------------------------------------------------


@login_required
@require_GET
def moderation_queue(request: AuthenticatedRequest) -> HttpResponse:
    if not permissions.can_moderate(request.user):
        raise PermissionDenied
    items = selectors_care.moderation_queue(viewer=request.user)
    context = {"items": items, "limit": selectors_care.QUEUE_LIMIT, "nav": "moderation"}
    template = (
        "stories/moderation_queue.html#queue" if request.htmx else "stories/moderation_queue.html"
    )
    return render(request, template, context)


@login_required
@require_GET
def moderation_log(request: AuthenticatedRequest) -> HttpResponse:
    if not permissions.can_view_moderation_log(request.user):
        raise PermissionDenied
    paginator = Paginator(selectors_care.moderation_log(viewer=request.user), LOG_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    context = {"page": page, "query": "", "nav": "moderation"}
    template = "stories/moderation_log.html#log" if request.htmx else "stories/moderation_log.html"
    return render(request, template, context)


@login_required
@require_GET
def moderation_note_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """A moderator's note, for the author of what it is about."""
    entry = selectors_care.moderation_entry_for_author(viewer=request.user, pk=pk)
    if entry is None:
        raise Http404
    return render(request, "stories/care_note.html", {"entry": entry})


# --- moderating one story or comment --------------------------------------------------------------

_ACTIONS: dict[str, Callable[..., ModerationEntry]] = {
    "hide": care.moderation_hide,
    "restore": care.moderation_restore,
    "dismiss": care.moderation_dismiss,
    "note": care.moderation_note,
}


def _done_message(action: str, is_comment: bool) -> str:
    if action == "hide":
        return _("The comment is hidden.") if is_comment else _("The story is hidden.")
    if action == "restore":
        return _("The comment is shown again.") if is_comment else _("The story is shown again.")
    if action == "dismiss":
        return _("The reports were dismissed.")
    return _("Your note was sent to the author.")


def _moderate(
    request: AuthenticatedRequest, *, story: Story, comment: Comment | None
) -> HttpResponse:
    viewer = request.user
    target: Story | Comment = comment if comment is not None else story
    allowed = (
        permissions.can_moderate_comment(viewer, comment)
        if comment is not None
        else permissions.can_moderate_story(viewer, story)
    )
    if not allowed:
        raise PermissionDenied
    form = ModerationForm(_posted(request))
    status = 200
    conflict = ""
    if request.method == "POST" and form.is_valid():
        action = form.cleaned_data["action"]
        try:
            _ACTIONS[action](by=viewer, target=target, note=form.cleaned_data["note"])
        except care.CareConflict as exc:
            conflict, status = exc.message, 409
        else:
            message = _done_message(action, comment is not None)
            if request.htmx:
                return render(
                    request,
                    "stories/moderation_queue.html#queue-item-done",
                    {"message": message, "item_key": _item_key(story, comment)},
                )
            messages.success(request, message)
            return redirect(_next_url(request, reverse("stories:moderation")))
    elif form.errors:
        status = 422
    item = selectors_care.QueueItem(
        story=story,
        comment=comment,
        reports=selectors_care.open_reports_of(story=story, comment=comment),
        can_act=True,
        can_remove=(
            permissions.can_remove_comment(viewer, comment)
            if comment is not None
            else permissions.can_remove_story(viewer, story)
        ),
    )
    context = {
        "item": item,
        "form": form,
        "conflict": conflict,
        "next": _next_url(request, ""),
        "nav": "moderation",
    }
    template = (
        "stories/moderation_queue.html#queue-item" if request.htmx else "stories/care_moderate.html"
    )
    return render(request, template, context, status=status)


def _item_key(story: Story, comment: Comment | None) -> str:
    return f"comment-{comment.pk}" if comment is not None else f"story-{story.pk}"


@login_required
@require_http_methods(["GET", "POST"])
def story_moderate(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _moderate(request, story=_story_or_404(request, pk), comment=None)


@login_required
@require_http_methods(["GET", "POST"])
def comment_moderate(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    comment = _comment_or_404(request, pk)
    return _moderate(request, story=comment.story, comment=comment)


# --- removal by an organisation admin -------------------------------------------------------------


def _remove(
    request: AuthenticatedRequest, *, story: Story, comment: Comment | None
) -> HttpResponse:
    viewer = request.user
    allowed = (
        permissions.can_remove_comment(viewer, comment)
        if comment is not None
        else permissions.can_remove_story(viewer, story)
    )
    if not allowed:
        raise PermissionDenied
    form = RemoveForm(_posted(request))
    status = 200
    if request.method == "POST":
        if form.is_valid():
            note = form.cleaned_data["note"]
            if comment is not None:
                care.comment_remove_by_admin(by=viewer, comment=comment, note=note)
                message = _("The comment was removed.")
                default = story.get_absolute_url()
            else:
                care.story_remove(by=viewer, story=story, note=note)
                message = _("The story “%(title)s” was removed.") % {"title": story.title}
                default = reverse("stories:moderation-log")
            return _done(request, message, _next_url(request, default))
        status = 422
    context = {
        "story": story,
        "comment": comment,
        "form": form,
        "next": _next_url(request, ""),
        "action_url": (
            reverse("stories:comment-remove", args=[comment.pk])
            if comment is not None
            else reverse("stories:story-remove", args=[story.pk])
        ),
        "cancel_url": _comment_url(comment) if comment is not None else story.get_absolute_url(),
    }
    template = (
        "stories/care_remove.html#remove-form" if request.htmx else "stories/care_remove.html"
    )
    return render(request, template, context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def story_remove(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _remove(request, story=_story_or_404(request, pk), comment=None)


@login_required
@require_http_methods(["GET", "POST"])
def comment_remove(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    comment = _comment_or_404(request, pk)
    return _remove(request, story=comment.story, comment=comment)


# --- a leader's response -----------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def story_acknowledge(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    story = _story_or_404(request, pk)
    viewer = request.user
    if not permissions.can_acknowledge(viewer, story):
        raise PermissionDenied
    form = AcknowledgeForm(_posted(request))
    status = 200
    conflict = ""
    if request.method == "GET" and selectors_care.acknowledgement_exists(story=story):
        conflict, status = _("A leader has already responded to this lesson."), 409
    elif request.method == "POST" and form.is_valid():
        try:
            care.story_acknowledge(story=story, by=viewer, note=form.cleaned_data["note"])
        except care.CareConflict as exc:
            conflict, status = exc.message, 409
        else:
            if request.htmx:
                return render(
                    request, "stories/_leader_response.html", {"story": story, "viewer": viewer}
                )
            messages.success(request, _("Your response was added to the lesson."))
            return redirect(f"{story.get_absolute_url()}#leader-response")
    elif form.errors:
        status = 422
    context = {"story": story, "viewer": viewer, "ack_form": form, "care_conflict": conflict}
    template = "stories/_leader_response.html" if request.htmx else "stories/care_acknowledge.html"
    return render(request, template, context, status=status)


# --- experiments -------------------------------------------------------------------------------


def _experiment_or_404(request: AuthenticatedRequest, pk: int) -> Story:
    story = _story_or_404(request, pk)
    if story.kind != StoryKind.EXPERIMENT:
        raise Http404
    if not permissions.can_run_experiment(request.user, story):
        raise PermissionDenied
    return story


@login_required
@require_POST
def experiment_start(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    story = _experiment_or_404(request, pk)
    context: dict[str, Any] = {"story": story, "viewer": request.user}
    try:
        care.experiment_start(story=story, by=request.user)
    except care.CareConflict as exc:
        if request.htmx:
            context["care_conflict"] = exc.message
            return render(request, "stories/_experiment.html", context, status=409)
        return render(
            request,
            "stories/care_conflict.html",
            {"message": exc.message, "back_url": story.get_absolute_url()},
            status=409,
        )
    if request.htmx:
        return render(request, "stories/_experiment.html", context)
    messages.success(request, _("The experiment is running."))
    return redirect(story.get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def experiment_close(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    story = _experiment_or_404(request, pk)
    form = ExperimentCloseForm(_posted(request))
    status = 200
    conflict = ""
    if story.experiment_status == ExperimentStatus.ENDED:
        conflict, status = _("This experiment has already been closed out."), 409
    elif request.method == "POST" and form.is_valid():
        try:
            care.experiment_close_out(
                story=story,
                by=request.user,
                result=form.cleaned_data["result"],
                lesson=form.cleaned_data["lesson"],
            )
        except care.CareConflict as exc:
            conflict, status = exc.message, 409
        else:
            return _done(
                request,
                _("The experiment is closed out. Thank you for sharing the result."),
                story.get_absolute_url(),
            )
    elif form.errors:
        status = 422
    context = {"story": story, "form": form, "conflict": conflict}
    template = (
        "stories/care_experiment_close.html#close-form"
        if request.htmx
        else "stories/care_experiment_close.html"
    )
    return render(request, template, context, status=status)


# --- highlights --------------------------------------------------------------------------------


@login_required
@require_POST
def story_highlight(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    story = _story_or_404(request, pk)
    viewer: Person = request.user
    if not permissions.can_highlight(viewer, story):
        raise PermissionDenied
    form = HighlightForm(request.POST)
    if not form.is_valid():
        message = _("Choose to highlight or not.")
        if request.htmx:
            return render(
                request,
                "stories/_care_actions.html",
                {"story": story, "viewer": viewer, "care_conflict": message},
                status=422,
            )
        return render(
            request,
            "stories/care_conflict.html",
            {"message": message, "back_url": story.get_absolute_url()},
            status=422,
        )
    on = form.cleaned_data["on"]
    care.story_highlight_set(story=story, by=viewer, on=on)
    if request.htmx:
        return render(request, "stories/_care_actions.html", {"story": story, "viewer": viewer})
    messages.success(
        request,
        _("The story is highlighted for everyone.") if on else _("The highlight was removed."),
    )
    return redirect(_next_url(request, story.get_absolute_url()))


urlpatterns: list[URLPattern] = [
    path("<int:pk>/report/", story_report, name="report-story"),
    path("comments/<int:pk>/report/", comment_report, name="report-comment"),
    path("moderation/", moderation_queue, name="moderation"),
    path("moderation/log/", moderation_log, name="moderation-log"),
    path("moderation/notes/<int:pk>/", moderation_note_detail, name="moderation-note"),
    path("<int:pk>/moderate/", story_moderate, name="moderate-story"),
    path("comments/<int:pk>/moderate/", comment_moderate, name="moderate-comment"),
    path("<int:pk>/remove/", story_remove, name="story-remove"),
    path("comments/<int:pk>/remove/", comment_remove, name="comment-remove"),
    path("<int:pk>/acknowledge/", story_acknowledge, name="acknowledge"),
    path("<int:pk>/experiment/start/", experiment_start, name="experiment-start"),
    path("<int:pk>/experiment/close/", experiment_close, name="experiment-close"),
    path("<int:pk>/highlight/", story_highlight, name="highlight"),
]
