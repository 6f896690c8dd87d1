"""Refusals never fail on the refusal itself (pilkada.errors)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada.errors import PilkadaValueError, shown


class _Unshowable:
    def __repr__(self) -> str:
        raise ValueError("too large")


def test_an_int_past_the_text_limit_is_shown_by_its_exact_number_of_digits():
    assert shown(10**5000) == "<an int of 5001 digits>"
    assert shown(10**5000 - 1) == "<an int of 5000 digits>"  # the largest of 5000 digits
    assert shown(-(10**4400)) == "<an int of 4401 digits>"
    assert shown(12) == "12"


@given(st.integers(4400, 6000), st.sampled_from([-1, 0, 1]))
def test_the_digits_of_a_huge_int_are_counted_without_text(k, offset):
    value = 10**k + offset  # around a power of ten, where an estimate is off by one
    expected = k if offset < 0 else k + 1
    assert shown(value) == f"<an int of {expected} digits>"


def test_a_value_without_a_repr_is_named_by_its_type_and_still_refused():
    assert shown(_Unshowable()) == "<a _Unshowable too large to show>"
    error = PilkadaValueError("field", _Unshowable(), "a problem", "a rule")
    assert (error.field, error.rule) == ("field", "a rule")
    with pytest.raises(PilkadaValueError):
        raise error
