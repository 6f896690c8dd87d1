"""Command-line interface: ``python -m pilkada`` (or the ``pilkada`` script).

Subcommands:

* ``jadwal``: the Pilkada 2024 schedule (or a custom one, ``--file``) as a table, with the
  H-offsets and what is in progress on a day (``--tanggal``); ``--json`` for machines.
* ``hibah``: the tranches of a grant agreement (NPHD) with their deadlines, the paragraph a
  finance officer pastes into a report, and any rule the agreement breaks; ``--json``.
* ``adhoc``: the ad hoc bodies and members an area needs, with the honorarium budget.
* ``ambang``: the nomination thresholds for parties and independent candidates.
* ``sengketa``: whether a vote gap clears the Constitutional Court's Pasal 158 bar.
* ``laporan``: whether a report to Bawaslu is on time, and the deadlines that follow.
* ``rekap``: recapitulate TPS results from a CSV to a level, with anomalies and the outcome.
* ``rupiah``: read an amount as Indonesian documents write it, show it formatted and in
  words, and optionally split it by weights (the NPHD tranches: ``--split 40 60``).
* ``tanggal``: show a date, or a period of two dates, the Indonesian way.

Output is Indonesian by default; ``--lang en`` switches to English. Exit status: 0 on
success, 1 when a schedule breaks a date rule (the violations are printed), 2 on bad input
(a one-line message names what was wrong).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import textwrap
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from pilkada import __version__
from pilkada.adhoc import AdhocBodyKind, Organiser, honorarium_rates, plan_staffing
from pilkada.calendar import Deadline, Period
from pilkada.candidacy import (
    check_dispute,
    dispute_filing_deadline,
    independent_support_required,
    party_nomination_threshold,
)
from pilkada.errors import PilkadaError, PilkadaValueError
from pilkada.grants import GrantAgreement, Grantee, Grantor, Payment
from pilkada.i18n import format_date, format_percent, format_period
from pilkada.law import Certainty
from pilkada.money import Rupiah
from pilkada.oversight import Milestone, Reporter, ViolationCase, ViolationCategory, deadline_rules
from pilkada.regions import AreaLevel, ElectionKind, RegionCode, RegionLevel
from pilkada.results import ResultsCsvError, TpsResults, decide, read_results_csv, recapitulate
from pilkada.rules import Violation
from pilkada.schedule import AfterEvent, Schedule, ScheduleEntry, load_schedule, pilkada_2024
from pilkada.stages import Stage

__all__ = ["main"]

_EPILOG = """\
contoh / examples:
  python -m pilkada jadwal --tanggal 2024-11-25
  python -m pilkada jadwal --file jadwal-psu.toml --lang en
  python -m pilkada hibah 34905207000 --ditandatangani 2023-11-10 --daerah "Kabupaten Blora"
  python -m pilkada adhoc --kecamatan 16 --desa 295 --tps 1200
  python -m pilkada ambang --tingkat provinsi --dpt 8214007
  python -m pilkada sengketa --tingkat kabupaten --penduduk 410000 --suara-sah 120000 --selisih 2500
  python -m pilkada laporan --diketahui 2024-11-20 --dilaporkan 2024-11-26
  python -m pilkada rekap hasil.csv --tingkat kecamatan
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
    if not value.is_finite() or value < 0 or (value and abs(value.adjusted()) > 9):
        raise argparse.ArgumentTypeError(
            f"a weight must be a number from 0 to 1e9 (such as 40), got {text!r}"
        )
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

    jadwal = commands.add_parser(
        "jadwal",
        help="jadwal tahapan Pilkada / the Pilkada schedule",
        description=(
            "Tahapan dan jadwal Pilkada Serentak 2024 (PKPU 2/2024), atau jadwal sendiri dari "
            "--file, dengan H-minus dan tahapan yang sedang berlangsung. / The Pilkada 2024 "
            "schedule, or your own from --file, with day offsets and what is in progress."
        ),
        epilog="example: python -m pilkada jadwal --tanggal 2024-11-25 --lang en",
    )
    jadwal.add_argument(
        "--tanggal",
        type=_day,
        metavar="YYYY-MM-DD",
        help="mark what is in progress on this day (default: today)",
    )
    jadwal.add_argument("--file", metavar="PATH", help="a custom schedule (.toml or .json)")
    jadwal.add_argument(
        "--json", action="store_true", help="print JSON (shape documented in docs/schedule.md)"
    )
    _add_lang(jadwal)

    hibah = commands.add_parser(
        "hibah",
        help="tahap pencairan hibah Pilkada (NPHD) / grant (NPHD) tranches and deadlines",
        description=(
            "Tahap pencairan NPHD (40% paling lambat 14 hari kerja setelah penandatanganan, 60% "
            "paling lambat 5 bulan sebelum pemungutan suara), uraian untuk laporan, dan temuan. "
            "/ NPHD tranches with their deadlines, a report paragraph, and findings."
        ),
        epilog=(
            "example: python -m pilkada hibah 34905207000 --ditandatangani 2023-11-10 "
            '--daerah "Kabupaten Blora"'
        ),
    )
    hibah.add_argument("amount", help='the grant, e.g. 34905207000 or "Rp34.905.207.000,00"')
    hibah.add_argument(
        "--ditandatangani", type=_day, required=True, metavar="YYYY-MM-DD", help="signing day"
    )
    hibah.add_argument(
        "--daerah",
        metavar="REGION",
        help='the grantor, e.g. "Kabupaten Blora" or "Provinsi Jawa Tengah"',
    )
    hibah.add_argument(
        "--penerima",
        choices=[g.value for g in Grantee],
        default=Grantee.KPU.value,
        help="the grantee (default: KPU)",
    )
    hibah.add_argument("--nomor", help="the agreement's number")
    hibah.add_argument("--sekaligus", action="store_true", help="paid at once, not in tranches")
    hibah.add_argument("--file", metavar="PATH", help="the election's schedule (default: 2024)")
    hibah.add_argument("--json", action="store_true", help="print JSON (see docs/grants.md)")
    _add_lang(hibah)

    _add_rule_commands(commands)
    _add_rekap(commands)

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


