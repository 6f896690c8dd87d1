"""What in a grant agreement itself breaks the rules: :meth:`GrantAgreement.findings`.

Late payments are not here: they are in the agreement's :meth:`~GrantAgreement.status`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from pilkada.grants.bases import FUNDING_BASIS, SIGNING_DEADLINE_BASIS, TRANCHE_BASIS
from pilkada.i18n import format_date
from pilkada.money import Rupiah
from pilkada.rules import Violation

if TYPE_CHECKING:
    from pilkada.grants.agreement import GrantAgreement

__all__ = ["agreement_findings"]

_finding = Violation.of


def _long(day: dt.date, locale: str = "id") -> str:
    return format_date(day, format="long", locale=locale)


def agreement_findings(agreement: GrantAgreement) -> list[Violation]:
    """The signing deadline, tranche deadlines that cannot be met, funding that does not add up."""
    return [
        *_signing(agreement),
        *_tranche_deadlines(agreement),
        *_after_voting(agreement),
        *_funding(agreement),
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
