"""Notebook display: ``to_html()`` / ``_repr_html_`` and ``to_pandas()`` (pilkada.display)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from html.parser import HTMLParser

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilkada import (
    PILKADA_2024,
    GrantAgreement,
    Grantee,
    Grantor,
    Payment,
    RegionLevel,
    Rupiah,
    Schedule,
    ScheduleEntry,
    Stage,
    plan_staffing,
    presentation,
)
from pilkada.calendar import Period
from pilkada.display.optional import require as _require
from pilkada.errors import PilkadaError, PilkadaMissingDependencyError, PilkadaTypeError
from pilkada.law import Certainty
from pilkada.regions import ElectionKind
from pilkada.results import (
    Tally,
    TpsResult,
    TpsResults,
    decide,
    recapitulate,
)
from tests.strategies import sen_values

# -- helpers -----------------------------------------------------------------------------------

#: The only tags the tables write; hostile text must never add one.
TAGS = {"div", "p", "strong", "table", "thead", "tbody", "tfoot", "tr", "th", "td"}


class _Reader(HTMLParser):
    """Reads the tables of an HTML fragment: rows of (cell texts, row attributes)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.tables: list[list[tuple[list[str], dict[str, str | None]]]] = []
        self.paragraphs: list[str] = []
        self._cell: list[str] | None = None
        self._p: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append(([], dict(attrs)))
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "p":
            self._p = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1][0].append("".join(self._cell))
            self._cell = None
        elif tag == "p" and self._p is not None:
            self.paragraphs.append("".join(self._p))
            self._p = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._p is not None:
            self._p.append(data)


def read(html: str) -> _Reader:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    assert reader.tags <= TAGS, reader.tags - TAGS
    return reader


def rows(html: str, table: int = 0) -> list[list[str]]:
    return [cells for cells, _ in read(html).tables[table]]


def blora(**changes: object) -> GrantAgreement:
    """The Blora NPHD of grants.py's docstring."""
    values: dict[str, object] = {
        "grantor": Grantor(RegionLevel.KABUPATEN, "Blora"),
        "grantee": Grantee.KPU,
        "amount": Rupiah(34_905_207_000),
        "signed_on": dt.date(2023, 11, 10),
    }
    values.update(changes)
    return GrantAgreement(**values)  # type: ignore[arg-type]


def form(code: str, votes: tuple[int, ...], dpt: int, used: int, invalid: int) -> TpsResult:
    """The C.Hasil of docs/results.md's Kabupaten Contoh."""
    return TpsResult(
        tps=code,
        pairs=3,
        dpt=dpt,
        dptb=2,
        voters_dpt=used - 1,
        voters_dptb=1,
        voters_dpk=0,
        ballots_used=used,
        votes=votes,
        valid=sum(votes),
        invalid=invalid,
    )


FORMS = [
    form("33.16.01.2001.001", (100, 80, 20), 250, 203, 3),
    form("33.16.01.2001.002", (90, 95, 15), 260, 204, 4),
    form("33.16.01.2002.001", (50, 40, 10), 120, 102, 2),
    form("33.16.02.2001.001", (60, 70, 30), 190, 165, 5),
    form("33.16.02.2001.002", (10, 20, 5), 50, 36, 2),  # 36 used, 35 + 2 counted: an anomaly
]


@pytest.fixture(scope="module")
def batch() -> TpsResults:
    return TpsResults.from_records(FORMS)


# -- schedules ---------------------------------------------------------------------------------


def test_schedule_html_has_indonesian_headers_dates_and_offsets():
    html = PILKADA_2024.to_html()
    assert PILKADA_2024._repr_html_() == html
    table = rows(html)
    assert table[0] == ["Tahapan", "Waktu", "H", "Ket."]
    assert len(table) == 1 + len(PILKADA_2024)
    by_label = {row[0]: row for row in table[1:]}
    assert by_label["Pelaksanaan kampanye"] == [
        "Pelaksanaan kampanye",
        "25 September–23 November 2024",
        "H-63 s.d. H-4",
        "",
    ]
    assert by_label["Masa tenang"][1:3] == ["24–26 November 2024", "H-3 s.d. H-1"]
    assert by_label["Perencanaan program dan anggaran"][1:3] == [
        "paling lambat 26 Januari 2024",
        "H-306",
    ]
    assert "Hari pemungutan suara: Rabu, 27 November 2024" in read(html).paragraphs


