"""Date rules that bind a Pilkada schedule, each a small named object with its legal basis.

A rule looks at a schedule and returns the :class:`Violation` objects it finds; an empty list
means the rule holds. A rule about a stage the schedule does not date is skipped: a custom
schedule need not list every stage. :meth:`pilkada.Schedule.validate` runs
:data:`DEFAULT_RULES`; any sequence of rules can be passed instead.

Four kinds of rule cover the law's date rules:

* :class:`Aligned`: a day must fall exactly N days from another ("kampanye dimulai 3 hari
  setelah penetapan pasangan calon");
* :class:`NoLaterThan`: a day must fall on or before a limit counted in months or days from
  voting day ("paling lambat 6 bulan sebelum hari pemungutan suara": the limit day itself is
  still in time);
* :class:`Precedes`: a stage must start after (or not before) another stage ends, as the law
  orders them;
* :class:`WithinStage`: a step lies inside its stage's period.

>>> import datetime as dt
>>> from pilkada import Schedule, ScheduleEntry, Period, Stage
>>> schedule = Schedule(
...     name="contoh",
...     voting_day=dt.date(2025, 8, 27),
...     entries=[ScheduleEntry(key=Stage.MASA_TENANG,
...                            when=Period(dt.date(2025, 8, 23), dt.date(2025, 8, 26)))],
... )
>>> [v.rule for v in schedule.validate()]
['MASA_TENANG_MULAI']
>>> print(schedule.validate()[0].message())  # doctest: +NORMALIZE_WHITESPACE
Masa tenang: dimulai 23 Agustus 2025, padahal harus dimulai 3 hari sebelum
hari pemungutan suara (24 Agustus 2025).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

import attrs

from pilkada.boundary import items_field, text_field, whole_field
from pilkada.calendar import months_after
from pilkada.errors import PilkadaTypeError, instance_of
from pilkada.findings import Finding
from pilkada.i18n import format_date
from pilkada.law import Certainty, LegalBasis
from pilkada.schedule.stages import Stage, Step

if TYPE_CHECKING:
    from pilkada.schedule.timetable import Schedule

__all__ = [
    "Aligned",
    "Edge",
    "NoLaterThan",
    "Precedes",
    "Rule",
    "Violation",
    "WithinStage",
]


class Edge(enum.Enum):
    """Which end of a dated entry a rule looks at."""

    START = "start"
    END = "end"


class _Entry(Protocol):
    @property
    def key(self) -> Stage | Step: ...
    @property
    def start(self) -> dt.date | None: ...
    @property
    def end(self) -> dt.date | None: ...


class _Schedule(Protocol):
    @property
    def voting_day(self) -> dt.date: ...
    def get(self, key: Stage | Step) -> _Entry | None: ...
    def __iter__(self) -> Iterator[_Entry]: ...


@attrs.frozen(kw_only=True)
class Violation(Finding):
    """A breach of a date rule (in a schedule, a grant, a threshold): a :class:`Finding`.

    Attributes:
        rule: The rule's code, e.g. ``"KAMPANYE_SELESAI"`` (also :attr:`code`).
        key: The stage or step that breaks it (``None`` where it concerns no single stage).
        dates: The date found and the date the rule requires (or the limit), in that order.
        message_id, message_en, basis, certainty, severity: As for every
            :class:`~pilkada.findings.Finding`. ``certainty`` is ``PROVISIONAL`` when the
            rule's source is weak (one report, no article retrieved), so a violation is a
            question to check, not a finding to publish.
    """

    rule: str = attrs.field(validator=instance_of(str))
    key: Stage | Step | None = attrs.field(
        validator=attrs.validators.optional(instance_of((Stage, Step)))
    )
    dates: tuple[dt.date, ...] = attrs.field(validator=items_field(dt.date))

    @property
    def code(self) -> str:
        """The rule's code (``rule``)."""
        return self.rule

    @classmethod
    def of(
        cls,
        rule: str,
        dates: tuple[dt.date, ...],
        message_id: str,
        message_en: str,
        basis: LegalBasis,
        *,
        certainty: Certainty = Certainty.OFFICIAL,
    ) -> Violation:
        """A violation that concerns no single stage (a grant, a threshold)."""
        return cls(
            rule=rule,
            key=None,
            dates=dates,
            message_id=message_id,
            message_en=message_en,
            basis=basis,
            certainty=certainty,
        )


#: The farthest a date rule reaches from its anchor: ten years, in days or in months. The law's
#: rules reach months (the 20-month stages of a general election are the longest).
MAX_DAYS = 3660
MAX_MONTHS = 120
_key = instance_of((Stage, Step))
_anchor = attrs.validators.optional(instance_of((Stage, Step)))
_days = whole_field(-MAX_DAYS, MAX_DAYS)
_months = whole_field(-MAX_MONTHS, MAX_MONTHS)


