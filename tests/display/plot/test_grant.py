"""GrantAgreement.plot(): the disbursement drawn (pilkada.display.plot.grant)."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("matplotlib")

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from pilkada import (
    GrantAgreement,
    Payment,
    Rupiah,
)
from pilkada.display.plot import day_of
from pilkada.display.plot.grant import compact_amount
from tests.display.plot.figures import (
    ON,
    paid_blora,
    tick_texts,
    with_gid,
    x_days,
)

# -- the grant agreement -----------------------------------------------------------------------


def test_tranche_amounts_are_written_exactly(agreement_id):
    agreement = paid_blora()
    notes = [note.get_text() for note in with_gid(agreement_id, "amount")]
    assert len(notes) == 2
    for note, tranche in zip(notes, agreement.tranches, strict=True):
        assert note.startswith(f"{tranche.label()}: {tranche.amount.format()}")
    assert notes[0] == "tahap I: Rp13.962.082.800,00\nlunas (29 November 2023)"
    assert notes[1] == (
        "tahap II: Rp20.943.124.200,00\nkumulatif Rp34.905.207.000,00\nlewat tenggat (4 hari)"
    )


def test_tranche_amounts_in_english():
    figure = paid_blora().plot(on=ON, locale="en")
    notes = [note.get_text() for note in with_gid(figure, "amount")]
    assert notes[0].startswith("tranche I: IDR13,962,082,800.00")
    assert notes[1].endswith("overdue (4 days)")


def test_targets_and_deadlines_at_the_due_dates(agreement_id):
    agreement = paid_blora()
    dues = [tranche.due for tranche in agreement.tranches]
    assert x_days(agreement_id, "due") == dues == [dt.date(2023, 11, 30), dt.date(2024, 6, 27)]
    targets = with_gid(agreement_id, "target")
    assert [day_of(t.get_xdata()[0]) for t in targets] == dues
    assert [t.get_ydata()[0] for t in targets] == [13_962_082_800, 34_905_207_000]
    assert x_days(agreement_id, "on") == [ON]


def test_transfers_are_cumulative_up_to_on():
    agreement = paid_blora().with_transfer(dt.date(2024, 7, 15), Rupiah(20_943_124_200))
    figure = agreement.plot(on=ON)
    (line,) = with_gid(figure, "transfers")
    days = [day_of(x) for x in line.get_xdata()]
    assert days == [dt.date(2023, 11, 10), dt.date(2023, 11, 29), ON]
    assert list(line.get_ydata()) == [0, 13_962_082_800, 13_962_082_800]  # not the July transfer
    assert "Rp13.962.082.800,00" in line.get_label()
    later = agreement.plot(on=dt.date(2024, 8, 1))
    (line,) = with_gid(later, "transfers")
    assert line.get_ydata()[-1] == 34_905_207_000


def test_amount_ticks_are_compact_rupiah(agreement_id):
    ticks = [t for t in tick_texts(agreement_id.axes[0].get_yticklabels()) if t]
    assert ticks[0] == "Rp0"
    assert "Rp10\xa0M" in ticks
    assert all(tick.startswith("Rp") for tick in ticks)
    assert "miliar" in agreement_id.axes[0].get_ylabel()


def test_single_payment_and_on_before_signing():
    agreement = GrantAgreement(
        amount=Rupiah(1_000_000_000), signed_on=dt.date(2023, 11, 10), payment=Payment.SINGLE
    )
    figure = agreement.plot(on=dt.date(2023, 11, 1))
    assert with_gid(figure, "transfers") == []
    (note,) = [note.get_text() for note in with_gid(figure, "amount")]
    assert note == "sekaligus: Rp1.000.000.000,00\nbelum jatuh tempo"
    assert "KPU" in figure.axes[0].get_title(loc="left")


def test_agreement_draws_on_the_axes_it_is_given():
    figure = Figure()
    ax = figure.add_subplot()
    assert paid_blora().plot(on=ON, ax=ax) is figure
    assert isinstance(figure.axes[0], Axes)
    assert len(figure.axes) == 1
    assert len(with_gid(figure, "target")) == 2


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
