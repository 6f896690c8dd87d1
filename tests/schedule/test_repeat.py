"""Re-elections after a kolom kosong win, and PSU, lanjutan, susulan (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import (
    Certainty,
    PilkadaTypeError,
    PilkadaValueError,
    RepeatedVote,
    Schedule,
    Stage,
    Step,
    psu_deadline,
    reelection_deadline,
)
from pilkada.calendar import Deadline, Period
from pilkada.schedule.repeat import SINGLE_PAIR_PLEBISCITE_FROM

D = dt.date


def test_the_2025_reelections_fell_within_one_year_of_the_2024_vote():
    deadline = reelection_deadline(D(2024, 11, 27))
    assert deadline == Deadline(D(2025, 11, 27))
    assert deadline.met_by(D(2025, 8, 27))  # Bangka and Pangkalpinang
    assert not deadline.met_by(D(2025, 11, 28))
    assert reelection_deadline("2028-02-29") == Deadline(D(2029, 2, 28))
    assert SINGLE_PAIR_PLEBISCITE_FROM == 2029


def test_each_repeated_vote_has_its_trigger_and_basis():
    assert str(RepeatedVote.PSU.basis) == "UU 1/2015 Pasal 112"
    assert str(RepeatedVote.LANJUTAN.basis) == "UU 1/2015 Pasal 120"
    assert str(RepeatedVote.SUSULAN.basis) == "UU 1/2015 Pasal 121"
    assert RepeatedVote.SUSULAN.certainty is Certainty.PROVISIONAL
    assert str(RepeatedVote.PEMILIHAN_ULANG.basis) == "Putusan MK 126/PUU-XXII/2024"
    for vote in RepeatedVote:
        assert vote.basis.checked == D(2026, 12, 2)
        assert vote.trigger()
        assert vote.trigger("en")
        assert vote.trigger() != vote.trigger("en")


def test_psu_deadline_counts_calendar_days_from_the_ruling():
    assert psu_deadline(D(2025, 2, 24), 30) == Deadline(D(2025, 3, 26))
    assert psu_deadline("2025-02-24", 180) == Deadline(D(2025, 8, 23))


@pytest.mark.parametrize(("days", "error"), [(0, PilkadaValueError), (True, PilkadaTypeError)])
def test_psu_deadline_refuses_a_bad_count(days, error):
    with pytest.raises(error) as info:
        psu_deadline(D(2025, 2, 24), days)
    assert (info.value.field, info.value.value) == ("days", days)


def test_the_pangkalpinang_reelection_builds_and_validates_from_its_voting_day():
    schedule = Schedule.derived_from(D(2025, 8, 27), name="Pemilihan Ulang Kota Pangkalpinang")
    assert schedule.validate() == []
    assert schedule[Stage.MASA_TENANG].when == Period(D(2025, 8, 24), D(2025, 8, 26))
    term = schedule[Step.MASA_KERJA_KPPS]
    assert isinstance(term.when, Period)  # a term, not a "paling lambat" deadline
    assert term.when == Period(D(2025, 8, 13), D(2025, 9, 27))
    assert term.certainty is Certainty.PROVISIONAL
    assert dict(schedule.offset_table())[Stage.MASA_TENANG] == "H-3 s.d. H-1"


@given(st.dates(D(2005, 1, 1), D(2099, 1, 1)))
def test_every_derived_schedule_validates_and_keeps_the_kpps_term_a_period(day):
    schedule = Schedule.derived_from(day)
    assert schedule.validate() == []
    assert isinstance(schedule[Step.MASA_KERJA_KPPS].when, Period)
