"""Circles: people who learn together on a rhythm, their meetings and the rota.

Who sees what (permissions.py): a *listed* circle, its members and its meetings are visible to
everyone active in the organisation. A *closed* circle is visible only to its active members (and,
for its name and description only, to the people it invited): outsiders get 404 for the circle,
its meetings and occurrences, and its documents are indexed with `circle_id` so search returns
them to members only. A closed circle therefore takes members by invitation only.

A `Meeting` is a one-off or a series (an RFC 5545 RRULE in its own time zone); its `Occurrence`
rows are stored for a horizon ahead (services.occurrences_materialise) so RSVPs, attendance, the
rota and notes have a row to point at. Only services write these tables.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.timezone import now
from django.utils.translation import gettext_lazy as _

from samla.circles.enums import (
    TIMEZONES,
    CircleKind,
    JoinPolicy,
    MeetingKind,
    MemberRole,
    MemberStatus,
    OccurrenceStatus,
    RsvpAnswer,
    Visibility,
)

LANGUAGE_CHOICES = [("en", "English"), ("da", "Dansk"), ("sv", "Svenska"), ("nb", "Norsk bokmål")]
LEARNING_MEETING_MINUTES = 15
MAX_DURATION_MINUTES = 8 * 60


def new_uid() -> str:
    return f"{uuid.uuid4()}@samla"


class Circle(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("short name"), max_length=140, unique=True)
    description = models.TextField(_("description"), blank=True, max_length=5000)
    description_html = models.TextField(blank=True, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=CircleKind.choices)
    join_policy = models.CharField(
        _("who can join"), max_length=12, choices=JoinPolicy.choices, default=JoinPolicy.OPEN
    )
    visibility = models.CharField(
        _("visibility"), max_length=8, choices=Visibility.choices, default=Visibility.LISTED
    )
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    home_unit = models.ForeignKey(
        "people.OrgUnit",
        verbose_name=_("home unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=now)
    archived_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("circle")
        verbose_name_plural = _("circles")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("circles:circle-detail", args=[self.slug])

    @property
    def is_closed(self) -> bool:
        return self.visibility == Visibility.CLOSED


class Membership(models.Model):
    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="circle_memberships"
    )
    role = models.CharField(max_length=12, choices=MemberRole.choices, default=MemberRole.MEMBER)
    status = models.CharField(
        max_length=10, choices=MemberStatus.choices, default=MemberStatus.ACTIVE
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    joined_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=now)
    rota_opt_out = models.BooleanField(_("leave me out of the presenter rota"), default=False)
    rota_order = models.PositiveIntegerField(default=0)  # tie-break: join order

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["circle", "person"], name="circles_one_membership")
        ]
        indexes = [models.Index(fields=["person", "status"])]
        ordering = ["rota_order", "pk"]

    def __str__(self) -> str:
        return f"{self.person_id} in {self.circle_id} ({self.status})"

    @property
    def is_active(self) -> bool:
        return self.status == MemberStatus.ACTIVE

    @property
    def is_facilitator(self) -> bool:
        return self.is_active and self.role == MemberRole.FACILITATOR


class Meeting(models.Model):
    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="meetings")
    kind = models.CharField(
        _("kind"), max_length=12, choices=MeetingKind.choices, default=MeetingKind.LEARNING
    )
    title = models.CharField(_("title"), max_length=160)
    agenda = models.TextField(_("agenda"), blank=True, max_length=5000)
    agenda_html = models.TextField(blank=True, editable=False)
    place = models.CharField(_("place"), max_length=200, blank=True)
    video_url = models.URLField(_("video link"), blank=True)
    timezone = models.CharField(
        _("time zone"), max_length=64, choices=TIMEZONES, default="Europe/Copenhagen"
    )
    first_start = models.DateTimeField(_("first meeting starts"))
    duration = models.PositiveIntegerField(_("duration (minutes)"), default=15)
    rrule = models.CharField(max_length=300, blank=True)
    has_rota = models.BooleanField(_("rotate the presenter"), default=True)
    open_to_all = models.BooleanField(_("anyone in the organisation may register"), default=False)
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True)
    uid = models.CharField(max_length=120, unique=True, default=new_uid, editable=False)
    sequence = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=now)
    updated_at = models.DateTimeField(default=now)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    # The furthest start up to which occurrences are stored (None: not yet materialised).
    materialised_until = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["first_start", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(duration__gt=0) & Q(duration__lte=MAX_DURATION_MINUTES),
                name="circles_meeting_duration",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("circles:meeting-detail", args=[self.pk])

    @property
    def is_recurring(self) -> bool:
        return bool(self.rrule)


class Occurrence(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="occurrences")
    original_start = models.DateTimeField()  # RECURRENCE-ID: the start the rule gives
    start = models.DateTimeField()
    end = models.DateTimeField()
    status = models.CharField(
        max_length=10, choices=OccurrenceStatus.choices, default=OccurrenceStatus.SCHEDULED
    )
    sequence = models.PositiveIntegerField(default=0)
    title = models.CharField(_("title"), max_length=160, blank=True)  # "" = the meeting's
    agenda = models.TextField(_("agenda"), blank=True, max_length=5000)  # "" = the meeting's
    agenda_html = models.TextField(blank=True, editable=False)
    is_exception = models.BooleanField(default=False)  # changed on its own
    presenter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="presenting",
    )
    presenter_fixed = models.BooleanField(default=False)  # a swap or a volunteer: the rota keeps it
    presenter_last = models.DateField(null=True, blank=True)  # why: when they last presented
    presenter_reminded_at = models.DateTimeField(null=True, blank=True)
    recorded_at = models.DateTimeField(null=True, blank=True)  # learning record written

    class Meta:
        ordering = ["start", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "original_start"], name="circles_one_occurrence_per_start"
            ),
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")), name="circles_end_after"
            ),
        ]
        indexes = [models.Index(fields=["start"]), models.Index(fields=["presenter", "start"])]

    def __str__(self) -> str:
        return f"{self.meeting_id} @ {self.start:%Y-%m-%d %H:%M}"

    def get_absolute_url(self) -> str:
        return reverse("circles:occurrence-detail", args=[self.pk])

    @property
    def display_title(self) -> str:
        return self.title or self.meeting.title

    @property
    def is_cancelled(self) -> bool:
        return self.status == OccurrenceStatus.CANCELLED


class Rsvp(models.Model):
    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="rsvps")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    answer = models.CharField(max_length=5, choices=RsvpAnswer.choices)
    waitlisted = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["occurrence", "person"], name="circles_one_rsvp")
        ]
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.person_id}: {self.answer}"


class Attendance(models.Model):
    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="circle_attendances"
    )
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["occurrence", "person"], name="circles_one_attendance")
        ]

    def __str__(self) -> str:
        return f"{self.person_id} at {self.occurrence_id}"

    @property
    def checked_in_self(self) -> bool:
        return self.marked_by_id == self.person_id


class Absence(models.Model):
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="absences")
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("to"))

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="circles_absence_order"
            )
        ]

    def __str__(self) -> str:
        return f"{self.membership_id}: {self.starts_on}–{self.ends_on}"


class Swap(models.Model):
    """The proposer presents at the partner's occurrence and the partner at the proposer's, once
    the partner agrees (agreed_at). Until then nothing in the rota changes."""

    occurrence_a = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="+")
    occurrence_b = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="+")
    proposer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    partner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(default=now)
    agreed_at = models.DateTimeField(null=True, blank=True)
    declined_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.occurrence_a_id} ⇄ {self.occurrence_b_id}"

    @property
    def is_open(self) -> bool:
        return self.agreed_at is None and self.declined_at is None


# The other circles helpers' models, so Django sees every model of the app.
from samla.circles.models_calendar import *  # noqa: E402, F403
from samla.circles.models_practice import *  # noqa: E402, F403
