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

Enums may be given by name or value in any case, and days as ISO strings:

>>> ViolationCase.temuan(found_on="2024-11-27", category="pidana").category.handler
'Sentra Gakkumdu (Kepolisian)'

The package, by sub-concept: :mod:`~pilkada.oversight.deadlines` (the deadline rules, read
from the data file), :mod:`~pilkada.oversight.moments` (days and moments of a case),
:mod:`~pilkada.oversight.cases` (the ViolationCase and DisputeCase state machines),
:mod:`~pilkada.oversight.records` (records and the OversightLog tally) and
:mod:`~pilkada.oversight.apk` (campaign props).
"""

from __future__ import annotations

from pilkada.oversight.apk import apk_quota, apk_removal_deadline
from pilkada.oversight.cases import (
    CaseState,
    DisputeCase,
    DisputeKind,
    NotRegistered,
    Reporter,
    ReportSource,
    ViolationCase,
    ViolationCategory,
)
from pilkada.oversight.deadlines import (
    CaseDeadline,
    DeadlineRule,
    DeadlineUnit,
    Milestone,
    deadline_rules,
)
from pilkada.oversight.moments import When as When
from pilkada.oversight.records import (
    Activity,
    OversightForm,
    OversightLog,
    OversightRecord,
    SupervisorLevel,
)

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
