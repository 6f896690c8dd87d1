"""Indonesian (and English) formatting of dates, periods and percentages, through Babel.

Every function takes the value first and the options as keywords, and always passes
``locale`` to Babel explicitly (Babel would otherwise read the process environment). The
default locale is ``id_ID``; ``en`` is available. Babel is imported on first use, so
``import pilkada`` stays light.

Where CLDR's Indonesian data differs from Indonesian prose usage, this module adjusts it, and
only here:

* CLDR pads the day in the full date (``Jumat, 06 September 2024``); Indonesian prose writes
  ``Jumat, 6 September 2024``.
* CLDR's interval patterns abbreviate months (``27–29 Agu 2024``) and put thin spaces around
  the dash; Indonesian prose spells the month out and, following PUEBI (the official spelling
  guide: *tanda pisah* between dates means "sampai dengan" and takes no spaces), writes
  ``25 September–23 November 2024``.
* Babel rounds half-to-even; percentages here round half-up (``79,495 %`` to two places is
  ``79,50%``), the way figures are rounded in Indonesian official documents.

>>> import datetime as dt
>>> format_date(dt.date(2024, 11, 27))
'Rabu, 27 November 2024'
>>> format_date(dt.date(2024, 11, 27), locale="en")
'Wednesday, November 27, 2024'
>>> format_date(dt.date(2024, 9, 6), format="short")
'06/09/24'
>>> format_period(dt.date(2024, 8, 27), dt.date(2024, 8, 29))
'27–29 Agustus 2024'
>>> format_percent(Decimal("0.795"), decimals=2)
'79,50%'
"""

from __future__ import annotations

import datetime as dt
import functools
from contextlib import AbstractContextManager
from decimal import Context, Decimal, Inexact, InvalidOperation, Overflow, localcontext
from fractions import Fraction
from typing import TYPE_CHECKING, Literal

from pilkada.errors import PilkadaTypeError, PilkadaValueError

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["format_date", "format_number", "format_percent", "format_period"]

DEFAULT_LOCALE = "id_ID"
Lang = Literal["id", "en"]
DateWidth = Literal["full", "long", "medium", "short"]
_WIDTHS = ("full", "long", "medium", "short")
_DASH_SPACED = "\u2009–\u2009"

#: Decimal context for arithmetic that must be exact: it never depends on the caller's global
#: context, and any rounding it would have to do raises instead.
EXACT = Context(prec=60, traps=[Inexact, InvalidOperation, Overflow])


def babel_context() -> AbstractContextManager[Context]:
    """A decimal context for calls into Babel, which computes in the caller's global one.

    A caller who lowered the global precision (``getcontext().prec = 5``) would otherwise
    make Babel fail or round; the values we hand Babel are exact, and stay so here.
    """
    return localcontext(Context(prec=60))


def lang_of(locale: str) -> Lang:
    """Reduce a locale such as ``'id_ID'`` or ``'en-GB'`` to the language of pilkada's texts.

    Raises:
        PilkadaValueError: The locale is neither Indonesian nor English.
    """
    if not isinstance(locale, str):
        raise PilkadaTypeError(
            "locale", locale, f"got {type(locale).__name__}", "a locale name such as 'id_ID'"
        )
    language = locale.replace("-", "_").split("_", 1)[0].lower()
    if language in ("id", "en"):
        return "id" if language == "id" else "en"
    raise PilkadaValueError(
        "locale", locale, f"no texts in {locale!r}", "Indonesian ('id', 'id_ID') or English ('en')"
    )


@functools.lru_cache(maxsize=32)
def babel_locale(locale: str) -> Locale:
    """The Babel ``Locale`` for an Indonesian or English locale name (cached)."""
    lang_of(locale)
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415 (Babel loads on first use)

    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as exc:
        raise PilkadaValueError(
            "locale", locale, f"Babel does not know {locale!r}", "a locale such as 'id_ID' or 'en'"
        ) from exc


