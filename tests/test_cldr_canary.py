"""Canary: the CLDR facts (through Babel) that pilkada relies on, and those it overrides.

The library owns every form it documents (``pilkada.i18n.FORMS``). From CLDR it takes only
the names of months and weekdays, filled in by Babel into the library's own patterns. If a
Babel update changes one of those names, a test in the first group fails here, naming the
fact, before any golden string elsewhere does.

The second group lists what CLDR says and the library deliberately does not follow; those
tests check that the library's output stays put whatever CLDR says, so a CLDR change there is
harmless by construction. Babel 2.19 (CLDR 47) is the release that changed two of them: IDR
lost its two currency digits and the Indonesian short date lost its padding.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import babel
import pytest
from babel import Locale
from babel.numbers import get_currency_precision

from pilkada import Rupiah, format_date, format_percent, format_period
from pilkada.i18n import FORMS

# -- relied on: names -------------------------------------------------------------------------

RELIED_ON = {
    "id": {
        "months": [
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
        ],
        "short months": [
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "Mei",
            "Jun",
            "Jul",
            "Agu",
            "Sep",
            "Okt",
            "Nov",
            "Des",
        ],
        # Monday first, as Babel numbers them.
        "weekdays": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    },
    "en": {
        "months": [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        "short months": [
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
        ],
        "weekdays": [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ],
    },
}


def _cldr_names(lang: str, kind: str) -> list[str]:
    locale = Locale.parse(lang)
    if kind == "weekdays":
        return [locale.days["format"]["wide"][i] for i in range(7)]
    width = "abbreviated" if kind == "short months" else "wide"
    return [locale.months["format"][width][i] for i in range(1, 13)]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("kind", ["months", "short months", "weekdays"])
def test_names_the_library_relies_on(lang, kind):
    expected = RELIED_ON[lang][kind]
    got = _cldr_names(lang, kind)
    assert got == expected, (
        f"CLDR changed the {lang!r} {kind} in Babel {babel.__version__}: {got} (pilkada "
        f"relies on {expected}). Every date pilkada prints in this language changes with it: "
        "check the new names against Indonesian usage (KBBI, PUEBI) before accepting them, "
        "and update the golden strings in tests/test_i18n.py."
    )


def test_babel_fills_the_pattern_letters_the_library_uses():
    # d, dd, M, MM, MMM, MMMM, y, yy and EEEE in our patterns mean what CLDR says they mean.
    day = dt.date(2024, 9, 6)
    got = format_date(day, format="d dd M MM MMM MMMM y yy EEEE")
    assert got == "6 06 9 09 Sep September 2024 24 Jumat", (
        f"Babel {babel.__version__} reads date pattern letters differently: {got!r}"
    )


# -- overridden: what CLDR says and the library does not follow -------------------------------


def test_idr_currency_digits_are_not_used():
    # CLDR <= 46 gave IDR 2 digits, CLDR 47 (Babel 2.19) gives 0; pilkada always shows the sen.
    cldr = get_currency_precision("IDR")
    assert cldr in (0, 2), f"IDR currency digits in CLDR are now {cldr}"
    assert Rupiah("1500001.50").format() == "Rp1.500.001,50"
    assert Rupiah("0.99").format(locale="en") == "IDR0.99"


def test_indonesian_full_date_is_not_padded():
    # CLDR: "EEEE, dd MMMM y" (Jumat, 06 September 2024); Indonesian prose does not pad.
    assert format_date(dt.date(2024, 9, 6)) == "Jumat, 6 September 2024"


def test_indonesian_short_date_stays_padded():
    # CLDR <= 46: dd/MM/yy; CLDR 47: d/M/yy. The library keeps dd/MM/yy.
    cldr = Locale.parse("id").date_formats["short"].pattern
    assert cldr in ("dd/MM/yy", "d/M/yy"), f"CLDR's Indonesian short date is now {cldr!r}"
    assert FORMS["id"].dates["short"] == "dd/MM/yy"
    assert format_date(dt.date(2024, 9, 6), format="short") == "06/09/24"


def test_periods_spell_the_month_out():
    # CLDR's interval (yMMMd) abbreviates months and, before CLDR 47, spaced the dash.
    assert format_period(dt.date(2024, 8, 27), dt.date(2024, 8, 29)) == "27–29 Agustus 2024"
    assert (
        format_period(dt.date(2024, 9, 25), dt.date(2024, 11, 23))
        == "25 September–23 November 2024"
    )


def test_percentages_round_half_up_not_half_even():
    # Babel's format_percent rounds half-to-even: 0.125 -> 12%. Official documents round up.
    assert format_percent(Decimal("0.125")) == "13%"


@pytest.mark.parametrize(("lang", "group", "decimal"), [("id", ".", ","), ("en", ",", ".")])
def test_digit_marks_are_the_librarys(lang, group, decimal):
    # CLDR agrees today; the library states its own so a CLDR change cannot move them.
    assert (FORMS[lang].group, FORMS[lang].decimal) == (group, decimal)
    assert Rupiah("1234567.89").format(locale=lang).endswith(f"1{group}234{group}567{decimal}89")
