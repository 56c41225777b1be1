import copy
import json

import pytest

from referrals.questionnaire_data import DATA_DIR, read_structure, read_texts
from referrals.selectors import latest_questionnaire_version
from referrals.snapshots import validate_snapshot


@pytest.fixture
def snapshot(db):
    return copy.deepcopy(latest_questionnaire_version().snapshot)


def test_the_starter_questionnaire_is_published_and_valid(snapshot):
    assert validate_snapshot(snapshot) == []
    assert snapshot["start"] == "problem_area"


def test_the_starter_questionnaire_covers_every_area_of_law(snapshot):
    from knowledge.models import AreaOfLaw

    first = snapshot["questions"][0]
    areas = {option["sets"]["area"] for option in first["options"]} - {""}
    assert areas == set(AreaOfLaw.objects.values_list("code", flat=True))


def test_the_starter_questionnaire_asks_what_the_issue_requires(snapshot):
    roles = {question["role"] for question in snapshot["questions"]}
    kinds = {q["key_date_kind"] for q in snapshot["questions"] if q["role"] == "key_date"}

    assert {
        "area",
        "sub_category",
        "key_date",
        "postcode",
        "language",
        "interpreter",
        "accessibility",
        "safe_to_contact",
        "safe_to_leave_message",
        "safe_times",
        "contact_method",
        "summary",
    } <= roles
    assert {"court_hearing", "eviction", "decision_deadline", "detention"} <= kinds
    postcode = next(q for q in snapshot["questions"] if q["role"] == "postcode")
    assert {o["key"] for o in postcode["options"]} == {"no_fixed_address", "prefer_not_to_say"}
    assert not postcode["required"]
    language = next(q for q in snapshot["questions"] if q["role"] == "language")
    assert "bsl" in {o["key"] for o in language["options"]}


def test_translation_files_must_match_the_structure(tmp_path, monkeypatch):
    texts = read_texts("en")
    del texts["questions"]["summary"]
    (tmp_path / "structure.json").write_text(json.dumps(read_structure()))
    (tmp_path / "xx.json").write_text(json.dumps(texts))
    monkeypatch.setattr("referrals.questionnaire_data.DATA_DIR", tmp_path)

    with pytest.raises(ValueError, match="summary"):
        read_texts("xx")


def test_every_shipped_language_file_matches_the_structure():
    for path in DATA_DIR.glob("*.json"):
        if path.stem != "structure":
            assert read_texts(path.stem)["language"] == path.stem


def _question(snapshot, key):
    return next(q for q in snapshot["questions"] if q["key"] == key)


@pytest.mark.parametrize(
    "break_it, message",
    [
        (lambda s: _question(s, "summary").update(next="problem_area"), "loop back"),
        (lambda s: _question(s, "summary").update(text={}), "no English text"),
        (lambda s: _question(s, "interpreter")["options"].pop(), "exactly the options"),
        (
            lambda s: _question(s, "housing_leave_date").update(key_date_kind=""),
            "needs a kind of key date",
        ),
        (
            lambda s: _question(s, "problem_area")["options"][0].update(next="nowhere"),
            "does not exist",
        ),
        (
            lambda s: _question(s, "safe_times")["options"][0].update(next="summary"),
            "cannot branch",
        ),
        (
            lambda s: _question(s, "language")["options"][0].update(key="klingon"),
            "not language codes",
        ),
        (
            lambda s: _question(s, "contact_method")["options"][0].update(key="pigeon"),
            "may only offer",
        ),
        (
            lambda s: _question(s, "postcode")["options"][0].update(key="E16AN"),
            "looks like a postcode",
        ),
        (
            lambda s: _question(s, "means_tested")["options"][0]["sets"].update(
                eligibility=["rich"]
            ),
            "unknown eligibility",
        ),
        (
            lambda s: _question(s, "problem_area")["options"][0].update(next="housing_tenure"),
            "cannot be reached",
        ),
        (lambda s: _question(s, "summary").update(kind="date"), "role that does not fit"),
    ],
)
def test_publishing_refuses_a_questionnaire_nobody_could_finish(snapshot, break_it, message):
    break_it(snapshot)

    assert any(message in problem for problem in validate_snapshot(snapshot))
