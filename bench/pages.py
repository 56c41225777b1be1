"""Public page speed: weight, queries, throughput under gunicorn, Lighthouse.

Prints figures and ratios; asserts nothing (goals are printed beside them).
    python bench/pages.py [--duration 10] [--skip-lighthouse]
Needs wrk (Debian package) and, for Lighthouse, `npm ci --prefix bench` and
Debian's chromium. `make bench` installs them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.live_site import demo_site, free_port, running_server  # noqa: E402

GUIDE = "/en/housing/tenancy-deposits/"
LIGHTHOUSE_PAGES = [
    "/{lang}/",
    "/{lang}/housing/",
    "/{lang}/housing/tenancy-deposits/",
    "/{lang}/search/?q=deposit",
]


def fetch(url: str, *, gzip_ok: bool = True) -> tuple[bytes, dict]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.read(), dict(response.headers)


def page_weight(base: str) -> None:
    body, headers = fetch(base + GUIDE)
    html = (
        gzip.decompress(body).decode()
        if headers.get("Content-Encoding") == "gzip"
        else body.decode()
    )
    total = len(body)
    parts = [("HTML", len(body), headers.get("Content-Encoding", "identity"))]
    for asset in re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html):
        data, asset_headers = fetch(base + asset)
        total += len(data)
        parts.append((asset, len(data), asset_headers.get("Content-Encoding", "identity")))
    print("\n== Guide page weight (transferred, compressed, no images) ==")
    for name, size, encoding in parts:
        print(f"  {name:<45} {size / 1024:6.1f} KB  ({encoding})")
    print(f"  {'total':<45} {total / 1024:6.1f} KB  (goal: at most 30 KB)")


def query_counts(env: dict) -> None:
    code = (
        "import django; django.setup();"
        "from django.test import Client; from django.db import connection;"
        "from django.test.utils import CaptureQueriesContext; from knowledge import page_cache;"
        "c = Client(); c.get('/en/');"
        "import json; out = {}\n"
        "for url in ['/en/', '/en/housing/', '"
        + GUIDE
        + "', '/cy/housing/illegal-eviction-and-harassment/']:\n"
        "    page_cache.invalidate()\n"
        "    with CaptureQueriesContext(connection) as q: c.get(url)\n"
        "    with CaptureQueriesContext(connection) as h: c.get(url)\n"
        "    out[url] = [len(q), len(h)]\n"
        "print(json.dumps(out))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**env, "DEBUG": "false"},
        capture_output=True,
        text=True,
        check=True,
    )
    counts = json.loads(result.stdout.strip().splitlines()[-1])
    print("\n== SQL queries per page (uncached render / cache hit) ==")
    for url, (uncached, cached) in counts.items():
        print(f"  {url:<50} {uncached:3d} / {cached}   (goal: at most 8 / 0)")


def wrk(url: str, duration: int, connections: int = 8) -> float:
    result = subprocess.run(
        [
            "wrk",
            "-t",
            "1",
            "-c",
            str(connections),
            "-d",
            f"{duration}s",
            "--latency",
            "-H",
            "Accept-Encoding: gzip",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    match = re.search(r"Requests/sec:\s+([\d.]+)", result.stdout)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    if errors:
        print(f"  WARNING: {errors.group(1)} error responses for {url}")
    return float(match.group(1))


def throughput(base: str, env: dict, duration: int) -> None:
    if not shutil.which("wrk"):
        print("\n(wrk is not installed: apt-get install wrk; skipping throughput)")
        return
    floor = wrk(base + "/robots.txt", duration)
    cached = wrk(base + GUIDE, duration)
    # A query string bypasses the page cache: the whole render path every time.
    uncached = wrk(base + GUIDE + "?bench=uncached", duration)
    # The same with the rendered-body fragment cache off: every block rendered.
    port = free_port()
    with running_server({**env, "FRAGMENT_CACHE_SECONDS": "0"}, port) as cold_base:
        cold = wrk(cold_base + GUIDE + "?bench=cold", duration)
    print("\n== Throughput under gunicorn (2 workers, wrk 8 connections, same machine) ==")
    print(f"  floor (trivial view, same stack)    {floor:8.1f} req/s")
    print(
        f"  cached guide page                   {cached:8.1f} req/s  ratio {cached / floor:.2f} (goal >= 0.5)"
    )
    print(
        f"  uncached guide page (page cache     {uncached:8.1f} req/s  ratio {uncached / floor:.2f} (goal >= 0.08)"
    )
    print("    miss; body fragment cache warm)")
    print(f"  uncached, fragment cache off        {cold:8.1f} req/s  ratio {cold / floor:.2f}")


def lighthouse(base: str) -> None:
    cli = ROOT / "bench" / "node_modules" / "lighthouse" / "cli" / "index.js"
    if not cli.exists() or not Path("/usr/bin/chromium").exists():
        print("\n(Lighthouse needs `npm ci --prefix bench` and Debian's chromium; skipping)")
        return
    print("\n== Lighthouse (mobile, simulated Slow 4G) ==")
    for lang in ("en", "ar"):
        for template in LIGHTHOUSE_PAGES:
            path = template.format(lang=lang)
            result = subprocess.run(
                [
                    "node",
                    str(cli),
                    base + path,
                    "--quiet",
                    "--output=json",
                    "--output-path=stdout",
                    "--only-categories=performance,accessibility",
                    "--form-factor=mobile",
                    "--throttling-method=simulate",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking",
                ],
                capture_output=True,
                text=True,
                env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"},
            )
            try:
                report = json.loads(result.stdout)
                scores = {k: round(v["score"] * 100) for k, v in report["categories"].items()}
                print(
                    f"  {path:<32} performance {scores['performance']:3d}  "
                    f"accessibility {scores['accessibility']:3d}   (goal: 100 / 100)"
                )
            except (json.JSONDecodeError, KeyError, TypeError):
                print(f"  {path:<32} Lighthouse failed: {result.stderr.strip()[-200:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duration", type=int, default=10, help="seconds per throughput run")
    parser.add_argument("--skip-lighthouse", action="store_true")
    args = parser.parse_args()
    print("Preparing a demo site (migrate + load_demo_content)...")
    with demo_site(workers=2, with_env=True) as (base, env):
        page_weight(base)
        query_counts(env)
        throughput(base, env, args.duration)
        if not args.skip_lighthouse:
            lighthouse(base)


if __name__ == "__main__":
    main()