def test_schedule_html_marks_provisional_rows():
    reader = read(PILKADA_2024.to_html())
    marked = {cells[0] for cells, attrs in reader.tables[0] if attrs.get("class")}
    provisional = {e.label() for e in PILKADA_2024 if e.certainty is Certainty.PROVISIONAL}
    assert marked == provisional
    assert "Pembentukan PPK" in marked
    for cells, attrs in reader.tables[0][1:]:
        assert (cells[-1] == "sementara") == (attrs.get("class") == "pilkada-provisional")
    derived = [cells for cells, _ in reader.tables[0] if cells[-1] == "turunan"]
    assert [cells[0] for cells in derived] == ["Pembubaran Pengawas TPS"]


def test_schedule_html_in_english():
    html = PILKADA_2024.to_html(locale="en")
    table = rows(html)
    assert table[0] == ["Stage", "When", "D", "Notes"]
    campaign = next(row for row in table if row[0] == "Campaign")
    assert campaign[2] == "D-63 to D-4"
    assert "Voting day: Wednesday, November 27, 2024" in read(html).paragraphs
    assert "provisional" in {row[-1] for row in table}


def test_schedule_html_escapes_hostile_text():
    hostile = '<script>alert("x")</script> & <b>'
    schedule = Schedule(
        name=hostile,
        voting_day=dt.date(2024, 11, 27),
        entries=[
            ScheduleEntry(
                key=Stage.KAMPANYE,
                when=Period(dt.date(2024, 9, 25), dt.date(2024, 11, 23)),
                note=hostile,
            )
        ],
    )
    html = schedule.to_html()
    assert "<script>" not in html
    assert "<b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;" in html
    assert read(html).paragraphs[0] == hostile  # shown as text, exactly


def test_schedule_to_pandas_columns_and_values():
    df = PILKADA_2024.to_pandas()
    assert list(df.columns) == [
        "key",
        "kind",
        "label",
        "form",
        "start",
        "end",
        "h_start",
        "h_end",
        "certainty",
        "basis",
        "source",
        "note",
    ]
    assert len(df) == len(PILKADA_2024)
    assert str(df["start"].dtype) == "datetime64[ns]"
    assert str(df["end"].dtype) == "datetime64[ns]"
    assert str(df["h_start"].dtype) == "Int64"
    kampanye = df[df["key"] == "KAMPANYE"].iloc[0]
    assert kampanye["kind"] == "stage"
    assert kampanye["form"] == "period"
    assert kampanye["start"] == pd.Timestamp("2024-09-25")
    assert kampanye["end"] == pd.Timestamp("2024-11-23")
    assert (kampanye["h_start"], kampanye["h_end"]) == (-63, -4)
    assert kampanye["certainty"] == "OFFICIAL"
    deadline = df[df["key"] == "PERENCANAAN_PROGRAM_DAN_ANGGARAN"].iloc[0]
    assert deadline["form"] == "deadline"
    assert pd.isna(deadline["start"])
    assert pd.isna(deadline["h_start"])
    assert deadline["end"] == pd.Timestamp("2024-01-26")
    assert deadline["h_end"] == -306
    assert set(df["certainty"]) == {"OFFICIAL", "DERIVED", "PROVISIONAL"}
    assert list(df["key"]) == [entry.key.name for entry in PILKADA_2024]


# -- grant agreements --------------------------------------------------------------------------


def test_grant_html_tranches_amounts_and_deadlines():
    agreement = blora()
    html = agreement.to_html()
    assert agreement._repr_html_() == html
    reader = read(html)
    assert len(reader.tables) == 1  # no ledger, no status
    assert rows(html) == [
        ["Tahap", "Bagian", "Jumlah", "Paling lambat"],
        ["tahap I", "40%", "Rp13.962.082.800,00", "Kamis, 30 November 2023"],
        ["tahap II", "60%", "Rp20.943.124.200,00", "Kamis, 27 Juni 2024"],
        ["Jumlah", "100%", "Rp34.905.207.000,00", ""],
    ]
    assert "Pemberi hibah: Pemerintah Kabupaten Blora" in reader.paragraphs
    assert "Ditandatangani: Jumat, 10 November 2023" in reader.paragraphs
    assert "Nilai: Rp34.905.207.000,00" in reader.paragraphs


