"""``DanaKampanye`` shown: HTML tables, the DataFrame of its ledger, and its picture."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pilkada import Rupiah
from pilkada.dana import DanaKampanye, Penyumbang
from pilkada.display.plot.dana import DANA_GID

BUDI = Penyumbang(jenis="perseorangan", nama="Budi <b>", identitas="1")


@pytest.fixture(scope="module")
def dana() -> DanaKampanye:
    return (
        DanaKampanye(pasangan="Paslon 1", batas_pengeluaran=Rupiah(1_000_000_000))
        .with_sumbangan(BUDI, "2024-10-01", Rupiah(50_000_000))
        .with_sumbangan(BUDI, "2024-10-20", Rupiah("30000000.50"))
        .with_pengeluaran("2024-10-05", Rupiah(1_000_000), uraian="kaos")
        .with_laporan("LADK", "2024-09-24")
    )


def test_html_in_both_languages(dana):
    html = dana._repr_html_()
    assert html.startswith('<div class="pilkada">')
    assert "Budi &lt;b&gt;" in html
    assert "<b>" not in html
    assert "Rp80.000.000,50" in html
    assert "melebihi batas Rp75.000.000,00" in html
    assert "Batas pengeluaran: Rp1.000.000.000,00" in html
    english = dana.to_html(locale="en")
    assert "Donations by kind of donor" in english
    assert "IDR80,000,000.50" in english
    status = dana.status(on="2024-10-31")
    assert "Rp79.000.000,50" in status.to_html()


def test_the_ledger_as_a_dataframe(dana):
    frame = dana.to_pandas()
    assert list(frame.columns) == [
        *("tanggal", "transaksi", "jenis_penyumbang", "nama", "identitas", "bentuk"),
        *("jumlah", "uraian", "bukti"),
    ]
    assert str(frame["tanggal"].dtype) == "datetime64[ns]"
    assert list(frame["transaksi"]) == ["penerimaan", "pengeluaran", "penerimaan"]
    assert frame["jumlah"].iloc[2] == Decimal("30000000.50")
    assert sum(frame["jumlah"][frame["transaksi"] == "penerimaan"]) == Decimal("80000000.50")
    status = dana.status(on="2024-10-31").to_pandas()
    assert list(status["amount"]) == [
        Decimal("80000000.50"), Decimal("1000000.00"), Decimal("0.00"), Decimal("79000000.50")
    ]  # fmt: skip


def test_the_picture_shows_donors_caps_and_deadlines(dana):
    pytest.importorskip("matplotlib")
    figure = dana.plot(locale="en")
    ax = figure.axes[0]

    def found(name):
        return ax.findobj(lambda artist: artist.get_gid() == DANA_GID[name])

    assert len(found("total")) == 1
    assert len(found("donor")) == 1
    assert len(found("cap")) == 1
    assert len(found("deadline")) == 3
    assert "IDR80,000,000.50" in ax.get_title(loc="left")
    assert dana.plot().axes[0].get_title(loc="left").startswith("Dana kampanye Paslon 1")
