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

from collections.abc import Callable
from typing import Any, Final

from pilkada.errors import PilkadaError
from pilkada.results.fields import FIELDS
from pilkada.results.records import TpsResults

__all__ = ["BLOCK_BYTES", "read_fast"]

#: Bytes parsed per block: progress is reported between blocks.
BLOCK_BYTES: Final = 1 << 22
#: What the body of a plain file holds, besides its separator.
_PLAIN: Final = b'0123456789-." \t\r\n'
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
    body: str,
    delimiter: str,
    total: int | None,
    progress: Callable[[int, int], None] | None,
    every: int,
) -> TpsResults | None:
    """The batch of a plain CSV body (the lines after ``header``), or ``None`` to read it carefully.

    ``progress(done, total)`` is called as :func:`~pilkada.results.csv.read_results_csv`
    documents it: at the start, every ``every`` rows, and at the end, when ``total`` (the
    file's size) is known.
    """
    modules = _pyarrow()
    raw = body.encode("utf-8")
    if modules is None or not raw.strip() or raw.translate(None, _PLAIN + delimiter.encode()):
        return None
    pa, pacsv = modules
    done = max(0, (total or 0) - len(raw))  # the header's bytes (and a byte-order mark)
    report = _Progress(progress, total, done, len(raw), every)
    types = {name: pa.int64() for name in header}
    types["kode_tps"] = pa.string()
    try:
        reader = pacsv.open_csv(
            pa.BufferReader(raw),
            read_options=pacsv.ReadOptions(column_names=header, block_size=BLOCK_BYTES),
            parse_options=pacsv.ParseOptions(delimiter=delimiter),
            convert_options=pacsv.ConvertOptions(column_types=types),
        )
        batches = []
        for batch in reader:
            batches.append(batch)
            report.rows(batch.num_rows)
        table = pa.Table.from_batches(batches, schema=reader.schema)
    except (pa.ArrowException, ValueError):
        return None
    report.end()
    return _batch(table, header, pa)


def _batch(table: Any, header: list[str], pa: Any) -> TpsResults | None:  # noqa: ANN401
    columns = {}
    for name in header:
        column = table[name].combine_chunks()
        if column.null_count:
            if name != _OPTIONAL and not name.startswith("paslon_"):
                return None  # an empty count: the careful reader names its line
            column = column.fill_null(0)
        columns[name] = column
    codes = columns["kode_tps"]
    if _any_dot(codes):
        tps: Any = codes.to_pylist()  # dotted codes: each one normalised and checked
    else:
        try:
            tps = codes.cast(pa.int64())
        except (pa.ArrowException, ValueError):
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


def _any_dot(codes: Any) -> bool:  # noqa: ANN401
    import pyarrow.compute as pc  # type: ignore[import-untyped,unused-ignore]  # noqa: PLC0415

    return bool(pc.any(pc.match_substring(codes, ".")).as_py())


class _Progress:
    """Calls ``progress`` every ``every`` rows, with the bytes the parser has read so far.

    The parser reads a block ahead of the rows it hands over: the bytes read so far are the
    header's and those of every block up to the current one (all of a small file at once).
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
        self.start = done
        self.size = size
        self.blocks = 1
        self.seen = 0
        if self.progress is not None:
            self.progress(self._read(), self.total)

    def _read(self) -> int:
        return min(self.start + min(self.size, self.blocks * BLOCK_BYTES), self.total)

    def rows(self, count: int) -> None:
        """A block of ``count`` rows was handed over."""
        if self.progress is None:
            return
        first, self.seen = self.seen, self.seen + count
        for _ in range(first // self.every * self.every + self.every, self.seen + 1, self.every):
            self.progress(self._read(), self.total)
        self.blocks += 1

    def end(self) -> None:
        """Every row was read."""
        if self.progress is not None:
            self.progress(self.total, self.total)
