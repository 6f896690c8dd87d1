from __future__ import annotations

import decimal
import itertools
from decimal import ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from fractions import Fraction

import attrs
import babel.numbers
import pytest
from babel.numbers import format_currency
from hypothesis import given
from hypothesis import strategies as st

from pilkada import PilkadaError, PilkadaParseError, PilkadaTypeError, PilkadaValueError, Rupiah
from tests.strategies import non_negative_rupiahs, rupiahs, weight_lists, whole_rupiahs

# -- construction ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (34_905_207_000, "34905207000.00"),
        ("34905207000", "34905207000.00"),
        ("1500000.5", "1500000.50"),
        ("-12.34", "-12.34"),
        (Decimal("1.500"), "1.50"),  # the value has sen precision, whatever its exponent
        (Decimal("1E+3"), "1000.00"),
        (Decimal("-0"), "0.00"),  # no negative zero
        ("-0.00", "0.00"),
        (Rupiah(7), "7.00"),
    ],
)
def test_construction_is_exact(value, expected):
    amount = Rupiah(value)
    assert repr(amount) == f"Rupiah('{expected}')"
    assert amount.amount == Decimal(expected)


@pytest.mark.parametrize("value", [0.1, 1.0, 1e9, True, False])
def test_float_and_bool_are_refused(value):
    with pytest.raises(PilkadaTypeError) as info:
        Rupiah(value)
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, PilkadaError)
    assert info.value.field == "amount"
    assert info.value.value is value
    assert "never built from a" in str(info.value)


@pytest.mark.parametrize("value", [None, [1], Fraction(1, 2), b"1"])
def test_other_types_are_refused(value):
    with pytest.raises(PilkadaTypeError, match="amount: got"):
        Rupiah(value)


@pytest.mark.parametrize(
    "value",
    ["1.500", "10.005", "1,50", "Rp1.500", "1e6", " 1", "1_000", "", "+", "1.", ".5", "٣"],
)
def test_strings_other_than_plain_decimals_are_refused(value):
    with pytest.raises(PilkadaParseError) as info:
        Rupiah(value)
    assert isinstance(info.value, ValueError)
    assert "Rupiah.parse" in str(info.value)


@pytest.mark.parametrize(
    "value", [Decimal("0.001"), Decimal("1.005"), Decimal("NaN"), Decimal("Infinity")]
)
def test_decimals_beyond_sen_or_not_finite_are_refused(value):
    with pytest.raises(PilkadaValueError):
        Rupiah(value)


def test_more_than_two_places_is_an_error_not_a_rounding():
    with pytest.raises(PilkadaValueError, match="more than two decimal places"):
        Rupiah(Decimal("0.005"))


@pytest.mark.parametrize("value", [10**18, -(10**18), "1000000000000000000", Decimal("1E+18")])
def test_amounts_beyond_the_limit_are_refused(value):
    with pytest.raises(PilkadaValueError, match="too large"):
        Rupiah(value)


def test_largest_amount_is_accepted():
    assert Rupiah("999999999999999999.99").sen == 10**20 - 1


def test_rupiah_is_frozen_slotted_and_hashable():
    amount = Rupiah(5)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        amount.amount = Decimal(6)  # type: ignore[misc]
    assert not hasattr(amount, "__dict__")
    assert {Rupiah(1), Rupiah("1.00"), Rupiah(Decimal("1.000"))} == {Rupiah(1)}


def test_from_sen_and_sen_are_inverse():
    assert Rupiah.from_sen(150) == Rupiah("1.50")
    assert Rupiah("-1.50").sen == -150
    with pytest.raises(PilkadaTypeError):
        Rupiah.from_sen(1.5)  # type: ignore[arg-type]
    with pytest.raises(PilkadaValueError):
        Rupiah.from_sen(10**80)


# -- arithmetic --------------------------------------------------------------------------------


def test_arithmetic_is_exact():
    a, b = Rupiah("0.10"), Rupiah("0.20")
    assert a + b == Rupiah("0.30")
    assert b - a == Rupiah("0.10")
    assert a - b == Rupiah("-0.10")
    assert -a == Rupiah("-0.10")
    assert +a is a
    assert abs(Rupiah("-0.10")) == a
    assert sum([a, b, a]) == Rupiah("0.40")
    assert sum([], Rupiah(0)) == Rupiah(0)
    assert a * 3 == 3 * a == Rupiah("0.30")
    assert not Rupiah(0)
    assert Rupiah("0.01")


