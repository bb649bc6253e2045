"""Pagination for long lists: count at most `cap + 1` rows, then say "more than cap"."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator


class CappedPaginator(Paginator):  # type: ignore[type-arg]
    def __init__(self, object_list: Any, per_page: int, *, count: int, cap: int) -> None:
        super().__init__(object_list, per_page)
        self._capped_count = count
        self.cap = cap

    @property
    def count(self) -> int:
        return self._capped_count

    @property
    def is_capped(self) -> bool:
        return self._capped_count > self.cap
