"""The ad hoc bodies that run a Pilkada: who they are, who may sit on them, how many are needed.

KPU side: PPK (kecamatan), PPS (desa/kelurahan), KPPS (TPS) and Pantarlih (voter-list
officers, per TPS). Bawaslu side: Panwaslu Kecamatan, Panwaslu Kelurahan/Desa (PKD) and
Pengawas TPS.

>>> AdhocBodyKind.PPK.members, AdhocBodyKind.KPPS.members, AdhocBodyKind.PKD.members
(5, 7, 1)
>>> AdhocBodyKind.PANTARLIH.members_for(voters=401)
2
>>> tps_needed(601)
2
>>> plan = plan_staffing(kecamatan=16, desa=295, tps=1200)
>>> plan.members(AdhocBodyKind.PPK), plan.members(AdhocBodyKind.KPPS)
(80, 8400)
>>> print(plan.honorarium_monthly())
Rp9.790.300.000,00
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from importlib import resources
from typing import TYPE_CHECKING, Final

import attrs

from pilkada import findings
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.i18n import DEFAULT_LOCALE, check_date, format_percent
from pilkada.law import Certainty, Dated, Instrument, LegalBasis, in_force
from pilkada.money import Rupiah
from pilkada.presentation import Tabular
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
from pilkada.schedule import Schedule

if TYPE_CHECKING:
    pass

__all__ = [
    "AdhocBody",
    "AdhocBodyKind",
    "Applicant",
    "BodyWindow",
    "Composition",
    "Education",
    "Finding",
    "Member",
    "Organiser",
    "Requirement",
    "Role",
    "Severity",
    "Sex",
    "StaffingPlan",
    "adhoc_timeline",
    "check_eligibility",
    "honorarium_rates",
    "plan_staffing",
    "tps_needed",
]

_AddFn = Callable[..., None]

MAX_VOTERS_PER_TPS: Final = 600
#: A TPS with more voters than this gets two Pantarlih.
PANTARLIH_DOUBLE_ABOVE: Final = 400


class Organiser(enum.Enum):
    """Which election body forms the ad hoc body."""

    KPU = "KPU"
    BAWASLU = "Bawaslu"


class Education(enum.IntEnum):
    """Highest completed education, in order."""

    SD = 1
    SMP = 2
    SMA = 3  # SMA, SMK, MA or equivalent
    D1 = 4
    D2 = 5
    D3 = 6
    D4_S1 = 7
    S2 = 8
    S3 = 9


class Sex(enum.Enum):
    """Sex as recorded on the KTP (and encoded in the NIK: day + 40 for women)."""

    LAKI_LAKI = "L"
    PEREMPUAN = "P"


class Role(enum.Enum):
    """A member's role in a body."""

    KETUA = "ketua"
    ANGGOTA = "anggota"


class Requirement(enum.Enum):
    """What an applicant must meet; the stable codes of eligibility findings."""

    CITIZENSHIP = "WNI"
    AGE = "usia"
    EDUCATION = "pendidikan"
    PARTY = "partai politik"
    TERMS = "periode"
    DOMICILE = "domisili"
    NIK = "NIK"
    CRIMINAL_RECORD = "pidana"
    HEALTH = "kesehatan"
    MARRIAGE = "ikatan perkawinan"
    DISMISSAL = "pemberhentian"


class Composition(enum.Enum):
    """Codes of findings about a body as a whole."""

    SIZE = "jumlah anggota"
    KETUA = "ketua"
    WOMEN = "keterwakilan perempuan"
    MEMBER = "anggota tidak memenuhi syarat"
    DUPLICATE = "anggota ganda"


#: Kept here too: ``pilkada.adhoc.Severity`` is ``pilkada.findings.Severity``.
Severity = findings.Severity


# -- the kinds ---------------------------------------------------------------------------------

#: PKPU 8/2022 Pasal 35: the requirements for PPK, PPS and KPPS members (as reproduced in
#: Keputusan KPU 1669/2023 and by KPU offices; shared/domain.md §2a).
KPU_REQUIREMENTS: Final = attrs.evolve(PKPU_8_2022, pasal="35")
#: Perbawaslu 19/2017 as last amended by Perbawaslu 17/2023, with the 2024 Pilkada
#: announcements (Bawaslu Jateng for PKD, Bawaslu DKI for Pengawas TPS).
BAWASLU_REQUIREMENTS: Final = LegalBasis(
    Instrument.PERBAWASLU,
    "19",
    2017,
    amended_by=(LegalBasis(Instrument.PERBAWASLU, "17", 2023),),
    title="Pembentukan, Pemberhentian, dan Penggantian Antarwaktu Badan Pengawas Pemilihan "
    "Umum Provinsi, Badan Pengawas Pemilihan Umum Kabupaten/Kota, Panitia Pengawas Pemilihan "
    "Umum Kecamatan, Panitia Pengawas Pemilihan Umum Kelurahan/Desa, dan Pengawas Tempat "
    "Pemungutan Suara",
)


