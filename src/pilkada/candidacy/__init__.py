"""Who may run, and who may dispute the result: nomination, support, age and Pasal 158 thresholds.

Four rules decide who stands in a Pilkada and whether a loser may take the result to the
Constitutional Court (Mahkamah Konstitusi, MK). Each is a dated table in
``pilkada/data/thresholds.toml``: every version carries its :class:`~pilkada.LegalBasis` and
the day it took effect, and every lookup takes the day it applies to (``on=``, default: the
latest version). A day before any version took effect is an error, never a guess.

* **Parties and coalitions** (UU 10/2016 Pasal 40 ayat (1); MK 60/PUU-XXII/2024 from
  20 August 2024): a share of the valid votes in the last DPRD election, by the region's DPT.
* **Independent candidates** (UU 10/2016 Pasal 41): supporters as a share of the DPT, spread
  over more than half of the region's kabupaten/kota (or kecamatan).
* **Age** (UU 10/2016 Pasal 7 ayat (2) huruf e): 30 for governor, 25 for bupati and wali kota,
  counted at the penetapan pasangan calon (MK 70/PUU-XXII/2024).
* **Disputes** (UU 10/2016 Pasal 157–158): the largest vote gap the MK hears, as a share of
  the valid votes, by population; filing within 3 working days of the announcement.

Brackets are inclusive at their upper bound ("sampai dengan"): a kabupaten with exactly 250,000
voters on its DPT needs 10 %, one with 250,001 needs 8.5 %.

>>> import datetime as dt
>>> from pilkada import RegionLevel
>>> print(party_nomination_threshold(RegionLevel.KABUPATEN, 250_000).describe())
paling sedikit 10% suara sah (DPT sampai dengan 250.000)
>>> print(party_nomination_threshold(RegionLevel.KABUPATEN, 250_001).describe())
paling sedikit 8,5% suara sah (DPT lebih dari 250.000 sampai dengan 500.000)
>>> old = party_nomination_threshold(RegionLevel.KABUPATEN, 250_001, on=dt.date(2024, 8, 19))
>>> print(old.describe(), "|", old.basis)
paling sedikit 20% kursi DPRD atau 25% suara sah | UU 10/2016 Pasal 40 ayat (1)
>>> dispute_max_gap(RegionLevel.PROVINSI, 41_000_000, 20_732_592)  # Jawa Timur 2024
103663

The ``level`` argument is a :class:`~pilkada.RegionLevel` (``KABUPATEN`` and ``KOTA`` share the
kabupaten/kota table) or, where that reads better, the :class:`~pilkada.ElectionKind` the region
holds (``GUBERNUR`` is ``PROVINSI``). Every function accepts both, and the name or value of
either in any case (``"provinsi"``, ``"wali kota"``); days may be ISO strings.

>>> party_nomination_threshold("provinsi", 2_000_001, on="2024-08-20").describe("en")
'at least 8.5% of the valid votes (DPT more than 2,000,000 up to 6,000,000)'

The package, by sub-concept: :mod:`~pilkada.candidacy.data` (the dated tables, listed by
:func:`threshold_versions`), :mod:`~pilkada.candidacy.nomination` (parties and coalitions),
:mod:`~pilkada.candidacy.independent` (independent candidates), :mod:`~pilkada.candidacy.age`
and :mod:`~pilkada.candidacy.dispute` (Pasal 157-158), :mod:`~pilkada.candidacy.aftermath`
(when a result is final and its winners take office).
"""

from __future__ import annotations

from pilkada.candidacy.aftermath import MkCase, ResultStep, ResultTimeline, result_timeline
from pilkada.candidacy.age import AgeCheck, check_candidate_age, minimum_age
from pilkada.candidacy.common import Level as Level
from pilkada.candidacy.data import Bracket, threshold_versions
from pilkada.candidacy.dispute import FILING_BASIS as FILING_BASIS
from pilkada.candidacy.dispute import FILING_WORKING_DAYS as FILING_WORKING_DAYS
from pilkada.candidacy.dispute import GAP_ROUNDING_CERTAINTY as GAP_ROUNDING_CERTAINTY
from pilkada.candidacy.dispute import (
    DisputeCheck,
    DisputeThreshold,
    check_dispute,
    dispute_filing_deadline,
    dispute_max_gap,
    dispute_threshold,
)
from pilkada.candidacy.independent import (
    IndependentSupport,
    IndependentSupportCheck,
    check_independent_support,
    independent_support_required,
)
from pilkada.candidacy.nomination import (
    NominationCheck,
    NominationThreshold,
    check_nomination,
    party_nomination_threshold,
)

__all__ = [
    "AgeCheck",
    "Bracket",
    "DisputeCheck",
    "DisputeThreshold",
    "IndependentSupport",
    "IndependentSupportCheck",
    "MkCase",
    "NominationCheck",
    "NominationThreshold",
    "ResultStep",
    "ResultTimeline",
    "check_candidate_age",
    "check_dispute",
    "check_independent_support",
    "check_nomination",
    "dispute_filing_deadline",
    "dispute_max_gap",
    "dispute_threshold",
    "independent_support_required",
    "minimum_age",
    "party_nomination_threshold",
    "result_timeline",
    "threshold_versions",
]
