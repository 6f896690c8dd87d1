"""Regions and the elections they hold.

A province (*provinsi*) elects its governor; a regency (*kabupaten*) its bupati; a city
(*kota*) its wali kota. Each region funds the election it holds from its own APBD
(Permendagri 54/2019 Pasal 2).

>>> RegionLevel.KABUPATEN.election
<ElectionKind.BUPATI: 'bupati'>
>>> ElectionKind.BUPATI.name_id
'Pemilihan Bupati dan Wakil Bupati'
"""

from __future__ import annotations

import enum

from pilkada.i18n import lang_of

__all__ = ["ElectionKind", "RegionLevel"]


class ElectionKind(enum.Enum):
    """The kind of Pilkada: governor, regent (bupati) or mayor (wali kota), with deputies."""

    GUBERNUR = "gubernur"
    BUPATI = "bupati"
    WALI_KOTA = "wali kota"

    @property
    def name_id(self) -> str:
        """``'Pemilihan Bupati dan Wakil Bupati'``."""
        title = self.value.title()
        return f"Pemilihan {title} dan Wakil {title}"

    @property
    def name_en(self) -> str:
        """``'Election of the Regent and Deputy Regent'``."""
        office = {"gubernur": "Governor", "bupati": "Regent", "wali kota": "Mayor"}[self.value]
        return f"Election of the {office} and Deputy {office}"

    @property
    def level(self) -> RegionLevel:
        """The level of the region that holds this election."""
        return {
            ElectionKind.GUBERNUR: RegionLevel.PROVINSI,
            ElectionKind.BUPATI: RegionLevel.KABUPATEN,
            ElectionKind.WALI_KOTA: RegionLevel.KOTA,
        }[self]

    def label(self, locale: str = "id") -> str:
        """The name in the language of ``locale``."""
        return self.name_en if lang_of(locale) == "en" else self.name_id


class RegionLevel(enum.Enum):
    """The level of an autonomous region that holds a Pilkada."""

    PROVINSI = "Provinsi"
    KABUPATEN = "Kabupaten"
    KOTA = "Kota"

    @property
    def name_id(self) -> str:
        """``'Provinsi'``, ``'Kabupaten'`` or ``'Kota'``."""
        return self.value

    @property
    def name_en(self) -> str:
        """``'Province'``, ``'Regency'`` or ``'City'``."""
        return {"Provinsi": "Province", "Kabupaten": "Regency", "Kota": "City"}[self.value]

    @property
    def election(self) -> ElectionKind:
        """The election a region of this level holds."""
        return {
            RegionLevel.PROVINSI: ElectionKind.GUBERNUR,
            RegionLevel.KABUPATEN: ElectionKind.BUPATI,
            RegionLevel.KOTA: ElectionKind.WALI_KOTA,
        }[self]
