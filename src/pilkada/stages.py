"""The stages (tahapan) of a Pilkada, in legal order, and their sub-steps.

UU 1/2015 Pasal 5, as amended by UU 8/2015, splits a Pemilihan into two phases: eight
*tahapan persiapan* (ayat 2, huruf a–h) and ten *tahapan penyelenggaraan* (ayat 3, huruf a–j).
PKPU 2/2024 follows that list and adds three rows of its own: the support requirements for
independent candidates, the ballot-number draw and the masa tenang. :class:`Stage` has all 21
in that order; ``Stage.statutory`` tells the 18 of the Act from the rest.

>>> Stage.KAMPANYE.name_id, Stage.KAMPANYE.phase
('Pelaksanaan kampanye', <Phase.PENYELENGGARAAN: 'penyelenggaraan'>)
>>> str(Stage.KAMPANYE.basis)
'UU 1/2015 Pasal 5 ayat (3) huruf e sebagaimana diubah dengan UU 8/2015'
>>> sum(stage.statutory for stage in Stage)
18

:class:`Step` holds the sub-steps that KPU and Bawaslu schedule inside a stage (coklit, the
DPT, forming each ad hoc body, the mass-media campaign, the recapitulation windows), and
:class:`Event` the outside events later stages are counted from (the Constitutional Court's
notification).

The definitions live in :mod:`pilkada.schedule.stages`; this module re-exports them.
"""

from __future__ import annotations

# The public names, and those public here before the split (still importable from here).
from pilkada.schedule.stages import (
    ORDER as ORDER,  # noqa: PLC0414
)
from pilkada.schedule.stages import (
    PKPU_2_2024_LAMPIRAN,
    Event,
    Phase,
    Stage,
    Step,
)
from pilkada.sources import UU_8_2015 as UU_8_2015  # noqa: PLC0414

__all__ = ["Event", "Phase", "Stage", "Step"]

#: The annex of PKPU 2/2024, as ``pilkada.stages.PKPU_2_2024`` named it before
#: :mod:`pilkada.sources` named the instrument itself so.
PKPU_2_2024 = PKPU_2_2024_LAMPIRAN
