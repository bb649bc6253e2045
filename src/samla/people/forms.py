from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from samla.people.enums import SKILL_LEVEL_DESCRIPTIONS, SkillLevel
from samla.people.models import Office, OrgUnit, Person, Skill


class ProfileForm(forms.ModelForm[Person]):
    class Meta:
        model = Person
        fields = ["full_name", "title", "bio", "office", "language", "show_activity"]
        widgets = {"bio": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "bio": _("A few lines about your work and what you like to share. Markdown works.")
        }


class AvatarForm(forms.Form):
    avatar = forms.FileField(
        label=_("New photo"),
        help_text=_("JPEG, PNG, WebP or GIF, at most 5 MB. It is cropped to a square."),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}
        ),
    )


class SkillChoiceField(forms.ModelChoiceField[Skill]):
    def label_from_instance(self, obj: Skill) -> str:
        return obj.name


class LevelField(forms.TypedChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        choices = [("", _("— not set —"))] + [
            (level.value, f"{level.value} · {level.label} — {SKILL_LEVEL_DESCRIPTIONS[level]}")
            for level in SkillLevel
        ]
        super().__init__(
            choices=choices,
            coerce=int,
            empty_value=None,
            required=False,
            label=_("Level"),
            **kwargs,
        )


class PersonSkillForm(forms.Form):
    """Add or change one of my skills. The skill is chosen by its id (from the search box)."""

    skill = SkillChoiceField(
        queryset=Skill.objects.all(), label=_("Skill"), widget=forms.HiddenInput
    )
    level = LevelField()
    can_help = forms.BooleanField(label=_("I can help others with this"), required=False)
    wants_to_learn = forms.BooleanField(label=_("I want to learn more about this"), required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("can_help") and data.get("level") is None and not self.has_error("level"):
            self.add_error("level", _("Choose your level to offer help with this skill."))
        if (
            not self.errors
            and data.get("level") is None
            and not data.get("can_help")
            and not data.get("wants_to_learn")
        ):
            raise ValidationError(
                _(
                    "Choose a level, offer help, or say you want to learn it — "
                    "otherwise there is nothing to save."
                )
            )
        return data


UNIT_FILTER_DEPTH = 2  # organisation, divisions, departments; a team is reached by its own link


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Name or title"), required=False, max_length=100)
    unit = forms.ModelChoiceField(
        queryset=OrgUnit.objects.order_by("path"),
        required=False,
        label=_("Unit"),
        empty_label=_("All units"),
    )
    skill = forms.CharField(label=_("Skill"), required=False, max_length=100)
    office = forms.ModelChoiceField(
        queryset=Office.objects.all(),
        required=False,
        label=_("Office"),
        empty_label=_("All offices"),
    )
    language = forms.ChoiceField(
        label=_("Working language"),
        required=False,
        choices=[("", _("All languages")), *settings.LANGUAGES],
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A large organisation has thousands of units: offer the top of the tree, indented, plus
        # the unit chosen now. Validation still accepts any unit (the field's queryset is whole).
        chosen = self.data.get("unit") if self.is_bound else None
        units = OrgUnit.objects.filter(depth__lte=UNIT_FILTER_DEPTH)
        if chosen and str(chosen).isdigit():
            units = units | OrgUnit.objects.filter(pk=int(chosen))
        field = self.fields["unit"]
        empty = [("", field.empty_label or "")]  # type: ignore[attr-defined]
        field.widget.choices = empty + [
            (pk, "\u2003" * depth + name)
            for pk, name, depth in units.order_by("path").values_list("pk", "name", "depth")
        ]
