"""iCalendar (RFC 5545 / RFC 5546) documents for circles' meetings, from plain data.

No Django models here: callers (selectors_calendar, invitations) turn occurrences into `IcsEvent`s.

What one VEVENT is
------------------
Every stored or expected *occurrence* is its own VEVENT, with a UID derived from the meeting's
UID and the occurrence's original start (`occurrence_uid`), so it never changes when the
occurrence is moved, retitled or cancelled, and a SEQUENCE that only grows (the meeting's plus
the occurrence's sequence). Each occurrence has its own presenter, topic and agenda, so a series
master with an RRULE would need an override for nearly every instance; one event per occurrence is
also what a workshop registrant (registered for one occurrence only) needs. `IcsEvent` still
supports `rrule` and `recurrence_id` for callers that want a series.

Documents
---------
- `feed(...)`: a subscription (METHOD absent, as most clients expect for a published feed).
- `invitation(...)`: METHOD:REQUEST with ORGANIZER and the ATTENDEE.
- `cancellation(...)`: METHOD:CANCEL, STATUS:CANCELLED, same UID; the caller's SEQUENCE must be
  higher than the last one sent (circles services raise it on every change).

Every document has PRODID and VERSION, a DTSTAMP on every VEVENT, a VTIMEZONE for every TZID used
(built by icalendar from the zone's rules, covering the events' years), CRLF line endings and
lines folded at 75 octets (icalendar does the escaping of commas, semicolons and newlines).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, vCalAddress, vRecur, vText

PRODID = "-//Samla//Circles//EN"
STATUSES = ("CONFIRMED", "TENTATIVE", "CANCELLED")
PARTSTATS = ("ACCEPTED", "DECLINED", "TENTATIVE", "NEEDS-ACTION")


@dataclass(frozen=True)
class IcsPerson:
    email: str
    name: str = ""
    partstat: str = "ACCEPTED"  # for attendees


@dataclass(frozen=True)
class IcsEvent:
    uid: str
    sequence: int
    start: datetime  # aware
    end: datetime  # aware, after start
    tzid: str  # IANA name; the event is written in this zone ("UTC" → UTC times)
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""
    status: str = "CONFIRMED"  # CONFIRMED | TENTATIVE | CANCELLED
    recurrence_id: datetime | None = None  # a changed instance of a series with this UID
    rrule: str = ""  # a series master (RFC 5545 RRULE value)
    organizer: IcsPerson | None = None
    attendees: tuple[IcsPerson, ...] = field(default=())
    last_modified: datetime | None = None
    categories: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if value.tzinfo is None or value.utcoffset() is None:
                raise ValueError(f"{name} must be an aware datetime")
        if self.end <= self.start:
            raise ValueError("an event ends after it starts")
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")
        if not self.uid or any(c in self.uid for c in "\r\n"):
            raise ValueError("a UID is one non-empty line")
        if self.sequence < 0:
            raise ValueError("SEQUENCE is never negative")
        ZoneInfo(self.tzid)  # raises for an unknown zone


def occurrence_uid(meeting_uid: str, original_start: datetime) -> str:
    """The stable UID of one occurrence: its original (rule) start in UTC and the series UID."""
    return f"{original_start.astimezone(UTC):%Y%m%dT%H%M%SZ}-{meeting_uid}"


@lru_cache(maxsize=256)
def _vtimezone(tzid: str, first_year: int, last_year: int) -> Timezone:
    return Timezone.from_tzinfo(
        ZoneInfo(tzid),
        tzid=tzid,
        first_date=date(first_year, 1, 1),
        last_date=date(last_year, 12, 31),
    )


def _local(value: datetime, tzid: str) -> datetime:
    return value.astimezone(UTC if tzid == "UTC" else ZoneInfo(tzid))


def _address(person: IcsPerson, *, attendee: bool) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    if person.name:
        address.params["CN"] = vText(person.name)
    if attendee:
        address.params["ROLE"] = vText("REQ-PARTICIPANT")
        address.params["PARTSTAT"] = vText(person.partstat)
        address.params["RSVP"] = vText("FALSE")
    return address


def _vevent(item: IcsEvent, *, dtstamp: datetime, with_people: bool) -> Event:
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", dtstamp.astimezone(UTC))
    event.add("sequence", item.sequence)
    event.add("dtstart", _local(item.start, item.tzid))
    event.add("dtend", _local(item.end, item.tzid))
    if item.recurrence_id is not None:
        event.add("recurrence-id", _local(item.recurrence_id, item.tzid))
    if item.rrule:
        event.add("rrule", vRecur.from_ical(item.rrule))
    event.add("summary", item.summary)
    if item.description:
        event.add("description", item.description)
    if item.location:
        event.add("location", item.location)
    if item.url:
        event.add("url", item.url)
    event.add("status", item.status)
    event.add("transp", "TRANSPARENT" if item.status == "CANCELLED" else "OPAQUE")
    if item.categories:
        event.add("categories", list(item.categories))
    if item.last_modified is not None:
        event.add("last-modified", item.last_modified.astimezone(UTC))
    if with_people:
        if item.organizer is not None:
            event.add("organizer", _address(item.organizer, attendee=False))
        for person in item.attendees:
            event.add("attendee", _address(person, attendee=True))
    return event


# --- A fast writer for feeds --------------------------------------------------------------------
# icalendar spends most of its time folding lines; a 500-event feed took ~100 ms with it. Feeds
# write their VEVENTs here instead (no people, plain properties); tests check with hypothesis
# that icalendar parses these bytes to exactly what `_vevent` builds.


_ESCAPES = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n"})


@lru_cache(maxsize=4096)
def _escape(text: str) -> str:
    """TEXT escaping (RFC 5545 §3.3.11); cached: a series repeats its texts."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_ESCAPES)


