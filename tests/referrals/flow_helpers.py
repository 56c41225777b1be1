"""Driving the public self-assessment with the Django test client, as a person would.

Pages are addressed by question number, so the helper reads which question
a page is from the published snapshot (as the server does) and posts the
form fields that question's page has.
"""

from __future__ import annotations

import re

from referrals.selectors import latest_questionnaire_version

CHECK = "check-your-answers/"
PERSONAL = ("Amira", "amira@example.org", "07700 900123", "+447700900123", "E1 6AN", "damp")


def question_keys() -> list[str]:
    return [q["key"] for q in latest_questionnaire_version().snapshot["questions"]]


def question_url(lang: str, key: str) -> str:
    return f"/{lang}/get-help/q/{question_keys().index(key) + 1}/"


def key_of(url: str) -> str | None:
    match = re.search(r"/get-help/q/(\d+)/", url)
    return question_keys()[int(match.group(1)) - 1] if match else None


def form_data(key: str, value) -> dict:
    """The fields a question's page posts for a clean answer value."""
    question = next(
        q for q in latest_questionnaire_version().snapshot["questions"] if q["key"] == key
    )
    if value is None:
        return {}
    kind = question["kind"]
    if kind == "date":
        year, month, day = value.split("-")
        return {"answer-day": str(int(day)), "answer-month": str(int(month)), "answer-year": year}
    if kind == "postcode" and value in [o["key"] for o in question["options"]]:
        return {"answer-option": value}
    return {"answer": value}


def housing_walk(**overrides) -> dict:
    answers = {
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
        "summary": "There is damp in the bedroom.",
    }
    answers.update(overrides)
    return answers


class FlowDriver:
    """Walks the flow, remembering every URL and redirect Location it saw."""

    def __init__(self, client, lang: str = "en"):
        self.client = client
        self.lang = lang
        self.urls: list[str] = []

    def url(self, path: str) -> str:
        return f"/{self.lang}/get-help/{path}"

    def get(self, url: str, **kwargs):
        self.urls.append(url)
        response = self.client.get(url, **kwargs)
        self._note(response)
        return response

    def post(self, url: str, data: dict, **kwargs):
        self.urls.append(url)
        response = self.client.post(url, data, **kwargs)
        self._note(response)
        return response

    def _note(self, response):
        if response.has_header("Location"):
            self.urls.append(response["Location"])

    def answer_all(self, answers: dict, *, start: str | None = None) -> str:
        """Answer questions from start until the check page; returns its URL."""
        url = start or question_url(self.lang, "problem_area")
        for _step in range(60):
            if url.endswith(CHECK):
                return url
            key = key_of(url)
            assert key in answers, f"the flow asked {key}, which the test did not expect"
            response = self.post(url, form_data(key, answers[key]))
            assert response.status_code == 303, (key, response.content.decode()[:2000])
            url = response["Location"]
        raise AssertionError("the flow did not end")

    def contact(self, **details):
        data = {"name": "Amira", "email": "", "phone": "07700 900123", **details}
        return self.post(self.url("contact-details/"), data)

    def send(self, **consents):
        data = {"share_with_centre": "on", **consents}
        return self.post(self.url("consent/"), {k: v for k, v in data.items() if v})

    def complete(self, answers: dict | None = None, **consents):
        self.get(self.url(""))
        self.answer_all(answers or housing_walk())
        self.get(self.url(CHECK))
        assert self.contact().status_code == 303
        self.get(self.url("consent/"))
        return self.send(**consents)
