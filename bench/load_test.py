"""Load test of the production stack (make serve-prod), with locust.

    make load                                    # the issue's target rates, 60 s
    .venv/bin/python bench/load_test.py --duration 60 --guides 100 --searches 20 --submissions 2
    .venv/bin/python bench/load_test.py --overload 4 --duration 20

It runs locust headless (bench/load/locustfile.py), then prints throughput,
p50/p95/p99 per kind, the error rate and the status codes seen, and compares
the confirmations the load test received with the enquiries stored in the
stack's database. Figures are printed, never asserted (see bench/README.md).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCUSTFILE = ROOT / "bench" / "load" / "locustfile.py"
LOAD_VENV = ROOT / "bench" / ".load-venv"
STEPS_PER_SUBMISSION = 22  # roughly: start, ~16 questions (GET + POST), contact, consent, sent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default=f"http://127.0.0.1:{os.environ.get('PORT', '8080')}")
    parser.add_argument("--duration", type=int, default=60, help="seconds")
    parser.add_argument("--guides", type=float, default=100, help="guide requests/s")
    parser.add_argument("--searches", type=float, default=20, help="searches/s")
    parser.add_argument("--submissions", type=float, default=2, help="complete submissions/s")
    parser.add_argument("--overload", type=float, default=1, help="multiply every rate")
    parser.add_argument("--database-url", default=os.environ.get("LOAD_DATABASE_URL", ""))
    parser.add_argument("--locust", default=os.environ.get("LOCUST", ""))
    args = parser.parse_args()

    locust = args.locust or shutil.which("locust") or str(LOAD_VENV / "bin" / "locust")
    if not Path(locust).exists():
        print("locust is not installed: run `make load` (it installs bench/requirements.txt)")
        return 2
    database_url = args.database_url or stack_database_url()
    guide_users = max(1, round(args.guides * args.overload))
    search_users = max(1, round(args.searches * args.overload))
    submit_every = 10.0
    submit_users = max(1, math.ceil(args.submissions * args.overload * submit_every))
    users = guide_users + search_users + submit_users
    with tempfile.TemporaryDirectory() as work:
        results_file = Path(work) / "results.json"
        env = {
            **os.environ,
            "LOAD_GUIDE_USERS": str(guide_users),
            "LOAD_SEARCH_USERS": str(search_users),
            "LOAD_SUBMIT_USERS": str(submit_users),
            "LOAD_SUBMIT_EVERY": str(submit_every),
            "LOAD_RESULTS_FILE": str(results_file),
        }
        print(
            f"locust against {args.host} for {args.duration}s: {guide_users} guide readers and "
            f"{search_users} searchers at 1 request/s each, {submit_users} people sending an "
            f"enquiry every {submit_every:g}s each"
        )
        before = enquiry_count(database_url)
        subprocess.run(
            [
                locust,
                "-f",
                str(LOCUSTFILE),
                "--headless",
                "--host",
                args.host,
                "--users",
                str(users),
                "--spawn-rate",
                str(max(10, users // 5)),
                "--run-time",
                f"{args.duration}s",
                "--stop-timeout",
                "30",
                "--csv",
                f"{work}/load",
                "--only-summary",
                "--loglevel",
                "WARNING",
            ],
            env=env,
            check=False,
        )
        stats = list(csv.DictReader(open(f"{work}/load_stats.csv")))
        results = json.loads(results_file.read_text()) if results_file.exists() else {}
    report(stats, results, args.duration)
    stored_refs = stored(database_url, results.get("references", []))
    after = enquiry_count(database_url)
    confirmations = len(results.get("references", []))
    print(
        f"\nconfirmations received: {confirmations}; of those stored: {stored_refs}; "
        f"enquiries added to the database: {after - before}"
    )
    if results.get("abandoned"):
        print(f"walks that did not reach a confirmation: {results['abandoned']}")
    if stored_refs != confirmations:
        print("!! a confirmation without its enquiry: an enquiry was lost")
        return 1
    return 0


def report(stats: list[dict], results: dict, duration: int) -> None:
    print(
        f"\n{'kind':<17}{'requests':>10}{'req/s':>9}{'errors':>8}{'p50':>8}{'p95':>8}{'p99':>8}  (ms)"
    )
    for row in stats:
        print(
            f"{(row['Type'] + ' ' + row['Name']).strip():<17}{row['Request Count']:>10}{float(row['Requests/s']):>9.1f}"
            f"{row['Failure Count']:>8}{row['50%']:>8}{row['95%']:>8}{row['99%']:>8}"
        )
    total = next((r for r in stats if r["Name"] == "Aggregated"), None)
    if total and int(total["Request Count"]):
        rate = int(total["Failure Count"]) / int(total["Request Count"])
        print(f"error rate: {rate:.2%}")
    statuses = results.get("statuses", {})
    if statuses:
        print("status codes: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items())))


def stack_database_url() -> str:
    name = os.environ.get("PROD_DB_NAME", "signpost_prod")
    return f"postgres://{os.environ.get('PGUSER', 'postgres')}@127.0.0.1:5432/{name}"


def psql(database_url: str, sql: str, *values: str) -> str:
    command = ["psql", database_url, "-tA", "-c", sql]
    return subprocess.run(
        command, capture_output=True, text=True, check=True, input="\n".join(values)
    ).stdout.strip()


def enquiry_count(database_url: str) -> int:
    return int(psql(database_url, "SELECT count(*) FROM referrals_enquiry") or 0)


def stored(database_url: str, references: list[str]) -> int:
    if not references:
        return 0
    quoted = ",".join("'" + r.replace("'", "") + "'" for r in references)
    sql = f"SELECT count(*) FROM referrals_enquiry WHERE reference IN ({quoted})"
    return int(psql(database_url, sql) or 0)


if __name__ == "__main__":
    sys.exit(main())
