"""Browser journeys: a real Chromium (Debian's /usr/bin/chromium) driven by Playwright against
pytest-django's live server, with axe-core run on every page a journey visits.

What every browser test gets for free, and fails on at the end of the test:

* axe-core violations of WCAG 2.0/2.1/2.2 A and AA on any page passed to `check_a11y`, plus
  WCAG 1.4.10 reflow (no sideways scrolling) on phone-sized viewports;
* any request to a host other than the live server (it is also blocked: privacy means zero
  third-party requests);
* JavaScript errors, console errors, CSP violations ("Refused to …") and broken assets.

Problems are collected during the test and reported together when it ends, so one run shows
every page's violations instead of stopping at the first. A failing functional assertion still
fails the test at once; the collected problems are attached to its report.

Screenshots land in test-results/screenshots/ (gitignored) for people to look at.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from samla.people import services
from samla.people.enums import Country, Role, UnitKind
from samla.people.models import Office, OrgUnit, Person, Skill
from tests.browser.support import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DESKTOP,
    HERE,
    LOCAL_HOSTS,
    PASSWORD,
    RECORDER_KEY,
    Recorder,
    recorders,
    scriptless,
    sign_in_cookie,
    url_path,
)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test in tests/browser is a browser test, even if its module forgets `pytestmark`."""
    for item in items:
        if item.path.is_relative_to(HERE) and item.get_closest_marker("browser") is None:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    try:
        result = yield
    except BaseException as exc:
        recorder = item.stash.get(RECORDER_KEY, None)
        if recorder is not None and recorder.report():
            exc.add_note("\nAlso seen in the browser during this test:\n" + recorder.report())
        raise
    recorder = item.stash.get(RECORDER_KEY, None)
    if recorder is not None and recorder.report():
        raise AssertionError(
            f"pages checked: {', '.join(recorder.checked_pages) or 'none'}\n\n{recorder.report()}"
        )
    return result