def _add_rule_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The subcommands for ad hoc bodies, thresholds, disputes and reports."""
    adhoc = commands.add_parser(
        "adhoc",
        help="kebutuhan badan ad hoc dan honorarium / ad hoc bodies, members and honorarium",
        epilog="example: python -m pilkada adhoc --kecamatan 16 --desa 295 --tps 1200",
    )
    for name in ("kecamatan", "desa", "tps"):
        adhoc.add_argument(f"--{name}", type=_count_arg, required=True, metavar="N")
    adhoc.add_argument(
        "--pemilih-per-tps",
        type=_count_arg,
        metavar="N",
        help="voters of each TPS (more than 400 means two Pantarlih)",
    )
    adhoc.add_argument("--json", action="store_true", help="print JSON (see docs/adhoc.md)")
    _add_lang(adhoc)

    ambang = commands.add_parser(
        "ambang",
        help="ambang batas pencalonan / nomination thresholds",
        epilog="example: python -m pilkada ambang --tingkat provinsi --dpt 8214007",
    )
    _add_level(ambang)
    ambang.add_argument("--dpt", type=_count_arg, required=True, metavar="N", help="the DPT")
    ambang.add_argument(
        "--tanggal", type=_day, metavar="YYYY-MM-DD", help="the day the rule applies to"
    )
    ambang.add_argument("--json", action="store_true", help="print JSON (see docs/candidacy.md)")
    _add_lang(ambang)

    sengketa = commands.add_parser(
        "sengketa",
        help="ambang selisih suara sengketa di MK / the Pasal 158 dispute bar",
        epilog=(
            "example: python -m pilkada sengketa --tingkat kabupaten --penduduk 410000 "
            "--suara-sah 120000 --selisih 2500"
        ),
    )
    _add_level(sengketa)
    sengketa.add_argument("--penduduk", type=_count_arg, required=True, metavar="N")
    sengketa.add_argument("--suara-sah", type=_count_arg, required=True, metavar="N")
    sengketa.add_argument("--selisih", type=_count_arg, required=True, metavar="N")
    sengketa.add_argument(
        "--diumumkan", type=_day, metavar="YYYY-MM-DD", help="the day KPU announced the result"
    )
    sengketa.add_argument("--json", action="store_true", help="print JSON (see docs/candidacy.md)")
    _add_lang(sengketa)

    laporan = commands.add_parser(
        "laporan",
        help="tenggat laporan pelanggaran ke Bawaslu / deadlines of a report to Bawaslu",
        epilog="example: python -m pilkada laporan --diketahui 2024-11-20 --dilaporkan 2024-11-26",
    )
    laporan.add_argument(
        "--diketahui",
        type=_day,
        required=True,
        metavar="YYYY-MM-DD",
        help="the day the violation became known",
    )
    laporan.add_argument(
        "--dilaporkan",
        type=_day,
        required=True,
        metavar="YYYY-MM-DD",
        help="the day the report is (or was) filed",
    )
    laporan.add_argument(
        "--jenis",
        choices=[c.name.lower() for c in ViolationCategory],
        help="the kind of violation, for the deadlines after Bawaslu's decision",
    )
    laporan.add_argument("--json", action="store_true", help="print JSON (see docs/oversight.md)")
    _add_lang(laporan)


def _add_rekap(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rekap = commands.add_parser(
        "rekap",
        help="rekapitulasi hasil TPS dan penetapan / recapitulate TPS results and decide",
        epilog="example: python -m pilkada rekap hasil.csv --tingkat kecamatan",
    )
    rekap.add_argument("file", help="results CSV, one row per TPS (see docs/results.md)")
    rekap.add_argument(
        "--tingkat",
        default="kabupaten/kota",
        help="provinsi, kabupaten/kota, kecamatan, desa or tps (default: kabupaten/kota)",
    )
    rekap.add_argument(
        "--pemilihan",
        choices=[kind.name.lower() for kind in ElectionKind],
        help="the election, when the file does not tell (results of one region tell)",
    )
    rekap.add_argument("--json", action="store_true", help="print JSON (see docs/results.md)")
    _add_lang(rekap)


def _count_arg(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a whole number >= 0: {text!r}")
    return int(text)


def _add_level(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tingkat",
        choices=[level.name.lower() for level in RegionLevel],
        required=True,
        help="provinsi, kabupaten or kota",
    )


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
    amount = Rupiah.parse(args.amount, locale=lang)
    lines = [
        f"{labels['amount']}: {amount.format(locale=lang)}",
        f"{labels['words']}: {amount.terbilang()}",
    ]
    if args.split:
        weights: list[Decimal] = args.split
        total_weight = sum((Fraction(w) for w in weights), Fraction(0))
        parts = amount.allocate(*weights)
        for number, (weight, part) in enumerate(zip(weights, parts, strict=True), start=1):
            share_value = Fraction(weight) / total_weight
            decimals = 0 if (share_value * 100).denominator == 1 else 2
            share = format_percent(share_value, decimals=decimals, locale=lang)
            lines.append(f"{labels['part']} {number} ({share}): {part.format(locale=lang)}")
            lines.append(f"  {labels['words']}: {part.terbilang()}")
        lines.append(f"{labels['total']}: {sum(parts, Rupiah(0)).format(locale=lang)}")
    return lines


_JADWAL = {
    "id": {
        "stage": "Tahapan",
        "when": "Waktu",
        "offset": "H",
        "status": "Ket.",
        "day": "Tanggal",
        "voting": "Hari pemungutan suara",
        "active": "Sedang berlangsung",
        "next": "Berikutnya",
        "none": "tidak ada",
        "until": "s.d.",
        "violations": "Pelanggaran aturan tanggal",
        Certainty.OFFICIAL: "",
        Certainty.DERIVED: "turunan",
        Certainty.PROVISIONAL: "sementara",
    },
    "en": {
        "stage": "Stage",
        "when": "When",
        "offset": "D",
        "status": "Note",
        "day": "Date",
        "voting": "Voting day",
        "active": "In progress",
        "next": "Next",
        "none": "none",
        "until": "to",
        "violations": "Date-rule violations",
        Certainty.OFFICIAL: "",
        Certainty.DERIVED: "derived",
        Certainty.PROVISIONAL: "provisional",
    },
}


def _short(day: dt.date, lang: str) -> str:
    return format_date(day, format="EEE, d MMM y", locale=lang)


def _when(entry: ScheduleEntry, lang: str) -> str:
    when = entry.when
    if isinstance(when, Period):
        if when.days == 1:
            return _short(when.start, lang)
        return f"{_short(when.start, lang)} – {_short(when.end, lang)}"
    if isinstance(when, Deadline):
        prefix = "paling lambat" if lang == "id" else "no later than"
        return f"{prefix} {_short(when.day, lang)}"
    return when.format(locale=lang)


def _offsets(schedule: Schedule, entry: ScheduleEntry, lang: str) -> str:
    first, last = entry.first_day, entry.end
    if first is None or last is None:
        return ""
    if first == last:
        return schedule.offset(first, locale=lang)
    until = _JADWAL[lang]["until"]
    return f"{schedule.offset(first, locale=lang)} {until} {schedule.offset(last, locale=lang)}"


def _jadwal_table(schedule: Schedule, day: dt.date, lang: str) -> list[str]:
    text = _JADWAL[lang]
    active = set(schedule.active_on(day))
    rows = [(text["stage"], text["when"], text["offset"], text["status"])]
    for entry in schedule:
        indent = "" if isinstance(entry.key, Stage) else "  · "
        mark = "► " if entry in active else "  "
        rows.append(
            (
                mark + indent + entry.label(lang),
                _when(entry, lang),
                _offsets(schedule, entry, lang),
                str(text[entry.certainty]),
            )
        )
    lines = [
        schedule.name,
        f"{text['voting']}: {format_date(schedule.voting_day, locale=lang)}",
        f"{text['day']}: {format_date(day, locale=lang)} ({schedule.offset(day, locale=lang)})",
        "",
    ]
    lines += _table(rows, limits=(52, 38, 16, 12))
    nxt = schedule.next_after(day)
    lines += [
        "",
        f"{text['active']}: "
        + (", ".join(e.label(lang) for e in schedule.active_on(day)) or str(text["none"])),
        f"{text['next']}: "
        + (f"{nxt.label(lang)} ({_when(nxt, lang)})" if nxt else str(text["none"])),
    ]
    return lines


def _table(rows: Sequence[Sequence[str]], limits: tuple[int, ...]) -> list[str]:
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


def _entry_json(schedule: Schedule, entry: ScheduleEntry, day: dt.date) -> dict[str, Any]:
    when = entry.when
    data: dict[str, Any] = {
        "key": entry.key.name,
        "kind": "stage" if isinstance(entry.key, Stage) else "step",
        "stage": entry.key.name if isinstance(entry.key, Stage) else entry.key.stage.name,
        "name_id": entry.key.name_id,
        "name_en": entry.key.name_en,
        "start": entry.start.isoformat() if entry.start else None,
        "end": entry.end.isoformat() if entry.end else None,
        "deadline": isinstance(when, Deadline),
        "after": None,
        "set_by": None,
        "offset_start": schedule.offset(entry.first_day) if entry.first_day else None,
        "offset_end": schedule.offset(entry.end) if entry.end else None,
        "active": isinstance(when, Period) and day in when,
        "certainty": entry.certainty.value,
        "basis": str(basis) if (basis := schedule.basis_of(entry)) else None,
        "source": entry.source,
        "note": entry.note,
    }
    if isinstance(when, AfterEvent):
        data["after"] = {
            "anchor": when.anchor.name,
            "days": when.days,
            "working_days": when.working_days,
        }
    elif not isinstance(when, (Period, Deadline)):
        data["set_by"] = {"id": when.by_id, "en": when.by_en}
    return data


def _jadwal(args: argparse.Namespace) -> tuple[list[str], int]:
    schedule = _load(args.file)
    day: dt.date = args.tanggal or dt.date.today()
    violations = schedule.validate()
    if args.json:
        document = {
            "name": schedule.name,
            "voting_day": schedule.voting_day.isoformat(),
            "basis": str(schedule.basis) if schedule.basis else None,
            "date": day.isoformat(),
            "offset": schedule.offset(day),
            "days_to_voting": schedule.days_to_voting(day),
            "entries": [_entry_json(schedule, entry, day) for entry in schedule],
            "active": [entry.key.name for entry in schedule.active_on(day)],
            "next": nxt.key.name if (nxt := schedule.next_after(day)) else None,
            "violations": [_violation_json(v) for v in violations],
        }
        lines = [json.dumps(document, ensure_ascii=False, indent=2)]
    else:
        lines = _jadwal_table(schedule, day, args.lang)
        if violations:
            lines += ["", f"{_JADWAL[args.lang]['violations']}:"]
            lines += [_violation_line(v, args.lang) for v in violations]
    return lines, 1 if violations else 0


def _load(path: str | None) -> Schedule:
    return pilkada_2024() if path is None else load_schedule(path)


def _grantor(text: str | None) -> Grantor | None:
    if text is None:
        return None
    level_name, _, name = text.strip().partition(" ")
    for level in RegionLevel:
        if level_name.lower() == level.value.lower() and name.strip():
            return Grantor(level, name.strip())
    raise PilkadaValueError(
        "--daerah",
        text,
        f"cannot tell the level of {text!r}",
        "start with Provinsi, Kabupaten or Kota, e.g. 'Kabupaten Blora'",
    )


def _hibah(args: argparse.Namespace) -> tuple[list[str], int]:
    lang: str = args.lang
    agreement = GrantAgreement(
        grantor=_grantor(args.daerah),
        grantee=Grantee(args.penerima),
        amount=Rupiah.parse(args.amount),
        signed_on=args.ditandatangani,
        schedule=_load(args.file),
        number=args.nomor,
        payment=Payment.SINGLE if args.sekaligus else Payment.TRANCHES,
    )
    findings = agreement.findings()
    if args.json:
        document = {
            "grantor": str(agreement.grantor) if agreement.grantor else None,
            "grantee": agreement.grantee.value,
            "election": agreement.election.name if agreement.election else None,
            "number": agreement.number,
            "amount": str(agreement.amount.amount),
            "terbilang": agreement.amount.terbilang(),
            "signed_on": agreement.signed_on.isoformat(),
            "voting_day": agreement.voting_day.isoformat(),
            "payment": agreement.payment.value,
            "tranches": [
                {
                    "number": t.number,
                    "label": t.label(lang),
                    "share": f"{t.share.numerator}/{t.share.denominator}",
                    "amount": str(t.amount.amount),
                    "due": t.due.isoformat(),
                    "basis": str(t.basis),
                }
                for t in agreement.tranches
            ],
            "description": agreement.describe(lang=lang),
            "findings": [_violation_json(v) for v in findings],
        }
        return [json.dumps(document, ensure_ascii=False, indent=2)], 1 if findings else 0
    head = (
        ("Tahap", "Bagian", "Jumlah", "Paling lambat")
        if lang == "id"
        else ("Tranche", "Share", "Amount", "Due by")
    )
    rows = [head] + [
        (
            t.label(lang),
            format_percent(t.share, locale=lang),
            t.amount.format(locale=lang),
            format_date(t.due, locale=lang),
        )
        for t in agreement.tranches
    ]
    lines = [*_table(rows, limits=(16, 8, 24, 40)), "", agreement.describe(lang=lang)]
    if findings:
        lines += ["", "Temuan:" if lang == "id" else "Findings:"]
        lines += [_violation_line(v, lang) for v in findings]
    lines += [
        "",
        f"{'Dasar hukum' if lang == 'id' else 'Legal basis'}: {agreement.tranches[0].basis}",
    ]
    return lines, 1 if findings else 0


def _violation_line(violation: Violation, lang: str) -> str:
    return f"  - {violation.message(locale=lang)} [{violation.basis}]" + _provisional(
        violation.certainty, lang
    )


def _violation_json(violation: Violation) -> dict[str, Any]:
    return {
        "rule": violation.rule,
        "key": violation.key.name if violation.key else None,
        "dates": [d.isoformat() for d in violation.dates],
        "message_id": violation.message_id,
        "message_en": violation.message_en,
        "basis": str(violation.basis),
        "certainty": violation.certainty.value,
    }


def _adhoc(args: argparse.Namespace) -> tuple[list[str], int]:
    lang: str = args.lang
    plan = plan_staffing(
        kecamatan=args.kecamatan, desa=args.desa, tps=args.tps, voters_per_tps=args.pemilih_per_tps
    )
    paid = {k for k in AdhocBodyKind if k.organiser is Organiser.KPU}
    if args.json:
        document = {
            "kecamatan": plan.kecamatan,
            "desa": plan.desa,
            "tps": plan.tps,
            "bodies": [
                {
                    "kind": kind.name,
                    "organiser": kind.organiser.value,
                    "bodies": plan.bodies(kind),
                    "members": plan.members(kind),
                    "monthly": str(plan.honorarium_monthly(kind).amount) if kind in paid else None,
                    "term_months": plan.term_months(kind) if kind in paid else None,
                    "term": str(plan.honorarium_term(kind).amount) if kind in paid else None,
                }
                for kind in AdhocBodyKind
            ],
            "members_kpu": plan.total(Organiser.KPU),
            "members_bawaslu": plan.total(Organiser.BAWASLU),
            "members": plan.total(),
            "monthly": str(plan.honorarium_monthly().amount),
            "term": str(plan.honorarium_term().amount),
            "rates_basis": str(honorarium_rates().basis),
        }
        return [json.dumps(document, ensure_ascii=False, indent=2)], 0
    head = (
        ("Badan", "Jumlah", "Anggota", "Honor/bulan", "Bulan", "Honor masa kerja")
        if lang == "id"
        else ("Body", "Bodies", "Members", "Monthly", "Months", "Term")
    )
    rows: list[tuple[str, ...]] = [head]
    for kind in AdhocBodyKind:
        money = (
            (
                plan.honorarium_monthly(kind).format(locale=lang),
                str(plan.term_months(kind)),
                plan.honorarium_term(kind).format(locale=lang),
            )
            if kind in paid
            else ("–", "", "")
        )
        rows.append((kind.label(lang), str(plan.bodies(kind)), str(plan.members(kind)), *money))
    total = "Jumlah" if lang == "id" else "Total"
    rows.append(
        (
            total,
            "",
            str(plan.total()),
            plan.honorarium_monthly().format(locale=lang),
            "",
            plan.honorarium_term().format(locale=lang),
        )
    )
    lines = _table(rows, limits=(20, 8, 10, 24, 6, 26))
    note = (
        "Honorarium badan ad hoc Bawaslu tidak tercatat; masa kerja (bulan) bersifat sementara."
        if lang == "id"
        else "Bawaslu's ad hoc honoraria are not recorded; the term months are provisional."
    )
    basis = "Dasar tarif" if lang == "id" else "Rates"
    return [*lines, "", note, f"{basis}: {honorarium_rates().basis}"], 0


def _level(args: argparse.Namespace) -> RegionLevel:
    return RegionLevel[args.tingkat.upper()]


def _ambang(args: argparse.Namespace) -> tuple[list[str], int]:
    lang: str = args.lang
    level = _level(args)
    party = party_nomination_threshold(level, args.dpt, on=args.tanggal)
    independent = independent_support_required(level, args.dpt, on=args.tanggal)
    if args.json:
        document = {
            "tingkat": level.name.lower(),
            "dpt": args.dpt,
            "party": {
                "vote_share": str(party.vote_share),
                "seat_share": str(party.seat_share) if party.seat_share is not None else None,
                "basis": str(party.basis),
                "certainty": party.certainty.value,
            },
            "independent": {
                "share": str(independent.share),
                "minimum": independent.minimum,
                "spread_unit": independent.spread_unit,
                "spread_certainty": independent.spread_certainty.value,
                "basis": str(independent.basis),
            },
        }
        return [json.dumps(document, ensure_ascii=False, indent=2)], 0
    parties, independents = (
        ("Partai/gabungan", "Perseorangan") if lang == "id" else ("Parties", "Independents")
    )
    spread = ""
    if independent.spread_certainty is Certainty.PROVISIONAL:
        spread = " (sebaran: sementara)" if lang == "id" else " (spread: provisional)"
    return [
        f"{parties}: {party.describe(lang)} [{party.basis}]",
        f"{independents}: {independent.describe(lang)}{spread} [{independent.basis}]",
    ], 0


def _sengketa(args: argparse.Namespace) -> tuple[list[str], int]:
    lang: str = args.lang
    check = check_dispute(_level(args), args.penduduk, args.suara_sah, args.selisih)
    findings = check.findings()
    deadline = dispute_filing_deadline(args.diumumkan) if args.diumumkan else None
    if args.json:
        document = {
            "tingkat": args.tingkat,
            "penduduk": args.penduduk,
            "suara_sah": args.suara_sah,
            "selisih": args.selisih,
            "share": str(check.threshold.share),
            "max_gap": check.max_gap,
            "margin": check.margin,
            "within_bar": check.within_bar,
            "basis": str(check.threshold.basis),
            "filing_deadline": deadline.day.isoformat() if deadline else None,
            "findings": [_violation_json(v) for v in findings],
        }
        return [json.dumps(document, ensure_ascii=False, indent=2)], 1 if findings else 0
    lines = [check.summary(lang)]
    lines += [_violation_line(v, lang) for v in findings]
    if check.decided_by_rounding:
        lines.append(
            "  Hasilnya bergantung pada pembulatan batas, yang bersifat sementara."
            if lang == "id"
            else "  The result turns on how the limit is rounded, which is provisional."
        )
    if not findings:
        lines.append(f"  {check.note(lang)}")
    if deadline is not None:
        label = "Batas pengajuan permohonan" if lang == "id" else "Filing deadline"
        lines.append(f"{label}: {deadline.format(locale=lang)}")
    return lines, 1 if findings else 0


def _laporan(args: argparse.Namespace) -> tuple[list[str], int]:
    lang: str = args.lang
    category = ViolationCategory[args.jenis.upper()] if args.jenis else None
    case = ViolationCase.laporan(
        reporter=Reporter.PEMILIH,
        known_on=args.diketahui,
        filed_on=args.dilaporkan,
        category=category,
    )
    # Assume the report is registered on the day it is filed, to show what follows.
    registered = case.register(args.dilaporkan)
    report = next(d for d in registered.deadlines() if d.rule.code == "LAPOR")
    later = [d for d in registered.deadlines() if d.rule.code != "LAPOR"]
    following = [
        r
        for r in deadline_rules()
        if category is not None and r.path == category.path and r.anchor is not Milestone.DIREGISTER
    ]
    if args.json:
        document = {
            "known_on": args.diketahui.isoformat(),
            "filed_on": args.dilaporkan.isoformat(),
            "due": str(report.due),
            "on_time": case.on_time,
            "deadlines": [
                {
                    "code": d.rule.code,
                    "due": str(d.due),
                    "basis": str(d.rule.basis),
                    "certainty": d.rule.certainty.value,
                }
                for d in later
            ],
            "following": [
                {
                    "code": r.code,
                    "after": r.anchor.name,
                    "amount": r.amount,
                    "unit": r.unit.value,
                    "basis": str(r.basis),
                    "certainty": r.certainty.value,
                }
                for r in following
            ],
        }
        return [json.dumps(document, ensure_ascii=False, indent=2)], 0 if case.on_time else 1
    due = format_date(report.due, locale=lang)
    if lang == "id":
        verdict = "tepat waktu" if case.on_time else "terlambat: tidak akan diregister"
        lines = [f"Batas laporan: {due} (7 hari sejak diketahui). Laporan {verdict}."]
    else:
        verdict = "on time" if case.on_time else "late: it will not be registered"
        lines = [f"Report due by {due} (7 days after it became known). The report is {verdict}."]
    if case.on_time:
        lines.append("Jika diregister hari itu:" if lang == "id" else "If registered that day:")
        lines += [
            f"  - {d.rule.describe(lang)}: {_moment(d.due, lang)} [{d.rule.basis}]"
            + _provisional(d.rule.certainty, lang)
            for d in registered.deadlines()
            if d.rule.code != "LAPOR"
        ]
        lines += [
            f"  - {r.describe(lang)} [{r.basis}]" + _provisional(r.certainty, lang)
            for r in following
        ]
    return lines, 0 if case.on_time else 1


def _provisional(certainty: Certainty, lang: str) -> str:
    if certainty is not Certainty.PROVISIONAL:
        return ""
    return " (aturan sementara)" if lang == "id" else " (provisional rule)"


def _moment(moment: dt.date, lang: str) -> str:
    if isinstance(moment, dt.datetime):
        return f"{format_date(moment.date(), locale=lang)} {moment:%H.%M}"
    return format_date(moment, locale=lang)


def _election_of(batch: TpsResults, chosen: str | None) -> ElectionKind | None:
    if chosen is not None:
        return ElectionKind[chosen.upper()]
    regions = {code[:4] for code in batch.codes}
    if len(regions) == 1:
        return RegionCode(regions.pop()).election
    if len({region[:2] for region in regions}) == 1:
        return ElectionKind.GUBERNUR
    return None


def _rekap(args: argparse.Namespace) -> tuple[list[str], int]:
    lang: str = args.lang
    try:
        batch = read_results_csv(args.file)
    except ResultsCsvError as exc:
        details = "; ".join(
            f"line {e.line} column {e.column}: {e.problem}" for e in exc.errors[:20]
        )
        more = f" (+{len(exc.errors) - 20} more)" if len(exc.errors) > 20 else ""
        raise PilkadaValueError(
            "file", args.file, f"{len(exc.errors)} bad row(s): {details}{more}", "fix the rows"
        ) from None
    level = AreaLevel.parse(args.tingkat)
    recap = recapitulate(batch, level=level)
    anomalies = batch.validate()
    election = _election_of(batch, args.pemilihan)
    outcome = decide(batch, election=election) if election is not None else None
    if args.json:
        document = {
            "tingkat": level.name.lower(),
            "wilayah": [
                {
                    "kode": str(row.area),
                    "tps": row.tps,
                    "dpt": row.dpt,
                    "pengguna": row.voters,
                    "suara_sah": row.valid,
                    "suara_tidak_sah": row.invalid,
                    "kolom_kosong": row.kolom_kosong,
                    "paslon": list(row.votes),
                    "partisipasi": row.turnout_text(locale=lang),
                }
                for row in recap
            ],
            "anomali": [
                {
                    "tps": str(a.tps),
                    "jenis": a.kind.name,
                    "kolom": a.field,
                    "pesan": a.message(locale=lang),
                }
                for a in anomalies
            ],
            "keputusan": None
            if outcome is None
            else {
                "aturan": outcome.rule.name,
                "putusan": outcome.verdict.name,
                "pesan": outcome.message(locale=lang),
                "dasar": str(outcome.basis),
                "kepastian": outcome.certainty.value,
            },
        }
        return [json.dumps(document, ensure_ascii=False, indent=2)], 1 if anomalies else 0
    head = "Rekapitulasi tingkat" if lang == "id" else "Recapitulation at the level of"
    lines = [f"{head} {level.label(lang)}: {len(recap)} {level.label(lang)}, {len(batch)} TPS"]
    for row in recap:
        votes = "  ".join(f"{n}: {v}" for n, v in enumerate(row.votes, start=1))
        lines.append(
            f"{row.area}  TPS {row.tps}  DPT {row.dpt}  "
            + ("pengguna" if lang == "id" else "voters")
            + f" {row.voters}  "
            + ("partisipasi" if lang == "id" else "turnout")
            + f" {row.turnout_text(locale=lang)}  "
            + ("sah" if lang == "id" else "valid")
            + f" {row.valid}  {votes}"
        )
    if anomalies:
        lines.append(("Anomali" if lang == "id" else "Anomalies") + f" ({len(anomalies)}):")
        lines += [f"  {a.message(locale=lang)}" for a in anomalies]
    if outcome is not None:
        lines.append(("Hasil: " if lang == "id" else "Outcome: ") + outcome.message(locale=lang))
    return lines, 1 if anomalies else 0


def _tanggal(args: argparse.Namespace) -> list[str]:
    if args.end is None:
        return [format_date(args.start, locale=args.lang)]
    return [format_period(args.start, args.end, locale=args.lang)]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    status = 0
    try:
        if args.command == "jadwal":
            lines, status = _jadwal(args)
        elif args.command == "hibah":
            lines, status = _hibah(args)
        elif args.command == "adhoc":
            lines, status = _adhoc(args)
        elif args.command == "ambang":
            lines, status = _ambang(args)
        elif args.command == "sengketa":
            lines, status = _sengketa(args)
        elif args.command == "laporan":
            lines, status = _laporan(args)
        elif args.command == "rekap":
            lines, status = _rekap(args)
        elif args.command == "rupiah":
            lines = _rupiah(args)
        else:
            lines = _tanggal(args)
    except (PilkadaError, OSError) as exc:
        reason = f"{exc.strerror}: {exc.filename}" if isinstance(exc, OSError) else str(exc)
        parser.exit(2, f"{parser.prog}: error: {' '.join(reason.split())}\n")
    sys.stdout.write("\n".join(lines) + "\n")
    return status
