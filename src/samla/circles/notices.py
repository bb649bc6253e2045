"""Notification kinds of the circles app (registered on import, from CirclesConfig.ready)."""

from django.utils.translation import gettext_lazy as _

from samla.notifications.kinds import register_kind

JOIN_REQUESTED = register_kind(
    "circle_join_requested",
    title=_("%(actor)s asks to join the circle “%(circle)s”."),
    email_subject=_("%(actor)s asks to join “%(circle)s”"),
    label=_("Someone asks to join a circle I facilitate"),
)
JOIN_APPROVED = register_kind(
    "circle_join_approved",
    title=_("You are now a member of the circle “%(circle)s”."),
    email_subject=_("Welcome to “%(circle)s”"),
    label=_("My request to join a circle is approved"),
)
INVITED = register_kind(
    "circle_invited",
    title=_("%(actor)s invites you to the circle “%(circle)s”."),
    email_subject=_("An invitation to the circle “%(circle)s”"),
    label=_("I am invited to a circle"),
)
PRESENTER_REMINDER = register_kind(
    "circle_presenter_reminder",
    title=_("You present at “%(meeting)s” on %(date)s."),
    email_subject=_("Your turn to present at “%(meeting)s” on %(date)s"),
    label=_("It is my turn to present in a circle"),
)
SWAP_PROPOSED = register_kind(
    "circle_swap_proposed",
    title=_("%(actor)s asks to swap presenting turns with you (%(date)s)."),
    email_subject=_("%(actor)s asks to swap presenting turns with you"),
    label=_("Someone asks to swap presenting turns with me"),
)
SWAP_AGREED = register_kind(
    "circle_swap_agreed",
    title=_("%(actor)s agreed to swap presenting turns: you now present on %(date)s."),
    email_subject=_("%(actor)s agreed to swap presenting turns"),
    label=_("Someone agrees to swap presenting turns with me"),
)
WAITLIST_PROMOTED = register_kind(
    "circle_waitlist_promoted",
    title=_("A place opened up: you are registered for “%(meeting)s” on %(date)s."),
    email_subject=_("You have a place at “%(meeting)s”"),
    label=_("I get a place from a waiting list"),
)
