"""The payments of a grant: tranches, their deadlines, and where each stands on a day.

A :class:`Tranche` and a :class:`TrancheStatus` are derived records: the library builds them
(:attr:`GrantAgreement.tranches <pilkada.GrantAgreement.tranches>`,
:meth:`GrantAgreement.status <pilkada.GrantAgreement.status>`), and each re-checks at
construction that it is what the library would have built, so one read from data
(``pilkada.serialize.from_dict``) with a number changed is refused:

>>> import datetime as dt
>>> from pilkada import Rupiah
>>> Tranche(number=1, share=Fraction(2, 5), total=Rupiah(100), amount=Rupiah("40.01"),
...         due=dt.date(2023, 11, 30), basis=TRANCHE_BASIS)
Traceback (most recent call last):
...
pilkada.errors.PilkadaValueError: amount: tahap I of Rp100,00 is Rp40,00, not Rp40,01; ...
"""

from __future__ import annotations

import datetime as dt
import enum
from fractions import Fraction

import attrs

from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of, shown
from pilkada.grants.bases import (
    SINGLE_PAYMENT_BASIS,
    SINGLE_PAYMENT_CERTAINTY,
    TRANCHE_BASIS,
    TRANCHE_CERTAINTY,
    TRANCHE_SHARES,
    TRANCHE_WEIGHTS,
)
from pilkada.i18n import DEFAULT_LOCALE, lang_of
from pilkada.law import Certainty, LegalBasis
from pilkada.money import Rupiah
from pilkada.money.rupiah import non_negative_rupiah, positive_rupiah

__all__ = ["Tranche", "TrancheState", "TrancheStatus", "day_field", "tranche_status"]


