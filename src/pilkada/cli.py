"""Command-line interface: ``python -m pilkada`` (or the ``pilkada`` script).

Subcommands:

* ``jadwal``: the Pilkada 2024 schedule (or a custom one, ``--file``) as a table, with the
  H-offsets and what is in progress on a day (``--tanggal``).
* ``hibah``: the tranches of a grant agreement (NPHD) with their deadlines, the paragraph a
  finance officer pastes into a report, and any rule the agreement breaks.
* ``adhoc``: the ad hoc bodies and members an area needs, with the honorarium budget.
* ``ambang``: the nomination thresholds for parties and independent candidates.
* ``sengketa``: whether a vote gap clears the Constitutional Court's Pasal 158 bar.
* ``laporan``: whether a report to Bawaslu is on time, and the deadlines that follow.
* ``rekap``: recapitulate TPS results from a CSV to a level, with anomalies and the outcome.
* ``rupiah``: read an amount as Indonesian documents write it, show it formatted and in
  words, and optionally split it by weights (the NPHD tranches: ``--split 40 60``).
* ``tanggal``: show a date, or a period of two dates, the Indonesian way.

Every subcommand shares the same conventions (docs/cli.md documents them, with each
command's JSON shape):

* Output is Indonesian by default; ``--lang en`` switches to English. That covers every line
  the command line writes itself, including its error messages; the library's own error
  messages are English.
* ``--json`` prints one JSON object on stdout: ``command``, ``lang``, then the command's keys
  (English snake_case). Dates are ISO strings, Rupiah amounts decimal strings with two
  places, shares exact fractions (``"2/5"``), enums their names, legal bases their citation.
* Exit status: 0 on success, 1 when a rule breach is found (schedule violations, grant
  findings, a late report, a gap over the Pasal 158 bar, anomalies in the results), 2 on bad
  input, with one line on stderr (never a traceback, with or without ``--json``), and 130
  when interrupted.
* ``rekap`` shows the progress of reading the file on stderr when stderr is a terminal
  (``--progress`` forces it, ``--no-progress`` turns it off).

:func:`main` returns the exit status; it never raises :class:`SystemExit`.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import re
import sys
import textwrap
import time
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, NoReturn, TextIO

from pilkada import __version__
from pilkada.adhoc import AdhocBodyKind, Organiser, honorarium_rates, plan_staffing
from pilkada.calendar import Deadline, Period
from pilkada.candidacy import (
    check_dispute,
    dispute_filing_deadline,
    independent_support_required,
    party_nomination_threshold,
)
from pilkada.errors import PilkadaError
from pilkada.grants import GrantAgreement, Grantee, Grantor, Payment
from pilkada.i18n import format_date, format_percent, format_period
from pilkada.law import Certainty, LegalBasis
from pilkada.money import Rupiah
from pilkada.oversight import Milestone, Reporter, ViolationCase, ViolationCategory, deadline_rules
from pilkada.regions import AreaLevel, ElectionKind, RegionCode, RegionLevel
from pilkada.results import ResultsCsvError, TpsResults, decide, read_results_csv, recapitulate
from pilkada.rules import Violation
from pilkada.schedule import AfterEvent, Schedule, ScheduleEntry, load_schedule, pilkada_2024
from pilkada.stages import Stage

__all__ = ["main"]

PROG = "python -m pilkada"
LANGS = ("id", "en")

_EXAMPLES = {
    "jadwal": (
        "python -m pilkada jadwal --tanggal 2024-11-25",
        "python -m pilkada jadwal --file jadwal-psu.toml --tanggal 2025-08-01 --lang en",
        "python -m pilkada jadwal --tanggal 2024-11-25 --json",
    ),
    "hibah": (
        "python -m pilkada hibah 34905207000 --ditandatangani 2023-11-10 "
        '--daerah "Kabupaten Blora"',
        'python -m pilkada hibah "Rp34.905.207.000,00" --ditandatangani 2023-11-10 --json',
    ),
    "adhoc": (
        "python -m pilkada adhoc --kecamatan 16 --desa 295 --tps 1200",
        "python -m pilkada adhoc --kecamatan 16 --desa 295 --tps 1200 --pemilih-per-tps 450",
    ),
    "ambang": (
        "python -m pilkada ambang --tingkat provinsi --dpt 8214007",
        "python -m pilkada ambang --tingkat kabupaten --dpt 250000 --tanggal 2024-08-19",
    ),
    "sengketa": (
        "python -m pilkada sengketa --tingkat kabupaten --penduduk 410000 --suara-sah 120000 "
        "--selisih 1800",
        "python -m pilkada sengketa --tingkat kabupaten --penduduk 410000 --suara-sah 120000 "
        "--selisih 2500 --diumumkan 2024-12-06",
    ),
    "laporan": (
        "python -m pilkada laporan --diketahui 2024-11-20 --dilaporkan 2024-11-26 --jenis pidana",
        "python -m pilkada laporan --diketahui 2024-11-20 --dilaporkan 2024-11-28 --json",
    ),
    "rekap": (
        "python -m pilkada rekap hasil.csv --tingkat kecamatan",
        "python -m pilkada rekap hasil-nasional.csv --tingkat provinsi --json > rekap.json",
    ),
    "rupiah": (
        'python -m pilkada rupiah "Rp34.905.207.000,00" --split 40 60',
        'python -m pilkada rupiah "IDR 2,500,000.00" --lang en',
    ),
    "tanggal": (
        "python -m pilkada tanggal 2024-11-27",
        "python -m pilkada tanggal 2024-09-25 2024-11-23 --lang en",
    ),
}

# What exit status 1 means, per command (0 is success and 2 bad input everywhere).
_BREACH = {
    "jadwal": (
        "jadwal melanggar aturan tanggal",
        "the schedule breaks a date rule",
    ),
    "hibah": ("NPHD punya temuan", "the agreement has findings"),
    "sengketa": (
        "selisih melebihi ambang Pasal 158 (tidak memenuhi syarat)",
        "the gap is over the Pasal 158 bar (not admissible)",
    ),
    "laporan": ("laporan terlambat", "the report is late"),
    "rekap": ("ada anomali dalam hasil", "the results have anomalies"),
}

_DESCRIPTIONS = {
    "": (
        "Aturan Pilkada (pemilihan kepala daerah) Indonesia. Keluaran berbahasa Indonesia; "
        "--lang en untuk bahasa Inggris, --json untuk mesin.",
        "Rules of Indonesian regional elections (Pilkada). Output is Indonesian; --lang en "
        "for English, --json for machines.",
    ),
    "jadwal": (
        "Tahapan dan jadwal Pilkada Serentak 2024 (PKPU 2/2024), atau jadwal sendiri dari "
        "--file, dengan H-minus, tahapan yang sedang berlangsung pada --tanggal, dan "
        "pemeriksaan aturan tanggal.",
        "The Pilkada 2024 schedule (PKPU 2/2024), or your own from --file, with the day "
        "offsets, what is in progress on --tanggal, and the date rules checked.",
    ),
    "hibah": (
        "Tahap pencairan NPHD (40% paling lambat 14 hari kerja setelah penandatanganan, 60% "
        "paling lambat 5 bulan sebelum pemungutan suara), uraian untuk laporan, dan temuan.",
        "The NPHD tranches with their deadlines (40% within 14 working days of signing, 60% "
        "no later than 5 months before voting day), a report paragraph, and findings.",
    ),
    "adhoc": (
        "Jumlah badan ad hoc (PPK, PPS, KPPS, Pantarlih dan pengawas Bawaslu) dan anggotanya "
        "untuk suatu wilayah, dengan anggaran honorarium.",
        "The ad hoc bodies (PPK, PPS, KPPS, Pantarlih and the Bawaslu supervisors) and members "
        "an area needs, with the honorarium budget.",
    ),
    "ambang": (
        "Ambang batas pencalonan oleh partai politik atau gabungan partai, dan dukungan "
        "minimal calon perseorangan, menurut jumlah DPT.",
        "The nomination thresholds for parties and coalitions, and the support an independent "
        "candidate needs, by the size of the DPT.",
    ),
    "sengketa": (
        "Apakah selisih suara memenuhi ambang batas Pasal 158 UU 10/2016 untuk mengajukan "
        "sengketa hasil ke Mahkamah Konstitusi, dan batas pengajuannya.",
        "Whether a vote gap clears the Pasal 158 bar (UU 10/2016) for a dispute at the "
        "Constitutional Court, and the filing deadline.",
    ),
    "laporan": (
        "Apakah laporan pelanggaran ke Bawaslu tepat waktu (7 hari sejak diketahui), dan "
        "tenggat yang menyusul.",
        "Whether a report of a violation to Bawaslu is on time (7 days after it became "
        "known), and the deadlines that follow.",
    ),
    "rekap": (
        "Rekapitulasi hasil TPS dari berkas CSV ke suatu tingkat, dengan anomali dan "
        "penetapan hasil. Kemajuan pembacaan berkas tampil di stderr.",
        "Recapitulate TPS results from a CSV to a level, with the anomalies and the outcome. "
        "The progress of reading the file shows on stderr.",
    ),
    "rupiah": (
        "Baca jumlah Rupiah seperti ditulis dalam dokumen, tampilkan dengan format dan "
        "terbilang, dan bagi menurut bobot (tahap NPHD: --split 40 60).",
        "Read a Rupiah amount as documents write it, show it formatted and in words, and "
        "split it by weights (the NPHD tranches: --split 40 60).",
    ),
    "tanggal": (
        "Tampilkan tanggal, atau periode dua tanggal (inklusif), dengan format Indonesia.",
        "Show a date, or an inclusive period of two dates, the Indonesian way.",
    ),
}

_HELP = {
    "jadwal": "jadwal tahapan Pilkada / the Pilkada schedule",
    "hibah": "tahap pencairan hibah (NPHD) / grant (NPHD) tranches and deadlines",
    "adhoc": "badan ad hoc dan honorarium / ad hoc bodies, members and honorarium",
    "ambang": "ambang batas pencalonan / nomination thresholds",
    "sengketa": "ambang selisih suara sengketa di MK / the Pasal 158 dispute bar",
    "laporan": "tenggat laporan ke Bawaslu / deadlines of a report to Bawaslu",
    "rekap": "rekapitulasi hasil TPS / recapitulate TPS results and decide",
    "rupiah": "baca, format, eja dan bagi Rupiah / read, format, spell out, split Rupiah",
    "tanggal": "format tanggal atau periode / format a date or a period",
}


def _t(lang: str, text_id: str, text_en: str) -> str:
    """The text in the output language."""
    return text_id if lang == "id" else text_en


class _CliError(Exception):
    """Bad input the command line itself finds: a message in each language."""

    def __init__(self, text_id: str, text_en: str) -> None:
        super().__init__(text_en)
        self.text_id = text_id
        self.text_en = text_en

    def message(self, lang: str) -> str:
        return _t(lang, self.text_id, self.text_en)


# argparse's own messages (Python 3.11 to 3.13), in Indonesian; anything else stays English.
_ARGPARSE_ID = (
    (re.compile(r"the following arguments are required: (.*)"), r"argumen wajib: \1"),
    (
        re.compile(r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)"),
        r"argumen \1: pilihan tidak dikenal: \2 (pilih dari \3)",
    ),
    (re.compile(r"argument (\S+): expected one argument"), r"argumen \1: perlu satu nilai"),
    (
        re.compile(r"argument (\S+): expected at least one argument"),
        r"argumen \1: perlu paling sedikit satu nilai",
    ),
    (re.compile(r"unrecognized arguments: (.*)"), r"argumen tidak dikenal: \1"),
    (
        re.compile(r"ambiguous option: (\S+) could match (.*)"),
        r"opsi ambigu: \1 bisa berarti \2",
    ),
    (re.compile(r"argument (\S+): (.*)"), r"argumen \1: \2"),
)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr, exit status 2."""

    lang: str = "id"  # the language of its messages, set once built

    def error(self, message: str) -> NoReturn:
        text = " ".join(message.split())
        if self.lang == "id":
            for pattern, replacement in _ARGPARSE_ID:
                if pattern.fullmatch(text):
                    text = pattern.sub(replacement, text)
                    break
        hint = _t(self.lang, "lihat --help", "see --help")
        self.exit(2, f"{self.prog}: error: {text} ({hint})\n")


