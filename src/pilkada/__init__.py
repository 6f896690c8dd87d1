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

import importlib
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
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
        MkCase,
        NominationCheck,
        NominationThreshold,
        ResultStep,
        ResultTimeline,
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
        result_timeline,
    )
    from pilkada.dana import (
        BentukSumbangan,
        DanaKampanye,
        JenisLaporan,
        JenisPenyumbang,
        LaporanDana,
        LaporanTerlambat,
        LaporanTidakAda,
        MelebihiBatasPengeluaran,
        MelebihiBatasSumbangan,
        Pengeluaran,
        PengeluaranSebelumRKDK,
        Penyumbang,
        SetoranKasNegara,
        SetoranKurang,
        StatusDana,
        Sumbangan,
        SumbanganTerlarang,
        TemuanDana,
        TidakDalamLPSDK,
        read_dana_csv,
        read_dana_json,
        write_dana_csv,
        write_dana_json,
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
        RegionKind,
        RegionLevel,
        SpecialStatus,
    )
    from pilkada.results import (
        Anomaly,
        AnomalyKind,
        DuplicateTpsError,
        Outcome,
        Provisional,
        Recap,
        RecapRow,
        ResultsCsvError,
        ResultsXlsxError,
        RowError,
        SirekapCount,
        Tally,
        TieBreak,
        TpsResult,
        TpsResults,
        Verdict,
        WinnerRule,
        decide,
        read_results_csv,
        read_results_xlsx,
        read_sirekap,
        recapitulate,
        tally,
        write_results_csv,
    )
    from pilkada.rules import (
        CHECKED_THROUGH,
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
        PilkadaWindow,
        RepeatedVote,
        Schedule,
        ScheduleEntry,
        format_offset,
        load_schedule,
        next_pilkada_window,
        psu_deadline,
        reelection_deadline,
    )
    from pilkada.serialize import from_dict, from_json, json_schema, to_dict, to_json
    from pilkada.stages import Event, Phase, Stage, Step

    PILKADA_2024: Schedule

#: Where each public name lives. Nothing is imported with ``import pilkada``: a name's module
#: loads the first time the name is used, so the import costs almost nothing, and a user of
#: one concept never pays for the others.
#: Each module and the public names it gives, read on first use (space-separated).
_EXPORTS: Final[dict[str, str]] = {
    "pilkada.adhoc": (
        "adhoc_timeline AdhocBody AdhocBodyKind Applicant BodyWindow check_eligibility "
        "Composition Education Finding honorarium_rates Member Organiser plan_staffing "
        "Requirement Role Severity Sex StaffingPlan tps_needed"
    ),
    "pilkada.calendar": (
        "add_working_days Deadline holiday_name is_working_day months_after months_before "
        "Period working_days_between"
    ),
    "pilkada.candidacy": (
        "AgeCheck Bracket check_candidate_age check_dispute check_independent_support "
        "check_nomination dispute_filing_deadline dispute_max_gap dispute_threshold "
        "DisputeCheck DisputeThreshold independent_support_required IndependentSupport "
        "IndependentSupportCheck minimum_age MkCase NominationCheck NominationThreshold "
        "party_nomination_threshold result_timeline ResultStep ResultTimeline"
    ),
    "pilkada.dana": (
        "BentukSumbangan DanaKampanye JenisLaporan JenisPenyumbang LaporanDana "
        "LaporanTerlambat LaporanTidakAda MelebihiBatasPengeluaran MelebihiBatasSumbangan "
        "Pengeluaran PengeluaranSebelumRKDK Penyumbang read_dana_csv read_dana_json "
        "SetoranKasNegara SetoranKurang StatusDana Sumbangan SumbanganTerlarang TemuanDana "
        "TidakDalamLPSDK write_dana_csv write_dana_json"
    ),
    "pilkada.errors": (
        "PilkadaError PilkadaLookupError PilkadaMissingDependencyError PilkadaParseError "
        "PilkadaTypeError PilkadaValueError"
    ),
    "pilkada.grants": (
        "FundingKind FundingSource GrantAgreement Grantee Grantor GrantStatus LedgerEntry "
        "LedgerKind Payment Tranche TrancheState TrancheStatus"
    ),
    "pilkada.i18n": "format_date format_number format_percent format_period",
    "pilkada.law": "Certainty Dated in_force Instrument LegalBasis",
    "pilkada.money": "Rupiah",
    "pilkada.oversight": (
        "Activity apk_quota apk_removal_deadline CaseDeadline CaseState deadline_rules "
        "DeadlineRule DeadlineUnit DisputeCase DisputeKind Milestone NotRegistered "
        "OversightForm OversightLog OversightRecord Reporter ReportSource SupervisorLevel "
        "ViolationCase ViolationCategory"
    ),
    "pilkada.regions": (
        "AreaLevel ElectionKind PROVINCES Region RegionCode RegionKind RegionLevel SpecialStatus"
    ),
    "pilkada.results": (
        "Anomaly AnomalyKind decide DuplicateTpsError Outcome Provisional read_results_csv "
        "read_results_xlsx read_sirekap Recap recapitulate RecapRow ResultsCsvError "
        "ResultsXlsxError RowError SirekapCount Tally tally TieBreak TpsResult TpsResults "
        "Verdict WinnerRule write_results_csv"
    ),
    "pilkada.rules": (
        "Aligned CHECKED_THROUGH DEFAULT_RULES Edge NoLaterThan PEMILU_TAHAPAN_20_BULAN "
        "Precedes Rule Violation WithinStage"
    ),
    "pilkada.schedule": (
        "AfterEvent External format_offset load_schedule next_pilkada_window PilkadaWindow "
        "psu_deadline reelection_deadline RepeatedVote Schedule ScheduleEntry"
    ),
    "pilkada.serialize": "from_dict from_json json_schema to_dict to_json",
    "pilkada.stages": "Event Phase Stage Step",
}
_LAZY: Final[dict[str, str]] = {
    name: module for module, names in _EXPORTS.items() for name in names.split()
}

