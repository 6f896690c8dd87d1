"""One vocabulary: levels and elections by member, name or value; days as ISO strings."""

from __future__ import annotations

import pytest

from pilkada import ElectionKind, PilkadaTypeError, PilkadaValueError, RegionLevel
from pilkada.candidacy import (
    check_candidate_age,
    check_dispute,
    check_independent_support,
    check_nomination,
    minimum_age,
    party_nomination_threshold,
)
from pilkada.candidacy.common import election_of, level_of
from tests.candidacy import D


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("provinsi", RegionLevel.PROVINSI),
        ("PROVINSI", RegionLevel.PROVINSI),
        ("Kabupaten", RegionLevel.KABUPATEN),
        (" kota ", RegionLevel.KOTA),
        ("gubernur", RegionLevel.PROVINSI),
        ("wali kota", RegionLevel.KOTA),
        ("WALI_KOTA", RegionLevel.KOTA),
        (ElectionKind.BUPATI, RegionLevel.KABUPATEN),
    ],
)
def test_a_level_by_name_or_value_in_any_case(text, level):
    assert level_of(text) is level


def test_an_election_by_level_or_name():
    assert election_of("kota") is ElectionKind.WALI_KOTA
    assert election_of("Bupati") is ElectionKind.BUPATI
    assert election_of(RegionLevel.PROVINSI) is ElectionKind.GUBERNUR


def test_an_unknown_level_lists_the_members():
    with pytest.raises(PilkadaValueError) as info:
        level_of("desa")
    assert info.value.field == "level"
    assert info.value.value == "desa"
    assert "PROVINSI" in info.value.rule
    assert "WALI_KOTA" in info.value.rule
    with pytest.raises(PilkadaTypeError) as type_info:
        level_of(None)
    assert type_info.value.field == "level"
    assert "GUBERNUR" in type_info.value.rule


def test_the_public_functions_take_names_and_iso_days():
    by_member = check_nomination(
        25_000, 250_000, level=RegionLevel.PROVINSI, dpt=250_000, on=D(2024, 8, 20)
    )
    assert check_nomination(25_000, 250_000, level="provinsi", dpt=250_000, on="2024-08-20") == (
        by_member
    )
    assert party_nomination_threshold("gubernur", 1, on="2024-08-19").seat_share is not None
    assert minimum_age("Gubernur", on="2024-08-20") == 30
    assert check_dispute("kota", 410_000, 120_000, 2_500).max_gap == 1800
    check = check_independent_support({"a": 1}, level="kabupaten", dpt=100, total_areas=1)
    assert check.requirement.level is RegionLevel.KABUPATEN
    age = check_candidate_age("1999-09-22", "wali kota")
    assert (age.election, age.eligible) == (ElectionKind.WALI_KOTA, True)
    with pytest.raises(PilkadaValueError) as info:
        minimum_age("kota", on="20 Agustus 2024")
    assert (info.value.field, info.value.value) == ("on", "20 Agustus 2024")


def test_every_finding_is_a_finding():
    from pilkada.findings import Finding  # noqa: PLC0415

    found = [
        *check_nomination(1, 250_000, level="kabupaten", dpt=250_000).findings(),
        *check_dispute("kabupaten", 410_000, 120_000, 2_500).findings(),
        *check_independent_support({"a": 1}, level="kota", dpt=100, total_areas=3).findings(),
        *check_candidate_age("2000-01-01", "gubernur").findings(),
    ]
    assert len(found) == 5
    assert all(isinstance(finding, Finding) for finding in found)
