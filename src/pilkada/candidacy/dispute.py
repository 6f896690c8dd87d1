"""Disputes at the Constitutional Court: the Pasal 158 bar and the filing deadline (Pasal 157)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Final

import attrs

from pilkada import sources
from pilkada.boundary import (
    as_count,
    as_date,
    check_derived,
    count_field,
    date_field,
    share_field,
)
from pilkada.calendar import FIRST_YEAR, LAST_YEAR, Deadline, add_working_days
from pilkada.candidacy.common import (
    Level,
    ceil_share,
    level_of,
    number,
    percent_text,
    round_half_up,
)
from pilkada.candidacy.data import Bracket, TierRule, version_in_force
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of, shown
from pilkada.i18n import DEFAULT_LOCALE, lang_of
from pilkada.law import Certainty, LegalBasis
from pilkada.regions import RegionLevel
from pilkada.rules import Violation

__all__ = [
    "FILING_BASIS",
    "FILING_WORKING_DAYS",
    "GAP_ROUNDING_CERTAINTY",
    "DisputeCheck",
    "DisputeThreshold",
    "check_dispute",
    "dispute_filing_deadline",
    "dispute_max_gap",
    "dispute_threshold",
]

#: Filing a dispute: "paling lama 3 (tiga) hari kerja terhitung sejak diumumkan penetapan
#: perolehan suara hasil Pemilihan" (domain.md §5, V-prim).
FILING_BASIS: Final = sources.UU_10_2016.provision(pasal="157", ayat="5")
FILING_WORKING_DAYS: Final = 3

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

    level: RegionLevel = attrs.field(validator=instance_of(RegionLevel))
    population: int = attrs.field(validator=count_field(minimum=1))
    share: Fraction = attrs.field(validator=share_field())
    bracket: Bracket = attrs.field(validator=instance_of(Bracket))
    effective: dt.date = attrs.field(validator=date_field())
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(validator=instance_of(Certainty))

    def __attrs_post_init__(self) -> None:
        if self.population not in self.bracket:
            raise PilkadaValueError(
                "population",
                self.population,
                f"not in the bracket {self.bracket.label('en')}",
                "the bracket the population falls in",
            )
        check_derived("share", self.share, self.bracket.share, "the share of its bracket")

    def exact_limit(self, valid_votes: int) -> Fraction:
        """``share * valid_votes`` exactly, before the MK writes it as whole votes."""
        return self.share * as_count("valid_votes", valid_votes, minimum=1)

    def max_gap(self, valid_votes: int) -> int:
        """The limit in whole votes as the MK writes it: rounded, halves up.

        See :data:`GAP_ROUNDING_CERTAINTY` for the decisions this follows.
        """
        return round_half_up(self.exact_limit(valid_votes))

    def describe(self, locale: str = DEFAULT_LOCALE) -> str:
        """The bar in words."""
        if lang_of(locale) == "id":
            return (
                f"paling banyak {percent_text(self.share, locale)} dari total suara sah untuk "
                f"penduduk {self.bracket.label(locale)} jiwa"
            )
        return (
            f"at most {percent_text(self.share, locale)} of the total valid votes for a "
            f"population of {self.bracket.label(locale)}"
        )


def dispute_threshold(
    level: Level, population: int, *, on: dt.date | str | None = None
) -> DisputeThreshold:
    """The largest vote gap (as a share) the MK hears under Pasal 158, by population.

    >>> from pilkada import RegionLevel
    >>> dispute_threshold(RegionLevel.KABUPATEN, 410_000).share
    Fraction(3, 200)
    """
    region = level_of(level)
    population = as_count("population", population, minimum=1)
    version = version_in_force("dispute", on, "Pasal 158 dispute threshold")
    tier: TierRule = version.value.tier(region)
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
    level: Level, population: int, valid_votes: int, *, on: dt.date | str | None = None
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

    threshold: DisputeThreshold = attrs.field(validator=instance_of(DisputeThreshold))
    valid_votes: int = attrs.field(validator=count_field(minimum=1))
    gap: int = attrs.field(validator=count_field())
    max_gap: int = attrs.field(validator=count_field())

    def __attrs_post_init__(self) -> None:
        if self.gap > self.valid_votes:
            raise PilkadaValueError(
                "gap", self.gap, f"more than the {self.valid_votes} valid votes", "<= them"
            )
        check_derived(
            "max_gap",
            self.max_gap,
            self.threshold.max_gap(self.valid_votes),
            "the threshold's share of the valid votes, rounded half up (Pasal 158)",
        )

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
        return exact < self.gap <= ceil_share(exact, 1)

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
        limit = self.threshold.describe(locale)
        spare, over = number(self.margin, locale), number(-self.margin, locale)
        max_gap, valid = number(self.max_gap, locale), number(self.valid_votes, locale)
        gap = number(self.gap, locale)
        if lang_of(locale) == "id":
            verdict = (
                f"memenuhi ambang batas (sisa {spare} suara)"
                if self.within_bar
                else f"melebihi ambang batas sebanyak {over} suara"
            )
            return (
                f"Batas selisih {limit}: {max_gap} dari {valid} suara sah; selisih {gap} suara "
                f"{verdict}."
            )
        verdict = (
            f"within the bar ({spare} votes to spare)"
            if self.within_bar
            else f"over the bar by {over} votes"
        )
        return (
            f"Largest gap {limit}: {max_gap} of {valid} valid votes; a gap of {gap} votes is "
            f"{verdict}."
        )

    def findings(self) -> list[Violation]:
        """Empty when the gap is within the bar; otherwise one finding with the practice note."""
        if self.within_bar:
            return []
        over = -self.margin
        return [
            Violation.of(
                "SELISIH_SUARA_PASAL_158",
                (),
                f"Selisih perolehan suara {number(self.gap, 'id')} melebihi batas "
                f"{number(self.max_gap, 'id')} suara sebanyak {number(over, 'id')} suara; "
                f"batasnya {self.threshold.describe('id')}. {self.note('id')}",
                f"The vote gap of {number(self.gap, 'en')} exceeds the limit of "
                f"{number(self.max_gap, 'en')} votes by {number(over, 'en')}; the limit is "
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
    on: dt.date | str | None = None,
) -> DisputeCheck:
    """Whether a petition's vote gap clears the Pasal 158 bar.

    Args:
        level: The region's level (or the election it holds), as a member or its name.
        population: The region's population (jumlah penduduk).
        valid_votes: The total valid votes in the KPU's final count.
        gap: The winner's votes minus the petitioner's.
        on: The day the rule applies to, a date or an ISO string (default: the latest rule).

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
    valid_votes = as_count("valid_votes", valid_votes, minimum=1)
    gap = as_count("gap", gap)
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


def dispute_filing_deadline(
    announced_on: dt.date | str, *, cuti_bersama_off: bool = False
) -> Deadline:
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
    >>> dispute_filing_deadline("2024-12-08").day
    datetime.date(2024, 12, 11)
    """
    day = as_date("announced_on", announced_on)
    if not isinstance(cuti_bersama_off, bool):
        raise PilkadaTypeError(
            "cuti_bersama_off", cuti_bersama_off, f"got {shown(cuti_bersama_off)}", "True or False"
        )
    if not FIRST_YEAR <= day.year <= LAST_YEAR:  # also keeps day - 1 from leaving date's range
        raise PilkadaValueError(
            "announced_on",
            day,
            f"{day.isoformat()} is outside the working-day calendar",
            f"a date from {FIRST_YEAR} to {LAST_YEAR}",
        )
    before = day - dt.timedelta(days=1)
    return Deadline(
        add_working_days(before, FILING_WORKING_DAYS, cuti_bersama_off=cuti_bersama_off)
    )
