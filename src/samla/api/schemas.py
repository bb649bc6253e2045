"""Schemas of the JSON API: inputs (strict: no coercion, no unknown fields) and outputs apart.

Outputs list what may leave the building and nothing else: never is_superuser, is_staff,
password, deactivated_at, employee_id or the like.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Final, Literal
from uuid import UUID

from django.conf import settings
from django.utils.translation import gettext as _
from ninja import Field, Schema
from pydantic import AfterValidator, BeforeValidator, ConfigDict, WithJsonSchema

from samla.record.enums import Verb
from samla.stories.enums import StoryKind

MAX_PAGE_SIZE: Final = 100
MAX_OFFSET: Final = 1_000_000
MAX_ID: Final = 2**63 - 1  # BigAutoField; larger numbers are no id and would overflow SQLite
NO_NUL: Final = r"^[^\x00]*$"  # PostgreSQL cannot store NUL; pydantic already refuses surrogates
LANGUAGE_CODES: Final[list[str]] = [code for code, _name in settings.LANGUAGES]


# --- Reusable input types ------------------------------------------------------------------------


def _known_language(value: str) -> str:
    if value not in LANGUAGE_CODES:
        raise ValueError(
            _("“%(code)s” is not a language Samla speaks. Choose one of: %(choices)s.")
            % {"code": value[:20], "choices": ", ".join(LANGUAGE_CODES)}
        )
    return value


def _iso_datetime(value: object) -> object:
    """Only ISO 8601 text with a time zone: no Unix numbers, no guessing the zone."""
    if isinstance(value, datetime):
        return value
    message = _("Give a date and time in ISO 8601 with a time zone, such as 2025-01-31T09:00:00Z.")
    if not isinstance(value, str) or "T" not in value:
        raise ValueError(message)
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        if parsed.tzinfo is None:
            raise ValueError(message)
        # In UTC, as the database compares it; the first and last days of the calendar may
        # not survive the shift (0001-01-01T00:00+05:00 is before year 1 in UTC).
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        raise ValueError(message) from None


LanguageCode = Annotated[
    str,
    AfterValidator(_known_language),
    WithJsonSchema({"type": "string", "enum": LANGUAGE_CODES}),
]
AwareDateTime = Annotated[
    datetime,
    BeforeValidator(_iso_datetime),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]
ObjectId = Annotated[int, Field(ge=1, le=MAX_ID)]
SearchText = Annotated[str, Field(max_length=100, pattern=NO_NUL)]
XapiVersionText = Annotated[str, Field(pattern=r"^(1\.0|2\.0)(\.[0-9]{1,3})?$")]


class StrictIn(Schema):
    """Base of every body schema: what does not fit the schema is refused, never coerced."""

    model_config = ConfigDict(extra="forbid", strict=True)


# --- Errors --------------------------------------------------------------------------------------


class Error(Schema):
    """Every error answer: one sentence (or a few) in the language of the request."""

    detail: str


# --- People --------------------------------------------------------------------------------------


class UnitOut(Schema):
    id: int
    name: str


class PersonRef(Schema):
    id: int
    full_name: str


class OfficeOut(Schema):
    id: int
    name: str
    city: str
    country: str


class MeOut(Schema):
    id: int
    email: str
    full_name: str
    title: str
    bio: str
    unit: UnitOut | None
    manager: PersonRef | None
    office: OfficeOut | None
    language: str
    role: str
    is_manager: bool
    show_activity: bool


class MeIn(StrictIn):
    """Change one's own profile: only the fields sent are changed."""

    # The None defaults only mean "not sent" (the router uses exclude_unset); a null that is
    # sent is refused like any other wrong type.
    title: str = Field(None, max_length=200, pattern=NO_NUL)  # type: ignore[assignment]
    bio: str = Field(None, max_length=2000, pattern=NO_NUL)  # type: ignore[assignment]
    language: LanguageCode = Field(None)  # type: ignore[assignment]
    show_activity: bool = Field(None)  # type: ignore[assignment]


class PersonOut(Schema):
    id: int
    full_name: str
    email: str
    title: str
    unit: UnitOut | None
    office: OfficeOut | None
    language: str
    is_active: bool


class SkillOut(Schema):
    id: int
    slug: str
    name: str
    category: str


class PersonSkillOut(Schema):
    skill: SkillOut
    level: int | None
    can_help: bool
    wants_to_learn: bool


class PersonDetailOut(PersonOut):
    bio: str
    manager: PersonRef | None
    skills: list[PersonSkillOut]


class PeopleFilterIn(Schema):
    q: SearchText = Field("", description="Words of the name, job title or email address.")
    unit: ObjectId | None = Field(None, description="A unit id; its sub-units are included.")
    skill: SearchText = Field("", description="A skill, in any language Samla speaks.")
    office: ObjectId | None = Field(None, description="An office id.")
    language: LanguageCode | None = Field(None, description="A working language.")
    limit: int = Field(50, ge=1, le=MAX_PAGE_SIZE)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class PeoplePage(Schema):
    count: int
    limit: int
    offset: int
    items: list[PersonOut]


class SearchIn(Schema):
    q: SearchText = Field("", description="A skill, in any language Samla speaks.")


