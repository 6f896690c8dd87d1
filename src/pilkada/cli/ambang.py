"""``ambang``: the nomination thresholds for parties and independent candidates."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from pilkada.candidacy import (
    IndependentSupport,
    NominationThreshold,
    independent_support_required,
    party_nomination_threshold,
)
from pilkada.cli.common import (
    Output,
    add_level,
    citation,
    count_type,
    day_type,
    document,
    level_of,
    picked,
    plain,
    t,
)
from pilkada.cli.errors import options
from pilkada.cli.parser import About, Parser, command_parser
from pilkada.law import Certainty

if TYPE_CHECKING:
    from pilkada.cli.parser import Subparsers

__all__ = ["ABOUT", "add_parser", "run"]

ABOUT = About(
    name="ambang",
    help="ambang batas pencalonan / nomination thresholds",
    description=(
        "Ambang batas pencalonan oleh partai politik atau gabungan partai, dan dukungan "
        "minimal calon perseorangan, menurut jumlah DPT.",
        "The nomination thresholds for parties and coalitions, and the support an independent "
        "candidate needs, by the size of the DPT.",
    ),
    examples=(
        "python -m pilkada ambang --tingkat provinsi --dpt 8214007",
        "python -m pilkada ambang --tingkat kabupaten --dpt 250000 --tanggal 2024-08-19",
    ),
)


def add_parser(subparsers: Subparsers, lang: str) -> Parser:
    """The ``ambang`` parser: ``--tingkat``, ``--dpt`` and ``--tanggal``."""
    parser = command_parser(subparsers, ABOUT, lang)
    add_level(parser)
    parser.add_argument("--dpt", type=count_type(lang), required=True, metavar="N", help="the DPT")
    parser.add_argument(
        "--tanggal", type=day_type(lang), metavar="YYYY-MM-DD", help="the day the rule applies to"
    )
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> Output:
    """Both thresholds, as two lines or a JSON document; always status 0."""
    lang: str = args.lang
    level = level_of(args)
    with options(level="--tingkat", dpt="--dpt", on="--tanggal"):
        party = party_nomination_threshold(level, args.dpt, on=args.tanggal)
        independent = independent_support_required(level, args.dpt, on=args.tanggal)
    if args.json:
        body = {
            "level": plain(level),
            "dpt": args.dpt,
            "date": plain(args.tanggal),
            "party": _party_json(party, lang),
            "independent": _independent_json(independent, lang),
        }
        return document(args, body), 0
    parties, independents = (
        t(lang, "Partai/gabungan", "Parties"),
        t(lang, "Perseorangan", "Independents"),
    )
    spread = ""
    if independent.spread_certainty is Certainty.PROVISIONAL:
        spread = t(lang, " (sebaran: sementara)", " (spread: provisional)")
    return [
        f"{parties}: {party.describe(locale=lang)} [{party.basis}]",
        f"{independents}: {independent.describe(locale=lang)}{spread} [{independent.basis}]",
    ], 0


def _party_json(party: NominationThreshold, lang: str) -> dict[str, Any]:
    return {
        **picked(party, "vote_share", "seat_share"),
        "description": party.describe(locale=lang),
        **picked(party, "effective"),
        "basis": citation(party.basis),
        **picked(party, "certainty"),
    }


def _independent_json(independent: IndependentSupport, lang: str) -> dict[str, Any]:
    return {
        **picked(independent, "share", "minimum", "spread_unit"),
        "description": independent.describe(locale=lang),
        **picked(independent, "effective"),
        "basis": citation(independent.basis),
        "certainty": plain(independent.certainty),
        "spread_basis": citation(independent.spread_basis),
        "spread_certainty": plain(independent.spread_certainty),
    }
