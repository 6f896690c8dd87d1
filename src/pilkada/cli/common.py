"""What every subcommand shares: the output language, option types, JSON values and tables.

The JSON values follow :mod:`pilkada.serialize`'s conventions, and are built through
:func:`pilkada.serialize.to_dict` wherever they hold a library object, so a document's
amounts, shares, dates and codes read back with :func:`pilkada.from_dict` like any other.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import textwrap
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

import pilkada
from pilkada.law import Certainty, LegalBasis
from pilkada.regions import RegionLevel
from pilkada.rules import Violation
from pilkada.schedule import Schedule, load_schedule
from pilkada.serialize import to_dict

__all__ = [
    "LANGS",
    "PROG",
    "Output",
    "add_level",
    "citation",
    "count_type",
    "day_type",
    "document",
    "level_of",
    "picked",
    "plain",
    "provisional",
    "schedule_from",
    "t",
    "table",
    "violation_json",
    "violation_line",
    "weight_type",
]

PROG = "python -m pilkada"
LANGS = ("id", "en")

#: What a subcommand returns: the lines for stdout, and the exit status (0 or 1).
Output = tuple[list[str], int]


def t(lang: str, text_id: str, text_en: str) -> str:
    """The text in the output language."""
    return text_id if lang == "id" else text_en


# -- option types: argparse reports their refusals as "argumen --OPTION: ..." ------------------


def day_type(lang: str) -> Callable[[str], dt.date]:
    """An ISO ``YYYY-MM-DD`` day."""

    def day(text: str) -> dt.date:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                t(
                    lang,
                    f"bukan tanggal ISO (YYYY-MM-DD): {text!r}",
                    f"not an ISO date (YYYY-MM-DD): {text!r}",
                )
            ) from None

    return day


def count_type(lang: str) -> Callable[[str], int]:
    """A whole number, 0 or more, in ASCII digits."""

    def count(text: str) -> int:
        if not (text.isascii() and text.isdigit()):
            raise argparse.ArgumentTypeError(
                t(
                    lang,
                    f"bukan bilangan bulat >= 0: {text!r}",
                    f"not a whole number >= 0: {text!r}",
                )
            )
        return int(text)

    return count


def weight_type(lang: str) -> Callable[[str], Decimal]:
    """A weight from 0 to 1e9, with a decimal point or comma (``40``, ``33,5``)."""

    def weight(text: str) -> Decimal:
        try:
            value = Decimal(text.replace(",", "."))
        except InvalidOperation:
            value = Decimal("NaN")
        if not value.is_finite() or value < 0 or (value and abs(value.adjusted()) > 9):
            raise argparse.ArgumentTypeError(
                t(
                    lang,
                    f"bobot harus bilangan dari 0 sampai 1e9 (misalnya 40), bukan {text!r}",
                    f"a weight must be a number from 0 to 1e9 (such as 40), got {text!r}",
                )
            )
        return value

    return weight


def add_level(parser: argparse.ArgumentParser) -> None:
    """``--tingkat``: provinsi, kabupaten or kota."""
    parser.add_argument(
        "--tingkat",
        choices=[level.name.lower() for level in RegionLevel],
        required=True,
        help="provinsi, kabupaten or kota",
    )


def level_of(args: argparse.Namespace) -> RegionLevel:
    """The region level of ``--tingkat``."""
    return RegionLevel[args.tingkat.upper()]


def schedule_from(path: str | None) -> Schedule:
    """The schedule of ``--file``, or the official 2024 one."""
    return pilkada.PILKADA_2024 if path is None else load_schedule(path)


# -- JSON values -------------------------------------------------------------------------------


def document(args: argparse.Namespace, body: dict[str, Any]) -> list[str]:
    """The JSON document: ``command`` and ``lang`` first, then the command's keys."""
    data = {"command": args.command, "lang": args.lang, **body}
    return [json.dumps(data, ensure_ascii=False, indent=2)]


def plain(value: object) -> Any:  # noqa: ANN401 - plain data, as json.loads gives
    """One value as the documents write it.

    A library object (an amount, an enum member, a region code) is
    :func:`~pilkada.serialize.to_dict`'s data; a day or a moment its ISO string, an exact
    share its fraction string, as ``to_dict`` writes them inside an object.

    >>> from pilkada import Certainty, Rupiah
    >>> plain(Rupiah(1500)), plain(Certainty.OFFICIAL), plain(Fraction(2, 5))
    ('1500.00', 'OFFICIAL', '2/5')
    >>> plain(dt.date(2024, 11, 27)), plain(None)
    ('2024-11-27', None)
    """
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Fraction):
        return str(value)
    return to_dict(value)


def picked(obj: object, *names: str) -> dict[str, Any]:
    """The fields ``names`` of ``to_dict(obj)``, in that order."""
    data = to_dict(obj)
    return {name: data[name] for name in names}


def citation(basis: LegalBasis | None) -> str | None:
    """A legal basis as its citation (``to_dict`` writes a table when it has a title)."""
    return str(basis) if basis is not None else None


def violation_json(violation: Violation, lang: str) -> dict[str, Any]:
    """A broken rule: ``rule``, ``key``, ``dates``, ``message``, ``basis``, ``certainty``."""
    return {
        **picked(violation, "rule", "key", "dates"),
        "message": violation.message(locale=lang),
        "basis": citation(violation.basis),
        "certainty": plain(violation.certainty),
    }


# -- text --------------------------------------------------------------------------------------


def violation_line(violation: Violation, lang: str) -> str:
    """A broken rule as a bullet, with its basis."""
    return f"  - {violation.message(locale=lang)} [{violation.basis}]" + provisional(
        violation.certainty, lang
    )


def provisional(certainty: Certainty, lang: str) -> str:
    """`` (aturan sementara)`` after a provisional rule, else nothing."""
    if certainty is not Certainty.PROVISIONAL:
        return ""
    return t(lang, " (aturan sementara)", " (provisional rule)")


def table(rows: Sequence[Sequence[str]], limits: tuple[int, ...]) -> list[str]:
    """Plain-text columns; a cell longer than its column's limit wraps onto more lines."""
    wrapped = [
        [
            textwrap.wrap(cell, width=limit, subsequent_indent="      ") or [""]
            for cell, limit in zip(row, limits, strict=True)
        ]
        for row in rows
    ]
    widths = [max(len(line) for row in wrapped for line in row[i]) for i in range(len(limits))]
    lines = []
    for row in wrapped:
        for n in range(max(len(cell) for cell in row)):
            parts = [
                (cell[n] if n < len(cell) else "").ljust(width)
                for cell, width in zip(row, widths, strict=True)
            ]
            lines.append("  ".join(parts).rstrip())
    return lines
