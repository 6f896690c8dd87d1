"""Schedule.plot() and GrantAgreement.plot(): rendered headless, and their content checked."""

from __future__ import annotations

import datetime as dt
import struct
import subprocess
import sys

import pytest

pytest.importorskip("matplotlib")

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from pilkada import (
    PILKADA_2024,
    Certainty,
    Deadline,
    GrantAgreement,
    Grantee,
    Grantor,
    Payment,
    Period,
    PilkadaError,
    PilkadaTypeError,
    PilkadaValueError,
    RegionLevel,
    Rupiah,
    Schedule,
    Stage,
)
from pilkada.display.plot import GID, day_of
from pilkada.display.plot.grant import compact_amount

VOTING_DAY = dt.date(2024, 11, 27)
TODAY = dt.date(2024, 11, 25)
ON = dt.date(2024, 7, 1)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _blora() -> GrantAgreement:
    # The agreement of grants.py's docstring, with its first transfer.
    return GrantAgreement(
        grantor=Grantor(RegionLevel.KABUPATEN, "Blora"),
        grantee=Grantee.KPU,
        amount=Rupiah(34_905_207_000),
        signed_on=dt.date(2023, 11, 10),
    ).with_transfer(dt.date(2023, 11, 29), Rupiah(13_962_082_800))


def _drawn(figure: Figure) -> Figure:
    figure.draw_without_rendering()  # computes the tick labels, as saving would
    return figure


def _with_gid(figure: Figure, name: str) -> list:
    return figure.axes[0].findobj(match=lambda artist: artist.get_gid() == GID[name])


def _x_days(figure: Figure, name: str) -> list[dt.date]:
    return [day_of(line.get_xdata()[0]) for line in _with_gid(figure, name)]


def _tick_texts(labels) -> list[str]:
    return [label.get_text() for label in labels]


def _texts(figure: Figure) -> list[str]:
    return [text.get_text() for text in figure.axes[0].texts]


@pytest.fixture(scope="module")
def schedule_id() -> Figure:
    return _drawn(PILKADA_2024.plot(today=TODAY))


@pytest.fixture(scope="module")
def schedule_en() -> Figure:
    return _drawn(PILKADA_2024.plot(today=TODAY, locale="en"))


@pytest.fixture(scope="module")
def agreement_id() -> Figure:
    return _drawn(_blora().plot(on=ON))


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# -- files -------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["schedule", "agreement"])
def test_renders_a_png_headless(kind, tmp_path):
    figure = PILKADA_2024.plot(today=TODAY) if kind == "schedule" else _blora().plot(on=ON)
    assert isinstance(figure, Figure)
    path = tmp_path / f"{kind}.png"
    figure.savefig(path, dpi=50)
    data = path.read_bytes()
    width, height = _png_size(data)
    expected = figure.get_size_inches() * 50
    assert (width, height) == (round(expected[0]), round(expected[1]))
    assert width >= 400
    assert height >= 250
    assert len(data) > 10_000  # a picture, not an empty canvas


def test_no_pyplot_and_no_gui_backend():
    assert "matplotlib.pyplot" not in sys.modules  # the object-oriented API only