def test_comparison():
    assert Rupiah(1) < Rupiah(2) <= Rupiah(2) < Rupiah("2.01")
    assert max(Rupiah(3), Rupiah(-4)) == Rupiah(3)
    assert Rupiah(1) != 1
    with pytest.raises(TypeError):
        _ = Rupiah(1) < 2  # type: ignore[operator]


@pytest.mark.parametrize(
    "operation",
    [
        lambda: Rupiah(1) + 1,
        lambda: 1 + Rupiah(1),
        lambda: Rupiah(1) - 1,
        lambda: Rupiah(1) + Decimal(1),
        lambda: Rupiah(1) * 1.5,
        lambda: Rupiah(1) * True,
        lambda: Rupiah(1) * Rupiah(1),
        lambda: Rupiah(1) / 2,
    ],
)
def test_mixing_money_with_plain_numbers_is_refused(operation):
    with pytest.raises(TypeError):
        operation()


@pytest.mark.parametrize(
    ("amount", "factor", "expected"),
    [
        ("0.05", Decimal("0.5"), "0.03"),  # half a sen rounds up ...
        ("-0.05", Decimal("0.5"), "-0.03"),  # ... away from zero
        ("0.07", Decimal("0.5"), "0.04"),
        ("34905207000", Decimal("0.4"), "13962082800.00"),
        ("100", Decimal("0.333"), "33.30"),
        ("1", 0, "0.00"),
    ],
)
def test_multiplication_rounds_half_up_to_the_sen(amount, factor, expected):
    assert Rupiah(amount) * factor == Rupiah(expected)


def test_multiply_takes_an_explicit_rounding():
    amount = Rupiah("0.05")
    assert amount.multiply(Decimal("0.5"), rounding=ROUND_DOWN) == Rupiah("0.02")
    assert amount.multiply(Decimal("0.5"), rounding=ROUND_HALF_EVEN) == Rupiah("0.02")
    assert (-amount).multiply(Decimal("0.5"), rounding=ROUND_FLOOR) == Rupiah("-0.03")
    with pytest.raises(PilkadaValueError, match="rounding"):
        amount.multiply(2, rounding="sometimes")
    with pytest.raises(PilkadaTypeError):
        amount.multiply(0.5)  # type: ignore[arg-type]
    with pytest.raises(PilkadaValueError):
        amount.multiply(Decimal("NaN"))
    with pytest.raises(PilkadaValueError, match="too large"):
        Rupiah(10**17).multiply(100)


def test_multiply_with_a_very_precise_factor_stays_exact():
    factor = Decimal("0." + "3" * 50)
    assert Rupiah(300).multiply(factor) == Rupiah(100)


def test_format_under_a_tiny_decimal_context_is_exact():
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.traps[decimal.Inexact] = True
        assert Rupiah("123456789.12").format() == "Rp123.456.789,12"
        assert Rupiah("-123456789.12").format(locale="en_IN") == "-IDR123,456,789.12"


def test_format_never_asks_babel_for_the_currency_pattern(monkeypatch):
    # The pattern is the library's own: Babel's currency data is never consulted, so a CLDR
    # update (IDR with 0 digits in Babel 2.19) cannot change an amount.
    def refuse(*args, **kwargs):
        raise AssertionError("Rupiah.format called Babel")

    for name in ("format_currency", "get_currency_precision", "get_currency_symbol"):
        monkeypatch.setattr(babel.numbers, name, refuse)
    assert Rupiah("1500001.50").format() == "Rp1.500.001,50"
    assert Rupiah("1500001.50").format(locale="en") == "IDR1,500,001.50"


@pytest.mark.parametrize("weight", [Decimal("1e100000000"), Decimal("1e-100"), Decimal("1e61")])
def test_weights_of_absurd_magnitude_are_refused_quickly(weight):
    with pytest.raises(PilkadaValueError, match="usable weight"):
        Rupiah(100).allocate(weight, 1)


