"""People pages: directory, profile, profile editing with HTMX, my skills."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from samla.core.http import AuthenticatedRequest
from samla.core.pagination import CappedPaginator
from samla.people import permissions, selectors, services
from samla.people.enums import SKILL_LEVEL_DESCRIPTIONS, SkillLevel
from samla.people.forms import AvatarForm, DirectoryFilterForm, PersonSkillForm, ProfileForm
from samla.people.models import Person, Skill
from samla.record import selectors as record_selectors

DIRECTORY_PAGE_SIZE = 24
DIRECTORY_COUNT_CAP = 1_000


@login_required
@require_GET
def directory(request: AuthenticatedRequest) -> HttpResponse:
    form = DirectoryFilterForm(request.GET or None)
    f = selectors.DirectoryFilter()
    skill: Skill | None = None
    skill_missing = False
    if form.is_valid():
        data = form.cleaned_data
        skill_text = data["skill"].strip()
        if skill_text:
            matches = selectors.skills_matching(skill_text, limit=1)
            skill = matches[0] if matches else None
            skill_missing = skill is None
        f = selectors.DirectoryFilter(
            q=data["q"].strip(),
            unit=data["unit"],
            skill=skill,
            office_id=data["office"].pk if data["office"] else None,
            language=data["language"],
        )
    people = Person.objects.none() if skill_missing else selectors.people_directory(f)
    count = 0 if skill_missing else selectors.people_directory_count(f, cap=DIRECTORY_COUNT_CAP)
    paginator = CappedPaginator(people, DIRECTORY_PAGE_SIZE, count=count, cap=DIRECTORY_COUNT_CAP)
    page = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "skill": skill,
        "skill_missing": skill_missing,
        "query": query.urlencode(),
        "nav": "people",
    }
    template = "people/directory.html#results" if request.htmx else "people/directory.html"
    return render(request, template, context)


def _visible_person_or_404(request: AuthenticatedRequest, pk: int) -> Person:
    person = selectors.person_get_visible(viewer=request.user, pk=pk)
    if person is None or not permissions.can_view_person(request.user, person):
        raise Http404
    return person


@login_required
@require_GET
def person_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    person = _visible_person_or_404(request, pk)
    skills = selectors.person_skills(person)
    context = {
        "person": person,
        "skills_help": [s for s in skills if s.can_help],
        "skills_other": [s for s in skills if not s.can_help and s.level],
        "skills_learn": [s for s in skills if s.wants_to_learn],
        "activity": record_selectors.activities_of(person, viewer=request.user, limit=15),
        "can_edit": permissions.can_edit_profile(request.user, person),
        "is_me": person.pk == request.user.pk,
        "reports": list(person.reports.filter(is_active=True).order_by("full_name")[:50]),
        "ancestors": selectors.unit_ancestors(person.unit) if person.unit else [],
        "nav": "people",
    }
    return render(request, "people/person_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    person = _visible_person_or_404(request, pk)
    if not permissions.can_edit_profile(request.user, person):
        raise Http404
    form = ProfileForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        services.person_update_profile(
            person=person, **{f: form.cleaned_data[f] for f in ProfileForm.Meta.fields}
        )
        messages.success(request, _("Your profile was saved."))
        if request.htmx:
            # Name, title and language may all have changed: let htmx load the whole profile.
            return HttpResponseClientRedirect(reverse("people:person-detail", args=[person.pk]))
        return redirect("people:person-detail", pk=person.pk)
    status = 422 if form.errors else 200
    template = (
        "people/profile_edit.html#profile-form" if request.htmx else "people/profile_edit.html"
    )
    return render(
        request, template, {"form": form, "person": person, "nav": "people"}, status=status
    )


@login_required
@require_http_methods(["GET", "POST"])
def avatar_edit(request: AuthenticatedRequest) -> HttpResponse:
    person = request.user
    form = AvatarForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if request.POST.get("remove"):
            services.person_remove_avatar(person=person)
            messages.success(request, _("Your photo was removed."))
            return redirect("people:person-detail", pk=person.pk)
        if form.is_valid():
            try:
                services.person_set_avatar(person=person, upload=form.cleaned_data["avatar"])
            except ValidationError as exc:
                form.add_error("avatar", exc)
            else:
                messages.success(request, _("Your new photo was saved."))
                return redirect("people:person-detail", pk=person.pk)
    status = 422 if form.errors else 200
    return render(
        request,
        "people/avatar_edit.html",
        {"form": form, "person": person, "nav": "people"},
        status=status,
    )


def _skills_context(request: AuthenticatedRequest, **extra: object) -> dict[str, object]:
    query = request.GET.get("q", "").strip()[:100]
    return {
        "person": request.user,
        "my_skills": selectors.person_skills(request.user),
        "query": query,
        "suggestions": selectors.skills_matching(query, limit=12) if query else [],
        "levels": [(lvl.value, lvl.label, SKILL_LEVEL_DESCRIPTIONS[lvl]) for lvl in SkillLevel],
        "nav": "people",
        **extra,
    }


@login_required
@require_http_methods(["GET", "POST"])
def skills_edit(request: AuthenticatedRequest) -> HttpResponse:
    """My skills: the list, a search to add one, and a form per skill to change it."""
    form = None
    if request.method == "POST":
        form = PersonSkillForm(request.POST)
        if form.is_valid():
            d = form.cleaned_data
            services.person_skill_set(
                person=request.user,
                skill=d["skill"],
                level=d["level"],
                can_help=d["can_help"],
                wants_to_learn=d["wants_to_learn"],
            )
            message = _("“%(skill)s” was saved.") % {"skill": d["skill"].name}
            if request.htmx:
                return render(
                    request,
                    "people/skills_edit.html#my-skills",
                    _skills_context(request, saved=message),
                )
            messages.success(request, message)
            return redirect("people:skills-edit")
        context = _skills_context(request, form=form)
        if request.htmx:
            return render(request, "people/skills_edit.html#my-skills", context, status=422)
        return render(request, "people/skills_edit.html", context, status=422)
    return render(request, "people/skills_edit.html", _skills_context(request))


@login_required
@require_POST
def skill_remove(request: AuthenticatedRequest, skill_pk: int) -> HttpResponse:
    skill = get_object_or_404(Skill, pk=skill_pk)
    services.person_skill_remove(person=request.user, skill=skill)
    message = _("“%(skill)s” was removed from your skills.") % {"skill": skill.name}
    if request.htmx:
        return render(
            request, "people/skills_edit.html#my-skills", _skills_context(request, saved=message)
        )
    messages.success(request, message)
    return redirect("people:skills-edit")


@login_required
@require_GET
def skill_suggest(request: AuthenticatedRequest) -> HttpResponse:
    """HTMX: skills matching what is typed, each with a form to add it."""
    return render(request, "people/skills_edit.html#suggestions", _skills_context(request))


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Switch the interface language; saved on the person when signed in, else in a cookie."""
    code = request.POST.get("language", "")
    supported = dict(settings.LANGUAGES)
    if code not in supported:
        message = _("“%(code)s” is not a language Samla speaks. Choose one of: %(choices)s.") % {
            "code": code[:20],
            "choices": ", ".join(supported.values()),
        }
        return render(request, "core/error.html", {"status": 400, "message": message}, status=400)
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    if request.user.is_authenticated:
        services.person_set_language(person=request.user, language=code)
    translation.activate(code)
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=True,
    )
    return response
