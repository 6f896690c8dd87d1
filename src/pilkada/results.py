"""Vote counts at the TPS, their tiered recapitulation, and the rules that name the winner.

A TPS's count (the C.Hasil form) is a :class:`TpsResult`. Many of them form a
:class:`TpsResults` batch: columnar (one integer array per field), sorted by TPS code, with
duplicate codes refused, so that half a million TPS fit in memory and recapitulate in a
fraction of a second. Reading an element gives a frozen :class:`TpsResult` view.

:func:`recapitulate` adds the counts up the hierarchy: TPS, desa/kelurahan (PPS), kecamatan
(PPK), kabupaten/kota, provinsi. Every number is kept exactly, and each area carries the
anomalies of the TPS inside it. :func:`decide` applies the winner rule of UU 10/2016 (or, in
Jakarta, UU 2/2024) and names it.

>>> tps = TpsResult(
...     tps="33.16.01.2001.001", pairs=2, dpt=250, dptb=3,
...     voters_dpt=200, voters_dptb=2, voters_dpk=1, ballots_used=203,
...     votes=(120, 80), valid=200, invalid=3)
>>> tps.validate()
[]
>>> format_percent(tps.turnout, decimals=2)
'79,92%'
>>> recap = recapitulate([tps], level=AreaLevel.KECAMATAN)
>>> recap[0].votes, recap[0].tps
((120, 80), 1)
>>> outcome = decide(recap, election=ElectionKind.BUPATI)
>>> outcome.verdict, outcome.elected, str(outcome.basis)
(<Verdict.ELECTED: 'terpilih'>, 1, 'UU 10/2016 Pasal 107 ayat (1)')
"""

from __future__ import annotations

import csv
import enum
import io
import operator
import os
import re
import sys
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from fractions import Fraction
from itertools import accumulate, chain, compress, groupby, islice, repeat
from typing import IO, TYPE_CHECKING, Final, overload

import attrs

from pilkada.errors import PilkadaParseError, PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.findings import Finding
from pilkada.i18n import DEFAULT_LOCALE, format_percent, lang_of
from pilkada.law import Certainty, Instrument, LegalBasis
from pilkada.presentation import Framed, Tabular
from pilkada.regions import (
    JAKARTA_BASIS,
    PROVINCES,
    AreaLevel,
    ElectionKind,
    RegionCode,
    SpecialStatus,
    as_code,
    check_code_parts,
    normalize_code,
)

if TYPE_CHECKING:
    pass

__all__ = [
    "CSV_COLUMNS",
    "Anomaly",
    "AnomalyKind",
    "DuplicateTpsError",
    "Outcome",
    "Recap",
    "RecapRow",
    "ResultsCsvError",
    "RowError",
    "Tally",
    "TieBreak",
    "TpsResult",
    "TpsResults",
    "Verdict",
    "WinnerRule",
    "decide",
    "read_results_csv",
    "recapitulate",
    "tally",
    "write_results_csv",
]

# -- legal bases -------------------------------------------------------------------------------


def _uu10(pasal: str, ayat: str) -> LegalBasis:
    return LegalBasis(Instrument.UU, "10", 2016, pasal=pasal, ayat=ayat)


PLURALITY_KAB_KOTA: Final = _uu10("107", "1")
SPREAD_KAB_KOTA: Final = _uu10("107", "2")
PLURALITY_GUBERNUR: Final = _uu10("109", "1")
SPREAD_GUBERNUR: Final = _uu10("109", "2")
KOLOM_KOSONG: Final = _uu10("54C", "1")
SINGLE_PAIR_ELECTED: Final = _uu10("54D", "1")
SINGLE_PAIR_REPEAT: Final = tuple(_uu10("54D", ayat) for ayat in ("2", "3", "4"))
JAKARTA_RUNOFF: Final = attrs.evolve(JAKARTA_BASIS, ayat="3")
#: The counting rules a PPK checks a C.Hasil against. Provisional: the PKPU number and its
#: articles are from secondary sources; the JDIH text was not opened.
COUNTING_BASIS: Final = LegalBasis(
    Instrument.PKPU,
    "17",
    2024,
    title="Pemungutan dan Penghitungan Suara dalam Pemilihan Gubernur dan Wakil Gubernur, "
    "Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota",
)
COUNTING_CERTAINTY: Final = Certainty.PROVISIONAL
#: The recapitulation, tier by tier. Provisional, as above.
RECAP_BASIS: Final = LegalBasis(
    Instrument.PKPU,
    "18",
    2024,
    title="Rekapitulasi Hasil Penghitungan Suara dan Penetapan Hasil Pemilihan",
)

# -- fields ------------------------------------------------------------------------------------

#: The count fields of a TPS, in storage order, with their CSV column names (the C.Hasil terms).
_FIELDS: Final = (
    ("pairs", "jumlah_paslon"),
    ("dpt", "dpt"),
    ("dptb", "dptb"),
    ("voters_dpt", "pengguna_dpt"),
    ("voters_dptb", "pengguna_dptb"),
    ("voters_dpk", "pengguna_dpk"),
    ("ballots_used", "surat_suara_digunakan"),
    ("valid", "suara_sah"),
    ("invalid", "suara_tidak_sah"),
    ("kolom_kosong", "kolom_kosong"),
)
FIELD_NAMES: Final = tuple(name for name, _ in _FIELDS)
_COLUMN_OF: Final = dict(_FIELDS)
_PAIRS, _DPT, _DPTB, _VDPT, _VDPTB, _VDPK, _BALLOTS, _VALID, _INVALID, _KK = range(len(_FIELDS))
#: The fixed CSV columns; ``paslon_1`` ... ``paslon_K`` follow.
CSV_COLUMNS: Final = ("kode_tps", *(column for _, column in _FIELDS))
MAX_PAIRS: Final = 20


