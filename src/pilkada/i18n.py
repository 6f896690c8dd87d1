"""Indonesian (and English) formatting of amounts, dates, periods, numbers and percentages.

Every function takes the value first and the options as keywords. The default locale is
``id_ID``; any English locale (``en``, ``en_US``, ``en_GB`` ...) gives the English forms.

**The library owns its formats.** Every documented form is built from a pattern stated in
:data:`FORMS` below, never from CLDR's defaults, so a Babel (CLDR) update cannot change what
the library prints. Babel supplies only locale data that is stable by nature: the names of
months and weekdays, through :func:`babel.dates.format_date` called with our own pattern.
Babel 2.19 (CLDR 47) showed why: it gave the IDR currency no decimals and the Indonesian short
date no padding, and a library that followed CLDR's defaults silently printed amounts rounded
to the rupiah. ``tests/test_cldr_canary.py`` states the CLDR facts relied on and overridden.

Where the library's forms differ from CLDR's Indonesian data, on purpose:

* Amounts always show two decimals (``Rp1.500.000,50``); CLDR now gives IDR none.
* The full date does not pad the day (``Jumat, 6 September 2024``; CLDR ``06``); the short
  date is ``dd/MM/yy`` (``06/09/24``; CLDR 47 writes ``6/9/24``).
* Periods spell the month out (CLDR abbreviates, ``27–29 Agu 2024``) and, following PUEBI
  (the official spelling guide: *tanda pisah* between dates means "sampai dengan" and takes no
  spaces), write ``25 September–23 November 2024``.
* Percentages round half-up (``79,495 %`` to two places is ``79,50%``), the way figures are
  rounded in Indonesian official documents; Babel rounds half-to-even.

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
from collections.abc import Mapping
from contextlib import AbstractContextManager
from decimal import Context, Decimal, Inexact, InvalidOperation, Overflow, localcontext
from fractions import Fraction
from typing import TYPE_CHECKING, Final, Literal, NamedTuple

from pilkada.errors import PilkadaTypeError, PilkadaValueError, shown

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["format_date", "format_number", "format_percent", "format_period"]

DEFAULT_LOCALE = "id_ID"
Lang = Literal["id", "en"]
DateWidth = Literal["full", "long", "medium", "short"]
_WIDTHS = ("full", "long", "medium", "short")
#: Whole numbers are formatted up to this size; past it (far beyond any count or amount the
#: law knows) a number is refused rather than printed in a form nobody can read.
_NUMBER_LIMIT: Final = 10**30

#: Decimal context for arithmetic that must be exact: it never depends on the caller's global
#: context, and any rounding it would have to do raises instead.
EXACT = Context(prec=60, traps=[Inexact, InvalidOperation, Overflow])


class Forms(NamedTuple):
    """The library's own formats for one language; nothing here is read from CLDR.

    Date patterns use CLDR's pattern letters (``d``, ``MMMM``, ``y``, ``EEEE``); Babel fills in
    only the month and weekday names.
    """

    #: Digit grouping and decimal marks.
    group: str
    decimal: str
    #: The currency sign put before an amount (``Rp``, ``IDR``); a minus goes before it.
    currency: str
    #: The four date widths.
    dates: Mapping[str, str]
    #: Period patterns by the largest field that differs: year ``y``, month ``M``, day ``d``.
    intervals: Mapping[str, tuple[str, str]]
    #: Scale words for short axis labels, largest first, and the space before the word.
    compact: tuple[tuple[int, str], ...]
    compact_space: str

    def digits(self, text: str) -> str:
        """Swap Python's ``,`` grouping and ``.`` decimal point for this language's marks."""
        return text.replace(",", "_").replace(".", self.decimal).replace("_", self.group)

    def money(self, amount: Decimal, *, sen: bool = True) -> str:
        """An exact amount in the pattern ``¤#,##0.00`` (``¤#,##0`` without sen).

        The caller (:meth:`pilkada.Rupiah.format`) guarantees the amount is exact to the sen,
        and whole where ``sen=False``: nothing is rounded here.
        """
        if sen:  # splitting off the sen beats str.translate by a microsecond
            whole, _, cents = format(amount.copy_abs(), ",.2f").partition(".")
            body = whole.replace(",", self.group) + self.decimal + cents
        else:
            body = format(amount.copy_abs(), ",.0f").replace(",", self.group)
        return ("-" + self.currency if amount < 0 else self.currency) + body


#: The documented forms, one entry per language. Changing any of these changes output the
#: library documents: golden strings in tests/test_i18n.py and tests/test_money.py pin them.
FORMS: Final[Mapping[Lang, Forms]] = {
    "id": Forms(
        group=".",
        decimal=",",
        currency="Rp",
        dates={
            "full": "EEEE, d MMMM y",
            "long": "d MMMM y",
            "medium": "d MMM y",
            "short": "dd/MM/yy",
        },
        intervals={
            "y": ("d MMMM y–", "d MMMM y"),
            "M": ("d MMMM–", "d MMMM y"),
            "d": ("d–", "d MMMM y"),
        },
        compact=((10**12, "T"), (10**9, "M"), (10**6, "jt"), (10**3, "rb")),
        compact_space="\xa0",  # no break between the figure and its scale word
    ),
    "en": Forms(
        group=",",
        decimal=".",
        currency="IDR",
        dates={
            "full": "EEEE, MMMM d, y",
            "long": "MMMM d, y",
            "medium": "MMM d, y",
            "short": "M/d/yy",
        },
        intervals={
            "y": ("MMMM d, y\u2009–\u2009", "MMMM d, y"),
            "M": ("MMMM d\u2009–\u2009", "MMMM d, y"),
            "d": ("MMMM d\u2009–\u2009", "d, y"),
        },
        compact=((10**12, "T"), (10**9, "B"), (10**6, "M"), (10**3, "K")),
        compact_space="",
    ),
}


def babel_context() -> AbstractContextManager[Context]:
    """A decimal context for calls into Babel, which computes in the caller's global one.

    A caller who lowered the global precision (``getcontext().prec = 5``) would otherwise
    make Babel fail or round; the values we hand Babel are exact, and stay so here.
    """
    return localcontext(Context(prec=60))


def lang_of(locale: str) -> Lang:
    """Reduce a locale such as ``'id_ID'`` or ``'en-GB'`` to the language of pilkada's texts.

    Raises:
        PilkadaTypeError: The locale is not a string.
        PilkadaValueError: The locale is neither Indonesian nor English.
    """
    if type(locale) is not str:
        raise PilkadaTypeError(
            "locale", locale, f"got {type(locale).__name__}", "a locale name such as 'id_ID'"
        )
    return _lang_of(locale)


@functools.lru_cache(maxsize=64)
def _lang_of(locale: str) -> Lang:
    language, _, region = locale.replace("-", "_").partition("_")
    if language.lower() in ("id", "en") and (not region or region.isalnum()):
        return "id" if language.lower() == "id" else "en"
    raise PilkadaValueError(
        "locale", locale, f"no texts in {locale!r}", "Indonesian ('id', 'id_ID') or English ('en')"
    )


def forms_of(locale: str) -> Forms:
    """The library's formats for a locale (see :data:`FORMS`)."""
    return FORMS[lang_of(locale)]


