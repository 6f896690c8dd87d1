"""The official region tables (kode wilayah) of the Minister of Home Affairs, by date.

Kemendagri gives every province, kabupaten/kota, kecamatan and desa/kelurahan a code and a
name in a decree (Keputusan Menteri Dalam Negeri) that the next one replaces. The library
ships two, each as a compressed file in ``pilkada/data`` built by ``tools/build_wilayah.py``
with its provenance in a header, and reads one only when a code is first looked up (``import
pilkada`` does not read them):

* Kepmendagri 100.1.1-6117/2022: the table in force on 27 November 2024, voting day of
  Pilkada 2024 (91,591 regions);
* Kepmendagri 300.2.2-2430/2025, ditetapkan 23 June 2025 (91,599 regions).

:func:`table_on` gives the table in force on a day, :func:`name_of` a code's name in the
newest table that lists it, and :func:`is_known` whether any table lists it.

Papua Barat Daya was created by UU 29/2022 (8 December 2022) from part of Papua Barat, after
the 2022 decree was drawn up: that decree still lists its kabupaten/kota under Papua Barat
(92), while KPU held its 2024 governor election under the codes Kemendagri gave it later
(96, listed in the 2025 decree). The 2022 table therefore also lists, from the statute, the
96 codes as the 2025 decree writes them (the old 92 codes stay too, as the decree lists
them): see :data:`PAPUA_BARAT_DAYA`.

>>> import datetime as dt
>>> table = table_on(dt.date(2024, 11, 27))
>>> str(table), table.name("3316")
('Kepmendagri 100.1.1-6117/2022', 'KAB. BLORA')
>>> name_of("3316"), kind_of("3316")
('Kabupaten Blora', <RegionKind.KABUPATEN: 'kabupaten'>)
>>> table.name("96"), is_known("3399")
('Papua Barat Daya', False)
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import lzma
import re
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Final

import attrs

from pilkada import sources
from pilkada.errors import PilkadaTypeError, PilkadaValueError, shown
from pilkada.i18n import lang_of
from pilkada.law import Certainty, LegalBasis

__all__ = [
    "FIRST_KOTA",
    "PAPUA_BARAT_DAYA",
    "PROVINCES",
    "REGION_TABLES",
    "RegionKind",
    "RegionTable",
    "check_code_parts",
    "is_known",
    "kind_of",
    "name_of",
    "normalize_code",
    "region_part",
    "table_on",
    "tables_named",
]


class RegionKind(enum.Enum):
    """What kind of region a code names, as the decree's tables class it."""

    PROVINSI = "provinsi"
    KABUPATEN = "kabupaten"
    KOTA = "kota"
    KECAMATAN = "kecamatan"
    KELURAHAN = "kelurahan"
    DESA = "desa"
    DESA_ADAT = "desa adat"

    @property
    def name_en(self) -> str:
        """``'province'``, ``'regency'``, ``'city'``, ``'district'``, ``'village'`` ..."""
        return _KIND_EN[self]

    def label(self, locale: str = "id") -> str:
        """The name in the language of ``locale``."""
        return self.name_en if lang_of(locale) == "en" else self.value


_KIND_EN: Final = {
    RegionKind.PROVINSI: "province",
    RegionKind.KABUPATEN: "regency",
    RegionKind.KOTA: "city",
    RegionKind.KECAMATAN: "district",
    RegionKind.KELURAHAN: "urban village",
    RegionKind.DESA: "village",
    RegionKind.DESA_ADAT: "customary village",
}
_DESA_KINDS: Final = {"1": RegionKind.KELURAHAN, "2": RegionKind.DESA, "3": RegionKind.DESA_ADAT}


def kind_of(digits: str) -> RegionKind | None:
    """The kind the digits of a region code give (``None`` for a TPS or an unknown form).

    The decree's own rule, checked against every row of both tables when they are built: a
    kab/kota number from 70 is a kota; a desa number starting with 1 is a kelurahan, with 2 a
    desa, with 3 a desa adat.
    """
    length = len(digits)
    if length == 2:
        return RegionKind.PROVINSI
    if length == 4:
        return RegionKind.KOTA if int(digits[2:]) >= 70 else RegionKind.KABUPATEN
    if length == 6:
        return RegionKind.KECAMATAN
    if length == 10:
        return _DESA_KINDS.get(digits[6])
    return None


