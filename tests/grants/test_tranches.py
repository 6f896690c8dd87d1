"""Tranches and their status are derived records: each refuses what the library would not build."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import (
    Certainty,
    Payment,
    PilkadaError,
    PilkadaTypeError,
    PilkadaValueError,
    Rupiah,
    Tranche,
    TrancheState,
    TrancheStatus,
    from_dict,
    to_dict,
)
from pilkada.grants import TRANCHE_BASIS
from pilkada.grants.bases import SINGLE_PAYMENT_BASIS
from pilkada.grants.tranches import derive_state, tranche_status
from tests.strategies import blora

D = dt.date
FIRST, SECOND = blora().tranches
SINGLE = blora(payment=Payment.SINGLE).tranches[0]


def _refused(error, make, field, value, rule_part):
    with pytest.raises(error) as caught:
        make()
    assert caught.value.field == field
    assert caught.value.value == value
    assert rule_part in caught.value.rule
    return caught.value


# -- Tranche -----------------------------------------------------------------------------------


def test_the_library_tranches_are_accepted_and_round_trip():
    for tranche in (FIRST, SECOND, SINGLE):
        assert from_dict(Tranche, to_dict(tranche)) == tranche
    assert (FIRST.total, FIRST.amount) == (Rupiah(34_905_207_000), Rupiah(13_962_082_800))
    assert (FIRST.certainty, SINGLE.certainty) == (Certainty.OFFICIAL, Certainty.PROVISIONAL)
    assert (SINGLE.number, SINGLE.share, SINGLE.amount) == (1, Fraction(1), SINGLE.total)


@pytest.mark.parametrize(
    ("changes", "error", "field", "value", "rule"),
    [
        ({"number": 0}, PilkadaValueError, "number", 0, "1 or 2"),
        ({"number": 3}, PilkadaValueError, "number", 3, "1 or 2"),
        ({"number": True}, PilkadaTypeError, "number", True, "1 or 2"),
        ({"number": 2}, PilkadaValueError, "share", Fraction(2, 5), "share=3/5"),
        ({"share": Fraction(0)}, PilkadaValueError, "share", Fraction(0), "(0, 1]"),
        ({"share": Fraction(-1)}, PilkadaValueError, "share", Fraction(-1), "(0, 1]"),
        ({"share": Fraction(7, 5)}, PilkadaValueError, "share", Fraction(7, 5), "(0, 1]"),
        ({"share": Fraction(3, 5)}, PilkadaValueError, "share", Fraction(3, 5), "share=2/5"),
        ({"share": 0.4}, PilkadaTypeError, "share", 0.4, "Fraction"),
        (
            {"amount": Rupiah("13962082800.01")},
            PilkadaValueError,
            "amount",
            Rupiah("13962082800.01"),
            "allocate(40, 60)",
        ),
        ({"amount": Rupiah(0)}, PilkadaValueError, "amount", Rupiah(0), "above Rp0"),
        ({"total": Rupiah(-1)}, PilkadaValueError, "total", Rupiah(-1), "above Rp0"),
        ({"total": 5}, PilkadaTypeError, "total", 5, "Rupiah"),
        (
            {"due": dt.datetime(2023, 11, 30)},
            PilkadaTypeError,
            "due",
            dt.datetime(2023, 11, 30),
            "date",
        ),
        ({"due": "2023-11-30"}, PilkadaTypeError, "due", "2023-11-30", "date"),
        ({"basis": "x"}, PilkadaTypeError, "basis", "x", "LegalBasis"),
        (
            {"basis": SINGLE_PAYMENT_BASIS},
            PilkadaValueError,
            "basis",
            str(SINGLE_PAYMENT_BASIS),
            str(TRANCHE_BASIS),
        ),
        ({"single": 1}, PilkadaTypeError, "single", 1, "bool"),
        ({"single": True}, PilkadaValueError, "share", Fraction(2, 5), "share=1"),
    ],
)
def test_a_tranche_the_rules_would_not_give_is_refused(changes, error, field, value, rule):
    _refused(error, lambda: attrs.evolve(FIRST, **changes), field, value, rule)


def test_a_single_payment_is_number_1_of_the_whole_grant_on_its_own_basis():
    _refused(PilkadaValueError, lambda: attrs.evolve(SINGLE, number=2), "number", 2, "number=1")
    wrong = Rupiah("34905206999.99")
    _refused(PilkadaValueError, lambda: attrs.evolve(SINGLE, amount=wrong), "amount", wrong, "")
    _refused(
        PilkadaValueError,
        lambda: attrs.evolve(SINGLE, basis=TRANCHE_BASIS),
        "basis",
        str(TRANCHE_BASIS),
        str(SINGLE_PAYMENT_BASIS),
    )


def test_tranche_two_takes_the_remainder_of_the_split():
    total = Rupiah("0.03")  # 40 % is 0.012, 60 % is 0.018: the sen goes to the larger remainder
    assert [t.amount for t in blora(amount=total).tranches] == [Rupiah("0.01"), Rupiah("0.02")]
    tranche = blora(amount=total).tranches[1]
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(tranche, amount=Rupiah("0.01"))
    assert caught.value.field == "amount"


def test_labels():
    assert (FIRST.label(), SECOND.label("en"), SINGLE.label(), SINGLE.label("en")) == (
        "tahap I",
        "tranche II",
        "sekaligus",
        "single payment",
    )
    assert [state.label() for state in TrancheState] == [
        "lunas",
        "lunas terlambat",
        "dibayar sebagian",
        "belum jatuh tempo",
        "lewat tenggat",
    ]
    assert TrancheState.PAID_LATE.label("en") == "paid late"


# -- where a tranche stands: "paling lambat" -------------------------------------------------


def test_derive_state_at_the_deadline():
    due = D(2023, 11, 30)
    nothing, some = Rupiah(0), Rupiah(1)
    assert derive_state(due, FIRST.amount, due, due) == (TrancheState.PAID, 0)
    assert derive_state(due, FIRST.amount, D(2023, 12, 1), D(2023, 12, 1)) == (
        TrancheState.PAID_LATE,
        1,
    )
    assert derive_state(due, nothing, None, due) == (TrancheState.DUE, 0)
    assert derive_state(due, some, None, due) == (TrancheState.PARTLY_PAID, 0)
    assert derive_state(due, nothing, None, D(2023, 12, 1)) == (TrancheState.OVERDUE, 1)
    assert derive_state(due, some, None, D(2023, 12, 3)) == (TrancheState.OVERDUE, 3)


def _status(**changes):
    fields = {
        "tranche": FIRST,
        "on": D(2023, 12, 5),
        "paid": FIRST.amount,
        "state": TrancheState.PAID,
        "paid_on": D(2023, 11, 30),
        "days_late": 0,
    } | changes
    return TrancheStatus(**fields)


def test_a_tranche_status_follows_from_its_fields():
    assert _status() == tranche_status(FIRST, FIRST.amount, D(2023, 11, 30), D(2023, 12, 5))
    assert _status().unpaid == Rupiah(0)


@pytest.mark.parametrize(
    ("changes", "error", "field", "value", "rule"),
    [
        ({"state": TrancheState.PAID_LATE}, PilkadaValueError, "state", "PAID_LATE", "PAID"),
        ({"days_late": 1}, PilkadaValueError, "days_late", 1, "days_late=0"),
        ({"days_late": -1}, PilkadaValueError, "days_late", -1, "0 or more"),
        ({"days_late": 1.0}, PilkadaTypeError, "days_late", 1.0, "0 or more"),
        (
            {"paid": FIRST.amount + Rupiah("0.01")},
            PilkadaValueError,
            "paid",
            FIRST.amount + Rupiah("0.01"),
            f"at most {FIRST.amount}",
        ),
        ({"paid": Rupiah("-0.01")}, PilkadaValueError, "paid", Rupiah("-0.01"), "Rp0 or more"),
        ({"paid": 5}, PilkadaTypeError, "paid", 5, "Rupiah"),
        (
            {"paid": FIRST.amount - Rupiah("0.01")},
            PilkadaValueError,
            "paid_on",
            D(2023, 11, 30),
            "paid in full",
        ),
        ({"paid_on": None}, PilkadaValueError, "paid_on", None, "completed it"),
        ({"paid_on": D(2023, 12, 6)}, PilkadaValueError, "paid_on", D(2023, 12, 6), "on or before"),
        ({"paid_on": "2023-11-30"}, PilkadaTypeError, "paid_on", "2023-11-30", "date"),
        ({"on": None}, PilkadaTypeError, "on", None, "date"),
        ({"tranche": None}, PilkadaTypeError, "tranche", None, "Tranche"),
        ({"state": "PAID"}, PilkadaTypeError, "state", "PAID", "TrancheState"),
    ],
)
def test_a_tranche_status_the_library_would_not_give_is_refused(changes, error, field, value, rule):
    _refused(error, lambda: _status(**changes), field, value, rule)


def test_completed_on_the_status_day_itself_is_accepted():
    assert _status(on=D(2023, 11, 30)).state is TrancheState.PAID


# -- GrantStatus ----------------------------------------------------------------------------

PAID = blora().with_transfer(D(2023, 11, 30), FIRST.amount).with_spending(D(2023, 12, 1), Rupiah(5))


def test_a_loaded_status_is_rechecked_and_names_the_json_path():
    status = PAID.status(on=D(2024, 7, 1))
    data = to_dict(status)
    assert from_dict(type(status), data) == status
    data["tranches"][1]["days_late"] = 5
    with pytest.raises(PilkadaValueError) as caught:
        from_dict(type(status), data)
    assert caught.value.field == "$.tranches[1].days_late"
    assert caught.value.value == 5
    assert caught.value.rule.startswith("days_late=4")


@pytest.mark.parametrize(
    ("path", "value", "field", "rule"),
    [
        (("disbursed",), "13962082800.01", "$.tranches[1].paid", "in order"),
        (("disbursed",), "13962082799.99", "$.tranches[0].paid", "in order"),
        (("disbursed",), "34905207000.01", "$.disbursed", "at most"),
        (("spent",), "13962082800.01", "$.spent", "only what was transferred"),
        (("refunded",), "13962082796.00", "$.spent", "only what was transferred"),
        (("amount",), "34905207000.01", "$.tranches[0].tranche.total", "as in the status"),
        (("tranches", 0, "paid"), "13962082799.99", "$.tranches[0].paid_on", "paid in full"),
        (("tranches", 0, "tranche", "number"), 2, "$.tranches[0].tranche.share", "share=3/5"),
        (
            ("tranches", 0, "tranche", "total"),
            "34905207000.05",
            "$.tranches[0].tranche.amount",
            "allocate",
        ),
        (("tranches", 1, "on"), "2024-07-02", "$.tranches[1].days_late", "days_late=5"),
        (("on",), "2024-07-02", "$.tranches[0].on", "as in the status itself"),
        (("tranches", 0, "state"), "PAID_LATE", "$.tranches[0].state", "state=PAID"),
    ],
)
def test_one_number_changed_in_a_loaded_status_is_refused(path, value, field, rule):
    data = to_dict(PAID.status(on=D(2024, 7, 1)))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(PilkadaError) as caught:
        from_dict(type(PAID.status(on=D(2024, 7, 1))), data)
    assert caught.value.field == field
    assert rule in caught.value.rule


def test_a_status_needs_its_tranches_in_order_and_complete():
    status = PAID.status(on=D(2024, 7, 1))
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(status, tranches=status.tranches[:1])
    assert (caught.value.field, caught.value.value, caught.value.rule) == (
        "tranches",
        1,
        "2 tranche(s)",
    )
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(status, tranches=status.tranches[::-1])
    assert caught.value.field == "tranches[0].tranche.number"
    assert caught.value.value == 2
    with pytest.raises(PilkadaTypeError) as caught:
        attrs.evolve(status, tranches=5)
    assert caught.value.field == "tranches"
    single = blora(payment=Payment.SINGLE).status(on=D(2024, 1, 1))
    assert len(single.tranches) == 1
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(single, tranches=())
    assert caught.value.field == "tranches"


def test_tranches_are_completed_in_order():
    both = blora().with_transfer(D(2023, 11, 20), Rupiah(34_905_207_000))
    status = both.status(on=D(2024, 1, 1))
    assert [s.paid_on for s in status.tranches] == [D(2023, 11, 20)] * 2  # one transfer, both
    second = attrs.evolve(status.tranches[1], paid_on=D(2023, 11, 19), on=status.on, days_late=0)
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(status, tranches=(status.tranches[0], second))
    assert (caught.value.field, caught.value.value) == ("tranches[1].paid_on", D(2023, 11, 19))
    assert caught.value.rule == "tranches are completed in order"
    assert caught.value.problem == (
        "completed on 2023-11-19, before the tranche ahead of it (2023-11-20)"
    )


@given(st.data())
def test_changing_any_number_of_a_status_by_one_unit_is_refused(data):
    agreement = blora()
    day = D(2023, 11, 10) + dt.timedelta(days=data.draw(st.integers(0, 40)))
    agreement = agreement.with_transfer(day, Rupiah(data.draw(st.integers(1, 34_905_207_000))))
    status = agreement.status(on=day + dt.timedelta(days=data.draw(st.integers(0, 300))))
    document = to_dict(status)
    numbers = [("disbursed",), ("amount",)]
    numbers += [("tranches", i, "days_late") for i in range(2)]
    numbers += [("tranches", i, "paid") for i in range(2)]
    numbers += [("tranches", i, "tranche", key) for i in range(2) for key in ("total", "amount")]
    numbers += [("tranches", i, "tranche", "number") for i in range(2)]
    path = data.draw(st.sampled_from(numbers))
    step = data.draw(st.sampled_from([-1, 1]))
    target = document
    for key in path[:-1]:
        target = target[key]
    old = target[path[-1]]
    if isinstance(old, int):
        target[path[-1]] = old + step
    else:
        target[path[-1]] = str((Rupiah(old) + Rupiah.from_sen(step)).amount)
    with pytest.raises(PilkadaError):
        from_dict(type(status), document)
