from __future__ import annotations

import sys
from fractions import Fraction

import attrs
import pytest

from pilkada.errors import PilkadaTypeError, PilkadaValueError
from pilkada.results import DuplicateTpsError, TpsResult, TpsResults
from tests.strategies import KAB, tps


def test_clean_tps_has_no_anomaly():
    assert all(r.validate() == [] for r in KAB)


def test_turnout():
    r = KAB[0]
    assert r.voters == 202
    assert r.turnout == Fraction(202, 302)
    zero = tps("33.16.01.2001.003", (0, 0, 0), invalid=0, dpt=0, voters_dpt=0, voters_dptb=0,
               dptb=0, ballots_used=0)  # fmt: skip
    assert zero.turnout is None


def test_record_refuses_bad_types():
    with pytest.raises(PilkadaTypeError):
        tps("33.16.01.2001.001", (100, 80), invalid=2.0)  # type: ignore[arg-type]
    with pytest.raises(PilkadaTypeError):
        tps("33.16.01.2001.001", (100, True))  # type: ignore[arg-type]
    with pytest.raises(PilkadaValueError, match="TPS code"):
        tps("33.16.01.2001", (100, 80))
    with pytest.raises(PilkadaValueError, match="2 vote counts for 3 pairs"):
        tps("33.16.01.2001.001", (100, 80), pairs=3)
    with pytest.raises(PilkadaValueError):
        tps("33.16.01.2001.001", (100, 80), pairs=0)


def test_duplicate_tps_refused():
    with pytest.raises(DuplicateTpsError, match=r"33\.16\.01\.2001\.001"):
        TpsResults.from_records([KAB[0], KAB[1], KAB[0]])


def test_batch_views_and_columns():
    batch = TpsResults.from_records(reversed(KAB))
    assert [str(r.tps) for r in batch] == [str(r.tps) for r in KAB]
    assert list(batch) == KAB
    assert batch[1:3] == KAB[1:3]
    assert batch.column("votes[0]") == (100, 90, 50, 60, 10)
    assert batch.pair_slots == 3
    with pytest.raises(AttributeError):
        batch.foo = 1  # type: ignore[attr-defined]
    with pytest.raises(PilkadaValueError):
        batch.column("nope")


def test_batch_refuses_bad_columns():
    base = {
        "tps": ["3316012001001"], "pairs": [2], "dpt": [1], "dptb": [0], "voters_dpt": [1],
        "voters_dptb": [0], "voters_dpk": [0], "ballots_used": [1], "valid": [1],
        "invalid": [0], "votes": [[1], [0]],
    }  # fmt: skip
    assert len(TpsResults.from_columns(**base)) == 1
    with pytest.raises(PilkadaTypeError):
        TpsResults.from_columns(**{**base, "dpt": [1.5]})
    with pytest.raises(PilkadaValueError):
        TpsResults.from_columns(**{**base, "dpt": [1, 2]})
    with pytest.raises(PilkadaValueError):
        TpsResults.from_columns(**{**base, "tps": ["9916012001001"]})
    with pytest.raises(PilkadaValueError):
        TpsResults.from_columns(**{**base, "tps": ["3316002001001"]})
    with pytest.raises(PilkadaValueError):
        TpsResults.from_columns(**{**base, "votes": [[1]]})
    assert TpsResults.from_columns(**{**base, "tps": ["33.16.01.2001.001"]})[0] == tps(
        "33.16.01.2001.001", (1, 0), invalid=0, dpt=1, dptb=0, voters_dpt=1, voters_dptb=0
    )


def test_import_is_light():
    import subprocess  # noqa: PLC0415

    code = "import pilkada.results, sys; print('pandas' in sys.modules, 'numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_one_count_check_for_every_number_on_a_form():
    with pytest.raises(PilkadaValueError) as info:
        tps("33.16.01.2001.001", (100, 80), dpt=2**63)
    assert (info.value.field, info.value.value) == ("dpt", 2**63)
    assert "2**63 - 1" in info.value.rule
    with pytest.raises(PilkadaTypeError) as caught:
        attrs.evolve(KAB[0], votes=(100, "80"))
    assert (caught.value.field, caught.value.value, caught.value.rule) == (
        "votes[1]",
        "80",
        "an int",
    )
    base = {
        "tps": ["3316012001001", "3316012001002"], "pairs": [1, 1], "dpt": [1, 1],
        "dptb": [0, 0], "voters_dpt": [1, 1], "voters_dptb": [0, 0], "voters_dpk": [0, 0],
        "ballots_used": [1, 1], "valid": [1, 1], "invalid": [0, 0], "votes": [[1, 1]],
    }  # fmt: skip
    with pytest.raises(PilkadaTypeError) as column:
        TpsResults.from_columns(**{**base, "invalid": [0, 0.5]})
    assert (column.value.field, column.value.value) == ("invalid[1]", 0.5)
    with pytest.raises(PilkadaValueError) as large:
        TpsResults.from_columns(**{**base, "valid": (v for v in [1, 2**64])})
    assert (large.value.field, large.value.value) == ("valid[1]", 2**64)
    # the smallest and largest int64 are numbers a form may hold (and validate reports)
    assert TpsResult(**{**attrs.asdict(KAB[0], recurse=False), "dpt": -(2**63)}).validate()
