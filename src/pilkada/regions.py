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
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from pilkada import sources
from pilkada.boundary import as_enum
from pilkada.errors import PilkadaParseError, PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.errors import shown as as_shown
from pilkada.i18n import lang_of
from pilkada.law import Certainty, LegalBasis

__all__ = [
    "CODE_BASIS",
    "JAKARTA_BASIS",
    "PROVINCES",
    "AreaLevel",
    "ElectionKind",
    "Region",
    "RegionCode",
    "RegionLevel",
    "SpecialStatus",
    "as_level",
    "normalize_code",
]


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


# -- region codes ------------------------------------------------------------------------------

#: The structure of Kemendagri region codes (kode wilayah): 2 digits for the province, 2 more
#: for the kabupaten/kota, 2 for the kecamatan and 4 for the desa/kelurahan. Provisional: the
#: regulation is cited from secondary sources (its JDIH text was not opened).
CODE_BASIS: Final = sources.PERMENDAGRI_137_2017
CODE_CERTAINTY: Final = Certainty.PROVISIONAL


class AreaLevel(enum.Enum):
    """A level of the code hierarchy, from the province down to the polling station (TPS).

    Results are counted at the TPS and recapitulated upwards: desa/kelurahan (PPS),
    kecamatan (PPK), kabupaten/kota (KPU or KIP Kabupaten/Kota), provinsi.

    >>> AreaLevel.KECAMATAN.code_length, AreaLevel.TPS.code_length
    (6, 13)
    >>> AreaLevel.parse("kelurahan")
    <AreaLevel.DESA: 'desa/kelurahan'>
    """

    PROVINSI = "provinsi"
    KABUPATEN_KOTA = "kabupaten/kota"
    KECAMATAN = "kecamatan"
    DESA = "desa/kelurahan"
    TPS = "TPS"

    @property
    def code_length(self) -> int:
        """Digits of a code at this level: 2, 4, 6, 10, and 13 for a TPS (KPU's Sirekap)."""
        return _LENGTHS[self]

    @property
    def depth(self) -> int:
        """0 for the province, 4 for a TPS."""
        return _ORDER.index(self)

    @property
    def parent(self) -> AreaLevel | None:
        """The level above (``None`` for the province)."""
        return _ORDER[self.depth - 1] if self.depth else None

    @property
    def child(self) -> AreaLevel | None:
        """The level below (``None`` for a TPS)."""
        return _ORDER[self.depth + 1] if self.depth < len(_ORDER) - 1 else None

    @property
    def name_en(self) -> str:
        """``'province'``, ``'regency/city'``, ``'district'``, ``'village'`` or ``'TPS'``."""
        return _NAMES_EN[self]

    def label(self, locale: str = "id") -> str:
        """The name in the language of ``locale``."""
        return self.name_en if lang_of(locale) == "en" else self.value

    @classmethod
    def parse(cls, text: str) -> AreaLevel:
        """Read a level name, in Indonesian or English, in any case.

        Accepted: ``provinsi``, ``kabupaten``, ``kota``, ``kab/kota``, ``kecamatan``, ``desa``,
        ``kelurahan``, ``tps``, and ``province``, ``regency``, ``city``, ``district``,
        ``village``.

        Raises:
            PilkadaParseError: The name is not one of these.
        """
        if not isinstance(text, str):
            raise PilkadaTypeError("level", text, f"got {type(text).__name__}", "a level name")
        found = _ALIASES.get(_alias_key(text))
        if found is None:
            raise PilkadaParseError(
                "level",
                text,
                f"{text!r} is not a level of the region hierarchy",
                "one of provinsi, kabupaten/kota (kabupaten, kota), kecamatan, "
                "desa/kelurahan (desa, kelurahan) or tps",
            )
        return found


def _alias_key(text: str) -> str:
    return text.strip().lower().replace(" ", "").replace("_", "")


