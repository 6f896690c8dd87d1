"""The deadlines of violation handling and disputes, as data (``data/oversight.toml``).

>>> rule = deadline_rule("LAPOR")
>>> rule.amount, rule.unit.name, str(rule.basis)
(7, 'HARI', 'UU 1/2015 Pasal 134 ayat (4)')
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Sequence
from typing import Final

import attrs

from pilkada import datafile
from pilkada.boundary import as_date, count_field, date_field, text_field
from pilkada.calendar import add_working_days
from pilkada.datafile import Table
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of, shown
from pilkada.i18n import DEFAULT_LOCALE, lang_of
from pilkada.law import Certainty, LegalBasis
from pilkada.oversight.moments import When, after, as_datetime, before, lapsed, moment

__all__ = [
    "CaseDeadline",
    "DeadlineRule",
    "DeadlineUnit",
    "Milestone",
    "case_deadlines",
    "check_milestones",
    "deadline_rule",
    "deadline_rules",
    "read_deadline_rules",
]

#: The data file.
DATA_FILE: Final = "oversight.toml"


class DeadlineUnit(enum.Enum):
    """How a deadline is counted."""

    HARI = "hari"
    HARI_KERJA = "hari_kerja"
    JAM = "jam"


class Milestone(enum.Enum):
    """The events a case passes through; deadlines count from one and are met by another."""

    DIKETAHUI = "diketahui"
    DILAPORKAN = "dilaporkan"
    PEMBERITAHUAN_KELENGKAPAN = "pemberitahuan kelengkapan"
    DILENGKAPI = "dilengkapi"
    DIREGISTER = "diregister"
    DIPUTUS = "diputus"
    DITERUSKAN = "diteruskan"
    BERKAS_KE_JAKSA = "berkas ke penuntut umum"
    BERKAS_DIKEMBALIKAN = "berkas dikembalikan"
    BERKAS_LENGKAP = "berkas lengkap"
    DILIMPAHKAN_KE_PN = "dilimpahkan ke pengadilan negeri"
    PUTUSAN_PN = "putusan pengadilan negeri"
    BANDING = "banding"
    PUTUSAN_PT = "putusan pengadilan tinggi"
    DITINDAKLANJUTI = "ditindaklanjuti"
    KE_MA = "upaya hukum ke Mahkamah Agung"
    PUTUSAN_MA = "putusan Mahkamah Agung"
    DIAJUKAN = "diajukan"
    KEPUTUSAN_KPU = "keputusan KPU"
    KEBERATAN = "keberatan"
    GUGATAN_LENGKAP = "gugatan lengkap"
    PUTUSAN_PTTUN = "putusan PT TUN"
    KASASI = "kasasi"


@attrs.frozen(kw_only=True)
class DeadlineRule:
    """One deadline: counted from ``anchor``, met by ``done_by``, with its basis and certainty.

    ``amount`` is in ``unit``: calendar days, working days (on :mod:`pilkada.calendar`) or
    hours. "Paling lama N hari sejak" includes the N-th day: a report on the 7th day after the
    violation became known is on time, on the 8th it is late.
    """

    code: str = attrs.field(validator=text_field(empty=False))
    anchor: Milestone = attrs.field(validator=instance_of(Milestone))
    done_by: Milestone = attrs.field(validator=instance_of(Milestone))
    amount: int = attrs.field(validator=count_field(minimum=1))
    unit: DeadlineUnit = attrs.field(validator=instance_of(DeadlineUnit))
    path: str = attrs.field(validator=text_field(empty=False))
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(validator=instance_of(Certainty))
    text_id: str = attrs.field(validator=text_field(empty=False))
    text_en: str = attrs.field(validator=text_field(empty=False))
    source: str = attrs.field(validator=text_field())
    unit_note: str = attrs.field(default="", validator=text_field())
    extension_of: str | None = attrs.field(
        default=None, validator=text_field(empty=False, optional=True)
    )
    effective: dt.date | None = attrs.field(default=None, validator=date_field(optional=True))

    def in_force(self, on: When | str) -> bool:
        """Whether the rule applies to an anchor on ``on`` (no recorded day: always)."""
        when = moment("on", on)
        day = when.date() if isinstance(when, dt.datetime) else when
        return self.effective is None or day >= self.effective

    def due(self, start: When | str) -> When:
        """The last day (or, for hours, the last moment) that meets the deadline.

        Hours count from the anchor's moment; a date alone counts from 00:00 that day.
        """
        try:
            if self.unit is DeadlineUnit.JAM:
                # With only the day of the anchor known, the clock starts at 00:00 that day:
                # the earliest it could have started, so the due moment is never later than
                # the law's.
                return as_datetime(moment("start", start)) + dt.timedelta(hours=self.amount)
            day = start.date() if isinstance(start, dt.datetime) else as_date("start", start)
            if self.unit is DeadlineUnit.HARI_KERJA:
                return add_working_days(day, self.amount)
            return day + dt.timedelta(days=self.amount)
        except OverflowError:
            raise PilkadaValueError(
                "start", start, f"the {self.code} deadline would fall after the year 9999",
                "a day the calendar can count from",
            ) from None  # fmt: skip

    def describe(self, locale: str = DEFAULT_LOCALE) -> str:
        """The rule in words."""
        return self.text_id if lang_of(locale) == "id" else self.text_en


def _rule(row: Table) -> DeadlineRule:
    unit = row.member("unit", DeadlineUnit)
    extension_of = row.text("extension_of", default="")
    return DeadlineRule(
        code=row.text("code"),
        anchor=row.member("anchor", Milestone),
        done_by=row.member("done_by", Milestone),
        amount=row.count("hours" if row.has("hours") else "days", minimum=1),
        unit=unit,
        path=row.text("path"),
        basis=row.basis(),
        certainty=row.certainty(),
        text_id=row.text("text_id"),
        text_en=row.text("text_en"),
        source=row.text("source"),
        unit_note=row.text("unit_note", default=""),
        extension_of=extension_of or None,
        effective=row.optional_date("effective"),
    )


def read_deadline_rules(document: Table) -> tuple[DeadlineRule, ...]:
    """The ``[[deadline]]`` rows of an oversight document, each checked.

    Raises:
        PilkadaValueError: A row is missing a key or holds a wrong value; the ``field`` is the
            file and the path (``oversight.toml: deadline[3].unit``).
    """
    return document.each("deadline", _rule)


@functools.cache
def deadline_rules() -> tuple[DeadlineRule, ...]:
    """Every deadline of violation handling and disputes, from ``data/oversight.toml``."""
    return read_deadline_rules(datafile.load(DATA_FILE))


def deadline_rule(code: str) -> DeadlineRule:
    """The rule with ``code`` (``"LAPOR"``, ``"LENGKAPI"`` ...)."""
    for rule in deadline_rules():
        if rule.code == code:
            return rule
    codes = ", ".join(rule.code for rule in deadline_rules())
    raise PilkadaValueError("code", code, f"no deadline {code!r}", f"one of {codes}")


@attrs.frozen(kw_only=True)
class CaseDeadline:
    """A deadline of a case: the rule, when it falls due, and when it was met (if it was)."""

    rule: DeadlineRule = attrs.field(validator=instance_of(DeadlineRule))
    due: When = attrs.field(validator=instance_of(dt.date))
    met: When | None = attrs.field(validator=attrs.validators.optional(instance_of(dt.date)))

    def __attrs_post_init__(self) -> None:
        hours = self.rule.unit is DeadlineUnit.JAM
        if hours != isinstance(self.due, dt.datetime):
            raise PilkadaTypeError(
                "due", self.due, f"got {type(self.due).__name__} {shown(self.due)}",
                "a datetime for a deadline in hours, a date for one in days",
            )  # fmt: skip
        if self.met is not None:
            before(self.met, self.due)  # a moment with an offset and one without: refused

    def overdue(self, on: When | str) -> bool:
        """Unmet and past due by ``on``; a bare date means by the end of that day."""
        return self.met is None and lapsed(moment("on", on), self.due)

    def late(self) -> bool:
        """Met, but after it was due (a step known only by its day counts as its first moment)."""
        return self.met is not None and after(self.met, self.due)


def case_deadlines(
    paths: set[str], milestones: Sequence[tuple[Milestone, When]], *, skip: set[str]
) -> list[CaseDeadline]:
    """The deadlines of the rules on ``paths`` whose anchor a case has reached."""
    reached = dict(milestones)
    found = []
    for rule in deadline_rules():
        if rule.path not in paths or rule.code in skip or rule.anchor not in reached:
            continue
        if not rule.in_force(reached[rule.anchor]):
            continue  # the rule came later; the one it replaced is not recorded
        found.append(
            CaseDeadline(
                rule=rule, due=rule.due(reached[rule.anchor]), met=reached.get(rule.done_by)
            )
        )
    return found


def check_milestones(field: str, milestones: object) -> tuple[tuple[Milestone, When], ...]:
    """The steps of a case: ``(Milestone, date or datetime)`` pairs, each once, in time order.

    Raises:
        PilkadaTypeError: not a tuple of such pairs.
        PilkadaValueError: a step twice, or a step before the one it follows.
    """
    if not isinstance(milestones, tuple):
        raise PilkadaTypeError(
            field, milestones, f"got {type(milestones).__name__}", "a tuple of (Milestone, day)"
        )
    seen: set[Milestone] = set()
    for index, pair in enumerate(milestones):
        where = f"{field}[{index}]"
        if (
            not isinstance(pair, tuple)
            or len(pair) != 2
            or not isinstance(pair[0], Milestone)
            or not isinstance(pair[1], dt.date)
        ):
            raise PilkadaTypeError(
                where, pair, f"got {shown(pair)}", "a (Milestone, date or datetime) pair"
            )
        if pair[0] in seen:
            raise PilkadaValueError(where, pair[0].name, "a step recorded twice", "each step once")
        seen.add(pair[0])
        if index and before(pair[1], milestones[index - 1][1]):
            raise PilkadaValueError(
                where, pair[1], "before the step it follows", "steps in order of time"
            )
    return milestones
