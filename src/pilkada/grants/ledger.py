"""What was transferred, spent and returned: the ledger of a grant and its status on a day."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

import attrs

from pilkada.boundary import as_date, as_enum, as_items
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.grants.parties import positive_rupiah
from pilkada.grants.tranches import Tranche, TrancheStatus, tranche_status
from pilkada.money import Rupiah
from pilkada.presentation import Tabular

__all__ = ["GrantStatus", "LedgerEntry", "LedgerKind", "check_ledger", "ledger_of", "status_of"]


class LedgerKind(enum.Enum):
    """What a ledger line records."""

    TRANSFER = "penyaluran"
    SPENDING = "belanja"
    REFUND = "pengembalian sisa dana"


def _ledger_kind(value: object) -> LedgerKind:
    return as_enum("kind", value, LedgerKind)


def _day(value: object) -> dt.date:
    return as_date("on", value)


@attrs.frozen(kw_only=True)
class LedgerEntry:
    """A transfer to the grantee, spending by the grantee, or a refund of unspent funds."""

    kind: LedgerKind = attrs.field(converter=_ledger_kind)
    on: dt.date = attrs.field(converter=_day)
    amount: Rupiah = attrs.field(validator=positive_rupiah)
    note: str = attrs.field(default="", validator=instance_of(str))


@attrs.frozen(kw_only=True)
class GrantStatus(Tabular):
    """The ledger of an agreement summed up on a given day.

    ``disbursed + outstanding == amount``; ``spent + refunded + unspent == disbursed``.
    """

    on: dt.date
    amount: Rupiah
    disbursed: Rupiah
    spent: Rupiah
    refunded: Rupiah
    tranches: tuple[TrancheStatus, ...]
    sisa_dana_due: dt.date | None

    @property
    def outstanding(self) -> Rupiah:
        """What the grantor still has to transfer."""
        return self.amount - self.disbursed

    @property
    def unspent(self) -> Rupiah:
        """Transferred but neither spent nor returned: the sisa dana so far."""
        return self.disbursed - self.spent - self.refunded

    @property
    def sisa_dana_overdue(self) -> bool:
        """Unspent funds are still held after the deadline to return them."""
        return (
            self.sisa_dana_due is not None
            and self.on > self.sisa_dana_due
            and self.unspent > Rupiah(0)
        )


def ledger_of(values: Iterable[LedgerEntry]) -> tuple[LedgerEntry, ...]:
    """The lines of a ledger, checked and in date order (an attrs converter)."""
    entries = as_items("ledger", values)
    for index, entry in enumerate(entries):
        if not isinstance(entry, LedgerEntry):
            raise PilkadaTypeError(
                f"ledger[{index}]", entry, f"got {type(entry).__name__}", "LedgerEntry objects"
            )
    return tuple(sorted(entries, key=lambda e: e.on))  # stable: same-day lines keep their order


def check_ledger(ledger: tuple[LedgerEntry, ...], *, signed_on: dt.date, amount: Rupiah) -> None:
    """Refuse a ledger line before the signing, or money used before it was transferred.

    Raises:
        PilkadaValueError: Naming the line (``ledger[2].amount``) and what it may be.
    """
    transferred = used = Rupiah(0)
    for index, entry in enumerate(ledger):
        field = f"ledger[{index}]"
        if entry.on < signed_on:
            raise PilkadaValueError(
                f"{field}.on",
                entry.on,
                f"the {entry.kind.value} on {entry.on.isoformat()} is before the NPHD was "
                f"signed on {signed_on.isoformat()}",
                "record transfers, spending and refunds on or after the signing day",
            )
        if entry.kind is LedgerKind.TRANSFER:
            transferred += entry.amount
            if transferred > amount:
                raise PilkadaValueError(
                    f"{field}.amount",
                    entry.amount,
                    f"transfers would total {transferred}, more than the grant of {amount}",
                    f"transfer at most {amount - (transferred - entry.amount)} more",
                )
        else:
            used += entry.amount
            if used > transferred:
                raise PilkadaValueError(
                    f"{field}.amount",
                    entry.amount,
                    f"spending and refunds would total {used} by {entry.on.isoformat()}, "
                    f"more than the {transferred} transferred by then",
                    "spend or return only money already transferred",
                )


def status_of(
    ledger: tuple[LedgerEntry, ...],
    tranches: tuple[Tranche, ...],
    *,
    amount: Rupiah,
    on: dt.date,
    sisa_dana_due: dt.date | None,
) -> GrantStatus:
    """The ledger summed up on day ``on`` (see :meth:`pilkada.GrantAgreement.status`)."""
    lines = [entry for entry in ledger if entry.on <= on]

    def total(kind: LedgerKind) -> Rupiah:
        return sum((e.amount for e in lines if e.kind is kind), Rupiah(0))

    transfers = [e for e in lines if e.kind is LedgerKind.TRANSFER]
    statuses = []
    owed_before = Rupiah(0)
    for tranche in tranches:
        paid, completed = Rupiah(0), None
        running = Rupiah(0)
        for transfer in transfers:
            running += transfer.amount
            towards = min(max(running - owed_before, Rupiah(0)), tranche.amount)
            if towards == tranche.amount and completed is None:
                completed = transfer.on
            paid = towards
        statuses.append(tranche_status(tranche, paid, completed, on))
        owed_before += tranche.amount
    return GrantStatus(
        on=on,
        amount=amount,
        disbursed=total(LedgerKind.TRANSFER),
        spent=total(LedgerKind.SPENDING),
        refunded=total(LedgerKind.REFUND),
        tranches=tuple(statuses),
        sisa_dana_due=sisa_dana_due,
    )
