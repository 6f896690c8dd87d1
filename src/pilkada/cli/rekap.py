"""``rekap``: recapitulate TPS results from a CSV to a level, with anomalies and the outcome."""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from pilkada.cli.common import Output, citation, document, picked, plain, t
from pilkada.cli.errors import CliError, options, reading
from pilkada.cli.parser import About, Parser, command_parser
from pilkada.cli.progress import Progress
from pilkada.i18n import format_percent, lang_of
from pilkada.regions import PROVINCES, AreaLevel, ElectionKind, RegionCode
from pilkada.results import (
    Anomaly,
    Outcome,
    Recap,
    RecapRow,
    ResultsCsvError,
    ResultsXlsxError,
    TpsResults,
    decide,
    read_results_csv,
    read_results_xlsx,
    read_sirekap,
    recapitulate,
)
from pilkada.wilayah import is_known

if TYPE_CHECKING:
    from pilkada.cli.parser import Subparsers

__all__ = ["ABOUT", "PROGRESS_DELAY", "STAGES", "add_parser", "run"]

ABOUT = About(
    name="rekap",
    help="rekapitulasi hasil TPS / recapitulate TPS results and decide",
    description=(
        "Rekapitulasi hasil TPS dari berkas CSV, .xlsx atau JSON Sirekap ke suatu tingkat, "
        "dengan anomali dan penetapan hasil. Tiap tahap (baca, periksa, rekap, tetapkan) "
        "tampil di stderr.",
        "Recapitulate TPS results from a CSV, an .xlsx or Sirekap JSON to a level, with the "
        "anomalies and the outcome. Each stage (read, check, recap, decide) shows on stderr.",
    ),
    examples=(
        "python -m pilkada rekap hasil.csv --tingkat kecamatan",
        "python -m pilkada rekap hasil-nasional.csv --tingkat provinsi --json > rekap.json",
        "python -m pilkada rekap hasil.xlsx --lembar Blora --progress",
    ),
    breach=(
        "ada anomali dalam hasil, atau penetapannya sementara",
        "the results have anomalies, or the outcome is provisional",
    ),
)

#: Seconds of reading before a progress line shows on its own (on a terminal).
PROGRESS_DELAY = 0.5
#: The stages of a run: read, check, recapitulate, decide.
STAGES = 4

#: The fields of a recap row the document shows, after its ``code`` (to_dict's ``area``).
_AREA_FIELDS = ("tps", "pairs", "dpt", "dptb")
_VOTER_FIELDS = ("voters_dpt", "voters_dptb", "voters_dpk", "ballots_used", "valid", "invalid")


def add_parser(subparsers: Subparsers, lang: str) -> Parser:
    """The ``rekap`` parser: the file, ``--tingkat``, ``--pemilihan``, ``--progress``."""
    parser = command_parser(subparsers, ABOUT, lang)
    parser.add_argument(
        "file",
        help="results CSV or .xlsx, one row per TPS, or a Sirekap .json (see docs/results.md)",
    )
    parser.add_argument(
        "--lembar", help="the sheet of an .xlsx workbook to read (default: its first sheet)"
    )
    parser.add_argument(
        "--tingkat",
        default="kabupaten/kota",
        help="provinsi, kabupaten/kota, kecamatan or desa (default: kabupaten/kota)",
    )
    parser.add_argument(
        "--pemilihan",
        choices=[kind.name.lower() for kind in ElectionKind],
        help="the election, when the file does not tell (results of one region tell)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show the progress of reading the file on stderr (default: when it is a terminal)",
    )
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> Output:
    """The recapitulation as lines or a JSON document.

    Status 1 when there are anomalies or the outcome is provisional (TPS missing).
    """
    lang: str = args.lang
    with options("--tingkat"):
        level = AreaLevel.parse(args.tingkat)
    stage = _Stages(lang, args.progress)
    if args.file.lower().endswith(".json"):
        return _run_sirekap(args, level, stage)
    batch = _read(args.file, stage, args.lembar)
    stage(2, "Memeriksa hasil TPS", "Checking the TPS results")
    anomalies = batch.validate()
    stage(3, f"Rekapitulasi tingkat {level.value}", f"Recapitulating at {level.name_en} level")
    recap = recapitulate(batch, level=level)
    election, reason = _election_of(batch, args.pemilihan, lang)
    stage(4, "Penetapan hasil", "Deciding the outcome")
    outcome = decide(batch, election=election) if election is not None else None
    provisional = outcome is not None and outcome.provisional is not None
    status = 1 if anomalies or provisional else 0
    if args.json:
        body = {
            "level": plain(level),
            "election": plain(election),
            "election_reason": reason,
            "tps": len(batch),
            "tps_reported": recap.tps_reported,
            "tps_expected": recap.tps_expected,
            "areas": [_area_json(row) for row in recap],
            "anomalies": [_anomaly_json(a, lang) for a in anomalies],
            "outcome": None if outcome is None else _outcome_json(outcome, lang),
        }
        return document(args, body), status
    numbers = () if outcome is None else outcome.ballot_numbers
    lines = _lines(recap, len(batch), anomalies, outcome, lang, numbers=numbers)
    return [*lines[:1], reason, *lines[1:]], status


