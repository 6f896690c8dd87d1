from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest

import pilkada
from pilkada import errors


def test_version_matches_the_installed_metadata():
    assert pilkada.__version__ == importlib.metadata.version("pilkada")


#: Every public name of pilkada 0.7: each must keep working (a renamed one keeps a deprecated
#: alias for one minor release, listed in the CHANGELOG).
PUBLIC_0_7 = (
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
    "ResultsXlsxError",
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
    "read_results_xlsx",
    "recapitulate",
    "tally",
    "to_dict",
    "to_json",
    "tps_needed",
    "working_days_between",
    "write_results_csv",
)


def test_every_name_of_0_7_still_works():
    for name in PUBLIC_0_7:
        assert name in pilkada.__all__
        assert getattr(pilkada, name) is not None


def test_all_lists_exactly_the_lazily_loaded_names():
    lazy = set(pilkada._LAZY) | {"PILKADA_2024", "__version__"}
    assert set(pilkada.__all__) == lazy
    assert len(pilkada.__all__) == len(set(pilkada.__all__))
    assert dir(pilkada) == sorted(pilkada.__all__)
    for name, module in pilkada._LAZY.items():
        assert getattr(importlib.import_module(module), name) is getattr(pilkada, name)


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        pilkada.Nope  # noqa: B018


def test_import_loads_no_pilkada_module_until_a_name_is_used():
    code = "import sys, pilkada; print(sorted(m for m in sys.modules if m.startswith('pilkada')))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "['pilkada']"


def test_package_is_typed():
    assert (Path(pilkada.__file__).parent / "py.typed").is_file()


def test_errors_subclass_the_matching_builtins():
    assert issubclass(errors.PilkadaValueError, errors.PilkadaError)
    assert issubclass(errors.PilkadaValueError, ValueError)
    assert issubclass(errors.PilkadaTypeError, TypeError)
    assert issubclass(errors.PilkadaParseError, ValueError)
    error = errors.PilkadaValueError("amount", 5, "too small", "at least 10")
    assert (error.field, error.value, error.problem, error.rule) == (
        "amount",
        5,
        "too small",
        "at least 10",
    )
    assert str(error) == "amount: too small; at least 10"


def test_import_is_light():
    code = (
        "import sys, pilkada; "
        "heavy = [m for m in ('babel', 'holidays', 'cattrs', 'stdnum', 'num2words', 'dateutil', "
        "'matplotlib', 'pandas') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


#: Names added for issue 14 (the law after the 2024 count).
ADDED_AFTER_THE_COUNT = (
    "MkCase",
    "PilkadaWindow",
    "RepeatedVote",
    "ResultStep",
    "ResultTimeline",
    "next_pilkada_window",
    "psu_deadline",
    "reelection_deadline",
    "result_timeline",
)


def test_the_names_of_the_law_after_the_count_are_public():
    for name in ADDED_AFTER_THE_COUNT:
        assert name in pilkada.__all__
        assert getattr(pilkada, name) is not None


def test_campaign_finance_names_are_public():
    names = {
        *("BentukSumbangan", "DanaKampanye", "JenisLaporan", "JenisPenyumbang", "LaporanDana"),
        *("LaporanTerlambat", "LaporanTidakAda", "MelebihiBatasPengeluaran"),
        *("MelebihiBatasSumbangan", "Pengeluaran", "PengeluaranSebelumRKDK", "Penyumbang"),
        *("SetoranKasNegara", "SetoranKurang", "StatusDana", "Sumbangan", "SumbanganTerlarang"),
        *("TemuanDana", "TidakDalamLPSDK", "read_dana_csv", "read_dana_json"),
        *("write_dana_csv", "write_dana_json"),
    }
    assert names <= set(pilkada.__all__)
    assert all(pilkada._LAZY[name] == "pilkada.dana" for name in names)


def test_the_names_of_the_region_tables_and_sirekap_are_public():
    for name in ("RegionKind", "Provisional", "SirekapCount", "read_sirekap"):
        assert name in pilkada.__all__
        assert getattr(pilkada, name) is not None
