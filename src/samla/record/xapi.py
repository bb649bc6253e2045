"""The learning record as xAPI statements (xAPI 1.0.3 and 2.0 / IEEE 9274.1.1-2023).

One Activity row maps to one statement: actor – verb – object – context. The statement id is
the row's UUID, so exporting twice gives the same statements and an LRS can de-duplicate them.

An anonymous row (actor None) maps to an agent that identifies nobody: an account named
"anonymous" on this Samla. Nothing else in the statement (no unit, no language of the person)
may point back to who it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any, Final, Literal
from urllib.parse import quote

from django.conf import settings
from django.utils import translation

from samla.record.enums import Verb
from samla.record.models import Activity

XapiVersion = Literal["1.0.3", "2.0.0"]
XAPI_VERSIONS: Final[tuple[XapiVersion, ...]] = ("2.0.0", "1.0.3")
DEFAULT_VERSION: Final[XapiVersion] = "2.0.0"

PLATFORM: Final = "Samla"
ANONYMOUS_ACCOUNT_NAME: Final = "anonymous"

ADL: Final = "http://adlnet.gov/expapi/verbs/"
ACTIVITY_STREAMS: Final = "http://activitystrea.ms/schema/1.0/"
TINCAN: Final = "http://id.tincanapi.com/verb/"

# Every verb's IRI. A registered IRI (ADL vocabulary, Activity Streams 1.0, the xAPI/Tin Can
# registry) where one means the same thing; None means Samla's own verb, published under
# SITE_URL/xapi/verbs/<verb> (see verb_iri).
VERB_IRIS: Final[Mapping[Verb, str | None]] = {
    Verb.SHARED: ADL + "shared",
    Verb.ASKED: ADL + "asked",
    Verb.ANSWERED: ADL + "answered",
    Verb.COMMENTED: ADL + "commented",
    Verb.REACTED: None,
    Verb.PRESENTED: ACTIVITY_STREAMS + "present",
    Verb.ATTENDED: ADL + "attended",
    Verb.FACILITATED: None,
    Verb.MENTORED: TINCAN + "mentored",
    Verb.WAS_MENTORED: None,
    Verb.SHADOWED: None,
    Verb.HOSTED: ACTIVITY_STREAMS + "host",
    Verb.RECOGNISED: None,
    Verb.REFLECTED: None,
    Verb.COMPLETED: ADL + "completed",
    Verb.ACKNOWLEDGED: ACTIVITY_STREAMS + "acknowledge",
    Verb.GAVE_FEEDBACK: None,
    Verb.ADDED_SKILL: ACTIVITY_STREAMS + "add",
    Verb.ACCEPTED: ACTIVITY_STREAMS + "accept",
}

# Activity types for the kinds of objects Samla records; anything else gets Samla's own type.
ACTIVITY_TYPE_IRIS: Final[Mapping[str, str]] = {
    "question": "http://adlnet.gov/expapi/activities/question",
    "meeting": "http://adlnet.gov/expapi/activities/meeting",
    "link": "http://adlnet.gov/expapi/activities/link",
    "story": ACTIVITY_STREAMS + "article",
    "article": ACTIVITY_STREAMS + "article",
    "comment": ACTIVITY_STREAMS + "comment",
    "video": ACTIVITY_STREAMS + "video",
    "badge": ACTIVITY_STREAMS + "badge",
}

EXTENSION_ORG_UNIT: Final = "/xapi/extensions/org-unit"


def version_from(value: str | None) -> XapiVersion | None:
    """The xAPI version asked for ("1.0.3" or "2.0.0"; empty means the default), or None."""
    if not value:
        return DEFAULT_VERSION
    for version in XAPI_VERSIONS:
        if value == version:
            return version
    return None


def _site() -> str:
    return str(settings.SITE_URL).rstrip("/")


def _segment(value: str) -> str:
    return quote(value, safe="")


def verb_iri(verb: Verb | str) -> str:
    registered = VERB_IRIS[Verb(verb)]
    return registered or f"{_site()}/xapi/verbs/{_segment(str(verb))}"


def activity_type_iri(object_type: str) -> str:
    return ACTIVITY_TYPE_IRIS.get(object_type) or (
        f"{_site()}/xapi/activity-types/{_segment(object_type or 'object')}"
    )


def activity_iri(object_type: str, object_id: str) -> str:
    return f"{_site()}/xapi/activities/{_segment(object_type or 'object')}/{_segment(object_id)}"


def object_iri(activity: Activity) -> str:
    """Where the object lives: its page on this Samla, an external address, or a stable IRI."""
    url = activity.object_url
    if url.startswith("/") and not url.startswith("//"):
        return _site() + url
    if url.startswith(("https://", "http://")):
        return url
    return activity_iri(activity.object_type, activity.object_id)


def xapi_time(value: datetime) -> str:
    """ISO 8601 in UTC with millisecond precision, the form LRSs store."""
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _english(label: object) -> str:
    with translation.override("en"):
        return str(label)


def _actor(activity: Activity) -> dict[str, Any]:
    person = activity.actor
    if person is None:
        return {
            "objectType": "Agent",
            "account": {"homePage": _site(), "name": ANONYMOUS_ACCOUNT_NAME},
        }
    return {"objectType": "Agent", "name": person.full_name, "mbox": f"mailto:{person.email}"}


def _context(activity: Activity) -> dict[str, Any]:
    person = activity.actor
    anonymous = person is None
    # An anonymous statement carries the site's language, never the person's.
    language = str(settings.LANGUAGE_CODE) if person is None else person.language
    context: dict[str, Any] = {"platform": PLATFORM, "language": language}
    context_activities: dict[str, list[dict[str, Any]]] = {}
    if activity.context_type and activity.context_id:
        context_activities["grouping"] = [
            {
                "objectType": "Activity",
                "id": activity_iri(activity.context_type, activity.context_id),
                "definition": {"type": activity_type_iri(activity.context_type)},
            }
        ]
    topics = [str(slug) for slug in activity.topics or [] if str(slug)]
    if topics:
        context_activities["other"] = [
            {"objectType": "Activity", "id": f"{_site()}/xapi/topics/{_segment(slug)}"}
            for slug in topics
        ]
    if context_activities:
        context["contextActivities"] = context_activities
    if not anonymous and activity.unit_id is not None:
        context["extensions"] = {_site() + EXTENSION_ORG_UNIT: activity.unit_id}
    return context


def _verb(value: str) -> dict[str, Any]:
    try:
        verb = Verb(value)
    except ValueError:  # a verb an external source sent, or one Samla no longer has
        return {"id": f"{_site()}/xapi/verbs/{_segment(value)}", "display": {"en-US": value}}
    return {"id": verb_iri(verb), "display": {"en-US": _english(verb.label)}}


def statement_for(activity: Activity, *, version: XapiVersion = DEFAULT_VERSION) -> dict[str, Any]:
    """One statement, as a JSON-ready dict. Load `actor` with the row (select_related)."""
    definition: dict[str, Any] = {"type": activity_type_iri(activity.object_type)}
    title = activity.object_title or activity.object_type
    if title:
        definition["name"] = {"en-US": title}
    return {
        "id": str(activity.id),
        "actor": _actor(activity),
        "verb": _verb(activity.verb),
        "object": {
            "objectType": "Activity",
            "id": object_iri(activity),
            "definition": definition,
        },
        "context": _context(activity),
        "timestamp": xapi_time(activity.timestamp),
        "stored": xapi_time(activity.stored),
        "version": version,
    }


def statements_for(
    activities: Iterable[Activity], *, version: XapiVersion = DEFAULT_VERSION
) -> Iterator[dict[str, Any]]:
    for activity in activities:
        yield statement_for(activity, version=version)
