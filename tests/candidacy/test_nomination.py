"""Parties and coalitions: the nomination threshold."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import (
    ElectionKind,
    PilkadaError,
    PilkadaValueError,
)
from pilkada.candidacy import (
    check_nomination,
    dispute_threshold,
    minimum_age,
    party_nomination_threshold,
)
from tests.candidacy import (
    KAB,
    KOTA,
    LEVELS,
    MK_60_DAY,
    SUPPORT,
    UU_10_DAY,
    D,
    P,
    boundary_cases,
    pct,
)

# -- tables: every bracket on both sides of every boundary -------------------------------------


@pytest.mark.parametrize(("level", "dpt", "share"), boundary_cases(SUPPORT))
def test_party_threshold_brackets(level, dpt, share):
    threshold = party_nomination_threshold(level, dpt)
    assert threshold.vote_share == share
    assert threshold.seat_share is None
    assert dpt in threshold.bracket
    assert str(threshold.basis) == "Putusan MK 60/PUU-XXII/2024"
    assert threshold.basis.effective == MK_60_DAY


def test_issue_example_exactly_250000_needs_10_percent():
    assert party_nomination_threshold(KAB, 250_000).vote_share == pct(1, 10)
    assert party_nomination_threshold(KAB, 250_001).vote_share == pct(17, 200)


def test_election_kind_reads_as_its_level():
    for kind in ElectionKind:
        assert party_nomination_threshold(kind, 300_000) == party_nomination_threshold(
            kind.level, 300_000
        )
        assert dispute_threshold(kind, 300_000) == dispute_threshold(kind.level, 300_000)
    assert minimum_age(P) == minimum_age(ElectionKind.GUBERNUR) == 30


def test_mk_60_day_before_and_day_of():
    before = party_nomination_threshold(KAB, 250_001, on=D(2024, 8, 19))
    assert (before.seat_share, before.vote_share, before.bracket) == (pct(1, 5), pct(1, 4), None)
    assert str(before.basis) == "UU 10/2016 Pasal 40 ayat (1)"
    assert before.effective == UU_10_DAY
    on_the_day = party_nomination_threshold(KAB, 250_001, on=MK_60_DAY)
    assert (on_the_day.seat_share, on_the_day.vote_share) == (None, pct(17, 200))
    assert on_the_day.effective == MK_60_DAY
    assert party_nomination_threshold(KAB, 250_001) == on_the_day  # default: the latest


def test_old_rule_needs_no_dpt_new_rule_does():
    assert party_nomination_threshold(P, on=D(2020, 1, 1)).vote_share == pct(1, 4)
    with pytest.raises(PilkadaValueError, match="depends on the region's DPT") as info:
        party_nomination_threshold(P, on=MK_60_DAY)
    assert info.value.field == "dpt"


# -- party nomination: the exact bar --------------------------------------------------------------


def test_coalition_exactly_on_the_bar_passes_one_vote_below_fails():
    on_bar = check_nomination(8_500, 100_000, level=KOTA, dpt=400_000)
    assert (on_bar.votes_needed, on_bar.vote_margin, on_bar.may_nominate) == (8_500, 0, True)
    assert on_bar.findings() == []
    below = check_nomination(8_499, 100_000, level=KOTA, dpt=400_000)
    assert (below.vote_margin, below.may_nominate) == (-1, False)
    [finding] = below.findings()
    assert finding.rule == "AMBANG_BATAS_PENCALONAN"
    assert finding.basis == on_bar.threshold.basis
    assert finding.message().endswith("adalah 8.500 suara: kurang 1 suara.")
    assert finding.message(locale="en").endswith("is 8,500 votes: 1 short.")


def test_votes_needed_rounds_a_fraction_of_a_vote_up():
    # 8.5 % of 123,457 = 10,493.845: 10,493 votes is below 8.5 %, 10,494 is not.
    check = check_nomination(10_494, 123_457, level=KAB, dpt=300_000)
    assert (check.votes_needed, check.vote_margin) == (10_494, 0)
    assert check_nomination(10_493, 123_457, level=KAB, dpt=300_000).may_nominate is False


@given(
    total=st.integers(1, 10**8),
    dpt=st.integers(1, 2 * 10**7),
    level=st.sampled_from(LEVELS),
)
def test_votes_needed_is_the_least_count_reaching_the_share(total, dpt, level):
    threshold = party_nomination_threshold(level, dpt)
    needed = threshold.votes_needed(total)
    assert Fraction(needed, total) >= threshold.vote_share
    assert needed == 0 or Fraction(needed - 1, total) < threshold.vote_share
    if needed <= total:
        assert check_nomination(needed, total, level=level, dpt=dpt).may_nominate
    if needed >= 1:
        assert not check_nomination(needed - 1, total, level=level, dpt=dpt).may_nominate


def test_old_rule_seats_or_votes():
    before = D(2024, 8, 19)
    by_seats = check_nomination(
        10_000, 100_000, level=KAB, seats=9, total_seats=45, on=before
    )  # 20 % of 45 seats = 9
    assert (by_seats.seats_needed, by_seats.passes_by_seats, by_seats.passes_by_votes) == (
        9,
        True,
        False,
    )
    assert by_seats.may_nominate
    assert by_seats.findings() == []
    short = check_nomination(24_999, 100_000, level=KAB, seats=8, total_seats=45, on=before)
    assert (short.seat_margin, short.vote_margin, short.may_nominate) == (-1, -1, False)
    assert "8 kursi (perlu 9)" in short.findings()[0].message()
    by_votes = check_nomination(25_000, 100_000, level=KAB, on=before)
    assert by_votes.may_nominate
    assert by_votes.passes_by_seats is None
    # From MK 60 on seats no longer count.
    after = check_nomination(1_000, 100_000, level=KAB, dpt=100_000, seats=45, total_seats=45)
    assert after.seats_needed is None
    assert after.may_nominate is False


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"coalition_votes": -1}, "coalition_votes"),
        ({"coalition_votes": True}, "coalition_votes"),
        ({"coalition_votes": 10.0}, "coalition_votes"),
        ({"coalition_votes": 100_001}, "coalition_votes"),
        ({"total_valid_votes": 0}, "total_valid_votes"),
        ({"total_valid_votes": 1e5}, "total_valid_votes"),
        ({"dpt": 0}, "dpt"),
        ({"dpt": -5}, "dpt"),
        ({"dpt": 2.5e5}, "dpt"),
        ({"dpt": False}, "dpt"),
        ({"level": "kampung"}, "level"),
        ({"level": 2}, "level"),
        ({"seats": 3}, "total_seats"),
        ({"seats": 31, "total_seats": 30}, "seats"),
    ],
)
def test_check_nomination_refuses_bad_input(kwargs, field):
    args = {"coalition_votes": 10, "total_valid_votes": 100_000, "level": KAB, "dpt": 250_000}
    args |= kwargs
    with pytest.raises(PilkadaError) as info:
        check_nomination(args.pop("coalition_votes"), args.pop("total_valid_votes"), **args)
    assert info.value.field == field


def test_nomination_summary_in_both_languages():
    check = check_nomination(12_345, 100_000, level=KOTA, dpt=1_000_001)
    assert check.summary() == (
        "12.345 dari 100.000 suara sah; ambang batas paling sedikit 6,5% suara sah (DPT lebih "
        "dari 1.000.000): 6.500 suara (lebih 5.845 suara): memenuhi syarat."
    )
    assert check.summary("en").endswith("6,500 votes (5,845 above): may nominate.")
    assert check.share == Fraction(12_345, 100_000)


# -- monotone thresholds -------------------------------------------------------------------------
