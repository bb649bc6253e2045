"""Circle membership for the apps that sit below `circles` in the import order.

A story or a search document can be addressed to a circle: only the circle's members may read it.
`stories` and `search` must honour that rule without importing `circles` (which imports them), so
the circles app registers one `CircleSource` from its AppConfig.ready() and they ask this module:

    circle_ids_for(person)      the circles the person is an active member of
    circle_names({3, 5})        {3: "Kundeservice – læringsmøde", 5: "…"}
    circle_choices(person)      [(3, "…"), …] for an audience picker: circles the person may
                                share with (their memberships)

Without a registered source (circles not installed, or in the tests of the lower apps) every
person is in no circle, so circle-addressed content is visible to nobody: the safe default.

The member set is read once per person object and kept on it (`_samla_circle_ids`), so a request
that checks many stories asks the database once.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any

_ATTRIBUTE = "_samla_circle_ids"


@dataclass(frozen=True)
class CircleSource:
    member_circle_ids: Callable[[int], frozenset[int]]
    names: Callable[[Collection[int]], Mapping[int, str]]
    urls: Callable[[Collection[int]], Mapping[int, str]]


_source: CircleSource | None = None


def register_circle_source(source: CircleSource | None) -> None:
    """Install (or, with None, remove) the provider of circle membership."""
    global _source
    _source = source


def circle_ids_for(person: Any) -> frozenset[int]:
    """The ids of the circles `person` is an active member of (empty for nobody or no source)."""
    if person is None or not getattr(person, "pk", None) or _source is None:
        return frozenset()
    cached = getattr(person, _ATTRIBUTE, None)
    if cached is None:
        cached = _source.member_circle_ids(person.pk)
        setattr(person, _ATTRIBUTE, cached)
    return cached


def forget_circle_ids(person: Any) -> None:
    """Drop the cached member set (after the person joined or left a circle in this request)."""
    if hasattr(person, _ATTRIBUTE):
        delattr(person, _ATTRIBUTE)


def circle_names(ids: Collection[int]) -> dict[int, str]:
    if not ids or _source is None:
        return {}
    return dict(_source.names(ids))


def circle_urls(ids: Collection[int]) -> dict[int, str]:
    if not ids or _source is None:
        return {}
    return dict(_source.urls(ids))


def circle_choices(person: Any) -> list[tuple[int, str]]:
    """The circles `person` may address content to, by name."""
    ids = circle_ids_for(person)
    names = circle_names(ids)
    return sorted(names.items(), key=lambda item: item[1].casefold())
