from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

import pilkada
from pilkada.cli import main
from pilkada.results import write_results_csv
from tests.test_results import KAB  # a small kabupaten of five TPS


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_rupiah_split_prints_the_seed_tranches(capsys):
    code, out, _ = run(capsys, "rupiah", "Rp34.905.207.000,00", "--split", "40", "60")
    assert code == 0
    assert out.splitlines() == [
        "Jumlah: Rp34.905.207.000,00",
        "Terbilang: tiga puluh empat miliar sembilan ratus lima juta dua ratus tujuh ribu rupiah",
        "Bagian 1 (40%): Rp13.962.082.800,00",
        "  Terbilang: tiga belas miliar sembilan ratus enam puluh dua juta delapan puluh dua "
        "ribu delapan ratus rupiah",
        "Bagian 2 (60%): Rp20.943.124.200,00",
        "  Terbilang: dua puluh miliar sembilan ratus empat puluh tiga juta seratus dua puluh "
        "empat ribu dua ratus rupiah",
        "Total bagian: Rp34.905.207.000,00",
    ]


def test_rupiah_in_english_with_uneven_shares(capsys):
    code, out, _ = run(capsys, "rupiah", "Rp100", "--split", "1", "1", "1", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Amount: IDR100.00"
    assert lines[2] == "Part 1 (33.33%): IDR33.34"
    assert lines[-1] == "Sum of parts: IDR100.00"


def test_bad_amount_exits_2_and_names_the_text(capsys):
    with pytest.raises(SystemExit) as info:
        main(["rupiah", "Rp 1,500,000"])
    assert info.value.code == 2
    assert "'Rp 1,500,000'" in capsys.readouterr().err


def test_bad_weight_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["rupiah", "Rp100", "--split", "-1"])
    assert info.value.code == 2
    assert "weight" in capsys.readouterr().err


def test_tanggal(capsys):
    assert run(capsys, "tanggal", "2024-11-27")[1] == "Rabu, 27 November 2024\n"
    assert run(capsys, "tanggal", "2024-08-27", "2024-08-29")[1] == "27–29 Agustus 2024\n"
    assert run(capsys, "tanggal", "2024-09-06", "--lang", "en")[1] == "Friday, September 6, 2024\n"


def test_tanggal_refuses_a_reversed_period(capsys):
    with pytest.raises(SystemExit) as info:
        main(["tanggal", "2024-11-23", "2024-09-25"])
    assert info.value.code == 2
    assert "before it starts" in capsys.readouterr().err