__version__ = "0.9.0"

__all__ = [
    "CHECKED_THROUGH",
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
    "BentukSumbangan",
    "BodyWindow",
    "Bracket",
    "CaseDeadline",
    "CaseState",
    "Certainty",
    "Composition",
    "DanaKampanye",
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
    "JenisLaporan",
    "JenisPenyumbang",
    "LaporanDana",
    "LaporanTerlambat",
    "LaporanTidakAda",
    "LedgerEntry",
    "LedgerKind",
    "LegalBasis",
    "MelebihiBatasPengeluaran",
    "MelebihiBatasSumbangan",
    "Member",
    "Milestone",
    "MkCase",
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
    "Pengeluaran",
    "PengeluaranSebelumRKDK",
    "Penyumbang",
    "Period",
    "Phase",
    "PilkadaError",
    "PilkadaLookupError",
    "PilkadaMissingDependencyError",
    "PilkadaParseError",
    "PilkadaTypeError",
    "PilkadaValueError",
    "PilkadaWindow",
    "Precedes",
    "Provisional",
    "Recap",
    "RecapRow",
    "Region",
    "RegionCode",
    "RegionKind",
    "RegionLevel",
    "RepeatedVote",
    "ReportSource",
    "Reporter",
    "Requirement",
    "ResultStep",
    "ResultTimeline",
    "ResultsCsvError",
    "ResultsXlsxError",
    "Role",
    "RowError",
    "Rule",
    "Rupiah",
    "Schedule",
    "ScheduleEntry",
    "SetoranKasNegara",
    "SetoranKurang",
    "Severity",
    "Sex",
    "SirekapCount",
    "SpecialStatus",
    "StaffingPlan",
    "Stage",
    "StatusDana",
    "Step",
    "Sumbangan",
    "SumbanganTerlarang",
    "SupervisorLevel",
    "Tally",
    "TemuanDana",
    "TidakDalamLPSDK",
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
    "next_pilkada_window",
    "party_nomination_threshold",
    "plan_staffing",
    "psu_deadline",
    "read_dana_csv",
    "read_dana_json",
    "read_results_csv",
    "read_results_xlsx",
    "read_sirekap",
    "recapitulate",
    "reelection_deadline",
    "result_timeline",
    "tally",
    "to_dict",
    "to_json",
    "tps_needed",
    "working_days_between",
    "write_dana_csv",
    "write_dana_json",
    "write_results_csv",
]


def __getattr__(name: str) -> object:
    # PILKADA_2024 is read from its data file on first access, then kept.
    if name == "PILKADA_2024":
        from pilkada.schedule import pilkada_2024  # noqa: PLC0415

        value = globals()[name] = pilkada_2024()
        return value
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pilkada' has no attribute {name!r}")
    value = globals()[name] = getattr(importlib.import_module(module), name)
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
