"""Read-only views of notifications, preferences and the email outbox for organisation admins.

Email bodies are not shown: they hold personal content. Status, attempts and the short error are
what an admin needs to see whether mail flows.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Model
from django.http import HttpRequest

from samla.notifications.models import EmailMessage, Notification, NotificationPreference


class ReadOnlyForOrgAdmins(admin.ModelAdmin[Any]):
    def has_module_permission(self, request: HttpRequest) -> bool:
        return bool(getattr(request.user, "is_org_admin", False))

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return bool(getattr(request.user, "is_org_admin", False))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


@admin.register(EmailMessage)
class EmailMessageAdmin(ReadOnlyForOrgAdmins):
    list_display = [
        "created_at",
        "to_address",
        "subject",
        "language",
        "status",
        "attempts",
        "sent_at",
    ]
    list_filter = ["status", "language"]
    search_fields = ["to_address", "message_id"]
    date_hierarchy = "created_at"
    list_select_related = ["recipient"]
    fields = readonly_fields = (
        "recipient", "to_address", "subject", "language", "status", "attempts", "last_error",
        "message_id", "dedupe_key", "created_at", "not_before", "claimed_at", "sent_at",
    )  # fmt: skip


@admin.register(Notification)
class NotificationAdmin(ReadOnlyForOrgAdmins):
    list_display = ["created_at", "recipient", "kind", "read_at"]
    list_filter = ["kind"]
    search_fields = ["recipient__email", "recipient__full_name"]
    date_hierarchy = "created_at"
    list_select_related = ["recipient"]
    fields = readonly_fields = ("recipient", "kind", "url", "created_at", "read_at")


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(ReadOnlyForOrgAdmins):
    list_display = ["person", "email_enabled", "updated_at"]
    list_filter = ["email_enabled"]
    search_fields = ["person__email", "person__full_name"]
    list_select_related = ["person"]
    fields = readonly_fields = ("person", "email_enabled", "email_by_kind", "updated_at")
