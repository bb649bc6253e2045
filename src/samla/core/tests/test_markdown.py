"""The Markdown renderer must never let script, event handlers, styles, htmx attributes or
unsafe links through, whatever the input."""

from __future__ import annotations

import html.parser

from hypothesis import given, settings
from hypothesis import strategies as st

from samla.core.markdown import render_markdown

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](vbscript:msgbox(1))",
    '<a href="javascript:alert(1)">x</a>',
    '<div hx-get="/evil" hx-trigger="load">x</div>',
    '<p style="position:fixed">x</p>',
    "<svg/onload=alert(1)>",
    "<iframe src=//evil.example></iframe>",
    "![x](javascript:alert(1))",
    "<details open ontoggle=alert(1)>",
    "[x](\x01javascript:alert(1))",
    "[x](java\nscript:alert(1))",
    "<object data=x></object>",
    '<a href="&#106;avascript:alert(1)">x</a>',
    "[a](&#x6A;avascript:alert(1))",
]


class _Collector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend((name, value or "") for name, value in attrs)


def assert_safe(output: str) -> None:
    parser = _Collector()
    parser.feed(output)
    assert not {"script", "iframe", "object", "embed", "svg", "style", "img", "form"} & set(
        parser.tags
    ), output
    for name, value in parser.attrs:
        assert not name.startswith("on"), output
        assert not name.startswith(("hx-", "data-")), output
        assert name != "style", output
        if name in {"href", "src"}:
            assert (
                value.strip().lower().startswith(("http://", "https://", "mailto:", "#", "/"))
                or ":" not in value.split("/")[0]
            ), output


def test_known_attacks_are_neutralised() -> None:
    for text in HOSTILE:
        assert_safe(render_markdown(text))


def test_ordinary_markdown_still_works() -> None:
    out = render_markdown("# Title\n\n**bold** and [a link](https://example.org) and `code`")
    assert "<h2>Title</h2>" in out
    assert "<strong>bold</strong>" in out
    assert 'href="https://example.org"' in out and 'rel="noopener noreferrer nofollow ugc"' in out


pieces = st.sampled_from(
    [
        *HOSTILE,
        "<",
        ">",
        '"',
        "'",
        "=",
        "(",
        ")",
        "[",
        "]",
        "javascript:",
        "on",
        "hx-get",
        " ",
        "\n",
        "&#",
        "a",
        "`",
        "*",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(pieces, min_size=1, max_size=25).map("".join) | st.text(max_size=200))
def test_no_hostile_input_survives(text: str) -> None:
    assert_safe(render_markdown(text))
