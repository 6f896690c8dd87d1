"""``rekap``: recapitulate TPS results from a CSV to a level, with anomalies and the outcome."""

from __future__ import annotations

import argparse
import csv
import os
import sys
from typing import TYPE_CHECKING, Any

from pilkada.cli.common import Output, citation, document, picked, plain, t
from pilkada.cli.errors import CliError, options, reading
from pilkada.cli.parser import About, Parser, command_parser
from pilkada.cli.progress import Progress
from pilkada.regions import AreaLevel, ElectionKind, RegionCode
from pilkada.results import (
    Anomaly,
    Outcome,
    Recap,
    RecapRow,
    ResultsCsvError,
    TpsResults,
    decide,
    read_results_csv,
    recapitulate,
)

if TYPE_CHECKING:
    from pilkada.cli.parser import Subparsers

__all__ = ["ABOUT", "PROGRESS_DELAY", "add_parser", "run"]

ABOUT = About(
    name="rekap",
    help="rekapitulasi hasil TPS / recapitulate TPS results and decide",
    description=(
        "Rekapitulasi hasil TPS dari berkas CSV ke suatu tingkat, dengan anomali dan "
        "penetapan hasil. Kemajuan pembacaan berkas tampil di stderr.",
        "Recapitulate TPS results from a CSV to a level, with the anomalies and the outcome. "
        "The progress of reading the file shows on stderr.",
    ),
    examples=(
        "python -m pilkada rekap hasil.csv --tingkat kecamatan",
        "python -m pilkada rekap hasil-nasional.csv --tingkat provinsi --json > rekap.json",
    ),
    breach=("ada anomali dalam hasil", "the results have anomalies"),
)

#: Seconds of reading before a progress line shows on its own (on a terminal).
PROGRESS_DELAY = 0.5

#: The fields of a recap row the document shows, after its ``code`` (to_dict's ``area``).
_AREA_FIELDS = ("tps", "pairs", "dpt", "dptb")
_VOTER_FIELDS = ("voters_dpt", "voters_dptb", "voters_dpk", "ballots_used", "valid", "invalid")


def add_parser(subparsers: Subparsers, lang: str) -> Parser:
    """The ``rekap`` parser: the file, ``--tingkat``, ``--pemilihan``, ``--progress``."""
    parser = command_parser(subparsers, ABOUT, lang)
    parser.add_argument("file", help="results CSV, one row per TPS (see docs/results.md)")
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
    """The recapitulation as lines or a JSON document; status 1 when there are anomalies."""
    lang: str = args.lang
    with options("--tingkat"):
        level = AreaLevel.parse(args.tingkat)
    batch = _read(args.file, lang, args.progress)
    recap = recapitulate(batch, level=level)
    anomalies = batch.validate()
    election = _election_of(batch, args.pemilihan)
    outcome = decide(batch, election=election) if election is not None else None
    status = 1 if anomalies else 0
    if args.json:
        body = {
            "level": plain(level),
            "election": plain(election),
            "tps": len(batch),
            "areas": [_area_json(row) for row in recap],
            "anomalies": [_anomaly_json(a, lang) for a in anomalies],
            "outcome": None if outcome is None else _outcome_json(outcome, lang),
        }
        return document(args, body), status
    return _lines(recap, len(batch), anomalies, outcome, lang), status


def _read(path: str, lang: str, show_progress: bool | None) -> TpsResults:
    """Read the results CSV, with a progress line on stderr; bad rows are a :class:`CliError`."""
    # Shown on a terminal once reading takes more than half a second, or at once if asked for.
    delay = 0.0 if show_progress else PROGRESS_DELAY
    if show_progress is None:
        show_progress = sys.stderr.isatty()
    name = os.path.basename(path) or path
    bar = Progress(sys.stderr, t(lang, f"Membaca {name}", f"Reading {name}"), lang, delay=delay)
    try:
        with reading("file", path):
            return _parse(path, bar if show_progress else None)
    finally:
        bar.close()


def _parse(path: str, progress: Progress | None) -> TpsResults:
    """The results of the file; bad rows, or a file that is no CSV, are a :class:`CliError`."""
    try:
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
    return CliError(
        f"argumen file: {path}: {len(exc.errors)} baris salah: "
        + "; ".join(f"baris {e.line} kolom {e.column}: {e.problem}" for e in shown)
        + (f" (+{more} lagi)" if more else ""),
        f"argument file: {path}: {len(exc.errors)} bad row(s): "
        + "; ".join(f"line {e.line} column {e.column}: {e.problem}" for e in shown)
        + (f" (+{more} more)" if more else ""),
    )


def _election_of(batch: TpsResults, chosen: str | None) -> ElectionKind | None:
    if chosen is not None:
        return ElectionKind[chosen.upper()]
    regions = {code[:4] for code in batch.codes}
    if len(regions) == 1:
        return RegionCode(regions.pop()).election
    if len({region[:2] for region in regions}) == 1:
        return ElectionKind.GUBERNUR
    return None


# -- JSON --------------------------------------------------------------------------------------


def _area_json(row: RecapRow) -> dict[str, Any]:
    return {
        "code": plain(row.area),
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
    }


# -- text --------------------------------------------------------------------------------------


def _lines(
    recap: Recap, tps: int, anomalies: list[Anomaly], outcome: Outcome | None, lang: str
) -> list[str]:
    label = recap.level.label(locale=lang)
    lines = [
        t(
            lang,
            f"Rekapitulasi tingkat {label}: {len(recap)} {label}, {tps} TPS",
            f"Recapitulation at {label} level: {len(recap)} area(s), {tps} TPS",
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
        lines.append(f"{t(lang, 'Anomali', 'Anomalies')} ({len(anomalies)}):")
        lines += [f"  {a.message(locale=lang)}" for a in anomalies]
    if outcome is not None:
        lines.append(f"{t(lang, 'Hasil', 'Outcome')}: {outcome.message(locale=lang)}")
    return lines
