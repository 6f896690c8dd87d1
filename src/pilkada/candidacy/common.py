"""What the candidacy rules share: the level argument, exact rounding, and how numbers read."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import TypeAlias

from pilkada.boundary import as_enum
from pilkada.errors import PilkadaError, shown
from pilkada.i18n import format_date, format_number, format_percent
from pilkada.regions import ElectionKind, RegionLevel

__all__ = [
    "Level",
    "ceil_share",
    "election_of",
    "level_of",
    "long_date",
    "number",
    "percent_text",
    "round_half_up",
]

#: A region's level, or the election it holds (``GUBERNUR`` is ``PROVINSI``); either may be
#: given as a member, or as its name or value in any case (``"provinsi"``, ``"wali kota"``).
Level: TypeAlias = RegionLevel | ElectionKind | str


def _member(value: object) -> RegionLevel | ElectionKind:
    """A RegionLevel or ElectionKind member, by member, name or value (any case)."""
    if isinstance(value, ElectionKind):
        return value
    try:
        return as_enum("level", value, RegionLevel)
    except PilkadaError:
        pass
    try:
        return as_enum("level", value, ElectionKind)
    except PilkadaError as exc:
        accepted = ", ".join([*RegionLevel.__members__, *ElectionKind.__members__])
        raise type(exc)(
            "level",
            value,
            f"{shown(value)} is not a RegionLevel or an ElectionKind",
            f"a pilkada.RegionLevel or pilkada.ElectionKind, or its name: one of {accepted}",
        ) from None


def level_of(value: object) -> RegionLevel:
    """The region level ``value`` names (an :class:`~pilkada.ElectionKind` names its level)."""
    member = _member(value)
    return member.level if isinstance(member, ElectionKind) else member


def election_of(value: object) -> ElectionKind:
    """The election ``value`` names (a :class:`~pilkada.RegionLevel` names the one it holds)."""
    member = _member(value)
    return member if isinstance(member, ElectionKind) else member.election


def ceil_share(share: Fraction, total: int) -> int:
    """The smallest whole number at least ``share * total`` ("paling sedikit")."""
    product = share * total
    return -(-product.numerator // product.denominator)


def round_half_up(value: Fraction) -> int:
    """A non-negative exact number rounded to a whole number, halves up."""
    return (2 * value.numerator + value.denominator) // (2 * value.denominator)


def number(count: int, locale: str) -> str:
    """A count with the locale's grouping: ``250.000`` in Indonesian, ``250,000`` in English."""
    return format_number(count, locale=locale)


def percent_text(share: Fraction, locale: str) -> str:
    """A legal share shown exactly: ``10%``, ``8,5%``, ``0,5%``."""
    decimals = next(d for d in range(0, 11) if (share * 100 * 10**d).denominator == 1)
    return format_percent(share, decimals=decimals, locale=locale)


def long_date(day: dt.date, locale: str) -> str:
    """``22 September 2024``."""
    return format_date(day, format="long", locale=locale)
