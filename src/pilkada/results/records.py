"""The count of one TPS (:class:`TpsResult`) and a batch of them (:class:`TpsResults`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any, overload

import attrs

from pilkada.boundary import as_items
from pilkada.errors import PilkadaTypeError, PilkadaValueError
from pilkada.presentation import Framed
from pilkada.regions import AreaLevel, RegionCode
from pilkada.results.checks import Anomaly, anomalies, suspect_rows, unknown_rows
from pilkada.results.fields import FIELD_NAMES, check_pairs, form_count, form_votes

if TYPE_CHECKING:
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


def _refuse_duplicates(table: Table) -> None:
    keys = table.keys  # sorted: a repeated code sits next to itself
    repeated = (keys[1:] == keys[:-1]).nonzero()[0]
    if len(repeated):
        dupes = sorted({table.code(int(i)) for i in repeated})
        shown = ", ".join(str(RegionCode.parse(code, known=False)) for code in dupes[:10])
        more = f" and {len(dupes) - 10} more" if len(dupes) > 10 else ""
        raise DuplicateTpsError(
            "tps",
            str(RegionCode.parse(dupes[0], known=False)),
            f"TPS {shown}{more} appear(s) more than once",
            "one result per TPS: correct or remove the repeated rows before recapitulating",
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
        tps: Sequence[str] | Iterable[int],
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

        Each field is a list, a NumPy array, or a pyarrow or polars column of ints; ``tps`` the
        codes (dotted or not), or the 13-digit codes as ints. An ``int64`` column from Arrow
        memory is shared (no copy); any other is copied, so the batch never changes.

        Raises:
            PilkadaTypeError: a value is not an int (floats are refused).
            PilkadaValueError: a malformed TPS code, columns of unequal length, a number of
                pairs out of range.
            DuplicateTpsError: a TPS code appears twice.
        """
        from pilkada.results.columns import build_table  # noqa: PLC0415 (NumPy, when used)

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
            "kolom_kosong": kolom_kosong,
        }
        table = build_table(tps, given, votes)
        _refuse_duplicates(table)
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
        return len(self._table)

    @overload
    def __getitem__(self, index: int) -> TpsResult: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[TpsResult]: ...
    def __getitem__(self, index: int | slice) -> TpsResult | Sequence[TpsResult]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        t = self._table
        index = range(len(t))[index]  # an IndexError out of range, as a list's
        _, fields, votes = t.row(index)
        values = dict(zip(FIELD_NAMES, fields, strict=True))
        return TpsResult(tps=t.code(index), votes=votes, **values)

    def __iter__(self) -> Iterator[TpsResult]:
        return (self[i] for i in range(len(self)))

    def to_numpy(self) -> dict[str, Any]:
        """The columns, as read-only NumPy ``int64`` arrays shared with the batch (no copy).

        The keys are those of :meth:`from_columns`, which reads the result back: ``tps`` (the
        codes as 13-digit ints), each field, and ``votes`` (a list, one array per pair slot).
        """
        t = self._table
        return {
            "tps": t.keys,
            **dict(zip(FIELD_NAMES, t.columns, strict=True)),
            "votes": list(t.votes),
        }

    @classmethod
    def from_pandas(cls, frame: object) -> TpsResults:
        """A batch from a pandas DataFrame with the columns :meth:`to_pandas` writes.

        ``tps`` (codes, dotted or not, or 13-digit ints), ``pairs`` and the other fields
        (``kolom_kosong`` optional), ``votes_1`` ... ``votes_K``. The columns are copied.

        Raises:
            PilkadaValueError: a column is missing, or as :meth:`from_columns` refuses it.
        """
        return cls.from_columns(**_frame_columns(frame))

    @classmethod
    def from_arrow(cls, table: object) -> TpsResults:
        """A batch from a pyarrow Table or a polars DataFrame (columns as :meth:`from_pandas`).

        An ``int64`` column without nulls in one chunk is shared with the batch, not copied:
        Arrow memory never changes. Needs ``pip install "pilkada[arrow]"`` (or polars).

        Raises:
            PilkadaValueError: a column is missing, or as :meth:`from_columns` refuses it.
        """
        return cls.from_columns(**_frame_columns(table))

    def column(self, field: str) -> tuple[int, ...]:
        """One field for every TPS, in TPS order (``"valid"``; ``"votes[0]"`` for pair 1)."""
        if not isinstance(field, str):
            raise PilkadaTypeError("field", field, f"got {type(field).__name__}", "a field name")
        if field in FIELD_NAMES:
            return tuple(self._table.columns[FIELD_NAMES.index(field)].tolist())
        if field.startswith("votes[") and field.endswith("]") and field[6:-1].isdigit():
            k = int(field[6:-1])
            if k < len(self._table.votes):
                return tuple(self._table.votes[k].tolist())
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
            rows = sorted(suspect_rows(t.columns, t.votes) | unknown_rows(t))
            found = tuple(anomaly for i in rows for anomaly in anomalies(t.code(i), *t.row(i)[1:]))
            object.__setattr__(self, "_anomalies", found)
        return list(found)


def _frame_columns(frame: Any) -> dict[str, Any]:  # noqa: ANN401 (pandas, polars or pyarrow)
    """A DataFrame's or Arrow table's columns, by the names :meth:`TpsResults.to_pandas` uses."""
    names = getattr(frame, "column_names", None)
    if names is None:
        names = getattr(frame, "columns", None)
    if names is None or isinstance(frame, (str, bytes)):
        raise PilkadaTypeError(
            "frame", frame, f"got {type(frame).__name__}", "a DataFrame or an Arrow table"
        )
    names = [str(name) for name in names]
    required = ["tps", *(n for n in FIELD_NAMES if n != "kolom_kosong"), "votes_1"]
    missing = [name for name in required if name not in names]
    if missing:
        raise PilkadaValueError(
            "frame", names, f"missing {missing}", f"columns tps, {', '.join(FIELD_NAMES)}, "
            "votes_1 ... votes_K (kolom_kosong optional)",
        )  # fmt: skip
    slots = 1
    while f"votes_{slots + 1}" in names:
        slots += 1
    columns = {name: frame[name] for name in ("tps", *FIELD_NAMES) if name in names}
    return {**columns, "votes": [frame[f"votes_{k}"] for k in range(1, slots + 1)]}


def table_of(results: TpsResults) -> Table:
    """The columns of a batch (for the other parts of :mod:`pilkada.results`)."""
    return results._table


def table_at(results: TpsResults, level: AreaLevel) -> Table:
    """The batch added up to ``level`` (desa or above), each level kept once made."""
    return results._at(level)
