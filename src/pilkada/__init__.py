"""pilkada: the rules of Indonesian regional elections (Pemilihan Kepala Daerah) as a library.

Everything a user needs is importable from here and listed in ``__all__``:

>>> import datetime as dt
>>> from pilkada import PILKADA_2024, Rupiah, Stage, format_date
>>> Rupiah(34_905_207_000).allocate(40, 60)
(Rupiah('13962082800.00'), Rupiah('20943124200.00'))
>>> format_date(PILKADA_2024.voting_day)
'Rabu, 27 November 2024'
>>> print(PILKADA_2024[Stage.MASA_TENANG].when)
24–26 November 2024

``import pilkada`` is light: Babel loads on the first formatting call, the holiday calendar on
the first working-day question, and the official 2024 schedule on first access.
"""

from typing import TYPE_CHECKING

from pilkada.adhoc import (
    AdhocBody,
    AdhocBodyKind,
    Applicant,
    BodyWindow,
    Composition,
    Education,
    Finding,
    Member,
    Organiser,
    Requirement,
    Role,
    Severity,
    Sex,
    StaffingPlan,
    adhoc_timeline,
    check_eligibility,
    honorarium_rates,
    plan_staffing,
    tps_needed,
)
from pilkada.calendar import (
    Deadline,
    Period,
    add_working_days,
    holiday_name,
    is_working_day,
    months_after,
    months_before,
    working_days_between,
)
from pilkada.candidacy import (
    AgeCheck,
    Bracket,
    DisputeCheck,
    DisputeThreshold,
    IndependentSupport,
    IndependentSupportCheck,
    NominationCheck,
    NominationThreshold,
    check_candidate_age,
    check_dispute,
    check_independent_support,
    check_nomination,
    dispute_filing_deadline,
    dispute_max_gap,
    dispute_threshold,
    independent_support_required,
    minimum_age,
    party_nomination_threshold,
)
from pilkada.errors import (
    PilkadaError,
    PilkadaLookupError,
    PilkadaMissingDependencyError,
    PilkadaParseError,
    PilkadaTypeError,
    PilkadaValueError,
)
from pilkada.grants import (
    FundingKind,
    FundingSource,
    GrantAgreement,
    Grantee,
    Grantor,
    GrantStatus,
    LedgerEntry,
    LedgerKind,
    Payment,
    Tranche,
    TrancheState,
    TrancheStatus,
)
from pilkada.i18n import format_date, format_number, format_percent, format_period
from pilkada.law import Certainty, Dated, Instrument, LegalBasis, in_force
from pilkada.money import Rupiah
from pilkada.oversight import (
    Activity,
    CaseDeadline,
    CaseState,
    DeadlineRule,
    DeadlineUnit,
    DisputeCase,
    DisputeKind,
    Milestone,
    NotRegistered,
    OversightForm,
    OversightLog,
    OversightRecord,
    Reporter,
    ReportSource,
    SupervisorLevel,
    ViolationCase,
    ViolationCategory,
    apk_quota,
    apk_removal_deadline,
    deadline_rules,
)
from pilkada.regions import (
    PROVINCES,
    AreaLevel,
    ElectionKind,
    Region,
    RegionCode,
    RegionLevel,
    SpecialStatus,
)
from pilkada.results import (
    Anomaly,
    AnomalyKind,
    DuplicateTpsError,
    Outcome,
    Recap,
    RecapRow,
    ResultsCsvError,
    RowError,
    Tally,
    TieBreak,
    TpsResult,
    TpsResults,
    Verdict,
    WinnerRule,
    decide,
    read_results_csv,
    recapitulate,
    tally,
    write_results_csv,
)
from pilkada.rules import (
    DEFAULT_RULES,
    PEMILU_TAHAPAN_20_BULAN,
    Aligned,
    Edge,
    NoLaterThan,
    Precedes,
    Rule,
    Violation,
    WithinStage,
)
from pilkada.schedule import (
    AfterEvent,
    External,
    Schedule,
    ScheduleEntry,
    format_offset,
    load_schedule,
)
from pilkada.stages import Event, Phase, Stage, Step

if TYPE_CHECKING:
    from pilkada.serialize import from_dict, from_json, json_schema, to_dict, to_json

    PILKADA_2024: Schedule

