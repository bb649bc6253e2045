"""Forms of the care of stories: reports, moderation, removal, a leader's response, closing out
an experiment, highlights. They validate input only; the services write."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from samla.stories.enums import ReportReason
from samla.stories.kinds import sections_for
from samla.stories.services.care import DETAILS_MAX, NOTE_MAX

SECTION_MAX = {s.key: s.max_length for s in sections_for("experiment")}


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why are you reporting this?"),
        choices=ReportReason.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a reason."),
            "invalid_choice": _("Choose one of the reasons listed."),
        },
    )
    details = forms.CharField(
        label=_("Anything the moderators should know (optional)"),
        required=False,
        max_length=DETAILS_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only the moderators read this. The author does not see who reported."),
    )


class ModerationForm(forms.Form):
    """Hide, restore, dismiss the reports or write to the author; one form, one action."""

    ACTIONS = [
        ("hide", _("Hide")),
        ("restore", _("Restore")),
        ("dismiss", _("Dismiss the reports")),
        ("note", _("Send the note only")),
    ]

    action = forms.ChoiceField(
        label=_("Action"),
        choices=ACTIONS,
        error_messages={"invalid_choice": _("Choose one of the actions offered.")},
    )
    note = forms.CharField(
        label=_("Note to the author (optional)"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Explain what to change. The author reads it; it is also kept in the log."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("action") == "note" and not (data.get("note") or "").strip():
            self.add_error("note", _("Write the note to send to the author."))
        return data


class RemoveForm(forms.Form):
    note = forms.CharField(
        label=_("Reason for the removal (kept in the moderation log)"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AcknowledgeForm(forms.Form):
    note = forms.CharField(
        label=_("Your response (optional)"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A few words to the author and the readers. Markdown works."),
    )


class ExperimentCloseForm(forms.Form):
    result = forms.CharField(
        label=_("Result"),
        max_length=SECTION_MAX["result"],
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What happened, measured against the hypothesis."),
        error_messages={"required": _("Write the result, even if it is “no difference”.")},
    )
    lesson = forms.CharField(
        label=_("What we learned"),
        max_length=SECTION_MAX["lesson"],
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Whatever the result, what is the lesson?"),
        error_messages={"required": _("Write what you learned from the experiment.")},
    )


class HighlightForm(forms.Form):
    on = forms.TypedChoiceField(
        choices=[("1", _("Highlight")), ("0", _("Remove the highlight"))],
        coerce=lambda v: v == "1",
        error_messages={"invalid_choice": _("Choose to highlight or not.")},
    )