def _int(field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PilkadaTypeError(
            field, value, f"got {type(value).__name__} {value!r}", "a whole number (int)"
        )
    return value


def _votes(value: Iterable[int]) -> tuple[int, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise PilkadaTypeError("votes", value, "not a sequence", "the votes of each pair, in order")
    return tuple(_int(f"votes[{i}]", v) for i, v in enumerate(value))


def _tps_code(value: RegionCode | str) -> RegionCode:
    code = as_code(value)
    if code.level is not AreaLevel.TPS:
        raise PilkadaValueError(
            "tps", str(code), f"{code} is a {code.level.value} code", "a 13-digit TPS code"
        )
    return code


def _pairs(value: int) -> None:
    if not 1 <= value <= MAX_PAIRS:
        raise PilkadaValueError(
            "pairs",
            value,
            f"{value} pairs on the ballot",
            f"from 1 (one pair against the kolom kosong) to {MAX_PAIRS}",
        )


def _id(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# -- anomalies ---------------------------------------------------------------------------------


class AnomalyKind(enum.Enum):
    """What a PPK flags when it checks a TPS's C.Hasil."""

    NEGATIVE = "angka negatif"
    UNKNOWN_CANDIDATE = "suara untuk calon yang tidak ada"
    OVER_DPT = "pengguna DPT melebihi DPT"
    OVER_DPTB = "pengguna DPTb melebihi DPTb"
    VOTERS_VS_BALLOTS = "pengguna hak pilih tidak sama dengan surat suara digunakan"
    BALLOTS_VS_SPLIT = "suara sah + tidak sah tidak sama dengan surat suara digunakan"
    VOTES_VS_VALID = "jumlah suara paslon tidak sama dengan suara sah"


@attrs.frozen(kw_only=True)
class Anomaly(Finding):
    """One inconsistency in one TPS's count, with where it is and what was found.

    Attributes:
        kind: What is inconsistent.
        tps: The TPS.
        field: The C.Hasil column concerned (``"suara_sah"``, ``"paslon_4"``).
        found: The number on the form.
        expected: The number it should equal or not exceed (``None`` for a negative number or
            a vote for a pair not on the ballot, where it should be 0 or absent).
        message_id, message_en: What is wrong, in Indonesian and English.
        basis, certainty: The counting rules (provisional: see :data:`COUNTING_BASIS`).
    """

    kind: AnomalyKind = attrs.field(validator=instance_of(AnomalyKind))
    tps: RegionCode = attrs.field(validator=instance_of(RegionCode))
    field: str = attrs.field(validator=instance_of(str))
    found: int = attrs.field(validator=instance_of(int))
    expected: int | None = attrs.field(validator=attrs.validators.optional(instance_of(int)))
    basis: LegalBasis = attrs.field(default=COUNTING_BASIS, validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(default=COUNTING_CERTAINTY, validator=instance_of(Certainty))

    @property
    def code(self) -> str:
        """The kind of anomaly (``kind.name``)."""
        return self.kind.name

    def message(self, *, locale: str = DEFAULT_LOCALE) -> str:
        """The message in the language of ``locale``, prefixed with the TPS code."""
        text = self.message_id if lang_of(locale) == "id" else self.message_en
        return f"TPS {self.tps}: {text}"

    def __str__(self) -> str:
        return self.message()


def _anomalies(code: str, values: Sequence[int], votes: Sequence[int]) -> list[Anomaly]:
    """Every anomaly of one TPS; ``values`` in :data:`_FIELDS` order."""
    tps = RegionCode(code)
    found: list[Anomaly] = []

    def add(kind: AnomalyKind, field: str, got: int, want: int | None, id_: str, en: str) -> None:
        found.append(
            Anomaly(
                kind=kind,
                tps=tps,
                field=field,
                found=got,
                expected=want,
                message_id=id_,
                message_en=en,
            )
        )

    for name, value in zip(FIELD_NAMES, values, strict=True):
        if value < 0:
            column = _COLUMN_OF[name]
            add(
                AnomalyKind.NEGATIVE,
                column,
                value,
                None,
                f"{column} bernilai negatif ({value}).",
                f"{column} is negative ({value}).",
            )
    for number, value in enumerate(votes, start=1):
        if value < 0:
            add(
                AnomalyKind.NEGATIVE,
                f"paslon_{number}",
                value,
                None,
                f"suara paslon {number} bernilai negatif ({value}).",
                f"the votes of pair {number} are negative ({value}).",
            )
    pairs = values[_PAIRS]
    for number, value in enumerate(votes, start=1):
        if number > pairs and value:
            add(
                AnomalyKind.UNKNOWN_CANDIDATE,
                f"paslon_{number}",
                value,
                None,
                f"{_id(value)} suara untuk paslon nomor urut {number}, padahal hanya ada "
                f"{pairs} paslon.",
                f"{value:,} votes for pair no. {number}, but only {pairs} pair(s) stand.",
            )
    if pairs > 1 and values[_KK]:
        value = values[_KK]
        add(
            AnomalyKind.UNKNOWN_CANDIDATE,
            "kolom_kosong",
            value,
            None,
            f"{_id(value)} suara untuk kolom kosong, padahal ada {pairs} paslon.",
            f"{value:,} votes for the kolom kosong, but {pairs} pairs stand.",
        )
    checks = (
        (
            AnomalyKind.OVER_DPT,
            "pengguna_dpt",
            values[_VDPT],
            values[_DPT],
            "pengguna hak pilih DPT ({}) melebihi jumlah DPT ({}).",
            "DPT voters ({}) exceed the DPT ({}).",
        ),
        (
            AnomalyKind.OVER_DPTB,
            "pengguna_dptb",
            values[_VDPTB],
            values[_DPTB],
            "pengguna hak pilih DPTb ({}) melebihi jumlah DPTb ({}).",
            "DPTb voters ({}) exceed the DPTb ({}).",
        ),
    )
    for kind, field, got, limit, id_, en in checks:
        if got > limit:
            add(
                kind,
                field,
                got,
                limit,
                id_.format(_id(got), _id(limit)),
                en.format(f"{got:,}", f"{limit:,}"),
            )
    voters = values[_VDPT] + values[_VDPTB] + values[_VDPK]
    ballots = values[_BALLOTS]
    equalities = (
        (
            AnomalyKind.VOTERS_VS_BALLOTS,
            "surat_suara_digunakan",
            ballots,
            voters,
            "surat suara digunakan ({}) tidak sama dengan jumlah pengguna hak pilih ({}).",
            "ballots used ({}) differ from the voters who used their right ({}).",
        ),
        (
            AnomalyKind.BALLOTS_VS_SPLIT,
            "surat_suara_digunakan",
            ballots,
            values[_VALID] + values[_INVALID],
            "surat suara digunakan ({}) tidak sama dengan suara sah + tidak sah ({}).",
            "ballots used ({}) differ from valid + invalid votes ({}).",
        ),
        (
            AnomalyKind.VOTES_VS_VALID,
            "suara_sah",
            values[_VALID],
            sum(votes) + values[_KK],
            "suara sah ({}) tidak sama dengan jumlah suara seluruh paslon ({}).",
            "valid votes ({}) differ from the sum of the votes of all pairs ({}).",
        ),
    )
    for kind, field, got, want, id_, en in equalities:
        if got != want:
            add(
                kind,
                field,
                got,
                want,
                id_.format(_id(got), _id(want)),
                en.format(f"{got:,}", f"{want:,}"),
            )
    return found


# -- one TPS -----------------------------------------------------------------------------------


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

    Numbers must be ints; negative numbers are accepted here so that :meth:`validate` can
    report them as the PPK would.
    """

    tps: RegionCode = attrs.field(converter=_tps_code)
    pairs: int = attrs.field(validator=lambda _, a, v: _pairs(_int(a.name, v)))
    dpt: int = attrs.field(validator=lambda _, a, v: _int(a.name, v))
    dptb: int = attrs.field(validator=lambda _, a, v: _int(a.name, v))
    voters_dpt: int = attrs.field(validator=lambda _, a, v: _int(a.name, v))
    voters_dptb: int = attrs.field(validator=lambda _, a, v: _int(a.name, v))
    voters_dpk: int = attrs.field(validator=lambda _, a, v: _int(a.name, v))
    ballots_used: int = attrs.field(validator=lambda _, a, v: _int(a.name, v))
    votes: tuple[int, ...] = attrs.field(converter=_votes)
    kolom_kosong: int = attrs.field(default=0, validator=lambda _, a, v: _int(a.name, v))
    valid: int = attrs.field(validator=lambda _, a, v: _int(a.name, v))
    invalid: int = attrs.field(validator=lambda _, a, v: _int(a.name, v))

    def __attrs_post_init__(self) -> None:
        if len(self.votes) < self.pairs:
            raise PilkadaValueError(
                "votes",
                self.votes,
                f"{len(self.votes)} vote counts for {self.pairs} pairs",
                "one count for each pair on the ballot, by nomor urut",
            )

    def _values(self) -> tuple[int, ...]:
        return tuple(getattr(self, name) for name in FIELD_NAMES)

    @property
    def voters(self) -> int:
        """Voters who used their right: DPT + DPTb + DPK."""
        return self.voters_dpt + self.voters_dptb + self.voters_dpk

    @property
    def turnout(self) -> Fraction | None:
        """Partisipasi: voters over DPT + DPTb + DPK voters (``None`` if that is 0)."""
        return _turnout(self.dpt, self.dptb, self.voters_dpt, self.voters_dptb, self.voters_dpk)

    def validate(self) -> list[Anomaly]:
        """Every inconsistency a PPK would flag on this form; empty when there is none.

        Negative numbers; votes for a pair not on the ballot (or for the kolom kosong where
        several pairs stand); more DPT or DPTb voters than listed; ballots used that differ
        from the voters, or from valid + invalid; pair votes that do not add up to the valid
        votes.
        """
        return _anomalies(self.tps.digits, self._values(), self.votes)


def _turnout(dpt: int, dptb: int, vdpt: int, vdptb: int, vdpk: int) -> Fraction | None:
    # KPU computes partisipasi over the whole electorate of the day: DPT + DPTb + DPK, where
    # the DPK are counted as they vote.
    base = dpt + dptb + vdpk
    return Fraction(vdpt + vdptb + vdpk, base) if base > 0 else None


# -- a batch of TPS ----------------------------------------------------------------------------


class DuplicateTpsError(PilkadaValueError):
    """A result set lists the same TPS more than once."""


def _column(field: str, values: Iterable[int], n: int) -> array[int]:
    try:
        column = array("q", values)
    except (TypeError, OverflowError) as exc:
        raise PilkadaTypeError(
            field, None, f"a value that is not a 64-bit int ({exc})", "whole numbers only"
        ) from exc
    if len(column) != n:
        raise PilkadaValueError(
            field, len(column), f"{len(column)} values for {n} TPS", "one value for each TPS"
        )
    return column


class _Table:
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
        self.columns = columns  # summed fields, _FIELDS order without "pairs" (index 0 unused)
        self.votes = votes
        self.pairs = pairs
        self.tps = tps
        self._bounds: dict[int, tuple[list[str], list[int]]] = {}

    def summed(self) -> list[array[int]]:
        return [self.tps, *self.columns[1:], *self.votes]

    def bounds(self, length: int) -> tuple[list[str], list[int]]:
        """The distinct code prefixes of ``length`` digits and where each group starts."""
        if length not in self._bounds:
            keys = list(map(operator.itemgetter(slice(0, length)), self.codes))
            counts = Counter(keys)  # the codes are sorted: groups are contiguous, in order
            self._bounds[length] = (list(counts), list(accumulate(counts.values(), initial=0)))
        return self._bounds[length]

    def aggregate(self, length: int) -> _Table:
        """The table of the groups of codes sharing their first ``length`` digits."""
        keys, bounds = self.bounds(length)
        if not keys:
            return _Table([], [array("q") for _ in _FIELDS], [], array("q"), array("q"))
        sums = _group_sums(self.summed(), bounds)
        # The number of pairs is constant over a contest: where no run of equal values crosses
        # a group's edge, each group's first value is its maximum.
        ends = set(accumulate(sum(1 for _ in run) for _, run in groupby(self.pairs)))
        if ends <= set(bounds):
            pairs = array("q", [self.pairs[b] for b in bounds[:-1]])
        else:
            slices = map(slice, bounds, islice(bounds, 1, None))
            pairs = array("q", map(max, map(self.pairs.__getitem__, slices)))
        n_votes = len(self.votes)
        columns = [pairs, *sums[1 : len(_FIELDS)]]
        return _Table(keys, columns, sums[len(_FIELDS) :][:n_votes], pairs, sums[0])


_SMALL_BITS: Final = 40  # values below 2**40, fewer than 2**23 rows: sums stay below 2**63
_LITTLE: Final = sys.byteorder == "little"
#: The bytes of an int64 that hold bits 40 to 63, and the one that holds bit 40.
_HIGH_BYTES: Final = tuple(b if _LITTLE else 7 - b for b in range(_SMALL_BITS // 8, 8))
_BIT_40_BYTE: Final = _HIGH_BYTES[0]


def _small(column: array[int]) -> bool:
    """Whether every value is in ``[0, 2**40)`` and there are fewer than ``2**23`` of them.

    Read off the three high bytes of each int64, in C, without making a Python int per value.
    """
    if len(column) >= 2 ** (63 - _SMALL_BITS):
        return False
    raw = column.tobytes()
    return all(raw[b::8].count(0) == len(column) for b in _HIGH_BYTES)


def _group_sums(columns: list[array[int]], bounds: list[int]) -> list[array[int]]:
    """Each column's sums over the rows ``bounds[g]:bounds[g + 1]``, exactly.

    Group sums are differences of prefix sums, all in C. Columns whose every prefix sum fits
    an int64 lane without a sign (see :func:`_small`: every real count) are packed side by
    side into one Python int per row, so a single prefix-sum pass serves them all: lanes
    cannot carry into each other, and the sums are read back as int64. Any other column (a
    negative number on a form, an absurdly large one) is summed on its own with Python's
    unbounded ints.
    """
    at_bound = bytearray(bounds[-1] + 1)  # prefix sums are kept only where a group starts
    for b in bounds:
        at_bound[b] = 1

    def differences(values: Iterable[int]) -> Iterator[int]:
        at = list(compress(accumulate(values, initial=0), at_bound))
        return map(operator.sub, islice(at, 1, None), at)

    packed = [k for k, column in enumerate(columns) if _small(column)]
    sums = [
        array("q") if k in packed else array("q", differences(c)) for k, c in enumerate(columns)
    ]
    if not packed:
        return sums
    width, order = len(packed), sys.byteorder  # lanes keep the machine's int64 layout
    size = 8 * width
    interleaved = array("q", bytes(size * bounds[-1]))
    lanes = memoryview(interleaved)
    for lane, k in enumerate(packed):
        lanes[lane::width] = memoryview(columns[k])
    raw = interleaved.tobytes()
    del interleaved, lanes
    as_int = int.from_bytes
    step = size * 4096  # rows are made a block at a time: as fast as one list, less memory
    blocks = (
        [as_int(raw[i : i + size], order) for i in range(start, min(start + step, len(raw)), size)]
        for start in range(0, len(raw), step)
    )
    packed_rows = chain.from_iterable(blocks)
    table = array("q")
    table.frombytes(b"".join([s.to_bytes(size, order) for s in differences(packed_rows)]))
    for lane, k in enumerate(packed):
        sums[k] = table[lane::width]
    return sums


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

    _table: _Table
    _anomalies: tuple[Anomaly, ...] | None
    _levels: dict[AreaLevel, _Table]

    def __init__(self, table: _Table) -> None:
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_anomalies", None)
        object.__setattr__(self, "_levels", {})

    def _at(self, level: AreaLevel) -> _Table:
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
        codes = _validate_codes(list(tps))
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
        vote_columns = [_column(f"votes[{k}]", v, n) for k, v in enumerate(votes)]
        if not vote_columns:
            raise PilkadaValueError("votes", votes, "no vote columns", "pair 1's votes at least")
        if n:
            low, high = min(columns[_PAIRS]), max(columns[_PAIRS])
            _pairs(low)
            _pairs(high)
        if n and max(columns[_PAIRS]) > len(vote_columns):
            raise PilkadaValueError(
                "votes",
                len(vote_columns),
                f"{len(vote_columns)} vote columns for up to {max(columns[_PAIRS])} pairs",
                "a vote column for each pair on any ballot",
            )
        if not all(map(operator.lt, codes, islice(codes, 1, None))):
            order = sorted(range(n), key=codes.__getitem__)
            pick = operator.itemgetter(*order)
            codes = list(pick(codes)) if n > 1 else codes
            columns = [array("q", pick(c)) for c in columns]
            vote_columns = [array("q", pick(c)) for c in vote_columns]
            _refuse_duplicates(codes)
        table = _Table(codes, columns, vote_columns, columns[_PAIRS], array("q", repeat(1, n)))
        return cls(table)

    @classmethod
    def from_records(cls, records: Iterable[TpsResult]) -> TpsResults:
        """A batch from :class:`TpsResult` records (any order).

        Raises:
            DuplicateTpsError: a TPS appears twice.
        """
        rows = list(records)
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
        """Every anomaly of every TPS, in TPS order (as :meth:`TpsResult.validate`)."""
        anomalies = self._anomalies
        if anomalies is None:
            anomalies = tuple(self._find_anomalies())
            object.__setattr__(self, "_anomalies", anomalies)
        return list(anomalies)

    def _find_anomalies(self) -> Iterator[Anomaly]:
        # Each check runs over whole columns in C (map, min, array comparison); only the rows
        # it flags are then checked one by one, by the same code as TpsResult.validate.
        t = self._table
        n = len(t.codes)
        if not n:
            return
        cols = t.columns
        suspects: set[int] = set()
        for column in (*cols, *t.votes):
            suspects.update(_negative_rows(column))
        start = 0
        for pairs, run in groupby(cols[_PAIRS]):
            end = start + sum(1 for _ in run)
            for k, column in enumerate((cols[_KK], *t.votes)):
                # kolom kosong (k = 0) only where one pair stands; pair k only where k <= pairs
                extra = (pairs > 1) if k == 0 else (k > pairs)
                if extra and column[start:end].tobytes().count(0) < 8 * (end - start):
                    suspects.update(i for i in range(start, end) if column[i])
            start = end
        suspects.update(_unbalanced_rows(cols, t.votes))
        for i in sorted(suspects):
            yield from _anomalies(t.codes[i], [c[i] for c in cols], [v[i] for v in t.votes])


_BLOCK: Final = 256
_BIT_40: Final = (1 << _SMALL_BITS).to_bytes(8, sys.byteorder)
_ZERO: Final = re.compile(rb"\x00")


def _as_lanes(column: array[int]) -> int:
    """A column as one non-negative int: value ``i`` in bits ``64 * i`` up (``_small`` ones)."""
    return int.from_bytes(column.tobytes(), sys.byteorder)


def _from_lanes(value: int, n: int) -> array[int]:
    """The ``n`` int64 lanes of :func:`_as_lanes`'s int, as a column again."""
    column = array("q")
    column.frombytes(value.to_bytes(8 * n, sys.byteorder))
    return column


_SIGN_BYTE: Final = 7 if _LITTLE else 0
_NON_NEGATIVE: Final = bytes(range(128))
_NEGATIVE_BYTE: Final = re.compile(rb"[\x80-\xff]")


def _unbalanced_rows(cols: list[array[int]], votes: list[array[int]]) -> Iterator[int]:
    """Rows whose sums do not balance or that use more voters than listed (may repeat)."""
    n = len(cols[0])
    if all(map(_small, (*cols, *votes))):
        # Every count in [0, 2**40): each column read as one big int of 64-bit lanes, so a
        # column-wise sum is one big-int addition, and lanes cannot carry into each other.
        lanes = [_as_lanes(c) for c in cols]
        for left, right in (
            (lanes[_VDPT] + lanes[_VDPTB] + lanes[_VDPK], lanes[_BALLOTS]),
            (lanes[_VALID] + lanes[_INVALID], lanes[_BALLOTS]),
            (lanes[_KK] + sum(map(_as_lanes, votes)), lanes[_VALID]),
        ):
            if left != right:
                yield from _differ(_from_lanes(left, n), _from_lanes(right, n))
        # listed - used + 2**40 is in (0, 2**41): its bit 40 is clear where used > listed.
        bias = int.from_bytes(_BIT_40 * n, sys.byteorder)
        for used, listed in ((_VDPT, _DPT), (_VDPTB, _DPTB)):
            room = (lanes[listed] + bias - lanes[used]).to_bytes(8 * n, sys.byteorder)
            yield from (m.start() for m in _ZERO.finditer(room[_BIT_40_BYTE::8]))
        return
    add = operator.add
    summed: Iterable[int] = cols[_KK]
    for column in votes:
        summed = map(add, summed, column)
    for got, want in (
        (array("q", map(add, map(add, cols[_VDPT], cols[_VDPTB]), cols[_VDPK])), cols[_BALLOTS]),
        (array("q", map(add, cols[_VALID], cols[_INVALID])), cols[_BALLOTS]),
        (array("q", summed), cols[_VALID]),
    ):
        yield from _differ(got, want)
    for used, listed in ((_VDPT, _DPT), (_VDPTB, _DPTB)):
        yield from _negative_rows(array("q", map(operator.sub, cols[listed], cols[used])))


def _negative_rows(column: array[int]) -> Iterator[int]:
    """The rows holding a negative number, found through the sign byte of each int64."""
    signs = column.tobytes()[_SIGN_BYTE::8]
    if signs.translate(None, _NON_NEGATIVE):
        yield from (match.start() for match in _NEGATIVE_BYTE.finditer(signs))


def _differ(left: array[int], right: array[int]) -> Iterator[int]:
    """The rows where two equal-length columns differ (compared block by block in C)."""
    if left == right:
        return
    for start in range(0, len(left), _BLOCK):
        end = start + _BLOCK
        if left[start:end] != right[start:end]:
            yield from (i for i in range(start, min(end, len(left))) if left[i] != right[i])


def _refuse_duplicates(codes: list[str]) -> None:
    dupes = sorted({a for a, b in zip(codes, islice(codes, 1, None), strict=False) if a == b})
    if dupes:
        shown = ", ".join(str(RegionCode(code)) for code in dupes[:10])
        more = f" and {len(dupes) - 10} more" if len(dupes) > 10 else ""
        raise DuplicateTpsError(
            "tps",
            str(RegionCode(dupes[0])),
            f"TPS {shown}{more} appear(s) more than once",
            "one result per TPS: correct or remove the repeated rows before recapitulating",
        )


# -- recapitulation ----------------------------------------------------------------------------


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

    area: RegionCode
    tps: int
    pairs: int
    dpt: int
    dptb: int
    voters_dpt: int
    voters_dptb: int
    voters_dpk: int
    ballots_used: int
    valid: int
    invalid: int
    kolom_kosong: int
    votes: tuple[int, ...]
    anomalies: tuple[Anomaly, ...] = ()

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
        return _turnout(self.dpt, self.dptb, self.voters_dpt, self.voters_dptb, self.voters_dpk)

    def turnout_text(self, *, decimals: int = 2, locale: str = DEFAULT_LOCALE) -> str:
        """The turnout as a percentage (``'79,50%'``), half-up; ``'-'`` when undefined."""
        share = self.turnout
        return "-" if share is None else format_percent(share, decimals=decimals, locale=locale)


class Recap(Tabular, Sequence[RecapRow]):
    """The recapitulation of a result set at one level: one :class:`RecapRow` per area.

    Stored by column like :class:`TpsResults`; rows are built when read. ``total`` is the
    sum of all rows. A recap can be recapitulated again to a higher level.
    """

    __slots__ = ("_anomalies", "_codes", "_table", "level")

    level: AreaLevel
    _table: _Table
    _anomalies: tuple[Anomaly, ...]
    _codes: list[str]

    def __init__(self, level: AreaLevel, table: _Table, anomalies: tuple[Anomaly, ...]) -> None:
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
    def from_rows(cls, level: AreaLevel, rows: Iterable[RecapRow]) -> Recap:
        """A recap from its rows, as :func:`recapitulate` made them (to read one back).

        Raises:
            PilkadaTypeError: a row is not a :class:`RecapRow`.
            PilkadaValueError: a row of another level, rows out of code order or repeated,
                rows with vote columns of unequal length, or an anomaly of a TPS outside its
                row's area or out of TPS order.
        """
        rows = list(rows)
        if not isinstance(level, AreaLevel):
            raise PilkadaTypeError("level", level, f"got {type(level).__name__}", "an AreaLevel")
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
        columns = [array("q", [getattr(r, name) for r in rows]) for name in FIELD_NAMES]
        width = len(rows[0].votes) if rows else 1
        votes = [array("q", [r.votes[k] for r in rows]) for k in range(width)]
        codes = [r.area.digits for r in rows]
        table = _Table(codes, columns, votes, columns[_PAIRS], array("q", [r.tps for r in rows]))
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
        low = bisect_left(t.codes, prefix)
        high = bisect_left(t.codes, prefix + ":")
        part = _Table(
            t.codes[low:high],
            [c[low:high] for c in t.columns],
            [v[low:high] for v in t.votes],
            t.pairs[low:high],
            t.tps[low:high],
        )
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


def recapitulate(
    results: TpsResults | Recap | Iterable[TpsResult], *, level: AreaLevel | str
) -> Recap:
    """Add TPS counts (or a finer recap) up to ``level``: desa, kecamatan, kab/kota, provinsi.

    Every number is a sum of the numbers below, exactly; ``pairs`` is their maximum. Each
    row carries the anomalies of its TPS (see :meth:`TpsResult.validate`), with their codes.

    Raises:
        DuplicateTpsError: the same TPS appears twice.
        PilkadaValueError: ``level`` is TPS, or finer than the recap given.
    """
    if isinstance(level, str):
        level = AreaLevel.parse(level)
    if not isinstance(level, AreaLevel):
        raise PilkadaTypeError("level", level, f"got {type(level).__name__}", "an AreaLevel")
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
    return Recap(level, results._at(level), tuple(results.validate()))


def _child(level: AreaLevel) -> AreaLevel:
    below = level.child
    if below is None:  # pragma: no cover (only TPS has no child; never aggregated into)
        raise PilkadaValueError("level", level.value, "no level below", "a region level")
    return below


# -- winner determination ----------------------------------------------------------------------


class Verdict(enum.Enum):
    """What the count decides."""

    ELECTED = "terpilih"
    RUNOFF = "putaran kedua"
    REPEAT = "pemilihan diulang"
    TIE = "seri"


class WinnerRule(enum.Enum):
    """The rule applied."""

    PLURALITY = "suara terbanyak"
    SINGLE_PAIR = "calon tunggal melawan kolom kosong"
    JAKARTA_MAJORITY = "lebih dari 50% suara sah (Jakarta)"


def _area_votes(rows: Iterable[Iterable[int]]) -> tuple[tuple[int, ...], ...]:
    return tuple(_votes(row) for row in rows)


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class Tally:
    """An election's totals, and each pair's votes in the areas a tie is settled by.

    Attributes:
        votes: Each pair's valid votes, by nomor urut.
        kolom_kosong: The kolom kosong's votes where one pair stands, else ``None``.
        region: The region holding the election (needed to apply Jakarta's rule).
        areas: Each pair's votes in each kecamatan (bupati, wali kota) or kab/kota
            (governor), for the Pasal 107(2) / 109(2) tie-break; empty if unknown.
        area_codes: The codes of those areas, if known.
    """

    votes: tuple[int, ...] = attrs.field(converter=_votes)
    kolom_kosong: int | None = None
    region: RegionCode | None = attrs.field(
        default=None, converter=attrs.converters.optional(as_code)
    )
    areas: tuple[tuple[int, ...], ...] = attrs.field(default=(), converter=_area_votes)
    area_codes: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    def __attrs_post_init__(self) -> None:
        if not self.votes:
            raise PilkadaValueError("votes", (), "no pairs", "the votes of one pair or more")
        if self.kolom_kosong is not None:
            _int("kolom_kosong", self.kolom_kosong)
            if len(self.votes) != 1:
                raise PilkadaValueError(
                    "kolom_kosong",
                    self.kolom_kosong,
                    f"a kolom kosong with {len(self.votes)} pairs",
                    "a kolom kosong only where a single pair stands (UU 10/2016 Pasal 54C)",
                )
        for i, row in enumerate(self.areas):
            if len(row) != len(self.votes):
                raise PilkadaValueError(
                    f"areas[{i}]", row, f"{len(row)} counts", f"{len(self.votes)}, one per pair"
                )
        for values, field in ((self.votes, "votes"), *((r, "areas") for r in self.areas)):
            if min(values) < 0:
                raise PilkadaValueError(
                    field, values, "a negative vote count", "counts of 0 or more"
                )

    @property
    def valid(self) -> int:
        """Valid votes: every pair's, and the kolom kosong's."""
        return sum(self.votes) + (self.kolom_kosong or 0)


@attrs.frozen(kw_only=True)
class TieBreak:
    """How a tie at the top was (or was not) broken by the spread of support.

    The law asks for the pair whose support is "lebih merata penyebarannya" across the
    kecamatan (Pasal 107(2)) or kab/kota (Pasal 109(2)) but defines no measure. This library
    uses, in order:

    1. ``areas_won``: the areas where the pair has strictly the most votes of all pairs (an
       area where the lead is shared counts for no one). This is the count KPU is reported
       to use; it is provisional.
    2. ``deviation``: if still tied, the chi-square distance between the pair's votes per
       area and the votes it would have if they followed each area's share of all valid
       votes, ``sum((v - V*w/W)**2 / (V*w/W))``, computed exactly; the smaller is the more
       even spread. Tied pairs have equal totals ``V``, so this compares like with like.

    Pairs still equal on both stay tied: the outcome says so rather than guess.

    Attributes:
        unit: The level of the areas (kecamatan or kabupaten/kota).
        tied: The pairs tied at the top.
        areas_won: For each tied pair, the areas it won.
        deviation: For each tied pair, its deviation (``None`` if step 2 was not needed).
        decided_by: ``"areas_won"``, ``"deviation"`` or ``None`` when the tie stands.
        certainty: ``PROVISIONAL``: the measure is this library's reading of the law.
    """

    unit: AreaLevel
    tied: tuple[int, ...]
    areas_won: tuple[int, ...]
    deviation: tuple[Fraction, ...] | None
    decided_by: str | None
    certainty: Certainty = Certainty.PROVISIONAL


@attrs.frozen(kw_only=True)
class Outcome(Tabular):
    """What the count decides, the rule applied and its legal basis.

    Attributes:
        election: The election decided.
        region: Its region, when known.
        rule: The rule applied.
        verdict: ``ELECTED``, ``RUNOFF`` (Jakarta), ``REPEAT`` (the single pair did not
            reach more than 50 %) or ``TIE`` (a tie the law's rule does not break).
        elected: The elected pair's nomor urut, if any.
        runoff: The pairs in the second round (Jakarta).
        tied: The pairs tied, when the verdict is ``TIE``.
        votes, kolom_kosong, valid: The totals decided on.
        tie_break: How a tie at the top was handled.
        basis: The provision applied; ``also``: the others that follow from it.
        certainty: ``OFFICIAL``, or ``PROVISIONAL`` when a spread measure was needed.
    """

    election: ElectionKind
    region: RegionCode | None
    rule: WinnerRule
    verdict: Verdict
    elected: int | None
    runoff: tuple[int, ...]
    tied: tuple[int, ...]
    votes: tuple[int, ...]
    kolom_kosong: int | None
    valid: int
    tie_break: TieBreak | None
    basis: LegalBasis
    also: tuple[LegalBasis, ...] = ()
    certainty: Certainty = Certainty.OFFICIAL

    def __attrs_post_init__(self) -> None:
        # An outcome read back from data must say what decide() could have said: its pairs
        # exist, the verdict names who it needs, and the elected pair has the most votes.
        pairs = range(1, len(self.votes) + 1)
        if not self.votes or any(not isinstance(v, int) or v < 0 for v in self.votes):
            raise PilkadaValueError("votes", self.votes, "not a count per pair", "ints >= 0")
        for field in ("runoff", "tied"):
            named = getattr(self, field)
            if any(pair not in pairs for pair in named) or len(set(named)) != len(named):
                raise PilkadaValueError(field, named, "names a pair twice or not at all", "1 to n")
        needs = {
            Verdict.ELECTED: self.elected is not None,
            Verdict.RUNOFF: self.elected is None and len(self.runoff) == 2,
            Verdict.REPEAT: self.elected is None,
            Verdict.TIE: self.elected is None and len(self.tied) >= 2,
        }
        if not needs[self.verdict]:
            raise PilkadaValueError(
                "verdict", self.verdict.name, "does not match elected, runoff and tied",
                "ELECTED with the elected pair, RUNOFF with two pairs, TIE with the tied",
            )  # fmt: skip
        if self.elected is not None and (
            self.elected not in pairs or self.votes[self.elected - 1] != max(self.votes)
        ):
            raise PilkadaValueError(
                "elected", self.elected, "is not a pair with the most votes", "the winning pair"
            )

    def share(self, pair: int) -> Fraction:
        """Pair ``pair``'s share of the valid votes (0 when there are none)."""
        if not 1 <= pair <= len(self.votes):
            raise PilkadaValueError("pair", pair, "no such pair", f"1 to {len(self.votes)}")
        return Fraction(self.votes[pair - 1], self.valid) if self.valid else Fraction(0)

    def message(self, *, locale: str = DEFAULT_LOCALE) -> str:
        """The outcome in a sentence, with the rule's basis."""
        return _message(self, lang_of(locale), locale)

    def __str__(self) -> str:
        return self.message()


def _message(o: Outcome, lang: str, locale: str) -> str:  # noqa: PLR0911 (one per verdict)
    def n(count: int) -> str:
        return _id(count) if lang == "id" else f"{count:,}"

    def pct(pair: int) -> str:
        return format_percent(o.share(pair), decimals=2, locale=locale)

    basis = o.basis.cite(locale=locale)
    if o.verdict is Verdict.ELECTED and o.elected is not None:
        p = o.elected
        if o.rule is WinnerRule.PLURALITY:
            spread = ""
            if o.tie_break is not None:
                spread = (
                    " setelah seri, karena dukungannya lebih merata"
                    if lang == "id"
                    else " after a tie, as its support is more evenly spread"
                )
            if lang == "id":
                return (
                    f"Pasangan calon nomor urut {p} memperoleh suara terbanyak "
                    f"({n(o.votes[p - 1])} suara, {pct(p)}){spread} dan terpilih ({basis})."
                )
            return (
                f"Pair no. {p} has the most votes ({n(o.votes[p - 1])}, {pct(p)}){spread} "
                f"and is elected ({basis})."
            )
        if lang == "id":
            return (
                f"Pasangan calon nomor urut {p} memperoleh {pct(p)} suara sah, lebih dari 50%, "
                f"dan terpilih ({basis})."
            )
        return (
            f"Pair no. {p} has {pct(p)} of the valid votes, more than 50%, and is elected "
            f"({basis})."
        )
    if o.verdict is Verdict.REPEAT:
        if lang == "id":
            return (
                f"Pasangan calon tunggal memperoleh {pct(1)} suara sah, tidak lebih dari 50%: "
                f"pemilihan diulang dan pemerintah menugaskan penjabat ({basis})."
            )
        return (
            f"The single pair has {pct(1)} of the valid votes, not more than 50%: the "
            f"election is repeated and the government appoints an acting head ({basis})."
        )
    if o.verdict is Verdict.RUNOFF:
        a, b = o.runoff
        if lang == "id":
            return (
                f"Tidak ada pasangan calon yang memperoleh lebih dari 50% suara sah: putaran "
                f"kedua antara nomor urut {a} dan {b} ({basis})."
            )
        return (
            f"No pair has more than 50% of the valid votes: a second round between pairs "
            f"no. {a} and {b} ({basis})."
        )
    tied = ", ".join(map(str, o.tied))
    if lang == "id":
        return (
            f"Pasangan calon nomor urut {tied} memperoleh suara sama dan tidak dapat "
            f"dibedakan oleh aturan ini; tidak ditebak ({basis})."
        )
    return (
        f"Pairs no. {tied} are tied and this rule does not separate them; no winner is "
        f"guessed ({basis})."
    )


_SPREAD_LEVEL: Final = {
    ElectionKind.GUBERNUR: AreaLevel.KABUPATEN_KOTA,
    ElectionKind.BUPATI: AreaLevel.KECAMATAN,
    ElectionKind.WALI_KOTA: AreaLevel.KECAMATAN,
}
_REGION_LEVEL: Final = {
    ElectionKind.GUBERNUR: AreaLevel.PROVINSI,
    ElectionKind.BUPATI: AreaLevel.KABUPATEN_KOTA,
    ElectionKind.WALI_KOTA: AreaLevel.KABUPATEN_KOTA,
}


def _election(value: object) -> ElectionKind:
    if not isinstance(value, ElectionKind):
        raise PilkadaTypeError(
            "election",
            value,
            f"got {type(value).__name__}",
            "an ElectionKind (GUBERNUR, BUPATI or WALI_KOTA)",
        )
    return value


def tally(results: TpsResults | Recap, *, election: ElectionKind) -> Tally:
    """The totals of one election, with each pair's votes per spread area (for a tie).

    The results must lie in one region at the election's level (a province for a governor,
    one kab/kota otherwise) that holds that election.

    Raises:
        PilkadaValueError: the results span several regions, or the region holds no such
            election (DIY's governor, Jakarta's administrative kota, a kota's bupati).
    """
    election = _election(election)
    region_level, unit = _REGION_LEVEL[election], _SPREAD_LEVEL[election]
    if isinstance(results, TpsResults):
        results = recapitulate(results, level=unit)
    if not isinstance(results, Recap):
        raise PilkadaTypeError(
            "results", results, f"got {type(results).__name__}", "TpsResults, a Recap or a Tally"
        )
    if not len(results):
        raise PilkadaValueError("results", 0, "no results", "the results of one election")
    regions = {c[: region_level.code_length] for c in results._table.codes}
    if results.level.depth < region_level.depth or len(regions) != 1:
        raise PilkadaValueError(
            "results",
            sorted(regions)[:5],
            f"the results span {len(regions)} {region_level.value} regions"
            if len(regions) > 1
            else f"a {results.level.value} recap spans several regions",
            f"the results of one {region_level.value}: decide each region apart",
        )
    region = RegionCode(regions.pop())
    if election not in region.elections:
        raise PilkadaValueError(
            "election",
            election.value,
            f"{region.level.value} {region} holds no {election.value} election",
            f"one of {[e.value for e in region.elections]}"
            if region.elections
            else "a region that holds this election",
        )
    total = results.total
    pairs = total.pairs
    votes = total.votes[:pairs]
    areas: tuple[tuple[int, ...], ...] = ()
    codes: tuple[str, ...] = ()
    if results.level.depth >= unit.depth:
        spread = recapitulate(results, level=unit)
        areas = tuple(row.votes[:pairs] for row in spread)
        codes = tuple(str(row.area) for row in spread)
    return Tally(
        votes=votes,
        kolom_kosong=total.kolom_kosong if pairs == 1 else None,
        region=region,
        areas=areas,
        area_codes=codes,
    )


def decide(results: TpsResults | Recap | Tally, *, election: ElectionKind) -> Outcome:
    """Apply the winner rule of ``election`` to the results of one region.

    * One pair against the kolom kosong: elected with more than 50 % of the valid votes
      (UU 10/2016 Pasal 54D ayat (1)); otherwise the election is repeated and a penjabat is
      appointed (ayat (2)-(4)).
    * Jakarta's governor: more than 50 % of the valid votes wins; otherwise the top two meet
      in a second round (UU 2/2024 Pasal 10 ayat (2)-(3)).
    * Otherwise the most votes win (UU 10/2016 Pasal 107 ayat (1), Pasal 109 ayat (1)); a tie
      at the top goes to the more evenly spread support (ayat (2)): see :class:`TieBreak`.

    "More than 50 %" is compared exactly: 50 % is not enough, 50 % plus one vote is.

    Raises:
        PilkadaValueError: see :func:`tally`; or a tie at the top with no per-area votes
            to break it (pass results at kecamatan or kab/kota level, or finer).
    """
    election = _election(election)
    if not isinstance(results, Tally):
        results = tally(results, election=election)
    t = results
    votes = t.votes

    def outcome(
        rule: WinnerRule,
        verdict: Verdict,
        basis: LegalBasis,
        *,
        elected: int | None = None,
        runoff: tuple[int, ...] = (),
        tied: tuple[int, ...] = (),
        tie_break: TieBreak | None = None,
        also: tuple[LegalBasis, ...] = (),
        certainty: Certainty = Certainty.OFFICIAL,
    ) -> Outcome:
        return Outcome(
            election=election,
            region=t.region,
            rule=rule,
            verdict=verdict,
            elected=elected,
            runoff=runoff,
            tied=tied,
            votes=votes,
            kolom_kosong=t.kolom_kosong,
            valid=t.valid,
            tie_break=tie_break,
            basis=basis,
            also=also,
            certainty=certainty,
        )

    if t.kolom_kosong is not None:
        # "lebih dari 50%": compared in whole votes, 2 * votes > valid.
        if 2 * votes[0] > t.valid:
            return outcome(
                WinnerRule.SINGLE_PAIR,
                Verdict.ELECTED,
                SINGLE_PAIR_ELECTED,
                elected=1,
                also=(KOLOM_KOSONG,),
            )
        return outcome(
            WinnerRule.SINGLE_PAIR,
            Verdict.REPEAT,
            SINGLE_PAIR_REPEAT[0],
            also=SINGLE_PAIR_REPEAT[1:],
        )
    ranked = sorted(range(1, len(votes) + 1), key=lambda p: -votes[p - 1])
    top = votes[ranked[0] - 1]
    if (
        election is ElectionKind.GUBERNUR
        and t.region is not None
        and t.region.special is SpecialStatus.JAKARTA
    ):
        return _jakarta(outcome, votes, ranked, t.valid)
    governor = election is ElectionKind.GUBERNUR
    plurality = PLURALITY_GUBERNUR if governor else PLURALITY_KAB_KOTA
    spread_basis = SPREAD_GUBERNUR if governor else SPREAD_KAB_KOTA
    leaders = tuple(sorted(p for p in ranked if votes[p - 1] == top))
    if len(leaders) == 1:
        return outcome(WinnerRule.PLURALITY, Verdict.ELECTED, plurality, elected=leaders[0])
    if not t.areas:
        raise PilkadaValueError(
            "results",
            leaders,
            f"pairs {leaders} are tied and no per-area votes were given",
            f"the votes per {_SPREAD_LEVEL[election].value} ({spread_basis})",
        )
    brk, winner = _break_tie(leaders, t.areas, _SPREAD_LEVEL[election])
    verdict = Verdict.TIE if winner is None else Verdict.ELECTED
    return outcome(
        WinnerRule.PLURALITY,
        verdict,
        spread_basis,
        elected=winner,
        tied=leaders if winner is None else (),
        tie_break=brk,
        also=(plurality,),
        certainty=Certainty.PROVISIONAL,
    )


def _jakarta(
    outcome: Callable[..., Outcome], votes: tuple[int, ...], ranked: list[int], valid: int
) -> Outcome:
    top = votes[ranked[0] - 1]
    if 2 * top > valid:
        return outcome(
            WinnerRule.JAKARTA_MAJORITY, Verdict.ELECTED, JAKARTA_BASIS, elected=ranked[0]
        )
    if len(votes) < 2:
        raise PilkadaValueError(
            "votes",
            votes,
            "one pair without a kolom kosong count",
            "two pairs or more, or a kolom kosong count",
        )
    second = votes[ranked[1] - 1]
    if len(votes) > 2 and votes[ranked[2] - 1] == second:
        # UU 2/2024 Pasal 10 ayat (3) names "the top two"; it says nothing of a tie for
        # second place (or for first among three), so none is guessed.
        return outcome(
            WinnerRule.JAKARTA_MAJORITY,
            Verdict.TIE,
            JAKARTA_RUNOFF,
            runoff=tuple(p for p in ranked if votes[p - 1] > second),
            tied=tuple(sorted(p for p in ranked if votes[p - 1] == second)),
            certainty=Certainty.PROVISIONAL,
        )
    return outcome(
        WinnerRule.JAKARTA_MAJORITY,
        Verdict.RUNOFF,
        JAKARTA_RUNOFF,
        runoff=tuple(sorted(ranked[:2])),
        also=(JAKARTA_BASIS,),
    )


def _break_tie(
    leaders: tuple[int, ...], areas: tuple[tuple[int, ...], ...], unit: AreaLevel
) -> tuple[TieBreak, int | None]:
    won = dict.fromkeys(leaders, 0)
    for row in areas:
        best = max(row)
        winners = [p for p, v in enumerate(row, start=1) if v == best]
        if best > 0 and len(winners) == 1 and winners[0] in won:
            won[winners[0]] += 1
    areas_won = tuple(won[p] for p in leaders)
    most = max(areas_won)
    contenders = [p for p in leaders if won[p] == most]
    if len(contenders) == 1:
        brk = TieBreak(
            unit=unit, tied=leaders, areas_won=areas_won, deviation=None, decided_by="areas_won"
        )
        return brk, contenders[0]
    weights = [sum(row) for row in areas]
    whole = sum(weights)
    deviation: dict[int, Fraction] = {}
    for p in leaders:
        total = sum(row[p - 1] for row in areas)
        d = Fraction(0)
        if total and whole:
            for row, w in zip(areas, weights, strict=True):
                if w:
                    expected = Fraction(total * w, whole)
                    d += (row[p - 1] - expected) ** 2 / expected
        deviation[p] = d
    # Only the pairs level on areas won go on to the second measure.
    least = min(deviation[p] for p in contenders)
    evenest = [p for p in contenders if deviation[p] == least]
    winner = evenest[0] if len(evenest) == 1 else None
    brk = TieBreak(
        unit=unit,
        tied=leaders,
        areas_won=areas_won,
        deviation=tuple(deviation[p] for p in leaders),
        decided_by="deviation" if winner is not None else None,
    )
    return brk, winner


# -- CSV ---------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class RowError:
    """One problem in a results CSV: its line (1 is the header), column and value."""

    line: int
    column: str
    value: str
    problem: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.problem} ({self.value!r})"


class ResultsCsvError(PilkadaParseError):
    """A results CSV with one problem or more; ``errors`` lists every one of them."""

    errors: tuple[RowError, ...]

    def __init__(self, source: str, errors: Sequence[RowError]) -> None:
        self.errors = tuple(errors)
        shown = "; ".join(map(str, self.errors[:20]))
        more = f"; and {len(self.errors) - 20} more" if len(self.errors) > 20 else ""
        super().__init__(
            "csv",
            source,
            f"{len(self.errors)} problem(s): {shown}{more}",
            f"a header of {', '.join(CSV_COLUMNS)}, paslon_1 ... paslon_K and whole numbers",
        )


_PROGRESS_ROWS: Final = 8192  # rows between two calls of a progress callback


def _with_progress(
    rows: Iterator[list[str]], handle: IO[str], progress: Callable[[int, int], None]
) -> Iterator[list[str]]:
    """``rows``, calling ``progress(bytes read, total bytes)`` as they are read.

    Called once at the start, every :data:`_PROGRESS_ROWS` rows and once at the end with
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
        if not n % _PROGRESS_ROWS:
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
    name = getattr(source, "name", None) or str(source)
    if isinstance(source, (str, os.PathLike)):
        with open(source, newline="", encoding="utf-8-sig") as handle:
            return _read(handle, str(name), progress)
    return _read(source, str(name), progress)


def _read(  # noqa: PLR0912, PLR0915 (one pass, all errors)
    handle: IO[str], name: str, progress: Callable[[int, int], None] | None = None
) -> TpsResults:
    reader = csv.reader(handle)
    errors: list[RowError] = []
    header = [h.strip() for h in next(reader, [])]
    missing = [c for c in (*CSV_COLUMNS, "paslon_1") if c not in header]
    slots = sorted(int(h[7:]) for h in header if h.startswith("paslon_") and h[7:].isdigit())
    extra = [
        h
        for h in header
        if h not in CSV_COLUMNS and not (h.startswith("paslon_") and h[7:].isdigit())
    ]
    if (
        missing
        or extra
        or slots != list(range(1, len(slots) + 1))
        or len(set(header)) < len(header)
    ):
        problem = (
            f"missing {missing}"
            if missing
            else f"unknown {extra}"
            if extra
            else "repeated or non-consecutive paslon columns"
        )
        raise ResultsCsvError(
            name, [RowError(line=1, column="header", value=",".join(header), problem=problem)]
        )
    index = {h: i for i, h in enumerate(header)}
    codes: list[str] = []
    lines: list[int] = []
    cols: list[list[int]] = [[] for _ in _FIELDS]
    votes: list[list[int]] = [[] for _ in slots]
    for row in reader if progress is None else _with_progress(reader, handle, progress):
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            errors.append(
                RowError(
                    line=line,
                    column="*",
                    value=",".join(row),
                    problem=f"{len(row)} cells for {len(header)} columns",
                )
            )
            continue
        ok = True
        values: list[int] = []
        for column in (*(c for _, c in _FIELDS), *(f"paslon_{k}" for k in slots)):
            cell = row[index[column]].strip()
            if cell == "" and (column == "kolom_kosong" or column.startswith("paslon_")):
                values.append(0)
                continue
            try:
                values.append(
                    int(cell, 10) if cell.lstrip("-").isdigit() and cell.isascii() else int("x")
                )
            except ValueError:
                ok = False
                errors.append(
                    RowError(line=line, column=column, value=cell, problem="not a whole number")
                )
        if ok and not 1 <= values[_PAIRS] <= min(MAX_PAIRS, len(slots)):
            ok = False
            errors.append(
                RowError(
                    line=line,
                    column="jumlah_paslon",
                    value=str(values[_PAIRS]),
                    problem=f"pairs must be 1 to {min(MAX_PAIRS, len(slots))}",
                )
            )
        raw = row[index["kode_tps"]].strip()
        try:
            code = normalize_code(raw, "kode_tps")
            if len(code) != 13:
                raise PilkadaValueError("kode_tps", raw, "not a TPS code", "13 digits")
        except PilkadaValueError as exc:
            ok = False
            errors.append(RowError(line=line, column="kode_tps", value=raw, problem=exc.problem))
        if not ok:
            continue
        codes.append(code)
        lines.append(line)
        for target, value in zip(cols, values, strict=False):
            target.append(value)
        for target, value in zip(votes, values[len(_FIELDS) :], strict=True):
            target.append(value)
    seen: dict[str, int] = {}
    for code, line in zip(codes, lines, strict=True):
        if code in seen:
            errors.append(
                RowError(
                    line=line,
                    column="kode_tps",
                    value=code,
                    problem=f"TPS repeated (first on line {seen[code]})",
                )
            )
        else:
            seen[code] = line
    if errors:
        raise ResultsCsvError(name, sorted(errors, key=lambda e: e.line))
    return TpsResults.from_columns(
        tps=codes,
        votes=votes,
        **dict(zip(FIELD_NAMES, cols, strict=True)),
    )


def write_results_csv(
    results: TpsResults | Iterable[TpsResult], target: str | os.PathLike[str] | IO[str]
) -> None:
    """Write results as CSV under the header that :func:`read_results_csv` reads."""
    if not isinstance(results, TpsResults):
        results = TpsResults.from_records(results)
    if isinstance(target, (str, os.PathLike)):
        with open(target, "w", newline="", encoding="utf-8") as handle:
            _write(results, handle)
    else:
        _write(results, target)


def _write(results: TpsResults, handle: IO[str]) -> None:
    t = results._table
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow([*CSV_COLUMNS, *(f"paslon_{k}" for k in range(1, len(t.votes) + 1))])
    writer.writerows(zip(t.codes, *t.columns, *t.votes, strict=True))


def _csv_text(results: TpsResults) -> str:
    buffer = io.StringIO()
    _write(results, buffer)
    return buffer.getvalue()
