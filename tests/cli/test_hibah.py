"""``hibah``: the NPHD tranches, the report paragraph and the findings."""

from __future__ import annotations

import pytest

HIBAH = [
    *("hibah", "34905207000", "--ditandatangani", "2023-11-10"),
    *("--daerah", "Kabupaten Blora"),
]  #: The keys of a violation, in every command that checks rules (docs/cli.md).
VIOLATION_KEYS = {"rule", "key", "dates", "message", "basis", "certainty"}


def test_hibah_prints_the_tranche_table_and_the_paragraph(run):
    code, out, _ = run(*HIBAH)
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
    *("signed_on", "voting_day", "payment", "tranches", "description", "payments", "findings"),
}


def test_hibah_json_and_findings_exit_1(run_json):
    code, data = run_json("hibah", "Rp34.905.207.000,00", "--ditandatangani", "2024-07-01")
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
    # The signing deadline's circular was not opened: its finding is a question to check.
    assert data["findings"][0]["certainty"] == "PROVISIONAL"


def test_hibah_single_payment_in_english(run, run_json):
    argv = ["hibah", "1000000", "--ditandatangani", "2023-11-10", "--sekaligus", "--lang", "en"]
    argv += ["--penerima", "Bawaslu", "--daerah", "Kota Ambon"]
    code, out, _ = run(*argv)
    assert code == 0
    assert "single payment  100%" in out
    assert "between the Government of Ambon City and Bawaslu Ambon City" in out
    assert out.splitlines()[-1].startswith("Legal basis: ")
    _, data = run_json(*argv)
    assert (data["grantee"], data["payment"]) == ("BAWASLU", "SINGLE")
    assert data["grantor"] == "Pemerintah Kota Ambon"
    assert [(t["label"], t["share"]) for t in data["tranches"]] == [("single payment", "1")]


def test_hibah_json_values_are_to_dict_values(run_json):
    import datetime as dt  # noqa: PLC0415

    from pilkada import GrantAgreement, Rupiah, to_dict  # noqa: PLC0415

    _, data = run_json("hibah", "34905207000", "--ditandatangani", "2024-07-01")
    agreement = GrantAgreement(amount=Rupiah(34_905_207_000), signed_on=dt.date(2024, 7, 1))
    tranche = to_dict(agreement.tranches[0])
    assert {k: data["tranches"][0][k] for k in ("number", "share", "amount", "due")} == {
        k: tranche[k] for k in ("number", "share", "amount", "due")
    }
    finding = to_dict(agreement.findings()[0])
    assert {k: data["findings"][0][k] for k in ("rule", "key", "dates", "certainty")} == {
        k: finding[k] for k in ("rule", "key", "dates", "certainty")
    }


# -- the ledger: --buku-besar and --per ------------------------------------------------------

BLORA = ["hibah", "34905207000", "--ditandatangani", "2023-11-10"]
ON_TIME = "kind,on,amount,note\nTRANSFER,2023-11-30,13962082800,tahap I\n"


