"""``adhoc``: the ad hoc bodies, their members and honorarium."""

from __future__ import annotations

ADHOC = ["adhoc", "--kecamatan", "16", "--desa", "295", "--tps", "1200"]


def test_adhoc_table(run):
    code, out, _ = run(*ADHOC)
    assert code == 0
    lines = out.splitlines()
    assert lines[1].split() == ["PPK", "16", "80", "Rp180.800.000,00", "8", "Rp1.446.400.000,00"]
    assert lines[3].split()[:3] == ["KPPS", "1200", "8400"]
    assert lines[8].split() == ["Jumlah", "12108", "Rp9.790.300.000,00", "Rp19.522.400.000,00"]
    assert "Surat Menkeu S-647/MK.02/2022" in out
    _, english, _ = run(*ADHOC, "--lang", "en")
    head = english.splitlines()[0].split()
    assert head == ["Body", "Bodies", "Members", "Monthly", "Months", "Term"]
    assert english.splitlines()[-1] == "Rates: Surat Menkeu S-647/MK.02/2022"


ADHOC_KEYS = {
    *("command", "lang", "kecamatan", "desa", "tps", "voters_per_tps", "bodies"),
    *("members_kpu", "members_bawaslu", "members", "monthly", "term", "rates_basis", "note"),
}


BODY_KEYS = {"kind", "name", "organiser", "bodies", "members", "monthly", "term_months", "term"}


def test_adhoc_json(run_json):
    argv = ["adhoc", "--kecamatan", "1", "--desa", "2", "--tps", "3", "--pemilih-per-tps", "450"]
    code, data = run_json(*argv)
    assert code == 0
    assert set(data) == ADHOC_KEYS
    assert all(set(body) == BODY_KEYS for body in data["bodies"])
    pantarlih = next(b for b in data["bodies"] if b["kind"] == "PANTARLIH")
    assert (pantarlih["members"], pantarlih["monthly"]) == (6, "6000000.00")
    pkd = next(b for b in data["bodies"] if b["kind"] == "PKD")
    assert (pkd["organiser"], pkd["monthly"], pkd["term"]) == ("BAWASLU", None, None)
    assert data["voters_per_tps"] == 450
    assert data["monthly"] == "43500000.00"
