from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import (
    PILKADA_2024,
    Activity,
    CaseState,
    Certainty,
    DeadlineUnit,
    DisputeCase,
    DisputeKind,
    Milestone,
    NotRegistered,
    OversightForm,
    OversightLog,
    OversightRecord,
    Period,
    PilkadaError,
    PilkadaTypeError,
    PilkadaValueError,
    Reporter,
    ReportSource,
    Schedule,
    SupervisorLevel,
    ViolationCase,
    ViolationCategory,
    apk_quota,
    apk_removal_deadline,
    deadline_rules,
    is_working_day,
)

D = dt.date
T = dt.datetime
DAY = D(2024, 1, 1)
RULES = {rule.code: rule for rule in deadline_rules()}

# -- the deadline table ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "amount", "unit", "basis"),
    [
        ("LAPOR", 7, DeadlineUnit.HARI, "UU 1/2015 Pasal 134 ayat (4)"),
        ("LENGKAPI", 48, DeadlineUnit.JAM, "Perbawaslu 9/2024"),
        ("PUTUSAN_BAWASLU", 3, DeadlineUnit.HARI, "UU 1/2015 Pasal 134 ayat (5)"),
        ("PUTUSAN_BAWASLU_DIPERPANJANG", 5, DeadlineUnit.HARI, "Perbawaslu 9/2024"),
        ("TERUSKAN_POLRI", 24, DeadlineUnit.JAM, "UU 1/2015 Pasal 135 ayat (2)"),
        ("PENYIDIKAN", 14, DeadlineUnit.HARI_KERJA, "UU 10/2016"),
        ("PELIMPAHAN_PN", 5, DeadlineUnit.HARI_KERJA, "UU 10/2016"),
        ("PUTUSAN_PN", 7, DeadlineUnit.HARI, "UU 10/2016"),
        ("BANDING", 3, DeadlineUnit.HARI, "UU 10/2016"),
        ("PUTUSAN_PT", 7, DeadlineUnit.HARI, "UU 10/2016"),
        ("PUTUSAN_TSM", 14, DeadlineUnit.HARI, "Perbawaslu 9/2020 Pasal 45 ayat (1)"),
        ("KPU_TSM", 3, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 135A ayat (3)"),
        ("PUTUSAN_MA_TSM", 14, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 135A ayat (7)"),
        ("PSAP", 3, DeadlineUnit.HARI, "Perbawaslu 2/2020"),
        ("SENGKETA_BAWASLU", 12, DeadlineUnit.HARI, "UU 10/2016 Pasal 143 ayat (2)"),
        ("KEBERATAN", 3, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 154 ayat (1)"),
        ("PUTUSAN_PTTUN", 15, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 154 ayat (6)"),
        ("KASASI", 5, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 154 ayat (8)"),
        ("PUTUSAN_MA", 20, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 154 ayat (9)"),
        ("JAKSA_KEMBALIKAN", 3, DeadlineUnit.HARI_KERJA, "UU 10/2016"),
        ("LENGKAPI_BERKAS", 3, DeadlineUnit.HARI_KERJA, "UU 10/2016"),
        ("TINDAK_LANJUT_KPU", 7, DeadlineUnit.HARI, "UU 10/2016"),
        ("UPAYA_HUKUM_MA_TSM", 3, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 135A ayat (6)"),
        ("PELAKSANAAN_PUTUSAN", 7, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 154 ayat (11)"),
    ],
)
def test_deadline_table(code, amount, unit, basis):
    rule = RULES[code]
    assert (rule.amount, rule.unit, str(rule.basis)) == (amount, unit, basis)
    assert rule.describe()
    assert rule.describe("en")
    assert rule.source


def test_every_rule_is_in_the_table_test():
    assert len(RULES) == 24


def test_unsettled_units_are_marked_and_provisional():
    for code in ("PENYIDIKAN", "PUTUSAN_TSM", "SENGKETA_BAWASLU", "LENGKAPI"):
        assert RULES[code].unit_note
    for rule in RULES.values():
        if rule.unit_note:
            assert rule.certainty is Certainty.PROVISIONAL, rule.code
        if rule.unit is DeadlineUnit.HARI_KERJA and rule.amount:
            assert "hari kerja" in rule.text_id, rule.code


def test_report_deadline_boundaries():
    # Known on Wednesday 20 November 2024: the 7th day (27 Nov) is on time, the 8th is late.
    assert RULES["LAPOR"].due(D(2024, 11, 20)) == D(2024, 11, 27)
    on_time = ViolationCase.laporan(
        reporter=Reporter.PEMILIH, known_on=D(2024, 11, 20), filed_on=D(2024, 11, 27)
    )
    late = ViolationCase.laporan(
        reporter=Reporter.PEMILIH, known_on=D(2024, 11, 20), filed_on=D(2024, 11, 28)
    )
    assert on_time.on_time
    assert not late.on_time
    not_registered = late.register(D(2024, 11, 28))
    assert (not_registered.state, not_registered.not_registered) == (
        CaseState.TIDAK_DIREGISTER,
        NotRegistered.TERLAMBAT,
    )


def test_working_day_deadline_crosses_voting_day_and_a_weekend():
    # 3 working days from Monday 25 November 2024: 26 (1), 27 is the Pilkada holiday, 28 (2),
    # 29 (3).
    assert RULES["KEBERATAN"].due(D(2024, 11, 25)) == D(2024, 11, 29)
    # 3 working days from Friday 22 November: 25, 26, (27 off), 28.
    assert RULES["KPU_TSM"].due(D(2024, 11, 22)) == D(2024, 11, 28)


def test_hours_count_from_the_moment():
    assert RULES["LENGKAPI"].due(T(2024, 11, 20, 15, 30)) == T(2024, 11, 22, 15, 30)
    assert RULES["TERUSKAN_POLRI"].due(D(2024, 11, 22)) == T(2024, 11, 23, 0, 0)


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
    with pytest.raises(PilkadaTypeError):
        forwarded.record(Milestone.BERKAS_KE_JAKSA, "2024-12-01")  # type: ignore[arg-type]
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
    with pytest.raises(PilkadaTypeError):
        ViolationCase.laporan(
            reporter=Reporter.PEMILIH, known_on=DAY, filed_on=DAY, category="pidana"
        )  # type: ignore[arg-type]
    with pytest.raises(PilkadaTypeError):
        DisputeCase.apply("psap", DAY)  # type: ignore[arg-type]


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
            reporter="pemilih", known_on=D(2024, 1, 1), filed_on=D(2024, 1, 1)
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


# -- records and the Batang tally ---------------------------------------------------------------


def batang_log() -> OversightLog:
    day = D(2024, 2, 1)
    records = [
        OversightRecord(form=OversightForm.FORM_PENCEGAHAN, level=SupervisorLevel.PKD, on=day)
        for _ in range(7_000)
    ]
    records += [
        OversightRecord(
            form=OversightForm.SURAT_IMBAUAN, level=SupervisorLevel.BAWASLU_KABUPATEN_KOTA, on=day
        )
        for _ in range(943)
    ]
    records += [
        OversightRecord(form=OversightForm.FORM_A, level=SupervisorLevel.PENGAWAS_TPS, on=day)
        for _ in range(15_014)
    ]
    records += [
        OversightRecord(
            form=OversightForm.BERITA_ACARA,
            level=SupervisorLevel.PANWASLU_KECAMATAN,
            on=D(2024, 2, 11),
            count=count,
        )
        for count in (10_000, 12_000, 860)
    ]
    cases = [ViolationCase.temuan(found_on=day) for _ in range(16)]
    cases += [
        ViolationCase.laporan(reporter=Reporter.PEMILIH, known_on=day, filed_on=day).register(day)
    ]
    cases += [
        ViolationCase.laporan(
            reporter=Reporter.PEMILIH, known_on=day, filed_on=D(2024, 2, 12)
        ).register(D(2024, 2, 12))
        for _ in range(2)
    ]
    disputes = [DisputeCase.apply(DisputeKind.PSAP, day) for _ in range(3)]
    return OversightLog(records=records, cases=cases, disputes=disputes)


def test_the_batang_figures_from_a_list_of_records():
    # Seed 001: "pencegahan sebanyak 7.943 yang tertulis dalam Form F dan Surat Imbauan,
    # melakukan Pengawasan sejumlah 15.014 yang tertulis dalam Form A Hasil Pengawasan,
    # Penertiban dan Pembersihan APK sejumlah 22.860, Penyelesaian Sengketa Antar Peserta (PSAP)
    # sejumlah 3 Kasus, serta Penanganan Pelanggaran sejumlah 16 temuan, 1 laporan dan 2 laporan
    # yang tidak diregister."
    log = batang_log()
    tally = log.tally()
    assert (tally[Activity.PENCEGAHAN], tally[Activity.PENGAWASAN]) == (7_943, 15_014)
    assert tally[Activity.PENERTIBAN_APK] == 22_860
    assert log.enforcement() == {
        "temuan": 16,
        "laporan": 1,
        "laporan_tidak_diregister": 2,
        "laporan_belum_diregister": 0,
    }
    assert log.summary() == (
        "Pencegahan sebanyak 7.943 yang tertulis dalam Form F dan Surat Imbauan, pengawasan "
        "sejumlah 15.014 yang tertulis dalam Form A Hasil Pengawasan, penertiban dan pembersihan "
        "APK sejumlah 22.860, Penyelesaian Sengketa Antar Peserta (PSAP) sejumlah 3 kasus, serta "
        "penanganan pelanggaran sejumlah 16 temuan, 1 laporan dan 2 laporan yang tidak "
        "diregister."
    )
    assert "15,014 Form A reports" in log.summary(locale="en")


def test_tally_by_level_month_and_period():
    log = batang_log()
    assert log.tally("level")[SupervisorLevel.PENGAWAS_TPS] == 15_014
    assert log.tally("month")["2024-02"] == 7_943 + 15_014 + 22_860
    feb_first = Period.day(D(2024, 2, 1))
    assert log.tally(period=feb_first)[Activity.PENERTIBAN_APK] == 0
    with pytest.raises(PilkadaValueError):
        log.tally("colour")


def test_records_refuse_bad_input():
    with pytest.raises(PilkadaValueError):
        OversightRecord(
            form=OversightForm.FORM_A, level=SupervisorLevel.PKD, on=D(2024, 1, 1), count=0
        )
    with pytest.raises(PilkadaTypeError):
        OversightLog(records=["Form A"])


# -- campaign props ------------------------------------------------------------------------------


def test_apk_quota_and_the_200_percent_cap():
    quota = apk_quota(kecamatan=16, desa=295)
    assert quota.value == {
        "billboard": (5, 10),
        "baliho": (5, 10),
        "umbul-umbul": (320, 640),
        "spanduk": (590, 1180),
    }
    assert quota.certainty is Certainty.PROVISIONAL
    assert str(quota.basis) == "PKPU 13/2024"
    with pytest.raises(PilkadaValueError):
        apk_quota(kecamatan=-1, desa=1)
    governor = apk_quota(kabupaten_kota=35, kecamatan=576, desa=8562)
    assert governor.value["billboard"] == (175, 350)


def test_apk_come_down_when_the_masa_tenang_begins():
    assert apk_removal_deadline(PILKADA_2024) == T(2024, 11, 24)
    bare = Schedule(name="PSU", voting_day=D(2025, 8, 27))
    assert apk_removal_deadline(bare) == T(2025, 8, 24)


# -- properties ----------------------------------------------------------------------------------

anchors = st.dates(min_value=D(2010, 1, 1), max_value=D(2090, 12, 1))


@given(anchors, anchors, st.sampled_from(sorted(RULES)))
def test_deadlines_move_monotonically_with_their_anchors(a, b, code):
    rule = RULES[code]
    earlier, later = min(a, b), max(a, b)
    assert rule.due(earlier) <= rule.due(later)


@given(anchors, st.sampled_from([c for c, r in RULES.items() if r.unit is DeadlineUnit.HARI_KERJA]))
def test_working_day_deadlines_land_on_working_days(anchor, code):
    assert is_working_day(RULES[code].due(anchor))


def test_deadline_rules_are_dated():
    assert RULES["LAPOR"].effective == D(2014, 10, 2)
    assert RULES["LENGKAPI"].effective == D(2024, 9, 30)
    with pytest.raises(PilkadaValueError, match="no rule on reporting"):
        ViolationCase.laporan(
            reporter=Reporter.PEMILIH, known_on=D(1990, 11, 20), filed_on=D(1990, 11, 21)
        )
    # A 2020 case: the Perbawaslu 9/2024 completion window did not yet apply.
    old = ViolationCase.laporan(
        reporter=Reporter.PEMILIH, known_on=D(2020, 11, 2), filed_on=D(2020, 11, 3)
    ).request_completion(T(2020, 11, 3, 9))
    assert [d.rule.code for d in old.deadlines()] == ["LAPOR"]
