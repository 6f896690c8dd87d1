"""Candidacy records check their fields and the numbers derived from them (#18)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest

from pilkada import (
    ElectionKind,
    PilkadaError,
    PilkadaTypeError,
    PilkadaValueError,
    RegionLevel,
    check_candidate_age,
    check_dispute,
    check_independent_support,
    check_nomination,
    dispute_filing_deadline,
    dispute_threshold,
    independent_support_required,
    party_nomination_threshold,
)


def test_a_dispute_check_derives_its_max_gap():
    check = check_dispute(RegionLevel.KABUPATEN, 410_000, 120_000, 2_500)
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(check, max_gap=1801)
    assert (caught.value.field, caught.value.value) == ("max_gap", 1801)
    assert "rounded half up" in caught.value.rule
    with pytest.raises(PilkadaValueError) as gap:
        attrs.evolve(check, gap=120_001)
    assert gap.value.field == "gap"


def test_a_threshold_keeps_its_bracket():
    threshold = dispute_threshold(RegionLevel.KABUPATEN, 410_000)
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(threshold, population=600_000)
    assert (caught.value.field, caught.value.value) == ("population", 600_000)
    with pytest.raises(PilkadaValueError) as share:
        attrs.evolve(threshold, share=Fraction(1, 50))
    assert share.value.field == "share"
    with pytest.raises(PilkadaValueError) as whole:
        attrs.evolve(threshold, share=Fraction(3, 2))
    assert "(0, 1]" in whole.value.rule


def test_a_nomination_check_derives_what_it_needs():
    check = check_nomination(25_000, 250_000, level="kabupaten", dpt=250_000)
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(check, votes_needed=24_999)
    assert (caught.value.field, caught.value.value) == ("votes_needed", 24_999)
    old = check_nomination(1, 10, level="kabupaten", seats=9, total_seats=45, on="2024-08-19")
    assert old.seats_needed == 9
    with pytest.raises(PilkadaValueError) as seats:
        attrs.evolve(old, seats_needed=8)
    assert seats.value.field == "seats_needed"
    with pytest.raises(PilkadaValueError) as alone:
        attrs.evolve(old, total_seats=None)
    assert alone.value.field == "seats"


def test_a_nomination_threshold_has_a_bracket_or_a_seat_share():
    new = party_nomination_threshold("kabupaten", 250_001)
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(new, seat_share=Fraction(1, 5))
    assert caught.value.field == "bracket"
    with pytest.raises(PilkadaValueError) as dpt:
        attrs.evolve(new, dpt=100)
    assert (dpt.value.field, dpt.value.value) == ("dpt", 100)


def test_independent_support_derives_its_minimum_and_spread():
    need = independent_support_required(RegionLevel.PROVINSI, 8_252_897)
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(need, minimum=618_967)
    assert (caught.value.field, caught.value.value) == ("minimum", 618_967)
    with pytest.raises(PilkadaValueError) as unit:
        attrs.evolve(need, spread_unit="kecamatan")
    assert unit.value.field == "spread_unit"
    check = check_independent_support({"a": 5}, level="provinsi", dpt=100, total_areas=6)
    with pytest.raises(PilkadaValueError) as areas:
        attrs.evolve(check, areas_with_support=7)
    assert (areas.value.field, areas.value.value) == ("areas_with_support", 7)
    with pytest.raises(PilkadaValueError):
        attrs.evolve(check, areas_with_support=0)  # 5 supporters live somewhere


def test_an_age_check_derives_the_age():
    check = check_candidate_age(dt.date(1999, 9, 23), ElectionKind.BUPATI)
    with pytest.raises(PilkadaValueError) as caught:
        attrs.evolve(check, age=25)
    assert (caught.value.field, caught.value.value) == ("age", 25)
    with pytest.raises(PilkadaValueError) as minimum:
        attrs.evolve(check, election=ElectionKind.GUBERNUR)  # the minimum is then 30
    assert minimum.value.field == "minimum"
    with pytest.raises(PilkadaTypeError) as typed:
        attrs.evolve(check, counted_on="2024-09-22")
    assert typed.value.field == "counted_on"
    with pytest.raises(PilkadaValueError) as early:
        attrs.evolve(check, counted_on=dt.date(1990, 1, 1))
    assert early.value.field == "birth_date"


def test_a_filing_flag_too_long_to_show_is_refused():
    with pytest.raises(PilkadaError) as caught:
        dispute_filing_deadline(dt.date(2024, 12, 6), cuti_bersama_off=10**5000)
    assert caught.value.field == "cuti_bersama_off"
