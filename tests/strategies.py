"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from hypothesis import strategies as st

from pilkada import Rupiah
from pilkada.money import LIMIT

MAX_SEN = int(LIMIT) * 100 - 1

#: Any amount the type can hold, biased towards the sizes budgets have.
sen_values = st.one_of(
    st.integers(min_value=-MAX_SEN, max_value=MAX_SEN),
    st.integers(min_value=0, max_value=10**16),
    st.integers(min_value=0, max_value=10**4),
)
rupiahs = sen_values.map(Rupiah.from_sen)
non_negative_rupiahs = sen_values.map(abs).map(Rupiah.from_sen)
whole_rupiahs = st.integers(min_value=-(int(LIMIT) - 1), max_value=int(LIMIT) - 1).map(Rupiah)

weight_values = st.one_of(
    st.integers(min_value=0, max_value=10**6),
    st.decimals(min_value=0, max_value=1000, places=3, allow_nan=False, allow_infinity=False),
    st.fractions(min_value=0, max_value=100, max_denominator=1000),
)


@st.composite
def weight_lists(draw: st.DrawFn) -> list[int | Decimal | Fraction]:
    """One to twelve weights, at least one of them positive."""
    weights = draw(st.lists(weight_values, min_size=1, max_size=12))
    if all(w == 0 for w in weights):
        weights[draw(st.integers(0, len(weights) - 1))] = draw(st.integers(1, 100))
    return weights


dates = st.dates(min_value=dt.date(1945, 8, 17), max_value=dt.date(2100, 12, 31))
