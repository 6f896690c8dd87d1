"""The fast paths: whole columns of 64-bit counts summed and compared in C.

A batch of TPS keeps each field as an ``array("q")`` column. The functions here add and
compare those columns without making a Python int per value where they can:

* :func:`is_small` tells whether a column's every value is in ``[0, 2**40)`` (every real
  count is), reading the high bytes of its int64s;
* such columns are *packed*: read as one big int of 64-bit lanes (:func:`as_lanes`), so a
  column-wise sum is one big-int addition, and lanes cannot carry into each other;
* any other column (a negative number on a form, an absurdly large one) takes the *exact*
  path: Python's unbounded ints, still mapped in C.

Both paths give the same answer on every input; the property tests hold them to it.
"""

from __future__ import annotations

import operator
import re
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate, chain, compress, groupby, islice
from typing import Final

from pilkada.errors import PilkadaValueError
from pilkada.results.fields import FIELDS

__all__ = [
    "SMALL_BITS",
    "Table",
    "as_lanes",
    "differing_rows",
    "empty_table",
    "exceeding_rows",
    "from_lanes",
    "group_sums",
    "is_small",
    "negative_rows",
]

SMALL_BITS: Final = 40  # values below 2**40, fewer than 2**23 rows: sums stay below 2**63
_LITTLE: Final = sys.byteorder == "little"
#: The bytes of an int64 that hold bits 40 to 63.
_HIGH_BYTES: Final = tuple(b if _LITTLE else 7 - b for b in range(SMALL_BITS // 8, 8))
#: The byte of an int64 that holds its sign (and bits 56 to 63).
_TOP_BYTE: Final = 7 if _LITTLE else 0
_NON_NEGATIVE: Final = bytes(range(128))
_NEGATIVE_BYTE: Final = re.compile(rb"[\x80-\xff]")
_ZERO: Final = re.compile(rb"\x00")
#: Added to each lane before a subtraction, so that no lane borrows from the next: packed sums
#: stay below 2**56 (2**16 columns of values below 2**40).
_BIAS: Final = (1 << 56).to_bytes(8, sys.byteorder)
_BLOCK: Final = 256


def is_small(column: array[int]) -> bool:
    """Whether every value is in ``[0, 2**40)`` and there are fewer than ``2**23`` of them.

    Read off the three high bytes of each int64, in C, without making a Python int per value.
    """
    if len(column) >= 2 ** (63 - SMALL_BITS):
        return False
    raw = column.tobytes()
    return all(raw[b::8].count(0) == len(column) for b in _HIGH_BYTES)


def as_lanes(column: array[int]) -> int:
    """A column as one non-negative int: value ``i`` in bits ``64 * i`` up (small ones only)."""
    return int.from_bytes(column.tobytes(), sys.byteorder)


def from_lanes(value: int, n: int) -> array[int]:
    """The ``n`` int64 lanes of :func:`as_lanes`'s int, as a column again."""
    column = array("q")
    column.frombytes(value.to_bytes(8 * n, sys.byteorder))
    return column


def negative_rows(column: array[int]) -> Iterator[int]:
    """The rows holding a negative number, found through the sign byte of each int64."""
    signs = column.tobytes()[_TOP_BYTE::8]
    if signs.translate(None, _NON_NEGATIVE):
        yield from (match.start() for match in _NEGATIVE_BYTE.finditer(signs))


def differing_rows(left: Sequence[int], right: Sequence[int]) -> Iterator[int]:
    """The rows where two equal-length columns differ (compared block by block in C)."""
    if left == right:
        return
    for start in range(0, len(left), _BLOCK):
        end = start + _BLOCK
        if left[start:end] != right[start:end]:
            yield from (i for i in range(start, min(end, len(left))) if left[i] != right[i])


def exceeding_rows(found: int, limit: int, n: int) -> Iterator[int]:
    """The rows where the lanes of ``found`` exceed those of ``limit`` (packed sums).

    ``limit - found + 2**56`` is in ``(0, 2**57)`` for lanes below 2**56: its top byte is 0
    exactly where ``found > limit``.
    """
    room = (limit + int.from_bytes(_BIAS * n, sys.byteorder) - found).to_bytes(8 * n, sys.byteorder)
    return (m.start() for m in _ZERO.finditer(room[_TOP_BYTE::8]))


def group_sums(
    columns: list[array[int]], bounds: list[int], *, pack: bool = True
) -> list[array[int]]:
    """Each column's sums over the rows ``bounds[g]:bounds[g + 1]``, exactly.

    Group sums are differences of prefix sums, all in C. Columns whose every prefix sum fits
    an int64 lane without a sign (see :func:`is_small`: every real count) are packed side by
    side into one Python int per row, so a single prefix-sum pass serves them all: lanes
    cannot carry into each other, and the sums are read back as int64. Any other column, or
    every column with ``pack=False``, is summed on its own with Python's unbounded ints.
    """
    at_bound = bytearray(bounds[-1] + 1)  # prefix sums are kept only where a group starts
    for b in bounds:
        at_bound[b] = 1

    def differences(values: Iterable[int]) -> Iterator[int]:
        at = list(compress(accumulate(values, initial=0), at_bound))
        return map(operator.sub, islice(at, 1, None), at)

    packed = [k for k, column in enumerate(columns) if pack and is_small(column)]
    sums = [array("q") if k in packed else _column(differences(c)) for k, c in enumerate(columns)]
    if packed:
        for k, column in zip(
            packed, _packed_sums([columns[k] for k in packed], differences), strict=True
        ):
            sums[k] = column
    return sums


def _column(sums: Iterable[int]) -> array[int]:
    try:
        return array("q", sums)
    except OverflowError:
        raise PilkadaValueError(
            "results",
            None,
            "an area's sum is beyond 64 bits",
            "counts that add up to less than 2**63 in every area",
        ) from None


def _packed_sums(
    columns: list[array[int]], differences: Callable[[Iterable[int]], Iterator[int]]
) -> list[array[int]]:
    """The group sums of small columns, interleaved as lanes of one int per row."""
    width, order = len(columns), sys.byteorder  # lanes keep the machine's int64 layout
    size = 8 * width
    interleaved = array("q", bytes(size * len(columns[0])))
    lanes = memoryview(interleaved)
    for lane, column in enumerate(columns):
        lanes[lane::width] = memoryview(column)
    raw = interleaved.tobytes()
    del interleaved, lanes
    as_int = int.from_bytes
    step = size * 4096  # rows are made a block at a time: as fast as one list, less memory
    blocks = (
        [as_int(raw[i : i + size], order) for i in range(start, min(start + step, len(raw)), size)]
        for start in range(0, len(raw), step)
    )
    table = array("q")
    table.frombytes(
        b"".join([s.to_bytes(size, order) for s in differences(chain.from_iterable(blocks))])
    )
    return [table[lane::width] for lane in range(width)]


class Table:
    """Sorted unique codes with their integer columns: the shape TPS batches and recaps share."""

    __slots__ = ("_bounds", "codes", "columns", "pairs", "tps", "votes")

    def __init__(
        self,
        codes: list[str],
        columns: list[array[int]],
        votes: list[array[int]],
        pairs: array[int],
        tps: array[int],
    ) -> None:
        self.codes = codes
        self.columns = columns  # the fields in FIELDS order (index 0, the pairs, not summed)
        self.votes = votes
        self.pairs = pairs
        self.tps = tps
        self._bounds: dict[int, tuple[list[str], list[int]]] = {}

    def summed(self) -> list[array[int]]:
        """The columns a recapitulation adds up: TPS, the fields but the pairs, the votes."""
        return [self.tps, *self.columns[1:], *self.votes]

    def bounds(self, length: int) -> tuple[list[str], list[int]]:
        """The distinct code prefixes of ``length`` digits and where each group starts."""
        if length not in self._bounds:
            keys = list(map(operator.itemgetter(slice(0, length)), self.codes))
            counts = Counter(keys)  # the codes are sorted: groups are contiguous, in order
            self._bounds[length] = (list(counts), list(accumulate(counts.values(), initial=0)))
        return self._bounds[length]

    def part(self, low: int, high: int) -> Table:
        """The rows ``low:high``."""
        return Table(
            self.codes[low:high],
            [c[low:high] for c in self.columns],
            [v[low:high] for v in self.votes],
            self.pairs[low:high],
            self.tps[low:high],
        )

    def aggregate(self, length: int, *, pack: bool = True) -> Table:
        """The table of the groups of codes sharing their first ``length`` digits."""
        keys, bounds = self.bounds(length)
        if not keys:
            return empty_table()
        sums = group_sums(self.summed(), bounds, pack=pack)
        # The number of pairs is constant over a contest: where no run of equal values crosses
        # a group's edge, each group's first value is its maximum.
        ends = set(accumulate(sum(1 for _ in run) for _, run in groupby(self.pairs)))
        if ends <= set(bounds):
            pairs = array("q", [self.pairs[b] for b in bounds[:-1]])
        else:
            slices = map(slice, bounds, islice(bounds, 1, None))
            pairs = array("q", map(max, map(self.pairs.__getitem__, slices)))
        n_votes = len(self.votes)
        columns = [pairs, *sums[1 : len(FIELDS)]]
        return Table(keys, columns, sums[len(FIELDS) :][:n_votes], pairs, sums[0])


def empty_table() -> Table:
    """A table of no rows."""
    return Table([], [array("q") for _ in FIELDS], [], array("q"), array("q"))
