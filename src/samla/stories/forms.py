"""Forms of the stories app: the composer (one form, its fields depending on the kind of story)
and the upload of a video or an image."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from samla.core.audiences import circle_choices, circle_names
from samla.people.models import OrgUnit, Person, Skill
from samla.stories import selectors_compose
from samla.stories.enums import ExperimentStatus, MediaKind, StoryKind
from samla.stories.kinds import Section, sections_for
from samla.stories.models import LANGUAGE_CHOICES, TITLE_MAX, Story, StoryDraft, StoryMedia
from samla.stories.permissions import in_audience
from samla.stories.sensitive import Finding, find_sensitive
from samla.stories.services.compose import (
    ALT_PREFIX,
    DRAFT_LIST_KEYS,
    SECTION_PREFIX,
    StoryContent,
)

TOPICS_MAX = 5
LANGUAGES = {code for code, _name in LANGUAGE_CHOICES}


def draft_data_from(post: QueryDict | Mapping[str, Any]) -> dict[str, object]:
    """The composer's fields from a POST, as typed (the service keeps only what a draft may
    hold)."""
    data: dict[str, object] = {}
    for key in post:
        if key in DRAFT_LIST_KEYS and isinstance(post, QueryDict):
            data[key] = post.getlist(key)
        else:
            data[key] = post.get(key, "")
    return data


def sensitive_findings(kind: str, values: Mapping[str, Any]) -> list[Finding]:
    """Sensitive-looking words in the title and sections of the composer's values."""
    texts = [values.get("title")] + [values.get(SECTION_PREFIX + s.key) for s in sections_for(kind)]
    return find_sensitive("\n".join(str(text or "") for text in texts))


CIRCLE_PREFIX = "c"


@dataclass(frozen=True)
class CircleAudience:
    """The composer's choice of a circle as the audience (the circle's id)."""

    pk: int


def audience_value(story: Story) -> str:
    """The audience field's value for a story: "" (everyone), a unit's id, or "c" + a circle's."""
    if story.circle_id is not None:
        return f"{CIRCLE_PREFIX}{story.circle_id}"
    return str(story.audience_unit_id or "")


def story_for_audience(audience: OrgUnit | CircleAudience | None) -> Story:
    """An unsaved story with only that audience, to ask permissions.in_audience about it."""
    if isinstance(audience, CircleAudience):
        return Story(circle_id=audience.pk)
    return Story(audience_unit=audience)


def initial_from_story(story: Story) -> dict[str, object]:
    """The composer's fields for editing a published story."""
    initial: dict[str, object] = {
        "title": story.title,
        "language": story.language,
        "audience": audience_value(story),
        "topics": [str(pk) for pk in story.story_topics.values_list("skill_id", flat=True)],
        "link_url": story.link_url,
        "sponsor": story.sponsor.email if story.sponsor else "",
        "starts_on": story.starts_on.isoformat() if story.starts_on else "",
        "ends_on": story.ends_on.isoformat() if story.ends_on else "",
        "experiment_status": story.experiment_status,
        "asks_leader_response": "on" if story.asks_leader_response else "",
    }
    for key, text in story.sections.items():
        initial[SECTION_PREFIX + key] = text
    return initial


def initial_for(*, author: Person, draft: StoryDraft | None, story: Story | None) -> dict[str, Any]:
    """Initial values of the composer: the draft as typed, else the story, else defaults."""
    if draft is not None:
        initial: dict[str, Any] = dict(draft.data)
    elif story is not None:
        initial = initial_from_story(story)
    else:
        initial = {"language": author.language if author.language in LANGUAGES else "en"}
    # Checkboxes in a draft are stored as typed ("on" or nothing).
    for key in ("asks_leader_response", "sensitive_checked"):
        initial[key] = bool(initial.get(key))
    return initial


