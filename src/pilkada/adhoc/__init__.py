"""The ad hoc bodies that run a Pilkada: who they are, who may sit on them, how many are needed.

KPU side: PPK (kecamatan), PPS (desa/kelurahan), KPPS (TPS) and Pantarlih (voter-list
officers, per TPS). Bawaslu side: Panwaslu Kecamatan, Panwaslu Kelurahan/Desa (PKD) and
Pengawas TPS. The package holds one module per sub-concept:

* :mod:`~pilkada.adhoc.kinds`: the kinds of body (:class:`AdhocBodyKind`), :func:`tps_needed`;
* :mod:`~pilkada.adhoc.applicants`: the :class:`Applicant` as the forms record them;
* :mod:`~pilkada.adhoc.findings`: what falls short (:class:`Finding`, :class:`Requirement`,
  :class:`Composition`);
* :mod:`~pilkada.adhoc.eligibility`: :func:`check_eligibility` and its :class:`Eligibility`;
* :mod:`~pilkada.adhoc.bodies`: a body being formed (:class:`AdhocBody`, :class:`Member`);
* :mod:`~pilkada.adhoc.staffing`: :func:`plan_staffing`, :class:`StaffingPlan`, the
  honorarium;
* :mod:`~pilkada.adhoc.timeline`: :func:`adhoc_timeline`, when bodies are formed and dissolved.

>>> AdhocBodyKind.PPK.members, AdhocBodyKind.KPPS.members, AdhocBodyKind.PKD.members
(5, 7, 1)
>>> AdhocBodyKind.PANTARLIH.members_for(voters=401)
2
>>> tps_needed(601)
2
>>> plan = plan_staffing(kecamatan=16, desa=295, tps=1200)
>>> plan.members(AdhocBodyKind.PPK), plan.members(AdhocBodyKind.KPPS)
(80, 8400)
>>> print(plan.honorarium_monthly())
Rp9.790.300.000,00
"""

from __future__ import annotations

from pilkada.adhoc.applicants import Applicant, Education, Sex
from pilkada.adhoc.bodies import WOMEN_SHARE as WOMEN_SHARE
from pilkada.adhoc.bodies import AdhocBody, Member, Role
from pilkada.adhoc.eligibility import MIN_EDUCATION as MIN_EDUCATION
from pilkada.adhoc.eligibility import PARTY_YEARS as PARTY_YEARS
from pilkada.adhoc.eligibility import Eligibility, check_eligibility
from pilkada.adhoc.findings import Composition, Finding, Requirement, Severity
from pilkada.adhoc.kinds import (
    BAWASLU_REQUIREMENTS as BAWASLU_REQUIREMENTS,
)
from pilkada.adhoc.kinds import (
    KPU_REQUIREMENTS as KPU_REQUIREMENTS,
)
from pilkada.adhoc.kinds import (
    MAX_VOTERS_PER_TPS as MAX_VOTERS_PER_TPS,
)
from pilkada.adhoc.kinds import (
    PANTARLIH_DOUBLE_ABOVE as PANTARLIH_DOUBLE_ABOVE,
)
from pilkada.adhoc.kinds import (
    AdhocBodyKind,
    Organiser,
    tps_needed,
)
from pilkada.adhoc.staffing import KPU_PAID as KPU_PAID
from pilkada.adhoc.staffing import StaffingPlan, honorarium_rates, plan_staffing
from pilkada.adhoc.timeline import BodyWindow, adhoc_timeline

__all__ = [
    "AdhocBody",
    "AdhocBodyKind",
    "Applicant",
    "BodyWindow",
    "Composition",
    "Education",
    "Eligibility",
    "Finding",
    "Member",
    "Organiser",
    "Requirement",
    "Role",
    "Severity",
    "Sex",
    "StaffingPlan",
    "adhoc_timeline",
    "check_eligibility",
    "honorarium_rates",
    "plan_staffing",
    "tps_needed",
]