def test_python_dash_m_help_and_version():
    result = subprocess.run(
        [sys.executable, "-m", "pilkada", "--help"], capture_output=True, text=True, check=True
    )
    assert "rupiah" in result.stdout
    assert "tanggal" in result.stdout
    assert "python -m pilkada rupiah" in result.stdout  # the help shows an example
    result = subprocess.run(
        [sys.executable, "-m", "pilkada", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("pilkada ")


# -- jadwal ------------------------------------------------------------------------------------


def test_jadwal_table_marks_what_is_in_progress(capsys):
    code, out, _ = run(capsys, "jadwal", "--tanggal", "2024-11-25")
    assert code == 0
    lines = out.splitlines()
    assert lines[:3] == [
        "Pilkada Serentak 2024",
        "Hari pemungutan suara: Rabu, 27 November 2024",
        "Tanggal: Senin, 25 November 2024 (H-2)",
    ]
    assert any(line.startswith("► Masa tenang") and "H-3 s.d. H-1" in line for line in lines)
    kampanye = next(line for line in lines if "Pelaksanaan kampanye" in line)
    assert "Rab, 25 Sep 2024 – Sab, 23 Nov 2024" in kampanye
    assert "H-63 s.d. H-4" in kampanye
    assert not kampanye.startswith("►")
    assert "Sedang berlangsung: Masa kerja KPPS, Masa tenang" in lines
    assert "Berikutnya: Pelaksanaan pemungutan suara (Rab, 27 Nov 2024)" in lines
    assert any("sementara" in line for line in lines)  # provisional rows are marked


def test_jadwal_in_english(capsys):
    code, out, _ = run(capsys, "jadwal", "--tanggal", "2024-11-27", "--lang", "en")
    assert code == 0
    assert "Voting day: Wednesday, November 27, 2024" in out
    assert "In progress: KPPS term of office, Voting, Counting and tabulation of the votes" in out
    assert "provisional" in out


def test_jadwal_json(capsys):
    code, out, _ = run(capsys, "jadwal", "--tanggal", "2024-11-25", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["voting_day"] == "2024-11-27"
    assert data["offset"] == "H-2"
    assert data["days_to_voting"] == 2
    assert data["active"] == ["MASA_KERJA_KPPS", "MASA_TENANG"]
    assert data["next"] == "PEMUNGUTAN_SUARA"
    assert data["violations"] == []
    assert len(data["entries"]) == 38
    kampanye = next(e for e in data["entries"] if e["key"] == "KAMPANYE")
    assert kampanye == {
        "key": "KAMPANYE",
        "kind": "stage",
        "stage": "KAMPANYE",
        "name_id": "Pelaksanaan kampanye",
        "name_en": "Campaign",
        "start": "2024-09-25",
        "end": "2024-11-23",
        "deadline": False,
        "after": None,
        "set_by": None,
        "offset_start": "H-63",
        "offset_end": "H-4",
        "active": False,
        "certainty": "official",
        "basis": "PKPU 2/2024 Lampiran",
        "source": kampanye["source"],
        "note": "",
    }
    penetapan = next(e for e in data["entries"] if e["key"] == "PENETAPAN_CALON_TERPILIH")
    assert penetapan["after"] == {"anchor": "MK_NOTIFICATION", "days": 5, "working_days": False}


def test_jadwal_from_a_file_with_a_rule_breach_exits_1(capsys, tmp_path):
    path = tmp_path / "psu.toml"
    path.write_text(
        'name = "PSU Contoh"\nvoting_day = 2025-08-27\n'
        "[stages.KAMPANYE]\nstart = 2025-07-25\nend = 2025-08-24\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "jadwal", "--file", str(path), "--tanggal", "2025-08-01")
    assert code == 1
    assert "PSU Contoh" in out
    assert "Pelanggaran aturan tanggal:" in out
    assert "padahal harus berakhir sehari sebelum masa tenang dimulai (23 Agustus 2025)" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["jadwal", "--tanggal", "27-11-2024"], "not an ISO date"),
        (["jadwal", "--file", "/nonexistent/jadwal.toml"], "No such file or directory"),
    ],
)
def test_jadwal_bad_input_exits_2_with_one_line(capsys, argv, message):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert message in err


def test_jadwal_bad_file_exits_2_with_one_line_naming_the_field(capsys, tmp_path):
    path = tmp_path / "salah.toml"
    path.write_text(
        'name = "x"\nvoting_day = 2025-08-27\n[stages.KAMPANYEE]\nstart = 2025-08-01\n',
        encoding="utf-8",
    )
    with pytest.raises(SystemExit) as info:
        main(["jadwal", "--file", str(path)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "stages.KAMPANYEE" in err
    assert "did you mean 'KAMPANYE'" in err


def test_jadwal_defaults_to_today(capsys):
    code, out, _ = run(capsys, "jadwal")
    assert code == 0
    assert f"({pilkada.PILKADA_2024.offset(dt.date.today())})" in out.splitlines()[2]


# -- hibah -------------------------------------------------------------------------------------


def test_hibah_prints_the_tranche_table_and_the_paragraph(capsys):
    code, out, _ = run(
        capsys,
        "hibah",
        "34905207000",
        "--ditandatangani",
        "2023-11-10",
        "--daerah",
        "Kabupaten Blora",
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Tahap", "Bagian", "Jumlah", "Paling", "lambat"]
    assert lines[1].split() == [
        "tahap",
        "I",
        "40%",
        "Rp13.962.082.800,00",
        "Kamis,",
        "30",
        "November",
        "2023",
    ]
    assert lines[2].split() == [
        "tahap",
        "II",
        "60%",
        "Rp20.943.124.200,00",
        "Kamis,",
        "27",
        "Juni",
        "2024",
    ]
    assert "antara Pemerintah Kabupaten Blora dan KPU Kabupaten Blora" in out
    assert "Temuan" not in out


def test_hibah_json_and_findings_exit_1(capsys):
    code, out, _ = run(
        capsys, "hibah", "Rp34.905.207.000,00", "--ditandatangani", "2024-07-01", "--json"
    )
    assert code == 1
    data = json.loads(out)
    assert data["amount"] == "34905207000.00"
    assert [t["due"] for t in data["tranches"]] == ["2024-07-19", "2024-06-27"]
    assert [t["share"] for t in data["tranches"]] == ["2/5", "3/5"]
    assert [f["rule"] for f in data["findings"]] == [
        "NPHD_TERLAMBAT",
        "TAHAP_II_LEWAT_SAAT_PENANDATANGANAN",
    ]


def test_hibah_single_payment_in_english(capsys):
    code, out, _ = run(
        capsys,
        "hibah",
        "1000000",
        "--ditandatangani",
        "2023-11-10",
        "--sekaligus",
        "--lang",
        "en",
        "--penerima",
        "Bawaslu",
        "--daerah",
        "Kota Ambon",
    )
    assert code == 0
    assert "single payment  100%" in out
    assert "between the Government of Ambon City and Bawaslu Ambon City" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["hibah", "1,5", "--ditandatangani", "2023-11-10"], "'1,5'"),
        (["hibah", "1000", "--ditandatangani", "2023-11-10", "--daerah", "Blora"], "--daerah"),
        (["hibah", "0", "--ditandatangani", "2023-11-10"], "positive"),
    ],
)
def test_hibah_bad_input_exits_2(capsys, argv, message):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_rupiah_in_english_reads_english_notation(capsys):
    code, out, _ = run(capsys, "rupiah", "IDR 1,500,000.00", "--lang", "en")
    assert code == 0
    assert out.splitlines()[0] == "Amount: IDR1,500,000.00"


def test_rupiah_refuses_absurd_weights(capsys):
    with pytest.raises(SystemExit) as info:
        main(["rupiah", "Rp100", "--split", "1e100000000", "1"])
    assert info.value.code == 2
    assert "weight" in capsys.readouterr().err


# -- adhoc, ambang, sengketa -------------------------------------------------------------------


def test_adhoc_table(capsys):
    code, out, _ = run(capsys, "adhoc", "--kecamatan", "16", "--desa", "295", "--tps", "1200")
    assert code == 0
    lines = out.splitlines()
    assert lines[1].split() == ["PPK", "16", "80", "Rp180.800.000,00", "8", "Rp1.446.400.000,00"]
    assert lines[3].split()[:3] == ["KPPS", "1200", "8400"]
    assert lines[8].split() == ["Jumlah", "12108", "Rp9.790.300.000,00", "Rp19.522.400.000,00"]
    assert "Surat Menkeu S-647/MK.02/2022" in out


def test_adhoc_json(capsys):
    argv = ["adhoc", "--kecamatan", "1", "--desa", "2", "--tps", "3", "--pemilih-per-tps", "450"]
    code, out, _ = run(capsys, *argv, "--json")
    assert code == 0
    data = json.loads(out)
    pantarlih = next(b for b in data["bodies"] if b["kind"] == "PANTARLIH")
    assert (pantarlih["members"], pantarlih["monthly"]) == (6, "6000000.00")
    assert next(b for b in data["bodies"] if b["kind"] == "PKD")["monthly"] is None


def test_adhoc_bad_counts_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["adhoc", "--kecamatan", "1", "--desa", "5", "--tps", "2"])
    assert info.value.code == 2
    assert "at least one TPS per desa" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["adhoc", "--kecamatan", "-1", "--desa", "5", "--tps", "2"])


