"""The date rules of the Pilkada laws, and the :data:`DEFAULT_RULES` that ``validate`` applies.

Each rule cites a provision of an instrument defined once in :mod:`pilkada.sources`.
"""

from __future__ import annotations

import attrs

from pilkada.law import Certainty, LegalBasis
from pilkada.schedule.rules import Aligned, Edge, NoLaterThan, Precedes, WithinStage
from pilkada.schedule.stages import PKPU_2_2024_LAMPIRAN, Stage, Step
from pilkada.sources import PKPU_8_2022, PKPU_13_2024, UU_1_2015, UU_7_2017, UU_8_2015

__all__ = ["DEFAULT_RULES", "PEMILU_TAHAPAN_20_BULAN", "PKPU_8_2022", "PKPU_13_2024"]

# -- the rules of the Pilkada laws -----------------------------------------------------------

UU_1_2015_PASAL_5_AYAT_3 = attrs.evolve(
    UU_1_2015.provision(pasal="5", ayat="3"), amended_by=(UU_8_2015,)
)
UU_1_2015_PASAL_5_AYAT_2 = attrs.evolve(
    UU_1_2015.provision(pasal="5", ayat="2"), amended_by=(UU_8_2015,)
)
#: PKPU 13/2024 (Kampanye Pemilihan). The campaign window (3 days after penetapan pasangan
#: calon until the masa tenang), the 3-day masa tenang and the 14-day mass-media window
#: (10-23 November 2024) are reported from it; checked 2026-12-02 against detik (newsmeter,
#: layarlensa), Bawaslu and KPU Lampung (tribratanews, pembaruan.id, mediapublika), Tribun and
#: CNN Indonesia, which agree. The article numbers were not retrieved.
#: PKPU 8/2022 (badan ad hoc) applies the same 6-month / 2-month rule to the PPK. The statutory
#: PPK article of UU 1/2015 was not retrieved, so the rule cites the PKPU.
#: PKPU 8/2022 Pasal 15: "PPS dibentuk paling lambat enam bulan sebelum penyelenggaraan
#: pemilihan ... pembubarannya dilakukan maksimal dua bulan setelah pelaksanaan pemilihan" (KPU
#: Sukoharjo, harianmerapi.com 4012671154). The original UU 1/2015 (Perpu 1/2014) Pasal 18
#: ayat (3) reads "PPS dibentuk ... 6 (enam) bulan sebelum pemungutan suara dan dibubarkan
#: paling lambat 2 (dua) bulan setelah pemungutan suara" (id.wikisource.org Perpu_1_2014.pdf/19).
PKPU_8_2022_PASAL_15 = PKPU_8_2022.provision(pasal="15")
#: UU 1/2015 (Perpu 1/2014) Pasal 27 ayat (2): "Pengawas TPS dibentuk 23 (dua puluh tiga) hari
#: sebelum hari pemungutan suara Pemilihan dan dibubarkan 7 (tujuh) hari setelah hari
#: pemungutan suara Pemilihan" (id.wikisource.org Perpu_1_2014.pdf/24).
UU_1_2015_PASAL_27_AYAT_2 = UU_1_2015.provision(pasal="27", ayat="2")
#: UU 7/2017 Pasal 167 ayat (6): Pemilu stages start no later than 20 months before voting.
UU_7_2017_PASAL_167_AYAT_6 = UU_7_2017.provision(pasal="167", ayat="6")

