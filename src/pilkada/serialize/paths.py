"""Errors from reading plain data, each named by the JSON path to the bad value."""

from __future__ import annotations

from typing import Final

import attrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)

from pilkada.errors import PilkadaError, PilkadaParseError, PilkadaTypeError, PilkadaValueError

__all__ = ["as_error", "leaves"]


# -- errors with their path ----------------------------------------------------------------------


def _join(path: str, field: str) -> str:
    if field == "$" or field.startswith(("$.", "$[")):
        return path + field[1:]
    return f"{path}.{field}" if field else path


def leaves(exc: BaseException, path: str) -> list[tuple[str, BaseException]]:
    """Every error inside a cattrs error, each with the JSON path of the value it is about."""
    if isinstance(exc, IterableValidationError):
        items, rest = exc.group_exceptions()
        found = [leaf for sub, note in items for leaf in leaves(sub, f"{path}[{note.index}]")]
        return found + [leaf for sub in rest for leaf in leaves(sub, path)]
    if isinstance(exc, ClassValidationError):
        fields, rest = exc.group_exceptions()
        found = [leaf for sub, note in fields for leaf in leaves(sub, f"{path}.{note.name}")]
        return found + [leaf for sub in rest for leaf in leaves(sub, path)]
    if isinstance(exc, BaseExceptionGroup):
        return [leaf for sub in exc.exceptions for leaf in leaves(sub, path)]
    return [(path, exc)]


def as_error(path: str, exc: BaseException, cls: type) -> PilkadaError:
    """One bad value as a :class:`PilkadaError` whose ``field`` is its full path."""
    if isinstance(exc, ForbiddenExtraKeysError):
        names = sorted(exc.extra_fields)
        known = ", ".join(f.name for f in attrs.fields(exc.cl)) if attrs.has(exc.cl) else ""
        return PilkadaValueError(
            _join(path, names[0]),
            names[0],
            f"unknown key {names[0]!r} for {exc.cl.__name__}",
            f"the keys are: {known}",
        )
    if isinstance(exc, KeyError) and not isinstance(exc, PilkadaError):
        # cattrs has already put the missing field's name on the path.
        name = path.rpartition(".")[2]
        return PilkadaValueError(path, None, f"{name!r} is missing", "give it")
    if isinstance(exc, PilkadaError):
        kind = type(exc) if type(exc) in _PLAIN_ERRORS else PilkadaValueError
        return kind(_join(path, exc.field), exc.value, exc.problem, exc.rule)
    name = getattr(cls, "__name__", str(cls))
    return PilkadaValueError(path, None, str(exc), f"the shape json_schema({name}) describes")


_PLAIN_ERRORS: Final = (PilkadaValueError, PilkadaTypeError, PilkadaParseError)
