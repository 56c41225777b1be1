"""The insight dashboard with 1,000,000 anonymised facts on PostgreSQL.

    DATABASE_URL=postgres://... python bench/insight_bench.py [--facts 1000000]

Creates a throwaway test database (test_<name>, dropped afterwards), inserts
the facts with one INSERT ... SELECT over generate_series (three years of
enquiries over 20 centres, 8% to triage), then renders the dashboard page
(the whole admin response, as a network admin and as a centre manager) and
the JSON endpoint for several filters. Prints median and worst timings and
the number of SQL queries; asserts nothing. The goal: under one second.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings, setup_databases, teardown_databases  # noqa: E402
from django.utils import timezone  # noqa: E402

AREAS = ["housing", "benefits", "employment", "immigration", "debt", "family", "discrimination"]
LANGUAGES = ["en"] * 12 + ["pl", "ar", "cy", "ur", "bn", "so", "ro", "pa", "yue", "ti", "vi"]
REGIONS = ["E", "N", "SE", "SW", "W", "M", "B", "LS", "CF", "SA", "BS", "NE", "L", "S", "NG", ""]
STATES = ["closed"] * 12 + [
    "routed",
    "claimed",
    "contacted",
    "accepted",
    "withdrawn",
    "referred_on",
]
OUTCOMES = ["advice_given", "casework_completed", "signposted", "legal_aid_case_opened"]

INSERT = """
INSERT INTO referrals_enquiryfact (
    submitted_on, week, month, area, sub_category, advice_language, site_language,
    interpreter_requested, postcode_area, postcode_status, routing_level, triage_reason,
    centre_id, centre_name, assigned_week, state, outcome, urgent, interpreter_needed,
    referred_on, minutes_to_claim, minutes_to_contact, closed_on, synthetic, updated_at
)
SELECT
    d, date_trunc('week', d)::date, date_trunc('month', d)::date,
    (%(areas)s::text[])[1 + floor(random() * %(n_areas)s)::int], '',
    lang, 'en', lang <> 'en' AND random() < 0.5,
    (%(regions)s::text[])[1 + floor(random() * %(n_regions)s)::int], 'given',
    CASE WHEN centre IS NULL THEN 'triage' ELSE 'area_coverage_language' END,
    CASE WHEN centre IS NULL THEN 'no_coverage' ELSE '' END,
    centre, CASE WHEN centre IS NULL THEN '' ELSE 'Centre ' || centre END,
    date_trunc('week', d)::date, state,
    CASE WHEN state = 'closed'
         THEN (%(outcomes)s::text[])[1 + floor(random() * %(n_outcomes)s)::int] ELSE '' END,
    random() < 0.2, lang <> 'en' AND random() < 0.6, state = 'referred_on',
    CASE WHEN state <> 'routed' THEN (exp(5.5 + random() * 2))::int END,
    CASE WHEN state IN ('closed', 'contacted', 'accepted') THEN (exp(7 + random() * 2))::int END,
    CASE WHEN state = 'closed' THEN d + (random() * 30)::int END,
    true, now()
FROM (
    SELECT
        current_date - (random() * 1095)::int AS d,
        (%(languages)s::text[])[1 + floor(random() * %(n_languages)s)::int] AS lang,
        CASE WHEN random() < 0.08 THEN NULL
             ELSE (%(centres)s::bigint[])[1 + floor(random() * %(n_centres)s)::int] END AS centre,
        (%(states)s::text[])[1 + floor(random() * %(n_states)s)::int] AS state
    FROM generate_series(1, %(count)s)
) AS generated
ORDER BY d  -- facts are written as enquiries arrive: in date order on disk
"""


def seed(count: int):
    from referrals.models import CENTRE_STAFF_GROUP, EnquiryFact
    from referrals.services.staff import ensure_staff_groups
    from tests.referrals.factories import CentreFactory, caseworker, network_admin

    centres = [CentreFactory(slug=f"centre-{n:02d}", name=f"Centre {n:02d}") for n in range(20)]
    arrays = {
        "areas": AREAS,
        "languages": LANGUAGES,
        "regions": REGIONS,
        "states": STATES,
        "outcomes": OUTCOMES,
        "centres": [c.pk for c in centres],
    }
    params = {**arrays, **{f"n_{k}": len(v) for k, v in arrays.items()}, "count": count}
    with connection.cursor() as cursor:
        cursor.execute(INSERT, params)
        cursor.execute("VACUUM ANALYZE referrals_enquiryfact")
    manager = caseworker(centres[0], "bench-manager", role="manager")
    manager.groups.add(ensure_staff_groups()[CENTRE_STAFF_GROUP])
    return network_admin("bench-admin"), manager, EnquiryFact.objects.count()


def timed(function, rounds: int) -> tuple[float, float, int]:
    queries = []
    with connection.execute_wrapper(lambda execute, *args: queries.append(1) or execute(*args)):
        function()
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000, max(timings) * 1000, len(queries)


CASES = [
    ("default: last 13 weeks by week", {}),
    ("one year by month", {"start": -365, "interval": "month"}),
    ("three years by month", {"start": -1100, "interval": "month"}),
    ("three years, housing, Polish", {"start": -1100, "interval": "month", "area": "housing",
                                      "language": "pl"}),
]  # fmt: skip


def query_for(case: dict) -> dict:
    query = dict(case)
    if "start" in query:  # days before today
        query["start"] = (timezone.localdate() + dt.timedelta(days=query["start"])).isoformat()
    return query


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL=postgres://... : this benchmark is for PostgreSQL.")
    from tests.support.staff import staff_login

    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        started = time.perf_counter()
        admin, manager, count = seed(args.facts)
        print(f"Inserted {count:,} facts in {time.perf_counter() - started:.1f} s")
        for who, user in (("network admin", admin), ("centre manager", manager)):
            client = Client()
            staff_login(client, user)
            for label, case in CASES:
                query = query_for(case)

                def page(client=client, query=query):
                    response = client.get("/admin/insight/", query)
                    assert response.status_code == 200, response.status_code
                    return response

                median, worst, queries = timed(page, args.rounds)
                print(
                    f"dashboard page, {who}, {label}: median {median:.0f} ms, "
                    f"worst {worst:.0f} ms, {queries} SQL queries"
                )
            median, worst, _queries = timed(
                lambda client=client: client.get("/api/v1/staff/statistics/"), args.rounds
            )
            print(f"JSON endpoint, {who}, default: median {median:.0f} ms, worst {worst:.0f} ms")
        client = Client()
        staff_login(client, admin)
        with override_settings(INSIGHT_CACHE_SECONDS=300):
            client.get("/admin/insight/")  # fills the cache
            median, worst, queries = timed(lambda: client.get("/admin/insight/"), args.rounds)
        print(
            f"dashboard page, network admin, default, report cached: median {median:.0f} ms, "
            f"worst {worst:.0f} ms, {queries} SQL queries"
        )
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
