"""Results as CSV, one row per TPS: :func:`read_results_csv` and :func:`write_results_csv`.

The header is :data:`~pilkada.results.fields.CSV_COLUMNS` followed by ``paslon_1`` ...
``paslon_K``: the terms of the C.Hasil form.
"""

from __future__ import annotations

import codecs
import csv
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Final

import attrs

from pilkada.boundary import COUNT_LIMIT, as_path, count_field, text_field
from pilkada.errors import PilkadaParseError, PilkadaTypeError, PilkadaValueError
from pilkada.regions import normalize_code
from pilkada.results.csv_fast import read_fast
from pilkada.results.fields import (
    CSV_COLUMNS,
    FIELD_NAMES,
    FIELDS,
    INT64_MIN,
    MAX_PAIRS,
    PAIRS,
)
from pilkada.results.records import TpsResult, TpsResults, table_of

__all__ = [
    "ResultsCsvError",
    "RowError",
    "read_results_csv",
    "sniff_delimiter",
    "write_results_csv",
]

PROGRESS_ROWS: Final = 8192  # rows between two calls of a progress callback
#: The most digits of a ``paslon_k`` column's number (never near: at most 20 pairs stand).
SLOT_DIGITS: Final = 6


@attrs.frozen(kw_only=True)
class RowError:
    """One problem in a results CSV: its line (1 is the header), column and value."""

    line: int = attrs.field(validator=count_field(minimum=1))
    column: str = attrs.field(validator=text_field())
    value: str = attrs.field(validator=text_field())
    problem: str = attrs.field(validator=text_field(empty=False))

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.problem} ({self.value!r})"


class ResultsCsvError(PilkadaParseError):
    """A results CSV with one problem or more; ``errors`` lists every one of them.

    ``delimiter`` is the separator the file was read with (sniffed from its header).
    """

    errors: tuple[RowError, ...]
    delimiter: str

    def __init__(self, source: str, errors: Sequence[RowError], *, delimiter: str = ",") -> None:
        self.errors = tuple(errors)
        self.delimiter = delimiter
        shown = "; ".join(map(str, self.errors[:20]))
        more = f"; and {len(self.errors) - 20} more" if len(self.errors) > 20 else ""
        super().__init__(
            "csv",
            source,
            f"{len(self.errors)} problem(s), reading cells separated by {delimiter!r}: "
            f"{shown}{more}",
            f"a header of {', '.join(CSV_COLUMNS)}, paslon_1 ... paslon_K and whole numbers, "
            "separated by ',' or ';'",
        )


def _with_progress(
    rows: Iterator[list[str]], handle: IO[str], progress: Callable[[int, int], None]
) -> Iterator[list[str]]:
    """``rows``, calling ``progress(bytes read, total bytes)`` as they are read.

    Called once at the start, every :data:`PROGRESS_ROWS` rows and once at the end with
    ``(total, total)``; never when the size of ``handle`` cannot be known.
    """
    buffer = getattr(handle, "buffer", None)
    try:
        total = os.fstat(handle.fileno()).st_size
        tell: Callable[[], int] = buffer.tell  # type: ignore[union-attr]
        tell()
    except (AttributeError, OSError, ValueError):  # not a file on disk: no size to report
        yield from rows
        return
    progress(min(tell(), total), total)
    for n, row in enumerate(rows, start=1):
        yield row
        if not n % PROGRESS_ROWS:
            progress(min(tell(), total), total)
    progress(total, total)


def read_results_csv(
    source: str | os.PathLike[str] | IO[str],
    *,
    progress: Callable[[int, int], None] | None = None,
) -> TpsResults:
    """Read a results CSV: one row per TPS.

    The header is :data:`CSV_COLUMNS` followed by ``paslon_1`` ... ``paslon_K``.

    Cells are whole numbers (no thousands separators). Empty ``paslon_k`` and
    ``kolom_kosong`` cells count as 0 (a pair not on that TPS's ballot); every other cell is
    required. The file is read to the end and every malformed row is collected: if there
    is any, one :class:`ResultsCsvError` is raised listing each with its line number and
    column (a TPS repeated is reported at each of its lines); nothing is returned.

    ``progress``, if given, is called as ``progress(done, total)``: the bytes read so far and
    the file's size, once before the first row, every 8,192 rows (a national file has
    about 435,000) and once at the end with ``done == total``; ``done`` never decreases nor
    exceeds ``total``. It is called only when the size is known: for a path, or a text file
    opened on a file on disk (not an :class:`io.StringIO`). The command line draws its
    progress line with it. Without it, reading costs nothing more.
    """
    if not isinstance(source, (str, os.PathLike)) and not hasattr(source, "read"):
        raise PilkadaTypeError(
            "source", source, f"got {type(source).__name__}", "a path, or a text file to read"
        )
    name = getattr(source, "name", None) or str(source)
    if isinstance(source, (str, os.PathLike)):
        path = as_path("source", source)
        fast = _read_path_fast(path, str(name), progress)
        if fast is not None:
            return fast
        with open(path, newline="", encoding="utf-8-sig") as handle:
            return _read(handle, str(name), progress, fast=False)
    return _read(source, str(name), progress)