def _lang_in(argv: Sequence[str]) -> str:
    """The ``--lang`` asked for, read before parsing (for the parser's own messages)."""
    lang = "id"
    for n, arg in enumerate(argv):
        name, eq, value = arg.partition("=")
        if len(name) > 3 and "--lang".startswith(name):
            if not eq:
                value = argv[n + 1] if n + 1 < len(argv) else ""
            lang = value if value in LANGS else lang
    return lang


def _day_type(lang: str) -> Callable[[str], dt.date]:
    def day(text: str) -> dt.date:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                _t(
                    lang,
                    f"bukan tanggal ISO (YYYY-MM-DD): {text!r}",
                    f"not an ISO date (YYYY-MM-DD): {text!r}",
                )
            ) from None

    return day


def _count_type(lang: str) -> Callable[[str], int]:
    def count(text: str) -> int:
        if not (text.isascii() and text.isdigit()):
            raise argparse.ArgumentTypeError(
                _t(
                    lang,
                    f"bukan bilangan bulat >= 0: {text!r}",
                    f"not a whole number >= 0: {text!r}",
                )
            )
        return int(text)

    return count


def _weight_type(lang: str) -> Callable[[str], Decimal]:
    def weight(text: str) -> Decimal:
        try:
            value = Decimal(text.replace(",", "."))
        except InvalidOperation:
            value = Decimal("NaN")
        if not value.is_finite() or value < 0 or (value and abs(value.adjusted()) > 9):
            raise argparse.ArgumentTypeError(
                _t(
                    lang,
                    f"bobot harus bilangan dari 0 sampai 1e9 (misalnya 40), bukan {text!r}",
                    f"a weight must be a number from 0 to 1e9 (such as 40), got {text!r}",
                )
            )
        return value

    return weight