def test_ambang(capsys):
    code, out, _ = run(capsys, "ambang", "--tingkat", "provinsi", "--dpt", "8214007")
    assert code == 0
    assert out.splitlines() == [
        "Partai/gabungan: paling sedikit 7,5% suara sah (DPT lebih dari 6.000.000 sampai dengan "
        "12.000.000) [Putusan MK 60/PUU-XXII/2024]",
        "Perseorangan: paling sedikit 7,5% dari DPT 8.214.007 = 616.051 dukungan, tersebar di "
        "lebih dari 50% jumlah kabupaten/kota [UU 10/2016 Pasal 41 ayat (1)]",
    ]


def test_ambang_json_before_mk_60(capsys):
    argv = ["ambang", "--tingkat", "kabupaten", "--dpt", "250000", "--tanggal", "2024-08-19"]
    code, out, _ = run(capsys, *argv, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["party"]["seat_share"] is not None


def test_sengketa_over_the_bar_exits_1(capsys):
    argv = ["sengketa", "--tingkat", "kabupaten", "--penduduk", "410000", "--suara-sah", "120000"]
    code, out, _ = run(capsys, *argv, "--selisih", "2500", "--diumumkan", "2024-12-06")
    assert code == 1
    assert "1.800 dari 120.000 suara sah" in out
    assert "Batas pengajuan permohonan: paling lambat 10 Desember 2024" in out
    code, out, _ = run(capsys, *argv, "--selisih", "1800", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["max_gap"], data["within_bar"], data["findings"]) == (1800, True, [])


# -- laporan -----------------------------------------------------------------------------------


def test_laporan_on_time_lists_what_follows(capsys):
    argv = [
        "laporan",
        "--diketahui",
        "2024-11-20",
        "--dilaporkan",
        "2024-11-27",
        "--jenis",
        "pidana",
    ]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        "Batas laporan: Rabu, 27 November 2024 (7 hari sejak diketahui). Laporan tepat waktu."
    )
    assert "Sabtu, 30 November 2024 [UU 1/2015 Pasal 134 ayat (5)]" in lines[2]
    assert any("1 x 24 jam" in line for line in lines)