def _is_slot(column: str) -> bool:
    """``paslon_k``: ``k`` in ASCII digits, without a leading zero (``paslon_03`` is not)."""
    number = column[7:]
    return (
        column.startswith("paslon_")
        and 0 < len(number) <= SLOT_DIGITS
        and number.isascii()
        and number.isdigit()
        and not number.startswith("0")
    )


def _header(header: list[str], name: str, delimiter: str) -> list[int]:
    """The pair slots of a header (``[1, ..., K]``), or the error that refuses it."""
    missing = [c for c in (*CSV_COLUMNS, "paslon_1") if c not in header]
    slots = sorted(int(h[7:]) for h in header if _is_slot(h))
    extra = [h for h in header if h not in CSV_COLUMNS and not _is_slot(h)]
    malformed = [h for h in extra if h.startswith("paslon_")]
    if missing:
        problem = f"missing {missing}"
    elif malformed:
        problem = (
            f"malformed paslon column(s) {[h[:40] for h in malformed[:5]]}: write paslon_k "
            "with k in ASCII digits and no leading zero (paslon_1, paslon_2, ...)"
        )
    elif extra:
        problem = f"unknown {extra}"
    elif slots != list(range(1, len(slots) + 1)) or len(set(header)) < len(header):
        problem = "repeated or non-consecutive paslon columns"
    else:
        return slots
    raise ResultsCsvError(
        name,
        [RowError(line=1, column="header", value=delimiter.join(header), problem=problem)],
        delimiter=delimiter,
    )


def _whole(cell: str) -> int | str:
    """A cell's whole number (ASCII digits, an optional minus), or why it is not one."""
    digits = cell.lstrip("-")
    if not (cell.isascii() and digits.isdigit()):
        return "not a whole number"
    if len(digits.lstrip("0")) > 19:  # 2**63 has 19 digits: no need to convert it
        return "beyond 64 bits (-2**63 to 2**63 - 1)"
    try:
        number = int(cell, 10)
    except ValueError:  # "--5"
        return "not a whole number"
    if not INT64_MIN <= number <= COUNT_LIMIT:
        return "beyond 64 bits (-2**63 to 2**63 - 1)"
    return number


class _Columns:
    """The rows read so far, by column, with the problems found on the way."""

    def __init__(self, header: list[str], slots: list[int]) -> None:
        self.index = {h: i for i, h in enumerate(header)}
        self.width = len(header)
        self.names = (*(c for _, c in FIELDS), *(f"paslon_{k}" for k in slots))
        self.most_pairs = min(MAX_PAIRS, len(slots))
        self.codes: list[str] = []
        self.lines: list[int] = []
        self.fields: list[list[int]] = [[] for _ in FIELDS]
        self.votes: list[list[int]] = [[] for _ in slots]
        self.errors: list[RowError] = []

    def add(self, line: int, row: list[str]) -> None:
        """Read one row into the columns, or note its every problem."""
        if len(row) != self.width:
            problem = f"{len(row)} cells for {self.width} columns"
            self.errors.append(
                RowError(line=line, column="*", value=",".join(row), problem=problem)
            )
            return
        before = len(self.errors)
        values = self._numbers(line, row)
        code = self._code(line, row)
        if len(self.errors) > before or values is None or code is None:
            return
        self.codes.append(code)
        self.lines.append(line)
        for target, value in zip(self.fields, values, strict=False):
            target.append(value)
        for target, value in zip(self.votes, values[len(FIELDS) :], strict=True):
            target.append(value)

    def _numbers(self, line: int, row: list[str]) -> list[int] | None:
        values: list[int] = []
        for column in self.names:
            cell = row[self.index[column]].strip()
            if cell == "" and (column == "kolom_kosong" or column.startswith("paslon_")):
                values.append(0)
            elif isinstance(number := _whole(cell), int):
                values.append(number)
            else:
                self.errors.append(RowError(line=line, column=column, value=cell, problem=number))
        if len(values) < len(self.names):
            return None
        if not 1 <= values[PAIRS] <= self.most_pairs:
            self.errors.append(
                RowError(
                    line=line,
                    column="jumlah_paslon",
                    value=str(values[PAIRS]),
                    problem=f"pairs must be 1 to {self.most_pairs}",
                )
            )
            return None
        return values

    def _code(self, line: int, row: list[str]) -> str | None:
        raw = row[self.index["kode_tps"]].strip()
        try:
            code = normalize_code(raw, "kode_tps")
            if len(code) != 13:
                raise PilkadaValueError("kode_tps", raw, "not a TPS code", "13 digits")
        except PilkadaValueError as exc:
            self.errors.append(
                RowError(line=line, column="kode_tps", value=raw, problem=exc.problem)
            )
            return None
        return code

    def repeated(self) -> Iterator[RowError]:
        """A TPS read more than once, at each line after its first."""
        seen: dict[str, int] = {}
        for code, line in zip(self.codes, self.lines, strict=True):
            if code in seen:
                problem = f"TPS repeated (first on line {seen[code]})"
                yield RowError(line=line, column="kode_tps", value=code, problem=problem)
            else:
                seen[code] = line