def as_level(value: object, field: str = "level") -> AreaLevel:
    """An :class:`AreaLevel`, a name :meth:`AreaLevel.parse` reads, or a member's name or value.

    >>> as_level("kelurahan"), as_level("KABUPATEN_KOTA")
    (<AreaLevel.DESA: 'desa/kelurahan'>, <AreaLevel.KABUPATEN_KOTA: 'kabupaten/kota'>)
    """
    if isinstance(value, str):
        found = _ALIASES.get(_alias_key(value))
        if found is not None:
            return found
    return as_enum(field, value, AreaLevel)


_ORDER: Final = tuple(AreaLevel)
_LENGTHS: Final = {
    AreaLevel.PROVINSI: 2,
    AreaLevel.KABUPATEN_KOTA: 4,
    AreaLevel.KECAMATAN: 6,
    AreaLevel.DESA: 10,
    AreaLevel.TPS: 13,
}
_BY_LENGTH: Final = {length: level for level, length in _LENGTHS.items()}
_NAMES_EN: Final = {
    AreaLevel.PROVINSI: "province",
    AreaLevel.KABUPATEN_KOTA: "regency/city",
    AreaLevel.KECAMATAN: "district",
    AreaLevel.DESA: "village",
    AreaLevel.TPS: "polling station",
}
_ALIASES: Final = {
    "provinsi": AreaLevel.PROVINSI,
    "prov": AreaLevel.PROVINSI,
    "province": AreaLevel.PROVINSI,
    "kabupaten/kota": AreaLevel.KABUPATEN_KOTA,
    "kabkota": AreaLevel.KABUPATEN_KOTA,
    "kab/kota": AreaLevel.KABUPATEN_KOTA,
    "kabupaten": AreaLevel.KABUPATEN_KOTA,
    "kota": AreaLevel.KABUPATEN_KOTA,
    "kab": AreaLevel.KABUPATEN_KOTA,
    "regency": AreaLevel.KABUPATEN_KOTA,
    "city": AreaLevel.KABUPATEN_KOTA,
    "kecamatan": AreaLevel.KECAMATAN,
    "kec": AreaLevel.KECAMATAN,
    "district": AreaLevel.KECAMATAN,
    "desa/kelurahan": AreaLevel.DESA,
    "desa": AreaLevel.DESA,
    "kelurahan": AreaLevel.DESA,
    "village": AreaLevel.DESA,
    "tps": AreaLevel.TPS,
}


class SpecialStatus(enum.Enum):
    """A province whose Pilkada differs from the general rules of UU 10/2016.

    * ``JAKARTA``: the governor needs more than 50 % of the valid votes, otherwise the top two
      meet in a second round (UU 2/2024 Pasal 10 ayat (2)-(3)); its five kota and one
      kabupaten are administrative and hold no election;
    * ``ACEH``: the Komisi Independen Pemilihan (KIP Aceh, KIP Kabupaten/Kota) runs the
      election in place of the KPU (UU 11/2006 on the Government of Aceh);
    * ``YOGYAKARTA``: no governor election: the Sultan is the governor (UU 13/2012 on the
      special status of DIY); its kabupaten and kota elect as elsewhere.
    """

    JAKARTA = "31"
    ACEH = "11"
    YOGYAKARTA = "34"

    @property
    def basis(self) -> LegalBasis:
        """The law that makes the province special."""
        return _SPECIAL_BASIS[self]

    @property
    def certainty(self) -> Certainty:
        """How sure the basis is.

        ``OFFICIAL`` for Jakarta (the article is quoted); ``PROVISIONAL`` where the article
        was not retrieved (Aceh, DIY).
        """
        return Certainty.OFFICIAL if self is SpecialStatus.JAKARTA else Certainty.PROVISIONAL


#: UU 2/2024 Pasal 10 ayat (2): the Jakarta governor pair needs more than 50 % of the votes.
JAKARTA_BASIS: Final = sources.UU_2_2024.provision(pasal="10", ayat="2")
_SPECIAL_BASIS: Final = {
    SpecialStatus.JAKARTA: JAKARTA_BASIS,
    # Provisional: the KIP articles (recalled as Pasal 56) were not retrieved.
    SpecialStatus.ACEH: sources.UU_11_2006,
    # Provisional: the article on the governor's appointment was not retrieved.
    SpecialStatus.YOGYAKARTA: sources.UU_13_2012,
}

