"""``sengketa``: whether a vote gap clears the Constitutional Court's Pasal 158 bar."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pilkada.calendar import Deadline
from pilkada.candidacy import DisputeCheck, check_dispute, dispute_filing_deadline
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
    violation_json,
    violation_line,
)
from pilkada.cli.errors import options
from pilkada.cli.parser import About, Parser, command_parser
from pilkada.rules import Violation

if TYPE_CHECKING:
    from pilkada.cli.parser import Subparsers

__all__ = ["ABOUT", "add_parser", "run"]

ABOUT = About(
    name="sengketa",
    help="ambang selisih suara sengketa di MK / the Pasal 158 dispute bar",
    description=(
        "Apakah selisih suara memenuhi ambang batas Pasal 158 UU 10/2016 untuk mengajukan "
        "sengketa hasil ke Mahkamah Konstitusi, dan batas pengajuannya.",
        "Whether a vote gap clears the Pasal 158 bar (UU 10/2016) for a dispute at the "
        "Constitutional Court, and the filing deadline.",
    ),
    examples=(
        "python -m pilkada sengketa --tingkat kabupaten --penduduk 410000 --suara-sah 120000 "
        "--selisih 1800",
        "python -m pilkada sengketa --tingkat kabupaten --penduduk 410000 --suara-sah 120000 "
        "--selisih 2500 --diumumkan 2024-12-06",
    ),
    breach=(
        "selisih melebihi ambang Pasal 158 (tidak memenuhi syarat)",
        "the gap is over the Pasal 158 bar (not admissible)",
    ),
)


def add_parser(subparsers: Subparsers, lang: str) -> Parser:
    """The ``sengketa`` parser: the level, population, valid votes, gap and announcement day."""
    parser = command_parser(subparsers, ABOUT, lang)
    count = count_type(lang)
    add_level(parser)
    parser.add_argument(
        "--penduduk", type=count, required=True, metavar="N", help="the region's population"
    )
    parser.add_argument(
        "--suara-sah", type=count, required=True, metavar="N", help="the total valid votes"
    )
    parser.add_argument(
        "--selisih", type=count, required=True, metavar="N", help="the gap to the winner"
    )
    parser.add_argument(
        "--diumumkan",
        type=day_type(lang),
        metavar="YYYY-MM-DD",
        help="the day KPU announced the result",
    )
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> Output:
    """The verdict as lines or a JSON document; status 1 when the gap is over the bar."""
    lang: str = args.lang
    with options(
        level="--tingkat", population="--penduduk", valid_votes="--suara-sah", gap="--selisih"
    ):
        check = check_dispute(level_of(args), args.penduduk, args.suara_sah, args.selisih)
    deadline = None
    if args.diumumkan is not None:
        with options("--diumumkan"):
            deadline = dispute_filing_deadline(args.diumumkan)
    findings = check.findings()
    status = 1 if findings else 0
    if args.json:
        body = _json(check, findings, deadline, args, lang)
        return document(args, body), status
    return _lines(check, findings, deadline, lang), status


def _json(
    check: DisputeCheck,
    findings: Sequence[Violation],
    deadline: Deadline | None,
    args: argparse.Namespace,
    lang: str,
) -> dict[str, Any]:
    return {
        **picked(check.threshold, "level"),
        "population": args.penduduk,
        "valid_votes": args.suara_sah,
        "gap": args.selisih,
        **picked(check.threshold, "share"),
        **picked(check, "max_gap"),
        "margin": check.margin,
        "within_bar": check.within_bar,
        "decided_by_rounding": check.decided_by_rounding,
        "summary": check.summary(locale=lang),
        "note": check.note(locale=lang),
        "basis": citation(check.threshold.basis),
        **picked(check.threshold, "certainty"),
        "announced_on": plain(args.diumumkan),
        "filing_deadline": plain(deadline.day) if deadline else None,
        "findings": [violation_json(v, lang) for v in findings],
    }


def _lines(
    check: DisputeCheck, findings: Sequence[Violation], deadline: Deadline | None, lang: str
) -> list[str]:
    lines = [check.summary(locale=lang)]
    lines += [violation_line(v, lang) for v in findings]
    if check.decided_by_rounding:
        lines.append(
            t(
                lang,
                "  Hasilnya bergantung pada pembulatan batas, yang bersifat sementara.",
                "  The result turns on how the limit is rounded, which is provisional.",
            )
        )
    if not findings:
        lines.append(f"  {check.note(locale=lang)}")
    label = t(lang, "Batas pengajuan permohonan", "Filing deadline")
    if deadline is not None:
        lines.append(f"{label}: {deadline.format(locale=lang)}")
    else:
        lines.append(
            t(
                lang,
                f"{label}: dihitung dari hari KPU mengumumkan hasil; berikan --diumumkan TANGGAL.",
                f"{label}: counted from the day KPU announced the result; give --diumumkan DATE.",
            )
        )
    return lines
