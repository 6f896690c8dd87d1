"""What breaks the campaign finance rules, decided on the law's words.

The "done when" of issue #15: a donor giving Rp50.000.000 then Rp30.000.000 is over the
individual cap by Rp5.000.000 on the day of the second donation; Rp75.000.000 exactly is not
over; an LPPDK filed on 24 November 2024 is on time and on 25 November late, with its sanction;
a custom schedule moves the deadlines with its campaign.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import (
    Certainty,
    Period,
    PilkadaError,
    Rupiah,
    Schedule,
    ScheduleEntry,
    Stage,
    findings,
)
from pilkada.dana import (
    DanaKampanye,
    JenisLaporan,
    LaporanTerlambat,
    LaporanTidakAda,
    MelebihiBatasPengeluaran,
    MelebihiBatasSumbangan,
    PengeluaranSebelumRKDK,
    Penyumbang,
    SetoranKurang,
    SumbanganTerlarang,
    TidakDalamLPSDK,
)

D = dt.date
BUDI = Penyumbang(jenis="perseorangan", nama="Budi Santoso", identitas="3316010101800001")
PT = Penyumbang(jenis="badan_hukum_swasta", nama="PT Maju Jaya", identitas="01.234.567.8-901.000")
PARTAI = Penyumbang(jenis="partai_politik", nama="Koalisi Maju")
ON_TIME = (("LADK", "2024-09-24"), ("LPSDK", "2024-10-24"), ("LPPDK", "2024-11-24"))


def account(**changes: object) -> DanaKampanye:
    base = DanaKampanye(pasangan="Paslon 1")
    for jenis, day in ON_TIME:
        base = base.with_laporan(jenis, day)
    return base if not changes else DanaKampanye(**{**_fields(base), **changes})


def _fields(dana: DanaKampanye) -> dict[str, object]:
    return {
        "pasangan": dana.pasangan,
        "schedule": dana.schedule,
        "laporan": dana.laporan,
        "sumbangan": dana.sumbangan,
    }


def codes(dana: DanaKampanye, on: str = "2024-11-30") -> list[str]:
    return [f.code for f in dana.findings(on=on)]


# -- the caps ---------------------------------------------------------------------------------


def test_fifty_then_thirty_million_is_over_by_five_million_on_the_second_day():
    dana = (
        account()
        .with_sumbangan(BUDI, "2024-10-01", Rupiah(50_000_000))
        .with_sumbangan(BUDI, "2024-10-20", Rupiah(30_000_000))
    )
    (over,) = dana.findings(on="2024-11-30")
    assert isinstance(over, MelebihiBatasSumbangan)
    assert isinstance(over, findings.Finding)
    assert over.on == D(2024, 10, 20)
    assert over.kelebihan == Rupiah(5_000_000)
    assert (over.batas, over.jumlah) == (Rupiah(75_000_000), Rupiah(80_000_000))
    assert over.setor_paling_lambat == D(2024, 12, 7)
    assert str(over.basis) == "UU 10/2016 Pasal 74 ayat (5)"
    assert over.certainty is Certainty.OFFICIAL
    assert over.severity is findings.Severity.ERROR
    assert over.code == "MELEBIHI_BATAS_SUMBANGAN"
    assert "kelebihan Rp5.000.000,00" in over.message()
    assert "the excess of IDR5,000,000.00" in over.message(locale="en")


def test_seventy_five_million_exactly_is_not_over():
    dana = account().with_sumbangan(BUDI, "2024-10-01", Rupiah(75_000_000))
    assert codes(dana) == []
    one_sen_more = dana.with_sumbangan(BUDI, "2024-11-01", Rupiah("0.01"))
    (over,) = one_sen_more.findings(on="2024-11-30")
    assert (over.on, over.kelebihan) == (D(2024, 11, 1), Rupiah("0.01"))


@given(
    first=st.integers(min_value=1, max_value=150_000_000_00),
    second=st.integers(min_value=1, max_value=150_000_000_00),
    kind=st.sampled_from([("perseorangan", 75_000_000), ("badan_hukum_swasta", 750_000_000)]),
)
def test_a_cap_finding_exactly_when_the_total_is_over_the_cap(first, second, kind):
    jenis, cap = kind
    donor = Penyumbang(jenis=jenis, nama="X")
    scale = cap // 75_000_000  # the same draws near both caps
    a, b = Rupiah.from_sen(first * scale), Rupiah.from_sen(second * scale)
    dana = account().with_sumbangan(donor, "2024-10-01", a).with_sumbangan(donor, "2024-10-02", b)
    over = [f for f in dana.findings(on="2024-11-30") if isinstance(f, MelebihiBatasSumbangan)]
    total = a + b
    assert bool(over) == (total > Rupiah(cap))
    if over:
        assert over[0].kelebihan == total - Rupiah(cap)
        assert over[0].on == (D(2024, 10, 1) if a > Rupiah(cap) else D(2024, 10, 2))


def test_donors_are_summed_by_identity_not_by_spelling():
    other_budi = Penyumbang(jenis="perseorangan", nama="Budi S.", identitas=BUDI.identitas)
    namesake = Penyumbang(jenis="perseorangan", nama="Budi Santoso")  # no identity: by name
    dana = (
        account()
        .with_sumbangan(BUDI, "2024-10-01", Rupiah(50_000_000))
        .with_sumbangan(other_budi, "2024-10-02", Rupiah(30_000_000))
        .with_sumbangan(namesake, "2024-10-03", Rupiah(75_000_000))
    )
    (over,) = dana.findings(on="2024-11-30")
    assert (over.penyumbang.key, over.kelebihan) == (BUDI.key, Rupiah(5_000_000))
    assert over.penyumbang == other_budi  # the donation that crossed the cap names the donor


def test_the_party_cap_is_provisional():
    dana = account().with_sumbangan(PARTAI, "2024-10-01", Rupiah(750_000_001))
    (over,) = dana.findings(on="2024-11-30")
    assert over.certainty is Certainty.PROVISIONAL
    assert str(over.basis) == "PKPU 14/2024 Pasal 9 ayat (2)"


def test_the_pair_s_own_money_is_uncapped():
    pair = Penyumbang(jenis="pasangan_calon", nama="Paslon 1")
    assert codes(account().with_sumbangan(pair, "2024-10-01", Rupiah(10**12))) == []


# -- prohibited donations and the treasury ------------------------------------------------------


@pytest.mark.parametrize("jenis", ["asing", "tidak_jelas", "pemerintah", "badan_usaha_negara"])
def test_a_prohibited_donation_and_the_cancellation_it_risks(jenis):
    donor = Penyumbang(jenis=jenis, nama="" if jenis == "tidak_jelas" else "X")
    dana = account().with_sumbangan(donor, "2024-10-01", Rupiah(1_000))
    found = dana.findings(on="2024-12-07")
    assert [f.code for f in found] == ["SUMBANGAN_TERLARANG"]
    (banned,) = found
    assert isinstance(banned, SumbanganTerlarang)
    assert str(banned.basis) == "UU 1/2015 Pasal 76 ayat (1)"
    assert banned.setor_paling_lambat == D(2024, 12, 7)
    assert banned.sanksi is not None
    assert banned.sanksi.text() == "pembatalan sebagai calon"


def test_what_is_owed_to_the_treasury_is_due_fourteen_days_after_the_campaign():
    dana = (
        account()
        .with_sumbangan(BUDI, "2024-10-01", Rupiah(80_000_000))
        .with_sumbangan(Penyumbang(jenis="asing", nama="Y"), "2024-10-02", Rupiah(1_000_000))
    )
    assert "SETORAN_KURANG" not in codes(dana, "2024-12-07")  # the last day is on time
    (short,) = [f for f in dana.findings(on="2024-12-08") if isinstance(f, SetoranKurang)]
    assert (short.wajib, short.disetor, short.due) == (Rupiah(6_000_000), Rupiah(0), D(2024, 12, 7))
    paid = dana.with_setoran("2024-12-07", Rupiah(6_000_000))
    assert "SETORAN_KURANG" not in codes(paid, "2024-12-08")
    late = dana.with_setoran("2024-12-08", Rupiah(6_000_000))
    assert "SETORAN_KURANG" in codes(late, "2024-12-09")


# -- the reports ---------------------------------------------------------------------------------


def test_an_lppdk_on_24_november_2024_is_on_time_and_on_25_november_late():
    base = DanaKampanye(pasangan="Paslon 1").with_laporan("LADK", "2024-09-24")
    base = base.with_laporan("LPSDK", "2024-10-24")
    assert codes(base.with_laporan("LPPDK", "2024-11-24")) == []
    (late,) = base.with_laporan("LPPDK", "2024-11-25").findings(on="2024-11-30")
    assert isinstance(late, LaporanTerlambat)
    assert (late.jenis, late.on, late.due, late.hari_terlambat) == (
        JenisLaporan.LPPDK,
        D(2024, 11, 25),
        D(2024, 11, 24),
        1,
    )
    assert late.sanksi is not None
    assert late.sanksi.code == "LPPDK_TERLAMBAT"
    assert "Sanksi: pasangan calon tidak diusulkan" in late.message()
    assert "Sanction: the pair is not proposed" in late.message(locale="en")


def test_the_same_ledger_against_a_custom_schedule_follows_its_campaign():
    ledger = account()  # every report on the last day of 2024: on time
    assert codes(ledger) == []
    earlier = Schedule(
        name="Kampanye sehari lebih awal",
        voting_day=D(2024, 11, 26),
        entries=[ScheduleEntry(key=Stage.KAMPANYE, when=Period(D(2024, 9, 24), D(2024, 11, 22)))],
    )
    moved = DanaKampanye(pasangan="Paslon 1", schedule=earlier, laporan=ledger.laporan)
    assert [t.due for t in map(moved.tenggat, ("LADK", "LPSDK", "LPPDK"))] == [
        D(2024, 9, 23),
        D(2024, 10, 23),
        D(2024, 11, 23),
    ]
    late = moved.findings(on="2024-11-30")
    assert [(f.jenis.name, f.hari_terlambat) for f in late] == [
        ("LADK", 1),
        ("LPSDK", 1),
        ("LPPDK", 1),
    ]
    rerun = Schedule(
        name="Pemilihan Ulang 2025",
        voting_day=D(2025, 8, 27),
        entries=[ScheduleEntry(key=Stage.KAMPANYE, when=Period(D(2025, 7, 25), D(2025, 8, 23)))],
    )
    again = DanaKampanye(pasangan="Paslon 1", schedule=rerun).with_laporan("LPPDK", "2025-08-24")
    assert again.tenggat("LPPDK").due == D(2025, 8, 24)
    assert "LPPDK" not in [getattr(f, "jenis", JenisLaporan.LADK).name for f in again.findings()]


def test_a_report_missing_only_once_its_deadline_has_passed():
    dana = DanaKampanye(pasangan="Paslon 1")
    assert codes(dana, "2024-09-24") == []
    (missing,) = dana.findings(on="2024-09-25")
    assert isinstance(missing, LaporanTidakAda)
    assert (missing.jenis, missing.due) == (JenisLaporan.LADK, D(2024, 9, 24))
    assert missing.sanksi is not None
    assert missing.sanksi.code == "LADK_TERLAMBAT"


def test_without_a_day_the_account_is_judged_after_every_deadline():
    assert codes(DanaKampanye(pasangan="Paslon 1")) == ["LAPORAN_TIDAK_ADA"] * 3


def test_a_donation_absent_from_the_lpsdk():
    dana = (
        account()
        .with_sumbangan(BUDI, "2024-10-01", Rupiah(10_000_000), bukti="S-1")
        .with_sumbangan(PT, "2024-10-02", Rupiah(20_000_000), bukti="S-2")
        .with_sumbangan(PT, "2024-10-03", Rupiah(5_000_000))  # no receipt: cannot be listed
        .with_sumbangan(PT, "2024-10-24", Rupiah(1_000), bukti="S-9")  # after the filing day
        .with_laporan("LPSDK", "2024-10-24", ["S-1"])
    )
    missing = [f for f in dana.findings(on="2024-11-30") if isinstance(f, TidakDalamLPSDK)]
    assert [f.sumbangan.on for f in missing] == [D(2024, 10, 2), D(2024, 10, 3)]
    fixed = dana.with_laporan("LPSDK", "2024-10-25", ["S-1", "S-2", "S-3"])
    assert [f.sumbangan.on for f in fixed.findings(on="2024-11-30")
            if isinstance(f, TidakDalamLPSDK)] == [D(2024, 10, 3)]  # fmt: skip


# -- spending ---------------------------------------------------------------------------------


def test_spending_over_the_region_s_limit_is_decided_to_the_sen():
    dana = account(batas_pengeluaran=Rupiah(32_000_000_000))
    at_limit = dana.with_pengeluaran("2024-10-01", Rupiah(32_000_000_000))
    assert codes(at_limit) == []
    over = at_limit.with_pengeluaran("2024-10-02", Rupiah("0.01"))
    (finding,) = over.findings(on="2024-11-30")
    assert isinstance(finding, MelebihiBatasPengeluaran)
    assert (finding.on, finding.kelebihan) == (D(2024, 10, 2), Rupiah("0.01"))
    assert str(finding.basis) == "UU 10/2016 Pasal 74 ayat (9)"


def test_spending_before_the_account_was_opened():
    dana = account(rkdk_dibuka="2024-09-20")
    dana = dana.with_pengeluaran("2024-09-19", Rupiah(1)).with_pengeluaran("2024-09-20", Rupiah(1))
    (before,) = dana.findings(on="2024-11-30")
    assert isinstance(before, PengeluaranSebelumRKDK)
    assert (before.on, before.rkdk_dibuka) == (D(2024, 9, 19), D(2024, 9, 20))
    assert str(before.basis) == "UU 10/2016 Pasal 74 ayat (3)"


def test_lines_after_the_day_judged_are_left_out():
    dana = account().with_sumbangan(BUDI, "2024-12-01", Rupiah(80_000_000))
    assert codes(dana, "2024-11-30") == []
    assert codes(dana, "2024-12-01") == ["MELEBIHI_BATAS_SUMBANGAN"]


# -- a finding built by hand must be one the rules could give (#18) ---------------------------

ALL_FOUND = (
    DanaKampanye(pasangan="Paslon 1", rkdk_dibuka="2024-09-20", batas_pengeluaran=Rupiah(1_000))
    .with_sumbangan(BUDI, "2024-10-01", Rupiah(80_000_000), bukti="S-1")
    .with_sumbangan(Penyumbang(jenis="asing", nama="X"), "2024-10-02", Rupiah(5))
    .with_pengeluaran("2024-09-19", Rupiah(2_000))
    .with_laporan("LPSDK", "2024-10-24", [])
    .with_laporan("LPPDK", "2024-11-25")
).findings()


def found(kind: type) -> object:
    return next(f for f in ALL_FOUND if type(f) is kind)


def changed(kind: type, **changes: object) -> object:
    return attrs.evolve(found(kind), **changes)


@pytest.mark.parametrize(
    ("change", "field", "value", "rule"),
    [
        (lambda: changed(MelebihiBatasSumbangan, kelebihan=Rupiah(5_000_001)),
         "kelebihan", Rupiah(5_000_001), "jumlah - batas (the cap)"),
        (lambda: changed(MelebihiBatasSumbangan, jumlah=Rupiah(75_000_000),
                         kelebihan=Rupiah(1)),
         "jumlah", Rupiah(75_000_000),
         "a total above the cap ('paling banyak': the cap itself is allowed)"),
        (lambda: changed(MelebihiBatasSumbangan, batas=75_000_000),
         "batas", 75_000_000, "a pilkada.Rupiah"),
        (lambda: changed(MelebihiBatasSumbangan, setor_paling_lambat="2024-12-07"),
         "setor_paling_lambat", "2024-12-07", "a datetime.date"),
        (lambda: changed(MelebihiBatasPengeluaran, kelebihan=Rupiah(999)),
         "kelebihan", Rupiah(999), "jumlah - batas (the limit)"),
        (lambda: changed(MelebihiBatasPengeluaran, kelebihan=Rupiah(0)),
         "kelebihan", Rupiah(0), "an amount above Rp0"),
        (lambda: changed(SumbanganTerlarang, sumbangan=found(MelebihiBatasSumbangan).penyumbang),
         "sumbangan", found(MelebihiBatasSumbangan).penyumbang, "a Sumbangan"),
        (lambda: changed(SumbanganTerlarang, on=D(2024, 10, 3)),
         "on", D(2024, 10, 3), "the day the donation was received"),
        (lambda: changed(TidakDalamLPSDK, on=D(2024, 10, 2)),
         "on", D(2024, 10, 2), "the day the donation was received"),
        (lambda: changed(LaporanTerlambat, hari_terlambat=2),
         "hari_terlambat", 2, "the days from the deadline (due) to the filing (on); at least 1"),
        (lambda: changed(LaporanTerlambat, hari_terlambat=0),
         "hari_terlambat", 0, "a whole number from 1 to 2**63 - 1"),
        (lambda: changed(LaporanTerlambat, on=None),
         "on", None, "the day it was filed"),
        (lambda: changed(LaporanTidakAda, on=D(2024, 9, 24)),
         "on", D(2024, 9, 24), "a day after the deadline ('paling lambat': on the day is on time)"),
        (lambda: changed(LaporanTidakAda, jenis="LADK"),
         "jenis", "LADK", "a JenisLaporan"),
        (lambda: changed(PengeluaranSebelumRKDK, rkdk_dibuka=D(2024, 9, 19)),
         "rkdk_dibuka", D(2024, 9, 19), "a day after the spending (pengeluaran.on)"),
        (lambda: changed(PengeluaranSebelumRKDK, on=D(2024, 9, 18)),
         "on", D(2024, 9, 18), "the day of the spending"),
        (lambda: changed(SetoranKurang, disetor=Rupiah(5_000_005)),
         "disetor", Rupiah(5_000_005), "less than wajib (what is owed)"),
        (lambda: changed(SetoranKurang, disetor=Rupiah(-1)),
         "disetor", Rupiah(-1), "an amount of Rp0 or more"),
        (lambda: changed(SetoranKurang, on=D(2024, 12, 8)),
         "on", D(2024, 12, 8), "the deadline (due)"),
        (lambda: changed(SetoranKurang, sanksi="gugur"), "sanksi", "gugur", "a Sanksi"),
    ],
)  # fmt: skip
def test_a_finding_the_rules_would_not_give_is_refused(change, field, value, rule):
    with pytest.raises(PilkadaError) as caught:
        change()
    assert caught.value.field == field
    assert caught.value.value == value
    assert caught.value.rule == rule


def test_every_kind_of_finding_is_in_the_fixture_and_rebuilds_as_is():
    kinds = {type(f) for f in ALL_FOUND}
    assert kinds >= {
        MelebihiBatasSumbangan, SumbanganTerlarang, LaporanTerlambat, LaporanTidakAda,
        TidakDalamLPSDK, MelebihiBatasPengeluaran, PengeluaranSebelumRKDK, SetoranKurang,
    }  # fmt: skip
    assert all(attrs.evolve(f) == f for f in ALL_FOUND)
