"""After the count: when a result is final and when the winners take office (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import Certainty, MkCase, PilkadaValueError, result_timeline
from pilkada.calendar import Deadline, Period, working_days_between
from pilkada.candidacy.aftermath import (
    BRPK_NOTICE_2024,
    DECISION_WORKING_DAYS,
    JOINT_INAUGURATION_2024,
    PENETAPAN_DAYS,
)
from pilkada.law import in_force

D = dt.date


def test_no_case_three_days_after_the_brpk_notice_and_the_joint_inauguration():
    t = result_timeline("31", MkCase.NO_CASE)  # DKI Jakarta: no petition in 2024
    assert t.final_on == D(2025, 1, 6)
    assert t.inauguration == JOINT_INAUGURATION_2024 == D(2025, 2, 20)
    names = [step.name_en for step in t.steps]
    assert names == [
        "BRPK notice to KPU",
        "Declaring the elected pair",
        "Proposal to confirm the appointment",
        "Joint inauguration",
    ]
    assert str(t.steps[1].basis) == "PKPU 18/2024 Pasal 57"
    assert t.steps[1].basis.checked == D(2026, 12, 2)
    assert t.steps[2].when == Deadline(D(2025, 1, 9))
    assert "Perpres 13/2025" in str(t.steps[3].basis)
    assert t.note == ""


def test_the_penetapan_rule_is_a_dated_change_from_five_days_to_three():
    assert in_force(PENETAPAN_DAYS, D(2024, 6, 1)).value == 5
    assert str(in_force(PENETAPAN_DAYS, D(2024, 6, 1)).basis) == "PKPU 2/2024 Lampiran"
    assert in_force(PENETAPAN_DAYS, BRPK_NOTICE_2024).value == 3
    assert in_force(PENETAPAN_DAYS, None).basis.cite() == "PKPU 18/2024 Pasal 57"


def test_dismissed_on_4_or_5_february_joins_the_joint_inauguration():
    t = result_timeline("33.16", MkCase.DISMISSED, ruling_on="2025-02-05")
    assert t.final_on == D(2025, 2, 8)
    assert t.inauguration == D(2025, 2, 20)
    court = t.steps[1]
    assert court.name_id.startswith("Putusan Mahkamah Konstitusi")
    assert str(court.basis) == "UU 10/2016 Pasal 157 ayat (8)"


def test_a_ruling_on_the_merits_has_no_joint_inauguration():
    t = result_timeline("33.16", "RULING", ruling_on=D(2025, 2, 24))
    assert t.final_on == D(2025, 2, 27)
    assert t.inauguration is None
    assert "Pelantikan" in t.note


def test_the_court_decides_within_45_working_days_of_registration():
    t = result_timeline("33.16", MkCase.RULING, ruling_on=D(2025, 2, 24))
    due = t.steps[1].when
    assert isinstance(due, Deadline)
    assert working_days_between(BRPK_NOTICE_2024, due.day, cuti_bersama_off=True) == (
        DECISION_WORKING_DAYS
    )
    assert due.met_by(D(2025, 2, 24))  # the rulings of 24 February 2025 were in time


def test_a_psu_leaves_the_result_open_until_the_repeated_vote():
    t = result_timeline("12.08", MkCase.PSU, ruling_on=D(2025, 2, 24), psu_days=60)
    assert (t.final_on, t.inauguration) == (None, None)
    psu = t.steps[-1]
    assert psu.when == Deadline(D(2025, 4, 25))
    assert psu.certainty is Certainty.DERIVED


def test_aceh_names_its_own_inauguration_procedure():
    assert "Aceh" in result_timeline("11", MkCase.NO_CASE).note


@pytest.mark.parametrize(
    ("case", "kwargs", "field"),
    [
        (MkCase.RULING, {}, "ruling_on"),
        (MkCase.DISMISSED, {"ruling_on": D(2025, 1, 2)}, "ruling_on"),  # before the notice
        (MkCase.PSU, {"ruling_on": D(2025, 2, 24)}, "psu_days"),
        ("NOPE", {}, "case"),
    ],
)
def test_missing_or_impossible_case_days_are_refused(case, kwargs, field):
    with pytest.raises(PilkadaValueError) as info:
        result_timeline("33.16", case, **kwargs)
    assert info.value.field == field
    assert info.value.rule


@given(st.dates(D(2025, 1, 3), D(2030, 12, 31)))
def test_paling_lambat_three_days_after_the_ruling_is_in_time_on_the_day(ruling):
    t = result_timeline("33.16", MkCase.RULING, ruling_on=ruling)
    assert t.final_on == ruling + dt.timedelta(days=3)
    assert t.steps[2].when.met_by(t.final_on)
    assert not t.steps[2].when.met_by(t.final_on + dt.timedelta(days=1))
    assert isinstance(t.steps[0].when, Period)