def test_grant_html_with_ledger_shows_status_summary_and_ledger():
    paid = blora().with_transfer(dt.date(2023, 11, 29), Rupiah(13_962_082_800), "SP2D tahap I")
    html = paid.to_html(on=dt.date(2024, 7, 1))
    reader = read(html)
    assert len(reader.tables) == 4
    assert "Keadaan per Senin, 1 Juli 2024" in reader.paragraphs
    status = rows(html, 1)
    assert status[0] == [
        "Tahap",
        "Jumlah",
        "Paling lambat",
        "Dibayar",
        "Belum dibayar",
        "Status",
        "Lunas pada",
        "Terlambat (hari)",
    ]
    assert status[1][5:] == ["lunas", "Rabu, 29 November 2023", "0"]
    assert status[2][3:] == ["Rp0,00", "Rp20.943.124.200,00", "lewat tenggat", "–", "4"]
    summary = dict(rows(html, 2)[1:])
    assert summary["Disalurkan"] == "Rp13.962.082.800,00"
    assert summary["Belum disalurkan"] == "Rp20.943.124.200,00"
    assert summary["Batas pengembalian sisa dana"] == "–"
    assert rows(html, 3)[1] == [
        "Rabu, 29 November 2023",
        "penyaluran",
        "Rp13.962.082.800,00",
        "SP2D tahap I",
    ]
    status_html = paid.status(on=dt.date(2024, 7, 1)).to_html()
    assert rows(status_html, 0) == status


def test_grant_html_in_english():
    html = blora().to_html(locale="en")
    assert rows(html)[:2] == [
        ["Tranche", "Share", "Amount", "Due by"],
        ["tranche I", "40%", "IDR13,962,082,800.00", "Thursday, November 30, 2023"],
    ]
    assert "Grantor: the Government of Blora Regency" in read(html).paragraphs


def test_grant_html_escapes_a_hostile_grantor_and_note():
    hostile = '<script>alert("nphd")</script>'
    agreement = blora(grantor=Grantor(RegionLevel.KABUPATEN, hostile)).with_transfer(
        dt.date(2023, 11, 29), Rupiah(1), note="<img src=x onerror=alert(1)>"
    )
    html = agreement.to_html(on=dt.date(2023, 12, 1))
    assert "<script>" not in html
    assert "<img" not in html
    assert "&lt;script&gt;alert(&quot;nphd&quot;)&lt;/script&gt;" in html
    reader = read(html)
    assert f"Pemberi hibah: Pemerintah Kabupaten {hostile}" in reader.paragraphs
    assert rows(html, 3)[1][-1] == "<img src=x onerror=alert(1)>"


def test_grant_html_lists_findings():
    late = blora(signed_on=dt.date(2023, 11, 20))
    paragraphs = read(late.to_html()).paragraphs
    assert any(p.startswith("Temuan: NPHD ditandatangani 20 November 2023") for p in paragraphs)


def test_grant_to_pandas_columns_dtypes_and_exact_amounts():
    agreement = blora()
    df = agreement.to_pandas()
    assert list(df.columns) == ["number", "label", "percent", "amount", "due", "basis"]
    assert str(df["number"].dtype) == "int64"
    assert str(df["percent"].dtype) == "int64"
    assert df["amount"].dtype == object
    assert str(df["due"].dtype) == "datetime64[ns]"
    assert list(df["amount"]) == [Decimal("13962082800.00"), Decimal("20943124200.00")]
    assert all(type(value) is Decimal for value in df["amount"])
    assert df["amount"].sum() == agreement.amount.amount
    assert list(df["percent"]) == [40, 60]
    assert list(df["due"]) == [pd.Timestamp("2023-11-30"), pd.Timestamp("2024-06-27")]
    assert list(df["label"]) == ["tahap I", "tahap II"]


def test_grant_status_to_pandas():
    paid = blora().with_transfer(dt.date(2023, 11, 29), Rupiah(13_962_082_800))
    df = paid.status(on=dt.date(2024, 7, 1)).to_pandas()
    assert list(df.columns) == [
        "number",
        "label",
        "amount",
        "due",
        "paid",
        "unpaid",
        "state",
        "paid_on",
        "days_late",
    ]
    assert list(df["state"]) == ["PAID", "OVERDUE"]
    assert df["paid"].sum() == Decimal("13962082800.00")
    assert df["paid"].sum() + df["unpaid"].sum() == paid.amount.amount
    assert df["paid_on"][0] == pd.Timestamp("2023-11-29")
    assert pd.isna(df["paid_on"][1])
    assert list(df["days_late"]) == [0, 4]


#: Grant amounts from Rp0,02 (the least two tranches can split) up to the type's limit.
grant_amounts = sen_values.filter(lambda sen: sen >= 2).map(Rupiah.from_sen)


