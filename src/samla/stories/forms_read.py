"""Forms of the reading side: comments and replies, follows."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from samla.stories.services.interactions import COMMENT_MAX


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=COMMENT_MAX,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Markdown works: **bold**, *italic*, lists and links."),
        error_messages={
            "required": _("Write your comment before you send it."),
            "max_length": _(
                "A comment can be at most %(limit_value)d characters long; "
                "this one has %(show_value)d."
            ),
        },
    )
    parent = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)


FOLLOW_TARGETS = ("person", "topic", "unit")


class FollowForm(forms.Form):
    target = forms.ChoiceField(choices=[(t, t) for t in FOLLOW_TARGETS])
    id = forms.IntegerField(min_value=1, max_value=2**62)
