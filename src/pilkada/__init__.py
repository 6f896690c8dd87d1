"""pilkada: the rules of Indonesian regional elections (Pemilihan Kepala Daerah) as a library.

Everything a user needs is importable from here and listed in ``__all__``:

>>> import datetime as dt
>>> from pilkada import Rupiah, format_date
>>> Rupiah(34_905_207_000).allocate(40, 60)
(Rupiah('13962082800.00'), Rupiah('20943124200.00'))
>>> format_date(dt.date(2024, 11, 27))
'Rabu, 27 November 2024'

``import pilkada`` is light: Babel loads on the first formatting call, and the heavier
dependencies (holidays, cattrs, python-stdnum) only in the modules that use them.
"""

from pilkada.errors import PilkadaError, PilkadaParseError, PilkadaTypeError, PilkadaValueError
from pilkada.i18n import format_date, format_percent, format_period
from pilkada.law import Instrument, LegalBasis
from pilkada.money import Rupiah

__version__ = "0.1.0"

__all__ = [
    "Instrument",
    "LegalBasis",
    "PilkadaError",
    "PilkadaParseError",
    "PilkadaTypeError",
    "PilkadaValueError",
    "Rupiah",
    "__version__",
    "format_date",
    "format_percent",
    "format_period",
]
