"""The stages (tahapan) of a Pilkada, in legal order, and their sub-steps.

UU 1/2015 Pasal 5, as amended by UU 8/2015, splits a Pemilihan into two phases: eight
*tahapan persiapan* (ayat 2, huruf a–h) and ten *tahapan penyelenggaraan* (ayat 3, huruf a–j).
PKPU 2/2024 follows that list and schedules three stages more: the support requirements for
independent candidates, the ballot-number draw and the masa tenang (which PKPU 13/2024
sets). :class:`Stage` has all 21 in that order; ``Stage.statutory`` tells the 18 of the Act
from the rest.

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
"""

from __future__ import annotations

import enum

import attrs

from pilkada.i18n import lang_of
from pilkada.law import LegalBasis
from pilkada.sources import PKPU_2_2024, PKPU_13_2024, UU_1_2015, UU_8_2015

__all__ = ["ORDER", "PKPU_2_2024_LAMPIRAN", "Event", "Phase", "Stage", "Step"]


class _Labelled:
    """Gives an enum with ``name_id`` and ``name_en`` a ``label(locale)``."""

    @property
    def name_id(self) -> str:
        """The Indonesian name."""
        raise NotImplementedError

    @property
    def name_en(self) -> str:
        """The English name."""
        raise NotImplementedError

    def label(self, locale: str = "id") -> str:
        """The name in the language of ``locale`` (``"id"``, ``"en"``, ``"id_ID"`` ...)."""
        return self.name_en if lang_of(locale) == "en" else self.name_id


class Phase(enum.Enum):
    """The two phases of a Pemilihan (UU 1/2015 Pasal 5 ayat (1))."""

    PERSIAPAN = "persiapan"
    PENYELENGGARAAN = "penyelenggaraan"

    @property
    def name_id(self) -> str:
        """``'Tahapan persiapan'`` / ``'Tahapan penyelenggaraan'``."""
        return f"Tahapan {self.value}"

    @property
    def name_en(self) -> str:
        """``'Preparation'`` / ``'Conduct'``."""
        return "Preparation" if self is Phase.PERSIAPAN else "Conduct"


@attrs.frozen
class _Info:
    name_id: str
    name_en: str
    phase: Phase
    basis: LegalBasis
    statutory: bool


#: The schedule annex of PKPU 2/2024, the basis of the stages it adds to the Act's list.
PKPU_2_2024_LAMPIRAN = PKPU_2_2024.provision(lampiran=True)


def _act(ayat: str, huruf: str) -> LegalBasis:
    provision = UU_1_2015.provision(pasal="5", ayat=ayat, huruf=huruf)
    return attrs.evolve(provision, amended_by=(UU_8_2015,))


class Stage(_Labelled, enum.Enum):
    """A stage (tahapan) of a Pilkada. Members are in legal order.

    Each has ``name_id``, ``name_en``, ``phase``, ``basis`` (its :class:`LegalBasis`) and
    ``statutory`` (one of the 18 stages of UU 1/2015 Pasal 5).
    """

    PERENCANAAN_PROGRAM_DAN_ANGGARAN = enum.auto()
    PENYUSUNAN_PERATURAN = enum.auto()
    PERENCANAAN_PENYELENGGARAAN = enum.auto()
    PEMBENTUKAN_PPK_PPS_KPPS = enum.auto()
    PEMBENTUKAN_PANWAS = enum.auto()
    PENDAFTARAN_PEMANTAU = enum.auto()
    PENYERAHAN_DP4 = enum.auto()
    PEMUTAKHIRAN_DAFTAR_PEMILIH = enum.auto()
    DUKUNGAN_PERSEORANGAN = enum.auto()
    PENGUMUMAN_PENDAFTARAN = enum.auto()
    PENDAFTARAN_PASLON = enum.auto()
    PENELITIAN_PERSYARATAN = enum.auto()
    PENETAPAN_PASLON = enum.auto()
    PENGUNDIAN_NOMOR_URUT = enum.auto()
    KAMPANYE = enum.auto()
    MASA_TENANG = enum.auto()
    PEMUNGUTAN_SUARA = enum.auto()
    PENGHITUNGAN_DAN_REKAPITULASI = enum.auto()
    PENETAPAN_CALON_TERPILIH = enum.auto()
    PENYELESAIAN_PELANGGARAN_DAN_SENGKETA = enum.auto()
    PENGUSULAN_PENGANGKATAN = enum.auto()

    @property
    def name_id(self) -> str:
        """The Indonesian name, as the law and PKPU 2/2024 write it."""
        return _STAGES[self].name_id

    @property
    def name_en(self) -> str:
        """An English name."""
        return _STAGES[self].name_en

    @property
    def phase(self) -> Phase:
        """The phase the stage belongs to."""
        return _STAGES[self].phase

    @property
    def basis(self) -> LegalBasis:
        """Where the stage is set out: UU 1/2015 Pasal 5, or PKPU 2/2024 for its own rows."""
        return _STAGES[self].basis

    @property
    def statutory(self) -> bool:
        """Whether the stage is one of the 18 listed in UU 1/2015 Pasal 5 ayat (2) and (3)."""
        return _STAGES[self].statutory


