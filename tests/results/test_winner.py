from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada.errors import PilkadaTypeError, PilkadaValueError
from pilkada.law import Certainty
from pilkada.regions import ElectionKind
from pilkada.results import Tally, TpsResults, Verdict, WinnerRule, decide, recapitulate, tally
from tests.strategies import KAB, tps

B = ElectionKind.BUPATI
G = ElectionKind.GUBERNUR


def test_plurality_bupati():
    outcome = decide(recapitulate(KAB, level="kecamatan"), election=B)
    assert outcome.verdict is Verdict.ELECTED
    assert outcome.elected == 1
    assert outcome.rule is WinnerRule.PLURALITY
    assert str(outcome.basis) == "UU 10/2016 Pasal 107 ayat (1)"
    assert outcome.certainty is Certainty.OFFICIAL
    assert outcome.share(1) == Fraction(310, 695)
    assert "nomor urut 1" in outcome.message()
    assert "Pair no. 1" in outcome.message(locale="en")


def test_plurality_governor_basis():
    outcome = decide(Tally(votes=(5, 7), region="33"), election=G)
    assert str(outcome.basis) == "UU 10/2016 Pasal 109 ayat (1)"
    assert outcome.elected == 2


def test_tie_broken_by_kecamatan_won():
    # 1 wins kec 01 and 02, 2 wins kec 03: equal totals (300 each)
    t = Tally(votes=(300, 300), areas=((100, 90), (101, 90), (99, 120)))
    outcome = decide(t, election=B)
    assert outcome.verdict is Verdict.ELECTED
    assert outcome.elected == 1
    assert str(outcome.basis) == "UU 10/2016 Pasal 107 ayat (2)"
    assert outcome.tie_break is not None
    assert outcome.tie_break.decided_by == "areas_won"
    assert outcome.tie_break.areas_won == (2, 1)
    assert outcome.certainty is Certainty.PROVISIONAL
    assert "lebih merata" in outcome.message()


def test_tie_broken_by_deviation_for_governor():
    # 1 and 2 each win one kab/kota, the third is level; pair 2's votes follow the
    # electorate of each kab/kota more closely
    t = Tally(votes=(200, 200, 60), areas=((120, 80, 0), (40, 80, 60), (40, 40, 0)))
    outcome = decide(t, election=G)
    assert str(outcome.basis) == "UU 10/2016 Pasal 109 ayat (2)"
    assert outcome.tie_break is not None
    assert outcome.tie_break.areas_won == (1, 1)
    assert outcome.tie_break.decided_by == "deviation"
    assert outcome.elected == 2


def test_unbreakable_tie_is_said_not_guessed():
    t = Tally(votes=(100, 100, 50), areas=((60, 40, 25), (40, 60, 25)))
    outcome = decide(t, election=B)
    assert outcome.verdict is Verdict.TIE
    assert outcome.elected is None
    assert outcome.tied == (1, 2)
    assert "tidak ditebak" in outcome.message()


def test_tie_without_areas_is_an_error():
    with pytest.raises(PilkadaValueError, match="tied"):
        decide(Tally(votes=(3, 3)), election=B)
    level = [tps("33.16.01.2001.001", (5, 5))]
    with pytest.raises(PilkadaValueError, match="per kecamatan"):
        decide(recapitulate(level, level="kabupaten"), election=B)
    assert decide(TpsResults.from_records(level), election=B).verdict is Verdict.TIE


@pytest.mark.parametrize(
    ("pair", "kk", "verdict"),
    [(500, 500, Verdict.REPEAT), (501, 500, Verdict.ELECTED), (500, 501, Verdict.REPEAT),
     (0, 0, Verdict.REPEAT)],
)  # fmt: skip
def test_single_pair_needs_more_than_half(pair, kk, verdict):
    outcome = decide(Tally(votes=(pair,), kolom_kosong=kk), election=B)
    assert outcome.verdict is verdict
    assert outcome.rule is WinnerRule.SINGLE_PAIR
    if verdict is Verdict.ELECTED:
        assert str(outcome.basis) == "UU 10/2016 Pasal 54D ayat (1)"
    else:
        assert str(outcome.basis) == "UU 10/2016 Pasal 54D ayat (2)"
        assert [b.ayat for b in outcome.also] == ["3", "4", None]
        assert "penjabat" in outcome.message()
        # MK 126/PUU-XXII/2024: the re-election falls within one year of voting day.
        assert "Putusan MK 126/PUU-XXII/2024" in outcome.message()
        assert "1 tahun sejak hari pemungutan suara" in outcome.message()
        assert "within 1 year of voting day" in outcome.message(locale="en")
        assert str(outcome.also[-1]) == "Putusan MK 126/PUU-XXII/2024"


