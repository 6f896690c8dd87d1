r"""Exact Rupiah amounts: arithmetic, allocation, parsing, formatting and *terbilang*.

:class:`Rupiah` holds an exact amount to the sen (1/100 rupiah) as a ``decimal.Decimal``.
It is never built from a ``float``, never rounds silently, and every split conserves the
total to the sen.

>>> total = Rupiah.parse("Rp 34.905.207.000,00")
>>> tahap_1, tahap_2 = total.allocate(40, 60)
>>> print(tahap_1, tahap_2, sep="\n")
Rp13.962.082.800,00
Rp20.943.124.200,00
>>> tahap_1 + tahap_2 == total
True
>>> total.terbilang()
'tiga puluh empat miliar sembilan ratus lima juta dua ratus tujuh ribu rupiah'

All arithmetic runs in a private decimal context, so a caller's ``decimal.getcontext()``
settings (precision, rounding) never change a result.

The package has three modules: :mod:`pilkada.money.rupiah` (the amount, its arithmetic,
allocation and format), :mod:`pilkada.money.notation` (reading amounts written in figures)
and :mod:`pilkada.money.terbilang` (amounts in Indonesian words).
"""

from __future__ import annotations

# The public names, and those public here before the split (still importable from here).
from pilkada.money.rupiah import LIMIT as LIMIT
from pilkada.money.rupiah import SEN as SEN
from pilkada.money.rupiah import Rupiah

__all__ = ["Rupiah"]