@attrs.frozen(eq=False)
class RegionTable:
    """One decree's table of region codes and names, in force from ``effective``.

    Attributes:
        key: A short name (``"2022"``).
        basis: The decree.
        effective: The day from which the library uses it.
        certainty: How sure that day is.
        note: Where the day comes from, and what else the table holds.
        file: The data file in ``pilkada/data``.
        borrowed: Codes this table takes from another file, by statute: ``(prefix, file,
            basis)``; the Papua Barat Daya codes of :data:`PAPUA_BARAT_DAYA`.
    """

    key: str
    basis: LegalBasis
    effective: dt.date
    certainty: Certainty
    note: str
    file: str
    borrowed: tuple[tuple[str, str, LegalBasis], ...] = ()

    @property
    def names(self) -> Mapping[str, str]:
        """Every code of the table (digits) and its name, read on first use."""
        return _names(self.key)

    def __contains__(self, digits: object) -> bool:
        return isinstance(digits, str) and digits in self.names

    def __len__(self) -> int:
        return len(self.names)

    def name(self, digits: str) -> str | None:
        """The name the table gives ``digits`` (``None`` when it does not list it)."""
        return self.names.get(digits)

    def __str__(self) -> str:
        return str(self.basis)


#: The Papua Barat Daya codes the 2022 table takes from the 2025 one (UU 29/2022).
PAPUA_BARAT_DAYA: Final = ("96", "wilayah_2025.tsv.xz", sources.UU_29_2022)

#: The tables the library ships, oldest first. Dates checked on 2026-12-02: 300.2.2-2430/2025
#: ditetapkan 23 June 2025 (github.com/cahyadsn/wilayah issue #59, citing JDIH Sumatera Utara);
#: 300.2.2-2138/2025 issued 25 April 2025 (inforegulasi.com). The day 100.1.1-6117/2022 was
#: signed was not found: the library uses it from its publication by Kemendagri, which the
#: upload stamp of its PDF dates to 5 January 2023 (provisional).
REGION_TABLES: Final = (
    RegionTable(
        key="2022",
        basis=sources.KEPMENDAGRI_100_1_1_6117_2022,
        effective=dt.date(2023, 1, 5),
        certainty=Certainty.PROVISIONAL,
        note="Signed in 2022 (day not found); used from its publication (PDF of 5 January "
        "2023). In force on 27 November 2024. Also lists Papua Barat Daya (96), created by "
        "UU 29/2022, with the codes of the 2025 decree.",
        file="wilayah_2022.tsv.xz",
        borrowed=(PAPUA_BARAT_DAYA,),
    ),
    RegionTable(
        key="2025",
        basis=sources.KEPMENDAGRI_300_2_2_2430_2025,
        effective=dt.date(2025, 4, 25),
        certainty=Certainty.DERIVED,
        note="Ditetapkan 23 June 2025. It changed Kepmendagri 300.2.2-2138/2025 (25 April "
        "2025) only for four islands of Aceh Singkil, so its region codes are those in "
        "force from 25 April 2025.",
        file="wilayah_2025.tsv.xz",
    ),
)
_BY_KEY: Final = {table.key: table for table in REGION_TABLES}


def tables_named() -> str:
    """The tables, newest first, as an error message names them."""
    return " / ".join(str(table.basis) for table in reversed(REGION_TABLES))


@functools.cache
def _read(file: str) -> Mapping[str, str]:
    raw = resources.files("pilkada.data").joinpath(file).read_bytes()
    text = lzma.decompress(raw).decode("utf-8")
    start = 0
    while text.startswith("#", start):  # the provenance header
        start = text.index("\n", start) + 1
    return dict(line.split("\t", 1) for line in text[start:].splitlines())


@functools.cache
def _names(key: str) -> Mapping[str, str]:
    table = _BY_KEY[key]
    names = dict(_read(table.file))
    for prefix, file, _ in table.borrowed:
        names.update((code, name) for code, name in _read(file).items() if code[:2] == prefix)
    return MappingProxyType(names)


def table_on(day: dt.date | None = None) -> RegionTable:
    """The table in force on ``day`` (the newest when ``None``).

    Raises:
        PilkadaTypeError: ``day`` is not a ``datetime.date``.
        PilkadaValueError: ``day`` is before the first table the library ships.
    """
    if day is None:
        return REGION_TABLES[-1]
    if isinstance(day, dt.datetime) or not isinstance(day, dt.date):
        raise PilkadaTypeError("on", day, f"got {type(day).__name__} {day!r}", "a datetime.date")
    current = [table for table in REGION_TABLES if table.effective <= day]
    if not current:
        first = REGION_TABLES[0]
        raise PilkadaValueError(
            "on",
            day,
            f"no region table of the library was in force on {day.isoformat()}",
            f"a day from {first.effective.isoformat()} ({first.basis}) on",
        )
    return current[-1]


def region_part(digits: str) -> str:
    """The region a code names: the code itself, or a TPS code's desa/kelurahan."""
    return digits[:10] if len(digits) == 13 else digits


def is_known(digits: str) -> bool:
    """Whether some table lists the region (a TPS code: its desa/kelurahan)."""
    part = region_part(digits)
    return any(part in table for table in reversed(REGION_TABLES))


