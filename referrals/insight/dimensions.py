"""What enquiries are broken down by: the fact column and how its values are
named (in the active language) and ordered."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from knowledge.models import AreaOfLaw

from ..languages import language_name
from ..models import Centre, EnquiryFact, OutcomeCode
from ..states import State
from .filters import BREAKDOWNS


@dataclass(frozen=True)
class Dimension:
    key: str
    field: str
    # Names for the values found (one query at most); keyed by value.
    names: Callable[[Iterable], dict]
    # A fixed order of values (states), else by count.
    order: tuple = ()
    # Stable codes for exports and the JSON, when the value is not one.
    codes: Callable[[Iterable], dict] | None = None

    @property
    def title(self) -> str:
        return str(BREAKDOWNS[self.key])


def _area_names(codes: Iterable) -> dict:
    codes = list(codes)
    names = dict(AreaOfLaw.objects.filter(code__in=list(codes)).values_list("code", "name"))
    return {code: names.get(code) or (code if code else str(_("No area chosen"))) for code in codes}


def _centre_names(ids: Iterable) -> dict:
    ids = list(ids)
    names = dict(Centre.objects.filter(pk__in=[i for i in ids if i]).values_list("pk", "name"))
    missing = [i for i in ids if i and i not in names]
    if missing:  # deleted centres keep the name they had
        names.update(
            EnquiryFact.objects.filter(centre_id__in=missing)
            .values_list("centre_id")
            .annotate(name=Max("centre_name"))
            .order_by()
        )
    return {i: names.get(i, "") if i else str(_("Network triage queue (no centre)")) for i in ids}


def _centre_codes(ids: Iterable) -> dict:
    ids = list(ids)
    slugs = dict(Centre.objects.filter(pk__in=[i for i in ids if i]).values_list("pk", "slug"))
    return {i: slugs.get(i, f"deleted-{i}") if i else "triage" for i in ids}


def _language_names(codes: Iterable) -> dict:
    return {code: language_name(code) for code in codes}


def _urgency_names(values: Iterable) -> dict:
    return {value: str(_("Urgent") if value else _("Not urgent")) for value in values}


def _region_names(codes: Iterable) -> dict:
    return {code: code or str(_("No postcode given")) for code in codes}


def _state_names(states: Iterable) -> dict:
    return {state: str(State(state).label) if state in State.values else state for state in states}


def _outcome_names(codes: Iterable) -> dict:
    codes = list(codes)
    names = dict(OutcomeCode.objects.filter(code__in=codes).values_list("code", "label"))
    return {code: names.get(code) or (code if code else str(_("No outcome yet"))) for code in codes}


DIMENSIONS = {
    d.key: d
    for d in (
        Dimension("area", "area", _area_names),
        Dimension("centre", "centre_id", _centre_names, codes=_centre_codes),
        Dimension("language", "advice_language", _language_names),
        Dimension("urgency", "urgent", _urgency_names, order=(True, False)),
        Dimension("region", "postcode_area", _region_names),
        Dimension("state", "state", _state_names, order=tuple(State.values)),
        Dimension("outcome", "outcome", _outcome_names),
    )
}


def code_of(value) -> str:
    """A value as a stable code for exports and the JSON ("" for none)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "urgent" if value else "not_urgent"
    return str(value)
