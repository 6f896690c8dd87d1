"""Summaries of a campaign account: per kind of donor and per reporting period."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given

from pilkada import PilkadaError, Rupiah
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


KINDS = DanaKampanye(pasangan="P").with_sumbangan(
    Penyumbang(jenis="perseorangan", nama="Budi"), "2024-10-01", Rupiah(5)
)


@pytest.mark.parametrize(
    ("build", "field", "value", "rule"),
    [
        (lambda: attrs.evolve(KINDS.ringkasan_jenis()[0], penyumbang=2),
         "penyumbang", 2, "at most as many donors as donations (sumbangan)"),
        (lambda: attrs.evolve(KINDS.ringkasan_jenis()[0], sumbangan=0),
         "sumbangan", 0, "a whole number from 1 to 2**63 - 1"),
        (lambda: attrs.evolve(KINDS.ringkasan_jenis()[0], jumlah=5),
         "jumlah", 5, "a pilkada.Rupiah"),
        (lambda: attrs.evolve(KINDS.ringkasan_periode()[1], end=D(2024, 9, 23)),
         "end", D(2024, 9, 23), "a day from the day before start on (an empty period)"),
        (lambda: attrs.evolve(KINDS.ringkasan_periode()[1], label_en=" "),
         "label_en", " ", "some text"),
        (lambda: attrs.evolve(KINDS.ringkasan_periode()[1], penerimaan=Rupiah(-1)),
         "penerimaan", Rupiah(-1), "an amount of Rp0 or more"),
    ],
)  # fmt: skip
def test_a_summary_the_ledger_could_not_give_is_refused(build, field, value, rule):
    with pytest.raises(PilkadaError) as caught:
        build()
    assert (caught.value.field, caught.value.value, caught.value.rule) == (field, value, rule)


def test_a_period_may_be_empty_ending_the_day_before_it_starts():
    period = KINDS.ringkasan_periode()[1]
    empty = attrs.evolve(period, end=period.start - dt.timedelta(days=1))
    assert D(2024, 10, 1) not in empty
