"""Writes for people, units, offices and skills. Each function is one transaction."""

from __future__ import annotations

import io
from typing import Any

from allauth.usersessions.models import UserSession
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from samla.people.enums import Role
from samla.people.models import PATH_STEP, Office, OrgUnit, Person, PersonSkill, Skill

# --- Org units ---------------------------------------------------------------------------------


def _segment(unit_id: int) -> str:
    return str(unit_id).zfill(PATH_STEP)


@transaction.atomic
def orgunit_create(*, name: str, code: str, kind: str, parent: OrgUnit | None = None) -> OrgUnit:
    unit = OrgUnit.objects.create(name=name.strip(), code=code.strip(), kind=kind, parent=parent)
    unit.path = (parent.path if parent else "") + _segment(unit.pk)
    unit.depth = (parent.depth + 1) if parent else 0
    unit.save(update_fields=["path", "depth"])
    return unit


@transaction.atomic
def orgunit_update(
    *, unit: OrgUnit, name: str, code: str, kind: str, parent: OrgUnit | None
) -> OrgUnit:
    """Rename and/or move a unit with its whole subtree. Refuses to move a unit under itself."""
    if parent is not None and (parent.pk == unit.pk or parent.path.startswith(unit.path)):
        raise ValidationError(
            {"parent": _("A unit cannot be placed under itself or one of its own sub-units.")}
        )
    unit.name, unit.code, unit.kind = name.strip(), code.strip(), kind
    old_path, old_depth = unit.path, unit.depth
    unit.parent = parent
    unit.path = (parent.path if parent else "") + _segment(unit.pk)
    unit.depth = (parent.depth + 1) if parent else 0
    unit.save(update_fields=["name", "code", "kind", "parent", "path", "depth"])
    if old_path != unit.path:
        for child in OrgUnit.objects.filter(path__startswith=old_path).exclude(pk=unit.pk):
            child.path = unit.path + child.path[len(old_path) :]
            child.depth = child.depth - old_depth + unit.depth
            child.save(update_fields=["path", "depth"])
    return unit


@transaction.atomic
def orgunit_delete(*, unit: OrgUnit) -> None:
    if unit.children.exists():
        raise ValidationError(
            _("Move or delete the sub-units of “%(name)s” first.") % {"name": unit.name}
        )
    if unit.members.exists():
        raise ValidationError(
            _("“%(name)s” still has members. Move them to another unit first.")
            % {"name": unit.name}
        )
    try:
        with transaction.atomic():
            unit.delete()
    except ProtectedError:
        # Content addressed to the unit (e.g. stories for its members only) would otherwise widen
        # its audience or vanish: the unit stays until that content is readdressed or removed.
        raise ValidationError(
            _("Content is addressed to “%(name)s”, so it cannot be deleted. Rename or move it.")
            % {"name": unit.name}
        ) from None


# --- People ------------------------------------------------------------------------------------


def person_create(
    *, email: str, full_name: str, password: str | None = None, **fields: Any
) -> Person:
    return Person.objects.create_user(email=email, password=password, full_name=full_name, **fields)


PROFILE_FIELDS = ("full_name", "title", "bio", "language", "office", "show_activity")


@transaction.atomic
def person_update_profile(*, person: Person, **changes: Any) -> Person:
    unknown = set(changes) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"not profile fields: {sorted(unknown)}")
    for field, value in changes.items():
        setattr(person, field, value)
    person.save(update_fields=list(changes))
    return person


def person_set_language(*, person: Person, language: str) -> None:
    if language not in dict(settings.LANGUAGES):
        raise ValidationError(_("Unknown language."))
    if person.language != language:
        person.language = language
        person.save(update_fields=["language"])


@transaction.atomic
def person_set_organisation(
    *, person: Person, unit: OrgUnit | None, manager: Person | None, role: str
) -> Person:
    if manager is not None and manager.pk == person.pk:
        raise ValidationError({"manager": _("A person cannot be their own manager.")})
    if manager is not None and _manages_indirectly(person, manager):
        raise ValidationError({"manager": _("This would make a loop of managers.")})
    if role not in Role.values:
        raise ValidationError({"role": _("Unknown role.")})
    person.unit, person.manager, person.role = unit, manager, role
    person.is_staff = role == Role.ORG_ADMIN
    person.save(update_fields=["unit", "manager", "role", "is_staff"])
    return person


