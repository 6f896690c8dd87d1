"""Regional grant agreements (NPHD) that fund a Pilkada: tranches, checks, ledger and documents.

Each region funds the election it holds from its APBD through a *Naskah Perjanjian Hibah
Daerah* (NPHD) with the KPU, the Bawaslu and the security forces (Polri, TNI) of the region
(Permendagri 54/2019, as amended by Permendagri 41/2020). The grant is paid either at once or in
two tranches (Pasal 16 ayat (4) as amended):

* tahap I, 40 %, no later than 14 working days after the NPHD is signed;
* tahap II, 60 %, no later than 5 months before voting day.

>>> import datetime as dt
>>> from pilkada import Rupiah, RegionLevel
>>> blora = GrantAgreement(
...     grantor=Grantor(RegionLevel.KABUPATEN, "Blora"),
...     grantee=Grantee.KPU,
...     amount=Rupiah(34_905_207_000),
...     signed_on=dt.date(2023, 11, 10),
... )
>>> for tranche in blora.tranches:
...     print(tranche.label(), tranche.amount, tranche.due)
tahap I Rp13.962.082.800,00 2023-11-30
tahap II Rp20.943.124.200,00 2024-06-27
>>> blora.findings()
[]

The ledger records what was transferred, spent and returned; recording returns a new agreement
and never changes the old one:

>>> paid = blora.with_transfer(dt.date(2023, 11, 29), Rupiah(13_962_082_800))
>>> status = paid.status(on=dt.date(2024, 7, 1))
>>> [t.state.name for t in status.tranches], status.tranches[1].days_late
(['PAID', 'OVERDUE'], 4)
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from fractions import Fraction
from typing import TYPE_CHECKING, Final

import attrs

from pilkada.calendar import add_working_days, months_after, months_before
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.i18n import DEFAULT_LOCALE, check_date, format_date, format_percent, lang_of
from pilkada.law import Instrument, LegalBasis
from pilkada.money import Rupiah
from pilkada.presentation import Pictured, Tabular
from pilkada.regions import ElectionKind, RegionLevel
from pilkada.rules import Violation
from pilkada.schedule import Schedule, pilkada_2024

if TYPE_CHECKING:
    pass

__all__ = [
    "FundingKind",
    "FundingSource",
    "GrantAgreement",
    "GrantStatus",
    "Grantee",
    "Grantor",
    "LedgerEntry",
    "LedgerKind",
    "Payment",
    "Tranche",
    "TrancheState",
    "TrancheStatus",
]

PERMENDAGRI_41_2020 = LegalBasis(Instrument.PERMENDAGRI, "41", 2020, effective=dt.date(2020, 6, 15))
#: Permendagri 54/2019 Pasal 16 ayat (4) as amended by Permendagri 41/2020: the two tranches
#: (quoted by Kemenko Polhukam, esensi.tv 104522777; Kemendagri via beritasulut.co.id).
TRANCHE_BASIS: Final = LegalBasis(
    Instrument.PERMENDAGRI,
    "54",
    2019,
    pasal="16",
    ayat="4",
    amended_by=(PERMENDAGRI_41_2020,),
    title="Pendanaan Kegiatan Pemilihan Gubernur, Bupati, dan Wali Kota yang Bersumber dari "
    "Anggaran Pendapatan dan Belanja Daerah",
)
#: The single-payment option (100 % within 14 working days of signing) is reported by
#: Kemendagri (beritasulut.co.id 2023-09-29); its article was not retrieved.
SINGLE_PAYMENT_BASIS: Final = attrs.evolve(TRANCHE_BASIS, pasal=None, ayat=None)
#: Who funds which election: Permendagri 54/2019 Pasal 2.
FUNDING_BASIS: Final = attrs.evolve(TRANCHE_BASIS, pasal="2", ayat=None)
#: Return of unspent funds (sisa dana) to the kas daerah no later than 3 months after the
#: pengusulan pengesahan pengangkatan calon terpilih. Reported as Pasal 26 ayat (1) (Lentera,
#: KPU Ngawi worked example: proposal 16 January 2025, deadline 16 April 2025; Bawaslu Kulon
#: Progo). One outlet (focuskaltim) counts from the *pengesahan* instead: the majority and the
#: worked example anchor it on the pengusulan (shared/domain.md §10.6).
SISA_DANA_BASIS: Final = attrs.evolve(TRANCHE_BASIS, pasal="26", ayat="1")
#: The NPHD signing deadline for the 2024 Pilkada, 10 November 2023, set by a Kemendagri
#: circular; a follow-up letter is numbered 900.1.9.1/16888/... (harianbengkuluekspress,
#: tabengan.co.id). The circular's full number was not retrieved.
SIGNING_DEADLINE_BASIS: Final = LegalBasis(
    Instrument.SURAT_EDARAN_MENDAGRI,
    "900.1.9.1/16888",
    2023,
    title="Penandatanganan NPHD Pilkada Serentak 2024 (number as reported; suffix not retrieved)",
)
#: Signing deadlines by voting day (a year-keyed table, as python-holidays keeps one-off dates).
SIGNING_DEADLINES: Final[dict[dt.date, dt.date]] = {dt.date(2024, 11, 27): dt.date(2023, 11, 10)}

WORKING_DAYS_AFTER_SIGNING: Final = 14
MONTHS_BEFORE_VOTING: Final = 5
SISA_DANA_MONTHS: Final = 3


class Grantee(enum.Enum):
    """Who receives the grant: the election bodies, or the security forces of the region."""

    KPU = "KPU"
    BAWASLU = "Bawaslu"
    POLRI = "Polri"
    TNI = "TNI"

    def unit(self, level: RegionLevel) -> str:
        """The receiving unit at a region's level: ``KPU``, ``Bawaslu``, ``Polres``, ``Kodim``."""
        if self is Grantee.POLRI:
            return "Polda" if level is RegionLevel.PROVINSI else "Polres"
        if self is Grantee.TNI:
            return "Kodam" if level is RegionLevel.PROVINSI else "Kodim"
        return str(self.value)


