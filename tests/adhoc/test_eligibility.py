"""Applicants and who may sit on a body (pilkada.adhoc.applicants, .eligibility)."""

from __future__ import annotations

import datetime as dt

import pytest

from pilkada import (
    AdhocBodyKind,
    Certainty,
    Education,
    PilkadaError,
    PilkadaTypeError,
    PilkadaValueError,
    Requirement,
    check_eligibility,
)
from pilkada.adhoc import Eligibility
from tests.adhoc.people import siti

D = dt.date
K = AdhocBodyKind


# -- eligibility -------------------------------------------------------------------------------


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
        ({"sex": "X"}, "sex"),
        ({"sex": 1}, "sex"),
        ({"education": "SLTA"}, "education"),
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
    applicant = siti(birth_date="2007-07-01", left_party_on="2001-01-01", sex="P", education="sma")
    assert applicant == siti(birth_date=D(2007, 7, 1), left_party_on=D(2001, 1, 1))
    assert siti(sex="perempuan") == siti()
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


def test_terms_are_not_checked_for_bawaslu_bodies():
    applicant = siti(birth_date=D(1990, 7, 1), nik="3316014107900001", terms_served=5)
    assert check_eligibility(applicant, K.PKD, on=D(2019, 1, 1)) == []  # no rule is guessed
