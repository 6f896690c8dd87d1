"""The entries of a schedule: a stage or step, when it happens, and how we know.

*When* is a :class:`~pilkada.Period`, a "paling lambat" :class:`~pilkada.Deadline`, a
deadline counted from a later event (:class:`AfterEvent`), or timing set by another body
(:class:`External`).
"""

from __future__ import annotations

import datetime as dt
from typing import TypeAlias

import attrs

from pilkada.boundary import as_date
from pilkada.calendar import Deadline, Period, add_working_days
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of, shown
from pilkada.i18n import DEFAULT_LOCALE, format_number, lang_of
from pilkada.law import Certainty, LegalBasis
from pilkada.schedule.stages import Event, Stage, Step

__all__ = ["AfterEvent", "External", "ScheduleEntry", "format_offset"]

Key: TypeAlias = Stage | Step


#: The years a schedule's dates may fall in: from the Republic's first laws to the end of the
#: working-day calendar's horizon. Keeps date arithmetic in rules far from datetime's limits.
FIRST_YEAR, LAST_YEAR = 1945, 2100
MAX_DAYS = 3660  # a count of days in a relative deadline: at most ten years


def day_count(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DAYS:
        raise PilkadaValueError(
            attribute.name, value, f"{shown(value)} is not a count of days", f"an int 0-{MAX_DAYS}"
        )


def in_range(field: str, day: dt.date) -> dt.date:
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
    days: int = attrs.field(validator=day_count)
    working_days: bool = attrs.field(default=False, validator=instance_of(bool))

    def resolve(self, anchor_day: dt.date | str, *, cuti_bersama_off: bool = False) -> Deadline:
        """The deadline once the anchor event's day is known.

        ``cuti_bersama_off`` applies to working days (see :mod:`pilkada.calendar`).
        """
        anchor_day = in_range("anchor_day", as_date("anchor_day", anchor_day))
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
        days = format_number(self.days, locale=locale)
        if lang_of(locale) == "id":
            unit = "hari kerja" if self.working_days else "hari"
            return f"paling lambat {days} {unit} setelah {anchor}"
        unit = "working days" if self.working_days else "days"
        return f"no later than {days} {unit} after {anchor}"


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
WHEN_TYPES = (Period, Deadline, AfterEvent, External)


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
    when: When = attrs.field(validator=instance_of(WHEN_TYPES))
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
    sign = "+" if days > 0 else "-"
    return f"{letter}{sign}{format_number(abs(days), locale=locale)}"
