"""The public functions: plain data and JSON, both ways."""

from __future__ import annotations

import json
import typing
from typing import Any

from cattrs.errors import (
    ClassValidationError,
    IterableValidationError,
    StructureHandlerNotFoundError,
)

from pilkada.errors import PilkadaError, PilkadaParseError, PilkadaTypeError, shown
from pilkada.serialize.converter import CONVERTER, T
from pilkada.serialize.paths import as_error, leaves

__all__ = ["from_dict", "from_json", "to_dict", "to_json"]

#: The rule when a JSON number is past Python's limit on reading text as an int.
_NUMBER_RULE = "numbers of at most 4,300 digits (no count or amount comes near that)"


# -- the public functions --------------------------------------------------------------------------


def to_dict(obj: object) -> Any:  # noqa: ANN401 - plain data, as json.loads gives
    """``obj`` as plain data (dicts, lists, strings, ints, booleans and ``None``).

    Raises:
        PilkadaTypeError: ``obj`` is not of a type :mod:`pilkada` defines.
    """
    kind = type(obj)
    if not kind.__module__.startswith("pilkada."):
        raise PilkadaTypeError(
            "obj", obj, f"got {kind.__name__}", "an object of a type pilkada defines"
        )
    return CONVERTER.unstructure(obj)


def from_dict(cls: type[T], data: object) -> T:
    """Build a ``cls`` from plain data, as :func:`to_dict` wrote it (or a person, or a form).

    Everything ``cls`` checks when built is checked; nothing is half-built, nothing is fixed up.

    Raises:
        PilkadaValueError: a value breaks a rule, a key is unknown or missing; ``field`` is the
            JSON path to it (``$.ledger[1].amount``).
        PilkadaTypeError: a ``float`` where an amount is expected, and the like.
    """
    if not isinstance(cls, type) and typing.get_origin(cls) is None:  # type: ignore[unreachable]
        raise PilkadaTypeError(
            "cls", cls, f"got {type(cls).__name__} {shown(cls)}", "a public pilkada class"
        )
    try:
        result: T = CONVERTER.structure(data, cls)
    except StructureHandlerNotFoundError:
        raise PilkadaTypeError(
            "cls", cls, f"{cls!r} has no data form", "a public pilkada class, e.g. Dated[int]"
        ) from None
    except PilkadaError as exc:
        raise as_error("$", exc, cls) from None
    except (ClassValidationError, IterableValidationError, KeyError, ValueError, TypeError) as exc:
        found = leaves(exc, "$")
        first = as_error(*found[0], cls)
        if len(found) > 1:
            others = ", ".join(p for p, _ in found[1:4]) + (", ..." if len(found) > 4 else "")
            first.problem += f" (and {len(found) - 1} more problem(s): {others})"
            first.args = (f"{first.field}: {first.problem}; {first.rule}",)
        raise first from None
    return result


def to_json(obj: object, *, indent: int | None = 2) -> str:
    """``obj`` as a JSON document (UTF-8 text; Indonesian words stay readable)."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(cls: type[T], text: str | bytes) -> T:
    """Build a ``cls`` from a JSON document (see :func:`from_dict`).

    Raises:
        PilkadaParseError: ``text`` is not JSON, or holds a number too long to read.
        PilkadaTypeError: ``text`` is neither ``str`` nor ``bytes``.
    """
    if not isinstance(text, (str, bytes, bytearray)):
        raise PilkadaTypeError(
            "text",
            text,
            f"got {type(text).__name__} {shown(text)}",
            "a JSON document as str or bytes",
        )
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PilkadaParseError("$", text, f"not a JSON document: {exc}", "valid JSON") from None
    except RecursionError:
        raise PilkadaParseError("$", text, "nested too deep to read", "plain JSON") from None
    except ValueError:  # an integer past Python's 4,300-digit limit on reading text as an int
        raise PilkadaParseError(
            "$", text, "holds a number too long to read", _NUMBER_RULE
        ) from None
    return from_dict(cls, data)