def test_laporan_late_exits_1(capsys):
    argv = ["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-28", "--json"]
    code, out, _ = run(capsys, *argv)
    assert code == 1
    data = json.loads(out)
    assert (data["due"], data["on_time"]) == ("2024-11-27", False)


def test_laporan_filed_before_it_was_known_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-19"])
    assert info.value.code == 2
    assert "before the violation became known" in capsys.readouterr().err


# -- rekap -------------------------------------------------------------------------------------


def test_rekap_prints_the_recap_and_the_outcome(capsys, tmp_path):
    path = tmp_path / "hasil.csv"
    write_results_csv(KAB, path)
    code, out, _ = run(capsys, "rekap", str(path), "--tingkat", "kecamatan")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Rekapitulasi tingkat kecamatan: 2 kecamatan, 5 TPS"
    assert lines[1].startswith("33.16.01  TPS 3")
    assert lines[1].endswith("1: 240  2: 215  3: 45")
    assert lines[-1].startswith("Hasil: ")
    code, out, _ = run(capsys, "rekap", str(path), "--json", "--lang", "en")
    data = json.loads(out)
    assert data["keputusan"]["putusan"] == "ELECTED"
    assert [w["paslon"] for w in data["wilayah"]] == [[310, 305, 80]]


def test_rekap_bad_rows_exit_2_with_line_and_column(capsys, tmp_path):
    path = tmp_path / "hasil.csv"
    write_results_csv(KAB, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = "33.16.01.2001.001,x" + lines[2][lines[2].index(",", 20) :]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit) as info:
        main(["rekap", str(path)])
    assert info.value.code == 2
    assert "line 3 column" in capsys.readouterr().err
