from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import (
    PILKADA_2024,
    AdhocBody,
    AdhocBodyKind,
    Applicant,
    AreaLevel,
    Certainty,
    Composition,
    Education,
    Member,
    Organiser,
    Period,
    PilkadaError,
    PilkadaTypeError,
    PilkadaValueError,
    Requirement,
    Role,
    Rupiah,
    Schedule,
    ScheduleEntry,
    Severity,
    Sex,
    StaffingPlan,
    Stage,
    adhoc_timeline,
    check_eligibility,
    honorarium_rates,
    plan_staffing,
    tps_needed,
)
from pilkada.adhoc import Eligibility

D = dt.date
K = AdhocBodyKind

# -- kinds -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "members", "organiser", "level", "min_age"),
    [
        (K.PPK, 5, Organiser.KPU, AreaLevel.KECAMATAN, 17),
        (K.PPS, 3, Organiser.KPU, AreaLevel.DESA, 17),
        (K.KPPS, 7, Organiser.KPU, AreaLevel.TPS, 17),
        (K.PANTARLIH, 1, Organiser.KPU, AreaLevel.TPS, 17),
        (K.PANWASLU_KECAMATAN, 3, Organiser.BAWASLU, AreaLevel.KECAMATAN, 25),
        (K.PKD, 1, Organiser.BAWASLU, AreaLevel.DESA, 21),
        (K.PENGAWAS_TPS, 1, Organiser.BAWASLU, AreaLevel.TPS, 21),
    ],
)
def test_kinds(kind, members, organiser, level, min_age):
    assert kind.members == members
    assert kind.organiser is organiser
    assert kind.level is level
    assert kind.min_age == min_age
    assert kind.name_id
    assert kind.name_en
    assert kind.formed_by
    assert str(kind.basis)


def test_full_names():
    assert K.PPK.name_id == "Panitia Pemilihan Kecamatan"
    assert K.KPPS.name_id == "Kelompok Penyelenggara Pemungutan Suara"
    assert K.PKD.name_id == "Panitia Pengawas Pemilihan Kelurahan/Desa"


@pytest.mark.parametrize(("voters", "pantarlih"), [(0, 1), (400, 1), (401, 2), (600, 2)])
def test_pantarlih_per_tps(voters, pantarlih):
    assert K.PANTARLIH.members_for(voters=voters) == pantarlih
    assert K.KPPS.members_for(voters=voters) == 7


@pytest.mark.parametrize(
    ("voters", "tps"), [(0, 0), (1, 1), (600, 1), (601, 2), (1200, 2), (1201, 3)]
)
def test_tps_needed(voters, tps):
    assert tps_needed(voters) == tps


@pytest.mark.parametrize("voters", [-1, 1.5, True, "600"])
def test_tps_needed_refuses_bad_counts(voters):
    with pytest.raises(PilkadaError) as info:
        tps_needed(voters)
    assert info.value.field == "voters"


# -- timeline ----------------------------------------------------------------------------------


def test_2024_timeline():
    windows = {w.kind: w for w in adhoc_timeline(PILKADA_2024)}
    assert (windows[K.PPK].formed_by, windows[K.PPK].dissolved_by) == (
        D(2024, 5, 27),
        D(2025, 1, 27),
    )
    assert windows[K.PPS].formed_by == D(2024, 5, 27)
    ptps = windows[K.PENGAWAS_TPS]
    assert (ptps.formed_by, ptps.dissolved_by, ptps.exact) == (D(2024, 11, 4), D(2024, 12, 4), True)
    assert str(ptps.basis) == "UU 1/2015 Pasal 27 ayat (2)"
    kpps = windows[K.KPPS]
    assert (kpps.formed_by, kpps.dissolved_by) == (D(2024, 11, 13), D(2024, 12, 27))
    assert kpps.certainty is Certainty.PROVISIONAL
    for kind in (K.PANTARLIH, K.PANWASLU_KECAMATAN, K.PKD):
        assert windows[kind].formed_by is None
        assert windows[kind].certainty is Certainty.PROVISIONAL
        assert windows[kind].note


