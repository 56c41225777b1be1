"""Exports: every cell safe to open in a spreadsheet, phone numbers intact."""

import csv
import io

import pytest
from openpyxl import load_workbook

from referrals.insight import tables
from referrals.insight.exports import as_csv, as_xlsx, is_phone_number, neutralise
from referrals.insight.suppression import SHOWN, SMALL, WITHHELD


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://x.example","click")', '\'=HYPERLINK("http://x.example","click")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+44 20 7946 0000 =1", "'+44 20 7946 0000 =1"),
        ("+441", "'+441"),  # too few digits for a phone number
        ("+1234567890123456", "'+1234567890123456"),  # too many (E.164 has 15 at most)
        ("+44 20 CALL ME", "'+44 20 CALL ME"),
        ("--", "'--"),
        # left alone
        ("+44 20 7946 0000", "+44 20 7946 0000"),
        ("+442079460000", "+442079460000"),
        ("+44 (0)20 7946-0000", "+44 (0)20 7946-0000"),
        ("+1-202-555-0100", "+1-202-555-0100"),
        ("-", "-"),
        ("", ""),
        ("Housing", "Housing"),
        ("020 7946 0000", "020 7946 0000"),
        (" =1+1", " =1+1"),
        ("Dyled – =", "Dyled – ="),
        ("'=1", "'=1"),  # already neutral: never doubled
    ],
)
def test_formula_injection_is_neutralised_and_phone_numbers_kept(text, safe):
    assert neutralise(text) == safe
    assert neutralise(neutralise(text)) == safe


def test_phone_numbers_need_seven_to_fifteen_digits():
    assert is_phone_number("+1234567")
    assert not is_phone_number("+123456")
    assert is_phone_number("+123456789012345")
    assert not is_phone_number("+1234567890123456")


@pytest.fixture
def table():
    table = tables.Table(
        name="by_centre",
        title="Enquiries by centre",
        columns=[
            tables.Column("centre", "Centre"),
            tables.Column("enquiries", "Enquiries", tables.COUNT),
            tables.Column("share", "Share", tables.PERCENT),
        ],
    )
    table.rows = [
        [
            tables.label("=Evil Centre", "evil"),
            tables.count(12, SHOWN),
            tables.percent(12, 20, SHOWN),
        ],
        [tables.label("Ośrodek Porad", "pl"), tables.count(3, SMALL), tables.percent(3, 20, SMALL)],
        [tables.label("مركز", "ar"), tables.count(5, WITHHELD), tables.percent(5, 20, WITHHELD)],
        [
            tables.label("+44 20 7946 0000", "phone"),
            tables.count(1234, SHOWN),
            tables.percent(1, 2, SHOWN),
        ],
    ]
    return table


def test_csv_has_labels_numbers_and_suppression_texts(table):
    body = as_csv(table)
    assert body.startswith("\ufeff".encode())  # so spreadsheets read UTF-8
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows == [
        ["Centre", "Enquiries", "Share"],
        ["'=Evil Centre", "12", "60"],
        ["Ośrodek Porad", "fewer than 5", "not shown: from fewer than 5"],
        ["مركز", "withheld", "withheld"],
        ["+44 20 7946 0000", "1234", "50"],
    ]


def test_xlsx_has_the_same_cells_with_figures_as_numbers(table):
    book = load_workbook(
        io.BytesIO(as_xlsx(table, about=[("Period", "2 March 2026 to 29 March 2026")]))
    )
    sheet = book["by_centre"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values == [
        ["Centre", "Enquiries", "Share"],
        ["'=Evil Centre", 12, 60],
        ["Ośrodek Porad", "fewer than 5", "not shown: from fewer than 5"],
        ["مركز", "withheld", "withheld"],
        ["+44 20 7946 0000", 1234, 50],
    ]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    about = {row[0].value: row[1].value for row in book["About"].iter_rows()}
    assert about["Table"] == "Enquiries by centre"
    assert about["Period"] == "2 March 2026 to 29 March 2026"
    assert "fewer than 5" in about["Small numbers"]
