from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal
from fractions import Fraction

import pytest
from babel.dates import format_date as babel_format_date
from hypothesis import given
from hypothesis import strategies as st

from pilkada import PilkadaTypeError, PilkadaValueError, format_date, format_percent, format_period
from pilkada.i18n import FORMS
from tests.strategies import dates

HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]

# -- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "kwargs", "expected"),
    [
        (dt.date(2024, 11, 27), {}, "Rabu, 27 November 2024"),
        (dt.date(2024, 9, 6), {}, "Jumat, 6 September 2024"),
        (dt.date(2024, 2, 14), {}, "Rabu, 14 Februari 2024"),
        (dt.date(2024, 9, 6), {"format": "long"}, "6 September 2024"),
        (dt.date(2024, 9, 6), {"format": "medium"}, "6 Sep 2024"),
        (dt.date(2024, 9, 6), {"format": "short"}, "06/09/24"),
        (dt.date(2024, 9, 6), {"format": "EEEE"}, "Jumat"),
        (dt.date(2024, 9, 6), {"format": "dd MMMM y"}, "06 September 2024"),
        (dt.date(2024, 9, 6), {"locale": "en"}, "Friday, September 6, 2024"),
        (dt.date(2024, 9, 6), {"format": "long", "locale": "en"}, "September 6, 2024"),
        (dt.date(2024, 9, 6), {"format": "medium", "locale": "en"}, "Sep 6, 2024"),
        (dt.date(2024, 9, 6), {"format": "short", "locale": "en"}, "9/6/24"),
        (dt.date(2024, 12, 31), {"format": "short"}, "31/12/24"),
        # Every English locale takes the library's English forms.
        (dt.date(2024, 9, 6), {"locale": "en_GB"}, "Friday, September 6, 2024"),
        (dt.date(2024, 8, 17), {"format": "medium"}, "17 Agu 2024"),
        (dt.date(2024, 9, 6), {"locale": "id"}, "Jumat, 6 September 2024"),
    ],
)
def test_format_date(day, kwargs, expected):
    assert format_date(day, **kwargs) == expected


@pytest.mark.parametrize("width", ["full", "long", "medium", "short"])
def test_widths_are_the_librarys_own_patterns(width):
    # The pattern comes from FORMS, not CLDR: Babel's own default may differ (CLDR 47's
    # Indonesian short date is d/M/yy; ours stays dd/MM/yy).
    day = dt.date(2024, 9, 6)
    for lang in ("id", "en"):
        expected = babel_format_date(day, FORMS[lang].dates[width], locale=lang)
        assert format_date(day, format=width, locale=lang) == expected


@pytest.mark.parametrize("pattern", ["HH:mm", "a", "B", "d MMMM y QQQQQQ"])
def test_a_pattern_babel_cannot_fill_is_our_error(pattern):
    with pytest.raises(PilkadaValueError) as info:
        format_date(dt.date(2024, 9, 6), format=pattern)
    assert info.value.field == "format"
    assert info.value.value == pattern
    assert "date fields" in info.value.rule


@pytest.mark.parametrize("value", [dt.datetime(2024, 11, 27, 7, 0), "2024-11-27", 20241127, None])
def test_format_date_refuses_what_is_not_a_date(value):
    with pytest.raises(PilkadaTypeError) as info:
        format_date(value)
    assert info.value.field == "day"


@pytest.mark.parametrize("locale", ["fr_FR", "jv", "xx_YY"])
def test_unsupported_locales_are_refused(locale):
    with pytest.raises(PilkadaValueError, match="locale"):
        format_date(dt.date(2024, 1, 1), locale=locale)


def test_empty_format_is_refused():
    with pytest.raises(PilkadaValueError, match="format"):
        format_date(dt.date(2024, 1, 1), format="")


@given(dates)
def test_formatted_weekday_and_month_match_the_date(day):
    text = format_date(day)
    assert text == f"{HARI[day.weekday()]}, {day.day} {BULAN[day.month - 1]} {day.year}"


@given(dates)
def test_english_weekday_matches_the_date(day):
    assert format_date(day, locale="en").startswith(day.strftime("%A") + ", ")


