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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, Final

import attrs

from pilkada.law import LegalBasis

__all__ = ["all_instruments", "find_instrument"]

_PILKADA_LAW: Final = (
    "Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang "
    "Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang"
)
_PILKADA_REGIONS: Final = (
    "Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Walikota dan Wakil Walikota"
)


def _instrument(citation: str, **details: Any) -> LegalBasis:  # noqa: ANN401 - LegalBasis fields
    """The instrument of ``citation`` (``"UU 10/2016"``), with its title and other details."""
    return attrs.evolve(LegalBasis.parse(citation), **details)


# -- statutes (Undang-Undang and Perpu) ------------------------------------------------------

PERPU_1_2014: Final = _instrument("Perpu 1/2014", title="Pemilihan Gubernur, Bupati, dan Walikota")
UU_1_2015: Final = _instrument("UU 1/2015", title=_PILKADA_LAW)
UU_8_2015: Final = _instrument(
    "UU 8/2015", title=f"Perubahan atas Undang-Undang Nomor 1 Tahun 2015 tentang {_PILKADA_LAW}"
)
UU_10_2016: Final = _instrument(
    "UU 10/2016",
    title=f"Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 tentang {_PILKADA_LAW}",
)
UU_7_2017: Final = _instrument("UU 7/2017", title="Pemilihan Umum")
UU_8_2012: Final = _instrument(
    "UU 8/2012",
    title="Pemilihan Umum Anggota Dewan Perwakilan Rakyat, Dewan Perwakilan Daerah, dan "
    "Dewan Perwakilan Rakyat Daerah",
)
UU_11_2006: Final = _instrument("UU 11/2006", title="Pemerintahan Aceh")
UU_13_2012: Final = _instrument("UU 13/2012", title="Keistimewaan Daerah Istimewa Yogyakarta")
UU_2_2024: Final = _instrument("UU 2/2024", title="Provinsi Daerah Khusus Jakarta")

# -- KPU --------------------------------------------------------------------------------------

PKPU_2_2024: Final = _instrument(
    "PKPU 2/2024",
    title=f"Tahapan dan Jadwal Pemilihan {_PILKADA_REGIONS} Tahun 2024",
)
PKPU_8_2022: Final = _instrument(
    "PKPU 8/2022",
    title="Pembentukan dan Tata Kerja Badan Adhoc Penyelenggara Pemilihan Umum dan "
    "Pemilihan Gubernur, Bupati, dan Walikota",
)
PKPU_9_2020: Final = _instrument("PKPU 9/2020")
PKPU_13_2024: Final = _instrument("PKPU 13/2024", title=f"Kampanye Pemilihan {_PILKADA_REGIONS}")
PKPU_17_2024: Final = _instrument(
    "PKPU 17/2024",
    title="Pemungutan dan Penghitungan Suara dalam Pemilihan Gubernur dan Wakil Gubernur, "
    "Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota",
)
PKPU_18_2024: Final = _instrument(
    "PKPU 18/2024",
    title="Rekapitulasi Hasil Penghitungan Suara dan Penetapan Hasil Pemilihan",
)
KEPUTUSAN_KPU_475_2024: Final = _instrument("Keputusan KPU 475/2024")

# -- Bawaslu ----------------------------------------------------------------------------------

PERBAWASLU_17_2023: Final = _instrument("Perbawaslu 17/2023")
PERBAWASLU_19_2017: Final = _instrument(
    "Perbawaslu 19/2017",
    amended_by=(PERBAWASLU_17_2023,),
    title="Pembentukan, Pemberhentian, dan Penggantian Antarwaktu Badan Pengawas Pemilihan "
    "Umum Provinsi, Badan Pengawas Pemilihan Umum Kabupaten/Kota, Panitia Pengawas Pemilihan "
    "Umum Kecamatan, Panitia Pengawas Pemilihan Umum Kelurahan/Desa, dan Pengawas Tempat "
    "Pemungutan Suara",
)
PERBAWASLU_2_2020: Final = _instrument("Perbawaslu 2/2020")
PERBAWASLU_8_2020: Final = _instrument("Perbawaslu 8/2020")
PERBAWASLU_9_2020: Final = _instrument("Perbawaslu 9/2020")
PERBAWASLU_9_2024: Final = _instrument("Perbawaslu 9/2024")
KEPUTUSAN_BAWASLU_301_2024: Final = _instrument("Keputusan Bawaslu 301/HK.01.01/K1/09/2024")

# -- government -------------------------------------------------------------------------------

KEPPRES_33_2024: Final = _instrument("Keppres 33/2024")
PERMENDAGRI_72_2019: Final = _instrument("Permendagri 72/2019")
PERMENDAGRI_137_2017: Final = _instrument(
    "Permendagri 137/2017",
    amended_by=(PERMENDAGRI_72_2019,),
    title="Kode dan Data Wilayah Administrasi Pemerintahan",
)
PERMENDAGRI_41_2020: Final = _instrument("Permendagri 41/2020", effective=dt.date(2020, 6, 15))
PERMENDAGRI_54_2019: Final = _instrument(
    "Permendagri 54/2019",
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
    "SE Mendagri 900.1.9.1/435/SJ/2023", effective=dt.date(2023, 1, 24), title=_PILKADA_2024_FUNDING
)
#: The follow-up circular of 29 September 2023 (kaltara.prokal.co 44290) that set 10 November
#: 2023 as the deadline (mataradarindonesia.com; shared/domain.md §15; checked 2026-12-02).
SE_MENDAGRI_900_1_9_1_5252_2023: Final = _instrument(
    "SE Mendagri 900.1.9.1/5252/SJ/2023",
    effective=dt.date(2023, 9, 29),
    title=_PILKADA_2024_FUNDING,
)
SURAT_MENKEU_S_647_2022: Final = _instrument(
    "Surat Menkeu S-647/MK.02/2022", effective=dt.date(2022, 8, 5)
)

# -- courts -----------------------------------------------------------------------------------

#: Read (diucapkan) on 20 August 2024; an MK decision binds from the day it is read.
PUTUSAN_MK_60_2024: Final = _instrument(
    "Putusan MK 60/PUU-XXII/2024", effective=dt.date(2024, 8, 20)
)
PUTUSAN_MK_70_2024: Final = _instrument(
    "Putusan MK 70/PUU-XXII/2024", effective=dt.date(2024, 8, 20)
)
PUTUSAN_MA_23_2024: Final = _instrument("Putusan MA 23 P/HUM/2024")


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