class Rule(Protocol):
    """What :meth:`pilkada.Schedule.validate` needs of a rule."""

    @property
    def code(self) -> str:
        """A stable identifier such as ``"MASA_TENANG_MULAI"``."""

    @property
    def basis(self) -> LegalBasis:
        """The legal basis of the rule."""

    def check(self, schedule: Schedule) -> list[Violation]:
        """The violations of this rule in ``schedule``."""


def _schedule(value: object) -> _Schedule:
    """``value`` if it can be read as a schedule (a voting day, entries by key); else refused."""
    if not (
        isinstance(getattr(value, "voting_day", None), dt.date)
        and callable(getattr(value, "get", None))
        and callable(getattr(value, "__iter__", None))
    ):
        raise PilkadaTypeError(
            "schedule", value, f"got {type(value).__name__}", "a pilkada.Schedule"
        )
    return value  # type: ignore[return-value]


def _day(schedule: _Schedule, key: Stage | Step | None, edge: Edge) -> dt.date | None:
    if key is None:
        return schedule.voting_day
    entry = schedule.get(key)
    if entry is None:
        return None
    return entry.start if edge is Edge.START else entry.end


_VERB = {
    ("id", Edge.START): "dimulai",
    ("id", Edge.END): "berakhir",
    ("en", Edge.START): "starts on",
    ("en", Edge.END): "ends on",
}


def _violation(
    rule: Aligned | NoLaterThan | Precedes | WithinStage,
    key: Stage | Step | None,
    edge: Edge,
    found: dt.date,
    wanted: dt.date,
) -> Violation:
    label_id = key.name_id if key is not None else "Tahapan"
    label_en = key.name_en if key is not None else "Stages"
    return Violation(
        rule=rule.code,
        key=key,
        dates=(found, wanted),
        message_id=(
            f"{label_id}: {_VERB['id', edge]} {format_date(found, format='long')}, padahal harus "
            f"{rule.requirement_id} ({format_date(wanted, format='long')})."
        ),
        message_en=(
            f"{label_en}: {_VERB['en', edge]} "
            f"{format_date(found, format='long', locale='en')}, but must "
            f"{rule.requirement_en} ({format_date(wanted, format='long', locale='en')})."
        ),
        basis=rule.basis,
        certainty=rule.certainty,
    )


@attrs.frozen(kw_only=True)
class Aligned:
    """``key``'s ``edge`` must fall exactly ``days`` after the ``anchor``'s ``anchor_edge``.

    ``anchor=None`` means voting day; negative ``days`` count backwards.
    """

    code: str = attrs.field(validator=text_field(empty=False))
    key: Stage | Step = attrs.field(validator=_key)
    edge: Edge = attrs.field(validator=instance_of(Edge))
    anchor: Stage | Step | None = attrs.field(validator=_anchor)
    anchor_edge: Edge = attrs.field(default=Edge.START, validator=instance_of(Edge))
    days: int = attrs.field(validator=_days)
    requirement_id: str = attrs.field(validator=text_field(empty=False))
    requirement_en: str = attrs.field(validator=text_field(empty=False))
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(default=Certainty.OFFICIAL, validator=instance_of(Certainty))

    def expected(self, schedule: _Schedule) -> dt.date | None:
        """The day the rule requires, or ``None`` if the anchor is not dated."""
        anchor = _day(_schedule(schedule), self.anchor, self.anchor_edge)
        return None if anchor is None else anchor + dt.timedelta(days=self.days)

    def check(self, schedule: _Schedule) -> list[Violation]:
        """A violation if the day differs from the required one."""
        found, wanted = _day(_schedule(schedule), self.key, self.edge), self.expected(schedule)
        if found is None or wanted is None or found == wanted:
            return []
        return [_violation(self, self.key, self.edge, found, wanted)]


