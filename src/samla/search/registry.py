"""What the search page knows about each kind of document in the full-text index.

The apps above `search` (stories, later questions and meetings) describe their documents here
from their AppConfig.ready(), so the search page can label hits and offer their kinds as filters
without importing those apps:

    register_doc_type("story", label=_("Stories"), kinds=list(StoryKind.choices))

Labels are lazy translations, resolved when shown. Only registered types appear on the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.functional import Promise

Label = str | Promise


@dataclass(frozen=True)
class DocType:
    doc_type: str
    label: Label
    kinds: tuple[tuple[str, Label], ...]

    def kind_label(self, kind: str) -> Label:
        """The label of one of this type's kinds ("" for a kind it does not have)."""
        return dict(self.kinds).get(kind, "")


_registry: dict[str, DocType] = {}


def register_doc_type(
    doc_type: str, *, label: Label, kinds: Iterable[tuple[str, Label]]
) -> DocType:
    """Describe a document type for the search page. Registering again replaces the entry (so a
    reloaded app does not fail); the last registration wins."""
    if not doc_type:
        raise ValueError("A document type needs a name.")
    entry = DocType(doc_type=doc_type, label=label, kinds=tuple((str(k), v) for k, v in kinds))
    _registry[doc_type] = entry
    return entry


def unregister_doc_type(doc_type: str) -> None:
    _registry.pop(doc_type, None)


def doc_type_get(doc_type: str) -> DocType | None:
    return _registry.get(doc_type)


def doc_types() -> list[DocType]:
    """Every registered type, in the order they were registered."""
    return list(_registry.values())


def doc_types_with_kind(kind: str) -> list[str]:
    """The names of the registered types that have `kind` among their kinds."""
    return [t.doc_type for t in _registry.values() if any(k == kind for k, _ in t.kinds)]
