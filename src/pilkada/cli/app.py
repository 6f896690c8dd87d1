"""The program: the parser put together from the subcommands, and :func:`main`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from pilkada import __version__
from pilkada.cli import (
    adhoc,
    ambang,
    dana,
    hibah,
    jadwal,
    laporan,
    rekap,
    rupiah,
    sengketa,
    tanggal,
)
from pilkada.cli.common import LANGS, PROG, Output, t
from pilkada.cli.errors import CliError, reason
from pilkada.cli.parser import About, Parser, description, lang_in
from pilkada.errors import PilkadaError

__all__ = ["COMMANDS", "build_parser", "main"]

#: The subcommands, in the order ``--help`` lists them. Each has an ``ABOUT`` (its help),
#: ``add_parser(subparsers, lang)`` (its options) and ``run(args)``.
COMMANDS = (jadwal, hibah, dana, adhoc, ambang, sengketa, laporan, rekap, rupiah, tanggal)

_ABOUT = (
    "Aturan Pilkada (pemilihan kepala daerah) Indonesia. Keluaran berbahasa Indonesia; "
    "--lang en untuk bahasa Inggris, --json untuk mesin.",
    "Rules of Indonesian regional elections (Pilkada). Output is Indonesian; --lang en "
    "for English, --json for machines.",
)


def _epilog(abouts: Sequence[About]) -> str:
    lines = ["contoh / examples:", *(f"  {about.examples[0]}" for about in abouts)]
    lines += [
        "",
        "status keluar / exit status:",
        "  0  berhasil / success",
        "  1  ada pelanggaran aturan / a rule breach found (jadwal, hibah, dana, sengketa, "
        "laporan, rekap)",
        "  2  masukan salah / bad input",
        "",
        "Setiap perintah punya --help, --json dan --lang en.",
        "Every command has --help, --json and --lang en.",
        "JSON: docs/cli.md",
    ]
    return "\n".join(lines)


def build_parser(lang: str = "id") -> tuple[Parser, dict[str, Parser]]:
    """The parser and its subparsers by name; ``lang`` is for the parser's own messages."""
    parser = Parser(
        prog=PROG,
        description=description(_ABOUT),
        epilog=_epilog([command.ABOUT for command in COMMANDS]),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.lang = lang
    parser.add_argument("--version", action="version", version=f"pilkada {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands: dict[str, Parser] = {}
    for command in COMMANDS:
        sub = commands[command.ABOUT.name] = command.add_parser(subparsers, lang)
        sub.add_argument(
            "--json", action="store_true", help="print JSON on stdout (see docs/cli.md)"
        )
        sub.add_argument(
            "--lang",
            choices=LANGS,
            default="id",
            help="language of the output (default: id, Indonesian; en: English)",
        )
    return parser, commands


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default: ``sys.argv[1:]``); returns the exit status.

    0 on success, 1 when the command finds a rule breach, 2 on bad input (one line on stderr),
    130 when interrupted. It never raises :class:`SystemExit`: ``--help`` and ``--version``
    return 0 once printed.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    parser, commands = build_parser(lang_in(argv))
    try:
        args, extra = parser.parse_known_args(argv)
        if extra:
            commands[args.command].error(f"unrecognized arguments: {' '.join(extra)}")
    except SystemExit as exc:  # --help, --version, or a usage error already reported
        return exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 2
    prog = commands[args.command].prog
    outcome = _run(args.run, args, prog)
    if isinstance(outcome, int):
        return outcome
    lines, status = outcome
    try:
        sys.stdout.write("\n".join(lines) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped early (`| head`): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return status


def _run(
    run: Callable[[argparse.Namespace], Output], args: argparse.Namespace, prog: str
) -> Output | int:
    """The command's output, or the exit status of a failure reported on stderr."""
    lang: str = args.lang
    try:
        return run(args)
    except (PilkadaError, CliError, OSError, UnicodeDecodeError) as exc:  # bad input
        sys.stderr.write(f"{prog}: error: {reason(exc, lang)}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write(f"{prog}: {t(lang, 'dihentikan', 'interrupted')}\n")
        return 130
    except Exception as exc:  # a bug of ours: still one line, never a traceback
        what = t(lang, "galat tak terduga, mohon laporkan", "unexpected error, please report it")
        sys.stderr.write(f"{prog}: error: {what}: {type(exc).__name__}: {exc}\n")
        return 2
