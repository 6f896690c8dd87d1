"""``tanggal``: a date, or an inclusive period of two dates, the Indonesian way."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from pilkada.cli.common import Output, day_type, document, plain
from pilkada.cli.errors import options
from pilkada.cli.parser import About, Parser, command_parser
from pilkada.i18n import format_date, format_period

if TYPE_CHECKING:
    from pilkada.cli.parser import Subparsers

__all__ = ["ABOUT", "add_parser", "run"]

ABOUT = About(
    name="tanggal",
    help="format tanggal atau periode / format a date or a period",
    description=(
        "Tampilkan tanggal, atau periode dua tanggal (inklusif), dengan format Indonesia.",
        "Show a date, or an inclusive period of two dates, the Indonesian way.",
    ),
    examples=(
        "python -m pilkada tanggal 2024-11-27",
        "python -m pilkada tanggal 2024-09-25 2024-11-23 --lang en",
    ),
)


def add_parser(subparsers: Subparsers, lang: str) -> Parser:
    """The ``tanggal`` parser: ``start`` and an optional ``end``."""
    parser = command_parser(subparsers, ABOUT, lang)
    day = day_type(lang)
    parser.add_argument("start", type=day, help="ISO date, e.g. 2024-11-27")
    parser.add_argument("end", type=day, nargs="?", help="end of a period (inclusive)")
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> Output:
    """The date or period, as a line or a JSON document; always status 0."""
    lang: str = args.lang
    start: dt.date = args.start
    end: dt.date | None = args.end
    if end is None:
        text = format_date(start, locale=lang)
    else:
        with options(start="start", end="end"):
            text = format_period(start, end, locale=lang)
    if args.json:
        body = {
            "start": plain(start),
            "end": plain(end),
            "days": (end - start).days + 1 if end else 1,
            "text": text,
        }
        return document(args, body), 0
    return [text], 0
