"""Schedules: the dates of every stage of one Pilkada, with their sources and their rules.

A :class:`Schedule` maps each :class:`~pilkada.Stage` (and :class:`~pilkada.Step`) to a
:class:`ScheduleEntry`: *when* it happens (a :class:`~pilkada.Period`, a "paling lambat"
:class:`~pilkada.Deadline`, a deadline counted from a later event (:class:`AfterEvent`), or
timing set by another body (:class:`External`)), how sure that date is (:class:`Certainty`),
and its legal basis.

>>> import datetime as dt
>>> from pilkada import PILKADA_2024, Stage
>>> PILKADA_2024.voting_day
datetime.date(2024, 11, 27)
>>> print(PILKADA_2024[Stage.KAMPANYE].when)
25 September–23 November 2024
>>> [entry.key.name for entry in PILKADA_2024.active_on(dt.date(2024, 11, 25))]
['MASA_KERJA_KPPS', 'MASA_TENANG']
>>> PILKADA_2024.offset(dt.date(2024, 11, 24))
'H-3'

Custom schedules (a re-election, a PSU ordered by the Constitutional Court) are built from a
dict, a TOML or a JSON file with :meth:`Schedule.from_dict` and :func:`load_schedule`, and
checked against the law with :meth:`Schedule.validate`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import json
import os
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from pilkada.calendar import Deadline, Period, add_working_days
from pilkada.errors import (
    PilkadaLookupError,
    PilkadaParseError,
    PilkadaTypeError,
    PilkadaValueError,
    instance_of,
)
from pilkada.i18n import DEFAULT_LOCALE, check_date, lang_of
from pilkada.law import Certainty, LegalBasis, basis_from_data, basis_to_data, data_date
from pilkada.presentation import Pictured
from pilkada.rules import DEFAULT_RULES, Aligned, Edge, NoLaterThan, Rule, Violation
from pilkada.stages import ORDER, Event, Stage, Step

if TYPE_CHECKING:
    pass

__all__ = [
    "AfterEvent",
    "External",
    "Schedule",
    "ScheduleEntry",
    "format_offset",
    "load_schedule",
]

Key: TypeAlias = Stage | Step


#: The years a schedule's dates may fall in: from the Republic's first laws to the end of the
#: working-day calendar's horizon. Keeps date arithmetic in rules far from datetime's limits.
FIRST_YEAR, LAST_YEAR = 1945, 2100
MAX_DAYS = 3660  # a count of days in a relative deadline: at most ten years


def _day_count(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DAYS:
        raise PilkadaValueError(
            attribute.name, value, f"{value!r} is not a count of days", f"an int 0-{MAX_DAYS}"
        )


def _in_range(field: str, day: dt.date) -> dt.date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise PilkadaValueError(
            field,
            day,
            f"{day.isoformat()} is outside the years a schedule covers",
            f"a date from {FIRST_YEAR} to {LAST_YEAR}",
        )
    return day


@attrs.frozen
class AfterEvent:
    """A deadline counted from a later event: "paling lambat 5 hari setelah ...".

    Args:
        anchor: The event (:class:`~pilkada.Event`) or stage the days are counted from.
        days: How many days after it.
        working_days: Count hari kerja instead of calendar days.

    >>> import datetime as dt
    >>> rule = AfterEvent(Event.MK_NOTIFICATION, 5)
    >>> print(rule.resolve(dt.date(2025, 1, 8)))
    paling lambat 13 Januari 2025
    """

    anchor: Event | Stage = attrs.field(validator=instance_of((Event, Stage)))
    days: int = attrs.field(validator=_day_count)
    working_days: bool = attrs.field(default=False, validator=instance_of(bool))

    def resolve(self, anchor_day: dt.date, *, cuti_bersama_off: bool = False) -> Deadline:
        """The deadline once the anchor event's day is known.

        ``cuti_bersama_off`` applies to working days (see :mod:`pilkada.calendar`).
        """
        anchor_day = _in_range("anchor_day", check_date("anchor_day", anchor_day))
        if self.working_days:
            return Deadline(
                add_working_days(anchor_day, self.days, cuti_bersama_off=cuti_bersama_off)
            )
        return Deadline(anchor_day + dt.timedelta(days=self.days))

    def __str__(self) -> str:
        return self.format()

    def format(self, *, locale: str = DEFAULT_LOCALE) -> str:
        """``paling lambat 5 hari setelah ...`` (``no later than 5 days after ...``)."""
        label = self.anchor.label(locale)
        anchor = label[0].lower() + label[1:]
        if lang_of(locale) == "id":
            unit = "hari kerja" if self.working_days else "hari"
            return f"paling lambat {self.days} {unit} setelah {anchor}"
        unit = "working days" if self.working_days else "days"
        return f"no later than {self.days} {unit} after {anchor}"


@attrs.frozen
class External:
    """Timing set by another body, outside this schedule ("sesuai jadwal ... Bawaslu")."""

    by_id: str = attrs.field(validator=instance_of(str))
    by_en: str = attrs.field(validator=instance_of(str))

    def __str__(self) -> str:
        return self.format()

    def format(self, *, locale: str = DEFAULT_LOCALE) -> str:
        """The note in the language of ``locale``."""
        return self.by_id if lang_of(locale) == "id" else self.by_en


When: TypeAlias = Period | Deadline | AfterEvent | External
_WHEN_TYPES = (Period, Deadline, AfterEvent, External)


@attrs.frozen(kw_only=True)
class ScheduleEntry:
    """One row of a schedule: a stage or step, when it happens, and how we know.

    Args:
        key: The :class:`~pilkada.Stage` or :class:`~pilkada.Step`.
        when: A :class:`~pilkada.Period`, :class:`~pilkada.Deadline`, :class:`AfterEvent` or
            :class:`External`.
        certainty: ``OFFICIAL`` (default), ``DERIVED`` or ``PROVISIONAL``.
        basis: The legal basis of the date (``None``: the schedule's own basis applies).
        source: Where the date was read (publication, URL).
        note: Anything a reader should know (a disagreement between sources, say).
    """

    key: Key = attrs.field(validator=instance_of((Stage, Step)))
    when: When = attrs.field(validator=instance_of(_WHEN_TYPES))
    certainty: Certainty = attrs.field(default=Certainty.OFFICIAL, validator=instance_of(Certainty))
    basis: LegalBasis | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(LegalBasis))
    )
    source: str = attrs.field(default="", validator=instance_of(str))
    note: str = attrs.field(default="", validator=instance_of(str))

    @property
    def start(self) -> dt.date | None:
        """The first day, for a period; ``None`` otherwise."""
        return self.when.start if isinstance(self.when, Period) else None

    @property
    def end(self) -> dt.date | None:
        """The last day of a period, or the day of a deadline; ``None`` otherwise."""
        if isinstance(self.when, Period):
            return self.when.end
        if isinstance(self.when, Deadline):
            return self.when.day
        return None

    @property
    def first_day(self) -> dt.date | None:
        """The earliest day the entry names: a period's start or a deadline's day."""
        return self.start if self.start is not None else self.end

    def label(self, locale: str = DEFAULT_LOCALE) -> str:
        """The stage's or step's name in the language of ``locale``."""
        return self.key.label(lang_of(locale))


def _entries(values: object) -> tuple[ScheduleEntry, ...]:
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise PilkadaValueError(
            "entries", values, f"got {type(values).__name__}", "a sequence of ScheduleEntry"
        )
    entries = tuple(values)
    seen: set[Key] = set()
    for index, entry in enumerate(entries):
        if not isinstance(entry, ScheduleEntry):
            raise PilkadaValueError(
                f"entries[{index}]", entry, f"got {type(entry).__name__}", "ScheduleEntry objects"
            )
        for day in (entry.first_day, entry.end):
            if day is not None:
                _in_range(f"entries[{index}]", day)
        if entry.key in seen:
            raise PilkadaValueError(
                f"entries[{index}]",
                entry.key.name,
                f"{entry.key.name} appears twice",
                "one entry per stage or step",
            )
        seen.add(entry.key)
    return tuple(sorted(entries, key=lambda entry: _POSITION[entry.key]))


_POSITION: dict[Key, int] = {key: index for index, key in enumerate(ORDER)}


def _derived(rule_certainty: Certainty) -> Certainty:
    """A date computed by a rule is as sure as the rule: derived, or provisional."""
    return Certainty.DERIVED if rule_certainty is Certainty.OFFICIAL else Certainty.PROVISIONAL


def format_offset(days: int, *, locale: str = DEFAULT_LOCALE) -> str:
    """A day's distance from voting day, written the Indonesian way: ``H-3``, ``H``, ``H+19``.

    English uses ``D`` (D-day): ``D-3``.

    >>> format_offset(-3), format_offset(0), format_offset(19, locale="en")
    ('H-3', 'H', 'D+19')
    """
    if isinstance(days, bool) or not isinstance(days, int):
        raise PilkadaTypeError("days", days, f"got {type(days).__name__} {days!r}", "an int")
    letter = "H" if lang_of(locale) == "id" else "D"
    if days == 0:
        return letter
    return f"{letter}{days:+d}"


@attrs.frozen(kw_only=True)
class Schedule(Pictured):
    """The dates of one Pilkada: its voting day and an entry per stage and step.

    Args:
        name: A name for the schedule, e.g. ``"Pilkada Serentak 2024"``.
        voting_day: Hari pemungutan suara.
        entries: :class:`ScheduleEntry` objects, at most one per stage or step, in any order
            (they are kept in legal order).
        basis: The instrument that sets the schedule (applies to entries without their own).

    Indexing takes a :class:`~pilkada.Stage`, a :class:`~pilkada.Step` or its name;
    iteration yields the entries in legal order, each stage followed by its steps.
    """

    name: str = attrs.field(validator=instance_of(str))
    voting_day: dt.date = attrs.field()
    entries: tuple[ScheduleEntry, ...] = attrs.field(default=(), converter=_entries)
    basis: LegalBasis | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(LegalBasis))
    )

    @voting_day.validator
    def _check_voting_day(self, attribute: attrs.Attribute[dt.date], value: object) -> None:
        _in_range(attribute.name, check_date(attribute.name, value))

    # -- lookup ----------------------------------------------------------------------------

    def __getitem__(self, key: Key | str) -> ScheduleEntry:
        wanted = entry_key(key) if isinstance(key, str) else key
        for entry in self.entries:
            if entry.key is wanted:
                return entry
        held = ", ".join(entry.key.name for entry in self.entries)
        raise PilkadaLookupError(
            "key",
            key,
            f"{self.name!r} has no entry for {getattr(wanted, 'name', wanted)}",
            f"one of: {held}" if held else "the schedule has no entries",
        )

    def get(self, key: Key | str) -> ScheduleEntry | None:
        """The entry for ``key``, or ``None`` if the schedule has none."""
        try:
            return self[key]
        except PilkadaLookupError:
            return None

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            return any(entry.key.name == key for entry in self.entries)
        return any(entry.key is key for entry in self.entries)

    def __iter__(self) -> Iterator[ScheduleEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def basis_of(self, entry: ScheduleEntry) -> LegalBasis | None:
        """The entry's own legal basis, or the schedule's."""
        return entry.basis if entry.basis is not None else self.basis

    def with_entry(self, entry: ScheduleEntry) -> Schedule:
        """A copy with ``entry`` added, or replacing the entry for the same key."""
        others = [e for e in self.entries if e.key is not entry.key]
        return attrs.evolve(self, entries=(*others, entry))

    # -- days ------------------------------------------------------------------------------

    def active_on(self, day: dt.date) -> tuple[ScheduleEntry, ...]:
        """The entries whose period includes ``day``, in legal order.

        Deadlines without a start, and entries counted from a later event, have no period to
        be in and are not listed.
        """
        day = check_date("day", day)
        return tuple(e for e in self.entries if isinstance(e.when, Period) and day in e.when)

    def next_after(self, day: dt.date) -> ScheduleEntry | None:
        """The entry that starts (or whose deadline falls) first after ``day``.

        Ties go to the entry first in legal order. ``None`` when nothing dated is left.
        """
        day = check_date("day", day)
        upcoming = [e for e in self.entries if (first := e.first_day) is not None and first > day]
        if not upcoming:
            return None
        return min(upcoming, key=lambda e: (e.first_day, _POSITION[e.key]))

    def days_to_voting(self, day: dt.date) -> int:
        """Days from ``day`` to voting day: 3 on H-3, 0 on voting day, negative after it."""
        return (self.voting_day - check_date("day", day)).days

    def offset(self, day: dt.date, *, locale: str = DEFAULT_LOCALE) -> str:
        """``day`` relative to voting day: ``H-3``, ``H``, ``H+19`` (``D-3`` in English)."""
        return format_offset(-self.days_to_voting(day), locale=locale)

    # -- rules -----------------------------------------------------------------------------

    def validate(self, rules: Sequence[Rule] | None = None) -> list[Violation]:
        """Check the schedule against the date rules; an empty list means none is broken.

        Args:
            rules: The rules to apply; by default :data:`pilkada.rules.DEFAULT_RULES`, the
                rules of the Pilkada laws. A rule whose stages the schedule lacks is skipped.

        Never raises for a breach: each breach is a :class:`~pilkada.Violation`.
        """
        applied = DEFAULT_RULES if rules is None else tuple(rules)
        return [violation for rule in applied for violation in rule.check(self)]

    @classmethod
    def derived_from(
        cls,
        voting_day: dt.date,
        *,
        name: str | None = None,
        rules: Sequence[Rule] = DEFAULT_RULES,
    ) -> Schedule:
        """The dates the rules fix once voting day is known, marked ``DERIVED``.

        A date computed by a provisional rule is marked ``PROVISIONAL`` instead.

        For a re-election or a new voting day: the masa tenang, voting day itself, the
        mass-media campaign window, and the deadlines to form and dissolve the PPK, PPS and
        Pengawas TPS. Computed from the rules anchored on voting day (the same objects
        :meth:`validate` applies), so the result always validates.

        >>> import datetime as dt
        >>> derived = Schedule.derived_from(dt.date(2025, 8, 27))
        >>> print(derived[Stage.MASA_TENANG].when)
        24–26 Agustus 2025
        >>> print(derived[Step.PEMBENTUKAN_PPS].when)
        paling lambat 27 Februari 2025
        """
        voting_day = check_date("voting_day", voting_day)
        edges: dict[Key, dict[Edge, tuple[dt.date, Aligned]]] = {}
        entries: list[ScheduleEntry] = []
        for rule in rules:
            if isinstance(rule, NoLaterThan) and rule.key is not None:
                if rule.edge is Edge.START and not rule.exact:
                    continue  # "starts no later than" fixes no entry of its own
                limit = rule.limit(voting_day)
                entries.append(
                    ScheduleEntry(
                        key=rule.key,
                        when=Period.day(limit) if rule.exact else Deadline(limit),
                        certainty=_derived(rule.certainty),
                        basis=rule.basis,
                    )
                )
            elif isinstance(rule, Aligned) and rule.anchor is None:
                day = voting_day + dt.timedelta(days=rule.days)
                edges.setdefault(rule.key, {})[rule.edge] = (day, rule)
        entries += [
            ScheduleEntry(
                key=key,
                when=Period(found[Edge.START][0], found[Edge.END][0]),
                certainty=_derived(found[Edge.START][1].certainty),
                basis=found[Edge.START][1].basis,
            )
            for key, found in edges.items()
            if Edge.START in found and Edge.END in found
        ]
        return cls(
            name=name or f"Jadwal turunan, pemungutan suara {voting_day.isoformat()}",
            voting_day=voting_day,
            entries=entries,
        )

    # -- (de)serialisation -----------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The schedule as plain data, in the shape :meth:`from_dict` reads.

        Dates are ``datetime.date`` objects (TOML writes them natively; for JSON, write them
        with ``.isoformat()``).
        """
        data: dict[str, Any] = {"name": self.name, "voting_day": self.voting_day}
        if self.basis is not None:
            data["basis"] = basis_to_data(self.basis)
        for table, kind in (("stages", Stage), ("steps", Step)):
            rows = {e.key.name: entry_to_dict(e) for e in self.entries if isinstance(e.key, kind)}
            if rows:
                data[table] = rows
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Schedule:
        """Build a schedule from plain data (a parsed TOML or JSON document, or a dict).

        Dates may be ISO strings or ``datetime.date`` objects. Every problem raises a
        :class:`~pilkada.PilkadaError` whose ``field`` is the path to the bad value
        (``stages.KAMPANYE.end``); nothing is half-built.
        """
        return _schedule_from_dict(data)


def load_schedule(path: str | os.PathLike[str]) -> Schedule:
    """Read a schedule from a ``.toml`` or ``.json`` file (see :meth:`Schedule.from_dict`).

    Raises:
        PilkadaParseError: The file is not valid TOML or JSON.
        PilkadaValueError: The content is not a valid schedule; ``field`` names the path.
        OSError: The file cannot be read.
    """
    path = os.fspath(path)
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
    return _schedule_from_dict(data)


# -- data <-> objects --------------------------------------------------------------------------

_TOP_KEYS = {"name", "voting_day", "basis", "stages", "steps"}
_ENTRY_KEYS = {
    "start",
    "end",
    "by",
    "after",
    "days",
    "working_days",
    "set_by",
    "set_by_en",
    "certainty",
    "basis",
    "source",
    "note",
}


def entry_to_dict(entry: ScheduleEntry) -> dict[str, Any]:
    when = entry.when
    row: dict[str, Any]
    if isinstance(when, Period):
        row = {"start": when.start} if when.days == 1 else {"start": when.start, "end": when.end}
    elif isinstance(when, Deadline):
        row = {"by": when.day}
    elif isinstance(when, AfterEvent):
        row = {"after": when.anchor.name, "days": when.days}
        if when.working_days:
            row["working_days"] = True
    else:
        row = {"set_by": when.by_id, "set_by_en": when.by_en}
    if entry.certainty is not Certainty.OFFICIAL:
        row["certainty"] = entry.certainty.name
    if entry.basis is not None:
        row["basis"] = basis_to_data(entry.basis)
    if entry.source:
        row["source"] = entry.source
    if entry.note:
        row["note"] = entry.note
    return row


def entry_key(name: str) -> Key:
    """The Stage or Step of that name; an unknown name suggests the closest."""
    for kind in (Stage, Step):
        if name in kind.__members__:
            return kind[name]
    raise PilkadaLookupError("key", name, f"no stage or step is called {name!r}", _suggest(name))


def _suggest(name: object, choices: Iterable[str] | None = None) -> str:
    pool = list(choices) if choices is not None else [*Stage.__members__, *Step.__members__]
    close = difflib.get_close_matches(str(name).upper(), pool, n=1, cutoff=0.5)
    if close:
        return f"did you mean {close[0]!r}?"
    return "one of: " + ", ".join(pool)


def _require_mapping(path: str, value: object) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise PilkadaValueError(
            path, value, f"got {type(value).__name__} {value!r}", "a table of keys and values"
        )
    return value


def _require_str(path: str, value: object) -> str:
    if not isinstance(value, str):
        raise PilkadaValueError(path, value, f"got {type(value).__name__} {value!r}", "a string")
    return value


def _date(path: str, value: object) -> dt.date:
    day = data_date(path, value)
    if day is None:
        raise PilkadaValueError(path, value, "no date", "an ISO date such as 2024-11-27")
    return _in_range(path, day)


def _schedule_from_dict(data: object) -> Schedule:
    data = _require_mapping("$", data)
    for key in data:
        if key not in _TOP_KEYS:
            raise PilkadaValueError(
                str(key), data[key], f"unknown key {key!r}", _suggest(key, sorted(_TOP_KEYS))
            )
    for required in ("name", "voting_day"):
        if required not in data:
            raise PilkadaValueError(required, None, f"{required!r} is missing", "give it")
    name = _require_str("name", data["name"])
    if not name.strip():
        raise PilkadaValueError("name", name, "the name is empty", "a name for the schedule")
    voting_day = _date("voting_day", data["voting_day"])
    basis = basis_from_data("basis", data["basis"]) if "basis" in data else None
    entries = []
    for table, kind in (("stages", Stage), ("steps", Step)):
        rows = _require_mapping(table, data.get(table, {}))
        for row_name, row in rows.items():
            path = f"{table}.{row_name}"
            if row_name not in kind.__members__:
                other = "steps" if kind is Stage else "stages"
                if row_name in (Step if kind is Stage else Stage).__members__:
                    hint = f"{row_name!r} is a {other[:-1]}: put it under [{other}]"
                else:
                    hint = _suggest(row_name, kind.__members__)
                raise PilkadaValueError(path, row_name, f"unknown {table[:-1]} {row_name!r}", hint)
            entries.append(entry_from_dict(path, kind[row_name], row))
    return Schedule(name=name, voting_day=voting_day, entries=entries, basis=basis)


def entry_from_dict(path: str, key: Key, row: object) -> ScheduleEntry:
    row = _require_mapping(path, row)
    for field in row:
        if field not in _ENTRY_KEYS:
            raise PilkadaValueError(
                f"{path}.{field}",
                row[field],
                f"unknown field {field!r}",
                _suggest(field, sorted(_ENTRY_KEYS)),
            )
    forms = [form for form in ("start", "by", "after", "set_by") if form in row]
    if len(forms) != 1:
        raise PilkadaValueError(
            path,
            dict(row),
            "it says " + (" and ".join(forms) if forms else "no date"),
            "exactly one of: start (and end), by (a deadline), after (and days), set_by",
        )
    when = _when(path, forms[0], row)
    certainty = Certainty.OFFICIAL
    if "certainty" in row:
        # Written by name ("PROVISIONAL"), as every enum in pilkada's data; hand-written files
        # may use the value ("provisional").
        value = row["certainty"]
        by_text = {c.name: c for c in Certainty} | {c.value: c for c in Certainty}
        if not isinstance(value, str) or value not in by_text:
            choices = [c.name for c in Certainty]
            raise PilkadaValueError(
                f"{path}.certainty", value, f"unknown certainty {value!r}", f"one of {choices}"
            )
        certainty = by_text[value]
    return ScheduleEntry(
        key=key,
        when=when,
        certainty=certainty,
        basis=basis_from_data(f"{path}.basis", row["basis"]) if "basis" in row else None,
        source=_require_str(f"{path}.source", row.get("source", "")),
        note=_require_str(f"{path}.note", row.get("note", "")),
    )


def _when(path: str, form: str, row: Mapping[str, Any]) -> When:
    allowed = {
        "start": {"start", "end"},
        "by": {"by"},
        "after": {"after", "days", "working_days"},
        "set_by": {"set_by", "set_by_en"},
    }[form]
    for field in ("start", "end", "by", "after", "days", "working_days", "set_by", "set_by_en"):
        if field in row and field not in allowed:
            raise PilkadaValueError(
                f"{path}.{field}", row[field], f"{field!r} does not go with {form!r}", str(allowed)
            )
    if form == "start":
        start = _date(f"{path}.start", row["start"])
        end = _date(f"{path}.end", row["end"]) if "end" in row else start
        if end < start:
            raise PilkadaValueError(
                f"{path}.end",
                row["end"],
                f"ends on {end.isoformat()}, before it starts on {start.isoformat()}",
                "an end on or after the start (omit end for a one-day stage)",
            )
        return Period(start, end)
    if form == "by":
        return Deadline(_date(f"{path}.by", row["by"]))
    if form == "after":
        return _after(path, row)
    return External(
        _require_str(f"{path}.set_by", row["set_by"]),
        _require_str(f"{path}.set_by_en", row.get("set_by_en", row["set_by"])),
    )


def _after(path: str, row: Mapping[str, Any]) -> AfterEvent:
    anchor_name = row["after"]
    anchors = [*Event.__members__, *Stage.__members__]
    if not isinstance(anchor_name, str) or anchor_name not in anchors:
        raise PilkadaValueError(
            f"{path}.after",
            anchor_name,
            f"unknown event {anchor_name!r}",
            _suggest(anchor_name, anchors),
        )
    anchor = Event[anchor_name] if anchor_name in Event.__members__ else Stage[anchor_name]
    if "days" not in row:
        raise PilkadaValueError(f"{path}.days", None, "'days' is missing", "a count of days")
    days = row["days"]
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_DAYS:
        raise PilkadaValueError(
            f"{path}.days", days, "not a count of days", f"an int from 0 to {MAX_DAYS}"
        )
    working = row.get("working_days", False)
    if not isinstance(working, bool):
        raise PilkadaValueError(f"{path}.working_days", working, "not true/false", "a boolean")
    return AfterEvent(anchor, days, working)


# -- the official 2024 schedule --------------------------------------------------------------


@functools.cache
def pilkada_2024() -> Schedule:
    """The PKPU 2/2024 schedule (``pilkada.PILKADA_2024``), read from its data file once."""
    text = resources.files("pilkada.data").joinpath("pilkada_2024.toml").read_text("utf-8")
    return _schedule_from_dict(tomllib.loads(text))
