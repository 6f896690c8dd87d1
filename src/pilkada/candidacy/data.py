"""The dated tables of ``pilkada/data/thresholds.toml``, read through :mod:`pilkada.datafile`.

Each table is a tuple of :class:`~pilkada.Dated` versions; :func:`threshold_versions` lists
every one, and :func:`version_in_force` finds the one a lookup applies.

>>> versions = threshold_versions()
>>> sorted(versions)
['age_counted', 'candidate_age', 'dispute', 'independent_support', 'party_nomination']
>>> [str(v.effective) for v in versions["party_nomination"]]
['2016-07-01', '2024-08-20']
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Final

import attrs

from pilkada import datafile
from pilkada.boundary import as_count, as_date
from pilkada.candidacy.common import number
from pilkada.datafile import Table
from pilkada.errors import PilkadaValueError
from pilkada.i18n import DEFAULT_LOCALE, lang_of
from pilkada.law import Certainty, Dated, LegalBasis, in_force
from pilkada.regions import RegionLevel

__all__ = [
    "Ages",
    "Bracket",
    "Brackets",
    "SeatsOrVotes",
    "TierRule",
    "read_tables",
    "threshold_versions",
    "version_in_force",
]

#: The data file.
DATA_FILE: Final = "thresholds.toml"
#: The days a candidate's age has been counted at, by the ``age_counted`` table.
AGE_COUNTED_AT: Final = ("penetapan", "pelantikan")


@attrs.frozen(kw_only=True)
class Bracket:
    """One row of a bracketed table: counts above ``above`` up to ``up_to`` (inclusive).

    ``above`` is exclusive ("lebih dari"), ``up_to`` inclusive ("sampai dengan"); the last row
    of a table has ``up_to=None``. ``share`` is the row's exact share (``Fraction(17, 200)``
    is 8.5 %).

    >>> row = Bracket(above=250_000, up_to=500_000, share=Fraction(17, 200))
    >>> 250_000 in row, 250_001 in row, 500_000 in row
    (False, True, True)
    >>> row.label(), row.label("en")
    ('lebih dari 250.000 sampai dengan 500.000', 'more than 250,000 up to 500,000')
    """

    above: int
    up_to: int | None
    share: Fraction

    def __attrs_post_init__(self) -> None:
        as_count("above", self.above)
        if self.up_to is not None and as_count("up_to", self.up_to) <= self.above:
            raise PilkadaValueError(
                "up_to", self.up_to, f"the bracket ends at or below {self.above}", "up_to > above"
            )
        if not isinstance(self.share, Fraction) or not 0 < self.share <= 1:
            raise PilkadaValueError(
                "share", self.share, f"{self.share!r} is not a share", "a Fraction in (0, 1]"
            )

    def __contains__(self, count: object) -> bool:
        if isinstance(count, bool) or not isinstance(count, int):
            return False
        return count > self.above and (self.up_to is None or count <= self.up_to)

    def label(self, locale: str = DEFAULT_LOCALE) -> str:
        """The bracket in words: ``lebih dari 250.000 sampai dengan 500.000``."""
        lang = lang_of(locale)
        more, upto = ("lebih dari", "sampai dengan") if lang == "id" else ("more than", "up to")
        if self.above == 0:
            return f"{upto} {number(self.up_to or 0, lang)}"
        if self.up_to is None:
            return f"{more} {number(self.above, lang)}"
        return f"{more} {number(self.above, lang)} {upto} {number(self.up_to, lang)}"


@attrs.frozen(kw_only=True)
class TierRule:
    """The brackets of one level (provinsi, or kabupaten/kota) with their legal basis."""

    brackets: tuple[Bracket, ...]
    basis: LegalBasis
    spread_basis: LegalBasis | None = None
    spread_certainty: Certainty = Certainty.OFFICIAL
    spread_note: str = ""

    def row(self, count: int) -> Bracket:
        """The bracket ``count`` falls in."""
        return next(row for row in self.brackets if count in row)


@attrs.frozen(kw_only=True)
class Brackets:
    """A bracketed table: one :class:`TierRule` per level."""

    provinsi: TierRule
    kabupaten_kota: TierRule

    def tier(self, level: RegionLevel) -> TierRule:
        """The rule of ``level`` (``KABUPATEN`` and ``KOTA`` share one)."""
        return self.provinsi if level is RegionLevel.PROVINSI else self.kabupaten_kota


@attrs.frozen(kw_only=True)
class SeatsOrVotes:
    """The nomination rule before MK 60/PUU-XXII/2024: a share of seats or of votes."""

    seat_share: Fraction
    vote_share: Fraction
    basis: LegalBasis


@attrs.frozen(kw_only=True)
class Ages:
    """The minimum ages of candidates."""

    gubernur: int
    bupati_wali_kota: int
    basis: LegalBasis


# -- reading ----------------------------------------------------------------------------------


def _brackets(table: Table) -> tuple[Bracket, ...]:
    rows = table.value("brackets", "a list of {up_to, percent} rows")
    if not isinstance(rows, list) or not rows:
        raise table.error("brackets", rows, "no brackets", "a list of {up_to, percent} rows")
    found: list[Bracket] = []
    above = 0
    for index, row in enumerate(rows):
        where = f"brackets[{index}]"
        if not isinstance(row, dict):
            raise table.error(where, row, "a bracket must be a table", "{ up_to = ..., percent }")
        line = Table(file=table.file, path=f"{table.path}.{where}", data=row)
        last = index == len(rows) - 1
        if (row.get("up_to") is None) != last:
            rule = "up_to on every row but the last"
            raise line.error("up_to", row.get("up_to"), "only the last bracket is open", rule)
        up_to = None if last else line.count("up_to", minimum=above + 1)
        share = line.percent("percent")
        if found and share > found[-1].share:
            problem = "a larger region would need a larger share"
            raise line.error("percent", row.get("percent"), problem, "shares that fall")
        found.append(Bracket(above=above, up_to=up_to, share=share))
        above = up_to if up_to is not None else above
    return tuple(found)


def _tier_rule(table: Table, effective: dt.date) -> TierRule:
    spread = table.has("spread_basis")
    return TierRule(
        brackets=_brackets(table),
        basis=table.basis(effective=effective),
        spread_basis=table.basis("spread_basis", effective=effective) if spread else None,
        spread_certainty=table.certainty("spread_certainty"),
        spread_note=table.text("spread_note", default=""),
    )


def _bracketed(row: Table) -> Dated[Brackets]:
    effective = row.date("effective")
    value = Brackets(
        provinsi=_tier_rule(row.table("provinsi"), effective),
        kabupaten_kota=_tier_rule(row.table("kabupaten_kota"), effective),
    )
    return row.dated(value, basis=value.provinsi.basis)


def _party(row: Table) -> Dated[Any]:
    if not row.has("seat_percent"):
        return _bracketed(row)
    effective = row.date("effective")
    old = SeatsOrVotes(
        seat_share=row.percent("seat_percent"),
        vote_share=row.percent("vote_percent"),
        basis=row.basis(effective=effective),
    )
    return row.dated(old, basis=old.basis)


def _ages(row: Table) -> Dated[Ages]:
    value = Ages(
        gubernur=row.count("gubernur", minimum=17),
        bupati_wali_kota=row.count("bupati_wali_kota", minimum=17),
        basis=row.basis(effective=row.date("effective")),
    )
    return row.dated(value, basis=value.basis)


def _counted(row: Table) -> Dated[str]:
    return row.dated(row.choice("at", AGE_COUNTED_AT, what="day"))


def read_tables(document: Table) -> Mapping[str, tuple[Dated[Any], ...]]:
    """Read and check the tables of a thresholds document; any inconsistency is an error.

    Raises:
        PilkadaValueError: A row is missing a key or holds a wrong value; the ``field`` is the
            file and the path (``thresholds.toml: dispute[0].provinsi.brackets[1].percent``).
    """
    return MappingProxyType(
        {
            "party_nomination": document.each("party_nomination", _party),
            "independent_support": document.each("independent_support", _bracketed),
            "dispute": document.each("dispute", _bracketed),
            "candidate_age": document.each("candidate_age", _ages),
            "age_counted": document.each("age_counted", _counted),
        }
    )


@functools.cache
def threshold_versions() -> Mapping[str, tuple[Dated[Any], ...]]:
    """Every dated version of every candidacy table, by table name, oldest first.

    The names are ``party_nomination`` (values :class:`SeatsOrVotes` or :class:`Brackets`),
    ``independent_support`` and ``dispute`` (:class:`Brackets`), ``candidate_age``
    (:class:`Ages`) and ``age_counted`` (``"penetapan"`` or ``"pelantikan"``).
    """
    return read_tables(datafile.load(DATA_FILE))


def version_in_force(name: str, on: object, what: str) -> Dated[Any]:
    """The version of table ``name`` in force on ``on`` (a date, an ISO string, or ``None``)."""
    day = None if on is None else as_date("on", on)
    return in_force(threshold_versions()[name], day, what=what)
