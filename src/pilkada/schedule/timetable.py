"""The :class:`Schedule`: the dates of one Pilkada, looked up, checked and derived."""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from pilkada.boundary import as_date, as_items
from pilkada.calendar import Deadline, Period
from pilkada.errors import PilkadaLookupError, PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.i18n import DEFAULT_LOCALE, check_date, lang_of
from pilkada.law import Certainty, LegalBasis
from pilkada.lawdata import basis_from_data, basis_to_data
from pilkada.presentation import Pictured
from pilkada.schedule.default_rules import DEFAULT_RULES
from pilkada.schedule.entries import Key, ScheduleEntry, format_offset, in_range
from pilkada.schedule.entry_data import (
    data_day,
    entry_from_dict,
    entry_key,
    entry_to_dict,
    require_mapping,
    require_str,
    suggest,
)
from pilkada.schedule.rules import Aligned, Edge, NoLaterThan, Rule, Violation
from pilkada.schedule.stages import ORDER, Stage, Step

__all__ = ["Schedule", "schedule_from_dict"]


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
                in_range(f"entries[{index}]", day)
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
        in_range(attribute.name, check_date(attribute.name, value))

    # -- lookup ----------------------------------------------------------------------------

    def __getitem__(self, key: Key | str) -> ScheduleEntry:
        wanted = _as_key(key)
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
        entry = _as_entry(entry)
        return entry.basis if entry.basis is not None else self.basis

    def with_entry(self, entry: ScheduleEntry) -> Schedule:
        """A copy with ``entry`` added, or replacing the entry for the same key.

        >>> from pilkada import PILKADA_2024
        >>> PILKADA_2024.with_entry(5)
        Traceback (most recent call last):
        ...
        pilkada.errors.PilkadaTypeError: entry: got int 5; a ScheduleEntry
        """
        entry = _as_entry(entry)
        others = [e for e in self.entries if e.key is not entry.key]
        return attrs.evolve(self, entries=(*others, entry))

    # -- days ------------------------------------------------------------------------------

    def active_on(self, day: dt.date | str) -> tuple[ScheduleEntry, ...]:
        """The entries whose period includes ``day``, in legal order.

        Deadlines without a start, and entries counted from a later event, have no period to
        be in and are not listed.
        """
        day = as_date("day", day)
        return tuple(e for e in self.entries if isinstance(e.when, Period) and day in e.when)

    def next_after(self, day: dt.date | str) -> ScheduleEntry | None:
        """The entry that starts (or whose deadline falls) first after ``day``.

        Ties go to the entry first in legal order. ``None`` when nothing dated is left.
        """
        day = as_date("day", day)
        upcoming = [e for e in self.entries if (first := e.first_day) is not None and first > day]
        if not upcoming:
            return None
        return min(upcoming, key=lambda e: (e.first_day, _POSITION[e.key]))

    def days_to_voting(self, day: dt.date | str) -> int:
        """Days from ``day`` to voting day: 3 on H-3, 0 on voting day, negative after it."""
        return (self.voting_day - as_date("day", day)).days

    def offset(self, day: dt.date | str, *, locale: str = DEFAULT_LOCALE) -> str:
        """``day`` relative to voting day: ``H-3``, ``H``, ``H+19`` (``D-3`` in English)."""
        return format_offset(-self.days_to_voting(day), locale=locale)

    def offsets(self, key: Key | str, *, locale: str = DEFAULT_LOCALE) -> str:
        """An entry's days as H-offsets: ``H-63 s.d. H-4``, ``H-3``; ``""`` when undated.

        >>> from pilkada import PILKADA_2024
        >>> PILKADA_2024.offsets("KAMPANYE"), PILKADA_2024.offsets("KAMPANYE", locale="en")
        ('H-63 s.d. H-4', 'D-63 to D-4')
        """
        entry = self[key]
        first, last = entry.first_day, entry.end
        if first is None or last is None:
            return ""
        if first == last:
            return self.offset(first, locale=locale)
        until = "s.d." if lang_of(locale) == "id" else "to"
        return f"{self.offset(first, locale=locale)} {until} {self.offset(last, locale=locale)}"

    def offset_table(self, *, locale: str = DEFAULT_LOCALE) -> list[tuple[Key, str]]:
        """The H-offset column ``python -m pilkada jadwal`` prints: (stage or step, offsets).

        One row per entry, in legal order; an entry without a date has empty offsets.

        >>> from pilkada import PILKADA_2024, Stage
        >>> table = dict(PILKADA_2024.offset_table())
        >>> table[Stage.MASA_TENANG], table[Stage.KAMPANYE], table[Stage.PEMUNGUTAN_SUARA]
        ('H-3 s.d. H-1', 'H-63 s.d. H-4', 'H')
        """
        return [(e.key, self.offsets(e.key, locale=locale)) for e in self.entries]

    # -- rules -----------------------------------------------------------------------------

    def validate(
        self, *positional: Sequence[Rule], rules: Sequence[Rule] | None = None
    ) -> list[Violation]:
        """Check the schedule against the date rules; an empty list means none is broken.

        Args:
            positional: Deprecated: pass ``rules=`` (a positional ``rules`` still works, with a
                ``DeprecationWarning``, for one minor release).
            rules: The rules to apply; by default :data:`pilkada.rules.DEFAULT_RULES`, the
                rules of the Pilkada laws. A rule whose stages the schedule lacks is skipped.

        Never raises for a breach: each breach is a :class:`~pilkada.Violation`.
        """
        rules = _rules_option(positional, rules)
        applied = DEFAULT_RULES if rules is None else as_items("rules", rules)
        for index, rule in enumerate(applied):
            if not callable(getattr(rule, "check", None)):
                raise PilkadaTypeError(
                    f"rules[{index}]", rule, f"got {type(rule).__name__}", "a rule with check()"
                )
        return [violation for rule in applied for violation in rule.check(self)]

    @classmethod
    def derived_from(
        cls,
        voting_day: dt.date | str,
        *,
        name: str | None = None,
        rules: Sequence[Rule] = DEFAULT_RULES,
    ) -> Schedule:
        """The dates the rules fix once voting day is known, marked ``DERIVED``.

        A date computed by a provisional rule is marked ``PROVISIONAL`` instead.

        For a re-election or a new voting day: the masa tenang, voting day itself, the
        mass-media campaign window, the deadlines to form and dissolve the PPK, PPS and
        Pengawas TPS, and the KPPS term as a period (from the last day to form the KPPS to
        the last day of their term: the latest term the rules allow, not a deadline).
        Computed from the rules anchored on voting day (the same objects :meth:`validate`
        applies), so the result always validates.

        >>> import datetime as dt
        >>> derived = Schedule.derived_from(dt.date(2025, 8, 27))
        >>> print(derived[Stage.MASA_TENANG].when)
        24–26 Agustus 2025
        >>> print(derived[Step.PEMBENTUKAN_PPS].when)
        paling lambat 27 Februari 2025
        """
        voting_day = as_date("voting_day", voting_day)
        edges: dict[Key, dict[Edge, tuple[dt.date, Aligned]]] = {}
        entries: list[ScheduleEntry] = []
        limits: dict[Key, dt.date] = {}
        for rule in as_items("rules", rules):
            if isinstance(rule, NoLaterThan) and rule.key is not None:
                if rule.edge is Edge.START and not rule.exact:
                    continue  # "starts no later than" fixes no entry of its own
                limit = limits[rule.key] = rule.limit(voting_day)
                if rule.key in _TERMS:
                    continue  # a term is a period, not a deadline: built below
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
        entries += _terms(rules, limits)
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
        return schedule_from_dict(data)