#: Loaded on first use, so that ``import pilkada`` does not load cattrs.
_SERIALIZE = ("from_dict", "from_json", "json_schema", "to_dict", "to_json")

__version__ = "0.7.1"

__all__ = [
    "DEFAULT_RULES",
    "PEMILU_TAHAPAN_20_BULAN",
    "PILKADA_2024",
    "PROVINCES",
    "Activity",
    "AdhocBody",
    "AdhocBodyKind",
    "AfterEvent",
    "AgeCheck",
    "Aligned",
    "Anomaly",
    "AnomalyKind",
    "Applicant",
    "AreaLevel",
    "BodyWindow",
    "Bracket",
    "CaseDeadline",
    "CaseState",
    "Certainty",
    "Composition",
    "Dated",
    "Deadline",
    "DeadlineRule",
    "DeadlineUnit",
    "DisputeCase",
    "DisputeCheck",
    "DisputeKind",
    "DisputeThreshold",
    "DuplicateTpsError",
    "Edge",
    "Education",
    "ElectionKind",
    "Event",
    "External",
    "Finding",
    "FundingKind",
    "FundingSource",
    "GrantAgreement",
    "GrantStatus",
    "Grantee",
    "Grantor",
    "IndependentSupport",
    "IndependentSupportCheck",
    "Instrument",
    "LedgerEntry",
    "LedgerKind",
    "LegalBasis",
    "Member",
    "Milestone",
    "NoLaterThan",
    "NominationCheck",
    "NominationThreshold",
    "NotRegistered",
    "Organiser",
    "Outcome",
    "OversightForm",
    "OversightLog",
    "OversightRecord",
    "Payment",
    "Period",
    "Phase",
    "PilkadaError",
    "PilkadaLookupError",
    "PilkadaMissingDependencyError",
    "PilkadaParseError",
    "PilkadaTypeError",
    "PilkadaValueError",
    "Precedes",
    "Recap",
    "RecapRow",
    "Region",
    "RegionCode",
    "RegionLevel",
    "ReportSource",
    "Reporter",
    "Requirement",
    "ResultsCsvError",
    "Role",
    "RowError",
    "Rule",
    "Rupiah",
    "Schedule",
    "ScheduleEntry",
    "Severity",
    "Sex",
    "SpecialStatus",
    "StaffingPlan",
    "Stage",
    "Step",
    "SupervisorLevel",
    "Tally",
    "TieBreak",
    "TpsResult",
    "TpsResults",
    "Tranche",
    "TrancheState",
    "TrancheStatus",
    "Verdict",
    "Violation",
    "ViolationCase",
    "ViolationCategory",
    "WinnerRule",
    "WithinStage",
    "__version__",
    "add_working_days",
    "adhoc_timeline",
    "apk_quota",
    "apk_removal_deadline",
    "check_candidate_age",
    "check_dispute",
    "check_eligibility",
    "check_independent_support",
    "check_nomination",
    "deadline_rules",
    "decide",
    "dispute_filing_deadline",
    "dispute_max_gap",
    "dispute_threshold",
    "format_date",
    "format_number",
    "format_offset",
    "format_percent",
    "format_period",
    "from_dict",
    "from_json",
    "holiday_name",
    "honorarium_rates",
    "in_force",
    "independent_support_required",
    "is_working_day",
    "json_schema",
    "load_schedule",
    "minimum_age",
    "months_after",
    "months_before",
    "party_nomination_threshold",
    "plan_staffing",
    "read_results_csv",
    "recapitulate",
    "tally",
    "to_dict",
    "to_json",
    "tps_needed",
    "working_days_between",
    "write_results_csv",
]


def __getattr__(name: str) -> object:
    # PILKADA_2024 is read from its data file on first access, then kept.
    if name == "PILKADA_2024":
        from pilkada.schedule import pilkada_2024  # noqa: PLC0415

        value = globals()[name] = pilkada_2024()
        return value
    if name in _SERIALIZE:
        from pilkada import serialize  # noqa: PLC0415

        function = globals()[name] = getattr(serialize, name)
        return function
    raise AttributeError(f"module 'pilkada' has no attribute {name!r}")
