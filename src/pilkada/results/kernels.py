"""The columnar engine: whole columns of 64-bit counts summed and compared by NumPy.

A batch of TPS keeps its codes as one sorted ``int64`` column (a 13-digit code is an int
below ``10**13``; province codes start at 11, so no code has a leading zero) and each field
as an ``int64`` column. The functions here add and compare whole columns in C:

* a group's rows are contiguous (the codes are sorted), so a recapitulation is one
  ``np.add.reduceat`` per column, over bounds found by comparing code prefixes
  (``codes // 10**k``), never a hash table;
* every sum is *checked before it is made*: a column's largest magnitude times its number
  of rows bounds every sum of its rows; where that bound fits an ``int64``, NumPy sums
  exactly; where it does not (a negative number of ``-2**63`` on a form, an absurdly large
  one), the same sums are made with Python's unbounded ints, and a sum beyond 64 bits is
  refused. NumPy's integer arithmetic wraps silently: no sum here is made where it could.

Both paths give the same answer on every input; the property tests hold them to it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any, Final, TypeAlias

import numpy as np
import numpy.typing as npt

from pilkada.errors import PilkadaValueError
from pilkada.results.fields import FIELDS, PAIRS

__all__ = [
    "INT64_ROOM",
    "Column",
    "Table",
    "as_column",
    "broken_rows_mask",
    "codes_of",
    "empty_table",
    "exact_sum",
    "fits",
    "group_bounds",
    "group_sums",
    "lows_and_highs",
    "magnitude",
    "stray_mask",
    "table_of_rows",
    "true_rows",
]

Column: TypeAlias = npt.NDArray[np.int64]
#: Every sum made in ``int64`` must stay below this (in magnitude).
INT64_ROOM: Final = 2**63
_TPS_DIGITS: Final = 13
#: Columns shorter than this are summed as Python ints: exact, and faster than two checks.
_SMALL: Final = 4096


def as_column(values: object) -> Column:
    """An ``int64`` column of ``values`` (no copy where it already is one)."""
    return np.asarray(values, dtype=np.int64)


def magnitude(column: npt.NDArray[np.int64]) -> int:
    """The largest ``abs(value)`` of a column, as a Python int (0 when empty)."""
    if not column.size:
        return 0
    return max(-int(column.min()), int(column.max()))


def fits(columns: Sequence[npt.NDArray[np.int64]], rows: int) -> bool:
    """Whether any sum of ``rows`` values from each of ``columns`` fits an ``int64``.

    The bound is the sum of the columns' largest magnitudes times ``rows``: checked before
    summing, in Python's ints.
    """
    return sum(map(magnitude, columns)) * max(rows, 1) < INT64_ROOM


def _refuse_sum() -> PilkadaValueError:
    return PilkadaValueError(
        "results",
        None,
        "an area's sum is beyond 64 bits",
        "counts that add up to less than 2**63 in every area",
    )


def _back_to_int64(sums: npt.NDArray[np.object_]) -> Column:
    """Exact sums (Python ints) as ``int64``, or the error refusing one beyond 64 bits."""
    values = sums.tolist()
    if values and not (min(values) >= -INT64_ROOM and max(values) < INT64_ROOM):
        raise _refuse_sum()
    return sums.astype(np.int64)


def group_sums(
    columns: Sequence[npt.NDArray[np.int64]], bounds: npt.NDArray[np.intp], *, fast: bool = True
) -> list[Column]:
    """Each column's sums over the rows ``bounds[g]:bounds[g + 1]`` (the last to the end).

    With ``fast`` (the default), a column whose every sum provably fits an ``int64`` is
    summed by ``np.add.reduceat``; any other column, and every column with ``fast=False``,
    is summed with Python's unbounded ints, and a sum beyond 64 bits is refused.

    Raises:
        PilkadaValueError: an area's sum is beyond 64 bits.
    """
    n = len(columns[0]) if columns else 0
    sums: list[Column] = []
    for column in columns:
        if not len(bounds):
            sums.append(np.zeros(0, dtype=np.int64))
        elif fast and fits([column], n):
            sums.append(np.add.reduceat(column, bounds))
        else:
            sums.append(_back_to_int64(np.add.reduceat(column.astype(object), bounds)))
    return sums


def exact_sum(column: npt.NDArray[np.int64]) -> int:
    """The sum of a column as a Python int (exact whatever its values)."""
    if len(column) < _SMALL:
        return sum(column.tolist())
    if fits([column], len(column)):
        return int(column.sum())
    return sum(column.tolist())


def group_bounds(keys: npt.NDArray[np.int64], drop: int) -> tuple[Column, npt.NDArray[np.intp]]:
    """The distinct ``keys // 10**drop`` (sorted keys: groups are contiguous) and their starts."""
    prefixes = keys // (10**drop) if drop else keys
    if not len(prefixes):
        return prefixes, np.zeros(0, dtype=np.intp)
    starts = np.flatnonzero(prefixes[1:] != prefixes[:-1]) + 1
    bounds = np.concatenate([np.zeros(1, dtype=np.intp), starts.astype(np.intp)])
    return prefixes[bounds], bounds


