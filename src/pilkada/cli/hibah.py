"""``hibah``: the tranches of a grant agreement (NPHD), the report paragraph, the findings.

With ``--buku-besar PATH`` the command also reads the agreement's ledger, a CSV or a JSON file
(by its ``.json`` suffix), and checks the payments: a tranche paid after its deadline is a
finding, and with ``--per YYYY-MM-DD`` so is a tranche not paid in full by its deadline on
that day. The CSV's header names the columns :data:`LEDGER_COLUMNS` (``note`` may be left
out): ``kind`` is ``TRANSFER`` / ``SPENDING`` / ``REFUND`` (or ``penyaluran`` / ``belanja`` /
``pengembalian sisa dana``), ``on`` an ISO day, ``amount`` an amount as the ``amount``
argument takes it (``13962082800`` or ``Rp13.962.082.800,00``). The JSON file is a list of
objects with the same keys, as ``pilkada.serialize.to_dict`` writes a ``LedgerEntry``
(``"amount": "13962082800.00"``).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import io
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

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
from pilkada.cli.errors import CliError, option_error, options, reading
from pilkada.cli.jadwal import load
from pilkada.cli.parser import About, Parser, command_parser
from pilkada.errors import PilkadaError, PilkadaParseError, PilkadaValueError
from pilkada.grants import GrantAgreement, Grantee, Grantor, GrantStatus, LedgerEntry, Payment
from pilkada.i18n import format_date, format_percent
from pilkada.money import Rupiah
from pilkada.regions import RegionLevel
from pilkada.rules import Violation
from pilkada.serialize import from_dict

if TYPE_CHECKING:
    from pilkada.cli.parser import Subparsers

__all__ = ["ABOUT", "LEDGER_COLUMNS", "add_parser", "run"]

#: The columns of a ledger CSV (``note`` may be left out).
LEDGER_COLUMNS: Final = ("kind", "on", "amount", "note")

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
        "python -m pilkada hibah 34905207000 --ditandatangani 2023-11-10 "
        "--buku-besar buku.csv --per 2024-07-01",
    ),
    breach=(
        "NPHD punya temuan (termasuk pencairan terlambat atau belum lunas)",
        "the agreement has findings (late or missing payments included)",
    ),
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
    parser.add_argument(
        "--buku-besar",
        metavar="PATH",
        help="the ledger, CSV (columns kind,on,amount[,note]) or JSON (.json): late payments "
        "are findings",
    )
    parser.add_argument(
        "--per",
        type=day_type(lang),
        metavar="YYYY-MM-DD",
        help="the day to read the ledger on: a tranche unpaid after its deadline is a finding",
    )
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> Output:
    """The tranches as a table or a JSON document; status 1 when the agreement has findings.

    Late payments in ``--buku-besar``, and with ``--per`` payments missing on that day, are
    findings.
    """
    lang: str = args.lang
    agreement, findings = _agreement(args)
    status = 1 if findings else 0
    payments = _status(agreement, args.per)
    if args.json:
        return document(args, _json(agreement, findings, payments, lang)), status
    return _lines(agreement, findings, payments, lang), status


def _status(agreement: GrantAgreement, on: dt.date | None) -> GrantStatus | None:
    """The payments on ``--per`` (or on the ledger's last day), given either."""
    if on is not None:
        return agreement.status(on=on)
    if agreement.ledger:
        return agreement.status(on=agreement.ledger[-1].on)
    return None


def _agreement(args: argparse.Namespace) -> tuple[GrantAgreement, list[Violation]]:
    """The agreement and its findings; a refusal names the option it came from."""
    grantor = _grantor(args.daerah)
    schedule = load(args.file)
    with options("amount"):
        amount = Rupiah.parse(args.amount)
    ledger = _ledger(args.buku_besar)
    with (
        options(
            amount="amount", signed_on="--ditandatangani", day="--ditandatangani", number="--nomor"
        ),
        _ledger_blamed(),
    ):
        agreement = GrantAgreement(
            grantor=grantor,
            grantee=Grantee(args.penerima),
            amount=amount,
            signed_on=args.ditandatangani,
            schedule=schedule,
            number=args.nomor,
            payment=Payment.SINGLE if args.sekaligus else Payment.TRANCHES,
            ledger=ledger,
        )
        if args.per is not None and args.per < agreement.signed_on:
            raise option_error(
                "--per", f"{args.per} is before the signing day {agreement.signed_on}"
            )
        return agreement, list(agreement.findings(on=args.per))


@contextlib.contextmanager
def _ledger_blamed() -> Iterator[None]:
    """A ledger line the agreement refuses (before signing, too much) is the ledger's fault."""
    try:
        yield
    except PilkadaError as exc:
        if not exc.field.startswith("ledger["):
            raise
        raise option_error("--buku-besar", f"{exc.field}: {exc.problem}; {exc.rule}") from exc


def _ledger(path: str | None) -> tuple[LedgerEntry, ...]:
    """The ledger of ``--buku-besar``: a CSV, or a JSON list when the name ends in ``.json``."""
    if path is None:
        return ()
    if "\0" in path:
        raise option_error("--buku-besar", "the path has a NUL character")
    with reading("--buku-besar", path):
        text = Path(path).read_text("utf-8")
        return _json_ledger(text) if path.lower().endswith(".json") else _csv_ledger(text)


def _json_ledger(text: str) -> tuple[LedgerEntry, ...]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise PilkadaParseError("path", None, f"not JSON ({exc})", "a JSON list") from None
    if not isinstance(data, list):
        raise PilkadaValueError("path", None, "not a JSON list", "a list of ledger lines")
    entries = []
    for index, item in enumerate(data):
        try:
            entries.append(from_dict(LedgerEntry, item))
        except PilkadaError as exc:
            field = f"[{index}]{exc.field.removeprefix('$')}"
            raise PilkadaValueError(field, exc.value, exc.problem, exc.rule) from None
    return tuple(entries)


def _csv_ledger(text: str) -> tuple[LedgerEntry, ...]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames or []
        required = [name for name in LEDGER_COLUMNS[:3] if name not in header]
        extra = [name for name in header if name not in LEDGER_COLUMNS]
        if required or extra or len(set(header)) != len(header):
            raise PilkadaValueError(
                "header", ",".join(header), "not the columns of a ledger",
                "the columns kind,on,amount and, if wanted, note",
            )  # fmt: skip
        return tuple(_csv_entry(line, row) for line, row in enumerate(reader, start=2))
    except csv.Error as exc:
        raise PilkadaParseError("path", None, f"not a readable CSV ({exc})", "a CSV") from None


def _csv_entry(line: int, row: dict[str | Any, str | Any]) -> LedgerEntry:
    if None in row or any(value is None for value in row.values()):
        raise PilkadaValueError(
            f"line {line}",
            None,
            "the row has more or fewer cells than the header",
            "one per column",
        )
    try:
        amount = Rupiah.parse(row["amount"])
    except PilkadaError as exc:
        raise PilkadaValueError(f"line {line}: amount", exc.value, exc.problem, exc.rule) from None
    try:
        return LedgerEntry(kind=row["kind"], on=row["on"], amount=amount, note=row.get("note", ""))
    except PilkadaError as exc:
        field = f"line {line}: {exc.field}"
        raise PilkadaValueError(field, exc.value, exc.problem, exc.rule) from None


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


def _json(
    agreement: GrantAgreement,
    findings: Sequence[Violation],
    payments: GrantStatus | None,
    lang: str,
) -> dict[str, Any]:
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
        "payments": None if payments is None else _payments_json(payments, lang),
        "findings": [violation_json(v, lang) for v in findings],
    }


