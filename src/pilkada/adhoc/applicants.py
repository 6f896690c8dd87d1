"""Who applies to sit on an ad hoc body: the applicant as the registration forms record them."""

from __future__ import annotations

import datetime as dt
import enum
import re

import attrs

from pilkada.boundary import as_count, as_date, as_enum
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of, shown

__all__ = ["Applicant", "Education", "Sex", "area_code"]


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


# -- applicants and eligibility ----------------------------------------------------------------

_CODE = re.compile(r"\d{2}(?:\.?\d{2}){0,2}(?:\.?\d{4})?")


def area_code(field: str, value: object) -> str:
    """The digits of a Kemendagri region code (``"33.16.01.2001"`` -> ``"3316012001"``)."""
    if not isinstance(value, str):
        raise PilkadaTypeError(field, value, f"got {type(value).__name__}", "a region code")
    if not _CODE.fullmatch(value):
        raise PilkadaValueError(
            field, value, f"{shown(value)} is not a Kemendagri region code", "e.g. '33.16.01.2001'"
        )
    return value.replace(".", "")


def _birth_date(value: object) -> dt.date:
    return as_date("birth_date", value)


def _left_party_on(value: object) -> dt.date | None:
    return None if value is None else as_date("left_party_on", value)


def _sex(value: object) -> Sex:
    return as_enum("sex", value, Sex)


def _education(value: object) -> Education:
    if isinstance(value, int) and not isinstance(value, (bool, Education)):
        raise PilkadaTypeError(
            "education", value, f"got int {shown(value)}", "an Education or its name"
        )
    return as_enum("education", value, Education)


def _domicile_code(value: object) -> str:
    return area_code("domicile", value)


@attrs.frozen(kw_only=True)
class Applicant:
    """Someone applying to sit on an ad hoc body, as the registration forms record them.

    Args:
        nik: The 16-digit NIK from the KTP-el.
        name: Full name.
        birth_date: Date of birth (not in the future); a ``datetime.date`` or ``"YYYY-MM-DD"``.
        sex: :class:`Sex`, or its name or value (``"PEREMPUAN"``, ``"P"``).
        education: Highest completed :class:`Education`, or its name (``"SMA"``).
        domicile: The Kemendagri code of the desa/kelurahan where the applicant lives
            (``"3316012001"`` or ``"33.16.01.2001"``).
        party_member: Currently a member of a political party.
        left_party_on: The day the applicant left a party, if ever a member (a date or an ISO
            string).
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
                attribute.name, value, f"{shown(value)} is not a NIK", "the 16 digits of the KTP-el"
            )

    name: str = attrs.field(validator=instance_of(str))
    birth_date: dt.date = attrs.field(converter=_birth_date)
    sex: Sex = attrs.field(converter=_sex)
    education: Education = attrs.field(converter=_education)
    domicile: str = attrs.field(converter=_domicile_code)
    party_member: bool = attrs.field(default=False, validator=instance_of(bool))
    left_party_on: dt.date | None = attrs.field(default=None, converter=_left_party_on)
    terms_served: int = attrs.field(default=0)
    citizen: bool = attrs.field(default=True, validator=instance_of(bool))
    convicted: bool = attrs.field(default=False, validator=instance_of(bool))
    healthy: bool = attrs.field(default=True, validator=instance_of(bool))
    married_to_official: bool = attrs.field(default=False, validator=instance_of(bool))
    dismissed: bool = attrs.field(default=False, validator=instance_of(bool))

    @terms_served.validator
    def _check_terms(self, attribute: attrs.Attribute[int], value: object) -> None:
        as_count(attribute.name, value)

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
        day = as_date("on", day)
        born = self.birth_date
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
