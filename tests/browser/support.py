"""Helpers for the browser journeys: axe-core checks, screenshots, signing in, the recorder of
problems seen in the browser. Fixtures and hooks are in conftest.py."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import BrowserContext, Page

from samla.people.models import Person

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
AXE_JS = (HERE / "vendor" / "axe-core-4.14.1.min.js").read_text(encoding="utf-8")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
SCREENSHOTS = REPO / "test-results" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
VIEWPORTS = pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])

PASSWORD = "samla-test-pw"


# --- Problems seen in the browser during one test ----------------------------------------------


@dataclass
class Recorder:
    a11y: list[str] = field(default_factory=list)
    third_party: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    checked_pages: list[str] = field(default_factory=list)

    def report(self) -> str:
        parts = []
        if self.a11y:
            parts.append("Accessibility violations:\n" + "\n".join(self.a11y))
        if self.third_party:
            parts.append(
                "Requests to other hosts (blocked; Samla must make none):\n  "
                + "\n  ".join(sorted(set(self.third_party)))
            )
        if self.console:
            parts.append("JavaScript, console or CSP errors:\n  " + "\n  ".join(self.console))
        return "\n\n".join(parts)


RECORDER_KEY = pytest.StashKey[Recorder]()
scriptless: set[int] = set()  # id(BrowserContext) of contexts made with java_script_enabled=False
recorders: dict[int, Recorder] = {}  # id(BrowserContext) → the running test's recorder


def _recorder_for(page: Page) -> Recorder:
    return recorders[id(page.context)]


# --- Helpers the journeys call -----------------------------------------------------------------


def _page_name(page: Page, name: str) -> str:
    size = page.viewport_size or DESKTOP
    scheme = page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
    return f"{name}-{size['width']}" + ("-dark" if scheme else "")


def check_a11y(page: Page, name: str) -> None:
    """Run axe-core on the page as it is now, and check reflow on narrow screens.

    Violations are recorded with rule id, impact, the elements (CSS selectors), the failure
    summary and the rule's help page; the test fails when it ends. Also takes a screenshot.
    """
    recorder = _recorder_for(page)
    label = _page_name(page, name)
    recorder.checked_pages.append(label)
    page.wait_for_load_state("load")
    results = run_axe(page)
    for v in results["violations"]:
        lines = [f"  [{label}] {v['id']} ({v['impact']}): {v['help']} — {v['helpUrl']}"]
        for node in v["nodes"][:8]:
            summary = " ".join((node.get("failureSummary") or "").split())
            lines.append(f"      {json.dumps(node['target'])}: {summary[:300]}")
            lines.append(f"        {node['html'][:200]}")
        if len(v["nodes"]) > 8:
            lines.append(f"      … and {len(v['nodes']) - 8} more elements")
        recorder.a11y.append("\n".join(lines))
    size = page.viewport_size or DESKTOP
    if size["width"] <= 400:
        overflow = page.evaluate(
            """() => {
                const width = document.documentElement.clientWidth;
                const wide = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1
                                 && getComputedStyle(e).position !== 'absolute'
                                 && !e.closest('.visually-hidden, .skip-link'))
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                              + (e.className && typeof e.className === 'string'
                                 ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));
                return {scroll: document.documentElement.scrollWidth, width, wide};
            }"""
        )
        if overflow["scroll"] > overflow["width"]:
            recorder.a11y.append(
                f"  [{label}] reflow (WCAG 1.4.10): page is {overflow['scroll']}px wide in a "
                f"{overflow['width']}px viewport; widest elements: {overflow['wide']}"
            )
    screenshot(page, name)


def run_axe(page: Page) -> dict[str, Any]:
    """axe-core's results for the page. Evaluated through the DevTools protocol, so the page's
    CSP (script-src 'self') does not stop it."""
    if id(page.context) in scriptless:
        # With JavaScript off, Chromium runs no timers and Playwright never sees axe's promise
        # settle: give axe timers made of microtasks (no page script can run anyway) and poll.
        page.evaluate(
            """() => {
                window.setTimeout = (fn, ms, ...args) => {
                    Promise.resolve().then(() => fn(...args));
                    return 0;
                };
                window.clearTimeout = () => {};
            }"""
        )
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_JS)
    page.evaluate(
        """(tags) => {
            window.__samlaAxe = undefined;
            const options = {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']};
            axe.run(document, options, (error, results) => {
                window.__samlaAxe = error ? {error: String(error)} : results;
            });
        }""",
        AXE_TAGS,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        results = page.evaluate("window.__samlaAxe")
        if results is not None:
            if "error" in results:
                raise AssertionError(f"axe-core failed on {page.url}: {results['error']}")
            return dict(results)
        time.sleep(0.05)
    raise AssertionError(f"axe-core did not finish on {page.url} within 30 s")


def screenshot(page: Page, name: str) -> Path:
    """A full-page screenshot into test-results/screenshots/<name>-<width>[-dark].png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{_page_name(page, name)}.png"
    # caret="initial": hiding the caret leaves style="" on every input, which htmx then copies
    # while settling a swap, and the CSP (style-src 'self') rightly refuses.
    page.screenshot(path=str(path), full_page=True, caret="initial")
    return path


def sign_in_cookie(context: BrowserContext, base_url: str, person: Person) -> None:
    """Sign a person in without the login form (the sign-in journey tests the form itself)."""
    client = Client()
    client.force_login(person)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": base_url}]
    )


def url_path(page: Page) -> str:
    parts = urlsplit(page.url)
    return parts.path + (f"?{parts.query}" if parts.query else "")