#: The 38 provinces by Kemendagri code (the four new Papuan provinces of 2022 included).
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

#: Kab/kota codes from 71 are kota, below are kabupaten (Kemendagri convention).
FIRST_KOTA: Final = 71
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
        raise PilkadaTypeError(
            field, text, f"got {type(text).__name__} {as_shown(text)}", _ACCEPTED
        )
    digits = text.strip()
    if "." in digits:
        if not _DOTTED.fullmatch(digits):
            raise PilkadaValueError(field, text, f"{text!r} is not a dotted region code", _ACCEPTED)
        digits = digits.replace(".", "")
    if not (digits.isascii() and _DIGITS.fullmatch(digits)) or len(digits) not in _BY_LENGTH:
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


@attrs.frozen(order=True)
class RegionCode:
    """A Kemendagri region code, or a TPS code (the desa code and a 3-digit TPS number).

    Build it from text with or without dots; it prints dotted, as Kemendagri writes it.

    >>> code = RegionCode("3316012001")
    >>> print(code)
    33.16.01.2001
    >>> code.level
    <AreaLevel.DESA: 'desa/kelurahan'>
    >>> str(code.parent), str(code.up_to(AreaLevel.PROVINSI)), code.province
    ('33.16.01', '33', 'Jawa Tengah')
    >>> RegionCode("33.16").election
    <ElectionKind.BUPATI: 'bupati'>
    >>> RegionCode("31.71").elections
    ()
    >>> RegionCode("11").organiser
    'KIP Aceh'
    >>> RegionCode("33.16.01").child("2001", level=AreaLevel.DESA) == code
    True
    """

    digits: str = attrs.field(converter=normalize_code)

    @classmethod
    def parse(
        cls,
        text: str,
        *,
        level: AreaLevel | str | None = None,
        within: RegionCode | str | None = None,
    ) -> RegionCode:
        """Read a code, optionally requiring its level (see :func:`as_level`) and region.

        Raises:
            PilkadaTypeError: ``text``, ``level`` or ``within`` of another type.
            PilkadaValueError: the code is malformed, at another level, or outside ``within``
                (e.g. a desa whose code puts it under another kecamatan).
        """
        code = cls(text)
        level = None if level is None else as_level(level)
        if level is not None and code.level is not level:
            raise PilkadaValueError(
                "code",
                text,
                f"{code} is a {code.level.value} code",
                f"a {level.value} code of {level.code_length} digits",
            )
        if within is not None:
            parent = as_code(within, "within")
            if not code.is_within(parent):
                raise PilkadaValueError(
                    "code",
                    text,
                    f"{code.level.value} {code} is not in {parent.level.value} {parent}",
                    f"a code that starts with {parent.digits}",
                )
        return code

    @property
    def level(self) -> AreaLevel:
        """The level the code's length gives."""
        return _BY_LENGTH[len(self.digits)]

    @property
    def parent(self) -> RegionCode | None:
        """The region one level up (``None`` for a province)."""
        above = self.level.parent
        return None if above is None else RegionCode(self.digits[: above.code_length])

    def up_to(self, level: AreaLevel | str) -> RegionCode:
        """The region at ``level`` that contains this one (itself at its own level).

        Raises:
            PilkadaValueError: ``level`` is below this code's level.
        """
        level = as_level(level)
        if level.depth > self.level.depth:
            raise PilkadaValueError(
                "level",
                level,
                f"{self} is a {self.level.value} code, above the {level.value}",
                f"a level from provinsi to {self.level.value}",
            )
        return RegionCode(self.digits[: level.code_length])

    def child(self, suffix: str, *, level: AreaLevel | str | None = None) -> RegionCode:
        """The code of a region directly below this one, from its own part (``"2001"``)."""
        below = self.level.child
        if below is None:
            raise PilkadaValueError(
                "code", str(self), "a TPS has no region below it", "a region code"
            )
        width = below.code_length - self.level.code_length
        if not (isinstance(suffix, str) and len(suffix) == width and suffix.isdigit()):
            raise PilkadaValueError(
                "suffix", suffix, f"{suffix!r} is not a {below.value} number", f"{width} digits"
            )
        return RegionCode.parse(self.digits + suffix, level=level or below, within=self)

    def is_within(self, other: RegionCode | str) -> bool:
        """Whether this region is ``other`` (a code, or its text) or lies inside it."""
        return self.digits.startswith(as_code(other, "other").digits)

    @property
    def province(self) -> str:
        """The province's name."""
        return PROVINCES[self.digits[:2]]

    @property
    def is_kota(self) -> bool | None:
        """Whether the code is (in) a kota; ``None`` for a province code."""
        if len(self.digits) < 4:
            return None
        return int(self.digits[2:4]) >= FIRST_KOTA

    @property
    def special(self) -> SpecialStatus | None:
        """The province's special status, if any."""
        try:
            return SpecialStatus(self.digits[:2])
        except ValueError:
            return None

    @property
    def election(self) -> ElectionKind | None:
        """The election this region holds, for a province or kab/kota; ``None`` if none.

        Jakarta's administrative kab/kota and DI Yogyakarta's governor hold no election.
        """
        held = self.elections
        return held[0] if held else None

    @property
    def elections(self) -> tuple[ElectionKind, ...]:
        """The elections held in exactly this region (not those of the regions around it)."""
        special = self.special
        if self.level is AreaLevel.PROVINSI:
            return () if special is SpecialStatus.YOGYAKARTA else (ElectionKind.GUBERNUR,)
        if self.level is AreaLevel.KABUPATEN_KOTA:
            if special is SpecialStatus.JAKARTA:
                return ()
            return (ElectionKind.WALI_KOTA if self.is_kota else ElectionKind.BUPATI,)
        return ()

    @property
    def organiser(self) -> str:
        """The body that runs the election at this level (``'KIP Aceh'``, ``'KPU Provinsi'``)."""
        if self.special is SpecialStatus.ACEH:
            return "KIP Aceh" if self.level is AreaLevel.PROVINSI else "KIP Kabupaten/Kota"
        return "KPU Provinsi" if self.level is AreaLevel.PROVINSI else "KPU Kabupaten/Kota"

    @property
    def tps_number(self) -> int | None:
        """The TPS number within its desa/kelurahan (``None`` for a region code)."""
        return int(self.digits[10:]) if self.level is AreaLevel.TPS else None

    def __str__(self) -> str:
        d = self.digits
        parts = [d[:2], d[2:4], d[4:6], d[6:10], d[10:13]]
        return ".".join(part for part in parts if part)


