from __future__ import annotations

import io
import random
import sys
from fractions import Fraction

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilkada.errors import PilkadaTypeError, PilkadaValueError
from pilkada.law import Certainty
from pilkada.regions import AreaLevel, ElectionKind, RegionCode
from pilkada.results import (
    AnomalyKind,
    DuplicateTpsError,
    Recap,
    ResultsCsvError,
    Tally,
    TpsResult,
    TpsResults,
    Verdict,
    WinnerRule,
    decide,
    read_results_csv,
    recapitulate,
    tally,
    write_results_csv,
)

B = ElectionKind.BUPATI
G = ElectionKind.GUBERNUR


def tps(code: str, votes: tuple[int, ...], *, kk: int = 0, invalid: int = 2, dpt: int = 300,
        pairs: int | None = None, **over: int) -> TpsResult:  # fmt: skip
    valid = sum(votes) + kk
    voters = valid + invalid
    fields = {
        "dpt": dpt, "dptb": 2, "voters_dpt": voters - 1, "voters_dptb": 1, "voters_dpk": 0,
        "ballots_used": voters, "valid": valid, "invalid": invalid,
    }  # fmt: skip
    fields.update(over)
    return TpsResult(tps=code, pairs=len(votes) if pairs is None else pairs, votes=votes,
                     kolom_kosong=kk, **fields)  # fmt: skip


# A small kabupaten (33.16): two kecamatan, three desa, five TPS, three pairs.
KAB = [
    tps("33.16.01.2001.001", (100, 80, 20)),
    tps("33.16.01.2001.002", (90, 95, 15)),
    tps("33.16.01.2002.001", (50, 40, 10)),
    tps("33.16.02.2001.001", (60, 70, 30)),
    tps("33.16.02.2001.002", (10, 20, 5)),
]


# -- one TPS -----------------------------------------------------------------------------------


def test_clean_tps_has_no_anomaly():
    assert all(r.validate() == [] for r in KAB)


def test_turnout():
    r = KAB[0]
    assert r.voters == 202
    assert r.turnout == Fraction(202, 302)
    zero = tps("33.16.01.2001.003", (0, 0, 0), invalid=0, dpt=0, voters_dpt=0, voters_dptb=0,
               dptb=0, ballots_used=0)  # fmt: skip
    assert zero.turnout is None


def kinds(result: TpsResult) -> list[AnomalyKind]:
    return [a.kind for a in result.validate()]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"invalid": 5}, [AnomalyKind.BALLOTS_VS_SPLIT]),
        ({"ballots_used": 150}, [AnomalyKind.VOTERS_VS_BALLOTS, AnomalyKind.BALLOTS_VS_SPLIT]),
        ({"valid": 201, "invalid": 1}, [AnomalyKind.VOTES_VS_VALID]),
        ({"dpt": 100}, [AnomalyKind.OVER_DPT]),
        ({"dptb": 0}, [AnomalyKind.OVER_DPTB]),
        ({"voters_dpk": -1, "voters_dpt": 202},
         [AnomalyKind.NEGATIVE]),
    ],
)  # fmt: skip
def test_anomaly_kinds(change, expected):
    changed = attrs.evolve(KAB[0], **change)
    assert kinds(changed) == expected
    # a batch finds the same, whether all its counts are small (checked as whole columns) or
    # one is not (checked value by value)
    for huge in (0, 2**50):
        batch = TpsResults.from_records([changed, *KAB[1:], tps(
            "33.17.01.2001.001", (1,), dpt=huge + 300, voters_dpt=huge + 2, ballots_used=huge + 3,
            invalid=huge + 2)])  # fmt: skip
        assert [(a.tps, a.kind) for a in batch.validate()] == [(changed.tps, k) for k in expected]


