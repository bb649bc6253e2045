"""Views for the practices around meetings: the topic backlog page, votes, the presenter's choice
of topic, feedback, the facilitator's reflection, notes (and "make it a story"), action items.

Most of these are POSTs from the includes on c-core's occurrence and circle pages. Without
JavaScript each redirects back (or, on bad input, shows its form again on a small page with
status 422, or 409 for a conflict); with htmx, votes and feedback answer their partial. A circle
or occurrence the person may not see answers 404 whatever they ask for; something they may see
but not change answers 403.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import URLPattern, path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from samla.circles import permissions, selectors
from samla.circles import selectors_practice as sel
from samla.circles import services_practice as svc
from samla.circles.forms_practice import (
    ActionForm,
    BringOwnForm,
    FeedbackForm,
    NotesForm,
    ReflectionForm,
    StoryAudienceForm,
    TopicForm,
)
from samla.circles.models import Circle, Occurrence
from samla.circles.models_practice import Topic
from samla.core.http import AuthenticatedRequest

# --- helpers -------------------------------------------------------------------------------------


def _back_url(request: HttpRequest, fallback: str) -> str:
    """Where a no-JavaScript form goes back to: its `next` field, if it is a path on this site."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate.startswith("/") and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback


def _circle_or_404(request: AuthenticatedRequest, slug: str) -> Circle:
    circle = selectors.circle_get_visible(viewer=request.user, slug=slug)
    if circle is None:
        raise Http404
    return circle


def _occurrence_or_404(request: AuthenticatedRequest, pk: int) -> Occurrence:
    occurrence = selectors.occurrence_get_visible(viewer=request.user, pk=pk)
    if occurrence is None:
        raise Http404
    return occurrence


def _topic_or_404(request: AuthenticatedRequest, pk: int) -> Topic:
    topic = sel.topic_get_visible(viewer=request.user, pk=pk)
    if topic is None:
        raise Http404
    return topic


def _messages_of(exc: ValidationError) -> list[str]:
    return [str(m) for m in exc.messages]


def _problem(
    request: HttpRequest,
    *,
    title: str,
    back: str,
    status: int,
    form: Any = None,
    action: str = "",
    submit: str = "",
    errors: list[str] | None = None,
    extra: dict[str, Any] | None = None,
) -> HttpResponse:
    """A small page with what went wrong and, where there is one, the form to try again."""
    context = {
        "title": title,
        "back": back,
        "form": form,
        "action": action,
        "submit": submit,
        "errors": errors or [],
        **(extra or {}),
    }
    return render(request, "circles/practice_form.html", context, status=status)


def _occurrence_url(occurrence: Occurrence, anchor: str) -> str:
    return f"{occurrence.get_absolute_url()}#{anchor}"


def _topics_url(circle: Circle) -> str:
    return reverse("circles:practice-topics", args=[circle.slug])


# --- Topic backlog -------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def circle_topics(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    """The circle's backlog: propose, vote, and the topics that were presented."""
    circle = _circle_or_404(request, slug)
    form = TopicForm()
    status = 200
    if request.method == "POST":
        form = TopicForm(request.POST)
        if form.is_valid():
            try:
                topic = svc.topic_propose(circle=circle, by=request.user, **form.cleaned_data)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("Your topic is in the backlog."))
                return redirect(f"{_topics_url(circle)}#topic-{topic.pk}")
        status = 422
    context = {
        "circle": circle,
        "topics": sel.backlog(circle=circle, viewer=request.user),
        "done": sel.topics_done(circle=circle),
        "form": form,
        "can_propose": sel.can_propose_topic(request.user, circle),
        "can_vote": circle.archived_at is None and permissions.is_member(request.user, circle),
        "can_manage": permissions.can_manage_circle(request.user, circle),
        "viewer": request.user,
    }
    return render(request, "circles/practice_topics.html", context, status=status)


