from __future__ import annotations

import datetime as dt
import io
import json
import shlex
import subprocess
import sys

import pytest

import pilkada
from pilkada import cli, results
from pilkada.cli import main
from pilkada.results import read_results_csv, write_results_csv
from tests.strategies import KAB  # a small kabupaten of five TPS


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv):
    code, out, err = run(capsys, *argv, "--json")
    assert err == ""
    return code, json.loads(out)


@pytest.fixture
def hasil(tmp_path):
    """The five TPS of KAB as a results CSV."""
    path = tmp_path / "hasil.csv"
    write_results_csv(KAB, path)
    return path


@pytest.fixture
def anomalous(tmp_path):
    """KAB with one TPS whose valid votes do not add up."""
    path = tmp_path / "anomali.csv"
    write_results_csv(KAB, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    cells = lines[1].split(",")
    cells[8] = str(int(cells[8]) + 1)  # suara_sah one more than the votes
    lines[1] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def psu(tmp_path):
    """A custom schedule whose campaign runs into the masa tenang."""
    path = tmp_path / "psu.toml"
    path.write_text(
        'name = "PSU Contoh"\nvoting_day = 2025-08-27\n'
        "[stages.KAMPANYE]\nstart = 2025-07-25\nend = 2025-08-24\n",
        encoding="utf-8",
    )
    return path


# One real case per command (with --tanggal wherever "today" would matter).
CASES = {
    "jadwal": ["jadwal", "--tanggal", "2024-11-25"],
    "hibah": [
        *("hibah", "34905207000", "--ditandatangani", "2023-11-10"),
        *("--daerah", "Kabupaten Blora"),
    ],
    "adhoc": ["adhoc", "--kecamatan", "16", "--desa", "295", "--tps", "1200"],
    "ambang": ["ambang", "--tingkat", "provinsi", "--dpt", "8214007"],
    "sengketa": [
        *("sengketa", "--tingkat", "kabupaten", "--penduduk", "410000"),
        *("--suara-sah", "120000", "--selisih", "1800", "--diumumkan", "2024-12-06"),
    ],
    "laporan": ["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-26"],
    "rekap": ["rekap", "HASIL", "--tingkat", "kecamatan"],
    "rupiah": ["rupiah", "34905207000", "--split", "40", "60"],  # read alike in id and en
    "tanggal": ["tanggal", "2024-09-25", "2024-11-23"],
}


def case(name, hasil):
    return [str(hasil) if arg == "HASIL" else arg for arg in CASES[name]]


# -- conventions shared by every command -------------------------------------------------------


@pytest.mark.parametrize("name", list(CASES))
def test_help_shows_a_description_examples_and_exit_statuses(capsys, name):
    code, out, err = run(capsys, name, "--help")
    assert code == 0
    assert err == ""
    assert f"usage: python -m pilkada {name}" in out
    assert "contoh / examples:\n  python -m pilkada " + name in out
    assert "status keluar / exit status:\n  0  berhasil / success" in out
    assert "  2  masukan salah / bad input" in out
    assert ("  1  " in out) == (name in {"jadwal", "hibah", "sengketa", "laporan", "rekap"})
    for option in ("--json", "--lang {id,en}"):
        assert option in out
    assert "JSON: docs/cli.md" in out


def test_every_example_in_the_help_parses():
    parser, commands = cli._parser()
    assert set(commands) == set(CASES)
    for name, examples in cli._EXAMPLES.items():
        for example in examples:
            argv = shlex.split(example.partition(">")[0])
            assert argv[:3] == ["python", "-m", "pilkada"]
            assert parser.parse_args(argv[3:]).command == name


@pytest.mark.parametrize("name", list(CASES))
def test_json_is_one_object_with_command_and_lang_first(capsys, hasil, name):
    code, data = run_json(capsys, *case(name, hasil))
    assert code == 0
    assert list(data)[:2] == ["command", "lang"]
    assert (data["command"], data["lang"]) == (name, "id")
    _, english = run_json(capsys, *case(name, hasil), "--lang", "en")
    assert english["lang"] == "en"
    assert set(english) == set(data)  # the shape does not depend on the language


@pytest.mark.parametrize("name", list(CASES))
def test_english_changes_the_text(capsys, hasil, name):
    _, indonesian, _ = run(capsys, *case(name, hasil))
    _, english, _ = run(capsys, *case(name, hasil), "--lang", "en")
    assert indonesian != english
    assert english.strip()


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["jadwal", "--tanggal", "2024-11-25"], 0),
        (["jadwal", "--file", "PSU", "--tanggal", "2025-08-01"], 1),
        (["hibah", "1000000", "--ditandatangani", "2023-11-10"], 0),
        (["hibah", "1000000", "--ditandatangani", "2024-07-01"], 1),
        (["adhoc", "--kecamatan", "1", "--desa", "1", "--tps", "1"], 0),
        (["ambang", "--tingkat", "kota", "--dpt", "100000"], 0),
        (["sengketa", "--tingkat", "kota", "--penduduk", "1", "--suara-sah", "100"], None),
        (["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-27"], 0),
        (["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-28"], 1),
        (["rekap", "HASIL"], 0),
        (["rekap", "ANOMALI"], 1),
        (["rupiah", "Rp1"], 0),
        (["tanggal", "2024-11-27"], 0),
    ],
)
@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_exit_status_0_or_1(capsys, hasil, anomalous, psu, argv, status, json_flag):
    paths = {"HASIL": str(hasil), "ANOMALI": str(anomalous), "PSU": str(psu)}
    argv = [paths.get(a, a) for a in argv]
    if status is None:  # sengketa: within the bar (2 of 100 votes) is 0, over it is 1
        assert run(capsys, *argv, "--selisih", "2", *json_flag)[0] == 0
        assert run(capsys, *argv, "--selisih", "3", *json_flag)[0] == 1
        return
    code, out, err = run(capsys, *argv, *json_flag)
    assert (code, err) == (status, "")
    if json_flag:
        json.loads(out)


