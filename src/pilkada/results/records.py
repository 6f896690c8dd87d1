"""The count of one TPS (:class:`TpsResult`) and a batch of them (:class:`TpsResults`)."""

from __future__ import annotations

import operator
from array import array
from collections.abc import Iterable, Iterator, Sequence
from fractions import Fraction
from itertools import islice, repeat
from typing import overload

import attrs

from pilkada.boundary import as_items
from pilkada.errors import PilkadaTypeError, PilkadaValueError
from pilkada.presentation import Framed
from pilkada.regions import (
    PROVINCES,
    AreaLevel,
    RegionCode,
    check_code_parts,
    normalize_code,
)
from pilkada.results.checks import Anomaly, anomalies, suspect_rows, unknown_rows
from pilkada.results.fields import (
    FIELD_NAMES,
    PAIRS,
    check_pairs,
    form_count,
    form_votes,
)
from pilkada.results.kernels import Table

__all__ = [
    "DuplicateTpsError",
    "TpsResult",
    "TpsResults",
    "table_at",
    "table_of",
    "turnout",
]


def _tps_code(value: RegionCode | str) -> RegionCode:
    code = value if isinstance(value, RegionCode) else RegionCode.parse(value, known=False)
    if code.level is not AreaLevel.TPS:
        raise PilkadaValueError(
            "tps", str(code), f"{code} is a {code.level.value} code", "a 13-digit TPS code"
        )
    return code


