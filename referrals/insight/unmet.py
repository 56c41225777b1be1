"""Unmet need: where no centre covers the area of law and the place, and
which languages people ask for that no active centre speaks."""

from __future__ import annotations

from collections import Counter

from django.db.models import Count, QuerySet
from django.utils.translation import gettext as _

from ..languages import language_name
from ..models import Centre
from ..routing import LEVEL_TRIAGE
from . import tables
from .enquiries import TOTAL, Counts
from .suppression import SHOWN, protect

# Triage reasons that mean "nobody covers this area of law here".
NO_COVER_REASONS = ("no_centre_for_area", "no_coverage", "no_postcode")


def places_table(facts: QuerySet, area_names: dict) -> tables.Table:
    table = tables.Table(
        name="unmet_places",
        title=_("No centre covers the area of law and place"),
        description=_(
            "Enquiries sent to the network triage queue because no active centre handles that "
            "area of law where the person lives (or, with no postcode, nationally)."
        ),
        columns=[
            tables.Column("area", _("Area of law")),
            tables.Column("region", _("Region (postcode area)")),
            tables.Column("enquiries", _("Enquiries"), tables.COUNT),
        ],
        chart="bars",
        chart_value=2,
    )
    found = dict(
        ((area, region), n)
        for area, region, n in facts.filter(
            routing_level=LEVEL_TRIAGE, triage_reason__in=NO_COVER_REASONS
        )
        .values_list("area", "postcode_area")
        .annotate(n=Count("pk"))
        .order_by()
    )
    total = sum(found.values())
    values = {**found, TOTAL: total}
    status = protect(values, [list(values)])
    names = area_names(a for a, _region in found)
    no_region = _("No postcode given")
    shown = sorted(
        (k for k in found if status[k] == SHOWN), key=lambda k: (-found[k], str(names[k[0]]), k[1])
    )
    hidden = sorted(
        (k for k in found if status[k] != SHOWN), key=lambda k: (str(names[k[0]]), k[1])
    )
    for area, region in shown + hidden:
        table.rows.append(
            [
                tables.label(names[area], area),
                tables.label(region or no_region, region),
                tables.count(found[(area, region)], status[(area, region)]),
            ]
        )
    table.rows.append(
        [tables.label(_("Total"), "total"), tables.label(""), tables.count(total, status[TOTAL])]
    )
    return table


def languages_table(facts: QuerySet, by_language: Counts) -> tables.Table:
    """Languages asked for: how many needed an interpreter and how many
    active centres speak it; those no centre speaks first."""
    speakers = Counter(
        code for languages in Centre.objects.filter(active=True).values_list("languages", flat=True)
        for code in languages or ()
    )  # fmt: skip
    needed = dict(
        facts.filter(interpreter_needed=True)
        .values_list("advice_language")
        .annotate(n=Count("pk"))
        .order_by()
    )
    table = tables.Table(
        name="unmet_languages",
        title=_("Languages asked for"),
        description=_("Languages that no active centre speaks come first."),
        columns=[
            tables.Column("language", _("Language for advice")),
            tables.Column("enquiries", _("Enquiries"), tables.COUNT),
            tables.Column("interpreter", _("Needed an interpreter"), tables.COUNT),
            tables.Column("centres", _("Active centres that speak it"), tables.NUMBER),
        ],
        chart="bars",
        chart_value=2,
    )

    def order(code):
        shown = by_language.status[code] == SHOWN
        return (
            speakers[code] > 0,
            not shown,
            -by_language.counts[code] if shown else 0,
            language_name(code),
        )

    for code in sorted(by_language.counts, key=order):
        n, yes = by_language.counts[code], needed.get(code, 0)
        values = {"yes": yes, "no": n - yes, TOTAL: n}
        status = protect(values, [list(values)], seeded={TOTAL: by_language.status[code]})
        table.rows.append(
            [
                tables.label(language_name(code), code),
                tables.count(n, by_language.status[code]),
                tables.count(yes, status["yes"]),
                tables.number(speakers[code]),
            ]
        )
    return table