class _Stages:
    """The stage of the run on stderr (``[2/4] Memeriksa hasil TPS``), when progress shows.

    Shown from the start with ``--progress``; on a terminal by default, once the run has taken
    :data:`PROGRESS_DELAY` seconds (as the reading line), so a quick run leaves no trace.
    """

    def __init__(self, lang: str, show: bool | None) -> None:
        self.lang = lang
        self.forced = show is True
        self.show = sys.stderr.isatty() if show is None else show
        self._start = time.monotonic()

    def label(self, n: int, text_id: str, text_en: str) -> str:
        """The stage's text: ``[1/4] Membaca hasil.csv``."""
        return f"[{n}/{STAGES}] {t(self.lang, text_id, text_en)}"

    def __call__(self, n: int, text_id: str, text_en: str) -> None:
        late = time.monotonic() - self._start >= PROGRESS_DELAY
        if self.show and (self.forced or late):
            sys.stderr.write(self.label(n, text_id, text_en) + "\n")
            sys.stderr.flush()


def _run_sirekap(args: argparse.Namespace, level: AreaLevel, stage: _Stages) -> Output:
    """A Sirekap JSON file: its recap with the TPS progress, and the outcome when whole."""
    lang: str = args.lang
    name = os.path.basename(args.file) or args.file
    stage(1, f"Membaca {name} (Sirekap)", f"Reading {name} (Sirekap)")
    with reading("file", args.file):
        count = read_sirekap(args.file)
    stage(2, "Memeriksa kemajuan TPS", "Checking the TPS progress")
    stage(3, f"Rekapitulasi tingkat {level.value}", f"Recapitulating at {level.name_en} level")
    recap = count.recap
    if level.depth < recap.level.depth:
        recap = recapitulate(recap, level=level)
    stage(4, "Penetapan hasil", "Deciding the outcome")
    outcome = count.decide() if count.area == count.contest else None
    status = 1 if outcome is None or outcome.provisional is not None else 0
    share = format_percent(
        Fraction(count.tps_reported, count.tps_expected or 1), decimals=2, locale=lang
    )
    head = t(
        lang,
        f"Sirekap {count.snapshot or ''}: {count.election.label(lang)} "
        f"{count.contest.name or count.contest}; TPS masuk {count.tps_reported} dari "
        f"{count.tps_expected} ({share}); ini hitungan sementara, bukan rekapitulasi resmi",
        f"Sirekap {count.snapshot or ''}: {count.election.label(lang)} "
        f"{count.contest.name or count.contest}; TPS in {count.tps_reported} of "
        f"{count.tps_expected} ({share}); a partial count, not the official recapitulation",
    )
    if args.json:
        body = {
            "source": "sirekap",
            "snapshot": None if count.snapshot is None else count.snapshot.isoformat(),
            "election": plain(count.election),
            "contest": plain(count.contest),
            "pairs": [
                {"number": n, "name": name}
                for n, name in zip(count.numbers, count.names, strict=True)
            ],
            "tps_reported": count.tps_reported,
            "tps_expected": count.tps_expected,
            "level": plain(recap.level),
            "areas": [_area_json(row) for row in recap],
            "outcome": None if outcome is None else _outcome_json(outcome, lang),
        }
        return document(args, body), status
    lines = _lines(
        recap, count.tps_reported, [], outcome, lang, voters=False, numbers=count.numbers
    )
    if outcome is None:
        lines.append(
            t(
                lang,
                f"Hasil: berkas ini hanya sebagian dari pemilihan {count.contest.name}; "
                "tidak ditetapkan",
                f"Outcome: this file is only part of the election of {count.contest.name}; "
                "not decided",
            )
        )
    return [head, *lines], status


