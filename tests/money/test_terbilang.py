"""Amounts in words: every refusal names the text, what went wrong and how to write it."""

from __future__ import annotations

import pytest

from pilkada import PilkadaParseError, PilkadaTypeError, Rupiah

SPELL = "spell the amount as terbilang() does"
WRITE = "write it like 'seribu lima ratus rupiah' or '... rupiah lima puluh sen'"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("rupiah", "no number before 'rupiah' or 'sen'"),
        ("seribu rupiah sen", "no number before 'rupiah' or 'sen'"),
        ("satu dua rupiah", "two digits in a row at 'dua'"),
        ("satu seribu rupiah", "'seribu' after another number"),  # a digit before it
        ("seratus seribu rupiah", "'seribu' after another number"),  # a group before it
        ("belas rupiah", "'belas' without a digit"),
        ("juta rupiah", "'juta' without a number"),
        ("satu juta rupiah lima sen sen", "unknown word 'sen'"),
        ("(seribu rupiah", "unknown word '(seribu'"),  # only a pair of parentheses is dropped
        ("seribu rupiah (", "cannot read"),
    ],
)
def test_words_that_do_not_read_are_refused_with_the_reason(text, why):
    with pytest.raises(PilkadaParseError) as info:
        Rupiah.from_terbilang(text)
    error = info.value
    assert (error.field, error.value) == ("text", text)
    if why == "cannot read":
        assert (error.problem, error.rule) == (f"cannot read {text!r} as an amount in words", WRITE)
    else:
        assert (error.problem, error.rule) == (f"cannot read {text!r}: {why}", SPELL)


@pytest.mark.parametrize(
    "text", ["seribu rupiah lebih", "seratus sen", "lima ratus rupiah seratus sen", "seribu"]
)
def test_left_over_words_or_a_hundred_sen_are_refused(text):
    with pytest.raises(PilkadaParseError) as info:
        Rupiah.from_terbilang(text)
    error = info.value
    assert (error.field, error.value, error.rule) == ("text", text, WRITE)
    assert error.problem == f"cannot read {text!r} as an amount in words"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sembilan puluh sembilan sen", Rupiah("0.99")),  # the most sen there are
        ("minus seribu rupiah satu sen", Rupiah("-1000.01")),
        ("( seribu rupiah )", Rupiah(1000)),
        ("nol rupiah", Rupiah(0)),
    ],
)
def test_words_at_the_edges_read(text, expected):
    assert Rupiah.from_terbilang(text) == expected


def test_a_misspelt_amount_names_its_canonical_spelling():
    with pytest.raises(PilkadaParseError) as info:
        Rupiah.from_terbilang("satu ribu rupiah")
    error = info.value
    assert (error.field, error.value) == ("text", "satu ribu rupiah")
    assert error.problem == "'satu ribu rupiah' is not spelled as Indonesian amounts are"
    assert error.rule == "the canonical spelling of the amount is 'seribu rupiah'"


@pytest.mark.parametrize("text", [5, None, b"seribu rupiah"])
def test_words_must_be_text(text):
    with pytest.raises(PilkadaTypeError) as info:
        Rupiah.from_terbilang(text)
    error = info.value
    assert (error.field, error.value, error.rule) == ("text", text, "a str")
    assert error.problem == f"got {type(text).__name__}"