def babel_locale(locale: str) -> Locale:
    """The Babel ``Locale`` whose names (months, weekdays) the library uses for ``locale``.

    Every Indonesian locale uses ``id`` and every English one ``en``: the library's forms
    are per language, and the names do not differ between regions.
    """
    return _babel_locale(lang_of(locale))


@functools.lru_cache(maxsize=2)
def _babel_locale(lang: Lang) -> Locale:
    from babel import Locale  # noqa: PLC0415 (Babel loads on first use)

    return Locale.parse(lang)


def check_date(field: str, value: object) -> dt.date:
    """Return ``value`` if it is a plain ``datetime.date``; raise a clear error otherwise."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise PilkadaTypeError(
            field, value, f"got {type(value).__name__} {shown(value)}", "a datetime.date"
        )
    return value


def format_date(
    day: dt.date, *, format: DateWidth | str = "full", locale: str = DEFAULT_LOCALE
) -> str:
    """Format a date the way Indonesian documents write it.

    Args:
        day: The date (a ``datetime.date``; a ``datetime`` is refused, say which day you mean).
        format: A width (``"full"``, ``"long"``, ``"medium"``, ``"short"``), each the
            library's own pattern from :data:`FORMS`, or a date pattern in CLDR's letters
            such as ``"EEEE, d MMMM y"``, used as given.
        locale: ``"id_ID"`` (default) or an English locale.

    ======  ===========================  ===============================
    width   Indonesian                   English
    ======  ===========================  ===============================
    full    ``Jumat, 6 September 2024``  ``Friday, September 6, 2024``
    long    ``6 September 2024``         ``September 6, 2024``
    medium  ``6 Sep 2024``               ``Sep 6, 2024``
    short   ``06/09/24``                 ``9/6/24``
    ======  ===========================  ===============================

    >>> import datetime as dt
    >>> format_date(dt.date(2024, 9, 6))
    'Jumat, 6 September 2024'
    >>> format_date(dt.date(2024, 9, 6), format="long")
    '6 September 2024'
    >>> format_date(dt.date(2024, 9, 6), format="d/M/yyyy")
    '6/9/2024'
    """
    day = check_date("day", day)
    forms = forms_of(locale)
    if not isinstance(format, str) or not format:
        raise PilkadaValueError(
            "format",
            format,
            f"{format!r} is not a date format",
            f"one of {_WIDTHS} or a date pattern such as 'd MMMM y'",
        )
    return _babel_date(day, forms.dates.get(format, format), locale, field="format")


def _babel_date(day: dt.date, pattern: str, locale: str, *, field: str) -> str:
    """Babel fills our pattern with month and weekday names; a bad pattern is our error."""
    from babel.dates import format_date as babel_format_date  # noqa: PLC0415

    try:
        return babel_format_date(day, pattern, locale=babel_locale(locale))
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        # Babel's own error for a pattern with time fields (HH:mm) or unknown letters.
        raise PilkadaValueError(
            field,
            pattern,
            f"{pattern!r} is not a date pattern ({type(exc).__name__}: {exc})",
            "date fields only: d, M, y, E, with literals in single quotes",
        ) from None


def format_period(start: dt.date, end: dt.date, *, locale: str = DEFAULT_LOCALE) -> str:
    """Format an inclusive period of days, sharing the month and year where they are equal.

    The patterns are the library's own (:data:`FORMS`): months spelled out, and in
    Indonesian the dash without spaces (PUEBI).

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
    forms = forms_of(locale)
    if end < start:
        raise PilkadaValueError(
            "end",
            end,
            f"the period ends on {end.isoformat()}, before it starts on {start.isoformat()}",
            "end on or after the start (a one-day period has start == end)",
        )
    if start == end:
        return format_date(start, format="long", locale=locale)
    if start.year != end.year:
        differs = "y"
    elif start.month != end.month:
        differs = "M"
    else:
        differs = "d"
    first, second = forms.intervals[differs]
    return _babel_date(start, first, locale, field="start") + _babel_date(
        end, second, locale, field="end"
    )


