"""What an agreement and its ledger break (pilkada.grants.findings), on the law's boundaries."""

from __future__ import annotations

import datetime as dt

import pytest

from pilkada import (
    Certainty,
    GrantAgreement,
    Payment,
    PilkadaTypeError,
    PilkadaValueError,
    Rupiah,
    Schedule,
)
from pilkada.grants import SIGNING_DEADLINE_BASIS, TRANCHE_BASIS
from pilkada.grants.bases import SINGLE_PAYMENT_BASIS
from tests.strategies import blora

D = dt.date
FIRST, SECOND = Rupiah(13_962_082_800), Rupiah(20_943_124_200)


def rules(agreement: GrantAgreement, on: dt.date | None = None) -> list[str]:
    return [finding.rule for finding in agreement.findings(on=on)]


# -- the agreement itself ----------------------------------------------------------------------


def test_the_signing_deadline_finding_cites_the_september_2023_circular():
    late = blora(signed_on=D(2023, 11, 11)).findings()[0]
    assert str(late.basis) == "SE Mendagri 900.1.9.1/5252/SJ/2023"
    assert late.basis == SIGNING_DEADLINE_BASIS
    assert late.certainty is Certainty.PROVISIONAL
    assert late.message(locale="en") == (
        "The NPHD was signed on November 11, 2023, after the signing deadline of November 10, 2023."
    )


def test_signing_on_voting_day_is_not_after_it():
    schedule = Schedule(name="PSU", voting_day=D(2025, 8, 27))
    assert "NPHD_SETELAH_PEMUNGUTAN_SUARA" not in rules(
        blora(schedule=schedule, signed_on=D(2025, 8, 27))
    )
    after = blora(schedule=schedule, signed_on=D(2025, 8, 28)).findings()
    found = [f for f in after if f.rule == "NPHD_SETELAH_PEMUNGUTAN_SUARA"]
    assert found[0].dates == (D(2025, 8, 28), D(2025, 8, 27))
    assert found[0].basis == TRANCHE_BASIS
    assert found[0].message() == (
        "NPHD ditandatangani 28 Agustus 2025, setelah hari pemungutan suara 27 Agustus 2025."
    )


def test_equal_tranche_due_dates_are_not_a_finding():
    # Signed Thursday 6 June 2024: the 14th working day is 27 June, tahap II's own deadline.
    agreement = blora(signed_on=D(2024, 6, 6))
    first, second = agreement.tranches
    assert first.due == second.due == D(2024, 6, 27)
    assert rules(agreement) == ["NPHD_TERLAMBAT"]
    assert rules(blora(signed_on=D(2024, 6, 7))) == ["NPHD_TERLAMBAT", "TAHAP_II_SEBELUM_TAHAP_I"]


def test_tranche_findings_say_which_dates_and_why():
    before = blora(signed_on=D(2024, 6, 14)).findings()[1]
    assert before.dates == (D(2024, 6, 27), D(2024, 7, 5))
    assert before.basis == TRANCHE_BASIS
    assert "Tahap II jatuh tempo 27 Juni 2024, sebelum batas tahap I (5 Juli 2024)" in (
        before.message()
    )
    assert before.message(locale="en").startswith("Tranche II is due on June 27, 2024, before")
    past = blora(signed_on=D(2024, 6, 28)).findings()[1]
    assert past.dates == (D(2024, 6, 28), D(2024, 6, 27))
    assert past.message(locale="en") == (
        "The tranche II deadline (June 27, 2024) had passed when the NPHD was signed "
        "(June 28, 2024)."
    )


def test_a_single_payment_has_no_tranche_two_findings():
    assert rules(blora(signed_on=D(2024, 6, 28), payment=Payment.SINGLE)) == ["NPHD_TERLAMBAT"]


# -- payments --------------------------------------------------------------------------------


def test_a_tranche_paid_on_its_due_day_is_no_finding():
    paid = blora().with_transfer(D(2023, 11, 30), FIRST).with_transfer(D(2024, 6, 27), SECOND)
    assert rules(paid) == []
    assert rules(paid, D(2024, 12, 1)) == []


def test_a_tranche_paid_the_day_after_its_deadline_is_a_finding():
    late = blora().with_transfer(D(2023, 12, 1), FIRST)
    (found,) = late.findings()
    assert found.rule == "PENCAIRAN_TERLAMBAT"
    assert found.dates == (D(2023, 12, 1), D(2023, 11, 30))
    assert (found.dates[0] - found.dates[1]).days == 1
    assert found.basis == TRANCHE_BASIS
    assert found.certainty is Certainty.OFFICIAL
    assert found.message() == (
        "Pencairan tahap I sebesar Rp13.962.082.800,00 lunas pada 1 Desember 2023, 1 hari "
        "setelah batas 30 November 2023."
    )
    assert found.message(locale="en") == (
        "Tranche I of IDR13,962,082,800.00 was paid in full on December 1, 2023, 1 day after "
        "its deadline of November 30, 2023."
    )
    later = blora().with_transfer(D(2023, 12, 5), FIRST).findings()[0]
    assert "5 days after" in later.message(locale="en")


