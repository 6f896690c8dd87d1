"""Reading amounts written in figures, the Indonesian way and the English way.

:func:`read_figure` reads the figure and returns the exact (unchecked) amount and the
terbilang in parentheses, if any; :meth:`pilkada.Rupiah.parse` checks both.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Final, NamedTuple

from pilkada.errors import PilkadaParseError, PilkadaTypeError
from pilkada.i18n import DEFAULT_LOCALE, EXACT, lang_of

__all__ = ["Figure", "read_figure"]

NOTATION: Final = {
    "id": (
        ".",
        ",",
        {
            # Press abbreviations: rb, jt, M (miliar) and T (triliun); M and T only as
            # capitals, since a small "m" could be read as million.
            "ribu": Decimal(10**3),
            "rb": Decimal(10**3),
            "juta": Decimal(10**6),
            "jt": Decimal(10**6),
            "miliar": Decimal(10**9),
            "milyar": Decimal(10**9),
            "M": Decimal(10**9),
            "triliun": Decimal(10**12),
            "trilyun": Decimal(10**12),
            "T": Decimal(10**12),
            "kuadriliun": Decimal(10**15),
        },
    ),
    "en": (
        ",",
        ".",
        {
            "thousand": Decimal(10**3),
            "million": Decimal(10**6),
            "billion": Decimal(10**9),
            "trillion": Decimal(10**12),
        },
    ),
}
EXAMPLES: Final = {
    "id": "'Rp34.905.207.000,00', 'Rp34.905.207.000', 'Rp. 13.962.082.800,-' or 'Rp 2,5 juta'",
    "en": "'IDR 34,905,207,000.00', 'Rp34,905,207,000' or 'IDR 2.5 million'",
}


@functools.lru_cache(maxsize=2)
def parser(lang: str) -> re.Pattern[str]:
    group, decimal, scales = NOTATION[lang]
    g, d = re.escape(group), re.escape(decimal)
    words = sorted((w for w in scales if len(w) > 1), key=len, reverse=True)
    letters = "".join(w for w in scales if len(w) == 1)
    scale = "|".join(words) + (f"|(?-i:[{letters}])" if letters else "")
    return re.compile(
        rf"""\s*
        (?P<sign1>[-\u2212])?\s*
        (?:(?:rp\.?|idr)\s*)?
        (?P<sign2>[-\u2212])?\s*
        (?P<int>[1-9][0-9]{{0,2}}(?:{g}[0-9]{{3}})+|0|[1-9][0-9]*)
        (?:{d}(?P<frac>[0-9]+|--?))?
        (?:\s*(?P<scale>{scale}))?
        (?:\s*\((?P<words>[^()]*)\))?
        \s*""",
        re.IGNORECASE | re.VERBOSE,
    )


class Figure(NamedTuple):
    """An amount read from a figure: exact but not yet checked, and its words if given."""

    amount: Decimal
    words: str | None


def read_figure(text: str, *, locale: str = DEFAULT_LOCALE) -> Figure:
    """Read the figure of an amount (``Rp 2,5 juta``); the caller checks range and sen.

    >>> read_figure("Rp. 13.962.082.800,-")
    Figure(amount=Decimal('13962082800.00'), words=None)
    """
    if not isinstance(text, str):
        raise PilkadaTypeError("text", text, f"got {type(text).__name__}", "a str")
    lang = lang_of(locale)
    match = parser(lang).fullmatch(text)
    if match is None:
        raise PilkadaParseError(
            "text", text, f"cannot read {text!r} as an amount", f"write it like {EXAMPLES[lang]}"
        )
    if match["sign1"] and match["sign2"]:
        raise PilkadaParseError("text", text, f"{text!r} has two signs", "at most one '-'")
    group, decimal, scales = NOTATION[lang]
    digits = match["int"].replace(group, "")
    fraction = match["frac"]
    scale_word = match["scale"]
    if scale_word is not None:
        factor = scales.get(scale_word) or scales[scale_word.lower()]
        amount = _scaled(text, digits, fraction, factor, decimal=decimal)
    else:
        if fraction is not None and not fraction.startswith("-") and len(fraction) != 2:
            raise PilkadaParseError(
                "text",
                text,
                f"{text!r} has {len(fraction)} digit(s) after the {decimal!r}",
                f"sen take exactly two digits (',50'); thousands are grouped with {group!r}",
            )
        sen_digits = fraction if fraction and not fraction.startswith("-") else "00"
        amount = Decimal(digits + "." + sen_digits)
    if match["sign1"] or match["sign2"]:
        amount = EXACT.minus(amount)
    return Figure(amount, match["words"])


def _scaled(
    text: str, digits: str, fraction: str | None, factor: Decimal, *, decimal: str
) -> Decimal:
    """The amount of a figure with a scale word: ``2,5 juta``."""
    if fraction is not None and fraction.startswith("-"):
        raise PilkadaParseError(
            "text",
            text,
            f"{text!r} has a dash for sen before a scale word",
            "write e.g. 'Rp2,5 juta'",
        )
    if fraction is not None and len(fraction) == 3:
        raise PilkadaParseError(
            "text",
            text,
            f"{text!r} has three digits after the {decimal!r} before a scale word",
            f"that reads as thousands grouped with {decimal!r}; write e.g. 'Rp1,5 juta'",
        )
    number = Decimal(digits + "." + (fraction or "0"))
    return EXACT.multiply(number, factor)
