"""Routing decisions per second with 200 centres (the pure function alone).

    python bench/routing_bench.py [--centres 200] [--decisions 20000]

Centres and enquiries are generated from a fixed seed: realistic mixes of
areas, postcode areas/districts/sectors, languages, national specialists,
capacity and opening hours. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from referrals.opening_hours import parse_opening_hours  # noqa: E402
from referrals.postcodes import parse_postcode  # noqa: E402
from referrals.routing import CentreSnapshot, RoutingFacts, route  # noqa: E402

AREAS = [
    "housing",
    "benefits",
    "employment",
    "immigration",
    "debt",
    "family",
    "discrimination",
    "abuse",
    "consumer",
]
LANGUAGES = ["en", "cy", "pl", "ar", "zh-hant", "ur", "bn", "pa", "so", "ti", "fa", "ro", "bsl"]
POSTCODE_AREAS = ["E", "N", "SE", "SW", "W", "M", "B", "LS", "BD", "CF", "SA", "BS", "L", "NE", "S"]
WEEKDAYS = {day: ["09:00", "17:00"] for day in ("mon", "tue", "wed", "thu", "fri")}


def make_centres(count: int, rng: random.Random) -> list[CentreSnapshot]:
    centres = []
    for index in range(count):
        national = rng.random() < 0.05
        coverage = []
        if not national:
            for _ in range(rng.randint(1, 6)):
                area = rng.choice(POSTCODE_AREAS)
                kind = rng.random()
                if kind < 0.3:
                    coverage.append(area)
                elif kind < 0.8:
                    coverage.append(f"{area}{rng.randint(1, 20)}")
                else:
                    coverage.append(f"{area}{rng.randint(1, 20)} {rng.randint(0, 9)}")
        capacity = rng.randint(5, 40)
        centres.append(
            CentreSnapshot(
                slug=f"centre-{index:03d}",
                name=f"Centre {index}",
                areas=frozenset(rng.sample(AREAS, rng.randint(1, 6))),
                coverage=tuple(coverage),
                national=national,
                languages=frozenset({"en", *rng.sample(LANGUAGES, rng.randint(0, 4))}),
                weekly_capacity=capacity,
                load=rng.randint(0, capacity + 3),
                accepts_urgent=rng.random() < 0.7,
                opening_hours=parse_opening_hours(WEEKDAYS),
            )
        )
    return centres


def make_facts(count: int, rng: random.Random) -> list[RoutingFacts]:
    facts = []
    for _ in range(count):
        postcode = None
        if rng.random() < 0.9:
            postcode = parse_postcode(
                f"{rng.choice(POSTCODE_AREAS)}{rng.randint(1, 20)} {rng.randint(0, 9)}AB"
            )
        facts.append(
            RoutingFacts(
                area=rng.choice(AREAS),
                postcode=postcode,
                language=rng.choice(LANGUAGES),
                urgent=rng.random() < 0.2,
            )
        )
    return facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--centres", type=int, default=200)
    parser.add_argument("--decisions", type=int, default=20000)
    args = parser.parse_args()
    rng = random.Random(20261123)
    centres = make_centres(args.centres, rng)
    facts = make_facts(args.decisions, rng)
    as_of = dt.datetime(2026, 11, 23, 14, 0, tzinfo=ZoneInfo("Europe/London"))

    for item in facts[:200]:  # warm up
        route(item, centres, as_of)
    timings, levels = [], {}
    started = time.perf_counter()
    for item in facts:
        before = time.perf_counter()
        decision = route(item, centres, as_of)
        timings.append(time.perf_counter() - before)
        levels[decision.level] = levels.get(decision.level, 0) + 1
    elapsed = time.perf_counter() - started

    timings.sort()
    print(f"Routing with {args.centres} centres, {args.decisions} decisions")
    print(f"  decisions per second: {args.decisions / elapsed:,.0f}")
    print(
        f"  per decision: median {statistics.median(timings) * 1e6:.0f} us, "
        f"p95 {timings[int(len(timings) * 0.95)] * 1e6:.0f} us, max {timings[-1] * 1e6:.0f} us"
    )
    print("  levels: " + ", ".join(f"{level} {count}" for level, count in sorted(levels.items())))


if __name__ == "__main__":
    main()
