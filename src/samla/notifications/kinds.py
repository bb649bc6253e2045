"""The registry of notification kinds.

A notification stores only its kind (a key) and parameters; its text is rendered from the kind
each time it is shown, in the language of the person reading it. An app that notifies registers
its kinds once, at import time of a module its AppConfig.ready() imports (or this module, for the
kinds of the foundation):

    register_kind(
        "circle_meeting_soon",
        title=gettext_lazy("“%(meeting)s” starts in one hour."),
        email_subject=gettext_lazy("Reminder: “%(meeting)s”"),
        label=gettext_lazy("A meeting I signed up for is about to start"),
    )

`title` and `email_subject` are lazy strings with named %-placeholders filled from the params
given to services.notify() (plus `site_name` and `organisation`, always available).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise
else:
    from django.utils.functional import Promise

    StrOrPromise = str | Promise

logger = logging.getLogger(__name__)
ParamValue = str | int | float | bool | None

GENERIC_EMAIL_TEMPLATE = "notifications/email/notification"


@dataclass(frozen=True)
class Kind:
    key: str
    title: StrOrPromise
    email_subject: StrOrPromise | None = None
    email_template: str | None = None
    label: StrOrPromise | None = None
    email_default: bool = True

    @property
    def sends_email(self) -> bool:
        return self.email_subject is not None

    @property
    def configurable(self) -> bool:
        """Shown on the preferences page, where each person turns its email on or off."""
        return self.sends_email and self.label is not None


_REGISTRY: dict[str, Kind] = {}


def register_kind(
    key: str,
    *,
    title: StrOrPromise,
    email_subject: StrOrPromise | None = None,
    email_template: str | None = None,
    label: StrOrPromise | None = None,
    email_default: bool = True,
) -> Kind:
    """Register a kind of notification.

    key            a stable identifier, stored on every notification (never rename it)
    title          the one-line text shown in Samla, e.g. gettext_lazy("%(actor)s mentioned you.")
    email_subject  the subject of the email; without it the kind never sends email
    email_template template name without extension; `.txt` and `.html` are rendered (both extend
                   notifications/email/base_email.*). Defaults to a generic title-and-link email.
    label          what the person turns on or off on the preferences page, e.g.
                   gettext_lazy("Someone mentions me"); without it the kind is not configurable
                   and follows only the person's global email switch
    email_default  whether the email is sent when the person has not chosen
    """
    if not key or len(key) > 64 or not key.replace("_", "").isalnum():
        raise ValueError(f"notification kind keys are short snake_case words, not {key!r}")
    if key in _REGISTRY:
        raise ValueError(f"notification kind {key!r} is already registered")
    if email_template is not None and email_subject is None:
        raise ValueError(f"notification kind {key!r} has an email template but no subject")
    kind = Kind(
        key=key,
        title=title,
        email_subject=email_subject,
        email_template=(email_template or GENERIC_EMAIL_TEMPLATE) if email_subject else None,
        label=label,
        email_default=email_default,
    )
    _REGISTRY[key] = kind
    return kind


def unregister_kind(key: str) -> None:
    """For tests only."""
    _REGISTRY.pop(key, None)


def get_kind(key: str) -> Kind | None:
    return _REGISTRY.get(key)


def configurable_kinds() -> list[Kind]:
    return [k for k in _REGISTRY.values() if k.configurable]


def _params_with_defaults(params: Mapping[str, ParamValue]) -> dict[str, ParamValue]:
    return {
        "site_name": settings.SITE_NAME,
        "organisation": settings.ORGANISATION_NAME,
        **params,
    }


def format_text(template: StrOrPromise, params: Mapping[str, ParamValue]) -> str:
    """Fill a kind's text in the active language. Raises KeyError/ValueError/TypeError on
    parameters that do not fit the text."""
    return str(template) % _params_with_defaults(params)


def render_title(key: str, params: Mapping[str, ParamValue]) -> str:
    """The title of a stored notification in the active language. Never raises: a kind that
    was removed, or params that no longer fit a changed text, give a generic title."""
    kind = get_kind(key)
    if kind is not None:
        try:
            return format_text(kind.title, params)
        except (KeyError, ValueError, TypeError):
            logger.warning("notification of kind %s has params that do not fit its title", key)
    return gettext("You have a new notification.")


# --- The kinds of the foundation ---------------------------------------------------------------

WELCOME = register_kind(
    "welcome",
    title=_("Welcome to %(site_name)s!"),
    email_subject=_("Welcome to %(site_name)s"),
    email_template="notifications/email/welcome",
)

MENTIONED = register_kind(
    "mentioned",
    title=_("%(actor)s mentioned you in “%(title)s”."),
    email_subject=_("%(actor)s mentioned you in “%(title)s”"),
    label=_("Someone mentions me"),
)
