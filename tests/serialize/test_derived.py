"""Derived records read back from data are derived again: a tampered number is refused (#18)."""

from __future__ import annotations

import datetime as dt

import pytest

import pilkada
from pilkada import (
    ElectionKind,
    PilkadaError,
    PilkadaValueError,
    RegionLevel,
    check_candidate_age,
    check_dispute,
    check_nomination,
    decide,
    dispute_threshold,
    from_dict,
    from_json,
    independent_support_required,
    party_nomination_threshold,
    to_dict,
    to_json,
)


@pytest.mark.parametrize(
    ("record", "field", "value"),
    [
        (check_dispute(RegionLevel.KABUPATEN, 410_000, 120_000, 2_500), "max_gap", 1801),
        (check_dispute(RegionLevel.KABUPATEN, 410_000, 120_000, 2_500), "max_gap", 1799),
        (check_nomination(25_000, 250_000, level="kabupaten", dpt=250_000), "votes_needed", 24_999),
        (dispute_threshold(RegionLevel.KABUPATEN, 410_000), "share", "1/50"),
        (dispute_threshold(RegionLevel.KABUPATEN, 410_000), "effective", "2016-07-02"),
        (party_nomination_threshold("kabupaten", 250_001), "vote_share", "1/10"),
        (independent_support_required(RegionLevel.PROVINSI, 8_252_897), "minimum", 618_967),
        (check_candidate_age(dt.date(1999, 9, 23), ElectionKind.BUPATI), "age", 25),
        (check_candidate_age(dt.date(1999, 9, 23), ElectionKind.BUPATI), "minimum", 24),
        (decide(pilkada.Tally(votes=[120, 80]), election="bupati"), "valid", 201),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_a_changed_derived_number_is_refused_at_its_path(record, field, value):
    plain = to_dict(record)
    assert from_json(type(record), to_json(record)) == record  # the untouched one loads
    with pytest.raises(PilkadaValueError) as caught:
        from_dict(type(record), {**plain, field: value})
    assert caught.value.field == f"$.{field}"
    assert caught.value.rule  # says the rule the number breaks


def test_the_error_names_what_the_library_derives():
    plain = to_dict(check_dispute(RegionLevel.KABUPATEN, 410_000, 120_000, 2_500))
    with pytest.raises(PilkadaValueError) as caught:
        from_dict(pilkada.DisputeCheck, {**plain, "max_gap": 1801})
    assert (caught.value.field, caught.value.value) == ("$.max_gap", 1801)
    assert "1800" in caught.value.problem
    assert "Pasal 158" in caught.value.rule


def test_a_nested_threshold_is_derived_again_too():
    plain = to_dict(check_dispute(RegionLevel.KABUPATEN, 410_000, 120_000, 2_500))
    plain["threshold"]["population"] = 600_000  # another bracket, share left as it was
    with pytest.raises(PilkadaError) as caught:
        from_dict(pilkada.DisputeCheck, plain)
    assert caught.value.field.startswith("$.threshold")


def test_an_outcome_must_be_the_one_decide_gives():
    plain = to_dict(decide(pilkada.Tally(votes=[120, 80]), election="bupati"))
    with pytest.raises(PilkadaValueError) as caught:  # the right verdict, under another rule
        from_dict(pilkada.Outcome, {**plain, "rule": "JAKARTA_MAJORITY"})
    assert caught.value.field == "$.rule"
