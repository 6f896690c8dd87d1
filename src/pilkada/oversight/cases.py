"""Cases: a suspected violation (temuan or laporan) and a dispute, each a small state machine.

Every step returns a new case; an impossible step raises a :class:`~pilkada.PilkadaError`.
Enums may be given by member, or by name or value in any case; days as ISO strings.

>>> case = ViolationCase.laporan(reporter="pemilih", known_on="2024-11-20", filed_on="2024-11-27")
>>> case.on_time, case.register("2024-11-27").state.name
(True, 'DIREGISTER')
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, Final

import attrs

from pilkada.boundary import as_date, as_enum
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.oversight.deadlines import (
    CaseDeadline,
    Milestone,
    case_deadlines,
    check_milestones,
    deadline_rule,
)
from pilkada.oversight.moments import When, after, before, lapsed, moment, require_datetime

__all__ = [
    "HANDLER_STEPS",
    "CaseState",
    "DisputeCase",
    "DisputeKind",
    "NotRegistered",
    "ReportSource",
    "Reporter",
    "ViolationCase",
    "ViolationCategory",
]


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


def _category(value: object) -> ViolationCategory | None:
    return None if value is None else as_enum("category", value, ViolationCategory)


def _impossible(what: str, state: CaseState, needed: str) -> PilkadaValueError:
    return PilkadaValueError(
        "state", state.value, f"cannot {what} a case that is {state.value}", needed
    )


def _known_on(value: object) -> dt.date:
    return as_date("known_on", value)


def _filed_on(value: object) -> dt.date:
    return as_date("filed_on", value)


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
    known_on: dt.date = attrs.field(converter=_known_on)
    filed_on: dt.date = attrs.field(converter=_filed_on)
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
    milestones: tuple[tuple[Milestone, When], ...] = attrs.field()  # checked after the days
    summary: str = attrs.field(default="", validator=instance_of(str))

    @milestones.default
    def _first_steps(self) -> tuple[tuple[Milestone, When], ...]:
        """Known on ``known_on``, filed on ``filed_on``: the steps every case starts with."""
        return ((Milestone.DIKETAHUI, self.known_on), (Milestone.DILAPORKAN, self.filed_on))

    def __attrs_post_init__(self) -> None:
        report_rule = deadline_rule("LAPOR")
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
        check_milestones("milestones", self.milestones)
        first = ((Milestone.DIKETAHUI, self.known_on), (Milestone.DILAPORKAN, self.filed_on))
        if self.milestones[:2] != first:
            raise PilkadaValueError(
                "milestones", self.milestones[:2], "does not start as the case does",
                "DIKETAHUI on known_on, then DILAPORKAN on filed_on",
            )  # fmt: skip

    @classmethod
    def laporan(
        cls,
        *,
        reporter: Reporter | str,
        known_on: dt.date | str,
        filed_on: dt.date | str,
        category: ViolationCategory | str | None = None,
        summary: str = "",
    ) -> ViolationCase:
        """A report from a voter, an accredited monitor or a candidate pair."""
        known, filed = as_date("known_on", known_on), as_date("filed_on", filed_on)
        return cls(
            source=ReportSource.LAPORAN,
            reporter=as_enum("reporter", reporter, Reporter),
            known_on=known,
            filed_on=filed,
            category=_category(category),
            summary=summary,
            milestones=((Milestone.DIKETAHUI, known), (Milestone.DILAPORKAN, filed)),
        )

    @classmethod
    def temuan(
        cls,
        *,
        found_on: dt.date | str,
        category: ViolationCategory | str | None = None,
        summary: str = "",
    ) -> ViolationCase:
        """A finding from a supervisor's own work (a Form A that shows a violation)."""
        found = as_date("found_on", found_on)
        return cls(
            source=ReportSource.TEMUAN,
            known_on=found,
            filed_on=found,
            category=_category(category),
            summary=summary,
            milestones=((Milestone.DIKETAHUI, found), (Milestone.DILAPORKAN, found)),
        )

    # -- state ------------------------------------------------------------------------------

    def at(self, milestone: Milestone) -> When | None:
        """When the case reached ``milestone``, or ``None``."""
        for step, when in self.milestones:
            if step is milestone:
                return when
        return None

    @property
    def on_time(self) -> bool:
        """Whether a laporan was filed within 7 days of becoming known (a temuan always is)."""
        if self.source is ReportSource.TEMUAN:
            return True
        due = deadline_rule("LAPOR").due(self.known_on)
        return not after(self.filed_on, due)

    def _add(self, milestone: Milestone, when: When, **changes: Any) -> ViolationCase:  # noqa: ANN401
        if self.at(milestone) is not None:
            raise PilkadaValueError(
                "milestone", milestone.value, "the case already reached this step", "each step once"
            )
        last = self.milestones[-1][1] if self.milestones else None
        if last is not None and before(when, last):
            raise PilkadaValueError(
                "moment",
                when,
                f"{milestone.value} on {when} is before the previous step ({last})",
                "steps in order of time",
            )
        return attrs.evolve(self, milestones=(*self.milestones, (milestone, when)), **changes)

    def request_completion(self, at: dt.datetime) -> ViolationCase:
        """Notify the reporter that the report is incomplete; the 2 x 24 hours start."""
        if self.source is not ReportSource.LAPORAN or self.state is not CaseState.DITERIMA:
            raise _impossible("ask to complete", self.state, "a laporan that was just received")
        require_datetime("at", at)
        return self._add(Milestone.PEMBERITAHUAN_KELENGKAPAN, at, state=CaseState.PERLU_DILENGKAPI)

    def complete(self, at: dt.datetime) -> ViolationCase:
        """Record that the reporter completed the report."""
        if self.state is not CaseState.PERLU_DILENGKAPI:
            raise _impossible("complete", self.state, "a laporan that was asked to be completed")
        require_datetime("at", at)
        return self._add(Milestone.DILENGKAPI, at, state=CaseState.DITERIMA)

    def register(
        self, on: dt.date | str, *, formal: bool = True, material: bool = True
    ) -> ViolationCase:
        """Register the case, or record why it cannot be registered.

        A laporan filed more than 7 days after the violation became known, one not completed
        within 2 x 24 hours of notice, or one that fails the formal or material requirements is
        *not registered*, with the reason. Everything else is registered on ``on``.
        """
        if self.state not in (CaseState.DITERIMA, CaseState.PERLU_DILENGKAPI):
            raise _impossible("register", self.state, "a case that was received")
        on = as_date("on", on)
        for name, flag in (("formal", formal), ("material", material)):
            if not isinstance(flag, bool):
                raise PilkadaTypeError(name, flag, f"got {type(flag).__name__}", "True or False")
        reason: NotRegistered | None = None
        notice = self.at(Milestone.PEMBERITAHUAN_KELENGKAPAN)
        if before(on, self.milestones[-1][1]):
            raise PilkadaValueError(
                "on", on, f"{on.isoformat()} is before the previous step", "steps in order of time"
            )
        if not self.on_time:
            reason = NotRegistered.TERLAMBAT
        elif notice is not None:
            done = self.at(Milestone.DILENGKAPI)
            window = deadline_rule("LENGKAPI").due(notice)
            if done is None and not lapsed(on, window):
                raise PilkadaValueError(
                    "on",
                    on,
                    f"the reporter may still complete the report until {window}",
                    "register after it is completed, or once the 2 x 24 hours have passed",
                )
            if done is None or after(done, window):
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
        on: When | str,
        *,
        violation: bool,
        category: ViolationCategory | str | None = None,
        more_information: bool = False,
    ) -> ViolationCase:
        """Bawaslu's decision on a registered case: a violation (of a category) or not.

        ``on`` may be a datetime: the 1 x 24 hours to forward a crime then count from it.
        """
        if self.state is not CaseState.DIREGISTER:
            raise _impossible("decide", self.state, "a registered case")
        category = _category(category) or self.category
        if violation and category is None:
            raise PilkadaValueError(
                "category", None, "a violation needs its category", "a ViolationCategory"
            )
        return self._add(
            Milestone.DIPUTUS,
            moment("on", on),
            state=CaseState.DIPUTUS,
            violation=violation,
            category=category,
            more_information=more_information,
        )

    def forward(self, at: dt.datetime) -> ViolationCase:
        """Pass a decided violation on to its handler (the police for a crime)."""
        if self.state is not CaseState.DIPUTUS or not self.violation:
            raise _impossible("forward", self.state, "a case decided to be a violation")
        require_datetime("at", at)
        return self._add(Milestone.DITERUSKAN, at, state=CaseState.DITERUSKAN)

    def request_information(self, on: When | str) -> ViolationCase:
        """Bawaslu asks for more information: the decision may take 5 days instead of 3."""
        if self.state is not CaseState.DIREGISTER:
            raise _impossible("ask for more information on", self.state, "a registered case")
        moment("on", on)
        return attrs.evolve(self, more_information=True)

    def record(self, milestone: Milestone | str, at: When | str) -> ViolationCase:
        """Record a later step by the handler (police, prosecutor, court, KPU).

        Only the handlers' steps are recorded this way; Bawaslu's own steps have their own
        transitions (:meth:`register`, :meth:`decide`, :meth:`forward`).
        """
        if self.state not in (CaseState.DIPUTUS, CaseState.DITERUSKAN) or not self.violation:
            raise _impossible("record a later step on", self.state, "a case decided a violation")
        milestone = as_enum("milestone", milestone, Milestone)
        if milestone not in HANDLER_STEPS:
            raise PilkadaValueError(
                "milestone",
                milestone.value,
                "is not a step taken by the handler",
                "one of: " + ", ".join(m.name for m in HANDLER_STEPS),
            )
        return self._add(milestone, moment("at", at))

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
        return case_deadlines(
            self._paths(),
            self.milestones,
            skip={"PUTUSAN_BAWASLU"} if self.more_information else {"PUTUSAN_BAWASLU_DIPERPANJANG"},
        )

    def overdue(self, *, on: When | str) -> list[CaseDeadline]:
        """The deadlines that have lapsed unmet by ``on``."""
        return [deadline for deadline in self.deadlines() if deadline.overdue(on)]