@settings(max_examples=60)
@given(amount=grant_amounts, payment=st.sampled_from(list(Payment)))
def test_grant_frame_amounts_sum_exactly_to_the_grant(amount, payment):
    agreement = blora(amount=amount, payment=payment)
    df = agreement.to_pandas()
    assert all(type(value) is Decimal for value in df["amount"])
    assert sum(df["amount"]) == amount.amount
    assert list(df["amount"]) == [t.amount.amount for t in agreement.tranches]
    assert df["percent"].sum() == 100
    shown = [row[2] for row in rows(agreement.to_html())[1:]]
    assert shown == [t.amount.format() for t in agreement.tranches] + [amount.format()]


# -- staffing ----------------------------------------------------------------------------------


def test_staffing_html_matches_the_plan():
    plan = plan_staffing(kecamatan=16, desa=295, tps=1200)
    html = plan.to_html()
    assert plan._repr_html_() == html
    table = rows(html)
    assert table[0] == [
        "Badan",
        "Penyelenggara",
        "Jumlah",
        "Anggota",
        "Honor/bulan",
        "Bulan",
        "Honor masa kerja",
        "Ket.",
    ]
    assert table[1] == [
        "PPK",
        "KPU",
        "16",
        "80",
        "Rp180.800.000,00",
        "8",
        "Rp1.446.400.000,00",
        "sementara",
    ]
    assert table[5] == ["Panwaslu Kecamatan", "Bawaslu", "16", "48", "–", "–", "–", ""]
    assert table[-1] == [
        "Jumlah",
        "",
        "",
        "12.108",
        "Rp9.790.300.000,00",
        "",
        "Rp19.522.400.000,00",
        "",
    ]
    paragraphs = read(html).paragraphs
    assert "Wilayah: 16 kecamatan, 295 desa/kelurahan, 1.200 TPS" in paragraphs
    assert rows(plan.to_html(locale="en"))[0][:4] == ["Body", "Organiser", "Bodies", "Members"]


def test_staffing_to_pandas():
    plan = plan_staffing(kecamatan=16, desa=295, tps=1200)
    df = plan.to_pandas()
    assert list(df.columns) == [
        "kind",
        "organiser",
        "level",
        "bodies",
        "members",
        "honorarium_monthly",
        "term_months",
        "honorarium_term",
        "term_certainty",
    ]
    assert list(df["kind"])[:4] == ["PPK", "PPS", "KPPS", "PANTARLIH"]
    assert list(df["organiser"]) == ["KPU"] * 4 + ["BAWASLU"] * 3
    assert str(df["members"].dtype) == "int64"
    assert str(df["term_months"].dtype) == "Int64"
    assert df["honorarium_monthly"][0] == Decimal("180800000.00")
    assert df["honorarium_monthly"][4] is None
    assert pd.isna(df["term_months"][4])


@st.composite
def staffing_counts(draw: st.DrawFn) -> dict[str, object]:
    desa = draw(st.integers(0, 3000))
    tps = draw(st.integers(desa, desa + 5000))
    counts: dict[str, object] = {
        "kecamatan": draw(st.integers(0, 300)),
        "desa": desa,
        "tps": tps,
    }
    if tps <= 50 and draw(st.booleans()):
        counts["voters_per_tps"] = draw(st.lists(st.integers(0, 600), min_size=tps, max_size=tps))
    return counts


@settings(max_examples=60)
@given(counts=staffing_counts())
def test_staffing_frame_totals_equal_the_plan(counts):
    plan = plan_staffing(**counts)  # type: ignore[arg-type]
    df = plan.to_pandas()
    assert df["members"].sum() == plan.total()
    monthly = df["honorarium_monthly"].dropna()
    term = df["honorarium_term"].dropna()
    assert all(type(value) is Decimal for value in [*monthly, *term])
    assert sum(monthly) == plan.honorarium_monthly().amount
    assert sum(term) == plan.honorarium_term().amount
    footer = rows(plan.to_html())[-1]
    assert footer[4] == plan.honorarium_monthly().format()


# -- results -----------------------------------------------------------------------------------


