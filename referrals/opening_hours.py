"""Weekly opening hours in local time (Europe/London).

Stored as ``{"mon": ["09:00", "17:00"], ...}``, the import format; a day that
is missing is a closed day. Times are wall-clock times, so the summer-time
change is handled by the time zone, not by the data.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from django.utils.translation import gettext_lazy as _

LOCAL_TZ = ZoneInfo("Europe/London")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME_RE = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")


class OpeningHoursError(ValueError):
    """The opening hours are not in the expected shape; the message says where."""

    def __init__(self, message, **params):
        self.message, self.params = message, params
        super().__init__(str(message) % params if params else str(message))

    def __str__(self) -> str:
        return str(self.message) % self.params if self.params else str(self.message)


def parse_opening_hours(value) -> dict[str, tuple[dt.time, dt.time]]:
    """Validate ``{"mon": ["09:00", "17:00"]}`` and return times per day."""
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        raise OpeningHoursError(
            _("Opening hours must be an object such as %(example)s."),
            example='{"mon": ["09:00", "17:00"]}',
        )
    hours = {}
    for day, span in value.items():
        if day not in DAYS:
            raise OpeningHoursError(
                _("“%(day)s” is not a day; use one of %(days)s."), day=day, days=", ".join(DAYS)
            )
        if not (isinstance(span, list | tuple) and len(span) == 2):
            raise OpeningHoursError(
                _("Opening hours for “%(day)s” must be two times, opening and closing."), day=day
            )
        opens, closes = (_parse_time(day, text) for text in span)
        if closes <= opens:
            raise OpeningHoursError(
                _("On “%(day)s” the closing time must be after the opening time."), day=day
            )
        hours[day] = (opens, closes)
    return hours


def _parse_time(day: str, text) -> dt.time:
    match = _TIME_RE.match(str(text))
    if not match:
        raise OpeningHoursError(
            _("“%(time)s” on “%(day)s” is not a time in 24-hour HH:MM form."), time=text, day=day
        )
    return dt.time(int(match.group(1)), int(match.group(2)))


def format_opening_hours(hours: dict[str, tuple[dt.time, dt.time]]) -> dict[str, list[str]]:
    return {
        day: [hours[day][0].strftime("%H:%M"), hours[day][1].strftime("%H:%M")]
        for day in DAYS
        if day in hours
    }


def open_spans(hours: dict[str, tuple[dt.time, dt.time]], as_of: dt.datetime, days: int = 8):
    """The (opens, closes) aware datetimes from as_of's local day for `days` days."""
    local = as_of.astimezone(LOCAL_TZ)
    for offset in range(days):
        day = local.date() + dt.timedelta(days=offset)
        span = hours.get(DAYS[day.weekday()])
        if span:
            yield (
                dt.datetime.combine(day, span[0], tzinfo=LOCAL_TZ),
                dt.datetime.combine(day, span[1], tzinfo=LOCAL_TZ),
            )


def time_until_open(
    hours: dict[str, tuple[dt.time, dt.time]], as_of: dt.datetime
) -> dt.timedelta | None:
    """Zero if open at as_of, the wait until it next opens, or None if never open.

    Compared in UTC: subtracting two datetimes in the same zone would use wall
    clock time and be an hour out across a summer-time change.
    """
    now = as_of.astimezone(dt.UTC)
    for opens, closes in open_spans(hours, as_of):
        if closes.astimezone(dt.UTC) <= now:
            continue
        return max(opens.astimezone(dt.UTC) - now, dt.timedelta(0))
    return None