@login_required
@require_POST
def topic_vote(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Vote for a topic, or take the vote back (`action` = vote | retract)."""
    topic = _topic_or_404(request, pk)
    action = request.POST.get("action", "vote")
    if action not in ("vote", "retract"):
        return _problem(
            request,
            title=_("That did not work"),
            back=_topics_url(topic.circle),
            status=400,
            errors=[_("Vote for a topic or take your vote back.")],
        )
    error = ""
    try:
        if action == "vote":
            svc.topic_vote(topic=topic, by=request.user)
        else:
            svc.topic_unvote(topic=topic, by=request.user)
    except ValidationError as exc:
        error = " ".join(_messages_of(exc))
    circle = topic.circle
    topic = sel.topic_decorate(topic=Topic.objects.get(pk=topic.pk), viewer=request.user)
    back = _back_url(request, _topics_url(circle))
    if request.htmx:
        context = {"topic": topic, "can_vote": True, "back": back, "vote_error": error}
        return render(request, "circles/_practice_vote.html", context, status=409 if error else 200)
    if error:
        return _problem(request, title=_("Your vote"), back=back, status=409, errors=[error])
    if action == "vote":
        messages.success(request, _("Your vote was counted."))
    else:
        messages.success(request, _("Your vote was taken back."))
    return HttpResponseRedirect(back)


@login_required
@require_POST
def topic_withdraw(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    topic = _topic_or_404(request, pk)
    try:
        svc.topic_withdraw(topic=topic, by=request.user)
    except ValidationError as exc:
        return _problem(
            request,
            title=_("Withdraw a topic"),
            back=_topics_url(topic.circle),
            status=409,
            errors=_messages_of(exc),
        )
    messages.success(request, _("The topic was taken off the backlog."))
    return HttpResponseRedirect(_back_url(request, _topics_url(topic.circle)))


@login_required
@require_POST
def occurrence_topic(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The presenter picks a topic from the backlog (`action=pick`, `topic`), brings their own
    (`action=bring`, `title`, `details`) or puts the choice back (`action=release`)."""
    occurrence = _occurrence_or_404(request, pk)
    back = _occurrence_url(occurrence, "practice-topic")
    if not sel.can_pick_topic(request.user, occurrence):
        raise PermissionDenied
    action = request.POST.get("action", "")
    try:
        if action == "pick":
            try:
                topic_id = int(request.POST.get("topic", ""))
            except ValueError:
                topic_id = 0
            topic = sel.topic_get(pk=topic_id)
            if topic is None or topic.circle_id != occurrence.meeting.circle_id:
                return _problem(
                    request,
                    title=_("Choose a topic"),
                    back=back,
                    status=422,
                    errors=[_("Choose a topic from this circle's backlog.")],
                )
            svc.topic_pick(occurrence=occurrence, topic=topic, by=request.user)
            messages.success(request, _("The topic was chosen for this meeting."))
        elif action == "bring":
            form = BringOwnForm(request.POST)
            if not form.is_valid():
                return _problem(
                    request,
                    title=_("Bring your own topic"),
                    back=back,
                    status=422,
                    form=form,
                    action=reverse("circles:practice-occurrence-topic", args=[occurrence.pk]),
                    submit=_("Choose this topic"),
                    extra={"hidden": {"action": "bring"}},
                )
            svc.topic_bring_own(occurrence=occurrence, by=request.user, **form.cleaned_data)
            messages.success(request, _("Your topic was chosen for this meeting."))
        elif action == "release":
            svc.topic_release(occurrence=occurrence, by=request.user)
            messages.success(request, _("The topic is back in the backlog."))
        else:
            return _problem(
                request,
                title=_("That did not work"),
                back=back,
                status=400,
                errors=[_("Choose a topic, bring your own, or put the choice back.")],
            )
    except ValidationError as exc:
        return _problem(
            request, title=_("Choose a topic"), back=back, status=409, errors=_messages_of(exc)
        )
    return HttpResponseRedirect(back)


# --- Feedback and reflection ---------------------------------------------------------------------


def _feedback_partial(
    request: AuthenticatedRequest,
    occurrence: Occurrence,
    *,
    form: FeedbackForm | None = None,
    saved: bool = False,
    status: int = 200,
) -> HttpResponse:
    practice = sel.occurrence_practice(occurrence=occurrence, viewer=request.user)
    context = {
        "occurrence": occurrence,
        "viewer": request.user,
        "practice": practice,
        "feedback_form": form,
        "feedback_saved": saved,
    }
    return render(request, "circles/_practice_occurrence.html#feedback", context, status=status)


@login_required
@require_POST
def occurrence_feedback(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    occurrence = _occurrence_or_404(request, pk)
    if not sel.can_give_feedback(request.user, occurrence):
        raise PermissionDenied
    form = FeedbackForm(request.POST, auto_id=f"feedback-{occurrence.pk}-%s")
    if form.is_valid():
        try:
            svc.feedback_save(occurrence=occurrence, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error("rating" if exc.code == "rating" else "will_try", exc)
        else:
            if request.htmx:
                return _feedback_partial(request, occurrence, saved=True)
            messages.success(request, _("Thank you for your feedback."))
            return HttpResponseRedirect(_occurrence_url(occurrence, "practice-feedback"))
    if request.htmx:
        return _feedback_partial(request, occurrence, form=form, status=422)
    return _problem(
        request,
        title=_("Your feedback"),
        back=_occurrence_url(occurrence, "practice-feedback"),
        status=422,
        form=form,
        action=reverse("circles:practice-feedback", args=[occurrence.pk]),
        submit=_("Send feedback"),
    )


@login_required
@require_POST
def occurrence_reflection(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    occurrence = _occurrence_or_404(request, pk)
    if not sel.can_reflect(request.user, occurrence):
        raise PermissionDenied
    form = ReflectionForm(request.POST)
    if form.is_valid():
        try:
            svc.reflection_save(occurrence=occurrence, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error("text", exc)
        else:
            messages.success(request, _("Your reflection was saved."))
            return HttpResponseRedirect(_occurrence_url(occurrence, "practice-reflection"))
    return _problem(
        request,
        title=_("Your reflection"),
        back=_occurrence_url(occurrence, "practice-reflection"),
        status=422,
        form=form,
        action=reverse("circles:practice-reflection", args=[occurrence.pk]),
        submit=_("Save reflection"),
    )


# --- Notes ---------------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def occurrence_notes(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Write or edit an occurrence's notes (any member)."""
    occurrence = _occurrence_or_404(request, pk)
    if not sel.can_edit_notes(request.user, occurrence):
        raise PermissionDenied
    keys = sel.notes_keys(occurrence)
    notes = sel.notes_get(occurrence=occurrence)
    status = 200
    conflict = False
    if request.method == "POST":
        form = NotesForm(request.POST, keys=keys)
        if form.is_valid():
            try:
                svc.notes_save(
                    occurrence=occurrence,
                    by=request.user,
                    sections=form.sections(),
                    version=form.cleaned_data.get("version"),
                )
            except ValidationError as exc:
                conflict = exc.code == "conflict"
                form.add_error(None, exc)
            else:
                messages.success(request, _("The notes were saved."))
                return HttpResponseRedirect(_occurrence_url(occurrence, "practice-notes"))
        status = 409 if conflict else 422
    else:
        initial: dict[str, Any] = {"version": notes.version if notes else 0}
        if notes is not None:
            initial.update(notes.sections)
        form = NotesForm(initial=initial, keys=keys)
    context = {
        "occurrence": occurrence,
        "circle": occurrence.meeting.circle,
        "form": form,
        "notes": notes,
        "conflict": conflict,
        "is_reflection": keys == sel.REFLECTION_PROMPTS,
    }
    return render(request, "circles/practice_notes.html", context, status=status)


@login_required
@require_POST
def occurrence_notes_story(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Make the notes a story with one click."""
    occurrence = _occurrence_or_404(request, pk)
    if not sel.can_publish_notes(request.user, occurrence):
        raise PermissionDenied
    back = _occurrence_url(occurrence, "practice-notes")
    form = StoryAudienceForm(request.POST)
    audience = form.cleaned_data["audience"] if form.is_valid() else ""
    if request.POST.get("audience") and not audience:
        return _problem(
            request,
            title=_("Make the notes a story"),
            back=back,
            status=400,
            errors=[_("Choose who the story is for.")],
        )
    try:
        story = svc.notes_publish_story(occurrence=occurrence, by=request.user, audience=audience)
    except ValidationError as exc:
        return _problem(
            request,
            title=_("Make the notes a story"),
            back=back,
            status=409,
            errors=_messages_of(exc),
        )
    messages.success(
        request, _("The notes are now a story. Edit it to add topics or a better title.")
    )
    return redirect(story.get_absolute_url())


# --- Action items --------------------------------------------------------------------------------


@login_required
@require_POST
def occurrence_action_add(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    occurrence = _occurrence_or_404(request, pk)
    if not sel.can_add_action(request.user, occurrence):
        raise PermissionDenied
    members = sel.member_choices(circle=occurrence.meeting.circle)
    form = ActionForm(request.POST, members=members)
    if form.is_valid():
        try:
            svc.action_add(
                occurrence=occurrence,
                by=request.user,
                title=form.cleaned_data["title"],
                owner=form.owner_person(),
                due_on=form.cleaned_data["due_on"],
            )
        except ValidationError as exc:
            field = {"owner": "owner", "due_on": "due_on"}.get(str(exc.code), "title")
            form.add_error(field, exc)
        else:
            messages.success(request, _("The action was added."))
            return HttpResponseRedirect(_occurrence_url(occurrence, "practice-actions"))
    return _problem(
        request,
        title=_("Add an action"),
        back=_occurrence_url(occurrence, "practice-actions"),
        status=422,
        form=form,
        action=reverse("circles:practice-action-add", args=[occurrence.pk]),
        submit=_("Add action"),
    )


@login_required
@require_POST
def action_change(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Close or reopen an action item (`action` = close | reopen): its owner or a facilitator."""
    item = sel.action_get_visible(viewer=request.user, pk=pk)
    if item is None:
        raise Http404
    back = _back_url(request, _occurrence_url(item.occurrence, "practice-actions"))
    action = request.POST.get("action", "")
    if action not in ("close", "reopen"):
        return _problem(
            request,
            title=_("That did not work"),
            back=back,
            status=400,
            errors=[_("Mark the action done or open it again.")],
        )
    try:
        if action == "close":
            svc.action_close(item=item, by=request.user)
            messages.success(request, _("The action is done."))
        else:
            svc.action_reopen(item=item, by=request.user)
            messages.success(request, _("The action is open again."))
    except ValidationError as exc:
        return _problem(
            request, title=_("Action items"), back=back, status=409, errors=_messages_of(exc)
        )
    return HttpResponseRedirect(back)


urlpatterns: list[URLPattern] = [
    path("<slug:slug>/topics/", circle_topics, name="practice-topics"),
    path("practice/topics/<int:pk>/vote/", topic_vote, name="practice-topic-vote"),
    path("practice/topics/<int:pk>/withdraw/", topic_withdraw, name="practice-topic-withdraw"),
    path(
        "practice/occurrences/<int:pk>/topic/",
        occurrence_topic,
        name="practice-occurrence-topic",
    ),
    path(
        "practice/occurrences/<int:pk>/feedback/",
        occurrence_feedback,
        name="practice-feedback",
    ),
    path(
        "practice/occurrences/<int:pk>/reflection/",
        occurrence_reflection,
        name="practice-reflection",
    ),
    path("practice/occurrences/<int:pk>/notes/", occurrence_notes, name="practice-notes"),
    path(
        "practice/occurrences/<int:pk>/notes/story/",
        occurrence_notes_story,
        name="practice-notes-story",
    ),
    path(
        "practice/occurrences/<int:pk>/actions/",
        occurrence_action_add,
        name="practice-action-add",
    ),
    path("practice/actions/<int:pk>/", action_change, name="practice-action-change"),
]
