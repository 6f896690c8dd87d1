"""Tables of a schedule: ``Schedule.to_html()`` and ``Schedule.to_pandas()``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from pilkada import presentation
from pilkada.calendar import Deadline, Period
from pilkada.display.table import (
    Column,
    Row,
    Table,
    pick,
)
from pilkada.i18n import DEFAULT_LOCALE, format_date, lang_of
from pilkada.law import Certainty
from pilkada.schedule import AfterEvent, Schedule, ScheduleEntry, format_offset
from pilkada.stages import Stage

if TYPE_CHECKING:
    import pandas as pd

__all__: list[str] = []

# -- schedules ---------------------------------------------------------------------------------


#: The columns of a schedule table, in order (hidden ones are in the DataFrame only).
_SCHEDULE_COLUMNS: Final = (
    Column("key", "Kode", "Key", "enum", show=False),
    Column("kind", "Jenis", "Kind", show=False),
    Column("label", "Tahapan", "Stage"),
    Column("when", "Waktu", "When", data=False),
    Column("form", "Bentuk", "Form", show=False),
    Column("start", "Mulai", "Start", "date", show=False),
    Column("end", "Selesai", "End", "date", show=False),
    Column("offset", "H", "D", data=False),
    Column("h_start", "H mulai", "D start", "int", show=False, nullable=True),
    Column("h_end", "H selesai", "D end", "int", show=False, nullable=True),
    Column("certainty", "Ket.", "Notes", "certainty"),
    Column("basis", "Dasar hukum", "Legal basis", show=False),
    Column("source", "Sumber", "Source", show=False),
    Column("note", "Catatan", "Note", show=False),
)


def _schedule_table(schedule: Schedule, lang: str) -> Table:
    lines = [
        pick(lang, "Hari pemungutan suara: ", "Voting day: ")
        + format_date(schedule.voting_day, locale=lang)
    ]
    if schedule.basis is not None:
        lines.append(
            pick(lang, "Dasar hukum: ", "Legal basis: ") + schedule.basis.cite(locale=lang)
        )
    notes = []
    if any(e.certainty is not Certainty.OFFICIAL for e in schedule):
        notes.append(
            pick(
                lang,
                "Ket.: turunan = dihitung dari aturan; sementara = belum dipastikan dari teks "
                "hukum.",
                "Notes: derived = computed by a rule; provisional = not confirmed against the "
                "legal text.",
            )
        )
    return Table(
        columns=_SCHEDULE_COLUMNS,
        rows=tuple(_schedule_row(schedule, entry, lang) for entry in schedule),
        title=schedule.name,
        lines=tuple(lines),
        notes=tuple(notes),
    )


def _schedule_row(schedule: Schedule, entry: ScheduleEntry, lang: str) -> Row:
    """One stage or step (steps indented under their stage)."""
    h_start = None if entry.start is None else -schedule.days_to_voting(entry.start)
    h_end = None if entry.end is None else -schedule.days_to_voting(entry.end)
    basis = schedule.basis_of(entry)
    is_stage = isinstance(entry.key, Stage)
    return Row(
        {
            "key": entry.key,
            "kind": "stage" if is_stage else "step",
            "label": entry.label(lang),
            "when": entry.when.format(locale=lang),
            "form": _form(entry.when),
            "start": entry.start,
            "end": entry.end,
            "offset": _offset(schedule, entry, lang),
            "h_start": h_start,
            "h_end": h_end,
            "certainty": entry.certainty,
            "basis": None if basis is None else basis.cite(locale=lang),
            "source": entry.source,
            "note": entry.note,
        },
        provisional=entry.certainty is Certainty.PROVISIONAL,
        indent=0 if is_stage else 1,
    )


def _offset(schedule: Schedule, entry: ScheduleEntry, lang: str) -> str:
    """``H-30 s.d. H-1`` (``D-30 to D-1``): the entry's days counted to voting day."""
    first, last = entry.first_day, entry.end
    if first is None or last is None:
        return ""
    h_first, h_end = -schedule.days_to_voting(first), -schedule.days_to_voting(last)
    offset = format_offset(h_first, locale=lang)
    if h_end != h_first:
        joint = " s.d. " if lang_of(lang) == "id" else " to "
        offset += joint + format_offset(h_end, locale=lang)
    return offset


def _form(when: object) -> str:
    """How the entry's time is set: a period, a deadline, after an event, or elsewhere."""
    if isinstance(when, Period):
        return "period"
    if isinstance(when, Deadline):
        return "deadline"
    if isinstance(when, AfterEvent):
        return "after_event"
    return "external"


def schedule_html(schedule: Schedule, *, locale: str = DEFAULT_LOCALE) -> str:
    """:meth:`Schedule.to_html`."""
    lang = locale
    return _schedule_table(schedule, lang).html(lang=lang, max_rows=None)


def schedule_frame(schedule: Schedule) -> pd.DataFrame:
    """:meth:`Schedule.to_pandas`."""
    return _schedule_table(schedule, "id").frame(feature="Schedule.to_pandas()")


presentation.html.register(Schedule)(schedule_html)
presentation.frame.register(Schedule)(schedule_frame)
