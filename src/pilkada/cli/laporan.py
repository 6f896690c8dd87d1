"""``laporan``: whether a report to Bawaslu is on time, and the deadlines that follow."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pilkada.cli.common import (
    Output,
    citation,
    day_type,
    document,
    picked,
    plain,
    provisional,
    t,
)
from pilkada.cli.errors import options
from pilkada.cli.parser import About, Parser, command_parser
from pilkada.i18n import format_date
from pilkada.oversight import (
    CaseDeadline,
    DeadlineRule,
    Milestone,
    Reporter,
    ViolationCase,
    ViolationCategory,
    deadline_rules,
)

if TYPE_CHECKING:
    from pilkada.cli.parser import Subparsers

__all__ = ["ABOUT", "add_parser", "run"]

ABOUT = About(
    name="laporan",
    help="tenggat laporan ke Bawaslu / deadlines of a report to Bawaslu",
    description=(
        "Apakah laporan pelanggaran ke Bawaslu tepat waktu (7 hari sejak diketahui), dan "
        "tenggat yang menyusul.",
        "Whether a report of a violation to Bawaslu is on time (7 days after it became "
        "known), and the deadlines that follow.",
    ),
    examples=(
        "python -m pilkada laporan --diketahui 2024-11-20 --dilaporkan 2024-11-26 --jenis pidana",
        "python -m pilkada laporan --diketahui 2024-11-20 --dilaporkan 2024-11-28 --json",
    ),
    breach=("laporan terlambat", "the report is late"),
)


def add_parser(subparsers: Subparsers, lang: str) -> Parser:
    """The ``laporan`` parser: ``--diketahui``, ``--dilaporkan`` and ``--jenis``."""
    parser = command_parser(subparsers, ABOUT, lang)
    day = day_type(lang)
    parser.add_argument(
        "--diketahui",
        type=day,
        required=True,
        metavar="YYYY-MM-DD",
        help="the day the violation became known",
    )
    parser.add_argument(
        "--dilaporkan",
        type=day,
        required=True,
        metavar="YYYY-MM-DD",
        help="the day the report is (or was) filed",
    )
    parser.add_argument(
        "--jenis",
        choices=[c.name.lower() for c in ViolationCategory],
        help="the kind of violation, for the deadlines after Bawaslu's decision",
    )
    parser.set_defaults(run=run)
    return parser


@dataclass(frozen=True)
class _Report:
    """A report and what follows it, if it is registered on the day it is filed."""

    case: ViolationCase
    category: ViolationCategory | None
    due: CaseDeadline  # the reporting deadline
    later: list[CaseDeadline]  # the deadlines that follow registration
    following: list[DeadlineRule]  # for the kind of violation, the rules after the decision


def _report(args: argparse.Namespace) -> _Report:
    category = ViolationCategory[args.jenis.upper()] if args.jenis else None
    with options(known_on="--diketahui", start="--diketahui", filed_on="--dilaporkan"):
        case = ViolationCase.laporan(
            reporter=Reporter.PEMILIH,
            known_on=args.diketahui,
            filed_on=args.dilaporkan,
            category=category,
        )
        case.deadlines()  # the reporting deadline, counted from --diketahui
    # Assume the report is registered on the day it is filed, to show what follows.
    with options("--dilaporkan"):
        deadlines = case.register(args.dilaporkan).deadlines()
    following = [
        r
        for r in deadline_rules()
        if category is not None and r.path == category.path and r.anchor is not Milestone.DIREGISTER
    ]
    return _Report(
        case=case,
        category=category,
        due=next(d for d in deadlines if d.rule.code == "LAPOR"),
        later=[d for d in deadlines if d.rule.code != "LAPOR"],
        following=following,
    )


def run(args: argparse.Namespace) -> Output:
    """The verdict and what follows, as lines or a JSON document; status 1 when late."""
    lang: str = args.lang
    report = _report(args)
    on_time = report.case.on_time
    due = format_date(report.due.due, locale=lang)
    verdict = (
        t(lang, "tepat waktu", "on time")
        if on_time
        else t(lang, "terlambat: tidak akan diregister", "late: it will not be registered")
    )
    message = t(
        lang,
        f"Batas laporan: {due} (7 hari sejak diketahui). Laporan {verdict}.",
        f"Report due by {due} (7 days after it became known). The report is {verdict}.",
    )
    status = 0 if on_time else 1
    if args.json:
        return document(args, _json(report, message, args, lang)), status
    lines = [message]
    if on_time:
        lines.append(t(lang, "Jika diregister hari itu:", "If registered that day:"))
        lines += [
            f"  - {d.rule.describe(locale=lang)}: {_moment_text(d.due, lang)} [{d.rule.basis}]"
            + provisional(d.rule.certainty, lang)
            for d in report.later
        ]
        lines += [
            f"  - {r.describe(locale=lang)} [{r.basis}]" + provisional(r.certainty, lang)
            for r in report.following
        ]
    return lines, status


def _json(report: _Report, message: str, args: argparse.Namespace, lang: str) -> dict[str, Any]:
    return {
        "known_on": plain(args.diketahui),
        "filed_on": plain(args.dilaporkan),
        "kind": plain(report.category),
        **picked(report.due, "due"),
        "on_time": report.case.on_time,
        "message": message,
        "basis": citation(report.due.rule.basis),
        "certainty": plain(report.due.rule.certainty),
        "deadlines": [
            {
                "code": d.rule.code,
                "description": d.rule.describe(locale=lang),
                **picked(d, "due"),
                "basis": citation(d.rule.basis),
                "certainty": plain(d.rule.certainty),
            }
            for d in report.later
        ],
        "following": [
            {
                "code": r.code,
                "description": r.describe(locale=lang),
                "after": plain(r.anchor),
                **picked(r, "amount", "unit"),
                "basis": citation(r.basis),
                "certainty": plain(r.certainty),
            }
            for r in report.following
        ],
    }


def _moment_text(moment: dt.date, lang: str) -> str:
    if isinstance(moment, dt.datetime):
        return f"{format_date(moment.date(), locale=lang)} {moment:%H.%M}"
    return format_date(moment, locale=lang)
