"""A legal basis as plain data: the form schedule files, data tables and JSON share.

A basis is written as its citation when the citation says everything
(``"UU 10/2016 Pasal 158 ayat (2)"``), as a table with ``citation`` and its extras (title,
URL, the day it took effect, the day it was last ``checked``) otherwise, or field by field
when a citation cannot say everything.

>>> import datetime as dt
>>> from pilkada.law import LegalBasis
>>> basis = LegalBasis.parse("PKPU 13/2024")
>>> basis_to_data(basis)
'PKPU 13/2024'
>>> checked = basis.provision(pasal="18", checked=dt.date(2026, 12, 2))
>>> basis_to_data(checked)
{'citation': 'PKPU 13/2024 Pasal 18', 'checked': datetime.date(2026, 12, 2)}
>>> basis_from_data("basis", basis_to_data(checked)).checked
datetime.date(2026, 12, 2)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from pilkada.errors import PilkadaParseError, PilkadaTypeError, PilkadaValueError, shown
from pilkada.law import Instrument, LegalBasis

__all__ = ["basis_from_data", "basis_to_data", "data_date"]

# -- a legal basis as plain data (schedule files and JSON share this form) -------------------

_TABLE_KEYS = ("citation", "title", "url", "effective", "checked")


def basis_to_data(basis: LegalBasis) -> str | dict[str, Any]:
    """A legal basis as data: a citation, a table with extras, or all its fields.

    The citation when it says everything; a table with ``citation`` when the basis also has
    a title, URL, date or last-checked day; all its fields when a citation cannot say
    everything (an amendment with a date of its own). Dates stay ``datetime.date`` objects
    (TOML writes them; JSON writers convert them).
    """
    bare = attrs.evolve(basis, title="", url=None, effective=None)
    if LegalBasis.parse(str(basis)) != bare:
        fields: dict[str, Any] = {
            "instrument": basis.instrument.name,
            "number": basis.number,
            "year": basis.year,
            "pasal": basis.pasal,
            "ayat": basis.ayat,
            "huruf": basis.huruf,
            "lampiran": basis.lampiran,
            "amended_by": [basis_to_data(amendment) for amendment in basis.amended_by],
            "title": basis.title,
            "effective": basis.effective,
            "url": basis.url,
            "checked": basis.checked,
        }
        # Fields left at their default are left out, as TOML has no null.
        return {key: value for key, value in fields.items() if value not in (None, False, "", [])}
    if not (basis.title or basis.url or basis.effective or basis.checked):
        return str(basis)
    table: dict[str, Any] = {"citation": str(basis)}
    if basis.title:
        table["title"] = basis.title
    if basis.url:
        table["url"] = basis.url
    if basis.effective:
        table["effective"] = basis.effective
    if basis.checked:
        table["checked"] = basis.checked
    return table


def basis_from_data(path: str, value: object) -> LegalBasis:
    """Read a legal basis in any form :func:`basis_to_data` writes; errors name ``path``."""
    if isinstance(value, Mapping) and "instrument" in value:
        return _basis_from_fields(path, value)
    if isinstance(value, Mapping):
        extra = set(value) - set(_TABLE_KEYS)
        if "citation" not in value or extra:
            raise PilkadaValueError(
                path, dict(value), "not a legal basis table", "keys " + ", ".join(_TABLE_KEYS)
            )
        basis = basis_from_data(f"{path}.citation", value["citation"])
        title = value.get("title", "")
        if not isinstance(title, str):
            raise PilkadaValueError(f"{path}.title", title, f"got {title!r}", "a string")
        effective = data_date(f"{path}.effective", value.get("effective"))
        checked = data_date(f"{path}.checked", value.get("checked"))
        return _built(path, lambda: attrs.evolve(
            basis, title=title, url=value.get("url"), effective=effective, checked=checked
        ))  # fmt: skip
    if not isinstance(value, str):
        got = f"got {type(value).__name__} {shown(value)}"
        raise PilkadaValueError(path, value, got, "a citation string or a table")
    try:
        return LegalBasis.parse(value)
    except PilkadaParseError as exc:
        raise PilkadaValueError(path, value, exc.problem, exc.rule) from None


def _basis_from_fields(path: str, value: Mapping[str, Any]) -> LegalBasis:
    names = [field.name for field in attrs.fields(LegalBasis)]
    for key in value:
        if key not in names:
            raise PilkadaValueError(
                f"{path}.{key}", value[key], f"unknown key {key!r}", "one of: " + ", ".join(names)
            )
    for required in ("number", "year"):
        if required not in value:
            raise PilkadaValueError(
                f"{path}.{required}", None, f"{required!r} is missing", "give it"
            )
    name = value["instrument"]
    if not isinstance(name, str) or name not in Instrument.__members__:
        raise PilkadaValueError(
            f"{path}.instrument", name, f"not an Instrument name: {name!r}",
            "one of: " + ", ".join(Instrument.__members__),
        )  # fmt: skip
    amended = value.get("amended_by", [])
    if not isinstance(amended, list):
        raise PilkadaValueError(f"{path}.amended_by", amended, "not a list", "a list of bases")
    fields = dict(value)
    fields["instrument"] = Instrument[name]
    fields["amended_by"] = [
        basis_from_data(f"{path}.amended_by[{i}]", item) for i, item in enumerate(amended)
    ]
    fields["effective"] = data_date(f"{path}.effective", value.get("effective"))
    fields["checked"] = data_date(f"{path}.checked", value.get("checked"))
    return _built(path, lambda: LegalBasis(**fields))


def _built(path: str, build: Callable[[], LegalBasis]) -> LegalBasis:
    try:
        return build()
    except (PilkadaValueError, PilkadaTypeError) as exc:
        raise PilkadaValueError(f"{path}.{exc.field}", exc.value, exc.problem, exc.rule) from None


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def data_date(path: str, value: object) -> dt.date | None:
    """A date in plain data (a ``datetime.date`` or an ISO string), or ``None``.

    The one reader of dates in data: schedule files and JSON both use it.
    """
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise PilkadaValueError(
        path, value, f"{shown(value)} is not a date", "an ISO date such as 2024-11-27 (YYYY-MM-DD)"
    )
