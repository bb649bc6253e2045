from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from samla.notifications import kinds
from samla.notifications.models import NotificationPreference

EMAIL_ON = "on"
EMAIL_OFF = "off"
KIND_PREFIX = "kind_"


class PreferenceForm(forms.Form):
    """The global email switch and, per configurable kind, whether it comes by email too."""

    email = forms.ChoiceField(
        label=_("Email"),
        choices=[
            (EMAIL_ON, _("Email me about the things I choose below")),
            (EMAIL_OFF, _("Never email me; I will look in Samla")),
        ],
        widget=forms.RadioSelect,
    )

    def __init__(self, *args: Any, preference: NotificationPreference, **kwargs: Any) -> None:
        initial: dict[str, object] = {"email": EMAIL_ON if preference.email_enabled else EMAIL_OFF}
        self.kinds = kinds.configurable_kinds()
        for kind in self.kinds:
            choice = preference.email_by_kind.get(kind.key)
            initial[KIND_PREFIX + kind.key] = kind.email_default if choice is None else bool(choice)
        kwargs["initial"] = initial
        super().__init__(*args, **kwargs)
        for kind in self.kinds:
            self.fields[KIND_PREFIX + kind.key] = forms.BooleanField(
                label=kind.label, required=False
            )

    def kind_fields(self) -> list[forms.BoundField]:
        return [self[KIND_PREFIX + kind.key] for kind in self.kinds]

    def email_enabled(self) -> bool:
        return bool(self.cleaned_data["email"] == EMAIL_ON)

    def email_by_kind(self) -> dict[str, bool]:
        return {kind.key: bool(self.cleaned_data[KIND_PREFIX + kind.key]) for kind in self.kinds}