def _payments_json(status: GrantStatus, lang: str) -> dict[str, Any]:
    return {
        **picked(status, "on", "disbursed", "spent", "refunded"),
        "tranches": [
            {
                "number": s.tranche.number,
                "label": s.tranche.label(locale=lang),
                **picked(s, "paid", "state", "paid_on", "days_late"),
            }
            for s in status.tranches
        ],
    }


def _payment_lines(status: GrantStatus, lang: str) -> list[str]:
    head = t(lang, "Pencairan per ", "Payments as of ") + format_date(status.on, locale=lang)
    rows = [
        (
            s.tranche.label(locale=lang),
            s.paid.format(locale=lang),
            s.state.label(locale=lang)
            + (f" ({s.days_late} {t(lang, 'hari', 'days')})" if s.days_late else ""),
        )
        for s in status.tranches
    ]
    return ["", head, *table(rows, limits=(16, 24, 40))]


def _lines(
    agreement: GrantAgreement,
    findings: Sequence[Violation],
    payments: GrantStatus | None,
    lang: str,
) -> list[str]:
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
    if payments is not None:
        lines += _payment_lines(payments, lang)
    if findings:
        lines += ["", t(lang, "Temuan:", "Findings:")]
        lines += [violation_line(v, lang) for v in findings]
    basis = agreement.tranches[0].basis
    lines += ["", f"{t(lang, 'Dasar hukum', 'Legal basis')}: {basis}"]
    return lines
