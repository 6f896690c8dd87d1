"""The grant agreement (NPHD) itself: its parties, amount, tranches, findings and ledger."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from pilkada.boundary import as_date, as_enum, as_items
from pilkada.calendar import add_working_days, months_after, months_before
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.grants.bases import (
    MONTHS_BEFORE_VOTING,
    SIGNING_DEADLINES,
    SINGLE_PAYMENT_BASIS,
    SISA_DANA_MONTHS,
    TRANCHE_BASIS,
    TRANCHE_SHARES,
    TRANCHE_WEIGHTS,
    WORKING_DAYS_AFTER_SIGNING,
)
from pilkada.grants.findings import agreement_findings
from pilkada.grants.ledger import (
    GrantStatus,
    LedgerEntry,
    LedgerKind,
    check_ledger,
    ledger_of,
    status_of,
)
from pilkada.grants.parties import FundingSource, Grantee, Grantor, Payment
from pilkada.grants.tranches import Tranche
from pilkada.money import Rupiah
from pilkada.money.rupiah import positive_rupiah
from pilkada.presentation import Described, Pictured
from pilkada.regions import ElectionKind
from pilkada.rules import Violation
from pilkada.schedule import Schedule, pilkada_2024

__all__ = ["GrantAgreement"]


def _grantee(value: object) -> Grantee:
    return as_enum("grantee", value, Grantee)


def _payment(value: object) -> Payment:
    return as_enum("payment", value, Payment)


def _signed_on(value: object) -> dt.date:
    return as_date("signed_on", value)


def _pengusulan_on(value: object) -> dt.date | None:
    return None if value is None else as_date("pengusulan_on", value)


def _funding(values: object) -> tuple[FundingSource, ...]:
    return as_items("funding", values)  # each source is checked by the class validator


@attrs.frozen(kw_only=True)
class GrantAgreement(Pictured, Described):
    """A Naskah Perjanjian Hibah Daerah (NPHD) for a Pilkada.

    Args:
        grantor: The region that gives the grant (:class:`Grantor`); it fixes the election.
            May be left out for a quick calculation.
        grantee: :class:`Grantee` (KPU, Bawaslu, Polri or TNI of that region), or its name.
        amount: The grant, an exact positive :class:`~pilkada.Rupiah`.
        signed_on: The day the NPHD was signed (a date or ``"YYYY-MM-DD"``).
        schedule: The election's schedule, for voting day (default: ``PILKADA_2024``).
        number: The agreement's number, if known.
        funding: The sources by fiscal year; their sum should equal ``amount`` (a finding
            says so if not).
        payment: ``Payment.TRANCHES`` (default, 40 % / 60 %) or ``Payment.SINGLE`` (or
            ``"single"``).
        ledger: Transfers, spending and refunds recorded so far (use :meth:`with_transfer`,
            :meth:`with_spending` and :meth:`with_refund`).
        pengusulan_on: The day the pengusulan pengesahan pengangkatan calon terpilih was made,
            once known; it starts the 3 months to return unspent funds.
        cuti_bersama_off: Count cuti bersama as days off for the 14 working days.

    >>> from pilkada import Rupiah
    >>> blora = GrantAgreement(
    ...     grantor=Grantor("kabupaten", "Blora"), amount=Rupiah(34_905_207_000),
    ...     signed_on="2023-11-10")
    >>> [str(t.due) for t in blora.tranches]
    ['2023-11-30', '2024-06-27']
    """

    grantor: Grantor | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(Grantor))
    )
    grantee: Grantee = attrs.field(default=Grantee.KPU, converter=_grantee)
    amount: Rupiah = attrs.field(validator=positive_rupiah)
    signed_on: dt.date = attrs.field(converter=_signed_on)
    schedule: Schedule = attrs.field(
        factory=pilkada_2024, validator=instance_of(Schedule), repr=False
    )
    number: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(str))
    )
    funding: tuple[FundingSource, ...] = attrs.field(default=(), converter=_funding)
    payment: Payment = attrs.field(default=Payment.TRANCHES, converter=_payment)
    ledger: tuple[LedgerEntry, ...] = attrs.field(default=(), converter=ledger_of)
    pengusulan_on: dt.date | None = attrs.field(default=None, converter=_pengusulan_on)
    cuti_bersama_off: bool = attrs.field(default=False, validator=instance_of(bool))

    @pengusulan_on.validator
    def _check_pengusulan(self, attribute: attrs.Attribute[dt.date | None], value: object) -> None:
        if isinstance(value, dt.date) and value < self.signed_on:
            raise PilkadaValueError(
                attribute.name,
                value,
                f"the pengusulan on {value} is before the NPHD was signed",
                "a day after the signing (it follows the election)",
            )

    def __attrs_post_init__(self) -> None:
        for index, source in enumerate(self.funding):
            if not isinstance(source, FundingSource):
                raise PilkadaTypeError(
                    f"funding[{index}]", source, f"got {type(source).__name__}", "FundingSource"
                )
        if self.payment is Payment.TRANCHES and Rupiah(0) in self.amount.allocate(*TRANCHE_WEIGHTS):
            raise PilkadaValueError(
                "amount",
                self.amount,
                f"{self.amount} split 40 % / 60 % leaves a tranche of Rp0",
                "at least Rp0,02 for two tranches, or payment=Payment.SINGLE",
            )
        check_ledger(self.ledger, signed_on=self.signed_on, amount=self.amount)

    # -- the rules -------------------------------------------------------------------------

    @property
    def election(self) -> ElectionKind | None:
        """The election the grant funds (fixed by the grantor's level), if the grantor is set."""
        return None if self.grantor is None else self.grantor.election

    @property
    def voting_day(self) -> dt.date:
        """Voting day of the election's schedule."""
        return self.schedule.voting_day

    @property
    def tranches(self) -> tuple[Tranche, ...]:
        """The payments due, with exact amounts that sum to the grant and their deadlines."""
        first_due = add_working_days(
            self.signed_on, WORKING_DAYS_AFTER_SIGNING, cuti_bersama_off=self.cuti_bersama_off
        )
        if self.payment is Payment.SINGLE:
            return (
                Tranche(
                    number=1,
                    share=Fraction(1),
                    total=self.amount,
                    amount=self.amount,
                    due=first_due,
                    basis=SINGLE_PAYMENT_BASIS,
                    single=True,
                ),
            )
        dues = (first_due, months_before(self.voting_day, MONTHS_BEFORE_VOTING))
        return tuple(
            Tranche(
                number=number,
                share=share,
                total=self.amount,
                amount=amount,
                due=due,
                basis=TRANCHE_BASIS,
            )
            for number, share, amount, due in zip(
                (1, 2), TRANCHE_SHARES, self.amount.allocate(*TRANCHE_WEIGHTS), dues, strict=True
            )
        )

    @property
    def signing_deadline(self) -> dt.date | None:
        """The day the NPHD had to be signed by, where one was set for this election."""
        return SIGNING_DEADLINES.get(self.voting_day)

    @property
    def sisa_dana_due(self) -> dt.date | None:
        """The last day to return unspent funds: 3 months after the pengusulan, once known."""
        if self.pengusulan_on is None:
            return None
        return months_after(self.pengusulan_on, SISA_DANA_MONTHS)

    def findings(self, *, on: dt.date | str | None = None) -> list[Violation]:
        """What in the agreement and its ledger breaches the rules; empty when nothing does.

        Checks the signing deadline, tranche deadlines that fall before the tranche could be
        paid, funding sources that do not add up, and the payments: a tranche completed after
        its deadline (Permendagri 54/2019 Pasal 16(4) as amended; the finding gives the days
        late). With ``on`` (a date or ``"YYYY-MM-DD"``) the ledger is read as of that day, and
        a tranche not paid in full by its deadline is a finding too; without it, only the
        ledger's own lines are read (no day is assumed, so nothing is reported as missing).
        """
        day = None if on is None else as_date("on", on)
        return agreement_findings(self, day)

    # -- the ledger ------------------------------------------------------------------------

    def _record(
        self, kind: LedgerKind, on: dt.date | str, amount: Rupiah, note: str
    ) -> GrantAgreement:
        entry = LedgerEntry(kind=kind, on=as_date("on", on), amount=amount, note=note)
        return attrs.evolve(self, ledger=(*self.ledger, entry))

    def with_transfer(self, on: dt.date | str, amount: Rupiah, note: str = "") -> GrantAgreement:
        """A copy with a transfer (penyaluran) from the grantor recorded.

        ``on`` is a date or ``"YYYY-MM-DD"``.

        Raises:
            PilkadaError: The amount is not positive, the day is before signing, or the
                transfers would exceed the grant. Nothing is recorded.
        """
        return self._record(LedgerKind.TRANSFER, on, amount, note)

    def with_spending(self, on: dt.date | str, amount: Rupiah, note: str = "") -> GrantAgreement:
        """A copy with spending by the grantee recorded (never more than was transferred)."""
        return self._record(LedgerKind.SPENDING, on, amount, note)

    def with_refund(self, on: dt.date | str, amount: Rupiah, note: str = "") -> GrantAgreement:
        """A copy with unspent funds (sisa dana) returned to the kas daerah recorded."""
        return self._record(LedgerKind.REFUND, on, amount, note)

    def with_pengusulan(self, on: dt.date | str) -> GrantAgreement:
        """A copy with the day of the pengusulan pengesahan pengangkatan recorded.

        It sets :attr:`pengusulan_on`, from which :attr:`sisa_dana_due` is counted.
        """
        return attrs.evolve(self, pengusulan_on=on)

    def status(self, *, on: dt.date | str) -> GrantStatus:
        """The ledger summed up on day ``on`` (lines after ``on`` are not counted).

        Transfers pay the tranches in order: the first fills tahap I, the rest goes to tahap II.
        A tranche is paid on the day the transfer that completes it arrives; "paling lambat"
        includes the deadline itself. ``on`` is a date or ``"YYYY-MM-DD"``.
        """
        return status_of(
            self.ledger,
            self.tranches,
            amount=self.amount,
            on=as_date("on", on),
            sisa_dana_due=self.sisa_dana_due,
        )
