"""Organisation administration: units, offices, people and roles, CSV import.

Organisation admins only (permissions.can_manage_organisation); everyone else gets 404, so the
pages do not even reveal that they exist.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import IntegrityError
from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from samla.core.http import AuthenticatedRequest
from samla.people import importing, permissions, selectors, services
from samla.people.forms_admin import (
    ImportUploadForm,
    OfficeForm,
    PeopleFilterForm,
    PersonOrganisationForm,
    UnitForm,
)
from samla.people.models import ImportFile, Office, OrgUnit, Person

PEOPLE_PAGE_SIZE = 50
ERRORS_SHOWN = 500  # on the page; the download has all of them
MAX_INDENT = 8


def _require_admin(request: AuthenticatedRequest) -> None:
    if not permissions.can_manage_organisation(request.user):
        raise Http404


def _posted(request: AuthenticatedRequest) -> QueryDict | None:
    """The form data of a POST (even an empty one, so that it is validated), else None."""
    return request.POST if request.method == "POST" else None


def _render(
    request: AuthenticatedRequest,
    template: str,
    context: dict[str, Any],
    *,
    section: str,
    status: int = 200,
) -> HttpResponse:
    return render(request, template, {"nav": "admin", "section": section, **context}, status=status)


# --- Overview ----------------------------------------------------------------------------------


@login_required
@require_GET
def admin_home(request: AuthenticatedRequest) -> HttpResponse:
    _require_admin(request)
    return _render(
        request,
        "people/admin/admin_home.html",
        {"counts": selectors.organisation_counts()},
        section="home",
    )


# --- Units -------------------------------------------------------------------------------------


@login_required
@require_GET
def unit_list(request: AuthenticatedRequest) -> HttpResponse:
    _require_admin(request)
    units = selectors.units_tree()
    rows = [(unit, min(unit.depth, MAX_INDENT)) for unit in units]
    return _render(request, "people/admin/unit_list.html", {"rows": rows}, section="units")


def _unit_form_response(
    request: AuthenticatedRequest, form: UnitForm, unit: OrgUnit | None
) -> HttpResponse:
    status = 422 if form.errors else 200
    return _render(
        request,
        "people/admin/unit_form.html",
        {"form": form, "unit": unit},
        section="units",
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def unit_create(request: AuthenticatedRequest) -> HttpResponse:
    _require_admin(request)
    initial: dict[str, Any] = {}
    parent_id = request.GET.get("parent", "")
    if parent_id.isdigit():
        initial["parent"] = selectors.unit_get(int(parent_id))
    form = UnitForm(_posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            unit = services.orgunit_create(
                name=d["name"], code=d["code"], kind=d["kind"], parent=d["parent"]
            )
        except IntegrityError:
            form.add_error("code", _("Another unit already has this code."))
        else:
            messages.success(request, _("The unit “%(name)s” was created.") % {"name": unit.name})
            return redirect("people:admin-unit-list")
    return _unit_form_response(request, form, None)


@login_required
@require_http_methods(["GET", "POST"])
def unit_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    _require_admin(request)
    unit = get_object_or_404(OrgUnit, pk=pk)
    form = UnitForm(_posted(request), unit=unit)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            services.orgunit_update(
                unit=unit, name=d["name"], code=d["code"], kind=d["kind"], parent=d["parent"]
            )
        except ValidationError as exc:
            form.add_error(None, exc)
            unit.refresh_from_db()
        except IntegrityError:
            form.add_error("code", _("Another unit already has this code."))
            unit.refresh_from_db()
        else:
            messages.success(request, _("The unit “%(name)s” was saved.") % {"name": unit.name})
            return redirect("people:admin-unit-list")
    return _unit_form_response(request, form, unit)


@login_required
@require_http_methods(["GET", "POST"])
def unit_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    _require_admin(request)
    unit = get_object_or_404(OrgUnit, pk=pk)
    error = ""
    if request.method == "POST":
        try:
            services.orgunit_delete(unit=unit)
        except ValidationError as exc:
            error = " ".join(exc.messages)
        else:
            messages.success(request, _("The unit “%(name)s” was deleted.") % {"name": unit.name})
            return redirect("people:admin-unit-list")
    context = {
        "unit": unit,
        "error": error,
        "children": list(unit.children.order_by("name")[:20]),
        "member_count": unit.members.count(),
    }
    return _render(
        request,
        "people/admin/unit_delete.html",
        context,
        section="units",
        status=409 if error else 200,
    )


# --- Offices -----------------------------------------------------------------------------------


@login_required
@require_GET
def office_list(request: AuthenticatedRequest) -> HttpResponse:
    _require_admin(request)
    return _render(
        request,
        "people/admin/office_list.html",
        {"offices": selectors.offices_with_counts()},
        section="offices",
    )


@login_required
@require_http_methods(["GET", "POST"])
def office_create(request: AuthenticatedRequest) -> HttpResponse:
    _require_admin(request)
    return _office_form(request, None)


@login_required
@require_http_methods(["GET", "POST"])
def office_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    _require_admin(request)
    return _office_form(request, get_object_or_404(Office, pk=pk))


def _office_form(request: AuthenticatedRequest, office: Office | None) -> HttpResponse:
    form = OfficeForm(_posted(request), office=office)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        fields = {k: d[k] for k in ("name", "city", "country", "time_zone")}
        try:
            if office is None:
                saved = services.office_create(**fields)
            else:
                saved = services.office_update(office=office, **fields)
        except IntegrityError:
            form.add_error("name", _("There is already an office with this name."))
        else:
            messages.success(request, _("The office “%(name)s” was saved.") % {"name": saved.name})
            return redirect("people:admin-office-list")
    return _render(
        request,
        "people/admin/office_form.html",
        {"form": form, "office": office},
        section="offices",
        status=422 if form.errors else 200,
    )


# --- People ------------------------------------------------------------------------------------


@login_required
@require_GET
def person_list(request: AuthenticatedRequest) -> HttpResponse:
    _require_admin(request)
    form = PeopleFilterForm(request.GET or None)
    q, status = "", "all"
    if form.is_valid():
        q, status = form.cleaned_data["q"].strip(), form.cleaned_data["status"] or "all"
    people = selectors.people_admin_list(q=q, status=status)
    page = Paginator(people, PEOPLE_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    template = "people/admin/person_list.html"
    if request.htmx:
        template += "#results"
    return _render(request, template, context, section="people")


def _person_or_404(pk: int) -> Person:
    person = selectors.person_get_for_admin(pk)
    if person is None:
        raise Http404
    return person


@login_required
@require_http_methods(["GET", "POST"])
def person_admin(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    _require_admin(request)
    person = _person_or_404(pk)
    form = PersonOrganisationForm(_posted(request), person=person, by=request.user)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            services.person_set_organisation(
                person=person, unit=d["unit"], manager=d["manager"], role=d["role"]
            )
        except ValidationError as exc:
            form.add_error(None, exc)
            person = _person_or_404(pk)
        else:
            messages.success(
                request, _("The changes to %(name)s were saved.") % {"name": person.full_name}
            )
            return redirect("people:admin-person", pk=person.pk)
    context = {"person": person, "form": form, "is_me": person.pk == request.user.pk}
    return _render(
        request,
        "people/admin/person_admin.html",
        context,
        section="people",
        status=422 if form.errors else 200,
    )


@login_required
@require_POST
def person_deactivate(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    _require_admin(request)
    person = _person_or_404(pk)
    if person.pk == request.user.pk:
        messages.error(request, _("You cannot deactivate yourself."))
    elif person.is_active:
        services.person_deactivate(person=person, by=request.user)
        messages.success(
            request,
            _("%(name)s was deactivated and signed out everywhere.") % {"name": person.full_name},
        )
    return redirect("people:admin-person", pk=person.pk)


@login_required
@require_POST
def person_reactivate(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    _require_admin(request)
    person = _person_or_404(pk)
    if not person.is_active:
        services.person_reactivate(person=person)
        messages.success(
            request,
            _("%(name)s can sign in again.") % {"name": person.full_name},
        )
    return redirect("people:admin-person", pk=person.pk)


# --- CSV import --------------------------------------------------------------------------------


def _import_page_context() -> dict[str, Any]:
    return {
        "columns": [
            (name, name in importing.REQUIRED_COLUMNS, importing.COLUMN_HELP[name])
            for name in importing.COLUMNS
        ],
        "max_mb": importing.MAX_BYTES // 1_048_576,
    }


@login_required
@require_http_methods(["GET", "POST"])
def import_upload(request: AuthenticatedRequest) -> HttpResponse:
    _require_admin(request)
    form = ImportUploadForm(_posted(request), request.FILES if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        stored = importing.import_file_store(
            owner=request.user, data=upload.read(), file_name=upload.name or ""
        )
        return redirect("people:admin-import-review", token=stored.token)
    return _render(
        request,
        "people/admin/import_upload.html",
        {"form": form, **_import_page_context()},
        section="import",
        status=422 if form.errors else 200,
    )


def _import_file_or_none(request: AuthenticatedRequest, token: str) -> ImportFile | None:
    stored = importing.import_file_get(token=token, owner=request.user)
    if stored is None:
        messages.error(
            request,
            _("This upload has expired or is not yours. Please upload the file again."),
        )
    return stored


def _review(
    request: AuthenticatedRequest,
    stored: ImportFile,
    report: importing.ImportReport,
    status: int = 200,
) -> HttpResponse:
    context = {
        "stored": stored,
        "report": report,
        "errors": report.errors[:ERRORS_SHOWN],
        "more_errors": max(len(report.errors) - ERRORS_SHOWN, 0),
    }
    return _render(
        request, "people/admin/import_review.html", context, section="import", status=status
    )


@login_required
@require_GET
def import_review(request: AuthenticatedRequest, token: str) -> HttpResponse:
    """The dry run: every error, or what the import will do."""
    _require_admin(request)
    stored = _import_file_or_none(request, token)
    if stored is None:
        return redirect("people:admin-import")
    report = importing.import_people_csv(data=bytes(stored.data), dry_run=True, by=request.user)
    return _review(request, stored, report)


@login_required
@require_POST
def import_confirm(request: AuthenticatedRequest, token: str) -> HttpResponse:
    """The import itself: the stored file is checked again in full, then written, or nothing."""
    _require_admin(request)
    stored = _import_file_or_none(request, token)
    if stored is None:
        return redirect("people:admin-import")
    report = importing.import_people_csv(data=bytes(stored.data), dry_run=False, by=request.user)
    if not report.imported:
        return _review(request, stored, report, status=409)
    importing.import_file_delete(import_file=stored)
    messages.success(
        request,
        _(
            "The file was imported. New people: %(created)s. Changed: %(updated)s. "
            "Unchanged: %(unchanged)s."
        )
        % {"created": report.created, "updated": report.updated, "unchanged": report.unchanged},
    )
    return redirect("people:admin-person-list")


@login_required
@require_GET
def import_errors(request: AuthenticatedRequest, token: str) -> HttpResponse:
    """Every error of the dry run, as a CSV file."""
    _require_admin(request)
    stored = _import_file_or_none(request, token)
    if stored is None:
        return redirect("people:admin-import")
    report = importing.import_people_csv(data=bytes(stored.data), dry_run=True, by=request.user)
    response = HttpResponse(
        importing.errors_csv(report.errors).encode("utf-8-sig"),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="samla-import-errors.csv"'
    return response


@login_required
@require_GET
def import_example(request: AuthenticatedRequest) -> HttpResponse:
    _require_admin(request)
    response = HttpResponse(
        importing.EXAMPLE_CSV.encode("utf-8-sig"), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="samla-people-example.csv"'
    return response
