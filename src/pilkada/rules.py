"""Date rules that bind a Pilkada schedule: re-exported from :mod:`pilkada.schedule`.

The kinds of rule and their :class:`Violation` live in :mod:`pilkada.schedule.rules`, the
rules of the Pilkada laws and :data:`DEFAULT_RULES` in :mod:`pilkada.schedule.default_rules`.
"""

from __future__ import annotations

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
