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
import os
import re
from collections.abc import Callable
from fractions import Fraction
from typing import Any, Final, TypeVar, overload

from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of, shown

__all__ = [
    "as_count",
    "as_date",
    "as_enum",
    "as_items",
    "as_path",
    "check_derived",
    "count_field",
    "date_field",
    "items_field",
    "share_field",
    "text_field",
    "whole_field",
]

E = TypeVar("E", bound=enum.Enum)
K = TypeVar("K")
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


@overload
def as_items(field: str, values: object, kind: type[K]) -> tuple[K, ...]: ...
@overload
def as_items(field: str, values: object, kind: None = None) -> tuple[Any, ...]: ...
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


def as_path(field: str, value: object) -> str:
    """A file path: a ``str`` or ``os.PathLike`` giving one, without NUL characters.

    >>> as_path("path", "jadwal.toml")
    'jadwal.toml'
    >>> as_path("path", None)
    Traceback (most recent call last):
    ...
    pilkada.errors.PilkadaTypeError: path: got NoneType None; a file path (str or Path)
    """
    path = os.fspath(value) if isinstance(value, (str, os.PathLike)) else value
    if not isinstance(path, str):  # not a path at all, or a PathLike giving bytes
        raise PilkadaTypeError(
            field, value, f"got {type(value).__name__} {shown(value)}", "a file path (str or Path)"
        )
    if "\0" in path:
        raise PilkadaValueError(
            field, path, f"{path!r} holds a NUL character", "a file path without NUL characters"
        )
    return path


# -- the same checks as attrs validators, for the fields of a record ------------------------------

#: An attrs validator: ``(instance, attribute, value) -> None``.
Validator = Callable[[Any, Any, Any], None]


def count_field(*, minimum: int = 0, optional: bool = False) -> Validator:
    """An attrs validator: the field holds an :func:`as_count` (``None`` too if ``optional``).

    >>> import attrs
    >>> @attrs.frozen
    ... class Box:
    ...     tps: int = attrs.field(validator=count_field(minimum=1))
    >>> Box(-3)
    Traceback (most recent call last):
    ...
    pilkada.errors.PilkadaValueError: tps: -3 is below 1; a whole number from 1 to 2**63 - 1
    """

    def check(_: object, attribute: Any, value: object) -> None:  # noqa: ANN401
        if value is None and optional:
            return
        as_count(attribute.name, value, minimum=minimum)

    return check


def whole_field(low: int, high: int, *, optional: bool = False) -> Validator:
    """An attrs validator: an int (not a bool) from ``low`` to ``high`` (a number of days...)."""

    def check(_: object, attribute: Any, value: object) -> None:  # noqa: ANN401
        if value is None and optional:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise PilkadaTypeError(
                attribute.name, value, f"got {type(value).__name__} {shown(value)}", "an int"
            )
        if not low <= value <= high:
            raise PilkadaValueError(
                attribute.name,
                value,
                f"{shown(value)} is out of range",
                f"a whole number from {low} to {high}",
            )

    return check


def date_field(*, optional: bool = False) -> Validator:
    """An attrs validator: the field holds a ``datetime.date`` (not a datetime, not a string).

    A record keeps the exact type; reading an ISO string is for :func:`as_date` at the boundary.
    """

    def check(_: object, attribute: Any, value: object) -> None:  # noqa: ANN401
        if value is None and optional:
            return
        if isinstance(value, str):
            raise PilkadaTypeError(
                attribute.name, value, f"got str {shown(value)}", "a datetime.date"
            )
        as_date(attribute.name, value)

    return check


def text_field(*, empty: bool = True, optional: bool = False) -> Validator:
    """An attrs validator: a ``str`` (not blank unless ``empty``; ``None`` if ``optional``)."""
    is_str = instance_of(str)

    def check(instance: object, attribute: Any, value: object) -> None:  # noqa: ANN401
        if value is None and optional:
            return
        is_str(instance, attribute, value)
        if not empty and not str(value).strip():
            raise PilkadaValueError(attribute.name, value, "the text is empty", "some text")

    return check


def items_field(kind: type | tuple[type, ...], *, optional: bool = False) -> Validator:
    """An attrs validator: a tuple whose every item is a ``kind`` (the item named by index)."""
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = " or ".join(k.__name__ for k in kinds)

    def check(_: object, attribute: Any, value: object) -> None:  # noqa: ANN401
        if value is None and optional:
            return
        if not isinstance(value, tuple):
            raise PilkadaTypeError(
                attribute.name,
                value,
                f"got {type(value).__name__} {shown(value)}",
                f"a tuple of {names}",
            )
        for index, item in enumerate(value):
            # A bool is an int to isinstance, never to a count.
            if not isinstance(item, kinds) or (isinstance(item, bool) and bool not in kinds):
                raise PilkadaTypeError(
                    f"{attribute.name}[{index}]",
                    item,
                    f"got {type(item).__name__} {shown(item)}",
                    f"a {names}",
                )

    return check


def share_field(*, optional: bool = False) -> Validator:
    """An attrs validator: an exact share, a ``Fraction`` above 0 and at most 1."""

    def check(_: object, attribute: Any, value: object) -> None:  # noqa: ANN401
        if value is None and optional:
            return
        if not isinstance(value, Fraction):
            raise PilkadaTypeError(
                attribute.name, value, f"got {type(value).__name__} {shown(value)}", "a Fraction"
            )
        if not 0 < value <= 1:
            raise PilkadaValueError(
                attribute.name, value, f"{value} is not a share", "a Fraction in (0, 1]"
            )

    return check


def check_derived(field: str, value: object, expected: object, rule: str) -> None:
    """Refuse a derived number (or record) that is not what the library derives.

    A record read back from data must be one the library could have produced: ``rule`` says
    how ``expected`` follows from the record's other fields.

    >>> check_derived("max_gap", 1800, 1800, "share x valid votes")
    >>> check_derived("max_gap", 1801, 1800, "share x valid votes")
    Traceback (most recent call last):
    ...
    pilkada.errors.PilkadaValueError: max_gap: 1801 is not what the rule gives (1800); ...
    """
    if value != expected:
        raise PilkadaValueError(
            field, value, f"{shown(value)} is not what the rule gives ({shown(expected)})", rule
        )
