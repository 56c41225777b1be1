"""Where an enquiry goes: a pure function of its facts, the centres (with
their load this week) and the time.

``route()`` reads nothing else (no database, no settings, no clock) and
writes nothing, so the same inputs always give the same decision, and a
network admin's "what if" (`route_enquiry`) is exactly what a submission
does.

The fallback chain (``level``), first match wins:

1. ``area_coverage_language``: handles the area of law, covers the postcode
   (national specialists cover everywhere) and speaks the person's language;
2. ``area_coverage_interpreter``: handles the area, covers the postcode
   locally, with an interpreter;
3. ``national_specialist``: a national specialist in the area, with an
   interpreter;
4. ``triage``: the network triage queue (``chosen`` is None), so no enquiry
   is ever unrouted.

Urgent enquiries only go to centres that take urgent cases and are open, or
open within ``policy.urgent_opens_within``. A centre with no weekly slots
left ranks below every centre with some, whatever its level. Within a level
the most specific coverage wins (sector, then district, then area, then
national), then free capacity; exact ties break by slug.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .languages import language_name
from .opening_hours import time_until_open
from .postcodes import AREA, DISTRICT, SECTOR, Postcode, coverage_match

LEVEL_LANGUAGE = "area_coverage_language"
LEVEL_INTERPRETER = "area_coverage_interpreter"
LEVEL_NATIONAL = "national_specialist"
LEVEL_TRIAGE = "triage"
LEVELS = (LEVEL_LANGUAGE, LEVEL_INTERPRETER, LEVEL_NATIONAL, LEVEL_TRIAGE)
TRIAGE = "triage"
NATIONAL = "national"

_SPECIFICITY = {SECTOR: 1.0, DISTRICT: 0.8, AREA: 0.6, NATIONAL: 0.4}
# Weights keep the order: language, then coverage specificity (steps of
# 0.12), then free capacity (at most 0.1), so the score reads as the rank.
_W_LANGUAGE, _W_COVERAGE, _W_CAPACITY = 0.3, 0.6, 0.1


@dataclass(frozen=True)
class RoutingFacts:
    """What routing may know about an enquiry (nothing that identifies anyone)."""

    area: str | None
    postcode: Postcode | None = None
    language: str = "en"
    urgent: bool = False
    exclude: frozenset[str] = frozenset()  # centres never to choose (e.g. referring on)


@dataclass(frozen=True)
class CentreSnapshot:
    """A centre as routing sees it, with how many enquiries it got this week."""

    slug: str
    name: str
    areas: frozenset[str]
    coverage: tuple[str, ...]
    national: bool
    languages: frozenset[str]
    weekly_capacity: int
    load: int
    accepts_urgent: bool
    opening_hours: Mapping[str, tuple[dt.time, dt.time]] = field(default_factory=dict)
    active: bool = True

    @property
    def free_slots(self) -> int:
        return max(self.weekly_capacity - self.load, 0)


@dataclass(frozen=True)
class RoutingPolicy:
    urgent_opens_within: dt.timedelta = dt.timedelta(hours=18)
    # Languages the network triage team works in (else an interpreter is flagged).
    network_languages: frozenset[str] = frozenset({"en"})


REASON_TEXTS = {
    "covers": _("covers %(prefix)s"),
    "national": _("national specialist: covers everywhere"),
    "speaks": _("speaks %(language)s"),
    "interpreter": _("needs a %(language)s interpreter"),
    "specialist": _("%(area)s specialist"),
    "slots_free": _("%(free)s of %(capacity)s weekly slots free"),
    "no_slots": _("no weekly slots left (%(load)s of %(capacity)s used)"),
    "open_now": _("takes urgent cases; open now"),
    "no_area": _("no area of law was chosen"),
    "no_centre_for_area": _("no active centre handles %(area)s"),
    "no_coverage": _("no centre handling %(area)s covers this postcode"),
    "no_postcode": _("no postcode given and no national specialist handles %(area)s"),
    "none_open_for_urgent": _("no centre that takes urgent cases is open soon enough"),
}


@dataclass(frozen=True)
class Reason:
    """A reason as a code and parameters, so it can be shown in any language."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, area_names: Mapping[str, str] | None = None) -> str:
        params = dict(self.params)
        if "language" in params:
            params["language"] = language_name(params["language"])
        if "area" in params:
            params["area"] = (area_names or {}).get(params["area"], params["area"])
        if self.code == "opens_in":
            hours = int(params["hours"])
            return ngettext(
                "takes urgent cases; opens within %(hours)s hour",
                "takes urgent cases; opens within %(hours)s hours",
                hours,
            ) % {"hours": hours}
        return str(REASON_TEXTS[self.code]) % params

    def __str__(self) -> str:
        return self.text()

    def as_record(self) -> dict:
        return {"code": self.code, "params": dict(self.params)}


