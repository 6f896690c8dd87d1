"""``dana``: a campaign account summed up, its deadlines and its findings."""

from __future__ import annotations

import json

import pytest

from pilkada.dana import read_dana_csv, write_dana_json

#: A clean account: the pair's money, one individual at the cap exactly, every report on time.
DANA_CSV = """tanggal,transaksi,jenis_penyumbang,nama,identitas,bentuk,jumlah,uraian,bukti
2024-09-20,rkdk,,,,,,,
2024-09-23,penerimaan,pasangan_calon,Paslon 1,,uang,Rp100.000.000,saldo awal,S-001
2024-10-01,penerimaan,perseorangan,Budi Santoso,3316010101800001,uang,75000000,,S-002
2024-10-10,pengeluaran,,,,uang,"Rp60.000.000,00",rapat umum,P-001
2024-09-24,laporan,,LADK,,,,,
2024-10-24,laporan,,LPSDK,,,,,S-001;S-002
2024-11-24,laporan,,LPPDK,,,,,
"""
#: The same account with Budi's second donation and a late LPPDK.
BREACH_CSV = (
    DANA_CSV.replace("2024-11-24,laporan,,LPPDK", "2024-11-25,laporan,,LPPDK")
    + "2024-10-20,penerimaan,perseorangan,Budi Santoso,3316010101800001,uang,1,,S-003\n"
)
#: The keys of a violation, in every command that checks rules (docs/cli.md).
VIOLATION_KEYS = {"rule", "key", "dates", "message", "basis", "certainty", "sanction"}


@pytest.fixture
def clean(tmp_path):
    path = tmp_path / "dana.csv"
    path.write_text(DANA_CSV, encoding="utf-8")
    return str(path)


@pytest.fixture
def breach(tmp_path):
    path = tmp_path / "langgar.csv"
    path.write_text(BREACH_CSV, encoding="utf-8")
    return str(path)


def test_dana_prints_the_totals_the_deadlines_and_no_findings(run, clean):
    code, out, err = run("dana", clean, "--pasangan", "Paslon 1", "--tanggal", "2024-11-30")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Pasangan calon: Paslon 1"
    assert lines[1] == "Masa kampanye: Rabu, 25 September 2024 – Sabtu, 23 November 2024"
    assert lines[3].split() == ["Penerimaan", "Rp175.000.000,00"]
    assert ["LPPDK", "Minggu,", "24", "November", "2024"] in [line.split() for line in lines]
    assert lines[-1] == "Tidak ada temuan."


def test_dana_breach_exits_1_and_names_the_sanction(run, breach):
    code, out, _ = run("dana", breach, "--tanggal", "2024-11-30")
    assert code == 1
    assert "melebihi batas Rp75.000.000,00 sejak 20 Oktober 2024" in out
    assert "kelebihan Rp1,00" in out
    assert "LPPDK disampaikan 25 November 2024, 1 hari setelah batas 24 November 2024" in out
    assert "Sanksi: pasangan calon tidak diusulkan" in out


def test_dana_json_in_english(run_json, breach):
    code, data = run_json("dana", breach, "--tanggal", "2024-11-30", "--lang", "en")
    assert code == 1
    assert list(data)[:2] == ["command", "lang"]
    assert data["receipts"] == "175000001.00"
    assert data["campaign"] == {"start": "2024-09-25", "end": "2024-11-23"}
    assert [d["code"] for d in data["deadlines"]] == ["LADK", "LPSDK", "LPPDK", "SETOR_KELEBIHAN"]
    assert data["deadlines"][2]["due"] == "2024-11-24"
    rules = [f["rule"] for f in data["findings"]]
    assert rules == ["MELEBIHI_BATAS_SUMBANGAN", "LAPORAN_TERLAMBAT", "TIDAK_DALAM_LPSDK"]
    for finding in data["findings"]:
        assert set(finding) == VIOLATION_KEYS
    late = data["findings"][1]
    assert late["dates"] == ["2024-11-25", "2024-11-24"]
    assert late["sanction"].startswith("the pair is not proposed")
    assert late["basis"] == "PKPU 14/2024 Pasal 33 ayat (2)"


def test_dana_reads_json_and_a_spending_limit(run_json, tmp_path):
    path = tmp_path / "dana.json"
    path.write_text(write_dana_json(read_dana_csv(DANA_CSV, pasangan="Paslon 9")), "utf-8")
    code, data = run_json("dana", str(path), "--tanggal", "2024-11-30")
    assert (code, data["pair"], data["findings"]) == (0, "Paslon 9", [])
    code, data = run_json(
        "dana", str(path), "--tanggal", "2024-11-30", "--batas-pengeluaran", "Rp59.999.999,99"
    )
    assert code == 1
    assert [f["rule"] for f in data["findings"]] == ["MELEBIHI_BATAS_PENGELUARAN"]


def test_dana_follows_a_custom_schedule(run_json, tmp_path):
    schedule = tmp_path / "ulang.toml"
    schedule.write_text(
        'name = "Pemilihan Ulang 2025"\nvoting_day = 2025-08-27\n'
        "[stages.KAMPANYE]\nstart = 2025-07-25\nend = 2025-08-23\n",
        encoding="utf-8",
    )
    account = tmp_path / "dana.csv"
    account.write_text(
        "tanggal,transaksi,jenis_penyumbang,nama,identitas,bentuk,jumlah,uraian,bukti\n"
        "2025-08-24,laporan,,LPPDK,,,,,\n",
        encoding="utf-8",
    )
    code, data = run_json("dana", str(account), "--file", str(schedule), "--tanggal", "2025-08-24")
    assert data["deadlines"][2]["due"] == "2025-08-24"
    assert [f["rule"] for f in data["findings"]] == ["LAPORAN_TIDAK_ADA", "LAPORAN_TIDAK_ADA"]
    assert code == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("tanggal,jumlah\n", "missing columns"),
        (DANA_CSV + "2024-10-02,penerimaan,perseorangan,Ani,,uang,0,,\n", "baris 9.jumlah"),
        (DANA_CSV + "2024-10-02,hibah,,,,,,,\n", "baris 9.transaksi"),
    ],
)
def test_dana_bad_files_exit_2(run, tmp_path, text, message):
    path = tmp_path / "buruk.csv"
    path.write_text(text, encoding="utf-8")
    code, out, err = run("dana", str(path))
    assert (code, out) == (2, "")
    assert err.startswith("python -m pilkada dana: error: ")
    assert message in err


def test_dana_json_is_valid_json_on_a_clean_account(run, clean):
    code, out, _ = run("dana", clean, "--tanggal", "2024-11-30", "--json")
    assert code == 0
    assert json.loads(out)["findings"] == []