def test_negative_votes_and_unknown_candidates():
    r = attrs.evolve(KAB[0], votes=(100, -5, 20), valid=115, invalid=87)
    assert [a.field for a in r.validate()] == ["paslon_2"]
    assert r.validate()[0].kind is AnomalyKind.NEGATIVE
    extra = tps("33.16.01.2001.001", (100, 80, 20, 4), pairs=3)
    (unknown,) = extra.validate()
    assert unknown.kind is AnomalyKind.UNKNOWN_CANDIDATE
    assert unknown.field == "paslon_4"
    assert "paslon nomor urut 4" in unknown.message()
    assert "TPS 33.16.01.2001.001" in unknown.message(locale="en")
    kk = tps("33.16.01.2001.001", (100, 80), kk=3)
    assert [a.kind for a in kk.validate()] == [AnomalyKind.UNKNOWN_CANDIDATE]
    assert kk.validate()[0].certainty is Certainty.PROVISIONAL


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


# -- batches and recapitulation ----------------------------------------------------------------


def test_hand_made_kabupaten():
    kec = recapitulate(KAB, level=AreaLevel.KECAMATAN)
    assert [str(r.area) for r in kec] == ["33.16.01", "33.16.02"]
    assert [r.votes for r in kec] == [(240, 215, 45), (70, 90, 35)]
    assert [r.tps for r in kec] == [3, 2]
    desa = recapitulate(KAB, level="desa")
    assert [r.votes for r in desa] == [(190, 175, 35), (50, 40, 10), (70, 90, 35)]
    kab = recapitulate(KAB, level=AreaLevel.KABUPATEN_KOTA)
    (row,) = kab
    assert row.votes == (310, 305, 80)
    assert row.valid == 695
    assert row.invalid == 10
    assert row.dpt == 1500
    assert row.turnout == Fraction(705, 1510)
    assert row.turnout_text() == "46,69%"
    assert row.turnout_text(decimals=0, locale="en") == "47%"
    assert kab.total == row
    assert kec.row("33.16.02").votes == (70, 90, 35)
    with pytest.raises(PilkadaValueError):
        kec.row("33.16.03")


def test_anomalies_carried_up_with_location():
    bad = [*KAB[:-1], attrs.evolve(KAB[-1], invalid=9)]
    kec = recapitulate(bad, level=AreaLevel.KECAMATAN)
    assert kec[0].anomalies == ()
    (anomaly,) = kec[1].anomalies
    assert str(anomaly.tps) == "33.16.02.2001.002"
    assert anomaly.kind is AnomalyKind.BALLOTS_VS_SPLIT
    assert (anomaly.found, anomaly.expected) == (37, 44)
    prov = recapitulate(kec, level=AreaLevel.PROVINSI)
    assert prov[0].anomalies == (anomaly,)


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


def test_recap_is_exact_for_any_int64_column():
    # Counts are packed side by side for speed; a column that could overflow its lane (huge or
    # negative values, including a negative first row) must still be summed exactly.
    huge, big = 2**62, 2**61
    batch = TpsResults.from_columns(
        tps=["3316012001001", "3316012001002", "3316012001003", "3316012002001"],
        pairs=[2, 2, 2, 2], dpt=[-7, huge, huge - 10, 3], dptb=[0, 1, 2, 3],
        voters_dpt=[big, big, 0, 1], voters_dptb=[0, 0, 0, 0], voters_dpk=[1, 1, 1, 1],
        ballots_used=[4, 5, 6, 7], valid=[3, 4, 5, 6], invalid=[1, 1, 1, 1],
        votes=[[-1, 5, 6, 2], [4, 0, 0, 4]],
    )  # fmt: skip
    desa = recapitulate(batch, level=AreaLevel.DESA)
    assert [r.dpt for r in desa] == [2 * huge - 17, 3]
    assert [r.voters_dpt for r in desa] == [2 * big, 1]
    assert [r.votes for r in desa] == [(10, 4), (2, 4)]
    assert [(r.tps, r.dptb, r.ballots_used, r.valid) for r in desa] == [
        (3, 3, 15, 12),
        (1, 3, 7, 6),
    ]
    kab = recapitulate(batch, level=AreaLevel.KABUPATEN_KOTA)
    assert kab[0].votes == (12, 8)
    assert kab[0].dpt == 2 * huge - 14
    # at the edge of packing: 2**40 - 1 is packed, 2**40 is not; both exact
    for top in (2**40 - 1, 2**40):
        edge = TpsResults.from_records(
            [tps(f"33.16.01.2001.00{i}", (top, 1), dpt=top + 10, invalid=0) for i in (1, 2)]
        )
        (row,) = recapitulate(edge, level=AreaLevel.DESA)
        assert (row.votes, row.dpt, row.valid) == ((2 * top, 2), 2 * top + 20, 2 * top + 2)
        assert edge.validate() == []


