"""Meetings and occurrences: create and change a meeting (one-off or series), the meeting page,
the occurrence page (RSVP, attendance, presenter, c-practice's part), move, change or cancel one
occurrence, and the HTMX partials for RSVP and attendance.

Meetings of circles a person may not see answer 404; bad input re-renders the form with 422.
"""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from samla.circles import permissions, selectors
from samla.circles.enums import MeetingKind, RsvpAnswer
from samla.circles.forms import (
    CapacityForm,
    MeetingForm,
    OccurrenceEditForm,
    OccurrenceMoveForm,
    RsvpForm,
)
from samla.circles.models import LEARNING_MEETING_MINUTES, Meeting, Occurrence
from samla.circles.services import meetings as services
from samla.circles.views_circles import back_url, refused
from samla.core.http import AuthenticatedRequest
from samla.people.models import Person


def _meeting_or_404(request: AuthenticatedRequest, pk: int, *, manage: bool = False) -> Meeting:
    meeting = selectors.meeting_get_visible(viewer=request.user, pk=pk)
    if meeting is None or (manage and not permissions.can_manage_meeting(request.user, meeting)):
        raise Http404
    return meeting


def _occurrence_or_404(
    request: AuthenticatedRequest, pk: int, *, manage: bool = False
) -> Occurrence:
    occ = selectors.occurrence_get_visible(viewer=request.user, pk=pk)
    if occ is None or (manage and not permissions.can_manage_meeting(request.user, occ.meeting)):
        raise Http404
    return occ