class ExpertOut(Schema):
    person: PersonOut
    skill: SkillOut
    level: int | None
    can_help: bool
    recent_shares: int = Field(description="How often they shared in the last 90 days.")


class ExpertsOut(Schema):
    skills: list[SkillOut]
    experts: list[ExpertOut]


# --- The learning record -------------------------------------------------------------------------


class ActivityOut(Schema):
    id: UUID
    verb: str = Field(json_schema_extra={"enum": list(Verb.values)})
    verb_display: str
    object_type: str
    object_id: str
    object_title: str
    object_url: str
    topics: list[str]
    context_type: str
    context_id: str
    visibility: str
    timestamp: datetime

    @staticmethod
    def resolve_verb_display(obj: Any) -> str:
        return str(obj.get_verb_display())


class PageIn(Schema):
    limit: int = Field(20, ge=1, le=MAX_PAGE_SIZE)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class ActivityPage(Schema):
    count: int
    limit: int
    offset: int
    items: list[ActivityOut]


class StatementsIn(Schema):
    limit: int = Field(100, ge=1, le=500)
    since: AwareDateTime | None = Field(
        None, description="Only statements stored after this moment (ISO 8601 with a time zone)."
    )


class XapiAccount(Schema):
    homePage: str
    name: str


class XapiAgent(Schema):
    objectType: Literal["Agent"]
    name: str | None = None
    mbox: str | None = None
    account: XapiAccount | None = None


class XapiVerb(Schema):
    id: str
    display: dict[str, str]


class XapiDefinition(Schema):
    name: dict[str, str] | None = None
    type: str | None = None


class XapiActivity(Schema):
    objectType: Literal["Activity"]
    id: str
    definition: XapiDefinition | None = None


class XapiContextActivities(Schema):
    grouping: list[XapiActivity] | None = None
    other: list[XapiActivity] | None = None


class XapiContext(Schema):
    platform: str
    language: str
    contextActivities: XapiContextActivities | None = None
    extensions: dict[str, int] | None = None


class XapiStatement(Schema):
    id: UUID
    actor: XapiAgent
    verb: XapiVerb
    object: XapiActivity
    context: XapiContext
    timestamp: str
    stored: str
    version: str


class StatementResult(Schema):
    """As an LRS answers GET statements: `more` is where the next batch is, or empty."""

    statements: list[XapiStatement]
    more: str


# --- Stories and search --------------------------------------------------------------------------


def _known_story_kind(value: str) -> str:
    if value not in StoryKind.values:
        raise ValueError(
            _("“%(kind)s” is not a kind of story. Choose one of: %(choices)s.")
            % {"kind": value[:20], "choices": ", ".join(StoryKind.values)}
        )
    return value


StoryKindCode = Annotated[
    str,
    AfterValidator(_known_story_kind),
    WithJsonSchema({"type": "string", "enum": list(StoryKind.values)}),
]
CursorText = Annotated[str, Field(max_length=200, pattern=NO_NUL)]
SkillSlug = Annotated[str, Field(max_length=80, pattern=r"^[-a-zA-Z0-9_]+$")]


class StoriesIn(Schema):
    cursor: CursorText = Field("", description="`next_cursor` of the previous page.")
    limit: int = Field(20, ge=1, le=MAX_PAGE_SIZE)
    kind: StoryKindCode | None = Field(None, description="Only stories of this kind.")


class StoryAuthorOut(Schema):
    id: int
    name: str


class StoryOut(Schema):
    id: int
    kind: str = Field(json_schema_extra={"enum": list(StoryKind.values)})
    title: str
    language: str
    author: StoryAuthorOut
    topics: list[str] = Field(description="Skill slugs.")
    audience_unit_id: int | None = Field(
        description="The unit the story is addressed to (with its sub-units), or null for "
        "the whole organisation."
    )
    published_at: datetime
    edited_at: datetime | None
    teaser: str
    url: str


class StoryDetailOut(StoryOut):
    sections_html: dict[str, str] = Field(
        description="Each section of the story's kind, rendered and sanitised, by its key."
    )
    link_url: str
    reactions: dict[str, int] = Field(description="How many people reacted, by kind.")


class StoryPage(Schema):
    items: list[StoryOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page.")


class StorySearchIn(Schema):
    q: SearchText = Field("", description='Words, in any language Samla speaks; "a phrase".')
    kind: StoryKindCode | None = Field(None, description="Only stories of this kind.")
    topic: SkillSlug | None = Field(None, description="Only stories on this topic (skill slug).")
    language: LanguageCode | None = Field(None, description="Only stories in this language.")
    cursor: CursorText = Field("", description="`next_cursor` of the previous page.")


class StoryHitOut(Schema):
    doc_type: str
    object_id: str
    title: str
    title_html: str = Field(description="The title, escaped, with matching words in <mark>.")
    url: str
    snippet_html: str = Field(description="A piece of the text, escaped, with <mark>.")
    kind: str
    language: str
    published_at: datetime


class StorySearchOut(Schema):
    items: list[StoryHitOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page.")
    truncated: bool = Field(
        description="More stories matched than were ranked: add a word or a filter to reach "
        "older ones."
    )
