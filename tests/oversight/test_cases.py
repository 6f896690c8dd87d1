"""ViolationCase and DisputeCase: the steps of a case and their deadlines."""

from __future__ import annotations

import pytest

from pilkada import (
    CaseState,
    DisputeCase,
    DisputeKind,
    Milestone,
    NotRegistered,
    PilkadaError,
    PilkadaTypeError,
    PilkadaValueError,
    Reporter,
    ReportSource,
    ViolationCase,
    ViolationCategory,
)
from tests.oversight import DAY, D, T

# -- a laporan from filing to decision ----------------------------------------------------------


def a_report() -> ViolationCase:
    return ViolationCase.laporan(
        reporter=Reporter.PEMANTAU,
        known_on=D(2024, 11, 20),
        filed_on=D(2024, 11, 21),
        summary="bagi-bagi uang di desa X",
    )


def test_a_laporan_through_its_steps():
    case = a_report()
    asked = case.request_completion(T(2024, 11, 21, 9, 0))
    assert asked.state is CaseState.PERLU_DILENGKAPI
    completed = asked.complete(T(2024, 11, 23, 9, 0))  # exactly 2 x 24 hours: on time
    registered = completed.register(D(2024, 11, 23))
    assert registered.state is CaseState.DIREGISTER
    codes = {d.rule.code: d for d in registered.deadlines()}
    assert codes["LAPOR"].met == D(2024, 11, 21)
    assert not codes["LENGKAPI"].late()
    assert codes["PUTUSAN_BAWASLU"].due == D(2024, 11, 26)
    decided = registered.decide(D(2024, 11, 26), violation=True, category=ViolationCategory.PIDANA)
    assert decided.overdue(on=D(2024, 11, 26)) == []
    forwarded = decided.forward(T(2024, 11, 26, 14, 0))
    assert [d.rule.code for d in forwarded.overdue(on=D(2024, 12, 20))] == ["PENYIDIKAN"]
    assert a_report().state is CaseState.DITERIMA  # transitions never mutate


def test_registration_waits_while_the_reporter_may_still_complete():
    asked = a_report().request_completion(T(2024, 11, 21, 9, 0))
    with pytest.raises(PilkadaValueError, match="may still complete"):
        asked.register(D(2024, 11, 22))


def test_a_step_cannot_be_repeated_or_recorded_out_of_turn():
    decided = (
        a_report()
        .register(D(2024, 11, 21))
        .decide(D(2024, 11, 22), violation=True, category=ViolationCategory.PIDANA)
    )
    with pytest.raises(PilkadaValueError):
        decided.record(Milestone.DIKETAHUI, D(2024, 11, 29))
    with pytest.raises(PilkadaValueError):
        decided.record(Milestone.DITERUSKAN, T(2024, 11, 23))
    forwarded = decided.forward(T(2024, 11, 22, 15))
    with pytest.raises(PilkadaValueError):
        forwarded.forward(T(2024, 11, 23))
    with pytest.raises(PilkadaValueError) as info:
        forwarded.record(Milestone.BERKAS_KE_JAKSA, "1 Desember 2024")
    assert info.value.field == "at"
    with pytest.raises(PilkadaTypeError):
        forwarded.record(Milestone.BERKAS_KE_JAKSA, 20241201)  # type: ignore[arg-type]
    not_a_violation = a_report().register(D(2024, 11, 21)).decide(D(2024, 11, 22), violation=False)
    with pytest.raises(PilkadaValueError):
        not_a_violation.record(Milestone.BERKAS_KE_JAKSA, D(2024, 12, 1))


def test_request_information_switches_to_five_days_before_the_decision():
    registered = a_report().register(D(2024, 11, 26))
    assert [d.rule.code for d in registered.overdue(on=D(2024, 11, 30))] == ["PUTUSAN_BAWASLU"]
    waiting = registered.request_information(D(2024, 11, 27))
    assert waiting.overdue(on=D(2024, 11, 30)) == []
    assert [d.rule.code for d in waiting.overdue(on=D(2024, 12, 2))] == [
        "PUTUSAN_BAWASLU_DIPERPANJANG"
    ]


