"""People and the organisation: persons, the unit tree, offices and the skill taxonomy."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from samla.people.enums import Country, Role, SkillLevel, UnitKind

PATH_STEP = 6  # characters per level in OrgUnit.path: "000001000042" is unit 42 under unit 1


class OrgUnit(models.Model):
    """One node of the organisation tree (organisation → division → department → team …).

    `path` is a materialised path of zero-padded ids, so "everything under this unit" is one
    indexed prefix query on any database. Only services.orgunit_* write it.
    """

    name = models.CharField(_("name"), max_length=200)
    code = models.CharField(
        _("code"),
        max_length=64,
        unique=True,
        help_text=_("A stable identifier, e.g. from the HR system. Used by the CSV import."),
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=UnitKind.choices, default=UnitKind.TEAM
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    path = models.CharField(max_length=255, db_index=True, editable=False, default="")
    depth = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("org unit")
        verbose_name_plural = _("org units")
        ordering = ["path"]
        indexes = [models.Index(fields=["parent", "name"])]

    def __str__(self) -> str:
        return self.name


class Office(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    city = models.CharField(_("city"), max_length=120)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    time_zone = models.CharField(_("time zone"), max_length=64, default="Europe/Copenhagen")

    class Meta:
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        ordering = ["country", "name"]

    def __str__(self) -> str:
        return self.name


class PersonManager(BaseUserManager["Person"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> Person:
        if not email:
            raise ValueError("A person needs an email address.")
        person = self.model(email=self.normalize_email(email).lower(), **extra)
        person.set_password(password)
        person.save(using=self._db)
        return person

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> Person:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        extra.setdefault("role", Role.ORG_ADMIN)
        return self.create_user(email, password, **extra)


def avatar_path(instance: Person, filename: str) -> str:
    # Never the uploader's file name: a random name, always re-encoded as WebP by the service.
    import secrets

    return f"avatars/{secrets.token_hex(16)}.webp"


class Person(AbstractBaseUser, PermissionsMixin):
    """Everyone who signs in. Email is the login; the working language drives every page and
    every email the person receives."""

    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=200)
    title = models.CharField(_("job title"), max_length=200, blank=True)
    employee_id = models.CharField(
        _("employee id"),
        max_length=64,
        null=True,
        blank=True,
        unique=True,
        help_text=_("The id from the HR system. Optional; used to match rows on re-import."),
    )
    unit = models.ForeignKey(
        OrgUnit,
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    manager = models.ForeignKey(
        "self",
        verbose_name=_("manager"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
    )
    office = models.ForeignKey(
        Office,
        verbose_name=_("office"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    language = models.CharField(
        _("working language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.EMPLOYEE)
    bio = models.TextField(_("about me"), blank=True, max_length=2000)
    avatar = models.ImageField(_("photo"), upload_to=avatar_path, blank=True)
    show_activity = models.BooleanField(
        _("show my learning activity to colleagues"),
        default=True,
        help_text=_(
            "Colleagues then see what you shared and presented. Private activity is never shown."
        ),
    )
    is_active = models.BooleanField(_("active"), default=True)
    is_staff = models.BooleanField(_("can open the technical admin"), default=False)
    date_joined = models.DateTimeField(_("joined"), default=timezone.now)
    deactivated_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = PersonManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["full_name"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="person_email_ci_unique"),
            models.CheckConstraint(
                condition=~models.Q(manager=models.F("id")), name="person_not_own_manager"
            ),
        ]
        indexes = [
            models.Index(fields=["unit", "full_name"]),
            models.Index(fields=["office", "full_name"]),
            models.Index(fields=["language", "full_name"]),
            models.Index(fields=["manager"]),
            # The directory's default order, walked page by page (stops after one page).
            models.Index(
                fields=["full_name", "id"],
                condition=models.Q(is_active=True),
                name="person_active_name",
            ),
        ]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @cached_property
    def is_manager(self) -> bool:
        """A manager is anyone with active reports; it is not a stored role."""
        return self.reports.filter(is_active=True).exists()

    @property
    def is_org_admin(self) -> bool:
        return self.is_active and (self.role == Role.ORG_ADMIN or self.is_superuser)

    @property
    def is_learning_lead(self) -> bool:
        return self.is_active and self.role in {Role.LEARNING_LEAD, Role.ORG_ADMIN}


class Skill(models.Model):
    """One entry of the skill taxonomy, named in every language Samla speaks.

    `synonyms` holds other words people use, in any language, separated by commas.
    `search_text` is derived (services.skill_save) and lower-cased for matching.
    """

    slug = models.SlugField(_("identifier"), max_length=80, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_da = models.CharField(_("name (Danish)"), max_length=120, blank=True)
    name_sv = models.CharField(_("name (Swedish)"), max_length=120, blank=True)
    name_nb = models.CharField(_("name (Norwegian)"), max_length=120, blank=True)
    synonyms = models.TextField(_("synonyms"), blank=True)
    category = models.CharField(_("category"), max_length=120, blank=True)
    search_text = models.TextField(editable=False, default="")

    class Meta:
        verbose_name = _("skill")
        verbose_name_plural = _("skills")
        ordering = ["name_en"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The name in the active language, falling back to English."""
        lang = (translation.get_language() or "en")[:2]
        value = getattr(self, f"name_{lang}", "") if lang in {"da", "sv", "nb"} else ""
        return str(value or self.name_en)


class PersonSkill(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="skills")
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="holders")
    level = models.PositiveSmallIntegerField(
        _("level"), choices=SkillLevel.choices, null=True, blank=True
    )
    can_help = models.BooleanField(_("I can help with this"), default=False)
    wants_to_learn = models.BooleanField(_("I want to learn this"), default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("skill of a person")
        verbose_name_plural = _("skills of people")
        constraints = [
            models.UniqueConstraint(fields=["person", "skill"], name="personskill_unique"),
            models.CheckConstraint(
                condition=models.Q(level__isnull=True) | models.Q(level__gte=1, level__lte=4),
                name="personskill_level_1_to_4",
            ),
        ]
        indexes = [
            # Covers the expert finder: candidates by skill and level, read from the index alone.
            models.Index(
                fields=["skill", "level", "can_help", "person"], name="personskill_expert"
            ),
            models.Index(fields=["skill", "wants_to_learn"]),
        ]

    def __str__(self) -> str:
        return f"{self.person} – {self.skill}"


class ImportFile(models.Model):
    """An uploaded CSV file of people, kept between the dry run and the confirmation.

    Kept in the database (not on a local disk) so that any web process can confirm the import.
    Only its owner may use it, and only for IMPORT_FILE_MAX_AGE; see people.importing.
    """

    token = models.CharField(max_length=64, unique=True)
    owner = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    file_name = models.CharField(max_length=255, blank=True)
    data = models.BinaryField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("uploaded import file")
        verbose_name_plural = _("uploaded import files")

    def __str__(self) -> str:
        return self.file_name or self.token[:8]
