"""The technical admin (Django admin) for people, units, offices and skills.

Day-to-day organisation work happens on Samla's own admin pages (people.views_admin), which go
through the services. Here, whatever has rules attached is read-only or goes through a service
too: the unit tree (paths), a person's unit, manager and role (no loops of managers), and
deactivation (ends every session).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from samla.people import services
from samla.people.models import Office, OrgUnit, Person, PersonSkill, Skill


class OrgUnitAdminForm(forms.ModelForm[OrgUnit]):
    class Meta:
        model = OrgUnit
        fields = ["name", "code", "kind", "parent"]

    def clean_parent(self) -> OrgUnit | None:
        parent: OrgUnit | None = self.cleaned_data.get("parent")
        unit = self.instance
        if (
            parent is not None
            and unit.pk
            and (parent.pk == unit.pk or parent.path.startswith(unit.path))
        ):
            raise ValidationError(
                _("A unit cannot be placed under itself or one of its own sub-units.")
            )
        return parent


@admin.register(OrgUnit)
class OrgUnitAdmin(admin.ModelAdmin[OrgUnit]):
    form = OrgUnitAdminForm
    list_display = ["name", "code", "kind", "parent", "depth"]
    list_filter = ["kind", "depth"]
    search_fields = ["name", "code"]
    ordering = ["path"]
    fields = ["name", "code", "kind", "parent", "path", "depth"]
    readonly_fields = ["path", "depth"]
    autocomplete_fields = ["parent"]

    def save_model(self, request: HttpRequest, obj: OrgUnit, form: Any, change: bool) -> None:
        # The materialised path is derived by the services (moving a unit moves its subtree).
        if change:
            services.orgunit_update(
                unit=obj, name=obj.name, code=obj.code, kind=obj.kind, parent=obj.parent
            )
        else:
            saved = services.orgunit_create(
                name=obj.name, code=obj.code, kind=obj.kind, parent=obj.parent
            )
            obj.pk, obj.path, obj.depth = saved.pk, saved.path, saved.depth

    def has_delete_permission(self, request: HttpRequest, obj: OrgUnit | None = None) -> bool:
        # Deleting needs the checks in services.orgunit_delete: use Samla's Units page.
        return False


@admin.register(Office)
class OfficeAdmin(admin.ModelAdmin[Office]):
    list_display = ["name", "city", "country", "time_zone"]
    list_filter = ["country"]
    search_fields = ["name", "city"]
    fields = ["name", "city", "country", "time_zone"]


class PersonCreationForm(AdminUserCreationForm[Person]):
    class Meta:
        model = Person
        fields = ("email", "full_name")


class PersonChangeForm(UserChangeForm[Person]):
    class Meta:
        model = Person
        fields = (
            "email",
            "full_name",
            "title",
            "employee_id",
            "office",
            "language",
            "bio",
            "show_activity",
            "is_superuser",
            "groups",
            "user_permissions",
        )


@admin.register(Person)
class PersonAdmin(UserAdmin[Person]):
    form = PersonChangeForm
    add_form = PersonCreationForm
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (
            _("Profile"),
            {"fields": ("full_name", "title", "employee_id", "office", "language", "bio")},
        ),
        (
            _("Organisation"),
            {
                "fields": ("unit", "manager", "role", "is_active", "is_staff"),
                "description": _(
                    "Change these on Samla's own Organisation pages: they check for loops of "
                    "managers and sign leavers out everywhere."
                ),
            },
        ),
        (_("Permissions"), {"fields": ("is_superuser", "groups", "user_permissions")}),
        (_("Important dates"), {"fields": ("last_login", "date_joined", "deactivated_at")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("email", "full_name", "usable_password", "password1", "password2"),
            },
        ),
    )
    readonly_fields = [
        "unit",
        "manager",
        "role",
        "is_active",
        "is_staff",
        "last_login",
        "date_joined",
        "deactivated_at",
    ]
    list_display = ["email", "full_name", "unit", "role", "is_active"]
    list_filter = ["role", "is_active", "is_superuser", "language", "office"]
    list_select_related = ["unit"]
    search_fields = ["email", "full_name", "employee_id"]
    ordering = ["full_name"]
    filter_horizontal = ("groups", "user_permissions")
    actions = ["deactivate_selected"]

    @admin.action(description=_("Deactivate the selected people and sign them out"))
    def deactivate_selected(self, request: HttpRequest, queryset: QuerySet[Person]) -> None:
        by = request.user if isinstance(request.user, Person) else None
        count = 0
        people = queryset.filter(is_active=True)
        if by is not None:
            people = people.exclude(pk=by.pk)  # nobody locks themselves out
        for person in people:
            services.person_deactivate(person=person, by=by)
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d person was deactivated.", "%(count)d people were deactivated.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(Skill)
class SkillAdmin(admin.ModelAdmin[Skill]):
    list_display = ["name_en", "slug", "category"]
    list_filter = ["category"]
    search_fields = ["name_en", "name_da", "name_sv", "name_nb", "synonyms", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}
    fields = ["slug", "name_en", "name_da", "name_sv", "name_nb", "synonyms", "category"]

    def save_model(self, request: HttpRequest, obj: Skill, form: Any, change: bool) -> None:
        services.skill_save(skill=obj)  # derives search_text


@admin.register(PersonSkill)
class PersonSkillAdmin(admin.ModelAdmin[PersonSkill]):
    list_display = ["person", "skill", "level", "can_help", "wants_to_learn", "updated_at"]
    list_filter = ["level", "can_help", "wants_to_learn"]
    list_select_related = ["person", "skill"]
    search_fields = ["person__full_name", "person__email", "skill__name_en"]
    autocomplete_fields = ["person", "skill"]
    fields = ["person", "skill", "level", "can_help", "wants_to_learn"]
