from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Role(models.TextChoices):
    """What a person may do beyond their own work. "Manager" is not a role: it follows from
    having reports (see Person.is_manager)."""

    EMPLOYEE = "employee", _("Employee")
    LEARNING_LEAD = "learning_lead", _("Learning lead")
    ORG_ADMIN = "org_admin", _("Organisation admin")


class UnitKind(models.TextChoices):
    ORGANISATION = "organisation", _("Organisation")
    DIVISION = "division", _("Division")
    DEPARTMENT = "department", _("Department")
    TEAM = "team", _("Team")
    OTHER = "other", pgettext_lazy("org unit kind", "Other")


class SkillLevel(models.IntegerChoices):
    BEGINNER = 1, _("Beginner")
    PRACTITIONER = 2, _("Practitioner")
    EXPERIENCED = 3, _("Experienced")
    EXPERT = 4, _("Expert")


SKILL_LEVEL_DESCRIPTIONS = {
    SkillLevel.BEGINNER: _("I know the basics and am building experience."),
    SkillLevel.PRACTITIONER: _("I use it in my work and manage most everyday tasks."),
    SkillLevel.EXPERIENCED: _("I work independently, handle hard cases and can help others."),
    SkillLevel.EXPERT: _("I can teach it; colleagues come to me with their hardest questions."),
}


class Country(models.TextChoices):
    DENMARK = "DK", _("Denmark")
    SWEDEN = "SE", _("Sweden")
    NORWAY = "NO", _("Norway")
    FINLAND = "FI", _("Finland")
    ICELAND = "IS", _("Iceland")
    UNITED_KINGDOM = "GB", _("United Kingdom")
    GERMANY = "DE", _("Germany")
    OTHER = "XX", pgettext_lazy("country", "Other")
