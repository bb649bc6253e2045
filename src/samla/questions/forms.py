"""Forms of the questions pages. They check shape; the services check the rules (and raise the
messages shown for anything else)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from samla.people.models import OrgUnit, Person, Skill
from samla.questions.enums import ReportReason
from samla.questions.models import (
    ANSWER_MAX,
    BODY_MAX,
    COMMENT_MAX,
    LANGUAGE_CHOICES,
    TITLE_MAX,
)
from samla.questions.services import TOPICS_MAX
from samla.stories.selectors_compose import audience_units


class AskForm(forms.Form):
    title = forms.CharField(
        label=_("Your question"),
        max_length=TITLE_MAX,
        help_text=_("One sentence that ends with a question mark works best."),
    )
    body = forms.CharField(
        label=_("Details"),
        required=False,
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("What you tried, what you need. Markdown works: **bold**, *italic*, lists."),
    )
    topics = forms.ModelMultipleChoiceField(
        queryset=Skill.objects.all(),
        required=False,
        label=_("Topics"),
        help_text=_("Up to five. People who can help with these topics are asked first."),
        widget=forms.MultipleHiddenInput,  # chosen with components/_topic_picker.html
    )
    audience = forms.ChoiceField(label=_("Who can read it"), required=False)
    language = forms.ChoiceField(label=_("Language of the question"), choices=LANGUAGE_CHOICES)
    anonymous = forms.BooleanField(
        required=False,
        label=_("Ask anonymously"),
        help_text=_(
            "Nobody, not even an administrator, can see that you asked. "
            "You cannot change this later."
        ),
    )

    def __init__(self, *args: Any, asker: Person, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.asker = asker
        self.units = {str(u.pk): u for u in audience_units(asker)}
        choices: list[tuple[str, Any]] = [("", _("The whole organisation"))]
        choices += [(pk, unit.name) for pk, unit in self.units.items()]
        self.fields["audience"].choices = choices  # type: ignore[attr-defined]
        self.fields["audience"].help_text = _(
            "A question for one unit is read only by the people in it and in the units below it."
        )
        if not self.is_bound:
            self.initial.setdefault("language", (asker.language or "en")[:2])

    def clean_topics(self) -> list[Skill]:
        topics = list(self.cleaned_data.get("topics") or [])
        if len(topics) > TOPICS_MAX:
            raise forms.ValidationError(
                _("Choose at most %(count)s topics.") % {"count": TOPICS_MAX}, code="too_many"
            )
        return topics

    def clean_audience(self) -> OrgUnit | None:
        value = self.cleaned_data.get("audience") or ""
        return self.units.get(value) if value else None


class AnswerForm(forms.Form):
    body = forms.CharField(
        label=_("Your answer"),
        max_length=ANSWER_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Markdown works: **bold**, *italic*, lists and links."),
    )


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"),
        max_length=ANSWER_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Shown under your question without your name."),
    )


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    answer = forms.IntegerField(required=False, widget=forms.HiddenInput)


class VoteForm(forms.Form):
    value = forms.TypedChoiceField(
        choices=[("1", "+1"), ("-1", "-1"), ("0", "0")], coerce=int, empty_value=None
    )
    answer = forms.IntegerField(required=False, widget=forms.HiddenInput)


class DuplicateForm(forms.Form):
    original = forms.CharField(
        label=_("The question it repeats"),
        max_length=500,
        help_text=_("Paste the address of the other question."),
    )

    def clean_original(self) -> str:
        value = str(self.cleaned_data["original"]).strip().rstrip("/")
        public_id = value.rsplit("/", 1)[-1]
        if not public_id or len(public_id) > 16:
            raise forms.ValidationError(_("Paste the address of a question."), code="invalid")
        return public_id


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong?"), choices=ReportReason.choices, widget=forms.RadioSelect
    )
    details = forms.CharField(
        label=_("Details (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    answer = forms.IntegerField(required=False, widget=forms.HiddenInput)


class ModerateForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("hide", "hide"), ("restore", "restore"), ("dismiss", "dismiss")]
    )
    answer = forms.IntegerField(required=False, widget=forms.HiddenInput)
    note = forms.CharField(required=False, max_length=2000)
