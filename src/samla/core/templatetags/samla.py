from __future__ import annotations

from django import template
from django.utils.safestring import SafeString, mark_safe

from samla.core.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text: str) -> SafeString:
    # render_markdown escapes raw HTML and passes the result through nh3's allowlist.
    return mark_safe(render_markdown(text))


@register.filter
def initials(name: str) -> str:
    parts = [p for p in (name or "").split() if p]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:2].upper()
    return (parts[0][0] + parts[-1][0]).upper()


@register.filter
def avatar_hue(value: object) -> int:
    """A stable colour class (0–7) per person, used for initials avatars."""
    return sum(str(value).encode()) % 8