def _manages_indirectly(person: Person, candidate: Person) -> bool:
    """True if `person` is somewhere above `candidate` in the management chain."""
    seen: set[int] = set()
    current: Person | None = candidate
    while current is not None and current.manager_id is not None and current.pk not in seen:
        seen.add(current.pk)
        if current.manager_id == person.pk:
            return True
        current = current.manager
    return False


@transaction.atomic
def person_deactivate(*, person: Person, by: Person | None = None) -> None:
    """A leaver: can no longer sign in, and every open session ends now."""
    person.is_active = False
    person.deactivated_at = timezone.now()
    person.save(update_fields=["is_active", "deactivated_at"])
    # Each session is ended in whatever store holds it (database or cache). Even a session that
    # slipped past this list is dead: authentication refuses inactive people on every request.
    for session in UserSession.objects.filter(user=person):
        session.end()


@transaction.atomic
def person_reactivate(*, person: Person) -> None:
    person.is_active = True
    person.deactivated_at = None
    person.save(update_fields=["is_active", "deactivated_at"])


AVATAR_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
AVATAR_MAX_PIXELS = 40_000_000
AVATAR_SIZE = 512


def person_set_avatar(*, person: Person, upload: UploadedFile[bytes]) -> None:
    """Check the picture by content (not name), re-encode it and store it under a random name."""
    if upload.size is not None and upload.size > settings.AVATAR_MAX_BYTES:
        raise ValidationError(
            _("The picture is too large (%(size)s MB). The limit is %(limit)s MB.")
            % {
                "size": round(upload.size / 1_048_576, 1),
                "limit": settings.AVATAR_MAX_BYTES // 1_048_576,
            }
        )
    data = upload.read()
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format not in AVATAR_FORMATS:
                raise ValidationError(_("Use a JPEG, PNG, WebP or GIF picture."))
            if probe.width * probe.height > AVATAR_MAX_PIXELS:
                raise ValidationError(_("The picture has too many pixels."))
            probe.verify()
        with Image.open(io.BytesIO(data)) as opened:
            image = opened.convert("RGB")
            image.thumbnail((AVATAR_SIZE, AVATAR_SIZE))
            out = io.BytesIO()
            image.save(out, format="WEBP", quality=85)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError):
        raise ValidationError(_("This file is not a picture Samla can read.")) from None
    old = person.avatar.name if person.avatar else None
    person.avatar.save("avatar.webp", ContentFile(out.getvalue()), save=False)
    person.save(update_fields=["avatar"])
    if old:
        person.avatar.storage.delete(old)


def person_remove_avatar(*, person: Person) -> None:
    if person.avatar:
        person.avatar.delete(save=False)
        person.avatar = ""
        person.save(update_fields=["avatar"])


# --- Skills ------------------------------------------------------------------------------------


def _skill_search_text(skill: Skill) -> str:
    words = [skill.name_en, skill.name_da, skill.name_sv, skill.name_nb, skill.synonyms, skill.slug]
    return " | ".join(w.strip().lower() for w in words if w and w.strip())


def skill_save(*, skill: Skill) -> Skill:
    skill.search_text = _skill_search_text(skill)
    skill.save()
    return skill


def skill_create(*, slug: str, name_en: str, **names: str) -> Skill:
    return skill_save(skill=Skill(slug=slug, name_en=name_en, **names))


@transaction.atomic
def person_skill_set(
    *,
    person: Person,
    skill: Skill,
    level: int | None,
    can_help: bool,
    wants_to_learn: bool,
) -> PersonSkill:
    if level is not None and not 1 <= level <= 4:
        raise ValidationError({"level": _("The level must be between 1 and 4.")})
    if can_help and level is None:
        raise ValidationError({"level": _("Choose your level to offer help with this skill.")})
    ps, _created = PersonSkill.objects.update_or_create(
        person=person,
        skill=skill,
        defaults={"level": level, "can_help": can_help, "wants_to_learn": wants_to_learn},
    )
    return ps


def person_skill_remove(*, person: Person, skill: Skill) -> None:
    PersonSkill.objects.filter(person=person, skill=skill).delete()


# --- Offices -----------------------------------------------------------------------------------


@transaction.atomic
def office_create(*, name: str, city: str, country: str, time_zone: str) -> Office:
    return Office.objects.create(
        name=name.strip(), city=city.strip(), country=country, time_zone=time_zone
    )


@transaction.atomic
def office_update(*, office: Office, name: str, city: str, country: str, time_zone: str) -> Office:
    office.name, office.city = name.strip(), city.strip()
    office.country, office.time_zone = country, time_zone
    office.save(update_fields=["name", "city", "country", "time_zone"])
    return office
