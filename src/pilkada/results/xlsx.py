"""Results from an Excel workbook (``.xlsx``), one row per TPS: :func:`read_results_xlsx`.

A sheet holds the same columns as the library's CSV (:data:`~pilkada.results.CSV_COLUMNS`,
then ``paslon_1`` ... ``paslon_K``), under a header in its first row. The rows are checked by
the CSV reader itself (:func:`~pilkada.results.read_results_csv`), so a workbook and a CSV
are refused for the same reasons; an error names the sheet's row and its column letter.

The workbook is read with `openpyxl <https://openpyxl.readthedocs.io>`_, an optional
dependency: ``pip install "pilkada[xlsx]"``.
"""

from __future__ import annotations

import csv
import importlib
import io
import os
import zipfile
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any, Final

from pilkada.boundary import as_path
from pilkada.errors import (
    PilkadaMissingDependencyError,
    PilkadaParseError,
    PilkadaTypeError,
    PilkadaValueError,
)
from pilkada.results.csv import ResultsCsvError, RowError, read_results_csv
from pilkada.results.fields import CSV_COLUMNS
from pilkada.results.records import TpsResults

__all__ = ["ResultsXlsxError", "read_results_xlsx"]

#: Rows between two calls of a progress callback.
PROGRESS_ROWS: Final = 8192
#: The largest whole number a float cell holds exactly (2**53).
_EXACT_FLOAT: Final = 2**53


class ResultsXlsxError(ResultsCsvError):
    """A results sheet with one problem or more; ``errors`` lists every one of them.

    Each :class:`~pilkada.results.RowError` names the sheet's row (``line``, 1 is the header)
    and the column by its letter and name (``"C (dpt)"``). ``sheet`` is the sheet's title.
    """

    sheet: str

    def __init__(self, source: str, sheet: str, errors: Sequence[RowError]) -> None:
        self.errors = tuple(errors)
        self.sheet = sheet
        shown = "; ".join(str(e).replace("line ", "row ", 1) for e in self.errors[:20])
        more = f"; and {len(self.errors) - 20} more" if len(self.errors) > 20 else ""
        PilkadaParseError.__init__(
            self,
            "xlsx",
            f"{source} [{sheet}]",
            f"{len(self.errors)} problem(s): {shown}{more}",
            f"a header of {', '.join(CSV_COLUMNS)}, paslon_1 ... paslon_K and whole numbers",
        )


def _openpyxl() -> Any:  # noqa: ANN401 - a module without type hints of its own
    try:
        return importlib.import_module("openpyxl")
    except ImportError as exc:
        if exc.name is not None and exc.name.partition(".")[0] != "openpyxl":
            raise  # a broken install of it, not a missing one
        raise PilkadaMissingDependencyError(
            package="openpyxl", extra="xlsx", feature="read_results_xlsx()"
        ) from exc


