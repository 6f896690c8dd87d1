"""Candidates' minimum age."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import (
    PILKADA_2024,
    ElectionKind,
    Period,
    PilkadaTypeError,
    PilkadaValueError,
    Schedule,
    ScheduleEntry,
    Stage,
)
from pilkada.candidacy import (
    check_candidate_age,
)
from tests.candidacy import (
    KAB,
    D,
    P,
)


def test_age_is_counted_at_penetapan_paslon_2024():
    assert PILKADA_2024[Stage.PENETAPAN_PASLON].start == D(2024, 9, 22)
    turns_25 = check_candidate_age(D(1999, 9, 22), ElectionKind.BUPATI)
    assert (turns_25.counted_on, turns_25.age, turns_25.eligible) == (D(2024, 9, 22), 25, True)
    assert turns_25.findings() == []
    assert str(turns_25.basis) == "UU 10/2016 Pasal 7 ayat (2) huruf e"
    assert str(turns_25.counted_basis) == "Putusan MK 70/PUU-XXII/2024"
    day_late = check_candidate_age(D(1999, 9, 23), ElectionKind.WALI_KOTA)
    assert (day_late.age, day_late.minimum, day_late.eligible) == (24, 25, False)
    assert day_late.reaches_minimum_on == D(2024, 9, 23)
    [finding] = day_late.findings()
    assert finding.rule == "USIA_CALON"
    assert finding.dates == (D(2024, 9, 22), D(2024, 9, 23))
    assert "Pemilihan Wali Kota dan Wakil Wali Kota adalah 25 tahun" in finding.message()


@pytest.mark.parametrize(("born", "eligible"), [(D(1994, 9, 22), True), (D(1994, 9, 23), False)])
def test_governor_minimum_is_30(born, eligible):
    assert check_candidate_age(born, ElectionKind.GUBERNUR).eligible is eligible
    assert check_candidate_age(born, P).election is ElectionKind.GUBERNUR


def test_leap_day_birthday_is_reached_on_1_march():
    schedule = _schedule_with_penetapan(D(2025, 2, 28))
    assert check_candidate_age(D(2000, 2, 29), KAB, schedule).age == 24
    check = check_candidate_age(D(2000, 2, 29), KAB, _schedule_with_penetapan(D(2025, 3, 1)))
    assert (check.age, check.eligible, check.reaches_minimum_on) == (25, True, D(2025, 3, 1))


def _schedule_with_penetapan(day):
    entries = [
        ScheduleEntry(key=Stage.PENETAPAN_PASLON, when=Period.day(day)),
    ]
    return Schedule(name="contoh", voting_day=day + dt.timedelta(days=66), entries=entries)


def test_the_counting_day_rule_is_dated():
    # Pilkada 2020: penetapan 23 September 2020, under PKPU 9/2020 (from 1 September 2020)
    pilkada_2020 = check_candidate_age(
        D(1995, 9, 23), KAB, _schedule_with_penetapan(D(2020, 9, 23))
    )
    assert (pilkada_2020.age, pilkada_2020.eligible) == (25, True)
    assert str(pilkada_2020.counted_basis) == "PKPU 9/2020 Pasal 4 ayat (1) huruf d"
    last_day = check_candidate_age(D(1990, 1, 1), KAB, _schedule_with_penetapan(D(2024, 5, 28)))
    assert str(last_day.counted_basis) == "PKPU 9/2020 Pasal 4 ayat (1) huruf d"
    # Putusan MA 23 P/HUM/2024 counted age at the pelantikan, which a schedule does not date
    for day in (D(2024, 5, 29), D(2024, 8, 19)):
        with pytest.raises(PilkadaValueError, match="pelantikan") as info:
            check_candidate_age(D(1990, 1, 1), KAB, _schedule_with_penetapan(day))
        assert "23 P/HUM/2024" in str(info.value)
    mk_70 = check_candidate_age(D(1990, 1, 1), KAB, _schedule_with_penetapan(D(2024, 8, 20)))
    assert str(mk_70.counted_basis) == "Putusan MK 70/PUU-XXII/2024"
    # before PKPU 9/2020 no rule is recorded: an error, not a guess
    with pytest.raises(PilkadaValueError, match="was in force on 2020-08-31"):
        check_candidate_age(D(1990, 1, 1), KAB, _schedule_with_penetapan(D(2020, 8, 31)))


def test_age_needs_a_dated_penetapan_and_a_birth_before_it():
    empty = Schedule(name="kosong", voting_day=D(2025, 8, 27), entries=[])
    with pytest.raises(PilkadaValueError, match="does not date the penetapan"):
        check_candidate_age(D(1990, 1, 1), KAB, empty)
    with pytest.raises(PilkadaValueError) as info:
        check_candidate_age(D(2024, 9, 23), KAB)
    assert info.value.field == "birth_date"
    with pytest.raises(PilkadaTypeError):
        check_candidate_age(dt.datetime(1990, 1, 1, 0, 0), KAB)
    with pytest.raises(PilkadaTypeError):
        check_candidate_age(D(1990, 1, 1), KAB, schedule="PILKADA_2024")


@given(born=st.dates(min_value=D(1900, 1, 1), max_value=D(2024, 9, 22)))
def test_age_matches_the_anniversary(born):
    check = check_candidate_age(born, ElectionKind.BUPATI)
    assert check.eligible is (check.reaches_minimum_on <= check.counted_on)


# -- disputes ------------------------------------------------------------------------------------
