"""Moments of a case: a day, or a day and time where hours count, and how they compare."""

from __future__ import annotations

import datetime as dt
from typing import TypeAlias

from pilkada.boundary import as_date
from pilkada.errors import PilkadaTypeError, PilkadaValueError, shown

__all__ = ["When", "after", "as_datetime", "before", "lapsed", "moment", "require_datetime"]

#: A step of a case happens on a day, or at a moment where hours count.
When: TypeAlias = dt.date | dt.datetime


def moment(field: str, value: object) -> When:
    """``value`` if it is a datetime; otherwise a day (a ``date`` or an ISO string)."""
    if isinstance(value, dt.datetime):
        return value
    return as_date(field, value)


def require_datetime(field: str, value: object) -> dt.datetime:
    """``value`` if it is a datetime (hours count from it); a clear error otherwise."""
    if not isinstance(value, dt.datetime):
        raise PilkadaTypeError(
            field, value, f"got {type(value).__name__} {shown(value)}", "a datetime (hours count)"
        )
    return value


def as_datetime(when: When) -> dt.datetime:
    """A bare day as its first moment, 00:00."""
    return when if isinstance(when, dt.datetime) else dt.datetime.combine(when, dt.time())


def _comparable(a: dt.datetime, b: dt.datetime) -> None:
    """Refuse to compare a moment with a UTC offset and one without (Python cannot)."""
    if (a.utcoffset() is None) != (b.utcoffset() is None):
        raise PilkadaValueError(
            "moment",
            b if a.utcoffset() is None else a,
            f"{shown(a)} and {shown(b)}: one has a UTC offset, the other has none",
            "moments all with an offset (WIB is +07:00) or all without",
        )


def after(when: When, due: When) -> bool:
    """Later than ``due`` (a step known only by its day counts as its first moment)."""
    if isinstance(due, dt.datetime):
        # A bare day's first moment, in the zone of the due moment.
        first: dt.datetime = (
            when
            if isinstance(when, dt.datetime)
            else dt.datetime.combine(when, dt.time(), tzinfo=due.tzinfo)
        )
        _comparable(first, due)
        return first > due
    day = when.date() if isinstance(when, dt.datetime) else when
    return day > due


def lapsed(on: When, due: When) -> bool:
    """Whether ``due`` has passed by the end of ``on`` (a bare date means its whole day)."""
    if isinstance(due, dt.datetime) and not isinstance(on, dt.datetime):
        end = dt.datetime.combine(on, dt.time.max, tzinfo=due.tzinfo)
        return end > due
    return after(on, due)


def before(when: When, other: When) -> bool:
    """Strictly earlier; a bare date is compared by day (it has no time of its own)."""
    if isinstance(when, dt.datetime) and isinstance(other, dt.datetime):
        _comparable(when, other)
        return when < other
    day = when.date() if isinstance(when, dt.datetime) else when
    other_day = other.date() if isinstance(other, dt.datetime) else other
    return day < other_day
