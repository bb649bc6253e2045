"""A property test: hostile Markdown and HTML through the story renderer never yields a script,
an event attribute, an htmx attribute or a link with an unsafe scheme."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samla.core.markdown import ALLOWED_TAGS
from samla.people.models import Person
from samla.stories.services.compose import story_render

pytestmark = pytest.mark.django_db

HANDLE = "mira.mention"

SCHEMES = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java&#x09;script:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "&#0000106&#0000097vascript:alert(1)",
    "%6A%61%76%61script:alert(1)",
    "javascript&colon;alert(1)",
    "\x01javascript:alert(1)",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "livescript:alert(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    "https://example.com/ok",
    "mailto:a@example.com",
    "/people/1/",
]
TAGS = [
    "script",
    "SCRIPT",
    "ScRiPt",
    "img",
    "svg",
    "iframe",
    "a",
    "div",
    "p",
    "math",
    "style",
    "object",
    "embed",
    "form",
    "button",
    "input",
    "details",
    "video",
    "body",
    "base",
    "meta",
]
ATTRS = [
    "onclick",
    "onerror",
    "ONLOAD",
    "onmouseover",
    "onfocus",
    "OnToggle",
    "hx-get",
    "hx-post",
    "data-hx-get",
    "hx-on:click",
    "hx-on::after-request",
    "HX-TRIGGER",
    "href",
    "src",
    "style",
    "srcdoc",
    "formaction",
    "xlink:href",
    "action",
    "data",
    "background",
]


@st.composite
def tag(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(TAGS))
    attrs = draw(
        st.lists(
            st.tuples(st.sampled_from(ATTRS), st.sampled_from([*SCHEMES, "alert(1)", ""])),
            max_size=3,
        )
    )
    quote = draw(st.sampled_from(['"', "'", ""]))
    parts = " ".join(f"{a}={quote}{v}{quote}" for a, v in attrs)
    inner = draw(st.sampled_from(["", "x", "alert(1)", "<b>in</b>", f"@{HANDLE}"]))
    close = draw(st.sampled_from([f"</{name}>", "", f"</{name.upper()} >"]))
    return f"<{name} {parts}>{inner}{close}"


@st.composite
def markdown_link(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(SCHEMES))
    text = draw(st.sampled_from(["click", "<script>x</script>", f"@{HANDLE}", ""]))
    form = draw(st.integers(0, 5))
    if form == 0:
        return f"[{text}]({scheme})"
    if form == 1:
        return f"![{text}]({scheme})"
    if form == 2:
        return f"<{scheme}>"
    if form == 3:
        return f"[{text}][r]\n\n[r]: {scheme}"
    if form == 4:
        return f'[{text}](<{scheme}> "t\\" onmouseover=alert(1)")'
    return f"[{text}]({scheme} 'title')"


FRAGMENTS = st.one_of(
    tag(),
    markdown_link(),
    st.sampled_from(
        [
            f"@{HANDLE}",
            f"`@{HANDLE}`",
            f"[@{HANDLE}](javascript:alert(1))",
            "<!-- comment --><script>",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            '"><img src=x onerror=alert(1)>',
            "&lt;script&gt;",
            "\n\n```html\n<script>alert(1)</script>\n```\n\n",
            "    <script>indented code</script>",
            "> <a href='javascript:x'>quote</a>",
            "* <svg><script>alert(1)</script></svg>",
            "| a | <img onerror=alert(1)> |\n|---|---|\n| b | c |",
            '<a href="javascript:alert(1)" hx-get="/x" hx-trigger="load">x</a>',
            "<div hx-post='/stories/1/delete/' hx-trigger='load'></div>",
            "# heading <script>",
            "**bold <i onclick=x>x</i>**",
            "\x00\x0b\u2028\u202e",
        ]
    ),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40),
)
HOSTILE = st.lists(FRAGMENTS, min_size=1, max_size=8).map(lambda parts: "".join(parts))

SAFE_SCHEMES = {"http", "https", "mailto"}
CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]+")
SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
QUOTED = re.compile(r""""[^"]*"|'[^']*'""")


class Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event attribute {name}")
            if name.startswith(("hx-", "data-hx", "hx:")):
                self.problems.append(f"htmx attribute {name}")
            if name in {"style", "src", "srcdoc", "action", "formaction"}:
                self.problems.append(f"attribute {name}")
            if name == "href" and value is not None:
                # HTMLParser has decoded character references once, as a browser does; the URL
                # parser then drops tabs, newlines and leading controls and spaces.
                url = CONTROL.sub("", value).lower()
                match = SCHEME.match(url)
                scheme = match.group(1) if match else ""
                if scheme and scheme not in SAFE_SCHEMES:
                    self.problems.append(f"unsafe link {value!r}")

    handle_startendtag = handle_starttag


def check(output: str) -> list[str]:
    checker = Checker()
    checker.feed(output)
    checker.close()
    problems = checker.problems
    if re.search(r"<\s*script", output, re.IGNORECASE):
        problems.append("<script")
    # A second, cruder look at the tags themselves, with quoted attribute values blanked out.
    for raw in TAG.findall(output):
        bare = QUOTED.sub('""', raw)
        if re.search(r"[\s/]on[a-z]+\s*=", bare, re.IGNORECASE):
            problems.append(f"on*= in {raw}")
        if re.search(r"[\s/](data-)?hx-", bare, re.IGNORECASE):
            problems.append(f"hx- in {raw}")
    return problems


@pytest.fixture
def mentioned(db: None) -> Person:
    from samla.people.tests.factories import PersonFactory

    return PersonFactory(email=f"{HANDLE}@example.com")


@settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=HOSTILE)
def test_hostile_input_renders_to_safe_html(mentioned: Person, text: str) -> None:
    rendered = story_render(kind="tip", sections={"tip": text})
    # (The teaser is plain text, escaped wherever it is shown; only the HTML is checked.)
    for output in rendered.sections_html.values():
        assert check(output) == [], (text, output)


def test_the_checker_catches_what_it_should() -> None:
    assert check('<a href="JAVA&#x09;SCRIPT:x">x</a>')
    assert check('<a href="&#106;avascript:x">x</a>')
    assert check('<a href=" \x01javascript:x">x</a>')
    assert check('<a href="vbscript:x">x</a>')
    assert check('<p onclick="x">x</p>')
    assert check('<div hx-get="/x"></div>')
    assert check("<script>x</script>")
    assert check('<a href="https://example.com" rel="nofollow">x</a>') == []


def test_mentions_survive_sanitising(mentioned: Person) -> None:
    rendered = story_render(kind="tip", sections={"tip": f"Ask @{HANDLE}."})
    assert f'class="mention">@{HANDLE}</a>' in rendered.sections_html["tip"]
    assert check(rendered.sections_html["tip"]) == []
