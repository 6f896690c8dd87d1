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

The package is laid out by sub-concept: :mod:`~pilkada.schedule.stages` (the stages and steps
the law names), :mod:`~pilkada.schedule.rules` (the kinds of date rule and their findings),
:mod:`~pilkada.schedule.default_rules` (the rules of the Pilkada laws),
:mod:`~pilkada.schedule.entries` (what an entry says), :mod:`~pilkada.schedule.entry_data`
(entries as plain data), :mod:`~pilkada.schedule.timetable` (the :class:`Schedule`) and
:mod:`~pilkada.schedule.files` (schedule files and the built-in 2024 schedule),
:mod:`~pilkada.schedule.repeat` (re-elections, PSU, lanjutan, susulan) and
:mod:`~pilkada.schedule.next_cycle` (the window of the next Pilkada).
:mod:`pilkada.stages` and :mod:`pilkada.rules` re-export the first three.
"""

from __future__ import annotations

# The public names, and those public here before the split (still importable from here).
from pilkada.schedule.entries import (
    FIRST_YEAR as FIRST_YEAR,
)
from pilkada.schedule.entries import (
    LAST_YEAR as LAST_YEAR,
)
from pilkada.schedule.entries import (
    MAX_DAYS as MAX_DAYS,
)
from pilkada.schedule.entries import (
    AfterEvent,
    External,
    ScheduleEntry,
    format_offset,
)
from pilkada.schedule.entries import (
    Key as Key,
)
from pilkada.schedule.entries import (
    When as When,
)
from pilkada.schedule.entry_data import (
    entry_from_dict as entry_from_dict,
)
from pilkada.schedule.entry_data import (
    entry_key as entry_key,
)
from pilkada.schedule.entry_data import (
    entry_to_dict as entry_to_dict,
)
from pilkada.schedule.files import (
    load_schedule,
)
from pilkada.schedule.files import (
    pilkada_2024 as pilkada_2024,
)
from pilkada.schedule.next_cycle import PilkadaWindow, next_pilkada_window
from pilkada.schedule.repeat import RepeatedVote, psu_deadline, reelection_deadline
from pilkada.schedule.timetable import Schedule

__all__ = [
    "AfterEvent",
    "External",
    "PilkadaWindow",
    "RepeatedVote",
    "Schedule",
    "ScheduleEntry",
    "format_offset",
    "load_schedule",
    "next_pilkada_window",
    "psu_deadline",
    "reelection_deadline",
]
