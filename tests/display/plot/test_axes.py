"""What both pictures share: files, headless drawing, errors (pilkada.display.plot.axes)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

pytest.importorskip("matplotlib")

from matplotlib.figure import Figure

from pilkada import (
    PILKADA_2024,
    GrantAgreement,
    Grantor,
    PilkadaError,
    PilkadaTypeError,
    PilkadaValueError,
    RegionLevel,
    Rupiah,
)
from pilkada.display.plot import GID, day_of
from tests.display.plot.figures import (
    ON,
    TODAY,
    paid_blora,
    png_size,
)

# -- files -------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["schedule", "agreement"])
def test_renders_a_png_headless(kind, tmp_path):
    figure = PILKADA_2024.plot(today=TODAY) if kind == "schedule" else paid_blora().plot(on=ON)
    assert isinstance(figure, Figure)
    path = tmp_path / f"{kind}.png"
    figure.savefig(path, dpi=50)
    data = path.read_bytes()
    width, height = png_size(data)
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


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draw",
    [
        lambda: PILKADA_2024.plot(today=TODAY),
        lambda: paid_blora().plot(on=ON),
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
        paid_blora().plot(on=20240701)
    assert (info.value.field, info.value.value) == ("on", 20240701)
    with pytest.raises(PilkadaValueError) as info:
        paid_blora().plot(on="1 Juli 2024")
    assert (info.value.field, info.value.value) == ("on", "1 Juli 2024")
    with pytest.raises(PilkadaValueError) as info:
        PILKADA_2024.plot(today="25/11/2024")
    assert (info.value.field, info.value.value) == ("today", "25/11/2024")
    with pytest.raises(PilkadaValueError):
        paid_blora().plot(on=ON, locale="jv")


def test_days_may_be_iso_strings():
    figure = paid_blora().plot(on="2024-07-01")
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
