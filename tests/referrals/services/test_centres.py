import copy

import pytest

from referrals.models import Centre
from referrals.services import CentreImportError, centres_export, centres_import

pytestmark = pytest.mark.django_db

ISSUE_EXAMPLE = {
    "centres": [
        {
            "slug": "riverside",
            "name": "Riverside Law Centre",
            "email": "advice@riverside.example",
            "phone": "020 7946 0000",
            "areas": ["housing", "benefits"],
            "coverage": ["E1", "E2", "N"],
            "national": False,
            "languages": ["en", "pl", "bsl"],
            "weekly_capacity": 20,
            "accepts_urgent": True,
            "opening_hours": {"mon": ["09:00", "17:00"], "tue": ["09:00", "17:00"]},
        }
    ]
}


def test_the_issue_format_imports():
    counts = centres_import(data=copy.deepcopy(ISSUE_EXAMPLE))

    centre = Centre.objects.get(slug="riverside")
    assert (counts.created, counts.updated, counts.unchanged) == (1, 0, 0)
    assert sorted(centre.areas.values_list("code", flat=True)) == ["benefits", "housing"]
    assert centre.coverage == ["E1", "E2", "N"] and centre.languages == ["bsl", "en", "pl"]
    assert centre.opening_hours == {"mon": ["09:00", "17:00"], "tue": ["09:00", "17:00"]}


def test_importing_twice_changes_nothing_and_changes_are_updates():
    centres_import(data=copy.deepcopy(ISSUE_EXAMPLE))
    assert centres_import(data=copy.deepcopy(ISSUE_EXAMPLE)).unchanged == 1

    changed = copy.deepcopy(ISSUE_EXAMPLE)
    changed["centres"][0]["areas"] = ["housing"]
    changed["centres"][0]["weekly_capacity"] = 5
    assert centres_import(data=changed).updated == 1
    centre = Centre.objects.get()
    assert centre.weekly_capacity == 5 and list(centre.areas.values_list("code", flat=True)) == [
        "housing"
    ]


def test_export_is_the_import_format_and_round_trips():
    data = copy.deepcopy(ISSUE_EXAMPLE)
    data["centres"][0]["description"] = {"en": "Free advice.", "cy": "Cyngor am ddim."}
    centres_import(data=data)

    exported = centres_export()

    entry = exported["centres"][0]
    for key, value in ISSUE_EXAMPLE["centres"][0].items():
        assert entry[key] == (sorted(value) if key in ("areas", "languages") else value)
    assert entry["description"] == {"en": "Free advice.", "cy": "Cyngor am ddim."}
    assert centres_import(data=exported).unchanged == 1


def _broken(**changes):
    data = copy.deepcopy(ISSUE_EXAMPLE)
    data["centres"].insert(0, {**data["centres"][0], "slug": "fine-one"})
    data["centres"][1].update(changes)
    return data


@pytest.mark.parametrize(
    "data, message",
    [
        ({"centre": []}, '"centres" list'),
        (_broken(areas=["astrology"]), 'Centre 2 ("riverside"): unknown area of law astrology'),
        (_broken(coverage=["E1 6AN"]), "“E1 6AN” is not a postcode area"),
        (_broken(coverage=[], national=False), "cover nowhere"),
        (_broken(languages=["klingon"]), "“klingon” is not a language code"),
        (_broken(weekly_capacity="20"), "weekly_capacity must be a whole number"),
        (_broken(opening_hours={"monday": ["09:00", "17:00"]}), "is not a day"),
        (_broken(email="nope"), "is not an e-mail address"),
        (_broken(slug="Not A Slug"), "slug must be"),
        (_broken(slug="fine-one"), "appears twice"),
        (_broken(national="yes"), "national must be true or false"),
    ],
)
def test_a_malformed_file_is_refused_whole_naming_the_entry(data, message):
    with pytest.raises(CentreImportError) as caught:
        centres_import(data=data)

    assert message in str(caught.value)
    assert not Centre.objects.exists()


def test_a_missing_field_is_named():
    data = copy.deepcopy(ISSUE_EXAMPLE)
    del data["centres"][0]["languages"]

    with pytest.raises(CentreImportError, match='Centre 1 \\("riverside"\\): missing languages'):
        centres_import(data=data)
