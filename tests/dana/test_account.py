"""The account of one pair: its campaign, deadlines, sanctions and totals."""

from __future__ import annotations

import datetime as dt

from pilkada import PILKADA_2024, Period, Rupiah
from pilkada.dana import DanaKampanye, JenisLaporan, Penyumbang

D = dt.date
ANI = Penyumbang(jenis="perseorangan", nama="Ani", identitas="1")


def test_the_campaign_and_deadlines_come_from_the_schedule():
    dana = DanaKampanye(pasangan="Paslon 1")
    assert dana.schedule == PILKADA_2024
    assert dana.kampanye == Period(D(2024, 9, 25), D(2024, 11, 23))
    assert dana.tenggat("LADK").due == D(2024, 9, 24)
    assert dana.sanksi("LPPDK_TERLAMBAT", D(2024, 11, 25)).code == "LPPDK_TERLAMBAT"
    assert dana.hari_terakhir == D(2024, 11, 23)


def test_status_counts_only_lines_up_to_the_day():
    dana = (
        DanaKampanye(pasangan="Paslon 1")
        .with_sumbangan(ANI, "2024-10-01", Rupiah(10))
        .with_pengeluaran("2024-10-02", Rupiah(4))
        .with_setoran("2024-12-01", Rupiah(1))
    )
    early = dana.status(on="2024-10-01")
    assert (early.penerimaan, early.pengeluaran, early.saldo) == (Rupiah(10), Rupiah(0), Rupiah(10))
    late = dana.status(on="2024-12-01")
    assert (late.setoran, late.saldo) == (Rupiah(1), Rupiah(5))
    assert dana.hari_terakhir == D(2024, 12, 1)


def test_a_deficit_is_kept_not_hidden():
    dana = DanaKampanye(pasangan="P").with_pengeluaran("2024-10-01", Rupiah(5))
    assert dana.status(on="2024-10-01").saldo == Rupiah(-5)


def test_per_donor_totals_and_the_reports_filed():
    ani_again = Penyumbang(jenis="perseorangan", nama="Ani S.", identitas="1")
    dana = (
        DanaKampanye(pasangan="P")
        .with_sumbangan(ANI, "2024-10-01", Rupiah(1))
        .with_sumbangan(ani_again, "2024-10-02", Rupiah(2))
        .with_laporan("LPSDK", "2024-10-25")
        .with_laporan(JenisLaporan.LPSDK, "2024-10-24")
    )
    assert dana.per_penyumbang() == {ANI: Rupiah(3)}
    assert [r.on for r in dana.laporan_jenis(JenisLaporan.LPSDK)] == [
        D(2024, 10, 24),
        D(2024, 10, 25),
    ]
    assert dana.kumulatif() == ((D(2024, 10, 1), Rupiah(1)), (D(2024, 10, 2), Rupiah(3)))
