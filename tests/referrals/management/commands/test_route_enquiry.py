import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from ...factories import CentreFactory

pytestmark = pytest.mark.django_db


def route(*args):
    out = StringIO()
    call_command("route_enquiry", *args, stdout=out)
    return json.loads(out.getvalue())


@pytest.fixture
def centres(db):
    CentreFactory(slug="riverside", coverage=["E1"], languages=["en", "pl"], weekly_capacity=10)
    CentreFactory(slug="eastside", coverage=["E"], languages=["en"])
    CentreFactory(
        slug="national-immigration",
        coverage=[],
        national=True,
        areas=["immigration"],
        languages=["ar"],
    )


def test_prints_the_decision_in_the_documented_shape(centres):
    decision = route("--area", "housing", "--postcode", "E1 6AN", "--language", "pl")

    assert list(decision) == ["chosen", "level", "interpreter_needed", "ranked"]
    assert decision["chosen"] == "riverside" and decision["level"] == "area_coverage_language"
    assert decision["interpreter_needed"] is False
    assert decision["ranked"][0] == {
        "centre": "riverside",
        "score": 0.88,
        "reasons": [
            "covers E1",
            "speaks Polish",
            "Housing specialist",
            "10 of 10 weekly slots free",
        ],
    }
    assert [entry["centre"] for entry in decision["ranked"]] == ["riverside", "eastside"]


def test_postcode_may_be_omitted(centres):
    decision = route("--area", "immigration", "--language", "ar")

    assert decision["chosen"] == "national-immigration"


def test_urgent_outside_opening_hours_goes_to_triage(centres):
    decision = route(
        "--area", "housing", "--postcode", "E1", "--urgent", "--as-of", "2026-11-28T22:00:00"
    )

    assert decision == {
        "chosen": "triage",
        "level": "triage",
        "interpreter_needed": False,
        "ranked": [],
    }


@pytest.mark.parametrize(
    "args, message",
    [
        (["--area", "astrology"], "Unknown area of law"),
        (["--area", "housing", "--postcode", "nowhere"], "not a UK postcode"),
        (["--area", "housing", "--language", "klingon"], "Unknown language"),
        (["--area", "housing", "--as-of", "yesterday"], "not an ISO 8601"),
    ],
)
def test_bad_arguments_are_explained(centres, args, message):
    with pytest.raises(CommandError, match=message):
        route(*args)
