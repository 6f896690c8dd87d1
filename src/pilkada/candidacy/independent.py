"""Independent (perseorangan) candidates: supporters on the DPT and their spread (Pasal 41)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from fractions import Fraction

import attrs

from pilkada.boundary import (
    as_count,
    check_derived,
    count_field,
    date_field,
    share_field,
    text_field,
)
from pilkada.candidacy.common import Level, ceil_share, level_of, number, percent_text
from pilkada.candidacy.data import Bracket, TierRule, version_in_force
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.i18n import DEFAULT_LOCALE, lang_of
from pilkada.law import Certainty, LegalBasis
from pilkada.regions import RegionLevel
from pilkada.rules import Violation

__all__ = [
    "IndependentSupport",
    "IndependentSupportCheck",
    "check_independent_support",
    "independent_support_required",
]


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

    level: RegionLevel = attrs.field(validator=instance_of(RegionLevel))
    dpt: int = attrs.field(validator=count_field(minimum=1))
    share: Fraction = attrs.field(validator=share_field())
    minimum: int = attrs.field(validator=count_field())
    bracket: Bracket = attrs.field(validator=instance_of(Bracket))
    spread_unit: str = attrs.field(validator=text_field())
    effective: dt.date = attrs.field(validator=date_field())
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(validator=instance_of(Certainty))
    spread_basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    spread_certainty: Certainty = attrs.field(validator=instance_of(Certainty))
    spread_note: str = attrs.field(validator=text_field())

    def __attrs_post_init__(self) -> None:
        if self.dpt not in self.bracket:
            raise PilkadaValueError(
                "dpt", self.dpt, f"not in the bracket {self.bracket.label('en')}",
                "the bracket the DPT falls in",
            )  # fmt: skip
        check_derived("share", self.share, self.bracket.share, "the share of its bracket")
        check_derived(
            "minimum", self.minimum, ceil_share(self.share, self.dpt), "share x DPT, rounded up"
        )
        check_derived(
            "spread_unit",
            self.spread_unit,
            _spread_unit(self.level),
            "kabupaten/kota for a province, kecamatan for a kabupaten or kota",
        )

    def areas_needed(self, total_areas: int) -> int:
        """The fewest areas that are "more than 50 %" of ``total_areas``: 4 of 6, 4 of 7.

        >>> from pilkada import RegionLevel
        >>> need = independent_support_required(RegionLevel.PROVINSI, 8_252_897)
        >>> need.areas_needed(6), need.areas_needed(7)
        (4, 4)
        """
        return as_count("total_areas", total_areas, minimum=1) // 2 + 1

    def describe(self, locale: str = DEFAULT_LOCALE) -> str:
        """The requirement in words."""
        share, dpt = percent_text(self.share, locale), number(self.dpt, locale)
        minimum = number(self.minimum, locale)
        if lang_of(locale) == "id":
            return (
                f"paling sedikit {share} dari DPT {dpt} = {minimum} dukungan, tersebar di lebih "
                f"dari 50% jumlah {self.spread_unit}"
            )
        unit_en = {"kecamatan": "districts (kecamatan)"}.get(self.spread_unit, "regencies/cities")
        return (
            f"at least {share} of the DPT of {dpt} = {minimum} supporters, spread over more "
            f"than 50% of the {unit_en}"
        )


def _spread_unit(level: RegionLevel) -> str:
    """The areas support must spread over: kabupaten/kota (a province) or kecamatan."""
    return "kabupaten/kota" if level is RegionLevel.PROVINSI else "kecamatan"


def independent_support_required(
    level: Level, dpt: int, *, on: dt.date | str | None = None
) -> IndependentSupport:
    """The support an independent (perseorangan) pair needs in a region (UU 10/2016 Pasal 41).

    >>> from pilkada import RegionLevel
    >>> need = independent_support_required(RegionLevel.PROVINSI, 8_252_897)  # DKI Jakarta 2024
    >>> need.share, need.minimum, need.spread_unit
    (Fraction(3, 40), 618968, 'kabupaten/kota')
    """
    region = level_of(level)
    dpt = as_count("dpt", dpt, minimum=1)
    version = version_in_force("independent_support", on, "independent-candidate support rule")
    tier: TierRule = version.value.tier(region)
    bracket = tier.row(dpt)
    spread_basis = tier.spread_basis if tier.spread_basis is not None else tier.basis
    return IndependentSupport(
        level=region,
        dpt=dpt,
        share=bracket.share,
        minimum=ceil_share(bracket.share, dpt),
        bracket=bracket,
        spread_unit=_spread_unit(region),
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

    requirement: IndependentSupport = attrs.field(validator=instance_of(IndependentSupport))
    supporters: int = attrs.field(validator=count_field())
    areas_with_support: int = attrs.field(validator=count_field())
    total_areas: int = attrs.field(validator=count_field(minimum=1))

    def __attrs_post_init__(self) -> None:
        # An area counts when it has a supporter: at most every area, at most every supporter,
        # and at least one area once there is a supporter.
        most = min(self.total_areas, self.supporters)
        if not int(self.supporters > 0) <= self.areas_with_support <= most:
            raise PilkadaValueError(
                "areas_with_support", self.areas_with_support,
                f"not possible with {self.supporters} supporters in {self.total_areas} areas",
                "areas with at least one supporter: at most the areas and the supporters, "
                "at least one when there are supporters",
            )  # fmt: skip

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
        found: list[Violation] = []
        if not self.meets_count:
            found.append(self._count_finding())
        if not self.meets_spread:
            found.append(self._spread_finding())
        return found

    def _count_finding(self) -> Violation:
        need, short = self.requirement, -self.support_margin
        return Violation.of(
            "DUKUNGAN_PERSEORANGAN_KURANG",
            (),
            f"Dukungan yang memenuhi syarat {number(self.supporters, 'id')}, kurang "
            f"{number(short, 'id')} dari syarat paling sedikit {percent_text(need.share, 'id')} "
            f"dari DPT {number(need.dpt, 'id')}, yaitu {number(need.minimum, 'id')} dukungan.",
            f"{number(self.supporters, 'en')} verified supporters, {number(short, 'en')} short "
            f"of the required {percent_text(need.share, 'en')} of the DPT of "
            f"{number(need.dpt, 'en')}, that is {number(need.minimum, 'en')} supporters.",
            need.basis,
        )

    def _spread_finding(self) -> Violation:
        need = self.requirement
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
        return Violation.of(
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


def _tally(supporters: object, total_areas: int) -> tuple[int, int]:
    """Verified supporters in all, and the areas with at least one."""
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
        total += as_count(f"supporters[{name!r}]", count)
        covered += count > 0
    return total, covered


def check_independent_support(
    supporters: Mapping[str, int],
    *,
    level: Level,
    dpt: int,
    total_areas: int,
    on: dt.date | str | None = None,
) -> IndependentSupportCheck:
    """Check verified supporters per area against the count and the spread.

    Args:
        supporters: Verified supporters per area (kabupaten/kota for a governor pair,
            kecamatan for bupati or wali kota), keyed by the area's name. Areas without
            supporters may be left out.
        level: The region's level (or the election it holds), as a member or its name.
        dpt: The region's DPT (most recent election).
        total_areas: How many kabupaten/kota (or kecamatan) the region has.
        on: The day the rule applies to, a date or an ISO string (default: the latest rule).

    >>> from pilkada import RegionLevel
    >>> dki = {"Jakarta Pusat": 100_000, "Jakarta Utara": 100_000, "Jakarta Barat": 200_000,
    ...        "Jakarta Selatan": 218_968}
    >>> check = check_independent_support(dki, level=RegionLevel.PROVINSI, dpt=8_252_897,
    ...                                   total_areas=6)
    >>> check.support_margin, check.areas_with_support, check.areas_needed, check.eligible
    (0, 4, 4, True)
    """
    requirement = independent_support_required(level, dpt, on=on)
    total_areas = as_count("total_areas", total_areas, minimum=1)
    total, covered = _tally(supporters, total_areas)
    return IndependentSupportCheck(
        requirement=requirement,
        supporters=total,
        areas_with_support=covered,
        total_areas=total_areas,
    )
