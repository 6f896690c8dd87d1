"""``tanggal``: a date or a period, the Indonesian way."""

from __future__ import annotations


def test_tanggal(run):
    assert run("tanggal", "2024-11-27")[1] == "Rabu, 27 November 2024\n"
    assert run("tanggal", "2024-08-27", "2024-08-29")[1] == "27–29 Agustus 2024\n"
    assert run("tanggal", "2024-09-06", "--lang", "en")[1] == "Friday, September 6, 2024\n"


def test_tanggal_json(run_json):
    _, data = run_json("tanggal", "2024-09-25", "2024-11-23")
    assert data == {
        "command": "tanggal",
        "lang": "id",
        "start": "2024-09-25",
        "end": "2024-11-23",
        "days": 60,
        "text": "25 September–23 November 2024",
    }
    _, data = run_json("tanggal", "2024-11-27", "--lang", "en")
    assert (data["end"], data["days"], data["text"]) == (None, 1, "Wednesday, November 27, 2024")
