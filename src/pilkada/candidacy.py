"""Who may run, and who may dispute the result: nomination, support, age and Pasal 158 thresholds.

Four rules decide who stands in a Pilkada and whether a loser may take the result to the
Constitutional Court (Mahkamah Konstitusi, MK). Each is a dated table in
``pilkada/data/thresholds.toml``: every version carries its :class:`~pilkada.LegalBasis` and
the day it took effect, and every lookup takes the day it applies to (``on=``, default: the
latest version). A day before any version took effect is an error, never a guess.

* **Parties and coalitions** (UU 10/2016 Pasal 40 ayat (1); MK 60/PUU-XXII/2024 from
  20 August 2024): a share of the valid votes in the last DPRD election, by the region's DPT.
* **Independent candidates** (UU 10/2016 Pasal 41): supporters as a share of the DPT, spread
  over more than half of the region's kabupaten/kota (or kecamatan).
* **Age** (UU 10/2016 Pasal 7 ayat (2) huruf e): 30 for governor, 25 for bupati and wali kota,
  counted at the penetapan pasangan calon (MK 70/PUU-XXII/2024).
* **Disputes** (UU 10/2016 Pasal 157–158): the largest vote gap the MK hears, as a share of
  the valid votes, by population; filing within 3 working days of the announcement.

Brackets are inclusive at their upper bound ("sampai dengan"): a kabupaten with exactly 250,000
voters on its DPT needs 10 %, one with 250,001 needs 8.5 %.

>>> import datetime as dt
>>> from pilkada import RegionLevel
>>> print(party_nomination_threshold(RegionLevel.KABUPATEN, 250_000).describe())
paling sedikit 10% suara sah (DPT sampai dengan 250.000)
>>> print(party_nomination_threshold(RegionLevel.KABUPATEN, 250_001).describe())
paling sedikit 8,5% suara sah (DPT lebih dari 250.000 sampai dengan 500.000)
>>> old = party_nomination_threshold(RegionLevel.KABUPATEN, 250_001, on=dt.date(2024, 8, 19))
>>> print(old.describe(), "|", old.basis)
paling sedikit 20% kursi DPRD atau 25% suara sah | UU 10/2016 Pasal 40 ayat (1)
>>> dispute_max_gap(RegionLevel.PROVINSI, 41_000_000, 20_732_592)  # Jawa Timur 2024
103663

The ``level`` argument is a :class:`~pilkada.RegionLevel` (``KABUPATEN`` and ``KOTA`` share the
kabupaten/kota table) or, where that reads better, the :class:`~pilkada.ElectionKind` the region
holds (``GUBERNUR`` is ``PROVINSI``). Every function accepts both.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from importlib import resources
from typing import Any, Final, TypeAlias

import attrs

from pilkada.calendar import Deadline, add_working_days
from pilkada.errors import PilkadaTypeError, PilkadaValueError
from pilkada.i18n import DEFAULT_LOCALE, Lang, check_date, format_date, format_percent, lang_of
from pilkada.law import Certainty, Dated, Instrument, LegalBasis, in_force
from pilkada.regions import ElectionKind, RegionLevel
from pilkada.rules import Violation
from pilkada.schedule import Schedule, pilkada_2024
from pilkada.stages import Stage

__all__ = [
    "AgeCheck",
    "Bracket",
    "DisputeCheck",
    "DisputeThreshold",
    "IndependentSupport",
    "IndependentSupportCheck",
    "NominationCheck",
    "NominationThreshold",
    "check_candidate_age",
    "check_dispute",
    "check_independent_support",
    "check_nomination",
    "dispute_filing_deadline",
    "dispute_max_gap",
    "dispute_threshold",
    "independent_support_required",
    "minimum_age",
    "party_nomination_threshold",
]

Level: TypeAlias = RegionLevel | ElectionKind

#: MK 60/PUU-XXII/2024 and MK 70/PUU-XXII/2024 were both read on 20 August 2024.
MK_2024_READ: Final = dt.date(2024, 8, 20)
#: Filing a dispute: "paling lama 3 (tiga) hari kerja terhitung sejak diumumkan penetapan
#: perolehan suara hasil Pemilihan" (domain.md §5, V-prim).
FILING_BASIS: Final = LegalBasis(Instrument.UU, "10", 2016, pasal="157", ayat="5")
FILING_WORKING_DAYS: Final = 3


# -- validation helpers -----------------------------------------------------------------------


def _count(field: str, value: object, *, minimum: int = 0) -> int:
    """``value`` if it is a whole count of at least ``minimum``; a clear error otherwise."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise PilkadaTypeError(
            field,
            value,
            f"got {type(value).__name__} {value!r}",
            "a whole number as an int (votes, voters, seats and people are counted, never "
            "measured: a float or a bool is refused)",
        )
    if value < minimum:
        raise PilkadaValueError(
            field, value, f"{value} is below {minimum}", f"an int of at least {minimum}"
        )
    return value


def _level(value: object) -> RegionLevel:
    if isinstance(value, ElectionKind):
        return value.level
    if isinstance(value, RegionLevel):
        return value
    raise PilkadaTypeError(
        "level",
        value,
        f"got {type(value).__name__} {value!r}",
        "a pilkada.RegionLevel (PROVINSI, KABUPATEN, KOTA) or a pilkada.ElectionKind",
    )