def day_field(_: object, attribute: attrs.Attribute[dt.date], value: object) -> None:
    """An attrs validator: a ``datetime.date`` (a ``datetime`` is refused)."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise PilkadaTypeError(
            attribute.name, value, f"got {type(value).__name__} {shown(value)}", "a datetime.date"
        )


def _optional_day(instance: object, attribute: attrs.Attribute[dt.date], value: object) -> None:
    if value is not None:
        day_field(instance, attribute, value)


def _whole(field: str, value: object, minimum: int, maximum: int | None, accepted: str) -> None:
    """A whole number from ``minimum`` to ``maximum`` (no bool), or an error naming ``field``."""
    if isinstance(value, bool) or not isinstance(value, int):
        got = f"got {type(value).__name__} {shown(value)}"
        raise PilkadaTypeError(field, value, got, accepted)
    if value < minimum or (maximum is not None and value > maximum):
        raise PilkadaValueError(field, value, f"{value} is out of range", accepted)


def _tranche_number(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    _whole(attribute.name, value, 1, len(TRANCHE_SHARES), "1 or 2")


def _days_late(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    _whole(attribute.name, value, 0, None, "a whole number of days, 0 or more")


def _share(_: object, attribute: attrs.Attribute[Fraction], value: object) -> None:
    if not isinstance(value, Fraction):
        got = f"got {type(value).__name__} {shown(value)}"
        raise PilkadaTypeError(attribute.name, value, got, "a fractions.Fraction such as 2/5")
    if not 0 < value <= 1:
        raise PilkadaValueError(
            attribute.name, value, f"a share of {value} of the grant", "a share in (0, 1]"
        )


def _roman(number: int) -> str:
    return "I" * number


@attrs.frozen(kw_only=True)
class Tranche:
    """One payment of the grant: its number, share, exact amount, deadline and legal basis.

    Attributes:
        number: 1 for tahap I (or the single payment), 2 for tahap II.
        share: The tranche's share of the grant: 2/5 and 3/5, or 1 when paid at once.
        total: The grant the share is of.
        amount: The share of ``total`` to the sen, split by the largest remainder
            (:meth:`Rupiah.allocate <pilkada.Rupiah.allocate>`), so the tranches sum to it.
        due: The last day to pay it ("paling lambat": that day is on time).
        basis: Permendagri 54/2019 Pasal 16 ayat (4) as amended, or the single-payment basis.
        single: The grant is paid at once.

    Raises:
        PilkadaError: A field of the wrong type or range, or a share, amount or basis other
            than the rules give for this tranche (naming the field and the rule).
    """

    number: int = attrs.field(validator=_tranche_number)
    share: Fraction = attrs.field(validator=_share)
    total: Rupiah = attrs.field(validator=positive_rupiah)
    amount: Rupiah = attrs.field(validator=positive_rupiah)
    due: dt.date = attrs.field(validator=day_field)
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    single: bool = attrs.field(default=False, validator=instance_of(bool))

    def __attrs_post_init__(self) -> None:
        name = "the single payment" if self.single else f"tahap {_roman(self.number)}"
        if self.single:
            share, amount, basis = Fraction(1), self.total, SINGLE_PAYMENT_BASIS
            if self.number != 1:
                raise PilkadaValueError(
                    "number", self.number, "a single payment is numbered 1", "number=1"
                )
        else:
            share = TRANCHE_SHARES[self.number - 1]
            amount = self.total.allocate(*TRANCHE_WEIGHTS)[self.number - 1]
            basis = TRANCHE_BASIS
        if self.share != share:
            raise PilkadaValueError(
                "share", self.share, f"{name} is {share} of the grant, not {self.share}",
                f"share={share} ({basis})",
            )  # fmt: skip
        if self.amount != amount:
            raise PilkadaValueError(
                "amount", self.amount, f"{name} of {self.total} is {amount}, not {self.amount}",
                f"the share of the total to the sen, as Rupiah.allocate{TRANCHE_WEIGHTS} splits it",
            )  # fmt: skip
        if self.basis != basis:
            raise PilkadaValueError(
                "basis", str(self.basis), f"{name} rests on {basis}, not on {self.basis}",
                f"basis={basis}",
            )  # fmt: skip

    @property
    def certainty(self) -> Certainty:
        """How sure the rule behind this tranche is (the single payment's article is unknown)."""
        return SINGLE_PAYMENT_CERTAINTY if self.single else TRANCHE_CERTAINTY

    def label(self, locale: str = DEFAULT_LOCALE) -> str:
        """``tahap I`` / ``tranche I``; ``sekaligus`` / ``single payment``."""
        lang = lang_of(locale)
        if self.single:
            return "sekaligus" if lang == "id" else "single payment"
        roman = _roman(self.number)
        return f"tahap {roman}" if lang == "id" else f"tranche {roman}"


class TrancheState(enum.Enum):
    """Where a tranche stands on a given day."""

    PAID = "paid"
    PAID_LATE = "paid late"
    PARTLY_PAID = "partly paid"
    DUE = "due"
    OVERDUE = "overdue"

    def label(self, locale: str = DEFAULT_LOCALE) -> str:
        """The state in words."""
        if lang_of(locale) == "en":
            return self.value
        return {
            "paid": "lunas",
            "paid late": "lunas terlambat",
            "partly paid": "dibayar sebagian",
            "due": "belum jatuh tempo",
            "overdue": "lewat tenggat",
        }[self.value]


def derive_state(
    due: dt.date, paid: Rupiah, completed: dt.date | None, on: dt.date
) -> tuple[TrancheState, int]:
    """The state and the days late of a tranche due on ``due``, seen on day ``on``.

    "Paling lambat": completed on ``due`` is on time, the day after is one day late; unpaid on
    ``due`` is not yet overdue.
    """
    if completed is not None:
        late = max((completed - due).days, 0)
        return (TrancheState.PAID_LATE if late else TrancheState.PAID), late
    if on > due:
        return TrancheState.OVERDUE, (on - due).days
    return (TrancheState.PARTLY_PAID if paid > Rupiah(0) else TrancheState.DUE), 0


@attrs.frozen(kw_only=True)
class TrancheStatus:
    """A tranche on day ``on``: what was paid towards it, when it was completed, how late.

    ``state`` and ``days_late`` follow from the other fields (see :func:`derive_state`); a
    status whose state, days late or payment does not follow is refused.
    """

    tranche: Tranche = attrs.field(validator=instance_of(Tranche))
    on: dt.date = attrs.field(validator=day_field)
    paid: Rupiah = attrs.field(validator=non_negative_rupiah)
    state: TrancheState = attrs.field(validator=instance_of(TrancheState))
    paid_on: dt.date | None = attrs.field(validator=_optional_day)
    days_late: int = attrs.field(validator=_days_late)

    def __attrs_post_init__(self) -> None:
        amount = self.tranche.amount
        if self.paid > amount:
            raise PilkadaValueError(
                "paid", self.paid, f"{self.paid} paid towards a tranche of {amount}",
                f"at most {amount}",
            )  # fmt: skip
        _check_completion(self)
        state, late = derive_state(self.tranche.due, self.paid, self.paid_on, self.on)
        if self.state is not state:
            raise PilkadaValueError(
                "state", self.state.name,
                f"a tranche due {self.tranche.due} with {self.paid} paid (completed on "
                f"{self.paid_on}) is {state.name} on {self.on}, not {self.state.name}",
                f"state={state.name}",
            )  # fmt: skip
        if self.days_late != late:
            raise PilkadaValueError(
                "days_late", self.days_late, f"the tranche is {late} days late, not "
                f"{self.days_late}", f"days_late={late} (days after {self.tranche.due})",
            )  # fmt: skip

    @property
    def unpaid(self) -> Rupiah:
        """What is still owed on this tranche."""
        return self.tranche.amount - self.paid


def _check_completion(status: TrancheStatus) -> None:
    """A tranche has a day it was completed exactly when it is paid in full, by ``on``."""
    paid_on, amount = status.paid_on, status.tranche.amount
    if paid_on is None:
        if status.paid == amount:
            raise PilkadaValueError(
                "paid_on", None, "the tranche is paid in full but has no day it was completed",
                "the day of the transfer that completed it",
            )  # fmt: skip
        return
    if status.paid != amount:
        raise PilkadaValueError(
            "paid_on", paid_on, f"a completion day for a tranche paid {status.paid} of {amount}",
            "paid_on only for a tranche paid in full",
        )  # fmt: skip
    if paid_on > status.on:
        raise PilkadaValueError(
            "paid_on", paid_on, f"completed on {paid_on}, after the status day {status.on}",
            "a day on or before `on`",
        )  # fmt: skip


def tranche_status(
    tranche: Tranche, paid: Rupiah, completed: dt.date | None, on: dt.date
) -> TrancheStatus:
    """Where ``tranche`` stands on ``on``, ``paid`` towards it and completed on ``completed``."""
    state, late = derive_state(tranche.due, paid, completed, on)
    return TrancheStatus(
        tranche=tranche, on=on, paid=paid, state=state, paid_on=completed, days_late=late
    )