BAD = [
    # argparse's own errors
    (["jadwal", "--tanggal", "27-11-2024"], "argumen --tanggal: bukan tanggal ISO"),
    (["jadwal", "--bulan", "11"], "argumen tidak dikenal: --bulan"),
    (["hibah", "1000"], "argumen wajib: --ditandatangani"),
    (["adhoc", "--kecamatan", "-1", "--desa", "5", "--tps", "9"], "bukan bilangan bulat >= 0"),
    (["ambang", "--tingkat", "desa", "--dpt", "5"], "pilihan tidak dikenal: 'desa'"),
    (["sengketa", "--tingkat", "kota"], "argumen wajib: --penduduk, --suara-sah, --selisih"),
    (["laporan", "--diketahui", "2024-11-20"], "argumen wajib: --dilaporkan"),
    (["rekap"], "argumen wajib: file"),
    (["rupiah", "Rp100", "--split", "-1"], "bobot harus bilangan"),
    (["tanggal"], "argumen wajib: start"),
    (["nope"], "argumen COMMAND: pilihan tidak dikenal: 'nope'"),
    ([], "argumen wajib: COMMAND"),
    # the library's errors (English) and the command line's own (Indonesian by default)
    (["jadwal", "--file", "/nonexistent/jadwal.toml"], "No such file or directory"),
    (["hibah", "1,5", "--ditandatangani", "2023-11-10"], "'1,5'"),
    (["hibah", "1000", "--ditandatangani", "2023-11-10", "--daerah", "Blora"], "tingkat 'Blora'"),
    (["hibah", "0", "--ditandatangani", "2023-11-10"], "positive"),
    (["adhoc", "--kecamatan", "1", "--desa", "5", "--tps", "2"], "at least one TPS per desa"),
    (["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-19"], "before the"),
    (["rekap", "/nonexistent/hasil.csv"], "No such file or directory"),
    (["rekap", "HASIL", "--tingkat", "dusun"], "dusun"),
    (["rupiah", "Rp 1,500,000"], "'Rp 1,500,000'"),
    (["rupiah", "Rp100", "--split", "0", "0"], "all weights are zero"),
    (["tanggal", "2024-11-23", "2024-09-25"], "before it starts"),
]


@pytest.mark.parametrize(("argv", "message"), BAD)
@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_bad_input_exits_2_with_one_line_on_stderr(capsys, hasil, argv, message, json_flag):
    argv = [str(hasil) if a == "HASIL" else a for a in argv]
    if json_flag and argv and argv[0] in CASES:
        argv = [*argv, *json_flag]
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""  # no JSON on stdout, even with --json
    assert err.count("\n") == 1
    assert err.endswith("\n")
    assert err.startswith(f"python -m pilkada{' ' + argv[0] if argv and argv[0] in CASES else ''}")
    assert ": error: " in err
    assert message in err