@attrs.frozen(kw_only=True)
class NoLaterThan:
    """``key``'s ``edge`` must fall on or before voting day plus ``months`` and ``days``.

    Negative counts are before voting day ("paling lambat 6 bulan sebelum": ``months=-6``).
    Months are calendar months, clamped to the end of a short month. ``key=None`` takes the
    earliest start in the schedule (the start of the stages).

    ``earliest_months`` and ``earliest_days`` add a floor: the day must not fall before voting
    day plus those counts (a body "dibubarkan paling lambat 2 bulan setelah" voting is not
    dissolved before voting). When the floor equals the limit the rule fixes one exact day
    ("Pengawas TPS dibentuk 23 hari sebelum").
    """

    code: str = attrs.field(validator=text_field(empty=False))
    key: Stage | Step | None = attrs.field(validator=_anchor)
    edge: Edge = attrs.field(default=Edge.END, validator=instance_of(Edge))
    months: int = attrs.field(default=0, validator=_months)
    days: int = attrs.field(default=0, validator=_days)
    earliest_months: int | None = attrs.field(
        default=None, validator=whole_field(-MAX_MONTHS, MAX_MONTHS, optional=True)
    )
    earliest_days: int = attrs.field(default=0, validator=_days)
    requirement_id: str = attrs.field(validator=text_field(empty=False))
    requirement_en: str = attrs.field(validator=text_field(empty=False))
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(default=Certainty.OFFICIAL, validator=instance_of(Certainty))

    def limit(self, voting_day: dt.date) -> dt.date:
        """The last day that still meets the rule for a given voting day."""
        return months_after(voting_day, self.months) + dt.timedelta(days=self.days)

    def earliest(self, voting_day: dt.date) -> dt.date | None:
        """The first day that meets the rule, or ``None`` when there is no floor."""
        if self.earliest_months is None:
            return None
        return months_after(voting_day, self.earliest_months) + dt.timedelta(
            days=self.earliest_days
        )

    @property
    def exact(self) -> bool:
        """Whether the rule fixes a single day (its floor equals its limit)."""
        return (self.earliest_months, self.earliest_days) == (self.months, self.days)

    def check(self, schedule: _Schedule) -> list[Violation]:
        """A violation if the day falls after the limit, or before the floor."""
        schedule = _schedule(schedule)
        if self.key is None:
            starts = [d for e in schedule if (d := e.start if e.start else e.end) is not None]
            found = min(starts, default=None)
        else:
            found = _day(schedule, self.key, self.edge)
        if found is None:
            return []
        limit = self.limit(schedule.voting_day)
        if found > limit:
            return [_violation(self, self.key, self.edge, found, limit)]
        earliest = self.earliest(schedule.voting_day)
        if earliest is not None and found < earliest:
            return [_violation(self, self.key, self.edge, found, earliest)]
        return []


@attrs.frozen(kw_only=True)
class Precedes:
    """``later`` must start after ``earlier`` ends (``same_day=True``: may start that day).

    With ``from_start=True`` it is enough that ``later`` does not start before ``earlier``
    starts (stages that run side by side, such as registration and verification).
    """

    code: str = attrs.field(validator=text_field(empty=False))
    earlier: Stage | Step = attrs.field(validator=_key)
    later: Stage | Step = attrs.field(validator=_key)
    same_day: bool = attrs.field(default=False, validator=instance_of(bool))
    from_start: bool = attrs.field(default=False, validator=instance_of(bool))
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(default=Certainty.OFFICIAL, validator=instance_of(Certainty))

    @property
    def requirement_id(self) -> str:
        """The requirement, in Indonesian."""
        name = self.earlier.name_id.lower()
        if self.from_start:
            return f"dimulai bersamaan dengan atau setelah dimulainya {name}"
        if self.same_day:
            return f"dimulai pada hari atau setelah berakhirnya {name}"
        return f"dimulai setelah {name} berakhir"

    @property
    def requirement_en(self) -> str:
        """The requirement, in English."""
        name = self.earlier.name_en.lower()
        if self.from_start:
            return f"start no earlier than the start of {name}"
        if self.same_day:
            return f"start no earlier than the day {name} ends"
        return f"start after {name} ends"

    def check(self, schedule: _Schedule) -> list[Violation]:
        """A violation if ``later`` starts too early."""
        start = _day(_schedule(schedule), self.later, Edge.START)
        other = _day(schedule, self.earlier, Edge.START if self.from_start else Edge.END)
        if start is None or other is None:
            return []
        minimum = other if self.from_start or self.same_day else other + dt.timedelta(days=1)
        if start >= minimum:
            return []
        return [_violation(self, self.later, Edge.START, start, minimum)]


@attrs.frozen(kw_only=True)
class WithinStage:
    """``step`` must lie inside the period of its stage."""

    code: str = attrs.field(validator=text_field(empty=False))
    step: Step = attrs.field(validator=instance_of(Step))
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(default=Certainty.OFFICIAL, validator=instance_of(Certainty))

    @property
    def requirement_id(self) -> str:
        """The requirement, in Indonesian."""
        return f"berada dalam tahapan {self.step.stage.name_id.lower()}"

    @property
    def requirement_en(self) -> str:
        """The requirement, in English."""
        return f"fall within the stage {self.step.stage.name_en.lower()}"

    def check(self, schedule: _Schedule) -> list[Violation]:
        """Violations for a start before, or an end after, the stage's period."""
        schedule = _schedule(schedule)
        stage = schedule.get(self.step.stage)
        step = schedule.get(self.step)
        if stage is None or step is None or stage.start is None or stage.end is None:
            return []
        found: list[Violation] = []
        if step.start is not None and step.start < stage.start:
            found.append(_violation(self, self.step, Edge.START, step.start, stage.start))
        if step.end is not None and step.end > stage.end:
            found.append(_violation(self, self.step, Edge.END, step.end, stage.end))
        return found
