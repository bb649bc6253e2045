"""The search index in the technical admin: read-only, for looking into what is indexed.

Rows are written only through samla.search.fulltext (which keeps the engine's index in step);
`samla manage rebuild_search_index` rebuilds them.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from samla.search.models import SearchDocument


@admin.register(SearchDocument)
class SearchDocumentAdmin(admin.ModelAdmin[SearchDocument]):
    list_display = ["doc_type", "object_id", "title", "language", "unit_path", "published_at"]
    list_filter = ["doc_type", "language", "is_visible"]
    search_fields = ["title", "object_id"]
    date_hierarchy = "published_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