@attrs.frozen
class _Kind:
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
    def _info(self) -> _Kind:
        return _KINDS[self]

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
        _count("voters", voters)
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
_KINDS: Final[dict[AdhocBodyKind, _Kind]] = {
    AdhocBodyKind.PPK: _Kind(
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
    AdhocBodyKind.PPS: _Kind(
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
    AdhocBodyKind.KPPS: _Kind(
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
    AdhocBodyKind.PANTARLIH: _Kind(
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
    AdhocBodyKind.PANWASLU_KECAMATAN: _Kind(
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
    AdhocBodyKind.PKD: _Kind(
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
    AdhocBodyKind.PENGAWAS_TPS: _Kind(
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


def _count(field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PilkadaTypeError(field, value, f"got {type(value).__name__} {value!r}", "an int")
    if value < 0:
        raise PilkadaValueError(field, value, f"{value} is negative", "a count of 0 or more")
    return value


def tps_needed(voters: int, *, max_per_tps: int = MAX_VOTERS_PER_TPS) -> int:
    """TPS needed for ``voters``: at most 600 voters a TPS in the 2024 Pilkada (600 -> 1).

    KPU's ceiling (rumahpemilu.org, KPU member Betty Idroos; Pemilu 2024 had 300).
    """
    _count("voters", voters)
    _count("max_per_tps", max_per_tps)
    if max_per_tps == 0:
        raise PilkadaValueError("max_per_tps", 0, "a TPS of 0 voters", "a ceiling above 0")
    return math.ceil(Fraction(voters, max_per_tps))


# -- applicants and eligibility ----------------------------------------------------------------

_CODE = re.compile(r"\d{2}(?:\.?\d{2}){0,2}(?:\.?\d{4})?")


def _area_code(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise PilkadaTypeError(field, value, f"got {type(value).__name__}", "a region code")
    if not _CODE.fullmatch(value):
        raise PilkadaValueError(
            field, value, f"{value!r} is not a Kemendagri region code", "e.g. '33.16.01.2001'"
        )
    return value.replace(".", "")


def _domicile_code(value: object) -> str:
    return _area_code("domicile", value)


def _body_area_code(value: object) -> str:
    return _area_code("area", value)


def _date_field(_: object, attribute: attrs.Attribute[dt.date], value: object) -> None:
    check_date(attribute.name, value)


@attrs.frozen(kw_only=True)
class Applicant:
    """Someone applying to sit on an ad hoc body, as the registration forms record them.

    Args:
        nik: The 16-digit NIK from the KTP-el.
        name: Full name.
        birth_date: Date of birth (not in the future).
        sex: :class:`Sex`.
        education: Highest completed :class:`Education`.
        domicile: The Kemendagri code of the desa/kelurahan where the applicant lives
            (``"3316012001"`` or ``"33.16.01.2001"``).
        party_member: Currently a member of a political party.
        left_party_on: The day the applicant left a party, if ever a member.
        terms_served: Terms already served on the same kind of body.
        citizen: Indonesian citizen (WNI).
        convicted: Ever sentenced to prison for an offence carrying 5 years or more.
        healthy: Physically and mentally able, and free of drug abuse.
        married_to_official: Married to another election official.
        dismissed: Ever permanently dismissed by KPU, Bawaslu or DKPP.
    """

    nik: str = attrs.field(validator=instance_of(str))

    @nik.validator
    def _check_nik_format(self, attribute: attrs.Attribute[str], value: str) -> None:
        # A malformed NIK (not 16 digits) is bad input; a well-formed one that python-stdnum
        # rejects, or that disagrees with the birth date, is an eligibility finding.
        if not (len(value) == 16 and value.isascii() and value.isdigit()):
            raise PilkadaValueError(
                attribute.name, value, f"{value!r} is not a NIK", "the 16 digits of the KTP-el"
            )

    name: str = attrs.field(validator=instance_of(str))
    birth_date: dt.date = attrs.field(validator=_date_field)
    sex: Sex = attrs.field(validator=instance_of(Sex))
    education: Education = attrs.field(validator=instance_of(Education))
    domicile: str = attrs.field(converter=_domicile_code)
    party_member: bool = attrs.field(default=False, validator=instance_of(bool))
    left_party_on: dt.date | None = attrs.field(default=None)
    terms_served: int = attrs.field(default=0)
    citizen: bool = attrs.field(default=True, validator=instance_of(bool))
    convicted: bool = attrs.field(default=False, validator=instance_of(bool))
    healthy: bool = attrs.field(default=True, validator=instance_of(bool))
    married_to_official: bool = attrs.field(default=False, validator=instance_of(bool))
    dismissed: bool = attrs.field(default=False, validator=instance_of(bool))

    @left_party_on.validator
    def _check_left(self, attribute: attrs.Attribute[dt.date | None], value: object) -> None:
        if value is not None:
            check_date(attribute.name, value)

    @terms_served.validator
    def _check_terms(self, attribute: attrs.Attribute[int], value: object) -> None:
        _count(attribute.name, value)

    def __attrs_post_init__(self) -> None:
        if len(self.domicile) != 10:
            raise PilkadaValueError(
                "domicile",
                self.domicile,
                "the domicile is not a desa/kelurahan code",
                "the 10-digit code of the desa/kelurahan, e.g. '3316012001'",
            )
        if self.birth_date > dt.date.today():
            raise PilkadaValueError(
                "birth_date",
                self.birth_date,
                f"{self.birth_date.isoformat()} is in the future",
                "a birth date on or before today",
            )

    def age_on(self, day: dt.date) -> int:
        """Age in whole years on ``day``: someone who turns 17 that day is 17.

        Born on 29 February, one comes of age on 1 March in a common year.
        """
        day = check_date("on", day)
        born = self.birth_date
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@attrs.frozen(kw_only=True)
class Finding(findings.Finding):
    """Something that makes an applicant or a body fall short: a :class:`pilkada.findings.Finding`.

    ``code`` is a :class:`Requirement` for an applicant, a :class:`Composition` for a body;
    ``member`` names the member concerned, where there is one.
    """

    code: Requirement | Composition = attrs.field(  # type: ignore[assignment]
        validator=instance_of((Requirement, Composition))
    )
    member: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(str))
    )


#: Years out of a political party before one may sit on an ad hoc body.
PARTY_YEARS: Final = 5
MIN_EDUCATION: Final = Education.SMA


@functools.cache
def _terms_rule() -> tuple[Dated[int | None], ...]:
    # PKPU 8/2022 dropped the two-term limit for PPK and PPS (KPU member Parsadaan Harahap,
    # Kompas 18 November 2022). It was in force by 16 November 2022 (tribunsumsel); its exact
    # day of promulgation was not retrieved. The older limit (PKPU 3/2018) is not recorded, so a
    # day before that is refused rather than guessed.
    return (
        Dated[int | None](
            value=None,
            effective=dt.date(2022, 11, 16),
            basis=PKPU_8_2022,
            certainty=Certainty.PROVISIONAL,
            note="no limit on terms served; effective day: in force by this day",
        ),
    )


def check_eligibility(
    applicant: Applicant, kind: AdhocBodyKind, *, on: dt.date, area: str | None = None
) -> list[Finding]:
    """Every requirement ``applicant`` does not meet to sit on a ``kind`` body on day ``on``.

    An empty list means eligible. Ages are counted on ``on`` (the registration day, or the
    day the regulation names). With ``area`` (the Kemendagri code of the body's kecamatan or
    desa/kelurahan), the domicile is checked too.

    >>> import datetime as dt
    >>> applicant = Applicant(
    ...     nik="3316014107070001", name="Siti", birth_date=dt.date(2007, 7, 1),
    ...     sex=Sex.PEREMPUAN, education=Education.SMA, domicile="3316012001")
    >>> check_eligibility(applicant, AdhocBodyKind.KPPS, on=dt.date(2024, 7, 1))
    []
    >>> [f.code for f in check_eligibility(applicant, AdhocBodyKind.KPPS, on=dt.date(2024, 6, 30))]
    [<Requirement.AGE: 'usia'>]
    """
    if not isinstance(applicant, Applicant):
        raise PilkadaTypeError(
            "applicant", applicant, f"got {type(applicant).__name__}", "Applicant"
        )
    if not isinstance(kind, AdhocBodyKind):
        raise PilkadaTypeError("kind", kind, f"got {type(kind).__name__}", "an AdhocBodyKind")
    on = check_date("on", on)
    basis = KPU_REQUIREMENTS if kind.organiser is Organiser.KPU else BAWASLU_REQUIREMENTS
    found: list[Finding] = []

    def add(
        code: Requirement, id_text: str, en_text: str, *, certainty: Certainty = Certainty.OFFICIAL
    ) -> None:
        found.append(
            Finding(
                code=code,
                severity=Severity.ERROR,
                message_id=f"{applicant.name}: {id_text}.",
                message_en=f"{applicant.name}: {en_text}.",
                basis=basis,
                certainty=certainty,
                member=applicant.name,
            )
        )

    if not applicant.citizen:
        add(Requirement.CITIZENSHIP, "bukan warga negara Indonesia", "not an Indonesian citizen")
    age = applicant.age_on(on)
    if age < kind.min_age:
        add(
            Requirement.AGE,
            f"berusia {age} tahun pada {on.isoformat()}, kurang dari {kind.min_age} tahun",
            f"is {age} on {on.isoformat()}, younger than {kind.min_age}",
            certainty=kind._info.age_certainty,
        )
    if applicant.education < MIN_EDUCATION:
        add(
            Requirement.EDUCATION,
            f"pendidikan terakhir {applicant.education.name}, paling rendah SMA atau sederajat",
            f"highest education {applicant.education.name}; at least SMA or equivalent is needed",
        )
    _check_party(applicant, on, add)
    _check_terms(applicant, kind, on, add)
    if area is not None:
        area_code = _area_code("area", area)
        length = kind._info.domicile.code_length
        if len(area_code) < length:
            raise PilkadaValueError(
                "area",
                area,
                f"a {kind.label()} is checked against its {kind._info.domicile.value} code",
                f"a code of at least {length} digits",
            )
        if not applicant.domicile.startswith(area_code[:length]):
            add(
                Requirement.DOMICILE,
                f"berdomisili di {applicant.domicile}, di luar wilayah kerja {area_code[:length]}",
                f"lives in {applicant.domicile}, outside the working area {area_code[:length]}",
            )
    _check_nik(applicant, add)
    checks: tuple[tuple[bool, Requirement, str, str], ...] = (
        (applicant.convicted, Requirement.CRIMINAL_RECORD,
         "pernah dipidana penjara karena tindak pidana yang diancam 5 tahun atau lebih",
         "has been sentenced for an offence carrying 5 years or more"),
        (not applicant.healthy, Requirement.HEALTH,
         "tidak sehat jasmani, rohani, atau bebas penyalahgunaan narkotika",
         "not physically and mentally able, or not free of drug abuse"),
        (applicant.married_to_official, Requirement.MARRIAGE,
         "berada dalam ikatan perkawinan dengan sesama penyelenggara pemilihan",
         "married to another election official"),
        (applicant.dismissed, Requirement.DISMISSAL,
         "pernah diberhentikan tetap oleh KPU, Bawaslu, atau DKPP",
         "was once permanently dismissed by KPU, Bawaslu or DKPP"),
    )  # fmt: skip
    for flag, code, id_text, en_text in checks:
        if flag:
            add(code, id_text, en_text)
    return found


def _check_party(applicant: Applicant, on: dt.date, add: _AddFn) -> None:
    if applicant.party_member:
        add(
            Requirement.PARTY,
            "masih menjadi anggota partai politik",
            "is still a member of a political party",
        )
        return
    left = applicant.left_party_on
    if left is None:
        return
    from pilkada.calendar import months_after  # noqa: PLC0415 (dateutil loads on first use)

    eligible_from = months_after(left, 12 * PARTY_YEARS)
    if on < eligible_from:
        add(
            Requirement.PARTY,
            f"keluar dari partai politik pada {left.isoformat()}, belum {PARTY_YEARS} tahun "
            f"(baru memenuhi syarat pada {eligible_from.isoformat()})",
            f"left a political party on {left.isoformat()}, less than {PARTY_YEARS} years ago "
            f"(eligible from {eligible_from.isoformat()})",
        )


def _check_terms(applicant: Applicant, kind: AdhocBodyKind, on: dt.date, add: _AddFn) -> None:
    if kind.organiser is not Organiser.KPU:
        return  # Bawaslu's rule on terms (a Perbawaslu) is not recorded
    rule = in_force(_terms_rule(), on, what="rule on terms served")
    if rule.value is not None and applicant.terms_served >= rule.value:
        add(
            Requirement.TERMS,
            f"telah menjabat {applicant.terms_served} periode sebagai {kind.label()}",
            f"has served {applicant.terms_served} terms on a {kind.label()}",
            certainty=rule.certainty,
        )


def _check_nik(applicant: Applicant, add: _AddFn) -> None:
    from stdnum.exceptions import ValidationError  # noqa: PLC0415 (loads on first use)
    from stdnum.id import nik  # noqa: PLC0415

    try:
        number = nik.validate(applicant.nik)
        encoded = nik.get_birth_date(number)
    except ValidationError as exc:
        add(
            Requirement.NIK,
            f"NIK {applicant.nik!r} tidak sah ({exc})",
            f"NIK {applicant.nik!r} is not valid ({exc})",
        )
        return
    born = applicant.birth_date
    # The NIK stores DDMMYY: the century is not encoded, so only the last two digits count.
    if (encoded.day, encoded.month, encoded.year % 100) != (born.day, born.month, born.year % 100):
        add(
            Requirement.NIK,
            f"tanggal lahir dalam NIK ({encoded:%d-%m-%y}) berbeda dengan {born.isoformat()}",
            f"the birth date in the NIK ({encoded:%d-%m-%y}) differs from {born.isoformat()}",
        )
    female = int(number[6:8]) > 40
    if female != (applicant.sex is Sex.PEREMPUAN):
        add(
            Requirement.NIK,
            "jenis kelamin dalam NIK berbeda dengan data pendaftar",
            "the sex encoded in the NIK differs from the applicant's",
        )


# -- bodies ------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Member:
    """A member of a body and their role."""

    applicant: Applicant = attrs.field(validator=instance_of(Applicant))
    role: Role = attrs.field(default=Role.ANGGOTA, validator=instance_of(Role))


#: "Komposisi keanggotaan ... memperhatikan keterwakilan perempuan paling sedikit 30%"
#: (PKPU 8/2022; UU 7/2017 Pasal 52 ayat (7) for the Pemilu): a matter to consider, not a quota.
WOMEN_SHARE: Final = Fraction(30, 100)


def _members(values: Iterable[Member]) -> tuple[Member, ...]:
    members = tuple(values)
    for index, member in enumerate(members):
        if not isinstance(member, Member):
            raise PilkadaTypeError(
                f"members[{index}]", member, f"got {type(member).__name__}", "Member objects"
            )
    return members


@attrs.frozen(kw_only=True)
class AdhocBody:
    """One ad hoc body: its kind, the area it serves and its members.

    Args:
        kind: :class:`AdhocBodyKind`.
        area: The Kemendagri code of the kecamatan, desa/kelurahan, or (for a TPS) the desa
            code; members' domicile is checked against it.
        members: :class:`Member` objects with their roles.
        voters: For Pantarlih, the voters of the TPS (more than 400 means 2 Pantarlih).

    Nothing is refused at construction beyond types: :meth:`findings` lists what is wrong,
    so a body being formed can be checked as it fills up.
    """

    kind: AdhocBodyKind = attrs.field(validator=instance_of(AdhocBodyKind))
    area: str = attrs.field(converter=_body_area_code)
    members: tuple[Member, ...] = attrs.field(default=(), converter=_members)
    voters: int | None = attrs.field(default=None)

    @voters.validator
    def _check_voters(self, attribute: attrs.Attribute[int | None], value: object) -> None:
        if value is not None:
            _count(attribute.name, value)

    @property
    def size(self) -> int:
        """The legal number of members."""
        return self.kind.members_for(voters=self.voters)

    def findings(self, *, on: dt.date) -> list[Finding]:
        """What is wrong with the body on day ``on``: errors, and warnings to consider.

        Errors: not exactly the legal size; not exactly one ketua (for committees: PPK, PPS,
        KPPS, Panwaslu Kecamatan); each member's unmet requirements. Warning: fewer than 30 %
        women on a committee.

        >>> import datetime as dt
        >>> body = AdhocBody(kind=AdhocBodyKind.PKD, area="3316012001")
        >>> [(f.code.name, f.severity.name) for f in body.findings(on=dt.date(2024, 5, 13))]
        [('SIZE', 'ERROR')]
        """
        on = check_date("on", on)
        basis = self.kind.basis
        found: list[Finding] = []
        label = self.kind.label()
        if len(self.members) != self.size:
            found.append(
                Finding(
                    code=Composition.SIZE,
                    severity=Severity.ERROR,
                    message_id=f"{label} beranggotakan {self.size} orang, tercatat "
                    f"{len(self.members)}.",
                    message_en=f"A {label} has {self.size} members; {len(self.members)} are "
                    "recorded.",
                    basis=basis,
                )
            )
        committee = self.size > 1 and self.kind is not AdhocBodyKind.PANTARLIH
        ketua = sum(member.role is Role.KETUA for member in self.members)
        if committee and self.members and ketua != 1:
            found.append(
                Finding(
                    code=Composition.KETUA,
                    severity=Severity.ERROR,
                    message_id=f"{label} harus memiliki tepat satu ketua, tercatat {ketua}.",
                    message_en=f"A {label} needs exactly one ketua (chair); {ketua} recorded.",
                    basis=basis,
                )
            )
        niks = [member.applicant.nik for member in self.members]
        for nik in sorted({n for n in niks if niks.count(n) > 1}):
            found.append(
                Finding(
                    code=Composition.DUPLICATE,
                    severity=Severity.ERROR,
                    message_id=f"NIK {nik} tercatat lebih dari sekali dalam {label}.",
                    message_en=f"NIK {nik} is listed more than once on the {label}.",
                    basis=basis,
                )
            )
        for member in self.members:
            found += check_eligibility(member.applicant, self.kind, on=on, area=self.area)
        if committee and self.members:
            women = Fraction(
                sum(m.applicant.sex is Sex.PEREMPUAN for m in self.members), len(self.members)
            )
            if women < WOMEN_SHARE:
                found.append(
                    Finding(
                        code=Composition.WOMEN,
                        severity=Severity.WARNING,
                        message_id=f"Keterwakilan perempuan {format_percent(women)}, kurang dari "
                        "30% yang perlu diperhatikan.",
                        message_en=f"Women are {format_percent(women, locale='en')} of the "
                        "members, below the 30% the law asks to consider.",
                        basis=basis,
                    )
                )
        return found

    def is_valid(self, *, on: dt.date) -> bool:
        """No errors on day ``on`` (warnings allowed)."""
        return all(f.severity is Severity.WARNING for f in self.findings(on=on))


# -- planning ----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Rates:
    rates: dict[str, Rupiah]
    terms: dict[str, int]
    terms_certainty: Certainty


@functools.cache
def _rate_versions() -> tuple[Dated[_Rates], ...]:
    text = resources.files("pilkada.data").joinpath("honorarium.toml").read_text("utf-8")
    data = tomllib.loads(text)
    terms = {k: int(v) for k, v in data["terms"].items() if k.isupper()}
    return tuple(
        Dated[_Rates](
            value=_Rates(
                rates={k: Rupiah(str(v)) for k, v in row.items() if k.isupper()},
                terms=terms,
                terms_certainty=Certainty(data["terms"]["certainty"]),
            ),
            effective=row["effective"],
            basis=LegalBasis.parse(row["basis"]),
            certainty=Certainty(row["certainty"]),
            note=row["source"],
        )
        for row in data["rates"]
    )


def honorarium_rates(on: dt.date | None = None) -> Dated[dict[str, Rupiah]]:
    """The monthly honorarium per post in force on ``on`` (default: the latest).

    Posts: ``KETUA_PPK``, ``ANGGOTA_PPK``, ``KETUA_PPS``, ``ANGGOTA_PPS``, ``KETUA_KPPS``,
    ``ANGGOTA_KPPS``, ``PANTARLIH``.

    >>> rates = honorarium_rates()
    >>> print(rates.value["KETUA_KPPS"], rates.basis)
    Rp900.000,00 Surat Menkeu S-647/MK.02/2022
    """
    version = in_force(_rate_versions(), on, what="honorarium rate")
    return Dated[dict[str, Rupiah]](
        value=dict(version.value.rates),
        effective=version.effective,
        basis=version.basis,
        certainty=version.certainty,
        note=version.note,
    )


#: The posts of a KPU body and how many of each, for the honorarium.
_POSTS: Final = {
    AdhocBodyKind.PPK: (("KETUA_PPK", 1), ("ANGGOTA_PPK", 4)),
    AdhocBodyKind.PPS: (("KETUA_PPS", 1), ("ANGGOTA_PPS", 2)),
    AdhocBodyKind.KPPS: (("KETUA_KPPS", 1), ("ANGGOTA_KPPS", 6)),
}


@attrs.frozen(kw_only=True)
class StaffingPlan(Tabular):
    """How many ad hoc bodies and members an area needs, and their honorarium.

    Build it with :func:`plan_staffing`. ``members(kind)`` is linear in the counts:
    PPK 5 a kecamatan, PPS 3 a desa, KPPS 7 a TPS, Pantarlih 1 or 2 a TPS, Panwaslu Kecamatan 3 a
    kecamatan, PKD 1 a desa, Pengawas TPS 1 a TPS.
    """

    kecamatan: int = attrs.field(validator=lambda _, a, v: _count(a.name, v))
    desa: int = attrs.field(validator=lambda _, a, v: _count(a.name, v))
    tps: int = attrs.field(validator=lambda _, a, v: _count(a.name, v))
    pantarlih: int = attrs.field(validator=lambda _, a, v: _count(a.name, v))
    on: dt.date | None = None

    def bodies(self, kind: AdhocBodyKind) -> int:
        """How many bodies of ``kind`` (for Pantarlih: the TPS they cover)."""
        return {
            AreaLevel.KECAMATAN: self.kecamatan,
            AreaLevel.DESA: self.desa,
            AreaLevel.TPS: self.tps,
        }[kind.level]

    def members(self, kind: AdhocBodyKind) -> int:
        """How many people sit on bodies of ``kind``."""
        if kind is AdhocBodyKind.PANTARLIH:
            return self.pantarlih
        return self.bodies(kind) * kind.members

    def total(self, organiser: Organiser | None = None) -> int:
        """All members, or those of one organiser."""
        return sum(
            self.members(kind)
            for kind in AdhocBodyKind
            if organiser is None or kind.organiser is organiser
        )

    def honorarium_monthly(self, kind: AdhocBodyKind | None = None) -> Rupiah:
        """The monthly honorarium of all members of ``kind`` (default: every KPU body).

        Bawaslu's ad hoc honoraria are not recorded (see ``data/honorarium.toml``); asking for
        one is an error rather than a zero.
        """
        if kind is None:
            return sum((self.honorarium_monthly(k) for k in KPU_PAID), Rupiah(0))
        if not isinstance(kind, AdhocBodyKind):
            raise PilkadaTypeError("kind", kind, f"got {type(kind).__name__}", "an AdhocBodyKind")
        rates = honorarium_rates(self.on).value
        if kind is AdhocBodyKind.PANTARLIH:
            return rates["PANTARLIH"] * self.pantarlih
        if kind not in _POSTS:
            raise PilkadaValueError(
                "kind",
                kind.name,
                f"no honorarium rate is recorded for the {kind.label()}",
                "a KPU body: PPK, PPS, KPPS or Pantarlih",
            )
        return sum(
            (rates[post] * (count * self.bodies(kind)) for post, count in _POSTS[kind]),
            Rupiah(0),
        )

    @property
    def terms_certainty(self) -> Certainty:
        """How sure the term lengths (:meth:`term_months`) in force on ``on`` are."""
        return in_force(_rate_versions(), self.on, what="honorarium rate").value.terms_certainty

    def term_months(self, kind: AdhocBodyKind) -> int:
        """Months of honorarium in a body's term, for budgeting (provisional; see the data)."""
        version = in_force(_rate_versions(), self.on, what="honorarium rate")
        if not isinstance(kind, AdhocBodyKind) or kind.name not in version.value.terms:
            raise PilkadaValueError(
                "kind", kind, "no term is recorded for it", "a KPU body: PPK, PPS, KPPS, Pantarlih"
            )
        return version.value.terms[kind.name]

    def honorarium_term(self, kind: AdhocBodyKind | None = None) -> Rupiah:
        """The honorarium over the term: monthly amount times the months of the term."""
        if kind is None:
            return sum((self.honorarium_term(k) for k in KPU_PAID), Rupiah(0))
        return self.honorarium_monthly(kind) * self.term_months(kind)


#: The ad hoc bodies whose members KPU pays an honorarium (the Bawaslu bodies are paid by
#: Bawaslu, outside this plan).
KPU_PAID: Final = (
    AdhocBodyKind.PPK,
    AdhocBodyKind.PPS,
    AdhocBodyKind.KPPS,
    AdhocBodyKind.PANTARLIH,
)


def plan_staffing(
    *,
    kecamatan: int,
    desa: int,
    tps: int,
    voters_per_tps: int | Sequence[int] | None = None,
    on: dt.date | None = None,
) -> StaffingPlan:
    """Members and honorarium for an area of ``kecamatan``, ``desa`` and ``tps``.

    Args:
        kecamatan: Number of kecamatan.
        desa: Number of desa/kelurahan (at least one per kecamatan is not required, but
            every desa has a TPS: ``tps >= desa``).
        tps: Number of TPS.
        voters_per_tps: Voters of every TPS (one number for all, or one per TPS); TPS with more
            than 400 voters get two Pantarlih. Without it, one Pantarlih per TPS.
        on: The day whose honorarium rates apply (default: the latest).

    Raises:
        PilkadaError: A negative or non-integer count, fewer TPS than desa, or a TPS with more
            than 600 voters.
    """
    kecamatan, desa, tps = (
        _count(n, v) for n, v in (("kecamatan", kecamatan), ("desa", desa), ("tps", tps))
    )
    if tps < desa:
        raise PilkadaValueError(
            "tps", tps, f"{tps} TPS for {desa} desa/kelurahan", "at least one TPS per desa"
        )
    if voters_per_tps is None:
        counts: Sequence[int] = ()
        pantarlih = tps
    else:
        if isinstance(voters_per_tps, (str, bytes)) or not isinstance(
            voters_per_tps, (int, Iterable)
        ):
            raise PilkadaTypeError(
                "voters_per_tps",
                voters_per_tps,
                f"got {type(voters_per_tps).__name__}",
                "an int, or a sequence of ints (one per TPS)",
            )
        counts = [voters_per_tps] * tps if isinstance(voters_per_tps, int) else list(voters_per_tps)
        if len(counts) != tps:
            raise PilkadaValueError(
                "voters_per_tps",
                len(counts),
                f"{len(counts)} voter counts for {tps} TPS",
                "one count for all TPS, or one per TPS",
            )
        for index, voters in enumerate(counts):
            _count(f"voters_per_tps[{index}]", voters)
            if voters > MAX_VOTERS_PER_TPS:
                raise PilkadaValueError(
                    f"voters_per_tps[{index}]",
                    voters,
                    f"a TPS of {voters} voters",
                    f"at most {MAX_VOTERS_PER_TPS} voters a TPS (use tps_needed)",
                )
        pantarlih = sum(AdhocBodyKind.PANTARLIH.members_for(voters=v) for v in counts)
    if on is not None:
        check_date("on", on)
    return StaffingPlan(kecamatan=kecamatan, desa=desa, tps=tps, pantarlih=pantarlih, on=on)


# -- timeline ----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class BodyWindow:
    """When a kind of body must be formed and dissolved for a schedule.

    ``formed_by`` and ``dissolved_by`` are ``None`` where the law fixes no day (see ``note``);
    ``exact`` is true where it fixes the day itself rather than a latest day.
    """

    kind: AdhocBodyKind
    formed_by: dt.date | None
    dissolved_by: dt.date | None
    exact: bool
    basis: LegalBasis
    certainty: Certainty
    note: str = ""


def adhoc_timeline(schedule: Schedule) -> tuple[BodyWindow, ...]:
    """When each kind of body must be formed and dissolved, from the schedule's voting day.

    The days come from the same rule objects :meth:`pilkada.Schedule.validate` applies to the
    schedule's formation steps and its ``PEMBENTUKAN_PPK_PPS_KPPS`` stage.

    >>> from pilkada import PILKADA_2024
    >>> ppk = adhoc_timeline(PILKADA_2024)[0]
    >>> ppk.kind.name, ppk.formed_by, ppk.dissolved_by
    ('PPK', datetime.date(2024, 5, 27), datetime.date(2025, 1, 27))
    """
    if not isinstance(schedule, Schedule):
        raise PilkadaTypeError("schedule", schedule, f"got {type(schedule).__name__}", "Schedule")
    windows = []
    for kind in AdhocBodyKind:
        info = kind._info
        formation, dissolution = info.formation, info.dissolution
        windows.append(
            BodyWindow(
                kind=kind,
                formed_by=formation.limit(schedule.voting_day) if formation else None,
                dissolved_by=dissolution.limit(schedule.voting_day) if dissolution else None,
                exact=bool(formation and formation.exact),
                basis=formation.basis if formation else kind.basis,
                certainty=(
                    Certainty.DERIVED
                    if formation and formation.certainty is Certainty.OFFICIAL
                    else Certainty.PROVISIONAL
                ),
                note=info.window_note,
            )
        )
    return tuple(windows)