def _epilog(name: str) -> str:
    lines = ["contoh / examples:", *(f"  {example}" for example in _EXAMPLES[name])]
    lines += ["", "status keluar / exit status:", "  0  berhasil / success"]
    if name in _BREACH:
        text_id, text_en = _BREACH[name]
        lines += [f"  1  {text_id} /", f"     {text_en}"]
    lines += ["  2  masukan salah / bad input", "", "JSON: docs/cli.md"]
    return "\n".join(lines)


def _top_epilog() -> str:
    lines = ["contoh / examples:", *(f"  {examples[0]}" for examples in _EXAMPLES.values())]
    lines += [
        "",
        "status keluar / exit status:",
        "  0  berhasil / success",
        "  1  ada pelanggaran aturan / a rule breach found (jadwal, hibah, sengketa, laporan, "
        "rekap)",
        "  2  masukan salah / bad input",
        "",
        "Setiap perintah punya --help, --json dan --lang en.",
        "Every command has --help, --json and --lang en.",
        "JSON: docs/cli.md",
    ]
    return "\n".join(lines)


def _description(name: str) -> str:
    return "\n\n".join(textwrap.fill(text, width=78) for text in _DESCRIPTIONS[name])


def _parser(lang: str = "id") -> tuple[_Parser, dict[str, _Parser]]:
    """The parser and its subparsers by name; ``lang`` is for the parser's own messages."""
    parser = _Parser(
        prog=PROG,
        description=_description(""),
        epilog=_top_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.lang = lang
    parser.add_argument("--version", action="version", version=f"pilkada {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub: dict[str, _Parser] = {}
    for name in _EXAMPLES:
        sub[name] = commands.add_parser(
            name,
            help=_HELP[name],
            description=_description(name),
            epilog=_epilog(name),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub[name].lang = lang
    day, count = _day_type(lang), _count_type(lang)

    jadwal = sub["jadwal"]
    jadwal.add_argument(
        "--tanggal",
        type=day,
        metavar="YYYY-MM-DD",
        help="mark what is in progress on this day (default: today)",
    )
    jadwal.add_argument("--file", metavar="PATH", help="a custom schedule (.toml or .json)")

    hibah = sub["hibah"]
    hibah.add_argument("amount", help='the grant, e.g. 34905207000 or "Rp34.905.207.000,00"')
    hibah.add_argument(
        "--ditandatangani", type=day, required=True, metavar="YYYY-MM-DD", help="signing day"
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

    adhoc = sub["adhoc"]
    for name in ("kecamatan", "desa", "tps"):
        adhoc.add_argument(
            f"--{name}", type=count, required=True, metavar="N", help=f"the number of {name}"
        )
    adhoc.add_argument(
        "--pemilih-per-tps",
        type=count,
        metavar="N",
        help="voters of each TPS (more than 400 means two Pantarlih)",
    )

    ambang = sub["ambang"]
    _add_level(ambang)
    ambang.add_argument("--dpt", type=count, required=True, metavar="N", help="the DPT")
    ambang.add_argument(
        "--tanggal", type=day, metavar="YYYY-MM-DD", help="the day the rule applies to"
    )

    sengketa = sub["sengketa"]
    _add_level(sengketa)
    sengketa.add_argument(
        "--penduduk", type=count, required=True, metavar="N", help="the region's population"
    )
    sengketa.add_argument(
        "--suara-sah", type=count, required=True, metavar="N", help="the total valid votes"
    )
    sengketa.add_argument(
        "--selisih", type=count, required=True, metavar="N", help="the gap to the winner"
    )
    sengketa.add_argument(
        "--diumumkan", type=day, metavar="YYYY-MM-DD", help="the day KPU announced the result"
    )

    laporan = sub["laporan"]
    laporan.add_argument(
        "--diketahui",
        type=day,
        required=True,
        metavar="YYYY-MM-DD",
        help="the day the violation became known",
    )
    laporan.add_argument(
        "--dilaporkan",
        type=day,
        required=True,
        metavar="YYYY-MM-DD",
        help="the day the report is (or was) filed",
    )
    laporan.add_argument(
        "--jenis",
        choices=[c.name.lower() for c in ViolationCategory],
        help="the kind of violation, for the deadlines after Bawaslu's decision",
    )

    rekap = sub["rekap"]
    rekap.add_argument("file", help="results CSV, one row per TPS (see docs/results.md)")
    rekap.add_argument(
        "--tingkat",
        default="kabupaten/kota",
        help="provinsi, kabupaten/kota, kecamatan or desa (default: kabupaten/kota)",
    )
    rekap.add_argument(
        "--pemilihan",
        choices=[kind.name.lower() for kind in ElectionKind],
        help="the election, when the file does not tell (results of one region tell)",
    )
    rekap.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show the progress of reading the file on stderr (default: when it is a terminal)",
    )

    rupiah = sub["rupiah"]
    rupiah.add_argument("amount", help='the amount, e.g. "Rp34.905.207.000,00" or "Rp2,5 juta"')
    rupiah.add_argument(
        "--split",
        nargs="+",
        type=_weight_type(lang),
        metavar="WEIGHT",
        help="split by these weights (largest remainder, conserving every sen), e.g. 40 60",
    )

    tanggal = sub["tanggal"]
    tanggal.add_argument("start", type=day, help="ISO date, e.g. 2024-11-27")
    tanggal.add_argument("end", type=day, nargs="?", help="end of a period (inclusive)")

    for command in sub.values():
        command.add_argument(
            "--json", action="store_true", help="print JSON on stdout (see docs/cli.md)"
        )
        command.add_argument(
            "--lang",
            choices=LANGS,
            default="id",
            help="language of the output (default: id, Indonesian; en: English)",
        )
    return parser, sub


def _add_level(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tingkat",
        choices=[level.name.lower() for level in RegionLevel],
        required=True,
        help="provinsi, kabupaten or kota",
    )


# -- JSON values -------------------------------------------------------------------------------


def _document(args: argparse.Namespace, body: dict[str, Any]) -> list[str]:
    """The JSON document: ``command`` and ``lang`` first, then the command's keys."""
    document = {"command": args.command, "lang": args.lang, **body}
    return [json.dumps(document, ensure_ascii=False, indent=2)]


# The JSON values follow pilkada.serialize's conventions, so a document's amounts, shares
# and codes read back with pilkada.from_dict like any other.


def _money(amount: Rupiah) -> str:
    """A Rupiah amount as a decimal string with two places: ``"13962082800.00"``."""
    return str(amount.amount)


def _share(value: Fraction) -> str:
    """An exact share as a fraction string: ``"2/5"``, ``"1"``."""
    return str(value)


def _moment(moment: dt.date) -> str:
    """A day as ``YYYY-MM-DD``, a moment as ``YYYY-MM-DDTHH:MM:SS``."""
    return moment.isoformat()


def _basis(basis: LegalBasis | None) -> str | None:
    return str(basis) if basis is not None else None


def _violation_json(violation: Violation, lang: str) -> dict[str, Any]:
    return {
        "rule": violation.rule,
        "key": violation.key.name if violation.key else None,
        "dates": [d.isoformat() for d in violation.dates],
        "message": violation.message(locale=lang),
        "basis": str(violation.basis),
        "certainty": violation.certainty.name,
    }


def _violation_line(violation: Violation, lang: str) -> str:
    return f"  - {violation.message(locale=lang)} [{violation.basis}]" + _provisional(
        violation.certainty, lang
    )


def _provisional(certainty: Certainty, lang: str) -> str:
    if certainty is not Certainty.PROVISIONAL:
        return ""
    return _t(lang, " (aturan sementara)", " (provisional rule)")


# -- jadwal ------------------------------------------------------------------------------------

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
        return f"{_t(lang, 'paling lambat', 'no later than')} {_short(when.day, lang)}"
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


def _entry_json(
    schedule: Schedule, entry: ScheduleEntry, day: dt.date, lang: str
) -> dict[str, Any]:
    when = entry.when
    data: dict[str, Any] = {
        "key": entry.key.name,
        "kind": "stage" if isinstance(entry.key, Stage) else "step",
        "stage": entry.key.name if isinstance(entry.key, Stage) else entry.key.stage.name,
        "name": entry.label(lang),
        "start": entry.start.isoformat() if entry.start else None,
        "end": entry.end.isoformat() if entry.end else None,
        "deadline": isinstance(when, Deadline),
        "after": None,
        "set_by": None,
        "offset_start": schedule.offset(entry.first_day) if entry.first_day else None,
        "offset_end": schedule.offset(entry.end) if entry.end else None,
        "active": isinstance(when, Period) and day in when,
        "certainty": entry.certainty.name,
        "basis": _basis(schedule.basis_of(entry)),
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
        data["set_by"] = when.format(locale=lang)
    return data


def _jadwal(args: argparse.Namespace) -> tuple[list[str], int]:
    lang: str = args.lang
    schedule = _load(args.file)
    day: dt.date = args.tanggal or dt.date.today()
    violations = schedule.validate()
    status = 1 if violations else 0
    if args.json:
        nxt = schedule.next_after(day)
        return _document(
            args,
            {
                "name": schedule.name,
                "voting_day": schedule.voting_day.isoformat(),
                "basis": _basis(schedule.basis),
                "date": day.isoformat(),
                "offset": schedule.offset(day),
                "days_to_voting": schedule.days_to_voting(day),
                "entries": [_entry_json(schedule, entry, day, lang) for entry in schedule],
                "active": [entry.key.name for entry in schedule.active_on(day)],
                "next": nxt.key.name if nxt else None,
                "violations": [_violation_json(v, lang) for v in violations],
            },
        ), status
    lines = _jadwal_table(schedule, day, lang)
    if violations:
        lines += ["", f"{_JADWAL[lang]['violations']}:"]
        lines += [_violation_line(v, lang) for v in violations]
    return lines, status


def _load(path: str | None) -> Schedule:
    return pilkada_2024() if path is None else load_schedule(path)


# -- hibah -------------------------------------------------------------------------------------


def _grantor(text: str | None) -> Grantor | None:
    if text is None:
        return None
    level_name, _, name = text.strip().partition(" ")
    for level in RegionLevel:
        if level_name.lower() == level.value.lower() and name.strip():
            return Grantor(level, name.strip())
    raise _CliError(
        f"--daerah: tingkat {text!r} tidak dikenali; awali dengan Provinsi, Kabupaten atau "
        "Kota, misalnya 'Kabupaten Blora'",
        f"--daerah: cannot tell the level of {text!r}; start with Provinsi, Kabupaten or Kota, "
        "e.g. 'Kabupaten Blora'",
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
    status = 1 if findings else 0
    if args.json:
        return _document(
            args,
            {
                "grantor": str(agreement.grantor) if agreement.grantor else None,
                "grantee": agreement.grantee.name,
                "election": agreement.election.name if agreement.election else None,
                "number": agreement.number,
                "amount": _money(agreement.amount),
                "terbilang": agreement.amount.terbilang(),
                "signed_on": agreement.signed_on.isoformat(),
                "voting_day": agreement.voting_day.isoformat(),
                "payment": agreement.payment.name,
                "tranches": [
                    {
                        "number": t.number,
                        "label": t.label(lang),
                        "share": _share(t.share),
                        "amount": _money(t.amount),
                        "due": t.due.isoformat(),
                        "basis": str(t.basis),
                    }
                    for t in agreement.tranches
                ],
                "description": agreement.describe(lang=lang),
                "findings": [_violation_json(v, lang) for v in findings],
            },
        ), status
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
        lines += ["", _t(lang, "Temuan:", "Findings:")]
        lines += [_violation_line(v, lang) for v in findings]
    basis = agreement.tranches[0].basis
    lines += ["", f"{_t(lang, 'Dasar hukum', 'Legal basis')}: {basis}"]
    return lines, status


# -- adhoc, ambang, sengketa -------------------------------------------------------------------


def _adhoc(args: argparse.Namespace) -> tuple[list[str], int]:
    lang: str = args.lang
    plan = plan_staffing(
        kecamatan=args.kecamatan, desa=args.desa, tps=args.tps, voters_per_tps=args.pemilih_per_tps
    )
    paid = {k for k in AdhocBodyKind if k.organiser is Organiser.KPU}
    note = _t(
        lang,
        "Honorarium badan ad hoc Bawaslu tidak tercatat; masa kerja (bulan) bersifat sementara.",
        "Bawaslu's ad hoc honoraria are not recorded; the term months are provisional.",
    )
    if args.json:
        return _document(
            args,
            {
                "kecamatan": plan.kecamatan,
                "desa": plan.desa,
                "tps": plan.tps,
                "voters_per_tps": args.pemilih_per_tps,
                "bodies": [
                    {
                        "kind": kind.name,
                        "name": kind.label(lang),
                        "organiser": kind.organiser.name,
                        "bodies": plan.bodies(kind),
                        "members": plan.members(kind),
                        "monthly": _money(plan.honorarium_monthly(kind)) if kind in paid else None,
                        "term_months": plan.term_months(kind) if kind in paid else None,
                        "term": _money(plan.honorarium_term(kind)) if kind in paid else None,
                    }
                    for kind in AdhocBodyKind
                ],
                "members_kpu": plan.total(Organiser.KPU),
                "members_bawaslu": plan.total(Organiser.BAWASLU),
                "members": plan.total(),
                "monthly": _money(plan.honorarium_monthly()),
                "term": _money(plan.honorarium_term()),
                "rates_basis": str(honorarium_rates().basis),
                "note": note,
            },
        ), 0
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
    rows.append(
        (
            _t(lang, "Jumlah", "Total"),
            "",
            str(plan.total()),
            plan.honorarium_monthly().format(locale=lang),
            "",
            plan.honorarium_term().format(locale=lang),
        )
    )
    lines = _table(rows, limits=(20, 8, 10, 24, 6, 26))
    basis = _t(lang, "Dasar tarif", "Rates")
    return [*lines, "", note, f"{basis}: {honorarium_rates().basis}"], 0


def _level(args: argparse.Namespace) -> RegionLevel:
    return RegionLevel[args.tingkat.upper()]


def _ambang(args: argparse.Namespace) -> tuple[list[str], int]:
    lang: str = args.lang
    level = _level(args)
    party = party_nomination_threshold(level, args.dpt, on=args.tanggal)
    independent = independent_support_required(level, args.dpt, on=args.tanggal)
    if args.json:
        return _document(
            args,
            {
                "level": level.name,
                "dpt": args.dpt,
                "date": args.tanggal.isoformat() if args.tanggal else None,
                "party": {
                    "vote_share": _share(party.vote_share),
                    "seat_share": _share(party.seat_share) if party.seat_share else None,
                    "description": party.describe(lang),
                    "effective": party.effective.isoformat() if party.effective else None,
                    "basis": str(party.basis),
                    "certainty": party.certainty.name,
                },
                "independent": {
                    "share": _share(independent.share),
                    "minimum": independent.minimum,
                    "spread_unit": independent.spread_unit,
                    "description": independent.describe(lang),
                    "effective": (
                        independent.effective.isoformat() if independent.effective else None
                    ),
                    "basis": str(independent.basis),
                    "certainty": independent.certainty.name,
                    "spread_basis": str(independent.spread_basis),
                    "spread_certainty": independent.spread_certainty.name,
                },
            },
        ), 0
    parties, independents = (
        _t(lang, "Partai/gabungan", "Parties"),
        _t(lang, "Perseorangan", "Independents"),
    )
    spread = ""
    if independent.spread_certainty is Certainty.PROVISIONAL:
        spread = _t(lang, " (sebaran: sementara)", " (spread: provisional)")
    return [
        f"{parties}: {party.describe(lang)} [{party.basis}]",
        f"{independents}: {independent.describe(lang)}{spread} [{independent.basis}]",
    ], 0


def _sengketa(args: argparse.Namespace) -> tuple[list[str], int]:
    lang: str = args.lang
    check = check_dispute(_level(args), args.penduduk, args.suara_sah, args.selisih)
    findings = check.findings()
    deadline = dispute_filing_deadline(args.diumumkan) if args.diumumkan else None
    status = 1 if findings else 0
    if args.json:
        return _document(
            args,
            {
                "level": check.threshold.level.name,
                "population": args.penduduk,
                "valid_votes": args.suara_sah,
                "gap": args.selisih,
                "share": _share(check.threshold.share),
                "max_gap": check.max_gap,
                "margin": check.margin,
                "within_bar": check.within_bar,
                "decided_by_rounding": check.decided_by_rounding,
                "summary": check.summary(lang),
                "note": check.note(lang),
                "basis": str(check.threshold.basis),
                "certainty": check.threshold.certainty.name,
                "announced_on": args.diumumkan.isoformat() if args.diumumkan else None,
                "filing_deadline": deadline.day.isoformat() if deadline else None,
                "findings": [_violation_json(v, lang) for v in findings],
            },
        ), status
    lines = [check.summary(lang)]
    lines += [_violation_line(v, lang) for v in findings]
    if check.decided_by_rounding:
        lines.append(
            _t(
                lang,
                "  Hasilnya bergantung pada pembulatan batas, yang bersifat sementara.",
                "  The result turns on how the limit is rounded, which is provisional.",
            )
        )
    if not findings:
        lines.append(f"  {check.note(lang)}")
    label = _t(lang, "Batas pengajuan permohonan", "Filing deadline")
    if deadline is not None:
        lines.append(f"{label}: {deadline.format(locale=lang)}")
    else:
        lines.append(
            _t(
                lang,
                f"{label}: dihitung dari hari KPU mengumumkan hasil; berikan --diumumkan TANGGAL.",
                f"{label}: counted from the day KPU announced the result; give --diumumkan DATE.",
            )
        )
    return lines, status


# -- laporan -----------------------------------------------------------------------------------


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
    status = 0 if case.on_time else 1
    due = format_date(report.due, locale=lang)
    verdict = (
        _t(lang, "tepat waktu", "on time")
        if case.on_time
        else _t(lang, "terlambat: tidak akan diregister", "late: it will not be registered")
    )
    message = _t(
        lang,
        f"Batas laporan: {due} (7 hari sejak diketahui). Laporan {verdict}.",
        f"Report due by {due} (7 days after it became known). The report is {verdict}.",
    )
    if args.json:
        return _document(
            args,
            {
                "known_on": args.diketahui.isoformat(),
                "filed_on": args.dilaporkan.isoformat(),
                "kind": category.name if category else None,
                "due": _moment(report.due),
                "on_time": case.on_time,
                "message": message,
                "basis": str(report.rule.basis),
                "certainty": report.rule.certainty.name,
                "deadlines": [
                    {
                        "code": d.rule.code,
                        "description": d.rule.describe(lang),
                        "due": _moment(d.due),
                        "basis": str(d.rule.basis),
                        "certainty": d.rule.certainty.name,
                    }
                    for d in later
                ],
                "following": [
                    {
                        "code": r.code,
                        "description": r.describe(lang),
                        "after": r.anchor.name,
                        "amount": r.amount,
                        "unit": r.unit.name,
                        "basis": str(r.basis),
                        "certainty": r.certainty.name,
                    }
                    for r in following
                ],
            },
        ), status
    lines = [message]
    if case.on_time:
        lines.append(_t(lang, "Jika diregister hari itu:", "If registered that day:"))
        lines += [
            f"  - {d.rule.describe(lang)}: {_moment_text(d.due, lang)} [{d.rule.basis}]"
            + _provisional(d.rule.certainty, lang)
            for d in later
        ]
        lines += [
            f"  - {r.describe(lang)} [{r.basis}]" + _provisional(r.certainty, lang)
            for r in following
        ]
    return lines, status


def _moment_text(moment: dt.date, lang: str) -> str:
    if isinstance(moment, dt.datetime):
        return f"{format_date(moment.date(), locale=lang)} {moment:%H.%M}"
    return format_date(moment, locale=lang)


# -- rekap -------------------------------------------------------------------------------------


_PROGRESS_DELAY = 0.5  # seconds of reading before a progress line shows on its own


class _Progress:
    """A progress line on a stream (``Membaca hasil.csv: 45%``), redrawn every ``interval`` s.

    Each update starts with a carriage return, so it overwrites the line. It is called as
    ``progress(done, total)`` (bytes) by :func:`read_results_csv`; ``close`` ends the line
    once something was shown. Nothing is drawn before ``delay`` seconds have passed, so a
    small file, read at once, leaves no trace.
    """

    def __init__(
        self,
        stream: TextIO,
        label: str,
        lang: str,
        *,
        interval: float = 0.1,
        delay: float = 0.0,
    ) -> None:
        self.stream = stream
        self.label = label
        self.lang = lang
        self.interval = interval
        self._start = time.monotonic()
        self.delay = delay
        self._last = -float("inf")
        self._shown: int | None = None

    def __call__(self, done: int, total: int) -> None:
        percent = min(100, done * 100 // total) if total > 0 else 100
        now = time.monotonic()
        if (
            percent == self._shown
            or now - self._start < self.delay
            or (percent < 100 and now - self._last < self.interval)
        ):
            return
        self._last, self._shown = now, percent
        shown = format_percent(Fraction(percent, 100), decimals=0, locale=self.lang)
        self.stream.write(f"\r{self.label}: {shown}")
        self.stream.flush()

    def close(self) -> None:
        if self._shown is not None:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = None


def _election_of(batch: TpsResults, chosen: str | None) -> ElectionKind | None:
    if chosen is not None:
        return ElectionKind[chosen.upper()]
    regions = {code[:4] for code in batch.codes}
    if len(regions) == 1:
        return RegionCode(regions.pop()).election
    if len({region[:2] for region in regions}) == 1:
        return ElectionKind.GUBERNUR
    return None


def _read(path: str, lang: str, show_progress: bool | None) -> TpsResults:
    """Read the results CSV, with a progress line on stderr; bad rows are a :class:`_CliError`."""
    # Shown on a terminal once reading takes more than half a second, or at once if asked for.
    delay = 0.0 if show_progress else _PROGRESS_DELAY
    if show_progress is None:
        show_progress = sys.stderr.isatty()
    name = os.path.basename(path) or path
    label = _t(lang, f"Membaca {name}", f"Reading {name}")
    bar = _Progress(sys.stderr, label, lang, delay=delay)
    try:
        return read_results_csv(path, progress=bar if show_progress else None)
    except ResultsCsvError as exc:
        shown = exc.errors[:20]
        more = len(exc.errors) - len(shown)
        raise _CliError(
            f"{path}: {len(exc.errors)} baris salah: "
            + "; ".join(f"baris {e.line} kolom {e.column}: {e.problem}" for e in shown)
            + (f" (+{more} lagi)" if more else ""),
            f"{path}: {len(exc.errors)} bad row(s): "
            + "; ".join(f"line {e.line} column {e.column}: {e.problem}" for e in shown)
            + (f" (+{more} more)" if more else ""),
        ) from None
    except UnicodeDecodeError as exc:
        raise _CliError(
            f"{path}: bukan teks UTF-8 (byte {exc.start}: {exc.reason})",
            f"{path}: not UTF-8 text (byte {exc.start}: {exc.reason})",
        ) from None
    except csv.Error as exc:
        raise _CliError(
            f"{path}: bukan CSV yang dapat dibaca ({exc})", f"{path}: not a readable CSV ({exc})"
        ) from None
    finally:
        bar.close()


def _rekap(args: argparse.Namespace) -> tuple[list[str], int]:
    lang: str = args.lang
    batch = _read(args.file, lang, args.progress)
    level = AreaLevel.parse(args.tingkat)
    recap = recapitulate(batch, level=level)
    anomalies = batch.validate()
    election = _election_of(batch, args.pemilihan)
    outcome = decide(batch, election=election) if election is not None else None
    status = 1 if anomalies else 0
    if args.json:
        return _document(
            args,
            {
                "level": level.name,
                "election": election.name if election else None,
                "tps": len(batch),
                "areas": [
                    {
                        "code": row.area.digits,
                        "tps": row.tps,
                        "pairs": row.pairs,
                        "dpt": row.dpt,
                        "dptb": row.dptb,
                        "voters": row.voters,
                        "voters_dpt": row.voters_dpt,
                        "voters_dptb": row.voters_dptb,
                        "voters_dpk": row.voters_dpk,
                        "ballots_used": row.ballots_used,
                        "valid": row.valid,
                        "invalid": row.invalid,
                        "kolom_kosong": row.kolom_kosong,
                        "votes": list(row.votes),
                        "turnout": _share(row.turnout) if row.turnout is not None else None,
                    }
                    for row in recap
                ],
                "anomalies": [
                    {
                        "tps": a.tps.digits,
                        "kind": a.kind.name,
                        "field": a.field,
                        "found": a.found,
                        "expected": a.expected,
                        "message": a.message(locale=lang),
                        "basis": str(a.basis),
                        "certainty": a.certainty.name,
                    }
                    for a in anomalies
                ],
                "outcome": None
                if outcome is None
                else {
                    "election": outcome.election.name,
                    "region": outcome.region.digits if outcome.region else None,
                    "rule": outcome.rule.name,
                    "verdict": outcome.verdict.name,
                    "elected": outcome.elected,
                    "runoff": list(outcome.runoff),
                    "tied": list(outcome.tied),
                    "votes": list(outcome.votes),
                    "kolom_kosong": outcome.kolom_kosong,
                    "valid": outcome.valid,
                    "message": outcome.message(locale=lang),
                    "basis": str(outcome.basis),
                    "certainty": outcome.certainty.name,
                },
            },
        ), status
    label = level.label(lang)
    lines = [
        _t(
            lang,
            f"Rekapitulasi tingkat {label}: {len(recap)} {label}, {len(batch)} TPS",
            f"Recapitulation at {label} level: {len(recap)} area(s), {len(batch)} TPS",
        )
    ]
    voters, turnout, valid = (
        ("pengguna", "partisipasi", "sah") if lang == "id" else ("voters", "turnout", "valid")
    )
    for row in recap:
        votes = "  ".join(f"{n}: {v}" for n, v in enumerate(row.votes, start=1))
        lines.append(
            f"{row.area}  TPS {row.tps}  DPT {row.dpt}  {voters} {row.voters}  "
            f"{turnout} {row.turnout_text(locale=lang)}  {valid} {row.valid}  {votes}"
        )
    if anomalies:
        lines.append(f"{_t(lang, 'Anomali', 'Anomalies')} ({len(anomalies)}):")
        lines += [f"  {a.message(locale=lang)}" for a in anomalies]
    if outcome is not None:
        lines.append(f"{_t(lang, 'Hasil', 'Outcome')}: {outcome.message(locale=lang)}")
    return lines, status


# -- rupiah, tanggal ---------------------------------------------------------------------------

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


def _rupiah(args: argparse.Namespace) -> tuple[list[str], int]:
    lang: str = args.lang
    labels = _LABELS[lang]
    amount = Rupiah.parse(args.amount, locale=lang)
    weights: list[Decimal] = args.split or []
    parts = amount.allocate(*weights) if weights else []
    total_weight = sum((Fraction(w) for w in weights), Fraction(0))
    shares = [Fraction(w) / total_weight for w in weights] if weights else []
    if args.json:
        return _document(
            args,
            {
                "input": args.amount,
                "amount": _money(amount),
                "formatted": amount.format(locale=lang),
                "terbilang": amount.terbilang(),
                "parts": [
                    {
                        "number": number,
                        "weight": format(weight, "f"),
                        "share": _share(share),
                        "amount": _money(part),
                        "formatted": part.format(locale=lang),
                        "terbilang": part.terbilang(),
                    }
                    for number, (weight, share, part) in enumerate(
                        zip(weights, shares, parts, strict=True), start=1
                    )
                ],
                "total": _money(sum(parts, Rupiah(0))) if parts else None,
            },
        ), 0
    lines = [
        f"{labels['amount']}: {amount.format(locale=lang)}",
        f"{labels['words']}: {amount.terbilang()}",
    ]
    for number, (share_value, part) in enumerate(zip(shares, parts, strict=True), start=1):
        decimals = 0 if (share_value * 100).denominator == 1 else 2
        share = format_percent(share_value, decimals=decimals, locale=lang)
        lines.append(f"{labels['part']} {number} ({share}): {part.format(locale=lang)}")
        lines.append(f"  {labels['words']}: {part.terbilang()}")
    if parts:
        lines.append(f"{labels['total']}: {sum(parts, Rupiah(0)).format(locale=lang)}")
    return lines, 0


def _tanggal(args: argparse.Namespace) -> tuple[list[str], int]:
    lang: str = args.lang
    start: dt.date = args.start
    end: dt.date | None = args.end
    if end is None:
        text = format_date(start, locale=lang)
    else:
        text = format_period(start, end, locale=lang)
    if args.json:
        return _document(
            args,
            {
                "start": start.isoformat(),
                "end": end.isoformat() if end else None,
                "days": (end - start).days + 1 if end else 1,
                "text": text,
            },
        ), 0
    return [text], 0


# -- main --------------------------------------------------------------------------------------

_COMMANDS: dict[str, Callable[[argparse.Namespace], tuple[list[str], int]]] = {
    "jadwal": _jadwal,
    "hibah": _hibah,
    "adhoc": _adhoc,
    "ambang": _ambang,
    "sengketa": _sengketa,
    "laporan": _laporan,
    "rekap": _rekap,
    "rupiah": _rupiah,
    "tanggal": _tanggal,
}


def _reason(exc: Exception, lang: str) -> str:
    """One line saying what was wrong with the input."""
    if isinstance(exc, _CliError):
        return exc.message(lang)
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    if isinstance(exc, UnicodeDecodeError):
        return _t(
            lang,
            f"bukan teks UTF-8 (byte {exc.start}: {exc.reason})",
            f"not UTF-8 text (byte {exc.start}: {exc.reason})",
        )
    return str(exc)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default: ``sys.argv[1:]``); returns the exit status.

    0 on success, 1 when the command finds a rule breach, 2 on bad input (one line on stderr),
    130 when interrupted. It never raises :class:`SystemExit`: ``--help`` and ``--version``
    return 0 once printed.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    parser, commands = _parser(_lang_in(argv))
    try:
        args, extra = parser.parse_known_args(argv)
        if extra:
            commands[args.command].error(f"unrecognized arguments: {' '.join(extra)}")
    except SystemExit as exc:  # --help, --version, or a usage error already reported
        return exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 2
    lang: str = args.lang
    prog = commands[args.command].prog
    try:
        lines, status = _COMMANDS[args.command](args)
    except (PilkadaError, _CliError, OSError, UnicodeDecodeError) as exc:
        sys.stderr.write(f"{prog}: error: {' '.join(_reason(exc, lang).split())}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write(f"{prog}: {_t(lang, 'dihentikan', 'interrupted')}\n")
        return 130
    except Exception as exc:  # a bug of ours: still one line, never a traceback
        what = _t(lang, "galat tak terduga, mohon laporkan", "unexpected error, please report it")
        sys.stderr.write(f"{prog}: error: {what}: {type(exc).__name__}: {exc}\n")
        return 2
    try:
        sys.stdout.write("\n".join(lines) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped early (`| head`): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return status
