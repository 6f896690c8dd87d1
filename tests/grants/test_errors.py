"""Every error of the grants package names its field, its value, the problem and the rule.

The table is what each refusal says, exactly: a test that only checked that *an* error is
raised would let a refusal that names the wrong field, or none, go unnoticed.
"""

from __future__ import annotations

import datetime
import datetime as dt
from fractions import Fraction

import attrs
import pytest

import pilkada.grants
from pilkada import (
    FundingSource,
    Grantor,
    LedgerEntry,
    Payment,
    PilkadaError,
    PilkadaTypeError,
    PilkadaValueError,
    Rupiah,
    TrancheState,
)
from pilkada.grants import GRANT_RULES
from tests.strategies import blora

D = dt.date
FIRST, SECOND = blora().tranches
SINGLE = blora(payment=Payment.SINGLE).tranches[0]
STATUS = blora().with_transfer(D(2023, 11, 30), FIRST.amount).status(on=D(2024, 7, 1))
TS = STATUS.tranches[0]

MAKE = {
    "grantor_name": lambda: Grantor("kabupaten", " "),
    "payment": lambda: blora(payment="twice"),
    "funding_item": lambda: blora(funding=[5]),
    "funding_kind": lambda: FundingSource(kind="gift", fiscal_year=2024, amount=Rupiah(1)),
    "too_small": lambda: blora(amount=Rupiah("0.01")),
    "record_on": lambda: blora().with_transfer("2023-13-01", Rupiah(1)),
    "ledger_item": lambda: blora(ledger=[5]),
    "ledger_kind": lambda: LedgerEntry(kind="gift", on="2023-11-20", amount=Rupiah(1)),
    "ledger_on": lambda: LedgerEntry(kind="TRANSFER", on="x", amount=Rupiah(1)),
    "pos_type": lambda: LedgerEntry(kind="TRANSFER", on="2023-11-20", amount=5),
    "pos_value": lambda: LedgerEntry(kind="TRANSFER", on="2023-11-20", amount=Rupiah(0)),
    "nonneg_type": lambda: attrs.evolve(STATUS, spent=5),
    "nonneg_value": lambda: attrs.evolve(STATUS, spent=Rupiah(-1)),
    "day_type": lambda: attrs.evolve(FIRST, due="2023-11-30"),
    "sisa_type": lambda: attrs.evolve(STATUS, sisa_dana_due="2025-01-01"),
    "paid_on_type": lambda: attrs.evolve(TS, paid_on="2023-11-30"),
    "number_type": lambda: attrs.evolve(FIRST, number=True),
    "number_low": lambda: attrs.evolve(FIRST, number=0),
    "number_high": lambda: attrs.evolve(FIRST, number=3),
    "days_type": lambda: attrs.evolve(TS, days_late=1.0),
    "days_neg": lambda: attrs.evolve(TS, days_late=-1),
    "share_type": lambda: attrs.evolve(FIRST, share=0.4),
    "share_range": lambda: attrs.evolve(FIRST, share=Fraction(7, 5)),
    "single_number": lambda: attrs.evolve(SINGLE, number=2),
    "single_share": lambda: attrs.evolve(SINGLE, share=Fraction(2, 5)),
    "share_wrong": lambda: attrs.evolve(FIRST, share=Fraction(3, 5)),
    "amount_wrong": lambda: attrs.evolve(FIRST, amount=Rupiah("13962082800.01")),
    "basis_wrong": lambda: attrs.evolve(FIRST, basis=SINGLE.basis),
    "ts_paid": lambda: attrs.evolve(TS, paid=FIRST.amount + Rupiah("0.01")),
    "ts_state": lambda: attrs.evolve(TS, state=TrancheState.PAID_LATE),
    "ts_days": lambda: attrs.evolve(TS, days_late=2),
    "ts_no_day": lambda: attrs.evolve(TS, paid_on=None),
    "ts_partial_day": lambda: attrs.evolve(TS, paid=Rupiah(1)),
    "ts_after": lambda: attrs.evolve(TS, paid_on=D(2024, 7, 2)),
    "gs_disbursed": lambda: attrs.evolve(STATUS, disbursed=Rupiah(34_905_207_001)),
    "gs_spent": lambda: attrs.evolve(STATUS, spent=Rupiah(13_962_082_801)),
    "gs_count": lambda: attrs.evolve(STATUS, tranches=STATUS.tranches[:1]),
    "gs_items": lambda: attrs.evolve(STATUS, tranches=[5]),
    "gs_number": lambda: attrs.evolve(STATUS, tranches=STATUS.tranches[::-1]),
    "gs_paid": lambda: attrs.evolve(STATUS, disbursed=Rupiah(13_962_082_801)),
    "rule_code": lambda: attrs.evolve(GRANT_RULES[0], code="a b"),
    "rule_basis": lambda: attrs.evolve(
        GRANT_RULES[0], basis=attrs.evolve(GRANT_RULES[0].basis, checked=None)
    ),
    "rule_unknown": lambda: pilkada.grants.grant_rule("X"),
}

