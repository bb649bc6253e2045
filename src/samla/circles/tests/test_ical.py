"""iCalendar documents: parsed by icalendar and vobject, plus what those parsers let through."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from samla.circles import ical
from samla.circles.ical import IcsEvent, IcsPerson, occurrence_uid

CPH = ZoneInfo("Europe/Copenhagen")
STAMP = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
TRICKY = 'Læring, tools; and "quotes"\nnew line \\ backslash — ünïcødé ' + "long " * 30
ORGANIZER = IcsPerson("facilitator@example.com", "Fia Facilitator, PhD")
ATTENDEE = IcsPerson("employee@example.com", "Emil; Employee")


def event(i: int = 0, tzid: str = "Europe/Copenhagen", **changes: object) -> IcsEvent:
    tz = ZoneInfo(tzid)
    start = datetime(2026, 3, 24, 9, 0, tzinfo=tz) + timedelta(weeks=i)  # crosses DST on 29 March
    values: dict[str, object] = {
        "uid": occurrence_uid("abc-123@samla", start),
        "sequence": 2,
        "start": start,
        "end": start + timedelta(minutes=15),
        "tzid": tzid,
        "summary": f"Learning meeting {i}: {TRICKY}",
        "description": TRICKY,
        "location": "Room 3, 2nd floor; east",
        "url": "https://samla.example/circles/occurrences/7/",
        "last_modified": STAMP - timedelta(days=1),
    }
    values.update(changes)
    return IcsEvent(**values)  # type: ignore[arg-type]


def check_document(raw: bytes) -> icalendar.Calendar:
    """The checks no parser makes for us, then both parsers."""
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF"
    assert b"\r" not in raw.replace(b"\r\n", b""), "bare CR"
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75, line
        line.decode()  # folding never splits a UTF-8 character
    text = raw.decode()
    assert re.search(r"^PRODID:-//Samla//Circles//EN\r$", text, re.M)
    assert re.search(r"^VERSION:2\.0\r$", text, re.M)

    cal = icalendar.Calendar.from_ical(raw)
    assert not [c.errors for c in cal.walk() if getattr(c, "errors", None)]
    events = cal.walk("VEVENT")
    tzids = {
        str(prop.params["TZID"])
        for ev in events
        for name in ("DTSTART", "DTEND", "RECURRENCE-ID")
        if (prop := ev.get(name)) is not None and "TZID" in prop.params
    }
    assert tzids == {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
    for ev in events:
        assert ev.get("UID") and ev.get("DTSTAMP")
        assert ev.decoded("DTEND") > ev.decoded("DTSTART")

    parsed = vobject.readOne(raw.decode(), validate=True)
    assert len(parsed.contents.get("vevent", [])) == len(events)
    return cal


def test_a_feed_parses_in_both_parsers_with_every_check() -> None:
    events = [event(i) for i in range(3)] + [event(3, tzid="Europe/London"), event(4, tzid="UTC")]
    raw = ical.feed(events, name="Emil's meetings, Samla", description="All; of them")
    cal = check_document(raw)
    assert "METHOD" not in cal
    assert str(cal["X-WR-CALNAME"]) == "Emil's meetings, Samla"
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT60M\r\n" in raw.decode()
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} == {
        "Europe/Copenhagen",
        "Europe/London",
    }
    parsed = list(cal.walk("VEVENT"))
    assert [str(ev["UID"]) for ev in parsed] == [e.uid for e in events]
    for original, ev in zip(events, parsed, strict=True):
        assert str(ev["SUMMARY"]) == original.summary  # commas, semicolons, newlines survive
        assert str(ev["DESCRIPTION"]) == TRICKY
        assert str(ev["LOCATION"]) == original.location
        assert ev.decoded("DTSTART") == original.start
        assert ev.decoded("DTEND") == original.end
        assert int(ev["SEQUENCE"]) == 2
        assert ev.decoded("DTSTAMP") == original.last_modified  # last revision, stable

    # vobject agrees on instants across the DST change (its own VTIMEZONE reading).
    vcal = vobject.readOne(raw.decode())
    starts = [ev.dtstart.value.astimezone(UTC) for ev in vcal.vevent_list]
    assert starts == [e.start.astimezone(UTC) for e in events]
    assert [s.hour for s in starts[:2]] == [8, 7]  # 09:00 CET, then 09:00 CEST
    assert vcal.vevent_list[0].summary.value == events[0].summary


def test_uids_are_stable_and_output_is_deterministic() -> None:
    events = [event(i) for i in range(3)]
    first = ical.feed(events, name="x", dtstamp=STAMP)
    again = ical.feed([event(i) for i in range(3)], name="x", dtstamp=STAMP)
    assert first == again
    start = datetime(2026, 3, 24, 9, 0, tzinfo=CPH)
    assert occurrence_uid("abc@samla", start) == "20260324T080000Z-abc@samla"
    # The UID depends on the instant, not on the zone it is written in.
    assert occurrence_uid("abc@samla", start.astimezone(UTC)) == occurrence_uid("abc@samla", start)


def test_an_invitation_is_a_request_with_organizer_and_attendee() -> None:
    item = event(organizer=ORGANIZER, attendees=(ATTENDEE,))
    raw = ical.invitation(item, dtstamp=STAMP)
    cal = check_document(raw)
    assert str(cal["METHOD"]) == "REQUEST"
    (ev,) = cal.walk("VEVENT")
    assert str(ev["ORGANIZER"]) == "mailto:facilitator@example.com"
    assert str(ev["ORGANIZER"].params["CN"]) == "Fia Facilitator, PhD"
    assert str(ev["ATTENDEE"]) == "mailto:employee@example.com"
    assert str(ev["ATTENDEE"].params["PARTSTAT"]) == "ACCEPTED"
    assert str(ev["STATUS"]) == "CONFIRMED"
    assert ev.decoded("DTSTAMP") == STAMP
    vcal = vobject.readOne(raw.decode(), validate=True)
    assert vcal.method.value == "REQUEST"
    assert vcal.vevent.organizer.params["CN"] == ["Fia Facilitator, PhD"]


def test_a_cancellation_keeps_the_uid_and_carries_the_raised_sequence() -> None:
    invite = ical.invitation(event(organizer=ORGANIZER, attendees=(ATTENDEE,)), dtstamp=STAMP)
    cancel = ical.cancellation(
        event(sequence=3, organizer=ORGANIZER, attendees=(ATTENDEE,)), dtstamp=STAMP
    )
    (before,) = check_document(invite).walk("VEVENT")
    cal = check_document(cancel)
    assert str(cal["METHOD"]) == "CANCEL"
    (after,) = cal.walk("VEVENT")
    assert str(after["UID"]) == str(before["UID"])
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert str(after["STATUS"]) == "CANCELLED"
    assert vobject.readOne(cancel.decode()).vevent.status.value == "CANCELLED"


def test_single_download_and_a_series_master_with_an_override() -> None:
    raw = ical.single(event(), dtstamp=STAMP)
    assert str(check_document(raw)["METHOD"]) == "PUBLISH"
    master = event(uid="series@samla", rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=5")
    moved = event(
        1,
        uid="series@samla",
        recurrence_id=datetime(2026, 3, 31, 9, 0, tzinfo=CPH),
        start=datetime(2026, 4, 1, 10, 0, tzinfo=CPH),
        end=datetime(2026, 4, 1, 10, 15, tzinfo=CPH),
        sequence=3,
    )
    for raw in (ical.feed([master, moved], name="s"), ical.single(master, dtstamp=STAMP)):
        check_document(raw)
    cal = icalendar.Calendar.from_ical(ical.feed([master, moved], name="s"))
    first, second = cal.walk("VEVENT")
    assert first["RRULE"].to_ical() == b"FREQ=WEEKLY;COUNT=5;BYDAY=TU"
    assert second.decoded("RECURRENCE-ID") == datetime(2026, 3, 31, 9, 0, tzinfo=CPH)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"start": datetime(2026, 1, 1, 9, 0)}, "aware"),
        ({"end": datetime(2026, 3, 24, 9, 0, tzinfo=CPH)}, "ends after"),
        ({"status": "MAYBE"}, "status"),
        ({"uid": "a\r\nb"}, "UID"),
        ({"sequence": -1}, "SEQUENCE"),
    ],
)
def test_bad_events_are_refused(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        event(**changes)


def test_invitations_need_an_organizer() -> None:
    with pytest.raises(ValueError, match="organizer"):
        ical.invitation(event())
    with pytest.raises(ValueError, match="cancellation"):
        ical.invitation(event(status="CANCELLED", organizer=ORGANIZER))


# The fast feed writer must say exactly what icalendar's own builder says.
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00")
    | st.sampled_from([",", ";", "\\", "\n", "\r", ":", '"', "å", "€", "😀"]),
    max_size=200,
)


@settings(max_examples=80, deadline=None)
@given(
    summary=texts.filter(lambda t: t.strip() != ""),
    description=texts,
    location=texts,
    tzid=st.sampled_from(["Europe/Copenhagen", "Europe/Oslo", "Europe/Helsinki", "UTC"]),
    offset=st.integers(0, 60 * 24 * 400),
    minutes=st.integers(1, 480),
    sequence=st.integers(0, 1000),
)
def test_the_fast_writer_matches_icalendar(
    summary: str,
    description: str,
    location: str,
    tzid: str,
    offset: int,
    minutes: int,
    sequence: int,
) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=offset)
    item = event(
        summary=summary,
        description=description,
        location=location,
        tzid=tzid,
        start=start,
        end=start + timedelta(minutes=minutes),
        sequence=sequence,
        categories=("Learning meeting", "a,b"),
    )
    fast = ical.feed([item], name="f", dtstamp=STAMP)
    slow = icalendar.Calendar()
    slow.add_component(ical._vevent(item, dtstamp=item.last_modified or STAMP, with_people=False))
    (ours,) = check_document(fast).walk("VEVENT")
    (theirs,) = icalendar.Calendar.from_ical(slow.to_ical()).walk("VEVENT")
    assert sorted(ours.keys()) == sorted(theirs.keys())
    for name in theirs:
        assert ours.decoded(name) == theirs.decoded(name), name
    expected = summary.replace("\r\n", "\n").replace("\r", "\n")
    assert str(ours["SUMMARY"]) == expected