def codes_of(keys: npt.NDArray[np.int64], digits: int) -> list[str]:
    """Codes of ``digits`` digits as strings (zero-padded where a key is shorter)."""
    values = keys.tolist()
    if not values or min(values) >= 10 ** (digits - 1):
        return list(map(str, values))
    return [f"{v:0{digits}d}" for v in values]


def true_rows(mask: npt.NDArray[np.bool_]) -> list[int]:
    """The rows where ``mask`` is true, in order."""
    rows: list[int] = np.flatnonzero(mask).tolist()
    return rows


def rows_outside(keys: Column, drop: int, known: Column) -> list[int]:
    """The rows whose ``key // 10**drop`` is not in ``known`` (sorted), by binary search."""
    prefixes = keys // (10**drop) if drop else keys
    distinct = np.unique(prefixes)
    if not len(distinct):
        return []
    at = np.minimum(np.searchsorted(known, distinct), max(len(known) - 1, 0))
    found = known[at] == distinct if len(known) else np.zeros(len(distinct), dtype=np.bool_)
    missing = distinct[~found]
    if not len(missing):
        return []
    return true_rows(np.isin(prefixes, missing))


def group_totals(keys: Column, drop: int, values: Sequence[int] | Column) -> list[int]:
    """``values`` (one per key, keys sorted) added up per group of ``keys // 10**drop``."""
    _, bounds = group_bounds(keys, drop)
    if not len(bounds):
        return []
    column = np.asarray(values, dtype=np.int64)
    return [int(v) for v in np.add.reduceat(column, bounds).tolist()]


def zero_mask(columns: Sequence[Column]) -> npt.NDArray[np.int64]:
    """1 where every one of ``columns`` is zero, else 0 (one int per row)."""
    mask = np.ones(len(columns[0]), dtype=np.bool_)
    for column in columns:
        mask &= column == 0
    return mask.astype(np.int64)


def stray_mask(
    pairs: Column, kolom_kosong: Column, votes: Sequence[Column]
) -> npt.NDArray[np.bool_]:
    """Rows with votes for no one on the ballot (see :func:`~pilkada.results.checks.is_stray`).

    Pair ``k``'s votes where fewer than ``k`` pairs stand; the kolom kosong's where several do.
    """
    mask: npt.NDArray[np.bool_] = (kolom_kosong != 0) & (pairs > 1)
    for number, column in enumerate(votes, start=1):
        mask |= (column != 0) & (pairs < number)
    return mask


def lows_and_highs(columns: Sequence[Column]) -> tuple[list[int], list[int]]:
    """Each column's smallest and largest value, as Python ints (0 for an empty column)."""
    lows = [int(c.min()) if c.size else 0 for c in columns]
    highs = [int(c.max()) if c.size else 0 for c in columns]
    return lows, highs


def _row_sums(columns: Sequence[Column]) -> npt.NDArray[Any]:
    if len(columns) == 1:
        return columns[0]
    total = columns[0] + columns[1]
    for column in columns[2:]:
        total += column  # in place: one temporary, whatever the number of columns
    return total


def broken_rows_mask(
    found: Sequence[Column], expected: Sequence[Column], *, at_most: bool, exact: bool
) -> npt.NDArray[np.bool_]:
    """Rows where ``sum(found)`` exceeds (``at_most``) or differs from ``sum(expected)``.

    The caller checks before summing that the row sums fit an ``int64`` (:func:`fits`);
    where they may not, ``exact`` makes them with Python's unbounded ints.
    """
    if exact:
        found = [c.astype(object) for c in found]
        expected = [c.astype(object) for c in expected]
    got, want = _row_sums(found), _row_sums(expected)
    result = np.greater(got, want) if at_most else np.not_equal(got, want)
    return np.asarray(result, dtype=np.bool_)