def test_overdue_on_a_date_means_by_the_end_of_that_day():
    asked = a_report().request_completion(T(2024, 11, 21, 9, 0))
    lengkapi = next(d for d in asked.deadlines() if d.rule.code == "LENGKAPI")
    assert not lengkapi.overdue(D(2024, 11, 22))
    assert lengkapi.overdue(D(2024, 11, 23))  # due 23 Nov 09:00: lapsed by the day's end
    assert not lengkapi.overdue(T(2024, 11, 23, 9, 0))


def test_constructor_refuses_wrong_types():
    with pytest.raises(PilkadaTypeError) as info:
        ViolationCase.laporan(reporter=Reporter.PEMILIH, known_on=DAY, filed_on=DAY, category=3)  # type: ignore[arg-type]
    assert info.value.field == "category"
    with pytest.raises(PilkadaValueError) as value_info:
        ViolationCase.laporan(reporter="wartawan", known_on=DAY, filed_on=DAY)
    assert (value_info.value.field, value_info.value.value) == ("reporter", "wartawan")
    assert "PEMILIH, PEMANTAU, PESERTA" in value_info.value.rule
    with pytest.raises(PilkadaTypeError):
        DisputeCase.apply(1, DAY)  # type: ignore[arg-type]


def test_names_values_and_iso_days_are_read():
    by_name = ViolationCase.laporan(
        reporter="pemilih", known_on="2024-11-20", filed_on="2024-11-21", category="PIDANA"
    )
    assert by_name == ViolationCase.laporan(
        reporter=Reporter.PEMILIH,
        known_on=D(2024, 11, 20),
        filed_on=D(2024, 11, 21),
        category=ViolationCategory.PIDANA,
    )
    assert ViolationCase.laporan(
        reporter="Pemantau Pemilihan", known_on=DAY, filed_on=DAY
    ).reporter is (Reporter.PEMANTAU)
    decided = by_name.register("2024-11-21").decide("2024-11-22", violation=True)
    assert decided.at(Milestone.DIPUTUS) == D(2024, 11, 22)
    recorded = decided.forward(T(2024, 11, 22, 9)).record("berkas_ke_jaksa", "2024-12-01")
    assert recorded.at(Milestone.BERKAS_KE_JAKSA) == D(2024, 12, 1)
    dispute = DisputeCase.apply("PSAP", "2024-09-30").record("diputus", "2024-10-02")
    assert dispute.kind is DisputeKind.PSAP
    assert dispute.overdue(on="2024-10-31") == []
    temuan = ViolationCase.temuan(found_on="2024-09-30", category="lainnya")
    assert temuan.category is ViolationCategory.LAINNYA
    with pytest.raises(PilkadaValueError) as info:
        ViolationCase.temuan(found_on="30/09/2024")
    assert (info.value.field, info.value.value) == ("found_on", "30/09/2024")


def test_not_completed_in_time_is_not_registered():
    asked = a_report().request_completion(T(2024, 11, 21, 9, 0))
    late = asked.complete(T(2024, 11, 23, 9, 1)).register(D(2024, 11, 23))
    assert late.not_registered is NotRegistered.TIDAK_DILENGKAPI
    never = asked.register(D(2024, 11, 25))
    assert never.not_registered is NotRegistered.TIDAK_DILENGKAPI


@pytest.mark.parametrize(
    ("formal", "material", "reason"),
    [(False, True, NotRegistered.SYARAT_FORMAL), (True, False, NotRegistered.SYARAT_MATERIEL)],
)
def test_requirements_not_met(formal, material, reason):
    case = a_report().register(D(2024, 11, 21), formal=formal, material=material)
    assert case.not_registered is reason
    assert [d.rule.code for d in case.deadlines()] == ["LAPOR"]


