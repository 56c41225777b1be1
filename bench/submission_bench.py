"""Submission throughput and latency on PostgreSQL, for the whole flow.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/signpost python bench/submission_bench.py \
        [--clients 4] [--flows 15] [--api 60] [--stored 50000]

Creates a throwaway database next to DATABASE_URL's (<name>_subbench,
dropped afterwards), loads the demo content, starts gunicorn on it (the
database task backend, as in production), then with --clients concurrent
clients, each with its own session:

- the HTML flow: start page, every question (GET and POST), check your
  answers, contact details, consent and send, confirmation - as a browser
  without JavaScript would, following each redirect;
- the API: POST /api/v1/referrals/ with a fresh Idempotency-Key each time.

It measures once with only the demo enquiries stored and again after
adding --stored enquiries (spread over the past year, as a real year's
would be, with their timeline, consents and notifications), and prints
throughput and latency percentiles. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ANSWERS = {
    "problem_area": "housing",
    "housing_problem": "disrepair",
    "housing_tenure": "private_rent",
    "means_tested": "no",
    "postcode": "E1 6AN",
    "language": "en",
    "interpreter": "no",
    "accessibility": None,
    "accessibility_details": None,
    "safe_to_contact": "yes",
    "leave_message": "yes",
    "safe_times": None,
    "contact_method": "phone",
    "summary": "The landlord has not repaired the damp in the bedroom.",
}
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


# --- The throwaway database ---------------------------------------------------


def bench_database(database_url: str) -> tuple[str, str]:
    """(URL of a new database for this run, its name)."""
    parsed = urlparse(database_url)
    if not parsed.scheme.startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database (postgres://...).")
    name = (parsed.path.lstrip("/") or "signpost") + "_subbench"
    return urlunparse(parsed._replace(path="/" + name)), name


def admin_sql(database_url: str, statement: str) -> None:
    import psycopg

    parsed = urlparse(database_url)
    with psycopg.connect(
        host=parsed.hostname,
        port=parsed.port or 5432,
        user=parsed.username,
        password=parsed.password,
        dbname="postgres",
        autocommit=True,
    ) as connection:
        connection.execute(statement)


# --- Seeding stored enquiries (runs in a child process, with the site's settings) --


def seed(count: int) -> None:
    import datetime as dt
    import random

    import django

    django.setup()
    from django.db import connection
    from django.utils import timezone

    from referrals import references
    from referrals.models import (
        Centre,
        Consent,
        Enquiry,
        EnquiryEvent,
        Notification,
        QuestionnaireVersion,
    )

    rng = random.Random(11)
    centres = list(Centre.objects.all())
    version = QuestionnaireVersion.objects.order_by("-number").first()
    now = timezone.now()
    states = ["closed"] * 12 + ["withdrawn", "spam", "accepted", "contacted"]
    taken = set(Enquiry.objects.values_list("reference", flat=True))
    made = 0
    while made < count:
        batch = []
        for _index in range(min(2000, count - made)):
            reference = references.generate_reference()
            while reference in taken:
                reference = references.generate_reference()
            taken.add(reference)
            # Spread over the past year, a week ago at the latest: this week's load stays real.
            submitted = now - dt.timedelta(days=7 + rng.random() * 358)
            batch.append(
                Enquiry(
                    reference=reference,
                    status_secret_hash=uuid.uuid4().hex,
                    state=rng.choice(states),
                    language="en",
                    centre=rng.choice(centres),
                    urgent=rng.random() < 0.1,
                    name="Bench Person",
                    phone="+447700900123",
                    summary="Stored enquiry used by the submission benchmark.",
                    postcode="E1 6AN",
                    outward_code="E1",
                    private_answers={"summary": "Stored enquiry."},
                    answers={"problem_area": "housing"},
                    questionnaire_version=version,
                    submitted_at=submitted,
                    assigned_at=submitted,
                )
            )
        created = Enquiry.objects.bulk_create(batch)
        events, consents, notifications = [], [], []
        for enquiry in created:
            at = enquiry.submitted_at
            for action, state in (("submitted", "submitted"), ("route", "routed")):
                events.append(
                    EnquiryEvent(
                        enquiry=enquiry,
                        action=action,
                        to_state=state,
                        actor_kind="system",
                        created_at=at,
                    )
                )
            consents.append(
                Consent(
                    enquiry=enquiry,
                    purpose="share_with_centre",
                    given=True,
                    wording_version="2026-1",
                    language="en",
                    created_at=at,
                )
            )
            notifications.append(
                Notification(
                    enquiry=enquiry,
                    channel="email",
                    recipient_kind="centre",
                    centre=enquiry.centre,
                    kind="new_enquiry",
                    language="en",
                    status="sent",
                    attempts=1,
                    created_at=at,
                    sent_at=at,
                )
            )
        EnquiryEvent.objects.bulk_create(events)
        Consent.objects.bulk_create(consents)
        Notification.objects.bulk_create(notifications)
        made += len(created)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"  stored enquiries now: {Enquiry.objects.count()}", flush=True)


# --- Clients ------------------------------------------------------------------


class Client:
    def __init__(self, base_url: str, question_keys: list[str], timings: dict):
        import requests

        self.http = requests.Session()
        self.base = base_url
        self.keys = question_keys
        self.timings = timings

    def _timed(self, label, method, url, **kwargs):
        started = time.perf_counter()
        response = self.http.request(method, self.base + url, allow_redirects=False, **kwargs)
        elapsed = time.perf_counter() - started
        self.timings.setdefault(label, []).append(elapsed)
        if label != "api":
            self.timings.setdefault("every HTML request", []).append(elapsed)
        if response.status_code >= 400:
            raise RuntimeError(f"{method} {url}: {response.status_code}")
        return response

    def page(self, url, label="page"):
        response = self._timed(label, "GET", url)
        match = CSRF.search(response.text)
        return response, match.group(1) if match else None

    def post(self, url, data, token, label="answer"):
        return self._timed(
            label,
            "POST",
            url,
            data={**data, "csrfmiddlewaretoken": token},
            headers={"Referer": self.base + url},
        )

    def flow(self) -> str:
        started = time.perf_counter()
        self.page("/en/get-help/")
        url = "/en/get-help/q/1/"
        while "/q/" in url:
            _response, token = self.page(url)
            number = int(re.search(r"/q/(\d+)/", url).group(1))
            key = self.keys[number - 1]
            value = ANSWERS[key]
            data = {"answer": value} if value else {}
            url = self.post(url, data, token).headers["Location"]
        self.page(url)  # check your answers
        _response, token = self.page("/en/get-help/contact-details/")
        self.post(
            "/en/get-help/contact-details/", {"name": "Bench", "phone": "07700 900123"}, token
        )
        _response, token = self.page("/en/get-help/consent/")
        sent = self.post("/en/get-help/consent/", {"share_with_centre": "on"}, token, "send")
        confirmation, _token = self.page(sent.headers["Location"], "confirmation")
        self.timings.setdefault("whole flow", []).append(time.perf_counter() - started)
        return re.search(r"SP-[2-9A-Z]{4}-[2-9A-Z]{4}", confirmation.text).group(0)

    def api(self) -> str:
        body = {
            "language": "en",
            "answers": {k: v for k, v in ANSWERS.items() if v is not None},
            "contact": {"name": "Bench", "phone": "07700 900123"},
            "consents": {"share_with_centre": True},
        }
        response = self._timed(
            "api",
            "POST",
            "/api/v1/referrals/",
            json=body,
            headers={"Idempotency-Key": uuid.uuid4().hex + uuid.uuid4().hex},
        )
        return response.json()["reference"]


def run_clients(base_url, keys, clients: int, work: str, rounds: int) -> tuple[dict, float, int]:
    timings: dict[str, list[float]] = {}
    lock = threading.Lock()
    references: list[str] = []
    errors: list[Exception] = []
    barrier = threading.Barrier(clients)

    def worker():
        local: dict[str, list[float]] = {}
        client = Client(base_url, keys, local)
        barrier.wait()
        try:
            for _round in range(rounds):
                references.append(client.flow() if work == "flow" else client.api())
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        with lock:
            for label, values in local.items():
                timings.setdefault(label, []).extend(values)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    if errors:
        print(f"  ERRORS: {errors[:3]}")
    return timings, elapsed, len(set(references))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] * 1000


def report(label: str, timings: dict, elapsed: float, submissions: int) -> None:
    print(
        f"  {label}: {submissions} submissions in {elapsed:.1f} s = {submissions / elapsed:.1f}/s"
    )
    for name in ("every HTML request", "answer", "send", "confirmation", "whole flow", "api"):
        values = timings.get(name)
        if not values:
            continue
        print(
            f"    {name:<20} n={len(values):<5} median {statistics.median(values) * 1000:7.1f} ms"
            f"   p95 {percentile(values, 0.95):7.1f} ms   p99 {percentile(values, 0.99):7.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--flows", type=int, default=15, help="HTML flows per client")
    parser.add_argument("--api", type=int, default=60, help="API submissions per client")
    parser.add_argument("--stored", type=int, default=50_000)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed is not None:
        seed(args.seed)
        return

    import json
    import urllib.request

    from tests.support.live_site import free_port, prepare, running_server, site_environment

    url, name = bench_database(os.environ.get("DATABASE_URL", ""))
    admin_sql(os.environ["DATABASE_URL"], f'DROP DATABASE IF EXISTS "{name}"')
    admin_sql(os.environ["DATABASE_URL"], f'CREATE DATABASE "{name}"')
    try:
        with tempfile.TemporaryDirectory(prefix="signpost-subbench-") as directory:
            port = free_port()
            env = site_environment(
                Path(directory),
                f"http://127.0.0.1:{port}",
                DATABASE_URL=url,
                TASKS_BACKEND="django_tasks_db.DatabaseBackend",
                DB_CONN_MAX_AGE="60",
                LOG_LEVEL="ERROR",
                # Every simulated person shares one address and answers at once:
                # the abuse checks (rate limits, minimum fill time) would hold them.
                REFERRAL_SUBMISSIONS_PER_CLIENT="0",
                REFERRAL_SUBMISSIONS_GLOBAL="0",
                REFERRAL_MIN_FILL_SECONDS="0",
            )
            print(f"Preparing {name} (migrate, demo content)...", flush=True)
            prepare(env)
            with running_server(env, port, workers=args.workers, threads=args.threads) as base:
                with urllib.request.urlopen(f"{base}/api/v1/questionnaire/?lang=en") as response:
                    keys = [q["key"] for q in json.load(response)["questions"]]
                print(
                    f"gunicorn: {args.workers} workers x {args.threads} threads; "
                    f"{args.clients} concurrent clients; PostgreSQL",
                    flush=True,
                )
                run_clients(base, keys, 2, "flow", 2)  # warm up
                for stored in ("demo only", args.stored):
                    if stored != "demo only":
                        print(f"Storing {stored} more enquiries...", flush=True)
                        subprocess.run(
                            [sys.executable, __file__, "--seed", str(stored)],
                            env=env,
                            cwd=ROOT,
                            check=True,
                        )
                    print(f"With {stored} stored enquiries:")
                    report("HTML flow", *run_clients(base, keys, args.clients, "flow", args.flows))
                    report("API", *run_clients(base, keys, args.clients, "api", args.api))
    finally:
        admin_sql(os.environ["DATABASE_URL"], f'DROP DATABASE IF EXISTS "{name}"')


if __name__ == "__main__":
    main()