# The campaign rules are anchored on voting day, like the masa tenang they border, so one
# misplaced date is one violation and does not drag the rules that border it along.
_CAMPAIGN = (
    Aligned(
        code="KAMPANYE_MULAI",
        key=Stage.KAMPANYE,
        edge=Edge.START,
        anchor=Stage.PENETAPAN_PASLON,
        days=3,
        requirement_id="dimulai 3 hari setelah penetapan pasangan calon",
        requirement_en="start 3 days after the candidate pairs are determined",
        basis=PKPU_13_2024,
    ),
    Aligned(
        code="KAMPANYE_SELESAI",
        key=Stage.KAMPANYE,
        edge=Edge.END,
        anchor=None,
        days=-4,
        requirement_id="berakhir sehari sebelum masa tenang dimulai",
        requirement_en="end the day before the masa tenang begins",
        basis=PKPU_13_2024,
    ),
    Aligned(
        code="MASA_TENANG_MULAI",
        key=Stage.MASA_TENANG,
        edge=Edge.START,
        anchor=None,
        days=-3,
        requirement_id="dimulai 3 hari sebelum hari pemungutan suara",
        requirement_en="begin 3 days before voting day",
        basis=PKPU_13_2024,
    ),
    Aligned(
        code="MASA_TENANG_SELESAI",
        key=Stage.MASA_TENANG,
        edge=Edge.END,
        anchor=None,
        days=-1,
        requirement_id="berakhir sehari sebelum hari pemungutan suara",
        requirement_en="end the day before voting day",
        basis=PKPU_13_2024,
    ),
    Aligned(
        code="IKLAN_MEDIA_MASSA_MULAI",
        key=Step.KAMPANYE_MEDIA_MASSA,
        edge=Edge.START,
        anchor=None,
        days=-17,
        requirement_id="dimulai 14 hari sebelum masa tenang",
        requirement_en="start 14 days before the masa tenang",
        basis=PKPU_13_2024,
    ),
    Aligned(
        code="IKLAN_MEDIA_MASSA_SELESAI",
        key=Step.KAMPANYE_MEDIA_MASSA,
        edge=Edge.END,
        anchor=None,
        days=-4,
        requirement_id="berakhir sehari sebelum masa tenang",
        requirement_en="end the day before the masa tenang",
        basis=PKPU_13_2024,
    ),
)

_VOTING = (
    Aligned(
        code="PEMUNGUTAN_SUARA_MULAI",
        key=Stage.PEMUNGUTAN_SUARA,
        edge=Edge.START,
        anchor=None,
        days=0,
        requirement_id="dilaksanakan pada hari pemungutan suara",
        requirement_en="take place on voting day",
        basis=PKPU_2_2024_LAMPIRAN,
    ),
    Aligned(
        code="PEMUNGUTAN_SUARA_SATU_HARI",
        key=Stage.PEMUNGUTAN_SUARA,
        edge=Edge.END,
        anchor=None,
        days=0,
        requirement_id="selesai pada hari yang sama (pemungutan suara satu hari)",
        requirement_en="end the same day (voting takes one day)",
        basis=PKPU_2_2024_LAMPIRAN,
    ),
    Aligned(
        code="PENGHITUNGAN_MULAI",
        key=Stage.PENGHITUNGAN_DAN_REKAPITULASI,
        edge=Edge.START,
        anchor=None,
        days=0,
        requirement_id="dimulai pada hari pemungutan suara",
        requirement_en="start on voting day",
        basis=PKPU_2_2024_LAMPIRAN,
    ),
)

PPK_DIBENTUK = NoLaterThan(
    code="PPK_DIBENTUK",
    key=Step.PEMBENTUKAN_PPK,
    months=-6,
    requirement_id="dibentuk paling lambat 6 bulan sebelum hari pemungutan suara",
    requirement_en="be formed no later than 6 months before voting day",
    basis=PKPU_8_2022,
)

PPK_DIBUBARKAN = NoLaterThan(
    code="PPK_DIBUBARKAN",
    key=Step.PEMBUBARAN_PPK,
    months=2,
    earliest_months=0,
    earliest_days=1,
    requirement_id="dibubarkan setelah hari pemungutan suara, paling lambat 2 bulan setelahnya",
    requirement_en="be dissolved after voting day and no later than 2 months after it",
    basis=PKPU_8_2022,
)

PPS_DIBENTUK = NoLaterThan(
    code="PPS_DIBENTUK",
    key=Step.PEMBENTUKAN_PPS,
    months=-6,
    requirement_id="dibentuk paling lambat 6 bulan sebelum hari pemungutan suara",
    requirement_en="be formed no later than 6 months before voting day",
    basis=PKPU_8_2022_PASAL_15,
)