def test_factors_of_absurd_magnitude_are_refused_quickly():
    with pytest.raises(PilkadaValueError, match="usable factor"):
        Rupiah(1).multiply(Decimal("1e-999999999"))
    assert Rupiah(1).multiply(Decimal(0)) == Rupiah(0)


def test_huge_sen_counts_are_refused_with_a_pilkada_error():
    with pytest.raises(PilkadaValueError, match="too large"):
        Rupiah.from_sen(10**5000)


@given(rupiahs, rupiahs, st.integers(min_value=-1000, max_value=1000))
def test_results_ignore_the_callers_decimal_context(a, b, n):
    def compute():
        try:
            return (a + b, a - b, -a, a.multiply(Decimal("0.5")), a.allocate(1, 2), a.format())
        except PilkadaValueError as exc:  # a result beyond the limit is refused either way
            return str(exc)

    expected = compute()
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = ROUND_DOWN
        ctx.traps[decimal.Inexact] = True
        got = compute()
    assert got == expected
    if abs(n) > 0 and abs(a.sen * n) < 10**20:
        assert (a * n).sen == a.sen * n


# -- allocation --------------------------------------------------------------------------------


def test_seed_split_of_the_blora_grant():
    assert Rupiah(34_905_207_000).allocate(40, 60) == (
        Rupiah(13_962_082_800),
        Rupiah(20_943_124_200),
    )


@pytest.mark.parametrize(
    ("amount", "weights", "expected"),
    [
        ("100", (1, 1, 1), ("33.34", "33.33", "33.33")),
        ("0.05", (1, 1), ("0.03", "0.02")),  # ties go to the earlier part
        ("0.05", (1, 2), ("0.02", "0.03")),
        ("-0.05", (1, 1), ("-0.03", "-0.02")),
        ("10", (0, 1), ("0.00", "10.00")),
        ("0.01", (1, 1, 1), ("0.01", "0.00", "0.00")),
        ("1", (Decimal("0.4"), Decimal("0.6")), ("0.40", "0.60")),
        ("1", (Fraction(1, 3), Fraction(2, 3)), ("0.33", "0.67")),
        ("1000", (40,), ("1000.00",)),
    ],
)
def test_allocation_examples(amount, weights, expected):
    assert Rupiah(amount).allocate(*weights) == tuple(Rupiah(e) for e in expected)


@pytest.mark.parametrize(
    ("weights", "error", "field"),
    [
        ((), PilkadaValueError, "weights"),
        ((0, 0), PilkadaValueError, "weights"),
        ((1, -1), PilkadaValueError, "weights[1]"),
        ((0.4, 0.6), PilkadaTypeError, "weights[0]"),
        ((1, True), PilkadaTypeError, "weights[1]"),
        ((1, Decimal("NaN")), PilkadaValueError, "weights[1]"),
        (("40",), PilkadaTypeError, "weights[0]"),
    ],
)
def test_allocation_refuses_bad_weights(weights, error, field):
    with pytest.raises(error) as info:
        Rupiah(100).allocate(*weights)
    assert info.value.field == field


@given(rupiahs, weight_lists())
def test_allocation_conserves_the_total_and_stays_within_a_sen(amount, weights):
    parts = amount.allocate(*weights)
    assert len(parts) == len(weights)
    assert sum(parts, Rupiah(0)) == amount
    total_weight = sum(Fraction(w) for w in weights)
    for weight, part in zip(weights, parts, strict=True):
        exact_share = Fraction(amount.sen) * Fraction(weight) / total_weight
        assert abs(part.sen - exact_share) < 1
        if weight == 0:
            assert part == Rupiah(0)


@given(non_negative_rupiahs, weight_lists())
def test_allocation_is_monotone_in_the_weights(amount, weights):
    parts = amount.allocate(*weights)
    order = sorted(range(len(weights)), key=lambda i: Fraction(weights[i]))
    for smaller, larger in itertools.pairwise(order):
        if Fraction(weights[smaller]) < Fraction(weights[larger]):
            assert parts[smaller] <= parts[larger]


