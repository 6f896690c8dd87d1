"""Recap, TpsResults and Outcome tables (pilkada.display.results)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilkada.regions import ElectionKind
from pilkada.results import (
    Tally,
    TpsResult,
    TpsResults,
    decide,
    recapitulate,
)
from tests.display.reading import read, rows
from tests.display.samples import FORMS

# -- results -----------------------------------------------------------------------------------


def test_recap_html(batch):
    recap = recapitulate(batch, level="kecamatan")
    html = recap.to_html()
    assert recap._repr_html_() == html
    table = rows(html)
    assert table[0] == [
        "Wilayah",
        "Nama",
        "TPS",
        "DPT",
        "DPTb",
        "Pengguna hak pilih",
        "Partisipasi",
        "Paslon 1",
        "Paslon 2",
        "Paslon 3",
        "Suara sah",
        "Suara tidak sah",
        "Anomali",
    ]
    assert table[1] == [
        "33.16.01",
        "Jati",
        "3",
        "630",
        "6",
        "509",
        "80,03%",
        "240",
        "215",
        "45",
        "500",
        "9",
        "0",
    ]
    assert table[-1][0] == "Jumlah"
    assert table[-1][1:6] == ["Kabupaten Blora", "5", "870", "10", "710"]
    paragraphs = read(html).paragraphs
    assert "Rekapitulasi tingkat kecamatan" in paragraphs
    assert (
        "TPS 33.16.02.2001.002: surat suara digunakan (36) tidak sama dengan suara sah + tidak "
        "sah (37)." in paragraphs
    )
    english = rows(recap.to_html(locale="en"))
    assert english[0][:7] == ["Area", "Name", "TPS", "DPT", "DPTb", "Voters", "Turnout"]
    assert english[1][6] == "80.03%"


def test_recap_html_shortens_long_recaps():
    forms = [
        TpsResult(
            tps=f"33.16.01.{2001 + i}.001",
            pairs=1,
            dpt=10,
            dptb=0,
            voters_dpt=5,
            voters_dptb=0,
            voters_dpk=0,
            ballots_used=5,
            votes=(3,),
            kolom_kosong=2,
            valid=5,
            invalid=0,
        )
        for i in range(100)
    ]
    recap = recapitulate(forms, level="desa")
    table = rows(recap.to_html(max_rows=20))
    assert len(table) == 1 + 15 + 1 + 5 + 1  # header, head, "…", tail, total
    assert table[16] == ["…"]
    assert table[0][-4] == "Kolom kosong"  # one pair stands: the kolom kosong is shown
    assert "100 baris; 80 tidak ditampilkan." in read(recap.to_html(max_rows=20)).paragraphs
    assert len(rows(recap.to_html(max_rows=None))) == 102


def test_recap_to_pandas_totals_equal_the_recap_total(batch):
    recap = recapitulate(batch, level="kecamatan")
    df = recap.to_pandas()
    assert list(df.columns) == [
        "area",
        "name",
        "level",
        "tps",
        "pairs",
        "dpt",
        "dptb",
        "voters_dpt",
        "voters_dptb",
        "voters_dpk",
        "voters",
        "turnout",
        "ballots_used",
        "votes_1",
        "votes_2",
        "votes_3",
        "kolom_kosong",
        "valid",
        "invalid",
        "anomalies",
    ]
    assert list(df["area"]) == ["33.16.01", "33.16.02"]
    assert list(df["level"]) == ["KECAMATAN", "KECAMATAN"]
    assert str(df["turnout"].dtype) == "float64"
    total = recap.total
    for name in ("tps", "dpt", "dptb", "voters_dpt", "voters", "ballots_used", "valid", "invalid"):
        assert str(df[name].dtype) == "int64"
        assert df[name].sum() == getattr(total, name)
    assert [df[f"votes_{k}"].sum() for k in (1, 2, 3)] == list(total.votes)
    assert df["anomalies"].sum() == len(total.anomalies) == 1


counts = st.integers(0, 500)


@st.composite
def tps_batches(draw: st.DrawFn) -> TpsResults:
    """Consistent or not, a few TPS in a few desa of two kecamatan; two or three pairs."""
    pairs = draw(st.integers(2, 3))
    codes = draw(
        st.lists(
            st.tuples(st.integers(1, 2), st.integers(2001, 2004), st.integers(1, 3)),
            min_size=1,
            max_size=12,
            unique=True,
        )
    )
    return TpsResults.from_records(
        TpsResult(
            tps=f"33.16.{kec:02d}.{desa}.{tps:03d}",
            pairs=pairs,
            dpt=draw(counts),
            dptb=draw(counts),
            voters_dpt=draw(counts),
            voters_dptb=draw(counts),
            voters_dpk=draw(counts),
            ballots_used=draw(counts),
            votes=draw(st.lists(counts, min_size=pairs, max_size=pairs)),
            valid=draw(counts),
            invalid=draw(counts),
        )
        for kec, desa, tps in codes
    )


@settings(max_examples=40)
@given(results=tps_batches(), level=st.sampled_from(["desa", "kecamatan", "kabupaten/kota"]))
def test_recap_frame_sums_equal_the_total(results, level):
    recap = recapitulate(results, level=level)
    df = recap.to_pandas()
    total = recap.total
    assert len(df) == len(recap)
    for name in ("tps", "dpt", "dptb", "voters", "ballots_used", "valid", "invalid"):
        assert df[name].sum() == getattr(total, name)
    for k, votes in enumerate(total.votes, start=1):
        assert df[f"votes_{k}"].sum() == votes
    tps = results.to_pandas()
    assert tps["valid"].sum() == total.valid
    assert len(tps) == len(results)


def test_tps_results_to_pandas(batch):
    df = batch.to_pandas()
    assert list(df.columns) == [
        "tps",
        "pairs",
        "dpt",
        "dptb",
        "voters_dpt",
        "voters_dptb",
        "voters_dpk",
        "ballots_used",
        "valid",
        "invalid",
        "kolom_kosong",
        "votes_1",
        "votes_2",
        "votes_3",
    ]
    assert list(df["tps"]) == [str(result.tps) for result in batch]
    assert all(str(df[name].dtype) == "int64" for name in df.columns[1:])
    assert list(df.iloc[0]) == [
        "33.16.01.2001.001",
        3,
        250,
        2,
        202,
        1,
        0,
        203,
        200,
        3,
        0,
        100,
        80,
        20,
    ]


def test_outcome_html_and_frame(batch):
    # The batch has one anomaly (FORMS[4]: 36 ballots used, 37 counted): the outcome rests
    # on anomalous data, so it is provisional and says why.
    outcome = decide(batch, election=ElectionKind.BUPATI)
    html = outcome.to_html()
    assert outcome._repr_html_() == html
    reader = read(html)
    assert rows(html) == [
        ["Paslon", "Suara", "Persentase", "Keterangan"],
        ["Nomor urut 1", "310", "44,60%", "terpilih (sementara)"],
        ["Nomor urut 2", "305", "43,88%", ""],
        ["Nomor urut 3", "80", "11,51%", ""],
        ["Suara sah", "695", "100,00%", ""],
    ]
    assert "Pemilihan Bupati dan Wakil Bupati" in reader.paragraphs
    assert outcome.message() in reader.paragraphs
    assert outcome.message().startswith("SEMENTARA (1 anomali): Pasangan calon nomor urut 1")
    assert "Putusan: terpilih (sementara)" in reader.paragraphs
    assert "Dasar hukum: UU 10/2016 Pasal 107 ayat (1)" in reader.paragraphs
    df = outcome.to_pandas()
    assert list(df.columns) == [
        "pair",
        "kolom_kosong",
        "votes",
        "share",
        "elected",
        "runoff",
        "tied",
    ]
    assert str(df["pair"].dtype) == "Int64"
    assert list(df["votes"]) == [310, 305, 80]
    assert df["votes"].sum() == outcome.valid
    assert list(df["elected"]) == [True, False, False]
    assert df["share"][0] == pytest.approx(310 / 695)


def test_an_outcome_on_a_clean_count_is_not_marked_provisional():
    clean = TpsResults.from_records(FORMS[:4])  # without the anomalous TPS
    outcome = decide(clean, election=ElectionKind.BUPATI)
    assert outcome.provisional is None
    table = rows(outcome.to_html())
    assert table[1] == ["Nomor urut 1", "300", "45,45%", "terpilih"]
    assert "Putusan: terpilih" in read(outcome.to_html()).paragraphs


def test_a_single_pair_is_shown_by_its_ballot_number():
    single = decide(Tally(votes=(600,), kolom_kosong=400), election="bupati", numbers=[2])
    table = rows(single.to_html())
    assert table[1:3] == [
        ["Nomor urut 2", "600", "60,00%", "terpilih"],
        ["Kolom kosong", "400", "40,00%", ""],
    ]
    pairs = single.to_pandas()["pair"]
    assert (pairs[0], bool(pairs.isna()[1])) == (2, True)


def test_outcome_with_kolom_kosong_and_a_provisional_tie_break():
    repeat = decide(Tally(votes=(500,), kolom_kosong=500), election=ElectionKind.BUPATI)
    table = rows(repeat.to_html())
    assert table[1:] == [
        ["Nomor urut 1", "500", "50,00%", ""],
        ["Kolom kosong", "500", "50,00%", ""],
        ["Suara sah", "1.000", "100,00%", ""],
    ]
    assert "Putusan: pemilihan diulang" in read(repeat.to_html()).paragraphs
    df = repeat.to_pandas()
    assert list(df["kolom_kosong"]) == [False, True]
    assert pd.isna(df["pair"][1])
    tie = decide(
        Tally(votes=(300, 300), areas=((100, 90), (101, 90), (99, 120))),
        election=ElectionKind.BUPATI,
    )
    reader = read(tie.to_html())
    marked = [cells for cells, attrs in reader.tables[0] if attrs.get("class")]
    assert marked == [["Nomor urut 1", "300", "50,00%", "terpilih (sementara)"]]
    assert "Putusan: terpilih (sementara)" in reader.paragraphs
    assert read(tie.to_html(locale="en")).tables[0][1][0][-1] == "elected (provisional)"


def _tie(areas):
    from pilkada import ElectionKind, RegionCode, Tally, decide  # noqa: PLC0415

    result = Tally(votes=[100, 100, 50], areas=areas, region=RegionCode("3316"))
    return decide(result, election=ElectionKind.BUPATI)


def test_the_outcome_table_says_whether_the_tie_was_broken():
    broken = _tie([[3, 1, 0], [1, 3, 0], [3, 1, 1]])
    assert broken.tie_break.decided_by == "areas_won"
    assert "Seri dipecah menurut sebaran dukungan" in broken.to_html()
    assert "The tie was broken" in broken.to_html(locale="en")
    standing = _tie([[3, 1, 0], [1, 3, 0], [2, 2, 1]])
    assert standing.tie_break.decided_by is None
    assert "Seri tidak terpecahkan" in standing.to_html()
    assert "did not break the tie" in standing.to_html(locale="en")
    assert "dipecah" not in standing.to_html()
