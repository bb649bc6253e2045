"""A hand-written check of a statement against the xAPI 1.0.3 / 2.0 data model (the parts Samla
emits): required properties, their types, one inverse functional identifier, absolute IRIs,
language maps, parseable timestamps with a time zone, and no nulls anywhere."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

STATEMENT_PROPERTIES = {
    "id",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "stored",
    "authority",
    "version",
    "attachments",
}
IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
CONTEXT_ACTIVITY_KEYS = {"parent", "grouping", "category", "other"}
# RFC 5646, simplified: language, optional script/region/variants.
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
MBOX = re.compile(r"^mailto:[^@\s]+@[^@\s]+$")


def assert_absolute_iri(value: Any) -> None:
    assert isinstance(value, str), value
    parts = urlsplit(value)
    assert parts.scheme in {"http", "https"} and parts.netloc, f"not an absolute IRI: {value!r}"
    assert " " not in value, value


def assert_language_map(value: Any) -> None:
    assert isinstance(value, dict) and value, value
    for tag, text in value.items():
        assert LANGUAGE_TAG.match(tag), tag
        assert isinstance(text, str) and text, text


def assert_timestamp(value: Any) -> datetime:
    assert isinstance(value, str), value
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    assert parsed.tzinfo is not None, f"timestamp without time zone: {value!r}"
    return parsed


def assert_no_nulls(value: Any, path: str = "statement") -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            assert item is not None, f"{path}.{key} is null"
            assert_no_nulls(item, f"{path}.{key}")
    elif isinstance(value, list):
        for n, item in enumerate(value):
            assert_no_nulls(item, f"{path}[{n}]")


def assert_agent(agent: Any) -> None:
    assert isinstance(agent, dict)
    assert agent.get("objectType", "Agent") == "Agent"
    present = [ifi for ifi in IFIS if ifi in agent]
    assert len(present) == 1, f"an Agent needs exactly one inverse functional identifier: {present}"
    if "mbox" in agent:
        assert MBOX.match(agent["mbox"]), agent["mbox"]
    if "account" in agent:
        account = agent["account"]
        assert set(account) == {"homePage", "name"}, account
        assert_absolute_iri(account["homePage"])
        assert isinstance(account["name"], str) and account["name"]
    if "name" in agent:
        assert isinstance(agent["name"], str)


def assert_activity(activity: Any) -> None:
    assert isinstance(activity, dict)
    assert activity.get("objectType", "Activity") == "Activity"
    assert_absolute_iri(activity["id"])
    definition = activity.get("definition")
    if definition is not None:
        assert isinstance(definition, dict)
        if "name" in definition:
            assert_language_map(definition["name"])
        if "type" in definition:
            assert_absolute_iri(definition["type"])


def assert_valid_statement(statement: Any, *, version: str) -> None:
    assert isinstance(statement, dict)
    assert set(statement) <= STATEMENT_PROPERTIES, set(statement) - STATEMENT_PROPERTIES
    assert {"id", "actor", "verb", "object"} <= set(statement)
    assert_no_nulls(statement)
    assert str(uuid.UUID(statement["id"])) == statement["id"], "id must be a lower-case UUID"
    assert_agent(statement["actor"])
    verb = statement["verb"]
    assert set(verb) <= {"id", "display"}
    assert_absolute_iri(verb["id"])
    assert_language_map(verb["display"])
    assert_activity(statement["object"])
    context = statement["context"]
    assert isinstance(context["platform"], str)
    assert LANGUAGE_TAG.match(context["language"])
    for key, activities in context.get("contextActivities", {}).items():
        assert key in CONTEXT_ACTIVITY_KEYS, key
        assert isinstance(activities, list) and activities
        for activity in activities:
            assert_activity(activity)
    for key in context.get("extensions", {}):
        assert_absolute_iri(key)
    assert_timestamp(statement["timestamp"])
    assert_timestamp(statement["stored"])
    assert statement["version"] == version
    assert re.match(r"^(1\.0\.[0-9]+|2\.0\.[0-9]+)$", statement["version"])
