"""An ad hoc body being formed and what is wrong with it (pilkada.adhoc.bodies)."""

from __future__ import annotations

import datetime as dt

import pytest

from pilkada import (
    AdhocBody,
    AdhocBodyKind,
    Composition,
    Member,
    PilkadaTypeError,
    PilkadaValueError,
    Requirement,
    Role,
    Severity,
    Sex,
)
from tests.adhoc.people import person, siti

D = dt.date
K = AdhocBodyKind


# -- bodies ------------------------------------------------------------------------------------


def pps(*sexes: Sex, ketua: int = 1) -> AdhocBody:
    members = [
        Member(
            applicant=person(f"P{i}", sex, i + 1), role=Role.KETUA if i < ketua else Role.ANGGOTA
        )
        for i, sex in enumerate(sexes)
    ]
    return AdhocBody(kind=K.PPS, area="3316012001", members=members)


def test_a_valid_body():
    body = pps(Sex.PEREMPUAN, Sex.LAKI_LAKI, Sex.LAKI_LAKI)
    assert body.findings(on=D(2024, 5, 26)) == []
    assert body.is_valid(on=D(2024, 5, 26))


def test_fewer_than_30_percent_women_is_a_warning_not_an_error():
    body = pps(Sex.LAKI_LAKI, Sex.LAKI_LAKI, Sex.LAKI_LAKI)
    findings = body.findings(on=D(2024, 5, 26))
    assert [(f.code, f.severity) for f in findings] == [(Composition.WOMEN, Severity.WARNING)]
    assert "0%" in findings[0].message()
    assert body.is_valid(on=D(2024, 5, 26))


def test_size_and_ketua_are_errors():
    two = pps(Sex.PEREMPUAN, Sex.LAKI_LAKI)
    assert [f.code for f in two.findings(on=D(2024, 5, 26))] == [Composition.SIZE]
    no_chair = pps(Sex.PEREMPUAN, Sex.LAKI_LAKI, Sex.LAKI_LAKI, ketua=0)
    assert [f.code for f in no_chair.findings(on=D(2024, 5, 26))] == [Composition.KETUA]
    two_chairs = pps(Sex.PEREMPUAN, Sex.LAKI_LAKI, Sex.LAKI_LAKI, ketua=2)
    assert not two_chairs.is_valid(on=D(2024, 5, 26))


def test_ineligible_members_are_named():
    young = Member(applicant=siti(), role=Role.ANGGOTA)
    body = AdhocBody(
        kind=K.PPS,
        area="3316012001",
        members=[
            young,
            Member(applicant=person("A", Sex.LAKI_LAKI, 2), role=Role.KETUA),
            Member(applicant=person("B", Sex.PEREMPUAN, 3)),
        ],
    )
    findings = body.findings(on=D(2024, 5, 26))
    assert [(f.code, f.member) for f in findings] == [(Requirement.AGE, "Siti")]


def test_pantarlih_body_size_follows_the_voters():
    one = AdhocBody(
        kind=K.PANTARLIH,
        area="3316012001",
        voters=401,
        members=[Member(applicant=person("A", Sex.LAKI_LAKI, 2))],
    )
    assert one.size == 2
    assert [f.code for f in one.findings(on=D(2024, 6, 24))] == [Composition.SIZE]


def test_bodies_take_kinds_and_roles_by_name():
    ketua = Member(applicant=person("A", Sex.PEREMPUAN, 2), role="ketua")
    assert ketua.role is Role.KETUA
    body = AdhocBody(kind="pengawas_tps", area="3316012001")
    assert body.kind is K.PENGAWAS_TPS
    with pytest.raises(PilkadaValueError) as info:
        AdhocBody(kind="KPPSS", area="3316012001")
    assert (info.value.field, info.value.value) == ("kind", "KPPSS")
    assert "KPPS" in info.value.rule
    with pytest.raises(PilkadaValueError) as info:
        Member(applicant=person("A", Sex.PEREMPUAN, 2), role="wakil")
    assert (info.value.field, info.value.value) == ("role", "wakil")


def test_bodies_refuse_bad_types():
    with pytest.raises(PilkadaTypeError):
        AdhocBody(kind=K.PPS, area="3316012001", members=["Siti"])
    with pytest.raises(PilkadaValueError):
        AdhocBody(kind=K.PPS, area="Blora")


def test_the_same_person_twice_on_a_body_is_an_error():
    a = person("A", Sex.PEREMPUAN, 2)
    body = AdhocBody(
        kind=K.PPS,
        area="3316012001",
        members=[Member(applicant=a, role=Role.KETUA), Member(applicant=a), Member(applicant=a)],
    )
    assert [f.code for f in body.findings(on=D(2024, 5, 26))] == [Composition.DUPLICATE]


@pytest.mark.parametrize("value", [5, True, None, "P1"])
def test_a_body_refuses_members_that_are_not_a_collection(value):
    with pytest.raises(PilkadaTypeError) as caught:
        AdhocBody(kind=K.PPS, area="3316012001", members=value)
    assert caught.value.field == "members"
    assert caught.value.value is value
    assert caught.value.rule.startswith("a list or tuple")