def _count(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    form_count(attribute.name, value)


def _pairs(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    check_pairs(form_count(attribute.name, value))


@attrs.frozen(kw_only=True)
class TpsResult:
    """The count of one TPS, as written on its C.Hasil form.

    Attributes:
        tps: The TPS code: its desa/kelurahan code and a 3-digit number
            (``"33.16.01.2001.001"``, dots optional).
        pairs: The pasangan calon on the ballot; 1 means one pair against the kolom kosong
            (UU 10/2016 Pasal 54C).
        dpt, dptb: Voters on the permanent list (DPT) and transferred in (DPTb).
        voters_dpt, voters_dptb, voters_dpk: Voters who used their right, from the DPT, the
            DPTb and the DPK (voters not on a list, voting with their KTP).
        ballots_used: Ballots used (surat suara digunakan).
        votes: The valid votes of each pair, by nomor urut (``votes[0]`` is pair 1). It may be
            longer than ``pairs``: votes for a pair not on the ballot are an anomaly.
        kolom_kosong: Valid votes for the kolom kosong (0 where several pairs stand).
        valid, invalid: Valid and invalid votes as totalled on the form.

    Numbers must be ints of 64 bits; negative numbers are accepted here so that
    :meth:`validate` can report them as the PPK would.
    """

    tps: RegionCode = attrs.field(converter=_tps_code)
    pairs: int = attrs.field(validator=_pairs)
    dpt: int = attrs.field(validator=_count)
    dptb: int = attrs.field(validator=_count)
    voters_dpt: int = attrs.field(validator=_count)
    voters_dptb: int = attrs.field(validator=_count)
    voters_dpk: int = attrs.field(validator=_count)
    ballots_used: int = attrs.field(validator=_count)
    votes: tuple[int, ...] = attrs.field(converter=form_votes)
    kolom_kosong: int = attrs.field(default=0, validator=_count)
    valid: int = attrs.field(validator=_count)
    invalid: int = attrs.field(validator=_count)

    def __attrs_post_init__(self) -> None:
        if len(self.votes) < self.pairs:
            raise PilkadaValueError(
                "votes",
                self.votes,
                f"{len(self.votes)} vote counts for {self.pairs} pairs",
                "one count for each pair on the ballot, by nomor urut",
            )

    @property
    def voters(self) -> int:
        """Voters who used their right: DPT + DPTb + DPK."""
        return self.voters_dpt + self.voters_dptb + self.voters_dpk

    @property
    def turnout(self) -> Fraction | None:
        """Partisipasi: voters over DPT + DPTb + DPK voters (``None`` if that is 0)."""
        return turnout(self.dpt, self.dptb, self.voters_dpt, self.voters_dptb, self.voters_dpk)

    def validate(self) -> list[Anomaly]:
        """Every inconsistency a PPK would flag on this form; empty when there is none.

        Negative numbers; votes for a pair not on the ballot (or for the kolom kosong where
        several pairs stand); more DPT or DPTb voters than listed; ballots used that differ
        from the voters, or from valid + invalid; pair votes that do not add up to the valid
        votes.
        """
        values = tuple(getattr(self, name) for name in FIELD_NAMES)
        return anomalies(self.tps.digits, values, self.votes)


def turnout(dpt: int, dptb: int, vdpt: int, vdptb: int, vdpk: int) -> Fraction | None:
    """Voters over the electorate of the day (``None`` when it is 0)."""
    # KPU computes partisipasi over the whole electorate of the day: DPT + DPTb + DPK, where
    # the DPK are counted as they vote.
    base = dpt + dptb + vdpk
    return Fraction(vdpt + vdptb + vdpk, base) if base > 0 else None


# -- a batch of TPS ----------------------------------------------------------------------------


class DuplicateTpsError(PilkadaValueError):
    """A result set lists the same TPS more than once."""


def _column(field: str, values: Iterable[int], n: int) -> array[int]:
    given = values if isinstance(values, (list, tuple, array)) else as_items(field, values)
    try:
        column = array("q", given)
    except (TypeError, OverflowError):
        for i, value in enumerate(given):  # the first value refused, named by the one check
            form_count(f"{field}[{i}]", value)
        raise  # pragma: no cover (array refuses only what form_count refuses)
    if len(column) != n:
        raise PilkadaValueError(
            field, len(column), f"{len(column)} values for {n} TPS", "one value for each TPS"
        )
    return column


def _validate_codes(codes: list[str]) -> list[str]:
    if not codes:
        return codes
    if set(map(type, codes)) - {str}:
        i, bad = next((i, c) for i, c in enumerate(codes) if not isinstance(c, str))
        raise PilkadaTypeError(f"tps[{i}]", bad, f"got {type(bad).__name__}", "a TPS code")
    joined = "".join(codes)
    if "." in joined:
        codes = [normalize_code(code, f"tps[{i}]") for i, code in enumerate(codes)]
        joined = "".join(codes)
    if set(map(len, codes)) - {13} or not (joined.isascii() and joined.isdigit()):
        for i, code in enumerate(codes):
            if len(code) != 13 or not code.isdigit():
                raise PilkadaValueError(
                    f"tps[{i}]", code, f"{code!r} is not a TPS code", "13 digits, dots optional"
                )
    # Check each distinct part once: the codes of half a million TPS share 80,000 desa.
    desa = set(map(operator.itemgetter(slice(0, 10)), codes))
    parts = [(0, 2), (2, 4), (4, 6), (6, 10)]
    bad_part = not {d[:2] for d in desa} <= PROVINCES.keys() or any(
        int(min(map(operator.itemgetter(slice(start, end)), desa))) == 0 for start, end in parts[1:]
    )
    if bad_part or "000" in set(map(operator.itemgetter(slice(10, 13)), codes)):
        for i, code in enumerate(codes):
            check_code_parts(code, field=f"tps[{i}]")
    return codes


def _refuse_duplicates(codes: list[str]) -> None:
    dupes = sorted({a for a, b in zip(codes, islice(codes, 1, None), strict=False) if a == b})
    if dupes:
        shown = ", ".join(str(RegionCode.parse(code, known=False)) for code in dupes[:10])
        more = f" and {len(dupes) - 10} more" if len(dupes) > 10 else ""
        raise DuplicateTpsError(
            "tps",
            str(RegionCode.parse(dupes[0], known=False)),
            f"TPS {shown}{more} appear(s) more than once",
            "one result per TPS: correct or remove the repeated rows before recapitulating",
        )


def _check_pair_columns(columns: list[array[int]], votes: list[array[int]]) -> None:
    if not votes:
        raise PilkadaValueError("votes", votes, "no vote columns", "pair 1's votes at least")
    if not columns[PAIRS]:
        return
    most = max(columns[PAIRS])
    check_pairs(min(columns[PAIRS]))
    check_pairs(most)
    if most > len(votes):
        raise PilkadaValueError(
            "votes",
            len(votes),
            f"{len(votes)} vote columns for up to {most} pairs",
            "a vote column for each pair on any ballot",
        )


def _child(level: AreaLevel) -> AreaLevel:
    below = level.child
    if below is None:  # pragma: no cover (only TPS has no child; never aggregated into)
        raise PilkadaValueError("level", level.value, "no level below", "a region level")
    return below


class TpsResults(Framed, Sequence[TpsResult]):
    """An immutable batch of TPS counts for one election, stored by column, sorted by TPS.

    Build it with :meth:`from_records` or, for large sets, :meth:`from_columns`. Indexing
    and iteration give :class:`TpsResult` views, in TPS-code order. A TPS code may appear
    only once: a duplicate raises :class:`DuplicateTpsError` naming it.

    >>> batch = TpsResults.from_columns(
    ...     tps=["3316012001002", "3316012001001"], pairs=[2, 2], dpt=[10, 12], dptb=[0, 0],
    ...     voters_dpt=[8, 9], voters_dptb=[0, 0], voters_dpk=[0, 1], ballots_used=[8, 10],
    ...     valid=[8, 10], invalid=[0, 0], votes=[[5, 6], [3, 4]])
    >>> [str(r.tps) for r in batch], batch[0].votes
    (['33.16.01.2001.001', '33.16.01.2001.002'], (6, 4))
    """

    __slots__ = ("_anomalies", "_levels", "_table")

    _table: Table
    _anomalies: tuple[Anomaly, ...] | None
    _levels: dict[AreaLevel, Table]

    def __init__(self, table: Table) -> None:
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_anomalies", None)
        object.__setattr__(self, "_levels", {})

    def _at(self, level: AreaLevel) -> Table:
        """The table of the areas at ``level``, each level added up from the one below."""
        table = self._levels.get(level)
        if table is None:
            below = self._table if level is AreaLevel.DESA else self._at(_child(level))
            table = self._levels[level] = below.aggregate(level.code_length)
        return table

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"TpsResults is immutable: cannot set {name}")

    @classmethod
    def from_columns(
        cls,
        *,
        tps: Sequence[str],
        pairs: Iterable[int],
        dpt: Iterable[int],
        dptb: Iterable[int],
        voters_dpt: Iterable[int],
        voters_dptb: Iterable[int],
        voters_dpk: Iterable[int],
        ballots_used: Iterable[int],
        valid: Iterable[int],
        invalid: Iterable[int],
        votes: Sequence[Iterable[int]],
        kolom_kosong: Iterable[int] | None = None,
    ) -> TpsResults:
        """A batch from one sequence per field; ``votes[k]`` holds pair ``k + 1``'s votes.

        Raises:
            PilkadaTypeError: a value is not an int (floats are refused).
            PilkadaValueError: a malformed TPS code, columns of unequal length, a number of
                pairs out of range.
            DuplicateTpsError: a TPS code appears twice.
        """
        codes = _validate_codes(list(as_items("tps", tps)))
        n = len(codes)
        given = {
            "pairs": pairs,
            "dpt": dpt,
            "dptb": dptb,
            "voters_dpt": voters_dpt,
            "voters_dptb": voters_dptb,
            "voters_dpk": voters_dpk,
            "ballots_used": ballots_used,
            "valid": valid,
            "invalid": invalid,
            "kolom_kosong": repeat(0, n) if kolom_kosong is None else kolom_kosong,
        }
        columns = [_column(name, given[name], n) for name in FIELD_NAMES]
        vote_columns = [
            _column(f"votes[{k}]", v, n) for k, v in enumerate(as_items("votes", votes))
        ]
        _check_pair_columns(columns, vote_columns)
        if not all(map(operator.lt, codes, islice(codes, 1, None))):
            order = sorted(range(n), key=codes.__getitem__)
            pick = operator.itemgetter(*order)
            codes = list(pick(codes)) if n > 1 else codes
            columns = [array("q", pick(c)) for c in columns]
            vote_columns = [array("q", pick(c)) for c in vote_columns]
            _refuse_duplicates(codes)
        table = Table(codes, columns, vote_columns, columns[PAIRS], array("q", repeat(1, n)))
        return cls(table)

    @classmethod
    def from_records(cls, records: Iterable[TpsResult]) -> TpsResults:
        """A batch from :class:`TpsResult` records (any order).

        Raises:
            DuplicateTpsError: a TPS appears twice.
        """
        rows = as_items("records", records)
        for i, row in enumerate(rows):
            if not isinstance(row, TpsResult):
                raise PilkadaTypeError(
                    f"records[{i}]", row, f"got {type(row).__name__}", "TpsResult records"
                )
        width = max((len(r.votes) for r in rows), default=1)
        return cls.from_columns(
            tps=[r.tps.digits for r in rows],
            **{name: [getattr(r, name) for r in rows] for name in FIELD_NAMES},
            votes=[[r.votes[k] if k < len(r.votes) else 0 for r in rows] for k in range(width)],
        )

    @property
    def pair_slots(self) -> int:
        """The number of vote columns (the most pairs any TPS's form has room for)."""
        return len(self._table.votes)

    def __len__(self) -> int:
        return len(self._table.codes)

    @overload
    def __getitem__(self, index: int) -> TpsResult: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[TpsResult]: ...
    def __getitem__(self, index: int | slice) -> TpsResult | Sequence[TpsResult]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        t = self._table
        values = {name: column[index] for name, column in zip(FIELD_NAMES, t.columns, strict=True)}
        return TpsResult(tps=t.codes[index], votes=[v[index] for v in t.votes], **values)

    def __iter__(self) -> Iterator[TpsResult]:
        return (self[i] for i in range(len(self)))

    def column(self, field: str) -> tuple[int, ...]:
        """One field for every TPS, in TPS order (``"valid"``; ``"votes[0]"`` for pair 1)."""
        if not isinstance(field, str):
            raise PilkadaTypeError("field", field, f"got {type(field).__name__}", "a field name")
        if field in FIELD_NAMES:
            return tuple(self._table.columns[FIELD_NAMES.index(field)])
        if field.startswith("votes[") and field.endswith("]") and field[6:-1].isdigit():
            k = int(field[6:-1])
            if k < len(self._table.votes):
                return tuple(self._table.votes[k])
        raise PilkadaValueError(
            "field", field, f"no column {field!r}", f"one of {FIELD_NAMES} or 'votes[k]'"
        )

    @property
    def codes(self) -> tuple[str, ...]:
        """The TPS codes (13 digits), sorted."""
        return tuple(self._table.codes)

    def validate(self) -> list[Anomaly]:
        """Every anomaly of every TPS, in TPS order (as :meth:`TpsResult.validate`).

        The rules run over whole columns (see :func:`pilkada.results.checks.suspect_rows`);
        only the rows they flag are then checked one by one, by :meth:`TpsResult.validate`'s
        code.
        """
        found = self._anomalies
        if found is None:
            t = self._table
            rows = sorted(suspect_rows(t.columns, t.votes) | unknown_rows(t.codes))
            found = tuple(
                anomaly
                for i in rows
                for anomaly in anomalies(
                    t.codes[i], [c[i] for c in t.columns], [v[i] for v in t.votes]
                )
            )
            object.__setattr__(self, "_anomalies", found)
        return list(found)


def table_of(results: TpsResults) -> Table:
    """The columns of a batch (for the other parts of :mod:`pilkada.results`)."""
    return results._table


def table_at(results: TpsResults, level: AreaLevel) -> Table:
    """The batch added up to ``level`` (desa or above), each level kept once made."""
    return results._at(level)
