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