@dataclass(frozen=True)
class RankedCentre:
    centre: str
    score: float
    level: str
    has_capacity: bool
    speaks_language: bool
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class RoutingDecision:
    chosen: str | None  # a centre slug, or None for the triage queue
    level: str
    interpreter_needed: bool
    ranked: tuple[RankedCentre, ...]
    reasons: tuple[Reason, ...] = ()  # why the triage queue, when it is

    def as_json(self, area_names: Mapping[str, str] | None = None) -> dict:
        """The public shape printed by `route_enquiry` (reasons as text)."""
        return {
            "chosen": self.chosen or TRIAGE,
            "level": self.level,
            "interpreter_needed": self.interpreter_needed,
            "ranked": [
                {
                    "centre": r.centre,
                    "score": round(r.score, 2),
                    "reasons": [reason.text(area_names) for reason in r.reasons],
                }
                for r in self.ranked
            ],
        }

    def as_record(self) -> dict:
        """What an enquiry stores: reasons as codes and parameters."""
        return {
            "chosen": self.chosen or TRIAGE,
            "level": self.level,
            "interpreter_needed": self.interpreter_needed,
            "reasons": [reason.as_record() for reason in self.reasons],
            "ranked": [
                {
                    "centre": r.centre,
                    "score": round(r.score, 4),
                    "level": r.level,
                    "reasons": [reason.as_record() for reason in r.reasons],
                }
                for r in self.ranked
            ],
        }


def reason_from_record(record: Mapping) -> Reason:
    return Reason(code=record["code"], params=dict(record.get("params") or {}))


def route(
    facts: RoutingFacts,
    centres: Iterable[CentreSnapshot],
    as_of: dt.datetime,
    policy: RoutingPolicy | None = None,
) -> RoutingDecision:
    """Rank the centres that can take the enquiry and choose the first."""
    if as_of.tzinfo is None:
        raise ValueError("as_of must be timezone-aware.")
    policy = policy or RoutingPolicy()
    ranked: list[tuple[tuple, RankedCentre]] = []
    seen = {"area": 0, "covering": 0}
    for centre in centres:
        if not centre.active or centre.slug in facts.exclude:
            continue
        if facts.area is None or facts.area not in centre.areas:
            continue
        seen["area"] += 1
        local = coverage_match(facts.postcode, centre.coverage)
        if local is None and not centre.national:
            continue
        seen["covering"] += 1
        wait = _urgent_wait(centre, facts, as_of, policy)
        if wait is False:
            continue
        candidate = _assess(centre, facts, local, wait)
        key = (
            not candidate.has_capacity,
            LEVELS.index(candidate.level),
            -round(candidate.score, 9),
            -centre.free_slots,
            centre.slug,
        )
        ranked.append((key, candidate))
    ranked.sort(key=lambda pair: pair[0])
    ordered = tuple(candidate for _key, candidate in ranked)
    if not ordered:
        return RoutingDecision(
            chosen=None,
            level=LEVEL_TRIAGE,
            interpreter_needed=facts.language not in policy.network_languages,
            ranked=(),
            reasons=(_triage_reason(facts, seen),),
        )
    best = ordered[0]
    return RoutingDecision(
        chosen=best.centre,
        level=best.level,
        interpreter_needed=not best.speaks_language,
        ranked=ordered,
    )


def _urgent_wait(centre, facts, as_of, policy) -> dt.timedelta | None | bool:
    """None when not urgent; False when the centre cannot take it; else the wait."""
    if not facts.urgent:
        return None
    if not centre.accepts_urgent:
        return False
    wait = time_until_open(centre.opening_hours, as_of)
    if wait is None or wait > policy.urgent_opens_within:
        return False
    return wait


def _assess(centre, facts, local, wait) -> RankedCentre:
    speaks = facts.language in centre.languages
    if speaks:
        level = LEVEL_LANGUAGE
    else:
        level = LEVEL_INTERPRETER if local else LEVEL_NATIONAL
    reasons = [
        Reason("covers", {"prefix": local[0], "kind": local[1]}) if local else Reason("national"),
        Reason("speaks" if speaks else "interpreter", {"language": facts.language}),
        Reason("specialist", {"area": facts.area}),
    ]
    if wait is not None:
        hours = math.ceil(wait.total_seconds() / 3600)
        reasons.append(Reason("open_now") if hours == 0 else Reason("opens_in", {"hours": hours}))
    free = centre.free_slots
    if free:
        reasons.append(Reason("slots_free", {"free": free, "capacity": centre.weekly_capacity}))
    else:
        reasons.append(
            Reason("no_slots", {"load": centre.load, "capacity": centre.weekly_capacity})
        )
    capacity_share = free / centre.weekly_capacity if centre.weekly_capacity else 0.0
    score = (
        _W_LANGUAGE * speaks
        + _W_COVERAGE * _SPECIFICITY[local[1] if local else NATIONAL]
        + _W_CAPACITY * capacity_share
    )
    return RankedCentre(
        centre=centre.slug,
        score=score,
        level=level,
        has_capacity=free > 0,
        speaks_language=speaks,
        reasons=tuple(reasons),
    )


def _triage_reason(facts: RoutingFacts, seen: dict) -> Reason:
    if facts.area is None:
        return Reason("no_area")
    if not seen["area"]:
        return Reason("no_centre_for_area", {"area": facts.area})
    if not seen["covering"]:
        code = "no_coverage" if facts.postcode else "no_postcode"
        return Reason(code, {"area": facts.area})
    return Reason("none_open_for_urgent")
