"""``rupiah``: read an amount as documents write it, format it, spell it out, split it."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from pilkada.cli.common import Output, document, plain, weight_type
from pilkada.cli.errors import options
from pilkada.cli.parser import About, Parser, command_parser
from pilkada.i18n import format_percent
from pilkada.money import Rupiah

if TYPE_CHECKING:
    from pilkada.cli.parser import Subparsers

__all__ = ["ABOUT", "add_parser", "run"]

ABOUT = About(
    name="rupiah",
    help="baca, format, eja dan bagi Rupiah / read, format, spell out, split Rupiah",
    description=(
        "Baca jumlah Rupiah seperti ditulis dalam dokumen, tampilkan dengan format dan "
        "terbilang, dan bagi menurut bobot (tahap NPHD: --split 40 60).",
        "Read a Rupiah amount as documents write it, show it formatted and in words, and "
        "split it by weights (the NPHD tranches: --split 40 60).",
    ),
    examples=(
        'python -m pilkada rupiah "Rp34.905.207.000,00" --split 40 60',
        'python -m pilkada rupiah "IDR 2,500,000.00" --lang en',
    ),
)

_LABELS = {
    "id": {"amount": "Jumlah", "words": "Terbilang", "part": "Bagian", "total": "Total bagian"},
    "en": {
        "amount": "Amount",
        "words": "In words (terbilang)",
        "part": "Part",
        "total": "Sum of parts",
    },
}


def add_parser(subparsers: Subparsers, lang: str) -> Parser:
    """The ``rupiah`` parser: the amount and ``--split``."""
    parser = command_parser(subparsers, ABOUT, lang)
    parser.add_argument("amount", help='the amount, e.g. "Rp34.905.207.000,00" or "Rp2,5 juta"')
    parser.add_argument(
        "--split",
        nargs="+",
        type=weight_type(lang),
        metavar="WEIGHT",
        help="split by these weights (largest remainder, conserving every sen), e.g. 40 60",
    )
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> Output:
    """The amount, in words, and its parts, as lines or a JSON document; always status 0."""
    lang: str = args.lang
    with options("amount"):
        amount = Rupiah.parse(args.amount, locale=lang)
    weights: list[Decimal] = args.split or []
    with options("--split"):
        parts = amount.allocate(*weights) if weights else []
    total_weight = sum((Fraction(w) for w in weights), Fraction(0))
    shares = [Fraction(w) / total_weight for w in weights] if weights else []
    if args.json:
        body = {
            "input": args.amount,
            "amount": plain(amount),
            "formatted": amount.format(locale=lang),
            "terbilang": amount.terbilang(),
            "parts": [
                _part_json(number, weight, share, part, lang)
                for number, (weight, share, part) in enumerate(
                    zip(weights, shares, parts, strict=True), start=1
                )
            ],
            "total": plain(sum(parts, Rupiah(0))) if parts else None,
        }
        return document(args, body), 0
    return _lines(amount, shares, parts, lang), 0


def _part_json(
    number: int, weight: Decimal, share: Fraction, part: Rupiah, lang: str
) -> dict[str, Any]:
    return {
        "number": number,
        "weight": format(weight, "f"),
        "share": plain(share),
        "amount": plain(part),
        "formatted": part.format(locale=lang),
        "terbilang": part.terbilang(),
    }


def _lines(
    amount: Rupiah, shares: Sequence[Fraction], parts: Sequence[Rupiah], lang: str
) -> list[str]:
    labels = _LABELS[lang]
    lines = [
        f"{labels['amount']}: {amount.format(locale=lang)}",
        f"{labels['words']}: {amount.terbilang()}",
    ]
    for number, (share_value, part) in enumerate(zip(shares, parts, strict=True), start=1):
        decimals = 0 if (share_value * 100).denominator == 1 else 2
        share = format_percent(share_value, decimals=decimals, locale=lang)
        lines.append(f"{labels['part']} {number} ({share}): {part.format(locale=lang)}")
        lines.append(f"  {labels['words']}: {part.terbilang()}")
    if parts:
        lines.append(f"{labels['total']}: {sum(parts, Rupiah(0)).format(locale=lang)}")
    return lines