def _fold(line: str) -> str:
    """Lines longer than 75 octets are folded (RFC 5545 §3.1), never inside a UTF-8 character."""
    if len(line) <= 18 or (len(line) <= 75 and line.isascii()):  # at most 4 octets a character
        return line
    raw = line.encode()
    if len(raw) <= 75:
        return line
    out: list[bytes] = []
    start, limit = 0, 75
    while start < len(raw):
        end = min(start + limit, len(raw))
        while end < len(raw) and (raw[end] & 0xC0) == 0x80:
            end -= 1
        out.append(raw[start:end])
        start, limit = end, 74  # continuation lines start with a space
    return b"\r\n ".join(out).decode()


def _stamp(value: datetime) -> str:
    return (
        f"{value.year:04d}{value.month:02d}{value.day:02d}"
        f"T{value.hour:02d}{value.minute:02d}{value.second:02d}"
    )


def _utc(value: datetime) -> str:
    return _stamp(value.astimezone(UTC)) + "Z"


def _when(name: str, value: datetime, tzid: str) -> str:
    if tzid == "UTC":
        return f"{name}:{_utc(value)}"
    return f"{name};TZID={tzid}:{_stamp(_local(value, tzid))}"


def _fast_vevent(item: IcsEvent, *, dtstamp: str) -> str:
    # Only the text properties can be longer than 75 octets; the others have fixed forms.
    lines = [
        "BEGIN:VEVENT",
        _fold(f"SUMMARY:{_escape(item.summary)}"),
        _when("DTSTART", item.start, item.tzid),
        _when("DTEND", item.end, item.tzid),
        f"DTSTAMP:{dtstamp}",
        _fold(f"UID:{_escape(item.uid)}"),
    ]
    if item.recurrence_id is not None:
        lines.append(_when("RECURRENCE-ID", item.recurrence_id, item.tzid))
    lines.append(f"SEQUENCE:{item.sequence}")
    if item.rrule:
        lines.append(_fold(f"RRULE:{item.rrule}"))
    if item.categories:
        lines.append(_fold("CATEGORIES:" + ",".join(_escape(c) for c in item.categories)))
    if item.description:
        lines.append(_fold(f"DESCRIPTION:{_escape(item.description)}"))
    if item.last_modified is not None:
        lines.append(f"LAST-MODIFIED:{_utc(item.last_modified)}")
    if item.location:
        lines.append(_fold(f"LOCATION:{_escape(item.location)}"))
    lines.append(f"STATUS:{item.status}")
    lines.append(f"TRANSP:{'TRANSPARENT' if item.status == 'CANCELLED' else 'OPAQUE'}")
    if item.url:
        lines.append(_fold(f"URL:{''.join(item.url.split())}"))
    lines.append("END:VEVENT\r\n")
    return "\r\n".join(lines)