def test_usage_errors_follow_lang_and_hint_at_help(capsys):
    code, _, err = run(capsys, "jadwal", "--tanggal", "nope", "--lang", "en")
    assert code == 2
    assert err == (
        "python -m pilkada jadwal: error: argument --tanggal: not an ISO date (YYYY-MM-DD): "
        "'nope' (see --help)\n"
    )
    code, _, err = run(capsys, "jadwal", "--lang=en", "--tanggal", "nope")
    assert err.endswith("(see --help)\n")
    code, _, err = run(capsys, "jadwal", "--tanggal", "nope")
    assert err == (
        "python -m pilkada jadwal: error: argumen --tanggal: bukan tanggal ISO (YYYY-MM-DD): "
        "'nope' (lihat --help)\n"
    )
    argv = ["hibah", "1", "--ditandatangani", "2023-11-10", "--lang", "en", "--daerah", "Blora"]
    code, _, err = run(capsys, *argv)
    assert err == (
        "python -m pilkada hibah: error: --daerah: cannot tell the level of 'Blora'; start with "
        "Provinsi, Kabupaten or Kota, e.g. 'Kabupaten Blora'\n"
    )


def test_the_real_stderr_and_exit_status():
    result = subprocess.run(
        [sys.executable, "-m", "pilkada", "jadwal", "--tanggal", "nope"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "python -m pilkada jadwal: error: argumen --tanggal: bukan tanggal ISO (YYYY-MM-DD): "
        "'nope' (lihat --help)"
    ]


def test_python_dash_m_help_and_version():
    result = subprocess.run(
        [sys.executable, "-m", "pilkada", "--help"], capture_output=True, text=True, check=True
    )
    for name in CASES:
        assert f"python -m pilkada {name}" in result.stdout  # each with an example
    assert "JSON: docs/cli.md" in result.stdout
    result = subprocess.run(
        [sys.executable, "-m", "pilkada", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout == f"pilkada {pilkada.__version__}\n"


def test_main_returns_the_status_and_never_raises_system_exit(capsys):
    assert main(["--version"]) == 0
    assert main(["tanggal", "--help"]) == 0
    assert main(["tanggal", "kemarin"]) == 2
    capsys.readouterr()


def test_an_interrupt_exits_130_with_one_line(capsys, monkeypatch):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setitem(cli._COMMANDS, "tanggal", interrupted)
    code, out, err = run(capsys, "tanggal", "2024-11-27")
    assert (code, out, err) == (130, "", "python -m pilkada tanggal: dihentikan\n")


# -- rupiah, tanggal ---------------------------------------------------------------------------


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


def test_rupiah_in_english_reads_english_notation(capsys):
    code, out, _ = run(capsys, "rupiah", "IDR 1,500,000.00", "--lang", "en")
    assert code == 0
    assert out.splitlines()[0] == "Amount: IDR1,500,000.00"


def test_rupiah_refuses_absurd_weights(capsys):
    code, _, err = run(capsys, "rupiah", "Rp100", "--split", "1e100000000", "1", "--lang", "en")
    assert code == 2
    assert "a weight must be a number from 0 to 1e9" in err


def test_rupiah_json(capsys):
    code, data = run_json(capsys, "rupiah", "Rp34.905.207.000,00", "--split", "40", "60")
    assert code == 0
    assert sorted(data) == sorted(
        ["command", "lang", "input", "amount", "formatted", "terbilang", "parts", "total"]
    )
    assert data["amount"] == data["total"] == "34905207000.00"
    assert data["formatted"] == "Rp34.905.207.000,00"
    assert data["parts"][0] == {
        "number": 1,
        "weight": "40",
        "share": "2/5",
        "amount": "13962082800.00",
        "formatted": "Rp13.962.082.800,00",
        "terbilang": "tiga belas miliar sembilan ratus enam puluh dua juta delapan puluh dua "
        "ribu delapan ratus rupiah",
    }
    _, data = run_json(capsys, "rupiah", "IDR 2.5 million", "--lang", "en")
    assert (data["amount"], data["parts"], data["total"]) == ("2500000.00", [], None)
    assert data["formatted"] == "IDR2,500,000.00"


def test_tanggal(capsys):
    assert run(capsys, "tanggal", "2024-11-27")[1] == "Rabu, 27 November 2024\n"
    assert run(capsys, "tanggal", "2024-08-27", "2024-08-29")[1] == "27–29 Agustus 2024\n"
    assert run(capsys, "tanggal", "2024-09-06", "--lang", "en")[1] == "Friday, September 6, 2024\n"


def test_tanggal_json(capsys):
    _, data = run_json(capsys, "tanggal", "2024-09-25", "2024-11-23")
    assert data == {
        "command": "tanggal",
        "lang": "id",
        "start": "2024-09-25",
        "end": "2024-11-23",
        "days": 60,
        "text": "25 September–23 November 2024",
    }
    _, data = run_json(capsys, "tanggal", "2024-11-27", "--lang", "en")
    assert (data["end"], data["days"], data["text"]) == (None, 1, "Wednesday, November 27, 2024")


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
    assert "Stage" in out.splitlines()[4]


JADWAL_KEYS = {
    *("command", "lang", "name", "voting_day", "basis", "date", "offset", "days_to_voting"),
    *("entries", "active", "next", "violations"),
}
VIOLATION_KEYS = {"rule", "key", "dates", "message", "basis", "certainty"}


def test_jadwal_json(capsys):
    code, data = run_json(capsys, "jadwal", "--tanggal", "2024-11-25")
    assert code == 0
    assert set(data) == JADWAL_KEYS
    assert data["voting_day"] == "2024-11-27"
    assert data["basis"] == "PKPU 2/2024 Lampiran"
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
        "name": "Pelaksanaan kampanye",
        "start": "2024-09-25",
        "end": "2024-11-23",
        "deadline": False,
        "after": None,
        "set_by": None,
        "offset_start": "H-63",
        "offset_end": "H-4",
        "active": False,
        "certainty": "OFFICIAL",
        "basis": "PKPU 2/2024 Lampiran",
        "source": kampanye["source"],
        "note": "",
    }
    penetapan = next(e for e in data["entries"] if e["key"] == "PENETAPAN_CALON_TERPILIH")
    assert penetapan["after"] == {"anchor": "MK_NOTIFICATION", "days": 5, "working_days": False}
    assert penetapan["certainty"] == "PROVISIONAL"
    assert {e["certainty"] for e in data["entries"]} <= {"OFFICIAL", "DERIVED", "PROVISIONAL"}
    _, english = run_json(capsys, "jadwal", "--tanggal", "2024-11-25", "--lang", "en")
    assert next(e for e in english["entries"] if e["key"] == "KAMPANYE")["name"] == "Campaign"
    assert english["offset"] == "H-2"  # offsets keep the Indonesian notation in JSON


def test_jadwal_from_a_file_with_a_rule_breach_exits_1(capsys, psu):
    code, out, _ = run(capsys, "jadwal", "--file", str(psu), "--tanggal", "2025-08-01")
    assert code == 1
    assert "PSU Contoh" in out
    assert "Pelanggaran aturan tanggal:" in out
    assert "padahal harus berakhir sehari sebelum masa tenang dimulai (23 Agustus 2025)" in out
    code, data = run_json(capsys, "jadwal", "--file", str(psu), "--tanggal", "2025-08-01")
    assert code == 1
    violation = data["violations"][0]
    assert set(violation) == VIOLATION_KEYS
    assert violation["key"] == "KAMPANYE"
    assert violation["dates"] == ["2025-08-24", "2025-08-23"]
    assert "padahal harus berakhir" in violation["message"]
    argv = ["jadwal", "--file", str(psu), "--tanggal", "2025-08-01", "--lang", "en"]
    _, data = run_json(capsys, *argv)
    assert "padahal" not in data["violations"][0]["message"]


def test_jadwal_bad_file_exits_2_with_one_line_naming_the_field(capsys, tmp_path):
    path = tmp_path / "salah.toml"
    path.write_text(
        'name = "x"\nvoting_day = 2025-08-27\n[stages.KAMPANYEE]\nstart = 2025-08-01\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "jadwal", "--file", str(path))
    assert code == 2
    assert err.count("\n") == 1
    assert "stages.KAMPANYEE" in err
    assert "did you mean 'KAMPANYE'" in err


def test_jadwal_defaults_to_today(capsys):
    code, out, _ = run(capsys, "jadwal")
    assert code == 0
    assert f"({pilkada.PILKADA_2024.offset(dt.date.today())})" in out.splitlines()[2]


# -- hibah -------------------------------------------------------------------------------------


def test_hibah_prints_the_tranche_table_and_the_paragraph(capsys):
    code, out, _ = run(capsys, *CASES["hibah"])
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Tahap", "Bagian", "Jumlah", "Paling", "lambat"]
    assert lines[1].split() == [
        *("tahap", "I", "40%", "Rp13.962.082.800,00"),
        *("Kamis,", "30", "November", "2023"),
    ]
    assert lines[2].split() == [
        *("tahap", "II", "60%", "Rp20.943.124.200,00"),
        *("Kamis,", "27", "Juni", "2024"),
    ]
    assert "antara Pemerintah Kabupaten Blora dan KPU Kabupaten Blora" in out
    assert "Temuan" not in out
    assert lines[-1].startswith("Dasar hukum: Permendagri 54/2019")


HIBAH_KEYS = {
    *("command", "lang", "grantor", "grantee", "election", "number", "amount", "terbilang"),
    *("signed_on", "voting_day", "payment", "tranches", "description", "findings"),
}


def test_hibah_json_and_findings_exit_1(capsys):
    code, data = run_json(capsys, "hibah", "Rp34.905.207.000,00", "--ditandatangani", "2024-07-01")
    assert code == 1
    assert set(data) == HIBAH_KEYS
    assert data["amount"] == "34905207000.00"
    assert (data["grantee"], data["payment"]) == ("KPU", "TRANCHES")
    assert [t["due"] for t in data["tranches"]] == ["2024-07-19", "2024-06-27"]
    assert [t["share"] for t in data["tranches"]] == ["2/5", "3/5"]
    assert [t["amount"] for t in data["tranches"]] == ["13962082800.00", "20943124200.00"]
    assert set(data["tranches"][0]) == {"number", "label", "share", "amount", "due", "basis"}
    assert [f["rule"] for f in data["findings"]] == [
        "NPHD_TERLAMBAT",
        "TAHAP_II_LEWAT_SAAT_PENANDATANGANAN",
    ]
    assert all(set(f) == VIOLATION_KEYS for f in data["findings"])
    assert data["findings"][0]["certainty"] == "OFFICIAL"


def test_hibah_single_payment_in_english(capsys):
    argv = ["hibah", "1000000", "--ditandatangani", "2023-11-10", "--sekaligus", "--lang", "en"]
    argv += ["--penerima", "Bawaslu", "--daerah", "Kota Ambon"]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert "single payment  100%" in out
    assert "between the Government of Ambon City and Bawaslu Ambon City" in out
    assert out.splitlines()[-1].startswith("Legal basis: ")
    _, data = run_json(capsys, *argv)
    assert (data["grantee"], data["payment"]) == ("BAWASLU", "SINGLE")
    assert data["grantor"] == "Pemerintah Kota Ambon"
    assert [(t["label"], t["share"]) for t in data["tranches"]] == [("single payment", "1")]


# -- adhoc, ambang, sengketa -------------------------------------------------------------------


def test_adhoc_table(capsys):
    code, out, _ = run(capsys, *CASES["adhoc"])
    assert code == 0
    lines = out.splitlines()
    assert lines[1].split() == ["PPK", "16", "80", "Rp180.800.000,00", "8", "Rp1.446.400.000,00"]
    assert lines[3].split()[:3] == ["KPPS", "1200", "8400"]
    assert lines[8].split() == ["Jumlah", "12108", "Rp9.790.300.000,00", "Rp19.522.400.000,00"]
    assert "Surat Menkeu S-647/MK.02/2022" in out
    _, english, _ = run(capsys, *CASES["adhoc"], "--lang", "en")
    head = english.splitlines()[0].split()
    assert head == ["Body", "Bodies", "Members", "Monthly", "Months", "Term"]
    assert english.splitlines()[-1] == "Rates: Surat Menkeu S-647/MK.02/2022"


ADHOC_KEYS = {
    *("command", "lang", "kecamatan", "desa", "tps", "voters_per_tps", "bodies"),
    *("members_kpu", "members_bawaslu", "members", "monthly", "term", "rates_basis", "note"),
}
BODY_KEYS = {"kind", "name", "organiser", "bodies", "members", "monthly", "term_months", "term"}


def test_adhoc_json(capsys):
    argv = ["adhoc", "--kecamatan", "1", "--desa", "2", "--tps", "3", "--pemilih-per-tps", "450"]
    code, data = run_json(capsys, *argv)
    assert code == 0
    assert set(data) == ADHOC_KEYS
    assert all(set(body) == BODY_KEYS for body in data["bodies"])
    pantarlih = next(b for b in data["bodies"] if b["kind"] == "PANTARLIH")
    assert (pantarlih["members"], pantarlih["monthly"]) == (6, "6000000.00")
    pkd = next(b for b in data["bodies"] if b["kind"] == "PKD")
    assert (pkd["organiser"], pkd["monthly"], pkd["term"]) == ("BAWASLU", None, None)
    assert data["voters_per_tps"] == 450
    assert data["monthly"] == "43500000.00"


def test_ambang(capsys):
    code, out, _ = run(capsys, *CASES["ambang"])
    assert code == 0
    assert out.splitlines() == [
        "Partai/gabungan: paling sedikit 7,5% suara sah (DPT lebih dari 6.000.000 sampai dengan "
        "12.000.000) [Putusan MK 60/PUU-XXII/2024]",
        "Perseorangan: paling sedikit 7,5% dari DPT 8.214.007 = 616.051 dukungan, tersebar di "
        "lebih dari 50% jumlah kabupaten/kota [UU 10/2016 Pasal 41 ayat (1)]",
    ]


def test_ambang_json_before_mk_60(capsys):
    argv = ["ambang", "--tingkat", "kabupaten", "--dpt", "250000", "--tanggal", "2024-08-19"]
    code, data = run_json(capsys, *argv)
    assert code == 0
    assert set(data) == {"command", "lang", "level", "dpt", "date", "party", "independent"}
    assert (data["level"], data["dpt"], data["date"]) == ("KABUPATEN", 250000, "2024-08-19")
    assert data["party"] == {
        "vote_share": "1/4",
        "seat_share": "1/5",
        "description": "paling sedikit 20% kursi DPRD atau 25% suara sah",
        "effective": "2016-07-01",
        "basis": "UU 10/2016 Pasal 40 ayat (1)",
        "certainty": "OFFICIAL",
    }
    assert set(data["independent"]) == {
        *("share", "minimum", "spread_unit", "description", "effective", "basis", "certainty"),
        *("spread_basis", "spread_certainty"),
    }
    assert (data["independent"]["share"], data["independent"]["minimum"]) == ("1/10", 25000)


SENGKETA_KEYS = {
    *("command", "lang", "level", "population", "valid_votes", "gap", "share", "max_gap"),
    *("margin", "within_bar", "decided_by_rounding", "summary", "note", "basis", "certainty"),
    *("announced_on", "filing_deadline", "findings"),
}


def test_sengketa_over_the_bar_exits_1(capsys):
    argv = ["sengketa", "--tingkat", "kabupaten", "--penduduk", "410000", "--suara-sah", "120000"]
    code, out, _ = run(capsys, *argv, "--selisih", "2500", "--diumumkan", "2024-12-06")
    assert code == 1
    assert "1.800 dari 120.000 suara sah" in out
    assert "Batas pengajuan permohonan: paling lambat 10 Desember 2024" in out
    code, data = run_json(capsys, *argv, "--selisih", "2500", "--diumumkan", "2024-12-06")
    assert code == 1
    assert set(data) == SENGKETA_KEYS
    assert (data["within_bar"], data["margin"], data["filing_deadline"]) == (
        False,
        -700,
        "2024-12-10",
    )
    assert [f["rule"] for f in data["findings"]] == ["SELISIH_SUARA_PASAL_158"]
    code, data = run_json(capsys, *argv, "--selisih", "1800")
    assert code == 0
    assert (data["max_gap"], data["within_bar"], data["findings"]) == (1800, True, [])
    assert (data["level"], data["share"], data["announced_on"]) == ("KABUPATEN", "3/200", None)


def test_sengketa_without_the_announcement_day_says_how_to_get_the_deadline(capsys):
    argv = ["sengketa", "--tingkat", "kota", "--penduduk", "1", "--suara-sah", "100"]
    _, out, _ = run(capsys, *argv, "--selisih", "1")
    assert out.splitlines()[-1] == (
        "Batas pengajuan permohonan: dihitung dari hari KPU mengumumkan hasil; "
        "berikan --diumumkan TANGGAL."
    )
    _, out, _ = run(capsys, *argv, "--selisih", "1", "--lang", "en")
    assert out.splitlines()[-1].endswith("give --diumumkan DATE.")


# -- laporan -----------------------------------------------------------------------------------


def test_laporan_on_time_lists_what_follows(capsys):
    argv = ["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-27"]
    code, out, _ = run(capsys, *argv, "--jenis", "pidana")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        "Batas laporan: Rabu, 27 November 2024 (7 hari sejak diketahui). Laporan tepat waktu."
    )
    assert lines[1] == "Jika diregister hari itu:"
    assert "Sabtu, 30 November 2024 [UU 1/2015 Pasal 134 ayat (5)]" in lines[2]
    assert any("1 x 24 jam" in line for line in lines)
    _, english, _ = run(capsys, *argv, "--jenis", "pidana", "--lang", "en")
    assert english.splitlines()[1] == "If registered that day:"
    assert "(provisional rule)" in english


def test_laporan_json(capsys):
    argv = ["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-27", "--jenis"]
    code, data = run_json(capsys, *argv, "pidana")
    assert code == 0
    assert set(data) == {
        *("command", "lang", "known_on", "filed_on", "kind", "due", "on_time", "message"),
        *("basis", "certainty", "deadlines", "following"),
    }
    assert (data["kind"], data["due"], data["on_time"]) == ("PIDANA", "2024-11-27", True)
    assert data["deadlines"][0] == {
        "code": "PUTUSAN_BAWASLU",
        "description": "Bawaslu menindaklanjuti laporan paling lama 3 hari setelah diterima",
        "due": "2024-11-30",
        "basis": "UU 1/2015 Pasal 134 ayat (5)",
        "certainty": "OFFICIAL",
    }
    forward = data["following"][0]
    assert set(forward) == {"code", "description", "after", "amount", "unit", "basis", "certainty"}
    assert (forward["after"], forward["amount"], forward["unit"]) == ("DIPUTUS", 24, "JAM")
    assert {f["unit"] for f in data["following"]} <= {"HARI", "HARI_KERJA", "JAM"}


def test_laporan_late_exits_1(capsys):
    argv = ["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-28"]
    code, data = run_json(capsys, *argv)
    assert code == 1
    assert (data["due"], data["on_time"], data["kind"]) == ("2024-11-27", False, None)
    assert "terlambat" in data["message"]
    code, out, _ = run(capsys, *argv, "--lang", "en")
    assert code == 1
    assert out.endswith("The report is late: it will not be registered.\n")


# -- rekap -------------------------------------------------------------------------------------


def test_rekap_prints_the_recap_and_the_outcome(capsys, hasil):
    code, out, err = run(capsys, "rekap", str(hasil), "--tingkat", "kecamatan")
    assert (code, err) == (0, "")  # no progress line: stderr is not a terminal
    lines = out.splitlines()
    assert lines[0] == "Rekapitulasi tingkat kecamatan: 2 kecamatan, 5 TPS"
    assert lines[1].startswith("33.16.01  TPS 3")
    assert lines[1].endswith("1: 240  2: 215  3: 45")
    assert lines[-1].startswith("Hasil: ")
    _, out, _ = run(capsys, "rekap", str(hasil), "--tingkat", "kecamatan", "--lang", "en")
    assert out.splitlines()[0] == "Recapitulation at district level: 2 area(s), 5 TPS"
    assert out.splitlines()[-1].startswith("Outcome: Pair no. 1 has the most votes")


REKAP_KEYS = {"command", "lang", "level", "election", "tps", "areas", "anomalies", "outcome"}
AREA_KEYS = {
    *("code", "tps", "pairs", "dpt", "dptb", "voters", "voters_dpt", "voters_dptb"),
    *("voters_dpk", "ballots_used", "valid", "invalid", "kolom_kosong", "votes", "turnout"),
}
OUTCOME_KEYS = {
    *("election", "region", "rule", "verdict", "elected", "runoff", "tied", "votes"),
    *("kolom_kosong", "valid", "message", "basis", "certainty"),
}
ANOMALY_KEYS = {"tps", "kind", "field", "found", "expected", "message", "basis", "certainty"}


def test_rekap_json(capsys, hasil, anomalous):
    code, data = run_json(capsys, "rekap", str(hasil), "--lang", "en")
    assert code == 0
    assert set(data) == REKAP_KEYS
    assert (data["level"], data["election"], data["tps"]) == ("KABUPATEN_KOTA", "BUPATI", 5)
    (area,) = data["areas"]
    assert set(area) == AREA_KEYS
    assert (area["code"], area["votes"], area["turnout"]) == ("3316", [310, 305, 80], "141/302")
    assert set(data["outcome"]) == OUTCOME_KEYS
    assert (data["outcome"]["verdict"], data["outcome"]["elected"]) == ("ELECTED", 1)
    assert data["outcome"]["message"].startswith("Pair no. 1 has the most votes")
    code, data = run_json(capsys, "rekap", str(anomalous), "--tingkat", "desa")
    assert code == 1
    assert data["level"] == "DESA"
    assert len(data["areas"]) == 3
    anomaly = data["anomalies"][0]
    assert set(anomaly) == ANOMALY_KEYS
    assert (anomaly["tps"], anomaly["certainty"]) == ("3316012001001", "PROVISIONAL")
    assert anomaly["message"].startswith("TPS 33.16.01.2001.001: ")


def test_rekap_bad_rows_exit_2_with_line_and_column(capsys, hasil):
    lines = hasil.read_text(encoding="utf-8").splitlines()
    lines[2] = "33.16.01.2001.001,x" + lines[2][lines[2].index(",", 20) :]
    hasil.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "rekap", str(hasil), "--progress")
    assert (code, out) == (2, "")
    assert ": 1 baris salah: baris 3 kolom " in err.splitlines()[-1]
    assert err.splitlines()[-1].startswith("python -m pilkada rekap: error: ")
    _, _, err = run(capsys, "rekap", str(hasil), "--lang", "en")
    assert ": 1 bad row(s): line 3 column " in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"kode_tps\xff\xfe,x\n", "bukan teks UTF-8"),
        (b"kode_tps," + b"x" * 200_000 + b"\n", "bukan CSV yang dapat dibaca"),
        (b"", "header"),
    ],
)
def test_rekap_unreadable_files_exit_2_with_one_line(capsys, tmp_path, content, message):
    path = tmp_path / "hasil.csv"
    path.write_bytes(content)
    code, out, err = run(capsys, "rekap", str(path), "--json")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert message in err