def format_number(value: int, *, locale: str = DEFAULT_LOCALE) -> str:
    """A whole number with the locale's grouping: ``7.943`` in Indonesian, ``7,943`` in English.

    >>> format_number(22860), format_number(22860, locale="en")
    ('22.860', '22,860')
    >>> format_number(-1234567)
    '-1.234.567'
    """
    forms = forms_of(locale)
    if isinstance(value, bool) or not isinstance(value, int):
        raise PilkadaTypeError(
            "value", value, f"got {type(value).__name__} {shown(value)}", "an int"
        )
    if not -_NUMBER_LIMIT < value < _NUMBER_LIMIT:
        raise PilkadaValueError(
            "value", value, "the number is too large to print", "a whole number below 10**30"
        )
    return forms.digits(f"{value:,}")


def format_percent(
    value: Decimal | Fraction | int, *, decimals: int = 0, locale: str = DEFAULT_LOCALE
) -> str:
    """Format a share (``Decimal("0.795")`` is 79.5 %) as a percentage, rounding half-up.

    The pattern is the library's own: the number grouped as by :func:`format_number`, exactly
    ``decimals`` digits after the decimal mark, then ``%`` with no space.

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
    forms = forms_of(locale)
    if isinstance(value, bool) or not isinstance(value, (Decimal, Fraction, int)):
        raise PilkadaTypeError(
            "value",
            value,
            f"got {type(value).__name__} {shown(value)}",
            "an exact share: decimal.Decimal, fractions.Fraction or int",
        )
    if isinstance(value, Decimal) and not value.is_finite():
        raise PilkadaValueError("value", value, f"{value} is not a number", "a finite share")
    if isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 10:
        raise PilkadaValueError(
            "decimals", decimals, f"cannot show {shown(decimals)} decimals", "an int from 0 to 10"
        )
    share = Fraction(value)
    if abs(share) >= _NUMBER_LIMIT:
        raise PilkadaValueError(
            "value", value, "the share is too large to print", "a share below 10**28"
        )
    percent = round_half_up(share * 100, decimals)
    return forms.digits(format(percent, f",.{decimals}f")) + "%"


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