@attrs.frozen
class Grantor:
    """The pemerintah daerah that gives the grant: ``Grantor(RegionLevel.KABUPATEN, "Blora")``.

    A province funds its governor election, a kabupaten or kota its bupati or wali kota
    election (Permendagri 54/2019 Pasal 2), so the level fixes the election.
    """

    level: RegionLevel = attrs.field(validator=instance_of(RegionLevel))
    name: str = attrs.field(validator=instance_of(str))

    def __attrs_post_init__(self) -> None:
        if not self.name.strip():
            raise PilkadaValueError("name", self.name, "the region has no name", "e.g. 'Blora'")

    @property
    def election(self) -> ElectionKind:
        """The election this region holds and funds."""
        return self.level.election

    def region(self, locale: str = DEFAULT_LOCALE) -> str:
        """``Kabupaten Blora`` (``Blora Regency`` in English)."""
        if lang_of(locale) == "id":
            return f"{self.level.name_id} {self.name}"
        return f"{self.name} {self.level.name_en}"

    def __str__(self) -> str:
        return f"Pemerintah {self.region()}"


class Payment(enum.Enum):
    """How the grant is paid: in two tranches (40 % / 60 %) or at once."""

    TRANCHES = "tranches"
    SINGLE = "single"


class FundingKind(enum.Enum):
    """Where the grant money comes from."""

    APBD = "APBD"
    DANA_CADANGAN = "dana cadangan"


def _positive_rupiah(_: object, attribute: attrs.Attribute[Rupiah], value: object) -> None:
    if not isinstance(value, Rupiah):
        raise PilkadaTypeError(
            attribute.name, value, f"got {type(value).__name__} {value!r}", "a pilkada.Rupiah"
        )
    if value <= Rupiah(0):
        raise PilkadaValueError(
            attribute.name, value, f"{value} is not a positive amount", "an amount above Rp0"
        )


