from __future__ import annotations

import pytest

from pilkada.errors import PilkadaValueError
from pilkada.results import Tally


def test_tally_checks():
    with pytest.raises(PilkadaValueError):
        Tally(votes=(1, 2), kolom_kosong=3)
    with pytest.raises(PilkadaValueError):
        Tally(votes=(1, -2))
    with pytest.raises(PilkadaValueError):
        Tally(votes=(1, 2), areas=((1,),))


def test_tally_refuses_a_negative_kolom_kosong():
    with pytest.raises(PilkadaValueError) as info:
        Tally(votes=(1,), kolom_kosong=-1)
    assert (info.value.field, info.value.value) == ("kolom_kosong", -1)
    assert "from 0" in info.value.rule


def test_a_tally_reports_no_more_tps_than_expected():
    assert Tally(votes=(5, 3), tps_reported=4, tps_expected=6).missing == 2
    for changes in ({"tps_reported": 7, "tps_expected": 6}, {"tps_reported": 4}):
        with pytest.raises(PilkadaValueError) as info:
            Tally(votes=(5, 3), **changes)
        assert info.value.field == "tps_reported"
        assert info.value.rule == "both or neither, tps_reported <= tps_expected"
