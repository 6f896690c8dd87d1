"""The kinds of ad hoc body: who forms them, their size, level, minimum age and legal basis.

>>> AdhocBodyKind.PPK.members, AdhocBodyKind.KPPS.members, AdhocBodyKind.PKD.members
(5, 7, 1)
>>> AdhocBodyKind.PANTARLIH.members_for(voters=401)
2
>>> tps_needed(601)
2
"""

from __future__ import annotations

import enum
import math
from fractions import Fraction
from typing import Final

import attrs

from pilkada import sources
from pilkada.boundary import as_count
from pilkada.errors import PilkadaValueError
from pilkada.i18n import DEFAULT_LOCALE
from pilkada.law import Certainty, LegalBasis
from pilkada.regions import AreaLevel
from pilkada.rules import (
    KPPS_DIBENTUK,
    KPPS_DIBUBARKAN,
    PENGAWAS_TPS_DIBENTUK,
    PENGAWAS_TPS_DIBUBARKAN,
    PKPU_8_2022,
    PPK_DIBENTUK,
    PPK_DIBUBARKAN,
    PPS_DIBENTUK,
    PPS_DIBUBARKAN,
    NoLaterThan,
)

__all__ = [
    "BAWASLU_REQUIREMENTS",
    "KINDS",
    "KPU_REQUIREMENTS",
    "MAX_VOTERS_PER_TPS",
    "MAX_VOTERS_PER_TPS_BASIS",
    "MAX_VOTERS_PER_TPS_CERTAINTY",
    "PANTARLIH_BASIS",
    "PANTARLIH_CERTAINTY",
    "PANTARLIH_DOUBLE_ABOVE",
    "STATUTORY_MAX_VOTERS_PER_TPS",
    "STATUTORY_MAX_VOTERS_PER_TPS_BASIS",
    "AdhocBodyKind",
    "KindInfo",
    "Organiser",
    "tps_needed",
]

#: The most voters one TPS may serve in the 2024 Pilkada: the KPU's rule, and the one that
#: applies (it is within the statute's ceiling, :data:`STATUTORY_MAX_VOTERS_PER_TPS`). KPU chair
#: Hasyim Asy'ari to Komisi II DPR, 15 May 2024 (nasional.sindonews.com 1377133), and
#: commissioner Idham Holik, 23 April 2024 (news.okezone.com 2999772; suara.com), checked
#: 2026-12-02. The value is official; the regulation's number is recalled, so the basis is
#: :data:`MAX_VOTERS_PER_TPS_CERTAINTY` provisional.
MAX_VOTERS_PER_TPS: Final = 600
MAX_VOTERS_PER_TPS_BASIS: Final = sources.PKPU_7_2024
MAX_VOTERS_PER_TPS_CERTAINTY: Final = Certainty.PROVISIONAL
#: The statute's ceiling: "maksimal jumlah pemilih dalam satu TPS itu ada 800" under the
#: Pilkada law, as the KPU stated it (same sources); the article was not retrieved. It does
#: not apply where the KPU's lower limit does (the 2024 Pilkada: 600).
STATUTORY_MAX_VOTERS_PER_TPS: Final = 800
STATUTORY_MAX_VOTERS_PER_TPS_BASIS: Final = sources.UU_10_2016.provision(checked=sources.CHECKED)
#: A TPS with more voters than this gets two Pantarlih: KPU policy for the 2024 Pilkada, as
#: KPU Kabupaten Malang (timesindonesia.co.id 498327, 7 June 2024: 318 TPS with one, 3,642
#: with two) and KPU DKI (metrokota.com) applied it; checked 2026-12-02. The KPU decision that
#: sets it was not retrieved: cited to the ad hoc guide Keputusan KPU 475/2024, provisional.
PANTARLIH_DOUBLE_ABOVE: Final = 400
PANTARLIH_BASIS: Final = sources.KEPUTUSAN_KPU_475_2024.provision(checked=sources.CHECKED)
PANTARLIH_CERTAINTY: Final = Certainty.PROVISIONAL


class Organiser(enum.Enum):
    """Which election body forms the ad hoc body."""

    KPU = "KPU"
    BAWASLU = "Bawaslu"


# -- the kinds ---------------------------------------------------------------------------------

