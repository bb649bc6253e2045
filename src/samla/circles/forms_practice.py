"""Forms for the practices around meetings. They validate HTTP input only; the services check
permissions and the rules (and raise ValidationError, which the views put back on the form)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from samla.circles.models_practice import (
    ACTION_TITLE_MAX,
    NOTES_SECTION_MAX,
    REFLECTION_MAX,
    TOPIC_DETAILS_MAX,
    TOPIC_TITLE_MAX,
    WILL_TRY_MAX,
    TopicKind,
)
from samla.people.models import Person

MARKDOWN_HELP = _("Markdown works: **bold**, *italic*, lists and links.")

RATING_CHOICES = [
    (5, _("5 – very useful")),
    (4, _("4")),
    (3, _("3")),
    (2, _("2")),
    (1, _("1 – not useful")),
]

NOTES_LABELS = {
    "notes": _("Notes"),
    "went_well": _("What went well?"),
    "learned": _("What did we learn?"),
    "change": _("What will we change?"),
}


class TopicForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"), choices=TopicKind.choices, widget=forms.RadioSelect, initial="offer"
    )
    title = forms.CharField(label=_("Topic"), max_length=TOPIC_TITLE_MAX)
    details = forms.CharField(
        label=_("Details"),
        required=False,
        max_length=TOPIC_DETAILS_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=MARKDOWN_HELP,
    )


class BringOwnForm(forms.Form):
    title = forms.CharField(label=_("Your own topic"), max_length=TOPIC_TITLE_MAX)
    details = forms.CharField(
        label=_("Details"),
        required=False,
        max_length=TOPIC_DETAILS_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=MARKDOWN_HELP,
    )


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How useful was it for you?"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a rating from 1 to 5."),
            "invalid_choice": _("Choose a rating from 1 to 5."),
        },
    )
    will_try = forms.CharField(
        label=_("What will you try?"),
        required=False,
        max_length=WILL_TRY_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    shared = forms.BooleanField(
        label=_("Show my answer to “What will you try?” on this meeting's page, with my name"),
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["rating"].help_text = gettext(
            "Nobody sees your rating. The average is shown a week after the meeting, if at "
            "least %(k)s people answered."
        ) % {"k": settings.K_ANONYMITY}


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label=_("Your reflection as facilitator"),
        max_length=REFLECTION_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only you and the circle's other facilitators read this."),
    )


class NotesForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    def __init__(self, *args: Any, keys: tuple[str, ...], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.keys = keys
        for key in keys:
            self.fields[key] = forms.CharField(
                label=NOTES_LABELS[key],
                required=False,
                max_length=NOTES_SECTION_MAX,
                widget=forms.Textarea(attrs={"rows": 10 if key == "notes" else 5}),
                help_text=MARKDOWN_HELP,
            )

    def sections(self) -> dict[str, str]:
        return {key: self.cleaned_data.get(key) or "" for key in self.keys}


class StoryAudienceForm(forms.Form):
    audience = forms.ChoiceField(
        label=_("Who is the story for?"),
        choices=[
            ("circle", _("The circle's members")),
            ("organisation", pgettext_lazy("audience", "The whole organisation")),
        ],
        widget=forms.RadioSelect,
    )


class ActionForm(forms.Form):
    title = forms.CharField(label=_("What"), max_length=ACTION_TITLE_MAX)
    owner = forms.TypedChoiceField(label=_("Who"), coerce=int, choices=())
    due_on = forms.DateField(
        label=_("By when"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: Any, members: list[Person], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.members = {m.pk: m for m in members}
        self.fields["owner"].choices = [(m.pk, m.full_name) for m in members]  # type: ignore[attr-defined]

    def owner_person(self) -> Person:
        return self.members[self.cleaned_data["owner"]]