# -- progress ----------------------------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_forced_goes_to_stderr_and_leaves_stdout_clean(capsys, hasil):
    code, out, err = run(capsys, "rekap", str(hasil), "--json", "--progress")
    assert code == 0
    json.loads(out)
    assert err == "\rMembaca hasil.csv: 100%\n"  # read in one go: at once 100%
    _, _, err = run(capsys, "rekap", str(hasil), "--progress", "--lang", "en")
    assert err.endswith("\rReading hasil.csv: 100%\n")


def test_progress_on_a_terminal_once_reading_is_slow(capsys, monkeypatch, hasil):
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code, out, _ = run(capsys, "rekap", str(hasil))
    assert terminal.getvalue() == ""  # a small file is read before the line would show
    monkeypatch.setattr(cli, "_PROGRESS_DELAY", 0.0)
    code, out, _ = run(capsys, "rekap", str(hasil))
    assert code == 0
    assert terminal.getvalue().endswith("\rMembaca hasil.csv: 100%\n")
    assert "Membaca" not in out
    terminal.truncate(0)
    terminal.seek(0)
    run(capsys, "rekap", str(hasil), "--no-progress")
    assert terminal.getvalue() == ""


def test_progress_line_is_throttled():
    stream = io.StringIO()
    bar = cli._Progress(stream, "Reading", "en", interval=3600)
    for done in range(0, 101):
        bar(done, 100)
    bar.close()
    bar.close()
    assert stream.getvalue() == "\rReading: 0%\rReading: 100%\n"


