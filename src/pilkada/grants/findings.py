"""What in a grant agreement and its ledger breaks the rules: :meth:`GrantAgreement.findings`.

The agreement itself (signing deadline, tranche deadlines, funding) and its payments: a
tranche completed after its deadline, and, on a given day, a tranche not paid in full by it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from pilkada.grants.bases import (
    FUNDING_BASIS,
    SIGNING_DEADLINE_BASIS,
    SIGNING_DEADLINE_CERTAINTY,
    TRANCHE_BASIS,
)
from pilkada.grants.tranches import TrancheState, TrancheStatus
from pilkada.i18n import format_date
from pilkada.money import Rupiah
from pilkada.rules import Violation

if TYPE_CHECKING:
    from pilkada.grants.agreement import GrantAgreement

__all__ = ["agreement_findings"]

_finding = Violation.of


def _long(day: dt.date, locale: str = "id") -> str:
    return format_date(day, format="long", locale=locale)


def agreement_findings(agreement: GrantAgreement, on: dt.date | None = None) -> list[Violation]:
    """Signing and tranche deadlines, funding that does not add up, late or missing payments.

    Missing payments (a tranche not paid in full after its deadline) only with ``on``.
    """
    return [
        *_signing(agreement),
        *_tranche_deadlines(agreement),
        *_after_voting(agreement),
        *_funding(agreement),
        *_payments(agreement, on),
    ]


def _signing(agreement: GrantAgreement) -> list[Violation]:
    signed, deadline = agreement.signed_on, agreement.signing_deadline
    if deadline is None or signed <= deadline:
        return []
    return [
        _finding(
            "NPHD_TERLAMBAT",
            (signed, deadline),
            f"NPHD ditandatangani {_long(signed)}, melewati batas penandatanganan "
            f"{_long(deadline)}.",
            f"The NPHD was signed on {_long(signed, 'en')}, after the signing "
            f"deadline of {_long(deadline, 'en')}.",
            SIGNING_DEADLINE_BASIS,
            certainty=SIGNING_DEADLINE_CERTAINTY,
        )
    ]


def _tranche_deadlines(agreement: GrantAgreement) -> list[Violation]:
    tranches, signed = agreement.tranches, agreement.signed_on
    if len(tranches) != 2:
        return []
    first, last = tranches
    if last.due < signed:
        return [
            _finding(
                "TAHAP_II_LEWAT_SAAT_PENANDATANGANAN",
                (signed, last.due),
                f"Batas pencairan tahap II ({_long(last.due)}) sudah lewat ketika NPHD "
                f"ditandatangani ({_long(signed)}).",
                f"The tranche II deadline ({_long(last.due, 'en')}) had passed when the NPHD "
                f"was signed ({_long(signed, 'en')}).",
                TRANCHE_BASIS,
            )
        ]
    if last.due < first.due:
        return [
            _finding(
                "TAHAP_II_SEBELUM_TAHAP_I",
                (last.due, first.due),
                f"Tahap II jatuh tempo {_long(last.due)}, sebelum batas tahap I "
                f"({_long(first.due)}): tahap II tidak dapat dibayar tepat waktu "
                "setelah tahap I.",
                f"Tranche II is due on {_long(last.due, 'en')}, before the tranche I "
                f"deadline ({_long(first.due, 'en')}): it cannot be paid on time "
                "after tranche I.",
                TRANCHE_BASIS,
            )
        ]
    return []


def _after_voting(agreement: GrantAgreement) -> list[Violation]:
    signed, voting = agreement.signed_on, agreement.voting_day
    if signed <= voting:
        return []
    return [
        _finding(
            "NPHD_SETELAH_PEMUNGUTAN_SUARA",
            (signed, voting),
            f"NPHD ditandatangani {_long(signed)}, setelah hari pemungutan suara {_long(voting)}.",
            f"The NPHD was signed on {_long(signed, 'en')}, after voting day "
            f"({_long(voting, 'en')}).",
            TRANCHE_BASIS,
        )
    ]


def _funding(agreement: GrantAgreement) -> list[Violation]:
    if not agreement.funding:
        return []
    amount = agreement.amount
    funded = sum((source.amount for source in agreement.funding), Rupiah(0))
    if funded == amount:
        return []
    return [
        _finding(
            "SUMBER_DANA_TIDAK_SESUAI",
            (),
            f"Jumlah sumber dana {funded} tidak sama dengan nilai NPHD {amount} "
            f"(selisih {abs(amount - funded)}).",
            f"The funding sources total {funded.format(locale='en')}, not the grant "
            f"of {amount.format(locale='en')} (a difference of "
            f"{abs(amount - funded).format(locale='en')}).",
            FUNDING_BASIS,
        )
    ]


def _payments(agreement: GrantAgreement, on: dt.date | None) -> list[Violation]:
    """Tranches completed late; with ``on``, tranches not paid in full by their deadline."""
    if on is None and not agreement.ledger:
        return []
    # Without a day, the ledger's last day: every line is read, and no later day is assumed.
    day = agreement.ledger[-1].on if on is None else on
    found = []
    for status in agreement.status(on=day).tranches:
        if status.state is TrancheState.PAID_LATE and status.paid_on is not None:
            found.append(_paid_late(status, status.paid_on))
        elif status.state is TrancheState.OVERDUE and on is not None:
            found.append(_unpaid(status))
    return found


def _paid_late(status: TrancheStatus, paid_on: dt.date) -> Violation:
    tranche = status.tranche
    return _finding(
        "PENCAIRAN_TERLAMBAT",
        (paid_on, tranche.due),
        f"Pencairan {tranche.label()} sebesar {tranche.amount} lunas pada {_long(paid_on)}, "
        f"{status.days_late} hari setelah batas {_long(tranche.due)}.",
        f"{_capital(tranche.label('en'))} of {tranche.amount.format(locale='en')} was paid in "
        f"full on {_long(paid_on, 'en')}, {_days(status.days_late)} after its deadline of "
        f"{_long(tranche.due, 'en')}.",
        tranche.basis,
        certainty=tranche.certainty,
    )


def _unpaid(status: TrancheStatus) -> Violation:
    tranche = status.tranche
    return _finding(
        "PENCAIRAN_BELUM_LUNAS",
        (status.on, tranche.due),
        f"Per {_long(status.on)}, {tranche.label()} baru dicairkan {status.paid} dari "
        f"{tranche.amount}: batasnya {_long(tranche.due)} terlewati {status.days_late} hari.",
        f"As of {_long(status.on, 'en')}, {tranche.label('en')} has been paid "
        f"{status.paid.format(locale='en')} of {tranche.amount.format(locale='en')}: its "
        f"deadline of {_long(tranche.due, 'en')} passed {_days(status.days_late)} before.",
        tranche.basis,
        certainty=tranche.certainty,
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"
