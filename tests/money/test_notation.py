"""Amounts in figures: every refusal names the text, what went wrong and how to write it."""

from __future__ import annotations

import pytest

from pilkada import PilkadaParseError, PilkadaTypeError, Rupiah

EXAMPLES = {
    "id": "'Rp34.905.207.000,00', 'Rp34.905.207.000', 'Rp. 13.962.082.800,-' or 'Rp 2,5 juta'",
    "en": "'IDR 34,905,207,000.00', 'Rp34,905,207,000' or 'IDR 2.5 million'",
}


@pytest.mark.parametrize(
    ("text", "locale", "problem", "rule"),
    [
        ("abc", "id", "cannot read 'abc' as an amount", f"write it like {EXAMPLES['id']}"),
        ("Rp 1.500,000", "en", "cannot read 'Rp 1.500,000' as an amount",
         f"write it like {EXAMPLES['en']}"),
        ("-Rp -5", "id", "'-Rp -5' has two signs", "at most one '-'"),
        ("Rp 1,5", "id", "'Rp 1,5' has 1 digit(s) after the ','",
         "sen take exactly two digits (',50'); thousands are grouped with '.'"),
        ("IDR 1.505", "en", "'IDR 1.505' has 3 digit(s) after the '.'",
         "sen take exactly two digits (',50'); thousands are grouped with ','"),
        ("Rp 2,- juta", "id", "'Rp 2,- juta' has a dash for sen before a scale word",
         "write e.g. 'Rp2,5 juta'"),
        ("Rp 1,500 juta", "id", "'Rp 1,500 juta' has three digits after the ',' before a "
         "scale word", "that reads as thousands grouped with ','; write e.g. 'Rp1,5 juta'"),
        ("IDR 1.500 million", "en", "'IDR 1.500 million' has three digits after the '.' before "
         "a scale word", "that reads as thousands grouped with '.'; write e.g. 'Rp1,5 juta'"),
    ],
)  # fmt: skip
def test_figures_that_do_not_read_are_refused_with_the_reason(text, locale, problem, rule):
    with pytest.raises(PilkadaParseError) as info:
        Rupiah.parse(text, locale=locale)
    error = info.value
    assert (error.field, error.value, error.problem, error.rule) == ("text", text, problem, rule)


@pytest.mark.parametrize("text", [5, None, ["Rp1"]])
def test_figures_must_be_text(text):
    with pytest.raises(PilkadaTypeError) as info:
        Rupiah.parse(text)
    error = info.value
    assert (error.field, error.value, error.rule) == ("text", text, "a str")
    assert error.problem == f"got {type(text).__name__}"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Rp 2,5 M", "id", Rupiah(2_500_000_000)),
        ("Rp 1 T", "id", Rupiah(10**12)),
        ("Rp 3 rb", "id", Rupiah(3_000)),
        ("Rp 2,50 JUTA", "id", Rupiah(2_500_000)),
        ("IDR 1.25 Billion", "en", Rupiah(1_250_000_000)),
        ("−Rp 5,-", "id", Rupiah(-5)),  # a minus sign (U+2212)
        ("Rp −5", "id", Rupiah(-5)),
    ],
)
def test_scale_words_and_signs_read(text, locale, expected):
    assert Rupiah.parse(text, locale=locale) == expected
