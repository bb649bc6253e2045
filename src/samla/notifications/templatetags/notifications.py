from __future__ import annotations

from typing import Any

from django import template

from samla.notifications import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def notifications_unread(context: template.Context) -> int:
    """The signed-in person's unread count for the bell: reuses a count the view already made
    (`notifications_unread` in the context), else one cheap query."""
    known: Any = context.get("notifications_unread")
    if isinstance(known, int):
        return known
    user = context.get("user")
    if user is None or not user.is_authenticated:
        return 0
    return selectors.notifications_unread_count(recipient=user)