class Table:
    """Sorted unique codes with their integer columns: the shape TPS batches and recaps share.

    Attributes:
        keys: The codes as ints, sorted, unique.
        digits: How many digits a code has (13 for TPS, 10 desa, 6, 4, 2).
        columns: The fields in :data:`~pilkada.results.fields.FIELDS` order (the pairs,
            index 0, are a maximum over the rows, not a sum).
        votes: One column per pair slot.
        tps: How many TPS each row counts.
    """

    __slots__ = ("_codes", "columns", "digits", "keys", "tps", "votes")

    def __init__(
        self,
        keys: Column,
        digits: int,
        columns: list[Column],
        votes: list[Column],
        tps: Column,
    ) -> None:
        self.keys = keys
        self.digits = digits
        self.columns = columns
        self.votes = votes
        self.tps = tps
        self._codes: list[str] | None = None

    @property
    def pairs(self) -> Column:
        """The number of pairs on the ballot (of each TPS; the most, for an area)."""
        return self.columns[PAIRS]

    @property
    def codes(self) -> list[str]:
        """The codes as strings (made once, when first read)."""
        if self._codes is None:
            self._codes = codes_of(self.keys, self.digits)
        return self._codes

    def __len__(self) -> int:
        return len(self.keys)

    def code(self, index: int) -> str:
        """One row's code."""
        return (
            self._codes[index]
            if self._codes is not None
            else codes_of(self.keys[index : index + 1], self.digits)[0]
        )

    def row(self, index: int) -> tuple[int, list[int], list[int]]:
        """One row as Python ints: its TPS count, its fields and its votes."""
        return (
            int(self.tps[index]),
            [int(c[index]) for c in self.columns],
            [int(v[index]) for v in self.votes],
        )

    def votes_by_row(self, pairs: int) -> tuple[tuple[int, ...], ...]:
        """Each row's votes for the first ``pairs`` pairs, as Python ints."""
        return tuple(zip(*(v.tolist() for v in self.votes[:pairs]), strict=True))

    def find(self, prefix: str) -> tuple[int, int]:
        """The rows whose code starts with ``prefix`` (``low``, ``high``)."""
        codes = self.codes
        return bisect_left(codes, prefix), bisect_left(codes, prefix + ":")  # ":" sorts last

    def summed(self) -> list[Column]:
        """The columns a recapitulation adds up: TPS, the fields but the pairs, the votes."""
        return [self.tps, *self.columns[1:], *self.votes]

    def part(self, low: int, high: int) -> Table:
        """The rows ``low:high`` (views, no copy)."""
        return Table(
            self.keys[low:high],
            self.digits,
            [c[low:high] for c in self.columns],
            [v[low:high] for v in self.votes],
            self.tps[low:high],
        )

    def aggregate(self, digits: int, *, fast: bool = True) -> Table:
        """The table of the groups of codes sharing their first ``digits`` digits.

        Raises:
            PilkadaValueError: an area's sum is beyond 64 bits.
        """
        keys, bounds = group_bounds(self.keys, self.digits - digits)
        if not len(keys):
            return empty_table(digits, len(self.votes))
        sums = group_sums(self.summed(), bounds, fast=fast)
        pairs = np.maximum.reduceat(self.pairs, bounds)
        columns = [pairs, *sums[1 : len(FIELDS)]]
        return Table(keys, digits, columns, sums[len(FIELDS) :], sums[0])

    def totals(self) -> tuple[int, list[int], list[int]]:
        """Every row added up, exactly, as Python ints (the pairs: their maximum)."""
        columns = [exact_sum(c) for c in self.columns]
        columns[PAIRS] = int(self.pairs.max()) if len(self) else 0
        return exact_sum(self.tps), columns, [exact_sum(v) for v in self.votes]


def table_of_rows(
    codes: list[str],
    digits: int,
    columns: list[list[int]],
    votes: list[list[int]],
    tps: list[int],
) -> Table:
    """A table from codes (sorted, unique, checked by the caller) and Python int values.

    Raises:
        PilkadaValueError: a value is beyond 64 bits, or not an int.
    """

    def column(field: str, values: list[int]) -> Column:
        try:
            return np.array(values, dtype=np.int64) if values else np.zeros(0, dtype=np.int64)
        except (OverflowError, TypeError, ValueError):
            raise PilkadaValueError(
                field, None, "a value is not an int of 64 bits", "ints from -2**63 to 2**63 - 1"
            ) from None

    keys = np.array(list(map(int, codes)), dtype=np.int64) if codes else column("codes", [])
    names = [name for name, _ in FIELDS]
    table = Table(
        keys,
        digits,
        [column(name, values) for name, values in zip(names, columns, strict=True)],
        [column(f"votes[{k}]", values) for k, values in enumerate(votes)],
        column("tps", tps),
    )
    table._codes = list(codes)
    return table


def empty_table(digits: int = _TPS_DIGITS, slots: int = 0) -> Table:
    """A table of no rows."""
    empty = np.zeros(0, dtype=np.int64)
    return Table(empty, digits, [empty for _ in FIELDS], [empty for _ in range(slots)], empty)