HANDLER_STEPS: Final = frozenset(
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


class DisputeKind(enum.Enum):
    """Disputes between participants (PSAP), or between a participant and the KPU."""

    PSAP = "psap"
    SENGKETA = "sengketa"


@attrs.frozen(kw_only=True)
class DisputeCase:
    """A dispute and the steps it has reached (Perbawaslu 2/2020; UU 10/2016 Pasal 154)."""

    kind: DisputeKind = attrs.field(validator=instance_of(DisputeKind))
    milestones: tuple[tuple[Milestone, When], ...] = attrs.field(
        validator=lambda _, a, v: check_milestones(a.name, v)
    )

    def __attrs_post_init__(self) -> None:
        if not self.milestones or self.milestones[0][0] is not Milestone.DIAJUKAN:
            raise PilkadaValueError(
                "milestones", self.milestones, "a dispute starts when it is brought",
                "DIAJUKAN first (DisputeCase.apply)",
            )  # fmt: skip

    @classmethod
    def apply(cls, kind: DisputeKind | str, on: When | str) -> DisputeCase:
        """A dispute brought to Bawaslu on ``on``."""
        kind = as_enum("kind", kind, DisputeKind)
        return cls(kind=kind, milestones=((Milestone.DIAJUKAN, moment("on", on)),))

    def record(self, milestone: Milestone | str, at: When | str) -> DisputeCase:
        """A copy with a later step recorded."""
        at = moment("at", at)
        milestone = as_enum("milestone", milestone, Milestone)
        if any(m is milestone for m, _ in self.milestones):
            raise PilkadaValueError("milestone", milestone, "not a new step", "a Milestone, once")
        last = self.milestones[-1][1]
        if before(at, last):
            raise PilkadaValueError(
                "at", at, f"before the previous step ({last})", "steps in order"
            )
        return attrs.evolve(self, milestones=(*self.milestones, (milestone, at)))

    def deadlines(self) -> list[CaseDeadline]:
        """The deadlines that apply, with their due days and when they were met."""
        return case_deadlines({self.kind.value}, self.milestones, skip=set())

    def overdue(self, *, on: When | str) -> list[CaseDeadline]:
        """The deadlines that have lapsed unmet by ``on``."""
        return [deadline for deadline in self.deadlines() if deadline.overdue(on)]
