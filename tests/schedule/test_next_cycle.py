"""The next Pilkada's window under Putusan MK 135/PUU-XXII/2024 (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import Certainty, PilkadaValueError, PilkadaWindow, next_pilkada_window
from pilkada.calendar import months_after
from pilkada.schedule.next_cycle import NEXT_PILKADA_RULE

D = dt.date


def test_a_2029_national_election_gives_october_2031_to_april_2032():
    window = next_pilkada_window(D(2029, 10, 20), D(2029, 10, 1))
    assert (window.earliest, window.latest) == (D(2031, 10, 20), D(2032, 4, 1))
    assert window.certainty is Certainty.PROVISIONAL
    assert str(window.basis) == "Putusan MK 135/PUU-XXII/2024"
    assert window.basis.checked == D(2026, 12, 2)
    assert D(2032, 1, 1) in window
    assert D(2032, 4, 2) not in window
    assert "sementara" in str(window)
    assert "provisional" in window.format(locale="en")


def test_no_rule_before_the_ruling_was_read():
    with pytest.raises(PilkadaValueError) as info:
        next_pilkada_window(D(2029, 10, 20), D(2029, 10, 1), on=D(2025, 6, 25))
    assert (info.value.field, info.value.value) == ("on", D(2025, 6, 25))
    assert NEXT_PILKADA_RULE[0].effective == D(2025, 6, 26)


def test_inaugurations_too_far_apart_leave_no_window():
    with pytest.raises(PilkadaValueError) as info:
        next_pilkada_window(D(2029, 1, 1), D(2029, 12, 1))
    assert info.value.field == "dpr_inaugurated"
    assert info.value.rule


def test_a_window_that_ends_before_it_opens_is_refused():
    basis = NEXT_PILKADA_RULE[0].basis
    with pytest.raises(PilkadaValueError) as info:
        PilkadaWindow(
            earliest=D(2032, 1, 1), latest=D(2031, 1, 1), basis=basis,
            certainty=Certainty.PROVISIONAL,
        )  # fmt: skip
    assert info.value.field == "latest"


@given(st.dates(D(2025, 7, 1), D(2090, 1, 1)))
def test_the_window_is_two_years_to_two_and_a_half(day):
    window = next_pilkada_window(day, day)
    assert window.earliest == months_after(day, 24)
    assert window.latest == months_after(day, 30)
