"""Bawaslu oversight: supervision and prevention records, violation cases, disputes, and APK.

Supervisors (Bawaslu, Panwaslu Kecamatan, PKD, Pengawas TPS) record every activity: a
supervision report on Formulir Model A, or a prevention output (surat imbauan, saran
perbaikan, other prevention forms). Violations reach Bawaslu as a *temuan* (from a supervisor's
own work) or a *laporan* (from a voter, an accredited monitor or a candidate pair), and every
step runs on a short deadline in calendar days, working days or hours. The deadlines are data
(``data/oversight.toml``), each with its legal basis and how sure it is.

>>> import datetime as dt
>>> case = ViolationCase.laporan(
...     reporter=Reporter.PEMILIH, known_on=dt.date(2024, 11, 20), filed_on=dt.date(2024, 11, 27))
>>> case.on_time
True
>>> registered = case.register(dt.date(2024, 11, 27))
>>> [(d.rule.code, str(d.due)) for d in registered.deadlines()]
[('LAPOR', '2024-11-27'), ('PUTUSAN_BAWASLU', '2024-11-30')]
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from typing import Any, Final

import attrs

from pilkada.calendar import Period, add_working_days
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.i18n import DEFAULT_LOCALE, check_date, format_number, lang_of
from pilkada.law import Certainty, Dated, LegalBasis, in_force
from pilkada.schedule import Schedule
from pilkada.stages import Stage

__all__ = [
    "Activity",
    "CaseDeadline",
    "CaseState",
    "DeadlineRule",
    "DeadlineUnit",
    "DisputeCase",
    "DisputeKind",
    "Milestone",
    "NotRegistered",
    "OversightForm",
    "OversightLog",
    "OversightRecord",
    "ReportSource",
    "Reporter",
    "SupervisorLevel",
    "ViolationCase",
    "ViolationCategory",
    "apk_quota",
    "apk_removal_deadline",
    "deadline_rules",
]

When = dt.date | dt.datetime


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

    code: str
    anchor: Milestone
    done_by: Milestone
    amount: int
    unit: DeadlineUnit
    path: str
    basis: LegalBasis
    certainty: Certainty
    text_id: str
    text_en: str
    source: str
    unit_note: str = ""
    extension_of: str | None = None
    effective: dt.date | None = None

    def in_force(self, on: When) -> bool:
        """Whether the rule applies to an anchor on ``on`` (no recorded day: always)."""
        day = on.date() if isinstance(on, dt.datetime) else on
        return self.effective is None or day >= self.effective

    def due(self, start: When) -> When:
        """The last day (or, for hours, the last moment) that meets the deadline.

        Hours count from the anchor's moment; a date alone counts from 00:00 that day.
        """
        try:
            if self.unit is DeadlineUnit.JAM:
                # With only the day of the anchor known, the clock starts at 00:00 that day:
                # the earliest it could have started, so the due moment is never later than
                # the law's.
                return _as_datetime(start) + dt.timedelta(hours=self.amount)
            day = start.date() if isinstance(start, dt.datetime) else check_date("start", start)
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


@functools.cache
def _data() -> dict[str, object]:
    text = resources.files("pilkada.data").joinpath("oversight.toml").read_text("utf-8")
    return tomllib.loads(text)


@functools.cache
def deadline_rules() -> tuple[DeadlineRule, ...]:
    """Every deadline of violation handling and disputes, from ``data/oversight.toml``."""
    rows = _data()["deadline"]
    if not isinstance(rows, list):  # pragma: no cover - the file is part of the package
        raise PilkadaValueError("deadline", rows, "not a list", "[[deadline]] tables")
    return tuple(
        DeadlineRule(
            code=row["code"],
            anchor=Milestone[row["anchor"]],
            done_by=Milestone[row["done_by"]],
            amount=row.get("days", row.get("hours")),
            unit=DeadlineUnit(row["unit"]),
            path=row["path"],
            basis=LegalBasis.parse(row["basis"]),
            certainty=Certainty(row["certainty"]),
            text_id=row["text_id"],
            text_en=row["text_en"],
            source=row["source"],
            unit_note=row.get("unit_note", ""),
            extension_of=row.get("extension_of"),
            effective=row.get("effective"),
        )
        for row in rows
    )


def _rule(code: str) -> DeadlineRule:
    return next(rule for rule in deadline_rules() if rule.code == code)


@attrs.frozen(kw_only=True)
class CaseDeadline:
    """A deadline of a case: the rule, when it falls due, and when it was met (if it was)."""

    rule: DeadlineRule
    due: When
    met: When | None

    def overdue(self, on: When) -> bool:
        """Unmet and past due by ``on``; a bare date means by the end of that day."""
        return self.met is None and _lapsed(_check_moment("on", on), self.due)

    def late(self) -> bool:
        """Met, but after it was due (a step known only by its day counts as its first moment)."""
        return self.met is not None and _after(self.met, self.due)


def _after(moment: When, due: When) -> bool:
    if isinstance(due, dt.datetime):
        when = moment if isinstance(moment, dt.datetime) else dt.datetime.combine(moment, dt.time())
        return when > due
    day = moment.date() if isinstance(moment, dt.datetime) else moment
    return day > due


# -- violation cases ---------------------------------------------------------------------------


class ReportSource(enum.Enum):
    """Where a case comes from."""

    TEMUAN = "temuan"
    LAPORAN = "laporan"


class Reporter(enum.Enum):
    """Who may report (UU 1/2015 Pasal 134 ayat (2))."""

    PEMILIH = "pemilih"
    PEMANTAU = "pemantau Pemilihan"
    PESERTA = "peserta Pemilihan"


class ViolationCategory(enum.Enum):
    """What kind of violation, and who handles it once Bawaslu has decided."""

    KODE_ETIK = "pelanggaran kode etik penyelenggara"
    ADMINISTRASI = "pelanggaran administrasi Pemilihan"
    ADMINISTRASI_TSM = "pelanggaran administrasi terstruktur, sistematis, dan masif"
    PIDANA = "tindak pidana Pemilihan"
    LAINNYA = "pelanggaran peraturan perundang-undangan lainnya"

    @property
    def handler(self) -> str:
        """Who takes the case on: DKPP, KPU, Bawaslu Provinsi, Sentra Gakkumdu, or others."""
        return {
            ViolationCategory.KODE_ETIK: "DKPP",
            ViolationCategory.ADMINISTRASI: "KPU Provinsi/Kabupaten/Kota",
            ViolationCategory.ADMINISTRASI_TSM: "Bawaslu Provinsi",
            ViolationCategory.PIDANA: "Sentra Gakkumdu (Kepolisian)",
            ViolationCategory.LAINNYA: "instansi berwenang (netralitas ASN: BKN)",
        }[self]

    @property
    def path(self) -> str:
        """The deadline path of the category in ``data/oversight.toml``."""
        return {
            ViolationCategory.ADMINISTRASI: "administrasi",
            ViolationCategory.ADMINISTRASI_TSM: "tsm",
            ViolationCategory.PIDANA: "pidana",
        }.get(self, "")


class NotRegistered(enum.Enum):
    """Why a report was not registered."""

    TERLAMBAT = "melewati 7 hari sejak diketahui"
    SYARAT_FORMAL = "tidak memenuhi syarat formal"
    SYARAT_MATERIEL = "tidak memenuhi syarat materiel"
    TIDAK_DILENGKAPI = "tidak dilengkapi dalam 2 x 24 jam"


class CaseState(enum.Enum):
    """Where a case stands."""

    DITERIMA = "diterima"
    PERLU_DILENGKAPI = "perlu dilengkapi"
    DIREGISTER = "diregister"
    TIDAK_DIREGISTER = "tidak diregister"
    DIPUTUS = "diputus"
    DITERUSKAN = "diteruskan"


def _impossible(what: str, state: CaseState, needed: str) -> PilkadaValueError:
    return PilkadaValueError(
        "state", state.value, f"cannot {what} a case that is {state.value}", needed
    )


@attrs.frozen(kw_only=True)
class ViolationCase:
    """A suspected violation: a temuan or a laporan, and what became of it.

    Build one with :meth:`laporan` or :meth:`temuan`; every step (:meth:`request_completion`,
    :meth:`complete`, :meth:`register`, :meth:`decide`, :meth:`forward`, :meth:`record`)
    returns a new case. An impossible step (deciding an unregistered report, filing before the
    violation became known) raises a :class:`~pilkada.PilkadaError`.
    """

    source: ReportSource = attrs.field(validator=instance_of(ReportSource))
    reporter: Reporter | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(Reporter))
    )
    known_on: dt.date
    filed_on: dt.date
    category: ViolationCategory | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(ViolationCategory))
    )
    state: CaseState = attrs.field(default=CaseState.DITERIMA, validator=instance_of(CaseState))
    not_registered: NotRegistered | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(NotRegistered))
    )
    violation: bool | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(bool))
    )
    more_information: bool = attrs.field(default=False, validator=instance_of(bool))
    milestones: tuple[tuple[Milestone, When], ...] = ()
    summary: str = attrs.field(default="", validator=instance_of(str))

    def __attrs_post_init__(self) -> None:
        check_date("known_on", self.known_on)
        check_date("filed_on", self.filed_on)
        report_rule = _rule("LAPOR")
        if not report_rule.in_force(self.known_on):
            raise PilkadaValueError(
                "known_on",
                self.known_on,
                f"no rule on reporting is recorded for {self.known_on.isoformat()}",
                f"a day from {report_rule.effective} ({report_rule.basis}) on",
            )
        if self.filed_on < self.known_on:
            raise PilkadaValueError(
                "filed_on",
                self.filed_on,
                f"filed on {self.filed_on.isoformat()}, before the violation became known on "
                f"{self.known_on.isoformat()}",
                "a filing day on or after the day it became known",
            )
        if (self.source is ReportSource.LAPORAN) != (self.reporter is not None):
            raise PilkadaValueError(
                "reporter",
                self.reporter,
                "a laporan needs its reporter, and a temuan has none",
                "Reporter.PEMILIH, PEMANTAU or PESERTA for a laporan; None for a temuan",
            )

    @classmethod
    def laporan(
        cls,
        *,
        reporter: Reporter,
        known_on: dt.date,
        filed_on: dt.date,
        category: ViolationCategory | None = None,
        summary: str = "",
    ) -> ViolationCase:
        """A report from a voter, an accredited monitor or a candidate pair."""
        if not isinstance(reporter, Reporter):
            raise PilkadaTypeError("reporter", reporter, f"got {reporter!r}", "a Reporter")
        return cls(
            source=ReportSource.LAPORAN,
            reporter=reporter,
            known_on=known_on,
            filed_on=filed_on,
            category=category,
            summary=summary,
            milestones=((Milestone.DIKETAHUI, known_on), (Milestone.DILAPORKAN, filed_on)),
        )

    @classmethod
    def temuan(
        cls,
        *,
        found_on: dt.date,
        category: ViolationCategory | None = None,
        summary: str = "",
    ) -> ViolationCase:
        """A finding from a supervisor's own work (a Form A that shows a violation)."""
        return cls(
            source=ReportSource.TEMUAN,
            known_on=found_on,
            filed_on=found_on,
            category=category,
            summary=summary,
            milestones=((Milestone.DIKETAHUI, found_on), (Milestone.DILAPORKAN, found_on)),
        )

    # -- state ------------------------------------------------------------------------------

    def at(self, milestone: Milestone) -> When | None:
        """When the case reached ``milestone``, or ``None``."""
        for step, moment in self.milestones:
            if step is milestone:
                return moment
        return None

    @property
    def on_time(self) -> bool:
        """Whether a laporan was filed within 7 days of becoming known (a temuan always is)."""
        if self.source is ReportSource.TEMUAN:
            return True
        due = _rule("LAPOR").due(self.known_on)
        return not _after(self.filed_on, due)

    def _add(self, milestone: Milestone, moment: When, **changes: Any) -> ViolationCase:  # noqa: ANN401
        if self.at(milestone) is not None:
            raise PilkadaValueError(
                "milestone", milestone.value, "the case already reached this step", "each step once"
            )
        last = self.milestones[-1][1] if self.milestones else None
        if last is not None and _before(moment, last):
            raise PilkadaValueError(
                "moment",
                moment,
                f"{milestone.value} on {moment} is before the previous step ({last})",
                "steps in order of time",
            )
        return attrs.evolve(self, milestones=(*self.milestones, (milestone, moment)), **changes)

    def request_completion(self, at: dt.datetime) -> ViolationCase:
        """Notify the reporter that the report is incomplete; the 2 x 24 hours start."""
        if self.source is not ReportSource.LAPORAN or self.state is not CaseState.DITERIMA:
            raise _impossible("ask to complete", self.state, "a laporan that was just received")
        _require_datetime("at", at)
        return self._add(Milestone.PEMBERITAHUAN_KELENGKAPAN, at, state=CaseState.PERLU_DILENGKAPI)

    def complete(self, at: dt.datetime) -> ViolationCase:
        """Record that the reporter completed the report."""
        if self.state is not CaseState.PERLU_DILENGKAPI:
            raise _impossible("complete", self.state, "a laporan that was asked to be completed")
        _require_datetime("at", at)
        return self._add(Milestone.DILENGKAPI, at, state=CaseState.DITERIMA)

    def register(self, on: dt.date, *, formal: bool = True, material: bool = True) -> ViolationCase:
        """Register the case, or record why it cannot be registered.

        A laporan filed more than 7 days after the violation became known, one not completed
        within 2 x 24 hours of notice, or one that fails the formal or material requirements is
        *not registered*, with the reason. Everything else is registered on ``on``.
        """
        if self.state not in (CaseState.DITERIMA, CaseState.PERLU_DILENGKAPI):
            raise _impossible("register", self.state, "a case that was received")
        on = check_date("on", on)
        reason: NotRegistered | None = None
        notice = self.at(Milestone.PEMBERITAHUAN_KELENGKAPAN)
        if _before(on, self.milestones[-1][1]):
            raise PilkadaValueError(
                "on", on, f"{on.isoformat()} is before the previous step", "steps in order of time"
            )
        if not self.on_time:
            reason = NotRegistered.TERLAMBAT
        elif notice is not None:
            done = self.at(Milestone.DILENGKAPI)
            window = _rule("LENGKAPI").due(notice)
            if done is None and not _lapsed(on, window):
                raise PilkadaValueError(
                    "on",
                    on,
                    f"the reporter may still complete the report until {window}",
                    "register after it is completed, or once the 2 x 24 hours have passed",
                )
            if done is None or _after(done, window):
                reason = NotRegistered.TIDAK_DILENGKAPI
        if reason is None and not formal:
            reason = NotRegistered.SYARAT_FORMAL
        if reason is None and not material:
            reason = NotRegistered.SYARAT_MATERIEL
        if reason is not None:
            return attrs.evolve(self, state=CaseState.TIDAK_DIREGISTER, not_registered=reason)
        return self._add(Milestone.DIREGISTER, on, state=CaseState.DIREGISTER)

    def decide(
        self,
        on: When,
        *,
        violation: bool,
        category: ViolationCategory | None = None,
        more_information: bool = False,
    ) -> ViolationCase:
        """Bawaslu's decision on a registered case: a violation (of a category) or not.

        ``on`` may be a datetime: the 1 x 24 hours to forward a crime then count from it.
        """
        if self.state is not CaseState.DIREGISTER:
            raise _impossible("decide", self.state, "a registered case")
        category = category or self.category
        if violation and category is None:
            raise PilkadaValueError(
                "category", None, "a violation needs its category", "a ViolationCategory"
            )
        if not isinstance(on, dt.datetime):
            check_date("on", on)
        return self._add(
            Milestone.DIPUTUS,
            on,
            state=CaseState.DIPUTUS,
            violation=violation,
            category=category,
            more_information=more_information,
        )

    def forward(self, at: dt.datetime) -> ViolationCase:
        """Pass a decided violation on to its handler (the police for a crime)."""
        if self.state is not CaseState.DIPUTUS or not self.violation:
            raise _impossible("forward", self.state, "a case decided to be a violation")
        _require_datetime("at", at)
        return self._add(Milestone.DITERUSKAN, at, state=CaseState.DITERUSKAN)

    def request_information(self, on: When) -> ViolationCase:
        """Bawaslu asks for more information: the decision may take 5 days instead of 3."""
        if self.state is not CaseState.DIREGISTER:
            raise _impossible("ask for more information on", self.state, "a registered case")
        _check_moment("on", on)
        return attrs.evolve(self, more_information=True)

    def record(self, milestone: Milestone, at: When) -> ViolationCase:
        """Record a later step by the handler (police, prosecutor, court, KPU).

        Only the handlers' steps are recorded this way; Bawaslu's own steps have their own
        transitions (:meth:`register`, :meth:`decide`, :meth:`forward`).
        """
        if self.state not in (CaseState.DIPUTUS, CaseState.DITERUSKAN) or not self.violation:
            raise _impossible("record a later step on", self.state, "a case decided a violation")
        if milestone not in _HANDLER_STEPS:
            raise PilkadaValueError(
                "milestone",
                milestone.value,
                "is not a step taken by the handler",
                "one of: " + ", ".join(m.name for m in _HANDLER_STEPS),
            )
        return self._add(milestone, _check_moment("at", at))

    # -- deadlines --------------------------------------------------------------------------

    def _paths(self) -> set[str]:
        paths = {"laporan"} if self.source is ReportSource.LAPORAN else set()
        if self.state is CaseState.TIDAK_DIREGISTER:
            return paths
        category_path = self.category.path if self.category else ""
        paths.add(category_path)
        if category_path != "tsm":
            paths.add("semua")
        return paths

    def deadlines(self) -> list[CaseDeadline]:
        """The deadlines that apply, each with its due day (or moment) and when it was met."""
        return _deadlines(
            self._paths(),
            self.milestones,
            skip={"PUTUSAN_BAWASLU"} if self.more_information else {"PUTUSAN_BAWASLU_DIPERPANJANG"},
        )

    def overdue(self, *, on: When) -> list[CaseDeadline]:
        """The deadlines that have lapsed unmet by ``on``."""
        return [deadline for deadline in self.deadlines() if deadline.overdue(on)]


