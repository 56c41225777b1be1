"""Tables as CSV and XLSX files, safe to open in a spreadsheet.

Formula injection: a text cell that starts with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return could run as a formula when the file is opened
(centre names, guide titles and search words are typed by people). Such a
cell gets a leading apostrophe, in both formats, except:

- a phone number: ``+`` then 7 to 15 digits, with only spaces, hyphens and
  brackets between them (``+44 20 7946 0000``, ``+44 (0)20 7946-0000``);
  without letters it cannot name a function or a cell;
- a lone ``-`` (a placeholder, read as text everywhere).

Figures are written as numbers, never as text, so they need nothing.
Suppressed figures are written as their text ("fewer than 5").
"""

from __future__ import annotations

import csv
import io
import re

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from .tables import LABEL, SUPPRESSION_NOTE, Cell, Table

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PHONE = re.compile(r"^\+[0-9][0-9 ()\-]*[0-9]$")
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def is_phone_number(text: str) -> bool:
    return bool(_PHONE.match(text)) and 7 <= sum(ch.isdigit() for ch in text) <= 15


def neutralise(text: str) -> str:
    """text, made safe to open in a spreadsheet (see the module docstring)."""
    if not text or not text.startswith(FORMULA_STARTS):
        return text
    if text == "-" or is_phone_number(text):
        return text
    return "'" + text


def _value(cell: Cell, kind: str):
    if kind != LABEL and cell.value is not None and not isinstance(cell.value, str):
        return cell.value
    return neutralise(cell.text)


def rows(table: Table) -> list[list]:
    """The header and the rows as written to a file."""
    header = [neutralise(str(column.label)) for column in table.columns]
    kinds = [column.kind for column in table.columns]
    return [header] + [
        [_value(cell, kind) for cell, kind in zip(row, kinds, strict=True)] for row in table.rows
    ]


def as_csv(table: Table) -> bytes:
    """UTF-8 with a byte order mark, so spreadsheets read every script right."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows(rows(table))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def as_xlsx(table: Table, *, about: list[tuple[str, str]]) -> bytes:
    """The table on one sheet (header in bold), what it is on a second."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=table.name[:31])
    bold = Font(bold=True)
    for index, row in enumerate(rows(table)):
        sheet.append([_xlsx_cell(sheet, value, bold if index == 0 else None) for value in row])
    notes = book.create_sheet(title=_sheet_title(_("About")))
    for name, value in [(_("Table"), table.title), *about, (_("Small numbers"), SUPPRESSION_NOTE)]:
        notes.append([_xlsx_cell(notes, str(name), bold), _xlsx_cell(notes, str(value))])
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def _xlsx_cell(sheet, value, font=None) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet)
    if isinstance(value, str):
        cell.value = neutralise(value)
        cell.data_type = "s"  # text, never a formula
    else:
        cell.value = value
    if font is not None:
        cell.font = font
    return cell


def _sheet_title(text: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", " ", text)[:31] or "About"