PPS_DIBUBARKAN = NoLaterThan(
    code="PPS_DIBUBARKAN",
    key=Step.PEMBUBARAN_PPS,
    months=2,
    earliest_months=0,
    earliest_days=1,
    requirement_id="dibubarkan setelah hari pemungutan suara, paling lambat 2 bulan setelahnya",
    requirement_en="be dissolved after voting day and no later than 2 months after it",
    basis=PKPU_8_2022_PASAL_15,
)

PENGAWAS_TPS_DIBENTUK = NoLaterThan(
    code="PENGAWAS_TPS_DIBENTUK",
    key=Step.PEMBENTUKAN_PENGAWAS_TPS,
    days=-23,
    earliest_months=0,
    earliest_days=-23,
    requirement_id="dibentuk 23 hari sebelum hari pemungutan suara",
    requirement_en="be formed 23 days before voting day",
    basis=UU_1_2015_PASAL_27_AYAT_2,
)

PENGAWAS_TPS_DIBUBARKAN = NoLaterThan(
    code="PENGAWAS_TPS_DIBUBARKAN",
    key=Step.PEMBUBARAN_PENGAWAS_TPS,
    days=7,
    earliest_months=0,
    earliest_days=7,
    requirement_id="dibubarkan 7 hari setelah hari pemungutan suara",
    requirement_en="be dissolved 7 days after voting day",
    basis=UU_1_2015_PASAL_27_AYAT_2,
)

# The KPPS window (formed no later than 14 days before voting, dissolved no later than a month
# after) is recalled from one weak source (tazkia.ac.id); the PKPU 8/2022 article was not
# found. Both real terms fit it (Pilkada 2024: 7 November-8 December; Pemilu 2024: 25
# January-23 February), so it is encoded, provisional (shared/domain.md §14 B5).
KPPS_DIBENTUK = NoLaterThan(
    code="KPPS_DIBENTUK",
    key=Step.PEMBENTUKAN_KPPS,
    days=-14,
    requirement_id="dibentuk paling lambat 14 hari sebelum hari pemungutan suara",
    requirement_en="be formed no later than 14 days before voting day",
    basis=PKPU_8_2022,
    certainty=Certainty.PROVISIONAL,
)
KPPS_DIBUBARKAN = NoLaterThan(
    code="KPPS_DIBUBARKAN",
    key=Step.MASA_KERJA_KPPS,
    months=1,
    earliest_months=0,
    earliest_days=1,
    requirement_id="berakhir setelah hari pemungutan suara, paling lambat 1 bulan setelahnya",
    requirement_en="end after voting day and no later than 1 month after it",
    basis=PKPU_8_2022,
    certainty=Certainty.PROVISIONAL,
)

# The formation stage must begin in time to form the PPK and PPS by their deadline.
PEMBENTUKAN_BADAN_ADHOC_MULAI = NoLaterThan(
    code="PEMBENTUKAN_BADAN_ADHOC_MULAI",
    key=Stage.PEMBENTUKAN_PPK_PPS_KPPS,
    edge=Edge.START,
    months=-6,
    requirement_id="dimulai paling lambat 6 bulan sebelum hari pemungutan suara, agar PPK dan "
    "PPS terbentuk tepat waktu",
    requirement_en="start no later than 6 months before voting day, so the PPK and PPS can be "
    "formed in time",
    basis=PKPU_8_2022,
)

_BODIES = (
    PPK_DIBENTUK,
    PPK_DIBUBARKAN,
    PPS_DIBENTUK,
    PPS_DIBUBARKAN,
    PENGAWAS_TPS_DIBENTUK,
    PENGAWAS_TPS_DIBUBARKAN,
    KPPS_DIBENTUK,
    KPPS_DIBUBARKAN,
    PEMBENTUKAN_BADAN_ADHOC_MULAI,
)


def _order(
    earlier: Stage | Step,
    later: Stage | Step,
    *,
    same_day: bool = False,
    from_start: bool = False,
    basis: LegalBasis = UU_1_2015_PASAL_5_AYAT_3,
) -> Precedes:
    return Precedes(
        code="URUTAN_TAHAPAN",
        earlier=earlier,
        later=later,
        same_day=same_day,
        from_start=from_start,
        basis=basis,
    )