_P, _S = Phase.PERSIAPAN, Phase.PENYELENGGARAAN
_STAGES: dict[Stage, _Info] = {
    Stage.PERENCANAAN_PROGRAM_DAN_ANGGARAN: _Info(
        "Perencanaan program dan anggaran",
        "Programme and budget planning",
        _P,
        _act("2", "a"),
        True,
    ),
    Stage.PENYUSUNAN_PERATURAN: _Info(
        "Penyusunan peraturan penyelenggaraan Pemilihan",
        "Drafting the election regulations",
        _P,
        _act("2", "b"),
        True,
    ),
    Stage.PERENCANAAN_PENYELENGGARAAN: _Info(
        "Perencanaan penyelenggaraan (penetapan tata cara dan jadwal tahapan)",
        "Planning the election (procedures and schedule of stages)",
        _P,
        _act("2", "c"),
        True,
    ),
    Stage.PEMBENTUKAN_PPK_PPS_KPPS: _Info(
        "Pembentukan PPK, PPS, dan KPPS",
        "Forming the PPK, PPS and KPPS",
        _P,
        _act("2", "d"),
        True,
    ),
    Stage.PEMBENTUKAN_PANWAS: _Info(
        "Pembentukan Panwaslu Kecamatan, Panwaslu Kelurahan/Desa, dan Pengawas TPS",
        "Forming the subdistrict, village and polling-station supervisors",
        _P,
        _act("2", "e"),
        True,
    ),
    Stage.PENDAFTARAN_PEMANTAU: _Info(
        "Pemberitahuan dan pendaftaran pemantau Pemilihan",
        "Notification and registration of election observers",
        _P,
        _act("2", "f"),
        True,
    ),
    Stage.PENYERAHAN_DP4: _Info(
        "Penyerahan daftar penduduk potensial pemilih (DP4)",
        "Handover of the list of potential voters (DP4)",
        _P,
        _act("2", "g"),
        True,
    ),
    Stage.PEMUTAKHIRAN_DAFTAR_PEMILIH: _Info(
        "Pemutakhiran dan penyusunan daftar pemilih",
        "Updating and compiling the voter list",
        _P,
        _act("2", "h"),
        True,
    ),
    Stage.DUKUNGAN_PERSEORANGAN: _Info(
        "Pemenuhan persyaratan dukungan pasangan calon perseorangan",
        "Meeting the support requirements for independent candidate pairs",
        _S,
        PKPU_2_2024_LAMPIRAN,
        False,
    ),
    Stage.PENGUMUMAN_PENDAFTARAN: _Info(
        "Pengumuman pendaftaran pasangan calon",
        "Announcement of candidate registration",
        _S,
        _act("3", "a"),
        True,
    ),
    Stage.PENDAFTARAN_PASLON: _Info(
        "Pendaftaran pasangan calon", "Registration of candidate pairs", _S, _act("3", "b"), True
    ),
    Stage.PENELITIAN_PERSYARATAN: _Info(
        "Penelitian persyaratan calon",
        "Verification of candidate requirements",
        _S,
        _act("3", "c"),
        True,
    ),
    Stage.PENETAPAN_PASLON: _Info(
        "Penetapan pasangan calon", "Determination of candidate pairs", _S, _act("3", "d"), True
    ),
    # The reproductions of the PKPU 2/2024 schedule list the draw; the article ordering it was
    # not found (checked 2026-12-02), so the schedule is cited, not a row of its Lampiran.
    Stage.PENGUNDIAN_NOMOR_URUT: _Info(
        "Pengundian dan pengumuman nomor urut pasangan calon",
        "Drawing and announcing the ballot numbers",
        _S,
        PKPU_2_2024,
        False,
    ),
    Stage.KAMPANYE: _Info("Pelaksanaan kampanye", "Campaign", _S, _act("3", "e"), True),
    # PKPU 13/2024 (Kampanye) sets the three quiet days (checked 2026-12-02: detik, Tribun,
    # CNN Indonesia); the PKPU 2/2024 schedule only dates them.
    Stage.MASA_TENANG: _Info("Masa tenang", "Quiet period (masa tenang)", _S, PKPU_13_2024, False),
    Stage.PEMUNGUTAN_SUARA: _Info(
        "Pelaksanaan pemungutan suara", "Voting", _S, _act("3", "f"), True
    ),
    Stage.PENGHITUNGAN_DAN_REKAPITULASI: _Info(
        "Penghitungan suara dan rekapitulasi hasil penghitungan suara",
        "Counting and tabulation of the votes",
        _S,
        _act("3", "g"),
        True,
    ),
    Stage.PENETAPAN_CALON_TERPILIH: _Info(
        "Penetapan calon terpilih", "Declaring the elected pair", _S, _act("3", "h"), True
    ),
    Stage.PENYELESAIAN_PELANGGARAN_DAN_SENGKETA: _Info(
        "Penyelesaian pelanggaran dan sengketa hasil Pemilihan",
        "Settling violations and result disputes",
        _S,
        _act("3", "i"),
        True,
    ),
    Stage.PENGUSULAN_PENGANGKATAN: _Info(
        "Pengusulan pengesahan pengangkatan calon terpilih",
        "Proposing the confirmation and appointment of the elected pair",
        _S,
        _act("3", "j"),
        True,
    ),
}


