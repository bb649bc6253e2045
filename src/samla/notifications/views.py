"""Notification pages: the list, opening one, marking read, the bell, and preferences."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from samla.core.http import AuthenticatedRequest
from samla.notifications import selectors, services
from samla.notifications.forms import PreferenceForm
from samla.notifications.models import Notification

PAGE_SIZE = 20
CHANGED_EVENT = "notificationsChanged"  # the bell listens for it and refreshes


def _own_or_404(request: AuthenticatedRequest, pk: int) -> Notification:
    notification = selectors.notification_get_for(recipient=request.user, pk=pk)
    if notification is None:
        raise Http404
    return notification


def _list_context(request: AuthenticatedRequest) -> dict[str, object]:
    """One page of the person's notifications. Those shown are marked read, but this page still
    shows them as new."""
    page = Paginator(selectors.notifications_for(recipient=request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    shown = list(page.object_list)
    unread_ids = [n.pk for n in shown if n.read_at is None]
    if unread_ids:
        services.notifications_mark_read(recipient=request.user, ids=unread_ids)
    return {
        "page": page,
        "notifications": shown,
        "notifications_unread": selectors.notifications_unread_count(recipient=request.user),
        "nav": "notifications",
    }


@login_required
@require_GET
def notification_list(request: AuthenticatedRequest) -> HttpResponse:
    context = _list_context(request)
    if request.htmx:
        response = render(request, "notifications/notification_list.html#list", context)
        response["HX-Trigger"] = CHANGED_EVENT
        return response
    return render(request, "notifications/notification_list.html", context)


@login_required
@require_POST
def notification_mark_all_read(request: AuthenticatedRequest) -> HttpResponse:
    count = services.notifications_mark_all_read(recipient=request.user)
    if request.htmx:
        response = render(
            request, "notifications/notification_list.html#list", _list_context(request)
        )
        response["HX-Trigger"] = CHANGED_EVENT
        return response
    if count:
        messages.success(request, _("All notifications are marked as read."))
    return redirect("notifications:notification-list")


@login_required
@require_POST
def notification_mark_read(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    notification = services.notification_mark_read(notification=_own_or_404(request, pk))
    if request.htmx:
        response = render(
            request,
            "notifications/notification_list.html#item",
            {"notification": notification, "was_unread": False},
        )
        response["HX-Trigger"] = CHANGED_EVENT
        return response
    return redirect("notifications:notification-list")


def _safe_path(url: str) -> str | None:
    if url.startswith("/") and url_has_allowed_host_and_scheme(url, allowed_hosts=None):
        return url
    return None


@login_required
@require_http_methods(["GET", "POST"])
def notification_open(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Mark the notification read and go where it leads: only ever a path on this site."""
    notification = services.notification_mark_read(notification=_own_or_404(request, pk))
    target = _safe_path(notification.url) or reverse("notifications:notification-list")
    return HttpResponseRedirect(target)


@require_GET
def bell(request: HttpRequest) -> HttpResponse:
    """HTMX: the bell in the header, polled every minute. A signed-out visitor gets 286, which
    tells htmx to stop polling."""
    if not request.user.is_authenticated:
        return HttpResponse(status=286)
    return render(request, "notifications/_bell.html")


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request: AuthenticatedRequest) -> HttpResponse:
    preference = selectors.preference_get(person=request.user)
    data = request.POST if request.method == "POST" else None
    form = PreferenceForm(data, preference=preference)
    saved = False
    if request.method == "POST" and form.is_valid():
        services.preference_update(
            person=request.user,
            email_enabled=form.email_enabled(),
            email_by_kind=form.email_by_kind(),
        )
        if not request.htmx:
            messages.success(request, _("Your notification settings were saved."))
            return redirect("notifications:preferences")
        saved = True
        form = PreferenceForm(preference=selectors.preference_get(person=request.user))
    status = 422 if form.errors else 200
    context = {"form": form, "saved": saved, "nav": "notifications"}
    template = (
        "notifications/preferences.html#preferences-form"
        if request.htmx
        else "notifications/preferences.html"
    )
    return render(request, template, context, status=status)
