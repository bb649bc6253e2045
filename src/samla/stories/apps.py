from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "samla.stories"
    label = "stories"
    verbose_name = _("Stories")

    def ready(self) -> None:
        # Notification kinds and the search provider register themselves on import.
        from samla.search.registry import register_doc_type
        from samla.stories import notices, search_index  # noqa: F401
        from samla.stories.enums import StoryKind

        register_doc_type(search_index.DOC_TYPE, label=_("Stories"), kinds=StoryKind.choices)
