"""Every figure in the seed articles (``../shared/seeds/``) that the library can compute.

The articles are the project's origin; each test names the article and quotes the passage.
The Bawaslu Batang figures (seed 001) are built from a list of records by the same helper
the oversight tests use.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from pilkada import (
    PEMILU_TAHAPAN_20_BULAN,
    PILKADA_2024,
    GrantAgreement,
    Grantor,
    RegionLevel,
    Rupiah,
    Stage,
    Step,
    format_date,
    format_percent,
    months_before,
)
from tests.oversight import batang_log

# 000_8a746197c3434eca.txt (Blora, Humas Pemkab):
# "Anggaran pilkada Pemilihan Bupati dan Wakil Bupati sebesar Rp 34.905.207.000,00. Pencairan
#  tahap 1 sebesar Rp 13.962.082.800 yakni 40 % dari nilai Naskah Perjanjian Hibah Daerah
#  (NPHD). Pencairan tahap II sebesar Rp 20.943.124.200 yakni 60 % dari nilai NPHD"
BLORA_TOTAL = "Rp 34.905.207.000,00"
BLORA_TAHAP_I = "Rp 13.962.082.800"
BLORA_TAHAP_II = "Rp 20.943.124.200"


def test_blora_nphd_amounts_are_read_exactly():
    assert Rupiah.parse(BLORA_TOTAL) == Rupiah(34_905_207_000)
    assert Rupiah.parse(BLORA_TAHAP_I) == Rupiah(13_962_082_800)
    assert Rupiah.parse(BLORA_TAHAP_II) == Rupiah(20_943_124_200)


def test_blora_nphd_split_40_60():
    tahap_i, tahap_ii = Rupiah.parse(BLORA_TOTAL).allocate(40, 60)
    assert tahap_i == Rupiah.parse(BLORA_TAHAP_I)
    assert tahap_ii == Rupiah.parse(BLORA_TAHAP_II)
    assert tahap_i + tahap_ii == Rupiah.parse(BLORA_TOTAL)


def test_blora_tranches_are_40_and_60_percent_of_the_nphd():
    total = Rupiah.parse(BLORA_TOTAL)
    for text, percent in ((BLORA_TAHAP_I, "40%"), (BLORA_TAHAP_II, "60%")):
        share = Decimal(Rupiah.parse(text).sen) / Decimal(total.sen)
        assert format_percent(share) == percent
    assert total * Decimal("0.4") == Rupiah.parse(BLORA_TAHAP_I)
    assert total * Decimal("0.6") == Rupiah.parse(BLORA_TAHAP_II)


def test_blora_amounts_format_as_the_article_writes_them():
    assert Rupiah(34_905_207_000).format() == BLORA_TOTAL.replace(" ", "")
    assert Rupiah(13_962_082_800).format(sen=False) == BLORA_TAHAP_I.replace(" ", "")
    assert Rupiah(20_943_124_200).format(sen=False) == BLORA_TAHAP_II.replace(" ", "")


# Weekdays: each article gives the weekday beside the date.
@pytest.mark.parametrize(
    ("seed", "day", "weekday"),
    [
        ("000 Blora: 'Senin (19/2/2024)'", dt.date(2024, 2, 19), "Senin"),
        (
            "000 Blora: 'Pemilu 2024 yang berlangsung Rabu (14/2/2024)'",
            dt.date(2024, 2, 14),
            "Rabu",
        ),
        ("001 Batang: 'Selasa 25 Juni'", dt.date(2024, 6, 25), "Selasa"),
        ("002 KPU Blora: 'Jumat (6/9/2024)'", dt.date(2024, 9, 6), "Jumat"),
        ("002 KPU Blora: 'Rabu (27 november 2024)'", dt.date(2024, 11, 27), "Rabu"),
        ("003 Kobar: 'Jumat (18/11)' [2022]", dt.date(2022, 11, 18), "Jumat"),
        ("004 Ambon: 'Rabu (18/5/2022)'", dt.date(2022, 5, 18), "Rabu"),
    ],
)
def test_seed_weekdays(seed, day, weekday):
    assert format_date(day, format="EEEE") == weekday, seed
    assert format_date(day).startswith(f"{weekday}, {day.day} "), seed


def test_voting_day_written_in_full():
    # 002: "Ayo, gunakan hak pilih anda di TPS pada Rabu (27 november 2024)"
    assert format_date(dt.date(2024, 11, 27)) == "Rabu, 27 November 2024"
    # 004: "tanggal 14 Februari 2024 sebagai hari pemungutan suara Pemilu Tahun 2024"
    assert format_date(dt.date(2024, 2, 14), format="long") == "14 Februari 2024"


def test_participation_figures():
    # 002: "partisipasi pada pemilu 2024 di Blora mencapai 83 persen"
    assert format_percent(Decimal("0.83")) == "83%"
    # 004: "tingkat partisipasi Pemilu dan Pilkada 2024 sebesar 79,50%"
    assert format_percent(Decimal("0.795"), decimals=2) == "79,50%"


def test_batang_oversight_figures():
    # 001: "pencegahan sebanyak 7.943 yang tertulis dalam Form F dan Surat Imbauan, melakukan
    # Pengawasan sejumlah 15.014 yang tertulis dalam Form A Hasil Pengawasan, Penertiban dan
    # Pembersihan APK sejumlah 22.860, Penyelesaian Sengketa Antar Peserta (PSAP) sejumlah 3
    # Kasus, serta Penanganan Pelanggaran sejumlah 16 temuan, 1 laporan dan 2 laporan yang tidak
    # diregister."
    summary = batang_log().summary()
    for figure in (
        "7.943 yang tertulis dalam Form F dan Surat Imbauan",
        "15.014 yang tertulis dalam Form A Hasil Pengawasan",
        "APK sejumlah 22.860",
        "(PSAP) sejumlah 3 kasus",
        "16 temuan, 1 laporan dan 2 laporan yang tidak diregister",
    ):
        assert figure in summary


def test_pemilu_stages_began_20_months_before_voting():
    # 004: "Tahapan Penyelenggaraan Pemilu dimulai paling lambat 20 (dua puluh) bulan sebelum
    # hari pemungutan suara (Bulan Juni Tahun 2022)" for voting on 14 Februari 2024.
    limit = PEMILU_TAHAPAN_20_BULAN.limit(dt.date(2024, 2, 14))
    assert limit == months_before(dt.date(2024, 2, 14), 20) == dt.date(2022, 6, 14)
    assert format_date(limit, format="MMMM y") == "Juni 2022"


def test_stage_list_of_the_blora_article():
    # 000: "tahapan pemilihan terdiri atas persiapan dan penyelenggaraan. Tahapan persiapan
    # meliputi Perencanaan program dan anggaran. ... pengusulan pengesahan pengangkatan calon
    # terpilih." The article lists the 18 statutory stages in the Act's order.
    article = [
        "perencanaan program dan anggaran",
        "penyusunan peraturan penyelenggaraan pemilihan",
        "perencanaan penyelenggaraan",
        "pembentukan ppk, pps, dan kpps",
        "pembentukan panitia pengawas kecamatan",  # the article uses the Act's old names
        "pemberitahuan dan pendaftaran pemantau pemilihan",
        "penyerahan daftar penduduk potensial pemilih",
        "pemutakhiran dan penyusunan daftar pemilih",
        "pengumuman pendaftaran pasangan calon",
        "pendaftaran pasangan calon",
        "penelitian persyaratan calon",
        "penetapan pasangan calon",
        "pelaksanaan kampanye",
        "pelaksanaan pemungutan suara",
        "penghitungan suara dan rekapitulasi hasil penghitungan suara",
        "penetapan calon terpilih",
        "penyelesaian pelanggaran dan sengketa hasil pemilihan",
        "pengusulan pengesahan pengangkatan calon terpilih",
    ]
    statutory = [stage for stage in Stage if stage.statutory]
    assert len(statutory) == len(article) == 18
    assert [s.phase.value for s in statutory].count("persiapan") == 8
    for stage, text in zip(statutory, article, strict=True):
        if stage is not Stage.PEMBENTUKAN_PANWAS:
            assert stage.name_id.lower().startswith(text), (stage, text)


def test_seed_dates_against_the_2024_schedule():
    # 001 (Batang, Selasa 25 Juni 2024): coklit was under way; 002 (Jumat 6/9/2024): the
    # candidate requirements were being verified; both before voting day.
    assert Step.COKLIT in [e.key for e in PILKADA_2024.active_on(dt.date(2024, 6, 25))]
    active = [e.key for e in PILKADA_2024.active_on(dt.date(2024, 9, 6))]
    assert Stage.PENELITIAN_PERSYARATAN in active
    assert PILKADA_2024.offset(dt.date(2024, 9, 6)) == "H-82"


def test_blora_nphd_deadlines_if_signed_on_the_2024_deadline():
    # The article gives the split; signed on the Kemendagri deadline of 10 November 2023 the
    # first tranche is due Thursday 30 November 2023 and the second Thursday 27 June 2024.
    agreement = GrantAgreement(
        grantor=Grantor(RegionLevel.KABUPATEN, "Blora"),
        amount=Rupiah.parse(BLORA_TOTAL),
        signed_on=dt.date(2023, 11, 10),
    )
    first, second = agreement.tranches
    assert (first.amount, second.amount) == (
        Rupiah.parse(BLORA_TAHAP_I),
        Rupiah.parse(BLORA_TAHAP_II),
    )
    assert format_date(first.due) == "Kamis, 30 November 2023"
    assert format_date(second.due) == "Kamis, 27 Juni 2024"
    assert agreement.findings() == []
