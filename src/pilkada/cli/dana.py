"""``dana``: a campaign account (CSV or JSON) summed up, its deadlines and its findings."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from pilkada.cli.common import (
    Output,
    citation,
    day_type,
    document,
    plain,
    provisional,
    schedule_from,
    t,
    table,
)
from pilkada.cli.errors import options, reading
from pilkada.cli.parser import About, Parser, command_parser
from pilkada.dana import DanaKampanye, TemuanDana, read_dana_csv, read_dana_json
from pilkada.i18n import format_date
from pilkada.money import Rupiah

if TYPE_CHECKING:
    from pilkada.cli.parser import Subparsers

__all__ = ["ABOUT", "add_parser", "run"]

ABOUT = About(
    name="dana",
    help="dana kampanye: batas sumbangan dan laporan / campaign finance: caps and reports",
    description=(
        "Ringkasan rekening dana kampanye (CSV atau JSON), tenggat LADK, LPSDK dan LPPDK, dan "
        "temuan: sumbangan di atas batas (Rp75.000.000 perseorangan, Rp750.000.000 badan "
        "hukum swasta), sumbangan terlarang, laporan terlambat.",
        "A campaign account (CSV or JSON) summed up, the LADK, LPSDK and LPPDK deadlines, and "
        "findings: donations over the caps (Rp75,000,000 individual, Rp750,000,000 private "
        "legal entity), prohibited donations, late reports.",
    ),
    examples=(
        'python -m pilkada dana dana.csv --pasangan "Paslon 1"',
        "python -m pilkada dana dana.json --tanggal 2024-11-30 --json --lang en",
    ),
    breach=("ada aturan dana kampanye yang dilanggar", "a campaign finance rule is breached"),
)


def add_parser(subparsers: Subparsers, lang: str) -> Parser:
    """The ``dana`` parser: the file, ``--pasangan``, ``--batas-pengeluaran``, ``--tanggal``."""
    parser = command_parser(subparsers, ABOUT, lang)
    parser.add_argument("path", metavar="FILE", help="the account: a .json file, else CSV")
    parser.add_argument(
        "--pasangan", default="Pasangan calon", help="the pair's name (CSV files carry none)"
    )
    parser.add_argument(
        "--batas-pengeluaran",
        metavar="AMOUNT",
        help='the spending limit the regional KPU set, e.g. "Rp32.000.000.000"',
    )
    parser.add_argument(
        "--tanggal",
        type=day_type(lang),
        metavar="YYYY-MM-DD",
        help="judge the account on this day (default: after every deadline)",
    )
    parser.add_argument("--file", metavar="PATH", help="the election's schedule (default: 2024)")
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> Output:
    """The summary and findings; status 1 when a rule is breached."""
    lang: str = args.lang
    account = _account(args)
    with options(on="--tanggal"):
        found = account.findings(on=args.tanggal)
    status = 1 if found else 0
    if args.json:
        return document(args, _json(account, found, lang)), status
    return _lines(account, found, lang), status


def _account(args: argparse.Namespace) -> DanaKampanye:
    schedule = schedule_from(args.file)
    limit = None
    if args.batas_pengeluaran is not None:
        with options("--batas-pengeluaran"):
            limit = Rupiah.parse(args.batas_pengeluaran)
    path = Path(args.path)
    text = path.read_text(encoding="utf-8")
    with reading("FILE", args.path):
        if path.suffix.lower() == ".json":
            account = read_dana_json(text, schedule=schedule, source=path.name)
        else:
            account = read_dana_csv(
                text, pasangan=args.pasangan, schedule=schedule, source=path.name
            )
    if limit is None:
        return account
    with options("--batas-pengeluaran"):
        return attrs.evolve(account, batas_pengeluaran=limit)


_DEADLINES = ("LADK", "LPSDK", "LPPDK", "SETOR_KELEBIHAN")


def _finding_json(finding: TemuanDana, lang: str) -> dict[str, Any]:
    """A finding as a violation (``rule``, ``key``, ``dates``, ...), with its ``sanction``."""
    due = getattr(finding, "due", None)
    return {
        "rule": finding.code,
        "key": None,
        "dates": [plain(day) for day in (finding.on, due) if day is not None],
        "message": finding.message(locale=lang),
        "basis": citation(finding.basis),
        "certainty": plain(finding.certainty),
        "sanction": None if finding.sanksi is None else finding.sanksi.text(locale=lang),
    }


def _json(account: DanaKampanye, found: list[TemuanDana], lang: str) -> dict[str, Any]:
    status = account.status(on=account.hari_terakhir)
    return {
        "pair": account.pasangan,
        "campaign": {"start": plain(account.kampanye.start), "end": plain(account.kampanye.end)},
        "receipts": plain(status.penerimaan),
        "spending": plain(status.pengeluaran),
        "treasury": plain(status.setoran),
        "balance": plain(status.saldo),
        "by_kind": [
            {
                "kind": row.jenis.name,
                "label": row.jenis.label(lang),
                "donors": row.penyumbang,
                "donations": row.sumbangan,
                "amount": plain(row.jumlah),
            }
            for row in account.ringkasan_jenis()
        ],
        "by_period": [
            {
                "period": row.label(lang),
                "start": plain(row.start),
                "end": plain(row.end),
                "receipts": plain(row.penerimaan),
                "spending": plain(row.pengeluaran),
            }
            for row in account.ringkasan_periode()
        ],
        "deadlines": [
            {
                "code": code,
                "due": plain(rule.due),
                "basis": citation(rule.basis),
                "certainty": plain(rule.certainty),
            }
            for code in _DEADLINES
            for rule in [account.tenggat(code)]
        ],
        "findings": [_finding_json(f, lang) for f in found],
    }


def _lines(account: DanaKampanye, found: list[TemuanDana], lang: str) -> list[str]:
    status = account.status(on=account.hari_terakhir)
    lines = [
        f"{t(lang, 'Pasangan calon', 'Candidate pair')}: {account.pasangan}",
        f"{t(lang, 'Masa kampanye', 'Campaign')}: "
        f"{format_date(account.kampanye.start, locale=lang)} – "
        f"{format_date(account.kampanye.end, locale=lang)}",
        "",
    ]
    lines += table(
        [
            (t(lang, "Penerimaan", "Receipts"), status.penerimaan.format(locale=lang)),
            (t(lang, "Pengeluaran", "Spending"), status.pengeluaran.format(locale=lang)),
            (t(lang, "Setoran kas negara", "To the treasury"), status.setoran.format(locale=lang)),
            (t(lang, "Saldo", "Balance"), status.saldo.format(locale=lang)),
        ],
        limits=(24, 30),
    )
    kinds = [(t(lang, "Penyumbang", "Donor"), t(lang, "Jumlah", "Amount"))]
    kinds += [
        (r.jenis.label(lang), r.jumlah.format(locale=lang)) for r in account.ringkasan_jenis()
    ]
    lines += ["", *table(kinds, limits=(44, 30))]
    due = [(t(lang, "Tenggat", "Deadline"), t(lang, "Paling lambat", "Due by"))]
    for code in _DEADLINES:
        rule = account.tenggat(code)
        when = format_date(rule.due, locale=lang) + provisional(rule.certainty, lang)
        due.append((code, when))
    lines += ["", *table(due, limits=(20, 50))]
    if found:
        lines += ["", t(lang, "Temuan:", "Findings:")]
        for finding in found:
            tail = provisional(finding.certainty, lang)
            lines.append(f"  - {finding.message(locale=lang)} [{finding.basis}]{tail}")
    else:
        lines += ["", t(lang, "Tidak ada temuan.", "No findings.")]
    return lines
