from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CirclesConfig(AppConfig):
    name = "samla.circles"
    label = "circles"
    verbose_name = _("Circles")

    def ready(self) -> None:
        # Notification kinds and the search providers register themselves on import.
        from samla.circles import invitations, notices, search_index, selectors  # noqa: F401
        from samla.circles.enums import CircleKind, MeetingKind
        from samla.core.audiences import CircleSource, register_circle_source
        from samla.search.registry import register_doc_type

        register_doc_type(search_index.CIRCLE_DOC, label=_("Circles"), kinds=CircleKind.choices)
        register_doc_type(search_index.MEETING_DOC, label=_("Meetings"), kinds=MeetingKind.choices)
        # Stories and search (below circles) learn who is in which circle through core.audiences.
        register_circle_source(
            CircleSource(
                member_circle_ids=selectors.member_circle_ids,
                names=selectors.circle_names,
                urls=selectors.circle_urls,
            )
        )
