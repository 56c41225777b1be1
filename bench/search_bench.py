#!/usr/bin/env python
"""Search benchmark: a synthetic corpus of GUIDES guides in each of the five
languages, written straight into each backend's tables (not through
Wagtail pages); prints indexing throughput and query latency (p50, p95).

    python bench/search_bench.py                      # SQLite (temporary file)
    python bench/search_bench.py --postgres-url postgres://postgres@127.0.0.1:5432/signpost_bench

Each backend runs in its own process against its own database. The
PostgreSQL database must exist; the benchmark migrates it and replaces the
search tables' contents (never point it at a database with data you need).

Two latencies are measured per query: the backend call (ranking, facets and
snippets for one page) and the whole search service (synonyms, the native
and the fallback searches, the "did you mean" checks and the page-tree
check of the hits) - what a reader waits for, before the template renders.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "cy", "pl", "ar", "zh-hant"]
TRANSLATED_SHARE = 0.8  # of each language's guides, translations of an English guide


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--guides", type=int, default=10_000, help="guides per language")
    parser.add_argument("--queries", type=int, default=400, help="timed queries per language")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("BENCH_POSTGRES_URL", ""),
        help="an existing PostgreSQL database for the benchmark (or BENCH_POSTGRES_URL)",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep a corpus of the same size already in the PostgreSQL database (time queries only)",
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(run_worker(args)))
        return
    for backend in args.backends.split(","):
        if backend == "postgres" and not args.postgres_url:
            print("postgres: skipped (give --postgres-url or BENCH_POSTGRES_URL)\n")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            url = args.postgres_url if backend == "postgres" else f"sqlite:///{tmp}/bench.sqlite3"
            env = {
                **os.environ,
                "DATABASE_URL": url,
                "SEARCH_BACKEND": backend,
                "DJANGO_SETTINGS_MODULE": "portal.settings.test",
                "PYTHONPATH": str(ROOT),
            }
            command = [sys.executable, __file__, "--worker", backend, "--guides", str(args.guides)]
            command += ["--queries", str(args.queries)] + (["--reuse"] if args.reuse else [])
            output = subprocess.run(command, env=env, check=True, capture_output=True, text=True)  # noqa: S603
            report(backend, json.loads(output.stdout.strip().splitlines()[-1]))


# --- The worker: one backend, one database -----------------------------------------


def run_worker(args) -> dict:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from search.backends import database_backend

    backend = database_backend()
    rng = random.Random(2026)
    vocabularies = {language: Vocabulary(language, rng) for language in LANGUAGES}
    if args.reuse and backend.counts() == {language: args.guides for language in LANGUAGES}:
        indexing = None
    else:
        backend.rebuild([])  # start empty
        indexing = index_corpus(backend, vocabularies, args.guides, rng)
    latencies = time_queries(backend, vocabularies, args.queries, rng)
    return {"guides": args.guides, "indexing": indexing, "latencies": latencies}


def index_corpus(backend, vocabularies, guides: int, rng) -> dict:
    from search.documents import GuideDocument

    keys = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(guides)]
    topics = ["housing", "benefits", "employment", "immigration", "debt", "family", "abuse"]
    started = time.perf_counter()
    per_language = {}
    for language in LANGUAGES:
        vocabulary = vocabularies[language]
        t0 = time.perf_counter()
        batch = []
        for n in range(guides):
            own = language == "en" or n < guides * TRANSLATED_SHARE
            batch.append(
                GuideDocument(
                    page_id=LANGUAGES.index(language) * 10_000_000 + n + 1,
                    translation_key=keys[n] if own else str(uuid.UUID(int=rng.getrandbits(128))),
                    language=language,
                    title=vocabulary.text(rng.randint(4, 9)),
                    summary=vocabulary.text(rng.randint(18, 30)),
                    body=vocabulary.text(rng.randint(250, 450)),
                    topic_code=topics[n % len(topics)],
                    topic_name=topics[n % len(topics)].title(),
                    url=f"/{language}/{topics[n % len(topics)]}/guide-{n}/",
                    translated_languages=(language,),
                )
            )
            if len(batch) == 500:
                backend.index_documents(batch)
                batch = []
        backend.index_documents(batch)
        per_language[language] = guides / (time.perf_counter() - t0)
    backend.optimise()  # as rebuild_search_index does after a bulk load
    total = time.perf_counter() - started
    return {"documents": guides * len(LANGUAGES), "seconds": total, "per_language": per_language}


def time_queries(backend, vocabularies, count: int, rng) -> dict:
    from django.core.cache import cache

    from search import service
    from search.query import build_plan

    results = {}
    for language in LANGUAGES:
        queries = vocabularies[language].queries(count, rng)
        for query in queries[:20]:  # warm caches, as a running site would be
            service.search(query, language=language)
        backend_ms, service_ms, totals = [], [], []
        for query in queries:
            plan = build_plan(query, language=language)
            t0 = time.perf_counter()
            found = backend.search(plan, limit=10)
            backend_ms.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            service.search(query, language=language)
            service_ms.append((time.perf_counter() - t0) * 1000)
            totals.append(found.total)
        cache.clear()
        results[language] = {
            "backend": summary(backend_ms),
            "service": summary(service_ms),
            "median_hits": statistics.median(totals),
        }
    return results


def summary(values: list[float]) -> dict:
    ordered = sorted(values)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

    return {"p50": pct(50), "p95": pct(95), "max": ordered[-1], "n": len(ordered)}


class Vocabulary:
    """Words of real guide text in one language plus invented rare words,
    drawn with a Zipf-like distribution, so that the corpus has common words
    in most guides and rare words in few, like real text."""

    def __init__(self, language: str, rng: random.Random):
        from search.segmentation import words

        self.language = language
        seed = " ".join(_seed_texts(language))
        if language == "zh-hant":
            # Chinese words are mostly two or three characters: take them from real text.
            runs = [w.text for w in words(seed) if w.is_cjk]
            found = [
                run[i : i + size]
                for run in runs
                for size in (2, 3)
                for i in range(len(run) - size + 1)
            ]
            self.common = list(dict.fromkeys(found))
            characters = sorted({ch for run in runs for ch in run})
            invented = {"".join(rng.choices(characters, k=2)) for _ in range(6000)}
            self.words = self.common + sorted(invented - set(self.common))
        else:
            self.common = list(dict.fromkeys(w.text.lower() for w in words(seed) if not w.is_cjk))
            letters = sorted({ch for w in self.common for ch in w if ch.isalpha()})
            invented = {
                "".join(rng.choice(letters) for _ in range(rng.randint(5, 10))) for _ in range(6000)
            }
            self.words = self.common + sorted(invented - set(self.common))
        self.weights = [1 / (rank + 10) for rank in range(len(self.words))]
        self.rng = rng

    def text(self, length: int) -> str:
        chosen = self.rng.choices(self.words, weights=self.weights, k=length)
        if self.language == "zh-hant":
            # Chinese is written without spaces: runs of words, then punctuation.
            return "，".join("".join(chosen[i : i + 6]) for i in range(0, len(chosen), 6)) + "。"
        return " ".join(chosen).capitalize() + "."

    def queries(self, count: int, rng: random.Random) -> list[str]:
        queries = []
        for n in range(count):
            kind = n % 5
            if self.language == "zh-hant":
                queries.append("".join(rng.choices(self.common[:600], k=rng.choice([1, 1, 2]))))
            elif kind == 0:  # one common word
                queries.append(rng.choice(self.common[:300]))
            elif kind == 1:  # two words
                queries.append(" ".join(rng.choices(self.common[:1500], k=2)))
            elif kind == 2:  # a rare word
                queries.append(rng.choice(self.words[len(self.words) // 2 :]))
            elif kind == 3:  # a misspelt word
                word = rng.choice([w for w in self.common[:800] if len(w) > 5] or self.common)
                i = rng.randrange(1, len(word) - 1)
                queries.append(word[:i] + word[i + 1 :])
            else:  # three words, as people type a problem
                queries.append(" ".join(rng.choices(self.common[:2000], k=3)))
        return queries


def _seed_texts(language: str) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from tests.search.behaviour.corpus import GUIDES

    texts = []
    for guide in GUIDES:
        translation = guide["translations"].get(language)
        if translation:
            texts += [translation["title"], translation["summary"], translation["body"]]
    return texts


# --- Printing ------------------------------------------------------------------------


def report(backend: str, data: dict) -> None:
    indexing = data["indexing"]
    documents = data["guides"] * len(LANGUAGES)
    print(f"{backend}: {data['guides']:,} guides per language, {documents:,} documents")
    if indexing:
        print(
            f"  indexing: {indexing['seconds']:.1f} s in all, "
            f"{indexing['documents'] / indexing['seconds']:,.0f} documents/s"
        )
    else:
        print("  indexing: skipped (--reuse)")
    print("  query latency in ms (p50 / p95 / max)   backend call          whole service      hits")
    everything_backend, everything_service = [], []
    for language, figures in data["latencies"].items():
        b, s = figures["backend"], figures["service"]
        everything_backend.append(b["p95"])
        everything_service.append(s["p95"])
        print(
            f"    {language:<8} {figures['backend']['n']:>4} queries    "
            f"{b['p50']:6.1f} / {b['p95']:6.1f} / {b['max']:6.1f}   "
            f"{s['p50']:6.1f} / {s['p95']:6.1f} / {s['max']:6.1f}   {figures['median_hits']:>6}"
        )
    print(
        f"  worst p95 over the languages: backend {max(everything_backend):.1f} ms, "
        f"service {max(everything_service):.1f} ms\n"
    )


if __name__ == "__main__":
    main()
