"""The caseworker queue PAGE (the admin view, rendered) with 100,000 enquiries.

    DATABASE_URL=postgres://... python bench/queue_page_bench.py [--enquiries 100000]

Seeds a throwaway test database as queue_bench.py does (50 centres, most
enquiries closed, as in a real year), then requests /admin/enquiries/
through Django's test client in-process: every middleware, the session,
Wagtail's admin chrome and menu, the filters and the rendered table, but no
network. Times each case (median, p95) and counts its SQL queries, first
with 1,000 enquiries and then with the full number, so a query count that
grew with the queue would show (an empty page costs one query fewer: no
rows to fetch). Wagtail's own admin home page is timed too, as the floor
any admin page costs on this machine. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import time

from queue_bench import seed, timed  # first: it sets up Django

# isort: split
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_databases,
    teardown_databases,
)

SMALL = 1_000
QUEUE = "/admin/enquiries/"
FLOOR = "/admin/"  # Wagtail's own admin home: what any admin page costs here
CASES = [
    ("caseworker", "admin home (floor)", {}),
    ("caseworker", "open queue", {}),
    ("caseworker", "urgent", {"urgency": "urgent"}),
    ("caseworker", "claimed by me", {"claimed": "me"}),
    ("caseworker", "closed, page 5", {"state": "closed", "p": "5"}),
    ("network admin", "open queue", {}),
    ("network admin", "triage queue", {"centre": "triage"}),
    ("network admin", "closed, page 20", {"state": "closed", "p": "20"}),
]


def clients(caseworker, admin) -> dict[str, Client]:
    from tests.support.staff import staff_login

    return {
        "caseworker": staff_login(Client(), caseworker),
        "network admin": staff_login(Client(), admin),
    }


def matching(client: Client, params: dict) -> int:
    """How many enquiries the case lists (over all its pages)."""
    from django.contrib.auth import get_user_model

    from referrals.selectors import enquiry_queue
    from referrals.views.admin.queue import queue_query

    user = get_user_model().objects.get(pk=client.session["_auth_user_id"])
    state, filters = queue_query({name: value for name, value in params.items() if name != "p"})
    return enquiry_queue(user=user, state=state, filters=filters).count()


def measure(signed_in: dict[str, Client], rounds: int) -> dict[tuple[str, str], tuple]:
    results = {}
    for who, label, params in CASES:
        client = signed_in[who]
        url = FLOOR if label.endswith("(floor)") else QUEUE

        def page(client=client, url=url, params=params):
            response = client.get(url, params)
            assert response.status_code == 200, response.status_code
            return response

        page()  # templates compiled, caches warm
        with CaptureQueriesContext(connection) as captured:
            page()
        queries = len(captured)  # now: the next request resets the connection's log
        median, p95 = timed(page, rounds)
        rows = "" if url == FLOOR else matching(client, params)
        results[(who, label)] = (median, p95, queries, rows)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enquiries", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(7)

    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        caseworker, admin, _centres = seed(SMALL, rng)
        signed_in = clients(caseworker, admin)
        small = measure(signed_in, max(args.rounds // 5, 5))
        started = time.perf_counter()
        seed(args.enquiries - SMALL, rng, first=SMALL)
        print(
            f"Seeded {args.enquiries} enquiries in {time.perf_counter() - started:.1f} s "
            f"({connection.vendor}); {args.rounds} requests per case"
        )
        large = measure(signed_in, args.rounds)
        print(
            f"{'who':<14} {'case':<20} {'rows':>7} {'median ms':>10} {'p95 ms':>8} "
            f"{'queries':>8}   queries (rows) at {SMALL}"
        )
        for (who, label), (median, p95, queries, rows) in large.items():
            print(
                f"{who:<14} {label:<20} {rows!s:>7} {median:>10.1f} {p95:>8.1f} "
                f"{queries:>8}   {small[(who, label)][2]} ({small[(who, label)][3]})"
            )
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