def _read(path: str, stage: _Stages, sheet: str | None) -> TpsResults:
    """Read the results file, its progress line the run's first stage; bad rows: CliError."""
    # Drawn at once with --progress; on a terminal, once the run takes PROGRESS_DELAY seconds.
    name = os.path.basename(path) or path
    label = stage.label(1, f"Membaca {name}", f"Reading {name}")
    delay = 0.0 if stage.forced else PROGRESS_DELAY
    bar = Progress(sys.stderr, label, stage.lang, delay=delay)
    try:
        with reading("file", path):
            return _parse(path, bar if stage.show else None, sheet)
    finally:
        bar.close()


def _parse(path: str, progress: Progress | None, sheet: str | None) -> TpsResults:
    """The results of the file; bad rows, or a file that is no CSV, are a :class:`CliError`."""
    xlsx = path.lower().endswith(".xlsx")
    if sheet is not None and not xlsx:
        raise CliError(
            "argumen --lembar: hanya untuk berkas .xlsx", "argument --lembar: only for an .xlsx"
        )
    try:
        if xlsx:
            return read_results_xlsx(path, sheet=sheet, progress=progress)
        return read_results_csv(path, progress=progress)
    except ResultsCsvError as exc:
        cause = exc.__cause__
        if isinstance(cause, csv.Error):  # no row to point at: the file is no CSV
            raise CliError(
                f"argumen file: {path}: bukan CSV yang dapat dibaca ({cause})",
                f"argument file: {path}: not a readable CSV ({cause})",
            ) from None
        raise _bad_rows(path, exc) from None


def _bad_rows(path: str, exc: ResultsCsvError) -> CliError:
    """The first 20 bad rows of the file, each with its line and column."""
    shown = exc.errors[:20]
    more = len(exc.errors) - len(shown)
    if isinstance(exc, ResultsXlsxError):
        where_id = where_en = f"{path} [{exc.sheet}]"
    else:  # the separator the cells were read with: a wrong guess shows at once
        where_id = f"{path} (pemisah {exc.delimiter!r})"
        where_en = f"{path} (separator {exc.delimiter!r})"
    return CliError(
        f"argumen file: {where_id}: {len(exc.errors)} baris salah: "
        + "; ".join(f"baris {e.line} kolom {e.column}: {e.problem}" for e in shown)
        + (f" (+{more} lagi)" if more else ""),
        f"argument file: {where_en}: {len(exc.errors)} bad row(s): "
        + "; ".join(f"line {e.line} column {e.column}: {e.problem}" for e in shown)
        + (f" (+{more} more)" if more else ""),
    )


def _election_of(
    batch: TpsResults, chosen: str | None, lang: str
) -> tuple[ElectionKind | None, str]:
    """The election, and why: given, or derived from the regions of the TPS codes."""
    if chosen is not None:
        kind = ElectionKind[chosen.upper()]
        return kind, t(
            lang,
            f"Pemilihan: {kind.label(lang)} (diberikan)",
            f"Election: {kind.label(lang)} (given)",
        )
    regions = sorted({code[:4] for code in batch.codes if is_known(code)})
    provinces = sorted({region[:2] for region in regions})
    if len(provinces) > 1:
        names = ", ".join(PROVINCES[p] for p in provinces)
        raise CliError(
            f"argumen file: berkas mencampur pemilihan beberapa provinsi ({names}); "
            "rekap tiap pemilihan terpisah",
            f"argument file: the file mixes the elections of several provinces ({names}); "
            "recapitulate each election apart",
        )
    if len(regions) == 1:
        region = RegionCode.parse(regions[0], known=False)
        held = region.election
        if held is not None:
            return held, t(
                lang,
                f"Pemilihan: {held.label(lang)} (semua TPS di {region.name}; pakai --pemilihan "
                "gubernur untuk pemilihan gubernur)",
                f"Election: {held.label(lang)} (every TPS is in {region.name}; use --pemilihan "
                "gubernur for the governor's election)",
            )
    if len(provinces) == 1:
        kind = ElectionKind.GUBERNUR
        return kind, t(
            lang,
            f"Pemilihan: {kind.label(lang)} (TPS di {len(regions)} kabupaten/kota "
            f"{PROVINCES[provinces[0]]})",
            f"Election: {kind.label(lang)} (TPS in {len(regions)} regencies/cities of "
            f"{PROVINCES[provinces[0]]})",
        )
    return None, t(lang, "Pemilihan: tidak dapat ditentukan", "Election: cannot be told")