ERRORS = [
    ("grantor_name", PilkadaValueError, "name", " ", "the region has no name", "e.g. 'Blora'"),
    (
        "payment",
        PilkadaValueError,
        "payment",
        "twice",
        "'twice' is not a Payment",
        "one of: TRANCHES, SINGLE",
    ),
    ("funding_item", PilkadaTypeError, "funding[0]", 5, "got int", "FundingSource"),
    (
        "funding_kind",
        PilkadaValueError,
        "kind",
        "gift",
        "'gift' is not a FundingKind",
        "one of: APBD, DANA_CADANGAN",
    ),
    (
        "too_small",
        PilkadaValueError,
        "amount",
        Rupiah("0.01"),
        "Rp0,01 split 40 % / 60 % leaves a tranche of Rp0",
        "at least Rp0,02 for two tranches, or payment=Payment.SINGLE",
    ),
    (
        "record_on",
        PilkadaValueError,
        "on",
        "2023-13-01",
        "'2023-13-01' is not a date",
        "a datetime.date or 'YYYY-MM-DD'",
    ),
    ("ledger_item", PilkadaTypeError, "ledger[0]", 5, "got int", "LedgerEntry objects"),
    (
        "ledger_kind",
        PilkadaValueError,
        "kind",
        "gift",
        "'gift' is not a LedgerKind",
        "one of: TRANSFER, SPENDING, REFUND",
    ),
    (
        "ledger_on",
        PilkadaValueError,
        "on",
        "x",
        "'x' is not a date",
        "a datetime.date or 'YYYY-MM-DD'",
    ),
    ("pos_type", PilkadaTypeError, "amount", 5, "got int 5", "a pilkada.Rupiah"),
    (
        "pos_value",
        PilkadaValueError,
        "amount",
        Rupiah("0.00"),
        "Rp0,00 is not a positive amount",
        "an amount above Rp0",
    ),
    ("nonneg_type", PilkadaTypeError, "spent", 5, "got int 5", "a pilkada.Rupiah"),
    (
        "nonneg_value",
        PilkadaValueError,
        "spent",
        Rupiah("-1.00"),
        "-Rp1,00 is negative",
        "an amount of Rp0 or more",
    ),
    ("day_type", PilkadaTypeError, "due", "2023-11-30", "got str '2023-11-30'", "a datetime.date"),
    (
        "sisa_type",
        PilkadaTypeError,
        "sisa_dana_due",
        "2025-01-01",
        "got str '2025-01-01'",
        "a datetime.date",
    ),
    (
        "paid_on_type",
        PilkadaTypeError,
        "paid_on",
        "2023-11-30",
        "got str '2023-11-30'",
        "a datetime.date",
    ),
    ("number_type", PilkadaTypeError, "number", True, "got bool True", "1 or 2"),
    ("number_low", PilkadaValueError, "number", 0, "0 is out of range", "1 or 2"),
    ("number_high", PilkadaValueError, "number", 3, "3 is out of range", "1 or 2"),
    (
        "days_type",
        PilkadaTypeError,
        "days_late",
        1.0,
        "got float 1.0",
        "a whole number of days, 0 or more",
    ),
    (
        "days_neg",
        PilkadaValueError,
        "days_late",
        -1,
        "-1 is out of range",
        "a whole number of days, 0 or more",
    ),
    (
        "share_type",
        PilkadaTypeError,
        "share",
        0.4,
        "got float 0.4",
        "a fractions.Fraction such as 2/5",
    ),
    (
        "share_range",
        PilkadaValueError,
        "share",
        Fraction(7, 5),
        "a share of 7/5 of the grant",
        "a share in (0, 1]",
    ),
    ("single_number", PilkadaValueError, "number", 2, "a single payment is numbered 1", "number=1"),
    (
        "single_share",
        PilkadaValueError,
        "share",
        Fraction(2, 5),
        "the single payment is 1 of the grant, not 2/5",
        "share=1 (Permendagri 54/2019 sebagaimana diubah dengan Permendagri 41/2020)",
    ),
    (
        "share_wrong",
        PilkadaValueError,
        "share",
        Fraction(3, 5),
        "tahap I is 2/5 of the grant, not 3/5",
        (
            "share=2/5 (Permendagri 54/2019 Pasal 16 ayat (4) sebagaimana diubah dengan "
            "Permendagri 41/2020)"
        ),
    ),
    (
        "amount_wrong",
        PilkadaValueError,
        "amount",
        Rupiah("13962082800.01"),
        "tahap I of Rp34.905.207.000,00 is Rp13.962.082.800,00, not Rp13.962.082.800,01",
        "the share of the total to the sen, as Rupiah.allocate(40, 60) splits it",
    ),
    (
        "basis_wrong",
        PilkadaValueError,
        "basis",
        "Permendagri 54/2019 sebagaimana diubah dengan Permendagri 41/2020",
        (
            "tahap I rests on Permendagri 54/2019 Pasal 16 ayat (4) sebagaimana diubah dengan "
            "Permendagri 41/2020, not on Permendagri 54/2019 sebagaimana diubah dengan "
            "Permendagri 41/2020"
        ),
        "basis=Permendagri 54/2019 Pasal 16 ayat (4) sebagaimana diubah dengan Permendagri 41/2020",
    ),
    (
        "ts_paid",
        PilkadaValueError,
        "paid",
        Rupiah("13962082800.01"),
        "Rp13.962.082.800,01 paid towards a tranche of Rp13.962.082.800,00",
        "at most Rp13.962.082.800,00",
    ),
    (
        "ts_state",
        PilkadaValueError,
        "state",
        "PAID_LATE",
        (
            "a tranche due 2023-11-30 with Rp13.962.082.800,00 paid (completed on 2023-11-30) "
            "is PAID on 2024-07-01, not PAID_LATE"
        ),
        "state=PAID",
    ),
    (
        "ts_days",
        PilkadaValueError,
        "days_late",
        2,
        "the tranche is 0 days late, not 2",
        "days_late=0 (days after 2023-11-30)",
    ),
    (
        "ts_no_day",
        PilkadaValueError,
        "paid_on",
        None,
        "the tranche is paid in full but has no day it was completed",
        "the day of the transfer that completed it",
    ),
    (
        "ts_partial_day",
        PilkadaValueError,
        "paid_on",
        datetime.date(2023, 11, 30),
        "a completion day for a tranche paid Rp1,00 of Rp13.962.082.800,00",
        "paid_on only for a tranche paid in full",
    ),
    (
        "ts_after",
        PilkadaValueError,
        "paid_on",
        datetime.date(2024, 7, 2),
        "completed on 2024-07-02, after the status day 2024-07-01",
        "a day on or before `on`",
    ),
    (
        "gs_disbursed",
        PilkadaValueError,
        "disbursed",
        Rupiah("34905207001.00"),
        "Rp34.905.207.001,00 transferred of a grant of Rp34.905.207.000,00",
        "at most Rp34.905.207.000,00",
    ),
    (
        "gs_spent",
        PilkadaValueError,
        "spent",
        Rupiah("13962082801.00"),
        (
            "Rp13.962.082.801,00 spent and Rp0,00 returned, more than the Rp13.962.082.800,00 "
            "transferred"
        ),
        "only what was transferred",
    ),
    ("gs_count", PilkadaValueError, "tranches", 1, "1 tranche(s) given", "2 tranche(s)"),
    ("gs_items", PilkadaTypeError, "tranches[0]", 5, "got int", "TrancheStatus objects"),
    (
        "gs_number",
        PilkadaValueError,
        "tranches[0].tranche.number",
        2,
        "2 in a status of 1",
        "tranche.number=1, as in the status itself",
    ),
    (
        "gs_paid",
        PilkadaValueError,
        "tranches[1].paid",
        Rupiah("0.00"),
        "transfers of Rp13.962.082.801,00 pay Rp1,00 towards tranche II, not Rp0,00",
        "transfers fill the tranches in order",
    ),
    ("rule_code", PilkadaValueError, "code", "a b", "not a rule code", "e.g. 'TRANCHE_SHARES'"),
    (
        "rule_basis",
        PilkadaValueError,
        "basis.checked",
        None,
        (
            "Permendagri 54/2019 Pasal 16 ayat (4) sebagaimana diubah dengan Permendagri "
            "41/2020 records no day it was checked"
        ),
        "a checked date",
    ),
    (
        "rule_unknown",
        PilkadaValueError,
        "code",
        "X",
        "no grant rule is called 'X'",
        (
            "one of: TRANCHE_SHARES, WORKING_DAYS_AFTER_SIGNING, MONTHS_BEFORE_VOTING, "
            "SINGLE_PAYMENT, FUNDING, SISA_DANA_MONTHS, SIGNING_DEADLINES"
        ),
    ),
]


@pytest.mark.parametrize(("case", "error", "field", "value", "problem", "rule"), ERRORS)
def test_each_refusal_names_its_field_value_problem_and_rule(
    case, error, field, value, problem, rule
):
    with pytest.raises(PilkadaError) as caught:
        MAKE[case]()
    assert type(caught.value) is error
    assert (caught.value.field, caught.value.value) == (field, value)
    assert (caught.value.problem, caught.value.rule) == (problem, rule)


def test_every_case_is_in_the_table():
    assert sorted(MAKE) == sorted(row[0] for row in ERRORS)