_ORDER = (
    _order(
        Stage.PENYERAHAN_DP4,
        Stage.PEMUTAKHIRAN_DAFTAR_PEMILIH,
        same_day=True,
        basis=UU_1_2015_PASAL_5_AYAT_2,
    ),
    _order(Stage.DUKUNGAN_PERSEORANGAN, Stage.PENGUMUMAN_PENDAFTARAN, basis=PKPU_2_2024_LAMPIRAN),
    _order(Stage.PENGUMUMAN_PENDAFTARAN, Stage.PENDAFTARAN_PASLON),
    _order(Stage.PENDAFTARAN_PASLON, Stage.PENELITIAN_PERSYARATAN, from_start=True),
    _order(Stage.PENELITIAN_PERSYARATAN, Stage.PENETAPAN_PASLON),
    _order(Stage.PENETAPAN_PASLON, Stage.PENGUNDIAN_NOMOR_URUT, basis=PKPU_2_2024_LAMPIRAN),
    _order(Stage.PENGUNDIAN_NOMOR_URUT, Stage.KAMPANYE, basis=PKPU_2_2024_LAMPIRAN),
    _order(Stage.PERENCANAAN_PENYELENGGARAAN, Stage.PEMUNGUTAN_SUARA),
    _order(Stage.PENYUSUNAN_PERATURAN, Stage.PEMUNGUTAN_SUARA),
    _order(Stage.PEMBENTUKAN_PPK_PPS_KPPS, Stage.PEMUNGUTAN_SUARA),
    _order(Stage.PENDAFTARAN_PEMANTAU, Stage.PEMUNGUTAN_SUARA),
    _order(Stage.PEMUTAKHIRAN_DAFTAR_PEMILIH, Stage.PEMUNGUTAN_SUARA),
    _order(
        Step.REKAPITULASI_KABUPATEN_KOTA,
        Step.REKAPITULASI_PROVINSI,
        from_start=True,
        basis=PKPU_2_2024_LAMPIRAN,
    ),
    _order(
        Step.REKAPITULASI_KABUPATEN_KOTA,
        Step.PENETAPAN_HASIL_KABUPATEN_KOTA,
        same_day=True,
        basis=PKPU_2_2024_LAMPIRAN,
    ),
    _order(
        Step.REKAPITULASI_PROVINSI,
        Step.PENETAPAN_HASIL_PROVINSI,
        same_day=True,
        basis=PKPU_2_2024_LAMPIRAN,
    ),
)

_WITHIN = tuple(
    WithinStage(code="DALAM_TAHAPAN", step=step, basis=PKPU_2_2024_LAMPIRAN)
    for step in (
        Step.COKLIT,
        Step.PENGUMUMAN_DPS,
        Step.PENETAPAN_DPT,
        Step.REKAPITULASI_DPT_PROVINSI,
        Step.KAMPANYE_MEDIA_MASSA,
        Step.REKAPITULASI_KABUPATEN_KOTA,
        Step.REKAPITULASI_PROVINSI,
        Step.PENETAPAN_HASIL_KABUPATEN_KOTA,
        Step.PENETAPAN_HASIL_PROVINSI,
    )
)

#: The date rules of the Pilkada laws that :meth:`pilkada.Schedule.validate` applies.
DEFAULT_RULES: tuple[Aligned | NoLaterThan | Precedes | WithinStage, ...] = (
    *_ORDER,
    *_CAMPAIGN,
    *_VOTING,
    *_BODIES,
    *_WITHIN,
)

#: The Pemilu rule of UU 7/2017 Pasal 167 ayat (6): the stages start no later than 20 months
#: before voting day (14 June 2022 for 14 February 2024). Not a Pilkada rule; pass it to
#: ``validate(rules=[...])`` for a Pemilu schedule.
PEMILU_TAHAPAN_20_BULAN = NoLaterThan(
    code="PEMILU_TAHAPAN_20_BULAN",
    key=None,
    edge=Edge.START,
    months=-20,
    requirement_id="dimulai paling lambat 20 bulan sebelum hari pemungutan suara",
    requirement_en="start no later than 20 months before voting day",
    basis=UU_7_2017_PASAL_167_AYAT_6,
)