# -- parsing -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp 34.905.207.000,00", "34905207000"),
        ("Rp34.905.207.000", "34905207000"),
        ("Rp. 13.962.082.800,-", "13962082800"),
        ("Rp. 13.962.082.800,--", "13962082800"),
        ("34.905.207.000,00", "34905207000"),
        ("Rp 20.943.124.200", "20943124200"),
        ("Rp34.905.207.000,00", "34905207000"),
        ("Rp\xa034.905.207.000,00", "34905207000"),
        ("RP 1.500.000,50", "1500000.50"),
        ("IDR 1.500.000", "1500000"),
        ("rp1500000", "1500000"),
        ("Rp 1.500", "1500"),
        ("Rp0,05", "0.05"),
        ("-Rp5,00", "-5"),
        ("Rp -5,00", "-5"),
        ("\u2212Rp5", "-5"),
        ("  Rp 2,5 juta ", "2500000"),
        ("Rp2,5 Juta", "2500000"),
        ("Rp 34,57 triliun", "34570000000000"),
        ("Rp 1,2 miliar", "1200000000"),
        ("Rp 1,2 milyar", "1200000000"),
        ("Rp 900 ribu", "900000"),
        ("Rp 1.234,5678 juta", "1234567800"),
        ("Rp 0,00000001 miliar", "10"),
        ("Rp 1,5 M", "1500000000"),
        ("Rp1M", "1000000000"),
        ("Rp 2 jt", "2000000"),
        ("Rp 10 rb", "10000"),
        ("Rp 34,9 T", "34900000000000"),
        ("Rp 1 trilyun", "1000000000000"),
        ("Rp 2 kuadriliun", "2000000000000000"),
        ("Rp 0", "0"),
        ("Rp 1.500.000,00 (satu juta lima ratus ribu rupiah)", "1500000"),
        ("Rp1.500.000,- (Satu Juta Lima Ratus Ribu Rupiah)", "1500000"),
        ("Rp 2,5 juta (dua juta lima ratus ribu rupiah)", "2500000"),
    ],
)
def test_parse_reads_indonesian_notation(text, expected):
    assert Rupiah.parse(text) == Rupiah(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Rp 1,500,000",  # English grouping
        "Rp 1.50",  # English decimal point
        "Rp 1,500",  # three digits after the decimal comma: English grouping or a typo
        "Rp 1,5",  # sen take two digits
        "Rp 1.500.000.00",
        "Rp 1.5000",
        "Rp 15.00.000",
        "Rp 1.500,000",
        "Rp",
        "",
        "Rp 2,5",
        "Rp 2,-5",
        "Rp 2,5 juta rupiah",
        "Rp 2,- juta",
        "Rp 1,234567 ribu",  # 1 234,567 rupiah: a fraction of a sen
        "Rp 0,000001 ribu",
        "--Rp5",
        "-Rp -5",
        "Rp 5 -",
        "USD 5",
        "Rp 1.000.000.000.000.000.000",  # beyond the limit
        "Rp ٣",  # not an ASCII digit
        "Rp 34.905.207.000,00.",
        "Rp 01.000",  # leading zeros
        "Rp 000.000",
        "Rp 0034",
        "Rp 1,500 juta",  # three digits before a scale word: thousands or decimals?
        "Rp 1,5 m",  # a small m could be million
        "Rp 1.500.000 (satu juta rupiah)",  # figure and words disagree
        "Rp 1.500.000 (satu ribu rupiah)",  # words not canonical
        "Rp 1.500.000 (",
    ],
)
def test_parse_refuses_what_could_be_misread(text):
    with pytest.raises(PilkadaParseError) as info:
        Rupiah.parse(text)
    assert info.value.value == text
    assert repr(text) in str(info.value)


def test_parse_refuses_non_text():
    with pytest.raises(PilkadaTypeError):
        Rupiah.parse(1500)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IDR 34,905,207,000.00", "34905207000"),
        ("Rp1,500,000", "1500000"),
        ("IDR 2.5 million", "2500000"),
        ("IDR 34.57 trillion", "34570000000000"),
    ],
)
def test_parse_reads_english_notation_when_asked(text, expected):
    assert Rupiah.parse(text, locale="en") == Rupiah(expected)


@pytest.mark.parametrize("text", ["IDR 1.500.000", "Rp1,500,000.5", "Rp 2,5 juta", "IDR 1,50"])
def test_parse_in_english_refuses_indonesian_or_sloppy_notation(text):
    with pytest.raises(PilkadaParseError):
        Rupiah.parse(text, locale="en")


