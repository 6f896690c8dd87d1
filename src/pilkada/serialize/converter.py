"""The one cattrs converter: how each type is read from plain data and written to it."""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from pilkada.errors import PilkadaError, PilkadaTypeError, PilkadaValueError, shown
from pilkada.grants import GrantAgreement
from pilkada.law import LegalBasis
from pilkada.lawdata import basis_from_data, basis_to_data, data_date
from pilkada.money import Rupiah
from pilkada.regions import AreaLevel, RegionCode
from pilkada.results import FIELD_NAMES, Recap, RecapRow, TpsResult, TpsResults
from pilkada.schedule import (
    Schedule,
    ScheduleEntry,
    entry_from_dict,
    entry_key,
    entry_to_dict,
    pilkada_2024,
)
from pilkada.serialize import derived

__all__ = ["CONVERTER"]

T = TypeVar("T")

#: How the official schedule is written where an object refers to it.
BUILTIN_SCHEDULE: Final = "PILKADA_2024"

# ASCII digits only ([0-9], not \d, which also matches Arabic-Indic and other digits).
RUPIAH_TEXT: Final = re.compile(r"-?[0-9]+(\.[0-9]{1,2})?")
DECIMAL_TEXT: Final = re.compile(r"-?[0-9]+(\.[0-9]+)?")
FRACTION_TEXT: Final = re.compile(r"-?[0-9]+(/[1-9][0-9]*)?")
DATE_TEXT: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATETIME_TEXT: Final = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})?"  # an offset, when the moment has one (WIB is +07:00)
)


# -- reading one value: each hook raises with field "$", the value itself ----------------------


def _refuse(value: object, expected: str) -> PilkadaError:
    if isinstance(value, float):
        return PilkadaTypeError(
            "$", value, f"got float {shown(value)}", f"{expected}; never a float"
        )
    return PilkadaValueError("$", value, f"got {type(value).__name__} {shown(value)}", expected)


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
    if isinstance(value, str) and RUPIAH_TEXT.fullmatch(value):
        return Rupiah(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return Rupiah(value)
    raise _refuse(value, 'an amount as a decimal string, such as "13962082800.00"')


def _decimal(value: object, _: type) -> Decimal:
    if isinstance(value, str) and DECIMAL_TEXT.fullmatch(value):
        return Decimal(value)
    raise _refuse(value, 'a decimal number as a string, such as "0.25"')


def _fraction(value: object, _: type) -> Fraction:
    if isinstance(value, str) and FRACTION_TEXT.fullmatch(value):
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
    DATETIME_TEXT, dt.datetime.fromisoformat, "an ISO date-time such as 2024-11-27T13:00:00"
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
    raise PilkadaValueError("$", value, f"not a {what} name: {shown(value)}", hint)


def _is_enum(tp: object) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def union_args(tp: object) -> tuple[Any, ...] | None:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return typing.get_args(tp)
    return None


def _is_enum_union(tp: object) -> bool:
    args = union_args(tp)
    return args is not None and all(_is_enum(a) or a is type(None) for a in args)


def _enum_union_hook(tp: object) -> Callable[[object, object], object]:
    args = union_args(tp) or ()
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
    args = union_args(tp)
    return args is not None and set(args) - {type(None)} == {dt.date, dt.datetime}


def _moment_union_hook(tp: object) -> Callable[[object, object], object]:
    nullable = type(None) in (union_args(tp) or ())

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
            "$", value, f"no built-in schedule is called {shown(value)}", f"{BUILTIN_SCHEDULE!r}"
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
        return RegionCode.parse(_str(value, str), known=False)
    except PilkadaError as exc:  # the code is the value itself, not a field of it
        raise PilkadaValueError("$", value, exc.problem, exc.rule) from None


#: The keys of a batch written as columns; ``kolom_kosong`` may be left out (all 0).
TPS_COLUMNS: Final = ("tps", *FIELD_NAMES, "votes")
_COLUMNS_RULE: Final = f"an object of columns ({', '.join(TPS_COLUMNS)}), or a list of TPS records"


def _tps_results(value: object, _: type) -> TpsResults:
    """A batch from its columns (as :func:`_tps_results_to_data` writes it) or its records."""
    if isinstance(value, Mapping):
        return _tps_columns(value)
    if not isinstance(value, (list, tuple)):
        raise _refuse(value, _COLUMNS_RULE)
    return TpsResults.from_records(CONVERTER.structure(value, tuple[TpsResult, ...]))


def _tps_columns(value: Mapping[object, object]) -> TpsResults:
    keys = {str(k) for k in value}
    missing = [k for k in TPS_COLUMNS if k not in keys and k != "kolom_kosong"]
    unknown = sorted(keys - set(TPS_COLUMNS))
    if missing or unknown:
        problem = f"missing {missing}" if missing else f"unknown {unknown}"
        raise PilkadaValueError("$", sorted(keys), problem, _COLUMNS_RULE)
    codes = _json_list("tps", value["tps"], str)
    columns = {k: _json_list(k, value[k], int) for k in FIELD_NAMES if k in value}
    votes = [
        _json_list(f"votes[{i}]", v, int)
        for i, v in enumerate(_json_list("votes", value["votes"], list))
    ]
    return TpsResults.from_columns(tps=codes, votes=votes, **columns)


def _json_list(field: str, value: object, kind: type) -> list[Any]:
    """A JSON array whose every item is exactly ``kind`` (``true`` is not the int 1)."""
    if not isinstance(value, list):
        raise PilkadaValueError(f"$.{field}", value, f"got {type(value).__name__}", "a list")
    if not all(type(item) is kind for item in value):
        i, item = next((i, v) for i, v in enumerate(value) if type(v) is not kind)
        raise PilkadaTypeError(
            f"$.{field}[{i}]",
            item,
            f"got {type(item).__name__} {shown(item)}",
            f"a {kind.__name__}",
        )
    return value


def _tps_results_to_data(batch: TpsResults) -> dict[str, Any]:
    """A batch as columns: one JSON array per field, ``votes`` one array per pair slot."""
    columns = batch.to_numpy()
    return {
        "tps": list(batch.codes),
        **{name: columns[name].tolist() for name in FIELD_NAMES},
        "votes": [v.tolist() for v in columns["votes"]],
    }


def _recap_to_data(recap: Recap) -> dict[str, Any]:
    return {
        "level": recap.level.name,
        "rows": [CONVERTER.unstructure(row, RecapRow) for row in recap],
    }


def _recap(value: object, _: type) -> Recap:
    if not isinstance(value, Mapping):
        raise _refuse(value, "an object with the level and the rows of a recapitulation")
    data = CONVERTER.structure(value, _RecapData)
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
        GrantAgreement, CONVERTER, schedule=override(unstruct_hook=schedule)
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
    converter.register_unstructure_hook(TpsResults, _tps_results_to_data)
    converter.register_structure_hook(Recap, _recap)
    converter.register_unstructure_hook(Recap, _recap_to_data)
    return converter


CONVERTER: Final = _make_converter()
CONVERTER.register_unstructure_hook(GrantAgreement, _agreement_unstructure())
derived.register(CONVERTER)  # derived records are derived again when read
