from django.db import models
from django.utils.translation import gettext_lazy as _


class Verb(models.TextChoices):
    """What a person did. Each maps to an xAPI verb IRI (see xapi.VERB_IRIS)."""

    SHARED = "shared", _("shared")
    ASKED = "asked", _("asked")
    ANSWERED = "answered", _("answered")
    COMMENTED = "commented", _("commented")
    REACTED = "reacted", _("reacted to")
    PRESENTED = "presented", _("presented")
    ATTENDED = "attended", _("attended")
    FACILITATED = "facilitated", _("facilitated")
    MENTORED = "mentored", _("mentored")
    WAS_MENTORED = "was_mentored", _("was mentored in")
    SHADOWED = "shadowed", _("shadowed")
    HOSTED = "hosted", _("hosted")
    RECOGNISED = "recognised", _("recognised")
    REFLECTED = "reflected", _("reflected on")
    COMPLETED = "completed", _("completed")
    ACKNOWLEDGED = "acknowledged", _("acknowledged")
    GAVE_FEEDBACK = "gave_feedback", _("gave feedback on")
    ADDED_SKILL = "added_skill", _("added the skill")
    ACCEPTED = "accepted", _("accepted the answer to")


class Visibility(models.TextChoices):
    """Who may see one activity row: the organisation (it is about something published) or only
    the person themself (e.g. private reflections, RSVPs)."""

    ORGANISATION = "organisation", _("Organisation")
    PRIVATE = "private", _("Only me")


class Source(models.TextChoices):
    SAMLA = "samla", "Samla"
    EXTERNAL = "external", _("External system")
