"""The search page's form: the words and the filters, as they arrive in the address."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from samla.people.forms import UNIT_FILTER_DEPTH
from samla.people.models import OrgUnit, Skill
from samla.search.registry import doc_types
from samla.search.selectors_page import QUERY_MAX, SINCE_DAYS, SearchFilters

SINCE_CHOICES = [
    ("", _("Any time")),
    ("week", _("Past week")),
    ("month", _("Past month")),
    ("year", _("Past year")),
]
assert {value for value, _label in SINCE_CHOICES if value} == set(SINCE_DAYS)

_ID_DIGITS = 18  # larger numbers are no id (and would overflow SQLite's integers)


class SearchForm(forms.Form):
    """`q` plus the filters. The choices come from the registry (kinds), the skill taxonomy
    (topics) and the top of the organisation tree (units); any unit id is accepted."""

    q = forms.CharField(label=_("Search for"), required=False, strip=True, widget=forms.SearchInput)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    unit = forms.CharField(label=_("Unit"), required=False, widget=forms.Select)
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("All languages")), *settings.LANGUAGES],
    )
    since = forms.ChoiceField(label=_("Published"), required=False, choices=SINCE_CHOICES)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.attrs.update(
            {"maxlength": QUERY_MAX, "autocomplete": "off", "id": "search-q"}
        )
        kinds: list[Any] = [("", _("All kinds"))]
        for entry in doc_types():
            kinds.append((entry.label, list(entry.kinds)))
        self._choices("kind", kinds)
        # One query: the whole taxonomy, by name in the reader's language.
        self.skills = sorted(Skill.objects.all(), key=lambda s: s.name.casefold())
        self._choices("topic", [("", _("All topics")), *((s.slug, s.name) for s in self.skills)])
        self._unit: OrgUnit | None = None

    def _choices(self, name: str, choices: list[Any]) -> None:
        field = self.fields[name]
        assert isinstance(field, forms.ChoiceField)
        field.choices = choices

    def unit_choices(self) -> None:
        """Fill the unit list (a query), only when the whole form is shown: the top of the tree,
        indented, plus the unit chosen now."""
        chosen = self._unit.pk if self._unit is not None else None
        units = OrgUnit.objects.filter(depth__lte=UNIT_FILTER_DEPTH)
        if chosen is not None:
            units = units | OrgUnit.objects.filter(pk=chosen)
        self.fields["unit"].widget.choices = [("", _("All units"))] + [
            (str(pk), "\u2003" * depth + name)
            for pk, name, depth in units.order_by("path").values_list("pk", "name", "depth")
        ]

    def clean_q(self) -> str:
        value: str = self.cleaned_data["q"]
        if len(value) > QUERY_MAX:
            raise forms.ValidationError(
                _("Please search with at most %(max)d characters.") % {"max": QUERY_MAX}
            )
        return value

    def clean_unit(self) -> OrgUnit | None:
        value = self.cleaned_data["unit"]
        if not value:
            return None
        unit = None
        if value.isascii() and value.isdigit() and len(value) <= _ID_DIGITS:
            unit = OrgUnit.objects.filter(pk=int(value)).first()
        if unit is None:
            raise forms.ValidationError(_("Choose a unit from the list."))
        self._unit = unit
        return unit

    def filters(self) -> SearchFilters:
        """The filters of a valid form."""
        data = self.cleaned_data
        return SearchFilters(
            kind=data["kind"],
            topic=data["topic"],
            unit=data["unit"],
            language=data["language"],
            since=data["since"],
        )

    def skill_names(self) -> dict[str, str]:
        return {s.slug: s.name for s in self.skills}