_HANDLER_STEPS: Final = frozenset(
    {
        Milestone.BERKAS_KE_JAKSA,
        Milestone.BERKAS_DIKEMBALIKAN,
        Milestone.BERKAS_LENGKAP,
        Milestone.DILIMPAHKAN_KE_PN,
        Milestone.PUTUSAN_PN,
        Milestone.BANDING,
        Milestone.PUTUSAN_PT,
        Milestone.DITINDAKLANJUTI,
        Milestone.KE_MA,
        Milestone.PUTUSAN_MA,
    }
)


def _check_moment(field: str, value: object) -> When:
    if isinstance(value, dt.datetime):
        return value
    return check_date(field, value)


def _lapsed(on: When, due: When) -> bool:
    """Whether ``due`` has passed by the end of ``on`` (a bare date means its whole day)."""
    if isinstance(due, dt.datetime) and not isinstance(on, dt.datetime):
        return dt.datetime.combine(on, dt.time.max) > due
    return _after(on, due)


def _before(moment: When, other: When) -> bool:
    """Strictly earlier; a bare date is compared by day (it has no time of its own)."""
    if isinstance(moment, dt.datetime) and isinstance(other, dt.datetime):
        return moment < other
    day = moment.date() if isinstance(moment, dt.datetime) else moment
    other_day = other.date() if isinstance(other, dt.datetime) else other
    return day < other_day


