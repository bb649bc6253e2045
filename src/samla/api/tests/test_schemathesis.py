"""The API against its own OpenAPI schema, in-process (schemathesis + hypothesis).

Every operation, signed in as the employee persona, with schemathesis' default checks (no
server error, documented status codes and content types, responses matching their schemas,
schema-violating requests refused, auth enforced …), once with valid and once with invalid
input. Examples are capped so the whole run stays well under 30 seconds.

schemathesis' own pytest integration (`@schema.parametrize()` on a lazily loaded schema) does
not work with pytest 9 (it reads a private node attribute), so each operation's hypothesis
strategy is driven here directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from samla.api.tests.conftest import API
from samla.api.urls import api
from samla.people.models import Person
from samla.people.tests.factories import PersonSkillFactory, SkillFactory
from samla.record.enums import Verb, Visibility
from samla.record.tests.factories import activity
from samla.stories.models import Story
from samla.stories.search_index import story_index
from samla.stories.tests.factories import StoryFactory

pytestmark = pytest.mark.django_db

application = get_wsgi_application()

OPERATIONS = [
    (method.upper(), path)
    for path, operations in api.get_openapi_schema(path_prefix=f"{API}/")["paths"].items()
    for method in operations
]


@pytest.fixture
def browser_cookies(employee: Person, colleague: Person, outsider: Person) -> dict[str, str]:
    """A real session and CSRF cookie, as a browser would send them, plus some data to find."""
    skill = SkillFactory(slug="facilitation", name_en="Facilitation")
    PersonSkillFactory(person=colleague, skill=skill, level=4)
    activity(employee, Verb.SHARED, topics=["facilitation"], context_type="circle", context_id=1)
    activity(employee, Verb.REFLECTED, visibility=Visibility.PRIVATE)
    activity(colleague, Verb.PRESENTED)
    story_index(StoryFactory(author=colleague, title="Læringsmødet", topics=[skill]))
    client = Client()
    client.force_login(employee)
    client.get("/")  # sets the CSRF cookie
    return {name: client.cookies[name].value for name in ("sessionid", "csrftoken")}


@pytest.fixture
def api_schema(browser_cookies: dict[str, str]) -> Iterator[Any]:
    # The schema is for signed-in people only, and werkzeug's client (which from_wsgi uses)
    # drops a Cookie header: the schema request gets the session cookie from a wrapper. The
    # operations themselves then run against the bare application, with cookies per call.
    cookie = "; ".join(f"{name}={value}" for name, value in browser_cookies.items())

    def signed_in_application(environ: dict[str, Any], start_response: Any) -> Any:
        environ["HTTP_COOKIE"] = cookie
        return application(environ, start_response)

    # The real WSGI handler closes the database connection after each request, as it should in
    # production; here that would end the test's transaction (on PostgreSQL). Django's test
    # client does the same around its own requests, so this comes after browser_cookies.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    loaded = schemathesis.openapi.from_wsgi(f"{API}/openapi.json", signed_in_application)
    loaded.app = application

    @loaded.auth()
    class BrowserSession:
        """Signs every generated request in, as a browser would: cookies plus the CSRF header.
        Being explicit auth, schemathesis also probes each operation without it (ignored_auth)."""

        def get(self, case: Any, context: Any) -> dict[str, str]:
            return browser_cookies

        def set(self, case: Any, data: dict[str, str], context: Any) -> None:
            case.cookies = {**(case.cookies or {}), **data}
            case.headers = {**(case.headers or {}), "X-CSRFToken": data["csrftoken"]}

    yield loaded
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def test_the_schema_lists_every_operation() -> None:
    assert sorted(OPERATIONS) == [
        ("GET", f"{API}/circles"),
        ("GET", f"{API}/circles/{{slug}}"),
        ("GET", f"{API}/circles/{{slug}}/meetings"),
        ("GET", f"{API}/experts"),
        ("GET", f"{API}/me"),
        ("GET", f"{API}/people"),
        ("GET", f"{API}/people/{{person_id}}"),
        ("GET", f"{API}/people/{{person_id}}/activity"),
        ("GET", f"{API}/questions"),
        ("GET", f"{API}/questions/{{question_id}}"),
        ("GET", f"{API}/record/statements"),
        ("GET", f"{API}/search"),
        ("GET", f"{API}/skills"),
        ("GET", f"{API}/stories"),
        ("GET", f"{API}/stories/{{story_id}}"),
        ("PATCH", f"{API}/me"),
        ("POST", f"{API}/questions"),
    ]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_api_conforms_to_its_schema(
    api_schema: Any, method: str, path: str, mode: GenerationMode
) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=25,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    def run(case: Any) -> None:
        case.call_and_validate()

    run()


@pytest.mark.parametrize(
    "path", [f"{API}/people/{{person_id}}", f"{API}/people/{{person_id}}/activity"]
)
def test_person_operations_conform_for_a_real_colleague(
    api_schema: Any, colleague: Person, path: str
) -> None:
    """Random ids mostly find nobody (404): here the answers about an existing colleague."""
    operation = api_schema[path]["GET"]

    @given(case=operation.as_strategy(path_parameters={"person_id": colleague.pk}))
    @settings(
        max_examples=10,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    def run(case: Any) -> None:
        response = case.call_and_validate()
        assert response.status_code in {200, 422}

    run()


def test_story_operation_conforms_for_a_real_story(api_schema: Any) -> None:
    """Random ids find no story (404): here the answer about one the employee may read."""
    operation = api_schema[f"{API}/stories/{{story_id}}"]["GET"]
    story = Story.objects.get()

    @given(case=operation.as_strategy(path_parameters={"story_id": story.pk}))
    @settings(
        max_examples=5,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    def run(case: Any) -> None:
        response = case.call_and_validate()
        assert response.status_code == 200

    run()
