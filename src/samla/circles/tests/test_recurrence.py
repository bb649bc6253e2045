"""Recurrence rules: DST cases in the Nordic zones, bad rules, and properties over any rule."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samla.circles.recurrence import (
    MAX_OCCURRENCES,
    Recurrence,
    RecurrenceError,
    align_start,
    from_rrule,
    occurrences,
    to_rrule,
    validate,
)

CPH = ZoneInfo("Europe/Copenhagen")
ZONES = [
    "Europe/Copenhagen",
    "Europe/Stockholm",
    "Europe/Oslo",
    "Europe/Helsinki",
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "UTC",
]
FAR = timedelta(days=366 * 25)  # longer than any generated series


def expand(rrule: str, first_start: datetime) -> list[datetime]:
    return occurrences(
        rrule=rrule, first_start=first_start, after=first_start, before=first_start + FAR
    )


# --- Explicit DST cases -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "winter_utc", "summer_utc"),
    [
        ("Europe/Copenhagen", 8, 7),
        ("Europe/Stockholm", 8, 7),
        ("Europe/Oslo", 8, 7),
        ("Europe/Helsinki", 7, 6),
        ("Europe/London", 9, 8),
        ("UTC", 9, 9),
    ],
)
def test_weekly_meeting_keeps_its_wall_clock_time_across_spring_forward(
    zone: str, winter_utc: int, summer_utc: int
) -> None:
    tz = ZoneInfo(zone)
    first = datetime(2026, 3, 17, 9, 0, tzinfo=tz)  # Tuesday; EU clocks change Sunday 29 March
    rule = to_rrule(Recurrence("weekly", byweekday=(1,), count=4), tz=tz)
    starts = expand(rule, first)
    assert [s.date() for s in starts] == [date(2026, 3, d) for d in (17, 24, 31)] + [
        date(2026, 4, 7)
    ]
    assert all(s.time() == time(9, 0) for s in starts)
    assert [s.astimezone(UTC).hour for s in starts] == [
        winter_utc,
        winter_utc,
        summer_utc,
        summer_utc,
    ]


def test_weekly_meeting_keeps_its_wall_clock_time_across_fall_back() -> None:
    first = datetime(2026, 10, 20, 9, 0, tzinfo=CPH)  # clocks go back Sunday 25 October
    starts = expand("FREQ=WEEKLY;BYDAY=TU;COUNT=2", first)
    assert [s.astimezone(UTC) for s in starts] == [
        datetime(2026, 10, 20, 7, 0, tzinfo=UTC),
        datetime(2026, 10, 27, 8, 0, tzinfo=UTC),
    ]


def test_a_time_in_the_spring_forward_gap_uses_the_offset_before_the_gap() -> None:
    first = datetime(2026, 3, 28, 2, 30, tzinfo=CPH)
    starts = expand("FREQ=DAILY;COUNT=3", first)
    # 29 March 02:30 does not exist: read with +01:00 it is 01:30Z, shown as 03:30 summer time.
    assert [s.isoformat() for s in starts] == [
        "2026-03-28T02:30:00+01:00",
        "2026-03-29T03:30:00+02:00",
        "2026-03-30T02:30:00+02:00",
    ]
    assert starts[1].astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_a_time_that_occurs_twice_means_the_first_one() -> None:
    first = datetime(2026, 10, 24, 2, 30, tzinfo=CPH)
    starts = expand("FREQ=DAILY;COUNT=2", first)
    assert starts[1].isoformat() == "2026-10-25T02:30:00+02:00"
    assert starts[1].astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_until_is_inclusive_in_the_meetings_zone_and_written_in_utc() -> None:
    rec = Recurrence("weekly", byweekday=(1,), until=date(2026, 4, 14))
    assert to_rrule(rec, tz=CPH) == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260414T215959Z"
    first = datetime(2026, 3, 17, 23, 30, tzinfo=CPH)  # late evening: UTC date is the same
    starts = expand(to_rrule(rec, tz=CPH), first)
    assert starts[-1].date() == date(2026, 4, 14)
    ny = ZoneInfo("America/New_York")
    rule = to_rrule(rec, tz=ny)
    assert rule.endswith("UNTIL=20260415T035959Z")  # next UTC day
    assert from_rrule(rule, tz=ny).until == date(2026, 4, 14)


def test_monthly_on_the_first_thursday_and_the_last_friday() -> None:
    first = datetime(2026, 1, 1, 15, 0, tzinfo=CPH)
    rule = to_rrule(Recurrence("monthly", byweekday=(3,), nth=1, count=3), tz=CPH)
    assert rule == "FREQ=MONTHLY;BYDAY=1TH;COUNT=3"
    assert [s.date() for s in expand(rule, first)] == [
        date(2026, 1, 1),
        date(2026, 2, 5),
        date(2026, 3, 5),
    ]
    first = datetime(2026, 1, 30, 15, 0, tzinfo=CPH)
    last_friday = expand("FREQ=MONTHLY;BYDAY=-1FR;COUNT=2", first)
    assert [s.date() for s in last_friday] == [date(2026, 1, 30), date(2026, 2, 27)]


def test_one_off_and_window_and_exdates() -> None:
    first = datetime(2026, 5, 5, 9, 0, tzinfo=CPH)
    assert occurrences(rrule="", first_start=first, after=first, before=first + timedelta(1)) == [
        first
    ]
    assert (
        occurrences(rrule="", first_start=first, after=first + timedelta(1), before=first + FAR)
        == []
    )
    rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6"
    everything = expand(rule, first)
    assert [s.day for s in everything] == [5, 7, 19, 21, 2, 4]
    window = occurrences(
        rrule=rule,
        first_start=first,
        after=everything[1],
        before=everything[4],
        exdates=[everything[2].astimezone(UTC)],
    )
    assert window == [everything[1], everything[3]]


# --- Bad rules ----------------------------------------------------------------------------------


START = datetime(2026, 3, 17, 9, 0, tzinfo=CPH)  # a Tuesday


@pytest.mark.parametrize(
    ("rec", "code"),
    [
        (Recurrence("weekly", byweekday=(1,)), "no_end"),
        (Recurrence("weekly", byweekday=(1,), until=date(2026, 3, 16)), "until_before_start"),
        (Recurrence("weekly", byweekday=(1,), count=MAX_OCCURRENCES + 1), "too_many"),
        (Recurrence("daily", until=date(2030, 1, 1)), "too_many"),
        (Recurrence("weekly", byweekday=(2,), until=date(2026, 3, 17)), "no_occurrence"),
        (Recurrence("weekly", byweekday=(2,), count=3), "start_not_in_rule"),
        (Recurrence("yearly", count=3), "invalid"),
        (Recurrence("weekly", interval=0, count=3), "invalid"),
        (Recurrence("weekly", byweekday=(7,), count=3), "invalid"),
        (Recurrence("weekly", count=0), "invalid"),
        (Recurrence("weekly", count=2, until=date(2026, 5, 1)), "invalid"),
        (Recurrence("weekly", byweekday=(1,), nth=1, count=2), "invalid"),
    ],
)
def test_bad_rules_are_refused_with_a_code(rec: Recurrence, code: str) -> None:
    with pytest.raises(RecurrenceError) as err:
        validate(rec, first_start=START)
    assert err.value.code == code


@pytest.mark.parametrize(
    "value",
    [
        "",
        "FREQ=SOMETIMES;COUNT=2",
        "FREQ=WEEKLY;BYDAY=XX;COUNT=2",
        "FREQ=WEEKLY;COUNT=two",
        "FREQ=WEEKLY;BYMONTH=3;COUNT=2",
        "FREQ=WEEKLY;UNTIL=tomorrow",
        "FREQ=WEEKLY;COUNT=2;COUNT=3",
        "FREQ=MONTHLY;BYDAY=1TU,2WE;COUNT=2",
        "FREQ=MONTHLY;BYDAY=1TU,WE;COUNT=2",
        "garbage",
    ],
)
def test_unparseable_rules_are_invalid(value: str) -> None:
    with pytest.raises(RecurrenceError) as err:
        from_rrule(value)
    assert err.value.code == "invalid"
    if value:
        with pytest.raises(RecurrenceError):
            occurrences(rrule=value, first_start=START, after=START, before=START + FAR)


def test_naive_first_start_is_invalid() -> None:
    with pytest.raises(RecurrenceError) as err:
        validate(Recurrence("daily", count=2), first_start=datetime(2026, 1, 1, 9, 0))
    assert err.value.code == "invalid"


def test_a_stored_rule_without_end_is_cut_at_the_maximum() -> None:
    assert len(expand("FREQ=DAILY", START)) == MAX_OCCURRENCES


def test_align_start_moves_to_the_first_chosen_weekday() -> None:
    rec = Recurrence("weekly", byweekday=(3,), count=3)  # Thursdays
    aligned = align_start(rec, first_start=START)
    assert aligned == datetime(2026, 3, 19, 9, 0, tzinfo=CPH)
    validate(rec, first_start=aligned)
    with pytest.raises(RecurrenceError) as err:
        align_start(
            Recurrence("weekly", byweekday=(3,), until=date(2026, 3, 18)), first_start=START
        )
    assert err.value.code == "no_occurrence"


def test_rrule_prefix_and_lowercase_and_wkst_are_accepted() -> None:
    assert from_rrule("RRULE:freq=weekly;byday=tu,mo;count=2;wkst=MO") == Recurrence(
        "weekly", byweekday=(0, 1), count=2
    )
    assert from_rrule("FREQ=DAILY;UNTIL=20260401").until == date(2026, 4, 1)


# --- Properties ---------------------------------------------------------------------------------


@st.composite
def series(draw: st.DrawFn) -> tuple[Recurrence, datetime]:
    tz = ZoneInfo(draw(st.sampled_from(ZONES)))
    day = draw(st.dates(min_value=date(2024, 1, 1), max_value=date(2032, 12, 31)))
    at = draw(st.times(max_value=time(23, 59)).map(lambda t: t.replace(second=0, microsecond=0)))
    freq = draw(st.sampled_from(["daily", "weekly", "monthly"]))
    interval = draw(st.integers(1, 4))
    nth = None
    if freq == "daily":
        days: tuple[int, ...] = ()
    elif freq == "monthly" and draw(st.booleans()):
        days = (day.weekday(),)
        nth = (day.day - 1) // 7 + 1
        if nth == 5:
            nth = -1
            if (day + timedelta(7)).month == day.month:  # pragma: no cover - by construction
                nth = None
    else:
        other = draw(st.sets(st.integers(0, 6), max_size=3))
        days = tuple(sorted({day.weekday(), *other})) if freq == "weekly" else ()
    if draw(st.booleans()):
        end: dict[str, object] = {"count": draw(st.integers(1, 60))}
    else:
        end = {"until": day + timedelta(days=draw(st.integers(0, 400)))}
    rec = Recurrence(freq, interval, days, nth=nth, **end)  # type: ignore[arg-type]
    first = datetime.combine(day, at, tzinfo=tz).astimezone(UTC).astimezone(tz)
    return rec, first


@settings(max_examples=150, deadline=None)
@given(series())
def test_properties_of_any_valid_series(case: tuple[Recurrence, datetime]) -> None:
    rec, first = case
    tz = first.tzinfo
    assert isinstance(tz, ZoneInfo)
    try:
        validate(rec, first_start=first)
    except RecurrenceError as err:
        # Only a few legitimate refusals for these generated series.
        assert err.code in {"too_many", "start_not_in_rule"}, err
        return
    rule = to_rrule(rec, tz=tz)
    assert from_rrule(rule, tz=tz) == rec
    starts = expand(rule, first)
    assert starts[0] == first
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert 1 <= len(starts) <= MAX_OCCURRENCES
    if rec.count is not None:
        assert len(starts) == rec.count
    if rec.until is not None:
        assert all(s.date() <= rec.until for s in starts)
    for s in starts:
        assert s.tzinfo is tz
        if rec.byweekday:
            assert s.weekday() in rec.byweekday
        # Wall-clock time kept, except in a spring-forward gap where it moves forward by the gap.
        if s.time() != first.time():
            naive = datetime.combine(s.date(), first.time())
            assert (
                naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None)
                != naive
            )
            assert s == naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


@settings(max_examples=100, deadline=None)
@given(series(), st.integers(0, 400), st.integers(0, 200), st.data())
def test_a_window_is_the_slice_of_the_whole_series(
    case: tuple[Recurrence, datetime], offset_days: int, span_days: int, data: st.DataObject
) -> None:
    rec, first = case
    try:
        validate(rec, first_start=first)
    except RecurrenceError:
        return
    rule = to_rrule(rec, tz=first.tzinfo)  # type: ignore[arg-type]
    everything = expand(rule, first)
    after = first + timedelta(days=offset_days, hours=data.draw(st.integers(-12, 12)))
    before = after + timedelta(days=span_days)
    exdates = data.draw(st.lists(st.sampled_from(everything), max_size=3))
    got = occurrences(rrule=rule, first_start=first, after=after, before=before, exdates=exdates)
    assert got == [s for s in everything if after <= s < before and s not in exdates]
