"""The kinds of donor, of donation and of report in campaign finance."""

from __future__ import annotations

import enum

from pilkada.i18n import lang_of

__all__ = ["BentukSumbangan", "JenisLaporan", "JenisPenyumbang"]


class JenisPenyumbang(enum.Enum):
    """Who gives (UU 10/2016 Pasal 74 ayat (1)-(2); the prohibited ones: UU 1/2015 Pasal 76).

    The value is the Indonesian label; :meth:`label` gives the English one.
    """

    PASANGAN_CALON = "pasangan calon"
    PARTAI_POLITIK = "partai politik atau gabungan partai politik"
    PERSEORANGAN = "perseorangan"
    BADAN_HUKUM_SWASTA = "badan hukum swasta"
    ASING = "pihak asing"
    TIDAK_JELAS = "penyumbang yang tidak jelas identitasnya"
    PEMERINTAH = "pemerintah atau pemerintah daerah"
    BADAN_USAHA_NEGARA = "BUMN, BUMD atau BUMDes"

    @property
    def terlarang(self) -> bool:
        """A donation from this kind of donor may not be taken (Pasal 76 ayat (1))."""
        return self in _PROHIBITED

    def label(self, locale: str = "id") -> str:
        """The kind in the language of ``locale``."""
        return self.value if lang_of(locale) == "id" else _EN[self]


_PROHIBITED = frozenset(
    {
        JenisPenyumbang.ASING,
        JenisPenyumbang.TIDAK_JELAS,
        JenisPenyumbang.PEMERINTAH,
        JenisPenyumbang.BADAN_USAHA_NEGARA,
    }
)
_EN = {
    JenisPenyumbang.PASANGAN_CALON: "the candidate pair",
    JenisPenyumbang.PARTAI_POLITIK: "political party or coalition",
    JenisPenyumbang.PERSEORANGAN: "individual",
    JenisPenyumbang.BADAN_HUKUM_SWASTA: "private legal entity",
    JenisPenyumbang.ASING: "foreign party",
    JenisPenyumbang.TIDAK_JELAS: "donor of unclear identity",
    JenisPenyumbang.PEMERINTAH: "central or regional government",
    JenisPenyumbang.BADAN_USAHA_NEGARA: "state, regional or village enterprise",
}


class BentukSumbangan(enum.Enum):
    """The form of a donation or of spending: money, goods, or services at fair value."""

    UANG = "uang"
    BARANG = "barang"
    JASA = "jasa"


class JenisLaporan(enum.Enum):
    """The three campaign finance reports."""

    LADK = "Laporan Awal Dana Kampanye"
    LPSDK = "Laporan Penerimaan Sumbangan Dana Kampanye"
    LPPDK = "Laporan Penerimaan dan Pengeluaran Dana Kampanye"

    def label(self, locale: str = "id") -> str:
        """The report's full name in the language of ``locale``."""
        if lang_of(locale) == "id":
            return self.value
        return {
            JenisLaporan.LADK: "initial campaign finance report",
            JenisLaporan.LPSDK: "campaign donations report",
            JenisLaporan.LPPDK: "campaign receipts and spending report",
        }[self]