#: Terms (masa kerja) the rules bound at both ends: the term, then the step that opens it.
_TERMS: dict[Key, Key] = {Step.MASA_KERJA_KPPS: Step.PEMBENTUKAN_KPPS}


def _terms(rules: Sequence[Rule], limits: Mapping[Key, dt.date]) -> list[ScheduleEntry]:
    """Each term whose two ends the rules fix, as a period from its opening to its end."""
    found = []
    for term, opening in _TERMS.items():
        if term not in limits or opening not in limits:
            continue
        bounding = [r for r in rules if isinstance(r, NoLaterThan) and r.key in (term, opening)]
        sure = all(r.certainty is Certainty.OFFICIAL for r in bounding)
        found.append(
            ScheduleEntry(
                key=term,
                when=Period(limits[opening], limits[term]),
                certainty=_derived(Certainty.OFFICIAL if sure else Certainty.PROVISIONAL),
                basis=next(r.basis for r in bounding if r.key == term),
            )
        )
    return found


def _as_key(key: object) -> Key:
    """A Stage or Step, or the name of one in any case."""
    if isinstance(key, (Stage, Step)):
        return key
    if isinstance(key, str):
        return entry_key(key)
    raise PilkadaTypeError(
        "key", key, f"got {type(key).__name__} {key!r}", "a Stage, a Step or the name of one"
    )


def _as_entry(entry: object) -> ScheduleEntry:
    if not isinstance(entry, ScheduleEntry):
        raise PilkadaTypeError(
            "entry", entry, f"got {type(entry).__name__} {entry!r}", "a ScheduleEntry"
        )
    return entry


def _rules_option(
    positional: tuple[Sequence[Rule], ...], rules: Sequence[Rule] | None
) -> Sequence[Rule] | None:
    """``rules=``, or the deprecated positional form of it."""
    if not positional:
        return rules
    if len(positional) > 1 or rules is not None:
        raise PilkadaTypeError(
            "rules", positional, "the rules were given twice or in parts", "validate(rules=...)"
        )
    warnings.warn(
        "Schedule.validate(rules) is deprecated: pass the rules as validate(rules=...)",
        DeprecationWarning,
        stacklevel=3,
    )
    return positional[0]


_TOP_KEYS = {"name", "voting_day", "basis", "stages", "steps"}


def schedule_from_dict(data: object) -> Schedule:
    """A schedule from plain data; errors name the path to the first bad value."""
    data = require_mapping("$", data)
    for key in data:
        if key not in _TOP_KEYS:
            raise PilkadaValueError(
                str(key), data[key], f"unknown key {key!r}", suggest(key, sorted(_TOP_KEYS))
            )
    for required in ("name", "voting_day"):
        if required not in data:
            raise PilkadaValueError(required, None, f"{required!r} is missing", "give it")
    name = require_str("name", data["name"])
    if not name.strip():
        raise PilkadaValueError("name", name, "the name is empty", "a name for the schedule")
    voting_day = data_day("voting_day", data["voting_day"])
    basis = basis_from_data("basis", data["basis"]) if "basis" in data else None
    entries = []
    for table, kind in (("stages", Stage), ("steps", Step)):
        rows = require_mapping(table, data.get(table, {}))
        for row_name, row in rows.items():
            path = f"{table}.{row_name}"
            if row_name not in kind.__members__:
                other = "steps" if kind is Stage else "stages"
                if row_name in (Step if kind is Stage else Stage).__members__:
                    hint = f"{row_name!r} is a {other[:-1]}: put it under [{other}]"
                else:
                    hint = suggest(row_name, kind.__members__)
                raise PilkadaValueError(path, row_name, f"unknown {table[:-1]} {row_name!r}", hint)
            entries.append(entry_from_dict(path, kind[row_name], row))
    return Schedule(name=name, voting_day=voting_day, entries=entries, basis=basis)