class StoryForm(forms.Form):
    """The composer. `media` are the uploads shown (for a video or image story)."""

    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX,
        help_text=_("A short title colleagues will recognise in the feed."),
    )
    language = forms.ChoiceField(
        label=_("Language of the story"),
        choices=LANGUAGE_CHOICES,
        help_text=_("Search understands the story in this language."),
    )
    audience = forms.ChoiceField(label=_("Who can read it"), required=False)
    topics = forms.ModelMultipleChoiceField(
        queryset=Skill.objects.all(),
        required=False,
        label=_("Topics"),
        widget=forms.MultipleHiddenInput,
    )
    sensitive_checked = forms.BooleanField(
        required=False,
        label=_(
            "I have checked: the story holds no health or other sensitive personal details "
            "about anyone."
        ),
    )

    def __init__(
        self,
        *args: Any,
        kind: str,
        author: Person,
        story: Story | None = None,
        media: Sequence[StoryMedia] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.author = author
        self.story = story
        self.uploads = list(media)
        self.findings: list[Finding] = []
        self.units = selectors_compose.audience_units(
            author, current=story.audience_unit if story is not None else None
        )
        self.circles: dict[int, str] = dict(circle_choices(author))
        if story is not None and story.circle_id is not None:
            # An edit keeps the story's circle even if the author has left it since.
            self.circles.setdefault(
                story.circle_id,
                circle_names([story.circle_id]).get(story.circle_id, str(_("A circle"))),
            )
        audience = self.fields["audience"]
        choices: list[Any] = [("", _("The whole organisation"))]
        choices += [(str(unit.pk), unit.name) for unit in self.units]
        if self.circles:
            choices.append(
                (
                    _("Circles you are in"),
                    [(f"{CIRCLE_PREFIX}{pk}", name) for pk, name in self.circles.items()],
                )
            )
        audience.choices = choices  # type: ignore[attr-defined]
        audience.help_text = _(
            "A story for one unit is read only by the people in it and in the units below it; "
            "a story for a circle only by its members."
        )
        self.section_names: list[tuple[Section, str]] = []
        for section in sections_for(kind):
            name = SECTION_PREFIX + section.key
            self.fields[name] = forms.CharField(
                label=str(section.label),
                help_text=str(section.hint),
                required=section.required,
                max_length=section.max_length,
                widget=forms.Textarea(attrs={"rows": 3 if section.max_length <= 3_000 else 6}),
            )
            self.section_names.append((section, name))
        if kind == StoryKind.ARTICLE:
            self.fields["link_url"] = forms.URLField(
                label=_("Address"),
                max_length=500,
                assume_scheme="https",
                validators=[URLValidator(schemes=["http", "https"])],
                help_text=_("An http or https address. Samla does not open it for you."),
            )
        if kind == StoryKind.EXPERIMENT:
            self.fields["sponsor"] = forms.CharField(
                label=_("Sponsor"),
                max_length=254,
                help_text=_(
                    "The email address of the manager who backs the experiment and helps close "
                    "it out."
                ),
                widget=forms.EmailInput(attrs={"list": "sponsor-options", "autocomplete": "off"}),
            )
            self.fields["starts_on"] = forms.DateField(
                label=_("Starts"), widget=forms.DateInput(attrs={"type": "date"})
            )
            self.fields["ends_on"] = forms.DateField(
                label=_("Ends"), widget=forms.DateInput(attrs={"type": "date"})
            )
            self.fields["experiment_status"] = forms.ChoiceField(
                label=_("Status"),
                choices=[
                    (ExperimentStatus.PLANNED.value, ExperimentStatus.PLANNED.label),
                    (ExperimentStatus.RUNNING.value, ExperimentStatus.RUNNING.label),
                ],
                initial=ExperimentStatus.PLANNED,
            )
            if story is not None and story.experiment_status == ExperimentStatus.ENDED:
                del self.fields["experiment_status"]  # ended: closed out, not edited back
        if kind == StoryKind.LESSON:
            self.fields["asks_leader_response"] = forms.BooleanField(
                required=False,
                label=_("Ask a leader for a response"),
                help_text=_(
                    "Your manager (or, without one, a learning lead) is asked to respond. "
                    "Their response is shown with the lesson."
                ),
            )
        removable = [m.pk for m in self.uploads if m.story_id is not None]
        if removable:
            self.fields["removed_media"] = forms.TypedMultipleChoiceField(
                choices=[(str(pk), str(pk)) for pk in removable],
                coerce=int,
                required=False,
                widget=forms.MultipleHiddenInput,
            )
        self.alt_names: list[tuple[StoryMedia, str]] = []
        for item in self.uploads:
            if item.kind in {MediaKind.IMAGE, MediaKind.POSTER}:
                name = f"{ALT_PREFIX}{item.pk}"
                self.fields[name] = forms.CharField(
                    label=_("Description of the image")
                    if item.kind == MediaKind.IMAGE
                    else _("Description of the poster"),
                    max_length=300,
                    required=False,
                    initial=item.alt_text,
                    help_text=_("What the picture shows, for people who cannot see it."),
                )
                self.alt_names.append((item, name))

    # --- for the template ---

    def section_fields(self) -> list[tuple[Section, forms.BoundField]]:
        return [(section, self[name]) for section, name in self.section_names]

    def alt_fields(self) -> list[tuple[StoryMedia, forms.BoundField]]:
        return [(item, self[name]) for item, name in self.alt_names]

    # --- validation ---

    def clean_audience(self) -> OrgUnit | CircleAudience | None:
        value = self.cleaned_data.get("audience") or ""
        if not value:
            return None
        if value.startswith(CIRCLE_PREFIX):
            pk = value.removeprefix(CIRCLE_PREFIX)
            if pk.isdigit() and int(pk) in self.circles:
                return CircleAudience(int(pk))
            raise ValidationError(_("Choose the whole organisation, one of your units or circles."))
        by_pk = {str(unit.pk): unit for unit in self.units}
        if value not in by_pk:
            raise ValidationError(_("Choose the whole organisation, one of your units or circles."))
        return by_pk[value]

    def clean_topics(self) -> list[Skill]:
        topics = list(self.cleaned_data.get("topics") or [])
        if len(topics) > TOPICS_MAX:
            raise ValidationError(
                _("Choose at most %(count)s topics.") % {"count": TOPICS_MAX}, code="too_many"
            )
        return topics

    def clean_sponsor(self) -> Person:
        email = (self.cleaned_data.get("sponsor") or "").strip()
        sponsor = selectors_compose.person_active_manager_by_email(email)
        if sponsor is None:
            raise ValidationError(
                _("The sponsor must be a manager in the organisation. Give their email address.")
            )
        if sponsor.pk == self.author.pk:
            raise ValidationError(_("Ask another manager to sponsor your experiment."))
        return sponsor

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends <= starts:
            self.add_error("ends_on", _("The end must be after the start."))
        sponsor = data.get("sponsor")
        if isinstance(sponsor, Person) and not self.has_error("audience"):
            audience = data.get("audience")
            probe = story_for_audience(audience)
            if audience is not None and not in_audience(sponsor, probe):
                self.add_error(
                    "sponsor",
                    _("The sponsor cannot read a story addressed to that audience."),
                )
        self._clean_media()
        self.findings = sensitive_findings(self.kind, data)
        if self.findings and not data.get("sensitive_checked"):
            self.add_error(
                "sensitive_checked",
                _(
                    "The story may mention health or other sensitive personal details. Check "
                    "it, then tick the box to publish."
                ),
            )
        return data

    def _clean_media(self) -> None:
        if self.kind != StoryKind.MEDIA:
            return
        removed = set(self.cleaned_data.get("removed_media") or [])
        kept = [m for m in self.uploads if m.pk not in removed]
        if not any(m.kind in {MediaKind.VIDEO, MediaKind.IMAGE} for m in kept):
            self.add_error(None, _("Add a video or at least one image."))
        for item, name in self.alt_names:
            if item.pk in removed or item.kind != MediaKind.IMAGE:
                continue
            if not (self.cleaned_data.get(name) or "").strip():
                self.add_error(name, _("Describe the image for people who cannot see it."))

    def content(self) -> StoryContent:
        data = self.cleaned_data
        audience = data.get("audience")
        removed = frozenset(data.get("removed_media") or [])
        return StoryContent(
            title=data["title"],
            sections={section.key: data.get(name) or "" for section, name in self.section_names},
            language=data["language"],
            audience_unit=audience if isinstance(audience, OrgUnit) else None,
            circle_id=audience.pk if isinstance(audience, CircleAudience) else None,
            topics=list(data.get("topics") or []),
            link_url=data.get("link_url") or "",
            sponsor=data.get("sponsor"),
            starts_on=data.get("starts_on"),
            ends_on=data.get("ends_on"),
            experiment_status=data.get("experiment_status") or "",
            asks_leader_response=bool(data.get("asks_leader_response")),
            alt_texts={
                item.pk: data.get(name) or ""
                for item, name in self.alt_names
                if item.pk not in removed
            },
            removed_media=removed,
        )


class MediaUploadForm(forms.Form):
    """An upload to a video or image story (part of the composer's form; the file is checked by
    content in the service)."""

    media_kind = forms.ChoiceField(
        label=_("What are you adding?"),
        choices=[
            (MediaKind.IMAGE.value, _("An image")),
            (MediaKind.VIDEO.value, _("A video (MP4 or WebM)")),
            (MediaKind.POSTER.value, _("A poster image for the video")),
        ],
    )
    media_file = forms.FileField(label=_("File"))
    media_alt = forms.CharField(
        label=_("Description"),
        max_length=300,
        required=False,
        help_text=_("For an image: what it shows, for people who cannot see it."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("media_kind") == MediaKind.IMAGE and not (data.get("media_alt") or "").strip():
            self.add_error("media_alt", _("Describe the image for people who cannot see it."))
        return data


def topic_ids(values: Sequence[object] | None) -> list[int]:
    """Skill ids from the composer's `topics` values, ignoring anything that is not a number."""
    ids: list[int] = []
    for value in values or []:
        text = str(value)
        if text.isdigit() and int(text) not in ids:
            ids.append(int(text))
    return ids[:50]
