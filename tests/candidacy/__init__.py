"""Candidacy tests: the bracket boundaries and names every module of the package shares."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from pilkada import RegionLevel

D = dt.date
P = RegionLevel.PROVINSI
KAB = RegionLevel.KABUPATEN
KOTA = RegionLevel.KOTA
LEVELS = [P, KAB, KOTA]
MK_60_DAY = D(2024, 8, 20)
UU_10_DAY = D(2016, 7, 1)
pct = Fraction  # pct(17, 200) is 8.5 %

# The bracket boundaries every table shares (domain.md §13): province 2 M / 6 M / 12 M,
# kabupaten/kota 250 k / 500 k / 1 M; the share of each bracket per table.
BOUNDS = {P: (2_000_000, 6_000_000, 12_000_000), KAB: (250_000, 500_000, 1_000_000)}
BOUNDS[KOTA] = BOUNDS[KAB]
SUPPORT = (pct(10, 100), pct(85, 1000), pct(75, 1000), pct(65, 1000))
DISPUTE = (pct(2, 100), pct(15, 1000), pct(1, 100), pct(5, 1000))


def boundary_cases(shares):
    """(level, count, share) on both sides of every boundary, and the extremes."""
    cases = []
    for level in LEVELS:
        bounds = BOUNDS[level]
        cases.append((level, 1, shares[0]))
        for index, bound in enumerate(bounds):
            cases.append((level, bound, shares[index]))
            cases.append((level, bound + 1, shares[index + 1]))
        cases.append((level, 10**9, shares[-1]))
    return cases
