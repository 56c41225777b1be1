"""Encryption at rest, seen from the database's side."""

import pytest
from django.apps import apps
from django.db import connection

from referrals.fields.centre import clean_coverage, clean_languages
from referrals.services import ContactDetails, enquiry_add_note, enquiry_refer_on

from .factories import housing_answers, submit

MARKER = "Zqx7Marker"


def _every_text_cell_of_referrals_tables() -> list[str]:
    cells = []
    with connection.cursor() as cursor:
        for model in apps.get_app_config("referrals").get_models():
            cursor.execute(f"SELECT * FROM {model._meta.db_table}")  # noqa: S608
            cells.extend(str(value) for row in cursor.fetchall() for value in row)
    return cells


@pytest.mark.django_db
def test_raw_sql_sees_no_personal_data(riverside, northside, riverside_caseworker):
    result = submit(
        answers=housing_answers(
            summary=f"{MARKER} summary",
            accessibility_details=f"{MARKER} needs",
            postcode="E1 6AN",
        ),
        contact=ContactDetails(
            name=f"{MARKER} Name", email=f"{MARKER.lower()}@example.org", phone="07700 900777"
        ),
    )
    enquiry_add_note(enquiry=result.enquiry, actor=riverside_caseworker, body=f"{MARKER} note")
    enquiry_refer_on(
        enquiry=result.enquiry,
        actor=riverside_caseworker,
        to_centre=northside,
        reason=f"{MARKER} why",
    )

    cells = _every_text_cell_of_referrals_tables()

    for secret in (MARKER, MARKER.lower(), "7700900777", "E1 6AN"):
        assert not [cell for cell in cells if secret in cell]
    # ... while the application reads them back.
    result.enquiry.refresh_from_db()
    assert result.enquiry.name == f"{MARKER} Name"
    assert result.enquiry.private_answers["accessibility_details"] == f"{MARKER} needs"


def test_coverage_and_languages_are_cleaned_like_the_import():
    assert clean_coverage(["e1", "sw9 7", "E1"]) == ["E1", "SW9 7"]
    assert clean_languages(["PL", "bsl", "zh_Hant"]) == ["bsl", "pl", "zh-hant"]