def test_timeline_follows_the_voting_day_and_the_schedule_checks_the_stage():
    schedule = Schedule.derived_from(D(2025, 8, 27))
    ppk = adhoc_timeline(schedule)[0]
    assert ppk.formed_by == D(2025, 2, 27)
    late_stage = schedule.with_entry(
        ScheduleEntry(key=Stage.PEMBENTUKAN_PPK_PPS_KPPS, when=Period(D(2025, 3, 1), D(2025, 8, 1)))
    )
    assert [v.rule for v in late_stage.validate()] == ["PEMBENTUKAN_BADAN_ADHOC_MULAI"]
    on_time = schedule.with_entry(
        ScheduleEntry(
            key=Stage.PEMBENTUKAN_PPK_PPS_KPPS, when=Period(D(2025, 2, 27), D(2025, 8, 1))
        )
    )
    assert on_time.validate() == []


# -- eligibility -------------------------------------------------------------------------------

NIK_SITI = "3316014107070001"  # Blora, a woman born 1 July 2007 (day 01 + 40)


def siti(**changes) -> Applicant:
    fields = {
        "nik": NIK_SITI,
        "name": "Siti",
        "birth_date": D(2007, 7, 1),
        "sex": Sex.PEREMPUAN,
        "education": Education.SMA,
        "domicile": "33.16.01.2001",
    } | changes
    return Applicant(**fields)


def codes(findings):
    return [f.code for f in findings]


def test_an_eligible_applicant_has_no_findings():
    assert check_eligibility(siti(), K.KPPS, on=D(2024, 9, 17), area="3316012001") == []


def test_age_counts_on_the_day_itself():
    # Turns 17 on 1 July 2024: 17 that day, 16 the day before.
    assert check_eligibility(siti(), K.PPS, on=D(2024, 7, 1)) == []
    assert codes(check_eligibility(siti(), K.PPS, on=D(2024, 6, 30))) == [Requirement.AGE]


def test_bawaslu_ages():
    applicant = siti(birth_date=D(2003, 7, 1), nik="3316014107030001")
    assert check_eligibility(applicant, K.PENGAWAS_TPS, on=D(2024, 7, 1)) == []
    too_young = check_eligibility(applicant, K.PENGAWAS_TPS, on=D(2024, 6, 30))
    assert codes(too_young) == [Requirement.AGE]
    panwascam = check_eligibility(applicant, K.PANWASLU_KECAMATAN, on=D(2024, 7, 1))
    assert codes(panwascam) == [Requirement.AGE]
    assert panwascam[0].certainty is Certainty.PROVISIONAL  # 25 is the Pemilu 2024 rule


def test_born_on_29_february_comes_of_age_on_1_march():
    applicant = siti(birth_date=D(2004, 2, 29), nik="3316016902040001")
    assert applicant.age_on(D(2021, 2, 28)) == 16
    assert applicant.age_on(D(2021, 3, 1)) == 17


def test_party_membership_and_exactly_five_years_out():
    assert codes(check_eligibility(siti(party_member=True), K.PPK, on=D(2024, 9, 17))) == [
        Requirement.PARTY
    ]
    left = siti(left_party_on=D(2019, 9, 17))
    assert check_eligibility(left, K.PPK, on=D(2024, 9, 17)) == []  # exactly five years
    assert codes(check_eligibility(left, K.PPK, on=D(2024, 9, 16))) == [Requirement.PARTY]


def test_terms_served_are_not_limited_since_pkpu_8_2022():
    second_term = siti(terms_served=1)
    third_term = siti(terms_served=2)
    assert check_eligibility(second_term, K.PPK, on=D(2024, 9, 17)) == []
    assert check_eligibility(third_term, K.PPS, on=D(2024, 9, 17)) == []
    with pytest.raises(PilkadaValueError, match="no rule on terms served"):
        check_eligibility(third_term, K.PPS, on=D(2019, 1, 1))  # not guessed


