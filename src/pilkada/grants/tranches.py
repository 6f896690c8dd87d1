"""The payments of a grant: tranches, their deadlines, and where each stands on a day."""

from __future__ import annotations

import datetime as dt
import enum
from fractions import Fraction

import attrs

from pilkada.i18n import DEFAULT_LOCALE, lang_of
from pilkada.law import LegalBasis
from pilkada.money import Rupiah

__all__ = ["Tranche", "TrancheState", "TrancheStatus", "tranche_status"]


@attrs.frozen(kw_only=True)
class Tranche:
    """One payment of the grant: its number, share, exact amount, deadline and legal basis."""

    number: int
    share: Fraction
    amount: Rupiah
    due: dt.date
    basis: LegalBasis
    single: bool = False

    def label(self, locale: str = DEFAULT_LOCALE) -> str:
        """``tahap I`` / ``tranche I``; ``sekaligus`` / ``single payment``."""
        lang = lang_of(locale)
        if self.single:
            return "sekaligus" if lang == "id" else "single payment"
        roman = "I" * self.number
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


@attrs.frozen(kw_only=True)
class TrancheStatus:
    """A tranche on a given day: what was paid towards it, when it was completed, how late."""

    tranche: Tranche
    paid: Rupiah
    state: TrancheState
    paid_on: dt.date | None
    days_late: int

    @property
    def unpaid(self) -> Rupiah:
        """What is still owed on this tranche."""
        return self.tranche.amount - self.paid


def tranche_status(
    tranche: Tranche, paid: Rupiah, completed: dt.date | None, on: dt.date
) -> TrancheStatus:
    """Where ``tranche`` stands on ``on``, ``paid`` towards it and completed on ``completed``."""
    if completed is not None:
        late = max((completed - tranche.due).days, 0)
        state = TrancheState.PAID_LATE if late else TrancheState.PAID
        return TrancheStatus(
            tranche=tranche, paid=paid, state=state, paid_on=completed, days_late=late
        )
    if on > tranche.due:
        state, late = TrancheState.OVERDUE, (on - tranche.due).days
    else:
        state = TrancheState.PARTLY_PAID if paid else TrancheState.DUE
        late = 0
    return TrancheStatus(tranche=tranche, paid=paid, state=state, paid_on=None, days_late=late)
