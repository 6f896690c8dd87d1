"""Results from an .xlsx workbook (pilkada.results.xlsx): the CSV's columns and checks."""

from __future__ import annotations

import io
import sys

import pytest

from pilkada import (
    PilkadaError,
    PilkadaMissingDependencyError,
    PilkadaParseError,
    PilkadaValueError,
    ResultsCsvError,
    ResultsXlsxError,
    read_results_csv,
    read_results_xlsx,
    write_results_csv,
)
from tests.strategies import KAB

openpyxl = pytest.importorskip("openpyxl")


def _rows() -> list[list[object]]:
    """KAB as the rows of a sheet: the CSV's header, then numbers as number cells."""
    text = io.StringIO()
    write_results_csv(KAB, text)
    rows: list[list[object]] = []
    for n, line in enumerate(text.getvalue().splitlines()):
        cells = line.split(",")
        rows.append(cells if n == 0 else [cells[0], *(int(c) for c in cells[1:])])
    return rows


def _book(path, rows, *, title="Blora", before=()):
    book = openpyxl.Workbook()
    first = book.active
    first.title = before[0] if before else title
    sheet = first if not before else book.create_sheet(title)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_sheet_reads_as_its_csv(tmp_path):
    path = _book(tmp_path / "hasil.xlsx", _rows())
    text = io.StringIO()
    write_results_csv(KAB, text)
    text.seek(0)
    assert list(read_results_xlsx(path)) == list(read_results_csv(text))


def test_a_sheet_by_title_with_codes_as_digits_floats_and_blank_columns(tmp_path):
    rows = _rows()
    rows[1][0] = "3316012001001"  # the code without dots
    rows[2][3] = float(rows[2][3])  # a number cell written as a float: 250.0
    rows = [[*row, None] for row in rows]  # a formatted, empty column on the right
    path = _book(tmp_path / "hasil.xlsx", rows, before=("Catatan",))
    assert len(read_results_xlsx(path, sheet="Blora")) == len(KAB)
    with pytest.raises(PilkadaValueError) as info:
        read_results_xlsx(path, sheet="Jati")
    assert (info.value.field, info.value.value) == ("sheet", "Jati")
    assert "['Catatan', 'Blora']" in info.value.rule


def test_bad_rows_are_named_by_sheet_row_and_column(tmp_path):
    rows = _rows()
    rows[2][2] = "dua ratus"  # row 3, column C (dpt)
    rows[4][8] = 12.5  # row 5, column I (suara_sah)
    path = _book(tmp_path / "hasil.xlsx", rows)
    with pytest.raises(ResultsXlsxError) as info:
        read_results_xlsx(path)
    error = info.value
    assert isinstance(error, ResultsCsvError)  # caught as any results file's error
    assert (error.field, error.sheet) == ("xlsx", "Blora")
    assert [(e.line, e.column, e.value) for e in error.errors] == [
        (3, "C (dpt)", "dua ratus"),
        (5, "I (suara_sah)", "12.5"),
    ]
    assert "row 3, column C (dpt): not a whole number" in error.problem


def test_a_missing_column_names_the_header(tmp_path):
    rows = [row[:2] + row[3:] for row in _rows()]  # no dpt
    with pytest.raises(ResultsXlsxError) as info:
        read_results_xlsx(_book(tmp_path / "hasil.xlsx", rows))
    (error,) = info.value.errors
    assert (error.line, error.column) == (1, "header")
    assert "missing ['dpt']" in error.problem


def test_a_file_that_is_no_workbook_is_refused(tmp_path):
    path = tmp_path / "hasil.xlsx"
    path.write_bytes(b"kode_tps,dpt\n")
    with pytest.raises(PilkadaParseError) as info:
        read_results_xlsx(path)
    assert (info.value.field, info.value.value) == ("xlsx", str(path))
    assert "not a readable .xlsx workbook" in info.value.problem


def test_progress_counts_the_rows(tmp_path):
    calls = []
    read_results_xlsx(_book(tmp_path / "hasil.xlsx", _rows()), progress=lambda *a: calls.append(a))
    assert calls == [(0, 6), (6, 6)]


def test_without_openpyxl_a_clear_error(tmp_path, monkeypatch):
    path = _book(tmp_path / "hasil.xlsx", _rows())
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(PilkadaMissingDependencyError) as info:
        read_results_xlsx(path)
    assert (info.value.field, info.value.value) == ("read_results_xlsx()", "openpyxl")
    assert info.value.rule == 'install it with: pip install "pilkada[xlsx]"'


@pytest.mark.parametrize(
    ("call", "field", "rule"),
    [
        (lambda: read_results_xlsx(None), "source", "a path, or a binary file to read"),
        (lambda: read_results_xlsx(10**5000), "source", "a path, or a binary file to read"),
        (lambda: read_results_xlsx("a\0b.xlsx"), "source", "a file path without NUL characters"),
        (lambda: read_results_xlsx(io.BytesIO(), sheet=1), "sheet", "a sheet's title"),
        (lambda: read_results_xlsx(io.BytesIO(), progress=[]), "progress", "a callable"),
    ],
)
def test_an_argument_of_the_wrong_kind_is_refused_naming_it(call, field, rule):
    with pytest.raises(PilkadaError) as caught:
        call()
    assert caught.value.field == field
    assert caught.value.rule == rule
