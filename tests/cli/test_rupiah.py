"""``rupiah``: read, format, spell out and split an amount."""

from __future__ import annotations


def test_rupiah_split_prints_the_seed_tranches(run):
    code, out, _ = run("rupiah", "Rp34.905.207.000,00", "--split", "40", "60")
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


def test_rupiah_in_english_with_uneven_shares(run):
    code, out, _ = run("rupiah", "Rp100", "--split", "1", "1", "1", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Amount: IDR100.00"
    assert lines[2] == "Part 1 (33.33%): IDR33.34"
    assert lines[-1] == "Sum of parts: IDR100.00"


def test_rupiah_in_english_reads_english_notation(run):
    code, out, _ = run("rupiah", "IDR 1,500,000.00", "--lang", "en")
    assert code == 0
    assert out.splitlines()[0] == "Amount: IDR1,500,000.00"


def test_rupiah_refuses_absurd_weights(run):
    code, _, err = run("rupiah", "Rp100", "--split", "1e100000000", "1", "--lang", "en")
    assert code == 2
    assert "a weight must be a number from 0 to 1e9" in err


def test_rupiah_json(run_json):
    code, data = run_json("rupiah", "Rp34.905.207.000,00", "--split", "40", "60")
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
    _, data = run_json("rupiah", "IDR 2.5 million", "--lang", "en")
    assert (data["amount"], data["parts"], data["total"]) == ("2500000.00", [], None)
    assert data["formatted"] == "IDR2,500,000.00"
