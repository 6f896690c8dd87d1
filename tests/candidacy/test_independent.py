"""Independent candidates: support and spread."""

from __future__ import annotations

import datetime as dt

import pytest

from pilkada import (
    Certainty,
    ElectionKind,
    PilkadaError,
)
from pilkada.candidacy import (
    check_independent_support,
    independent_support_required,
)
from tests.candidacy import (
    KAB,
    KOTA,
    SUPPORT,
    P,
    boundary_cases,
    pct,
)


@pytest.mark.parametrize(("level", "dpt", "share"), boundary_cases(SUPPORT))
def test_independent_support_brackets(level, dpt, share):
    need = independent_support_required(level, dpt)
    assert need.share == share
    assert need.minimum == -(-share.numerator * dpt // share.denominator)
    ayat = "1" if level is P else "2"
    assert str(need.basis) == f"UU 10/2016 Pasal 41 ayat ({ayat})"


# -- independent candidates ----------------------------------------------------------------------


def test_dki_jakarta_2024_independent_requirement():
    # Keputusan KPU DKI Jakarta 47/2024: 618,968 supporters in 4 kabupaten/kota (inews.id,
    # republika); 7.5 % of the Pemilu 2024 DPT of DKI Jakarta (8.25 million) rounded up.
    need = independent_support_required(P, 8_252_897)
    assert (need.share, need.minimum) == (pct(3, 40), 618_968)
    assert need.areas_needed(6) == 4
    assert need.spread_unit == "kabupaten/kota"
    assert need.spread_certainty is Certainty.OFFICIAL
    assert str(need.spread_basis) == "UU 10/2016 Pasal 41 ayat (1) huruf e"


def test_a_fraction_of_a_person_is_a_whole_person():
    assert independent_support_required(KAB, 10).minimum == 1  # 10 % of 10 = 1
    assert independent_support_required(KAB, 11).minimum == 2  # 1.1 -> 2
    assert independent_support_required(P, 8_214_007).minimum == 616_051  # 616,050.525


def test_kecamatan_spread_is_official_and_says_where_it_was_checked():
    need = independent_support_required(ElectionKind.BUPATI, 300_000)
    assert need.spread_unit == "kecamatan"
    assert need.spread_certainty is Certainty.OFFICIAL
    assert "Bengkulu Utara" in need.spread_note
    assert need.spread_basis.checked == dt.date(2026, 12, 2)
    assert str(need.spread_basis) == "UU 10/2016 Pasal 41 ayat (2) huruf e"


@pytest.mark.parametrize(
    ("total_areas", "needed"), [(1, 1), (2, 2), (3, 2), (4, 3), (6, 4), (7, 4), (38, 20)]
)
def test_more_than_half_of_the_areas(total_areas, needed):
    assert independent_support_required(P, 1_000).areas_needed(total_areas) == needed


def test_check_independent_support_reports_both_conditions():
    need = independent_support_required(KOTA, 100_000)  # 10 000 supporters
    both = check_independent_support(
        {"A": 5_000, "B": 4_999, "C": 0}, level=KOTA, dpt=100_000, total_areas=5
    )
    assert (both.supporters, both.support_margin, both.meets_count) == (9_999, -1, False)
    assert (both.areas_with_support, both.areas_needed, both.meets_spread) == (2, 3, False)
    count, spread = both.findings()
    assert count.rule == "DUKUNGAN_PERSEORANGAN_KURANG"
    assert count.basis == need.basis
    assert "kurang 1 dari syarat paling sedikit 10% dari DPT 100.000" in count.message()
    assert spread.rule == "SEBARAN_DUKUNGAN_KURANG"
    assert spread.basis == need.spread_basis
    assert "2 dari 5 kecamatan" in spread.message()
    assert "sementara" not in spread.message()
    assert "provisional" not in spread.message(locale="en")
    ok = check_independent_support(
        {"A": 5_000, "B": 4_000, "C": 1_000}, level=KOTA, dpt=100_000, total_areas=5
    )
    assert ok.eligible
    assert ok.findings() == []


@pytest.mark.parametrize(
    ("supporters", "total_areas"),
    [
        ({"A": -1}, 3),
        ({"A": 1.5}, 3),
        ({"A": True}, 3),
        ({"": 1}, 3),
        ({"A": 1, "B": 1}, 1),
        ([("A", 1)], 3),
        ({"A": 1}, 0),
    ],
)
def test_check_independent_support_refuses_bad_input(supporters, total_areas):
    with pytest.raises(PilkadaError):
        check_independent_support(supporters, level=P, dpt=1_000, total_areas=total_areas)


# -- candidate age -----------------------------------------------------------------------------
