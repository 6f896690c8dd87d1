"""The checks a PPK runs on a TPS's C.Hasil, each rule written once.

A rule is data (:data:`BALANCES`) or one predicate (:func:`is_stray`), read by both ways of
checking:

* :func:`anomalies`, one TPS at a time, which also words what is wrong;
* :func:`suspect_rows`, whole columns of a batch at once (in C, see
  :mod:`pilkada.results.kernels`), which only finds the rows to hand to :func:`anomalies`.
"""

from __future__ import annotations

import enum
import operator
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress, groupby
from typing import Final

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
from pilkada.results.kernels import (
    as_lanes,
    differing_rows,
    exceeding_rows,
    from_lanes,
    is_small,
    negative_rows,
)

__all__ = [
    "BALANCES",
    "COUNTING_BASIS",
    "COUNTING_CERTAINTY",
    "Anomaly",
    "AnomalyKind",
    "Balance",
    "Lanes",
    "anomalies",
    "broken_rows",
    "is_stray",
    "suspect_rows",
    "unexplained",
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


def unexplained(
    values: Sequence[int], votes: Sequence[int], found: Sequence[Anomaly]
) -> tuple[str, AnomalyKind] | None:
    """The first rule a sum of TPS counts breaks with no anomaly of its kind in ``found``.

    A sum of counts that each keep a rule keeps it too; so when a recapitulated row breaks
    one (or holds a negative number), a TPS inside it broke it, and its anomaly must be
    listed. Gives the field and the kind of the missing anomaly.
    """
    kinds = {anomaly.kind for anomaly in found}
    if AnomalyKind.NEGATIVE not in kinds:
        for name, value in zip(FIELD_NAMES, values, strict=True):
            if value < 0:
                return name, AnomalyKind.NEGATIVE
        if min(votes, default=0) < 0:
            return "votes", AnomalyKind.NEGATIVE
    for rule in BALANCES:
        if rule.kind not in kinds and rule.is_broken(*rule.sides(values, votes)):
            return FIELD_NAMES[rule.found[0]], rule.kind
    return None


# -- one TPS at a time -------------------------------------------------------------------------


def anomalies(code: str, values: Sequence[int], votes: Sequence[int]) -> list[Anomaly]:
    """Every anomaly of one TPS; ``values`` in :data:`~pilkada.results.fields.FIELDS` order."""
    tps = RegionCode(code)
    found = [*_negatives(tps, values, votes), *_strays(tps, values, votes)]
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
    columns: list[array[int]], votes: list[array[int]], *, pack: bool = True
) -> set[int]:
    """The rows of a batch that break a rule, found over whole columns (in C).

    ``columns`` in :data:`~pilkada.results.fields.FIELDS` order, ``votes`` one per pair. Only
    these rows need :func:`anomalies`: every other row has none.
    """
    if not len(columns[0]):
        return set()
    suspects: set[int] = set()
    for column in (*columns, *votes):
        suspects.update(negative_rows(column))
    suspects.update(_stray_rows(columns, votes))
    packed = pack and all(map(is_small, (*columns, *votes)))
    lanes = Lanes(columns, votes) if packed else None
    for rule in BALANCES:
        suspects.update(broken_rows(rule, columns, votes, lanes=lanes))
    return suspects


class Lanes:
    """The small columns of a batch, each read once as one int of 64-bit lanes.

    Every value must be in ``[0, 2**40)`` (see :func:`~pilkada.results.kernels.is_small`):
    then a sum of lanes is the lanes of the sums, exactly.
    """

    def __init__(self, columns: list[array[int]], votes: list[array[int]]) -> None:
        self.n = len(columns[0])
        self._columns = columns
        self._votes = votes
        self._read: dict[int, int] = {}
        self._all_votes: int | None = None

    def field(self, index: int) -> int:
        """The lanes of field ``index``."""
        if index not in self._read:
            self._read[index] = as_lanes(self._columns[index])
        return self._read[index]

    def side(self, fields: tuple[int, ...], *, with_votes: bool = False) -> int:
        """The lanes of the sum of ``fields`` (and of every pair's votes)."""
        total = sum(map(self.field, fields))
        if with_votes:
            if self._all_votes is None:
                self._all_votes = sum(map(as_lanes, self._votes))
            total += self._all_votes
        return total


def _stray_rows(columns: list[array[int]], votes: list[array[int]]) -> Iterator[int]:
    start = 0
    for pairs, run in groupby(columns[PAIRS]):
        end = start + sum(1 for _ in run)
        for slot, column in enumerate((columns[KOLOM_KOSONG], *votes)):
            if is_stray(slot, pairs) and column[start:end].tobytes().count(0) < 8 * (end - start):
                yield from (i for i in range(start, end) if column[i])
        start = end


def broken_rows(
    rule: Balance,
    columns: list[array[int]],
    votes: list[array[int]],
    *,
    lanes: Lanes | None = None,
) -> Iterator[int]:
    """The rows that break ``rule``: packed with ``lanes`` (small columns), else exactly."""
    n = len(columns[0])
    if lanes is not None:
        found = lanes.side(rule.found)
        expected = lanes.side(rule.expected, with_votes=rule.with_votes)
        if rule.at_most:
            return exceeding_rows(found, expected, n)
        if found == expected:
            return iter(())
        return differing_rows(from_lanes(found, n), from_lanes(expected, n))
    extra = votes if rule.with_votes else []
    got = _exact_sum([columns[i] for i in rule.found])
    want = _exact_sum([*(columns[i] for i in rule.expected), *extra])
    return compress(range(n), map(operator.gt if rule.at_most else operator.ne, got, want))


def _exact_sum(columns: list[array[int]]) -> Iterable[int]:
    """Row sums in Python's unbounded ints (still mapped in C)."""
    return columns[0] if len(columns) == 1 else map(sum, zip(*columns, strict=True))