def test_recapitulate_levels():
    with pytest.raises(PilkadaValueError):
        recapitulate(KAB, level=AreaLevel.TPS)
    kab = recapitulate(KAB, level=AreaLevel.KABUPATEN_KOTA)
    with pytest.raises(PilkadaValueError):
        recapitulate(kab, level=AreaLevel.KECAMATAN)


# -- properties --------------------------------------------------------------------------------


@st.composite
def result_sets(draw: st.DrawFn) -> list[TpsResult]:
    """Up to 40 TPS in two provinces, a few kab/kota, kecamatan and desa; any numbers."""
    codes = draw(st.lists(
        st.tuples(st.sampled_from(["33", "34"]), st.sampled_from(["01", "71"]),
                  st.sampled_from(["01", "02"]), st.sampled_from(["2001", "1002"]),
                  st.integers(1, 4)),
        min_size=1, max_size=40, unique=True,
    ))  # fmt: skip
    count = st.integers(-3, 500)
    out = []
    for prov, kab, kec, desa, n in codes:
        votes = tuple(draw(st.lists(count, min_size=3, max_size=3)))
        numbers = draw(st.lists(count, min_size=8, max_size=8))
        out.append(TpsResult(
            tps=f"{prov}{kab}{kec}{desa}{n:03d}", pairs=draw(st.integers(1, 3)), votes=votes,
            dpt=numbers[0], dptb=numbers[1], voters_dpt=numbers[2], voters_dptb=numbers[3],
            voters_dpk=numbers[4], ballots_used=numbers[5], valid=numbers[6],
            invalid=numbers[7], kolom_kosong=draw(count),
        ))  # fmt: skip
    return out


LEVELS = [AreaLevel.DESA, AreaLevel.KECAMATAN, AreaLevel.KABUPATEN_KOTA, AreaLevel.PROVINSI]
FIELDS = ["tps", "dpt", "dptb", "voters_dpt", "voters_dptb", "voters_dpk", "ballots_used",
          "valid", "invalid", "kolom_kosong"]  # fmt: skip


def rows(recap: Recap) -> list[tuple[object, ...]]:
    return [(r.area, r.votes, r.pairs, r.anomalies, *(getattr(r, f) for f in FIELDS))
            for r in recap]  # fmt: skip


@settings(max_examples=60)
@given(result_sets(), st.randoms(use_true_random=False))
def test_recap_is_the_sum_of_the_level_below(results, rnd):
    shuffled = results[:]
    rnd.shuffle(shuffled)
    below = None
    for level in LEVELS:
        recap = recapitulate(results, level=level)
        # independent of input order
        assert rows(recapitulate(shuffled, level=level)) == rows(recap)
        # equal to the sum of the level below (the TPS themselves for the desa)
        parts = below if below is not None else results
        for row in recap:
            inside = [p for p in parts if _code(p).startswith(row.area.digits)]
            assert row.votes == tuple(map(sum, zip(*(p.votes for p in inside), strict=True)))
            for field in FIELDS[1:]:
                assert getattr(row, field) == sum(getattr(p, field) for p in inside)
            assert row.tps == sum(1 if isinstance(p, TpsResult) else p.tps for p in inside)
        # and recapitulating the recap gives the same rows
        if below is not None:
            assert rows(recapitulate(below, level=level)) == rows(recap)
        # never a vote lost
        assert sum(map(sum, (r.votes for r in recap))) == sum(sum(r.votes) for r in results)
        below = recap
    ordered = sorted(results, key=lambda r: r.tps.digits)
    anomalies = [a for r in ordered for a in r.validate()]
    assert TpsResults.from_records(results).validate() == anomalies
    assert below is not None
    assert [a for r in below for a in r.anomalies] == anomalies