def sniff_delimiter(header_line: str) -> str:
    """The separator of a header line: ``;`` (Excel in an Indonesian locale) or ``,``.

    The one that splits the line into more cells wins; a tie (a header of one cell) is ``,``.
    """
    return ";" if header_line.count(";") > header_line.count(",") else ","


def _seekable_at(handle: IO[str]) -> int | None:
    try:
        return handle.tell() if handle.seekable() else None
    except (OSError, ValueError, AttributeError):
        return None


def _read_path_fast(
    path: str | os.PathLike[str], name: str, progress: Callable[[int, int], None] | None
) -> TpsResults | None:
    """A file on disk read as bytes and handed to the fast reader (``None``: read carefully)."""
    with open(path, "rb") as handle:
        raw = handle.read()
    first, _, body = raw.removeprefix(codecs.BOM_UTF8).partition(b"\n")
    try:
        line = first.decode("utf-8")
    except UnicodeDecodeError:
        return None
    delimiter = sniff_delimiter(line)
    try:
        header = [h.strip() for h in next(csv.reader([line], delimiter=delimiter), [])]
    except csv.Error:
        return None
    _header(header, name, delimiter)  # a bad header is refused at once, as the careful way does
    return read_fast(header, body, delimiter, len(raw), progress, PROGRESS_ROWS)


def _read(
    handle: IO[str],
    name: str,
    progress: Callable[[int, int], None] | None = None,
    *,
    fast: bool = True,
) -> TpsResults:
    start = _seekable_at(handle) if fast else None
    first = handle.readline()
    delimiter = sniff_delimiter(first)
    try:
        header = [h.strip() for h in next(csv.reader([first], delimiter=delimiter), [])]
    except csv.Error as exc:  # a NUL byte in the header
        error = RowError(line=1, column="header", value="", problem=f"unreadable CSV: {exc}")
        raise ResultsCsvError(name, [error], delimiter=delimiter) from exc
    slots = _header(header, name, delimiter)
    if start is not None:
        body = handle.read().encode("utf-8")
        quick = read_fast(header, body, delimiter, _file_size(handle), progress, PROGRESS_ROWS)
        if quick is not None:
            return quick
        handle.seek(start)  # something the fast reader does not take: every row read carefully
        handle.readline()
    return _read_rows(handle, name, progress, header, slots, delimiter)


def _file_size(handle: IO[str]) -> int | None:
    try:
        return os.fstat(handle.fileno()).st_size
    except (AttributeError, OSError, ValueError):  # not a file on disk: no size to report
        return None


def _read_rows(
    handle: IO[str],
    name: str,
    progress: Callable[[int, int], None] | None,
    header: list[str],
    slots: list[int],
    delimiter: str,
) -> TpsResults:
    """Every row read and checked one by one, each problem kept with its line and column."""
    reader = csv.reader(handle, delimiter=delimiter)
    lines = 1  # the header, read already
    try:
        read = _Columns(header, slots)
        for row in reader if progress is None else _with_progress(reader, handle, progress):
            if any(cell.strip() for cell in row):
                read.add(lines + reader.line_num, row)
    except csv.Error as exc:  # a cell over the csv module's field limit, a NUL byte
        problem = f"unreadable CSV: {exc}"
        line = lines + max(reader.line_num, 1)
        raise ResultsCsvError(
            name, [RowError(line=line, column="*", value="", problem=problem)], delimiter=delimiter
        ) from exc
    errors = [*read.errors, *read.repeated()]
    if errors:
        raise ResultsCsvError(name, sorted(errors, key=lambda e: e.line), delimiter=delimiter)
    return TpsResults.from_columns(
        tps=read.codes,
        votes=read.votes,
        **dict(zip(FIELD_NAMES, read.fields, strict=True)),
    )


def write_results_csv(
    results: TpsResults | Iterable[TpsResult], target: str | os.PathLike[str] | IO[str]
) -> None:
    """Write results as CSV under the header that :func:`read_results_csv` reads."""
    if not isinstance(results, TpsResults):
        results = TpsResults.from_records(results)
    if isinstance(target, (str, os.PathLike)):
        with open(as_path("target", target), "w", newline="", encoding="utf-8") as handle:
            _write(results, handle)
    elif not hasattr(target, "write"):
        raise PilkadaTypeError(
            "target", target, f"got {type(target).__name__}", "a path, or a text file to write"
        )
    else:
        _write(results, target)


def _write(results: TpsResults, handle: IO[str]) -> None:
    t = table_of(results)
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow([*CSV_COLUMNS, *(f"paslon_{k}" for k in range(1, len(t.votes) + 1))])
    writer.writerows(zip(t.codes, *t.columns, *t.votes, strict=True))
