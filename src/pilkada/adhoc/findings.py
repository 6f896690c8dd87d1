"""What an applicant or a body falls short of: the findings of the ad hoc rules."""

from __future__ import annotations

import enum

import attrs

from pilkada import findings
from pilkada.errors import instance_of

__all__ = ["Composition", "Finding", "Requirement", "Severity"]


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
