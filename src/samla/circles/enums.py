"""The vocabulary of circles."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class CircleKind(models.TextChoices):
    TEAM = "team", _("Team learning meeting")
    LEARNING_CIRCLE = "learning_circle", _("Learning circle")
    COMMUNITY = "community", _("Community of practice")
    NETWORK = "network", _("Cross-functional network")


class JoinPolicy(models.TextChoices):
    OPEN = "open", _("Open: anyone can join")
    ON_REQUEST = "on_request", _("On request: a facilitator approves")
    INVITE_ONLY = "invite_only", _("Invitation only")


class Visibility(models.TextChoices):
    LISTED = "listed", _("Listed: everyone in the organisation sees it and its meetings")
    CLOSED = "closed", _("Closed: only members see it and its meetings")


class MemberRole(models.TextChoices):
    MEMBER = "member", pgettext_lazy("circle role", "Member")
    FACILITATOR = "facilitator", _("Facilitator")


class MemberStatus(models.TextChoices):
    ACTIVE = "active", pgettext_lazy("membership", "Member")
    REQUESTED = "requested", _("Asked to join")
    INVITED = "invited", _("Invited")
    LEFT = "left", _("Left")


class MeetingKind(models.TextChoices):
    LEARNING = "learning", _("Learning meeting")
    WORKSHOP = "workshop", _("Workshop or project showcase")
    REFLECTION = "reflection", _("Reflection meeting")
    SESSION = "session", _("Circle session")


class OccurrenceStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    MOVED = "moved", _("Moved")


class RsvpAnswer(models.TextChoices):
    YES = "yes", _("Yes, I will come")
    MAYBE = "maybe", _("Maybe")
    NO = "no", _("No, I cannot come")


TIMEZONES = [
    ("Europe/Copenhagen", "Europe/Copenhagen"),
    ("Europe/Stockholm", "Europe/Stockholm"),
    ("Europe/Oslo", "Europe/Oslo"),
    ("Europe/Helsinki", "Europe/Helsinki"),
    ("Europe/London", "Europe/London"),
    ("Europe/Berlin", "Europe/Berlin"),
    ("America/New_York", "America/New_York"),
    ("UTC", "UTC"),
]
