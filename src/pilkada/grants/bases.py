"""The law of regional grants for a Pilkada: where each rule of :mod:`pilkada.grants` comes from."""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs

from pilkada import sources

__all__ = [
    "FUNDING_BASIS",
    "MONTHS_BEFORE_VOTING",
    "PERMENDAGRI_41_2020",
    "SIGNING_DEADLINES",
    "SIGNING_DEADLINE_BASIS",
    "SINGLE_PAYMENT_BASIS",
    "SISA_DANA_BASIS",
    "SISA_DANA_MONTHS",
    "TRANCHE_BASIS",
    "WORKING_DAYS_AFTER_SIGNING",
]

PERMENDAGRI_41_2020: Final = sources.PERMENDAGRI_41_2020
#: Permendagri 54/2019 Pasal 16 ayat (4) as amended by Permendagri 41/2020: the two tranches
#: (quoted by Kemenko Polhukam, esensi.tv 104522777; Kemendagri via beritasulut.co.id).
TRANCHE_BASIS: Final = sources.PERMENDAGRI_54_2019.provision(pasal="16", ayat="4")
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
SIGNING_DEADLINE_BASIS: Final = sources.SE_MENDAGRI_900_1_9_1_16888_2023
#: Signing deadlines by voting day (a year-keyed table, as python-holidays keeps one-off dates).
SIGNING_DEADLINES: Final[dict[dt.date, dt.date]] = {dt.date(2024, 11, 27): dt.date(2023, 11, 10)}

WORKING_DAYS_AFTER_SIGNING: Final = 14
MONTHS_BEFORE_VOTING: Final = 5
SISA_DANA_MONTHS: Final = 3