@attrs.frozen
class _StepInfo:
    name_id: str
    name_en: str
    stage: Stage


class Step(_Labelled, enum.Enum):
    """A sub-step (kegiatan) that KPU or Bawaslu schedules inside a :class:`Stage`.

    ``step.stage`` is the stage it belongs to. Formation and dissolution of an ad hoc body are
    separate steps, because the law sets a deadline for each.
    """

    PEMBENTUKAN_PPK = enum.auto()
    PEMBENTUKAN_PPS = enum.auto()
    PEMBENTUKAN_KPPS = enum.auto()
    MASA_KERJA_KPPS = enum.auto()
    PEMBUBARAN_PPK = enum.auto()
    PEMBUBARAN_PPS = enum.auto()
    PEMBENTUKAN_PENGAWAS_TPS = enum.auto()
    PEMBUBARAN_PENGAWAS_TPS = enum.auto()
    COKLIT = enum.auto()
    PENGUMUMAN_DPS = enum.auto()
    PENETAPAN_DPT = enum.auto()
    REKAPITULASI_DPT_PROVINSI = enum.auto()
    KAMPANYE_MEDIA_MASSA = enum.auto()
    REKAPITULASI_KABUPATEN_KOTA = enum.auto()
    REKAPITULASI_PROVINSI = enum.auto()
    PENETAPAN_HASIL_KABUPATEN_KOTA = enum.auto()
    PENETAPAN_HASIL_PROVINSI = enum.auto()

    @property
    def name_id(self) -> str:
        """The Indonesian name."""
        return _STEPS[self].name_id

    @property
    def name_en(self) -> str:
        """An English name."""
        return _STEPS[self].name_en

    @property
    def stage(self) -> Stage:
        """The stage this step belongs to."""
        return _STEPS[self].stage

    @property
    def phase(self) -> Phase:
        """The phase of the step's stage."""
        return self.stage.phase


