"""``jadwal``: the schedule, its H-offsets, what is in progress, its date rules."""

from __future__ import annotations

import datetime as dt

import pilkada


def test_jadwal_table_marks_what_is_in_progress(run):
    code, out, _ = run("jadwal", "--tanggal", "2024-11-25")
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


def test_jadwal_in_english(run):
    code, out, _ = run("jadwal", "--tanggal", "2024-11-27", "--lang", "en")
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


def test_jadwal_json(run_json):
    code, data = run_json("jadwal", "--tanggal", "2024-11-25")
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
        "h_start": -63,
        "h_end": -4,
        "offset_start": "H-63",
        "offset_end": "H-4",
        "active": False,
        "certainty": "OFFICIAL",
        "basis": "PKPU 2/2024 Lampiran",
        "source": kampanye["source"],
        "note": "",
    }
    penetapan = next(e for e in data["entries"] if e["key"] == "PENETAPAN_CALON_TERPILIH")
    assert penetapan["after"] == {"anchor": "MK_NOTIFICATION", "days": 3, "working_days": False}
    assert (penetapan["certainty"], penetapan["basis"]) == ("OFFICIAL", "PKPU 18/2024 Pasal 57")
    assert {e["certainty"] for e in data["entries"]} <= {"OFFICIAL", "DERIVED", "PROVISIONAL"}
    _, english = run_json("jadwal", "--tanggal", "2024-11-25", "--lang", "en")
    assert next(e for e in english["entries"] if e["key"] == "KAMPANYE")["name"] == "Campaign"
    assert english["offset"] == "H-2"  # offsets keep the Indonesian notation in JSON


def test_jadwal_from_a_file_with_a_rule_breach_exits_1(run, run_json, psu):
    code, out, _ = run("jadwal", "--file", str(psu), "--tanggal", "2025-08-01")
    assert code == 1
    assert "PSU Contoh" in out
    assert "Pelanggaran aturan tanggal:" in out
    assert "padahal harus berakhir sehari sebelum masa tenang dimulai (23 Agustus 2025)" in out
    code, data = run_json("jadwal", "--file", str(psu), "--tanggal", "2025-08-01")
    assert code == 1
    violation = data["violations"][0]
    assert set(violation) == VIOLATION_KEYS
    assert violation["key"] == "KAMPANYE"
    assert violation["dates"] == ["2025-08-24", "2025-08-23"]
    assert "padahal harus berakhir" in violation["message"]
    argv = ["jadwal", "--file", str(psu), "--tanggal", "2025-08-01", "--lang", "en"]
    _, data = run_json(*argv)
    assert "padahal" not in data["violations"][0]["message"]


def test_jadwal_bad_file_exits_2_with_one_line_naming_the_field(run, tmp_path):
    path = tmp_path / "salah.toml"
    path.write_text(
        'name = "x"\nvoting_day = 2025-08-27\n[stages.KAMPANYEE]\nstart = 2025-08-01\n',
        encoding="utf-8",
    )
    code, _, err = run("jadwal", "--file", str(path))
    assert code == 2
    assert err.count("\n") == 1
    assert "stages.KAMPANYEE" in err
    assert "did you mean 'KAMPANYE'" in err


def test_jadwal_defaults_to_today(run):
    code, out, _ = run("jadwal")
    assert code == 0
    assert f"({pilkada.PILKADA_2024.offset(dt.date.today())})" in out.splitlines()[2]
