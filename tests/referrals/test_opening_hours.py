import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from referrals.opening_hours import OpeningHoursError, parse_opening_hours, time_until_open

LONDON = ZoneInfo("Europe/London")
HOURS = parse_opening_hours({"mon": ["09:00", "17:00"], "fri": ["10:00", "12:30"]})


def at(*args):
    return dt.datetime(*args, tzinfo=LONDON)


@pytest.mark.parametrize(
    "moment, wait",
    [
        (at(2026, 11, 23, 10, 0), dt.timedelta(0)),  # Monday, open
        (at(2026, 11, 23, 8, 0), dt.timedelta(hours=1)),  # Monday, before opening
        (at(2026, 11, 23, 17, 0), dt.timedelta(days=3, hours=17)),  # closed: Friday 10:00
        (at(2026, 11, 27, 12, 29), dt.timedelta(0)),
        (at(2026, 11, 28, 12, 0), dt.timedelta(days=1, hours=21)),  # Saturday -> Monday 09:00
    ],
)
def test_time_until_a_centre_opens(moment, wait):
    assert time_until_open(HOURS, moment) == wait


def test_the_wait_is_measured_in_real_hours_across_the_clock_change():
    # The clocks go back at 02:00 on Sunday 25 October 2026: Saturday 12:00 to
    # Monday 09:00 is 46 real hours, not 45.
    assert time_until_open(HOURS, at(2026, 10, 24, 12, 0)) == dt.timedelta(hours=46)


def test_a_centre_with_no_hours_never_opens():
    assert time_until_open({}, at(2026, 11, 23, 10, 0)) is None


@pytest.mark.parametrize(
    "value, message",
    [
        ({"monday": ["09:00", "17:00"]}, "is not a day"),
        ({"mon": ["09:00"]}, "must be two times"),
        ({"mon": ["9am", "17:00"]}, "not a time"),
        ({"mon": ["17:00", "09:00"]}, "closing time must be after"),
        (["mon"], "must be an object"),
    ],
)
def test_bad_opening_hours_are_refused_saying_where(value, message):
    with pytest.raises(OpeningHoursError, match=message):
        parse_opening_hours(value)
