"""``jadwal``: the Pilkada 2024 schedule (or ``--file``), with H-offsets and what is on."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pilkada.calendar import Deadline, Period
from pilkada.cli.common import (
    Output,
    citation,
    day_type,
    document,
    plain,
    schedule_from,
    t,
    table,
    violation_json,
    violation_line,
)
from pilkada.cli.errors import reading
from pilkada.cli.parser import About, Parser, command_parser
from pilkada.i18n import format_date
from pilkada.law import Certainty
from pilkada.rules import Violation
from pilkada.schedule import AfterEvent, External, Schedule, ScheduleEntry
from pilkada.stages import Stage

if TYPE_CHECKING:
    from pilkada.cli.parser import Subparsers

__all__ = ["ABOUT", "add_parser", "run"]

ABOUT = About(
    name="jadwal",
    help="jadwal tahapan Pilkada / the Pilkada schedule",
    description=(
        "Tahapan dan jadwal Pilkada Serentak 2024 (PKPU 2/2024), atau jadwal sendiri dari "
        "--file, dengan H-minus, tahapan yang sedang berlangsung pada --tanggal, dan "
        "pemeriksaan aturan tanggal.",
        "The Pilkada 2024 schedule (PKPU 2/2024), or your own from --file, with the day "
        "offsets, what is in progress on --tanggal, and the date rules checked.",
    ),
    examples=(
        "python -m pilkada jadwal --tanggal 2024-11-25",
        "python -m pilkada jadwal --file jadwal-psu.toml --tanggal 2025-08-01 --lang en",
        "python -m pilkada jadwal --tanggal 2024-11-25 --json",
    ),
    breach=("jadwal melanggar aturan tanggal", "the schedule breaks a date rule"),
)

_TEXT = {
    "id": {
        "stage": "Tahapan",
        "when": "Waktu",
        "offset": "H",
        "status": "Ket.",
        "day": "Tanggal",
        "voting": "Hari pemungutan suara",
        "active": "Sedang berlangsung",
        "next": "Berikutnya",
        "none": "tidak ada",
        "until": "s.d.",
        "violations": "Pelanggaran aturan tanggal",
        Certainty.OFFICIAL: "",
        Certainty.DERIVED: "turunan",
        Certainty.PROVISIONAL: "sementara",
    },
    "en": {
        "stage": "Stage",
        "when": "When",
        "offset": "D",
        "status": "Note",
        "day": "Date",
        "voting": "Voting day",
        "active": "In progress",
        "next": "Next",
        "none": "none",
        "until": "to",
        "violations": "Date-rule violations",
        Certainty.OFFICIAL: "",
        Certainty.DERIVED: "derived",
        Certainty.PROVISIONAL: "provisional",
    },
}


def add_parser(subparsers: Subparsers, lang: str) -> Parser:
    """The ``jadwal`` parser: ``--tanggal`` and ``--file``."""
    parser = command_parser(subparsers, ABOUT, lang)
    parser.add_argument(
        "--tanggal",
        type=day_type(lang),
        metavar="YYYY-MM-DD",
        help="mark what is in progress on this day (default: today)",
    )
    parser.add_argument("--file", metavar="PATH", help="a custom schedule (.toml or .json)")
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> Output:
    """The schedule as a table or a JSON document; status 1 when it breaks a date rule."""
    lang: str = args.lang
    schedule = load(args.file)
    day: dt.date = args.tanggal or dt.date.today()
    violations = schedule.validate()
    status = 1 if violations else 0
    if args.json:
        return document(args, _json(schedule, day, violations, lang)), status
    lines = _lines(schedule, day, lang)
    if violations:
        lines += ["", f"{_TEXT[lang]['violations']}:"]
        lines += [violation_line(v, lang) for v in violations]
    return lines, status


def load(path: str | None) -> Schedule:
    """The schedule of ``--file`` (errors name ``--file``), or the official 2024 one."""
    if path is None:
        return schedule_from(None)
    with reading("--file", path):
        return schedule_from(path)


# -- JSON --------------------------------------------------------------------------------------


def _json(
    schedule: Schedule, day: dt.date, violations: Sequence[Violation], lang: str
) -> dict[str, Any]:
    nxt = schedule.next_after(day)
    return {
        "name": schedule.name,
        "voting_day": plain(schedule.voting_day),
        "basis": citation(schedule.basis),
        "date": plain(day),
        "offset": schedule.offset(day),
        "days_to_voting": schedule.days_to_voting(day),
        "entries": [_entry_json(schedule, entry, day, lang) for entry in schedule],
        "active": [plain(entry.key) for entry in schedule.active_on(day)],
        "next": plain(nxt.key) if nxt else None,
        "violations": [violation_json(v, lang) for v in violations],
    }


def _entry_json(
    schedule: Schedule, entry: ScheduleEntry, day: dt.date, lang: str
) -> dict[str, Any]:
    when, key = entry.when, entry.key
    return {
        "key": plain(key),
        "kind": "stage" if isinstance(key, Stage) else "step",
        "stage": plain(key if isinstance(key, Stage) else key.stage),
        "name": entry.label(locale=lang),
        "start": plain(entry.start),
        "end": plain(entry.end),
        "deadline": isinstance(when, Deadline),
        "after": _after_json(when),
        "set_by": _set_by(when, lang),
        # Days from voting day (-3 is H-3), named as in Schedule.to_pandas(): h_start is a
        # period's first day, h_end a period's last day or a deadline's day.
        "h_start": None if entry.start is None else -schedule.days_to_voting(entry.start),
        "h_end": None if entry.end is None else -schedule.days_to_voting(entry.end),
        # Deprecated aliases of h_start and h_end, as "H-63" text; removed in a later release.
        "offset_start": schedule.offset(entry.first_day) if entry.first_day else None,
        "offset_end": schedule.offset(entry.end) if entry.end else None,
        "active": isinstance(when, Period) and day in when,
        "certainty": plain(entry.certainty),
        "basis": citation(schedule.basis_of(entry)),
        "source": entry.source,
        "note": entry.note,
    }


def _after_json(when: object) -> dict[str, Any] | None:
    """A deadline counted from a later event: ``anchor``, ``days``, ``working_days``."""
    if not isinstance(when, AfterEvent):
        return None
    return {"anchor": plain(when.anchor), "days": when.days, "working_days": when.working_days}


def _set_by(when: object, lang: str) -> str | None:
    """The body that sets the timing, when the law leaves it to one."""
    return when.format(locale=lang) if isinstance(when, External) else None


# -- text --------------------------------------------------------------------------------------


def _short(day: dt.date, lang: str) -> str:
    return format_date(day, format="EEE, d MMM y", locale=lang)


def _when(entry: ScheduleEntry, lang: str) -> str:
    when = entry.when
    if isinstance(when, Period):
        if when.days == 1:
            return _short(when.start, lang)
        return f"{_short(when.start, lang)} – {_short(when.end, lang)}"
    if isinstance(when, Deadline):
        return f"{t(lang, 'paling lambat', 'no later than')} {_short(when.day, lang)}"
    return when.format(locale=lang)


def _lines(schedule: Schedule, day: dt.date, lang: str) -> list[str]:
    text = _TEXT[lang]
    active = set(schedule.active_on(day))
    rows = [(text["stage"], text["when"], text["offset"], text["status"])]
    for entry in schedule:
        indent = "" if isinstance(entry.key, Stage) else "  · "
        mark = "► " if entry in active else "  "
        rows.append(
            (
                mark + indent + entry.label(locale=lang),
                _when(entry, lang),
                schedule.offsets(entry.key, locale=lang),
                str(text[entry.certainty]),
            )
        )
    lines = [
        schedule.name,
        f"{text['voting']}: {format_date(schedule.voting_day, locale=lang)}",
        f"{text['day']}: {format_date(day, locale=lang)} ({schedule.offset(day, locale=lang)})",
        "",
    ]
    lines += table(rows, limits=(52, 38, 16, 12))
    nxt = schedule.next_after(day)
    lines += [
        "",
        f"{text['active']}: "
        + (", ".join(e.label(locale=lang) for e in schedule.active_on(day)) or str(text["none"])),
        f"{text['next']}: "
        + (f"{nxt.label(locale=lang)} ({_when(nxt, lang)})" if nxt else str(text["none"])),
    ]
    return lines
