from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from django.conf import settings

from samla.people.models import Person
from samla.record import xapi
from samla.record.enums import Verb, Visibility
from samla.record.models import Activity
from samla.record.tests.factories import activity
from samla.record.tests.xapi_validator import assert_valid_statement

pytestmark = pytest.mark.django_db

SITE = settings.SITE_URL


def test_every_verb_has_an_iri() -> None:
    assert set(xapi.VERB_IRIS) == set(Verb)
    iris = [xapi.verb_iri(verb) for verb in Verb]
    assert len(set(iris)) == len(iris), "two verbs share an IRI"


def test_registered_and_own_verb_iris() -> None:
    assert xapi.verb_iri(Verb.SHARED) == "http://adlnet.gov/expapi/verbs/shared"
    assert xapi.verb_iri(Verb.ATTENDED) == "http://adlnet.gov/expapi/verbs/attended"
    assert xapi.verb_iri(Verb.PRESENTED) == "http://activitystrea.ms/schema/1.0/present"
    assert xapi.verb_iri(Verb.GAVE_FEEDBACK) == f"{SITE}/xapi/verbs/gave_feedback"


@pytest.mark.parametrize("version", xapi.XAPI_VERSIONS)
@pytest.mark.parametrize("verb", list(Verb))
def test_statement_is_valid_xapi_for_every_verb(employee: Person, verb: Verb, version: str) -> None:
    row = activity(
        employee,
        verb,
        object_type="meeting",
        object_id=42,
        object_title="Friday learning",
        object_url="/circles/meetings/42/",
        topics=["facilitation", "retros"],
        context_type="circle",
        context_id=7,
    )
    statement = xapi.statement_for(row, version=version)  # type: ignore[arg-type]
    assert_valid_statement(statement, version=version)
    json.dumps(statement)  # JSON-ready as it is
    assert statement["id"] == str(row.id)
    assert statement["verb"]["id"] == xapi.verb_iri(verb)
    assert statement["verb"]["display"] == {"en-US": str(verb.label)}


def test_statement_maps_actor_object_and_context(employee: Person, org) -> None:
    row = activity(
        employee,
        Verb.PRESENTED,
        object_type="meeting",
        object_id=42,
        object_title="Friday learning",
        object_url="/circles/meetings/42/",
        topics=["retros", "facilitation"],
        context_type="circle",
        context_id=7,
        timestamp=datetime(2025, 3, 14, 9, 26, 53, 589000, tzinfo=UTC),
    )
    statement = xapi.statement_for(row)
    assert statement["actor"] == {
        "objectType": "Agent",
        "name": "Erik Employee",
        "mbox": "mailto:employee@example.com",
    }
    assert statement["object"] == {
        "objectType": "Activity",
        "id": f"{SITE}/circles/meetings/42/",
        "definition": {
            "name": {"en-US": "Friday learning"},
            "type": "http://adlnet.gov/expapi/activities/meeting",
        },
    }
    assert statement["context"] == {
        "platform": "Samla",
        "language": "en",
        "contextActivities": {
            "grouping": [
                {
                    "objectType": "Activity",
                    "id": f"{SITE}/xapi/activities/circle/7",
                    "definition": {"type": f"{SITE}/xapi/activity-types/circle"},
                }
            ],
            "other": [
                {"objectType": "Activity", "id": f"{SITE}/xapi/topics/facilitation"},
                {"objectType": "Activity", "id": f"{SITE}/xapi/topics/retros"},
            ],
        },
        "extensions": {f"{SITE}/xapi/extensions/org-unit": org.platform.pk},
    }
    assert statement["timestamp"] == "2025-03-14T09:26:53.589Z"
    assert statement["version"] == "2.0.0"


def test_object_without_url_gets_a_stable_iri(employee: Person) -> None:
    row = activity(employee, object_type="kudos note", object_id="a/b", object_url="")
    statement = xapi.statement_for(row, version="1.0.3")
    assert statement["object"]["id"] == f"{SITE}/xapi/activities/kudos%20note/a%2Fb"
    assert statement["version"] == "1.0.3"
    assert_valid_statement(statement, version="1.0.3")


@pytest.mark.parametrize("version", xapi.XAPI_VERSIONS)
def test_anonymous_statement_identifies_nobody(colleague: Person, version: str) -> None:
    # colleague works in Swedish: even the language must not hint at who asked.
    row = activity(None, Verb.ASKED, object_type="question", object_id=9, object_title="Why?")
    statement = xapi.statement_for(row, version=version)  # type: ignore[arg-type]
    assert_valid_statement(statement, version=version)
    assert statement["actor"] == {
        "objectType": "Agent",
        "account": {"homePage": SITE, "name": "anonymous"},
    }
    assert "extensions" not in statement["context"]
    assert statement["context"]["language"] == settings.LANGUAGE_CODE
    text = json.dumps(statement)
    assert colleague.email not in text and colleague.full_name not in text


def test_private_rows_map_like_any_other(employee: Person) -> None:
    row = activity(employee, Verb.REFLECTED, visibility=Visibility.PRIVATE)
    assert_valid_statement(xapi.statement_for(row), version="2.0.0")


def test_version_from() -> None:
    assert xapi.version_from(None) == "2.0.0"
    assert xapi.version_from("1.0.3") == "1.0.3"
    assert xapi.version_from("3.0") is None


def test_a_verb_samla_does_not_know_still_maps(employee: Person) -> None:
    row = activity(employee, object_type="", object_title="", object_id="x")
    Activity.objects.filter(pk=row.pk).update(verb="tinkered")
    row.refresh_from_db()
    statement = xapi.statement_for(row)
    assert_valid_statement(statement, version="2.0.0")
    assert statement["verb"] == {
        "id": f"{SITE}/xapi/verbs/tinkered",
        "display": {"en-US": "tinkered"},
    }
    assert statement["object"]["definition"] == {"type": f"{SITE}/xapi/activity-types/object"}
