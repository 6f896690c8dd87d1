"""Command-line interface: ``python -m pilkada`` (or the ``pilkada`` script).

Subcommands:

* ``rupiah``: read an amount as Indonesian documents write it, show it formatted and in
  words, and optionally split it by weights (the NPHD tranches: ``--split 40 60``).
* ``tanggal``: show a date, or a period of two dates, the Indonesian way.

Output is Indonesian by default; ``--lang en`` switches to English. Exit status: 0 on
success, 2 on bad input (the message names what was wrong).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from pilkada import __version__
from pilkada.errors import PilkadaError
from pilkada.i18n import format_date, format_percent, format_period
from pilkada.money import Rupiah

__all__ = ["main"]

_EPILOG = """\
contoh / examples:
  python -m pilkada rupiah "Rp34.905.207.000,00" --split 40 60
  python -m pilkada tanggal 2024-11-27
  python -m pilkada tanggal 2024-09-25 2024-11-23 --lang en
"""

_LABELS = {
    "id": {
        "amount": "Jumlah",
        "words": "Terbilang",
        "part": "Bagian",
        "total": "Total bagian",
    },
    "en": {
        "amount": "Amount",
        "words": "In words (terbilang)",
        "part": "Part",
        "total": "Sum of parts",
    },
}


def _weight(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"a weight must be a number >= 0, got {text!r}")
    return value


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pilkada",
        description=(
            "Aturan Pilkada (pemilihan kepala daerah) Indonesia: uang Rupiah yang tepat dan "
            "format tanggal Indonesia. / Rules of Indonesian regional elections: exact Rupiah "
            "and Indonesian date formatting."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"pilkada {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    rupiah = commands.add_parser(
        "rupiah",
        help="baca, format, eja (terbilang) dan bagi jumlah Rupiah / read, format, split Rupiah",
        epilog='example: python -m pilkada rupiah "Rp34.905.207.000,00" --split 40 60',
    )
    rupiah.add_argument("amount", help='the amount, e.g. "Rp34.905.207.000,00" or "Rp2,5 juta"')
    rupiah.add_argument(
        "--split",
        nargs="+",
        type=_weight,
        metavar="WEIGHT",
        help="split by these weights (largest remainder, conserving every sen), e.g. 40 60",
    )
    _add_lang(rupiah)

    tanggal = commands.add_parser(
        "tanggal",
        help="format tanggal atau periode / format a date or a period",
        epilog="example: python -m pilkada tanggal 2024-08-27 2024-08-29",
    )
    tanggal.add_argument("start", type=_day, help="ISO date, e.g. 2024-11-27")
    tanggal.add_argument("end", type=_day, nargs="?", help="end of a period (inclusive)")
    _add_lang(tanggal)
    return parser


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("id", "en"),
        default="id",
        help="language of the output (default: id, Indonesian)",
    )


def _rupiah(args: argparse.Namespace) -> list[str]:
    lang: str = args.lang
    labels = _LABELS[lang]
    amount = Rupiah.parse(args.amount)
    lines = [
        f"{labels['amount']}: {amount.format(locale=lang)}",
        f"{labels['words']}: {amount.terbilang()}",
    ]
    if args.split:
        weights: list[Decimal] = args.split
        total_weight = sum(weights, Decimal(0))
        parts = amount.allocate(*weights)
        for number, (weight, part) in enumerate(zip(weights, parts, strict=True), start=1):
            share_value = Fraction(weight) / Fraction(total_weight)
            decimals = 0 if (share_value * 100).denominator == 1 else 2
            share = format_percent(share_value, decimals=decimals, locale=lang)
            lines.append(f"{labels['part']} {number} ({share}): {part.format(locale=lang)}")
            lines.append(f"  {labels['words']}: {part.terbilang()}")
        lines.append(f"{labels['total']}: {sum(parts, Rupiah(0)).format(locale=lang)}")
    return lines


def _tanggal(args: argparse.Namespace) -> list[str]:
    if args.end is None:
        return [format_date(args.start, locale=args.lang)]
    return [format_period(args.start, args.end, locale=args.lang)]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        lines = _rupiah(args) if args.command == "rupiah" else _tanggal(args)
    except PilkadaError as exc:
        parser.exit(2, f"{parser.prog}: error: {exc}\n")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