def test_education():
    findings = check_eligibility(siti(education=Education.SMP), K.KPPS, on=D(2024, 9, 17))
    assert codes(findings) == [Requirement.EDUCATION]
    assert "SMA" in findings[0].message()
    assert check_eligibility(siti(education=Education.D4_S1), K.KPPS, on=D(2024, 9, 17)) == []


@pytest.mark.parametrize(
    ("kind", "area", "eligible"),
    [
        (K.PPS, "3316012001", True),
        (K.PPS, "3316012002", False),  # another desa
        (K.PPK, "331601", True),
        (K.PPK, "331602", False),
        (K.KPPS, "3316012001", True),
        (K.PKD, "3316012099", True),  # Bawaslu: the kecamatan counts
        (K.PENGAWAS_TPS, "3316022001", True),  # another kecamatan, same kabupaten
        (K.PENGAWAS_TPS, "3317012001", False),  # another kabupaten
    ],
)
def test_domicile_within_the_working_area(kind, area, eligible):
    applicant = siti(birth_date=D(2000, 7, 1), nik="3316014107000001")
    findings = check_eligibility(applicant, kind, on=D(2024, 9, 17), area=area)
    assert (findings == []) is eligible
    if not eligible:
        assert codes(findings) == [Requirement.DOMICILE]


def test_domicile_area_code_too_short_is_refused():
    with pytest.raises(PilkadaValueError) as info:
        check_eligibility(siti(), K.PPS, on=D(2024, 9, 17), area="331601")
    assert info.value.field == "area"


@pytest.mark.parametrize(
    ("nik", "message"),
    [
        ("3316010107070001", "sex"),  # encoded as a man
        ("3316014207070001", "birth date"),  # 2 July
        ("9916014107070001", "not valid"),  # no such province
    ],
)
def test_nik_is_checked_with_stdnum(nik, message):
    findings = check_eligibility(siti(nik=nik), K.KPPS, on=D(2024, 9, 17))
    assert codes(findings) == [Requirement.NIK]
    assert message in findings[0].message(locale="en")


def test_other_requirements():
    applicant = siti(
        citizen=False, convicted=True, healthy=False, married_to_official=True, dismissed=True
    )
    assert codes(check_eligibility(applicant, K.KPPS, on=D(2024, 9, 17))) == [
        Requirement.CITIZENSHIP,
        Requirement.CRIMINAL_RECORD,
        Requirement.HEALTH,
        Requirement.MARRIAGE,
        Requirement.DISMISSAL,
    ]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"birth_date": D(2099, 1, 1)}, "birth_date"),
        ({"domicile": "331601"}, "domicile"),
        ({"domicile": "33-16-01"}, "domicile"),
        ({"terms_served": -1}, "terms_served"),
        ({"terms_served": 1.0}, "terms_served"),
        ({"left_party_on": "2019/05/02"}, "left_party_on"),
        ({"left_party_on": 20190502}, "left_party_on"),
        ({"birth_date": dt.datetime(2007, 7, 1)}, "birth_date"),
        ({"nik": "33160141070700"}, "nik"),  # too short
        ({"nik": "abc"}, "nik"),
        ({"nik": 3316014107070001}, "nik"),
        ({"sex": "P"}, "sex"),
        ({"education": 3}, "education"),
    ],
)
def test_bad_applicants_are_refused(changes, field):
    with pytest.raises(PilkadaError) as info:
        siti(**changes)
    assert info.value.field == field


