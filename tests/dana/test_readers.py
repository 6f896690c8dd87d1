"""Reading and writing a campaign account: CSV and JSON, every sen kept."""

from __future__ import annotations

import pytest
from hypothesis import given

from pilkada import Rupiah
from pilkada.dana import read_dana_csv, read_dana_json, write_dana_csv, write_dana_json
from pilkada.dana.readers import COLUMNS
from pilkada.errors import PilkadaError, PilkadaParseError, PilkadaValueError
from tests.strategies import dana_accounts

HEADER = ",".join(COLUMNS) + "\n"


@given(dana_accounts())
def test_json_round_trip_keeps_every_line_and_sen(dana):
    assert read_dana_json(write_dana_json(dana)) == dana


@given(dana_accounts())
def test_csv_round_trip_keeps_every_line_and_sen(dana):
    again = read_dana_csv(
        write_dana_csv(dana), pasangan=dana.pasangan, batas_pengeluaran=dana.batas_pengeluaran
    )
    assert again == dana


def test_amounts_are_read_the_indonesian_way_and_columns_in_any_order():
    text = (
        "bukti,jumlah,tanggal,transaksi,jenis_penyumbang,nama,identitas,bentuk,uraian\n"
        'S-1,"Rp1.500.000,50",2024-10-01,penerimaan,Perseorangan,Ani,,Jasa,\n'
        "P-1,2500000,2024-10-02,pengeluaran,,,,,konsumsi\n"
        "K-1,Rp2 juta,2024-12-01,setoran,,,,,\n"
    )
    dana = read_dana_csv(text, pasangan="Paslon 1")
    assert dana.sumbangan[0].jumlah == Rupiah("1500000.50")
    assert dana.sumbangan[0].bentuk.name == "JASA"
    assert dana.pengeluaran[0].jumlah == Rupiah(2_500_000)
    assert dana.setoran[0].jumlah == Rupiah(2_000_000)


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("2024-10-01,penerimaan,perseorangan,Ani,,uang,\"Rp 1,500,000\",,", "csv: baris 2.jumlah",
         "Rp 1,500,000"),
        ("2024-13-01,penerimaan,perseorangan,Ani,,uang,1,,", "csv: baris 2.tanggal", "2024-13-01"),
        ("2024-10-01,sumbangan,perseorangan,Ani,,uang,1,,", "csv: baris 2.transaksi", "sumbangan"),
        ("2024-10-01,penerimaan,koperasi,Ani,,uang,1,,", "csv: baris 2.jenis_penyumbang",
         "koperasi"),
        ("2024-10-01,laporan,,LPJ,,,,,", "csv: baris 2.nama", "LPJ"),
        ("2024-10-01,penerimaan,perseorangan,,,uang,1,,", "csv: baris 2.nama", ""),
    ],
)  # fmt: skip
def test_a_bad_cell_names_its_line_and_column(line, field, value):
    with pytest.raises(PilkadaValueError) as caught:
        read_dana_csv(HEADER + line + "\n", pasangan="P")
    assert (caught.value.field, caught.value.value) == (field, value)
    assert caught.value.rule


def test_a_file_that_is_not_an_account_is_refused():
    with pytest.raises(PilkadaParseError) as caught:
        read_dana_csv("tanggal,jumlah\n2024-10-01,1\n", pasangan="P", source="dana.csv")
    assert caught.value.field == "dana.csv"
    assert "missing columns: transaksi" in caught.value.problem
    with pytest.raises(PilkadaParseError) as caught:
        read_dana_json("[1, 2]", source="dana.json")
    assert (caught.value.field, caught.value.rule) == (
        "dana.json",
        "an object with 'pasangan' and a list 'baris'",
    )
    with pytest.raises(PilkadaParseError):
        read_dana_json("{not json")
    with pytest.raises(PilkadaValueError) as caught:
        read_dana_json('{"pasangan": "P", "baris": [{"jumlah": 5}]}')
    assert caught.value.field == "json: baris[0]"
    with pytest.raises(PilkadaValueError) as caught:
        read_dana_json('{"pasangan": "", "baris": []}')
    assert caught.value.field == "pasangan"


def test_an_lpsdk_listing_nothing_is_not_a_report_without_contents():
    dana = read_dana_csv(HEADER + "2024-10-24,laporan,,LPSDK,,,,,;\n", pasangan="P")
    assert dana.laporan[0].sumbangan == ()
    dana = read_dana_csv(HEADER + "2024-10-24,laporan,,LPSDK,,,,,\n", pasangan="P")
    assert dana.laporan[0].sumbangan is None


@pytest.mark.parametrize(
    ("call", "field", "value"),
    [
        (lambda: read_dana_csv(None, pasangan="P"), "text", None),
        (lambda: read_dana_csv(HEADER, pasangan=5), "pasangan", 5),
        (lambda: read_dana_csv(HEADER, pasangan="P", source=2**64), "source", 2**64),
        (lambda: read_dana_json(b"{}"), "text", b"{}"),
        (lambda: read_dana_json("{}", source=[1]), "source", [1]),
        (lambda: read_dana_json('{"pasangan": 1, "baris": []}'), "json: pasangan", 1),
        (lambda: read_dana_json('{"pasangan": "P", "baris": [], "batas_pengeluaran": 1.5}'),
         "json: batas_pengeluaran", 1.5),
        (lambda: write_dana_csv(None), "account", None),
        (lambda: write_dana_json("Paslon 1"), "account", "Paslon 1"),
    ],
)  # fmt: skip
def test_an_argument_of_the_wrong_kind_is_refused_naming_it(call, field, value):
    with pytest.raises(PilkadaError) as caught:
        call()
    assert caught.value.field == field
    assert caught.value.value == value


def test_a_huge_number_for_the_text_is_refused_not_printed():
    with pytest.raises(PilkadaError) as caught:
        read_dana_csv(10**5000, pasangan="P")  # too long for str(): shown without it
    assert caught.value.field == "text"
