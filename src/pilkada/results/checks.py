"""The checks a PPK runs on a TPS's C.Hasil, each rule written once.

A rule is data (:data:`BALANCES`) or one predicate (:func:`is_stray`), read by both ways of
checking:

* :func:`anomalies`, one TPS at a time, which also words what is wrong;
* :func:`suspect_rows`, whole columns of a batch at once (by NumPy, see
  :mod:`pilkada.results.kernels`), which only finds the rows to hand to :func:`anomalies`.
"""

from __future__ import annotations

import enum
import functools
import operator
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Final

import attrs

from pilkada import sources
from pilkada.errors import instance_of
from pilkada.findings import Finding
from pilkada.i18n import DEFAULT_LOCALE, format_number, lang_of
from pilkada.law import Certainty, LegalBasis
from pilkada.regions import RegionCode
from pilkada.results.fields import (
    BALLOTS,
    COLUMN_OF,
    DPT,
    DPTB,
    FIELD_NAMES,
    INVALID,
    KOLOM_KOSONG,
    PAIRS,
    VALID,
    VOTERS_DPK,
    VOTERS_DPT,
    VOTERS_DPTB,
)
from pilkada.wilayah import REGION_TABLES, tables_named

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from pilkada.results.kernels import Column, Table

__all__ = [
    "BALANCES",
    "COUNTING_BASIS",
    "COUNTING_CERTAINTY",
    "Anomaly",
    "AnomalyKind",
    "Balance",
    "anomalies",
    "broken_rows",
    "is_stray",
    "suspect_rows",
    "unexplained",
    "unknown_rows",
]

#: The counting rules a PPK checks a C.Hasil against. Provisional: the PKPU number and its
#: articles are from secondary sources; the JDIH text was not opened.
COUNTING_BASIS: Final = sources.PKPU_17_2024
COUNTING_CERTAINTY: Final = Certainty.PROVISIONAL


class AnomalyKind(enum.Enum):
    """What a PPK flags when it checks a TPS's C.Hasil."""

    NEGATIVE = "angka negatif"
    UNKNOWN_CANDIDATE = "suara untuk calon yang tidak ada"
    OVER_DPT = "pengguna DPT melebihi DPT"
    OVER_DPTB = "pengguna DPTb melebihi DPTb"
    VOTERS_VS_BALLOTS = "pengguna hak pilih tidak sama dengan surat suara digunakan"
    BALLOTS_VS_SPLIT = "suara sah + tidak sah tidak sama dengan surat suara digunakan"
    VOTES_VS_VALID = "jumlah suara paslon tidak sama dengan suara sah"
    UNKNOWN_REGION = "kode wilayah tidak ada dalam tabel Kemendagri"


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


# -- the rules ---------------------------------------------------------------------------------


@attrs.frozen
class Balance:
    """A rule that a number on the form equals, or does not exceed, a sum of others.

    Attributes:
        kind: The anomaly when the rule is broken.
        field: The C.Hasil column reported.
        found: The fields (positions in :data:`~pilkada.results.fields.FIELDS`) whose sum is
            the number checked.
        expected: The fields whose sum it must equal (or not exceed).
        with_votes: Whether every pair's votes add to ``expected``.
        at_most: ``found <= expected`` (a limit) rather than ``found == expected``.
        message_id, message_en: What is wrong, with ``{found}`` and ``{expected}``.
    """

    kind: AnomalyKind
    field: str
    found: tuple[int, ...]
    expected: tuple[int, ...]
    with_votes: bool
    at_most: bool
    message_id: str
    message_en: str

    def sides(self, values: Sequence[int], votes: Sequence[int]) -> tuple[int, int]:
        """The number checked and what it must equal or not exceed, for one TPS."""
        found = sum(values[i] for i in self.found)
        expected = sum(values[i] for i in self.expected) + (sum(votes) if self.with_votes else 0)
        return found, expected

    def is_broken(self, found: int, expected: int) -> bool:
        """Whether ``found`` breaks the rule against ``expected``."""
        return found > expected if self.at_most else found != expected


#: The balance of a C.Hasil, in the order they are reported.
BALANCES: Final = (
    Balance(
        AnomalyKind.OVER_DPT, "pengguna_dpt", (VOTERS_DPT,), (DPT,), False, True,
        "pengguna hak pilih DPT ({found}) melebihi jumlah DPT ({expected}).",
        "DPT voters ({found}) exceed the DPT ({expected}).",
    ),
    Balance(
        AnomalyKind.OVER_DPTB, "pengguna_dptb", (VOTERS_DPTB,), (DPTB,), False, True,
        "pengguna hak pilih DPTb ({found}) melebihi jumlah DPTb ({expected}).",
        "DPTb voters ({found}) exceed the DPTb ({expected}).",
    ),
    Balance(
        AnomalyKind.VOTERS_VS_BALLOTS, "surat_suara_digunakan", (BALLOTS,),
        (VOTERS_DPT, VOTERS_DPTB, VOTERS_DPK), False, False,
        "surat suara digunakan ({found}) tidak sama dengan jumlah pengguna hak pilih "
        "({expected}).",
        "ballots used ({found}) differ from the voters who used their right ({expected}).",
    ),
    Balance(
        AnomalyKind.BALLOTS_VS_SPLIT, "surat_suara_digunakan", (BALLOTS,), (VALID, INVALID),
        False, False,
        "surat suara digunakan ({found}) tidak sama dengan suara sah + tidak sah ({expected}).",
        "ballots used ({found}) differ from valid + invalid votes ({expected}).",
    ),
    Balance(
        AnomalyKind.VOTES_VS_VALID, "suara_sah", (VALID,), (KOLOM_KOSONG,), True, False,
        "suara sah ({found}) tidak sama dengan jumlah suara seluruh paslon ({expected}).",
        "valid votes ({found}) differ from the sum of the votes of all pairs ({expected}).",
    ),
)  # fmt: skip


