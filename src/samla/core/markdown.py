"""User text: Markdown rendered by markdown-it-py, then cleaned by nh3 with an allowlist.

Raw HTML in the source is escaped by markdown-it (html=False); nh3 is the second wall: it keeps
only the tags and attributes below, only http(s)/mailto links, and drops every event handler,
style and hx-* attribute, so user text can never script the page or drive htmx.
"""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "del",
    "s",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "th": {"align"},
    "td": {"align"},
    "ol": {"start"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
    ["table", "strikethrough"]
)


def render_markdown(text: str) -> str:
    """Markdown source → safe HTML. Headings start at h2: h1 belongs to the page."""
    html = _md.render(text or "")
    html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    return sanitize_html(html)


def sanitize_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow ugc",
        strip_comments=True,
    )


def markdown_to_text(text: str) -> str:
    """Markdown source → plain text (for search indexes, teasers and Atom summaries)."""
    import html as _html

    rendered = _md.render(text or "")
    stripped = nh3.clean(rendered, tags=set(), attributes={}, strip_comments=True)
    return " ".join(_html.unescape(stripped).split())
