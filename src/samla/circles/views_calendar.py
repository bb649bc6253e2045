"""Calendar pages and feeds (c-cal).

- `calendar/` (signed in): the person's subscription address, to copy, renew or turn off, and
  the address of each of their circles' feeds.
- `calendar/<token>.ics`: the personal feed; `calendar/<token>/<slug>.ics`: a circle's feed,
  for the key's person, only if that person may see the circle. Calendar programs cannot sign
  in, so the token stands for the person. Unknown address or invisible circle → 404, a turned
  off address → 410, both with a short plain-text explanation.
- `calendar/occurrences/<pk>.ics` (signed in): one occurrence to import.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from samla.circles import ical, selectors, selectors_calendar, services_calendar
from samla.core.http import AuthenticatedRequest
from samla.people.models import Person


def _plain(text: str, status: int) -> HttpResponse:
    response = HttpResponse(text + "\n", status=status, content_type="text/plain; charset=utf-8")
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "no-store"
    return response


def _not_found() -> HttpResponse:
    return _plain(_("There is no calendar at this address."), 404)


def _revoked() -> HttpResponse:
    return _plain(
        _(
            "This calendar address was turned off by its owner. Open Samla, go to Circles → "
            "Calendar and copy your new address into your calendar program."
        ),
        410,
    )


def _ics(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "private, max-age=300"
    response["Referrer-Policy"] = "no-referrer"
    return response


def _feed_person(token: str) -> Person | HttpResponse:
    found = services_calendar.calendar_key_resolve(token=token)
    if found.key is None:
        return _not_found()
    if found.revoked or found.person is None:
        return _revoked()
    return found.person


@require_safe
def personal_feed(request: HttpRequest, token: str) -> HttpResponse:
    person = _feed_person(token)
    if isinstance(person, HttpResponse):
        return person
    with translation.override(person.language):
        events = selectors_calendar.personal_events(person=person)
        content = ical.feed(
            events,
            name=_("My meetings in %(site)s") % {"site": settings.SITE_NAME},
            description=_("Meetings of %(name)s's circles and workshops")
            % {"name": person.full_name},
        )
    return _ics(content, "samla.ics")


@require_safe
def circle_feed(request: HttpRequest, token: str, slug: str) -> HttpResponse:
    person = _feed_person(token)
    if isinstance(person, HttpResponse):
        return person
    circle = selectors.circle_get_visible(viewer=person, slug=slug)
    if circle is None:
        return _not_found()
    with translation.override(person.language):
        events = selectors_calendar.circle_events(circle=circle)
        content = ical.feed(events, name=circle.name)
    return _ics(content, f"{circle.slug}.ics")


@login_required
@require_safe
def occurrence_ics(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    occurrence = selectors.occurrence_get_visible(viewer=request.user, pk=pk)
    if occurrence is None:
        raise Http404
    content = ical.single(selectors_calendar.event_for(occurrence))
    return _ics(content, f"meeting-{occurrence.pk}.ics")


def _addresses(request: HttpRequest, token: str, person: Person) -> list[tuple[str, str]]:
    return [
        (
            circle.name,
            request.build_absolute_uri(
                reverse("circles:calendar-circle-feed", args=[token, circle.slug])
            ),
        )
        for circle in selectors_calendar.feed_circles(person=person)
    ]


@login_required
@require_safe
def calendar_settings(request: AuthenticatedRequest) -> HttpResponse:
    person = request.user
    key = services_calendar.calendar_key_live(person=person)
    context: dict[str, object] = {"key": key, "nav": "circles"}
    if key is not None:
        token = services_calendar.token_for(key)
        url = request.build_absolute_uri(reverse("circles:calendar-feed", args=[token]))
        context.update(
            feed_url=url,
            webcal_url="webcal://" + url.split("://", 1)[1],
            circle_addresses=_addresses(request, token, person),
        )
    return render(request, "circles/calendar_settings.html", context)


@login_required
@require_POST
def calendar_key_action(request: AuthenticatedRequest) -> HttpResponse:
    action = request.POST.get("action")
    person = request.user
    if action == "create":
        services_calendar.calendar_key_create(person=person)
        messages.success(request, _("Your calendar address is ready: copy it below."))
    elif action == "renew":
        services_calendar.calendar_key_renew(person=person)
        messages.success(
            request,
            _(
                "You have a new calendar address. The old one no longer works: "
                "replace it in your calendar program."
            ),
        )
    elif action == "revoke":
        services_calendar.calendar_key_revoke(person=person)
        messages.success(request, _("Your calendar address no longer works."))
    else:
        return render(
            request,
            "circles/calendar_settings.html",
            {
                "key": services_calendar.calendar_key_live(person=person),
                "error": _("Choose to make, renew or turn off your address."),
                "nav": "circles",
            },
            status=400,
        )
    return redirect("circles:calendar-settings")


urlpatterns: list[URLPattern] = [
    path("calendar/", calendar_settings, name="calendar-settings"),
    path("calendar/address/", calendar_key_action, name="calendar-key"),
    path("calendar/occurrences/<int:pk>.ics", occurrence_ics, name="calendar-occurrence"),
    path("calendar/<str:token>.ics", personal_feed, name="calendar-feed"),
    path("calendar/<str:token>/<slug:slug>.ics", circle_feed, name="calendar-circle-feed"),
]