def as_code(value: RegionCode | str, field: str = "code") -> RegionCode:
    """``value`` as a :class:`RegionCode` (a string is parsed; another type is refused)."""
    return value if isinstance(value, RegionCode) else RegionCode(normalize_code(value, field))


@attrs.frozen(kw_only=True)
class Region:
    """A named region, optionally with its parent, whose code must contain this one's.

    >>> kec = Region(code="33.16.01", name="Kradenan")
    >>> Region(code="33.16.01.2001", name="Sumberejo", parent=kec).code.level
    <AreaLevel.DESA: 'desa/kelurahan'>
    >>> Region(code="33.16.02.2001", name="X", parent=kec)
    Traceback (most recent call last):
    ...
    pilkada.errors.PilkadaValueError: parent: desa/kelurahan 33.16.02.2001 is not under ...
    """

    code: RegionCode = attrs.field(converter=as_code)
    name: str = attrs.field(validator=instance_of(str))
    parent: Region | None = attrs.field(default=None)

    def __attrs_post_init__(self) -> None:
        if self.parent is None:
            return
        if not isinstance(self.parent, Region):
            raise PilkadaTypeError(
                "parent", self.parent, f"got {type(self.parent).__name__}", "a Region"
            )
        expected = self.code.parent
        if expected != self.parent.code:
            raise PilkadaValueError(
                "parent",
                str(self.parent.code),
                f"{self.code.level.value} {self.code} is not under "
                f"{self.parent.code.level.value} {self.parent.code}",
                f"the parent whose code is {expected}" if expected else "no parent for a province",
            )