def _code(part: TpsResult | object) -> str:
    return part.tps.digits if isinstance(part, TpsResult) else part.area.digits  # type: ignore[attr-defined]


# -- winners -----------------------------------------------------------------------------------


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
        assert [b.ayat for b in outcome.also] == ["3", "4"]
        assert "penjabat" in outcome.message()


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
    expected = "2" if verdict is Verdict.ELECTED else "3"
    assert str(outcome.basis) == f"UU 2/2024 Pasal 10 ayat ({expected})"


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


def test_tally_checks():
    with pytest.raises(PilkadaValueError):
        Tally(votes=(1, 2), kolom_kosong=3)
    with pytest.raises(PilkadaValueError):
        Tally(votes=(1, -2))
    with pytest.raises(PilkadaValueError):
        Tally(votes=(1, 2), areas=((1,),))


@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_single_pair_boundary_property(pair, kk):
    outcome = decide(Tally(votes=(pair,), kolom_kosong=kk), election=B)
    assert (outcome.verdict is Verdict.ELECTED) == (Fraction(pair, pair + kk or 1) > Fraction(1, 2))


# -- CSV ---------------------------------------------------------------------------------------


def test_csv_round_trip(tmp_path):
    path = tmp_path / "hasil.csv"
    write_results_csv(KAB, path)
    header = path.read_text().splitlines()[0]
    assert header == (
        "kode_tps,jumlah_paslon,dpt,dptb,pengguna_dpt,pengguna_dptb,pengguna_dpk,"
        "surat_suara_digunakan,suara_sah,suara_tidak_sah,kolom_kosong,paslon_1,paslon_2,paslon_3"
    )
    assert list(read_results_csv(path)) == KAB
    buffer = io.StringIO()
    write_results_csv(TpsResults.from_records(KAB), buffer)
    buffer.seek(0)
    assert list(read_results_csv(buffer)) == KAB


def test_csv_errors_listed_with_line_and_column():
    buffer = io.StringIO()
    write_results_csv(KAB, buffer)
    lines = buffer.getvalue().splitlines()
    lines[2] = lines[2].replace(",200,", ",2x0,", 1)  # line 3
    lines[4] = "33.16.01.2001.001" + lines[4][13:]  # line 5 repeats line 2's TPS
    lines.append("12,3")  # line 7: too few cells
    lines.insert(6, "3316012009001,2,300,2,1,1,0,2,2,0,,1,1,")  # line 7; the short row is 8
    with pytest.raises(ResultsCsvError) as info:
        read_results_csv(io.StringIO("\n".join(lines) + "\n"))
    errors = info.value.errors
    assert [(e.line, e.column) for e in errors] == [(3, "suara_sah"), (5, "kode_tps"), (8, "*")]
    assert "line 3, column suara_sah" in str(info.value)
    assert "first on line 2" in errors[1].problem


def test_csv_bad_header():
    with pytest.raises(ResultsCsvError, match="line 1"):
        read_results_csv(io.StringIO("kode_tps,dpt\n"))


def test_import_is_light():
    import subprocess  # noqa: PLC0415

    code = "import pilkada.results, sys; print('pandas' in sys.modules, 'numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_random_national_sample_is_exact():
    rng = random.Random(7)  # noqa: S311 (test data, not cryptography)
    results = [
        tps(f"33{k:02d}{c:02d}{2000 + d:04d}{n:03d}", tuple(rng.randint(0, 99) for _ in range(4)))
        for k in (1, 2) for c in (1, 2, 3) for d in (1, 2) for n in (1, 2, 3)
    ]  # fmt: skip
    prov = recapitulate(results, level="provinsi")
    assert prov[0].votes == tuple(sum(r.votes[i] for r in results) for i in range(4))
    assert prov.total.area == RegionCode("33")
