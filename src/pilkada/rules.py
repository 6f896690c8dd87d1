"""Date rules that bind a Pilkada schedule: re-exported from :mod:`pilkada.schedule`.

The kinds of rule and their :class:`Violation` live in :mod:`pilkada.schedule.rules`, the
rules of the Pilkada laws and :data:`DEFAULT_RULES` in :mod:`pilkada.schedule.default_rules`.

:data:`CHECKED_THROUGH` is the newest day on which a fact the library ships was checked
against its sources: every instrument of :mod:`pilkada.sources`, every date rule and every
``checked`` day of the data files. An answer for a later day rests on facts nobody has
looked at since; the dated lookups then say so (:meth:`pilkada.law.Dated.as_of`).

>>> CHECKED_THROUGH >= max(rule.basis.checked for rule in DEFAULT_RULES)
True
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterator, Mapping
from importlib import resources
from typing import Final

from pilkada import sources
from pilkada.datafile import CHECKED_KEY

# The public names, and those public here before the split (still importable from here).
from pilkada.schedule.default_rules import (
    DEFAULT_RULES,
    PEMILU_TAHAPAN_20_BULAN,
)
from pilkada.schedule.default_rules import (
    KPPS_DIBENTUK as KPPS_DIBENTUK,  # noqa: PLC0414
)
from pilkada.schedule.default_rules import (
    KPPS_DIBUBARKAN as KPPS_DIBUBARKAN,  # noqa: PLC0414
)
from pilkada.schedule.default_rules import (
    PEMBENTUKAN_BADAN_ADHOC_MULAI as PEMBENTUKAN_BADAN_ADHOC_MULAI,  # noqa: PLC0414
)
from pilkada.schedule.default_rules import (
    PENGAWAS_TPS_DIBENTUK as PENGAWAS_TPS_DIBENTUK,  # noqa: PLC0414
)
from pilkada.schedule.default_rules import (
    PENGAWAS_TPS_DIBUBARKAN as PENGAWAS_TPS_DIBUBARKAN,  # noqa: PLC0414
)
from pilkada.schedule.default_rules import (
    PKPU_8_2022 as PKPU_8_2022,  # noqa: PLC0414
)
from pilkada.schedule.default_rules import (
    PKPU_8_2022_PASAL_15 as PKPU_8_2022_PASAL_15,  # noqa: PLC0414
)
from pilkada.schedule.default_rules import (
    PKPU_13_2024 as PKPU_13_2024,  # noqa: PLC0414
)
from pilkada.schedule.default_rules import (
    PPK_DIBENTUK as PPK_DIBENTUK,  # noqa: PLC0414
)
from pilkada.schedule.default_rules import (
    PPK_DIBUBARKAN as PPK_DIBUBARKAN,  # noqa: PLC0414
)
from pilkada.schedule.default_rules import (
    PPS_DIBENTUK as PPS_DIBENTUK,  # noqa: PLC0414
)
from pilkada.schedule.default_rules import (
    PPS_DIBUBARKAN as PPS_DIBUBARKAN,  # noqa: PLC0414
)
from pilkada.schedule.default_rules import (
    UU_1_2015_PASAL_5_AYAT_2 as UU_1_2015_PASAL_5_AYAT_2,  # noqa: PLC0414
)
from pilkada.schedule.default_rules import (
    UU_1_2015_PASAL_5_AYAT_3 as UU_1_2015_PASAL_5_AYAT_3,  # noqa: PLC0414
)
from pilkada.schedule.default_rules import (
    UU_1_2015_PASAL_27_AYAT_2 as UU_1_2015_PASAL_27_AYAT_2,  # noqa: PLC0414
)
from pilkada.schedule.default_rules import (
    UU_7_2017_PASAL_167_AYAT_6 as UU_7_2017_PASAL_167_AYAT_6,  # noqa: PLC0414
)
from pilkada.schedule.rules import (
    Aligned,
    Edge,
    NoLaterThan,
    Precedes,
    Rule,
    Violation,
    WithinStage,
)

__all__ = [
    "CHECKED_THROUGH",
    "DEFAULT_RULES",
    "PEMILU_TAHAPAN_20_BULAN",
    "Aligned",
    "Edge",
    "NoLaterThan",
    "Precedes",
    "Rule",
    "Violation",
    "WithinStage",
]


def _checked_in_data(value: object) -> Iterator[dt.date]:
    """Every ``checked`` day in a parsed data file, at any depth."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            if key == CHECKED_KEY and isinstance(item, dt.date):
                yield item
            else:
                yield from _checked_in_data(item)
    elif isinstance(value, list):
        for item in value:
            yield from _checked_in_data(item)


def _checked_days() -> Iterator[dt.date]:
    for instrument in sources.all_instruments():
        if instrument.checked is not None:
            yield instrument.checked
    for rule in (*DEFAULT_RULES, PEMILU_TAHAPAN_20_BULAN):
        if rule.basis.checked is not None:
            yield rule.basis.checked
    for path in resources.files("pilkada.data").iterdir():
        if path.name.endswith(".toml"):
            yield from _checked_in_data(tomllib.loads(path.read_text("utf-8")))


#: The newest day a fact the library ships was checked against its sources (computed).
CHECKED_THROUGH: Final[dt.date] = max(_checked_days())
