"""The caseworker queue selectors with 100,000 enquiries.

    DATABASE_URL=postgres://... python bench/queue_bench.py [--enquiries 100000]

Creates a throwaway test database (test_<name>, dropped afterwards), fills
it with enquiries spread over 50 centres (most of them closed, as in a
real year), then times a queue page (25 rows) and the state counts for a
caseworker and for a network admin, and prints the query plan. Prints
figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_databases, teardown_databases  # noqa: E402

STATES = ["closed"] * 14 + ["withdrawn", "spam", "routed", "claimed", "contacted", "accepted"]


def seed(count: int, rng: random.Random, *, first: int = 0):
    """Add count enquiries (numbered from first, so it can be called again to grow)."""
    from knowledge.models import AreaOfLaw
    from referrals.models import Centre, Enquiry, QuestionnaireVersion
    from tests.referrals.factories import CentreFactory, caseworker, network_admin

    centres = [CentreFactory(slug=f"centre-{n:02d}") for n in range(50)]
    user = caseworker(centres[0], "bench-caseworker")
    areas = list(AreaOfLaw.objects.all())
    version = QuestionnaireVersion.objects.order_by("-number").first()
    start = dt.datetime(2025, 11, 1, tzinfo=dt.UTC)
    batch = []
    for index in range(first, first + count):
        submitted = start + dt.timedelta(minutes=5 * index)
        key_date = (
            (submitted + dt.timedelta(days=rng.randint(1, 60))).date()
            if rng.random() < 0.3
            else None
        )
        batch.append(
            Enquiry(
                reference=f"SP-{index:08d}",
                status_secret_hash="x",
                state=rng.choice(STATES),
                language="en",
                area=rng.choice(areas),
                urgent=rng.random() < 0.1,
                next_key_date=key_date,
                centre=rng.choice(centres) if rng.random() < 0.97 else None,
                questionnaire_version=version,
                submitted_at=submitted,
                assigned_at=submitted,
            )
        )
        if len(batch) == 5000:
            Enquiry.objects.bulk_create(batch)
            batch = []
    Enquiry.objects.bulk_create(batch)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # As autovacuum keeps a live table: statistics and the visibility map.
            cursor.execute("VACUUM ANALYZE referrals_enquiry")
    return user, network_admin("bench-admin"), Centre.objects.count()


def timed(function, rounds=50):
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    timings.sort()
    return statistics.median(timings) * 1000, timings[int(len(timings) * 0.95)] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enquiries", type=int, default=100_000)
    args = parser.parse_args()
    from referrals.selectors import enquiry_queue, enquiry_state_counts

    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        started = time.perf_counter()
        caseworker, admin, centres = seed(args.enquiries, random.Random(7))
        print(
            f"Seeded {args.enquiries} enquiries over {centres} centres "
            f"in {time.perf_counter() - started:.1f} s ({connection.vendor})"
        )
        for label, user in (("caseworker (1 centre)", caseworker), ("network admin", admin)):

            def page(user=user):
                return [
                    (e.reference, e.centre_id and e.centre.name, e.area.name)
                    for e in enquiry_queue(user=user)[:25]
                ]

            def counts(user=user):
                return enquiry_state_counts(user=user)

            with CaptureQueriesContext(connection) as captured:
                page()
                counts()
            median, p95 = timed(page)
            c_median, c_p95 = timed(counts)
            print(
                f"{label}: queue page median {median:.1f} ms, p95 {p95:.1f} ms; "
                f"state counts median {c_median:.1f} ms, p95 {c_p95:.1f} ms; "
                f"{len(captured)} queries"
            )
            if connection.vendor == "postgresql":
                sql, params = enquiry_queue(user=user)[:25].query.sql_with_params()
                with connection.cursor() as cursor:
                    cursor.execute("EXPLAIN " + sql, params)
                    print("  plan: " + " / ".join(row[0].strip() for row in cursor.fetchall()[:4]))
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