#: PKPU 8/2022 Pasal 35: the requirements for PPK, PPS and KPPS members (as reproduced in
#: Keputusan KPU 1669/2023 and by KPU offices; shared/domain.md §2a).
KPU_REQUIREMENTS: Final = attrs.evolve(PKPU_8_2022, pasal="35")
#: Perbawaslu 19/2017 as last amended by Perbawaslu 17/2023, with the 2024 Pilkada
#: announcements (Bawaslu Jateng for PKD, Bawaslu DKI for Pengawas TPS).
BAWASLU_REQUIREMENTS: Final = sources.PERBAWASLU_19_2017


@attrs.frozen
class KindInfo:
    """What the law sets for one kind of body (read through :class:`AdhocBodyKind`)."""

    name_id: str
    name_en: str
    organiser: Organiser
    level: AreaLevel
    members: int
    formed_by: str
    basis: LegalBasis
    min_age: int
    age_certainty: Certainty
    domicile: AreaLevel
    formation: NoLaterThan | None
    dissolution: NoLaterThan | None
    window_note: str


class AdhocBodyKind(enum.Enum):
    """A kind of ad hoc body, with its size, level, organiser, rules and legal basis."""

    PPK = enum.auto()
    PPS = enum.auto()
    KPPS = enum.auto()
    PANTARLIH = enum.auto()
    PANWASLU_KECAMATAN = enum.auto()
    PKD = enum.auto()
    PENGAWAS_TPS = enum.auto()

    @property
    def _info(self) -> KindInfo:
        return KINDS[self]

    @property
    def name_id(self) -> str:
        """The full Indonesian name."""
        return self._info.name_id

    @property
    def name_en(self) -> str:
        """An English name."""
        return self._info.name_en

    @property
    def organiser(self) -> Organiser:
        """KPU or Bawaslu."""
        return self._info.organiser

    @property
    def level(self) -> AreaLevel:
        """The area one body serves."""
        return self._info.level

    @property
    def members(self) -> int:
        """Members of one body (Pantarlih: per TPS of up to 400 voters; see members_for)."""
        return self._info.members

    @property
    def formed_by(self) -> str:
        """Who forms it."""
        return self._info.formed_by

    @property
    def basis(self) -> LegalBasis:
        """Where its size and formation are set."""
        return self._info.basis

    @property
    def min_age(self) -> int:
        """The minimum age of a member, on the day that counts."""
        return self._info.min_age

    def members_for(self, *, voters: int | None = None) -> int:
        """Members of one body; Pantarlih are 2 where the TPS has more than 400 voters."""
        if self is not AdhocBodyKind.PANTARLIH or voters is None:
            return self.members
        as_count("voters", voters)
        return 2 if voters > PANTARLIH_DOUBLE_ABOVE else 1

    def label(self, locale: str = DEFAULT_LOCALE) -> str:
        """The short name: ``PPK``, ``Panwaslu Kecamatan``, ``Pengawas TPS``."""
        return _SHORT[self]