def check_date(field: str, value: object) -> dt.date:
    """Return ``value`` if it is a plain ``datetime.date``; raise a clear error otherwise."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise PilkadaTypeError(
            field, value, f"got {type(value).__name__} {value!r}", "a datetime.date"
        )
    return value


def format_date(
    day: dt.date, *, format: DateWidth | str = "full", locale: str = DEFAULT_LOCALE
) -> str:
    """Format a date the way Indonesian documents write it.

    Args:
        day: The date (a ``datetime.date``; a ``datetime`` is refused, say which day you mean).
        format: A CLDR width (``"full"``, ``"long"``, ``"medium"``, ``"short"``) or a CLDR
            date pattern such as ``"EEEE, d MMMM y"``.
        locale: ``"id_ID"`` (default) or an English locale.

    In Indonesian the prose widths (full, long, medium) write the day without a leading zero;
    ``short`` stays numeric and padded as in CLDR.

    >>> import datetime as dt
    >>> format_date(dt.date(2024, 9, 6))
    'Jumat, 6 September 2024'
    >>> format_date(dt.date(2024, 9, 6), format="long")
    '6 September 2024'
    >>> format_date(dt.date(2024, 9, 6), format="d/M/yyyy")
    '6/9/2024'
    """
    day = check_date("day", day)
    from babel.dates import format_date as babel_format_date  # noqa: PLC0415

    if not isinstance(format, str) or not format:
        raise PilkadaValueError(
            "format",
            format,
            f"{format!r} is not a date format",
            f"one of {_WIDTHS} or a CLDR pattern",
        )
    babel_loc = babel_locale(locale)
    return babel_format_date(day, _date_pattern(format, locale), locale=babel_loc)


@functools.lru_cache(maxsize=64)
def _date_pattern(format: str, locale: str) -> str:
    if format not in _WIDTHS:
        return format
    pattern: str = babel_locale(locale).date_formats[format].pattern
    if lang_of(locale) == "id" and format != "short":
        # CLDR pads the day in the Indonesian full pattern ("EEEE, dd MMMM y"); prose does not.
        pattern = pattern.replace("dd", "d")
    return pattern


def format_period(start: dt.date, end: dt.date, *, locale: str = DEFAULT_LOCALE) -> str:
    """Format an inclusive period of days, sharing the month and year where they are equal.

    >>> import datetime as dt
    >>> format_period(dt.date(2024, 9, 25), dt.date(2024, 11, 23))
    '25 September–23 November 2024'
    >>> format_period(dt.date(2024, 12, 30), dt.date(2025, 1, 2))
    '30 Desember 2024–2 Januari 2025'
    >>> format_period(dt.date(2024, 11, 27), dt.date(2024, 11, 27))
    '27 November 2024'
    >>> format_period(dt.date(2024, 8, 27), dt.date(2024, 8, 29), locale="en")
    'August 27\u2009–\u200929, 2024'

    Raises:
        PilkadaValueError: ``end`` is before ``start``.
    """
    start = check_date("start", start)
    end = check_date("end", end)
    if end < start:
        raise PilkadaValueError(
            "end",
            end,
            f"the period ends on {end.isoformat()}, before it starts on {start.isoformat()}",
            "end on or after the start (a one-day period has start == end)",
        )
    if start == end:
        return format_date(start, format="long", locale=locale)
    from babel.dates import format_date as babel_format_date  # noqa: PLC0415

    if start.year != end.year:
        field = "y"
    elif start.month != end.month:
        field = "M"
    else:
        field = "d"
    first, second = _interval_patterns(locale, field)
    babel_loc = babel_locale(locale)
    return babel_format_date(start, first, locale=babel_loc) + babel_format_date(
        end, second, locale=babel_loc
    )


@functools.lru_cache(maxsize=32)
def _interval_patterns(locale: str, field: str) -> tuple[str, str]:
    # CLDR has no full-month interval skeleton; its abbreviated one (yMMMd) gives the order
    # and the shared parts, and we widen the month.
    first, second = babel_locale(locale).interval_formats["yMMMd"][field]
    first, second = first.replace("MMM", "MMMM"), second.replace("MMM", "MMMM")
    if lang_of(locale) == "id":
        first = first.replace(_DASH_SPACED, "–")  # PUEBI: no spaces around the dash
    return first, second


def format_number(value: int, *, locale: str = DEFAULT_LOCALE) -> str:
    """A whole number with the locale's grouping: ``7.943`` in Indonesian, ``7,943`` in English.

    >>> format_number(22860), format_number(22860, locale="en")
    ('22.860', '22,860')
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise PilkadaTypeError("value", value, f"got {type(value).__name__} {value!r}", "an int")
    from babel.numbers import format_decimal  # noqa: PLC0415

    with babel_context():
        return format_decimal(value, locale=babel_locale(locale))


