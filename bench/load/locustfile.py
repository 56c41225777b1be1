"""Signpost under load: readers of guides, searchers and people sending an
enquiry through the HTML flow, each at a fixed rate (bench/load_test.py
sets them through the environment):

  LOAD_GUIDE_USERS   x 1 request/s  guide pages, all five languages (from the sitemap)
  LOAD_SEARCH_USERS  x 1 request/s  searches in all five languages
  LOAD_SUBMIT_USERS  x 1 submission every LOAD_SUBMIT_EVERY seconds, each a
                     complete walk: start, every question (form and CSRF token
                     fetched first), contact details, consent, confirmation

Request names: "guide", "search", "flow step", and "submission" (one event
per complete walk, timed from start to confirmation). Each confirmation's
reference and every status code seen go to LOAD_RESULTS_FILE at the end.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import time
from collections import Counter
from html import unescape
from urllib.parse import urlsplit

from locust import FastHttpUser, constant_throughput, events, task

LANGUAGES = ["en", "cy", "pl", "ar", "zh-hant"]
QUERIES = {
    "en": ["deposit", "eviction", "universal credit", "debt", "repairs", "damp", "noise"],
    "cy": ["blaendal", "troi allan", "dyled", "tai", "budd-daliadau"],
    "pl": ["kaucja", "eksmisja", "dług", "mieszkanie", "zasiłek"],
    "ar": ["إخلاء", "ديون", "سكن", "إيجار", "عمل"],
    "zh-hant": ["押金", "驅逐", "債務", "住房", "租金"],
}
PREFERRED = ["housing", "disrepair", "private_rent", "no", "en", "phone", "any_time"]
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
INPUT = re.compile(r"<(input|textarea)\b([^>]*)>")
ATTR = re.compile(r'(\w[\w-]*)="([^"]*)"')
REFERENCE = re.compile(r'class="reference" dir="ltr">(SP-[0-9A-Z-]+)<')

GUIDES: dict[str, list[str]] = {}
STATUSES: Counter = Counter()
REFERENCES: list[str] = []
ABANDONED: Counter = Counter()


@events.request.add_listener
def _count(request_type, name, response, exception, **kwargs):
    status = getattr(response, "status_code", None) if response is not None else None
    outcome = status or (type(exception).__name__ if exception else "done")
    STATUSES[f"{name} {outcome}"] += 1


@events.test_start.add_listener
def _read_sitemap(environment, **kwargs):
    import urllib.request

    with urllib.request.urlopen(f"{environment.host}/sitemap.xml", timeout=30) as response:
        xml = response.read().decode()
    for loc in re.findall(r"<loc>([^<]+)</loc>", xml):
        path = urlsplit(unescape(loc)).path
        language = path.strip("/").split("/")[0]
        if language in LANGUAGES and path.count("/") >= 3:  # below the language home
            GUIDES.setdefault(language, []).append(path)
    missing = [language for language in LANGUAGES if not GUIDES.get(language)]
    if missing:
        raise RuntimeError(f"the sitemap lists no pages in {missing}")


@events.quitting.add_listener
def _write_results(environment, **kwargs):
    target = os.environ.get("LOAD_RESULTS_FILE")
    if target:
        with open(target, "w") as handle:
            json.dump(
                {
                    "references": REFERENCES,
                    "statuses": dict(STATUSES),
                    "abandoned": dict(ABANDONED),
                },
                handle,
            )


class GuideReader(FastHttpUser):
    fixed_count = int(os.environ.get("LOAD_GUIDE_USERS", "100"))
    wait_time = constant_throughput(1)

    @task
    def read(self):
        language = random.choice(LANGUAGES)
        self.client.get(random.choice(GUIDES[language]), name="guide")


class Searcher(FastHttpUser):
    fixed_count = int(os.environ.get("LOAD_SEARCH_USERS", "20"))
    wait_time = constant_throughput(1)

    @task
    def search(self):
        language = random.choice(LANGUAGES)
        self.client.get(
            f"/{language}/search/", params={"q": random.choice(QUERIES[language])}, name="search"
        )


class Submitter(FastHttpUser):
    fixed_count = int(os.environ.get("LOAD_SUBMIT_USERS", "8"))
    wait_time = constant_throughput(1 / float(os.environ.get("LOAD_SUBMIT_EVERY", "10")))

    @task
    def submit(self):
        self.client.cookiejar.clear()
        language = random.choice(LANGUAGES)
        started = time.perf_counter()
        reference, why = self._walk(language)
        if reference:
            REFERENCES.append(reference)
        else:
            ABANDONED[why] += 1
        events.request.fire(
            request_type="FLOW",
            name="submission",
            response_time=(time.perf_counter() - started) * 1000,
            response_length=0,
            response=None,
            exception=None if reference else RuntimeError(why),
            context={},
        )

    def _get(self, path):
        return self.client.get(path, name="flow step", allow_redirects=False)

    def _post(self, path, page, data):
        token = CSRF.search(page.text or "")
        if not token:
            return None
        return self.client.post(
            path,
            data={"csrfmiddlewaretoken": token.group(1), **data},
            name="flow step",
            allow_redirects=False,
            headers={"Referer": f"{self.host}{path}"},
        )

    def _walk(self, language) -> tuple[str | None, str]:
        base = f"/{language}/get-help/"
        if self._get(base).status_code != 200:
            return None, "start page"
        path = f"{base}q/1/"
        for _step in range(40):
            page = self._get(path)
            if page.status_code != 200:
                return None, f"question {page.status_code}"
            response = self._post(path, page, answer(page.text))
            if response is None or response.status_code != 303:
                return None, f"answer {getattr(response, 'status_code', 'no form')}"
            path = urlsplit(response.headers["Location"]).path
            if path.endswith("/check-your-answers/"):
                break
        else:
            return None, "too many questions"
        self._get(path)
        contact = f"{base}contact-details/"
        page = self._get(contact)
        response = self._post(
            contact, page, {"name": "Load Test", "email": "", "phone": "07700 900123"}
        )
        if response is None or response.status_code != 303:
            return None, f"contact {getattr(response, 'status_code', 'no form')}"
        consent = f"{base}consent/"
        page = self._get(consent)
        response = self._post(consent, page, {"share_with_centre": "on"})
        if response is None or response.status_code != 303:
            return None, f"send {getattr(response, 'status_code', 'no form')}"
        page = self._get(urlsplit(response.headers["Location"]).path)
        found = REFERENCE.search(page.text or "")
        return (found.group(1), "") if found else (None, f"confirmation {page.status_code}")


def answer(html: str) -> dict:
    """A plausible answer to whatever the question page asks."""
    fields: dict[str, list[dict]] = {}
    for tag, attributes in INPUT.findall(html):
        attrs = dict(ATTR.findall(attributes))
        attrs["tag"] = tag
        if attrs.get("name", "").startswith("answer"):
            fields.setdefault(attrs["name"], []).append(attrs)
    if "answer-day" in fields:
        day = dt.date.today() + dt.timedelta(days=40)
        return {"answer-day": day.day, "answer-month": day.month, "answer-year": day.year}
    inputs = fields.get("answer", [])
    choices = [i for i in inputs if i.get("type") in ("radio", "checkbox")]
    if choices:
        values = [c["value"] for c in choices]
        preferred = [v for v in PREFERRED if v in values]
        return {"answer": preferred[0] if preferred else values[0]}
    if inputs and inputs[0].get("autocomplete") == "postal-code":
        return {"answer": "E1 6AN"}
    if inputs and inputs[0]["tag"] == "textarea":
        return {"answer": "There is damp in the bedroom and the landlord does not answer."}
    return {"answer": "Load test"}