def is_stray(slot: int, pairs: int) -> bool:
    """Whether votes in ``slot`` are for no one on the ballot.

    Slot 0 is the kolom kosong, which stands only against a single pair; slot ``k`` is pair
    ``k``, which must be on the ballot.
    """
    return pairs > 1 if slot == 0 else slot > pairs


#: The digits of a desa/kelurahan code.
DESA_DIGITS: Final = 10

#: The form figures beside the votes: a count without them (all 0) records votes only.
_FORM_ONLY: Final = (DPT, DPTB, VOTERS_DPT, VOTERS_DPTB, VOTERS_DPK, BALLOTS, INVALID)


def unexplained(
    values: Sequence[int], votes: Sequence[int], found: Sequence[Anomaly]
) -> tuple[str, AnomalyKind] | None:
    """The first rule a sum of TPS counts breaks with no anomaly of its kind in ``found``.

    A sum of counts that each keep a rule keeps it too; so when a recapitulated row breaks
    one (or holds a negative number), a TPS inside it broke it, and its anomaly must be
    listed. Gives the field and the kind of the missing anomaly.

    A sum that records only votes (Sirekap publishes no DPT, voters, ballots nor invalid
    votes: they read 0) is held to the rules it can keep, those over the votes alone.
    """
    kinds = {anomaly.kind for anomaly in found}
    votes_only = not any(values[i] for i in _FORM_ONLY)
    if AnomalyKind.NEGATIVE not in kinds:
        for name, value in zip(FIELD_NAMES, values, strict=True):
            if value < 0:
                return name, AnomalyKind.NEGATIVE
        if min(votes, default=0) < 0:
            return "votes", AnomalyKind.NEGATIVE
    for rule in BALANCES:
        if votes_only and set(rule.found + rule.expected) & set(_FORM_ONLY):
            continue
        if rule.kind not in kinds and rule.is_broken(*rule.sides(values, votes)):
            return FIELD_NAMES[rule.found[0]], rule.kind
    return None


# -- one TPS at a time -------------------------------------------------------------------------


def anomalies(code: str, values: Sequence[int], votes: Sequence[int]) -> list[Anomaly]:
    """Every anomaly of one TPS; ``values`` in :data:`~pilkada.results.fields.FIELDS` order."""
    tps = RegionCode.parse(code, known=False)
    found = [*_unknown(tps), *_negatives(tps, values, votes), *_strays(tps, values, votes)]
    for rule in BALANCES:
        got, want = rule.sides(values, votes)
        if rule.is_broken(got, want):
            found.append(
                Anomaly(
                    kind=rule.kind,
                    tps=tps,
                    field=rule.field,
                    found=got,
                    expected=want,
                    message_id=rule.message_id.format(**_shown(got, want, "id")),
                    message_en=rule.message_en.format(**_shown(got, want, "en")),
                )
            )
    return found


def _shown(found: int, expected: int, locale: str) -> dict[str, str]:
    return {
        "found": format_number(found, locale=locale),
        "expected": format_number(expected, locale=locale),
    }


def _unknown(tps: RegionCode) -> Iterator[Anomaly]:
    """A TPS whose desa/kelurahan no Kemendagri table lists: a typo, or a code of KPU's own."""
    if tps.is_known:
        return
    desa = tps.parent
    newest = REGION_TABLES[-1]
    yield Anomaly(
        kind=AnomalyKind.UNKNOWN_REGION, tps=tps, field="kode_tps", found=int(tps.digits),
        expected=None,
        message_id=f"desa/kelurahan {desa} tidak ada dalam tabel kode wilayah "
        f"({tables_named()}); hasilnya tidak dapat dipastikan milik wilayah mana.",
        message_en=f"desa/kelurahan {desa} is not in the region table ({tables_named()}); "
        "whose result it is cannot be told.",
        basis=newest.basis, certainty=newest.certainty,
    )  # fmt: skip


def unknown_rows(table: Table) -> set[int]:
    """The rows of a TPS batch whose desa/kelurahan no table lists (each desa looked up once)."""
    from pilkada.results import kernels  # noqa: PLC0415 (NumPy, when used)

    drop = table.digits - DESA_DIGITS
    return set(kernels.rows_outside(table.keys, drop, _known_desa()))