@login_required
@require_http_methods(["GET", "POST"])
def meeting_create(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    circle = selectors.circle_get_visible(viewer=request.user, slug=slug)
    if circle is None or not permissions.can_manage_circle(request.user, circle):
        raise Http404
    start = timezone.localtime(timezone.now(), ZoneInfo("Europe/Copenhagen"))
    initial = {
        "kind": MeetingKind.LEARNING,
        "timezone": "Europe/Copenhagen",
        "day": (start + timedelta(days=7)).date(),
        "start_time": "09:00",
        "end_time": f"09:{LEARNING_MEETING_MINUTES:02d}",
        "repeat": "weekly",
        "interval": 1,
        "count": 26,
        "has_rota": True,
    }
    form = MeetingForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.meeting_create(
                circle=circle, by=request.user, data=form.meeting_data()
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The meeting is planned."))
            return HttpResponseRedirect(meeting.get_absolute_url())
    status = 422 if request.method == "POST" else 200
    return render(
        request,
        "circles/meeting_form.html",
        {"form": form, "circle": circle, "nav": "circles"},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def meeting_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    meeting = _meeting_or_404(request, pk, manage=True)
    if meeting.cancelled_at is not None:
        raise Http404
    form = MeetingForm(request.POST or None, initial=MeetingForm.initial_for(meeting))
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_update(meeting=meeting, by=request.user, data=form.meeting_data())
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request, _("The whole series was changed. Everyone who said yes gets an update.")
            )
            return HttpResponseRedirect(meeting.get_absolute_url())
    status = 422 if request.method == "POST" else 200
    return render(
        request,
        "circles/meeting_form.html",
        {"form": form, "circle": meeting.circle, "meeting": meeting, "nav": "circles"},
        status=status,
    )


@login_required
@require_POST
def meeting_cancel(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    meeting = _meeting_or_404(request, pk, manage=True)
    services.meeting_cancel(meeting=meeting, by=request.user)
    messages.success(request, _("The meeting series was cancelled."))
    return HttpResponseRedirect(meeting.circle.get_absolute_url())


@login_required
@require_POST
def meeting_capacity(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    meeting = _meeting_or_404(request, pk, manage=True)
    form = CapacityForm(request.POST)
    back = meeting.get_absolute_url()
    if not form.is_valid():
        return refused(request, ValidationError(list(form.errors["capacity"])), back, status=422)
    try:
        services.meeting_capacity_set(meeting=meeting, capacity=form.cleaned_data["capacity"])
    except ValidationError as exc:
        return refused(request, exc, back, status=409)
    messages.success(request, _("The number of places was changed."))
    return HttpResponseRedirect(back)


@login_required
@require_GET
def meeting_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    meeting = _meeting_or_404(request, pk)
    return render(
        request,
        "circles/meeting_detail.html",
        {
            "meeting": meeting,
            "circle": meeting.circle,
            "upcoming": selectors.meeting_occurrences(meeting=meeting),
            "past": selectors.meeting_occurrences(meeting=meeting, past=True, limit=10),
            "can_manage": permissions.can_manage_meeting(request.user, meeting),
            "capacity_form": CapacityForm(initial={"capacity": meeting.capacity}),
            "nav": "circles",
        },
    )


def _occurrence_context(request: AuthenticatedRequest, occ: Occurrence) -> dict[str, object]:
    viewer = request.user
    page = selectors.occurrence_page(viewer=viewer, occurrence=occ)
    now = timezone.now()
    return {
        "occurrence": occ,
        "meeting": occ.meeting,
        "circle": occ.meeting.circle,
        "page": page,
        "viewer": viewer,
        "answers": RsvpAnswer.choices,
        "can_rsvp": permissions.can_rsvp(viewer, occ) and occ.end > now,
        "can_check_in": permissions.can_check_in(viewer, occ)
        and occ.start - timedelta(minutes=30) <= now <= occ.end + timedelta(days=1),
        "can_mark": permissions.can_mark_attendance(viewer, occ)
        and occ.start - timedelta(minutes=30) <= now,
        "can_manage": permissions.can_manage_meeting(viewer, occ.meeting),
        "is_past": occ.end <= now,
        "tz": occ.meeting.timezone,
        "nav": "circles",
    }


@login_required
@require_GET
def occurrence_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    occ = _occurrence_or_404(request, pk)
    return render(request, "circles/occurrence_detail.html", _occurrence_context(request, occ))


@login_required
@require_POST
def occurrence_rsvp(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    occ = _occurrence_or_404(request, pk)
    if not permissions.can_rsvp(request.user, occ):
        raise Http404
    form = RsvpForm(request.POST)
    error = ""
    if form.is_valid():
        try:
            services.rsvp_set(
                occurrence=occ, person=request.user, answer=form.cleaned_data["answer"]
            )
        except ValidationError as exc:
            error = " ".join(exc.messages)
    else:
        error = _("Choose yes, maybe or no.")
    if request.htmx:
        context = _occurrence_context(request, occ)
        context["rsvp_error"] = error
        return render(
            request, "circles/occurrence_detail.html#rsvp", context, status=422 if error else 200
        )
    if error:
        return refused(request, ValidationError(error), occ.get_absolute_url(), status=422)
    messages.success(request, _("Your answer was saved."))
    return HttpResponseRedirect(back_url(request, occ.get_absolute_url()))


@login_required
@require_POST
def occurrence_check_in(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    occ = _occurrence_or_404(request, pk)
    if not permissions.can_check_in(request.user, occ):
        raise Http404
    error = ""
    try:
        services.attendance_check_in(occurrence=occ, person=request.user)
    except ValidationError as exc:
        error = " ".join(exc.messages)
    return _attendance_response(request, occ, error, _("You are checked in."))


@login_required
@require_POST
def occurrence_attendance(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    occ = _occurrence_or_404(request, pk)
    if not permissions.can_mark_attendance(request.user, occ):
        raise Http404
    ids = {int(v) for v in request.POST.getlist("present") if v.isdigit()}
    people = list(
        Person.objects.filter(
            pk__in=ids,
            circle_memberships__circle=occ.meeting.circle,
            circle_memberships__status="active",
        )
    )
    error = ""
    try:
        services.attendance_set(occurrence=occ, by=request.user, present=people)
    except ValidationError as exc:
        error = " ".join(exc.messages)
    return _attendance_response(request, occ, error, _("Attendance was saved."))


def _attendance_response(
    request: AuthenticatedRequest, occ: Occurrence, error: str, ok: str
) -> HttpResponse:
    if request.htmx:
        context = _occurrence_context(request, occ)
        context["attendance_error"] = error
        return render(
            request,
            "circles/occurrence_detail.html#attendance",
            context,
            status=422 if error else 200,
        )
    if error:
        return refused(request, ValidationError(error), occ.get_absolute_url(), status=409)
    messages.success(request, ok)
    return HttpResponseRedirect(occ.get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def occurrence_move(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    occ = _occurrence_or_404(request, pk, manage=True)
    tz = ZoneInfo(occ.meeting.timezone)
    local = occ.start.astimezone(tz)
    initial = {
        "day": local.date(),
        "start_time": local.time(),
        "end_time": occ.end.astimezone(tz).time(),
    }
    form = OccurrenceMoveForm(request.POST or None, initial=initial, tz=tz)
    edit_form = OccurrenceEditForm(initial={"title": occ.title, "agenda": occ.agenda})
    if request.method == "POST" and form.is_valid():
        try:
            services.occurrence_move(
                occurrence=occ,
                by=request.user,
                start=form.cleaned_data["start"],
                duration=form.cleaned_data["duration"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request, _("This meeting was moved. Everyone who said yes gets an update.")
            )
            return HttpResponseRedirect(occ.get_absolute_url())
    status = 422 if request.method == "POST" else 200
    return render(
        request,
        "circles/occurrence_form.html",
        {"form": form, "edit_form": edit_form, "occurrence": occ, "nav": "circles"},
        status=status,
    )


@login_required
@require_POST
def occurrence_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    occ = _occurrence_or_404(request, pk, manage=True)
    form = OccurrenceEditForm(request.POST)
    if not form.is_valid():
        return refused(
            request, ValidationError(_("Check the title and agenda.")), occ.get_absolute_url(), 422
        )
    services.occurrence_update(
        occurrence=occ,
        by=request.user,
        title=form.cleaned_data["title"],
        agenda=form.cleaned_data["agenda"],
    )
    messages.success(request, _("This meeting was changed."))
    return HttpResponseRedirect(occ.get_absolute_url())


@login_required
@require_POST
def occurrence_cancel(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    occ = _occurrence_or_404(request, pk, manage=True)
    services.occurrence_cancel(occurrence=occ, by=request.user)
    messages.success(request, _("This meeting was cancelled. Everyone who said yes is told."))
    return HttpResponseRedirect(occ.get_absolute_url())


urlpatterns: list[URLPattern] = [
    path("<slug:slug>/meetings/new/", meeting_create, name="meeting-create"),
    path("meetings/<int:pk>/", meeting_detail, name="meeting-detail"),
    path("meetings/<int:pk>/edit/", meeting_edit, name="meeting-edit"),
    path("meetings/<int:pk>/cancel/", meeting_cancel, name="meeting-cancel"),
    path("meetings/<int:pk>/capacity/", meeting_capacity, name="meeting-capacity"),
    path("occurrences/<int:pk>/", occurrence_detail, name="occurrence-detail"),
    path("occurrences/<int:pk>/rsvp/", occurrence_rsvp, name="occurrence-rsvp"),
    path("occurrences/<int:pk>/check-in/", occurrence_check_in, name="occurrence-check-in"),
    path("occurrences/<int:pk>/attendance/", occurrence_attendance, name="occurrence-attendance"),
    path("occurrences/<int:pk>/move/", occurrence_move, name="occurrence-move"),
    path("occurrences/<int:pk>/edit/", occurrence_edit, name="occurrence-edit"),
    path("occurrences/<int:pk>/cancel/", occurrence_cancel, name="occurrence-cancel"),
]
