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

import datetime as dt
import enum
from typing import Final

import attrs

from pilkada import sources
from pilkada.boundary import as_enum
from pilkada.errors import PilkadaParseError, PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.i18n import lang_of
from pilkada.law import Certainty, LegalBasis
from pilkada.wilayah import (
    FIRST_KOTA,
    PROVINCES,
    RegionKind,
    check_code_parts,
    is_known,
    kind_of,
    name_of,
    normalize_code,
    region_part,
    table_on,
    tables_named,
)

__all__ = [
    "CODE_BASIS",
    "JAKARTA_BASIS",
    "JAKARTA_DKJ_BASIS",
    "PROVINCES",
    "AreaLevel",
    "ElectionKind",
    "Region",
    "RegionCode",
    "RegionKind",
    "RegionLevel",
    "SpecialStatus",
    "as_level",
    "check_code_parts",
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
      meet in a second round (UU 29/2007 Pasal 11 ayat (1)-(2), in force for the 2024 vote;
      UU 2/2024 Pasal 10 ayat (2)-(3) repeats it once in force); its five kota and one
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


#: UU 29/2007 Pasal 11 ayat (1): the Jakarta governor pair needs more than 50 % of the votes.
#: It was in force on 27 November 2024: UU 2/2024 (DKJ) takes effect only with the Keppres
#: moving the capital (its Pasal 73), not issued by then. Checked 2026-12-02 (CNN Indonesia
#: and bisnis.com, 27 November 2024; wahananews.co and Kompas on UU 2/2024 Pasal 63 and 73).
JAKARTA_BASIS: Final = sources.UU_29_2007.provision(pasal="11", ayat="1")
#: UU 2/2024 Pasal 10 ayat (2): the same majority rule in the DKJ law, which applies once
#: that law is in force; cited beside :data:`JAKARTA_BASIS`.
JAKARTA_DKJ_BASIS: Final = sources.UU_2_2024.provision(pasal="10", ayat="2")
_SPECIAL_BASIS: Final = {
    SpecialStatus.JAKARTA: JAKARTA_BASIS,
    # Provisional: the KIP articles (recalled as Pasal 56) were not retrieved.
    SpecialStatus.ACEH: sources.UU_11_2006,
    # Provisional: the article on the governor's appointment was not retrieved.
    SpecialStatus.YOGYAKARTA: sources.UU_13_2012,
}


def _listed(code: RegionCode, attribute: attrs.Attribute[str], digits: str) -> None:
    if not is_known(digits):
        raise unknown_code(str(code), digits)


def unknown_code(shown: str, digits: str, table: str | None = None) -> PilkadaValueError:
    """The error for a well-formed code that the region table does not list."""
    dotted = RegionCode.parse(digits, known=False)
    what = "desa/kelurahan of TPS" if len(digits) == 13 else dotted.level.value
    named = table or f"the Kemendagri region table ({tables_named()})"
    return PilkadaValueError(
        "code",
        shown,
        f"{what} {dotted.parent if len(digits) == 13 else dotted} is not in {named}",
        "a code the table lists, e.g. '33.16' (Kabupaten Blora); "
        "RegionCode.parse(text, known=False) takes a code outside it",
    )


@attrs.frozen(order=True)
class RegionCode:
    """A Kemendagri region code, or a TPS code (the desa code and a 3-digit TPS number).

    Build it from text with or without dots; it prints dotted, as Kemendagri writes it. The
    region must be listed in one of the Kemendagri tables the library ships (see
    :mod:`pilkada.wilayah`; for a TPS, its desa/kelurahan): :meth:`parse` with
    ``known=False`` takes any well-formed code (test data, a code to report), and with
    ``on=`` requires the table in force on that day.

    >>> code = RegionCode("3316012001")
    >>> str(code), code.name, code.kind
    ('33.16.01.2001', 'Bangkleyan', <RegionKind.DESA: 'desa'>)
    >>> code.level
    <AreaLevel.DESA: 'desa/kelurahan'>
    >>> str(code.parent), str(code.up_to(AreaLevel.PROVINSI)), code.province
    ('33.16.01', '33', 'Jawa Tengah')
    >>> RegionCode("33.16").name, RegionCode("33.16").election
    ('Kabupaten Blora', <ElectionKind.BUPATI: 'bupati'>)
    >>> RegionCode("33.99")
    Traceback (most recent call last):
    ...
    pilkada.errors.PilkadaValueError: code: kabupaten/kota 33.99 is not in the Kemendagri ...
    >>> RegionCode.parse("33.99", known=False).name is None
    True
    >>> RegionCode("31.71").elections
    ()
    >>> RegionCode("11").organiser
    'KIP Aceh'
    >>> RegionCode("33.16.01").child("2001", level=AreaLevel.DESA) == code
    True
    """

    digits: str = attrs.field(converter=normalize_code, validator=_listed)

    @classmethod
    def parse(
        cls,
        text: str,
        *,
        level: AreaLevel | str | None = None,
        within: RegionCode | str | None = None,
        known: bool = True,
        on: dt.date | None = None,
    ) -> RegionCode:
        """Read a code, optionally requiring its level (see :func:`as_level`) and region.

        ``known=False`` accepts a well-formed code that no table lists; ``on`` requires the
        region in the table in force on that day (see :func:`pilkada.wilayah.table_on`).

        Raises:
            PilkadaTypeError: ``text``, ``level``, ``within`` or ``on`` of another type.
            PilkadaValueError: the code is malformed, not in the table, at another level, or
                outside ``within`` (e.g. a desa whose code puts it under another kecamatan).
        """
        level = None if level is None else as_level(level)
        if known and on is None:
            code = cls(text)
        else:
            code = object.__new__(cls)
            object.__setattr__(code, "digits", normalize_code(text))
        if on is not None:
            table = table_on(on)
            if region_part(code.digits) not in table:
                raise unknown_code(str(text), code.digits, f"{table.basis} (in force on {on})")
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
    def name(self) -> str | None:
        """The region's name in the newest table listing it; ``None`` when none does.

        A TPS is named by its number and desa/kelurahan (``'TPS 001 Bangkleyan'``).
        """
        name = name_of(self.digits)
        if name is not None and self.level is AreaLevel.TPS:
            return f"TPS {self.digits[10:]} {name}"
        return name

    def name_on(self, day: dt.date) -> str | None:
        """The region's name in the table in force on ``day`` (``None`` if it is not there)."""
        name = table_on(day).name(region_part(self.digits))
        if name is not None and self.level is AreaLevel.TPS:
            return f"TPS {self.digits[10:]} {name}"
        return name

    @property
    def kind(self) -> RegionKind | None:
        """Kabupaten or kota, kecamatan, desa or kelurahan... (``None`` for a TPS)."""
        return kind_of(self.digits)

    @property
    def is_known(self) -> bool:
        """Whether a table the library ships lists the region (a TPS: its desa)."""
        return is_known(self.digits)

    @property
    def level(self) -> AreaLevel:
        """The level the code's length gives."""
        return _BY_LENGTH[len(self.digits)]

    @property
    def parent(self) -> RegionCode | None:
        """The region one level up (``None`` for a province)."""
        above = self.level.parent
        return None if above is None else _sub(self.digits[: above.code_length])

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
        return _sub(self.digits[: level.code_length])

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
        return RegionCode.parse(
            self.digits + suffix, level=level or below, within=self, known=self.is_known
        )

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


def _sub(digits: str) -> RegionCode:
    """A region containing a code already read (its parent, its province...): not re-checked."""
    code = object.__new__(RegionCode)
    object.__setattr__(code, "digits", digits)
    return code


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