def test_single_pair_from_results():
    results = [tps("33.16.01.2001.001", (51,), kk=50, pairs=1),
               tps("33.16.02.2001.001", (49,), kk=50, pairs=1)]  # fmt: skip
    outcome = decide(TpsResults.from_records(results), election=B)
    assert (outcome.votes, outcome.kolom_kosong, outcome.valid) == ((100,), 100, 200)
    assert outcome.verdict is Verdict.REPEAT


@pytest.mark.parametrize(
    ("votes", "verdict", "elected", "runoff"),
    [
        ((500, 300, 200), Verdict.RUNOFF, None, (1, 2)),  # exactly 50 %: not more than half
        ((501, 300, 199), Verdict.ELECTED, 1, ()),  # 50 % + 1 vote
        ((400, 350, 250), Verdict.RUNOFF, None, (1, 2)),
        ((300, 500, 200), Verdict.RUNOFF, None, (1, 2)),
        ((500, 500), Verdict.RUNOFF, None, (1, 2)),
    ],
)
def test_jakarta(votes, verdict, elected, runoff):
    outcome = decide(Tally(votes=votes, region="31"), election=G)
    assert outcome.rule is WinnerRule.JAKARTA_MAJORITY
    assert outcome.verdict is verdict
    assert outcome.elected == elected
    assert outcome.runoff == runoff
    expected = "1" if verdict is Verdict.ELECTED else "2"
    assert str(outcome.basis) == f"UU 29/2007 Pasal 11 ayat ({expected})"
    dkj = "2" if verdict is Verdict.ELECTED else "3"
    assert f"UU 2/2024 Pasal 10 ayat ({dkj})" in [str(basis) for basis in outcome.also]


def test_jakarta_tie_for_second_place():
    outcome = decide(Tally(votes=(400, 300, 300), region="31"), election=G)
    assert outcome.verdict is Verdict.TIE
    assert outcome.runoff == (1,)
    assert outcome.tied == (2, 3)


def test_decide_checks_region_and_election():
    national = [KAB[0], tps("33.17.01.2001.001", (1, 2, 3))]
    with pytest.raises(PilkadaValueError, match="2 kabupaten/kota"):
        decide(TpsResults.from_records(national), election=B)
    with pytest.raises(PilkadaValueError, match="holds no"):
        decide(TpsResults.from_records([tps("34.01.01.2001.001", (1, 2))]), election=G)
    with pytest.raises(PilkadaValueError, match="holds no"):
        decide(TpsResults.from_records([tps("33.71.01.2001.001", (1, 2))]), election=B)
    with pytest.raises(PilkadaTypeError):
        decide(KAB, election="bupati")  # type: ignore[arg-type]
    recap = recapitulate(national, level="kecamatan")
    assert decide(recap.within("33.17"), election=B).elected == 3
    assert tally(recap.within("33.16"), election=B).area_codes == ("33.16.01",)


@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_single_pair_boundary_property(pair, kk):
    outcome = decide(Tally(votes=(pair,), kolom_kosong=kk), election=B)
    assert (outcome.verdict is Verdict.ELECTED) == (Fraction(pair, pair + kk or 1) > Fraction(1, 2))


def test_election_is_an_election_kind_or_its_name():
    recap = recapitulate(KAB, level="kecamatan")
    assert decide(recap, election="bupati") == decide(recap, election=B)
    assert decide(recap, election="BUPATI") == decide(recap, election=B)
    assert tally(recap, election="Bupati") == tally(recap, election=B)
    with pytest.raises(PilkadaTypeError) as info:
        decide(recap, election=5)  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == ("election", 5)
    assert "WALI_KOTA" in info.value.rule
    with pytest.raises(PilkadaValueError) as unknown:
        decide(recap, election="mayor")
    assert (unknown.value.field, unknown.value.value) == ("election", "mayor")