def test_read_results_csv_reports_monotone_progress_ending_at_the_total(monkeypatch, hasil):
    monkeypatch.setattr(results.csv, "PROGRESS_ROWS", 2)
    calls = []
    batch = read_results_csv(hasil, progress=lambda done, total: calls.append((done, total)))
    assert len(batch) == 5
    size = hasil.stat().st_size
    assert len(calls) == 4  # the start, after rows 2 and 4, and the end
    assert {total for _, total in calls} == {size}
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert all(0 <= d <= size for d in done)
    assert calls[-1] == (size, size)
    with hasil.open(encoding="utf-8", newline="") as handle:  # an open file: its size is known
        calls.clear()
        read_results_csv(handle, progress=lambda done, total: calls.append((done, total)))
        assert calls[-1] == (size, size)
    calls.clear()
    text = hasil.read_text(encoding="utf-8")
    assert len(read_results_csv(io.StringIO(text), progress=lambda *a: calls.append(a))) == 5
    assert calls == []  # no size to report


def test_an_unexpected_error_is_one_line_and_exit_2(capsys, monkeypatch):
    def broken(args):
        raise RuntimeError("boom")

    monkeypatch.setitem(cli._COMMANDS, "tanggal", broken)
    assert cli.main(["tanggal", "2024-11-27"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "galat tak terduga" in captured.err
    assert "RuntimeError: boom" in captured.err


def test_a_deadline_past_the_calendar_is_bad_input(capsys):
    status = cli.main(["laporan", "--diketahui", "9999-12-28", "--dilaporkan", "9999-12-30"])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.err.count("\n") == 1
    assert "after the year 9999" in captured.err


def test_json_values_read_back_with_from_dict(capsys):
    from pilkada import RegionCode, Rupiah, from_dict  # noqa: PLC0415

    cli.main(["hibah", "34905207000", "--ditandatangani", "2023-11-10", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert from_dict(Rupiah, data["amount"]) == Rupiah(34_905_207_000)
    assert cli.main(["rupiah", "100", "--split", "1E2", "--json"]) == 0
    parts = json.loads(capsys.readouterr().out)["parts"]
    assert parts[0]["weight"] == "100"
    assert from_dict(RegionCode, "331601") == RegionCode("331601")
