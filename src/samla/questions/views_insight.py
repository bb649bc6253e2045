"""Routing pages (q-routing): the learning leads' "demand against supply", and the page where
anyone says "don't route questions to me". q-core's urls.py gathers `urlpatterns`."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from samla.core.http import AuthenticatedRequest
from samla.questions import selectors_routing, services_routing


class RoutingForm(forms.Form):
    opted_out = forms.BooleanField(
        required=False,
        label=gettext_lazy("Don’t route questions to me"),
        help_text=gettext_lazy(
            "You stay on your profile as someone who can help, and you can still answer any "
            "question; Samla just stops asking you directly."
        ),
    )


@login_required
@require_http_methods(["GET"])
def insight(request: AuthenticatedRequest) -> HttpResponse:
    if not selectors_routing.can_view_routing_insight(request.user):
        raise Http404
    rows = selectors_routing.topic_demand()
    return render(request, "questions/insight_demand.html", {"rows": rows})


@login_required
@require_http_methods(["GET", "POST"])
def routing_settings(request: AuthenticatedRequest) -> HttpResponse:
    person = request.user
    if request.method == "POST":
        form = RoutingForm(request.POST)
        if form.is_valid():
            opted_out = services_routing.routing_opt_out_set(
                person=person, opted_out=form.cleaned_data["opted_out"]
            )
            message = (
                _("Samla will not send you questions.")
                if opted_out
                else _("Samla will send you questions on topics you can help with.")
            )
            if request.htmx:
                context = {"form": RoutingForm(initial={"opted_out": opted_out}), "saved": message}
                return render(request, "questions/insight_routing.html#routing-form", context)
            messages.success(request, message)
            return HttpResponseRedirect(reverse("questions:routing-settings"))
        status = 422  # (a lone checkbox is never invalid; kept for the forms convention)
    else:
        opted_out = services_routing.routing_opt_out_get(person=person)
        form = RoutingForm(initial={"opted_out": opted_out})
        status = 200
    return render(request, "questions/insight_routing.html", {"form": form}, status=status)


urlpatterns: list[URLPattern] = [
    path("insight/", insight, name="insight"),
    path("routing/", routing_settings, name="routing-settings"),
]
