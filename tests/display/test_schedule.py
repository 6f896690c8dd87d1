"""Schedule.to_html() and to_pandas() (pilkada.display.schedule)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from pilkada import (
    PILKADA_2024,
    Schedule,
    ScheduleEntry,
    Stage,
)
from pilkada.calendar import Period
from pilkada.law import Certainty
from tests.display.reading import read, rows

# -- schedules ---------------------------------------------------------------------------------


def test_schedule_html_has_indonesian_headers_dates_and_offsets():
    html = PILKADA_2024.to_html()
    assert PILKADA_2024._repr_html_() == html
    table = rows(html)
    assert table[0] == ["Tahapan", "Waktu", "H", "Ket."]
    assert len(table) == 1 + len(PILKADA_2024)
    by_label = {row[0]: row for row in table[1:]}
    assert by_label["Pelaksanaan kampanye"] == [
        "Pelaksanaan kampanye",
        "25 September–23 November 2024",
        "H-63 s.d. H-4",
        "",
    ]
    assert by_label["Masa tenang"][1:3] == ["24–26 November 2024", "H-3 s.d. H-1"]
    assert by_label["Perencanaan program dan anggaran"][1:3] == [
        "paling lambat 26 Januari 2024",
        "H-306",
    ]
    assert "Hari pemungutan suara: Rabu, 27 November 2024" in read(html).paragraphs


def test_schedule_html_marks_provisional_rows():
    reader = read(PILKADA_2024.to_html())
    marked = {cells[0] for cells, attrs in reader.tables[0] if attrs.get("class")}
    provisional = {e.label() for e in PILKADA_2024 if e.certainty is Certainty.PROVISIONAL}
    assert marked == provisional
    assert "Pembentukan PPK" in marked
    for cells, attrs in reader.tables[0][1:]:
        assert (cells[-1] == "sementara") == (attrs.get("class") == "pilkada-provisional")
    derived = [cells for cells, _ in reader.tables[0] if cells[-1] == "turunan"]
    assert [cells[0] for cells in derived] == ["Pembubaran Pengawas TPS"]


def test_schedule_html_in_english():
    html = PILKADA_2024.to_html(locale="en")
    table = rows(html)
    assert table[0] == ["Stage", "When", "D", "Notes"]
    campaign = next(row for row in table if row[0] == "Campaign")
    assert campaign[2] == "D-63 to D-4"
    assert "Voting day: Wednesday, November 27, 2024" in read(html).paragraphs
    assert "provisional" in {row[-1] for row in table}


def test_schedule_html_escapes_hostile_text():
    hostile = '<script>alert("x")</script> & <b>'
    schedule = Schedule(
        name=hostile,
        voting_day=dt.date(2024, 11, 27),
        entries=[
            ScheduleEntry(
                key=Stage.KAMPANYE,
                when=Period(dt.date(2024, 9, 25), dt.date(2024, 11, 23)),
                note=hostile,
            )
        ],
    )
    html = schedule.to_html()
    assert "<script>" not in html
    assert "<b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;" in html
    assert read(html).paragraphs[0] == hostile  # shown as text, exactly


def test_schedule_to_pandas_columns_and_values():
    df = PILKADA_2024.to_pandas()
    assert list(df.columns) == [
        "key",
        "kind",
        "label",
        "form",
        "start",
        "end",
        "h_start",
        "h_end",
        "certainty",
        "basis",
        "source",
        "note",
    ]
    assert len(df) == len(PILKADA_2024)
    assert str(df["start"].dtype) == "datetime64[ns]"
    assert str(df["end"].dtype) == "datetime64[ns]"
    assert str(df["h_start"].dtype) == "Int64"
    kampanye = df[df["key"] == "KAMPANYE"].iloc[0]
    assert kampanye["kind"] == "stage"
    assert kampanye["form"] == "period"
    assert kampanye["start"] == pd.Timestamp("2024-09-25")
    assert kampanye["end"] == pd.Timestamp("2024-11-23")
    assert (kampanye["h_start"], kampanye["h_end"]) == (-63, -4)
    assert kampanye["certainty"] == "OFFICIAL"
    deadline = df[df["key"] == "PERENCANAAN_PROGRAM_DAN_ANGGARAN"].iloc[0]
    assert deadline["form"] == "deadline"
    assert pd.isna(deadline["start"])
    assert pd.isna(deadline["h_start"])
    assert deadline["end"] == pd.Timestamp("2024-01-26")
    assert deadline["h_end"] == -306
    assert set(df["certainty"]) == {"OFFICIAL", "DERIVED", "PROVISIONAL"}
    assert list(df["key"]) == [entry.key.name for entry in PILKADA_2024]
