"""The recapitulation, tier by tier: desa/kelurahan (PPS), kecamatan (PPK), kab/kota, provinsi.

:func:`recapitulate` adds TPS counts (or a finer :class:`Recap`) up to a level; every number
is kept exactly, and each area carries the anomalies of the TPS inside it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Final, overload

import attrs

from pilkada import sources
from pilkada.boundary import as_items, count_field, items_field
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.i18n import DEFAULT_LOCALE, format_percent
from pilkada.presentation import Tabular
from pilkada.regions import AreaLevel, RegionCode, as_code, as_level
from pilkada.results.checks import Anomaly, unexplained
from pilkada.results.fields import FIELD_NAMES, MAX_PAIRS, PAIRS
from pilkada.results.records import TpsResult, TpsResults, table_at, table_of, turnout

if TYPE_CHECKING:
    from pilkada.results.kernels import Table

__all__ = ["RECAP_BASIS", "Recap", "RecapRow", "recap_table", "recapitulate", "region_codes"]

#: The recapitulation, tier by tier. Provisional: the PKPU number and its articles are from
#: secondary sources; the JDIH text was not opened.
RECAP_BASIS: Final = sources.PKPU_18_2024


def _sum(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    """A sum of form counts: any int (a TPS may hold a negative number, flagged)."""
    instance_of(int)(_, attribute, value)
    if isinstance(value, bool):
        raise PilkadaTypeError(attribute.name, value, "got bool", "an int")


@attrs.frozen(kw_only=True)
class RecapRow:
    """The recapitulated count of one area (desa, kecamatan, kab/kota or provinsi).

    Attributes:
        area: The area's code.
        tps: How many TPS it counts.
        pairs: The most pairs on any ballot in it.
        dpt, dptb, voters_dpt, voters_dptb, voters_dpk: The sums of the TPS figures.
        ballots_used, valid, invalid, kolom_kosong: The sums of the TPS figures.
        votes: Each pair's votes.
        anomalies: The anomalies of the TPS in the area, each with its TPS code.
        tps_reported: The TPS whose result is in (a row of zeros is a TPS with no result
            yet: it is counted here apart, as Sirekap's progress counts it).
        tps_expected: The TPS expected in the area (the rows of the file, or Sirekap's
            total); ``None`` when not known.
    """

    area: RegionCode = attrs.field(validator=instance_of(RegionCode))
    tps: int = attrs.field(validator=count_field(minimum=0))
    pairs: int = attrs.field(validator=count_field(minimum=1))
    dpt: int = attrs.field(validator=_sum)
    dptb: int = attrs.field(validator=_sum)
    voters_dpt: int = attrs.field(validator=_sum)
    voters_dptb: int = attrs.field(validator=_sum)
    voters_dpk: int = attrs.field(validator=_sum)
    ballots_used: int = attrs.field(validator=_sum)
    valid: int = attrs.field(validator=_sum)
    invalid: int = attrs.field(validator=_sum)
    kolom_kosong: int = attrs.field(validator=_sum)
    votes: tuple[int, ...] = attrs.field(validator=items_field(int))
    anomalies: tuple[Anomaly, ...] = attrs.field(default=(), validator=items_field(Anomaly))
    tps_reported: int | None = attrs.field(default=None, validator=count_field(optional=True))
    tps_expected: int | None = attrs.field(default=None, validator=count_field(optional=True))

    @property
    def complete(self) -> bool:
        """Whether every expected TPS has reported (``False`` when that is not known)."""
        return self.tps_expected is not None and self.tps_reported == self.tps_expected

    def __attrs_post_init__(self) -> None:
        # A row the recapitulation could have made: as wide as its ballots, and every
        # imbalance in it explained by an anomaly of a TPS inside it.
        if not self.pairs <= len(self.votes) <= MAX_PAIRS:
            raise PilkadaValueError(
                "votes", self.votes, f"{len(self.votes)} counts for {self.pairs} pairs",
                f"one count per pair, at least pairs and at most {MAX_PAIRS}",
            )  # fmt: skip
        self._check_progress()
        values = [getattr(self, name) for name in FIELD_NAMES]
        broken = unexplained(values, self.votes, self.anomalies)
        if broken is not None:
            raise PilkadaValueError(
                broken[0], getattr(self, broken[0]),
                f"the counts break the rule {broken[1].name} and no anomaly says so",
                f"counts that add up, or the {broken[1].name} anomaly of a TPS in the area",
            )  # fmt: skip

    def _check_progress(self) -> None:
        # An area of no TPS in (Sirekap's progress at 0) counts nothing; what is in is no more
        # than what is expected.
        reported, expected = self.tps_reported, self.tps_expected
        if reported is not None and expected is not None and reported > expected:
            raise PilkadaValueError(
                "tps_reported", reported, f"more TPS in than the {expected} expected",
                "tps_reported <= tps_expected",
            )  # fmt: skip
        if self.tps == 0 and (any(self.votes) or any(getattr(self, n) for n in FIELD_NAMES[1:])):
            raise PilkadaValueError(
                "tps", 0, "counts in an area of no TPS", "at least one TPS where anything counts"
            )

    @property
    def level(self) -> AreaLevel:
        """The area's level."""
        return self.area.level

    @property
    def voters(self) -> int:
        """Voters who used their right: DPT + DPTb + DPK."""
        return self.voters_dpt + self.voters_dptb + self.voters_dpk

    @property
    def turnout(self) -> Fraction | None:
        """Partisipasi: voters over DPT + DPTb + DPK voters (``None`` if that is 0)."""
        return turnout(self.dpt, self.dptb, self.voters_dpt, self.voters_dptb, self.voters_dpk)

    def turnout_text(self, *, decimals: int = 2, locale: str = DEFAULT_LOCALE) -> str:
        """The turnout as a percentage (``'79,50%'``), half-up; ``'-'`` when undefined."""
        share = self.turnout
        return "-" if share is None else format_percent(share, decimals=decimals, locale=locale)


def _check_rows(level: AreaLevel, rows: list[RecapRow]) -> None:
    for i, row in enumerate(rows):
        if not isinstance(row, RecapRow):
            raise PilkadaTypeError(f"rows[{i}]", row, f"got {type(row).__name__}", "RecapRow")
        if row.level is not level:
            raise PilkadaValueError(
                f"rows[{i}].area", str(row.area), f"a {row.level.name} code", f"a {level.name}"
            )
        if i and rows[i - 1].area.digits >= row.area.digits:
            raise PilkadaValueError(
                f"rows[{i}].area", str(row.area), "out of order or repeated", "sorted codes"
            )
        if len(row.votes) != len(rows[0].votes):
            raise PilkadaValueError(
                f"rows[{i}].votes", row.votes, "a different number of pairs", "equal widths"
            )
        tps = [a.tps.digits for a in row.anomalies]
        if any(not code.startswith(row.area.digits) for code in tps) or tps != sorted(tps):
            raise PilkadaValueError(
                f"rows[{i}].anomalies", tps, "a TPS outside the area or out of order", "sorted"
            )


class Recap(Tabular, Sequence[RecapRow]):
    """The recapitulation of a result set at one level: one :class:`RecapRow` per area.

    Stored by column like :class:`TpsResults`; rows are built when read. ``total`` is the
    sum of all rows. A recap can be recapitulated again to a higher level.
    """

    __slots__ = ("_anomalies", "_codes", "_expected", "_reported", "_table", "level")

    level: AreaLevel
    _table: Table
    _anomalies: tuple[Anomaly, ...]
    _codes: list[str]
    _reported: list[int]
    _expected: list[int] | None

    def __init__(
        self,
        level: AreaLevel,
        table: Table,
        anomalies: tuple[Anomaly, ...],
        progress: tuple[Sequence[int], Sequence[int] | None] | None = None,
    ) -> None:
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_anomalies", anomalies)
        object.__setattr__(self, "_codes", [a.tps.digits for a in anomalies])
        reported, expected = progress if progress is not None else (table.tps, table.tps)
        object.__setattr__(self, "_reported", _ints(reported))
        object.__setattr__(self, "_expected", None if expected is None else _ints(expected))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Recap is immutable: cannot set {name}")

    def __len__(self) -> int:
        return len(self._table)

    @overload
    def __getitem__(self, index: int) -> RecapRow: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[RecapRow]: ...
    def __getitem__(self, index: int | slice) -> RecapRow | Sequence[RecapRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        t = self._table
        index = range(len(t))[index]  # an IndexError out of range, as a list's
        code = t.code(index)
        low = bisect_left(self._codes, code)
        high = bisect_left(self._codes, code + ":")  # ":" sorts after every digit
        tps, fields, votes = t.row(index)
        values = dict(zip(FIELD_NAMES, fields, strict=True))
        return RecapRow(
            area=RegionCode.parse(code, known=False),
            tps=tps,
            votes=tuple(votes),
            anomalies=self._anomalies[low:high],
            tps_reported=self._reported[index],
            tps_expected=None if self._expected is None else self._expected[index],
            **values,
        )

    def __iter__(self) -> Iterator[RecapRow]:
        return (self[i] for i in range(len(self)))

    @classmethod
    def from_rows(cls, level: AreaLevel | str, rows: Iterable[RecapRow]) -> Recap:
        """A recap from its rows, as :func:`recapitulate` made them (to read one back).

        ``level`` is an :class:`~pilkada.regions.AreaLevel`, or its name or value.

        Raises:
            PilkadaTypeError: a row is not a :class:`RecapRow`, or ``level`` not a level.
            PilkadaValueError: a row of another level, rows out of code order or repeated,
                rows with vote columns of unequal length, or an anomaly of a TPS outside its
                row's area or out of TPS order.
        """
        rows = list(as_items("rows", rows))
        level = as_level(level)
        _check_rows(level, rows)
        from pilkada.results.kernels import table_of_rows  # noqa: PLC0415 (NumPy, when used)

        table = table_of_rows(
            [r.area.digits for r in rows],
            level.code_length,
            [[getattr(r, name) for r in rows] for name in FIELD_NAMES],
            [[r.votes[k] for r in rows] for k in range(len(rows[0].votes) if rows else 1)],
            [r.tps for r in rows],
        )
        reported = [r.tps if r.tps_reported is None else r.tps_reported for r in rows]
        known = all(r.tps_expected is not None for r in rows)
        expected = [r.tps_expected or 0 for r in rows] if known else None
        return cls(level, table, tuple(a for r in rows for a in r.anomalies), (reported, expected))

    def row(self, area: RegionCode | str) -> RecapRow:
        """The row of one area.

        Raises:
            PilkadaValueError: the area is not in this recap.
        """
        code = as_code(area).digits
        i, end = self._table.find(code)
        if i == end or self._table.code(i) != code:
            raise PilkadaValueError(
                "area", str(area), f"{area} is not in this recap", f"a {self.level.value} code"
            )
        return self[i]

    def within(self, area: RegionCode | str) -> Recap:
        """The rows inside one region (e.g. one kab/kota, to decide its election).

        >>> batch = TpsResults.from_records([TpsResult(
        ...     tps=code, pairs=1, dpt=3, dptb=0, voters_dpt=2, voters_dptb=0, voters_dpk=0,
        ...     ballots_used=2, votes=(2,), kolom_kosong=0, valid=2, invalid=0)
        ...     for code in ("3316012001001", "3317012001001")])
        >>> [str(row.area) for row in recapitulate(batch, level="kecamatan").within("33.17")]
        ['33.17.01']
        """
        prefix = as_code(area).digits
        t = self._table
        part = t.part(*t.find(prefix))
        first = bisect_left(self._codes, prefix)
        last = bisect_left(self._codes, prefix + ":")
        low, high = bisect_left(t.codes, prefix), bisect_left(t.codes, prefix + ":")
        expected = None if self._expected is None else self._expected[low:high]
        return Recap(
            self.level, part, self._anomalies[first:last], (self._reported[low:high], expected)
        )

    @property
    def tps_reported(self) -> int:
        """The TPS whose result is in, over all rows."""
        return sum(self._reported)

    @property
    def tps_expected(self) -> int | None:
        """The TPS expected over all rows (``None`` when not known)."""
        return None if self._expected is None else sum(self._expected)

    @property
    def anomalies(self) -> tuple[Anomaly, ...]:
        """Every anomaly of the TPS counted, in TPS order."""
        return self._anomalies

    @property
    def total(self) -> RecapRow:
        """All rows added up; its ``area`` is the longest code common to all rows."""
        if not len(self):
            raise PilkadaValueError("recap", 0, "an empty recap has no total", "some results")
        codes = self._table.codes
        first, last = codes[0], codes[-1]
        length = max((n for n in (2, 4, 6, 10, 13) if first[:n] == last[:n]), default=0)
        if not length:
            length = 2  # rows in several provinces: totalled as one, labelled by the first
        tps, fields, votes = self._table.totals()
        values = dict(zip(FIELD_NAMES, fields, strict=True))
        return RecapRow(
            area=RegionCode.parse(first[:length], known=False),
            tps=tps,
            votes=tuple(votes),
            anomalies=self._anomalies,
            tps_reported=self.tps_reported,
            tps_expected=self.tps_expected,
            **values,
        )

    def progress_at(self, level: AreaLevel | str) -> tuple[list[int], list[int] | None]:
        """The TPS reported and expected per area at ``level`` (at or above the recap's).

        Raises:
            PilkadaTypeError: ``level`` is not a level nor a level's name.
            PilkadaValueError: ``level`` is finer than the recap's.
        """
        from pilkada.results.kernels import group_totals  # noqa: PLC0415 (NumPy, when used)

        level = as_level(level)
        if level.depth > self.level.depth:
            raise PilkadaValueError(
                "level", level.value, f"finer than the recap's {self.level.value}",
                f"{self.level.value} or a higher level",
            )  # fmt: skip

        t = self._table
        drop = t.digits - level.code_length
        expected = self._expected
        return group_totals(t.keys, drop, self._reported), (
            None if expected is None else group_totals(t.keys, drop, expected)
        )


def _ints(values: Iterable[int]) -> list[int]:
    """Python ints, from a list or a NumPy column (whose ``tolist`` gives Python ints)."""
    tolist = getattr(values, "tolist", None)
    return list(tolist()) if callable(tolist) else [int(v) for v in values]


def recap_table(recap: Recap) -> Table:
    """The columns of a recap (for the other parts of :mod:`pilkada.results`)."""
    return recap._table


def region_codes(recap: Recap, level: AreaLevel) -> set[str]:
    """The distinct codes at ``level`` (at or above the recap's) of the recap's areas."""
    return {code[: level.code_length] for code in recap._table.codes}


def recapitulate(
    results: TpsResults | Recap | Iterable[TpsResult], *, level: AreaLevel | str
) -> Recap:
    """Add TPS counts (or a finer recap) up to ``level``: desa, kecamatan, kab/kota, provinsi.

    ``level`` is an :class:`~pilkada.regions.AreaLevel`, or a level name as
    :meth:`~pilkada.regions.AreaLevel.parse` reads it, or a member's name. Every number is a
    sum of the numbers below, exactly; ``pairs`` is their maximum. Each row carries the
    anomalies of its TPS (see :meth:`TpsResult.validate`), with their codes.

    Raises:
        DuplicateTpsError: the same TPS appears twice.
        PilkadaTypeError: ``level`` is not a level nor a string.
        PilkadaValueError: ``level`` is TPS, or finer than the recap given.
    """
    level = as_level(level)
    if level is AreaLevel.TPS:
        raise PilkadaValueError(
            "level",
            level.value,
            "TPS counts are not recapitulated",
            "desa/kelurahan, kecamatan, kabupaten/kota or provinsi",
        )
    if isinstance(results, Recap):
        if level.depth > results.level.depth:
            raise PilkadaValueError(
                "level",
                level.value,
                f"a {results.level.value} recap cannot be split into {level.value} rows",
                f"{results.level.value} or a higher level",
            )
        table = results._table.aggregate(level.code_length)
        return Recap(level, table, results._anomalies, results.progress_at(level))
    if not isinstance(results, TpsResults):
        results = TpsResults.from_records(results)
    table = table_at(results, level)
    from pilkada.results import kernels  # noqa: PLC0415 (NumPy, when used)

    t = table_of(results)
    if len(t):
        unfilled = kernels.zero_mask([c for i, c in enumerate(t.columns) if i != PAIRS] + t.votes)
        missing = kernels.group_totals(t.keys, t.digits - level.code_length, unfilled)
    else:
        missing = []
    reported = [n - m for n, m in zip(_ints(table.tps), missing, strict=True)]
    return Recap(level, table, tuple(results.validate()), (reported, _ints(table.tps)))