def test_importing_pilkada_does_not_load_matplotlib():
    code = (
        "import sys, pilkada, pilkada.display.plot; pilkada.PILKADA_2024; "
        "print('matplotlib' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# -- the schedule ------------------------------------------------------------------------------


def test_months_are_named_in_indonesian(schedule_id):
    labels = _tick_texts(schedule_id.axes[0].get_xticklabels())
    months = [label.split("\n")[0] for label in labels]
    assert months == [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
        "Jan", "Feb",
    ]  # fmt: skip
    assert labels[0] == "Jan\n2024"
    assert labels[12] == "Jan\n2025"


def test_months_are_named_in_english_with_lang_en(schedule_en):
    months = [label.split("\n")[0] for label in _tick_texts(schedule_en.axes[0].get_xticklabels())]
    assert {"May", "Aug", "Oct", "Dec"} <= set(months)
    assert not {"Mei", "Agu", "Okt", "Des"} & set(months)


def test_one_row_per_dated_entry_in_legal_order(schedule_id):
    dated = [entry for entry in PILKADA_2024 if entry.first_day is not None]
    periods = [entry for entry in dated if isinstance(entry.when, Period)]
    deadlines = [entry for entry in dated if isinstance(entry.when, Deadline)]
    bars = _with_gid(schedule_id, "bar")
    assert all(isinstance(bar, Rectangle) for bar in bars)
    assert len(bars) == len(periods) == 31
    assert len(_with_gid(schedule_id, "deadline")) == len(deadlines) == 3
    rows = _tick_texts(schedule_id.axes[0].get_yticklabels())
    assert [row.replace("\n", " ") for row in rows] == [entry.label() for entry in dated]
    assert rows[0] == "Perencanaan program dan anggaran"


def test_a_bar_covers_its_period_inclusively(schedule_id):
    bars = _with_gid(schedule_id, "bar")
    periods = [entry for entry in PILKADA_2024 if isinstance(entry.when, Period)]
    kampanye = bars[[entry.key for entry in periods].index(Stage.KAMPANYE)]
    assert day_of(kampanye.get_x()) == dt.date(2024, 9, 25)
    assert kampanye.get_width() == pytest.approx(60)  # 25 September to 23 November, inclusive


def test_provisional_entries_are_hatched_and_in_the_legend(schedule_id):
    periods = [entry for entry in PILKADA_2024 if isinstance(entry.when, Period)]
    for bar, entry in zip(_with_gid(schedule_id, "bar"), periods, strict=True):
        hatched = bool(bar.get_hatch())
        assert hatched == (entry.certainty is not Certainty.OFFICIAL), entry.key
    legend = _tick_texts(schedule_id.axes[0].get_legend().get_texts())
    assert legend[0] == "resmi"
    assert any(text.startswith("sementara") for text in legend)
    assert any(text.startswith("paling lambat") for text in legend)


def test_voting_day_and_today_are_marked(schedule_id, schedule_en):
    assert _x_days(schedule_id, "voting") == [VOTING_DAY]
    assert _x_days(schedule_id, "today") == [TODAY]
    assert "Pemungutan suara\n27 Nov 2024" in _texts(schedule_id)
    assert "Hari ini\n25 Nov 2024" in _texts(schedule_id)
    assert "Voting day\nNov 27, 2024" in _texts(schedule_en)


@pytest.mark.parametrize("today", [dt.date(2023, 12, 31), dt.date(2030, 1, 1)])
def test_today_outside_the_plotted_months_is_not_drawn(today):
    figure = PILKADA_2024.plot(today=today)
    assert _with_gid(figure, "today") == []
    assert not any(text.startswith("Hari ini") for text in _texts(figure))
    assert _x_days(figure, "voting") == [VOTING_DAY]


def test_today_defaults_to_the_real_today():
    schedule = Schedule.derived_from(dt.date.today() + dt.timedelta(days=40))
    assert _x_days(schedule.plot(), "today") == [dt.date.today()]


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
    figure = _drawn(schedule.plot(today=dt.date(2025, 4, 1)))
    assert _x_days(figure, "voting") == [dt.date(2025, 4, 19)]
    assert _x_days(figure, "today") == [dt.date(2025, 4, 1)]
    assert _tick_texts(figure.axes[0].get_xticklabels()) == ["Apr\n2025", "Mei"]


def test_a_long_schedule_ticks_every_few_months():
    schedule = Schedule.from_dict(
        {
            "name": "long",
            "voting_day": "2026-06-01",
            "stages": {"KAMPANYE": {"start": "2024-01-01", "end": "2026-05-01"}},
        }
    )
    labels = _tick_texts(_drawn(schedule.plot(today=TODAY)).axes[0].get_xticklabels())
    assert len(labels) <= 15
    assert labels[0] == "Jan\n2024"
    assert sum("\n" in label for label in labels) >= 2  # the year under each January


# -- the grant agreement -----------------------------------------------------------------------


def test_tranche_amounts_are_written_exactly(agreement_id):
    agreement = _blora()
    notes = [note.get_text() for note in _with_gid(agreement_id, "amount")]
    assert len(notes) == 2
    for note, tranche in zip(notes, agreement.tranches, strict=True):
        assert note.startswith(f"{tranche.label()}: {tranche.amount.format()}")
    assert notes[0] == "tahap I: Rp13.962.082.800,00\nlunas (29 November 2023)"
    assert notes[1] == (
        "tahap II: Rp20.943.124.200,00\nkumulatif Rp34.905.207.000,00\nlewat tenggat (4 hari)"
    )


def test_tranche_amounts_in_english():
    figure = _blora().plot(on=ON, locale="en")
    notes = [note.get_text() for note in _with_gid(figure, "amount")]
    assert notes[0].startswith("tranche I: IDR13,962,082,800.00")
    assert notes[1].endswith("overdue (4 days)")


def test_targets_and_deadlines_at_the_due_dates(agreement_id):
    agreement = _blora()
    dues = [tranche.due for tranche in agreement.tranches]
    assert _x_days(agreement_id, "due") == dues == [dt.date(2023, 11, 30), dt.date(2024, 6, 27)]
    targets = _with_gid(agreement_id, "target")
    assert [day_of(t.get_xdata()[0]) for t in targets] == dues
    assert [t.get_ydata()[0] for t in targets] == [13_962_082_800, 34_905_207_000]
    assert _x_days(agreement_id, "on") == [ON]


def test_transfers_are_cumulative_up_to_on():
    agreement = _blora().with_transfer(dt.date(2024, 7, 15), Rupiah(20_943_124_200))
    figure = agreement.plot(on=ON)
    (line,) = _with_gid(figure, "transfers")
    days = [day_of(x) for x in line.get_xdata()]
    assert days == [dt.date(2023, 11, 10), dt.date(2023, 11, 29), ON]
    assert list(line.get_ydata()) == [0, 13_962_082_800, 13_962_082_800]  # not the July transfer
    assert "Rp13.962.082.800,00" in line.get_label()
    later = agreement.plot(on=dt.date(2024, 8, 1))
    (line,) = _with_gid(later, "transfers")
    assert line.get_ydata()[-1] == 34_905_207_000


def test_amount_ticks_are_compact_rupiah(agreement_id):
    ticks = [t for t in _tick_texts(agreement_id.axes[0].get_yticklabels()) if t]
    assert ticks[0] == "Rp0"
    assert "Rp10\xa0M" in ticks
    assert all(tick.startswith("Rp") for tick in ticks)
    assert "miliar" in agreement_id.axes[0].get_ylabel()


def test_single_payment_and_on_before_signing():
    agreement = GrantAgreement(
        amount=Rupiah(1_000_000_000), signed_on=dt.date(2023, 11, 10), payment=Payment.SINGLE
    )
    figure = agreement.plot(on=dt.date(2023, 11, 1))
    assert _with_gid(figure, "transfers") == []
    (note,) = [note.get_text() for note in _with_gid(figure, "amount")]
    assert note == "sekaligus: Rp1.000.000.000,00\nbelum jatuh tempo"
    assert "KPU" in figure.axes[0].get_title(loc="left")


def test_agreement_draws_on_the_axes_it_is_given():
    figure = Figure()
    ax = figure.add_subplot()
    assert _blora().plot(on=ON, ax=ax) is figure
    assert isinstance(figure.axes[0], Axes)
    assert len(figure.axes) == 1
    assert len(_with_gid(figure, "target")) == 2


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draw",
    [
        lambda: PILKADA_2024.plot(today=TODAY),
        lambda: _blora().plot(on=ON),
    ],
    ids=["schedule", "agreement"],
)
def test_missing_matplotlib_says_how_to_install_it(draw, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=r'pip install "pilkada\[plot\]"') as caught:
        draw()
    assert isinstance(caught.value, PilkadaError)
    assert caught.value.value == "matplotlib"
    assert caught.value.field.endswith("plot()")