def _calendar(
    events: Sequence[IcsEvent],
    *,
    method: str | None,
    dtstamp: datetime | None,
    with_people: bool,
    properties: Iterable[tuple[str, object]] = (),
    fast: bool = False,
) -> bytes:
    stamp = dtstamp or datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if method:
        cal.add("method", method)
    for name, value in properties:
        cal.add(name, value)
    years: dict[str, tuple[int, int]] = {}
    for item in events:
        if item.tzid == "UTC":
            continue
        lo, hi = years.get(item.tzid, (item.start.year, item.end.year))
        starts = [item.start] + ([item.recurrence_id] if item.recurrence_id else [])
        years[item.tzid] = (
            min(lo, *(s.year - 1 for s in starts)),
            # A series may run on: cover its zone for ten more years.
            max(hi, item.end.year + (10 if item.rrule else 1)),
        )
    for tzid in sorted(years):
        cal.add_component(_vtimezone(tzid, *years[tzid]))
    if fast:
        head = cal.to_ical()
        assert head.endswith(b"END:VCALENDAR\r\n")
        now = _utc(stamp)
        body = "".join(
            [
                _fast_vevent(item, dtstamp=_utc(item.last_modified) if item.last_modified else now)
                for item in events
            ]
        ).encode()
        return bytes(head[: -len(b"END:VCALENDAR\r\n")]) + body + b"END:VCALENDAR\r\n"
    for item in events:
        cal.add_component(_vevent(item, dtstamp=stamp, with_people=with_people))
    return bytes(cal.to_ical())


def feed(
    events: Sequence[IcsEvent],
    *,
    name: str,
    description: str = "",
    dtstamp: datetime | None = None,
    refresh_minutes: int = 60,
) -> bytes:
    """A subscription feed (no METHOD). Attendees are left out: a feed is not a mailbox.

    Without a METHOD, DTSTAMP is when the event was last revised (RFC 5545 §3.8.7.2): each
    event's `last_modified` when given, else `dtstamp` (default: now).
    """
    duration = f"PT{refresh_minutes}M"
    props: list[tuple[str, object]] = [("name", name), ("x-wr-calname", name)]
    if description:
        props += [("description", description), ("x-wr-caldesc", description)]
    props.append(("x-published-ttl", duration))
    document = _calendar(
        events, method=None, dtstamp=dtstamp, with_people=False, properties=props, fast=True
    )
    # REFRESH-INTERVAL needs VALUE=DURATION; add it as raw text after VERSION.
    return document.replace(
        b"CALSCALE:GREGORIAN\r\n",
        b"CALSCALE:GREGORIAN\r\nREFRESH-INTERVAL;VALUE=DURATION:" + duration.encode() + b"\r\n",
        1,
    )


def invitation(event: IcsEvent, *, dtstamp: datetime | None = None) -> bytes:
    """An iTIP REQUEST (RFC 5546): a new or updated invitation to one event."""
    if event.organizer is None:
        raise ValueError("an invitation needs an organizer")
    if event.status == "CANCELLED":
        raise ValueError("send a cancelled event with cancellation()")
    return _calendar([event], method="REQUEST", dtstamp=dtstamp, with_people=True)


def cancellation(event: IcsEvent, *, dtstamp: datetime | None = None) -> bytes:
    """An iTIP CANCEL: the same UID, STATUS:CANCELLED, the caller's (raised) SEQUENCE."""
    if event.organizer is None:
        raise ValueError("a cancellation needs an organizer")
    cancelled = IcsEvent(**{**event.__dict__, "status": "CANCELLED"})
    return _calendar([cancelled], method="CANCEL", dtstamp=dtstamp, with_people=True)


def single(event: IcsEvent, *, dtstamp: datetime | None = None) -> bytes:
    """One event to download and import (METHOD:PUBLISH, no attendees)."""
    return _calendar([event], method="PUBLISH", dtstamp=dtstamp, with_people=False)