@functools.cache
def _known_desa() -> npt.NDArray[np.int64]:
    """Every desa/kelurahan code some region table lists, as sorted ints (read once)."""
    import numpy as np  # noqa: PLC0415

    codes = {int(c) for t in REGION_TABLES for c in t.names if len(c) == DESA_DIGITS}
    return np.array(sorted(codes), dtype=np.int64)


def _negatives(tps: RegionCode, values: Sequence[int], votes: Sequence[int]) -> Iterator[Anomaly]:
    for name, value in zip(FIELD_NAMES, values, strict=True):
        if value < 0:
            column = COLUMN_OF[name]
            yield Anomaly(
                kind=AnomalyKind.NEGATIVE, tps=tps, field=column, found=value, expected=None,
                message_id=f"{column} bernilai negatif ({value}).",
                message_en=f"{column} is negative ({value}).",
            )  # fmt: skip
    for number, value in enumerate(votes, start=1):
        if value < 0:
            yield Anomaly(
                kind=AnomalyKind.NEGATIVE, tps=tps, field=f"paslon_{number}", found=value,
                expected=None,
                message_id=f"suara paslon {number} bernilai negatif ({value}).",
                message_en=f"the votes of pair {number} are negative ({value}).",
            )  # fmt: skip


def _strays(tps: RegionCode, values: Sequence[int], votes: Sequence[int]) -> Iterator[Anomaly]:
    pairs = values[PAIRS]
    for number, value in enumerate(votes, start=1):
        if value and is_stray(number, pairs):
            yield Anomaly(
                kind=AnomalyKind.UNKNOWN_CANDIDATE, tps=tps, field=f"paslon_{number}",
                found=value, expected=None,
                message_id=f"{format_number(value)} suara untuk paslon nomor urut {number}, "
                f"padahal hanya ada {pairs} paslon.",
                message_en=f"{format_number(value, locale='en')} votes for pair no. {number}, "
                f"but only {pairs} pair(s) stand.",
            )  # fmt: skip
    value = values[KOLOM_KOSONG]
    if value and is_stray(0, pairs):
        yield Anomaly(
            kind=AnomalyKind.UNKNOWN_CANDIDATE, tps=tps, field="kolom_kosong", found=value,
            expected=None,
            message_id=f"{format_number(value)} suara untuk kolom kosong, padahal ada {pairs} "
            "paslon.",
            message_en=f"{format_number(value, locale='en')} votes for the kolom kosong, but "
            f"{pairs} pairs stand.",
        )  # fmt: skip


# -- whole columns -----------------------------------------------------------------------------


def suspect_rows(
    columns: Sequence[Column], votes: Sequence[Column], *, fast: bool = True
) -> set[int]:
    """The rows of a batch that break a rule, found over whole columns (by NumPy).

    ``columns`` in :data:`~pilkada.results.fields.FIELDS` order, ``votes`` one per pair. Only
    these rows need :func:`anomalies`: every other row has none. Sums are made in ``int64``
    only where they provably fit (see :func:`~pilkada.results.kernels.broken_rows_mask`),
    and with Python's ints otherwise or with ``fast=False``.
    """
    from pilkada.results import kernels  # noqa: PLC0415 (NumPy, when used)

    columns = [kernels.as_column(c) for c in columns]
    votes = [kernels.as_column(v) for v in votes]
    if not len(columns[0]):
        return set()
    every = (*columns, *votes)
    lows, highs = kernels.lows_and_highs(every)
    mask = kernels.stray_mask(columns[PAIRS], columns[KOLOM_KOSONG], votes)
    for column, low in zip(every, lows, strict=True):
        if low < 0:  # only a column holding a negative number is searched for it
            mask |= column < 0
    # Any side of any rule sums at most every column once: one bound serves every rule.
    exact = not fast or sum(map(max, map(operator.neg, lows), highs)) >= kernels.INT64_ROOM
    for rule in BALANCES:
        mask |= _broken_mask(rule, columns, votes, exact=exact)
    return set(kernels.true_rows(mask))


def _broken_mask(
    rule: Balance, columns: Sequence[Column], votes: Sequence[Column], *, exact: bool
) -> npt.NDArray[np.bool_]:
    from pilkada.results import kernels  # noqa: PLC0415 (NumPy, when used)

    found = [columns[i] for i in rule.found]
    expected = [*(columns[i] for i in rule.expected), *(votes if rule.with_votes else ())]
    return kernels.broken_rows_mask(found, expected, at_most=rule.at_most, exact=exact)


def broken_rows(
    rule: Balance, columns: Sequence[Column], votes: Sequence[Column], *, fast: bool = True
) -> Iterator[int]:
    """The rows that break ``rule``, found over whole columns (exactly, on either path)."""
    from pilkada.results import kernels  # noqa: PLC0415 (NumPy, when used)

    columns = [kernels.as_column(c) for c in columns]
    votes = [kernels.as_column(v) for v in votes]
    exact = not fast or not kernels.fits([*columns, *votes], 1)
    return iter(kernels.true_rows(_broken_mask(rule, columns, votes, exact=exact)))
