"""Circle pages: the list, the circle page (members, units and offices spanned, facilitators,
upcoming meetings, rota), create and edit, and the membership flows (join, ask, approve,
invite, accept, leave), facilitators, rota opt-out, absences and presenter swaps.

Circles a person may not see answer 404. Every action is a POST that redirects without
JavaScript; a refusal (bad input) answers 409 with the reason and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import URLPattern, path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from samla.circles import permissions, selectors
from samla.circles.enums import CircleKind, MemberStatus
from samla.circles.forms import AbsenceForm, CircleForm, InviteForm
from samla.circles.models import Absence, Circle, Membership, Occurrence
from samla.circles.services import circles as services
from samla.circles.services import rota as rota_services
from samla.core.http import AuthenticatedRequest


def refused(
    request: HttpRequest, error: ValidationError, back: str, status: int = 409
) -> HttpResponse:
    """A service said no: the reason, a way back, nothing changed."""
    return render(
        request,
        "circles/refused.html",
        {"messages_list": error.messages, "back": back},
        status=status,
    )


def back_url(request: HttpRequest, fallback: str) -> str:
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


def _managed_or_404(request: AuthenticatedRequest, slug: str) -> Circle:
    circle = _circle_or_404(request, slug)
    if not permissions.can_manage_circle(request.user, circle):
        raise Http404
    return circle


@login_required
@require_GET
def circle_list(request: AuthenticatedRequest) -> HttpResponse:
    kind = request.GET.get("kind") or ""
    if kind and kind not in CircleKind.values:
        kind = ""
    mine = request.GET.get("mine") == "1"
    circles = selectors.circle_list(viewer=request.user, kind=kind or None, mine=mine)
    return render(
        request,
        "circles/circle_list.html",
        {
            "circles": circles,
            "kinds": CircleKind.choices,
            "kind": kind,
            "mine": mine,
            "upcoming": selectors.meetings_upcoming_for(viewer=request.user, limit=5),
            "nav": "circles",
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def circle_create(request: AuthenticatedRequest) -> HttpResponse:
    if not permissions.can_create_circle(request.user):
        raise Http404
    form = CircleForm(
        request.POST or None,
        initial={
            "language": request.user.language
            if request.user.language in ("en", "da", "sv", "nb")
            else "en",
            "visibility": "listed",
            "join_policy": "open",
            "home_unit": request.user.unit_id,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            circle = services.circle_create(
                by=request.user,
                **form.cleaned_data,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The circle is ready. Plan its first meeting."))
            return HttpResponseRedirect(circle.get_absolute_url())
    status = 422 if request.method == "POST" else 200
    return render(
        request, "circles/circle_form.html", {"form": form, "nav": "circles"}, status=status
    )


@login_required
@require_http_methods(["GET", "POST"])
def circle_edit(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    circle = _managed_or_404(request, slug)
    form = CircleForm(request.POST or None, initial=CircleForm.initial_for(circle))
    if request.method == "POST" and form.is_valid():
        try:
            services.circle_update(
                circle=circle,
                **form.cleaned_data,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The circle was saved."))
            return HttpResponseRedirect(circle.get_absolute_url())
    status = 422 if request.method == "POST" else 200
    return render(
        request,
        "circles/circle_form.html",
        {"form": form, "circle": circle, "nav": "circles"},
        status=status,
    )


@login_required
@require_GET
def circle_detail(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    viewer = request.user
    circle = selectors.circle_get_for_invitation(viewer=viewer, slug=slug)
    if circle is None:
        raise Http404
    if not permissions.can_view_circle(viewer, circle):
        # Invited to a closed circle: its name and description, and the invitation.
        return render(
            request, "circles/circle_invitation.html", {"circle": circle, "nav": "circles"}
        )
    page = selectors.circle_page(viewer=viewer, circle=circle)
    context = {
        "circle": circle,
        "page": page,
        "viewer": viewer,
        "can_manage": permissions.can_manage_circle(viewer, circle),
        "can_join": permissions.can_join_circle(viewer, circle),
        "can_request": permissions.can_request_to_join(viewer, circle),
        "can_accept": permissions.can_accept_invitation(viewer, circle),
        "can_leave": permissions.can_leave_circle(viewer, circle),
        "is_member": permissions.is_member(viewer, circle),
        "requested": page.membership is not None
        and page.membership.status == MemberStatus.REQUESTED,
        "invite_form": InviteForm(),
        "absence_form": AbsenceForm(),
        "my_turns": [r for r in page.rota if r.is_viewer],
        "other_turns": [r for r in page.rota if r.presenter is not None and not r.is_viewer],
        "nav": "circles",
    }
    return render(request, "circles/circle_detail.html", context)


def _membership_action(
    request: AuthenticatedRequest, circle: Circle, action: Callable[[], object], success: str
) -> HttpResponse:
    back = back_url(request, circle.get_absolute_url())
    try:
        action()
    except ValidationError as exc:
        return refused(request, exc, back)
    messages.success(request, success)
    return HttpResponseRedirect(back)


@login_required
@require_POST
def circle_join(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    circle = _circle_or_404(request, slug)
    viewer = request.user
    if permissions.can_join_circle(viewer, circle):
        return _membership_action(
            request,
            circle,
            lambda: services.membership_join(circle=circle, person=viewer),
            _("Welcome to the circle."),
        )
    if permissions.can_request_to_join(viewer, circle):
        return _membership_action(
            request,
            circle,
            lambda: services.membership_request(circle=circle, person=viewer),
            _("Your request was sent to the facilitators."),
        )
    return refused(
        request,
        ValidationError(
            _("You cannot join this circle yourself: ask a facilitator to invite you.")
        ),
        circle.get_absolute_url(),
    )


@login_required
@require_POST
def circle_leave(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    circle = _circle_or_404(request, slug)
    viewer = request.user
    result = _membership_action(
        request,
        circle,
        lambda: services.membership_leave(circle=circle, person=viewer),
        _("You left the circle."),
    )
    if result.status_code == 302 and circle.is_closed:
        return HttpResponseRedirect(reverse("circles:circle-list"))
    return result


@login_required
@require_POST
def invitation_accept(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    circle = selectors.circle_get_for_invitation(viewer=request.user, slug=slug)
    if circle is None:
        raise Http404
    viewer = request.user
    return _membership_action(
        request,
        circle,
        lambda: services.membership_accept(circle=circle, person=viewer),
        _("Welcome to the circle."),
    )


@login_required
@require_POST
def invitation_decline(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    circle = selectors.circle_get_for_invitation(viewer=request.user, slug=slug)
    if circle is None:
        raise Http404
    membership = permissions.membership_of(request.user, circle)
    if membership is None or membership.status != MemberStatus.INVITED:
        raise Http404
    services.membership_decline(membership=membership, by=request.user)
    messages.success(request, _("You declined the invitation."))
    return HttpResponseRedirect(reverse("circles:circle-list"))


@login_required
@require_POST
def circle_invite(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    circle = _managed_or_404(request, slug)
    form = InviteForm(request.POST)
    back = circle.get_absolute_url()
    if not form.is_valid():
        return refused(request, ValidationError(list(form.errors["email"])), back, status=422)
    person = form.cleaned_data["email"]
    return _membership_action(
        request,
        circle,
        lambda: services.membership_invite(circle=circle, person=person, by=request.user),
        _("%(name)s was invited.") % {"name": person.full_name},
    )


@login_required
@require_POST
def membership_answer(request: AuthenticatedRequest, slug: str, pk: int) -> HttpResponse:
    """A facilitator approves or declines a request to join (or withdraws an invitation)."""
    circle = _managed_or_404(request, slug)
    membership = selectors.membership_get(circle=circle, pk=pk)
    if membership is None:
        raise Http404
    if request.POST.get("decision") == "approve":
        return _membership_action(
            request,
            circle,
            lambda: services.membership_approve(membership=membership, by=request.user),
            _("%(name)s is now a member.") % {"name": membership.person.full_name},
        )
    return _membership_action(
        request,
        circle,
        lambda: services.membership_decline(membership=membership, by=request.user),
        _("The request was declined."),
    )


@login_required
@require_POST
def facilitator_toggle(request: AuthenticatedRequest, slug: str, pk: int) -> HttpResponse:
    circle = _managed_or_404(request, slug)
    membership = selectors.membership_get(circle=circle, pk=pk)
    if membership is None:
        raise Http404
    make = request.POST.get("facilitator") == "1"
    return _membership_action(
        request,
        circle,
        lambda: services.facilitator_set(membership=membership, facilitator=make),
        _("The facilitators were updated."),
    )


def _own_membership(request: AuthenticatedRequest, circle: Circle) -> Membership:
    membership = permissions.membership_of(request.user, circle)
    if membership is None or not permissions.is_member(request.user, circle):
        raise Http404
    return membership


@login_required
@require_POST
def rota_opt_out(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    circle = _circle_or_404(request, slug)
    membership = _own_membership(request, circle)
    opt_out = request.POST.get("opt_out") == "1"
    return _membership_action(
        request,
        circle,
        lambda: services.rota_opt_out_set(membership=membership, opt_out=opt_out),
        _("You are out of the presenter rota.")
        if opt_out
        else _("You are back in the presenter rota."),
    )


@login_required
@require_POST
def absence_add(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    circle = _circle_or_404(request, slug)
    membership = _own_membership(request, circle)
    form = AbsenceForm(request.POST)
    back = circle.get_absolute_url() + "#rota"
    if not form.is_valid():
        errors = [str(e) for errs in form.errors.values() for e in errs]
        return refused(request, ValidationError(errors), back, status=422)
    d = form.cleaned_data
    return _membership_action(
        request,
        circle,
        lambda: services.absence_add(
            membership=membership, starts_on=d["starts_on"], ends_on=d["ends_on"]
        ),
        _("Your absence was saved: the rota skips you on those days."),
    )


@login_required
@require_POST
def absence_remove(request: AuthenticatedRequest, slug: str, pk: int) -> HttpResponse:
    circle = _circle_or_404(request, slug)
    membership = _own_membership(request, circle)
    absence = Absence.objects.filter(membership=membership, pk=pk).first()
    if absence is None:
        raise Http404
    return _membership_action(
        request,
        circle,
        lambda: services.absence_remove(absence=absence),
        _("The absence was removed."),
    )


@login_required
@require_POST
def swap_propose(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    circle = _circle_or_404(request, slug)
    _own_membership(request, circle)
    try:
        mine_pk, theirs_pk = int(request.POST.get("mine", "")), int(request.POST.get("theirs", ""))
    except ValueError:
        return refused(
            request,
            ValidationError(_("Choose your turn and the turn to swap with.")),
            circle.get_absolute_url(),
            status=400,
        )
    occs = {
        o.pk: o
        for o in Occurrence.objects.filter(
            pk__in=[mine_pk, theirs_pk], meeting__circle=circle
        ).select_related("meeting", "presenter")
    }
    if mine_pk not in occs or theirs_pk not in occs:
        raise Http404
    return _membership_action(
        request,
        circle,
        lambda: rota_services.swap_propose(
            mine=occs[mine_pk], theirs=occs[theirs_pk], proposer=request.user
        ),
        _("Your swap was proposed. The rota changes when your colleague agrees."),
    )


@login_required
@require_POST
def swap_answer(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    swap = selectors.swap_get(viewer=request.user, pk=pk)
    if swap is None:
        raise Http404
    circle = swap.occurrence_a.meeting.circle
    if request.POST.get("decision") == "agree":
        return _membership_action(
            request,
            circle,
            lambda: rota_services.swap_agree(swap=swap, by=request.user),
            _("You swapped turns."),
        )
    return _membership_action(
        request,
        circle,
        lambda: rota_services.swap_decline(swap=swap, by=request.user),
        _("The swap was called off."),
    )


urlpatterns: list[URLPattern] = [
    path("", circle_list, name="circle-list"),
    path("new/", circle_create, name="circle-create"),
    path("swaps/<int:pk>/", swap_answer, name="swap-answer"),
    path("<slug:slug>/", circle_detail, name="circle-detail"),
    path("<slug:slug>/edit/", circle_edit, name="circle-edit"),
    path("<slug:slug>/join/", circle_join, name="circle-join"),
    path("<slug:slug>/leave/", circle_leave, name="circle-leave"),
    path("<slug:slug>/invite/", circle_invite, name="circle-invite"),
    path("<slug:slug>/invitation/accept/", invitation_accept, name="invitation-accept"),
    path("<slug:slug>/invitation/decline/", invitation_decline, name="invitation-decline"),
    path("<slug:slug>/members/<int:pk>/answer/", membership_answer, name="membership-answer"),
    path(
        "<slug:slug>/members/<int:pk>/facilitator/", facilitator_toggle, name="facilitator-toggle"
    ),
    path("<slug:slug>/rota/opt-out/", rota_opt_out, name="rota-opt-out"),
    path("<slug:slug>/rota/absences/", absence_add, name="absence-add"),
    path("<slug:slug>/rota/absences/<int:pk>/delete/", absence_remove, name="absence-remove"),
    path("<slug:slug>/rota/swaps/", swap_propose, name="swap-propose"),
]
