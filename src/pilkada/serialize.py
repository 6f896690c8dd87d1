"""Plain data and JSON for every public type: one cattrs converter, and the JSON Schema of each.

``to_dict`` turns an object into data that :func:`json.dumps` writes as it is, and ``from_dict``
builds the object back, checking everything its constructor checks; the round trip is exact.

>>> import datetime as dt
>>> from pilkada import GrantAgreement, Grantor, RegionLevel, Rupiah
>>> blora = GrantAgreement(
...     grantor=Grantor(RegionLevel.KABUPATEN, "Blora"),
...     amount=Rupiah(34_905_207_000),
...     signed_on=dt.date(2023, 11, 10),
... ).with_transfer(dt.date(2023, 11, 29), Rupiah(13_962_082_800))
>>> data = to_dict(blora)
>>> data["amount"], data["signed_on"], data["grantee"], data["schedule"]
('34905207000.00', '2023-11-10', 'KPU', 'PILKADA_2024')
>>> data["ledger"]
[{'kind': 'TRANSFER', 'on': '2023-11-29', 'amount': '13962082800.00', 'note': ''}]
>>> from_json(GrantAgreement, to_json(blora)) == blora
True

The conventions, the same for every type:

* a :class:`~pilkada.Rupiah` is a decimal string with two places (``"13962082800.00"``); an
  ``int`` is read too, a ``float`` never;
* a date is an ISO string (``"2024-11-27"``), a moment an ISO date-time
  (``"2024-11-27T13:00:00"``); a fraction is a string (``"2/5"``);
* an enum member is written by its name (``"TRANSFER"``, ``"KABUPATEN"``);
* a region code is its digits (``"3316"``); a :class:`~pilkada.LegalBasis` is its citation
  (``"UU 10/2016 Pasal 201 ayat (8)"``), or a table with the citation and its title, URL
  and effective date when it has them, or, where a citation cannot say it all (an amending
  instrument with its own effective date), an object of all its fields;
* a :class:`~pilkada.Schedule` has the shape of a schedule file (see
  :meth:`~pilkada.Schedule.from_dict`); inside an agreement, the official 2024 schedule is
  written as its name, ``"PILKADA_2024"``;
* :class:`~pilkada.TpsResults` is a list of :class:`~pilkada.TpsResult` records, and a
  :class:`~pilkada.Recap` its ``level`` with its ``rows``;
* every other class is a JSON object of its fields, all of them, in the class's order.

Bad data raises a :class:`~pilkada.PilkadaError` whose ``field`` is the JSON path to the first
bad value; the message counts the others:

>>> from_dict(GrantAgreement, {**data, "ledger": [{**data["ledger"][0], "amount": 13.5}]})
Traceback (most recent call last):
...
pilkada.errors.PilkadaTypeError: $.ledger[0].amount: got float 13.5; ...

``json_schema(cls)`` describes the data of a type (JSON Schema, draft 2020-12), for apps that
build forms or check input before they call :func:`from_dict`.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    StructureHandlerNotFoundError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from pilkada.errors import PilkadaError, PilkadaParseError, PilkadaTypeError, PilkadaValueError
from pilkada.grants import GrantAgreement
from pilkada.law import LegalBasis, basis_from_data, basis_to_data, data_date
from pilkada.money import Rupiah
from pilkada.regions import AreaLevel, RegionCode
from pilkada.results import Recap, RecapRow, TpsResult, TpsResults
from pilkada.schedule import (
    Schedule,
    ScheduleEntry,
    entry_from_dict,
    entry_key,
    entry_to_dict,
    pilkada_2024,
)

__all__ = ["from_dict", "from_json", "json_schema", "to_dict", "to_json"]

T = TypeVar("T")

#: How the official schedule is written where an object refers to it.
BUILTIN_SCHEDULE: Final = "PILKADA_2024"

# ASCII digits only ([0-9], not \d, which also matches Arabic-Indic and other digits).
_RUPIAH_TEXT: Final = re.compile(r"-?[0-9]+(\.[0-9]{1,2})?")
_DECIMAL_TEXT: Final = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_FRACTION_TEXT: Final = re.compile(r"-?[0-9]+(/[1-9][0-9]*)?")
_DATE_TEXT: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME_TEXT: Final = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})?"  # an offset, when the moment has one (WIB is +07:00)
)


# -- reading one value: each hook raises with field "$", the value itself ----------------------


def _refuse(value: object, expected: str) -> PilkadaError:
    if isinstance(value, float):
        return PilkadaTypeError("$", value, f"got float {value!r}", f"{expected}; never a float")
    return PilkadaValueError("$", value, f"got {type(value).__name__} {value!r}", expected)


def _int(value: object, kind: type) -> int:
    if issubclass(kind, enum.Enum):  # an IntEnum dispatches here: read it by name too
        member: int = _enum_name(kind.__name__, value, kind.__members__)  # type: ignore[assignment]
        return member
    if isinstance(value, bool) or not isinstance(value, int):
        raise _refuse(value, "a whole number")
    return value


def _str(value: object, kind: type) -> str:
    if issubclass(kind, enum.Enum):
        member: str = _enum_name(kind.__name__, value, kind.__members__)  # type: ignore[assignment]
        return member
    if not isinstance(value, str):
        raise _refuse(value, "a string")
    return value


def _bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _refuse(value, "true or false")
    return value


def _rupiah(value: object, _: type) -> Rupiah:
    if isinstance(value, str) and _RUPIAH_TEXT.fullmatch(value):
        return Rupiah(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return Rupiah(value)
    raise _refuse(value, 'an amount as a decimal string, such as "13962082800.00"')


def _decimal(value: object, _: type) -> Decimal:
    if isinstance(value, str) and _DECIMAL_TEXT.fullmatch(value):
        return Decimal(value)
    raise _refuse(value, 'a decimal number as a string, such as "0.25"')


def _fraction(value: object, _: type) -> Fraction:
    if isinstance(value, str) and _FRACTION_TEXT.fullmatch(value):
        return Fraction(value)
    raise _refuse(value, 'a fraction as a string, such as "2/5" or "1"')


def _iso_reader(
    pattern: re.Pattern[str], parse: Callable[[str], T], expected: str
) -> Callable[[object, object], T]:
    """A hook reading an ISO date or date-time, refusing anything else (a float, 27/11/2024)."""

    def read(value: object, _: object) -> T:
        if isinstance(value, str) and pattern.fullmatch(value):
            try:
                return parse(value)
            except ValueError:
                pass
        raise _refuse(value, expected)

    return read


def _date(value: object, _: object) -> dt.date:
    day = data_date("$", value)
    if day is None:
        raise _refuse(value, "an ISO date such as 2024-11-27 (YYYY-MM-DD)")
    return day


_datetime = _iso_reader(
    _DATETIME_TEXT, dt.datetime.fromisoformat, "an ISO date-time such as 2024-11-27T13:00:00"
)


def _moment(value: object, _: type) -> dt.date:
    """A date or a date-time, told apart by the ``T``."""
    if isinstance(value, str) and "T" in value:
        return _datetime(value, dt.datetime)
    return _date(value, dt.date)


def _enum_name(what: str, value: object, choices: Mapping[str, enum.Enum]) -> enum.Enum:
    """The member called ``value`` (``what`` names the enum, or the enums, in the message)."""
    if isinstance(value, str) and value in choices:
        return choices[value]
    import difflib  # noqa: PLC0415 - only on an error

    names = list(choices)
    close = difflib.get_close_matches(str(value).upper(), names, n=1, cutoff=0.5)
    hint = f"did you mean {close[0]!r}?" if close else "one of: " + ", ".join(names)
    raise PilkadaValueError("$", value, f"not a {what} name: {value!r}", hint)


def _is_enum(tp: object) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _union_args(tp: object) -> tuple[Any, ...] | None:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return typing.get_args(tp)
    return None


def _is_enum_union(tp: object) -> bool:
    args = _union_args(tp)
    return args is not None and all(_is_enum(a) or a is type(None) for a in args)


def _enum_union_hook(tp: object) -> Callable[[object, object], object]:
    args = _union_args(tp) or ()
    nullable = type(None) in args
    choices: dict[str, enum.Enum] = {}
    for kind in args:
        if _is_enum(kind):
            choices.update(kind.__members__)
    label = " or ".join(a.__name__ for a in args if a is not type(None))

    def structure(value: object, _: object) -> object:
        if value is None and nullable:
            return None
        return _enum_name(label, value, choices)

    return structure


def _is_moment_union(tp: object) -> bool:
    args = _union_args(tp)
    return args is not None and set(args) - {type(None)} == {dt.date, dt.datetime}


def _moment_union_hook(tp: object) -> Callable[[object, object], object]:
    nullable = type(None) in (_union_args(tp) or ())

    def structure(value: object, _: object) -> object:
        if value is None and nullable:
            return None
        return _moment(value, dt.date)

    return structure


# -- the types with a shape of their own -------------------------------------------------------


def _iso(data: object) -> Any:  # noqa: ANN401 - plain data, as json.loads gives
    """Data from :meth:`Schedule.to_dict` with its dates as ISO strings."""
    if isinstance(data, dict):
        return {key: _iso(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_iso(value) for value in data]
    if isinstance(data, dt.date):
        return data.isoformat()
    return data


def _schedule_to_data(schedule: Schedule) -> dict[str, Any]:
    data: dict[str, Any] = _iso(schedule.to_dict())
    return data


def _schedule(value: object, _: type) -> Schedule:
    if value == BUILTIN_SCHEDULE:
        return pilkada_2024()
    if isinstance(value, str):
        raise PilkadaValueError(
            "$", value, f"no built-in schedule is called {value!r}", f"{BUILTIN_SCHEDULE!r}"
        )
    return Schedule.from_dict(value)  # type: ignore[arg-type]  # it checks the type itself


def _entry_to_data(entry: ScheduleEntry) -> dict[str, Any]:
    data: dict[str, Any] = _iso({"key": entry.key.name, **entry_to_dict(entry)})
    return data


def _entry(value: object, _: type) -> ScheduleEntry:
    if not isinstance(value, Mapping):
        raise _refuse(value, "an object with the key and the dates of a schedule entry")
    if "key" not in value:
        raise PilkadaValueError("$.key", None, "'key' is missing", "a stage or step name")
    row = dict(value)
    name = row.pop("key")
    if not isinstance(name, str):
        raise PilkadaValueError("$.key", name, f"got {type(name).__name__}", "a stage or step name")
    try:
        key = entry_key(name)
    except PilkadaError as exc:
        raise PilkadaValueError("$.key", name, exc.problem, exc.rule) from None
    return entry_from_dict("$", key, row)


def _basis_to_plain(basis: LegalBasis) -> object:
    return _iso(basis_to_data(basis))


def _legal_basis(value: object, _: type) -> LegalBasis:
    return basis_from_data("$", value)


def _region_code(value: object, _: type) -> RegionCode:
    try:
        return RegionCode(_str(value, str))
    except PilkadaError as exc:  # the code is the value itself, not a field of it
        raise PilkadaValueError("$", value, exc.problem, exc.rule) from None


def _tps_results(value: object, _: type) -> TpsResults:
    return TpsResults.from_records(_converter.structure(value, tuple[TpsResult, ...]))


def _recap_to_data(recap: Recap) -> dict[str, Any]:
    return {
        "level": recap.level.name,
        "rows": [_converter.unstructure(row, RecapRow) for row in recap],
    }


def _recap(value: object, _: type) -> Recap:
    if not isinstance(value, Mapping):
        raise _refuse(value, "an object with the level and the rows of a recapitulation")
    data = _converter.structure(value, _RecapData)
    return Recap.from_rows(data.level, data.rows)


@attrs.frozen(kw_only=True)
class _RecapData:
    level: AreaLevel
    rows: tuple[RecapRow, ...]


def _agreement_unstructure() -> Callable[[GrantAgreement], dict[str, Any]]:
    def schedule(value: Schedule) -> object:
        if value is pilkada_2024() or value == pilkada_2024():
            return BUILTIN_SCHEDULE
        return _schedule_to_data(value)

    return make_dict_unstructure_fn(
        GrantAgreement, _converter, schedule=override(unstruct_hook=schedule)
    )


def _is_fixed_tuple(tp: object) -> bool:
    items = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and bool(items) and items[-1] is not Ellipsis


def _is_attrs(tp: object) -> bool:
    target = typing.get_origin(tp) or tp
    return isinstance(target, type) and attrs.has(target)


def _object_hook(converter: cattrs.Converter, cls: Any) -> Callable[[object, object], object]:  # noqa: ANN401 - a class or a generic alias
    """The cattrs hook of an attrs class, refusing anything but an object first."""
    structure = make_dict_structure_fn(cls, converter)
    name = getattr(typing.get_origin(cls) or cls, "__name__", str(cls))

    def hook(value: object, kind: object) -> object:
        if not isinstance(value, Mapping):
            raise _refuse(value, f"an object with the fields of {name}")
        return structure(value, kind)

    return hook


def _is_tuple(tp: object) -> bool:
    return typing.get_origin(tp) is tuple


def _sequence_hook(converter: cattrs.Converter, tp: object) -> Callable[[object, object], object]:
    """A list (or tuple) only: cattrs alone would take a string as a list of its characters."""
    items = typing.get_args(tp)
    fixed = len(items) if items and items[-1] is not Ellipsis else None

    def hook(value: object, kind: Any) -> object:  # noqa: ANN401 - a tuple type
        if not isinstance(value, (list, tuple)):
            raise _refuse(value, "a list")
        if fixed is not None and len(value) != fixed:
            raise _refuse(value, f"a list of {fixed} values")
        return converter._structure_tuple(value, kind)  # cattrs' own tuple hook

    return hook


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook_factory(_is_tuple, lambda tp: _sequence_hook(converter, tp))
    converter.register_structure_hook_factory(_is_attrs, lambda tp: _object_hook(converter, tp))
    for kind, read in ((int, _int), (str, _str), (bool, _bool)):
        converter.register_structure_hook(kind, read)
    # A pair such as (milestone, moment) is a JSON array, as every other sequence.
    converter.register_unstructure_hook_factory(
        _is_fixed_tuple,
        lambda tp: (
            lambda pair: [
                converter.unstructure(item, kind)
                for item, kind in zip(pair, typing.get_args(tp), strict=True)
            ]
        ),
    )
    converter.register_structure_hook(Rupiah, _rupiah)
    converter.register_unstructure_hook(Rupiah, lambda r: str(r.amount))
    converter.register_structure_hook(Decimal, _decimal)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Fraction, _fraction)
    converter.register_unstructure_hook(Fraction, str)
    converter.register_structure_hook(dt.date, _date)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.datetime, _datetime)
    converter.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    converter.register_structure_hook(RegionCode, _region_code)
    converter.register_unstructure_hook(RegionCode, lambda code: code.digits)
    converter.register_structure_hook_func(
        _is_enum, lambda v, t: _enum_name(t.__name__, v, t.__members__)
    )
    converter.register_unstructure_hook_func(_is_enum, lambda member: member.name)
    converter.register_structure_hook_factory(_is_enum_union, _enum_union_hook)
    converter.register_structure_hook_factory(_is_moment_union, _moment_union_hook)
    converter.register_structure_hook(LegalBasis, _legal_basis)
    converter.register_unstructure_hook(LegalBasis, _basis_to_plain)
    converter.register_structure_hook(Schedule, _schedule)
    converter.register_unstructure_hook(Schedule, _schedule_to_data)
    converter.register_structure_hook(ScheduleEntry, _entry)
    converter.register_unstructure_hook(ScheduleEntry, _entry_to_data)
    converter.register_structure_hook(TpsResults, _tps_results)
    converter.register_unstructure_hook(
        TpsResults, lambda batch: [converter.unstructure(r, TpsResult) for r in batch]
    )
    converter.register_structure_hook(Recap, _recap)
    converter.register_unstructure_hook(Recap, _recap_to_data)
    return converter


_converter: Final = _make_converter()
_converter.register_unstructure_hook(GrantAgreement, _agreement_unstructure())


# -- errors with their path ----------------------------------------------------------------------


def _join(path: str, field: str) -> str:
    if field == "$" or field.startswith(("$.", "$[")):
        return path + field[1:]
    return f"{path}.{field}" if field else path


def _leaves(exc: BaseException, path: str) -> list[tuple[str, BaseException]]:
    """Every error inside a cattrs error, each with the JSON path of the value it is about."""
    if isinstance(exc, IterableValidationError):
        items, rest = exc.group_exceptions()
        found = [leaf for sub, note in items for leaf in _leaves(sub, f"{path}[{note.index}]")]
        return found + [leaf for sub in rest for leaf in _leaves(sub, path)]
    if isinstance(exc, ClassValidationError):
        fields, rest = exc.group_exceptions()
        found = [leaf for sub, note in fields for leaf in _leaves(sub, f"{path}.{note.name}")]
        return found + [leaf for sub in rest for leaf in _leaves(sub, path)]
    if isinstance(exc, BaseExceptionGroup):
        return [leaf for sub in exc.exceptions for leaf in _leaves(sub, path)]
    return [(path, exc)]


def _as_error(path: str, exc: BaseException, cls: type) -> PilkadaError:
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
    return _converter.unstructure(obj)


def from_dict(cls: type[T], data: object) -> T:
    """Build a ``cls`` from plain data, as :func:`to_dict` wrote it (or a person, or a form).

    Everything ``cls`` checks when built is checked; nothing is half-built, nothing is fixed up.

    Raises:
        PilkadaValueError: a value breaks a rule, a key is unknown or missing; ``field`` is the
            JSON path to it (``$.ledger[1].amount``).
        PilkadaTypeError: a ``float`` where an amount is expected, and the like.
    """
    try:
        result: T = _converter.structure(data, cls)
    except StructureHandlerNotFoundError:
        raise PilkadaTypeError(
            "cls", cls, f"{cls!r} has no data form", "a public pilkada class, e.g. Dated[int]"
        ) from None
    except PilkadaError as exc:
        raise _as_error("$", exc, cls) from None
    except (ClassValidationError, IterableValidationError, KeyError, ValueError, TypeError) as exc:
        leaves = _leaves(exc, "$")
        first = _as_error(*leaves[0], cls)
        if len(leaves) > 1:
            others = ", ".join(p for p, _ in leaves[1:4]) + (", ..." if len(leaves) > 4 else "")
            first.problem += f" (and {len(leaves) - 1} more problem(s): {others})"
            first.args = (f"{first.field}: {first.problem}; {first.rule}",)
        raise first from None
    return result


def to_json(obj: object, *, indent: int | None = 2) -> str:
    """``obj`` as a JSON document (UTF-8 text; Indonesian words stay readable)."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(cls: type[T], text: str | bytes) -> T:
    """Build a ``cls`` from a JSON document (see :func:`from_dict`).

    Raises:
        PilkadaParseError: ``text`` is not JSON.
    """
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PilkadaParseError("$", text, f"not a JSON document: {exc}", "valid JSON") from None
    except RecursionError:
        raise PilkadaParseError("$", text, "nested too deep to read", "plain JSON") from None
    return from_dict(cls, data)


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
    defs: dict[str, Any] = {}
    root = _schema(cls, defs)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **root, "$defs": defs}