def test_eligibility_refuses_bad_arguments():
    with pytest.raises(PilkadaTypeError):
        check_eligibility("Siti", K.PPK, on=D(2024, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(PilkadaTypeError) as info:
        check_eligibility(siti(), 5, on=D(2024, 1, 1))  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == ("kind", 5)
    with pytest.raises(PilkadaValueError) as info:
        check_eligibility(siti(), "PPX", on=D(2024, 1, 1))
    assert (info.value.field, info.value.value) == ("kind", "PPX")
    assert "PPK" in info.value.rule  # the refusal lists the kinds
    with pytest.raises(PilkadaValueError) as info:
        check_eligibility(siti(), K.PPK, on="2024/01/01")
    assert (info.value.field, info.value.value) == ("on", "2024/01/01")


def test_eligibility_takes_a_kind_by_name_and_a_day_as_an_iso_string():
    applicant = siti(birth_date="2007-07-01", left_party_on="2001-01-01")
    assert applicant == siti(birth_date=D(2007, 7, 1), left_party_on=D(2001, 1, 1))
    typed = check_eligibility(applicant, K.KPPS, on=D(2024, 6, 30))
    assert check_eligibility(applicant, "kpps", on="2024-06-30") == typed
    assert check_eligibility(applicant, "KPPS", on="2024-06-30") == typed


def test_eligibility_is_a_list_with_the_shape_of_every_check():
    result = check_eligibility(siti(), K.KPPS, on=D(2024, 6, 30))
    assert isinstance(result, list)
    assert isinstance(result, Eligibility)
    assert not result.ok
    assert result.findings() == list(result)
    assert type(result.findings()) is list
    assert [f.code for f in result] == [Requirement.AGE]
    eligible = check_eligibility(siti(), K.KPPS, on=D(2024, 7, 1))
    assert eligible == []
    assert eligible.ok
    assert eligible.findings() == []


# -- bodies ------------------------------------------------------------------------------------


def person(name: str, sex: Sex, day: int) -> Applicant:
    encoded = day + 40 if sex is Sex.PEREMPUAN else day
    return Applicant(
        nik=f"331601{encoded:02d}0790{day:04d}",
        name=name,
        birth_date=D(1990, 7, day),
        sex=sex,
        education=Education.D4_S1,
        domicile="3316012001",
    )


def pps(*sexes: Sex, ketua: int = 1) -> AdhocBody:
    members = [
        Member(
            applicant=person(f"P{i}", sex, i + 1), role=Role.KETUA if i < ketua else Role.ANGGOTA
        )
        for i, sex in enumerate(sexes)
    ]
    return AdhocBody(kind=K.PPS, area="3316012001", members=members)


def test_a_valid_body():
    body = pps(Sex.PEREMPUAN, Sex.LAKI_LAKI, Sex.LAKI_LAKI)
    assert body.findings(on=D(2024, 5, 26)) == []
    assert body.is_valid(on=D(2024, 5, 26))


def test_fewer_than_30_percent_women_is_a_warning_not_an_error():
    body = pps(Sex.LAKI_LAKI, Sex.LAKI_LAKI, Sex.LAKI_LAKI)
    findings = body.findings(on=D(2024, 5, 26))
    assert [(f.code, f.severity) for f in findings] == [(Composition.WOMEN, Severity.WARNING)]
    assert "0%" in findings[0].message()
    assert body.is_valid(on=D(2024, 5, 26))


def test_size_and_ketua_are_errors():
    two = pps(Sex.PEREMPUAN, Sex.LAKI_LAKI)
    assert [f.code for f in two.findings(on=D(2024, 5, 26))] == [Composition.SIZE]
    no_chair = pps(Sex.PEREMPUAN, Sex.LAKI_LAKI, Sex.LAKI_LAKI, ketua=0)
    assert [f.code for f in no_chair.findings(on=D(2024, 5, 26))] == [Composition.KETUA]
    two_chairs = pps(Sex.PEREMPUAN, Sex.LAKI_LAKI, Sex.LAKI_LAKI, ketua=2)
    assert not two_chairs.is_valid(on=D(2024, 5, 26))


def test_ineligible_members_are_named():
    young = Member(applicant=siti(), role=Role.ANGGOTA)
    body = AdhocBody(
        kind=K.PPS,
        area="3316012001",
        members=[
            young,
            Member(applicant=person("A", Sex.LAKI_LAKI, 2), role=Role.KETUA),
            Member(applicant=person("B", Sex.PEREMPUAN, 3)),
        ],
    )
    findings = body.findings(on=D(2024, 5, 26))
    assert [(f.code, f.member) for f in findings] == [(Requirement.AGE, "Siti")]


def test_pantarlih_body_size_follows_the_voters():
    one = AdhocBody(
        kind=K.PANTARLIH,
        area="3316012001",
        voters=401,
        members=[Member(applicant=person("A", Sex.LAKI_LAKI, 2))],
    )
    assert one.size == 2
    assert [f.code for f in one.findings(on=D(2024, 6, 24))] == [Composition.SIZE]


def test_bodies_refuse_bad_types():
    with pytest.raises(PilkadaTypeError):
        AdhocBody(kind=K.PPS, area="3316012001", members=["Siti"])
    with pytest.raises(PilkadaValueError):
        AdhocBody(kind=K.PPS, area="Blora")


# -- planning ----------------------------------------------------------------------------------


def test_national_figures_2024():
    # 7,277 kecamatan need 36,385 PPK members; 435,089 TPS need 3,045,623 KPPS members.
    plan = plan_staffing(kecamatan=7_277, desa=83_731, tps=435_089)
    assert plan.members(K.PPK) == 36_385
    assert plan.members(K.KPPS) == 3_045_623


def test_a_kabupaten_plan_and_its_budget():
    plan = plan_staffing(kecamatan=16, desa=295, tps=1200)
    assert [plan.members(k) for k in K] == [80, 885, 8400, 1200, 48, 295, 1200]
    assert plan.total(Organiser.KPU) == 10_565
    assert plan.total(Organiser.BAWASLU) == 1_543
    assert plan.honorarium_monthly(K.PPK) == Rupiah(16 * (2_500_000 + 4 * 2_200_000))
    assert plan.honorarium_monthly(K.PPS) == Rupiah(295 * (1_500_000 + 2 * 1_300_000))
    assert plan.honorarium_monthly(K.KPPS) == Rupiah(1200 * (900_000 + 6 * 850_000))
    assert plan.honorarium_monthly(K.PANTARLIH) == Rupiah(1200 * 1_000_000)
    assert plan.honorarium_monthly() == Rupiah(9_790_300_000)
    assert plan.honorarium_term(K.PPK) == plan.honorarium_monthly(K.PPK) * 8
    with pytest.raises(PilkadaValueError, match="no honorarium rate"):
        plan.honorarium_monthly(K.PKD)


def test_pantarlih_from_voters_per_tps():
    assert plan_staffing(kecamatan=1, desa=2, tps=3, voters_per_tps=401).members(K.PANTARLIH) == 6
    mixed = plan_staffing(kecamatan=1, desa=2, tps=3, voters_per_tps=[400, 401, 600])
    assert mixed.members(K.PANTARLIH) == 5


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"kecamatan": -1, "desa": 1, "tps": 1}, "kecamatan"),
        ({"kecamatan": 1, "desa": 1.5, "tps": 2}, "desa"),
        ({"kecamatan": 1, "desa": 3, "tps": 2}, "tps"),
        ({"kecamatan": 1, "desa": 1, "tps": 2, "voters_per_tps": [300]}, "voters_per_tps"),
        ({"kecamatan": 1, "desa": 1, "tps": 1, "voters_per_tps": 601}, "voters_per_tps[0]"),
        ({"kecamatan": 1, "desa": 1, "tps": 1, "voters_per_tps": -3}, "voters_per_tps[0]"),
    ],
)
def test_bad_plans_are_refused(kwargs, field):
    with pytest.raises(PilkadaError) as info:
        plan_staffing(**kwargs)
    assert info.value.field == field


