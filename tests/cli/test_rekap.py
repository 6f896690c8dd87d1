"""``rekap``: recapitulate a results CSV; the progress line while it is read."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import attrs
import pytest

from pilkada.cli import rekap
from pilkada.cli.progress import Progress
from pilkada.results import TpsResult, write_results_csv
from tests.strategies import KAB


def test_rekap_prints_the_recap_and_the_outcome(run, hasil):
    code, out, err = run("rekap", str(hasil), "--tingkat", "kecamatan")
    assert (code, err) == (0, "")  # no progress line: stderr is not a terminal
    lines = out.splitlines()
    assert lines[0] == "Rekapitulasi tingkat kecamatan: 2 kecamatan, 5 TPS (hasil masuk: 5 dari 5)"
    assert lines[1] == (
        "Pemilihan: Pemilihan Bupati dan Wakil Bupati (semua TPS di Kabupaten Blora; "
        "pakai --pemilihan gubernur untuk pemilihan gubernur)"
    )
    assert lines[2].startswith("33.16.01 Jati  TPS 3/3  DPT 900")
    assert lines[2].endswith("1: 240  2: 215  3: 45")
    assert lines[3].startswith("33.16.02 Randublatung  TPS 2/2")
    assert lines[-1].startswith("Hasil: Pasangan calon nomor urut 1 memperoleh suara terbanyak")
    _, out, _ = run("rekap", str(hasil), "--tingkat", "kecamatan", "--lang", "en")
    english = out.splitlines()
    assert english[0] == "Recapitulation at district level: 2 area(s), 5 TPS (results in: 5 of 5)"
    assert english[1].startswith("Election: Election of the Regent and Deputy Regent (every TPS")
    assert out.splitlines()[-1].startswith("Outcome: Pair no. 1 has the most votes")


REKAP_KEYS = {
    *("command", "lang", "level", "election", "election_reason", "tps", "tps_reported"),
    *("tps_expected", "areas", "anomalies", "outcome"),
}


AREA_KEYS = {
    *("code", "name", "tps_reported", "tps_expected", "tps", "pairs", "dpt", "dptb", "voters"),
    *("voters_dpt", "voters_dptb"),
    *("voters_dpk", "ballots_used", "valid", "invalid", "kolom_kosong", "votes", "turnout"),
}


OUTCOME_KEYS = {
    *("election", "region", "rule", "verdict", "elected", "runoff", "tied", "votes"),
    *("kolom_kosong", "valid", "message", "basis", "certainty", "provisional"),
}


ANOMALY_KEYS = {"tps", "kind", "field", "found", "expected", "message", "basis", "certainty"}


def test_rekap_json(run_json, hasil, anomalous):
    code, data = run_json("rekap", str(hasil), "--lang", "en")
    assert code == 0
    assert set(data) == REKAP_KEYS
    assert (data["level"], data["election"], data["tps"]) == ("KABUPATEN_KOTA", "BUPATI", 5)
    assert (data["tps_reported"], data["tps_expected"]) == (5, 5)
    assert data["election_reason"].startswith("Election: Election of the Regent")
    (area,) = data["areas"]
    assert set(area) == AREA_KEYS
    assert (area["code"], area["votes"], area["turnout"]) == ("3316", [310, 305, 80], "141/302")
    assert (area["name"], area["tps_reported"], area["tps_expected"]) == ("Kabupaten Blora", 5, 5)
    assert set(data["outcome"]) == OUTCOME_KEYS
    assert (data["outcome"]["verdict"], data["outcome"]["elected"]) == ("ELECTED", 1)
    assert (data["outcome"]["certainty"], data["outcome"]["provisional"]) == ("OFFICIAL", None)
    assert data["outcome"]["message"].startswith("Pair no. 1 has the most votes")
    code, data = run_json("rekap", str(anomalous), "--tingkat", "desa")
    assert code == 1
    assert data["level"] == "DESA"
    assert len(data["areas"]) == 3
    anomaly = data["anomalies"][0]
    assert set(anomaly) == ANOMALY_KEYS
    assert (anomaly["tps"], anomaly["certainty"]) == ("3316012001001", "PROVISIONAL")
    assert anomaly["message"].startswith("TPS 33.16.01.2001.001: ")
    assert data["outcome"]["certainty"] == "PROVISIONAL"
    assert len(data["anomalies"]) == 2  # one TPS: valid votes over the votes and the ballots
    assert data["outcome"]["provisional"] == "2 anomali"


def test_rekap_bad_rows_exit_2_with_line_and_column(run, hasil):
    lines = hasil.read_text(encoding="utf-8").splitlines()
    lines[2] = "33.16.01.2001.001,x" + lines[2][lines[2].index(",", 20) :]
    hasil.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run("rekap", str(hasil), "--progress")
    assert (code, out) == (2, "")
    assert " (pemisah ','): 1 baris salah: baris 3 kolom " in err.splitlines()[-1]
    assert err.splitlines()[-1].startswith("python -m pilkada rekap: error: ")
    _, _, err = run("rekap", str(hasil), "--lang", "en")
    assert " (separator ','): 1 bad row(s): line 3 column " in err
    assert err.count("\n") == 1


def test_rekap_names_the_separator_of_a_semicolon_file_in_its_errors(run, hasil):
    lines = hasil.read_text(encoding="utf-8").splitlines()
    lines[2] = "33.16.01.2001.001,x" + lines[2][lines[2].index(",", 20) :]
    hasil.write_text("\n".join(line.replace(",", ";") for line in lines) + "\n", "utf-8")
    code, _, err = run("rekap", str(hasil), "--lang", "en")
    assert code == 2
    assert f"{hasil} (separator ';'): 1 bad row(s): line 3 column " in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"kode_tps\xff\xfe,x\n", "bukan teks UTF-8"),
        (b"kode_tps," + b"x" * 200_000 + b"\n", "bukan CSV yang dapat dibaca"),
        (b"", "header"),
    ],
)
def test_rekap_unreadable_files_exit_2_with_one_line(run, tmp_path, content, message):
    path = tmp_path / "hasil.csv"
    path.write_bytes(content)
    code, out, err = run("rekap", str(path), "--json")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert message in err


#: What ``rekap hasil.csv --progress`` writes on stderr: each stage of the run.
STAGES_ID = (
    "\r[1/4] Membaca hasil.csv: 100%\n[2/4] Memeriksa hasil TPS\n"
    "[3/4] Rekapitulasi tingkat kabupaten/kota\n[4/4] Penetapan hasil\n"
)


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_forced_goes_to_stderr_and_leaves_stdout_clean(run, hasil):
    code, out, err = run("rekap", str(hasil), "--json", "--progress")
    assert code == 0
    json.loads(out)
    # The whole run, a stage a line; the file is read in one go: at once 100%.
    assert err == STAGES_ID
    _, _, err = run("rekap", str(hasil), "--progress", "--lang", "en")
    assert err == (
        "\r[1/4] Reading hasil.csv: 100%\n[2/4] Checking the TPS results\n"
        "[3/4] Recapitulating at regency/city level\n[4/4] Deciding the outcome\n"
    )


def test_progress_on_a_terminal_once_reading_is_slow(run, monkeypatch, hasil):
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code, out, _ = run("rekap", str(hasil))
    assert terminal.getvalue() == ""  # a quick run is over before any stage would show
    monkeypatch.setattr(rekap, "PROGRESS_DELAY", 0.0)  # a run that takes its time
    code, out, _ = run("rekap", str(hasil))
    assert code == 0
    assert terminal.getvalue() == STAGES_ID
    assert "Membaca" not in out
    terminal.truncate(0)
    terminal.seek(0)
    run("rekap", str(hasil), "--no-progress")
    assert terminal.getvalue() == ""


def test_progress_line_is_throttled():
    stream = io.StringIO()
    bar = Progress(stream, "Reading", "en", interval=3600)
    for done in range(0, 101):
        bar(done, 100)
    bar.close()
    bar.close()
    assert stream.getvalue() == "\rReading: 0%\rReading: 100%\n"


# -- what a count can say: provisional outcomes, unknown codes, Sirekap ----------------------

SIREKAP = Path(__file__).parent.parent / "data" / "sirekap"


def test_rekap_exits_1_on_a_provisional_outcome(run, run_json, tmp_path):
    # One TPS without a result (all zero): no anomaly, but the outcome is provisional.
    empty = attrs.evolve(
        KAB[0], tps="33.16.01.2002.002", votes=(0, 0, 0), invalid=0,
        **dict.fromkeys(("dpt", "dptb", "voters_dpt", "voters_dptb", "voters_dpk"), 0),
        **dict.fromkeys(("ballots_used", "valid"), 0),
    )  # fmt: skip
    path = tmp_path / "sebagian.csv"
    write_results_csv([*KAB, empty], path)
    code, data = run_json("rekap", str(path))
    assert code == 1
    assert data["anomalies"] == []
    assert (data["tps"], data["tps_reported"], data["tps_expected"]) == (6, 5, 6)
    assert data["outcome"]["certainty"] == "PROVISIONAL"
    assert data["outcome"]["provisional"] == "1 dari 6 TPS belum ada hasilnya"
    code, out, _ = run("rekap", str(path))
    assert code == 1
    assert out.splitlines()[0].endswith("6 TPS (hasil masuk: 5 dari 6)")
    assert out.splitlines()[-1].startswith("Hasil: SEMENTARA (1 dari 6 TPS belum ada hasilnya): ")


def test_rekap_reports_an_unknown_region_as_an_anomaly(run, run_json, tmp_path):
    path = tmp_path / "salah-kode.csv"
    write_results_csv([*KAB, attrs.evolve(KAB[0], tps="33.99.01.2001.001")], path)
    code, data = run_json("rekap", str(path), "--lang", "en")
    assert code == 1
    (anomaly,) = data["anomalies"]
    assert (anomaly["tps"], anomaly["kind"]) == ("3399012001001", "UNKNOWN_REGION")
    # The election is still the one of Blora: the mistyped code is left out of the region.
    assert data["election"] == "BUPATI"
    assert data["outcome"]["region"] == "3316"
    assert data["outcome"]["provisional"] == "1 anomaly(ies) in the count"
    assert [(a["code"], a["name"]) for a in data["areas"]] == [
        ("3316", "Kabupaten Blora"),
        ("3399", None),
    ]
    _, out, _ = run("rekap", str(path))
    assert "33.99 (tidak ada dalam tabel wilayah)  TPS 1/1" in out


def test_rekap_reads_sirekap_shows_progress_and_decides_provisionally(run):
    code, out, err = run("rekap", str(SIREKAP / "pkwkp/33/33.json"), "--tingkat", "provinsi",
                         "--progress")  # fmt: skip
    assert code == 1  # 141 TPS are not in yet
    assert err == (
        "[1/4] Membaca 33.json (Sirekap)\n[2/4] Memeriksa kemajuan TPS\n"
        "[3/4] Rekapitulasi tingkat provinsi\n[4/4] Penetapan hasil\n"
    )
    lines = out.splitlines()
    assert lines[0] == (
        "Sirekap 2024-11-28 10:15:04: Pemilihan Gubernur dan Wakil Gubernur Jawa Tengah; TPS "
        "masuk 56671 dari 56812 (99,75%); ini hitungan sementara, bukan rekapitulasi resmi"
    )
    assert lines[2] == "33 Jawa Tengah  TPS 56671/56812  sah 19192085  1: 7841476  2: 11350609"
    assert lines[-1].startswith(
        "Hasil: SEMENTARA (141 dari 56.812 TPS belum ada hasilnya): Pasangan calon nomor urut 2"
    )


def test_rekap_of_a_whole_sirekap_contest_exits_0(run_json):
    code, data = run_json("rekap", str(SIREKAP / "pkwkk/33/3316.json"), "--tingkat", "kecamatan")
    assert code == 0
    assert (data["source"], data["tps_reported"], data["tps_expected"]) == ("sirekap", 1453, 1453)
    assert len(data["areas"]) == 16
    assert data["outcome"]["elected"] == 1
    assert data["outcome"]["provisional"] is None


def test_rekap_of_part_of_a_sirekap_contest_decides_nothing(run):
    code, out, _ = run("rekap", str(SIREKAP / "pkwkp/33/3316.json"))
    assert code == 1
    assert out.splitlines()[-1] == (
        "Hasil: berkas ini hanya sebagian dari pemilihan Jawa Tengah; tidak ditetapkan"
    )


def _workbook(path, *, bad: bool = False):
    """KAB in the sheet "Blora" of an .xlsx (the CSV's cells as text); ``bad``: row 3's DPT."""
    openpyxl = pytest.importorskip("openpyxl")
    text = io.StringIO()
    write_results_csv(KAB, text)
    book = openpyxl.Workbook()
    book.active.title = "Blora"
    for line in text.getvalue().splitlines():
        book.active.append(line.split(","))
    if bad:
        book.active["C3"] = "banyak"
    book.save(path)
    return path


def test_rekap_reads_an_xlsx_with_its_stages(run, tmp_path):
    path = _workbook(tmp_path / "hasil.xlsx")
    code, out, err = run("rekap", str(path), "--lembar", "Blora", "--progress")
    assert code == 0
    assert out.splitlines()[0].startswith("Rekapitulasi tingkat kabupaten/kota: 1 kabupaten/kota")
    # A sheet is read row by row: the first line shows 0%, then 100% over it.
    assert err == "\r[1/4] Membaca hasil.xlsx: 0%" + STAGES_ID.replace("hasil.csv", "hasil.xlsx")


def test_rekap_names_the_sheet_row_and_column_of_a_bad_cell(run, tmp_path):
    path = _workbook(tmp_path / "hasil.xlsx", bad=True)
    code, out, err = run("rekap", str(path), "--lang", "en")
    assert (code, out) == (2, "")
    assert f"{path} [Blora]: 1 bad row(s): line 3 column C (dpt): not a whole number" in err
    code, _, err = run("rekap", str(path), "--lembar", "Jati")
    assert code == 2
    assert "sheet: no sheet of that title; one of ['Blora']" in err
    code, _, err = run("rekap", str(tmp_path / "x.csv"), "--lembar", "Blora")
    assert code == 2
    assert "argumen --lembar: hanya untuk berkas .xlsx" in err


def test_rekap_shows_the_kolom_kosong_of_a_single_pair(run, tmp_path):
    single = TpsResult(
        tps="33.16.01.2001.001", pairs=1, dpt=300, dptb=0, voters_dpt=100, voters_dptb=0,
        voters_dpk=0, ballots_used=100, votes=(70,), kolom_kosong=28, valid=98, invalid=2,
    )  # fmt: skip
    path = tmp_path / "tunggal.csv"
    write_results_csv([single], path)
    code, out, _ = run("rekap", str(path), "--lang", "en")
    assert code == 0
    assert out.splitlines()[2].endswith("valid 98  1: 70  empty box: 28")


def _csv(tmp_path, name, codes):
    path = tmp_path / name
    write_results_csv([attrs.evolve(KAB[i % len(KAB)], tps=c) for i, c in enumerate(codes)], path)
    return path


def test_rekap_tells_the_election_from_the_regions_of_the_codes(run, run_json, tmp_path):
    # Blora (33.16) and Rembang (33.17): two kab of Central Java, so the governor's election.
    two = _csv(tmp_path, "dua.csv", ["33.16.01.2001.001", "33.17.01.2001.001"])
    _, data = run_json("rekap", str(two))
    assert data["election"] == "GUBERNUR"
    assert data["election_reason"] == (
        "Pemilihan: Pemilihan Gubernur dan Wakil Gubernur (TPS di 2 kabupaten/kota Jawa Tengah)"
    )
    # Jakarta's kota administrasi holds no election of its own: its governor's is meant.
    gambir = _csv(tmp_path, "gambir.csv", ["31.71.01.1001.001", "31.71.01.1001.002"])
    _, data = run_json("rekap", str(gambir))
    assert data["election"] == "GUBERNUR"
    # codes in no table: no region, so no election can be told
    unknown = _csv(tmp_path, "asing.csv", ["33.16.01.9001.001", "33.16.01.9001.002"])
    _, data = run_json("rekap", str(unknown), "--lang", "en")
    assert data["election"] is None
    assert data["election_reason"] == "Election: cannot be told"
    # given: taken as it is
    _, data = run_json("rekap", str(two), "--pemilihan", "gubernur")
    assert data["election"] == "GUBERNUR"
    assert data["election_reason"].endswith("(diberikan)")


def test_rekap_refuses_a_file_mixing_provinces(run, tmp_path):
    mixed = _csv(tmp_path, "campur.csv", ["33.16.01.2001.001", "35.78.01.1001.001"])
    code, out, err = run("rekap", str(mixed))
    assert (code, out) == (2, "")
    assert "mencampur pemilihan beberapa provinsi (Jawa Tengah, Jawa Timur)" in err