def _as_datetime(moment: When) -> dt.datetime:
    return moment if isinstance(moment, dt.datetime) else dt.datetime.combine(moment, dt.time())


def _require_datetime(field: str, value: object) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise PilkadaTypeError(
            field, value, f"got {type(value).__name__} {value!r}", "a datetime (hours count)"
        )
    return value


def _deadlines(
    paths: set[str], milestones: Sequence[tuple[Milestone, When]], *, skip: set[str]
) -> list[CaseDeadline]:
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


# -- disputes ----------------------------------------------------------------------------------


class DisputeKind(enum.Enum):
    """Disputes between participants (PSAP), or between a participant and the KPU."""

    PSAP = "psap"
    SENGKETA = "sengketa"


@attrs.frozen(kw_only=True)
class DisputeCase:
    """A dispute and the steps it has reached (Perbawaslu 2/2020; UU 10/2016 Pasal 154)."""

    kind: DisputeKind = attrs.field(validator=instance_of(DisputeKind))
    milestones: tuple[tuple[Milestone, When], ...]

    @classmethod
    def apply(cls, kind: DisputeKind, on: When) -> DisputeCase:
        """A dispute brought to Bawaslu on ``on``."""
        return cls(kind=kind, milestones=((Milestone.DIAJUKAN, _check_moment("on", on)),))

    def record(self, milestone: Milestone, at: When) -> DisputeCase:
        """A copy with a later step recorded."""
        at = _check_moment("at", at)
        if not isinstance(milestone, Milestone) or any(m is milestone for m, _ in self.milestones):
            raise PilkadaValueError("milestone", milestone, "not a new step", "a Milestone, once")
        last = self.milestones[-1][1]
        if _before(at, last):
            raise PilkadaValueError(
                "at", at, f"before the previous step ({last})", "steps in order"
            )
        return attrs.evolve(self, milestones=(*self.milestones, (milestone, at)))

    def deadlines(self) -> list[CaseDeadline]:
        """The deadlines that apply, with their due days and when they were met."""
        return _deadlines({self.kind.value}, self.milestones, skip=set())

    def overdue(self, *, on: When) -> list[CaseDeadline]:
        """The deadlines that have lapsed unmet by ``on``."""
        return [deadline for deadline in self.deadlines() if deadline.overdue(on)]