def _ceil(share: Fraction, total: int) -> int:
    """The smallest whole number at least ``share * total`` ("paling sedikit")."""
    product = share * total
    return -(-product.numerator // product.denominator)


def _round_half_up(value: Fraction) -> int:
    """A non-negative exact number rounded to a whole number, halves up."""
    return (2 * value.numerator + value.denominator) // (2 * value.denominator)


def _n(count: int, lang: Lang) -> str:
    """A count with thousands separators: ``250.000`` in Indonesian, ``250,000`` in English."""
    text = f"{count:,}"
    return text.replace(",", ".") if lang == "id" else text


def _pct(share: Fraction, locale: str) -> str:
    """A legal share shown exactly: ``10%``, ``8,5%``, ``0,5%``."""
    decimals = next(d for d in range(0, 11) if (share * 100 * 10**d).denominator == 1)
    return format_percent(share, decimals=decimals, locale=locale)


def _long(day: dt.date, locale: str) -> str:
    return format_date(day, format="long", locale=locale)


_finding = Violation.of


# -- the tables -------------------------------------------------------------------------------


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
        _count("above", self.above)
        if self.up_to is not None and _count("up_to", self.up_to) <= self.above:
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
            return f"{upto} {_n(self.up_to or 0, lang)}"
        if self.up_to is None:
            return f"{more} {_n(self.above, lang)}"
        return f"{more} {_n(self.above, lang)} {upto} {_n(self.up_to, lang)}"


@attrs.frozen(kw_only=True)
class _TierRule:
    """The brackets of one level (provinsi, or kabupaten/kota) with their legal basis."""

    brackets: tuple[Bracket, ...]
    basis: LegalBasis
    spread_basis: LegalBasis | None = None
    spread_certainty: Certainty = Certainty.OFFICIAL
    spread_note: str = ""

    def row(self, count: int) -> Bracket:
        return next(row for row in self.brackets if count in row)


@attrs.frozen(kw_only=True)
class _Brackets:
    """A bracketed table: one :class:`_TierRule` per level."""

    provinsi: _TierRule
    kabupaten_kota: _TierRule

    def tier(self, level: RegionLevel) -> _TierRule:
        return self.provinsi if level is RegionLevel.PROVINSI else self.kabupaten_kota


@attrs.frozen(kw_only=True)
class _SeatsOrVotes:
    """The nomination rule before MK 60/PUU-XXII/2024: a share of seats or of votes."""

    seat_share: Fraction
    vote_share: Fraction
    basis: LegalBasis


@attrs.frozen(kw_only=True)
class _Ages:
    gubernur: int
    bupati_wali_kota: int
    basis: LegalBasis


_DATA = "thresholds.toml"


def _bad(path: str, value: object, problem: str, rule: str) -> PilkadaValueError:
    return PilkadaValueError(f"{_DATA}: {path}", value, problem, rule)


def _share(path: str, text: object) -> Fraction:
    if not isinstance(text, str):
        raise _bad(path, text, "a percentage must be a string", 'e.g. percent = "8.5"')
    try:
        share = Fraction(Decimal(text)) / 100
    except InvalidOperation:
        raise _bad(path, text, f"cannot read {text!r}", 'a decimal percentage, "8.5"') from None
    if not 0 < share <= 1:
        raise _bad(path, text, f"{text} % is not a share", "a percentage above 0 up to 100")
    return share


def _certainty(path: str, text: object) -> Certainty:
    if text is None:
        return Certainty.OFFICIAL
    try:
        return Certainty(text)
    except ValueError:
        accepted = ", ".join(member.value for member in Certainty)
        raise _bad(path, text, f"unknown certainty {text!r}", f"one of {accepted}") from None


def _basis(path: str, text: object, effective: dt.date) -> LegalBasis:
    if not isinstance(text, str):
        raise _bad(path, text, "the basis must be a citation string", "'UU 10/2016 Pasal 158'")
    basis = LegalBasis.parse(text)
    if basis.instrument is Instrument.PUTUSAN_MK:
        basis = attrs.evolve(basis, effective=effective)
    return basis


def _brackets(path: str, rows: object) -> tuple[Bracket, ...]:
    if not isinstance(rows, list) or not rows:
        raise _bad(path, rows, "no brackets", "a list of {up_to, percent} rows")
    brackets: list[Bracket] = []
    above = 0
    for index, row in enumerate(rows):
        where = f"{path}[{index}]"
        if not isinstance(row, dict):
            raise _bad(where, row, "a bracket must be a table", "{ up_to = ..., percent = ... }")
        up_to = row.get("up_to")
        last = index == len(rows) - 1
        if (up_to is None) != last:
            raise _bad(where, up_to, "only the last bracket is open", "up_to on every other row")
        share = _share(f"{where}.percent", row.get("percent"))
        if brackets and share > brackets[-1].share:
            raise _bad(where, row, "a larger region would need a larger share", "shares that fall")
        brackets.append(Bracket(above=above, up_to=up_to, share=share))
        above = up_to if up_to is not None else above
    return tuple(brackets)


def _tier_rule(path: str, table: object, effective: dt.date) -> _TierRule:
    if not isinstance(table, dict):
        raise _bad(path, table, "the level's table is missing", "[<table>.provinsi] and so on")
    spread = table.get("spread_basis")
    return _TierRule(
        brackets=_brackets(f"{path}.brackets", table.get("brackets")),
        basis=_basis(f"{path}.basis", table.get("basis"), effective),
        spread_basis=None if spread is None else _basis(f"{path}.spread_basis", spread, effective),
        spread_certainty=_certainty(f"{path}.spread_certainty", table.get("spread_certainty")),
        spread_note=str(table.get("spread_note", "")),
    )


def _version(row: Mapping[str, Any], value: object, basis: LegalBasis) -> Dated[Any]:
    return Dated(
        value=value,
        effective=row["effective"],
        basis=basis,
        certainty=_certainty("certainty", row.get("certainty")),
        note=str(row.get("note", "")),
    )


def _versions(data: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
    rows = data.get(name)
    if not isinstance(rows, list) or not rows:
        raise _bad(name, rows, "the table has no versions", f"[[{name}]] rows")
    for index, row in enumerate(rows):
        if not isinstance(row.get("effective"), dt.date):
            raise _bad(f"{name}[{index}].effective", row.get("effective"), "no date", "a date")
    return rows


def _brackets_of(path: str, row: Mapping[str, Any], effective: dt.date) -> _Brackets:
    return _Brackets(
        provinsi=_tier_rule(f"{path}.provinsi", row.get("provinsi"), effective),
        kabupaten_kota=_tier_rule(f"{path}.kabupaten_kota", row.get("kabupaten_kota"), effective),
    )


@functools.cache
def _tables() -> dict[str, tuple[Dated[Any], ...]]:
    text = resources.files("pilkada.data").joinpath(_DATA).read_text("utf-8")
    return _tables_from_dict(tomllib.loads(text))


def _tables_from_dict(data: Mapping[str, Any]) -> dict[str, tuple[Dated[Any], ...]]:
    """Read and check the tables; any inconsistency in the data file is an error."""
    tables: dict[str, tuple[Dated[Any], ...]] = {}
    party: list[Dated[Any]] = []
    for index, row in enumerate(_versions(data, "party_nomination")):
        path, effective = f"party_nomination[{index}]", row["effective"]
        if "seat_percent" in row:
            old = _SeatsOrVotes(
                seat_share=_share(f"{path}.seat_percent", row["seat_percent"]),
                vote_share=_share(f"{path}.vote_percent", row.get("vote_percent")),
                basis=_basis(f"{path}.basis", row.get("basis"), effective),
            )
            party.append(_version(row, old, old.basis))
        else:
            new = _brackets_of(path, row, effective)
            party.append(_version(row, new, new.provinsi.basis))
    tables["party_nomination"] = tuple(party)
    for name in ("independent_support", "dispute"):
        versions: list[Dated[Any]] = []
        for index, row in enumerate(_versions(data, name)):
            brackets = _brackets_of(f"{name}[{index}]", row, row["effective"])
            versions.append(_version(row, brackets, brackets.provinsi.basis))
        tables[name] = tuple(versions)
    ages: list[Dated[Any]] = []
    for index, row in enumerate(_versions(data, "candidate_age")):
        path = f"candidate_age[{index}]"
        basis = _basis(f"{path}.basis", row.get("basis"), row["effective"])
        value = _Ages(
            gubernur=_count(f"{path}.gubernur", row.get("gubernur"), minimum=17),
            bupati_wali_kota=_count(
                f"{path}.bupati_wali_kota", row.get("bupati_wali_kota"), minimum=17
            ),
            basis=basis,
        )
        ages.append(_version(row, value, basis))
    tables["candidate_age"] = tuple(ages)
    counted: list[Dated[Any]] = []
    for index, row in enumerate(_versions(data, "age_counted")):
        path = f"age_counted[{index}]"
        if row.get("at") not in _AGE_COUNTED_AT:
            raise _bad(f"{path}.at", row.get("at"), "unknown day", " or ".join(_AGE_COUNTED_AT))
        basis = _basis(f"{path}.basis", row.get("basis"), row["effective"])
        counted.append(_version(row, row["at"], basis))
    tables["age_counted"] = tuple(counted)
    return tables


#: The days a candidate's age has been counted at, by the ``age_counted`` table.
_AGE_COUNTED_AT: Final = ("penetapan", "pelantikan")


def _in_force(name: str, on: dt.date | None, what: str) -> Dated[Any]:
    if on is not None:
        check_date("on", on)
    return in_force(_tables()[name], on, what=what)


# -- parties and coalitions -------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class NominationThreshold:
    """The bar a party or coalition must clear to nominate a pair, in one region on one day.

    Attributes:
        level: The region's level.
        dpt: The region's DPT (most recent election), as given.
        vote_share: The least share of the valid votes in the last DPRD election.
        seat_share: Under the rule before MK 60/PUU-XXII/2024, the least share of DPRD seats
            (either suffices); ``None`` since.
        bracket: The DPT bracket the region falls in (``None`` under the old rule).
        effective: The day the rule applied took effect.
        basis: Its legal basis.
        certainty: How sure the rule is.
    """

    level: RegionLevel
    dpt: int | None
    vote_share: Fraction
    seat_share: Fraction | None
    bracket: Bracket | None
    effective: dt.date
    basis: LegalBasis
    certainty: Certainty

    def votes_needed(self, total_valid_votes: int) -> int:
        """The fewest votes that reach ``vote_share``: ``ceil(vote_share * total)``.

        "Paling sedikit X %" is met by ``votes >= X % * total``; for whole votes that is
        ``votes >= ceil(X % * total)``, so a coalition exactly on the bar passes.

        >>> from pilkada import RegionLevel
        >>> party_nomination_threshold(RegionLevel.KOTA, 400_000).votes_needed(123_457)
        10494
        """
        return _ceil(self.vote_share, _count("total_valid_votes", total_valid_votes, minimum=1))

    def seats_needed(self, total_seats: int) -> int | None:
        """The fewest DPRD seats that reach ``seat_share`` (``None`` when seats do not count)."""
        if self.seat_share is None:
            return None
        return _ceil(self.seat_share, _count("total_seats", total_seats, minimum=1))

    def describe(self, locale: str = DEFAULT_LOCALE) -> str:
        """The bar in words: ``paling sedikit 8,5% suara sah (DPT lebih dari 250.000 ...)``."""
        lang = lang_of(locale)
        votes = _pct(self.vote_share, locale)
        if self.seat_share is not None:
            seats = _pct(self.seat_share, locale)
            if lang == "id":
                return f"paling sedikit {seats} kursi DPRD atau {votes} suara sah"
            return f"at least {seats} of the DPRD seats or {votes} of the valid votes"
        dpt = "" if self.bracket is None else f" (DPT {self.bracket.label(locale)})"
        if lang == "id":
            return f"paling sedikit {votes} suara sah{dpt}"
        return f"at least {votes} of the valid votes{dpt}"


def party_nomination_threshold(
    level: Level, dpt: int | None = None, *, on: dt.date | None = None
) -> NominationThreshold:
    """The nomination threshold for parties and coalitions in force on day ``on``.

    Args:
        level: The region's level (or the election it holds).
        dpt: The region's DPT from the most recent election. Required from 20 August 2024
            (MK 60/PUU-XXII/2024), when the bracket depends on it; ignored before.
        on: The day the rule applies to (default: the latest rule).

    Raises:
        PilkadaValueError: ``on`` is before 1 July 2016 (UU 10/2016; earlier law is not
            modelled), or the DPT is needed and missing.
        PilkadaTypeError: ``dpt`` is not an int.
    """
    region = _level(level)
    version = _in_force("party_nomination", on, "party nomination threshold")
    rule = version.value
    if dpt is not None:
        _count("dpt", dpt, minimum=1)
    if isinstance(rule, _SeatsOrVotes):
        return NominationThreshold(
            level=region,
            dpt=dpt,
            vote_share=rule.vote_share,
            seat_share=rule.seat_share,
            bracket=None,
            effective=version.effective,
            basis=rule.basis,
            certainty=version.certainty,
        )
    if dpt is None:
        raise PilkadaValueError(
            "dpt",
            None,
            f"the threshold in force from {version.effective.isoformat()} ({version.basis}) "
            "depends on the region's DPT",
            "pass dpt=, the DPT of the most recent election in the region",
        )
    tier: _TierRule = rule.tier(region)
    bracket = tier.row(dpt)
    return NominationThreshold(
        level=region,
        dpt=dpt,
        vote_share=bracket.share,
        seat_share=None,
        bracket=bracket,
        effective=version.effective,
        basis=tier.basis,
        certainty=version.certainty,
    )


@attrs.frozen(kw_only=True)
class NominationCheck:
    """Whether a party or coalition may nominate, and by how much it clears or misses the bar.

    ``vote_margin`` is ``votes - votes_needed``: zero or more passes (0 is exactly on the bar),
    below zero is the number of votes missing. Under the old rule the seat route is checked too
    when seats are given, and either route suffices.
    """

    threshold: NominationThreshold
    votes: int
    total_valid_votes: int
    votes_needed: int
    seats: int | None = None
    total_seats: int | None = None
    seats_needed: int | None = None

    @property
    def share(self) -> Fraction:
        """The coalition's exact share of the valid votes."""
        return Fraction(self.votes, self.total_valid_votes)

    @property
    def vote_margin(self) -> int:
        """Votes above the bar (negative: votes missing)."""
        return self.votes - self.votes_needed

    @property
    def seat_margin(self) -> int | None:
        """Seats above the seat bar (negative: missing); ``None`` when seats were not checked."""
        if self.seats is None or self.seats_needed is None:
            return None
        return self.seats - self.seats_needed

    @property
    def passes_by_votes(self) -> bool:
        """The coalition reaches the vote share."""
        return self.vote_margin >= 0

    @property
    def passes_by_seats(self) -> bool | None:
        """The coalition reaches the seat share (``None`` when seats were not checked)."""
        margin = self.seat_margin
        return None if margin is None else margin >= 0

    @property
    def may_nominate(self) -> bool:
        """The coalition clears the bar by votes, or (old rule) by seats."""
        return self.passes_by_votes or bool(self.passes_by_seats)

    def summary(self, locale: str = DEFAULT_LOCALE) -> str:
        """One line: the bar, the votes needed, and the result."""
        lang = lang_of(locale)
        needed, margin = self.votes_needed, self.vote_margin
        bar = self.threshold.describe(locale)
        if lang == "id":
            verdict = "memenuhi syarat" if self.may_nominate else "tidak memenuhi syarat"
            by = f"lebih {_n(margin, lang)}" if margin >= 0 else f"kurang {_n(-margin, lang)}"
            return (
                f"{_n(self.votes, lang)} dari {_n(self.total_valid_votes, lang)} suara sah; "
                f"ambang batas {bar}: {_n(needed, lang)} suara ({by} suara): {verdict}."
            )
        verdict = "may nominate" if self.may_nominate else "may not nominate"
        by = f"{_n(margin, lang)} above" if margin >= 0 else f"{_n(-margin, lang)} short"
        return (
            f"{_n(self.votes, lang)} of {_n(self.total_valid_votes, lang)} valid votes; threshold "
            f"{bar}: {_n(needed, lang)} votes ({by}): {verdict}."
        )

    def findings(self) -> list[Violation]:
        """Empty when the coalition may nominate; otherwise one finding saying by how much."""
        if self.may_nominate:
            return []
        short = -self.vote_margin
        seats_id = seats_en = ""
        if self.seat_margin is not None:
            seats_id = f" dan {_n(self.seats or 0, 'id')} kursi (perlu {self.seats_needed})"
            seats_en = f" and {_n(self.seats or 0, 'en')} seats ({self.seats_needed} needed)"
        return [
            _finding(
                "AMBANG_BATAS_PENCALONAN",
                (),
                f"Partai politik atau gabungan partai politik memperoleh "
                f"{_n(self.votes, 'id')} dari {_n(self.total_valid_votes, 'id')} suara sah"
                f"{seats_id}; ambang batas pencalonan {self.threshold.describe('id')} adalah "
                f"{_n(self.votes_needed, 'id')} suara: kurang {_n(short, 'id')} suara.",
                f"The party or coalition has {_n(self.votes, 'en')} of "
                f"{_n(self.total_valid_votes, 'en')} valid votes{seats_en}; the nomination "
                f"threshold, {self.threshold.describe('en')}, is "
                f"{_n(self.votes_needed, 'en')} votes: {_n(short, 'en')} short.",
                self.threshold.basis,
            )
        ]


def check_nomination(
    coalition_votes: int,
    total_valid_votes: int,
    *,
    level: Level,
    dpt: int | None = None,
    seats: int | None = None,
    total_seats: int | None = None,
    on: dt.date | None = None,
) -> NominationCheck:
    """Whether a party or coalition may nominate a pair, on the rule in force on ``on``.

    Args:
        coalition_votes: The party's or coalition's valid votes in the last DPRD election in
            the region.
        total_valid_votes: All valid votes in that election in the region.
        level: The region's level (or the election it holds).
        dpt: The region's DPT (needed from 20 August 2024).
        seats: The coalition's DPRD seats (only the rule before MK 60/PUU-XXII/2024 counts
            them; give ``total_seats`` too).
        total_seats: The seats in the DPRD.
        on: The day the rule applies to (default: the latest rule).

    >>> from pilkada import RegionLevel
    >>> check = check_nomination(25_000, 250_000, level=RegionLevel.KABUPATEN, dpt=250_000)
    >>> check.votes_needed, check.vote_margin, check.may_nominate
    (25000, 0, True)
    >>> check_nomination(24_999, 250_000, level=RegionLevel.KABUPATEN, dpt=250_000).vote_margin
    -1
    """
    threshold = party_nomination_threshold(level, dpt, on=on)
    total = _count("total_valid_votes", total_valid_votes, minimum=1)
    votes = _count("coalition_votes", coalition_votes)
    if votes > total:
        raise PilkadaValueError(
            "coalition_votes",
            votes,
            f"{votes} is more than the {total} valid votes",
            "at most total_valid_votes",
        )
    if (seats is None) != (total_seats is None):
        raise PilkadaValueError(
            "total_seats" if total_seats is None else "seats",
            None,
            "seats and total_seats come together",
            "give both, or neither",
        )
    seats_needed = None
    if seats is not None and total_seats is not None:
        total_seats = _count("total_seats", total_seats, minimum=1)
        if _count("seats", seats) > total_seats:
            raise PilkadaValueError(
                "seats", seats, f"{seats} is more than the {total_seats} seats", "<= total_seats"
            )
        seats_needed = threshold.seats_needed(total_seats)
    return NominationCheck(
        threshold=threshold,
        votes=votes,
        total_valid_votes=total,
        votes_needed=threshold.votes_needed(total),
        seats=seats if seats_needed is not None else None,
        total_seats=total_seats if seats_needed is not None else None,
        seats_needed=seats_needed,
    )


# -- independent candidates -------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class IndependentSupport:
    """What an independent pair needs: supporters on the DPT, spread over the region.

    Attributes:
        level: The region's level.
        dpt: The region's DPT (most recent election).
        share: The least share of the DPT.
        minimum: The fewest supporters: ``ceil(share * dpt)``; a fraction of a person is a
            whole person.
        bracket: The DPT bracket.
        spread_unit: ``"kabupaten/kota"`` (governor) or ``"kecamatan"`` (bupati, wali kota):
            support must reach more than half of these areas.
        effective, basis, certainty: The rule's version, basis and certainty.
        spread_basis, spread_certainty, spread_note: The same for the spread rule. The
            kecamatan spread is ``PROVISIONAL``: see ``spread_note``.
    """

    level: RegionLevel
    dpt: int
    share: Fraction
    minimum: int
    bracket: Bracket
    spread_unit: str
    effective: dt.date
    basis: LegalBasis
    certainty: Certainty
    spread_basis: LegalBasis
    spread_certainty: Certainty
    spread_note: str

    def areas_needed(self, total_areas: int) -> int:
        """The fewest areas that are "more than 50 %" of ``total_areas``: 4 of 6, 4 of 7.

        >>> from pilkada import RegionLevel
        >>> need = independent_support_required(RegionLevel.PROVINSI, 8_252_897)
        >>> need.areas_needed(6), need.areas_needed(7)
        (4, 4)
        """
        return _count("total_areas", total_areas, minimum=1) // 2 + 1

    def describe(self, locale: str = DEFAULT_LOCALE) -> str:
        """The requirement in words."""
        lang = lang_of(locale)
        unit_en = {"kecamatan": "districts (kecamatan)"}.get(self.spread_unit, "regencies/cities")
        if lang == "id":
            return (
                f"paling sedikit {_pct(self.share, locale)} dari DPT {_n(self.dpt, lang)} = "
                f"{_n(self.minimum, lang)} dukungan, tersebar di lebih dari 50% jumlah "
                f"{self.spread_unit}"
            )
        return (
            f"at least {_pct(self.share, locale)} of the DPT of {_n(self.dpt, lang)} = "
            f"{_n(self.minimum, lang)} supporters, spread over more than 50% of the {unit_en}"
        )


def independent_support_required(
    level: Level, dpt: int, *, on: dt.date | None = None
) -> IndependentSupport:
    """The support an independent (perseorangan) pair needs in a region (UU 10/2016 Pasal 41).

    >>> from pilkada import RegionLevel
    >>> need = independent_support_required(RegionLevel.PROVINSI, 8_252_897)  # DKI Jakarta 2024
    >>> need.share, need.minimum, need.spread_unit
    (Fraction(3, 40), 618968, 'kabupaten/kota')
    """
    region = _level(level)
    dpt = _count("dpt", dpt, minimum=1)
    version = _in_force("independent_support", on, "independent-candidate support rule")
    tier: _TierRule = version.value.tier(region)
    bracket = tier.row(dpt)
    spread_basis = tier.spread_basis if tier.spread_basis is not None else tier.basis
    return IndependentSupport(
        level=region,
        dpt=dpt,
        share=bracket.share,
        minimum=_ceil(bracket.share, dpt),
        bracket=bracket,
        spread_unit="kabupaten/kota" if region is RegionLevel.PROVINSI else "kecamatan",
        effective=version.effective,
        basis=tier.basis,
        certainty=version.certainty,
        spread_basis=spread_basis,
        spread_certainty=tier.spread_certainty,
        spread_note=tier.spread_note,
    )


@attrs.frozen(kw_only=True)
class IndependentSupportCheck:
    """Verified support measured against both conditions: the count and the spread.

    An area counts towards the spread when it has at least one verified supporter; the law
    asks only that the support be "tersebar di lebih dari 50 %" of the areas.
    """

    requirement: IndependentSupport
    supporters: int
    areas_with_support: int
    total_areas: int

    @property
    def support_margin(self) -> int:
        """Supporters above the minimum (negative: supporters missing)."""
        return self.supporters - self.requirement.minimum

    @property
    def areas_needed(self) -> int:
        """The fewest areas that are more than half of ``total_areas``."""
        return self.requirement.areas_needed(self.total_areas)

    @property
    def meets_count(self) -> bool:
        """Enough verified supporters (exactly the minimum is enough: "paling sedikit")."""
        return self.support_margin >= 0

    @property
    def meets_spread(self) -> bool:
        """Support in more than half of the areas."""
        return self.areas_with_support >= self.areas_needed

    @property
    def eligible(self) -> bool:
        """Both conditions hold."""
        return self.meets_count and self.meets_spread

    def findings(self) -> list[Violation]:
        """One finding per condition that fails; empty when both hold."""
        need = self.requirement
        found: list[Violation] = []
        if not self.meets_count:
            short = -self.support_margin
            found.append(
                _finding(
                    "DUKUNGAN_PERSEORANGAN_KURANG",
                    (),
                    f"Dukungan yang memenuhi syarat {_n(self.supporters, 'id')}, kurang "
                    f"{_n(short, 'id')} dari syarat paling sedikit {_pct(need.share, 'id')} "
                    f"dari DPT {_n(need.dpt, 'id')}, yaitu {_n(need.minimum, 'id')} dukungan.",
                    f"{_n(self.supporters, 'en')} verified supporters, {_n(short, 'en')} short "
                    f"of the required {_pct(need.share, 'en')} of the DPT of "
                    f"{_n(need.dpt, 'en')}, that is {_n(need.minimum, 'en')} supporters.",
                    need.basis,
                )
            )
        if not self.meets_spread:
            unit = need.spread_unit
            provisional_id = provisional_en = ""
            if need.spread_certainty is Certainty.PROVISIONAL:
                provisional_id = (
                    f" Syarat sebaran per {unit} bersifat sementara: belum dikonfirmasi dengan "
                    "naskah undang-undang."
                )
                provisional_en = (
                    f" The {unit} spread rule is provisional: not yet confirmed against the "
                    "text of the law."
                )
            found.append(
                _finding(
                    "SEBARAN_DUKUNGAN_KURANG",
                    (),
                    f"Dukungan tersebar di {self.areas_with_support} dari {self.total_areas} "
                    f"{unit}; harus lebih dari 50%, yaitu paling sedikit {self.areas_needed} "
                    f"{unit}.{provisional_id}",
                    f"Support is spread over {self.areas_with_support} of {self.total_areas} "
                    f"{unit}; more than 50% is required, that is at least "
                    f"{self.areas_needed}.{provisional_en}",
                    need.spread_basis,
                )
            )
        return found


def check_independent_support(
    supporters: Mapping[str, int],
    *,
    level: Level,
    dpt: int,
    total_areas: int,
    on: dt.date | None = None,
) -> IndependentSupportCheck:
    """Check verified supporters per area against the count and the spread.

    Args:
        supporters: Verified supporters per area (kabupaten/kota for a governor pair,
            kecamatan for bupati or wali kota), keyed by the area's name. Areas without
            supporters may be left out.
        level: The region's level (or the election it holds).
        dpt: The region's DPT (most recent election).
        total_areas: How many kabupaten/kota (or kecamatan) the region has.
        on: The day the rule applies to (default: the latest rule).

    >>> from pilkada import RegionLevel
    >>> dki = {"Jakarta Pusat": 100_000, "Jakarta Utara": 100_000, "Jakarta Barat": 200_000,
    ...        "Jakarta Selatan": 218_968}
    >>> check = check_independent_support(dki, level=RegionLevel.PROVINSI, dpt=8_252_897,
    ...                                   total_areas=6)
    >>> check.support_margin, check.areas_with_support, check.areas_needed, check.eligible
    (0, 4, 4, True)
    """
    requirement = independent_support_required(level, dpt, on=on)
    total_areas = _count("total_areas", total_areas, minimum=1)
    if not isinstance(supporters, Mapping):
        raise PilkadaTypeError(
            "supporters",
            supporters,
            f"got {type(supporters).__name__}",
            "a mapping of area name to verified supporters, e.g. {'Jakarta Pusat': 100000}",
        )
    if len(supporters) > total_areas:
        raise PilkadaValueError(
            "supporters",
            len(supporters),
            f"{len(supporters)} areas given for a region of {total_areas}",
            "at most total_areas areas",
        )
    total = covered = 0
    for name, count in supporters.items():
        if not isinstance(name, str) or not name.strip():
            raise PilkadaValueError("supporters", name, "an area without a name", "area names")
        total += _count(f"supporters[{name!r}]", count)
        covered += count > 0
    return IndependentSupportCheck(
        requirement=requirement,
        supporters=total,
        areas_with_support=covered,
        total_areas=total_areas,
    )


# -- candidate age ----------------------------------------------------------------------------


def _anniversary(born: dt.date, years: int) -> dt.date:
    """The day ``born`` turns ``years``; 29 February birthdays fall on 1 March in common years."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:
        return dt.date(born.year + years, 3, 1)


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def minimum_age(election: Level, *, on: dt.date | None = None) -> int:
    """The minimum age of a candidate (and deputy) in ``election``: 30 or 25.

    >>> from pilkada import ElectionKind
    >>> minimum_age(ElectionKind.GUBERNUR), minimum_age(ElectionKind.WALI_KOTA)
    (30, 25)
    """
    region = _level(election)
    ages: _Ages = _in_force("candidate_age", on, "candidate age rule").value
    return ages.gubernur if region is RegionLevel.PROVINSI else ages.bupati_wali_kota


@attrs.frozen(kw_only=True)
class AgeCheck:
    """A candidate's age on the day it is counted, against the minimum.

    Attributes:
        birth_date: The candidate's birth date.
        election: The election.
        counted_on: The penetapan pasangan calon, when age is counted.
        age: Whole years on ``counted_on`` (a candidate whose birthday it is has turned).
        minimum: The minimum age.
        basis: UU 10/2016 Pasal 7 ayat (2) huruf e.
        counted_basis: The rule for the day age is counted, in force on ``counted_on``:
            PKPU 9/2020 Pasal 4 ayat (1) huruf d, or MK 70/PUU-XXII/2024 from 20 August 2024.
    """

    birth_date: dt.date
    election: ElectionKind
    counted_on: dt.date
    age: int
    minimum: int
    basis: LegalBasis
    counted_basis: LegalBasis

    @property
    def eligible(self) -> bool:
        """The candidate has reached the minimum age on ``counted_on``."""
        return self.age >= self.minimum

    @property
    def reaches_minimum_on(self) -> dt.date:
        """The day the candidate turns the minimum age."""
        return _anniversary(self.birth_date, self.minimum)

    def findings(self) -> list[Violation]:
        """Empty when old enough; otherwise one finding."""
        if self.eligible:
            return []
        turns = self.reaches_minimum_on
        kind = self.election
        return [
            _finding(
                "USIA_CALON",
                (self.counted_on, turns),
                f"Calon berusia {self.age} tahun pada penetapan pasangan calon "
                f"({_long(self.counted_on, 'id')}); usia paling rendah untuk {kind.name_id} "
                f"adalah {self.minimum} tahun (genap {self.minimum} tahun pada "
                f"{_long(turns, 'id')}).",
                f"The candidate is {self.age} at the determination of candidate pairs "
                f"({_long(self.counted_on, 'en')}); the minimum age for the {kind.name_en} "
                f"is {self.minimum} (reached on {_long(turns, 'en')}).",
                self.basis,
            )
        ]


def check_candidate_age(
    birth_date: dt.date, election: Level, schedule: Schedule | None = None
) -> AgeCheck:
    """A candidate's age at the penetapan pasangan calon of ``schedule`` (default PILKADA_2024).

    Age is counted on the first day of :attr:`~pilkada.Stage.PENETAPAN_PASLON` (22 September
    2024 for Pilkada 2024), per MK 70/PUU-XXII/2024 (PKPU 9/2020 Pasal 4 ayat (1) huruf d for
    a penetapan from 1 September 2020). Whole years are counted: someone born on 22 September
    1999 is 25 on 22 September 2024. A 29 February birthday falls on 1 March in a common year.

    >>> import datetime as dt
    >>> from pilkada import ElectionKind
    >>> check_candidate_age(dt.date(1999, 9, 22), ElectionKind.BUPATI).eligible
    True
    >>> late = check_candidate_age(dt.date(1999, 9, 23), ElectionKind.BUPATI)
    >>> late.age, late.eligible
    (24, False)
    >>> print(late.findings()[0].message())  # doctest: +NORMALIZE_WHITESPACE
    Calon berusia 24 tahun pada penetapan pasangan calon (22 September 2024); usia paling rendah
    untuk Pemilihan Bupati dan Wakil Bupati adalah 25 tahun (genap 25 tahun pada 23 September
    2024).

    Raises:
        PilkadaValueError: The schedule does not date the penetapan pasangan calon, or the
            birth date is after it, or no rule for the counting day is recorded for that day
            (before 1 September 2020), or the rule then in force counted age at the pelantikan
            (Putusan MA 23 P/HUM/2024, 29 May to 19 August 2024), which a schedule does not date.
    """
    born = check_date("birth_date", birth_date)
    region = _level(election)
    kind = election if isinstance(election, ElectionKind) else region.election
    if schedule is None:
        schedule = pilkada_2024()
    if not isinstance(schedule, Schedule):
        raise PilkadaTypeError(
            "schedule", schedule, f"got {type(schedule).__name__}", "a pilkada.Schedule"
        )
    entry = schedule.get(Stage.PENETAPAN_PASLON)
    counted_on = None if entry is None else entry.first_day
    if counted_on is None:
        raise PilkadaValueError(
            "schedule",
            schedule.name,
            f"{schedule.name!r} does not date the penetapan pasangan calon",
            "a schedule with a dated Stage.PENETAPAN_PASLON (age is counted on that day)",
        )
    if born > counted_on:
        raise PilkadaValueError(
            "birth_date",
            born,
            f"born on {born.isoformat()}, after the penetapan on {counted_on.isoformat()}",
            "a birth date on or before the penetapan pasangan calon",
        )
    counted = _in_force("age_counted", counted_on, "rule for the day age is counted")
    if counted.value != "penetapan":
        raise PilkadaValueError(
            "schedule",
            schedule.name,
            f"on {counted_on.isoformat()} age was counted at the {counted.value} of the elected "
            f"pair ({counted.basis}), which a schedule does not date",
            f"a penetapan pasangan calon under a rule that counts age at the penetapan "
            f"(this one took effect on {counted.effective.isoformat()})",
        )
    version = _in_force("candidate_age", counted_on, "candidate age rule")
    return AgeCheck(
        birth_date=born,
        election=kind,
        counted_on=counted_on,
        age=_age(born, counted_on),
        minimum=minimum_age(region, on=counted_on),
        basis=version.basis,
        counted_basis=counted.basis,
    )


# -- disputes at the Constitutional Court -----------------------------------------------------

#: How the MK writes the limit as votes. It rounds; it does not floor. In Putusan MK
#: 265/PHPU.GUB-XXIII/2025 (Jawa Timur, read 4 February 2025) the limit was 0.5 % of
#: 20,732,592 valid votes = 103,662.96, written "103.663 suara" (gap 5,449,070; Antara via
#: ntvnews.id 0134552; harian.disway.id 853348). In Putusan MK 87/PHP.BUP-XIX/2021
#: (Banyuwangi, 15 February 2021) 0.5 % of 836,960 = 4,184.8 was written "4.185 suara"
#: (idntimes.com). Both fit rounding half up and rounding up alike; no decision with a
#: fraction below one half was found to tell them apart, so the rounding is provisional.
GAP_ROUNDING_CERTAINTY: Final = Certainty.PROVISIONAL


@attrs.frozen(kw_only=True)
class DisputeThreshold:
    """The Pasal 158 bar for a region: the largest vote gap, as a share of the valid votes.

    Attributes:
        level: The region's level.
        population: The region's population (jumlah penduduk), as given.
        share: The largest gap, as a share of the total valid votes.
        bracket: The population bracket.
        effective, basis, certainty: The rule's version, basis and certainty.
    """

    level: RegionLevel
    population: int
    share: Fraction
    bracket: Bracket
    effective: dt.date
    basis: LegalBasis
    certainty: Certainty

    def exact_limit(self, valid_votes: int) -> Fraction:
        """``share * valid_votes`` exactly, before the MK writes it as whole votes."""
        return self.share * _count("valid_votes", valid_votes, minimum=1)

    def max_gap(self, valid_votes: int) -> int:
        """The limit in whole votes as the MK writes it: rounded, halves up.

        See :data:`GAP_ROUNDING_CERTAINTY` for the decisions this follows.
        """
        return _round_half_up(self.exact_limit(valid_votes))

    def describe(self, locale: str = DEFAULT_LOCALE) -> str:
        """The bar in words."""
        if lang_of(locale) == "id":
            return (
                f"paling banyak {_pct(self.share, locale)} dari total suara sah untuk penduduk "
                f"{self.bracket.label(locale)} jiwa"
            )
        return (
            f"at most {_pct(self.share, locale)} of the total valid votes for a population of "
            f"{self.bracket.label(locale)}"
        )


def dispute_threshold(
    level: Level, population: int, *, on: dt.date | None = None
) -> DisputeThreshold:
    """The largest vote gap (as a share) the MK hears under Pasal 158, by population.

    >>> from pilkada import RegionLevel
    >>> dispute_threshold(RegionLevel.KABUPATEN, 410_000).share
    Fraction(3, 200)
    """
    region = _level(level)
    population = _count("population", population, minimum=1)
    version = _in_force("dispute", on, "Pasal 158 dispute threshold")
    tier: _TierRule = version.value.tier(region)
    bracket = tier.row(population)
    return DisputeThreshold(
        level=region,
        population=population,
        share=bracket.share,
        bracket=bracket,
        effective=version.effective,
        basis=tier.basis,
        certainty=version.certainty,
    )


def dispute_max_gap(
    level: Level, population: int, valid_votes: int, *, on: dt.date | None = None
) -> int:
    """The largest vote gap in whole votes, as the MK computes it (share × valid votes, rounded).

    >>> from pilkada import RegionLevel
    >>> dispute_max_gap(RegionLevel.KABUPATEN, 1_700_000, 836_960)  # Banyuwangi 2020
    4185
    """
    return dispute_threshold(level, population, on=on).max_gap(valid_votes)


@attrs.frozen(kw_only=True)
class DisputeCheck:
    """Whether a petition clears the Pasal 158 bar.

    ``margin`` is ``max_gap - gap``: zero or more clears the bar (a gap equal to the limit
    clears it: "paling banyak"), below zero is by how many votes the gap is too large.

    Pasal 158 is a presumptive filter, not an absolute one: since Pilkada 2020 (Banjarmasin,
    Nabire, Boven Digoel) the MK has set it aside where the main case showed violations, and
    for Pilkada 2024 it deferred the question to the main-case stage.
    """

    threshold: DisputeThreshold
    valid_votes: int
    gap: int
    max_gap: int

    @property
    def margin(self) -> int:
        """Votes to spare under the limit (negative: votes over it)."""
        return self.max_gap - self.gap

    @property
    def within_bar(self) -> bool:
        """The gap is at most the limit, as the MK writes it in whole votes."""
        return self.margin >= 0

    @property
    def gap_share(self) -> Fraction:
        """The gap as an exact share of the valid votes."""
        return Fraction(self.gap, self.valid_votes)

    @property
    def decided_by_rounding(self) -> bool:
        """The outcome depends on how the limit is rounded to whole votes.

        True when the gap lies above the exact limit but not above it rounded up: flooring,
        rounding half up and rounding up would not all agree.
        """
        exact = self.threshold.exact_limit(self.valid_votes)
        return exact < self.gap <= _ceil(exact, 1)

    def note(self, locale: str = DEFAULT_LOCALE) -> str:
        """Pasal 158 is presumptive: the practice note every result carries."""
        if lang_of(locale) == "id":
            return (
                "Sejak Pemilihan 2020 Mahkamah Konstitusi dapat mengesampingkan ambang batas "
                "Pasal 158 bila pokok permohonan menunjukkan pelanggaran; pada Pemilihan 2024 "
                "penerapannya ditunda ke pemeriksaan pokok perkara."
            )
        return (
            "Since the 2020 elections the Constitutional Court may set the Pasal 158 bar "
            "aside when the main case shows violations; for 2024 it deferred applying it to "
            "the examination of the merits."
        )

    def summary(self, locale: str = DEFAULT_LOCALE) -> str:
        """One line: the limit, the gap and the result."""
        lang = lang_of(locale)
        limit = self.threshold.describe(locale)
        if lang == "id":
            verdict = (
                f"memenuhi ambang batas (sisa {_n(self.margin, lang)} suara)"
                if self.within_bar
                else f"melebihi ambang batas sebanyak {_n(-self.margin, lang)} suara"
            )
            return (
                f"Batas selisih {limit}: {_n(self.max_gap, lang)} dari "
                f"{_n(self.valid_votes, lang)} suara sah; selisih {_n(self.gap, lang)} suara "
                f"{verdict}."
            )
        verdict = (
            f"within the bar ({_n(self.margin, lang)} votes to spare)"
            if self.within_bar
            else f"over the bar by {_n(-self.margin, lang)} votes"
        )
        return (
            f"Largest gap {limit}: {_n(self.max_gap, lang)} of {_n(self.valid_votes, lang)} "
            f"valid votes; a gap of {_n(self.gap, lang)} votes is {verdict}."
        )

    def findings(self) -> list[Violation]:
        """Empty when the gap is within the bar; otherwise one finding with the practice note."""
        if self.within_bar:
            return []
        over = -self.margin
        return [
            _finding(
                "SELISIH_SUARA_PASAL_158",
                (),
                f"Selisih perolehan suara {_n(self.gap, 'id')} melebihi batas "
                f"{_n(self.max_gap, 'id')} suara sebanyak {_n(over, 'id')} suara; batasnya "
                f"{self.threshold.describe('id')}. {self.note('id')}",
                f"The vote gap of {_n(self.gap, 'en')} exceeds the limit of "
                f"{_n(self.max_gap, 'en')} votes by {_n(over, 'en')}; the limit is "
                f"{self.threshold.describe('en')}. {self.note('en')}",
                self.threshold.basis,
            )
        ]


def check_dispute(
    level: Level,
    population: int,
    valid_votes: int,
    gap: int,
    *,
    on: dt.date | None = None,
) -> DisputeCheck:
    """Whether a petition's vote gap clears the Pasal 158 bar.

    Args:
        level: The region's level (or the election it holds).
        population: The region's population (jumlah penduduk).
        valid_votes: The total valid votes in the KPU's final count.
        gap: The winner's votes minus the petitioner's.
        on: The day the rule applies to (default: the latest rule).

    >>> from pilkada import RegionLevel
    >>> check = check_dispute(RegionLevel.KABUPATEN, 410_000, 120_000, 2_500)
    >>> check.max_gap, check.margin, check.within_bar
    (1800, -700, False)
    >>> print(check.summary())  # doctest: +NORMALIZE_WHITESPACE
    Batas selisih paling banyak 1,5% dari total suara sah untuk penduduk lebih dari 250.000
    sampai dengan 500.000 jiwa: 1.800 dari 120.000 suara sah; selisih 2.500 suara melebihi
    ambang batas sebanyak 700 suara.
    """
    threshold = dispute_threshold(level, population, on=on)
    valid_votes = _count("valid_votes", valid_votes, minimum=1)
    gap = _count("gap", gap)
    if gap > valid_votes:
        raise PilkadaValueError(
            "gap", gap, f"a gap of {gap} is more than the {valid_votes} valid votes", "<= them"
        )
    return DisputeCheck(
        threshold=threshold,
        valid_votes=valid_votes,
        gap=gap,
        max_gap=threshold.max_gap(valid_votes),
    )


def dispute_filing_deadline(announced_on: dt.date, *, cuti_bersama_off: bool = False) -> Deadline:
    """The last day to file a dispute: 3 working days counted from the announcement day.

    UU 10/2016 Pasal 157 ayat (5) gives "3 (tiga) hari kerja terhitung sejak" the KPU
    announces the result, and the day of the announcement, if it is a working day, is the
    first of the three: an announcement on Friday 6 December 2024 (KPU Riau) left until
    Tuesday 10 December, 24:00; one on Sunday 8 December (KPU DKI Jakarta) until Wednesday
    11 December (riaupos.co 2024-12-09; liputanindo.id). Cuti bersama count as working days
    unless ``cuti_bersama_off=True`` (the MK's own count); the default gives the earlier day.

    >>> import datetime as dt
    >>> print(dispute_filing_deadline(dt.date(2024, 12, 6)))
    paling lambat 10 Desember 2024
    >>> dispute_filing_deadline(dt.date(2024, 12, 8)).day
    datetime.date(2024, 12, 11)
    """
    day = check_date("announced_on", announced_on)
    if not isinstance(cuti_bersama_off, bool):
        raise PilkadaTypeError(
            "cuti_bersama_off", cuti_bersama_off, f"got {cuti_bersama_off!r}", "True or False"
        )
    before = day - dt.timedelta(days=1)
    return Deadline(
        add_working_days(before, FILING_WORKING_DAYS, cuti_bersama_off=cuti_bersama_off)
    )


def _all_versions() -> Sequence[Dated[Any]]:
    """Every version of every table (for tests: each carries a legal basis)."""
    return [version for versions in _tables().values() for version in versions]
