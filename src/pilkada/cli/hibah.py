"""``hibah``: the tranches of a grant agreement (NPHD), the report paragraph, the findings."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pilkada.cli.common import (
    Output,
    citation,
    day_type,
    document,
    picked,
    plain,
    t,
    table,
    violation_json,
    violation_line,
)
from pilkada.cli.errors import CliError, options
from pilkada.cli.jadwal import load
from pilkada.cli.parser import About, Parser, command_parser
from pilkada.grants import GrantAgreement, Grantee, Grantor, Payment
from pilkada.i18n import format_date, format_percent
from pilkada.money import Rupiah
from pilkada.regions import RegionLevel
from pilkada.rules import Violation

if TYPE_CHECKING:
    from pilkada.cli.parser import Subparsers

__all__ = ["ABOUT", "add_parser", "run"]

ABOUT = About(
    name="hibah",
    help="tahap pencairan hibah (NPHD) / grant (NPHD) tranches and deadlines",
    description=(
        "Tahap pencairan NPHD (40% paling lambat 14 hari kerja setelah penandatanganan, 60% "
        "paling lambat 5 bulan sebelum pemungutan suara), uraian untuk laporan, dan temuan.",
        "The NPHD tranches with their deadlines (40% within 14 working days of signing, 60% "
        "no later than 5 months before voting day), a report paragraph, and findings.",
    ),
    examples=(
        "python -m pilkada hibah 34905207000 --ditandatangani 2023-11-10 "
        '--daerah "Kabupaten Blora"',
        'python -m pilkada hibah "Rp34.905.207.000,00" --ditandatangani 2023-11-10 --json',
    ),
    breach=("NPHD punya temuan", "the agreement has findings"),
)


def add_parser(subparsers: Subparsers, lang: str) -> Parser:
    """The ``hibah`` parser: the amount, ``--ditandatangani`` and the agreement's details."""
    parser = command_parser(subparsers, ABOUT, lang)
    parser.add_argument("amount", help='the grant, e.g. 34905207000 or "Rp34.905.207.000,00"')
    parser.add_argument(
        "--ditandatangani",
        type=day_type(lang),
        required=True,
        metavar="YYYY-MM-DD",
        help="signing day",
    )
    parser.add_argument(
        "--daerah",
        metavar="REGION",
        help='the grantor, e.g. "Kabupaten Blora" or "Provinsi Jawa Tengah"',
    )
    parser.add_argument(
        "--penerima",
        choices=[g.value for g in Grantee],
        default=Grantee.KPU.value,
        help="the grantee (default: KPU)",
    )
    parser.add_argument("--nomor", help="the agreement's number")
    parser.add_argument("--sekaligus", action="store_true", help="paid at once, not in tranches")
    parser.add_argument("--file", metavar="PATH", help="the election's schedule (default: 2024)")
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> Output:
    """The tranches as a table or a JSON document; status 1 when the agreement has findings."""
    lang: str = args.lang
    agreement, findings = _agreement(args)
    status = 1 if findings else 0
    if args.json:
        return document(args, _json(agreement, findings, lang)), status
    return _lines(agreement, findings, lang), status


def _agreement(args: argparse.Namespace) -> tuple[GrantAgreement, list[Violation]]:
    """The agreement and its findings; a refusal names the option it came from."""
    grantor = _grantor(args.daerah)
    schedule = load(args.file)
    with options("amount"):
        amount = Rupiah.parse(args.amount)
    with options(
        amount="amount", signed_on="--ditandatangani", day="--ditandatangani", number="--nomor"
    ):
        agreement = GrantAgreement(
            grantor=grantor,
            grantee=Grantee(args.penerima),
            amount=amount,
            signed_on=args.ditandatangani,
            schedule=schedule,
            number=args.nomor,
            payment=Payment.SINGLE if args.sekaligus else Payment.TRANCHES,
        )
        return agreement, list(agreement.findings())


def _grantor(text: str | None) -> Grantor | None:
    if text is None:
        return None
    level_name, _, name = text.strip().partition(" ")
    for level in RegionLevel:
        if level_name.lower() == level.value.lower() and name.strip():
            return Grantor(level, name.strip())
    raise CliError(
        f"--daerah: tingkat {text!r} tidak dikenali; awali dengan Provinsi, Kabupaten atau "
        "Kota, misalnya 'Kabupaten Blora'",
        f"--daerah: cannot tell the level of {text!r}; start with Provinsi, Kabupaten or Kota, "
        "e.g. 'Kabupaten Blora'",
    )


def _json(agreement: GrantAgreement, findings: Sequence[Violation], lang: str) -> dict[str, Any]:
    data = picked(agreement, "grantee", "number", "amount", "signed_on", "payment")
    return {
        "grantor": str(agreement.grantor) if agreement.grantor else None,
        "grantee": data["grantee"],
        "election": plain(agreement.election),
        "number": data["number"],
        "amount": data["amount"],
        "terbilang": agreement.amount.terbilang(),
        "signed_on": data["signed_on"],
        "voting_day": plain(agreement.voting_day),
        "payment": data["payment"],
        "tranches": [
            {
                **picked(tranche, "number"),
                "label": tranche.label(locale=lang),
                **picked(tranche, "share", "amount", "due"),
                "basis": citation(tranche.basis),
            }
            for tranche in agreement.tranches
        ],
        "description": agreement.describe(locale=lang),
        "findings": [violation_json(v, lang) for v in findings],
    }


def _lines(agreement: GrantAgreement, findings: Sequence[Violation], lang: str) -> list[str]:
    head = (
        ("Tahap", "Bagian", "Jumlah", "Paling lambat")
        if lang == "id"
        else ("Tranche", "Share", "Amount", "Due by")
    )
    rows = [head] + [
        (
            tranche.label(locale=lang),
            format_percent(tranche.share, locale=lang),
            tranche.amount.format(locale=lang),
            format_date(tranche.due, locale=lang),
        )
        for tranche in agreement.tranches
    ]
    lines = [*table(rows, limits=(16, 8, 24, 40)), "", agreement.describe(locale=lang)]
    if findings:
        lines += ["", t(lang, "Temuan:", "Findings:")]
        lines += [violation_line(v, lang) for v in findings]
    basis = agreement.tranches[0].basis
    lines += ["", f"{t(lang, 'Dasar hukum', 'Legal basis')}: {basis}"]
    return lines
