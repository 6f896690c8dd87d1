"""The one reader of pilkada's dated package data (the TOML files in ``pilkada/data``).

Every table the library ships (thresholds, Bawaslu deadlines, the 2024 schedule, honorarium
rates) is a TOML file of *versions*: rows that say the day they took effect, their legal basis
and how sure they are. This module reads such a file once and hands out :class:`Table` views
whose typed getters check each value on the way out. A bad row never escapes as a bare
``KeyError``, ``ValueError`` or ``TypeError``: every refusal is a
:class:`~pilkada.PilkadaValueError` whose ``field`` is the file and the path to the value
(``thresholds.toml: party_nomination[1].provinsi.basis``), whose ``value`` is what was found
and whose ``rule`` names what is accepted.

The API:

* :func:`load` reads a file of ``pilkada.data`` (cached), :func:`from_dict` wraps an
  already-parsed document (tests, user files); both give the root :class:`Table`.
* :meth:`Table.tables` gives the rows of an array of tables (``[[name]]``, refused when
  empty), :meth:`Table.table` one sub-table, :meth:`Table.keys_within` refuses unknown keys.
* Typed getters, each with an optional ``default`` used when the key is absent:
  :meth:`~Table.text`, :meth:`~Table.count`, :meth:`~Table.date` (a TOML date or an ISO
  string), :meth:`~Table.percent` (a decimal percentage string read as an exact
  ``Fraction``), :meth:`~Table.member` (an enum member by name or value),
  :meth:`~Table.choice` (one of a few strings), :meth:`~Table.basis` (a citation, with the
  day it was last ``checked`` when the table says),
  :meth:`~Table.certainty` (default ``OFFICIAL``), :meth:`~Table.rows` (a non-empty list) and
  :meth:`~Table.value` (anything, for a getter of one's own).
* :meth:`Table.dated` wraps a value as a :class:`~pilkada.Dated` version of the row: its
  ``effective`` day, ``basis`` (or the one given), ``certainty`` and ``note``.
* :meth:`Table.error` builds the path-qualified error for a check of one's own.

>>> import datetime as dt
>>> doc = from_dict("rates.toml", {"rate": [
...     {"effective": dt.date(2024, 1, 1), "basis": "PMK 2/2024", "percent": "8.5"},
...     {"effective": "2024-13-01", "basis": "PMK 2/2024", "percent": "9"},
... ]})
>>> first, second = doc.tables("rate")
>>> first.percent("percent"), first.dated(first.count("missing", default=3)).value
(Fraction(17, 200), 3)
>>> try:
...     second.date("effective")
... except PilkadaValueError as exc:
...     print(exc.field, "|", exc.value, "|", exc.rule)
rates.toml: rate[1].effective | 2024-13-01 | a TOML date such as 2024-08-20, or an ISO string
>>> first.text("source")
Traceback (most recent call last):
...
pilkada.errors.PilkadaValueError: rates.toml: rate[0].source: the key is missing; a string
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import tomllib
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from importlib import resources
from typing import Any, Final, TypeVar

import attrs

from pilkada.errors import PilkadaError, PilkadaValueError, shown
from pilkada.law import Certainty, Dated, Instrument, LegalBasis

__all__ = ["CHECKED_KEY", "MISSING", "Table", "from_dict", "load"]

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")


class _Missing(enum.Enum):
    MISSING = "missing"


#: The default of every getter: the key is required.
MISSING: Final = _Missing.MISSING
#: The key of a table that says the day its ``basis`` was last checked against its sources.
CHECKED_KEY: Final = "checked"


@functools.cache
def load(name: str) -> Table:
    """The root table of ``pilkada/data/<name>``, read and parsed once.

    Raises:
        PilkadaValueError: The file is not valid TOML (the field is the file's name).
    """
    text = resources.files("pilkada.data").joinpath(name).read_text("utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PilkadaValueError(name, None, f"not valid TOML ({exc})", "a TOML file") from None
    return from_dict(name, data)


def from_dict(name: str, data: object) -> Table:
    """The root table of an already-parsed document called ``name`` (for errors)."""
    if not isinstance(data, Mapping):
        raise PilkadaValueError(name, data, "the document is not a table", "a TOML document")
    return Table(file=name, path="", data=data)


@attrs.frozen
class Table:
    """One table of a data file, and where it is: ``file`` and ``path`` name it in errors."""

    file: str
    path: str
    data: Mapping[str, Any]

    def where(self, key: str | None = None) -> str:
        """The error field of this table, or of ``key`` in it: ``file: path.key``."""
        inner = self.path if key is None else (f"{self.path}.{key}" if self.path else key)
        return f"{self.file}: {inner}" if inner else self.file

    def error(self, key: str | None, value: object, problem: str, rule: str) -> PilkadaValueError:
        """The error for ``value`` at ``key`` (``None``: the table itself)."""
        return PilkadaValueError(self.where(key), value, problem, rule)

    def has(self, key: str) -> bool:
        """Whether the table has ``key``."""
        return key in self.data

    def value(self, key: str, rule: str, default: object = MISSING) -> object:
        """The raw value at ``key``; ``default`` when absent, else an error naming ``rule``."""
        if key in self.data:
            return self.data[key]
        if default is MISSING:
            raise self.error(key, None, "the key is missing", rule)
        return default

    def keys_within(self, allowed: set[str] | frozenset[str]) -> None:
        """Refuse a key that is not one of ``allowed`` (a typo is an error, not ignored)."""
        for key in self.data:
            if key not in allowed:
                raise self.error(key, self.data[key], f"unknown key {key!r}", _one_of(allowed))

    # -- structure ---------------------------------------------------------------------------

    def table(self, key: str) -> Table:
        """The sub-table ``[path.key]``."""
        data = self.value(key, f"a table [{key}]")
        if not isinstance(data, Mapping):
            raise self.error(key, data, "not a table", f"a table [{key}]")
        return Table(file=self.file, path=self._join(key), data=data)

    def tables(self, key: str, *, allow_empty: bool = False) -> list[Table]:
        """The rows of the array of tables ``[[key]]``, each a :class:`Table` (``key[i]``)."""
        rule = f"a non-empty array of [[{key}]] tables"
        rows = self.value(key, rule, default=[] if allow_empty else MISSING)
        if not isinstance(rows, list) or not (rows or allow_empty):
            raise self.error(key, rows, "no rows", rule)
        found = []
        for index, row in enumerate(rows):
            path = f"{self._join(key)}[{index}]"
            if not isinstance(row, Mapping):
                raise PilkadaValueError(f"{self.file}: {path}", row, "not a table", "a table")
            found.append(Table(file=self.file, path=path, data=row))
        return found

    def rows(self, key: str) -> list[object]:
        """The non-empty list at ``key``."""
        rows = self.value(key, "a non-empty list")
        if not isinstance(rows, list) or not rows:
            raise self.error(key, rows, "not a non-empty list", "a non-empty list")
        return rows

    def _join(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    # -- typed values ------------------------------------------------------------------------

    def text(self, key: str, *, default: str | _Missing = MISSING) -> str:
        """The string at ``key``."""
        value = self.value(key, "a string", default)
        if not isinstance(value, str):
            raise self.error(key, value, f"got {type(value).__name__} {shown(value)}", "a string")
        return value

    def count(self, key: str, *, minimum: int = 0, default: int | _Missing = MISSING) -> int:
        """The whole number at ``key``, at least ``minimum`` (a bool or a float is refused)."""
        rule = f"a whole number of at least {minimum}"
        value = self.value(key, rule, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.error(key, value, f"{shown(value)} is not such a number", rule)
        return value

    def date(self, key: str, *, default: dt.date | _Missing = MISSING) -> dt.date:
        """The day at ``key``: a TOML date (``2024-08-20``) or an ISO string."""
        rule = "a TOML date such as 2024-08-20, or an ISO string"
        value = self.value(key, rule, default)
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value)
            except ValueError:
                raise self.error(key, value, f"{shown(value)} is not a date", rule) from None
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise self.error(key, value, f"{shown(value)} is not a date", rule)
        return value

    def optional_date(self, key: str) -> dt.date | None:
        """The day at ``key``, or ``None`` when the key is absent."""
        return self.date(key) if key in self.data else None

    def percent(self, key: str) -> Fraction:
        """A decimal percentage string (``"8.5"``) read as an exact share in (0, 1]."""
        rule = 'a decimal percentage above 0 up to 100, as a string: "8.5"'
        text = self.value(key, rule)
        if not isinstance(text, str):
            raise self.error(key, text, "a percentage must be a string", rule)
        try:
            share = Fraction(Decimal(text)) / 100
        except (InvalidOperation, ValueError):
            raise self.error(key, text, f"cannot read {text!r}", rule) from None
        if not 0 < share <= 1:
            raise self.error(key, text, f"{text} % is not a share", rule)
        return share

    def member(self, key: str, kind: type[E], *, default: E | _Missing = MISSING) -> E:
        """The member of ``kind`` named at ``key``, by its name or its value."""
        rule = "one of " + ", ".join(member.name for member in kind)
        value = self.value(key, rule, default)
        if isinstance(value, kind):
            return value
        for member in kind:
            if value in (member.name, member.value):
                return member
        raise self.error(key, value, f"unknown {kind.__name__} {shown(value)}", rule)

    def choice(self, key: str, allowed: tuple[str, ...], *, what: str = "value") -> str:
        """The string at ``key``, one of ``allowed`` (``what`` names it in the error)."""
        value = self.value(key, _one_of(allowed))
        if value not in allowed:
            raise self.error(key, value, f"unknown {what} {shown(value)}", _one_of(allowed))
        return str(value)

    def certainty(self, key: str = "certainty") -> Certainty:
        """How sure the row is (absent: ``OFFICIAL``); written by value or by name."""
        value = self.value(key, "", default=None)
        if value is None:
            return Certainty.OFFICIAL
        by_text = {c.value: c for c in Certainty} | {c.name: c for c in Certainty}
        if isinstance(value, str) and value in by_text:
            return by_text[value]
        accepted = ", ".join(member.value for member in Certainty)
        raise self.error(key, value, f"unknown certainty {shown(value)}", f"one of {accepted}")

    def basis(self, key: str = "basis", *, effective: dt.date | None = None) -> LegalBasis:
        """The citation at ``key``; a court decision takes ``effective`` as the day it binds.

        The table's ``checked`` key, when present, is the day the citation was last checked
        against its sources (``LegalBasis.checked``); every table of pilkada's own data that
        gives a basis gives it (``tests/test_freshness.py``).
        """
        rule = "a citation such as 'UU 10/2016 Pasal 158'"
        text = self.value(key, rule)
        if not isinstance(text, str):
            raise self.error(key, text, "the basis must be a citation string", rule)
        try:
            basis = LegalBasis.parse(text)
        except PilkadaError as exc:
            raise self.error(key, text, f"cannot read the citation {text!r}", exc.rule) from None
        if effective is not None and basis.instrument is Instrument.PUTUSAN_MK:
            basis = attrs.evolve(basis, effective=effective)
        return attrs.evolve(basis, checked=self.optional_date(CHECKED_KEY))

    def dated(self, value: T, *, basis: LegalBasis | None = None, note: str = "note") -> Dated[T]:
        """``value`` as the version this row describes (``effective``, basis, certainty, note)."""
        effective = self.date("effective")
        return Dated(
            value=value,
            effective=effective,
            basis=self.basis(effective=effective) if basis is None else basis,
            certainty=self.certainty(),
            note=self.text(note, default=""),
        )

    def each(self, key: str, read: Callable[[Table], T]) -> tuple[T, ...]:
        """``read`` applied to every row of ``[[key]]``."""
        return tuple(read(row) for row in self.tables(key))


def _one_of(allowed: set[str] | frozenset[str] | tuple[str, ...]) -> str:
    return "one of " + ", ".join(sorted(allowed) if not isinstance(allowed, tuple) else allowed)
