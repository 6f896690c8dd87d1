"""Staffing plans and the honorarium (pilkada.adhoc.staffing)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import (
    AdhocBodyKind,
    Organiser,
    PilkadaError,
    PilkadaTypeError,
    PilkadaValueError,
    Rupiah,
    StaffingPlan,
    honorarium_rates,
    plan_staffing,
)
from pilkada.boundary import as_count

D = dt.date
K = AdhocBodyKind


# -- planning ----------------------------------------------------------------------------------


def test_national_figures_2024():
    # 7,277 kecamatan need 36,385 PPK members; 435,089 TPS need 3,045,623 KPPS members.
    plan = plan_staffing(kecamatan=7_277, desa=83_731, tps=435_089)
    assert plan.members(K.PPK) == 36_385
    assert plan.members(K.KPPS) == 3_045_623


def test_a_kabupaten_plan_and_its_budget():
    plan = plan_staffing(kecamatan=16, desa=295, tps=1200)
    assert [plan.members(k) for k in K] == [80, 885, 8400, 1200, 48, 295, 1200]
    assert plan.total(Organiser.KPU) == 10_565
    assert plan.total(Organiser.BAWASLU) == 1_543
    assert plan.honorarium_monthly(K.PPK) == Rupiah(16 * (2_500_000 + 4 * 2_200_000))
    assert plan.honorarium_monthly(K.PPS) == Rupiah(295 * (1_500_000 + 2 * 1_300_000))
    assert plan.honorarium_monthly(K.KPPS) == Rupiah(1200 * (900_000 + 6 * 850_000))
    assert plan.honorarium_monthly(K.PANTARLIH) == Rupiah(1200 * 1_000_000)
    assert plan.honorarium_monthly() == Rupiah(9_790_300_000)
    assert plan.honorarium_term(K.PPK) == plan.honorarium_monthly(K.PPK) * 8
    with pytest.raises(PilkadaValueError, match="no honorarium rate"):
        plan.honorarium_monthly(K.PKD)


def test_pantarlih_from_voters_per_tps():
    assert plan_staffing(kecamatan=1, desa=2, tps=3, voters_per_tps=401).members(K.PANTARLIH) == 6
    mixed = plan_staffing(kecamatan=1, desa=2, tps=3, voters_per_tps=[400, 401, 600])
    assert mixed.members(K.PANTARLIH) == 5


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"kecamatan": -1, "desa": 1, "tps": 1}, "kecamatan"),
        ({"kecamatan": 1, "desa": 1.5, "tps": 2}, "desa"),
        ({"kecamatan": 1, "desa": 3, "tps": 2}, "tps"),
        ({"kecamatan": 1, "desa": 1, "tps": 2, "voters_per_tps": [300]}, "voters_per_tps"),
        ({"kecamatan": 1, "desa": 1, "tps": 1, "voters_per_tps": 601}, "voters_per_tps[0]"),
        ({"kecamatan": 1, "desa": 1, "tps": 1, "voters_per_tps": -3}, "voters_per_tps[0]"),
    ],
)
def test_bad_plans_are_refused(kwargs, field):
    with pytest.raises(PilkadaError) as info:
        plan_staffing(**kwargs)
    assert info.value.field == field


def test_honorarium_rates_are_dated():
    rates = honorarium_rates(D(2024, 11, 1))
    assert rates.value["ANGGOTA_KPPS"] == Rupiah(850_000)
    assert str(rates.basis) == "Surat Menkeu S-647/MK.02/2022"
    assert rates.effective == D(2022, 8, 5)
    with pytest.raises(PilkadaValueError):
        honorarium_rates(D(2022, 8, 4))


counts = st.integers(min_value=0, max_value=5_000)


@given(counts, counts, counts, counts, counts, counts)
def test_staffing_is_linear_and_budgets_are_members_times_rates(k1, d1, extra1, k2, d2, extra2):
    a = plan_staffing(kecamatan=k1, desa=d1, tps=d1 + extra1)
    b = plan_staffing(kecamatan=k2, desa=d2, tps=d2 + extra2)
    both = plan_staffing(kecamatan=k1 + k2, desa=d1 + d2, tps=d1 + extra1 + d2 + extra2)
    rates = honorarium_rates().value
    for kind in K:
        assert both.members(kind) == a.members(kind) + b.members(kind)
    for plan in (a, b, both):
        assert plan.honorarium_monthly(K.PPK) == (
            rates["KETUA_PPK"] * plan.kecamatan + rates["ANGGOTA_PPK"] * (4 * plan.kecamatan)
        )
        assert plan.honorarium_monthly(K.PANTARLIH) == rates["PANTARLIH"] * plan.members(
            K.PANTARLIH
        )
    assert both.honorarium_monthly() == a.honorarium_monthly() + b.honorarium_monthly()
    assert both.honorarium_term() == a.honorarium_term() + b.honorarium_term()


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda p: p.honorarium_monthly(5), PilkadaTypeError),
        (lambda p: p.honorarium_monthly("PPX"), PilkadaValueError),
        (lambda p: p.term_months(K.PKD), PilkadaValueError),
    ],
)
def test_plan_methods_refuse_bad_kinds(call, error):
    with pytest.raises(error):
        call(plan_staffing(kecamatan=1, desa=1, tps=1))


def test_plan_methods_take_a_kind_by_name():
    plan = plan_staffing(kecamatan=2, desa=3, tps=4, on="2024-05-01")
    assert plan.honorarium_monthly("ppk") == plan.honorarium_monthly(K.PPK)
    assert plan.term_months("KPPS") == plan.term_months(K.KPPS)
    assert plan.members("pps") == 9
    assert plan.bodies("Pengawas_TPS") == 4
    assert honorarium_rates("2024-05-01") == honorarium_rates(D(2024, 5, 1))


def test_plans_refuse_a_float_voter_count_and_negative_fields():
    with pytest.raises(PilkadaTypeError):
        plan_staffing(kecamatan=1, desa=1, tps=2, voters_per_tps=450.0)  # type: ignore[arg-type]
    with pytest.raises(PilkadaValueError):
        StaffingPlan(kecamatan=-5, desa=0, tps=0, pantarlih=0)


# -- hardening: one voter count for many TPS is arithmetic, not a list per TPS ------------------


def _old_pantarlih(tps: int, voters_per_tps: object) -> int:
    """The Pantarlih as plan_staffing counted them before: a list with one count per TPS."""
    counts = [voters_per_tps] * tps
    for index, voters in enumerate(counts):
        as_count(f"voters_per_tps[{index}]", voters)
        if voters > 600:  # type: ignore[operator]
            raise PilkadaValueError(f"voters_per_tps[{index}]", voters, "too many", "at most 600")
    return sum(K.PANTARLIH.members_for(voters=v) for v in counts)  # type: ignore[arg-type]


@given(
    tps=st.integers(0, 40),
    voters=st.one_of(st.integers(-5, 700), st.booleans()),
)
def test_one_count_for_all_tps_matches_a_count_per_tps(tps, voters):
    try:
        expected: object = _old_pantarlih(tps, voters)
    except PilkadaError as exc:
        expected = (type(exc), exc.field, exc.value)
    if isinstance(expected, tuple):
        with pytest.raises(PilkadaError) as caught:
            plan_staffing(kecamatan=0, desa=0, tps=tps, voters_per_tps=voters)
        assert expected == (type(caught.value), caught.value.field, caught.value.value)
    else:
        plan = plan_staffing(kecamatan=0, desa=0, tps=tps, voters_per_tps=voters)
        assert plan.pantarlih == expected
        assert plan == plan_staffing(kecamatan=0, desa=0, tps=tps, voters_per_tps=[voters] * tps)


def test_ten_million_tps_are_planned_at_once():
    plan = plan_staffing(kecamatan=0, desa=0, tps=10**7, voters_per_tps=400)
    assert (plan.pantarlih, plan.members(K.KPPS)) == (10**7, 7 * 10**7)


@pytest.mark.parametrize("tps", [10**19, 2**63])
def test_a_tps_count_past_the_limit_is_refused(tps):
    with pytest.raises(PilkadaValueError) as caught:
        plan_staffing(kecamatan=0, desa=0, tps=tps, voters_per_tps=400)
    assert caught.value.field == "tps"
    assert caught.value.value == tps
    assert caught.value.rule == "a whole number from 0 to 2**63 - 1"


def test_pantarlih_past_the_limit_is_refused():
    with pytest.raises(PilkadaValueError) as caught:
        plan_staffing(kecamatan=0, desa=0, tps=2**63 - 1, voters_per_tps=500)
    assert caught.value.field == "pantarlih"
    assert caught.value.rule == "a whole number from 0 to 2**63 - 1"
