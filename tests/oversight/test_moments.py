"""Moments of a case: a day, or a day and time, and how they compare."""

from __future__ import annotations

import pytest

from pilkada import PilkadaTypeError, PilkadaValueError
from pilkada.oversight.moments import after, before, lapsed, moment, require_datetime
from tests.oversight import D, T


def test_a_moment_is_a_datetime_a_date_or_an_iso_day():
    assert moment("on", T(2024, 11, 20, 9)) == T(2024, 11, 20, 9)
    assert moment("on", "2024-11-20") == D(2024, 11, 20)
    with pytest.raises(PilkadaValueError) as info:
        moment("on", "20-11-2024")
    assert (info.value.field, info.value.value) == ("on", "20-11-2024")
    with pytest.raises(PilkadaTypeError) as type_info:
        require_datetime("at", D(2024, 11, 20))
    assert type_info.value.field == "at"


def test_a_bare_day_is_its_first_moment_when_met_and_its_whole_day_when_lapsed():
    due = T(2024, 11, 22, 9)
    assert not after(D(2024, 11, 22), due)  # met on the day: counted at 00:00
    assert lapsed(D(2024, 11, 22), due)  # by the end of the day it has lapsed
    assert not before(T(2024, 11, 22, 10), D(2024, 11, 22))  # same day, compared by day
    assert before(T(2024, 11, 22, 8), due)
