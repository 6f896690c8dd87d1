"""Building the columns of a batch: every count and code checked, kept as read-only ``int64``.

:meth:`~pilkada.results.records.TpsResults.from_columns` hands its arguments here. An
``int64`` column without nulls from Arrow memory (a pyarrow array of one chunk, a polars
column), which nobody can write to, is kept as it is, without a copy; any other column is
copied, so that a batch never changes under its reader. Values that are not ints of 64 bits
are refused, naming the first one as the one count check
(:func:`~pilkada.results.fields.form_count`) words it.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from pilkada.boundary import as_items
from pilkada.errors import PilkadaTypeError, PilkadaValueError
from pilkada.regions import PROVINCES, check_code_parts, normalize_code
from pilkada.results.fields import (
    FIELD_NAMES,
    PAIRS,
    check_pairs,
    form_count,
)
from pilkada.results.kernels import Column, Table

__all__ = ["build_table", "codes_as_keys", "count_column"]


def build_table(tps: object, given: Mapping[str, object], votes: object) -> Table:
    """The table of a batch, sorted by TPS code: ``given`` holds each field's values.

    Raises:
        PilkadaTypeError: a value is not an int (floats are refused).
        PilkadaValueError: a malformed TPS code, columns of unequal length, a number of
            pairs out of range.
    A TPS code may appear twice: :meth:`~pilkada.results.records.TpsResults.from_columns`
    refuses it, looking at the sorted codes.
    """
    keys = codes_as_keys(tps)
    n = len(keys)
    kolom_kosong = given.get("kolom_kosong")
    filled = {
        **given,
        "kolom_kosong": np.zeros(n, np.int64) if kolom_kosong is None else kolom_kosong,
    }
    columns = [count_column(name, filled[name], n) for name in FIELD_NAMES]
    vote_columns = [count_column(f"votes[{k}]", v, n) for k, v in enumerate(_vote_items(votes))]
    _check_pair_columns(columns, vote_columns)
    if n > 1 and not bool(np.all(keys[1:] > keys[:-1])):
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        columns = [c[order] for c in columns]
        vote_columns = [c[order] for c in vote_columns]
    for column in (keys, *columns, *vote_columns):
        column.setflags(write=False)
    return Table(keys, 13, columns, vote_columns, np.ones(n, dtype=np.int64))


def _vote_items(votes: object) -> Sequence[object]:
    if isinstance(votes, np.ndarray) and votes.ndim == 2:  # one row per pair
        return list(votes)
    return as_items("votes", votes)


def count_column(field: str, values: object, n: int) -> Column:
    """A read-only ``int64`` column: shared with a read-only source (Arrow), else copied."""
    given = values
    if not isinstance(values, (list, tuple, array, np.ndarray)) and not hasattr(
        values, "__array__"
    ):
        given = as_items(field, values)
    column = _arrow_int64(given)
    if column is None:
        column = np.asarray(given)
    if column.ndim != 1 or column.dtype.kind not in "iu" or _beyond_int64(column):
        if not column.size and column.ndim == 1:
            column = np.zeros(0, dtype=np.int64)
        else:
            items = list(given) if isinstance(given, (list, tuple)) else column.tolist()
            for i, value in enumerate(items):  # the first value refused, named by the one check
                form_count(f"{field}[{i}]", value)
            column = np.array(items, dtype=np.int64)
    if column.dtype != np.int64 or column.flags.writeable or not _immutable(values):
        column = column.astype(np.int64)  # a copy: the caller may change its own array
    column.setflags(write=False)
    if len(column) != n:
        raise PilkadaValueError(
            field, len(column), f"{len(column)} values for {n} TPS", "one value for each TPS"
        )
    return column


def _arrow_int64(values: Any) -> npt.NDArray[np.int64] | None:  # noqa: ANN401 (any column)
    """A pyarrow ``int64`` column without nulls, as a NumPy view of its buffer (no copy).

    Read straight from the buffer: pyarrow's own ``to_numpy`` would import pandas.
    """
    if type(values).__module__.partition(".")[0] != "pyarrow":
        return None
    if hasattr(values, "num_chunks"):  # a ChunkedArray: one chunk is shared, several joined
        values = values.chunk(0) if values.num_chunks == 1 else values.combine_chunks()
    if str(getattr(values, "type", "")) != "int64" or values.null_count:
        return None
    data = values.buffers()[1]
    if data is None:
        return np.zeros(0, dtype=np.int64)
    return np.frombuffer(data, dtype=np.int64, count=len(values), offset=8 * values.offset)


def _immutable(values: object) -> bool:
    """Whether ``values`` is an Arrow-backed column (pyarrow, polars): its memory never changes.

    A NumPy array or a pandas column can be written to by its owner after the batch is made,
    so it is copied.
    """
    return type(values).__module__.partition(".")[0] in {"pyarrow", "polars"}


def _beyond_int64(column: npt.NDArray[Any]) -> bool:
    return column.dtype.kind == "u" and column.size > 0 and int(column.max()) >= 2**63


def codes_as_keys(tps: object) -> Column:
    """The TPS codes as 13-digit ints, each checked (strings, dotted or not, or ints)."""
    if not isinstance(tps, (list, tuple, str)) and hasattr(tps, "__array__"):
        shared = _arrow_int64(tps)
        given = np.asarray(tps) if shared is None else shared
        if given.ndim == 1 and given.dtype.kind in "iu":
            keys = given.astype(np.int64)
            _check_keys(keys)
            return keys
        tps = given.tolist()
    codes = list(as_items("tps", tps))
    if not codes:
        return np.zeros(0, dtype=np.int64)
    digits = _code_digits(codes)
    keys = np.zeros(len(codes), dtype=np.int64)
    for k in range(13):  # Horner: 13 passes over the digits, each in C
        keys *= 10
        keys += digits[:, k]
    _check_keys(keys)
    return keys


def _check_keys(keys: Column) -> None:
    """Refuse a code that is not a TPS code, naming the first one (as a string code).

    The parts of a code are checked once per distinct desa (half a million TPS share
    80,000 of them): one division over the whole column, the rest over the desa.
    """
    if not len(keys):
        return
    desa, number = np.divmod(keys, 1000)
    bad = number == 0
    if len(desa) > 1 and bool(np.all(desa[1:] >= desa[:-1])):
        distinct = desa[np.concatenate([[True], desa[1:] != desa[:-1]])]
    else:
        distinct = np.unique(desa)
    provinces = np.array(sorted(map(int, PROVINCES)), dtype=np.int64)
    wrong = (distinct < 10**9) | (distinct >= 10**10) | ~np.isin(distinct // 10**8, provinces)
    for low, high in ((10**6, 100), (10**4, 100), (1, 10_000)):
        wrong |= (distinct // low) % high == 0  # a zero kab/kota, kecamatan or desa number
    if wrong.any():
        bad |= np.isin(desa, distinct[wrong])
    for i in np.flatnonzero(bad)[:1].tolist():
        code = str(int(keys[i]))
        if len(code) != 13:
            raise PilkadaValueError(
                f"tps[{i}]", code, f"{code!r} is not a TPS code", "13 digits, dots optional"
            )
        check_code_parts(code, field=f"tps[{i}]")


def _code_digits(codes: list[str]) -> npt.NDArray[np.uint8]:
    """The digits of each code (one row of 13 per code), or the error naming the first bad one.

    Checked over the joined bytes at once; a code is looked at alone only to word an error.
    """
    if set(map(type, codes)) - {str}:
        i, bad = next((i, c) for i, c in enumerate(codes) if not isinstance(c, str))
        raise PilkadaTypeError(f"tps[{i}]", bad, f"got {type(bad).__name__}", "a TPS code")
    joined = "".join(codes)
    if "." in joined:
        codes = [normalize_code(code, f"tps[{i}]") for i, code in enumerate(codes)]
        joined = "".join(codes)
    raw = joined.encode("utf-8")
    digits = np.frombuffer(raw, dtype=np.uint8) - np.uint8(48)  # a byte not a digit: above 9
    if set(map(len, codes)) != {13} or len(raw) != 13 * len(codes) or bool((digits > 9).any()):
        # some code is then not 13 ASCII digits: a length other than 13, a byte not ASCII
        # (more bytes than characters) or an ASCII byte not a digit
        i, code = next(
            (i, c) for i, c in enumerate(codes) if len(c) != 13 or not (c.isascii() and c.isdigit())
        )
        raise PilkadaValueError(
            f"tps[{i}]", code, f"{code!r} is not a TPS code", "13 digits, dots optional"
        )
    return digits.reshape(len(codes), 13)


def _check_pair_columns(columns: list[Column], votes: list[Column]) -> None:
    if not votes:
        raise PilkadaValueError("votes", votes, "no vote columns", "pair 1's votes at least")
    if not len(columns[PAIRS]):
        return
    most = int(columns[PAIRS].max())
    check_pairs(int(columns[PAIRS].min()))
    check_pairs(most)
    if most > len(votes):
        raise PilkadaValueError(
            "votes",
            len(votes),
            f"{len(votes)} vote columns for up to {most} pairs",
            "a vote column for each pair on any ballot",
        )
