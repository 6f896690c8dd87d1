"""Summaries of a campaign account: per kind of donor and per reporting period."""

from __future__ import annotations

import datetime as dt

from hypothesis import given

from pilkada import Rupiah
from pilkada.dana import DanaKampanye, JenisPenyumbang, Penyumbang
from pilkada.dana.ledger import total
from tests.strategies import dana_accounts

D = dt.date


@given(dana_accounts())
def test_the_periods_partition_every_line(dana):
    rows = dana.ringkasan_periode()
    assert sum((r.penerimaan for r in rows), Rupiah(0)) == total(dana.sumbangan)
    assert sum((r.pengeluaran for r in rows), Rupiah(0)) == total(dana.pengeluaran)
    for donation in dana.sumbangan:
        assert sum(donation.on in row for row in rows) == 1


def test_the_2024_periods_follow_the_reports():
    rows = DanaKampanye(pasangan="P").ringkasan_periode()
    assert [(r.label(), r.start, r.end) for r in rows] == [
        ("sebelum kampanye (LADK)", None, D(2024, 9, 24)),
        ("kampanye s.d. LPSDK", D(2024, 9, 25), D(2024, 10, 24)),
        ("kampanye setelah LPSDK", D(2024, 10, 25), D(2024, 11, 23)),
        ("setelah kampanye", D(2024, 11, 24), None),
    ]
    assert rows[0].label("en") == "before the campaign (LADK)"
    assert "2024-10-01" not in rows[1]  # a string is not a day


def test_by_kind_counts_donors_and_donations():
    ani = Penyumbang(jenis="perseorangan", nama="Ani")
    budi = Penyumbang(jenis="perseorangan", nama="Budi")
    pt = Penyumbang(jenis="badan_hukum_swasta", nama="PT A")
    dana = (
        DanaKampanye(pasangan="P")
        .with_sumbangan(ani, "2024-10-01", Rupiah(1))
        .with_sumbangan(ani, "2024-10-02", Rupiah(2))
        .with_sumbangan(budi, "2024-10-02", Rupiah(3))
        .with_sumbangan(pt, "2024-10-03", Rupiah(4))
    )
    rows = dana.ringkasan_jenis()
    assert [(r.jenis, r.penyumbang, r.sumbangan, r.jumlah) for r in rows] == [
        (JenisPenyumbang.PERSEORANGAN, 2, 3, Rupiah(6)),
        (JenisPenyumbang.BADAN_HUKUM_SWASTA, 1, 1, Rupiah(4)),
    ]
