"""What an app hands to the index, and the registry of apps that can rebuild their part of it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class IndexableDocument:
    """One document as an app describes it; see services.index_document for each field."""

    doc_type: str
    object_id: str
    language: str
    title: str
    body: str
    url: str
    published_at: datetime
    unit_path: str = ""
    circle_id: int | None = None
    author_id: int | None = None
    kind: str = ""
    topics: tuple[str, ...] = field(default_factory=tuple)
    is_visible: bool = True


Provider = Callable[[], Iterable[IndexableDocument]]

_providers: dict[str, Provider] = {}


def register_provider(doc_type: str, provider: Provider) -> None:
    """Let `rebuild_search_index` rebuild `doc_type`: `provider()` yields every document of that
    type that should be in the index (hidden ones may be left out or yielded with
    is_visible=False). Call it from the app's AppConfig.ready()."""
    existing = _providers.get(doc_type)
    if existing is not None and existing is not provider:
        raise ValueError(f"A search provider for {doc_type!r} is already registered.")
    _providers[doc_type] = provider


def unregister_provider(doc_type: str) -> None:
    _providers.pop(doc_type, None)


def providers() -> dict[str, Provider]:
    return dict(_providers)
