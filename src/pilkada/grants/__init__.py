"""Regional grant agreements (NPHD) that fund a Pilkada: tranches, checks, ledger and documents.

Each region funds the election it holds from its APBD through a *Naskah Perjanjian Hibah
Daerah* (NPHD) with the KPU, the Bawaslu and the security forces (Polri, TNI) of the region
(Permendagri 54/2019, as amended by Permendagri 41/2020). The grant is paid either at once or in
two tranches (Pasal 16 ayat (4) as amended):

* tahap I, 40 %, no later than 14 working days after the NPHD is signed;
* tahap II, 60 %, no later than 5 months before voting day.

The package holds one module per sub-concept: :mod:`~pilkada.grants.bases` (the legal bases
and deadlines), :mod:`~pilkada.grants.parties` (:class:`Grantor`, :class:`Grantee`, payment
and funding), :mod:`~pilkada.grants.tranches` (:class:`Tranche` and where it stands),
:mod:`~pilkada.grants.ledger` (:class:`LedgerEntry`, :class:`GrantStatus`),
:mod:`~pilkada.grants.findings` (what in an agreement breaks the rules) and
:mod:`~pilkada.grants.agreement` (:class:`GrantAgreement`).

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

A tranche paid after its deadline is a finding, and, on a given day, so is one not yet paid:

>>> [(f.rule, f.dates) for f in paid.findings(on=dt.date(2024, 7, 1))]
[('PENCAIRAN_BELUM_LUNAS', (datetime.date(2024, 7, 1), datetime.date(2024, 6, 27)))]

Every rule the package applies, with its basis, certainty and the day it was last checked, is
in :data:`GRANT_RULES`.
"""

from __future__ import annotations

from pilkada.grants.agreement import GrantAgreement
from pilkada.grants.bases import CHECKED as CHECKED
from pilkada.grants.bases import FUNDING_BASIS as FUNDING_BASIS
from pilkada.grants.bases import GRANT_RULES, GrantRule, grant_rule
from pilkada.grants.bases import MONTHS_BEFORE_VOTING as MONTHS_BEFORE_VOTING
from pilkada.grants.bases import PERMENDAGRI_41_2020 as PERMENDAGRI_41_2020
from pilkada.grants.bases import SIGNING_DEADLINE_BASIS as SIGNING_DEADLINE_BASIS
from pilkada.grants.bases import SIGNING_DEADLINE_CERTAINTY as SIGNING_DEADLINE_CERTAINTY
from pilkada.grants.bases import SIGNING_DEADLINES as SIGNING_DEADLINES
from pilkada.grants.bases import SINGLE_PAYMENT_BASIS as SINGLE_PAYMENT_BASIS
from pilkada.grants.bases import SISA_DANA_BASIS as SISA_DANA_BASIS
from pilkada.grants.bases import SISA_DANA_MONTHS as SISA_DANA_MONTHS
from pilkada.grants.bases import TRANCHE_BASIS as TRANCHE_BASIS
from pilkada.grants.bases import TRANCHE_CERTAINTY as TRANCHE_CERTAINTY
from pilkada.grants.bases import TRANCHE_SHARES as TRANCHE_SHARES
from pilkada.grants.bases import WORKING_DAYS_AFTER_SIGNING as WORKING_DAYS_AFTER_SIGNING
from pilkada.grants.ledger import GrantStatus, LedgerEntry, LedgerKind
from pilkada.grants.parties import FundingKind, FundingSource, Grantee, Grantor, Payment
from pilkada.grants.tranches import Tranche, TrancheState, TrancheStatus

__all__ = [
    "GRANT_RULES",
    "FundingKind",
    "FundingSource",
    "GrantAgreement",
    "GrantRule",
    "GrantStatus",
    "Grantee",
    "Grantor",
    "LedgerEntry",
    "LedgerKind",
    "Payment",
    "Tranche",
    "TrancheState",
    "TrancheStatus",
    "grant_rule",
]