# -- JSON --------------------------------------------------------------------------------------


def _area_json(row: RecapRow) -> dict[str, Any]:
    return {
        "code": plain(row.area),
        "name": row.area.name,
        "tps_reported": row.tps_reported,
        "tps_expected": row.tps_expected,
        **picked(row, *_AREA_FIELDS),
        "voters": row.voters,
        **picked(row, *_VOTER_FIELDS, "kolom_kosong", "votes"),
        "turnout": plain(row.turnout),
    }


def _anomaly_json(anomaly: Anomaly, lang: str) -> dict[str, Any]:
    return {
        **picked(anomaly, "tps", "kind", "field", "found", "expected"),
        "message": anomaly.message(locale=lang),
        "basis": citation(anomaly.basis),
        **picked(anomaly, "certainty"),
    }


def _outcome_json(outcome: Outcome, lang: str) -> dict[str, Any]:
    return {
        **picked(outcome, "election", "region", "rule", "verdict", "elected", "runoff", "tied"),
        **picked(outcome, "votes", "kolom_kosong", "valid"),
        "message": outcome.message(locale=lang),
        "basis": citation(outcome.basis),
        **picked(outcome, "certainty"),
        "provisional": None
        if outcome.provisional is None
        else outcome.provisional.reasons(locale=lang),
    }


# -- text --------------------------------------------------------------------------------------


def _lines(
    recap: Recap,
    tps: int,
    anomalies: list[Anomaly],
    outcome: Outcome | None,
    lang: str,
    *,
    voters: bool = True,
    numbers: tuple[int, ...] = (),
) -> list[str]:
    """The recap's lines; ``voters=False`` leaves out the DPT and voters a source lacks.

    ``numbers`` are the pairs' nomor urut, in the order of the votes (default 1, 2, 3...).
    """
    label = recap.level.label(locale=lang)
    lines = [
        t(
            lang,
            f"Rekapitulasi tingkat {label}: {len(recap)} {label}, {tps} TPS "
            f"(hasil masuk: {recap.tps_reported} dari {recap.tps_expected})",
            f"Recapitulation at {label} level: {len(recap)} area(s), {tps} TPS "
            f"(results in: {recap.tps_reported} of {recap.tps_expected})",
        )
    ]
    for row in recap:
        lines.append(_row_line(row, numbers, lang, voters=voters))
    if anomalies:
        lines.append(f"{t(lang, 'Anomali', 'Anomalies')} ({len(anomalies)}):")
        lines += [f"  {a.message(locale=lang)}" for a in anomalies]
    if outcome is not None:
        lines.append(f"{t(lang, 'Hasil', 'Outcome')}: {outcome.message(locale=lang)}")
    return lines


def _row_line(row: RecapRow, numbers: tuple[int, ...], lang: str, *, voters: bool) -> str:
    """One area: its code and name, TPS in, (DPT, voters, turnout,) valid, each pair's votes."""
    used, turnout, valid = (
        ("pengguna", "partisipasi", "sah")
        if lang_of(lang) == "id"
        else ("voters", "turnout", "valid")
    )
    name = row.area.name or t(lang, "(tidak ada dalam tabel wilayah)", "(not in the region table)")
    ballot = numbers or tuple(range(1, len(row.votes) + 1))
    votes = "  ".join(f"{n}: {v}" for n, v in zip(ballot, row.votes, strict=False))
    if row.pairs == 1 or row.kolom_kosong:
        votes += f"  {t(lang, 'kolom kosong', 'empty box')}: {row.kolom_kosong}"
    counts = (
        f"DPT {row.dpt}  {used} {row.voters}  {turnout} {row.turnout_text(locale=lang)}  "
        if voters
        else ""
    )
    tps = f"TPS {row.tps_reported}/{row.tps_expected}"
    return f"{row.area} {name}  {tps}  {counts}{valid} {row.valid}  {votes}"