def test_recap_html(batch):
    recap = recapitulate(batch, level="kecamatan")
    html = recap.to_html()
    assert recap._repr_html_() == html
    table = rows(html)
    assert table[0] == [
        "Wilayah",
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
    assert table[-1][1:5] == ["5", "870", "10", "710"]
    paragraphs = read(html).paragraphs
    assert "Rekapitulasi tingkat kecamatan" in paragraphs
    assert (
        "TPS 33.16.02.2001.002: surat suara digunakan (36) tidak sama dengan suara sah + tidak "
        "sah (37)." in paragraphs
    )
    english = rows(recap.to_html(locale="en"))
    assert english[0][:6] == ["Area", "TPS", "DPT", "DPTb", "Voters", "Turnout"]
    assert english[1][5] == "80.03%"


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
    outcome = decide(batch, election=ElectionKind.BUPATI)
    html = outcome.to_html()
    assert outcome._repr_html_() == html
    reader = read(html)
    assert rows(html) == [
        ["Paslon", "Suara", "Persentase", "Keterangan"],
        ["Nomor urut 1", "310", "44,60%", "terpilih"],
        ["Nomor urut 2", "305", "43,88%", ""],
        ["Nomor urut 3", "80", "11,51%", ""],
        ["Suara sah", "695", "100,00%", ""],
    ]
    assert "Pemilihan Bupati dan Wakil Bupati" in reader.paragraphs
    assert outcome.message() in reader.paragraphs
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


# -- optional pandas ---------------------------------------------------------------------------


def test_to_pandas_without_pandas_says_how_to_install_it(monkeypatch, batch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    agreement = blora()
    calls = {
        "Schedule.to_pandas()": PILKADA_2024.to_pandas,
        "GrantAgreement.to_pandas()": agreement.to_pandas,
        "GrantStatus.to_pandas()": agreement.status(on=dt.date(2024, 1, 1)).to_pandas,
        "StaffingPlan.to_pandas()": plan_staffing(kecamatan=1, desa=1, tps=1).to_pandas,
        "Recap.to_pandas()": recapitulate(batch, level="desa").to_pandas,
        "TpsResults.to_pandas()": batch.to_pandas,
        "Outcome.to_pandas()": decide(batch, election=ElectionKind.BUPATI).to_pandas,
    }
    for feature, call in calls.items():
        with pytest.raises(PilkadaMissingDependencyError) as caught:
            call()
        error = caught.value
        assert isinstance(error, ImportError)
        assert isinstance(error, PilkadaError)
        assert (error.field, error.value, error.package, error.extra) == (
            feature,
            "pandas",
            "pandas",
            "pandas",
        )
        assert str(error) == (
            f"{feature}: needs the optional package pandas, which is not installed; "
            'install it with: pip install "pilkada[pandas]"'
        )
    # The HTML needs no pandas.
    assert "Rp13.962.082.800,00" in agreement.to_html()


def test_require_imports_or_names_the_extra():
    assert _require("decimal", "pandas") is sys.modules["decimal"]
    with pytest.raises(PilkadaMissingDependencyError, match=r'pip install "pilkada\[plot\]"'):
        _require("pilkada_no_such_package.pyplot", "plot")


def test_require_does_not_hide_a_broken_package(tmp_path, monkeypatch):
    (tmp_path / "brokenpkg.py").write_text("import pilkada_no_such_dependency\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError) as caught:
        _require("brokenpkg", "pandas")
    assert not isinstance(caught.value, PilkadaMissingDependencyError)
    assert caught.value.name == "pilkada_no_such_dependency"


def test_html_does_not_import_pandas():
    code = (
        "import sys, datetime as dt, pilkada; "
        "pilkada.PILKADA_2024.to_html(); "
        "pilkada.plan_staffing(kecamatan=1, desa=1, tps=1).to_html(); "
        "print('pandas' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


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


# -- the presentation hooks --------------------------------------------------------------------


def test_lang_is_a_deprecated_alias_of_locale():
    with pytest.warns(DeprecationWarning, match=r"Schedule.to_html\(lang=...\) is deprecated"):
        old = PILKADA_2024.to_html(lang="en")
    assert old == PILKADA_2024.to_html(locale="en")


def test_lang_and_locale_together_are_refused():
    with pytest.raises(PilkadaTypeError) as info:
        PILKADA_2024.to_html(locale="en", lang="en")
    assert (info.value.field, info.value.value) == ("lang", "en")
    assert "locale= only" in info.value.rule


def test_an_option_a_class_does_not_take_is_refused():
    with pytest.raises(PilkadaTypeError) as info:
        PILKADA_2024.to_html(max_rows=3)
    assert (info.value.field, info.value.value) == ("max_rows", 3)
    assert info.value.rule == "one of ['locale']"


def test_presentation_refuses_what_it_cannot_show():
    for generic in (presentation.html, presentation.frame, presentation.picture):
        with pytest.raises(PilkadaTypeError) as info:
            generic(object())
        assert info.value.field == "obj"
