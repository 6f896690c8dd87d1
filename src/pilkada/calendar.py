"""Calendar arithmetic for legal deadlines: periods, calendar months and working days.

*Calendar months.* "Paling lambat 6 (enam) bulan sebelum hari pemungutan suara" is counted in
calendar months with python-dateutil. When the target month is shorter, the day is clamped to
that month's last day: 31 August minus 6 months is 29 February (2024) or 28 February.

>>> import datetime as dt
>>> months_before(dt.date(2024, 8, 31), 6)
datetime.date(2024, 2, 29)
>>> months_before(dt.date(2024, 2, 14), 20)  # UU 7/2017 Pasal 167 ayat (6)
datetime.date(2022, 6, 14)

*Working days (hari kerja).* Monday to Friday, except Indonesian national holidays
(*hari libur nasional*) from the ``holidays`` library, which includes the election days made
holidays by Keppres (14 February 2024, 27 November 2024).

*Cuti bersama* (joint leave days, such as 26 December 2024) are **working days by default**.
Legally they are not holidays: a cuti bersama is civil servants' annual leave taken together,
set by a joint ministerial decree. Counting them as working days gives the earlier deadline, so
a date computed with the default is never too late to act on. Pass ``cuti_bersama_off=True``
for the later reading; it is how the Constitutional Court counts its own hari kerja, as its
spokesman said of the 2024 presidential disputes (disway.id 771489, liputan6 5556040).

>>> add_working_days(dt.date(2023, 11, 10), 14)  # NPHD tahap I: 14 hari kerja after signing
datetime.date(2023, 11, 30)
>>> add_working_days(dt.date(2024, 12, 24), 1)
datetime.date(2024, 12, 26)
>>> add_working_days(dt.date(2024, 12, 24), 1, cuti_bersama_off=True)
datetime.date(2024, 12, 27)

Future years' Islamic holidays are the ``holidays`` library's estimates until the government
fixes them; :func:`holiday_name` says "(estimated)" for those.
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs

from pilkada.boundary import as_date
from pilkada.errors import PilkadaTypeError, PilkadaValueError, shown
from pilkada.i18n import DEFAULT_LOCALE, check_date, format_date, format_period, lang_of

__all__ = [
    "Deadline",
    "Period",
    "add_working_days",
    "holiday_name",
    "is_working_day",
    "months_after",
    "months_before",
    "working_days_between",
]

#: The years the working-day calendar covers. The holidays library knows Indonesian holidays
#: from 2004; beyond 2100 no Pilkada schedule is planned.
FIRST_YEAR, LAST_YEAR = 2004, 2100


def _check_count(field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PilkadaTypeError(field, value, f"got {type(value).__name__} {shown(value)}", "an int")
    return value


def months_before(day: dt.date | str, months: int) -> dt.date:
    """The day ``months`` calendar months before ``day``, clamped to the end of a short month."""
    return months_after(day, -_check_count("months", months))


def months_after(day: dt.date | str, months: int) -> dt.date:
    """The day ``months`` calendar months after ``day``, clamped to the end of a short month.

    >>> import datetime as dt
    >>> months_after(dt.date(2024, 11, 27), 2)
    datetime.date(2025, 1, 27)
    >>> months_after(dt.date(2025, 1, 31), 1)
    datetime.date(2025, 2, 28)
    """
    day = as_date("day", day)
    months = _check_count("months", months)
    from dateutil.relativedelta import relativedelta  # noqa: PLC0415 (light import pilkada)

    try:
        result: dt.date = day + relativedelta(months=months)
    except (OverflowError, ValueError):
        raise PilkadaValueError(
            "months",
            months,
            f"{shown(months)} months from {day} leaves the calendar",
            "a smaller count",
        ) from None
    return result


# -- working days ----------------------------------------------------------------------------


@functools.lru_cache(maxsize=512)
def _calendar(year: int, cuti_bersama_off: bool) -> dict[dt.date, str]:
    """One year's days off with their names: built once per year, then O(1) lookups."""
    import holidays  # noqa: PLC0415 (loaded on first use: import pilkada stays light)

    categories = ("public", "government") if cuti_bersama_off else ("public",)
    return dict(holidays.country_holidays("ID", years=year, categories=categories).items())


def _is_working_day(day: dt.date, cuti_bersama_off: bool) -> bool:
    return day.weekday() < 5 and day not in _calendar(day.year, cuti_bersama_off)


def _check_year(day: dt.date, field: str = "day") -> None:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise PilkadaValueError(
            field,
            day,
            f"{day.isoformat()} is outside the working-day calendar",
            f"a date from {FIRST_YEAR} to {LAST_YEAR}",
        )


def is_working_day(day: dt.date | str, *, cuti_bersama_off: bool = False) -> bool:
    """Whether ``day`` is a hari kerja: Monday to Friday and not a national holiday.

    >>> import datetime as dt
    >>> is_working_day(dt.date(2024, 11, 27))  # Pilkada voting day, a national holiday
    False
    >>> is_working_day(dt.date(2024, 12, 26))  # cuti bersama Natal
    True
    >>> is_working_day(dt.date(2024, 12, 26), cuti_bersama_off=True)
    False
    """
    day = as_date("day", day)
    _check_year(day)
    return _is_working_day(day, bool(cuti_bersama_off))


