"""Routing behaviours beyond single decisions: order, reasons, shape, time."""

import datetime as dt
import random
from dataclasses import replace

import pytest

from referrals.routing import route

from .routing_helpers import MON_10, MON_20, NATIONAL, SAT_22, centre, facts


def test_the_decision_does_not_depend_on_the_order_centres_are_given_in():
    centres = [centre(f"c{i}", coverage=["E1", "E"][i % 2 :], load=i % 4) for i in range(12)]
    expected = route(facts(), centres, MON_10)
    for seed in range(10):
        shuffled = centres[:]
        random.Random(seed).shuffle(shuffled)
        assert route(facts(), shuffled, MON_10) == expected


def test_reasons_read_as_a_caseworker_would_explain_them():
    decision = route(facts(language="pl"), [centre("a", languages=["en", "pl"], load=7)], MON_10)

    reasons = decision.as_json({"housing": "Housing"})["ranked"][0]["reasons"]

    assert reasons == [
        "covers E1",
        "speaks Polish",
        "Housing specialist",
        "3 of 10 weekly slots free",
    ]


def test_reasons_explain_interpreters_urgency_and_full_centres():
    decision = route(facts(language="bsl", urgent=True), [centre("a", load=10)], MON_20)

    reasons = [str(reason) for reason in decision.ranked[0].reasons]

    assert "needs a British Sign Language interpreter" in reasons
    assert "takes urgent cases; opens within 13 hours" in reasons
    assert "no weekly slots left (10 of 10 used)" in reasons


def test_triage_says_why():
    assert str(route(facts(postcode="M1 1AE"), [centre("a")], MON_10).reasons[0]) == (
        "no centre handling housing covers this postcode"
    )
    assert str(route(facts(urgent=True), [centre("a")], SAT_22).reasons[0]) == (
        "no centre that takes urgent cases is open soon enough"
    )


def test_the_json_shape_is_the_public_contract():
    decision = route(facts(), [centre("a"), centre("b", coverage=["E"])], MON_10)

    data = decision.as_json()

    assert list(data) == ["chosen", "level", "interpreter_needed", "ranked"]
    assert data["chosen"] == "a"
    assert [entry["centre"] for entry in data["ranked"]] == ["a", "b"]
    assert all(set(entry) == {"centre", "score", "reasons"} for entry in data["ranked"])
    assert route(facts(area=None), [], MON_10).as_json()["chosen"] == "triage"


def test_scores_fall_with_rank_and_stay_between_zero_and_one():
    centres = [
        centre("sector", coverage=["E1 6"], languages=["en", "pl"]),
        centre("district", coverage=["E1"], languages=["en", "pl"], load=5),
        centre("area", coverage=["E"]),
        centre("n", **NATIONAL),
    ]
    scores = [r.score for r in route(facts(language="pl"), centres, MON_10).ranked]

    assert scores == sorted(scores, reverse=True)
    assert all(0 <= score <= 1 for score in scores)


def test_opening_hours_follow_uk_summer_time():
    summer = dt.datetime(2026, 7, 6, 8, 30, tzinfo=dt.UTC)  # 09:30 in London (BST)
    decision = route(
        facts(urgent=True), [centre("a", opening_hours={"mon": ["09:00", "10:00"]})], summer
    )

    assert decision.chosen == "a"
    assert str(decision.ranked[0].reasons[3]) == "takes urgent cases; open now"


def test_sequential_routing_spreads_load_between_equal_centres():
    centres = {slug: centre(slug) for slug in ("a", "b", "c")}
    for _ in range(24):
        chosen = route(facts(), list(centres.values()), MON_10).chosen
        centres[chosen] = replace(centres[chosen], load=centres[chosen].load + 1)

    assert sorted(c.load for c in centres.values()) == [8, 8, 8]


def test_routing_needs_an_aware_time():
    with pytest.raises(ValueError):
        route(facts(), [centre("a")], dt.datetime(2026, 11, 23, 10, 0))
