"""Schedule.plot(): rendered headless, its content checked (pilkada.display.plot.schedule)."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("matplotlib")

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from pilkada import (
    PILKADA_2024,
    Certainty,
    Deadline,
    Period,
    Schedule,
    Stage,
)
from pilkada.display.plot import GID, day_of
from tests.display.plot.figures import (
    TODAY,
    VOTING_DAY,
    drawn,
    texts,
    tick_texts,
    with_gid,
    x_days,
)

# -- the schedule ------------------------------------------------------------------------------


def test_months_are_named_in_indonesian(schedule_id):
    labels = tick_texts(schedule_id.axes[0].get_xticklabels())
    months = [label.split("\n")[0] for label in labels]
    assert months == [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
        "Jan", "Feb",
    ]  # fmt: skip
    assert labels[0] == "Jan\n2024"
    assert labels[12] == "Jan\n2025"


def test_months_are_named_in_english_with_lang_en(schedule_en):
    months = [label.split("\n")[0] for label in tick_texts(schedule_en.axes[0].get_xticklabels())]
    assert {"May", "Aug", "Oct", "Dec"} <= set(months)
    assert not {"Mei", "Agu", "Okt", "Des"} & set(months)


def test_one_row_per_dated_entry_in_legal_order(schedule_id):
    dated = [entry for entry in PILKADA_2024 if entry.first_day is not None]
    periods = [entry for entry in dated if isinstance(entry.when, Period)]
    deadlines = [entry for entry in dated if isinstance(entry.when, Deadline)]
    bars = with_gid(schedule_id, "bar")
    assert all(isinstance(bar, Rectangle) for bar in bars)
    assert len(bars) == len(periods) == 31
    assert len(with_gid(schedule_id, "deadline")) == len(deadlines) == 3
    rows = tick_texts(schedule_id.axes[0].get_yticklabels())
    assert [row.replace("\n", " ") for row in rows] == [entry.label() for entry in dated]
    assert rows[0] == "Perencanaan program dan anggaran"


def test_a_bar_covers_its_period_inclusively(schedule_id):
    bars = with_gid(schedule_id, "bar")
    periods = [entry for entry in PILKADA_2024 if isinstance(entry.when, Period)]
    kampanye = bars[[entry.key for entry in periods].index(Stage.KAMPANYE)]
    assert day_of(kampanye.get_x()) == dt.date(2024, 9, 25)
    assert kampanye.get_width() == pytest.approx(60)  # 25 September to 23 November, inclusive


def test_provisional_entries_are_hatched_and_in_the_legend(schedule_id):
    periods = [entry for entry in PILKADA_2024 if isinstance(entry.when, Period)]
    for bar, entry in zip(with_gid(schedule_id, "bar"), periods, strict=True):
        hatched = bool(bar.get_hatch())
        assert hatched == (entry.certainty is not Certainty.OFFICIAL), entry.key
    legend = tick_texts(schedule_id.axes[0].get_legend().get_texts())
    assert legend[0] == "resmi"
    assert any(text.startswith("sementara") for text in legend)
    assert any(text.startswith("paling lambat") for text in legend)


def test_voting_day_and_today_are_marked(schedule_id, schedule_en):
    assert x_days(schedule_id, "voting") == [VOTING_DAY]
    assert x_days(schedule_id, "today") == [TODAY]
    assert "Pemungutan suara\n27 Nov 2024" in texts(schedule_id)
    assert "Hari ini\n25 Nov 2024" in texts(schedule_id)
    assert "Voting day\nNov 27, 2024" in texts(schedule_en)


@pytest.mark.parametrize("today", [dt.date(2023, 12, 31), dt.date(2030, 1, 1)])
def test_today_outside_the_plotted_months_is_not_drawn(today):
    figure = PILKADA_2024.plot(today=today)
    assert with_gid(figure, "today") == []
    assert not any(text.startswith("Hari ini") for text in texts(figure))
    assert x_days(figure, "voting") == [VOTING_DAY]


def test_today_defaults_to_the_real_today():
    schedule = Schedule.derived_from(dt.date.today() + dt.timedelta(days=40))
    assert x_days(schedule.plot(), "today") == [dt.date.today()]


def test_entries_without_a_date_are_named_under_the_axis(schedule_id, schedule_en):
    note = schedule_id.axes[0].get_xlabel().replace("\n", " ")
    assert "PKPU 2/2024" in note
    assert "Penetapan calon terpilih" in note
    assert "Pengusulan pengesahan pengangkatan calon terpilih" in note
    assert "Declaring the elected pair" in schedule_en.axes[0].get_xlabel().replace("\n", " ")


def test_draws_on_the_axes_it_is_given():
    figure = Figure()
    left, right = figure.subplots(1, 2)
    returned = PILKADA_2024.plot(today=TODAY, ax=right)
    assert returned is figure
    assert len([a for a in right.patches if a.get_gid() == GID["bar"]]) == 31
    assert len(left.patches) == 0
    assert len(left.lines) == 0


def test_a_schedule_without_entries_still_shows_voting_day():
    schedule = Schedule(name="PSU", voting_day=dt.date(2025, 4, 19))
    figure = drawn(schedule.plot(today=dt.date(2025, 4, 1)))
    assert x_days(figure, "voting") == [dt.date(2025, 4, 19)]
    assert x_days(figure, "today") == [dt.date(2025, 4, 1)]
    assert tick_texts(figure.axes[0].get_xticklabels()) == ["Apr\n2025", "Mei"]


def test_a_long_schedule_ticks_every_few_months():
    schedule = Schedule.from_dict(
        {
            "name": "long",
            "voting_day": "2026-06-01",
            "stages": {"KAMPANYE": {"start": "2024-01-01", "end": "2026-05-01"}},
        }
    )
    labels = tick_texts(drawn(schedule.plot(today=TODAY)).axes[0].get_xticklabels())
    assert len(labels) <= 15
    assert labels[0] == "Jan\n2024"
    assert sum("\n" in label for label in labels) >= 2  # the year under each January