def _date(_: object, attribute: attrs.Attribute[dt.date], value: object) -> None:
    check_date(attribute.name, value)


@attrs.frozen(kw_only=True)
class FundingSource:
    """One source of the grant: the APBD of a fiscal year, or the dana cadangan (reserve fund).

    The 2024 grants were budgeted 40 % from APBD 2023 and 60 % from APBD 2024 (Kemendagri
    circular); a dana cadangan may carry funds across years (Permendagri 54/2019 Pasal 2
    ayat (3)).
    """

    kind: FundingKind = attrs.field(validator=instance_of(FundingKind))
    fiscal_year: int = attrs.field()
    amount: Rupiah = attrs.field(validator=_positive_rupiah)

    @fiscal_year.validator
    def _check_year(self, attribute: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not 2000 <= value <= 2100:
            raise PilkadaValueError(attribute.name, value, f"{value!r}", "a year from 2000 to 2100")


class LedgerKind(enum.Enum):
    """What a ledger line records."""

    TRANSFER = "penyaluran"
    SPENDING = "belanja"
    REFUND = "pengembalian sisa dana"


@attrs.frozen(kw_only=True)
class LedgerEntry:
    """A transfer to the grantee, spending by the grantee, or a refund of unspent funds."""

    kind: LedgerKind = attrs.field(validator=instance_of(LedgerKind))
    on: dt.date = attrs.field(validator=_date)
    amount: Rupiah = attrs.field(validator=_positive_rupiah)
    note: str = attrs.field(default="", validator=instance_of(str))


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


def _ledger(values: Iterable[LedgerEntry]) -> tuple[LedgerEntry, ...]:
    entries = tuple(values)
    for index, entry in enumerate(entries):
        if not isinstance(entry, LedgerEntry):
            raise PilkadaTypeError(
                f"ledger[{index}]", entry, f"got {type(entry).__name__}", "LedgerEntry objects"
            )
    return tuple(sorted(entries, key=lambda e: e.on))  # stable: same-day lines keep their order


@attrs.frozen(kw_only=True)
class GrantAgreement(Pictured):
    """A Naskah Perjanjian Hibah Daerah (NPHD) for a Pilkada.

    Args:
        grantor: The region that gives the grant (:class:`Grantor`); it fixes the election.
            May be left out for a quick calculation.
        grantee: :class:`Grantee` (KPU, Bawaslu, Polri or TNI of that region).
        amount: The grant, an exact positive :class:`~pilkada.Rupiah`.
        signed_on: The day the NPHD was signed.
        schedule: The election's schedule, for voting day (default: ``PILKADA_2024``).
        number: The agreement's number, if known.
        funding: The sources by fiscal year; their sum should equal ``amount`` (a finding
            says so if not).
        payment: ``Payment.TRANCHES`` (default, 40 % / 60 %) or ``Payment.SINGLE``.
        ledger: Transfers, spending and refunds recorded so far (use :meth:`with_transfer`,
            :meth:`with_spending` and :meth:`with_refund`).
        pengusulan_on: The day the pengusulan pengesahan pengangkatan calon terpilih was made,
            once known; it starts the 3 months to return unspent funds.
        cuti_bersama_off: Count cuti bersama as days off for the 14 working days.
    """

    grantor: Grantor | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(Grantor))
    )
    grantee: Grantee = attrs.field(default=Grantee.KPU, validator=instance_of(Grantee))
    amount: Rupiah = attrs.field(validator=_positive_rupiah)
    signed_on: dt.date = attrs.field(validator=_date)
    schedule: Schedule = attrs.field(
        factory=pilkada_2024, validator=instance_of(Schedule), repr=False
    )
    number: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(str))
    )
    funding: tuple[FundingSource, ...] = attrs.field(default=(), converter=tuple)
    payment: Payment = attrs.field(default=Payment.TRANCHES, validator=instance_of(Payment))
    ledger: tuple[LedgerEntry, ...] = attrs.field(default=(), converter=_ledger)
    pengusulan_on: dt.date | None = attrs.field(default=None)
    cuti_bersama_off: bool = attrs.field(default=False, validator=instance_of(bool))

    @pengusulan_on.validator
    def _check_pengusulan(self, attribute: attrs.Attribute[dt.date | None], value: object) -> None:
        if value is not None and check_date(attribute.name, value) < self.signed_on:
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
        if self.payment is Payment.TRANCHES and Rupiah(0) in self.amount.allocate(40, 60):
            raise PilkadaValueError(
                "amount",
                self.amount,
                f"{self.amount} split 40 % / 60 % leaves a tranche of Rp0",
                "at least Rp0,02 for two tranches, or payment=Payment.SINGLE",
            )
        self._check_ledger()

    def _check_ledger(self) -> None:
        transferred = used = Rupiah(0)
        for index, entry in enumerate(self.ledger):
            field = f"ledger[{index}]"
            if entry.on < self.signed_on:
                raise PilkadaValueError(
                    f"{field}.on",
                    entry.on,
                    f"the {entry.kind.value} on {entry.on.isoformat()} is before the NPHD was "
                    f"signed on {self.signed_on.isoformat()}",
                    "record transfers, spending and refunds on or after the signing day",
                )
            if entry.kind is LedgerKind.TRANSFER:
                transferred += entry.amount
                if transferred > self.amount:
                    raise PilkadaValueError(
                        f"{field}.amount",
                        entry.amount,
                        f"transfers would total {transferred}, more than the grant of "
                        f"{self.amount}",
                        f"transfer at most {self.amount - (transferred - entry.amount)} more",
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
                    amount=self.amount,
                    due=first_due,
                    basis=SINGLE_PAYMENT_BASIS,
                    single=True,
                ),
            )
        first, second = self.amount.allocate(40, 60)
        return (
            Tranche(
                number=1, share=Fraction(2, 5), amount=first, due=first_due, basis=TRANCHE_BASIS
            ),
            Tranche(
                number=2,
                share=Fraction(3, 5),
                amount=second,
                due=months_before(self.voting_day, MONTHS_BEFORE_VOTING),
                basis=TRANCHE_BASIS,
            ),
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

    def findings(self) -> list[Violation]:
        """What in the agreement itself breaches the rules; empty when nothing does.

        Checks the signing deadline, tranche deadlines that fall before the tranche could be
        paid, and funding sources that do not add up. Late payments are in :meth:`status`.
        """
        found: list[Violation] = []
        deadline = self.signing_deadline
        if deadline is not None and self.signed_on > deadline:
            found.append(
                _finding(
                    "NPHD_TERLAMBAT",
                    (self.signed_on, deadline),
                    f"NPHD ditandatangani {_long(self.signed_on)}, melewati batas penandatanganan "
                    f"{_long(deadline)}.",
                    f"The NPHD was signed on {_long(self.signed_on, 'en')}, after the signing "
                    f"deadline of {_long(deadline, 'en')}.",
                    SIGNING_DEADLINE_BASIS,
                )
            )
        tranches = self.tranches
        last = tranches[-1]
        if len(tranches) == 2 and last.due < self.signed_on:
            found.append(
                _finding(
                    "TAHAP_II_LEWAT_SAAT_PENANDATANGANAN",
                    (self.signed_on, last.due),
                    f"Batas pencairan tahap II ({_long(last.due)}) sudah lewat ketika NPHD "
                    f"ditandatangani ({_long(self.signed_on)}).",
                    f"The tranche II deadline ({_long(last.due, 'en')}) had passed when the NPHD "
                    f"was signed ({_long(self.signed_on, 'en')}).",
                    TRANCHE_BASIS,
                )
            )
        elif len(tranches) == 2 and last.due < tranches[0].due:
            found.append(
                _finding(
                    "TAHAP_II_SEBELUM_TAHAP_I",
                    (last.due, tranches[0].due),
                    f"Tahap II jatuh tempo {_long(last.due)}, sebelum batas tahap I "
                    f"({_long(tranches[0].due)}): tahap II tidak dapat dibayar tepat waktu "
                    "setelah tahap I.",
                    f"Tranche II is due on {_long(last.due, 'en')}, before the tranche I "
                    f"deadline ({_long(tranches[0].due, 'en')}): it cannot be paid on time "
                    "after tranche I.",
                    TRANCHE_BASIS,
                )
            )
        if self.signed_on > self.voting_day:
            found.append(
                _finding(
                    "NPHD_SETELAH_PEMUNGUTAN_SUARA",
                    (self.signed_on, self.voting_day),
                    f"NPHD ditandatangani {_long(self.signed_on)}, setelah hari pemungutan suara "
                    f"{_long(self.voting_day)}.",
                    f"The NPHD was signed on {_long(self.signed_on, 'en')}, after voting day "
                    f"({_long(self.voting_day, 'en')}).",
                    TRANCHE_BASIS,
                )
            )
        if self.funding:
            funded = sum((source.amount for source in self.funding), Rupiah(0))
            if funded != self.amount:
                found.append(
                    _finding(
                        "SUMBER_DANA_TIDAK_SESUAI",
                        (),
                        f"Jumlah sumber dana {funded} tidak sama dengan nilai NPHD {self.amount} "
                        f"(selisih {abs(self.amount - funded)}).",
                        f"The funding sources total {funded.format(locale='en')}, not the grant "
                        f"of {self.amount.format(locale='en')} (a difference of "
                        f"{abs(self.amount - funded).format(locale='en')}).",
                        FUNDING_BASIS,
                    )
                )
        return found

    # -- the ledger ------------------------------------------------------------------------

    def _record(self, kind: LedgerKind, on: dt.date, amount: Rupiah, note: str) -> GrantAgreement:
        entry = LedgerEntry(kind=kind, on=on, amount=amount, note=note)
        return attrs.evolve(self, ledger=(*self.ledger, entry))

    def with_transfer(self, on: dt.date, amount: Rupiah, note: str = "") -> GrantAgreement:
        """A copy with a transfer from the grantor recorded.

        Raises:
            PilkadaError: The amount is not positive, the day is before signing, or the
                transfers would exceed the grant. Nothing is recorded.
        """
        return self._record(LedgerKind.TRANSFER, on, amount, note)

    def with_spending(self, on: dt.date, amount: Rupiah, note: str = "") -> GrantAgreement:
        """A copy with spending by the grantee recorded (never more than was transferred)."""
        return self._record(LedgerKind.SPENDING, on, amount, note)

    def with_refund(self, on: dt.date, amount: Rupiah, note: str = "") -> GrantAgreement:
        """A copy with unspent funds returned to the kas daerah recorded."""
        return self._record(LedgerKind.REFUND, on, amount, note)

    def with_pengusulan(self, on: dt.date) -> GrantAgreement:
        """A copy with the day of the pengusulan pengesahan pengangkatan recorded."""
        return attrs.evolve(self, pengusulan_on=on)

    def status(self, *, on: dt.date) -> GrantStatus:
        """The ledger summed up on day ``on`` (lines after ``on`` are not counted).

        Transfers pay the tranches in order: the first fills tahap I, the rest goes to tahap II.
        A tranche is paid on the day the transfer that completes it arrives; "paling lambat"
        includes the deadline itself.
        """
        on = check_date("on", on)
        lines = [entry for entry in self.ledger if entry.on <= on]

        def total(kind: LedgerKind) -> Rupiah:
            return sum((e.amount for e in lines if e.kind is kind), Rupiah(0))

        transfers = [e for e in lines if e.kind is LedgerKind.TRANSFER]
        statuses = []
        owed_before = Rupiah(0)
        for tranche in self.tranches:
            paid, completed = Rupiah(0), None
            running = Rupiah(0)
            for transfer in transfers:
                running += transfer.amount
                towards = min(max(running - owed_before, Rupiah(0)), tranche.amount)
                if towards == tranche.amount and completed is None:
                    completed = transfer.on
                paid = towards
            statuses.append(_tranche_status(tranche, paid, completed, on))
            owed_before += tranche.amount
        return GrantStatus(
            on=on,
            amount=self.amount,
            disbursed=total(LedgerKind.TRANSFER),
            spent=total(LedgerKind.SPENDING),
            refunded=total(LedgerKind.REFUND),
            tranches=tuple(statuses),
            sisa_dana_due=self.sisa_dana_due,
        )

    # -- documents -------------------------------------------------------------------------

    def describe(self, *, lang: str = "id") -> str:
        """The paragraph a finance officer pastes into a report, in Indonesian or English.

        >>> import datetime as dt
        >>> from pilkada import RegionLevel, Rupiah
        >>> agreement = GrantAgreement(
        ...     grantor=Grantor(RegionLevel.KOTA, "Contoh"), grantee=Grantee.BAWASLU,
        ...     amount=Rupiah(1_000_000_000), signed_on=dt.date(2023, 11, 10),
        ...     payment=Payment.SINGLE)
        >>> print(agreement.describe())  # doctest: +NORMALIZE_WHITESPACE
        Nilai Naskah Perjanjian Hibah Daerah (NPHD) antara Pemerintah Kota Contoh dan Bawaslu
        Kota Contoh untuk Pemilihan Wali Kota dan Wakil Wali Kota Tahun 2024 sebesar
        Rp1.000.000.000,00 (satu miliar rupiah), ditandatangani pada Jumat, 10 November 2023.
        Pencairan sekaligus sebesar Rp1.000.000.000,00 (satu miliar rupiah) atau 100% dari
        nilai NPHD, paling lambat Kamis, 30 November 2023.
        """
        language = lang_of(lang)
        year = self.voting_day.year
        if language == "id":
            number = f" Nomor {self.number}" if self.number else ""
            if self.grantor is None:
                parties, election = f"pemerintah daerah dan {self.grantee.value}", "Pemilihan"
            else:
                unit = self.grantee.unit(self.grantor.level)
                parties = f"{self.grantor} dan {unit} {self.grantor.region()}"
                election = self.grantor.election.name_id
            parts = [
                f"Nilai Naskah Perjanjian Hibah Daerah (NPHD){number} antara {parties} untuk "
                f"{election} Tahun {year} sebesar {self.amount} ({self.amount.terbilang()}), "
                f"ditandatangani pada {format_date(self.signed_on)}."
            ]
            parts += [
                f"Pencairan {t.label()} sebesar {t.amount} ({t.amount.terbilang()}) atau "
                f"{format_percent(t.share)} dari nilai NPHD, paling lambat {format_date(t.due)}."
                for t in self.tranches
            ]
            return " ".join(parts)
        number = f" No. {self.number}" if self.number else ""
        if self.grantor is None:
            parties, election = f"the regional government and the {self.grantee.value}", "election"
        else:
            region = self.grantor.region("en")
            unit = self.grantee.unit(self.grantor.level)
            parties = f"the Government of {region} and {unit} {region}"
            election = self.grantor.election.name_en
        parts = [
            f"The regional grant agreement (NPHD){number} between {parties} for the {year} "
            f"{election} amounts to {self.amount.format(locale='en')} (in words: "
            f"{self.amount.terbilang()}), signed on {format_date(self.signed_on, locale='en')}."
        ]
        parts += [
            f"{t.label('en')[0].upper()}{t.label('en')[1:]} of {t.amount.format(locale='en')} "
            f"({format_percent(t.share, locale='en')} of the NPHD) is due no later than "
            f"{format_date(t.due, locale='en')}."
            for t in self.tranches
        ]
        return " ".join(parts)


def _tranche_status(
    tranche: Tranche, paid: Rupiah, completed: dt.date | None, on: dt.date
) -> TrancheStatus:
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


def _long(day: dt.date, locale: str = "id") -> str:
    return format_date(day, format="long", locale=locale)


_finding = Violation.of
