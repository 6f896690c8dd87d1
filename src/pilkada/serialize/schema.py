"""The JSON Schema (draft 2020-12) of the data each type is written as."""

from __future__ import annotations

import datetime as dt
import enum
import typing
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, TypeVar

import attrs

from pilkada.errors import PilkadaTypeError
from pilkada.law import LegalBasis
from pilkada.money import Rupiah
from pilkada.regions import AreaLevel, RegionCode
from pilkada.results import FIELD_NAMES, Recap, RecapRow, TpsResult, TpsResults
from pilkada.schedule import (
    Schedule,
    ScheduleEntry,
)
from pilkada.serialize.converter import (
    BUILTIN_SCHEDULE,
    DATE_TEXT,
    DATETIME_TEXT,
    DECIMAL_TEXT,
    FRACTION_TEXT,
    RUPIAH_TEXT,
    union_args,
)

__all__ = ["json_schema"]


def json_schema(cls: type[Any]) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the data :func:`to_dict` writes for ``cls``.

    Every class it refers to is in ``$defs``. Data that :func:`from_dict` reads validates
    against it; the rules a schema cannot say (a tranche of Rp0, a date before another) are
    checked by :func:`from_dict` alone.

    >>> from pilkada import LedgerEntry
    >>> schema = json_schema(LedgerEntry)
    >>> schema["$ref"], sorted(schema["$defs"]["LedgerEntry"]["properties"])
    ('#/$defs/LedgerEntry', ['amount', 'kind', 'note', 'on'])
    >>> schema["$defs"]["LedgerKind"]
    {'enum': ['TRANSFER', 'SPENDING', 'REFUND'], 'description': 'What a ledger line records.'}
    """
    if not isinstance(cls, type) and typing.get_origin(cls) is None:  # type: ignore[unreachable]
        raise PilkadaTypeError("cls", cls, f"got {type(cls).__name__}", "a public pilkada class")
    defs: dict[str, Any] = {}
    root = _schema(cls, defs)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **root, "$defs": defs}


def _described(schema: dict[str, Any], cls: type) -> dict[str, Any]:
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    return {**schema, "description": " ".join(doc.split())} if doc else schema


def _tps_results_schema(defs: dict[str, Any]) -> dict[str, Any]:
    """Columns (as ``to_dict`` writes a batch), or a list of records (read too)."""
    ints = {"type": "array", "items": {"type": "integer"}}
    columns = {
        "type": "object",
        "description": "One array per field, in TPS order; votes: one array per pair slot.",
        "properties": {
            "tps": {"type": "array", "items": {"type": "string"}},
            **dict.fromkeys(FIELD_NAMES, ints),
            "votes": {"type": "array", "items": ints},
        },
        "required": ["tps", *(n for n in FIELD_NAMES if n != "kolom_kosong"), "votes"],
        "additionalProperties": False,
    }
    return {"oneOf": [columns, {"type": "array", "items": _schema(TpsResult, defs)}]}


def _schema(tp: object, defs: dict[str, Any]) -> dict[str, Any]:  # noqa: PLR0911 - one per shape
    """The schema of one type; named classes go to ``defs`` and are referred to."""
    if tp is type(None):
        return {"type": "null"}
    if tp is Any:
        return {}
    args = union_args(tp)
    if args is not None:
        return {"anyOf": [_schema(arg, defs) for arg in args]}
    if isinstance(tp, TypeVar):
        return {}
    origin = typing.get_origin(tp)
    if origin is tuple:
        items = typing.get_args(tp)
        if len(items) == 2 and items[1] is Ellipsis:
            return {"type": "array", "items": _schema(items[0], defs)}
        return {
            "type": "array",
            "prefixItems": [_schema(item, defs) for item in items],
            "minItems": len(items),
            "maxItems": len(items),
        }
    if tp is LegalBasis:
        if "LegalBasis" not in defs:
            defs["LegalBasis"] = {}
            defs["LegalBasis"] = _described(_class_schema(LegalBasis, defs), LegalBasis)
        plain = _PLAIN_SCHEMAS[LegalBasis]
        return {**plain, "anyOf": [*plain["anyOf"], {"$ref": "#/$defs/LegalBasis"}]}
    if tp in _PLAIN_SCHEMAS:
        return dict(_PLAIN_SCHEMAS[tp])
    target = origin if origin is not None else tp
    if not isinstance(target, type):
        raise PilkadaTypeError("cls", tp, f"{tp!r} has no JSON shape", "a type pilkada defines")
    name = target.__name__
    if name not in defs:
        defs[name] = {}  # a placeholder: a class may refer to itself (Region.parent)
        defs[name] = _described(_class_schema(tp, defs), target)
    return {"$ref": f"#/$defs/{name}"}


_DATE_SCHEMA: Final = {"type": "string", "format": "date", "pattern": f"^{DATE_TEXT.pattern}$"}
_PLAIN_SCHEMAS: Final[Mapping[Any, Mapping[str, Any]]] = {
    int: {"type": "integer"},
    str: {"type": "string"},
    bool: {"type": "boolean"},
    Decimal: {"type": "string", "pattern": f"^{DECIMAL_TEXT.pattern}$"},
    Fraction: {"type": "string", "pattern": f"^{FRACTION_TEXT.pattern}$"},
    dt.date: _DATE_SCHEMA,
    dt.datetime: {
        "type": "string",
        "format": "date-time",
        "pattern": f"^{DATETIME_TEXT.pattern}$",
    },
    RegionCode: {
        "type": "string",
        "pattern": "^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{10}|[0-9]{13})$",
        "description": "A region or TPS code: 2, 4, 6, 10 or 13 digits.",
    },
    Rupiah: {
        "anyOf": [
            {"type": "string", "pattern": f"^{RUPIAH_TEXT.pattern}$"},
            {"type": "integer"},
        ],
        "description": "An exact Rupiah amount: a decimal string with at most two places.",
    },
    LegalBasis: {
        "anyOf": [
            {"type": "string", "description": "A citation, such as 'UU 10/2016 Pasal 201'."},
            {
                "type": "object",
                "properties": {
                    "citation": {"type": "string"},
                    "title": {"type": "string"},
                    "url": {"type": ["string", "null"]},
                    "effective": {"anyOf": [_DATE_SCHEMA, {"type": "null"}]},
                    "checked": {"anyOf": [_DATE_SCHEMA, {"type": "null"}]},
                },
                "required": ["citation"],
                "additionalProperties": False,
            },
        ],
        "description": "A legal basis: its citation, or a table with extras.",
    },
}


def _class_schema(tp: object, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of an enum, a class with a shape of its own, or an attrs class's fields."""
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": list(tp.__members__)}
    if tp is Schedule:
        return _schedule_schema(defs)
    if tp is ScheduleEntry:
        entry = _entry_schema(defs)
        key = {"type": "string", "description": "A Stage or Step name."}
        entry["properties"] = {"key": key, **entry["properties"]}
        entry["required"] = ["key"]
        return entry
    if tp is TpsResults:
        return _tps_results_schema(defs)
    if tp is Recap:
        return {
            "type": "object",
            "properties": {
                "level": _schema(AreaLevel, defs),
                "rows": _schema(tuple[RecapRow, ...], defs),
            },
            "required": ["level", "rows"],
            "additionalProperties": False,
        }
    cls = typing.get_origin(tp) or tp
    if not isinstance(cls, type) or not attrs.has(cls):
        raise PilkadaTypeError("cls", tp, f"{tp!r} has no JSON shape", "a type pilkada defines")
    hints = typing.get_type_hints(cls)
    bound = dict(zip(getattr(cls, "__parameters__", ()), typing.get_args(tp), strict=False))
    properties = {}
    required = []
    for field in attrs.fields(cls):
        hint = hints[field.name]
        properties[field.name] = _schema(bound.get(hint, hint), defs)
        if field.default is attrs.NOTHING:
            required.append(field.name)
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _entry_schema(defs: dict[str, Any]) -> dict[str, Any]:
    from pilkada.law import Certainty  # noqa: PLC0415
    from pilkada.stages import Event, Stage  # noqa: PLC0415

    anchors = [*Event.__members__, *Stage.__members__]
    basis = _schema(LegalBasis, defs)
    return {
        "type": "object",
        "properties": {
            "start": _DATE_SCHEMA,
            "end": _DATE_SCHEMA,
            "by": _DATE_SCHEMA,
            "after": {"enum": anchors},
            "days": {"type": "integer", "minimum": 0},
            "working_days": {"type": "boolean"},
            "set_by": {"type": "string"},
            "set_by_en": {"type": "string"},
            "certainty": {"enum": [*Certainty.__members__, *(c.value for c in Certainty)]},
            "basis": basis,
            "source": {"type": "string"},
            "note": {"type": "string"},
        },
        "oneOf": [{"required": [form]} for form in ("start", "by", "after", "set_by")],
        "additionalProperties": False,
    }


def _schedule_schema(defs: dict[str, Any]) -> dict[str, Any]:
    from pilkada.stages import Stage, Step  # noqa: PLC0415

    entry = _entry_schema(defs)
    return {
        "anyOf": [
            {"const": BUILTIN_SCHEDULE, "description": "The official 2024 schedule."},
            {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "voting_day": _DATE_SCHEMA,
                    "basis": _schema(LegalBasis, defs),
                    "stages": {
                        "type": "object",
                        "propertyNames": {"enum": list(Stage.__members__)},
                        "additionalProperties": entry,
                    },
                    "steps": {
                        "type": "object",
                        "propertyNames": {"enum": list(Step.__members__)},
                        "additionalProperties": entry,
                    },
                },
                "required": ["name", "voting_day"],
                "additionalProperties": False,
            },
        ]
    }
