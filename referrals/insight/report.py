"""Every statistics table for a scope and filters, in dashboard order.

The dashboard, each export and the JSON endpoint build the same report, so
a figure (and its suppression) is the same everywhere. Counting happens in
the database (GROUP BY); Python only arranges the grouped rows.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import QuerySet
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ..models import EnquiryFact
from . import content, enquiries, flow, unmet
from .access import InsightScope
from .dimensions import DIMENSIONS
from .filters import InsightFilters
from .grouping import grouped_counts
from .suppression import primary_status
from .tables import Table

logger = logging.getLogger(__name__)

ENQUIRY_TABLES = ("over_time", "over_time_by", *(f"by_{key}" for key in DIMENSIONS))
FLOW_TABLES = ("flow_times", "flow_shares", "flow_by_centre", "capacity")
UNMET_TABLES = ("unmet_places", "unmet_languages")
CONTENT_TABLES = ("top_guides", "get_help_sources", "zero_result_searches")
TABLE_NAMES = (*ENQUIRY_TABLES, *FLOW_TABLES, *UNMET_TABLES, *CONTENT_TABLES)


@dataclass
class Section:
    key: str
    title: str
    tables: list[Table] = field(default_factory=list)


@dataclass
class Report:
    scope: InsightScope
    filters: InsightFilters
    total: int
    total_status: str
    sections: list[Section]
    synthetic: bool = False  # made-up demo facts are among those counted

    @property
    def tables(self) -> dict[str, Table]:
        return {table.name: table for section in self.sections for table in section.tables}


def scoped_facts(*, scope: InsightScope, filters: InsightFilters) -> QuerySet[EnquiryFact]:
    """Facts the scope may see, with the centre, area and language filters
    (not the dates: tables choose which date they filter on)."""
    facts = EnquiryFact.objects.all()
    if not scope.network:
        facts = facts.filter(centre_id__in=scope.centre_ids)
    if filters.centre_id:
        facts = facts.filter(centre_id=filters.centre_id)
    if filters.area:
        facts = facts.filter(area=filters.area)
    if filters.language:
        facts = facts.filter(advice_language=filters.language)
    return facts


def insight_report(*, scope: InsightScope, filters: InsightFilters) -> Report:
    everything = scoped_facts(scope=scope, filters=filters)
    facts = everything.filter(submitted_on__range=(filters.start, filters.end))
    counted = facts.annotate(**flow.BUCKETS)
    totals = flow.network_totals(facts)
    total = totals["n"]
    total_status = primary_status(total)

    by = DIMENSIONS[filters.by]
    period = enquiries.period_field(filters)
    found = grouped_counts(
        counted,
        [
            *((d.field,) for d in DIMENSIONS.values()),
            (period,),
            (period, by.field),
            *flow.HISTOGRAMS,
        ],
    )
    breakdowns, names, codes = {}, {}, {}
    for key, dimension in DIMENSIONS.items():
        counts = found[(dimension.field,)]
        breakdowns[key] = enquiries.protected_counts(counts, total, total_status)
        names[key] = dimension.names(counts)
        codes[key] = dimension.codes(counts) if dimension.codes else {}
    periods = enquiries.over_time(found[(period,)], filters, total_status)

    enquiry_section = Section("enquiries", _("Enquiries"))
    enquiry_section.tables = [
        enquiries.over_time_table(periods, filters),
        enquiries.crosstab_table(
            found[(period, by.field)],
            filters,
            by,
            periods,
            breakdowns[by.key],
            names[by.key],
            codes[by.key],
        ),
        *(
            enquiries.breakdown_table(dimension, breakdowns[key], names[key], codes[key])
            for key, dimension in DIMENSIONS.items()
        ),
    ]

    centres = breakdowns["centre"]
    assigned = everything.filter(assigned_week__range=(filters.start, filters.end))
    flow_section = Section("flow", _("Flow"))
    flow_section.tables = [
        flow.flow_times_table(found, totals),
        flow.flow_shares_table(totals, total_status),
        flow.by_centre_table(facts, found, centres, names["centre"], codes["centre"]),
        flow.capacity_table(assigned, DIMENSIONS["centre"].names),
    ]

    sections = [enquiry_section, flow_section]
    if scope.network:
        unmet_section = Section("unmet", _("Unmet need"))
        unmet_section.tables = [
            unmet.places_table(facts, DIMENSIONS["area"].names),
            unmet.languages_table(facts, breakdowns["language"]),
        ]
        sections.append(unmet_section)
    content_section = Section("content", _("Content"))
    content_section.tables = [
        content.top_guides_table(filters),
        content.get_help_sources_table(filters),
        content.zero_result_searches_table(filters),
    ]
    sections.append(content_section)
    synthetic = facts.filter(synthetic=True).exists()
    return Report(scope, filters, total, total_status, sections, synthetic)


def cached_report(*, scope: InsightScope, filters: InsightFilters) -> Report:
    """insight_report, kept for INSIGHT_CACHE_SECONDS per scope, filters and
    language: statistics need not be up to the second, and an export right
    after viewing the dashboard then costs nothing."""
    seconds = settings.INSIGHT_CACHE_SECONDS
    if not seconds:
        return insight_report(scope=scope, filters=filters)
    identity = [scope.network, sorted(scope.centre_ids), filters.as_record(), get_language()]
    key = "signpost:insight:" + hashlib.sha256(json.dumps(identity).encode()).hexdigest()
    try:
        report = cache.get(key)
    except Exception:
        logger.warning("insight cache unavailable for reads", exc_info=True)
        report = None
    if report is None:
        report = insight_report(scope=scope, filters=filters)
        try:
            cache.set(key, report, seconds)
        except Exception:
            logger.warning("insight cache unavailable for writes", exc_info=True)
    return report