def test_honorarium_rates_are_dated():
    rates = honorarium_rates(D(2024, 11, 1))
    assert rates.value["ANGGOTA_KPPS"] == Rupiah(850_000)
    assert str(rates.basis) == "Surat Menkeu S-647/MK.02/2022"
    assert rates.effective == D(2022, 8, 5)
    with pytest.raises(PilkadaValueError):
        honorarium_rates(D(2022, 8, 4))


counts = st.integers(min_value=0, max_value=5_000)


@given(counts, counts, counts, counts, counts, counts)
def test_staffing_is_linear_and_budgets_are_members_times_rates(k1, d1, extra1, k2, d2, extra2):
    a = plan_staffing(kecamatan=k1, desa=d1, tps=d1 + extra1)
    b = plan_staffing(kecamatan=k2, desa=d2, tps=d2 + extra2)
    both = plan_staffing(kecamatan=k1 + k2, desa=d1 + d2, tps=d1 + extra1 + d2 + extra2)
    rates = honorarium_rates().value
    for kind in K:
        assert both.members(kind) == a.members(kind) + b.members(kind)
    for plan in (a, b, both):
        assert plan.honorarium_monthly(K.PPK) == (
            rates["KETUA_PPK"] * plan.kecamatan + rates["ANGGOTA_PPK"] * (4 * plan.kecamatan)
        )
        assert plan.honorarium_monthly(K.PANTARLIH) == rates["PANTARLIH"] * plan.members(
            K.PANTARLIH
        )
    assert both.honorarium_monthly() == a.honorarium_monthly() + b.honorarium_monthly()
    assert both.honorarium_term() == a.honorarium_term() + b.honorarium_term()


