"""Notification kinds of the stories app (registered on import, from StoriesConfig.ready)."""

from django.utils.translation import gettext_lazy as _

from samla.notifications.kinds import register_kind

COMMENTED = register_kind(
    "story_commented",
    title=_("%(actor)s commented on “%(title)s”."),
    email_subject=_("%(actor)s commented on your story “%(title)s”"),
    label=_("Someone comments on my story"),
)
REPLIED = register_kind(
    "story_replied",
    title=_("%(actor)s replied to your comment on “%(title)s”."),
    email_subject=_("%(actor)s replied to your comment on “%(title)s”"),
    label=_("Someone replies to my comment"),
)
RESPONSE_REQUESTED = register_kind(
    "story_response_requested",
    title=_("%(actor)s asks for a leader’s response to the lesson “%(title)s”."),
    email_subject=_("A lesson asks for your response: “%(title)s”"),
    label=_("A lesson asks for my response as a leader"),
)
ACKNOWLEDGED = register_kind(
    "story_acknowledged",
    title=_("%(actor)s responded to your lesson “%(title)s”."),
    email_subject=_("%(actor)s responded to your lesson “%(title)s”"),
    label=_("A leader responds to my lesson"),
)
SPONSOR_ASKED = register_kind(
    "experiment_sponsor",
    title=_("%(actor)s named you sponsor of the experiment “%(title)s”."),
    email_subject=_("You are the sponsor of the experiment “%(title)s”"),
    label=_("I am named sponsor of an experiment"),
)
CLOSE_OUT_DUE = register_kind(
    "experiment_close_out",
    title=_("The experiment “%(title)s” has reached its end date. Write its result and lesson."),
    email_subject=_("Time to close out the experiment “%(title)s”"),
    label=_("An experiment I sponsor or run has ended"),
)
MODERATOR_NOTE = register_kind(
    "story_moderated",
    title=_("A moderator wrote to you about “%(title)s”."),
    email_subject=_("A note from a moderator about “%(title)s”"),
    label=_("A moderator writes to me about my story"),
)
REPORTED = register_kind(
    "story_reported",
    title=_("Something was reported and waits in the moderation queue."),
    label=_("Something is reported (learning leads)"),
)
