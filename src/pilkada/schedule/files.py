"""Schedules in files: :func:`load_schedule` and the built-in 2024 schedule."""

from __future__ import annotations

import functools
import json
import os
import tomllib
from importlib import resources

from pilkada.errors import PilkadaParseError, PilkadaTypeError, PilkadaValueError, shown
from pilkada.schedule.timetable import Schedule, schedule_from_dict

__all__ = ["load_schedule", "pilkada_2024"]


def load_schedule(path: str | os.PathLike[str]) -> Schedule:
    """Read a schedule from a ``.toml`` or ``.json`` file (see :meth:`Schedule.from_dict`).

    Raises:
        PilkadaParseError: The file is not valid TOML or JSON.
        PilkadaValueError: The content is not a valid schedule; ``field`` names the path. Also a
            path holding a NUL character.
        PilkadaTypeError: ``path`` is not a ``str`` or ``os.PathLike``.
        OSError: The file cannot be read.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise PilkadaTypeError(
            "path", path, f"got {type(path).__name__} {shown(path)}", "a file path (str or Path)"
        )
    path = os.fspath(path)
    if not isinstance(path, str):  # a PathLike giving bytes
        raise PilkadaTypeError(
            "path", path, f"got {type(path).__name__} {shown(path)}", "a file path (str or Path)"
        )
    if "\0" in path:
        raise PilkadaValueError(
            "path", path, f"{path!r} holds a NUL character", "a file path without NUL characters"
        )
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in (".toml", ".json"):
        raise PilkadaValueError(
            "path", path, f"cannot tell the format of {path!r}", "a .toml or .json file"
        )
    with open(path, "rb") as handle:
        raw = handle.read()
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark, as Windows editors write, is fine
        data = tomllib.loads(text) if suffix == ".toml" else json.loads(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise PilkadaParseError(
            "path", path, f"{path!r} is not valid {suffix[1:].upper()}: {exc}", "fix the syntax"
        ) from None
    except (RecursionError, ValueError) as exc:  # nesting too deep, integers too long
        raise PilkadaParseError(
            "path", path, f"{path!r} cannot be read: {type(exc).__name__}", "a plain schedule file"
        ) from None
    if not isinstance(data, dict):
        raise PilkadaValueError("$", data, "the document is not a table", "a table at the top")
    return schedule_from_dict(data)


@functools.cache
def pilkada_2024() -> Schedule:
    """The PKPU 2/2024 schedule (``pilkada.PILKADA_2024``), read from its data file once."""
    text = resources.files("pilkada.data").joinpath("pilkada_2024.toml").read_text("utf-8")
    return schedule_from_dict(tomllib.loads(text))