_BODIES = Stage.PEMBENTUKAN_PPK_PPS_KPPS
_STEPS: dict[Step, _StepInfo] = {
    Step.PEMBENTUKAN_PPK: _StepInfo("Pembentukan PPK", "Forming the PPK", _BODIES),
    Step.PEMBENTUKAN_PPS: _StepInfo("Pembentukan PPS", "Forming the PPS", _BODIES),
    Step.PEMBENTUKAN_KPPS: _StepInfo("Pembentukan KPPS", "Forming the KPPS", _BODIES),
    Step.MASA_KERJA_KPPS: _StepInfo("Masa kerja KPPS", "KPPS term of office", _BODIES),
    Step.PEMBUBARAN_PPK: _StepInfo("Pembubaran PPK", "Dissolving the PPK", _BODIES),
    Step.PEMBUBARAN_PPS: _StepInfo("Pembubaran PPS", "Dissolving the PPS", _BODIES),
    Step.PEMBENTUKAN_PENGAWAS_TPS: _StepInfo(
        "Pembentukan Pengawas TPS",
        "Forming the polling-station supervisors",
        Stage.PEMBENTUKAN_PANWAS,
    ),
    Step.PEMBUBARAN_PENGAWAS_TPS: _StepInfo(
        "Pembubaran Pengawas TPS",
        "Dissolving the polling-station supervisors",
        Stage.PEMBENTUKAN_PANWAS,
    ),
    Step.COKLIT: _StepInfo(
        "Pencocokan dan penelitian (coklit) oleh Pantarlih",
        "Door-to-door voter verification (coklit) by Pantarlih",
        Stage.PEMUTAKHIRAN_DAFTAR_PEMILIH,
    ),
    Step.PENGUMUMAN_DPS: _StepInfo(
        "Pengumuman daftar pemilih sementara (DPS)",
        "Publishing the provisional voter list (DPS)",
        Stage.PEMUTAKHIRAN_DAFTAR_PEMILIH,
    ),
    Step.PENETAPAN_DPT: _StepInfo(
        "Penetapan daftar pemilih tetap (DPT) oleh KPU kabupaten/kota",
        "Final voter list (DPT) set by the KPU kabupaten/kota",
        Stage.PEMUTAKHIRAN_DAFTAR_PEMILIH,
    ),
    Step.REKAPITULASI_DPT_PROVINSI: _StepInfo(
        "Rekapitulasi DPT oleh KPU provinsi",
        "Provincial tabulation of the DPT",
        Stage.PEMUTAKHIRAN_DAFTAR_PEMILIH,
    ),
    Step.KAMPANYE_MEDIA_MASSA: _StepInfo(
        "Iklan kampanye di media massa cetak dan elektronik",
        "Campaign advertising in print and broadcast media",
        Stage.KAMPANYE,
    ),
    Step.REKAPITULASI_KABUPATEN_KOTA: _StepInfo(
        "Rekapitulasi hasil penghitungan suara di KPU kabupaten/kota",
        "Tabulation of results at the KPU kabupaten/kota",
        Stage.PENGHITUNGAN_DAN_REKAPITULASI,
    ),
    Step.REKAPITULASI_PROVINSI: _StepInfo(
        "Rekapitulasi hasil penghitungan suara di KPU provinsi",
        "Tabulation of results at the KPU provinsi",
        Stage.PENGHITUNGAN_DAN_REKAPITULASI,
    ),
    Step.PENETAPAN_HASIL_KABUPATEN_KOTA: _StepInfo(
        "Penetapan hasil Pemilihan bupati/wali kota",
        "Declaration of the regency/city results",
        Stage.PENGHITUNGAN_DAN_REKAPITULASI,
    ),
    Step.PENETAPAN_HASIL_PROVINSI: _StepInfo(
        "Penetapan hasil Pemilihan gubernur",
        "Declaration of the provincial results",
        Stage.PENGHITUNGAN_DAN_REKAPITULASI,
    ),
}


class Event(_Labelled, enum.Enum):
    """Outside events that later stages are counted from."""

    MK_NOTIFICATION = enum.auto()
    MK_DECISION_RECEIVED = enum.auto()

    @property
    def name_id(self) -> str:
        """The Indonesian description."""
        return _EVENTS[self][0]

    @property
    def name_en(self) -> str:
        """The English description."""
        return _EVENTS[self][1]


_EVENTS: dict[Event, tuple[str, str]] = {
    Event.MK_NOTIFICATION: (
        "pemberitahuan Mahkamah Konstitusi kepada KPU tentang permohonan yang tercatat dalam BRPK",
        "the Constitutional Court's notice to KPU of the petitions in its case register (BRPK)",
    ),
    Event.MK_DECISION_RECEIVED: (
        "diterimanya penetapan, putusan dismissal, atau putusan Mahkamah Konstitusi oleh KPU",
        "KPU's receipt of the Constitutional Court's ruling",
    ),
}


#: Every key a schedule can hold, in schedule order: each stage followed by its steps.
def _order() -> tuple[Stage | Step, ...]:
    keys: list[Stage | Step] = []
    for stage in Stage:
        keys.append(stage)
        keys.extend(step for step in Step if step.stage is stage)
    return tuple(keys)


ORDER = _order()