def test_bad_arguments_are_refused():
    with pytest.raises(PilkadaValueError):
        PILKADA_2024.plot(today=TODAY, locale="fr")
    with pytest.raises(PilkadaTypeError):
        PILKADA_2024.plot(today=dt.datetime(2024, 11, 25, 9, 0))
    with pytest.raises(PilkadaTypeError):
        PILKADA_2024.plot(today=TODAY, ax="kanan")
    with pytest.raises(PilkadaTypeError) as info:
        _blora().plot(on=20240701)
    assert (info.value.field, info.value.value) == ("on", 20240701)
    with pytest.raises(PilkadaValueError) as info:
        _blora().plot(on="1 Juli 2024")
    assert (info.value.field, info.value.value) == ("on", "1 Juli 2024")
    with pytest.raises(PilkadaValueError) as info:
        PILKADA_2024.plot(today="25/11/2024")
    assert (info.value.field, info.value.value) == ("today", "25/11/2024")
    with pytest.raises(PilkadaValueError):
        _blora().plot(on=ON, locale="jv")


def test_days_may_be_iso_strings():
    figure = _blora().plot(on="2024-07-01")
    (line,) = figure.axes[0].findobj(lambda a: a.get_gid() == GID["on"])
    assert day_of(line.get_xdata()[0]) == ON
    figure = PILKADA_2024.plot(today="2024-11-25")
    (line,) = figure.axes[0].findobj(lambda a: a.get_gid() == GID["today"])
    assert day_of(line.get_xdata()[0]) == TODAY


