"""How enquiries flow: time to first claim and first contact (median and
90th percentile), shares referred on, sent to triage and needing an
interpreter, per network and per centre, and capacity used per week."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..models import Centre
from ..routing import LEVEL_TRIAGE
from . import tables
from .enquiries import TOTAL, Counts
from .percentiles import MEDIAN, P90, bucket, percentiles, split_by
from .suppression import SHOWN, derived_status, protect

# Duration buckets counted with the other groupings (see percentiles.py).
BUCKETS = {
    "claim_bucket": bucket("minutes_to_claim"),
    "contact_bucket": bucket("minutes_to_contact"),
}
HISTOGRAMS = [
    ("claim_bucket",),
    ("contact_bucket",),
    ("centre_id", "claim_bucket"),
    ("centre_id", "contact_bucket"),
]
SHARES = {
    "referred_on": Q(referred_on=True),
    "triage": Q(routing_level=LEVEL_TRIAGE),
    "interpreter": Q(interpreter_needed=True),
}


def _share_labels() -> dict:
    return {
        "referred_on": _("Referred on to another centre"),
        "triage": _("Sent to the network triage queue (no centre could take it)"),
        "interpreter": _("Needed an interpreter"),
    }


def _aggregates() -> dict:
    return {
        "n": Count("pk"),
        "claimed": Count("minutes_to_claim"),
        "contacted": Count("minutes_to_contact"),
        **{name: Count("pk", filter=condition) for name, condition in SHARES.items()},
    }


def flow_times_table(found: dict, totals: dict) -> tables.Table:
    """found: the grouped counts, with HISTOGRAMS among them."""
    table = tables.Table(
        name="flow_times",
        title=_("Time from submission to first claim and first contact"),
        description=_("Hours; only enquiries that got that far count."),
        columns=[
            tables.Column("measure", _("Measure")),
            tables.Column("enquiries", _("Enquiries"), tables.COUNT),
            tables.Column("median_hours", _("Median (hours)"), tables.HOURS),
            tables.Column("p90_hours", _("90th percentile (hours)"), tables.HOURS),
        ],
        chart="bars",
        chart_value=2,
    )
    for code, histogram, n_key, label in (
        ("claim", "claim_bucket", "claimed", _("To first claim")),
        ("contact", "contact_bucket", "contacted", _("To first contact")),
    ):
        n = totals[n_key]
        status = derived_status(n)
        values = percentiles(found[(histogram,)]) if status == SHOWN else {}
        table.rows.append(
            [
                tables.label(label, code),
                tables.count(n, status),
                tables.hours(values.get(MEDIAN), status),
                tables.hours(values.get(P90), status),
            ]
        )
    return table


def flow_shares_table(totals: dict, total_status: str) -> tables.Table:
    table = tables.Table(
        name="flow_shares",
        title=_("Referred on, sent to triage and needing an interpreter"),
        columns=[
            tables.Column("measure", _("Measure")),
            tables.Column("enquiries", _("Enquiries"), tables.COUNT),
            tables.Column("share", _("Share of enquiries"), tables.PERCENT),
        ],
        chart="bars",
        chart_value=2,
    )
    n = totals["n"]
    for code, label in _share_labels().items():
        yes = totals[code]
        values = {"yes": yes, "no": n - yes, TOTAL: n}
        status = protect(values, [list(values)], seeded={TOTAL: total_status})
        table.rows.append(
            [
                tables.label(label, code),
                tables.count(yes, status["yes"]),
                tables.percent(yes, n, derived_status(status["yes"], status["no"], total_status)),
            ]
        )
    return table


def network_totals(facts: QuerySet) -> dict:
    return facts.order_by().aggregate(**_aggregates())


def by_centre_table(
    facts: QuerySet, found: dict, centres: Counts, names: dict, codes: dict
) -> tables.Table:
    """Centres side by side (a manager sees the centres they manage)."""
    rows = {
        row["centre_id"]: row
        for row in facts.filter(centre_id__isnull=False)
        .values("centre_id")
        .annotate(**_aggregates())
        .order_by()
    }
    claims = split_by(found[("centre_id", "claim_bucket")])
    contacts = split_by(found[("centre_id", "contact_bucket")])
    table = tables.Table(
        name="flow_by_centre",
        title=_("Centres compared"),
        columns=[
            tables.Column("centre", _("Centre")),
            tables.Column("enquiries", _("Enquiries"), tables.COUNT),
            tables.Column("claim_median_hours", _("Median hours to first claim"), tables.HOURS),
            tables.Column(
                "claim_p90_hours", _("90th percentile hours to first claim"), tables.HOURS
            ),
            tables.Column("contact_median_hours", _("Median hours to first contact"), tables.HOURS),
            tables.Column(
                "contact_p90_hours", _("90th percentile hours to first contact"), tables.HOURS
            ),
            tables.Column("referred_on_share", _("Referred on"), tables.PERCENT),
            tables.Column("interpreter_share", _("Needed an interpreter"), tables.PERCENT),
        ],
        chart="bars",
        chart_value=4,
    )
    ids = sorted(rows, key=lambda i: str(names.get(i, "")))
    for centre_id in ids:
        row = rows[centre_id]
        n, n_status = row["n"], centres.status.get(centre_id, SHOWN)
        claim_status = derived_status(n_status, row["claimed"])
        contact_status = derived_status(n_status, row["contacted"])
        found_claim = percentiles(claims.get(centre_id, {}))
        found_contact = percentiles(contacts.get(centre_id, {}))
        table.rows.append(
            [
                tables.label(names.get(centre_id, ""), codes.get(centre_id, str(centre_id))),
                tables.count(n, n_status),
                tables.hours(found_claim.get(MEDIAN), claim_status),
                tables.hours(found_claim.get(P90), claim_status),
                tables.hours(found_contact.get(MEDIAN), contact_status),
                tables.hours(found_contact.get(P90), contact_status),
                *(
                    tables.percent(row[key], n, derived_status(n_status, row[key], n - row[key]))
                    for key in ("referred_on", "interpreter")
                ),
            ]
        )
    return table


def capacity_table(facts: QuerySet, centre_names) -> tables.Table:
    """Enquiries that came to each centre per week against its weekly
    capacity today (capacity history is not kept)."""
    table = tables.Table(
        name="capacity",
        title=_("Capacity used per centre per week"),
        description=_(
            "Counts only enquiries whose senders agreed to statistics, so the real use is "
            "at least this."
        ),
        columns=[
            tables.Column("week", _("Week beginning")),
            tables.Column("centre", _("Centre")),
            tables.Column("enquiries", _("Enquiries"), tables.COUNT),
            tables.Column("capacity", _("Weekly capacity"), tables.NUMBER),
            tables.Column("used", _("Capacity used"), tables.PERCENT),
        ],
    )
    capacities = dict(Centre.objects.values_list("pk", "weekly_capacity"))
    slugs = dict(Centre.objects.values_list("pk", "slug"))
    found = list(
        facts.filter(centre_id__isnull=False)
        .values_list("assigned_week", "centre_id")
        .annotate(n=Count("pk"))
        .order_by("assigned_week")
    )
    names = centre_names({centre_id for _week, centre_id, _n in found})
    for week, centre_id, n in sorted(found, key=lambda r: (r[0], str(names.get(r[1], "")))):
        capacity = capacities.get(centre_id)
        status = derived_status(n)
        table.rows.append(
            [
                tables.label(date_format(week, "j M Y"), week.isoformat()),
                tables.label(names.get(centre_id, ""), slugs.get(centre_id, str(centre_id))),
                tables.count(n, status),
                tables.number(capacity),
                tables.percent(n, capacity or 0, status),
            ]
        )
    return table
