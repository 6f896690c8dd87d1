"""The fast way through a results CSV: pyarrow's reader, for files that need no care.

:func:`read_fast` takes a CSV whose body is nothing but digits, minus signs, dots, quotes,
blanks, line breaks and its separator, parses it with ``pyarrow.csv`` (multi-threaded C++)
straight into ``int64`` columns, and builds the batch from them. Anything else (a letter,
``0x1F``, a ``+``, an empty count, a repeated TPS, a bad code, a row of the wrong width) makes
it give up and return ``None``: :func:`~pilkada.results.csv.read_results_csv` then reads every
row carefully, and reports each problem with its line, column and value. So the fast path
accepts exactly what the careful one accepts, and refuses nothing on its own.

pyarrow is optional (``pip install "pilkada[arrow]"``): without it every file is read
carefully.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Final

from pilkada.errors import PilkadaError
from pilkada.results.fields import FIELDS
from pilkada.results.records import TpsResults

__all__ = ["BLOCK_BYTES", "read_fast"]

#: Bytes parsed per block: progress is reported between blocks.
BLOCK_BYTES: Final = 1 << 24
#: What the body of a plain file holds, besides its separator.
_PLAIN: Final = b'0123456789-." \t\r\n'
#: A dotted TPS code, in full.
_DOTTED: Final = r"^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}\.[0-9]{3}$"
#: Columns where an empty cell is 0 (a pair not on that TPS's ballot).
_OPTIONAL: Final = "kolom_kosong"


def _pyarrow() -> tuple[Any, Any] | None:
    try:
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]  # noqa: PLC0415
        import pyarrow.csv as pacsv  # type: ignore[import-untyped,unused-ignore]  # noqa: PLC0415
    except ImportError:
        return None
    return pa, pacsv


def read_fast(
    header: list[str],
    body: bytes,
    delimiter: str,
    total: int | None,
    progress: Callable[[int, int], None] | None,
    every: int,
) -> TpsResults | None:
    """The batch of a plain CSV body (the bytes after ``header``), or ``None`` to read it carefully.

    The body is parsed a block of about :data:`BLOCK_BYTES` (whole lines) at a time, each
    block by pyarrow's threads. ``progress(done, total)`` is called as
    :func:`~pilkada.results.csv.read_results_csv` documents it: at the start, every ``every``
    rows, and at the end, when ``total`` (the file's size) is known.
    """
    modules = _pyarrow()
    if modules is None or not body.strip() or body.translate(None, _PLAIN + delimiter.encode()):
        return None
    pa, pacsv = modules
    done = max(0, (total or 0) - len(body))  # the header's bytes (and a byte-order mark)
    report = _Progress(progress, total, done, len(body), every)
    types = {name: pa.int64() for name in header}
    types["kode_tps"] = pa.string()
    options = {
        "read_options": pacsv.ReadOptions(column_names=header),
        "parse_options": pacsv.ParseOptions(delimiter=delimiter),
        "convert_options": pacsv.ConvertOptions(column_types=types),
    }
    tables = []
    try:
        for block in _blocks(body):
            tables.append(pacsv.read_csv(pa.BufferReader(block), **options))
            report.rows(tables[-1].num_rows, len(block))
        table = pa.concat_tables(tables)
    except (pa.ArrowException, ValueError):
        return None
    report.end()
    return _batch(table, header, pa)


def _blocks(body: bytes) -> Iterator[memoryview]:
    """The body in blocks of about :data:`BLOCK_BYTES`, each ending at a line's end."""
    view = memoryview(body)
    start = 0
    while start < len(body):
        end = body.find(b"\n", start + BLOCK_BYTES) + 1 or len(body)
        if view[start:end].tobytes().strip():  # pragma: no branch (a blank tail is skipped)
            yield view[start:end]
        start = end


def _batch(table: Any, header: list[str], pa: Any) -> TpsResults | None:  # noqa: ANN401
    columns = {}
    for name in header:
        column = table[name].combine_chunks()
        if column.null_count:
            if name != _OPTIONAL and not name.startswith("paslon_"):
                return None  # an empty count: the careful reader names its line
            column = column.fill_null(0)
        columns[name] = column
    tps = _codes(columns["kode_tps"], pa)
    if tps is None:
        return None
    slots = sorted(int(h[7:]) for h in header if h.startswith("paslon_"))
    try:
        return TpsResults.from_columns(
            tps=tps,
            **{name: columns[column] for name, column in FIELDS},
            votes=[columns[f"paslon_{k}"] for k in slots],
        )
    except PilkadaError:
        return None  # a bad code, a repeated TPS, pairs out of range: named by line, carefully


def _codes(codes: Any, pa: Any) -> Any:  # noqa: ANN401
    """The codes as 13-digit ints (dotted ones in the full dotted form), or ``None``."""
    import pyarrow.compute as pc  # type: ignore[import-untyped,unused-ignore]  # noqa: PLC0415

    if pc.any(pc.match_substring(codes, ".")).as_py():
        if not pc.all(pc.match_substring_regex(codes, _DOTTED)).as_py():
            return None  # a code the careful reader names, with its line
        codes = pc.replace_substring(codes, ".", "")
    if not pc.all(pc.equal(pc.utf8_length(codes), 13)).as_py():
        return None
    try:
        return codes.cast(pa.int64())
    except (pa.ArrowException, ValueError):
        return None


class _Progress:
    """Calls ``progress`` every ``every`` rows, with the bytes parsed so far.

    A block is parsed at once: every call for its rows reports the bytes up to its end (all
    of a small file at once).
    """

    def __init__(
        self,
        progress: Callable[[int, int], None] | None,
        total: int | None,
        done: int,
        size: int,
        every: int,
    ) -> None:
        self.progress = progress if total is not None else None
        self.total = total or 0
        self.every = every
        self.done = done
        self.seen = 0
        if self.progress is not None:
            self.progress(min(done + min(size, BLOCK_BYTES), self.total), self.total)

    def rows(self, count: int, size: int) -> None:
        """A block of ``count`` rows and ``size`` bytes was parsed."""
        self.done += size
        if self.progress is None:
            return
        first, self.seen = self.seen, self.seen + count
        for _ in range(first // self.every * self.every + self.every, self.seen + 1, self.every):
            self.progress(min(self.done, self.total), self.total)

    def end(self) -> None:
        """Every row was read."""
        if self.progress is not None:
            self.progress(self.total, self.total)