def format_percent(
    value: Decimal | Fraction | int, *, decimals: int = 0, locale: str = DEFAULT_LOCALE
) -> str:
    """Format a share (``Decimal("0.795")`` is 79.5 %) as a percentage, rounding half-up.

    Args:
        value: The share as an exact number: ``Decimal``, ``Fraction`` or ``int``. A float is
            refused: its binary value makes "half-up" ill-defined (0.795 is 0.79499999...).
        decimals: Digits after the decimal comma, always shown (``decimals=2`` gives
            ``83,00%``).
        locale: ``"id_ID"`` (default) or an English locale.

    >>> format_percent(Decimal("0.83"))
    '83%'
    >>> format_percent(Fraction(2, 3), decimals=2)
    '66,67%'
    >>> format_percent(Decimal("0.125"))
    '13%'
    >>> format_percent(Decimal("0.795"), decimals=2, locale="en")
    '79.50%'
    """
    if isinstance(value, bool) or not isinstance(value, (Decimal, Fraction, int)):
        raise PilkadaTypeError(
            "value",
            value,
            f"got {type(value).__name__} {value!r}",
            "an exact share: decimal.Decimal, fractions.Fraction or int",
        )
    if isinstance(value, Decimal) and not value.is_finite():
        raise PilkadaValueError("value", value, f"{value} is not a number", "a finite share")
    if isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 10:
        raise PilkadaValueError(
            "decimals", decimals, f"cannot show {decimals!r} decimals", "an int from 0 to 10"
        )
    percent = round_half_up(Fraction(value) * 100, decimals)
    from babel.numbers import format_percent as babel_format_percent  # noqa: PLC0415

    # The value is already rounded to `decimals` places, so Babel's own (half-even)
    # quantisation to the same number of places changes nothing.
    with babel_context():
        return babel_format_percent(
            percent.scaleb(-2, context=EXACT),
            format=_percent_pattern(locale, decimals),
            locale=babel_locale(locale),
        )


@functools.lru_cache(maxsize=64)
def _percent_pattern(locale: str, decimals: int) -> str:
    pattern: str = babel_locale(locale).percent_formats[None].pattern
    positive = pattern.split(";", 1)[0]
    last_zero = positive.rindex("0")
    fraction = "." + "0" * decimals if decimals else ""
    return positive[: last_zero + 1] + fraction + positive[last_zero + 1 :]


def round_half_up(value: Fraction, decimals: int) -> Decimal:
    """Round an exact number to ``decimals`` places, ties away from zero (Decimal's HALF_UP).

    >>> round_half_up(Fraction(79495, 1000), 2)
    Decimal('79.50')
    >>> round_half_up(Fraction(-5, 2), 0)
    Decimal('-3')
    """
    scale = 10**decimals
    scaled = abs(value) * scale
    whole, rest = divmod(scaled.numerator, scaled.denominator)
    if 2 * rest >= scaled.denominator:
        whole += 1
    sign = -1 if value < 0 else 1
    return Decimal(sign * whole).scaleb(-decimals, context=EXACT)