def test_a_late_single_payment_is_a_provisional_finding():
    late = blora(payment=Payment.SINGLE).with_transfer(D(2023, 12, 1), FIRST + SECOND)
    (found,) = late.findings()
    assert (found.rule, found.basis, found.certainty) == (
        "PENCAIRAN_TERLAMBAT",
        SINGLE_PAYMENT_BASIS,
        Certainty.PROVISIONAL,
    )
    assert found.message().startswith("Pencairan sekaligus sebesar Rp34.905.207.000,00")


def test_a_missing_payment_is_a_finding_only_on_a_day_after_its_deadline():
    partly = blora().with_transfer(D(2023, 11, 20), Rupiah(1_000_000))
    assert rules(partly) == []  # no day given: nothing is assumed missing
    assert rules(partly, D(2023, 11, 30)) == []  # the due day itself: not yet overdue
    (found,) = partly.findings(on="2023-12-01")
    assert (found.rule, found.dates) == ("PENCAIRAN_BELUM_LUNAS", (D(2023, 12, 1), D(2023, 11, 30)))
    assert found.message() == (
        "Per 1 Desember 2023, tahap I baru dicairkan Rp1.000.000,00 dari Rp13.962.082.800,00: "
        "batasnya 30 November 2023 terlewati 1 hari."
    )
    assert found.message(locale="en") == (
        "As of December 1, 2023, tranche I has been paid IDR1,000,000.00 of "
        "IDR13,962,082,800.00: its deadline of November 30, 2023 passed 1 day before."
    )
    # With no ledger, nothing was paid: on a day after both deadlines, both are missing.
    assert rules(blora(), D(2024, 7, 1)) == ["PENCAIRAN_BELUM_LUNAS"] * 2


def test_the_ledger_read_without_a_day_stops_at_its_last_line():
    # Tahap I is paid late, and tahap II is still unpaid after its deadline at the last line.
    agreement = blora().with_transfer(D(2023, 12, 4), FIRST).with_spending(D(2024, 7, 1), Rupiah(1))
    assert rules(agreement) == ["PENCAIRAN_TERLAMBAT"]
    assert rules(agreement, D(2024, 7, 1)) == ["PENCAIRAN_TERLAMBAT", "PENCAIRAN_BELUM_LUNAS"]
    # A line after the day asked about is not read.
    assert rules(agreement, D(2023, 12, 3)) == ["PENCAIRAN_BELUM_LUNAS"]


@pytest.mark.parametrize(
    ("on", "error"),
    [("2024-13-01", PilkadaValueError), (5, PilkadaTypeError), (dt.datetime(2024, 1, 1), None)],
)
def test_findings_refuse_a_day_that_is_not_one(on, error):
    with pytest.raises(error or PilkadaTypeError) as caught:
        blora().findings(on=on)
    assert caught.value.field == "on"
    assert caught.value.value == on


def test_the_english_messages_in_full():
    before = blora(signed_on=D(2024, 6, 14)).findings()[1]
    assert before.message(locale="en") == (
        "Tranche II is due on June 27, 2024, before the tranche I deadline (July 5, 2024): it "
        "cannot be paid on time after tranche I."
    )
    assert before.message() == (
        "Tahap II jatuh tempo 27 Juni 2024, sebelum batas tahap I (5 Juli 2024): tahap II tidak "
        "dapat dibayar tepat waktu setelah tahap I."
    )
    schedule = Schedule(name="PSU", voting_day=D(2025, 8, 27))
    after = blora(schedule=schedule, signed_on=D(2025, 8, 28)).findings()[-1]
    assert after.message(locale="en") == (
        "The NPHD was signed on August 28, 2025, after voting day (August 27, 2025)."
    )


def test_funding_that_does_not_add_up_says_by_how_much():
    from pilkada import FundingKind, FundingSource  # noqa: PLC0415

    funded = blora(
        funding=[FundingSource(kind=FundingKind.APBD, fiscal_year=2023, amount=FIRST)]
    ).findings()
    assert funded[0].rule == "SUMBER_DANA_TIDAK_SESUAI"
    assert funded[0].dates == ()
    assert funded[0].message(locale="en") == (
        "The funding sources total IDR13,962,082,800.00, not the grant of IDR34,905,207,000.00 "
        "(a difference of IDR20,943,124,200.00)."
    )
    over = blora(
        funding=[
            FundingSource(kind=FundingKind.APBD, fiscal_year=2023, amount=FIRST + SECOND),
            FundingSource(kind=FundingKind.DANA_CADANGAN, fiscal_year=2024, amount=Rupiah(1)),
        ]
    ).findings()
    assert "(selisih Rp1,00)" in over[0].message()


def test_a_missing_single_payment_is_a_provisional_finding():
    (found,) = blora(payment=Payment.SINGLE).findings(on=D(2023, 12, 1))
    assert (found.rule, found.basis, found.certainty) == (
        "PENCAIRAN_BELUM_LUNAS",
        SINGLE_PAYMENT_BASIS,
        Certainty.PROVISIONAL,
    )
    assert found.message(locale="en").startswith(
        "As of December 1, 2023, single payment has been paid IDR0.00 of IDR34,905,207,000.00"
    )