LOCALES = ["id_ID", "id", "en", "en_US", "en_GB", "en_IN"]


@given(rupiahs, st.sampled_from(LOCALES))
def test_parse_format_round_trip(amount, locale):
    assert Rupiah.parse(amount.format(locale=locale), locale=locale) == amount


@given(whole_rupiahs, st.sampled_from(LOCALES))
def test_parse_format_round_trip_without_sen(amount, locale):
    assert Rupiah.parse(amount.format(sen=False, locale=locale), locale=locale) == amount


@given(rupiahs, st.sampled_from(LOCALES))
def test_no_formatted_amount_differs_from_the_exact_amount(amount, locale):
    # Read the digits back without the parser: every sen of the amount is in the text.
    text = amount.format(locale=locale)
    group, decimal_mark = (".", ",") if locale.startswith("id") else (",", ".")
    body = text.removeprefix("-").removeprefix("Rp").removeprefix("IDR")
    whole, sen = body.split(decimal_mark)
    assert len(sen) == 2
    digits = int(whole.replace(group, "") + sen)
    assert (-digits if text.startswith("-") else digits) == amount.sen


# -- formatting --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "sen", "locale", "expected"),
    [
        ("34905207000", True, "id_ID", "Rp34.905.207.000,00"),
        ("34905207000", False, "id_ID", "Rp34.905.207.000"),
        ("-1500000.5", True, "id_ID", "-Rp1.500.000,50"),
        ("0", True, "id_ID", "Rp0,00"),
        ("0.01", True, "id", "Rp0,01"),
        ("999", False, "id_ID", "Rp999"),
        ("1000", False, "id_ID", "Rp1.000"),
        ("34905207000", True, "en", "IDR34,905,207,000.00"),
        ("-5", True, "en_US", "-IDR5.00"),
        ("1500001.50", True, "id_ID", "Rp1.500.001,50"),
        ("0.99", True, "id_ID", "Rp0,99"),
        ("33.33", True, "id_ID", "Rp33,33"),
        ("-0.01", True, "id_ID", "-Rp0,01"),
        ("999999999999999999.99", True, "id_ID", "Rp999.999.999.999.999.999,99"),
        ("1500000.50", True, "en_GB", "IDR1,500,000.50"),
        ("1500000.50", True, "en_IN", "IDR1,500,000.50"),
        ("-1000000", False, "en", "-IDR1,000,000"),
    ],
)
def test_format(amount, sen, locale, expected):
    assert Rupiah(amount).format(sen=sen, locale=locale) == expected


def test_str_is_the_formatted_amount():
    assert str(Rupiah(34_905_207_000)) == "Rp34.905.207.000,00"
    assert f"{Rupiah('1.5')}" == "Rp1,50"


def test_format_without_sen_refuses_to_round_them_away():
    with pytest.raises(PilkadaValueError, match="round"):
        Rupiah("1.50").format(sen=False)


def test_format_refuses_unknown_locales():
    with pytest.raises(PilkadaValueError, match="locale"):
        Rupiah(1).format(locale="fr_FR")


@given(rupiahs, st.sampled_from(["id_ID", "en"]))
def test_format_is_babel_with_the_explicit_two_decimal_pattern(amount, locale):
    # Babel given the pattern explicitly (not CLDR's currency digits) agrees with us.
    expected = format_currency(
        amount.amount, "IDR", locale=locale, format="¤#,##0.00", currency_digits=False
    )
    assert amount.format(locale=locale) == expected


@given(whole_rupiahs, st.sampled_from(["id_ID", "en"]))
def test_format_without_sen_is_babel_with_the_explicit_whole_pattern(amount, locale):
    expected = format_currency(
        amount.amount, "IDR", locale=locale, format="¤#,##0", currency_digits=False
    )
    assert amount.format(sen=False, locale=locale) == expected


# -- terbilang ---------------------------------------------------------------------------------

