"""``laporan``: a report to Bawaslu, on time or late, and the deadlines that follow."""

from __future__ import annotations

from pilkada import cli


def test_laporan_on_time_lists_what_follows(run):
    argv = ["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-27"]
    code, out, _ = run(*argv, "--jenis", "pidana")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        "Batas laporan: Rabu, 27 November 2024 (7 hari sejak diketahui). Laporan tepat waktu."
    )
    assert lines[1] == "Jika diregister hari itu:"
    assert "Sabtu, 30 November 2024 [UU 1/2015 Pasal 134 ayat (5)]" in lines[2]
    assert any("1 x 24 jam" in line for line in lines)
    _, english, _ = run(*argv, "--jenis", "pidana", "--lang", "en")
    assert english.splitlines()[1] == "If registered that day:"
    # The Gakkumdu steps are official since the sources agree (checked 2026-12-02).
    assert "(provisional rule)" not in english
    _, dispute, _ = run(*argv, "--jenis", "administrasi_tsm", "--lang", "en")
    assert "(provisional rule)" in dispute


def test_laporan_json(run_json):
    argv = ["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-27", "--jenis"]
    code, data = run_json(*argv, "pidana")
    assert code == 0
    assert set(data) == {
        *("command", "lang", "known_on", "filed_on", "kind", "due", "on_time", "message"),
        *("basis", "certainty", "deadlines", "following"),
    }
    assert (data["kind"], data["due"], data["on_time"]) == ("PIDANA", "2024-11-27", True)
    assert data["deadlines"][0] == {
        "code": "PUTUSAN_BAWASLU",
        "description": "Bawaslu menindaklanjuti laporan paling lama 3 hari setelah diterima",
        "due": "2024-11-30",
        "basis": "UU 1/2015 Pasal 134 ayat (5)",
        "certainty": "OFFICIAL",
    }
    forward = data["following"][0]
    assert set(forward) == {"code", "description", "after", "amount", "unit", "basis", "certainty"}
    assert (forward["after"], forward["amount"], forward["unit"]) == ("DIPUTUS", 24, "JAM")
    assert {f["unit"] for f in data["following"]} <= {"HARI", "HARI_KERJA", "JAM"}


def test_laporan_late_exits_1(run, run_json):
    argv = ["laporan", "--diketahui", "2024-11-20", "--dilaporkan", "2024-11-28"]
    code, data = run_json(*argv)
    assert code == 1
    assert (data["due"], data["on_time"], data["kind"]) == ("2024-11-27", False, None)
    assert "terlambat" in data["message"]
    code, out, _ = run(*argv, "--lang", "en")
    assert code == 1
    assert out.endswith("The report is late: it will not be registered.\n")


def test_a_deadline_past_the_calendar_is_bad_input(capsys):
    status = cli.main(["laporan", "--diketahui", "9999-12-28", "--dilaporkan", "9999-12-30"])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.err.count("\n") == 1
    assert "after the year 9999" in captured.err