def test_outcome_wording_groups_numbers_by_locale():
    outcome = decide(Tally(votes=(12_345, 6_789), region="33"), election=G)
    assert "(12.345 suara, 64,52% dari 19.134 suara sah)" in outcome.message()
    assert "(12,345, 64.52% of 19,134 valid votes)" in outcome.message(locale="en")
    assert str(outcome) == outcome.message()


def test_a_kolom_kosong_win_gives_the_re_election_deadline():
    # Kota Pangkalpinang 2024: the kolom kosong won; the re-election was held on 27 August 2025,
    # within "paling lama 1 tahun" of 27 November 2024 (Putusan MK 126/PUU-XXII/2024).
    lost = decide(Tally(votes=(40,), kolom_kosong=60), election="wali_kota")
    assert lost.repeat_deadline("2024-11-27") == dt.date(2025, 11, 27)
    assert "126/PUU-XXII/2024" in lost.message()
    won = decide(Tally(votes=(60,), kolom_kosong=40), election="wali_kota")
    with pytest.raises(PilkadaValueError) as caught:
        won.repeat_deadline("2024-11-27")
    assert (caught.value.field, caught.value.value) == ("verdict", "ELECTED")
    assert "REPEAT" in caught.value.rule


def test_numbers_and_the_incomplete_choice_are_checked():
    t = Tally(votes=(10, 5))
    for numbers in ((1,), (2, 2), (0, 1)):  # too few, repeated, a nomor urut 0
        with pytest.raises(PilkadaValueError) as info:
            decide(t, election=B, numbers=numbers)
        assert (info.value.field, info.value.value) == ("numbers", numbers)
        assert info.value.rule == "a nomor urut each, from 1"
    assert decide(t, election=B, numbers=(2, 1)).elected == 2
    with pytest.raises(PilkadaValueError) as choice:
        decide(t, election=B, incomplete="maybe")
    assert (choice.value.field, choice.value.value) == ("incomplete", "maybe")
    assert choice.value.rule == "'provisional' or 'refuse'"


def test_jakarta_one_pair_without_a_kolom_kosong_count_is_refused_below_a_majority():
    with pytest.raises(PilkadaValueError) as info:
        decide(Tally(votes=(40,), region="31", valid_recorded=100), election=G)
    assert (info.value.field, info.value.value) == ("votes", (40,))
    assert info.value.rule == "two pairs or more, or a kolom kosong count"


def test_a_tally_needs_a_pair_and_an_outcome_names_only_its_pairs():
    with pytest.raises(PilkadaValueError) as info:
        Tally(votes=())
    assert (info.value.field, info.value.value) == ("votes", ())
    assert info.value.rule == "the votes of one pair or more"
    outcome = decide(Tally(votes=(10, 5)), election=B)
    assert outcome.votes_of(2) == 5
    with pytest.raises(PilkadaValueError) as pair:
        outcome.votes_of(3)
    assert (pair.value.field, pair.value.value, pair.value.rule) == ("pair", 3, "one of [1, 2]")


def test_a_tally_checks_each_area_count_and_needs_results():
    with pytest.raises(PilkadaTypeError) as info:
        Tally(votes=(10, 5), areas=[(6, 3), (4, 2.0)])
    assert (info.value.field, info.value.value) == ("areas[1][1]", 2.0)
    assert Tally(votes=(10, 5), areas=[(6, 3), (4, 2)]).areas == ((6, 3), (4, 2))
    empty = recapitulate([attrs.evolve(KAB[0])], level="kecamatan").within("35")
    with pytest.raises(PilkadaValueError) as none:
        tally(empty, election=B)
    assert (none.value.field, none.value.value) == ("results", 0)
    assert none.value.rule == "the results of one election"


def test_an_outcome_read_back_has_votes_and_one_number_per_pair():
    outcome = decide(Tally(votes=(10, 5)), election=B, numbers=(2, 1))
    with pytest.raises(PilkadaValueError) as info:
        attrs.evolve(outcome, votes=())
    assert (info.value.field, info.value.value, info.value.rule) == ("votes", (), "ints >= 0")
    for numbers in ((2,), (2, 2)):
        with pytest.raises(PilkadaValueError) as bad:
            attrs.evolve(outcome, numbers=numbers)
        assert (bad.value.field, bad.value.value) == ("numbers", numbers)
        assert bad.value.rule == "a nomor urut each"