# -- periods -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "locale", "expected"),
    [
        (dt.date(2024, 9, 25), dt.date(2024, 11, 23), "id_ID", "25 September–23 November 2024"),
        (dt.date(2024, 8, 27), dt.date(2024, 8, 29), "id_ID", "27–29 Agustus 2024"),
        (dt.date(2024, 11, 27), dt.date(2024, 11, 27), "id_ID", "27 November 2024"),
        (dt.date(2024, 12, 30), dt.date(2025, 1, 2), "id_ID", "30 Desember 2024–2 Januari 2025"),
        (dt.date(2024, 6, 24), dt.date(2024, 7, 24), "id", "24 Juni–24 Juli 2024"),
        (dt.date(2024, 8, 27), dt.date(2024, 8, 29), "en", "August 27\u2009–\u200929, 2024"),
        (
            dt.date(2024, 9, 25),
            dt.date(2024, 11, 23),
            "en",
            "September 25\u2009–\u2009November 23, 2024",
        ),
        (
            dt.date(2024, 12, 30),
            dt.date(2025, 1, 2),
            "en",
            "December 30, 2024\u2009–\u2009January 2, 2025",
        ),
        (dt.date(2024, 11, 27), dt.date(2024, 11, 27), "en", "November 27, 2024"),
    ],
)
def test_format_period(start, end, locale, expected):
    assert format_period(start, end, locale=locale) == expected


def test_period_ending_before_it_starts_is_refused():
    with pytest.raises(PilkadaValueError) as info:
        format_period(dt.date(2024, 11, 23), dt.date(2024, 9, 25))
    assert info.value.field == "end"
    assert "2024-09-25" in str(info.value)


@given(dates, dates)
def test_period_names_both_ends(a, b):
    start, end = min(a, b), max(a, b)
    text = format_period(start, end)
    assert text.endswith(f"{end.day} {BULAN[end.month - 1]} {end.year}")
    assert text.startswith(f"{start.day}")
    assert str(start.year) in text
    if start.year != end.year:
        assert f"{start.day} {BULAN[start.month - 1]} {start.year}–" in text
    assert " " not in text.split("–")[0][-1:]  # no space before the dash (PUEBI)


# -- percentages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "locale", "expected"),
    [
        (Decimal("0.795"), 2, "id_ID", "79,50%"),
        (Decimal("0.83"), 0, "id_ID", "83%"),
        (Decimal("0.835"), 0, "id_ID", "84%"),
        (Decimal("0.825"), 0, "id_ID", "83%"),  # half-up, where Babel's half-even gives 82%
        (Decimal("0.79495"), 2, "id_ID", "79,50%"),
        (Decimal("0.79494"), 2, "id_ID", "79,49%"),
        (Decimal("-0.005"), 0, "id_ID", "-1%"),
        (Decimal("-0.004"), 0, "id_ID", "0%"),
        (Decimal("12.345"), 1, "id_ID", "1.234,5%"),
        (Fraction(2, 3), 2, "id_ID", "66,67%"),
        (1, 0, "id_ID", "100%"),
        (0, 2, "id_ID", "0,00%"),
        (Decimal("0.795"), 2, "en", "79.50%"),
    ],
)
def test_format_percent(value, decimals, locale, expected):
    assert format_percent(value, decimals=decimals, locale=locale) == expected


@pytest.mark.parametrize("value", [0.795, True, "0.795", None])
def test_format_percent_refuses_inexact_values(value):
    with pytest.raises(PilkadaTypeError):
        format_percent(value)


@pytest.mark.parametrize("decimals", [-1, 11, 1.5, True])
def test_format_percent_refuses_bad_decimals(decimals):
    with pytest.raises(PilkadaValueError):
        format_percent(Decimal(1), decimals=decimals)


def test_format_percent_refuses_nan():
    with pytest.raises(PilkadaValueError):
        format_percent(Decimal("NaN"))


def test_format_percent_ignores_the_callers_decimal_context():
    with decimal.localcontext() as ctx:
        ctx.prec = 2
        ctx.rounding = decimal.ROUND_DOWN
        assert format_percent(Decimal("0.795"), decimals=2) == "79,50%"


@given(st.fractions(min_value=-10, max_value=10, max_denominator=10**6), st.integers(0, 4))
def test_format_percent_rounds_half_up(value, decimals):
    text = format_percent(value, decimals=decimals)
    number = Decimal(text.rstrip("%").replace(".", "").replace(",", "."))
    exact = value * 100
    assert abs(Fraction(number) - exact) <= Fraction(1, 2 * 10**decimals)
    halfway = Fraction(1, 2 * 10**decimals)
    if abs(abs(Fraction(number) - exact) - halfway) == 0:
        assert abs(Fraction(number)) > abs(exact)  # ties away from zero
    if decimals:
        assert len(text.rstrip("%").split(",")[1]) == decimals