def test_more_information_extends_the_decision_to_five_days():
    registered = a_report().register(D(2024, 11, 21))
    decided = registered.decide(D(2024, 11, 26), violation=False, more_information=True)
    codes = {d.rule.code: d for d in decided.deadlines()}
    assert "PUTUSAN_BAWASLU" not in codes
    assert codes["PUTUSAN_BAWASLU_DIPERPANJANG"].due == D(2024, 11, 26)
    assert not codes["PUTUSAN_BAWASLU_DIPERPANJANG"].late()


def test_tsm_cases_use_the_tsm_chain():
    case = ViolationCase.laporan(
        reporter=Reporter.PESERTA,
        known_on=D(2024, 11, 1),
        filed_on=D(2024, 11, 4),
        category=ViolationCategory.ADMINISTRASI_TSM,
    ).register(D(2024, 11, 4))
    codes = [d.rule.code for d in case.deadlines()]
    assert codes == ["LAPOR", "PUTUSAN_TSM"]
    assert case.deadlines()[1].due == D(2024, 11, 18)


@pytest.mark.parametrize(
    "step",
    [
        lambda c: c.decide(D(2024, 11, 22), violation=True, category=ViolationCategory.PIDANA),
        lambda c: c.forward(T(2024, 11, 22, 10)),
        lambda c: c.complete(T(2024, 11, 22, 10)),
        lambda c: c.register(D(2024, 11, 22)).register(D(2024, 11, 22)),
        lambda c: c.register(D(2024, 11, 22)).decide(D(2024, 11, 22), violation=True),
        lambda c: c.register(D(2024, 11, 22)).decide(D(2024, 11, 21), violation=False),
        lambda c: (
            c.register(D(2024, 11, 22))
            .decide(D(2024, 11, 23), violation=False)
            .forward(T(2024, 11, 24))
        ),
    ],
)
def test_impossible_transitions_are_refused(step):
    with pytest.raises(PilkadaError):
        step(a_report())


@pytest.mark.parametrize(
    "build",
    [
        lambda: ViolationCase.laporan(
            reporter=Reporter.PEMILIH, known_on=D(2024, 11, 20), filed_on=D(2024, 11, 19)
        ),
        lambda: ViolationCase(
            source=ReportSource.LAPORAN, known_on=D(2024, 1, 1), filed_on=D(2024, 1, 1)
        ),
        lambda: ViolationCase.laporan(
            reporter="pemilu", known_on=D(2024, 1, 1), filed_on=D(2024, 1, 1)
        ),
        lambda: a_report().request_completion(D(2024, 11, 21)),
    ],
)
def test_bad_cases_are_refused(build):
    with pytest.raises(PilkadaError):
        build()


def test_temuan():
    case = ViolationCase.temuan(found_on=D(2024, 9, 30), category=ViolationCategory.LAINNYA)
    assert case.on_time
    assert case.category.handler.endswith("BKN)")
    assert [d.rule.code for d in case.register(D(2024, 9, 30)).deadlines()] == ["PUTUSAN_BAWASLU"]


# -- disputes ----------------------------------------------------------------------------------


def test_psap_same_day_or_three_days():
    psap = DisputeCase.apply(DisputeKind.PSAP, D(2024, 10, 1))
    assert psap.deadlines()[0].due == D(2024, 10, 4)
    assert psap.overdue(on=D(2024, 10, 5))[0].rule.code == "PSAP"
    decided = psap.record(Milestone.DIPUTUS, D(2024, 10, 1))
    assert decided.overdue(on=D(2024, 10, 5)) == []


def test_sengketa_chain():
    case = (
        DisputeCase.apply(DisputeKind.SENGKETA, D(2024, 9, 23))
        .record(Milestone.DIPUTUS, D(2024, 10, 4))
        .record(Milestone.KEPUTUSAN_KPU, D(2024, 10, 7))
    )
    codes = {d.rule.code: d for d in case.deadlines()}
    assert codes["SENGKETA_BAWASLU"].due == D(2024, 10, 5)
    assert codes["KEBERATAN"].due == D(2024, 10, 10)
    with pytest.raises(PilkadaValueError):
        case.record(Milestone.KEBERATAN, D(2024, 10, 1))
