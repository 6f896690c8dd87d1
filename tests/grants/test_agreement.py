"""A grant agreement (NPHD): tranches, deadlines, findings, describe() (pilkada.grants)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import (
    PILKADA_2024,
    FundingKind,
    FundingSource,
    GrantAgreement,
    Grantee,
    Grantor,
    Payment,
    PilkadaTypeError,
    PilkadaValueError,
    RegionLevel,
    Rupiah,
    Schedule,
    TrancheState,
    is_working_day,
    months_before,
    working_days_between,
)
from pilkada.grants import SIGNING_DEADLINE_BASIS, TRANCHE_BASIS
from tests.strategies import blora

D = dt.date
BLORA = Grantor(RegionLevel.KABUPATEN, "Blora")


# -- the seed ----------------------------------------------------------------------------------


def test_blora_tranches():
    first, second = blora().tranches
    assert (first.number, first.share, first.amount) == (1, Fraction(2, 5), Rupiah(13_962_082_800))
    assert (second.number, second.share, second.amount) == (
        2,
        Fraction(3, 5),
        Rupiah(20_943_124_200),
    )
    assert first.due == D(2023, 11, 30)
    assert second.due == D(2024, 6, 27)
    assert first.due.strftime("%A") == second.due.strftime("%A") == "Thursday"
    assert first.basis == second.basis == TRANCHE_BASIS
    assert str(first.basis) == (
        "Permendagri 54/2019 Pasal 16 ayat (4) sebagaimana diubah dengan Permendagri 41/2020"
    )
    assert (first.label(), second.label("en")) == ("tahap I", "tranche II")


def test_blora_describe_in_indonesian_and_english():
    text = blora().describe()
    assert text.startswith(
        "Nilai Naskah Perjanjian Hibah Daerah (NPHD) antara Pemerintah Kabupaten Blora dan KPU "
        "Kabupaten Blora untuk Pemilihan Bupati dan Wakil Bupati Tahun 2024 sebesar "
        "Rp34.905.207.000,00 (tiga puluh empat miliar sembilan ratus lima juta dua ratus tujuh "
        "ribu rupiah), ditandatangani pada Jumat, 10 November 2023."
    )
    assert (
        "Pencairan tahap I sebesar Rp13.962.082.800,00 (tiga belas miliar sembilan ratus enam "
        "puluh dua juta delapan puluh dua ribu delapan ratus rupiah) atau 40% dari nilai NPHD, "
        "paling lambat Kamis, 30 November 2023." in text
    )
    assert text.endswith("atau 60% dari nilai NPHD, paling lambat Kamis, 27 Juni 2024.")
    english = blora(number="900/123/2023").describe(locale="en")
    assert "NPHD) No. 900/123/2023 between the Government of Blora Regency and KPU Blora" in english
    assert "Tranche I of IDR13,962,082,800.00 (40% of the NPHD) is due no later than " in english
    assert "Thursday, November 30, 2023" in english


def test_describe_lang_is_a_deprecated_alias_of_locale():
    agreement = blora()
    with pytest.warns(DeprecationWarning, match=r"GrantAgreement.describe\(lang=...\)"):
        old = agreement.describe(lang="en")
    assert old == agreement.describe(locale="en")
    with pytest.raises(PilkadaTypeError) as info:
        agreement.describe(locale="en", lang="en")
    assert (info.value.field, info.value.value) == ("lang", "en")


def test_describe_is_written_by_the_display_layer():
    from pilkada import presentation  # noqa: PLC0415

    agreement = blora()
    described = agreement.describe(locale="en")  # loads the display layer
    assert presentation.prose(agreement, locale="en") == described
    with pytest.raises(PilkadaTypeError) as info:
        presentation.prose(object())
    assert info.value.field == "obj"
    with pytest.raises(TypeError):
        agreement.describe(nonsense=1)  # type: ignore[call-arg]


def test_user_typed_values_are_read_at_the_boundary():
    typed = blora()
    assert blora(grantor=Grantor("kabupaten", "Blora"), signed_on="2023-11-10") == typed
    assert Grantor("KABUPATEN", "Blora") == Grantor("Kabupaten", "Blora") == BLORA
    assert blora(grantee="bawaslu", payment="single") == blora(
        grantee=Grantee.BAWASLU, payment=Payment.SINGLE
    )
    paid = typed.with_transfer("2023-11-29", Rupiah(13_962_082_800))
    assert paid == typed.with_transfer(D(2023, 11, 29), Rupiah(13_962_082_800))
    assert paid.status(on="2024-07-01") == paid.status(on=D(2024, 7, 1))
    assert typed.with_pengusulan("2025-01-16").pengusulan_on == D(2025, 1, 16)
    source = FundingSource(kind="apbd", fiscal_year=2023, amount=Rupiah(1))
    assert source.kind is FundingKind.APBD


@pytest.mark.parametrize(
    ("make", "error", "field", "value"),
    [
        (lambda: Grantor("desa", "Blora"), PilkadaValueError, "level", "desa"),
        (lambda: Grantor(3, "Blora"), PilkadaTypeError, "level", 3),
        (lambda: blora(signed_on="10/11/2023"), PilkadaValueError, "signed_on", "10/11/2023"),
        (lambda: blora(grantee="KPUD"), PilkadaValueError, "grantee", "KPUD"),
        (lambda: blora().with_pengusulan("2025-13-01"), PilkadaValueError, "pengusulan_on", None),
        (lambda: blora().status(on="soon"), PilkadaValueError, "on", "soon"),
    ],
)
def test_user_typed_values_are_refused_with_what_is_accepted(make, error, field, value):
    with pytest.raises(error) as info:
        make()
    assert info.value.field == field
    if value is not None:
        assert info.value.value == value
    assert info.value.rule


def test_a_refused_grantor_level_lists_the_levels():
    with pytest.raises(PilkadaValueError) as info:
        Grantor("desa", "Blora")
    assert "PROVINSI" in info.value.rule
    assert "KABUPATEN" in info.value.rule
    assert "KOTA" in info.value.rule


@pytest.mark.parametrize(
    ("grantor", "grantee", "unit", "election"),
    [
        (Grantor(RegionLevel.PROVINSI, "Jawa Tengah"), Grantee.POLRI, "Polda", "Gubernur"),
        (Grantor(RegionLevel.KABUPATEN, "Blora"), Grantee.TNI, "Kodim", "Bupati"),
        (Grantor(RegionLevel.KOTA, "Ambon"), Grantee.BAWASLU, "Bawaslu", "Wali Kota"),
        (Grantor(RegionLevel.PROVINSI, "Maluku"), Grantee.TNI, "Kodam", "Gubernur"),
        (Grantor(RegionLevel.KABUPATEN, "Blora"), Grantee.POLRI, "Polres", "Bupati"),
        (Grantor(RegionLevel.KOTA, "Ambon"), Grantee.KPU, "KPU", "Wali Kota"),
    ],
)
def test_grantor_fixes_the_election_and_the_grantee_unit(grantor, grantee, unit, election):
    text = blora(grantor=grantor, grantee=grantee).describe()
    assert f"dan {unit} {grantor.region()} untuk Pemilihan {election} dan Wakil {election}" in text


def test_too_small_for_two_tranches():
    with pytest.raises(PilkadaValueError, match="leaves a tranche of Rp0") as info:
        blora(amount=Rupiah("0.01"))
    assert info.value.field == "amount"
    assert [t.amount for t in blora(amount=Rupiah("0.02")).tranches] == [Rupiah("0.01")] * 2
    single = blora(amount=Rupiah("0.01"), payment=Payment.SINGLE)
    assert [t.amount for t in single.tranches] == [Rupiah("0.01")]


def test_single_payment():
    (only,) = blora(payment=Payment.SINGLE).tranches
    assert only.amount == Rupiah(34_905_207_000)
    assert only.share == 1
    assert only.due == D(2023, 11, 30)
    assert only.label() == "sekaligus"


# -- deadlines on their boundaries -------------------------------------------------------------


def test_signed_on_a_friday_before_a_holiday():
    # Friday 5 April 2024, before Idul Fitri (10-11 April) and its cuti bersama (8, 9, 12 and
    # 15 April). Counted by hand: with cuti bersama as working days the 14th is Monday 29 April;
    # with them off it is Monday 6 May (1 May, Labour Day, is a holiday).
    agreement = blora(signed_on=D(2024, 4, 5))
    assert agreement.tranches[0].due == D(2024, 4, 29)
    assert blora(signed_on=D(2024, 4, 5), cuti_bersama_off=True).tranches[0].due == D(2024, 5, 6)


def test_the_14th_working_day_itself_is_on_time():
    agreement = blora()
    due = agreement.tranches[0].due
    on_time = agreement.with_transfer(due, Rupiah(13_962_082_800)).status(on=due)
    assert on_time.tranches[0].state is TrancheState.PAID
    assert on_time.tranches[0].days_late == 0
    a_day_late = agreement.with_transfer(due + dt.timedelta(days=1), Rupiah(13_962_082_800))
    late = a_day_late.status(on=D(2024, 1, 1)).tranches[0]
    assert late.state is TrancheState.PAID_LATE
    assert late.days_late == 1


def test_tranche_two_deadline_is_five_months_before_voting_inclusive():
    agreement = blora().with_transfer(D(2023, 11, 30), Rupiah(13_962_082_800))
    on_deadline = agreement.with_transfer(D(2024, 6, 27), Rupiah(20_943_124_200))
    assert on_deadline.status(on=D(2024, 12, 1)).tranches[1].state is TrancheState.PAID
    after = agreement.with_transfer(D(2024, 6, 28), Rupiah(20_943_124_200))
    tranche = after.status(on=D(2024, 12, 1)).tranches[1]
    assert (tranche.state, tranche.days_late, tranche.paid_on) == (
        TrancheState.PAID_LATE,
        1,
        D(2024, 6, 28),
    )


# -- findings ----------------------------------------------------------------------------------


def codes(agreement: GrantAgreement) -> list[str]:
    return [finding.rule for finding in agreement.findings()]


def test_signing_deadline_of_2024():
    assert codes(blora(signed_on=D(2023, 11, 10))) == []
    late = blora(signed_on=D(2023, 11, 11)).findings()
    assert [f.rule for f in late] == ["NPHD_TERLAMBAT"]
    assert late[0].dates == (D(2023, 11, 11), D(2023, 11, 10))
    assert late[0].basis == SIGNING_DEADLINE_BASIS
    assert "melewati batas penandatanganan 10 November 2023" in late[0].message()


def test_no_signing_deadline_is_invented_for_other_elections():
    schedule = Schedule(name="PSU 2025", voting_day=D(2025, 8, 27))
    assert codes(blora(schedule=schedule, signed_on=D(2025, 1, 6))) == []


def test_tranche_two_due_before_tranche_one():
    # Signed 14 June 2024: tahap I due 5 July (17 June is Idul Adha), tahap II already due 27 June.
    agreement = blora(signed_on=D(2024, 6, 14))
    assert codes(agreement) == ["NPHD_TERLAMBAT", "TAHAP_II_SEBELUM_TAHAP_I"]


def test_tranche_two_deadline_past_at_signing():
    assert codes(blora(signed_on=D(2024, 6, 28))) == [
        "NPHD_TERLAMBAT",
        "TAHAP_II_LEWAT_SAAT_PENANDATANGANAN",
    ]
    assert "TAHAP_II_LEWAT_SAAT_PENANDATANGANAN" not in codes(blora(signed_on=D(2024, 6, 27)))


def test_signed_after_voting_day():
    assert "NPHD_SETELAH_PEMUNGUTAN_SUARA" in codes(blora(signed_on=D(2024, 11, 28)))


def test_funding_sources_must_add_up():
    good = [
        FundingSource(kind=FundingKind.APBD, fiscal_year=2023, amount=Rupiah(13_962_082_800)),
        FundingSource(kind=FundingKind.APBD, fiscal_year=2024, amount=Rupiah(20_943_124_200)),
    ]
    assert codes(blora(funding=good)) == []
    short = [
        *good[:1],
        FundingSource(
            kind=FundingKind.DANA_CADANGAN, fiscal_year=2024, amount=Rupiah(20_000_000_000)
        ),
    ]
    findings = blora(funding=short).findings()
    assert [f.rule for f in findings] == ["SUMBER_DANA_TIDAK_SESUAI"]
    assert "selisih Rp943.124.200,00" in findings[0].message()


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"amount": Rupiah(0)}, PilkadaValueError),
        ({"amount": 34_905_207_000}, PilkadaTypeError),
        ({"signed_on": "10 November 2023"}, PilkadaValueError),
        ({"signed_on": dt.datetime(2023, 11, 10)}, PilkadaTypeError),
        ({"funding": ["APBD 2023"]}, PilkadaTypeError),
        ({"grantor": "Kabupaten Blora"}, TypeError),
        ({"pengusulan_on": 20250116}, PilkadaTypeError),
    ],
)
def test_bad_agreements_are_refused(changes, error):
    with pytest.raises(error):
        blora(**changes)


def test_grantor_needs_a_name():
    with pytest.raises(PilkadaValueError):
        Grantor(RegionLevel.KOTA, "  ")
    assert str(BLORA) == "Pemerintah Kabupaten Blora"
    assert BLORA.region("en") == "Blora Regency"


def test_default_schedule_is_pilkada_2024():
    assert blora().schedule is PILKADA_2024
    assert blora().voting_day == D(2024, 11, 27)


# -- properties --------------------------------------------------------------------------------

amounts = st.integers(min_value=1, max_value=10**17 - 1).map(Rupiah.from_sen)
signing_days = st.dates(min_value=D(2022, 1, 1), max_value=D(2024, 11, 26))


@given(amounts, signing_days, st.sampled_from(list(Payment)), st.booleans())
def test_tranches_conserve_the_total_and_follow_the_rules(amount, signed, payment, off):
    fields = {"amount": amount, "signed_on": signed, "payment": payment, "cuti_bersama_off": off}
    if payment is Payment.TRANCHES and amount == Rupiah("0.01"):
        with pytest.raises(PilkadaValueError, match="tranche of Rp0"):
            blora(**fields)
        return
    agreement = blora(**fields)
    tranches = agreement.tranches
    assert sum((t.amount for t in tranches), Rupiah(0)) == amount
    assert all(t.amount > Rupiah(0) for t in tranches)
    assert sum(t.share for t in tranches) == 1
    first = tranches[0]
    assert working_days_between(signed, first.due, cuti_bersama_off=off) == 14
    assert is_working_day(first.due, cuti_bersama_off=off)
    for tranche in tranches:
        assert abs(Fraction(tranche.amount.sen) - tranche.share * amount.sen) < 1
    if payment is Payment.TRANCHES:
        assert tranches[1].due == months_before(D(2024, 11, 27), 5)
    for finding in agreement.findings():
        assert finding.basis is not None


@pytest.mark.parametrize("field", ["ledger", "funding"])
@pytest.mark.parametrize("value", [Decimal(1), 5, True, None, "x"])
def test_an_agreement_refuses_a_collection_that_is_not_one(field, value):
    with pytest.raises(PilkadaTypeError) as caught:
        blora(**{field: value})
    assert caught.value.field == field
    assert caught.value.value is value
    assert caught.value.rule.startswith("a list or tuple")