# -- oversight records ---------------------------------------------------------------------------


class Activity(enum.Enum):
    """What a supervisor did."""

    PENCEGAHAN = "pencegahan"
    PENGAWASAN = "pengawasan"
    PENERTIBAN_APK = "penertiban dan pembersihan APK"


class OversightForm(enum.Enum):
    """The record an activity is written on.

    ``FORM_PENCEGAHAN`` stands for the prevention form the Batang release calls "Form F": no
    Perbawaslu text naming it was found, so its identity is provisional.
    """

    FORM_A = "Form A Hasil Pengawasan"
    FORM_PENCEGAHAN = "Form F"
    SURAT_IMBAUAN = "Surat Imbauan"
    SARAN_PERBAIKAN = "Saran Perbaikan"
    BERITA_ACARA = "berita acara"

    @property
    def activity(self) -> Activity:
        """The activity this form records."""
        if self is OversightForm.FORM_A:
            return Activity.PENGAWASAN
        if self is OversightForm.BERITA_ACARA:
            return Activity.PENERTIBAN_APK
        return Activity.PENCEGAHAN


class SupervisorLevel(enum.Enum):
    """The supervisor who made the record."""

    BAWASLU_PROVINSI = "Bawaslu Provinsi"
    BAWASLU_KABUPATEN_KOTA = "Bawaslu Kabupaten/Kota"
    PANWASLU_KECAMATAN = "Panwaslu Kecamatan"
    PKD = "Panwaslu Kelurahan/Desa"
    PENGAWAS_TPS = "Pengawas TPS"


