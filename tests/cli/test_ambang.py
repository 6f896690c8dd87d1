"""``ambang``: the nomination thresholds."""

from __future__ import annotations

AMBANG = ["ambang", "--tingkat", "provinsi", "--dpt", "8214007"]


def test_ambang(run):
    code, out, _ = run(*AMBANG)
    assert code == 0
    assert out.splitlines() == [
        "Partai/gabungan: paling sedikit 7,5% suara sah (DPT lebih dari 6.000.000 sampai dengan "
        "12.000.000) [Putusan MK 60/PUU-XXII/2024]",
        "Perseorangan: paling sedikit 7,5% dari DPT 8.214.007 = 616.051 dukungan, tersebar di "
        "lebih dari 50% jumlah kabupaten/kota [UU 10/2016 Pasal 41 ayat (1)]",
    ]


def test_ambang_json_before_mk_60(run_json):
    argv = ["ambang", "--tingkat", "kabupaten", "--dpt", "250000", "--tanggal", "2024-08-19"]
    code, data = run_json(*argv)
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
