"""Notification kinds of the questions app (registered on import, from QuestionsConfig.ready).

None of them is ever addressed to, or names, the asker of an anonymous question: answers reach
that asker on the private page only."""

from django.utils.translation import gettext_lazy as _

from samla.notifications.kinds import register_kind

ANSWERED = register_kind(
    "question_answered",
    title=_("%(actor)s answered your question “%(title)s”."),
    email_subject=_("%(actor)s answered your question “%(title)s”"),
    label=_("Someone answers my question"),
)
ANSWERED_FOLLOWED = register_kind(
    "question_followed_answered",
    title=_("A question you have too got an answer: “%(title)s”."),
    email_subject=_("A question you have too got an answer: “%(title)s”"),
    label=_("A question I have too gets an answer"),
    email_default=False,
)
COMMENTED = register_kind(
    "question_commented",
    title=_("%(actor)s commented on “%(title)s”."),
    email_subject=_("%(actor)s commented on “%(title)s”"),
    label=_("Someone comments on my question or answer"),
    email_default=False,
)
ACCEPTED = register_kind(
    "question_answer_accepted",
    title=_("Your answer to “%(title)s” was accepted."),
    email_subject=_("Your answer to “%(title)s” was accepted"),
    label=_("My answer is accepted"),
)
DUPLICATE = register_kind(
    "question_duplicate",
    title=_("“%(title)s” was marked as a duplicate of another question."),
    label=_("A question I asked or have too is marked as a duplicate"),
)
REPORTED = register_kind(
    "question_reported",
    title=_("A question or answer was reported and waits in the moderation queue."),
    label=_("A question or answer is reported (learning leads)"),
)
MODERATED = register_kind(
    "question_moderated",
    title=_("A moderator reviewed your contribution to “%(title)s”: %(outcome)s."),
    label=_("A moderator reviews my question or answer"),
)