def _ledger(tmp_path, text, name="buku.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_tranche_paid_on_its_due_day_is_on_time(run_json, tmp_path):
    code, data = run_json(*BLORA, "--buku-besar", _ledger(tmp_path, ON_TIME))
    assert code == 0
    assert data["findings"] == []
    assert data["payments"]["on"] == "2023-11-30"
    assert data["payments"]["tranches"][0]["state"] == "PAID"


def test_a_tranche_paid_the_day_after_is_a_finding_and_exit_1(run, run_json, tmp_path):
    late = ON_TIME.replace("2023-11-30", "2023-12-01")
    code, data = run_json(*BLORA, "--buku-besar", _ledger(tmp_path, late))
    assert code == 1
    assert [(f["rule"], f["dates"]) for f in data["findings"]] == [
        ("PENCAIRAN_TERLAMBAT", ["2023-12-01", "2023-11-30"])
    ]
    assert data["payments"]["tranches"][0]["days_late"] == 1
    code, out, _ = run(*BLORA, "--buku-besar", _ledger(tmp_path, late))
    assert code == 1
    assert "lunas terlambat (1 hari)" in out
    assert "1 hari setelah batas 30 November 2023" in out


def test_a_missing_payment_counts_only_with_per(run_json, tmp_path):
    path = _ledger(tmp_path, ON_TIME)
    code, _ = run_json(*BLORA, "--buku-besar", path)
    assert code == 0  # no day given: nothing is assumed missing
    code, data = run_json(*BLORA, "--buku-besar", path, "--per", "2024-06-27")
    assert code == 0  # tahap II is due on the 27th itself ("paling lambat")
    code, data = run_json(*BLORA, "--buku-besar", path, "--per", "2024-06-28")
    assert code == 1
    assert [(f["rule"], f["dates"]) for f in data["findings"]] == [
        ("PENCAIRAN_BELUM_LUNAS", ["2024-06-28", "2024-06-27"])
    ]
    assert data["payments"]["tranches"][1] == {
        "number": 2,
        "label": "tahap II",
        "paid": "0.00",
        "state": "OVERDUE",
        "paid_on": None,
        "days_late": 1,
    }


def test_a_json_ledger_is_read_as_to_dict_writes_it(run_json, tmp_path):
    import json  # noqa: PLC0415

    from pilkada import LedgerEntry, LedgerKind, Rupiah, to_dict  # noqa: PLC0415

    entries = [
        LedgerEntry(kind=LedgerKind.TRANSFER, on="2023-11-30", amount=Rupiah(13_962_082_800)),
        LedgerEntry(kind=LedgerKind.TRANSFER, on="2024-06-28", amount=Rupiah(20_943_124_200)),
    ]
    path = _ledger(tmp_path, json.dumps([to_dict(e) for e in entries]), "buku.json")
    code, data = run_json(*BLORA, "--buku-besar", path)
    assert code == 1
    assert [f["rule"] for f in data["findings"]] == ["PENCAIRAN_TERLAMBAT"]
    assert data["payments"]["tranches"][1]["paid_on"] == "2024-06-28"


@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("kind,on\nTRANSFER,2023-11-30\n", "b.csv", "header"),
        ("kind,on,amount\nTRANSFER,2023-11-30\n", "b.csv", "line 2"),
        ("kind,on,amount\nTRANSFER,2023-11-30,13.5x\n", "b.csv", "line 2: amount"),
        ("kind,on,amount\nGIFT,2023-11-30,5\n", "b.csv", "line 2: kind"),
        ("kind,on,amount\nTRANSFER,2023-11-09,5\n", "b.csv", "ledger[0].on"),
        ('[{"kind": "TRANSFER", "on": "x", "amount": "5.00"}]', "b.json", "[0].on"),
        ("{}", "b.json", "not a JSON list"),
        ("[", "b.json", "not JSON"),
    ],
)
def test_a_bad_ledger_is_blamed_on_buku_besar(run, tmp_path, text, name, where):
    code, out, err = run(*BLORA, "--buku-besar", _ledger(tmp_path, text, name))
    assert code == 2
    assert out == ""
    assert "argumen --buku-besar:" in err
    assert where in err


def test_buku_besar_that_cannot_be_read(run, tmp_path):
    code, _, err = run(*BLORA, "--buku-besar", str(tmp_path / "none.csv"))
    assert code == 2
    assert "argumen --buku-besar: tidak dapat membaca" in err
    code, _, err = run(*BLORA, "--buku-besar", "a\0b")
    assert code == 2
    assert "NUL" in err


def test_per_before_signing_is_refused(run, tmp_path):
    code, _, err = run(*BLORA, "--buku-besar", _ledger(tmp_path, ON_TIME), "--per", "2023-11-09")
    assert code == 2
    assert "argumen --per:" in err


def test_per_without_a_ledger_reads_nothing_paid(run_json):
    code, data = run_json(*BLORA, "--per", "2023-12-01")
    assert code == 1
    assert [f["rule"] for f in data["findings"]] == ["PENCAIRAN_BELUM_LUNAS"]
    assert data["payments"]["disbursed"] == "0.00"
    code, data = run_json(*BLORA)
    assert (code, data["payments"]) == (0, None)
