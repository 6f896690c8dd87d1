"""The recapitulation, tier by tier: desa/kelurahan (PPS), kecamatan (PPK), kab/kota, provinsi.

:func:`recapitulate` adds TPS counts (or a finer :class:`Recap`) up to a level; every number
is kept exactly, and each area carries the anomalies of the TPS inside it.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from fractions import Fraction
from typing import Final, overload

import attrs

from pilkada import sources
from pilkada.boundary import as_items, count_field, items_field
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.i18n import DEFAULT_LOCALE, format_percent
from pilkada.presentation import Tabular
from pilkada.regions import AreaLevel, RegionCode, as_code, as_level
from pilkada.results.checks import Anomaly, unexplained
from pilkada.results.fields import FIELD_NAMES, MAX_PAIRS, PAIRS
from pilkada.results.kernels import Table
from pilkada.results.records import TpsResult, TpsResults, table_at, turnout

__all__ = ["RECAP_BASIS", "Recap", "RecapRow", "recapitulate", "region_codes"]

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
    """

    area: RegionCode = attrs.field(validator=instance_of(RegionCode))
    tps: int = attrs.field(validator=count_field(minimum=1))
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

    def __attrs_post_init__(self) -> None:
        # A row the recapitulation could have made: as wide as its ballots, and every
        # imbalance in it explained by an anomaly of a TPS inside it.
        if not self.pairs <= len(self.votes) <= MAX_PAIRS:
            raise PilkadaValueError(
                "votes", self.votes, f"{len(self.votes)} counts for {self.pairs} pairs",
                f"one count per pair, at least pairs and at most {MAX_PAIRS}",
            )  # fmt: skip
        values = [getattr(self, name) for name in FIELD_NAMES]
        broken = unexplained(values, self.votes, self.anomalies)
        if broken is not None:
            raise PilkadaValueError(
                broken[0], getattr(self, broken[0]),
                f"the counts break the rule {broken[1].name} and no anomaly says so",
                f"counts that add up, or the {broken[1].name} anomaly of a TPS in the area",
            )  # fmt: skip

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

    __slots__ = ("_anomalies", "_codes", "_table", "level")

    level: AreaLevel
    _table: Table
    _anomalies: tuple[Anomaly, ...]
    _codes: list[str]

    def __init__(self, level: AreaLevel, table: Table, anomalies: tuple[Anomaly, ...]) -> None:
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_anomalies", anomalies)
        object.__setattr__(self, "_codes", [a.tps.digits for a in anomalies])

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Recap is immutable: cannot set {name}")

    def __len__(self) -> int:
        return len(self._table.codes)

    @overload
    def __getitem__(self, index: int) -> RecapRow: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[RecapRow]: ...
    def __getitem__(self, index: int | slice) -> RecapRow | Sequence[RecapRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        t = self._table
        code = t.codes[index]
        low = bisect_left(self._codes, code)
        high = bisect_left(self._codes, code + ":")  # ":" sorts after every digit
        values = {name: column[index] for name, column in zip(FIELD_NAMES, t.columns, strict=True)}
        return RecapRow(
            area=RegionCode(code),
            tps=t.tps[index],
            votes=tuple(v[index] for v in t.votes),
            anomalies=self._anomalies[low:high],
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
        columns = [array("q", [getattr(r, name) for r in rows]) for name in FIELD_NAMES]
        width = len(rows[0].votes) if rows else 1
        votes = [array("q", [r.votes[k] for r in rows]) for k in range(width)]
        codes = [r.area.digits for r in rows]
        table = Table(codes, columns, votes, columns[PAIRS], array("q", [r.tps for r in rows]))
        return cls(level, table, tuple(a for r in rows for a in r.anomalies))

    def row(self, area: RegionCode | str) -> RecapRow:
        """The row of one area.

        Raises:
            PilkadaValueError: the area is not in this recap.
        """
        code = as_code(area).digits
        i = bisect_left(self._table.codes, code)
        if i == len(self) or self._table.codes[i] != code:
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
        part = t.part(bisect_left(t.codes, prefix), bisect_left(t.codes, prefix + ":"))
        first = bisect_left(self._codes, prefix)
        last = bisect_left(self._codes, prefix + ":")
        return Recap(self.level, part, self._anomalies[first:last])

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
        t = self._table
        values = {name: sum(column) for name, column in zip(FIELD_NAMES, t.columns, strict=True)}
        values["pairs"] = max(t.pairs)
        return RecapRow(
            area=RegionCode(first[:length]),
            tps=sum(t.tps),
            votes=tuple(sum(v) for v in t.votes),
            anomalies=self._anomalies,
            **values,
        )


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
        return Recap(level, results._table.aggregate(level.code_length), results._anomalies)
    if not isinstance(results, TpsResults):
        results = TpsResults.from_records(results)
    return Recap(level, table_at(results, level), tuple(results.validate()))