def _positive(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise PilkadaValueError(attribute.name, value, f"{value!r} is not a count", "an int >= 1")


@attrs.frozen(kw_only=True)
class OversightRecord:
    """One supervision or prevention record, or a batch of APK removed (``count``)."""

    form: OversightForm = attrs.field(validator=instance_of(OversightForm))
    level: SupervisorLevel = attrs.field(validator=instance_of(SupervisorLevel))
    on: dt.date = attrs.field()
    stage: Stage | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(Stage))
    )
    place: str = attrs.field(default="", validator=instance_of(str))
    finding: str = attrs.field(default="", validator=instance_of(str))
    count: int = attrs.field(default=1, validator=_positive)

    @on.validator
    def _check_on(self, attribute: attrs.Attribute[dt.date], value: object) -> None:
        check_date(attribute.name, value)

    @property
    def activity(self) -> Activity:
        """The activity recorded."""
        return self.form.activity


def _checked_items(field: str, kind: type, values: Iterable[object]) -> tuple[object, ...]:
    items = tuple(values)
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            raise PilkadaTypeError(
                f"{field}[{index}]", item, f"got {type(item).__name__}", kind.__name__
            )
    return items


def _records(values: Iterable[OversightRecord]) -> tuple[OversightRecord, ...]:
    return _checked_items("records", OversightRecord, values)  # type: ignore[return-value]