# --- Browser fixtures --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Playwright]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing (apt-get install chromium)"
        if os.environ.get("SAMLA_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    # Playwright's sync API runs an asyncio loop in this thread, so Django would refuse the
    # ORM calls the tests make (seeding, checking what was saved). Set only when browsers run.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def chromium(playwright_instance: Playwright) -> Iterator[Browser]:
    browser = playwright_instance.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


@pytest.fixture
def base_url(live_server: Any) -> str:
    return str(live_server.url)


@pytest.fixture
def viewport() -> dict[str, int]:
    """Desktop unless a test parametrises it (see VIEWPORTS)."""
    return DESKTOP


NewContext = Callable[..., BrowserContext]


@pytest.fixture
def new_context(
    request: pytest.FixtureRequest, chromium: Browser, base_url: str, viewport: dict[str, int]
) -> Iterator[NewContext]:
    """Make browser contexts (a fresh profile each) that record problems for this test.

    Keyword arguments go to Browser.new_context, e.g. java_script_enabled=False or
    color_scheme="dark". `person=` signs that person in.
    """
    recorder = Recorder()
    request.node.stash[RECORDER_KEY] = recorder
    contexts: list[BrowserContext] = []

    def make(person: Person | None = None, **options: Any) -> BrowserContext:
        options = {"viewport": viewport, "locale": "en-GB", "base_url": base_url, **options}
        context = chromium.new_context(**options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        recorders[id(context)] = recorder
        if options.get("java_script_enabled") is False:
            scriptless.add(id(context))

        def route(route: Any) -> None:
            host = urlsplit(route.request.url).hostname or ""
            if host in LOCAL_HOSTS:
                route.continue_()
            else:
                recorder.third_party.append(route.request.url)
                route.abort("blockedbyclient")

        context.route("**/*", route)

        def watch(page: Page) -> None:
            def on_console(msg: Any) -> None:
                text = msg.text
                if msg.type != "error":
                    return
                # Statuses are checked by the response listener (assets) and by the tests
                # themselves (pages deliberately answering 404 or 422).
                if text.startswith("Failed to load resource"):
                    return
                recorder.console.append(f"console.error on {url_path(page)}: {text}")

            def on_response(response: Any) -> None:
                kind = response.request.resource_type
                if response.status >= 500 or (
                    response.status >= 400 and kind not in {"document", "xhr", "fetch"}
                ):
                    recorder.console.append(f"{response.status} for {kind} {response.url}")

            page.on("console", on_console)
            page.on("pageerror", lambda exc: recorder.console.append(f"JS error: {exc}"))
            page.on("response", on_response)

        context.on("page", watch)
        if person is not None:
            sign_in_cookie(context, base_url, person)
        return context

    yield make
    for context in contexts:
        recorders.pop(id(context), None)
        scriptless.discard(id(context))
        context.close()


@pytest.fixture
def page_for(new_context: NewContext) -> Callable[..., Page]:
    """A new page in a new context: page_for(person, java_script_enabled=False, …)."""

    def make(person: Person | None = None, **options: Any) -> Page:
        return new_context(person, **options).new_page()

    return make


# --- A small organisation, built through the services ------------------------------------------


@dataclass
class Org:
    """Nordisk Demo A/S: Engineering → Platform, Sales, Kundeservice; offices in three countries.

    employee (Freja) reports to manager (Mette) in Platform and wants to learn Accessibility;
    helper (Åsa, Sales, Malmö) can help with Facilitation/Facilitering at level 4;
    colleague (Søren, Sales) can help with customer dialogue; leaver has left.
    """

    root: OrgUnit
    engineering: OrgUnit
    platform: OrgUnit
    sales: OrgUnit
    service: OrgUnit
    employee: Person
    manager: Person
    helper: Person
    colleague: Person
    leaver: Person
    people: list[Person]
    skills: dict[str, Skill]
    password: str = PASSWORD

    def active_people_in(self, *units: OrgUnit) -> list[str]:
        return sorted(p.full_name for p in self.people if p.is_active and p.unit in units)


@pytest.fixture
def org(transactional_db: None) -> Org:
    unit = services.orgunit_create
    root = unit(name="Nordisk Demo A/S", code="ROOT", kind=UnitKind.ORGANISATION)
    engineering = unit(name="Engineering", code="ENG", kind=UnitKind.DEPARTMENT, parent=root)
    platform = unit(name="Platform", code="PLAT", kind=UnitKind.TEAM, parent=engineering)
    sales = unit(name="Sales", code="SALES", kind=UnitKind.DEPARTMENT, parent=root)
    service = unit(name="Kundeservice", code="KS", kind=UnitKind.TEAM, parent=sales)
    cph = Office.objects.create(name="Copenhagen", city="København", country=Country.DENMARK)
    malmo = Office.objects.create(name="Malmö", city="Malmö", country=Country.SWEDEN)
    oslo = Office.objects.create(name="Oslo", city="Oslo", country=Country.NORWAY)

    def person(name: str, email: str, **fields: Any) -> Person:
        return services.person_create(email=email, full_name=name, password=PASSWORD, **fields)

    manager = person(
        "Mette Mortensen",
        "mette@example.com",
        unit=platform,
        title="Team lead",
        office=cph,
        language="da",
    )
    employee = person(
        "Freja Nielsen",
        "freja@example.com",
        unit=platform,
        title="Developer",
        office=cph,
        manager=manager,
    )
    helper = person(
        "Åsa Lindqvist",
        "asa@example.com",
        unit=sales,
        title="Workshop lead",
        office=malmo,
        language="sv",
    )
    colleague = person(
        "Søren Østergaard",
        "soren@example.com",
        unit=sales,
        title="Account manager",
        office=cph,
        language="da",
    )
    others = [
        person(
            "Ingrid Hansen",
            "ingrid@example.com",
            unit=platform,
            title="Tester",
            office=oslo,
            language="nb",
            manager=manager,
        ),
        person("Lars Bjørn", "lars@example.com", unit=engineering, title="Architect", office=cph),
        person(
            "Nora Berg",
            "nora@example.com",
            unit=service,
            title="Support lead",
            office=oslo,
            language="nb",
            role=Role.LEARNING_LEAD,
        ),
        person(
            "Johan Ström",
            "johan@example.com",
            unit=service,
            title="Support agent",
            office=malmo,
            language="sv",
        ),
        person(
            "Karin Holm",
            "karin@example.com",
            unit=root,
            title="HR partner",
            office=malmo,
            language="sv",
            role=Role.ORG_ADMIN,
        ),
        person(
            "Mikkel Dahl",
            "mikkel@example.com",
            unit=sales,
            title="Sales trainee",
            office=cph,
            language="da",
        ),
    ]
    leaver = person("Otto Olsen", "otto@example.com", unit=sales, title="Former seller")
    services.person_deactivate(person=leaver)

    skill = services.skill_create
    skills = {
        "facilitation": skill(
            slug="facilitation",
            name_en="Facilitation",
            name_da="Facilitering",
            name_sv="Facilitering",
            name_nb="Fasilitering",
            synonyms="workshop facilitation, mødeledelse, mötesledning",
        ),
        "accessibility": skill(
            slug="accessibility",
            name_en="Accessibility",
            name_da="Tilgængelighed",
            name_sv="Tillgänglighet",
            name_nb="Tilgjengelighet",
            synonyms="a11y, wcag",
        ),
        "customer-dialogue": skill(
            slug="customer-dialogue",
            name_en="Customer dialogue",
            name_da="Kundedialog",
            name_sv="Kunddialog",
            name_nb="Kundedialog",
        ),
        "project-management": skill(
            slug="project-management",
            name_en="Project management",
            name_da="Projektledelse",
            name_sv="Projektledning",
            name_nb="Prosjektledelse",
        ),
        "python": skill(slug="python", name_en="Python", synonyms="django"),
        "data-analysis": skill(
            slug="data-analysis",
            name_en="Data analysis",
            name_da="Dataanalyse",
            name_sv="Dataanalys",
            name_nb="Dataanalyse",
        ),
    }

    def has(
        p: Person, slug: str, level: int | None, can_help: bool = False, learn: bool = False
    ) -> None:
        services.person_skill_set(
            person=p, skill=skills[slug], level=level, can_help=can_help, wants_to_learn=learn
        )

    has(helper, "facilitation", 4, can_help=True)
    has(helper, "project-management", 3)
    has(manager, "facilitation", 2)
    has(manager, "project-management", 3, can_help=True)
    has(employee, "python", 2)
    has(employee, "accessibility", None, learn=True)
    has(others[2], "accessibility", 3, can_help=True)
    has(colleague, "customer-dialogue", 3, can_help=True)
    has(others[1], "python", 4, can_help=True)
    has(others[0], "data-analysis", 2, learn=True)

    return Org(
        root=root,
        engineering=engineering,
        platform=platform,
        sales=sales,
        service=service,
        employee=employee,
        manager=manager,
        helper=helper,
        colleague=colleague,
        leaver=leaver,
        people=[manager, employee, helper, colleague, *others, leaver],
        skills=skills,
    )
