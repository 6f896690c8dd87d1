"""Friendly at the boundary, strict inside: the one place user input is read into exact types.

Public functions call these on their arguments, so a user may type what comes naturally (an
ISO date string, an enum's value or name in any case) while the domain keeps its exact types.
Every refusal is a :class:`~pilkada.PilkadaError` naming the field, the value and what is
accepted.

>>> import datetime as dt
>>> as_date("day", "2024-11-27")
datetime.date(2024, 11, 27)
>>> as_date("day", dt.date(2024, 11, 27))
datetime.date(2024, 11, 27)
>>> from pilkada import RegionLevel
>>> as_enum("level", "provinsi", RegionLevel)
<RegionLevel.PROVINSI: 'Provinsi'>
>>> as_enum("level", "Kota", RegionLevel)
<RegionLevel.KOTA: 'Kota'>
>>> as_enum("level", "desa", RegionLevel)
Traceback (most recent call last):
...
pilkada.errors.PilkadaValueError: level: 'desa' is not a RegionLevel; one of: PROVINSI, ...
>>> as_count("tps", 12)
12
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import Any, Final, TypeVar

from pilkada.errors import PilkadaTypeError, PilkadaValueError, shown

__all__ = ["as_count", "as_date", "as_enum", "as_items"]

E = TypeVar("E", bound=enum.Enum)
_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: Counts are held exactly in 64-bit lanes by the results engine; nothing the law counts
#: (voters, ballots, TPS, members) comes near this.
COUNT_LIMIT: Final = 2**63 - 1


def as_date(field: str, value: object) -> dt.date:
    """A ``datetime.date``, or an ISO ``YYYY-MM-DD`` string read as one.

    A ``datetime`` is refused (say which day you mean), as is any other string form.
    """
    if isinstance(value, str):
        if _ISO_DATE.fullmatch(value.strip()):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise PilkadaValueError(
            field, value, f"{shown(value)} is not a date", "a datetime.date or 'YYYY-MM-DD'"
        )
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise PilkadaTypeError(
            field,
            value,
            f"got {type(value).__name__} {shown(value)}",
            "a datetime.date or an ISO date string 'YYYY-MM-DD'",
        )
    return value


def as_enum(field: str, value: object, kind: type[E]) -> E:
    """A member of ``kind``, or its value or name as a string, in any case."""
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        wanted = value.strip().casefold()
        for member in kind:
            if wanted in (member.name.casefold(), str(member.value).casefold()):
                return member
    accepted = ", ".join(member.name for member in kind)
    error = PilkadaValueError if isinstance(value, str) else PilkadaTypeError
    raise error(field, value, f"{shown(value)} is not a {kind.__name__}", f"one of: {accepted}")


def as_count(field: str, value: object, *, minimum: int = 0) -> int:
    """A whole number from ``minimum`` (0 by default) up to 2**63 - 1; a bool is refused."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise PilkadaTypeError(field, value, f"got {type(value).__name__} {shown(value)}", "an int")
    if not minimum <= value <= COUNT_LIMIT:
        raise PilkadaValueError(
            field,
            value,
            "the number is too large"
            if value > COUNT_LIMIT
            else f"{shown(value)} is below {minimum}",
            f"a whole number from {minimum} to 2**63 - 1",
        )
    return value


def as_items(field: str, values: object, kind: type | None = None) -> tuple[Any, ...]:
    """The items of a list, tuple or other iterable as a tuple, each a ``kind`` when given.

    A non-iterable (``True``, ``5``) and a string are refused with the field's name; an item
    of another type is refused with its index (``records[2]``).

    >>> as_items("tps", [1, 2])
    (1, 2)
    >>> as_items("tps", 5)
    Traceback (most recent call last):
    ...
    pilkada.errors.PilkadaTypeError: tps: got int 5; a list or tuple
    """
    accepted = f"a list or tuple of {kind.__name__}" if kind else "a list or tuple"
    if isinstance(values, (str, bytes, bytearray)):
        raise PilkadaTypeError(
            field, values, f"got {type(values).__name__} {shown(values)}", accepted
        )
    try:
        iterator = iter(values)  # type: ignore[call-overload]
    except TypeError:
        raise PilkadaTypeError(
            field, values, f"got {type(values).__name__} {shown(values)}", accepted
        ) from None
    items = tuple(iterator)
    if kind is not None:
        for index, item in enumerate(items):
            if not isinstance(item, kind):
                raise PilkadaTypeError(
                    f"{field}[{index}]",
                    item,
                    f"got {type(item).__name__}",
                    f"{kind.__name__} objects",
                )
    return items