def test_the_same_person_twice_on_a_body_is_an_error():
    a = person("A", Sex.PEREMPUAN, 2)
    body = AdhocBody(
        kind=K.PPS,
        area="3316012001",
        members=[Member(applicant=a, role=Role.KETUA), Member(applicant=a), Member(applicant=a)],
    )
    assert [f.code for f in body.findings(on=D(2024, 5, 26))] == [Composition.DUPLICATE]


def test_terms_are_not_checked_for_bawaslu_bodies():
    applicant = siti(birth_date=D(1990, 7, 1), nik="3316014107900001", terms_served=5)
    assert check_eligibility(applicant, K.PKD, on=D(2019, 1, 1)) == []  # no rule is guessed


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda p: p.honorarium_monthly(5), PilkadaTypeError),
        (lambda p: p.honorarium_monthly("PPX"), PilkadaValueError),
        (lambda p: p.term_months(K.PKD), PilkadaValueError),
    ],
)
def test_plan_methods_refuse_bad_kinds(call, error):
    with pytest.raises(error):
        call(plan_staffing(kecamatan=1, desa=1, tps=1))


def test_plan_methods_take_a_kind_by_name():
    plan = plan_staffing(kecamatan=2, desa=3, tps=4, on="2024-05-01")
    assert plan.honorarium_monthly("ppk") == plan.honorarium_monthly(K.PPK)
    assert plan.term_months("KPPS") == plan.term_months(K.KPPS)
    assert plan.members("pps") == 9
    assert plan.bodies("Pengawas_TPS") == 4
    assert honorarium_rates("2024-05-01") == honorarium_rates(D(2024, 5, 1))


def test_plans_refuse_a_float_voter_count_and_negative_fields():
    with pytest.raises(PilkadaTypeError):
        plan_staffing(kecamatan=1, desa=1, tps=2, voters_per_tps=450.0)  # type: ignore[arg-type]
    with pytest.raises(PilkadaValueError):
        StaffingPlan(kecamatan=-5, desa=0, tps=0, pantarlih=0)
