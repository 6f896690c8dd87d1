"""An ad hoc body being formed: its members, their roles, and what is wrong with it."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from fractions import Fraction
from typing import Final

import attrs

from pilkada.adhoc.applicants import Applicant, Sex, area_code
from pilkada.adhoc.eligibility import check_eligibility
from pilkada.adhoc.findings import Composition, Finding, Severity
from pilkada.adhoc.kinds import AdhocBodyKind
from pilkada.boundary import as_count, as_date, as_enum, as_items
from pilkada.errors import PilkadaTypeError, instance_of
from pilkada.i18n import format_percent

__all__ = ["WOMEN_SHARE", "AdhocBody", "Member", "Role"]


class Role(enum.Enum):
    """A member's role in a body."""

    KETUA = "ketua"
    ANGGOTA = "anggota"


def _role(value: object) -> Role:
    return as_enum("role", value, Role)


def _kind(value: object) -> AdhocBodyKind:
    return as_enum("kind", value, AdhocBodyKind)


@attrs.frozen(kw_only=True)
class Member:
    """A member of a body and their role."""

    applicant: Applicant = attrs.field(validator=instance_of(Applicant))
    role: Role = attrs.field(default=Role.ANGGOTA, converter=_role)


#: "Komposisi keanggotaan ... memperhatikan keterwakilan perempuan paling sedikit 30%"
#: (PKPU 8/2022; UU 7/2017 Pasal 52 ayat (7) for the Pemilu): a matter to consider, not a quota.
WOMEN_SHARE: Final = Fraction(30, 100)


def _body_area_code(value: object) -> str:
    return area_code("area", value)


def _members(values: Iterable[Member]) -> tuple[Member, ...]:
    members = as_items("members", values)
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
        kind: :class:`AdhocBodyKind`, or its name (``"PPS"``).
        area: The Kemendagri code of the kecamatan, desa/kelurahan, or (for a TPS) the desa
            code; members' domicile is checked against it.
        members: :class:`Member` objects with their roles.
        voters: For Pantarlih, the voters of the TPS (more than 400 means 2 Pantarlih).

    Nothing is refused at construction beyond types: :meth:`findings` lists what is wrong,
    so a body being formed can be checked as it fills up.
    """

    kind: AdhocBodyKind = attrs.field(converter=_kind)
    area: str = attrs.field(converter=_body_area_code)
    members: tuple[Member, ...] = attrs.field(default=(), converter=_members)
    voters: int | None = attrs.field(default=None)

    @voters.validator
    def _check_voters(self, attribute: attrs.Attribute[int | None], value: object) -> None:
        if value is not None:
            as_count(attribute.name, value)

    @property
    def size(self) -> int:
        """The legal number of members."""
        return self.kind.members_for(voters=self.voters)

    def findings(self, *, on: dt.date | str) -> list[Finding]:
        """What is wrong with the body on day ``on``: errors, and warnings to consider.

        Errors: not exactly the legal size; not exactly one ketua (for committees: PPK, PPS,
        KPPS, Panwaslu Kecamatan); each member's unmet requirements. Warning: fewer than 30 %
        women on a committee.

        >>> import datetime as dt
        >>> body = AdhocBody(kind=AdhocBodyKind.PKD, area="3316012001")
        >>> [(f.code.name, f.severity.name) for f in body.findings(on=dt.date(2024, 5, 13))]
        [('SIZE', 'ERROR')]
        """
        on = as_date("on", on)
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

    def is_valid(self, *, on: dt.date | str) -> bool:
        """No errors on day ``on`` (warnings allowed)."""
        return all(f.severity is Severity.WARNING for f in self.findings(on=on))
