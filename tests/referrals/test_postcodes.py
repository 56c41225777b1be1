import pytest

from referrals.postcodes import (
    AREA,
    DISTRICT,
    SECTOR,
    coverage_match,
    normalise_coverage,
    parse_postcode,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("e1 6an", "E1 6AN"),
        ("SW1A1AA", "SW1A 1AA"),
        (" ec1a  1bb ", "EC1A 1BB"),
        ("M601NW", "M60 1NW"),
        ("CF10 1EP", "CF10 1EP"),
        ("sw9", "SW9"),
    ],
)
def test_postcodes_are_normalised(text, expected):
    assert str(parse_postcode(text)) == expected


@pytest.mark.parametrize("text", ["", None, "hello", "E1 6A", "12345", "E1 6CI", "Q1 1AA1"])
def test_things_that_are_not_postcodes_are_refused(text):
    assert parse_postcode(text) is None


def test_a_postcode_knows_its_area_district_and_sector():
    postcode = parse_postcode("SW9 7AB")

    assert (postcode.area, postcode.outward, postcode.sector) == ("SW", "SW9", "SW9 7")
    assert parse_postcode("SW9").sector == ""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("e", ("E", AREA)),
        ("sw9", ("SW9", DISTRICT)),
        ("sw9 7", ("SW9 7", SECTOR)),
        ("SW19", ("SW19", DISTRICT)),
    ],
)
def test_coverage_entries_are_normalised_with_their_kind(text, expected):
    assert normalise_coverage(text) == expected


@pytest.mark.parametrize("text", ["", "E1 6AN", "SW9 7A", "1", "E 1"])
def test_coverage_entries_that_are_not_prefixes_are_refused(text):
    assert normalise_coverage(text) is None


def test_the_most_specific_coverage_entry_wins():
    postcode = parse_postcode("SW9 7AB")

    assert coverage_match(postcode, ("SW", "SW9", "SW9 7")) == ("SW9 7", SECTOR)
    assert coverage_match(postcode, ("SW", "SW9")) == ("SW9", DISTRICT)
    assert coverage_match(postcode, ("SW",)) == ("SW", AREA)
    assert coverage_match(postcode, ("S", "SW1")) is None
    assert coverage_match(None, ("SW",)) is None