def holiday_name(day: dt.date | str, *, cuti_bersama_off: bool = False) -> str | None:
    """The name of the national holiday on ``day``, or ``None``.

    With ``cuti_bersama_off=True`` a cuti bersama is named too, as in :func:`is_working_day`.

    >>> import datetime as dt
    >>> holiday_name(dt.date(2024, 2, 14))
    'General Election Day'
    >>> day = dt.date(2024, 12, 26)
    >>> holiday_name(day), holiday_name(day, cuti_bersama_off=True)
    (None, 'Christmas Joint Holiday')
    """
    day = as_date("day", day)
    _check_year(day)
    return _calendar(day.year, bool(cuti_bersama_off)).get(day)


def add_working_days(day: dt.date | str, count: int, *, cuti_bersama_off: bool = False) -> dt.date:
    """The ``count``-th working day after ``day`` (before it, if ``count`` is negative).

    ``day`` itself is not counted, as in "paling lambat 14 hari kerja setelah NPHD
    ditandatangani": the first working day after signing is day 1. With ``count == 0`` the day
    itself is returned unchanged.
    """
    day = as_date("day", day)
    count = _check_count("count", count)
    _check_year(day)
    step = dt.timedelta(days=1 if count > 0 else -1)
    remaining = abs(count)
    off = bool(cuti_bersama_off)
    start, year, days_off = day, day.year, _calendar(day.year, off)
    while remaining:
        day += step
        if day.year != year:  # look the year's table up once, not per day
            if not FIRST_YEAR <= day.year <= LAST_YEAR:
                raise PilkadaValueError(
                    "count",
                    count,
                    f"{count} working days from {start.isoformat()} leave the working-day "
                    f"calendar (at {day.isoformat()})",
                    f"a count that stays within {FIRST_YEAR} to {LAST_YEAR}",
                )
            year, days_off = day.year, _calendar(day.year, off)
        if day.weekday() < 5 and day not in days_off:
            remaining -= 1
    return day


def working_days_between(
    start: dt.date | str, end: dt.date | str, *, cuti_bersama_off: bool = False
) -> int:
    """The number of working days after ``start`` up to and including ``end``.

    The inverse of :func:`add_working_days`: if ``add_working_days(a, n) == b`` then
    ``working_days_between(a, b) == n``. When ``end`` is before ``start`` the result is
    negative: minus the working days from ``end`` (included) up to ``start`` (excluded).

    >>> import datetime as dt
    >>> working_days_between(dt.date(2023, 11, 10), dt.date(2023, 11, 30))
    14
    """
    start = as_date("start", start)
    end = as_date("end", end)
    _check_year(start, "start")
    _check_year(end, "end")
    off = bool(cuti_bersama_off)
    if end < start:
        # Counting back: the working days from end (included) up to start (excluded).
        return -sum(
            _is_working_day(end + dt.timedelta(days=n), off) for n in range((start - end).days)
        )
    return sum(
        _is_working_day(start + dt.timedelta(days=n), off) for n in range(1, (end - start).days + 1)
    )


# -- dated values ----------------------------------------------------------------------------


def _date_field(_: object, attribute: attrs.Attribute[dt.date], value: object) -> None:
    check_date(attribute.name, value)


@attrs.frozen
class Period:
    """An inclusive period of days: ``start`` and ``end`` both belong to it.

    A one-day period has ``start == end``; ``end`` before ``start`` is an error.

    >>> import datetime as dt
    >>> kampanye = Period(dt.date(2024, 9, 25), dt.date(2024, 11, 23))
    >>> kampanye.days, dt.date(2024, 11, 23) in kampanye
    (60, True)
    >>> str(kampanye)
    '25 September–23 November 2024'
    """

    start: dt.date = attrs.field(validator=_date_field)
    end: dt.date = attrs.field(validator=_date_field)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise PilkadaValueError(
                "end",
                self.end,
                f"the period ends on {self.end.isoformat()}, before it starts on "
                f"{self.start.isoformat()}",
                "end on or after the start (a one-day period has start == end)",
            )

    @classmethod
    def day(cls, day: dt.date | str) -> Period:
        """A one-day period; ``day`` may be an ISO string.

        >>> Period.day("2024-11-27").days
        1
        """
        day = as_date("day", day)
        return cls(day, day)

    @property
    def days(self) -> int:
        """How many days the period has, both ends included."""
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        # A datetime is not a day: it is never "in" a period of days.
        return (
            isinstance(day, dt.date)
            and not isinstance(day, dt.datetime)
            and self.start <= day <= self.end
        )

    def __str__(self) -> str:
        return self.format()

    def format(self, *, locale: str = DEFAULT_LOCALE) -> str:
        """The period as Indonesian (or English) prose: ``27–29 Agustus 2024``."""
        return format_period(self.start, self.end, locale=locale)


@attrs.frozen
class Deadline:
    """A "paling lambat" (no later than) date with no start: the day itself is still in time.

    >>> import datetime as dt
    >>> deadline = Deadline(dt.date(2024, 1, 26))
    >>> deadline.met_by(dt.date(2024, 1, 26)), deadline.met_by(dt.date(2024, 1, 27))
    (True, False)
    """

    day: dt.date = attrs.field(validator=_date_field)

    def met_by(self, day: dt.date | str) -> bool:
        """Whether something done on ``day`` meets the deadline (on or before it)."""
        return as_date("day", day) <= self.day

    def __str__(self) -> str:
        return self.format()

    def format(self, *, locale: str = DEFAULT_LOCALE) -> str:
        """``paling lambat 26 Januari 2024`` (``no later than ...`` in English)."""
        prefix = "paling lambat" if lang_of(locale) == "id" else "no later than"
        return f"{prefix} {format_date(self.day, format='long', locale=locale)}"
