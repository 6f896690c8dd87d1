"""Every legal instrument the library cites, defined once.

Each constant is a :class:`~pilkada.law.LegalBasis` naming a whole instrument (no pasal):
its kind, number, year and title, and, where the library records them, the day it took
effect and the instruments that amended it. A rule, a table or a data file cites a provision
of one of these; :meth:`~pilkada.law.LegalBasis.provision` builds the provision from the
instrument, so the title is written once:

>>> UU_10_2016.provision(pasal="201", ayat="8")
LegalBasis(instrument=<Instrument.UU: 'UU'>, number='10', year=2016, pasal='201', ...)
>>> print(PKPU_2_2024.provision(lampiran=True))
PKPU 2/2024 Lampiran

The data files cite by string (``basis = "PKPU 2/2024 Lampiran"``); the strings parse into
bases of the same instruments, and ``tests/test_sources.py`` checks that every basis of
:data:`pilkada.PILKADA_2024` and :data:`pilkada.DEFAULT_RULES` names an instrument defined
here. An empty title means the library has not recorded the instrument's subject; no URL is
recorded yet for any instrument, since none was checked against an official text.

Every instrument records the day it was last ``checked`` (:data:`REVIEWED` for those not
looked at again since the first review, :data:`CHECKED` for those re-checked for issue #14);
a provision keeps that day unless it is given its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, Final

import attrs

from pilkada.law import LegalBasis

__all__ = ["CHECKED", "REVIEWED", "all_instruments", "find_instrument"]

#: The day the library's first facts were encoded and reviewed (the data files' "Reviewed:
#: 2026-11-22", the commits of that day). An instrument or provision with this ``checked``
#: day has not been looked at again since: the day records that review, not a fresh check.
REVIEWED: Final = dt.date(2026, 11, 22)
#: The day the corrections of issue #14 (masa tenang, the mass-media window, the independents'
#: spread, the Gakkumdu steps, the TPS and Pantarlih limits, Jakarta's majority rule) were
#: checked against public sources with the ``search`` tool.
CHECKED: Final = dt.date(2026, 12, 2)

_PILKADA_LAW: Final = (
    "Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang "
    "Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang"
)
_PILKADA_REGIONS: Final = (
    "Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Walikota dan Wakil Walikota"
)


def _instrument(citation: str, *, checked: dt.date, **details: Any) -> LegalBasis:  # noqa: ANN401
    """The instrument of ``citation`` (``"UU 10/2016"``) last ``checked`` on that day."""
    return attrs.evolve(LegalBasis.parse(citation), checked=checked, **details)


# -- statutes (Undang-Undang and Perpu) ------------------------------------------------------

PERPU_1_2014: Final = _instrument(
    "Perpu 1/2014", checked=REVIEWED, title="Pemilihan Gubernur, Bupati, dan Walikota"
)
UU_1_2015: Final = _instrument("UU 1/2015", checked=REVIEWED, title=_PILKADA_LAW)
UU_8_2015: Final = _instrument(
    "UU 8/2015",
    checked=REVIEWED,
    title=f"Perubahan atas Undang-Undang Nomor 1 Tahun 2015 tentang {_PILKADA_LAW}",
)
UU_10_2016: Final = _instrument(
    "UU 10/2016",
    checked=REVIEWED,
    title=f"Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 tentang {_PILKADA_LAW}",
)
UU_7_2017: Final = _instrument("UU 7/2017", checked=REVIEWED, title="Pemilihan Umum")
UU_8_2012: Final = _instrument(
    "UU 8/2012",
    checked=REVIEWED,
    title="Pemilihan Umum Anggota Dewan Perwakilan Rakyat, Dewan Perwakilan Daerah, dan "
    "Dewan Perwakilan Rakyat Daerah",
)
UU_11_2006: Final = _instrument("UU 11/2006", checked=REVIEWED, title="Pemerintahan Aceh")
UU_13_2012: Final = _instrument(
    "UU 13/2012", checked=REVIEWED, title="Keistimewaan Daerah Istimewa Yogyakarta"
)
#: Signed and promulgated on 25 April 2024, but Pasal 73 makes it take effect only when the
#: Keputusan Presiden moving the capital to Nusantara is issued (wahananews.co; Kompas
#: 2024-04-29 on Pasal 63); none had been issued by the 2024 vote (CNN Indonesia,
#: 27 November 2024: "UU DKJ belum berlaku"). Its ``effective`` day is therefore not recorded.
UU_2_2024: Final = _instrument("UU 2/2024", checked=CHECKED, title="Provinsi Daerah Khusus Jakarta")
#: In force for the 27 November 2024 vote: Pasal 11 ayat (1)-(2) set Jakarta's majority rule
#: and runoff (cnnindonesia.com live report 2024-11-27; bisnis.com 2024-11-27; tribunnews).
UU_29_2007: Final = _instrument(
    "UU 29/2007",
    checked=CHECKED,
    title="Pemerintahan Provinsi Daerah Khusus Ibukota Jakarta sebagai Ibukota Negara "
    "Kesatuan Republik Indonesia",
)

# -- KPU --------------------------------------------------------------------------------------

PKPU_2_2024: Final = _instrument(
    "PKPU 2/2024",
    checked=REVIEWED,
    title=f"Tahapan dan Jadwal Pemilihan {_PILKADA_REGIONS} Tahun 2024",
)
PKPU_8_2022: Final = _instrument(
    "PKPU 8/2022",
    checked=REVIEWED,
    title="Pembentukan dan Tata Kerja Badan Adhoc Penyelenggara Pemilihan Umum dan "
    "Pemilihan Gubernur, Bupati, dan Walikota",
)
PKPU_9_2020: Final = _instrument("PKPU 9/2020", checked=REVIEWED)
PKPU_13_2024: Final = _instrument(
    "PKPU 13/2024", checked=CHECKED, title=f"Kampanye Pemilihan {_PILKADA_REGIONS}"
)
PKPU_17_2024: Final = _instrument(
    "PKPU 17/2024",
    checked=REVIEWED,
    title="Pemungutan dan Penghitungan Suara dalam Pemilihan Gubernur dan Wakil Gubernur, "
    "Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota",
)
PKPU_18_2024: Final = _instrument(
    "PKPU 18/2024",
    checked=REVIEWED,
    title="Rekapitulasi Hasil Penghitungan Suara dan Penetapan Hasil Pemilihan",
)
#: Tahapan dan jadwal of the 2025 re-elections where the kolom kosong won (Kabupaten Bangka,
#: Kota Pangkalpinang; voting day 27 August 2025), as KPU Babel cited it (detik.com sumbagsel
#: d-7727276, 11 January 2025; checked 2026-12-02).
PKPU_19_2024: Final = _instrument(
    "PKPU 19/2024",
    title=f"Tahapan dan Jadwal Pemilihan Ulang {_PILKADA_REGIONS} Tahun 2025",
    checked=CHECKED,
)
#: In force on 20 September 2024 (banggaikabppid.kpu.go.id info/0/38595, checked 2026-12-02); it
#: replaced PKPU 5/2017 as amended by PKPU 12/2020.
PKPU_14_2024: Final = _instrument(
    "PKPU 14/2024",
    title=f"Dana Kampanye Peserta Pemilihan {_PILKADA_REGIONS}",
    effective=dt.date(2024, 9, 20),
    checked=CHECKED,
)
#: The reporting guidelines for dana kampanye named by issue #15; neither its title nor its text
#: was found by the search of 2026-12-02, so what the library reads from it is provisional.
KEPUTUSAN_KPU_1364_2024: Final = _instrument("Keputusan KPU 1364/2024", checked=CHECKED)
KEPUTUSAN_KPU_475_2024: Final = _instrument("Keputusan KPU 475/2024", checked=REVIEWED)
#: The KPU's regulation on the voter list for the 2024 Pemilihan, which set at most 600 voters
#: per TPS (KPU chair Hasyim Asy'ari to Komisi II DPR, 15 May 2024, sindonews.com 1377133).
#: The number 7/2024 is recalled: the sources name the draft, not its number.
PKPU_7_2024: Final = _instrument(
    "PKPU 7/2024",
    checked=CHECKED,
    title=f"Penyusunan Daftar Pemilih dalam Penyelenggaraan Pemilihan {_PILKADA_REGIONS}",
)
#: The KPU's technical guide to the 2024 Pemilihan campaign: the APK quotas, videotron included
#: (quoted by gebraknasional.com, September 2024; checked 2026-12-02).
KEPUTUSAN_KPU_1363_2024: Final = _instrument("Keputusan KPU 1363/2024", checked=CHECKED)

# -- Bawaslu ----------------------------------------------------------------------------------

PERBAWASLU_17_2023: Final = _instrument("Perbawaslu 17/2023", checked=REVIEWED)
PERBAWASLU_19_2017: Final = _instrument(
    "Perbawaslu 19/2017",
    checked=REVIEWED,
    amended_by=(PERBAWASLU_17_2023,),
    title="Pembentukan, Pemberhentian, dan Penggantian Antarwaktu Badan Pengawas Pemilihan "
    "Umum Provinsi, Badan Pengawas Pemilihan Umum Kabupaten/Kota, Panitia Pengawas Pemilihan "
    "Umum Kecamatan, Panitia Pengawas Pemilihan Umum Kelurahan/Desa, dan Pengawas Tempat "
    "Pemungutan Suara",
)
PERBAWASLU_2_2020: Final = _instrument("Perbawaslu 2/2020", checked=REVIEWED)
PERBAWASLU_8_2020: Final = _instrument("Perbawaslu 8/2020", checked=REVIEWED)
PERBAWASLU_9_2020: Final = _instrument("Perbawaslu 9/2020", checked=REVIEWED)
PERBAWASLU_9_2024: Final = _instrument("Perbawaslu 9/2024", checked=REVIEWED)
KEPUTUSAN_BAWASLU_301_2024: Final = _instrument(
    "Keputusan Bawaslu 301/HK.01.01/K1/09/2024", checked=REVIEWED
)

# -- government -------------------------------------------------------------------------------

#: Perpres 13/2025, the second amendment of Perpres 16/2016, set on 11 February 2025: Pasal 22A
#: ayat (1) has the President inaugurate the 2024 winners together on 20 February 2025 where
#: no case is before the MK, or the case went no further after the rulings of 4-5 February
#: 2025 (kontan.co.id, 14 February 2025; rakyat.news 131746; checked 2026-12-02).
PERPRES_13_2025: Final = _instrument(
    "Perpres 13/2025", effective=dt.date(2025, 2, 11), checked=CHECKED
)
PERPRES_16_2016: Final = _instrument(
    "Perpres 16/2016",
    amended_by=(PERPRES_13_2025,),
    title="Tata Cara Pelantikan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta "
    "Walikota dan Wakil Walikota",
    checked=CHECKED,
)
KEPPRES_33_2024: Final = _instrument("Keppres 33/2024", checked=REVIEWED)
PERMENDAGRI_72_2019: Final = _instrument("Permendagri 72/2019", checked=REVIEWED)
PERMENDAGRI_137_2017: Final = _instrument(
    "Permendagri 137/2017",
    checked=REVIEWED,
    amended_by=(PERMENDAGRI_72_2019,),
    title="Kode dan Data Wilayah Administrasi Pemerintahan",
)
# The Kemendagri region-code tables (kode wilayah); checked 2026-12-02 (see pilkada.wilayah).
_REGION_CODES: Final = (
    "Pemberian dan Pemutakhiran Kode, Data Wilayah Administrasi Pemerintahan, dan Pulau"
)
KEPMENDAGRI_100_1_1_6117_2022: Final = _instrument(
    "Kepmendagri 100.1.1-6117/2022", title=_REGION_CODES, checked=CHECKED
)
KEPMENDAGRI_300_2_2_2138_2025: Final = _instrument(
    "Kepmendagri 300.2.2-2138/2025",
    title=_REGION_CODES,
    effective=dt.date(2025, 4, 25),
    checked=CHECKED,
)
KEPMENDAGRI_300_2_2_2430_2025: Final = _instrument(
    "Kepmendagri 300.2.2-2430/2025",
    title=_REGION_CODES,
    effective=dt.date(2025, 6, 23),
    checked=CHECKED,
)
#: Creates the province of Papua Barat Daya (signed and promulgated 8 December 2022).
UU_29_2022: Final = _instrument(
    "UU 29/2022",
    title="Pembentukan Provinsi Papua Barat Daya",
    effective=dt.date(2022, 12, 8),
    checked=CHECKED,
)
PERMENDAGRI_41_2020: Final = _instrument(
    "Permendagri 41/2020", checked=REVIEWED, effective=dt.date(2020, 6, 15)
)
PERMENDAGRI_54_2019: Final = _instrument(
    "Permendagri 54/2019",
    checked=REVIEWED,
    amended_by=(PERMENDAGRI_41_2020,),
    title="Pendanaan Kegiatan Pemilihan Gubernur, Bupati, dan Wali Kota yang Bersumber dari "
    "Anggaran Pendapatan dan Belanja Daerah",
)
_PILKADA_2024_FUNDING: Final = (
    "Pendanaan Kegiatan Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati serta "
    "Wali Kota dan Wakil Wali Kota Tahun 2024"
)
#: The first circular on funding the 2024 Pilkada: 40 % of the grant in APBD 2023, 60 % in
#: APBD 2024 (text: id.scribd.com/document/623703649; checked 2026-12-02).
SE_MENDAGRI_900_1_9_1_435_2023: Final = _instrument(
    "SE Mendagri 900.1.9.1/435/SJ/2023",
    effective=dt.date(2023, 1, 24),
    title=_PILKADA_2024_FUNDING,
    checked=CHECKED,
)
#: The follow-up circular of 29 September 2023 (kaltara.prokal.co 44290) that set 10 November
#: 2023 as the deadline (mataradarindonesia.com; shared/domain.md §15; checked 2026-12-02).
SE_MENDAGRI_900_1_9_1_5252_2023: Final = _instrument(
    "SE Mendagri 900.1.9.1/5252/SJ/2023",
    effective=dt.date(2023, 9, 29),
    title=_PILKADA_2024_FUNDING,
    checked=CHECKED,
)
SURAT_MENKEU_S_647_2022: Final = _instrument(
    "Surat Menkeu S-647/MK.02/2022", checked=REVIEWED, effective=dt.date(2022, 8, 5)
)

# -- courts -----------------------------------------------------------------------------------

#: Read (diucapkan) on 20 August 2024; an MK decision binds from the day it is read.
PUTUSAN_MK_60_2024: Final = _instrument(
    "Putusan MK 60/PUU-XXII/2024", checked=REVIEWED, effective=dt.date(2024, 8, 20)
)
PUTUSAN_MK_70_2024: Final = _instrument(
    "Putusan MK 70/PUU-XXII/2024", checked=REVIEWED, effective=dt.date(2024, 8, 20)
)
#: Read on 14 November 2024: where the kolom kosong wins, the next election is held within one
#: year of voting day (Pasal 54D ayat (3)); from 2029 a single pair's ballot reads "setuju /
#: tidak setuju" (Pasal 54C ayat (2)). Tempo via refku.com 5172; centralnews.id; checked
#: 2026-12-02.
PUTUSAN_MK_126_2024: Final = _instrument(
    "Putusan MK 126/PUU-XXII/2024", effective=dt.date(2024, 11, 14), checked=CHECKED
)
#: Read on 26 June 2025: national elections (President, DPR, DPD) and local ones (DPRD, Pilkada)
#: held apart, the local ones 2 years to 2 years 6 months after the national winners take
#: office (idntimes.com; radarsumbar.com 174625; didiksupriyanto.com; checked 2026-12-02).
PUTUSAN_MK_135_2024: Final = _instrument(
    "Putusan MK 135/PUU-XXII/2024", effective=dt.date(2025, 6, 26), checked=CHECKED
)
PUTUSAN_MA_23_2024: Final = _instrument("Putusan MA 23 P/HUM/2024", checked=REVIEWED)


def all_instruments() -> Iterator[LegalBasis]:
    """Every instrument constant of this module, in the order defined.

    >>> sum(1 for _ in all_instruments()) > 20
    True
    """
    for value in globals().values():
        if isinstance(value, LegalBasis):
            yield value


def find_instrument(basis: LegalBasis) -> LegalBasis | None:
    """The instrument constant ``basis`` cites (same kind, number and year), or ``None``.

    >>> find_instrument(LegalBasis.parse("UU 10/2016 Pasal 201 ayat (8)")) is UU_10_2016
    True
    """
    for instrument in all_instruments():
        if instrument.key == basis.key:
            return instrument
    return None
