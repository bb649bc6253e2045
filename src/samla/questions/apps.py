from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionsConfig(AppConfig):
    name = "samla.questions"
    label = "questions"
    verbose_name = _("Questions")

    def ready(self) -> None:
        # Notification kinds and the search provider register themselves on import.
        from samla.questions import notices, notices_routing, search_index  # noqa: F401
        from samla.search.registry import register_doc_type

        register_doc_type(
            search_index.DOC_TYPE,
            label=_("Questions"),
            kinds=[
                (search_index.KIND_ANSWERED, _("Answered")),
                (search_index.KIND_UNANSWERED, _("Unanswered")),
            ],
        )
