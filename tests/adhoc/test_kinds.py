"""The kinds of ad hoc body and how many TPS voters need (pilkada.adhoc.kinds)."""

from __future__ import annotations

import datetime as dt

import pytest

from pilkada import (
    AdhocBodyKind,
    AreaLevel,
    Organiser,
    PilkadaError,
    tps_needed,
)

D = dt.date
K = AdhocBodyKind


# -- kinds -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "members", "organiser", "level", "min_age"),
    [
        (K.PPK, 5, Organiser.KPU, AreaLevel.KECAMATAN, 17),
        (K.PPS, 3, Organiser.KPU, AreaLevel.DESA, 17),
        (K.KPPS, 7, Organiser.KPU, AreaLevel.TPS, 17),
        (K.PANTARLIH, 1, Organiser.KPU, AreaLevel.TPS, 17),
        (K.PANWASLU_KECAMATAN, 3, Organiser.BAWASLU, AreaLevel.KECAMATAN, 25),
        (K.PKD, 1, Organiser.BAWASLU, AreaLevel.DESA, 21),
        (K.PENGAWAS_TPS, 1, Organiser.BAWASLU, AreaLevel.TPS, 21),
    ],
)
def test_kinds(kind, members, organiser, level, min_age):
    assert kind.members == members
    assert kind.organiser is organiser
    assert kind.level is level
    assert kind.min_age == min_age
    assert kind.name_id
    assert kind.name_en
    assert kind.formed_by
    assert str(kind.basis)


def test_full_names():
    assert K.PPK.name_id == "Panitia Pemilihan Kecamatan"
    assert K.KPPS.name_id == "Kelompok Penyelenggara Pemungutan Suara"
    assert K.PKD.name_id == "Panitia Pengawas Pemilihan Kelurahan/Desa"


@pytest.mark.parametrize(("voters", "pantarlih"), [(0, 1), (400, 1), (401, 2), (600, 2)])
def test_pantarlih_per_tps(voters, pantarlih):
    assert K.PANTARLIH.members_for(voters=voters) == pantarlih
    assert K.KPPS.members_for(voters=voters) == 7


@pytest.mark.parametrize(
    ("voters", "tps"), [(0, 0), (1, 1), (600, 1), (601, 2), (1200, 2), (1201, 3)]
)
def test_tps_needed(voters, tps):
    assert tps_needed(voters) == tps


@pytest.mark.parametrize("voters", [-1, 1.5, True, "600"])
def test_tps_needed_refuses_bad_counts(voters):
    with pytest.raises(PilkadaError) as info:
        tps_needed(voters)
    assert info.value.field == "voters"