def name_of(digits: str) -> str | None:
    """The region's name in the newest table that lists it (``None`` when none does)."""
    for table in reversed(REGION_TABLES):
        name = table.name(region_part(digits))
        if name is not None:
            return name
    return None


# -- the form of a code ----------------------------------------------------------------------

#: Kab/kota codes from 71 are kota, below are kabupaten (Kemendagri convention).
FIRST_KOTA: Final = 71
_LENGTHS: Final = frozenset({2, 4, 6, 10, 13})
_DIGITS = re.compile(r"[0-9]+")
_DOTTED = re.compile(r"\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4}(?:\.\d{3})?)?)?)?")
_ACCEPTED = (
    "a Kemendagri code of 2, 4, 6 or 10 digits (provinsi, kab/kota, kecamatan, desa), or 13 for "
    "a TPS (desa code + 3-digit TPS number), with or without dots, e.g. '33.16.01.2001'"
)


def normalize_code(text: object, field: str = "code") -> str:
    """The digits of a region or TPS code, checked; dots are accepted and removed.

    >>> normalize_code("33.16.01.2001")
    '3316012001'
    >>> normalize_code("33.16.01.0000")
    Traceback (most recent call last):
    ...
    pilkada.errors.PilkadaValueError: code: desa/kelurahan number 0000 in '33.16.01.0000' ...

    Raises:
        PilkadaTypeError: ``text`` is not a string.
        PilkadaValueError: the code is malformed: wrong length, a non-digit, an unknown
            province, or a zero part.
    """
    if not isinstance(text, str):
        raise PilkadaTypeError(field, text, f"got {type(text).__name__} {shown(text)}", _ACCEPTED)
    digits = text.strip()
    if "." in digits:
        if not _DOTTED.fullmatch(digits):
            raise PilkadaValueError(field, text, f"{text!r} is not a dotted region code", _ACCEPTED)
        digits = digits.replace(".", "")
    if not (digits.isascii() and _DIGITS.fullmatch(digits)) or len(digits) not in _LENGTHS:
        raise PilkadaValueError(field, text, f"{text!r} is not a region code", _ACCEPTED)
    check_code_parts(digits, field=field, shown=text)
    return digits


def check_code_parts(digits: str, *, field: str = "code", shown: str | None = None) -> None:
    """Check the parts of an all-digit code of a valid length: known province, no zero part."""
    shown = digits if shown is None else shown
    if digits[:2] not in PROVINCES:
        raise PilkadaValueError(
            field,
            shown,
            f"province {digits[:2]} in {shown!r} does not exist",
            f"one of the 38 province codes ({', '.join(PROVINCES)})",
        )
    for start, end, part in (
        (2, 4, "kabupaten/kota"),
        (4, 6, "kecamatan"),
        (6, 10, "desa/kelurahan"),
        (10, 13, "TPS"),
    ):
        if len(digits) > start and int(digits[start:end]) == 0:
            raise PilkadaValueError(
                field,
                shown,
                f"{part} number {digits[start:end]} in {shown!r} is zero",
                f"a {part} number from 1",
            )


#: The 38 provinces by Kemendagri code (the four new Papuan provinces of 2022 included),
#: named as the 2025 table names them (DKI and DIY as usually written).
PROVINCES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "11": "Aceh",
        "12": "Sumatera Utara",
        "13": "Sumatera Barat",
        "14": "Riau",
        "15": "Jambi",
        "16": "Sumatera Selatan",
        "17": "Bengkulu",
        "18": "Lampung",
        "19": "Kepulauan Bangka Belitung",
        "21": "Kepulauan Riau",
        "31": "DKI Jakarta",
        "32": "Jawa Barat",
        "33": "Jawa Tengah",
        "34": "DI Yogyakarta",
        "35": "Jawa Timur",
        "36": "Banten",
        "51": "Bali",
        "52": "Nusa Tenggara Barat",
        "53": "Nusa Tenggara Timur",
        "61": "Kalimantan Barat",
        "62": "Kalimantan Tengah",
        "63": "Kalimantan Selatan",
        "64": "Kalimantan Timur",
        "65": "Kalimantan Utara",
        "71": "Sulawesi Utara",
        "72": "Sulawesi Tengah",
        "73": "Sulawesi Selatan",
        "74": "Sulawesi Tenggara",
        "75": "Gorontalo",
        "76": "Sulawesi Barat",
        "81": "Maluku",
        "82": "Maluku Utara",
        "91": "Papua",
        "92": "Papua Barat",
        "93": "Papua Selatan",
        "94": "Papua Tengah",
        "95": "Papua Pegunungan",
        "96": "Papua Barat Daya",
    }
)
