"""The filters every statistic takes, parsed the same way for the dashboard,
the exports and the JSON endpoint.

Date ranges are widened to whole weeks (or whole months with the monthly
interval), so figures cannot be told apart day by day by shifting a range.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import asdict, dataclass

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from knowledge.models import AreaOfLaw

from ..languages import LANGUAGE_NAMES
from .access import InsightScope

WEEK = "week"
MONTH = "month"
INTERVALS = {WEEK: _("Week"), MONTH: _("Month")}
DEFAULT_WEEKS = 13
MAX_PERIODS = {WEEK: 157, MONTH: 120}
BREAKDOWNS = {
    "area": _("Area of law"),
    "centre": _("Centre"),
    "language": _("Language"),
    "urgency": _("Urgency"),
    "region": _("Region (postcode area)"),
    "state": _("State"),
    "outcome": _("Outcome"),
}


@dataclass(frozen=True)
class InsightFilters:
    start: dt.date  # a Monday (or the 1st of a month)
    end: dt.date  # a Sunday (or the last day of a month), inclusive
    interval: str = WEEK
    centre_id: int | None = None
    centre: str = ""  # the centre's slug, as given
    area: str = ""
    language: str = ""
    by: str = "area"

    def as_record(self) -> dict:
        """The filters as plain values (for the audit trail and the JSON)."""
        record = asdict(self)
        record["start"], record["end"] = self.start.isoformat(), self.end.isoformat()
        del record["centre_id"]
        return record

    def periods(self) -> list[dt.date]:
        """The first day of every period in the range."""
        periods, day = [], self.start
        while day <= self.end:
            periods.append(day)
            day = day + dt.timedelta(days=7) if self.interval == WEEK else next_month(day)
        return periods


def next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def widen(start: dt.date, end: dt.date, interval: str) -> tuple[dt.date, dt.date]:
    if interval == MONTH:
        last = calendar.monthrange(end.year, end.month)[1]
        return start.replace(day=1), end.replace(day=last)
    return start - dt.timedelta(days=start.weekday()), end + dt.timedelta(days=6 - end.weekday())


class InsightFilterForm(forms.Form):
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    interval = forms.ChoiceField(label=_("Show by"), choices=INTERVALS.items(), required=False)
    centre = forms.ChoiceField(label=_("Centre"), required=False)
    area = forms.ChoiceField(label=_("Area of law"), required=False)
    language = forms.ChoiceField(label=_("Language for advice"), required=False)
    by = forms.ChoiceField(label=_("Break down by"), choices=BREAKDOWNS.items(), required=False)

    def __init__(self, data=None, *, scope: InsightScope, today: dt.date | None = None):
        super().__init__(data)
        self.scope = scope
        self.today = today or timezone.localdate()
        self._centres = {c.slug: c.pk for c in scope.centres().only("pk", "slug")}
        names = dict(scope.centres().values_list("slug", "name"))
        everything = _("All centres") if scope.network else _("All my centres")
        self.fields["centre"].choices = [("", everything), *names.items()]
        self.fields["area"].choices = [
            ("", _("All areas")),
            *((a.code, a.name) for a in AreaOfLaw.objects.order_by("sort_order", "code")),
        ]
        self.fields["language"].choices = [
            ("", _("All languages")),
            *sorted(((c, str(n)) for c, n in LANGUAGE_NAMES.items()), key=lambda i: i[1]),
        ]

    def clean(self):
        data = super().clean()
        interval = data.get("interval") or WEEK
        end = data.get("end") or self.today
        start = data.get("start") or end - dt.timedelta(weeks=DEFAULT_WEEKS - 1)
        if start > end:
            raise forms.ValidationError(_("The start date must be on or before the end date."))
        start, end = widen(start, end, interval)
        data.update(start=start, end=end, interval=interval)
        periods = InsightFilters(start=start, end=end, interval=interval).periods()
        if len(periods) > MAX_PERIODS[interval]:
            raise forms.ValidationError(
                _("Choose a shorter range, or show it by month.")
                if interval == WEEK
                else _("Choose a range of ten years or less.")
            )
        return data

    def filters(self) -> InsightFilters:
        """The filters (call after is_valid())."""
        data = self.cleaned_data
        return InsightFilters(
            start=data["start"],
            end=data["end"],
            interval=data["interval"],
            centre_id=self._centres.get(data.get("centre") or ""),
            centre=data.get("centre") or "",
            area=data.get("area") or "",
            language=data.get("language") or "",
            by=data.get("by") or "area",
        )

    def error_messages(self) -> list[str]:
        return [str(message) for messages in self.errors.values() for message in messages]