WORDS = [
    (0, "nol rupiah"),
    (1, "satu rupiah"),
    (10, "sepuluh rupiah"),
    (11, "sebelas rupiah"),
    (12, "dua belas rupiah"),
    (19, "sembilan belas rupiah"),
    (20, "dua puluh rupiah"),
    (21, "dua puluh satu rupiah"),
    (99, "sembilan puluh sembilan rupiah"),
    (100, "seratus rupiah"),
    (101, "seratus satu rupiah"),
    (110, "seratus sepuluh rupiah"),
    (111, "seratus sebelas rupiah"),
    (115, "seratus lima belas rupiah"),
    (200, "dua ratus rupiah"),
    (999, "sembilan ratus sembilan puluh sembilan rupiah"),
    (1000, "seribu rupiah"),
    (1001, "seribu satu rupiah"),
    (1100, "seribu seratus rupiah"),
    (2000, "dua ribu rupiah"),
    (10_000, "sepuluh ribu rupiah"),
    (11_000, "sebelas ribu rupiah"),
    (100_000, "seratus ribu rupiah"),
    (101_000, "seratus satu ribu rupiah"),
    (111_111, "seratus sebelas ribu seratus sebelas rupiah"),
    (1_000_000, "satu juta rupiah"),
    (1_001_000, "satu juta seribu rupiah"),
    (1_000_001, "satu juta satu rupiah"),
    (2_500_000, "dua juta lima ratus ribu rupiah"),
    (10**9, "satu miliar rupiah"),
    (10**9 + 1000, "satu miliar seribu rupiah"),
    (10**12, "satu triliun rupiah"),
    (10**15, "satu kuadriliun rupiah"),
    (
        34_905_207_000,
        "tiga puluh empat miliar sembilan ratus lima juta dua ratus tujuh ribu rupiah",
    ),
    (
        13_962_082_800,
        "tiga belas miliar sembilan ratus enam puluh dua juta delapan puluh dua ribu "
        "delapan ratus rupiah",
    ),
    (
        20_943_124_200,
        "dua puluh miliar sembilan ratus empat puluh tiga juta seratus dua puluh empat ribu "
        "dua ratus rupiah",
    ),
    (Decimal("0.50"), "lima puluh sen"),
    (Decimal("1.01"), "satu rupiah satu sen"),
    (Decimal("1000.11"), "seribu rupiah sebelas sen"),
    (-1_001_000, "minus satu juta seribu rupiah"),
    (Decimal("-0.01"), "minus satu sen"),
]


@pytest.mark.parametrize(("amount", "words"), WORDS)
def test_terbilang(amount, words):
    assert Rupiah(amount).terbilang() == words
    assert Rupiah.from_terbilang(words) == Rupiah(amount)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Satu Juta Seribu Rupiah", 1_001_000),
        ("(seribu   rupiah)", 1000),
        ("  SERATUS RUPIAH  ", 100),
    ],
)
def test_from_terbilang_ignores_case_spaces_and_parentheses(text, expected):
    assert Rupiah.from_terbilang(text) == Rupiah(expected)


@pytest.mark.parametrize(
    "text",
    [
        "satu ribu rupiah",  # seribu
        "satu juta satu ribu rupiah",  # num2words' error
        "sejuta rupiah",
        "satu ratus rupiah",
        "sepuluh satu rupiah",
        "dua dua rupiah",
        "belas rupiah",
        "puluh rupiah",
        "juta rupiah",
        "dua ribu seribu rupiah",
        "satu milyar rupiah",
        "seribu",
        "rupiah",
        "",
        "seribu rupiah lebih",
        "seratus sen",
        "seribu rupiah dua sen rupiah",
        "nol rupiah lima puluh sen",
        "satu rupiah nol sen",
        "lima rupiah dan lima puluh sen",
    ],
)
def test_from_terbilang_refuses_misspelt_amounts(text):
    with pytest.raises(PilkadaParseError):
        Rupiah.from_terbilang(text)


@given(rupiahs)
def test_terbilang_round_trip(amount):
    words = amount.terbilang()
    assert Rupiah.from_terbilang(words) == amount
    tokens = words.split()
    for before, word, after in zip(["^", *tokens[:-1]], tokens, [*tokens[1:], "$"], strict=True):
        if word == "satu":
            assert after not in ("ratus", "puluh", "belas")
            if after == "ribu":  # 1 000 is "seribu"; "satu ribu" only ends a group (21 000)
                assert before in ("puluh", "ratus", "seratus")