def _cases(values: Iterable[ViolationCase]) -> tuple[ViolationCase, ...]:
    return _checked_items("cases", ViolationCase, values)  # type: ignore[return-value]


def _disputes(values: Iterable[DisputeCase]) -> tuple[DisputeCase, ...]:
    return _checked_items("disputes", DisputeCase, values)  # type: ignore[return-value]


@attrs.frozen(kw_only=True)
class OversightLog:
    """Records and cases of one supervisor, tallied the way Bawaslu reports them."""

    records: tuple[OversightRecord, ...] = attrs.field(default=(), converter=_records)
    cases: tuple[ViolationCase, ...] = attrs.field(default=(), converter=_cases)
    disputes: tuple[DisputeCase, ...] = attrs.field(default=(), converter=_disputes)

    def _in(self, period: Period | None) -> list[OversightRecord]:
        return [r for r in self.records if period is None or r.on in period]

    def tally(self, by: str = "activity", *, period: Period | None = None) -> Counter[object]:
        """Counts by ``activity``, ``form``, ``level``, ``stage`` or ``month`` (YYYY-MM).

        >>> import datetime as dt
        >>> log = OversightLog(records=[
        ...     OversightRecord(form=OversightForm.FORM_A, level=SupervisorLevel.PKD,
        ...                     on=dt.date(2024, 6, 25)),
        ...     OversightRecord(form=OversightForm.BERITA_ACARA, level=SupervisorLevel.PKD,
        ...                     on=dt.date(2024, 11, 24), count=120),
        ... ])
        >>> log.tally()[Activity.PENERTIBAN_APK]
        120
        """
        keys: dict[str, Callable[[OversightRecord], object]] = {
            "activity": lambda r: r.activity,
            "form": lambda r: r.form,
            "level": lambda r: r.level,
            "stage": lambda r: r.stage,
            "month": lambda r: f"{r.on:%Y-%m}",
        }
        if by not in keys:
            raise PilkadaValueError("by", by, f"cannot tally by {by!r}", f"one of {sorted(keys)}")
        counter: Counter[object] = Counter()
        for record in self._in(period):
            counter[keys[by](record)] += record.count
        return counter

    def enforcement(self) -> dict[str, int]:
        """Temuan, registered laporan, laporan not registered, and laporan still pending."""
        temuan = sum(c.source is ReportSource.TEMUAN for c in self.cases)
        laporan = [c for c in self.cases if c.source is ReportSource.LAPORAN]
        not_registered = sum(c.state is CaseState.TIDAK_DIREGISTER for c in laporan)
        pending = sum(c.state in (CaseState.DITERIMA, CaseState.PERLU_DILENGKAPI) for c in laporan)
        return {
            "temuan": temuan,
            "laporan": len(laporan) - not_registered - pending,
            "laporan_tidak_diregister": not_registered,
            "laporan_belum_diregister": pending,
        }

    def summary(self, *, locale: str = DEFAULT_LOCALE, period: Period | None = None) -> str:
        """The tally written as a Bawaslu press release writes it.

        Prevention is named after the forms actually used (``Form F dan Surat Imbauan``).
        """
        counts = self.tally(period=period)
        forms = self.tally("form", period=period)
        prevention_forms = [
            f.value for f in OversightForm if f.activity is Activity.PENCEGAHAN and forms[f]
        ]
        enforcement = self.enforcement()
        psap = sum(d.kind is DisputeKind.PSAP for d in self.disputes)

        def n(value: int) -> str:
            return format_number(value, locale=locale)

        if lang_of(locale) == "id":
            prevention = " dan ".join(prevention_forms) or "formulir pencegahan"
            return (
                f"Pencegahan sebanyak {n(counts[Activity.PENCEGAHAN])} yang tertulis dalam "
                f"{prevention}, pengawasan sejumlah {n(counts[Activity.PENGAWASAN])} yang tertulis "
                f"dalam Form A Hasil Pengawasan, penertiban dan pembersihan APK sejumlah "
                f"{n(counts[Activity.PENERTIBAN_APK])}, Penyelesaian Sengketa Antar Peserta (PSAP) "
                f"sejumlah {n(psap)} kasus, serta penanganan pelanggaran sejumlah "
                f"{n(enforcement['temuan'])} temuan, {n(enforcement['laporan'])} laporan dan "
                f"{n(enforcement['laporan_tidak_diregister'])} laporan yang tidak diregister."
            )
        prevention = " and ".join(prevention_forms) or "prevention forms"
        return (
            f"Prevention: {n(counts[Activity.PENCEGAHAN])} ({prevention}); supervision: "
            f"{n(counts[Activity.PENGAWASAN])} Form A reports; campaign props removed: "
            f"{n(counts[Activity.PENERTIBAN_APK])}; disputes between participants (PSAP): "
            f"{n(psap)}; violations handled: {n(enforcement['temuan'])} findings, "
            f"{n(enforcement['laporan'])} reports and {n(enforcement['laporan_tidak_diregister'])} "
            "reports not registered."
        )


