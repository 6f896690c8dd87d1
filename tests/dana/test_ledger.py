"""The lines of a campaign account: exact, validated, and conserving every sen."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import Rupiah
from pilkada.dana import (
    BentukSumbangan,
    DanaKampanye,
    JenisPenyumbang,
    LaporanDana,
    Pengeluaran,
    Penyumbang,
    Sumbangan,
)
from pilkada.dana.ledger import cumulative, total
from pilkada.errors import PilkadaError, PilkadaTypeError, PilkadaValueError
from tests.strategies import dana_accounts

D = dt.date
BUDI = Penyumbang(jenis="perseorangan", nama="Budi")


@given(dana_accounts(), st.dates(min_value=D(2024, 7, 1), max_value=D(2025, 1, 31)))
def test_every_sen_is_conserved(dana, day):
    status = dana.status(on=day)
    assert status.penerimaan == status.pengeluaran + status.setoran + status.saldo
    assert status.penerimaan == total(d for d in dana.sumbangan if d.on <= day)
    assert sum(dana.per_penyumbang().values(), Rupiah(0)) == total(dana.sumbangan)
    by_kind = sum((row.jumlah for row in dana.ringkasan_jenis()), Rupiah(0))
    assert by_kind == total(dana.sumbangan)
    assert sum(dana.dari(jenis) for jenis in JenisPenyumbang) == total(dana.sumbangan)


@given(dana_accounts())
def test_cumulative_totals_never_decrease(dana):
    points = dana.kumulatif()
    assert [day for day, _ in points] == sorted({d.on for d in dana.sumbangan})
    amounts = [amount for _, amount in points]
    assert amounts == sorted(amounts)
    assert (amounts[-1] if amounts else Rupiah(0)) == total(dana.sumbangan)
    last: dict[tuple[str, str], Rupiah] = {}
    for donation, running in cumulative(dana.sumbangan):
        key = donation.penyumbang.key
        assert running == last.get(key, Rupiah(0)) + donation.jumlah > last.get(key, Rupiah(0))
        last[key] = running


@given(dana_accounts())
def test_recording_returns_a_new_account_and_keeps_the_old(dana):
    before = dana.sumbangan
    more = dana.with_sumbangan(BUDI, "2024-10-01", Rupiah("0.01"))
    assert dana.sumbangan == before
    assert total(more.sumbangan) == total(before) + Rupiah("0.01")
    assert [d.on for d in more.sumbangan] == sorted(d.on for d in more.sumbangan)


def test_goods_and_services_count_at_their_value():
    dana = DanaKampanye(pasangan="Paslon 1").with_sumbangan(
        BUDI, "2024-10-01", Rupiah(1_000_000), bentuk="barang"
    )
    assert dana.sumbangan[0].bentuk is BentukSumbangan.BARANG
    assert dana.status(on="2024-10-01").penerimaan == Rupiah(1_000_000)


@pytest.mark.parametrize(
    ("build", "field", "value", "rule"),
    [
        (lambda: Sumbangan(penyumbang=BUDI, on="2024-10-01", jumlah=Rupiah(0)),
         "jumlah", Rupiah(0), "an amount above Rp0"),
        (lambda: Sumbangan(penyumbang=BUDI, on="2024-10-01", jumlah=5),
         "jumlah", 5, "a pilkada.Rupiah"),
        (lambda: Sumbangan(penyumbang=BUDI, on="1/10/2024", jumlah=Rupiah(1)),
         "on", "1/10/2024", "a datetime.date or 'YYYY-MM-DD'"),
        (lambda: Penyumbang(jenis="perseorangan", nama=" "),
         "nama", " ", "a name; a donor of unclear identity is JenisPenyumbang.TIDAK_JELAS"),
        (lambda: Penyumbang(jenis="koperasi", nama="X"), "jenis", "koperasi", None),
        (lambda: Pengeluaran(on="2024-10-01", jumlah=Rupiah(-1)),
         "jumlah", Rupiah(-1), "an amount above Rp0"),
        (lambda: LaporanDana(jenis="LPJ", on="2024-10-01"), "jenis", "LPJ", None),
        (lambda: LaporanDana(jenis="LPSDK", on="2024-10-24", sumbangan=[1]),
         "sumbangan[0]", 1, "a receipt number"),
        (lambda: DanaKampanye(pasangan=""), "pasangan", "", "e.g. 'Paslon 1'"),
        (lambda: DanaKampanye(pasangan="P", sumbangan=[1]),
         "sumbangan[0]", 1, "Sumbangan objects"),
        (lambda: DanaKampanye(pasangan="P", batas_pengeluaran=Rupiah(0)),
         "batas_pengeluaran", Rupiah(0), "an amount above Rp0"),
    ],
)  # fmt: skip
def test_bad_lines_are_refused_naming_the_field(build, field, value, rule):
    with pytest.raises((PilkadaValueError, PilkadaTypeError)) as caught:
        build()
    assert caught.value.field == field
    assert caught.value.value == value
    if rule is not None:
        assert caught.value.rule == rule
    else:
        assert caught.value.rule.startswith("one of: ")


def test_an_anonymous_donor_may_have_no_name():
    anonymous = Penyumbang(jenis="tidak_jelas", nama="")
    assert anonymous.key == ("TIDAK_JELAS", "")
    assert JenisPenyumbang.TIDAK_JELAS.terlarang
    assert not JenisPenyumbang.PERSEORANGAN.terlarang
    assert JenisPenyumbang.ASING.label("en") == "foreign party"


@pytest.mark.parametrize(
    ("changes", "field", "value", "rule"),
    [
        ({"penerimaan": 5}, "penerimaan", 5, "a pilkada.Rupiah"),
        ({"setoran": Rupiah(-1)}, "setoran", Rupiah(-1), "an amount of Rp0 or more"),
        ({"on": "2024-10-01"}, "on", "2024-10-01", "a datetime.date"),
        ({"pengeluaran": object()}, "pengeluaran", None, "a pilkada.Rupiah"),
    ],
)
def test_a_status_holds_exact_amounts_of_rp0_or_more(changes, field, value, rule):
    status = (
        DanaKampanye(pasangan="P")
        .with_sumbangan(BUDI, "2024-10-01", Rupiah(9))
        .status(on="2024-10-01")
    )
    with pytest.raises(PilkadaError) as caught:
        attrs.evolve(status, **changes)
    assert caught.value.field == field
    assert value is None or caught.value.value == value
    assert caught.value.rule == rule
