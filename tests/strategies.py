"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs
from hypothesis import strategies as st

from pilkada import (
    GrantAgreement,
    Grantee,
    Grantor,
    Instrument,
    LedgerKind,
    LegalBasis,
    PilkadaError,
    RegionLevel,
    Rupiah,
)
from pilkada.money import LIMIT

MAX_SEN = int(LIMIT) * 100 - 1

#: Any amount the type can hold, biased towards the sizes budgets have.
sen_values = st.one_of(
    st.integers(min_value=-MAX_SEN, max_value=MAX_SEN),
    st.integers(min_value=0, max_value=10**16),
    st.integers(min_value=0, max_value=10**4),
)
rupiahs = sen_values.map(Rupiah.from_sen)
non_negative_rupiahs = sen_values.map(abs).map(Rupiah.from_sen)
whole_rupiahs = st.integers(min_value=-(int(LIMIT) - 1), max_value=int(LIMIT) - 1).map(Rupiah)

weight_values = st.one_of(
    st.integers(min_value=0, max_value=10**6),
    st.decimals(min_value=0, max_value=1000, places=3, allow_nan=False, allow_infinity=False),
    st.fractions(min_value=0, max_value=100, max_denominator=1000),
)


@st.composite
def weight_lists(draw: st.DrawFn) -> list[int | Decimal | Fraction]:
    """One to twelve weights, at least one of them positive."""
    weights = draw(st.lists(weight_values, min_size=1, max_size=12))
    if all(w == 0 for w in weights):
        weights[draw(st.integers(0, len(weights) - 1))] = draw(st.integers(1, 100))
    return weights


dates = st.dates(min_value=dt.date(1945, 8, 17), max_value=dt.date(2100, 12, 31))

_instruments = st.builds(
    LegalBasis,
    st.sampled_from(list(Instrument)),
    st.from_regex(r"[1-9][0-9]{0,3}(/[A-Z]{2,3}-[IVX]{1,5})?", fullmatch=True),
    st.integers(1945, 2100),
)


@st.composite
def legal_bases(draw: st.DrawFn) -> LegalBasis:
    """A legal basis of any instrument, with or without article, annex and amendments."""
    base = draw(_instruments)
    pasal = draw(st.none() | st.from_regex(r"[1-9][0-9]{0,2}[A-Z]?", fullmatch=True))
    ayat = huruf = None
    if pasal is not None:
        ayat = draw(st.none() | st.from_regex(r"[1-9][0-9]?", fullmatch=True))
        huruf = draw(st.none() | st.sampled_from(["a", "b", "k", "aa"]))
    return attrs.evolve(
        base,
        pasal=pasal,
        ayat=ayat,
        huruf=huruf,
        lampiran=draw(st.booleans()),
        amended_by=tuple(draw(st.lists(_instruments, max_size=3))),
    )


def _with_extras(draw: st.DrawFn, basis: LegalBasis) -> LegalBasis:
    return attrs.evolve(
        basis,
        title=draw(st.sampled_from(["", "Pemilihan Gubernur, Bupati, dan Wali Kota"])),
        url=draw(st.sampled_from([None, "https://jdih.kpu.go.id/"])),
        effective=draw(st.none() | dates),
    )


@st.composite
def legal_bases_with_extras(draw: st.DrawFn) -> LegalBasis:
    """A legal basis that may carry a title, URL and effective date, and so may its amendments
    (which a citation cannot say: they are written with all their fields)."""
    basis = draw(legal_bases())
    amended = tuple(_with_extras(draw, a) if draw(st.booleans()) else a for a in basis.amended_by)
    return _with_extras(draw, attrs.evolve(basis, amended_by=amended))


@st.composite
def ledgers(draw: st.DrawFn) -> tuple[GrantAgreement, dt.date]:
    """The Blora NPHD of any amount with up to 8 ledger lines tried (refused ones leave nothing
    recorded), and a day to sum the ledger up on."""
    total = draw(st.integers(min_value=2, max_value=10**12))
    agreement = GrantAgreement(
        grantor=Grantor(RegionLevel.KABUPATEN, "Blora"),
        grantee=Grantee.KPU,
        amount=Rupiah.from_sen(total),
        signed_on=dt.date(2023, 11, 10),
    )
    day = agreement.signed_on
    for _ in range(draw(st.integers(0, 8))):
        day += dt.timedelta(days=draw(st.integers(0, 60)))
        kind = draw(st.sampled_from(list(LedgerKind)))
        sen = draw(st.integers(min_value=-5, max_value=total))
        before = agreement.ledger
        try:
            if kind is LedgerKind.TRANSFER:
                agreement = agreement.with_transfer(day, Rupiah.from_sen(sen))
            elif kind is LedgerKind.SPENDING:
                agreement = agreement.with_spending(day, Rupiah.from_sen(sen))
            else:
                agreement = agreement.with_refund(day, Rupiah.from_sen(sen))
        except PilkadaError:
            assert agreement.ledger == before  # refused, and nothing recorded
    on = draw(st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2026, 1, 1)))
    return agreement, on
