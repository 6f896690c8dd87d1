from __future__ import annotations

import subprocess
import sys

import pytest

from pilkada.cli import main


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
