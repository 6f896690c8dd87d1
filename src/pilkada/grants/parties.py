"""Who gives and who receives a grant, how it is paid and where the money comes from."""

from __future__ import annotations

import enum

import attrs

from pilkada.boundary import as_enum
from pilkada.errors import PilkadaValueError, instance_of, shown
from pilkada.i18n import DEFAULT_LOCALE, lang_of
from pilkada.money import Rupiah
from pilkada.money.rupiah import non_negative_rupiah, positive_rupiah
from pilkada.regions import ElectionKind, RegionLevel

__all__ = [
    "FundingKind",
    "FundingSource",
    "Grantee",
    "Grantor",
    "Payment",
    "non_negative_rupiah",
    "positive_rupiah",
]


class Grantee(enum.Enum):
    """Who receives the grant: the election bodies, or the security forces of the region."""

    KPU = "KPU"
    BAWASLU = "Bawaslu"
    POLRI = "Polri"
    TNI = "TNI"

    def unit(self, level: RegionLevel) -> str:
        """The receiving unit at a region's level: ``KPU``, ``Bawaslu``, ``Polres``, ``Kodim``."""
        if self is Grantee.POLRI:
            return "Polda" if level is RegionLevel.PROVINSI else "Polres"
        if self is Grantee.TNI:
            return "Kodam" if level is RegionLevel.PROVINSI else "Kodim"
        return str(self.value)


def _level(value: object) -> RegionLevel:
    return as_enum("level", value, RegionLevel)


@attrs.frozen
class Grantor:
    """The pemerintah daerah that gives the grant: ``Grantor(RegionLevel.KABUPATEN, "Blora")``.

    A province funds its governor election, a kabupaten or kota its bupati or wali kota
    election (Permendagri 54/2019 Pasal 2), so the level fixes the election. The level may
    also be given by its name or value, in any case: ``Grantor("kabupaten", "Blora")``.

    >>> Grantor("kabupaten", "Blora") == Grantor(RegionLevel.KABUPATEN, "Blora")
    True
    """

    level: RegionLevel = attrs.field(converter=_level)
    name: str = attrs.field(validator=instance_of(str))

    def __attrs_post_init__(self) -> None:
        if not self.name.strip():
            raise PilkadaValueError("name", self.name, "the region has no name", "e.g. 'Blora'")

    @property
    def election(self) -> ElectionKind:
        """The election this region holds and funds."""
        return self.level.election

    def region(self, locale: str = DEFAULT_LOCALE) -> str:
        """``Kabupaten Blora`` (``Blora Regency`` in English)."""
        if lang_of(locale) == "id":
            return f"{self.level.name_id} {self.name}"
        return f"{self.name} {self.level.name_en}"

    def __str__(self) -> str:
        return f"Pemerintah {self.region()}"


class Payment(enum.Enum):
    """How the grant is paid: in two tranches (40 % / 60 %) or at once."""

    TRANCHES = "tranches"
    SINGLE = "single"


class FundingKind(enum.Enum):
    """Where the grant money comes from."""

    APBD = "APBD"
    DANA_CADANGAN = "dana cadangan"


def _funding_kind(value: object) -> FundingKind:
    return as_enum("kind", value, FundingKind)


@attrs.frozen(kw_only=True)
class FundingSource:
    """One source of the grant: the APBD of a fiscal year, or the dana cadangan (reserve fund).

    The 2024 grants were budgeted 40 % from APBD 2023 and 60 % from APBD 2024 (Kemendagri
    circular); a dana cadangan may carry funds across years (Permendagri 54/2019 Pasal 2
    ayat (3)).
    """

    kind: FundingKind = attrs.field(converter=_funding_kind)
    fiscal_year: int = attrs.field()
    amount: Rupiah = attrs.field(validator=positive_rupiah)

    @fiscal_year.validator
    def _check_year(self, attribute: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not 2000 <= value <= 2100:
            raise PilkadaValueError(
                attribute.name, value, f"{shown(value)}", "a year from 2000 to 2100"
            )
