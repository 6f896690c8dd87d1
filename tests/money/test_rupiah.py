"""Rupiah at its exact limits, and the errors naming field, value and rule."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal
from fractions import Fraction

import pytest

from pilkada import PilkadaParseError, PilkadaTypeError, PilkadaValueError, Rupiah

LARGEST = Rupiah("999999999999999999.99")


def named(info: pytest.ExceptionInfo[Exception]) -> tuple[object, object, object]:
    error = info.value
    return error.field, error.value, error.rule  # type: ignore[attr-defined]


# -- from_sen: below 10**18 rupiah, that is 10**20 sen -----------------------------------------


@pytest.mark.parametrize("sen", [10**20 - 1, -(10**20) + 1])
def test_from_sen_takes_the_largest_count(sen):
    amount = Rupiah.from_sen(sen)
    assert amount.sen == sen
    assert abs(amount) == LARGEST


@pytest.mark.parametrize("sen", [10**20, -(10**20), 10**40])
def test_from_sen_refuses_a_count_of_10_pow_20(sen):
    with pytest.raises(PilkadaValueError) as info:
        Rupiah.from_sen(sen)
    assert named(info) == ("sen", sen, "an amount below 10**18 rupiah")
    assert info.value.problem == "the number of sen is too large"


@pytest.mark.parametrize("sen", [1.5, "150", True, None, Decimal(150)])
def test_from_sen_takes_only_an_int(sen):
    with pytest.raises(PilkadaTypeError) as info:
        Rupiah.from_sen(sen)
    assert named(info) == ("sen", sen, "an int")
    assert info.value.problem == f"got {type(sen).__name__} {sen!r}"


def test_from_sen_and_sen_at_one_sen():
    assert Rupiah.from_sen(1) == Rupiah("0.01")
    assert Rupiah.from_sen(-1).sen == -1
    assert Rupiah.from_sen(0).amount.as_tuple() == Decimal("0.00").as_tuple()


# -- the limit of an amount, a product and a factor -------------------------------------------


@pytest.mark.parametrize("value", [10**18, -(10**18), Decimal("1E+18"), "1000000000000000000"])
def test_an_amount_of_10_pow_18_is_refused_naming_it(value):
    with pytest.raises(PilkadaValueError) as info:
        Rupiah(value)
    assert named(info) == ("amount", value, "an amount below 10**18 rupiah (a million triliun)")


@pytest.mark.parametrize(
    ("amount", "factor"),
    [
        (Rupiah(10**17), 10),  # exactly 10**18
        (Rupiah(-(10**17)), 10),
        (Rupiah(10**17), Decimal(10)),
        (Rupiah("0.01"), Decimal("1e20")),
        (Rupiah("0.01"), Decimal("99999999999999999999.5")),  # rounds half up to 10**18
        (LARGEST, Decimal("1e60")),  # far past the limit: refused before any rounding
    ],
)
def test_a_product_of_10_pow_18_is_refused_naming_the_factor(amount, factor):
    with pytest.raises(PilkadaValueError) as info:
        amount * factor
    assert named(info) == ("factor", factor, "a product below 10**18")
    assert info.value.problem.startswith("the product ")


def test_a_product_just_below_10_pow_18_is_kept():
    assert Rupiah(10**17 - 1) * 10 == Rupiah(10**18 - 10)
    assert Rupiah("0.01") * Decimal("99999999999999999999") == LARGEST
    below = Rupiah("0.01").multiply(Decimal("99999999999999999999.5"), rounding=ROUND_DOWN)
    assert below == LARGEST
    assert LARGEST * 1 == LARGEST
    assert LARGEST * -1 == -LARGEST


@pytest.mark.parametrize(
    ("amount", "factor", "expected"),
    [
        (Rupiah(0), Decimal("1e60"), Rupiah(0)),
        (Rupiah("0.01"), Decimal("1e-60"), Rupiah(0)),
        (Rupiah(10**9), Decimal("1e-60"), Rupiah(0)),
        (Rupiah(1), Decimal("9.9e-3"), Rupiah("0.01")),
        (Rupiah(0), Decimal("9.99e60"), Rupiah(0)),  # adjusted exponent 60: still usable
        (Rupiah(5), Decimal("0e-100"), Rupiah(0)),  # zero of any exponent is a factor
    ],
)
def test_factors_from_1e_minus_60_to_1e60_are_usable(amount, factor, expected):
    assert amount * factor == expected


@pytest.mark.parametrize(
    "factor",
    [Decimal("1e61"), Decimal("-1e61"), Decimal("1e-61"), Decimal("9.9e-61"), Decimal("NaN")],
)
def test_factors_beyond_1e60_are_refused_naming_the_bounds(factor):
    with pytest.raises(PilkadaValueError) as info:
        Rupiah(1).multiply(factor)
    assert info.value.field == "factor"
    assert info.value.value.compare_total(factor) == 0  # NaN is not equal to itself
    assert info.value.rule == "a finite factor between 1e-60 and 1e60"


@pytest.mark.parametrize("weight", [Decimal("1e61"), Decimal("1e-61"), Decimal("Infinity")])
def test_weights_beyond_1e60_are_refused_naming_the_bounds(weight):
    with pytest.raises(PilkadaValueError) as info:
        Rupiah(100).allocate(1, weight)
    assert named(info) == ("weights[1]", weight, "a finite weight between 1e-60 and 1e60")


def test_weights_at_1e60_and_1e_minus_60_are_usable():
    assert Rupiah(100).allocate(Decimal("1e60"), Decimal("1e60")) == (Rupiah(50), Rupiah(50))
    assert Rupiah(100).allocate(Decimal("1e-60"), 0) == (Rupiah(100), Rupiah(0))


# -- every other refusal names its field, value and rule --------------------------------------


@pytest.mark.parametrize(
    ("call", "error", "field", "value", "rule"),
    [
        (
            lambda: Rupiah(1).multiply(1.5),
            PilkadaTypeError,
            "factor",
            1.5,
            "an int or a decimal.Decimal (never a float)",
        ),
        (
            lambda: Rupiah(1).multiply(True),
            PilkadaTypeError,
            "factor",
            True,
            "an int or a decimal.Decimal (never a float)",
        ),
        (
            lambda: Rupiah(1).multiply(2, rounding="ROUND_SIDEWAYS"),
            PilkadaValueError,
            "rounding",
            "ROUND_SIDEWAYS",
            "a decimal.ROUND_* mode",
        ),
        (
            lambda: Rupiah(1).allocate(),
            PilkadaValueError,
            "weights",
            (),
            "one or more weights, e.g. allocate(40, 60)",
        ),
        (
            lambda: Rupiah(1).allocate(1, 0.5),
            PilkadaTypeError,
            "weights[1]",
            0.5,
            "an int, decimal.Decimal or fractions.Fraction (never a float)",
        ),
        (
            lambda: Rupiah(1).allocate(False),
            PilkadaTypeError,
            "weights[0]",
            False,
            "an int, decimal.Decimal or fractions.Fraction (never a float)",
        ),
        (
            lambda: Rupiah(1).allocate(1, Fraction(-1, 3)),
            PilkadaValueError,
            "weights[1]",
            Fraction(-1, 3),
            "weights >= 0",
        ),
        (
            lambda: Rupiah(1).allocate(0, Decimal(0)),
            PilkadaValueError,
            "weights",
            (0, Decimal(0)),
            "at least one positive weight",
        ),
        (
            lambda: Rupiah(None),
            PilkadaTypeError,
            "amount",
            None,
            "an int, a str such as '1500000.50' or a decimal.Decimal",
        ),
        (
            lambda: Rupiah(Decimal("Infinity")),
            PilkadaValueError,
            "amount",
            Decimal("Infinity"),
            "a finite amount",
        ),
        (
            lambda: Rupiah("0.99").format(sen=False),
            PilkadaValueError,
            "sen",
            False,
            "format with sen=True, or round the amount explicitly first",
        ),
    ],
)
def test_refusals_name_field_value_and_rule(call, error, field, value, rule):
    with pytest.raises(error) as info:
        call()
    assert named(info) == (field, value, rule)


def test_a_float_or_bool_amount_is_refused_with_the_reason():
    with pytest.raises(PilkadaTypeError) as info:
        Rupiah(0.5)
    assert named(info)[:2] == ("amount", 0.5)
    assert "binary floats cannot hold sen exactly" in info.value.rule
    assert info.value.problem == "got float 0.5"
    with pytest.raises(PilkadaTypeError) as info:
        Rupiah(True)
    assert named(info)[:2] == ("amount", True)
    assert "never built from a bool (a bool is not an amount)" in info.value.rule


def test_extra_precision_is_refused_naming_the_original_value():
    with pytest.raises(PilkadaValueError) as info:
        Rupiah(Decimal("1.005"))
    assert named(info)[:2] == ("amount", Decimal("1.005"))
    assert info.value.rule.startswith("Rupiah amounts are exact to the sen")
    with pytest.raises(PilkadaParseError) as parse:
        Rupiah("1.005")
    assert named(parse)[:2] == ("amount", "1.005")
    assert "use Rupiah.parse" in parse.value.rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Rp1.000.000.000.000.000.000", "below 10**18 rupiah"),
        ("Rp 1.000.000 kuadriliun", "below 10**18 rupiah"),
        ("Rp 1,000000001 juta", "two decimal places"),
    ],
)
def test_parse_refuses_what_no_amount_holds_naming_the_text(text, rule):
    with pytest.raises(PilkadaParseError) as info:
        Rupiah.parse(text)
    assert (info.value.field, info.value.value) == ("text", text)
    assert info.value.rule == (
        "an amount exact to the sen (two decimal places) and below 10**18 rupiah"
    )
    assert info.value.problem.startswith(f"cannot read {text!r}: ")


def test_the_words_and_the_figure_must_agree():
    text = "Rp 1.500.000,00 (satu juta rupiah)"
    with pytest.raises(PilkadaParseError) as info:
        Rupiah.parse(text)
    assert named(info) == ("text", text, "the figure and its terbilang must name the same amount")
    bad = "Rp 1.500.000,00 (satu juta lima ratus rebu rupiah)"
    with pytest.raises(PilkadaParseError) as info:
        Rupiah.parse(bad)
    assert named(info) == ("text", bad, "spell the amount as terbilang() does")
    assert info.value.problem.startswith(f"{bad!r}: the words do not read: ")


def test_rounding_modes_apply_once_to_the_exact_product():
    assert Rupiah("0.05").multiply(Decimal("0.5"), rounding=ROUND_HALF_EVEN) == Rupiah("0.02")
    assert Rupiah("0.15").multiply(Decimal("0.5"), rounding=ROUND_HALF_EVEN) == Rupiah("0.08")
    # every digit of both operands counts: the product is exact before the one rounding
    factor = Decimal("0.999999999999999999999999999999")
    assert LARGEST.multiply(factor, rounding=ROUND_DOWN) == Rupiah("999999999999999999.98")
    assert LARGEST * factor == LARGEST
