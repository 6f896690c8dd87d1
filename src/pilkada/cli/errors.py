"""Bad input, said in the command line's language and naming the option it came from.

The library names the Python field it refused (``filed_on``); a user typed an option
(``--dilaporkan``). Each subcommand runs the library inside :func:`options` (or
:func:`reading`, for a file), which turns a :class:`~pilkada.PilkadaError` into a
:class:`CliError` that names the option, framed in Indonesian or English; the library's own
reason, in English, follows.

>>> from pilkada.errors import PilkadaValueError
>>> try:
...     with options(filed_on="--dilaporkan"):
...         raise PilkadaValueError("filed_on", 1, "filed too early", "a later day")
... except CliError as exc:
...     print(exc.message("id"))
...     print(exc.message("en"))
argumen --dilaporkan: filed too early; a later day
argument --dilaporkan: filed too early; a later day
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from pilkada.cli.common import t
from pilkada.errors import PilkadaError

__all__ = ["CliError", "option_error", "options", "reading", "reason"]


class CliError(Exception):
    """Bad input the command line reports: a message in each language."""

    def __init__(self, text_id: str, text_en: str) -> None:
        super().__init__(text_en)
        self.text_id = text_id
        self.text_en = text_en

    def message(self, lang: str) -> str:
        """The message in ``lang``."""
        return t(lang, self.text_id, self.text_en)


def option_error(option: str, detail: str) -> CliError:
    """``argumen OPTION: DETAIL`` / ``argument OPTION: DETAIL``, as argparse says it."""
    return CliError(f"argumen {option}: {detail}", f"argument {option}: {detail}")


_INDEX = re.compile(r"\[[0-9]+\]$")


@contextmanager
def options(default: str | None = None, /, **fields: str) -> Iterator[None]:
    """Blame a library error on the option its field came from.

    ``fields`` maps the library's field names to options (``filed_on="--dilaporkan"``; an
    index, ``voters_per_tps[0]``, counts as its field); ``default`` takes any other field. An
    error whose field is not known passes unchanged.
    """
    try:
        yield
    except PilkadaError as exc:
        option = fields.get(_INDEX.sub("", exc.field), default)
        if option is None:
            raise
        raise option_error(option, f"{exc.problem}; {exc.rule}") from exc


@contextmanager
def reading(option: str, path: str) -> Iterator[None]:
    """Blame an unreadable or refused file on ``option``, keeping where in it the error is."""
    try:
        yield
    except PilkadaError as exc:
        # About the file as a whole (its name, its format), or about a place in it.
        where = "" if exc.field == "path" else f"{path}: {exc.field}: "
        raise option_error(option, f"{where}{exc.problem}; {exc.rule}") from exc
    except UnicodeDecodeError as exc:
        where = f"byte {exc.start}: {exc.reason}"
        raise CliError(
            f"argumen {option}: {path}: bukan teks UTF-8 ({where})",
            f"argument {option}: {path}: not UTF-8 text ({where})",
        ) from exc
    except OSError as exc:
        what = exc.strerror or type(exc).__name__
        raise CliError(
            f"argumen {option}: tidak dapat membaca {path}: {what}",
            f"argument {option}: cannot read {path}: {what}",
        ) from exc


def reason(exc: Exception, lang: str) -> str:
    """One line saying what was wrong with the input (an error no option was blamed for)."""
    if isinstance(exc, CliError):
        text = exc.message(lang)
    elif isinstance(exc, OSError) and exc.strerror:
        text = f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    else:
        text = str(exc)
    return " ".join(text.split())
