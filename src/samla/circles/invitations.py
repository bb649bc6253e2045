"""Calendar invitations by email (c-cal): updates, cancellations and reminders with `.ics`.

- `meeting_changed(meeting=…, occurrence=…, cancelled=…)`: c-core's services call it after a
  change is committed. Everyone who said yes to an affected upcoming occurrence gets one email
  (in their language) with an iTIP `.ics` per occurrence: METHOD:REQUEST with the occurrence's
  stable UID and its raised SEQUENCE, or METHOD:CANCEL with STATUS:CANCELLED.
- `send_cancellations(occurrences=…)`: the same cancellation, for occurrences about to be
  deleted (call it inside the transaction, before the delete: it reads their RSVPs).
- `send_meeting_reminders()`: periodic and idempotent. A day before each occurrence, everyone
  who said yes (and has a place) gets a reminder with the `.ics`, once per person and occurrence
  (a moved occurrence is reminded again at its new time).

The organizer in the `.ics` is the site's sender address named after the circle, with RSVP off:
answers are given in Samla, not by replying to the invitation.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta
from email.utils import parseaddr
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from samla.circles import ical, selectors_calendar
from samla.circles.enums import OccurrenceStatus, RsvpAnswer
from samla.circles.models import Meeting, Occurrence, Rsvp
from samla.notifications.kinds import register_kind
from samla.notifications.services import Attachment, notify
from samla.people.models import Person

logger = logging.getLogger(__name__)

REMIND_BEFORE = timedelta(hours=24)

MEETING_UPDATED = register_kind(
    "circle_meeting_updated",
    title=_("“%(meeting)s” on %(date)s has changed."),
    email_subject=_("Updated: “%(meeting)s” on %(date)s"),
    label=_("A meeting I said yes to changes"),
)
MEETING_CANCELLED = register_kind(
    "circle_meeting_cancelled",
    title=_("“%(meeting)s” on %(date)s is cancelled."),
    email_subject=_("Cancelled: “%(meeting)s” on %(date)s"),
    label=_("A meeting I said yes to is cancelled"),
)
MEETING_REMINDER = register_kind(
    "circle_meeting_reminder",
    title=_("Reminder: “%(meeting)s” starts %(date)s."),
    email_subject=_("Reminder: “%(meeting)s” on %(date)s"),
    label=_("A reminder the day before a meeting I said yes to"),
)


def _organizer(circle_name: str) -> ical.IcsPerson:
    _name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    return ical.IcsPerson(email=address or "samla@localhost", name=circle_name)


def _when(occurrence: Occurrence) -> str:
    local = occurrence.start.astimezone(ZoneInfo(occurrence.meeting.timezone))
    return local.strftime("%Y-%m-%d %H:%M")


def _attachment(
    occurrence: Occurrence, person: Person, *, cancel: bool, bump: int = 0
) -> Attachment:
    """The `.ics` for one occurrence and one attendee, in the active language. `bump` raises
    the SEQUENCE beyond the stored one (for occurrences about to be deleted)."""
    base = selectors_calendar.event_for(occurrence)
    event = ical.IcsEvent(
        **{
            **base.__dict__,
            "status": "CANCELLED" if cancel else "CONFIRMED",
            "sequence": base.sequence + bump,
            "organizer": _organizer(occurrence.meeting.circle.name),
            "attendees": (ical.IcsPerson(email=person.email, name=person.full_name),),
        }
    )
    content = ical.cancellation(event) if cancel else ical.invitation(event)
    method = "CANCEL" if cancel else "REQUEST"
    local = occurrence.start.astimezone(ZoneInfo(occurrence.meeting.timezone))
    return Attachment(
        filename=f"meeting-{local:%Y-%m-%d-%H%M}.ics",
        content=content.decode(),
        mimetype=f"text/calendar; method={method}",
    )


def _send(rsvps: Iterable[Rsvp], *, cancel: bool, kind: str, key: str, bump: int = 0) -> int:
    """One email per person, with an `.ics` per occurrence they said yes to. Returns emails."""
    by_person: dict[int, list[Rsvp]] = defaultdict(list)
    for rsvp in rsvps:
        by_person[rsvp.person_id].append(rsvp)
    sent = 0
    for answers in by_person.values():
        person = answers[0].person
        if not person.is_active:
            continue
        occurrences = sorted((r.occurrence for r in answers), key=lambda o: o.start)
        first = occurrences[0]
        with translation.override(person.language):
            files = [_attachment(o, person, cancel=cancel, bump=bump) for o in occurrences]
        notification = notify(
            recipient=person,
            kind=kind,
            params={"meeting": first.display_title, "date": _when(first)},
            url=first.get_absolute_url(),
            dedupe_key=f"{key}:{person.pk}"[:200],
            attachments=files,
        )
        sent += notification is not None
    return sent


def _yes(occurrences: QuerySet[Occurrence] | list[Occurrence]) -> QuerySet[Rsvp]:
    return Rsvp.objects.filter(
        occurrence__in=occurrences, answer=RsvpAnswer.YES, waitlisted=False
    ).select_related("person", "occurrence__meeting__circle", "occurrence__presenter")


def meeting_changed(
    *, meeting: Meeting, occurrence: Occurrence | None = None, cancelled: bool = False
) -> int:
    """Email the people who said yes an updated invitation, or a cancellation. Returns how many
    people were told. Never raises (it runs after the change is committed)."""
    try:
        return _meeting_changed(meeting=meeting, occurrence=occurrence, cancelled=cancelled)
    except Exception:  # a failed email must not turn a saved change into an error page
        logger.exception("could not send calendar updates for meeting %s", meeting.pk)
        return 0


def _meeting_changed(*, meeting: Meeting, occurrence: Occurrence | None, cancelled: bool) -> int:
    now = timezone.now()
    if occurrence is not None:
        occurrences = Occurrence.objects.filter(pk=occurrence.pk, end__gte=now)
        fresh = occurrences.values_list("sequence", flat=True).first()
        scope = f"o{occurrence.pk}:s{fresh}"
    else:
        occurrences = Occurrence.objects.filter(meeting_id=meeting.pk, end__gte=now)
        if not cancelled:
            occurrences = occurrences.exclude(status=OccurrenceStatus.CANCELLED)
        sequence = Meeting.objects.filter(pk=meeting.pk).values_list("sequence", flat=True).first()
        scope = f"m{meeting.pk}:s{sequence}"
    if cancelled:
        return _send(
            _yes(occurrences),
            cancel=True,
            kind=MEETING_CANCELLED.key,
            key=f"circle-cal-cancel:{scope}",
        )
    return _send(
        _yes(occurrences.exclude(status=OccurrenceStatus.CANCELLED)),
        cancel=False,
        kind=MEETING_UPDATED.key,
        key=f"circle-cal-update:{scope}",
    )


def send_cancellations(*, occurrences: Iterable[Occurrence]) -> int:
    """Cancellations for occurrences that are about to be deleted (call before deleting, in
    the same transaction). Their SEQUENCE is raised by one in the `.ics`."""
    items = [o for o in occurrences if o.end >= timezone.now()]
    if not items:
        return 0
    scope = ",".join(str(o.pk) for o in items[:10])
    stamp = f"{timezone.now().timestamp():.0f}"
    return _send(
        _yes(items),
        cancel=True,
        kind=MEETING_CANCELLED.key,
        key=f"circle-cal-drop:{scope}:{stamp}",
        bump=1,
    )


def send_meeting_reminders(*, now: datetime | None = None, dry_run: bool = False) -> int:
    """Remind everyone who said yes (with a place) of an occurrence starting within a day.
    Idempotent: once per person, occurrence and start time. Returns new reminders (with
    `dry_run`: the answers due a reminder, including those already reminded)."""
    now = now or timezone.now()
    rsvps = (
        Rsvp.objects.filter(
            answer=RsvpAnswer.YES,
            waitlisted=False,
            person__is_active=True,
            occurrence__start__gt=now,
            occurrence__start__lte=now + REMIND_BEFORE,
            occurrence__meeting__cancelled_at__isnull=True,
        )
        .exclude(occurrence__status=OccurrenceStatus.CANCELLED)
        .select_related("person", "occurrence__meeting__circle", "occurrence__presenter")
        .order_by("occurrence__start", "pk")
    )
    if dry_run:
        return rsvps.count()
    count = 0
    for rsvp in rsvps:
        occ = rsvp.occurrence
        key = f"circle-reminder:{occ.pk}:{occ.start.timestamp():.0f}"
        with translation.override(rsvp.person.language):
            files = [_attachment(occ, rsvp.person, cancel=False)]
        before = timezone.now()
        notification = notify(
            recipient=rsvp.person,
            kind=MEETING_REMINDER.key,
            params={"meeting": occ.display_title, "date": _when(occ)},
            url=occ.get_absolute_url(),
            dedupe_key=key,
            attachments=files,
        )
        if notification is not None and notification.created_at >= before:
            count += 1
    return count
