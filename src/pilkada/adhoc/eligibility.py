"""Who may sit on an ad hoc body: :func:`check_eligibility` and its :class:`Eligibility`.

>>> import datetime as dt
>>> from pilkada.adhoc import AdhocBodyKind, Applicant, Education, Sex
>>> siti = Applicant(
...     nik="3316014107070001", name="Siti", birth_date="2007-07-01",
...     sex=Sex.PEREMPUAN, education=Education.SMA, domicile="3316012001")
>>> result = check_eligibility(siti, "kpps", on="2024-06-30")
>>> result.ok, [f.code.name for f in result.findings()]
(False, ['AGE'])
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Final

import attrs

from pilkada.adhoc.applicants import Applicant, Education, Sex, area_code
from pilkada.adhoc.findings import Finding, Requirement, Severity
from pilkada.adhoc.kinds import (
    BAWASLU_REQUIREMENTS,
    KINDS,
    KPU_REQUIREMENTS,
    AdhocBodyKind,
    Organiser,
)
from pilkada.boundary import as_date, as_enum
from pilkada.errors import PilkadaTypeError, PilkadaValueError
from pilkada.law import Certainty, Dated, in_force
from pilkada.rules import PKPU_8_2022

__all__ = ["MIN_EDUCATION", "PARTY_YEARS", "Eligibility", "check_eligibility"]

#: Years out of a political party before one may sit on an ad hoc body.
PARTY_YEARS: Final = 5
MIN_EDUCATION: Final = Education.SMA


class Eligibility(list[Finding]):
    """What :func:`check_eligibility` found: a list of findings, empty when eligible.

    It is the list earlier versions returned (``== []``, ``+=``, indexing all work), with the
    shape every ``check_*`` shares: :meth:`findings` and :attr:`ok`.
    """

    def findings(self) -> list[Finding]:
        """The unmet requirements, as a plain list."""
        return list(self)

    @property
    def ok(self) -> bool:
        """No requirement is unmet."""
        return not any(finding.severity is Severity.ERROR for finding in self)


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


@attrs.define
class _Report:
    """The findings about one applicant for one kind of body, as they are added."""

    applicant: Applicant
    kind: AdhocBodyKind
    found: list[Finding] = attrs.Factory(list)

    def add(
        self,
        code: Requirement,
        id_text: str,
        en_text: str,
        *,
        certainty: Certainty = Certainty.OFFICIAL,
    ) -> None:
        organiser = self.kind.organiser
        name = self.applicant.name
        self.found.append(
            Finding(
                code=code,
                severity=Severity.ERROR,
                message_id=f"{name}: {id_text}.",
                message_en=f"{name}: {en_text}.",
                basis=KPU_REQUIREMENTS if organiser is Organiser.KPU else BAWASLU_REQUIREMENTS,
                certainty=certainty,
                member=name,
            )
        )


def check_eligibility(
    applicant: Applicant,
    kind: AdhocBodyKind | str,
    *,
    on: dt.date | str,
    area: str | None = None,
) -> Eligibility:
    """Every requirement ``applicant`` does not meet to sit on a ``kind`` body on day ``on``.

    An empty result means eligible (``result.ok``). Ages are counted on ``on`` (the
    registration day, or the day the regulation names; a date or ``"YYYY-MM-DD"``). ``kind``
    is an :class:`AdhocBodyKind` or its name (``"KPPS"``). With ``area`` (the Kemendagri code
    of the body's kecamatan or desa/kelurahan), the domicile is checked too.

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
    kind = as_enum("kind", kind, AdhocBodyKind)
    day = as_date("on", on)
    report = _Report(applicant, kind)
    _check_person(applicant, kind, day, report)
    _check_party(applicant, day, report)
    _check_terms(applicant, kind, day, report)
    if area is not None:
        _check_domicile(applicant, kind, area, report)
    _check_nik(applicant, report)
    _check_declarations(applicant, report)
    return Eligibility(report.found)


def _check_person(applicant: Applicant, kind: AdhocBodyKind, on: dt.date, report: _Report) -> None:
    """Citizenship, age on ``on`` and education."""
    if not applicant.citizen:
        report.add(
            Requirement.CITIZENSHIP, "bukan warga negara Indonesia", "not an Indonesian citizen"
        )
    age = applicant.age_on(on)
    if age < kind.min_age:
        report.add(
            Requirement.AGE,
            f"berusia {age} tahun pada {on.isoformat()}, kurang dari {kind.min_age} tahun",
            f"is {age} on {on.isoformat()}, younger than {kind.min_age}",
            certainty=KINDS[kind].age_certainty,
        )
    if applicant.education < MIN_EDUCATION:
        report.add(
            Requirement.EDUCATION,
            f"pendidikan terakhir {applicant.education.name}, paling rendah SMA atau sederajat",
            f"highest education {applicant.education.name}; at least SMA or equivalent is needed",
        )


def _check_domicile(applicant: Applicant, kind: AdhocBodyKind, area: str, report: _Report) -> None:
    """The applicant lives in the body's working area (at the level its rule names)."""
    code = area_code("area", area)
    domicile = KINDS[kind].domicile
    length = domicile.code_length
    if len(code) < length:
        raise PilkadaValueError(
            "area",
            area,
            f"a {kind.label()} is checked against its {domicile.value} code",
            f"a code of at least {length} digits",
        )
    if not applicant.domicile.startswith(code[:length]):
        report.add(
            Requirement.DOMICILE,
            f"berdomisili di {applicant.domicile}, di luar wilayah kerja {code[:length]}",
            f"lives in {applicant.domicile}, outside the working area {code[:length]}",
        )


def _check_declarations(applicant: Applicant, report: _Report) -> None:
    """What the applicant declares: no conviction, health, no marriage, no dismissal."""
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
            report.add(code, id_text, en_text)


def _check_party(applicant: Applicant, on: dt.date, report: _Report) -> None:
    if applicant.party_member:
        report.add(
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
        report.add(
            Requirement.PARTY,
            f"keluar dari partai politik pada {left.isoformat()}, belum {PARTY_YEARS} tahun "
            f"(baru memenuhi syarat pada {eligible_from.isoformat()})",
            f"left a political party on {left.isoformat()}, less than {PARTY_YEARS} years ago "
            f"(eligible from {eligible_from.isoformat()})",
        )


def _check_terms(applicant: Applicant, kind: AdhocBodyKind, on: dt.date, report: _Report) -> None:
    if kind.organiser is not Organiser.KPU:
        return  # Bawaslu's rule on terms (a Perbawaslu) is not recorded
    rule = in_force(_terms_rule(), on, what="rule on terms served")
    if rule.value is not None and applicant.terms_served >= rule.value:
        report.add(
            Requirement.TERMS,
            f"telah menjabat {applicant.terms_served} periode sebagai {kind.label()}",
            f"has served {applicant.terms_served} terms on a {kind.label()}",
            certainty=rule.certainty,
        )


def _check_nik(applicant: Applicant, report: _Report) -> None:
    from stdnum.exceptions import ValidationError  # noqa: PLC0415 (loads on first use)
    from stdnum.id import nik  # noqa: PLC0415

    try:
        number = nik.validate(applicant.nik)
        encoded = nik.get_birth_date(number)
    except ValidationError as exc:
        report.add(
            Requirement.NIK,
            f"NIK {applicant.nik!r} tidak sah ({exc})",
            f"NIK {applicant.nik!r} is not valid ({exc})",
        )
        return
    born = applicant.birth_date
    # The NIK stores DDMMYY: the century is not encoded, so only the last two digits count.
    if (encoded.day, encoded.month, encoded.year % 100) != (born.day, born.month, born.year % 100):
        report.add(
            Requirement.NIK,
            f"tanggal lahir dalam NIK ({encoded:%d-%m-%y}) berbeda dengan {born.isoformat()}",
            f"the birth date in the NIK ({encoded:%d-%m-%y}) differs from {born.isoformat()}",
        )
    female = int(number[6:8]) > 40
    if female != (applicant.sex is Sex.PEREMPUAN):
        report.add(
            Requirement.NIK,
            "jenis kelamin dalam NIK berbeda dengan data pendaftar",
            "the sex encoded in the NIK differs from the applicant's",
        )
