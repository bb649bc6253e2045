"""Recurring meetings: a small, pure subset of RFC 5545 recurrence rules.

No Django here. A meeting series is ``first_start`` (an aware datetime in the meeting's IANA zone)
plus an RRULE value (``"FREQ=WEEKLY;BYDAY=TU;COUNT=10"``) or ``""`` for a one-off.

Rules
-----
- Supported: ``FREQ`` = DAILY | WEEKLY | MONTHLY, ``INTERVAL``, ``BYDAY`` (weekdays; for MONTHLY a
  single ordinal weekday such as ``1TH`` / ``-1FR`` = "first Thursday" / "last Friday"),
  ``COUNT``, ``UNTIL``, ``WKST=MO`` (ignored, Monday is the week start). Anything else is
  ``invalid``.
- Every series must end: ``COUNT`` or ``UNTIL`` (``no_end``), and it may not produce more than
  ``MAX_OCCURRENCES`` occurrences (``too_many``).
- ``UNTIL`` is a *date*, inclusive, in the meeting's zone. In the RRULE text it is written, as
  RFC 5545 requires when DTSTART has a TZID, as the UTC instant of 23:59:59 local time that day.
- Wall-clock time is kept across daylight-saving changes: a 09:00 Europe/Copenhagen meeting is
  at 08:00Z in winter and 07:00Z in summer. Expansion happens on naive local times, then each one
  is placed in the zone.
- Local times that do not exist (the spring-forward gap, e.g. 02:30 on the last Sunday of March in
  Europe) are read with the UTC offset *before* the gap, as RFC 5545 §3.3.5 says, so 02:30 becomes
  03:30 summer time that day (one hour after 01:30 winter time); the other days stay at 02:30.
  Local times that occur twice (autumn) mean the first of the two (summer time), also per
  §3.3.5. Returned datetimes are normalised (round-tripped through UTC), so the gap case shows
  03:30 with the summer offset.
- The rule must be synchronised with ``first_start`` (``first_start`` is its first occurrence,
  ``start_not_in_rule`` otherwise): calendar clients disagree about an unsynchronised DTSTART.
  ``align_start`` moves a start to the rule's first occurrence on or after it.

Error codes (``RecurrenceError.code``): ``no_end``, ``no_occurrence``, ``too_many``,
``until_before_start``, ``start_not_in_rule``, ``invalid``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil import rrule as du

MAX_OCCURRENCES = 520  # ten years of a weekly meeting

FREQS = ("daily", "weekly", "monthly")
_FREQ_DU = {"daily": du.DAILY, "weekly": du.WEEKLY, "monthly": du.MONTHLY}
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_MAX_INTERVAL = 366
_NTHS = (1, 2, 3, 4, -1)

CODES = (
    "no_end",
    "no_occurrence",
    "too_many",
    "until_before_start",
    "start_not_in_rule",
    "invalid",
)


class RecurrenceError(ValueError):
    """A rule that cannot be used; ``code`` says why (forms map codes to text)."""

    def __init__(self, code: str, detail: str = "") -> None:
        assert code in CODES, code
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)


@dataclass(frozen=True)
class Recurrence:
    freq: str  # "daily" | "weekly" | "monthly"
    interval: int = 1
    byweekday: tuple[int, ...] = ()  # 0 = Monday
    count: int | None = None
    until: date | None = None  # inclusive, in the meeting's zone
    nth: int | None = None  # monthly only, with one weekday: 1..4 or -1 (last)


def _check_shape(rec: Recurrence) -> None:
    if rec.freq not in FREQS:
        raise RecurrenceError("invalid", f"frequency {rec.freq!r}")
    if not isinstance(rec.interval, int) or not 1 <= rec.interval <= _MAX_INTERVAL:
        raise RecurrenceError("invalid", f"interval {rec.interval!r}")
    if any(not isinstance(d, int) or not 0 <= d <= 6 for d in rec.byweekday):
        raise RecurrenceError("invalid", f"weekdays {rec.byweekday!r}")
    if len(set(rec.byweekday)) != len(rec.byweekday):
        raise RecurrenceError("invalid", "repeated weekday")
    if rec.count is not None and rec.until is not None:
        raise RecurrenceError("invalid", "COUNT and UNTIL together")
    if rec.count is not None and rec.count < 1:
        raise RecurrenceError("invalid", f"count {rec.count!r}")
    if rec.nth is not None and (
        rec.freq != "monthly" or len(rec.byweekday) != 1 or rec.nth not in _NTHS
    ):
        raise RecurrenceError("invalid", "an ordinal weekday needs MONTHLY and one weekday")


def _until_instant(until: date, tz: tzinfo) -> datetime:
    return datetime.combine(until, time(23, 59, 59), tzinfo=tz).astimezone(UTC)


def to_rrule(rec: Recurrence, *, tz: ZoneInfo) -> str:
    """The RRULE value (without the ``RRULE:`` prefix) for ``rec`` in zone ``tz``."""
    _check_shape(rec)
    parts = [f"FREQ={rec.freq.upper()}"]
    if rec.interval != 1:
        parts.append(f"INTERVAL={rec.interval}")
    if rec.byweekday:
        prefix = str(rec.nth) if rec.nth is not None else ""
        parts.append("BYDAY=" + ",".join(prefix + DAY_CODES[d] for d in sorted(rec.byweekday)))
    if rec.count is not None:
        parts.append(f"COUNT={rec.count}")
    if rec.until is not None:
        parts.append("UNTIL=" + _until_instant(rec.until, tz).strftime("%Y%m%dT%H%M%SZ"))
    return ";".join(parts)


def _parse_until(raw: str, tz: tzinfo) -> date:
    try:
        if len(raw) == 8:
            return datetime.strptime(raw, "%Y%m%d").date()
        if raw.endswith("Z"):
            instant = datetime.strptime(raw, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            return instant.astimezone(tz).date()
        return datetime.strptime(raw, "%Y%m%dT%H%M%S").date()  # floating local time
    except ValueError as exc:
        raise RecurrenceError("invalid", f"UNTIL {raw!r}") from exc


def _parse_int(raw: str, name: str) -> int:
    try:
        return int(raw)
    except ValueError as exc:
        raise RecurrenceError("invalid", f"{name} {raw!r}") from exc


def from_rrule(value: str, *, tz: tzinfo = UTC) -> Recurrence:
    """Parse an RRULE value we support. ``tz`` (the meeting's zone) turns a UTC UNTIL into a date.

    Raises ``RecurrenceError("invalid")`` for anything outside the subset described above.
    """
    text = value.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    if not text:
        raise RecurrenceError("invalid", "empty rule")
    fields: dict[str, str] = {}
    for part in text.split(";"):
        name, sep, raw = part.partition("=")
        name = name.strip().upper()
        if not sep or not name or name in fields:
            raise RecurrenceError("invalid", f"part {part!r}")
        fields[name] = raw.strip().upper() if name != "UNTIL" else raw.strip()
    freq = fields.pop("FREQ", "").lower()
    interval = _parse_int(fields.pop("INTERVAL", "1"), "INTERVAL")
    count = _parse_int(fields.pop("COUNT"), "COUNT") if "COUNT" in fields else None
    until = _parse_until(fields.pop("UNTIL"), tz) if "UNTIL" in fields else None
    if fields.pop("WKST", "MO") != "MO":
        raise RecurrenceError("invalid", "WKST other than MO")
    days: list[int] = []
    nths: set[int | None] = set()
    for item in filter(None, fields.pop("BYDAY", "").split(",")):
        code, ordinal = item[-2:], item[:-2]
        if code not in DAY_CODES:
            raise RecurrenceError("invalid", f"BYDAY {item!r}")
        days.append(DAY_CODES.index(code))
        nths.add(_parse_int(ordinal, "BYDAY") if ordinal else None)
    if fields:
        raise RecurrenceError("invalid", "unsupported " + ",".join(sorted(fields)))
    if len(nths) > 1:
        raise RecurrenceError("invalid", "mixed ordinal weekdays")
    rec = Recurrence(
        freq=freq,
        interval=interval,
        byweekday=tuple(sorted(days)),
        count=count,
        until=until,
        nth=nths.pop() if nths else None,
    )
    _check_shape(rec)
    return rec


def _zone(first_start: datetime) -> tzinfo:
    if first_start.tzinfo is None or first_start.utcoffset() is None:
        raise RecurrenceError("invalid", "first_start must be an aware datetime")
    return first_start.tzinfo


def _place(naive: datetime, tz: tzinfo) -> datetime:
    """A local wall-clock time in ``tz``: gap → offset before the gap, fold → the first one."""
    return naive.replace(tzinfo=tz, fold=0).astimezone(UTC).astimezone(tz)


def _dateutil_rule(rec: Recurrence, start_naive: datetime, *, cap: int) -> du.rrule:
    byweekday: object = None
    if rec.byweekday:
        wd = [du.weekday(d) for d in rec.byweekday]
        byweekday = [w(rec.nth) for w in wd] if rec.nth is not None else wd
    until = datetime.combine(rec.until, time(23, 59, 59)) if rec.until is not None else None
    return du.rrule(
        _FREQ_DU[rec.freq],
        dtstart=start_naive,
        interval=rec.interval,
        wkst=du.MO,
        byweekday=byweekday,
        count=min(rec.count, cap) if rec.count is not None else (None if until else cap),
        until=until,
    )


def _iter_local(rec: Recurrence, first_start: datetime, *, cap: int) -> Iterator[datetime]:
    tz = _zone(first_start)
    naive_start = first_start.replace(tzinfo=None, fold=0)
    for i, naive in enumerate(_dateutil_rule(rec, naive_start, cap=cap)):
        if i >= cap:
            return
        yield _place(naive, tz)


def validate(rec: Recurrence, *, first_start: datetime) -> None:
    """Raise ``RecurrenceError`` unless ``rec`` is a usable finite series from ``first_start``."""
    _check_shape(rec)
    tz = _zone(first_start)
    if rec.count is None and rec.until is None:
        raise RecurrenceError("no_end")
    if rec.until is not None and rec.until < first_start.astimezone(tz).date():
        raise RecurrenceError("until_before_start")
    if rec.count is not None and rec.count > MAX_OCCURRENCES:
        raise RecurrenceError("too_many")
    found = list(_iter_local(rec, first_start, cap=MAX_OCCURRENCES + 1))
    if not found:
        raise RecurrenceError("no_occurrence")
    if len(found) > MAX_OCCURRENCES:
        raise RecurrenceError("too_many")
    if found[0] != _place(first_start.replace(tzinfo=None), tz):
        raise RecurrenceError("start_not_in_rule")


def align_start(rec: Recurrence, *, first_start: datetime) -> datetime:
    """The rule's first occurrence on or after ``first_start`` (same wall-clock time).

    Use it when a form gives a start date that is not one of the chosen weekdays.
    Raises ``RecurrenceError("no_occurrence")`` if there is none.
    """
    _check_shape(rec)
    unbounded = Recurrence(rec.freq, rec.interval, rec.byweekday, nth=rec.nth)
    for found in _iter_local(unbounded, first_start, cap=MAX_OCCURRENCES):
        if rec.until is not None and found.date() > rec.until:
            break
        return found
    raise RecurrenceError("no_occurrence")


@lru_cache(maxsize=2048)
def _cached_rule(rrule: str, tz: tzinfo, naive_start: datetime) -> du.rrule:
    """Parsed rules are reused: a feed expands the same series on every request."""
    return _dateutil_rule(from_rrule(rrule, tz=tz), naive_start, cap=MAX_OCCURRENCES)


def occurrences(
    *,
    rrule: str,
    first_start: datetime,
    after: datetime,
    before: datetime,
    exdates: Collection[datetime] = (),
) -> list[datetime]:
    """Starts of the series with ``after <= start < before``, minus ``exdates``.

    Aware datetimes in ``first_start``'s zone, wall-clock time kept across DST; ``rrule == ""`` is
    a one-off (``[first_start]`` if it is in the window). A rule without COUNT/UNTIL (never valid,
    but stored data may be old) is cut at ``MAX_OCCURRENCES``. ``exdates`` match by instant.
    Raises ``RecurrenceError("invalid")`` for an unparseable rule.
    """
    tz = _zone(first_start)
    excluded = {d.astimezone(UTC) for d in exdates}
    if not rrule.strip():
        starts = [first_start]
    else:
        rule = _cached_rule(rrule, tz, first_start.replace(tzinfo=None, fold=0))
        # Expand on naive local times with a day's margin either side, then filter exactly.
        lo = after.astimezone(tz).replace(tzinfo=None) - timedelta(days=1)
        hi = before.astimezone(tz).replace(tzinfo=None) + timedelta(days=1)
        starts = [_place(n, tz) for n in rule.between(lo, hi, inc=True)]
    return [s for s in starts if after <= s < before and s.astimezone(UTC) not in excluded]
