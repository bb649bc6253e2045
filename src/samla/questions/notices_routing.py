"""The notification kind of question routing (registered on import; services_routing imports it,
and QuestionsConfig.ready should too). It is addressed to a helper, never to the asker, and names
neither: only the question's title."""

from django.utils.translation import gettext_lazy as _

from samla.notifications.kinds import register_kind

ROUTED = register_kind(
    "question_routed",
    title=_("You could help with this question: “%(title)s”."),
    email_subject=_("Can you help? “%(title)s”"),
    label=_("A question on a topic I can help with"),
)
