"""Forms of circles: they validate HTTP input and hand clean values to the services."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django import forms
from django.utils.translation import gettext_lazy as _

from samla.circles import recurrence
from samla.circles.enums import (
    TIMEZONES,
    CircleKind,
    JoinPolicy,
    MeetingKind,
    RsvpAnswer,
    Visibility,
)
from samla.circles.models import LANGUAGE_CHOICES, MAX_DURATION_MINUTES, Circle, Meeting
from samla.circles.services.meetings import MeetingData, recurrence_message
from samla.people.models import OrgUnit, Person

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]
REPEAT_CHOICES = [
    ("", _("Does not repeat")),
    ("daily", _("Every day")),
    ("weekly", _("Every week")),
    ("monthly", _("Every month")),
]


class CircleForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    kind = forms.ChoiceField(label=_("Kind"), choices=CircleKind.choices)
    description = forms.CharField(
        label=_("What the circle is about"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        max_length=5000,
        help_text=_("Markdown works: **bold**, lists, links."),
    )
    visibility = forms.ChoiceField(
        label=_("Who can see it"), choices=Visibility.choices, widget=forms.RadioSelect
    )
    join_policy = forms.ChoiceField(
        label=_("Who can join"), choices=JoinPolicy.choices, widget=forms.RadioSelect
    )
    language = forms.ChoiceField(label=_("Language"), choices=LANGUAGE_CHOICES)
    home_unit = forms.ModelChoiceField(
        label=_("Home unit"), queryset=OrgUnit.objects.all(), required=False
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if (
            data.get("visibility") == Visibility.CLOSED
            and data.get("join_policy") != JoinPolicy.INVITE_ONLY
        ):
            self.add_error(
                "join_policy",
                _(
                    "A closed circle is hidden from people outside it, "
                    "so it takes members by invitation only."
                ),
            )
        return data

    @classmethod
    def initial_for(cls, circle: Circle) -> dict[str, Any]:
        return {
            "name": circle.name,
            "kind": circle.kind,
            "description": circle.description,
            "visibility": circle.visibility,
            "join_policy": circle.join_policy,
            "language": circle.language,
            "home_unit": circle.home_unit_id,
        }


class _TimesMixin(forms.Form):
    day = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    start_time = forms.TimeField(label=_("Starts"), widget=forms.TimeInput(attrs={"type": "time"}))
    end_time = forms.TimeField(label=_("Ends"), widget=forms.TimeInput(attrs={"type": "time"}))

    def _times(self, data: dict[str, Any], tz: ZoneInfo) -> tuple[datetime, int] | None:
        day: date | None = data.get("day")
        start: time | None = data.get("start_time")
        end: time | None = data.get("end_time")
        if day is None or start is None or end is None:
            return None
        if end <= start:
            self.add_error("end_time", _("The meeting must end after it starts."))
            return None
        minutes = (datetime.combine(day, end) - datetime.combine(day, start)) // timedelta(
            minutes=1
        )
        if minutes > MAX_DURATION_MINUTES:
            self.add_error("end_time", _("A meeting can last at most 8 hours."))
            return None
        aware = datetime.combine(day, start).replace(tzinfo=tz)
        return aware.astimezone(ZoneInfo("UTC")).astimezone(tz), minutes


class MeetingForm(_TimesMixin):
    kind = forms.ChoiceField(label=_("Kind"), choices=MeetingKind.choices)
    title = forms.CharField(label=_("Title"), max_length=160)
    timezone = forms.ChoiceField(
        label=_("Time zone"), choices=TIMEZONES, initial="Europe/Copenhagen"
    )
    repeat = forms.ChoiceField(label=_("Repeats"), choices=REPEAT_CHOICES, required=False)
    interval = forms.IntegerField(
        label=_("Every how many (days, weeks or months)"),
        min_value=1,
        max_value=52,
        initial=1,
        required=False,
    )
    weekdays = forms.TypedMultipleChoiceField(
        label=_("On these days (weekly)"),
        choices=WEEKDAYS,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    count = forms.IntegerField(
        label=_("Ends after this many meetings"), min_value=1, required=False
    )
    until = forms.DateField(
        label=_("… or on this date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
    video_url = forms.URLField(label=_("Video link"), required=False, assume_scheme="https")
    agenda = forms.CharField(
        label=_("Agenda"), widget=forms.Textarea(attrs={"rows": 4}), required=False, max_length=5000
    )
    has_rota = forms.BooleanField(
        label=_("Rotate the presenter among members"), required=False, initial=True
    )
    open_to_all = forms.BooleanField(
        label=_("Workshops: anyone in the organisation may register"), required=False
    )
    capacity = forms.IntegerField(label=_("Places (empty: no limit)"), min_value=1, required=False)

    field_order = [
        "kind",
        "title",
        "day",
        "start_time",
        "end_time",
        "timezone",
        "repeat",
        "interval",
        "weekdays",
        "count",
        "until",
        "place",
        "video_url",
        "agenda",
        "has_rota",
        "open_to_all",
        "capacity",
    ]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        tz = ZoneInfo(data.get("timezone") or "Europe/Copenhagen")
        times = self._times(data, tz)
        if times is None:
            return data
        start, minutes = times
        rrule = ""
        repeat = data.get("repeat") or ""
        if repeat:
            weekdays = tuple(sorted(data.get("weekdays") or ())) if repeat == "weekly" else ()
            rec = recurrence.Recurrence(
                freq=repeat,
                interval=data.get("interval") or 1,
                byweekday=weekdays,
                count=data.get("count"),
                until=data.get("until"),
            )
            if rec.count is not None and rec.until is not None:
                self.add_error("until", _("Choose a number of meetings or a last date, not both."))
                return data
            try:
                if weekdays and start.weekday() not in weekdays:
                    start = recurrence.align_start(rec, first_start=start)
                recurrence.validate(rec, first_start=start)
                rrule = recurrence.to_rrule(rec, tz=tz)
            except recurrence.RecurrenceError as exc:
                field = "count" if exc.code in ("no_end", "too_many") else "repeat"
                if exc.code == "until_before_start":
                    field = "until"
                self.add_error(field, recurrence_message(exc.code))
                return data
        data["first_start"] = start
        data["duration"] = minutes
        data["rrule"] = rrule
        return data

    def meeting_data(self) -> MeetingData:
        d = self.cleaned_data
        return MeetingData(
            kind=d["kind"],
            title=d["title"],
            first_start=d["first_start"],
            timezone=d["timezone"],
            duration=d["duration"],
            rrule=d["rrule"],
            agenda=d.get("agenda") or "",
            place=d.get("place") or "",
            video_url=d.get("video_url") or "",
            open_to_all=bool(d.get("open_to_all")),
            capacity=d.get("capacity"),
            has_rota=bool(d.get("has_rota")),
        )

    @classmethod
    def initial_for(cls, meeting: Meeting) -> dict[str, Any]:
        tz = ZoneInfo(meeting.timezone)
        start = meeting.first_start.astimezone(tz)
        initial: dict[str, Any] = {
            "kind": meeting.kind,
            "title": meeting.title,
            "day": start.date(),
            "start_time": start.time().replace(second=0, microsecond=0),
            "end_time": (start + timedelta(minutes=meeting.duration)).time(),
            "timezone": meeting.timezone,
            "place": meeting.place,
            "video_url": meeting.video_url,
            "agenda": meeting.agenda,
            "has_rota": meeting.has_rota,
            "open_to_all": meeting.open_to_all,
            "capacity": meeting.capacity,
        }
        if meeting.rrule:
            try:
                rec = recurrence.from_rrule(meeting.rrule, tz=tz)
            except recurrence.RecurrenceError:
                return initial
            initial.update(
                repeat=rec.freq,
                interval=rec.interval,
                weekdays=list(rec.byweekday),
                count=rec.count,
                until=rec.until,
            )
        return initial


class OccurrenceMoveForm(_TimesMixin):
    def __init__(self, *args: Any, tz: ZoneInfo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tz = tz

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        times = self._times(data, self.tz)
        if times is not None:
            data["start"], data["duration"] = times
        return data


class OccurrenceEditForm(forms.Form):
    title = forms.CharField(label=_("Title for this meeting only"), max_length=160, required=False)
    agenda = forms.CharField(
        label=_("Agenda for this meeting only"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=5000,
    )


class RsvpForm(forms.Form):
    answer = forms.ChoiceField(choices=RsvpAnswer.choices)


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Email address of the colleague to invite"))

    def clean_email(self) -> Person:
        email = self.cleaned_data["email"]
        person = Person.objects.filter(email__iexact=email, is_active=True).first()
        if person is None:
            raise forms.ValidationError(_("Nobody in the organisation has this email address."))
        return person


class AbsenceForm(forms.Form):
    starts_on = forms.DateField(
        label=_("Away from"), widget=forms.DateInput(attrs={"type": "date"})
    )
    ends_on = forms.DateField(label=_("Away until"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        a, b = data.get("starts_on"), data.get("ends_on")
        if a and b and b < a:
            self.add_error("ends_on", _("The last day comes before the first day."))
        return data


class CapacityForm(forms.Form):
    capacity = forms.IntegerField(label=_("Places (empty: no limit)"), min_value=1, required=False)
