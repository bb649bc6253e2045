"""Forms of the organisation administration: units, offices, a person's place, the CSV upload."""

from __future__ import annotations

import functools
import zoneinfo
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from samla.people import selectors
from samla.people.enums import Country, Role, UnitKind
from samla.people.importing import MAX_BYTES
from samla.people.models import Office, OrgUnit, Person

INDENT = "\u00a0\u00a0\u00a0"  # non-breaking: browsers keep it at the start of an <option>


class UnitChoiceField(forms.ModelChoiceField[OrgUnit]):
    """Units in tree order, each indented by its depth."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(queryset=OrgUnit.objects.order_by("path"), **kwargs)

    def label_from_instance(self, obj: OrgUnit) -> str:
        return f"{INDENT * obj.depth}{obj.name} ({obj.code})"


class UnitForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    code = forms.CharField(
        label=_("Code"),
        max_length=64,
        help_text=_("A stable identifier, e.g. from the HR system. The CSV import uses it."),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=UnitKind.choices, initial=UnitKind.TEAM)
    parent = UnitChoiceField(
        label=_("Part of"), required=False, empty_label=_("— nothing: a top-level unit —")
    )

    def __init__(self, *args: Any, unit: OrgUnit | None = None, **kwargs: Any) -> None:
        self.unit = unit
        if unit is not None:
            kwargs.setdefault(
                "initial",
                {"name": unit.name, "code": unit.code, "kind": unit.kind, "parent": unit.parent},
            )
        super().__init__(*args, **kwargs)

    def clean_code(self) -> str:
        code = str(self.cleaned_data["code"]).strip()
        others = OrgUnit.objects.filter(code=code)
        if self.unit is not None:
            others = others.exclude(pk=self.unit.pk)
        if others.exists():
            raise forms.ValidationError(
                _("Another unit already has the code “%(code)s”."), params={"code": code}
            )
        return code


@functools.cache
def _time_zones() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


class OfficeForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    city = forms.CharField(label=_("City"), max_length=120)
    country = forms.ChoiceField(label=_("Country"), choices=Country.choices)
    time_zone = forms.ChoiceField(label=_("Time zone"), initial="Europe/Copenhagen")

    def __init__(self, *args: Any, office: Office | None = None, **kwargs: Any) -> None:
        self.office = office
        if office is not None:
            kwargs.setdefault(
                "initial",
                {
                    "name": office.name,
                    "city": office.city,
                    "country": office.country,
                    "time_zone": office.time_zone,
                },
            )
        super().__init__(*args, **kwargs)
        time_zone = self.fields["time_zone"]
        assert isinstance(time_zone, forms.ChoiceField)
        time_zone.choices = _time_zones()

    def clean_name(self) -> str:
        name = str(self.cleaned_data["name"]).strip()
        others = Office.objects.filter(name__iexact=name)
        if self.office is not None:
            others = others.exclude(pk=self.office.pk)
        if others.exists():
            raise forms.ValidationError(
                _("There is already an office named “%(name)s”."), params={"name": name}
            )
        return name


class PersonOrganisationForm(forms.Form):
    """Where a person sits: unit, manager and role. The manager is given by email address, which
    works for an organisation of any size without JavaScript."""

    unit = UnitChoiceField(label=_("Unit"), required=False, empty_label=_("— no unit —"))
    manager = forms.EmailField(
        label=_("Manager's email address"),
        required=False,
        help_text=_("Leave empty if the person has no manager in Samla."),
    )
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)

    def __init__(self, *args: Any, person: Person, by: Person, **kwargs: Any) -> None:
        self.person, self.by = person, by
        kwargs.setdefault(
            "initial",
            {
                "unit": person.unit,
                "manager": person.manager.email if person.manager else "",
                "role": person.role,
            },
        )
        super().__init__(*args, **kwargs)

    def clean_manager(self) -> Person | None:
        email = str(self.cleaned_data.get("manager") or "").strip()
        if not email:
            return None
        manager = selectors.person_get_by_email(email)
        if manager is None:
            raise forms.ValidationError(
                _("Nobody in Samla has the email address “%(email)s”."), params={"email": email}
            )
        return manager

    def clean_role(self) -> str:
        role = str(self.cleaned_data["role"])
        if self.person.pk == self.by.pk and role != Role.ORG_ADMIN and not self.by.is_superuser:
            raise forms.ValidationError(_("You cannot take away your own organisation admin role."))
        return role


class PeopleFilterForm(forms.Form):
    STATUS_CHOICES = [
        ("all", pgettext_lazy("people", "Everyone")),
        ("active", pgettext_lazy("people", "Active")),
        ("left", pgettext_lazy("people", "Have left")),
    ]

    q = forms.CharField(
        label=_("Name, email or employee id"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    status = forms.ChoiceField(label=_("Status"), choices=STATUS_CHOICES, required=False)


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8, with ',' or ';' between values, at most 20 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size is not None and upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("The file is too large (%(size)s MB). The limit is %(limit)s MB."),
                params={"size": round(upload.size / 1_048_576, 1), "limit": MAX_BYTES // 1_048_576},
            )
        return upload
