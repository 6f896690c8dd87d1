"""The argument parser: usage errors as one line in the output language, help in both.

Each subcommand describes itself with an :class:`About` and builds its own parser with
:func:`command_parser`; :mod:`pilkada.cli.app` puts them together.
"""

from __future__ import annotations

import argparse
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NoReturn, TypeAlias

from pilkada.cli.common import LANGS, t

if TYPE_CHECKING:
    #: The object ``add_subparsers`` returns, which makes each subcommand's parser.
    Subparsers: TypeAlias = "argparse._SubParsersAction[Parser]"

__all__ = ["About", "Parser", "command_parser", "description", "lang_in"]


@dataclass(frozen=True, kw_only=True)
class About:
    """What ``--help`` says of a subcommand: its line, description, examples, exit status 1."""

    name: str
    help: str
    #: Indonesian, then English.
    description: tuple[str, str]
    examples: tuple[str, ...]
    #: What exit status 1 means (Indonesian, English), or ``None`` when it never happens.
    breach: tuple[str, str] | None = None


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


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr, exit status 2."""

    lang: str = "id"  # the language of its messages, set once built

    def error(self, message: str) -> NoReturn:
        """Print the usage error as one line, in the parser's language, and exit 2."""
        text = " ".join(message.split())
        if self.lang == "id":
            for pattern, replacement in _ARGPARSE_ID:
                if pattern.fullmatch(text):
                    text = pattern.sub(replacement, text)
                    break
        hint = t(self.lang, "lihat --help", "see --help")
        self.exit(2, f"{self.prog}: error: {text} ({hint})\n")


def lang_in(argv: Sequence[str]) -> str:
    """The ``--lang`` asked for, read before parsing (for the parser's own messages)."""
    lang = "id"
    for n, arg in enumerate(argv):
        name, eq, value = arg.partition("=")
        if len(name) > 3 and "--lang".startswith(name):
            if not eq:
                value = argv[n + 1] if n + 1 < len(argv) else ""
            lang = value if value in LANGS else lang
    return lang


def description(texts: tuple[str, str]) -> str:
    """The Indonesian and the English description, one paragraph each."""
    return "\n\n".join(textwrap.fill(text, width=78) for text in texts)


def _epilog(about: About) -> str:
    lines = ["contoh / examples:", *(f"  {example}" for example in about.examples)]
    lines += ["", "status keluar / exit status:", "  0  berhasil / success"]
    if about.breach is not None:
        text_id, text_en = about.breach
        lines += [f"  1  {text_id} /", f"     {text_en}"]
    lines += ["  2  masukan salah / bad input", "", "JSON: docs/cli.md"]
    return "\n".join(lines)


def command_parser(subparsers: Subparsers, about: About, lang: str) -> Parser:
    """A subcommand's parser, with its description and epilog; it adds its own options."""
    parser = subparsers.add_parser(
        about.name,
        help=about.help,
        description=description(about.description),
        epilog=_epilog(about),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.lang = lang
    return parser