def test_a_dollar_sign_in_a_name_is_drawn_as_it_is(tmp_path):
    # matplotlib reads "$...$" as math text; a user's name must stay literal text.
    name = r"Jadwal A$\sqrt{$ B"
    schedule = PILKADA_2024.derived_from(dt.date(2029, 11, 28), name=name)
    figure = schedule.plot(today=dt.date(2029, 1, 1))
    figure.savefig(tmp_path / "jadwal.png")
    assert name in figure.axes[0].get_title(loc="left")
    grant = GrantAgreement(
        grantor=Grantor(RegionLevel.KABUPATEN, r"A$\sqrt{$"),
        amount=Rupiah(100),
        signed_on=dt.date(2023, 11, 10),
    )
    grant.plot(on=dt.date(2024, 1, 1)).savefig(tmp_path / "hibah.png")
    assert (tmp_path / "hibah.png").stat().st_size > 10_000


@pytest.mark.parametrize(
    ("value", "locale", "expected"),
    [
        (0.0, "id_ID", "Rp0"),
        (12_500_000_000.0, "id_ID", "Rp12,5\xa0M"),
        (2_500_000.0, "id_ID", "Rp2,5\xa0jt"),
        (500_000.0, "id_ID", "Rp500\xa0rb"),
        (5e12, "id_ID", "Rp5\xa0T"),
        (12_500_000_000.0, "en", "IDR12.5B"),
        # No scale word shows these exactly in two decimals: written in full, never rounded.
        (13_962_082_800.0, "id_ID", "Rp13.962.082,8\xa0rb"),
        (1_500_000_000.5, "id_ID", "Rp1.500.000.000,5"),
        (1_234_567.0, "en", "IDR1,234,567"),
        (-2_000_000.0, "id_ID", "-Rp2\xa0jt"),
    ],
)
def test_compact_ticks_are_exact(value, locale, expected):
    assert compact_amount(value, locale) == expected
