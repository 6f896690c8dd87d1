"""Result records refuse what the engine could not give: RecapRow, Outcome, TieBreak (#18)."""

from __future__ import annotations

from fractions import Fraction

import attrs
import pytest

import pilkada
from pilkada import (
    AreaLevel,
    PilkadaTypeError,
    PilkadaValueError,
    RecapRow,
    TieBreak,
    TpsResults,
    decide,
    from_dict,
    recapitulate,
    to_dict,
)
from pilkada.results import RowError
from tests.strategies import KAB, tps


def _row() -> RecapRow:
    return recapitulate(KAB, level=AreaLevel.DESA)[0]


def test_a_recap_row_counts_whole_tps():
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(_row(), tps=-3)
    assert (caught.value.field, caught.value.value) == ("tps", -3)
    assert "0 to 2**63 - 1" in caught.value.rule
    with pytest.raises(PilkadaValueError) as empty:  # an area of no TPS in counts nothing
        attrs.evolve(_row(), tps=0)
    assert (empty.value.field, empty.value.value) == ("tps", 0)
    assert "at least one TPS" in empty.value.rule
    with pytest.raises(PilkadaValueError) as over:
        attrs.evolve(_row(), tps_reported=3, tps_expected=2)
    assert (over.value.field, over.value.value) == ("tps_reported", 3)
    assert over.value.rule == "tps_reported <= tps_expected"


def test_a_recap_row_of_votes_only_is_held_to_the_votes():
    # Sirekap publishes votes without the form's DPT, ballots or invalid votes (all 0).
    row = _row()
    bare = dict.fromkeys(("dpt", "dptb", "voters_dpt", "voters_dptb", "voters_dpk"), 0)
    votes_only = attrs.evolve(row, **bare, ballots_used=0, invalid=0)
    assert votes_only.valid == sum(votes_only.votes) + votes_only.kolom_kosong
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(votes_only, valid=votes_only.valid + 1)
    assert "VOTES_VS_VALID" in caught.value.rule


def test_a_recap_row_whose_votes_do_not_add_up_needs_its_anomaly():
    row = _row()
    assert not row.anomalies
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(row, votes=(row.votes[0] + 1, *row.votes[1:]))
    assert (caught.value.field, caught.value.value) == ("valid", row.valid)
    assert "VOTES_VS_VALID" in caught.value.rule


def test_a_recap_row_with_its_anomaly_is_kept():
    broken = tps("33.16.01.2001.001", (100, 80, 20), valid=199)  # votes add up to 200
    row = recapitulate([broken], level=AreaLevel.DESA)[0]
    assert {a.kind.name for a in row.anomalies} >= {"VOTES_VS_VALID"}
    assert from_dict(RecapRow, to_dict(row)) == row


def test_a_negative_sum_needs_its_anomaly():
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(_row(), dptb=-1)
    assert caught.value.field == "dptb"
    assert "NEGATIVE" in caught.value.rule


def test_a_loaded_recap_row_names_its_path():
    plain = to_dict(_row())
    with pytest.raises(PilkadaValueError) as caught:
        from_dict(RecapRow, {**plain, "tps": -3})
    assert caught.value.field == "$.tps"


def test_an_outcome_valid_is_the_sum_of_its_votes():
    outcome = decide(pilkada.Tally(votes=[120, 80]), election="bupati")
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(outcome, valid=199)
    assert (caught.value.field, caught.value.value) == ("valid", 199)
    assert "added up" in caught.value.rule


def test_a_tie_break_must_follow_from_its_figures():
    tie = decide(
        pilkada.Tally(votes=[100, 100], areas=[[60, 40], [40, 60], [0, 0]]), election="bupati"
    ).tie_break
    assert tie is not None
    for change, field in (
        ({"tied": (1,)}, "tied"),
        ({"areas_won": (1,)}, "areas_won"),
        ({"decided_by": "areas_won"}, "decided_by"),
        ({"deviation": (Fraction(-1), Fraction(0))}, "deviation"),
    ):
        with pytest.raises(PilkadaValueError) as caught:
            attrs.evolve(tie, **change)
        assert caught.value.field == field
    with pytest.raises(PilkadaTypeError) as typed:
        attrs.evolve(tie, areas_won=(True, 1))
    assert typed.value.field == "areas_won[0]"


def test_the_pair_elected_is_the_one_the_tie_break_decides_for():
    outcome = decide(
        pilkada.Tally(votes=[100, 100], areas=[[60, 40], [70, 30], [0, 0]]), election="bupati"
    )
    assert (outcome.elected, outcome.tie_break.decided_by) == (1, "areas_won")
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(outcome, elected=2)  # level on votes, but it won fewer areas
    assert (caught.value.field, caught.value.value) == ("elected", 2)
    plain = to_dict(outcome)
    with pytest.raises(PilkadaValueError) as loaded:
        from_dict(pilkada.Outcome, {**plain, "elected": 2})
    assert loaded.value.field == "$.elected"


def test_tie_break_refuses_an_object():
    with pytest.raises(PilkadaTypeError):
        TieBreak(unit=object(), tied=(1, 2), areas_won=(1, 1), deviation=None, decided_by=None)


def test_a_row_error_names_a_line():
    with pytest.raises(PilkadaValueError) as caught:
        RowError(line=0, column="dpt", value="x", problem="not a number")
    assert (caught.value.field, caught.value.value) == ("line", 0)


def test_progress_at_names_a_bad_level():
    recap = recapitulate(TpsResults.from_records(KAB), level="kecamatan")
    reported, expected = recap.progress_at("kabupaten/kota")
    assert reported == expected == [len(KAB)]
    with pytest.raises(PilkadaTypeError) as bad:
        recap.progress_at(float("nan"))
    assert bad.value.field == "level"
    with pytest.raises(PilkadaValueError) as finer:
        recap.progress_at("desa/kelurahan")
    assert (finer.value.field, finer.value.value) == ("level", "desa/kelurahan")
    assert "kecamatan or a higher level" in finer.value.rule
