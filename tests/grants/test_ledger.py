"""The ledger of a grant and its status on a day (pilkada.grants.ledger)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from pilkada import (
    Grantor,
    LedgerEntry,
    LedgerKind,
    PilkadaTypeError,
    PilkadaValueError,
    RegionLevel,
    Rupiah,
    TrancheState,
)
from tests.strategies import blora, ledgers

D = dt.date
BLORA = Grantor(RegionLevel.KABUPATEN, "Blora")


# -- ledger ------------------------------------------------------------------------------------


def test_ledger_never_mutates_and_sums_up():
    agreement = blora()
    paid = agreement.with_transfer(D(2023, 11, 29), Rupiah(13_962_082_800))
    assert agreement.ledger == ()
    assert len(paid.ledger) == 1
    status = paid.status(on=D(2024, 1, 1))
    assert status.disbursed == Rupiah(13_962_082_800)
    assert status.outstanding == Rupiah(20_943_124_200)
    assert [t.state for t in status.tranches] == [TrancheState.PAID, TrancheState.DUE]
    later = paid.status(on=D(2024, 7, 1))
    assert later.tranches[1].state is TrancheState.OVERDUE
    assert later.tranches[1].days_late == 4


def test_partial_payments_fill_tranches_in_order():
    agreement = (
        blora()
        .with_transfer(D(2023, 11, 20), Rupiah(10_000_000_000))
        .with_transfer(D(2023, 11, 30), Rupiah(5_000_000_000))
    )
    before = agreement.status(on=D(2023, 11, 25)).tranches
    assert [t.state for t in before] == [TrancheState.PARTLY_PAID, TrancheState.DUE]
    assert before[0].unpaid == Rupiah(3_962_082_800)
    after = agreement.status(on=D(2023, 12, 1)).tranches
    assert after[0].state is TrancheState.PAID
    assert after[0].paid_on == D(2023, 11, 30)
    assert after[1].paid == Rupiah(1_037_917_200)
    assert after[1].state is TrancheState.PARTLY_PAID


def test_partly_paid_after_the_deadline_is_overdue():
    agreement = blora().with_transfer(D(2023, 11, 20), Rupiah(1_000_000))
    tranche = agreement.status(on=D(2023, 12, 5)).tranches[0]
    assert (tranche.state, tranche.days_late, tranche.paid) == (
        TrancheState.OVERDUE,
        5,
        Rupiah(1_000_000),
    )


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (lambda a: a.with_transfer(D(2023, 11, 9), Rupiah(1)), "ledger[0].on"),
        (lambda a: a.with_transfer(D(2023, 11, 20), Rupiah(0)), "amount"),
        (lambda a: a.with_transfer(D(2023, 11, 20), Rupiah(-5)), "amount"),
        (lambda a: a.with_transfer(D(2023, 11, 20), Rupiah(34_905_207_001)), "ledger[0].amount"),
        (lambda a: a.with_spending(D(2023, 11, 20), Rupiah(1)), "ledger[0].amount"),
        (lambda a: a.with_refund(D(2023, 11, 20), Rupiah(1)), "ledger[0].amount"),
    ],
)
def test_bad_ledger_lines_are_refused_and_nothing_is_recorded(record, field):
    agreement = blora()
    with pytest.raises(PilkadaValueError) as info:
        record(agreement)
    assert info.value.field == field
    assert agreement.ledger == ()


def test_transfer_of_a_float_is_refused():
    with pytest.raises(PilkadaTypeError):
        blora().with_transfer(D(2023, 11, 20), 1000.0)  # type: ignore[arg-type]


def test_spending_cannot_precede_the_money():
    agreement = blora().with_transfer(D(2023, 11, 29), Rupiah(100))
    with pytest.raises(PilkadaValueError, match="more than the Rp0,00 transferred"):
        agreement.with_spending(D(2023, 11, 28), Rupiah(50))
    assert agreement.with_spending(D(2023, 11, 29), Rupiah(100)).status(
        on=D(2023, 12, 1)
    ).unspent == Rupiah(0)


def test_sisa_dana_deadline_and_overdue():
    # KPU Ngawi: pengusulan 16 January 2025, so the unspent funds were due back by 16 April.
    agreement = (
        blora()
        .with_transfer(D(2023, 11, 29), Rupiah(13_962_082_800))
        .with_transfer(D(2024, 6, 20), Rupiah(20_943_124_200))
        .with_spending(D(2024, 12, 31), Rupiah(34_000_000_000))
        .with_pengusulan(D(2025, 1, 16))
    )
    assert agreement.sisa_dana_due == D(2025, 4, 16)
    on_deadline = agreement.status(on=D(2025, 4, 16))
    assert on_deadline.unspent == Rupiah(905_207_000)
    assert not on_deadline.sisa_dana_overdue
    assert agreement.status(on=D(2025, 4, 17)).sisa_dana_overdue
    returned = agreement.with_refund(D(2025, 4, 10), Rupiah(905_207_000))
    status = returned.status(on=D(2025, 5, 1))
    assert (status.unspent, status.refunded, status.sisa_dana_overdue) == (
        Rupiah(0),
        Rupiah(905_207_000),
        False,
    )
    assert blora().sisa_dana_due is None


@given(ledgers())
def test_a_ledger_never_loses_or_invents_a_sen(case):
    agreement, on = case
    status = agreement.status(on=on)
    counted = [e for e in agreement.ledger if e.on <= on]
    transferred = sum((e.amount for e in counted if e.kind is LedgerKind.TRANSFER), Rupiah(0))
    assert status.disbursed == transferred
    spent = sum((e.amount for e in counted if e.kind is LedgerKind.SPENDING), Rupiah(0))
    refunded = sum((e.amount for e in counted if e.kind is LedgerKind.REFUND), Rupiah(0))
    assert (status.spent, status.refunded) == (spent, refunded)
    assert status.unspent >= Rupiah(0)
    assert status.outstanding >= Rupiah(0)
    assert sum((t.paid for t in status.tranches), Rupiah(0)) == status.disbursed
    for tranche in status.tranches:
        assert Rupiah(0) <= tranche.paid <= tranche.tranche.amount
        assert (tranche.state in (TrancheState.PAID, TrancheState.PAID_LATE)) == (
            tranche.paid == tranche.tranche.amount
        )


# -- the ledger's boundaries -------------------------------------------------------------------


def test_a_ledger_line_on_the_signing_day_is_accepted_the_day_before_is_not():
    signed = D(2023, 11, 10)
    agreement = blora().with_transfer(signed, Rupiah(100)).with_spending(signed, Rupiah(100))
    assert [line.on for line in agreement.ledger] == [signed, signed]
    assert agreement.status(on=signed).spent == Rupiah(100)
    with pytest.raises(PilkadaValueError) as caught:
        blora().with_refund(signed - dt.timedelta(days=1), Rupiah(1))
    assert (caught.value.field, caught.value.value) == ("ledger[0].on", D(2023, 11, 9))
    assert caught.value.rule == "record transfers, spending and refunds on or after the signing day"
    assert "before the NPHD was signed on 2023-11-10" in caught.value.problem


def test_a_status_on_the_day_before_a_line_does_not_count_it():
    agreement = blora().with_transfer(D(2023, 11, 20), Rupiah(100))
    assert agreement.status(on=D(2023, 11, 19)).disbursed == Rupiah(0)
    assert agreement.status(on=D(2023, 11, 20)).disbursed == Rupiah(100)


def test_the_ledger_note_is_kept_and_checked():
    agreement = blora().with_transfer(D(2023, 11, 20), Rupiah(100), note="SP2D 123")
    agreement = agreement.with_spending(D(2023, 11, 21), Rupiah(40), "honor PPK")
    agreement = agreement.with_refund(D(2023, 11, 22), Rupiah(60), note="STS 9")
    assert [(line.kind, line.note) for line in agreement.ledger] == [
        (LedgerKind.TRANSFER, "SP2D 123"),
        (LedgerKind.SPENDING, "honor PPK"),
        (LedgerKind.REFUND, "STS 9"),
    ]
    assert blora().with_transfer(D(2023, 11, 20), Rupiah(1)).ledger[0].note == ""
    with pytest.raises(PilkadaTypeError) as caught:
        blora().with_transfer(D(2023, 11, 20), Rupiah(1), note=5)  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.value) == ("note", 5)


def test_the_transfer_limit_names_what_may_still_be_transferred():
    agreement = blora().with_transfer(D(2023, 11, 20), Rupiah(34_905_206_000))
    with pytest.raises(PilkadaValueError) as caught:
        agreement.with_transfer(D(2023, 11, 21), Rupiah(1001))
    assert (caught.value.field, caught.value.value) == ("ledger[1].amount", Rupiah(1001))
    assert caught.value.rule == "transfer at most Rp1.000,00 more"
    assert caught.value.problem == (
        "transfers would total Rp34.905.207.001,00, more than the grant of Rp34.905.207.000,00"
    )
    exact = agreement.with_transfer(D(2023, 11, 21), Rupiah(1000))
    assert exact.status(on=D(2023, 11, 21)).outstanding == Rupiah(0)


def test_spending_and_refunds_together_may_reach_what_was_transferred():
    agreement = blora().with_transfer(D(2023, 11, 20), Rupiah(100))
    agreement = agreement.with_spending(D(2023, 11, 21), Rupiah(60))
    assert agreement.with_refund(D(2023, 11, 21), Rupiah(40)).status(
        on=D(2023, 11, 21)
    ).unspent == Rupiah(0)
    with pytest.raises(PilkadaValueError) as caught:
        agreement.with_refund(D(2023, 11, 21), Rupiah(41))
    assert (caught.value.field, caught.value.value) == ("ledger[2].amount", Rupiah(41))
    assert caught.value.rule == "spend or return only money already transferred"
    assert caught.value.problem == (
        "spending and refunds would total Rp101,00 by 2023-11-21, more than the Rp100,00 "
        "transferred by then"
    )


def test_a_ledger_of_other_things_is_refused_by_index():
    entry = blora().with_transfer(D(2023, 11, 20), Rupiah(1)).ledger[0]
    with pytest.raises(PilkadaTypeError) as caught:
        blora(ledger=[entry, "x"])
    assert (caught.value.field, caught.value.value) == ("ledger[1]", "x")


def test_same_day_lines_keep_their_order():
    agreement = blora(
        ledger=[
            LedgerEntry(kind=LedgerKind.TRANSFER, on=D(2023, 11, 21), amount=Rupiah(5)),
            LedgerEntry(kind=LedgerKind.TRANSFER, on=D(2023, 11, 20), amount=Rupiah(1), note="a"),
            LedgerEntry(kind=LedgerKind.SPENDING, on=D(2023, 11, 20), amount=Rupiah(1), note="b"),
        ]
    )
    assert [line.note for line in agreement.ledger] == ["a", "b", ""]


def test_the_pengusulan_cannot_precede_the_signing():
    with pytest.raises(PilkadaValueError) as caught:
        blora().with_pengusulan("2023-11-09")
    assert (caught.value.field, caught.value.value) == ("pengusulan_on", D(2023, 11, 9))
    assert blora().with_pengusulan("2023-11-10").pengusulan_on == D(2023, 11, 10)
    assert blora().with_pengusulan(D(2025, 1, 10)).sisa_dana_due == D(2025, 4, 10)


def test_spending_and_refunds_have_an_empty_note_by_default():
    agreement = (
        blora()
        .with_transfer(D(2023, 11, 20), Rupiah(100))
        .with_spending(D(2023, 11, 21), Rupiah(40))
        .with_refund(D(2023, 11, 22), Rupiah(60))
    )
    assert [line.note for line in agreement.ledger] == ["", "", ""]
