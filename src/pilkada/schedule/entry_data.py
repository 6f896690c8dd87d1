"""Schedule entries as plain data (TOML, JSON, dicts) and back, with path-naming errors."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable, Mapping
from typing import Any

from pilkada.calendar import Deadline, Period
from pilkada.errors import PilkadaLookupError, PilkadaValueError, shown
from pilkada.law import Certainty
from pilkada.lawdata import basis_from_data, basis_to_data, data_date
from pilkada.schedule.entries import (
    MAX_DAYS,
    AfterEvent,
    External,
    Key,
    ScheduleEntry,
    When,
    in_range,
)
from pilkada.schedule.stages import Event, Stage, Step

__all__ = ["entry_from_dict", "entry_key", "entry_to_dict"]

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
    """An entry as plain data, in the shape :func:`entry_from_dict` reads."""
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
    """The Stage or Step of that name, in any case; an unknown name suggests the closest.

    >>> entry_key("masa_tenang")
    <Stage.MASA_TENANG: 16>
    """
    wanted = name.strip().upper() if isinstance(name, str) else name
    for kind in (Stage, Step):
        if wanted in kind.__members__:
            return kind[wanted]
    raise PilkadaLookupError("key", name, f"no stage or step is called {name!r}", suggest(name))


def suggest(name: object, choices: Iterable[str] | None = None) -> str:
    """The closest name among ``choices`` (stages and steps by default), as a hint."""
    pool = list(choices) if choices is not None else [*Stage.__members__, *Step.__members__]
    close = difflib.get_close_matches(str(name).upper(), pool, n=1, cutoff=0.5)
    if close:
        return f"did you mean {close[0]!r}?"
    return "one of: " + ", ".join(pool)


def require_mapping(path: str, value: object) -> Mapping[str, Any]:
    """``value`` if it is a table; an error naming ``path`` otherwise."""
    if not isinstance(value, Mapping):
        raise PilkadaValueError(
            path, value, f"got {type(value).__name__} {shown(value)}", "a table of keys and values"
        )
    return value


def require_str(path: str, value: object) -> str:
    """``value`` if it is a string; an error naming ``path`` otherwise."""
    if not isinstance(value, str):
        raise PilkadaValueError(
            path, value, f"got {type(value).__name__} {shown(value)}", "a string"
        )
    return value


def data_day(path: str, value: object) -> dt.date:
    """A date of a schedule (an ISO string or a date) in the years schedules cover."""
    day = data_date(path, value)
    if day is None:
        raise PilkadaValueError(path, value, "no date", "an ISO date such as 2024-11-27")
    return in_range(path, day)


def entry_from_dict(path: str, key: Key, row: object) -> ScheduleEntry:
    """The entry for ``key`` from its row of plain data; errors name the field under ``path``."""
    row = require_mapping(path, row)
    for field in row:
        if field not in _ENTRY_KEYS:
            raise PilkadaValueError(
                f"{path}.{field}",
                row[field],
                f"unknown field {field!r}",
                suggest(field, sorted(_ENTRY_KEYS)),
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
                f"{path}.certainty", value, f"unknown certainty {shown(value)}", f"one of {choices}"
            )
        certainty = by_text[value]
    return ScheduleEntry(
        key=key,
        when=when,
        certainty=certainty,
        basis=basis_from_data(f"{path}.basis", row["basis"]) if "basis" in row else None,
        source=require_str(f"{path}.source", row.get("source", "")),
        note=require_str(f"{path}.note", row.get("note", "")),
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
        start = data_day(f"{path}.start", row["start"])
        end = data_day(f"{path}.end", row["end"]) if "end" in row else start
        if end < start:
            raise PilkadaValueError(
                f"{path}.end",
                row["end"],
                f"ends on {end.isoformat()}, before it starts on {start.isoformat()}",
                "an end on or after the start (omit end for a one-day stage)",
            )
        return Period(start, end)
    if form == "by":
        return Deadline(data_day(f"{path}.by", row["by"]))
    if form == "after":
        return _after(path, row)
    return External(
        require_str(f"{path}.set_by", row["set_by"]),
        require_str(f"{path}.set_by_en", row.get("set_by_en", row["set_by"])),
    )


def _after(path: str, row: Mapping[str, Any]) -> AfterEvent:
    anchor_name = row["after"]
    anchors = [*Event.__members__, *Stage.__members__]
    if not isinstance(anchor_name, str) or anchor_name not in anchors:
        raise PilkadaValueError(
            f"{path}.after",
            anchor_name,
            f"unknown event {anchor_name!r}",
            suggest(anchor_name, anchors),
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