_SHORT: Final = {
    AdhocBodyKind.PPK: "PPK",
    AdhocBodyKind.PPS: "PPS",
    AdhocBodyKind.KPPS: "KPPS",
    AdhocBodyKind.PANTARLIH: "Pantarlih",
    AdhocBodyKind.PANWASLU_KECAMATAN: "Panwaslu Kecamatan",
    AdhocBodyKind.PKD: "PKD",
    AdhocBodyKind.PENGAWAS_TPS: "Pengawas TPS",
}
#: The facts of each kind of body; other modules of the package read them here.
KINDS: Final[dict[AdhocBodyKind, KindInfo]] = {
    AdhocBodyKind.PPK: KindInfo(
        "Panitia Pemilihan Kecamatan",
        "Subdistrict Election Committee",
        Organiser.KPU,
        AreaLevel.KECAMATAN,
        5,
        "KPU Kabupaten/Kota",
        PKPU_8_2022,
        17,
        Certainty.OFFICIAL,
        AreaLevel.KECAMATAN,
        PPK_DIBENTUK,
        PPK_DIBUBARKAN,
        "",
    ),
    AdhocBodyKind.PPS: KindInfo(
        "Panitia Pemungutan Suara",
        "Village Voting Committee",
        Organiser.KPU,
        AreaLevel.DESA,
        3,
        "KPU Kabupaten/Kota",
        PKPU_8_2022,
        17,
        Certainty.OFFICIAL,
        AreaLevel.DESA,
        PPS_DIBENTUK,
        PPS_DIBUBARKAN,
        "",
    ),
    AdhocBodyKind.KPPS: KindInfo(
        "Kelompok Penyelenggara Pemungutan Suara",
        "Polling Station Working Committee",
        Organiser.KPU,
        AreaLevel.TPS,
        7,
        "PPS atas nama KPU Kabupaten/Kota",
        PKPU_8_2022,
        17,
        Certainty.OFFICIAL,
        AreaLevel.DESA,
        KPPS_DIBENTUK,
        KPPS_DIBUBARKAN,
        "Provisional: the window (formed no later than 14 days before voting, dissolved no "
        "later than 1 month after) is recalled from one weak source; both real terms fit it "
        "(2024: 7 November-8 December).",
    ),
    AdhocBodyKind.PANTARLIH: KindInfo(
        "Petugas Pemutakhiran Data Pemilih",
        "Voter Data Update Officer",
        Organiser.KPU,
        AreaLevel.TPS,
        1,
        "PPS",
        PKPU_8_2022,
        17,
        Certainty.OFFICIAL,
        AreaLevel.DESA,
        None,
        None,
        "Formed by the PPS before the coklit (24 June-24 July 2024); no statutory day.",
    ),
    AdhocBodyKind.PANWASLU_KECAMATAN: KindInfo(
        "Panitia Pengawas Pemilihan Kecamatan",
        "Subdistrict Election Supervisory Committee",
        Organiser.BAWASLU,
        AreaLevel.KECAMATAN,
        3,
        "Bawaslu Kabupaten/Kota",
        BAWASLU_REQUIREMENTS,
        25,
        Certainty.PROVISIONAL,  # 25 is the Pemilu 2024 rule; not confirmed for the Pilkada
        AreaLevel.KECAMATAN,
        None,
        None,
        "UU 1/2015 Pasal 25 ayat (1): formed 1 month before the first stage of the election "
        "is conducted and ends no later than 2 months after all stages; which stage counts as "
        "the first is not settled, so no day is computed.",
    ),
    AdhocBodyKind.PKD: KindInfo(
        "Panitia Pengawas Pemilihan Kelurahan/Desa",
        "Village Election Supervisor",
        Organiser.BAWASLU,
        AreaLevel.DESA,
        1,
        "Panwaslu Kecamatan",
        BAWASLU_REQUIREMENTS,
        21,
        Certainty.OFFICIAL,  # Bawaslu Jateng, Pilkada 2024 recruitment (radioidola.com)
        AreaLevel.KECAMATAN,
        None,
        None,
        "UU 1/2015 Pasal 26 ayat (1): as the Panwaslu Kecamatan; no day is computed.",
    ),
    AdhocBodyKind.PENGAWAS_TPS: KindInfo(
        "Pengawas Tempat Pemungutan Suara",
        "Polling Station Supervisor",
        Organiser.BAWASLU,
        AreaLevel.TPS,
        1,
        "Panwaslu Kecamatan",
        BAWASLU_REQUIREMENTS,
        21,
        Certainty.OFFICIAL,  # Bawaslu DKI, Pilkada 2024 recruitment (medialampung.disway.id)
        # Bawaslu RI: "berdomisili di kabupaten/kota" of the TPS (bawaslu.go.id, 2024; V-prim).
        # One 2024 announcement (medialampung) says the kecamatan; the wider Bawaslu RI rule
        # is applied, so nobody Bawaslu would accept is refused.
        AreaLevel.KABUPATEN_KOTA,
        PENGAWAS_TPS_DIBENTUK,
        PENGAWAS_TPS_DIBUBARKAN,
        "",
    ),
}


def tps_needed(voters: int, *, max_per_tps: int = MAX_VOTERS_PER_TPS) -> int:
    """TPS needed for ``voters``: at most 600 voters a TPS in the 2024 Pilkada (600 -> 1).

    KPU's ceiling (rumahpemilu.org, KPU member Betty Idroos; Pemilu 2024 had 300).
    """
    as_count("voters", voters)
    as_count("max_per_tps", max_per_tps)
    if max_per_tps == 0:
        raise PilkadaValueError("max_per_tps", 0, "a TPS of 0 voters", "a ceiling above 0")
    return math.ceil(Fraction(voters, max_per_tps))
