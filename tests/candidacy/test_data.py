"""The dated tables of thresholds.toml and their checks."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import (
    Certainty,
    Instrument,
    LegalBasis,
    PilkadaTypeError,
    PilkadaValueError,
)
from pilkada.candidacy import (
    Bracket,
    dispute_threshold,
    independent_support_required,
    minimum_age,
    party_nomination_threshold,
    threshold_versions,
)
from pilkada.candidacy.data import read_tables
from pilkada.datafile import from_dict
from tests.candidacy import (
    BOUNDS,
    KAB,
    LEVELS,
    MK_60_DAY,
    UU_10_DAY,
    D,
    P,
)


def test_bracket_labels():
    assert party_nomination_threshold(KAB, 300_000).bracket.label() == (
        "lebih dari 250.000 sampai dengan 500.000"
    )
    assert party_nomination_threshold(P, 1).bracket.label("en") == "up to 2,000,000"
    assert party_nomination_threshold(KAB, 1_000_001).bracket.label() == "lebih dari 1.000.000"


# -- dated lookups -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lookup",
    [
        lambda on: party_nomination_threshold(KAB, 100, on=on),
        lambda on: independent_support_required(KAB, 100, on=on),
        lambda on: dispute_threshold(KAB, 100, on=on),
        lambda on: minimum_age(KAB, on=on),
    ],
)
def test_before_any_rule_is_an_error_not_a_guess(lookup):
    assert lookup(UU_10_DAY) is not None
    with pytest.raises(PilkadaValueError, match="was in force on 2016-06-30") as info:
        lookup(D(2016, 6, 30))
    assert info.value.field == "on"
    with pytest.raises(PilkadaTypeError):
        lookup(dt.datetime(2024, 8, 20, 12, 0))


def test_every_version_carries_a_legal_basis():
    versions = [
        v
        for v in [v for vs in threshold_versions().values() for v in vs]
        if not isinstance(v.value, str)
    ]
    assert len(versions) == 5
    for version in versions:
        assert isinstance(version.basis, LegalBasis)
        assert version.basis.instrument in (Instrument.UU, Instrument.PUTUSAN_MK)
        assert version.effective >= UU_10_DAY
        assert version.certainty is Certainty.OFFICIAL
        if version.basis.instrument is Instrument.PUTUSAN_MK:
            assert version.basis.effective == version.effective == MK_60_DAY


@given(
    level=st.sampled_from(LEVELS),
    smaller=st.integers(1, 3 * 10**7),
    extra=st.integers(0, 3 * 10**7),
)
def test_thresholds_never_increase_as_the_region_grows(level, smaller, extra):
    larger = smaller + extra
    assert (
        party_nomination_threshold(level, larger).vote_share
        <= party_nomination_threshold(level, smaller).vote_share
    )
    assert (
        independent_support_required(level, larger).share
        <= independent_support_required(level, smaller).share
    )
    assert dispute_threshold(level, larger).share <= dispute_threshold(level, smaller).share


@given(level=st.sampled_from(LEVELS), count=st.integers(1, 10**9))
def test_each_count_falls_in_exactly_one_bracket(level, count):
    rows = [
        b
        for b in (
            party_nomination_threshold(level, n).bracket
            for n in (1, *BOUNDS[level], BOUNDS[level][-1] + 1)
        )
        if count in b
    ]
    assert len(set(rows)) == 1


def _read(data):
    return read_tables(from_dict("thresholds.toml", data))


def _valid_data():
    brackets = [{"up_to": 10, "percent": "2"}, {"percent": "1"}]
    level = {"basis": "UU 10/2016 Pasal 158", "brackets": brackets}
    row = {"effective": D(2016, 7, 1), "provinsi": level, "kabupaten_kota": level}
    return {
        "party_nomination": [row],
        "independent_support": [row],
        "dispute": [row],
        "candidate_age": [
            {
                "effective": D(2016, 7, 1),
                "basis": "UU 10/2016 Pasal 7",
                "gubernur": 30,
                "bupati_wali_kota": 25,
            }
        ],
        "age_counted": [
            {"effective": D(2020, 9, 1), "basis": "PKPU 9/2020 Pasal 4", "at": "penetapan"}
        ],
    }


def test_data_checks_accept_a_minimal_table():
    tables = _read(_valid_data())
    assert set(tables) == {
        "party_nomination", "independent_support", "dispute", "candidate_age", "age_counted"
    }  # fmt: skip


def test_data_checks_refuse_an_unknown_counting_day():
    data = _valid_data()
    data["age_counted"] = [dict(data["age_counted"][0], at="pendaftaran")]
    with pytest.raises(PilkadaValueError, match="unknown day") as info:
        _read(data)
    assert info.value.field == "thresholds.toml: age_counted[0].at"


@pytest.mark.parametrize(
    ("brackets", "problem"),
    [
        ([{"up_to": 10, "percent": "1"}, {"percent": "2"}], "shares that fall"),
        ([{"up_to": 10, "percent": "2"}, {"up_to": 20, "percent": "1"}], "only the last"),
        ([{"percent": "2"}, {"percent": "1"}], "only the last"),
        ([{"up_to": 10, "percent": 2}, {"percent": "1"}], "must be a string"),
        ([{"up_to": 10, "percent": "abc"}, {"percent": "1"}], "cannot read"),
        ([{"up_to": 10, "percent": "0"}, {"percent": "0"}], "not a share"),
        ([], "no brackets"),
    ],
)
def test_data_checks_refuse_inconsistent_tables(brackets, problem):
    data = _valid_data()
    data["dispute"] = [
        {
            "effective": D(2016, 7, 1),
            "provinsi": {"basis": "UU 10/2016 Pasal 158", "brackets": brackets},
            "kabupaten_kota": data["dispute"][0]["kabupaten_kota"],
        }
    ]
    with pytest.raises(PilkadaValueError, match=problem) as info:
        _read(data)
    assert info.value.field.startswith("thresholds.toml: dispute[0].provinsi.brackets")


def test_bracket_validates_itself():
    with pytest.raises(PilkadaValueError):
        Bracket(above=10, up_to=10, share=Fraction(1, 2))
    with pytest.raises(PilkadaValueError):
        Bracket(above=0, up_to=None, share=Fraction(3, 2))
    row = Bracket(above=0, up_to=None, share=Fraction(1, 2))
    assert 5 in row
    assert True not in row
    assert 0 not in row
    assert attrs.evolve(row, up_to=5).label("en") == "up to 5"


def test_data_checks_refuse_an_unknown_certainty():
    data = _valid_data()
    data["dispute"] = [dict(data["dispute"][0], certainty="rumoured")]
    with pytest.raises(PilkadaValueError, match="unknown certainty 'rumoured'"):
        _read(data)