def _described(schema: dict[str, Any], cls: type) -> dict[str, Any]:
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    return {**schema, "description": " ".join(doc.split())} if doc else schema


def _schema(tp: object, defs: dict[str, Any]) -> dict[str, Any]:  # noqa: PLR0911 - one per shape
    """The schema of one type; named classes go to ``defs`` and are referred to."""
    if tp is type(None):
        return {"type": "null"}
    if tp is Any:
        return {}
    args = _union_args(tp)
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


_DATE_SCHEMA: Final = {"type": "string", "format": "date", "pattern": f"^{_DATE_TEXT.pattern}$"}
_PLAIN_SCHEMAS: Final[Mapping[Any, Mapping[str, Any]]] = {
    int: {"type": "integer"},
    str: {"type": "string"},
    bool: {"type": "boolean"},
    Decimal: {"type": "string", "pattern": f"^{_DECIMAL_TEXT.pattern}$"},
    Fraction: {"type": "string", "pattern": f"^{_FRACTION_TEXT.pattern}$"},
    dt.date: _DATE_SCHEMA,
    dt.datetime: {
        "type": "string",
        "format": "date-time",
        "pattern": f"^{_DATETIME_TEXT.pattern}$",
    },
    RegionCode: {
        "type": "string",
        "pattern": "^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{10}|[0-9]{13})$",
        "description": "A region or TPS code: 2, 4, 6, 10 or 13 digits.",
    },
    Rupiah: {
        "anyOf": [
            {"type": "string", "pattern": f"^{_RUPIAH_TEXT.pattern}$"},
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
        return {"type": "array", "items": _schema(TpsResult, defs)}
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