# -- campaign props (APK) ----------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Apk:
    items: tuple[tuple[str, str, int], ...]
    additional_percent: int


@functools.cache
def _apk_versions() -> tuple[Dated[_Apk], ...]:
    rows = _data()["apk"]
    if not isinstance(rows, list):  # pragma: no cover - the file is part of the package
        raise PilkadaValueError("apk", rows, "not a list", "[[apk]] tables")
    return tuple(
        Dated[_Apk](
            value=_Apk(
                items=tuple((i["name"], i["per"], i["count"]) for i in row["items"]),
                additional_percent=row["additional_percent"],
            ),
            effective=row["effective"],
            basis=LegalBasis.parse(row["basis"]),
            certainty=Certainty(row["certainty"]),
            note=row["source"],
        )
        for row in rows
    )


def apk_quota(
    *, kecamatan: int, desa: int, kabupaten_kota: int = 1, on: dt.date | None = None
) -> Dated[dict[str, tuple[int, int]]]:
    """The APK the KPU facilitates for each pair, and the most the pair may add (200 %).

    Returns, per item, ``(facilitated, additional_cap)`` for an election area of
    ``kabupaten_kota`` kabupaten/kota (1 for a bupati or wali kota election; the province's
    count for a governor), ``kecamatan`` kecamatan and ``desa`` desa/kelurahan, with the rule's
    basis and (provisional) certainty.

    >>> quota = apk_quota(kecamatan=16, desa=295)
    >>> quota.value["spanduk"], quota.certainty.value
    ((590, 1180), 'provisional')
    """
    for field, value in (
        ("kecamatan", kecamatan),
        ("desa", desa),
        ("kabupaten_kota", kabupaten_kota),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise PilkadaValueError(field, value, f"{value!r} is not a count", "an int >= 0")
    version = in_force(_apk_versions(), on, what="APK quota")
    per = {"kabupaten/kota": kabupaten_kota, "kecamatan": kecamatan, "desa/kelurahan": desa}
    percent = version.value.additional_percent
    quota = {
        name: (count * per[unit], count * per[unit] * percent // 100)
        for name, unit, count in version.value.items
    }
    return Dated[dict[str, tuple[int, int]]](
        value=quota,
        effective=version.effective,
        basis=version.basis,
        certainty=version.certainty,
        note=version.note,
    )


def apk_removal_deadline(schedule: Schedule) -> dt.datetime:
    """The moment every APK must be down: 00:00 local time on the first day of the masa tenang.

    Campaigning in the masa tenang is banned (PKPU 13/2024 Pasal 63). Without a masa tenang
    entry the schedule's voting day minus 3 days is used.

    >>> from pilkada import PILKADA_2024
    >>> apk_removal_deadline(PILKADA_2024)
    datetime.datetime(2024, 11, 24, 0, 0)
    """
    if not isinstance(schedule, Schedule):
        raise PilkadaTypeError("schedule", schedule, f"got {type(schedule).__name__}", "Schedule")
    entry = schedule.get(Stage.MASA_TENANG)
    start = entry.start if entry is not None and entry.start is not None else None
    if start is None:
        start = schedule.voting_day - dt.timedelta(days=3)
    return dt.datetime.combine(start, dt.time())
