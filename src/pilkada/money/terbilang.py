"""Amounts in Indonesian words (*terbilang*), both ways.

>>> spell(100_100_000)
'satu juta seribu rupiah'
>>> read_words("Satu Juta Seribu Rupiah")
100100000
"""

from __future__ import annotations

from typing import Final

from pilkada.errors import PilkadaParseError, PilkadaTypeError

__all__ = ["check_spelling", "read_words", "spell", "words"]

_ONES: Final = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_SCALES: Final = (
    (10**15, "kuadriliun"),
    (10**12, "triliun"),
    (10**9, "miliar"),
    (10**6, "juta"),
    (10**3, "ribu"),
)


def _below_thousand(n: int) -> str:
    """Words for 1 <= n <= 999."""
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds == 1:
        parts.append("seratus")
    elif hundreds:
        parts.append(f"{_ONES[hundreds]} ratus")
    tens, ones = divmod(rest, 10)
    if rest == 10:
        parts.append("sepuluh")
    elif rest == 11:
        parts.append("sebelas")
    elif tens == 1:
        parts.append(f"{_ONES[ones]} belas")
    else:
        if tens:
            parts.append(f"{_ONES[tens]} puluh")
        if ones:
            parts.append(_ONES[ones])
    return " ".join(parts)


def words(n: int) -> str:
    """Indonesian words for 0 <= n < 10**18.

    num2words writes 1 001 000 as "satu juta satu ribu"; Indonesian says "satu juta seribu":
    "se-" replaces "satu" before ribu only when the whole thousands group is one. The rule is
    small enough to write here rather than wrap a library that gets it wrong.
    """
    if n == 0:
        return "nol"
    parts = []
    for value, name in _SCALES:
        group, n = divmod(n, value)
        if group == 1 and name == "ribu":
            parts.append("seribu")
        elif group:
            parts.append(f"{_below_thousand(group)} {name}")
    if n:
        parts.append(_below_thousand(n))
    return " ".join(parts)


_UNITS: Final = {"nol": 0} | {word: value for value, word in enumerate(_ONES) if word}
_SE: Final = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
#: Words that follow a digit: "dua belas" is 2 * 1 + 10, "dua puluh" 2 * 10, "dua ratus" 2 * 100.
_AFTER_DIGIT: Final = {"belas": (1, 10), "puluh": (10, 0), "ratus": (100, 0)}
_SCALE_WORDS: Final = {word: value for value, word in _SCALES}


def _number(words: list[str], text: str) -> int:
    """Read number words leniently; the caller checks the result re-spells to the input."""

    def fail(why: str) -> PilkadaParseError:
        return PilkadaParseError(
            "text", text, f"cannot read {text!r}: {why}", "spell the amount as terbilang() does"
        )

    if not words:
        raise fail("no number before 'rupiah' or 'sen'")
    total = group = 0
    digit: int | None = None
    for word in words:
        if word in _UNITS:
            if digit is not None:
                raise fail(f"two digits in a row at {word!r}")
            digit = _UNITS[word]
        elif word in _SE:
            group += _SE[word]
        elif word == "seribu":
            if group or digit is not None:
                raise fail("'seribu' after another number")
            total += 1000
        elif word in _AFTER_DIGIT:
            if digit is None:
                raise fail(f"{word!r} without a digit")
            multiplier, offset = _AFTER_DIGIT[word]
            group += digit * multiplier + offset
            digit = None
        elif word in _SCALE_WORDS:
            group += digit or 0
            if not group:
                raise fail(f"{word!r} without a number")
            total += group * _SCALE_WORDS[word]
            group, digit = 0, None
        else:
            raise fail(f"unknown word {word!r}")
    return total + group + (digit or 0)


def _normal(text: str) -> str:
    """The words in lower case, single-spaced, without surrounding parentheses."""
    normal = " ".join(text.lower().split())
    if normal.startswith("(") and normal.endswith(")"):
        normal = " ".join(normal[1:-1].split())
    return normal


def spell(sen: int) -> str:
    """The terbilang of a signed whole number of sen: ``'seribu rupiah lima puluh sen'``."""
    rupiah, cents = divmod(abs(sen), 100)
    parts = []
    if rupiah or not cents:
        parts.append(f"{words(rupiah)} rupiah")
    if cents:
        parts.append(f"{words(cents)} sen")
    text = " ".join(parts)
    return f"minus {text}" if sen < 0 else text


def read_words(text: str) -> int:
    """Read an amount in Indonesian words as a signed whole number of sen.

    The words must be spelled as :func:`spell` spells them; case, extra spaces and surrounding
    parentheses are ignored.
    """
    if not isinstance(text, str):
        raise PilkadaTypeError("text", text, f"got {type(text).__name__}", "a str")
    normal = _normal(text)
    tokens = normal.split(" ")
    negative = tokens[:1] == ["minus"]
    if negative:
        tokens = tokens[1:]
    rupiah = cents = 0
    if "rupiah" in tokens:
        cut = tokens.index("rupiah")
        rupiah = _number(tokens[:cut], text)
        tokens = tokens[cut + 1 :]
    if tokens and tokens[-1] == "sen":
        cents = _number(tokens[:-1], text)
        tokens = []
    if tokens or cents > 99:
        raise PilkadaParseError(
            "text",
            text,
            f"cannot read {text!r} as an amount in words",
            "write it like 'seribu lima ratus rupiah' or '... rupiah lima puluh sen'",
        )
    return (rupiah * 100 + cents) * (-1 if negative else 1)


def check_spelling(text: str, sen: int) -> None:
    """Refuse words that are not the canonical spelling of ``sen``."""
    normal = _normal(text)
    if spell(sen) != normal:
        raise PilkadaParseError(
            "text",
            text,
            f"{text!r} is not spelled as Indonesian amounts are",
            f"the canonical spelling of the amount is {spell(sen)!r}",
        )
