"""Disputes at the MK: the Pasal 158 bar and the filing deadline."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import (
    PilkadaError,
    PilkadaTypeError,
    PilkadaValueError,
)
from pilkada.candidacy import (
    FILING_BASIS,
    check_dispute,
    dispute_filing_deadline,
    dispute_max_gap,
    dispute_threshold,
)
from tests.candidacy import (
    DISPUTE,
    KAB,
    KOTA,
    LEVELS,
    D,
    P,
    boundary_cases,
)


@pytest.mark.parametrize(("level", "population", "share"), boundary_cases(DISPUTE))
def test_dispute_brackets(level, population, share):
    threshold = dispute_threshold(level, population)
    assert threshold.share == share
    ayat = "1" if level is P else "2"
    assert str(threshold.basis) == f"UU 10/2016 Pasal 158 ayat ({ayat})"


def test_mk_figures_jawa_timur_2024_and_banyuwangi_2020():
    # Putusan MK 265/PHPU.GUB-XXIII/2025: 0.5 % x 20,732,592 = 103,662.96 -> "103.663 suara";
    # the gap of 5,449,070 is over the bar.
    jatim = check_dispute(P, 41_000_000, 20_732_592, 5_449_070)
    assert (jatim.max_gap, jatim.within_bar) == (103_663, False)
    # Putusan MK 87/PHP.BUP-XIX/2021: 0.5 % x 836,960 = 4,184.8 -> "4.185 suara".
    assert dispute_max_gap(KAB, 1_700_000, 836_960) == 4_185


def test_max_gap_rounds_half_up():
    assert dispute_max_gap(KAB, 100_000, 120_010) == 2_400  # 2 % = 2,400.2
    assert dispute_max_gap(KAB, 100_000, 120_025) == 2_401  # 2,400.5
    assert dispute_max_gap(KAB, 100_000, 120_040) == 2_401  # 2,400.8
    assert dispute_max_gap(KAB, 100_000, 1) == 0


def test_issue_cli_example():
    check = check_dispute(KAB, 410_000, 120_000, 2_500)
    assert (check.max_gap, check.margin, check.within_bar) == (1_800, -700, False)
    [finding] = check.findings()
    assert finding.rule == "SELISIH_SUARA_PASAL_158"
    assert str(finding.basis) == "UU 10/2016 Pasal 158 ayat (2)"
    assert "melebihi batas 1.800 suara sebanyak 700 suara" in finding.message()
    assert "mengesampingkan" in finding.message()
    assert "set the Pasal 158 bar" in finding.message(locale="en")


@given(
    level=st.sampled_from(LEVELS),
    population=st.integers(1, 6 * 10**7),
    valid_votes=st.integers(1, 4 * 10**7),
)
def test_limit_passes_one_vote_above_fails(level, population, valid_votes):
    limit = dispute_max_gap(level, population, valid_votes)
    at_limit = check_dispute(level, population, valid_votes, limit)
    assert at_limit.within_bar
    assert at_limit.margin == 0
    assert at_limit.findings() == []
    if limit < valid_votes:
        over = check_dispute(level, population, valid_votes, limit + 1)
        assert not over.within_bar
        assert over.margin == -1
        assert len(over.findings()) == 1
    exact = dispute_threshold(level, population).exact_limit(valid_votes)
    assert abs(limit - exact) <= Fraction(1, 2)


def test_decided_by_rounding_flags_the_gap_between_the_exact_and_the_rounded_limit():
    # 0.5 % of 20,732,592 = 103,662.96: a gap of 103,663 passes as the MK writes it, but is
    # above the exact limit.
    edge = check_dispute(P, 41_000_000, 20_732_592, 103_663)
    assert edge.within_bar
    assert edge.decided_by_rounding
    assert not check_dispute(P, 41_000_000, 20_732_592, 103_662).decided_by_rounding
    assert not check_dispute(KAB, 410_000, 120_000, 1_800).decided_by_rounding


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((KAB, 0, 100, 1), "population"),
        ((KAB, 410_000.0, 100, 1), "population"),
        ((KAB, 410_000, 0, 0), "valid_votes"),
        ((KAB, 410_000, True, 0), "valid_votes"),
        ((KAB, 410_000, 100, -1), "gap"),
        ((KAB, 410_000, 100, 1.5), "gap"),
        ((KAB, 410_000, 100, 101), "gap"),
        (("kelurahan", 410_000, 100, 1), "level"),
        ((3, 410_000, 100, 1), "level"),
    ],
)
def test_check_dispute_refuses_bad_input(args, field):
    with pytest.raises(PilkadaError) as info:
        check_dispute(*args)
    assert info.value.field == field


def test_dispute_summary_and_note_in_english():
    check = check_dispute(KOTA, 600_000, 200_000, 1_000)
    assert check.summary("en") == (
        "Largest gap at most 1% of the total valid votes for a population of more than 500,000 "
        "up to 1,000,000: 2,000 of 200,000 valid votes; a gap of 1,000 votes is within the bar "
        "(1,000 votes to spare)."
    )
    assert check.gap_share == Fraction(1, 200)
    assert "2024" in check.note()


# -- filing deadline -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("announced", "deadline"),
    [
        (D(2024, 12, 2), D(2024, 12, 4)),  # Kuansing: Monday -> Wednesday (riaupos)
        (D(2024, 12, 3), D(2024, 12, 5)),  # Kampar, Rohul, Rohil: Tuesday -> Thursday
        (D(2024, 12, 4), D(2024, 12, 6)),  # Pekanbaru, Dumai: Wednesday -> Friday
        (D(2024, 12, 5), D(2024, 12, 9)),  # Siak: Thursday -> Monday
        (D(2024, 12, 6), D(2024, 12, 10)),  # Riau province: Friday -> Tuesday
        (D(2024, 12, 8), D(2024, 12, 11)),  # DKI Jakarta: Sunday -> Wednesday
    ],
)
def test_filing_deadline_counts_the_announcement_day(announced, deadline):
    assert dispute_filing_deadline(announced).day == deadline
    assert dispute_filing_deadline(announced).met_by(deadline)
    assert not dispute_filing_deadline(announced).met_by(deadline + dt.timedelta(days=1))


def test_filing_deadline_over_christmas_and_cuti_bersama():
    # 25 Dec 2024 is a holiday; 26 Dec is cuti bersama (a working day unless said otherwise).
    assert dispute_filing_deadline(D(2024, 12, 24)).day == D(2024, 12, 27)
    assert dispute_filing_deadline(D(2024, 12, 24), cuti_bersama_off=True).day == D(2024, 12, 30)
    assert str(FILING_BASIS) == "UU 10/2016 Pasal 157 ayat (5)"
    assert dispute_filing_deadline("2024-12-06") == dispute_filing_deadline(D(2024, 12, 6))
    with pytest.raises(PilkadaValueError) as info:
        dispute_filing_deadline("6 Desember 2024")
    assert info.value.field == "announced_on"
    with pytest.raises(PilkadaTypeError):
        dispute_filing_deadline(D(2024, 12, 6), cuti_bersama_off=1)


# -- the data file -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "day", [dt.date.min, dt.date.max, dt.date(2003, 12, 31), dt.date(2101, 1, 1)]
)
def test_filing_deadline_refuses_an_announcement_outside_the_calendar(day):
    with pytest.raises(PilkadaValueError) as caught:
        dispute_filing_deadline(day)
    assert caught.value.field == "announced_on"
    assert caught.value.value == day
    assert caught.value.rule == "a date from 2004 to 2100"
