"""What was transferred, spent and returned: the ledger of a grant and its status on a day."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

import attrs

from pilkada.boundary import as_date, as_enum, as_items
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.grants.bases import TRANCHE_SHARES
from pilkada.grants.tranches import Tranche, TrancheStatus, day_field, tranche_status
from pilkada.money import Rupiah
from pilkada.money.rupiah import non_negative_rupiah, positive_rupiah
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


def _statuses(values: object) -> tuple[TrancheStatus, ...]:
    return as_items("tranches", values, TrancheStatus)


def _optional_day(instance: object, attribute: attrs.Attribute[dt.date], value: object) -> None:
    if value is not None:
        day_field(instance, attribute, value)


@attrs.frozen(kw_only=True)
class GrantStatus(Tabular):
    """The ledger of an agreement summed up on a given day.

    ``disbursed + outstanding == amount``; ``spent + refunded + unspent == disbursed``. The
    transfers fill the tranches in order, so each tranche's ``paid`` follows from
    ``disbursed``; a status whose numbers do not follow (a tranche's payment, its state or
    days late, a total) is refused, naming the field (``tranches[1].paid``) and the rule.
    """

    on: dt.date = attrs.field(validator=day_field)
    amount: Rupiah = attrs.field(validator=positive_rupiah)
    disbursed: Rupiah = attrs.field(validator=non_negative_rupiah)
    spent: Rupiah = attrs.field(validator=non_negative_rupiah)
    refunded: Rupiah = attrs.field(validator=non_negative_rupiah)
    tranches: tuple[TrancheStatus, ...] = attrs.field(converter=_statuses)
    sisa_dana_due: dt.date | None = attrs.field(validator=_optional_day)

    def __attrs_post_init__(self) -> None:
        if self.disbursed > self.amount:
            raise PilkadaValueError(
                "disbursed", self.disbursed, f"{self.disbursed} transferred of a grant of "
                f"{self.amount}", f"at most {self.amount}",
            )  # fmt: skip
        if self.spent + self.refunded > self.disbursed:
            raise PilkadaValueError(
                "spent", self.spent, f"{self.spent} spent and {self.refunded} returned, more "
                f"than the {self.disbursed} transferred", "only what was transferred",
            )  # fmt: skip
        _check_tranches(self)

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


def _check_tranches(status: GrantStatus) -> None:
    """The tranches of ``status`` are those of its grant, paid in order from ``disbursed``."""
    statuses = status.tranches
    wanted = 1 if statuses and statuses[0].tranche.single else len(TRANCHE_SHARES)
    if len(statuses) != wanted:
        raise PilkadaValueError(
            "tranches", len(statuses), f"{len(statuses)} tranche(s) given", f"{wanted} tranche(s)"
        )
    owed_before = Rupiah(0)
    for index, each in enumerate(statuses):
        field, tranche = f"tranches[{index}]", each.tranche
        for name, found, expected in (
            ("tranche.number", tranche.number, index + 1),
            ("tranche.total", tranche.total, status.amount),
            ("on", each.on, status.on),
        ):
            if found != expected:
                raise PilkadaValueError(
                    f"{field}.{name}", found, f"{found} in a status of {expected}",
                    f"{name}={expected}, as in the status itself",
                )  # fmt: skip
        paid = min(max(status.disbursed - owed_before, Rupiah(0)), tranche.amount)
        if each.paid != paid:
            raise PilkadaValueError(
                f"{field}.paid", each.paid, f"transfers of {status.disbursed} pay "
                f"{paid} towards {tranche.label('en')}, not {each.paid}",
                "transfers fill the tranches in order",
            )  # fmt: skip
        owed_before += tranche.amount
    for index in range(1, len(statuses)):
        before, after = statuses[index - 1].paid_on, statuses[index].paid_on
        if after is not None and (before is None or before > after):
            raise PilkadaValueError(
                f"tranches[{index}].paid_on", after, f"completed on {after}, before the "
                f"tranche ahead of it ({before})", "tranches are completed in order",
            )  # fmt: skip


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
