"""``sengketa``: the Pasal 158 bar and the filing deadline."""

from __future__ import annotations

SENGKETA_KEYS = {
    *("command", "lang", "level", "population", "valid_votes", "gap", "share", "max_gap"),
    *("margin", "within_bar", "decided_by_rounding", "summary", "note", "basis", "certainty"),
    *("announced_on", "filing_deadline", "findings"),
}


def test_sengketa_over_the_bar_exits_1(run, run_json):
    argv = ["sengketa", "--tingkat", "kabupaten", "--penduduk", "410000", "--suara-sah", "120000"]
    code, out, _ = run(*argv, "--selisih", "2500", "--diumumkan", "2024-12-06")
    assert code == 1
    assert "1.800 dari 120.000 suara sah" in out
    assert "Batas pengajuan permohonan: paling lambat 10 Desember 2024" in out
    code, data = run_json(*argv, "--selisih", "2500", "--diumumkan", "2024-12-06")
    assert code == 1
    assert set(data) == SENGKETA_KEYS
    assert (data["within_bar"], data["margin"], data["filing_deadline"]) == (
        False,
        -700,
        "2024-12-10",
    )
    assert [f["rule"] for f in data["findings"]] == ["SELISIH_SUARA_PASAL_158"]
    code, data = run_json(*argv, "--selisih", "1800")
    assert code == 0
    assert (data["max_gap"], data["within_bar"], data["findings"]) == (1800, True, [])
    assert (data["level"], data["share"], data["announced_on"]) == ("KABUPATEN", "3/200", None)


def test_sengketa_without_the_announcement_day_says_how_to_get_the_deadline(run):
    argv = ["sengketa", "--tingkat", "kota", "--penduduk", "1", "--suara-sah", "100"]
    _, out, _ = run(*argv, "--selisih", "1")
    assert out.splitlines()[-1] == (
        "Batas pengajuan permohonan: dihitung dari hari KPU mengumumkan hasil; "
        "berikan --diumumkan TANGGAL."
    )
    _, out, _ = run(*argv, "--selisih", "1", "--lang", "en")
    assert out.splitlines()[-1].endswith("give --diumumkan DATE.")