def read_results_xlsx(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    sheet: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> TpsResults:
    """Read the results of an ``.xlsx`` workbook's sheet: one row per TPS.

    ``sheet`` is the sheet's title; by default the workbook's first sheet. The first row is
    the header, with the columns of :func:`~pilkada.results.read_results_csv` in any order;
    each row below is one TPS. A cell holds a whole number (a number cell, or its digits as
    text); an empty ``paslon_k`` or ``kolom_kosong`` cell counts as 0. A formula counts by
    the value Excel last computed for it (a workbook never opened in a spreadsheet program
    has none, and its formula cells are refused as empty). The TPS code may be written with
    or without dots.

    ``progress``, if given, is called as ``progress(rows read, rows in the sheet)``: once
    before the first row, every 8,192 rows and once at the end.

    Raises:
        PilkadaMissingDependencyError: openpyxl is not installed (``pilkada[xlsx]``).
        PilkadaParseError: the file is not a workbook openpyxl can read.
        PilkadaValueError: no sheet of that title (``field == "sheet"``).
        ResultsXlsxError: bad rows, every one named by sheet row and column.
    """
    source, name = _source_of(source)
    if sheet is not None and not isinstance(sheet, str):
        raise PilkadaTypeError("sheet", sheet, f"got {type(sheet).__name__}", "a sheet's title")
    if progress is not None and not callable(progress):
        raise PilkadaTypeError("progress", progress, f"got {type(progress).__name__}", "a callable")
    openpyxl = _openpyxl()
    invalid = importlib.import_module("openpyxl.utils.exceptions").InvalidFileException
    try:  # a file that cannot be opened raises OSError, as read_results_csv does
        book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError, invalid) as exc:
        raise PilkadaParseError(
            "xlsx", name, f"not a readable .xlsx workbook ({exc})", "an Excel workbook (.xlsx)"
        ) from exc
    try:
        titles = list(book.sheetnames)
        if sheet is not None and sheet not in titles:
            raise PilkadaValueError("sheet", sheet, "no sheet of that title", f"one of {titles}")
        chosen = book[sheet if sheet is not None else titles[0]]
        rows = chosen.iter_rows(values_only=True)
        text, row_of_line, header = _as_csv(rows, chosen.max_row, progress)
        title = str(chosen.title)
    finally:
        book.close()
    try:
        return read_results_csv(io.StringIO(text, newline=""))
    except ResultsCsvError as exc:
        errors = [_in_sheet(e, row_of_line, header) for e in exc.errors]
        raise ResultsXlsxError(name, title, errors) from None


def _source_of(source: object) -> tuple[str | IO[bytes], str]:
    """The workbook to open (a path without NUL, or a binary file) and its name for errors."""
    if isinstance(source, (str, os.PathLike)):
        path = as_path("source", source)
        return path, path
    if not hasattr(source, "read"):
        raise PilkadaTypeError(
            "source", source, f"got {type(source).__name__}", "a path, or a binary file to read"
        )
    return source, str(getattr(source, "name", None) or source)  # type: ignore[return-value]


def _as_csv(
    rows: Iterable[Sequence[object]],
    total: int | None,
    progress: Callable[[int, int], None] | None,
) -> tuple[str, list[int], list[str]]:
    """The sheet as CSV text, the sheet row of each CSV line (index 1 on), and the header."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    row_of_line = [0]
    header: list[str] = []
    size = total or 0
    report = progress if size > 0 else None  # no size known: nothing to report against
    if report is not None:
        report(0, size)
    for n, row in enumerate(rows, start=1):
        cells = [_cell(value) for value in row]
        if n == 1:
            while cells and not cells[-1].strip():
                cells.pop()  # blank columns right of the header
            header = [c.strip() for c in cells]
        else:
            while len(cells) > len(header) and not cells[-1].strip():
                cells.pop()  # blank cells right of the table
            cells += [""] * (len(header) - len(cells))  # an empty cell Excel did not store
        before = out.tell()
        writer.writerow(cells)
        lines = out.getvalue()[before:].count("\n")
        row_of_line += [n] * lines
        if report is not None and not n % PROGRESS_ROWS:
            report(min(n, size), size)
    if report is not None:
        report(size, size)
    return out.getvalue(), row_of_line, header


def _cell(value: object) -> str:
    """A cell as the CSV reader sees it: a whole number's digits, or the text to refuse."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) <= _EXACT_FLOAT:
        return str(int(value))  # a number cell holds floats; 250.0 is exactly 250
    return str(value)


def _letter(index: int) -> str:
    """A column's letter: 0 is ``A``, 26 is ``AA``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _in_sheet(error: RowError, row_of_line: list[int], header: list[str]) -> RowError:
    """The error at the sheet's row, its column named by letter and name."""
    line = error.line
    row = row_of_line[line] if 0 <= line < len(row_of_line) else line
    column = error.column
    if column in header:
        column = f"{_letter(header.index(column))} ({column})"
    return RowError(line=row, column=column, value=error.value, problem=error.problem)
