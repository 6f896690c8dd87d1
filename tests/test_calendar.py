from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pilkada import (
    Deadline,
    Period,
    PilkadaTypeError,
    PilkadaValueError,
    add_working_days,
    holiday_name,
    is_working_day,
    months_after,
    months_before,
    working_days_between,
)

calendar_days = st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2099, 12, 31))

# -- calendar months ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2024, 8, 31), 6, dt.date(2024, 2, 29)),  # clamped to the end of February
        (dt.date(2023, 8, 31), 6, dt.date(2023, 2, 28)),
        (dt.date(2024, 11, 27), 6, dt.date(2024, 5, 27)),  # PPK/PPS for Pilkada 2024
        (dt.date(2024, 11, 27), 5, dt.date(2024, 6, 27)),  # NPHD tahap II for Pilkada 2024
        (dt.date(2024, 2, 14), 20, dt.date(2022, 6, 14)),  # UU 7/2017 Pasal 167 ayat (6)
        (dt.date(2024, 3, 31), 1, dt.date(2024, 2, 29)),
        (dt.date(2024, 5, 31), 3, dt.date(2024, 2, 29)),
        (dt.date(2024, 1, 15), 0, dt.date(2024, 1, 15)),
    ],
)
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2024, 11, 27), 2, dt.date(2025, 1, 27)),
        (dt.date(2025, 1, 31), 1, dt.date(2025, 2, 28)),
        (dt.date(2023, 12, 31), 2, dt.date(2024, 2, 29)),
        (dt.date(2025, 1, 16), 3, dt.date(2025, 4, 16)),  # sisa dana, KPU Ngawi
    ],
)
def test_months_after(day, months, expected):
    assert months_after(day, months) == expected


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: months_before("1 Januari 2024", 1), PilkadaValueError),
        (lambda: months_before(20240101, 1), PilkadaTypeError),
        (lambda: months_before(dt.datetime(2024, 1, 1), 1), PilkadaTypeError),
        (lambda: months_before(dt.date(2024, 1, 1), 1.5), PilkadaTypeError),
        (lambda: months_before(dt.date(2024, 1, 1), True), PilkadaTypeError),
        (lambda: months_after(dt.date(9999, 1, 1), 12), PilkadaValueError),
    ],
)
def test_month_arithmetic_refuses_bad_input(call, error):
    with pytest.raises(error):
        call()


@given(calendar_days, calendar_days, st.integers(0, 240))
def test_months_before_is_monotone_and_never_after_the_day(a, b, months):
    earlier, later = min(a, b), max(a, b)
    assert months_before(earlier, months) <= months_before(later, months)
    assert months_before(later, months) <= later
    assert months_before(later, months + 1) <= months_before(later, months)


@given(calendar_days, st.integers(0, 240))
def test_months_before_clamps_only_when_the_day_does_not_exist(day, months):
    result = months_before(day, months)
    if day.day <= 28:
        assert result.day == day.day
    else:
        assert result.day == day.day or (result + dt.timedelta(days=1)).month != result.month
    assert (result.year * 12 + result.month) == (day.year * 12 + day.month) - months


# -- working days ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "cuti_bersama_off", "expected"),
    [
        (dt.date(2024, 2, 14), False, False),  # Pemilu 2024, national holiday
        (dt.date(2024, 11, 27), False, False),  # Pilkada 2024, Keppres 33/2024
        (dt.date(2024, 11, 26), False, True),
        (dt.date(2024, 11, 30), False, False),  # Saturday
        (dt.date(2024, 12, 1), False, False),  # Sunday
        (dt.date(2024, 12, 25), False, False),  # Natal
        (dt.date(2024, 12, 26), False, True),  # cuti bersama: a working day by default
        (dt.date(2024, 12, 26), True, False),
        (dt.date(2024, 4, 8), False, True),  # cuti bersama Idul Fitri
        (dt.date(2024, 4, 8), True, False),
        (dt.date(2024, 4, 10), True, False),  # Idul Fitri
    ],
)
def test_is_working_day(day, cuti_bersama_off, expected):
    assert is_working_day(day, cuti_bersama_off=cuti_bersama_off) is expected


@pytest.mark.parametrize(
    ("day", "count", "cuti_bersama_off", "expected"),
    [
        (dt.date(2023, 11, 10), 14, False, dt.date(2023, 11, 30)),  # NPHD tahap I (a Thursday)
        (dt.date(2024, 4, 5), 1, False, dt.date(2024, 4, 8)),
        (dt.date(2024, 4, 5), 1, True, dt.date(2024, 4, 16)),  # Lebaran 2024 and its leave days
        (dt.date(2024, 11, 26), 1, False, dt.date(2024, 11, 28)),  # over the Pilkada holiday
        (dt.date(2024, 12, 15), 3, False, dt.date(2024, 12, 18)),  # PHP filing, 3 hari kerja
        (dt.date(2024, 11, 28), -1, False, dt.date(2024, 11, 26)),
        (dt.date(2024, 11, 30), 0, False, dt.date(2024, 11, 30)),  # zero: the day itself
    ],
)
def test_add_working_days(day, count, cuti_bersama_off, expected):
    assert add_working_days(day, count, cuti_bersama_off=cuti_bersama_off) == expected
    assert working_days_between(day, expected, cuti_bersama_off=cuti_bersama_off) == count


def test_holiday_names():
    assert holiday_name(dt.date(2024, 11, 27)) == "Local Election Day"
    assert holiday_name(dt.date(2024, 12, 26), cuti_bersama_off=True) == "Christmas Joint Holiday"
    assert holiday_name(dt.date(2024, 12, 26)) is None
    assert holiday_name(dt.date(2024, 11, 26)) is None


@pytest.mark.parametrize("day", [dt.date(2003, 12, 31), dt.date(2101, 1, 1)])
def test_working_day_calendar_has_limits(day):
    with pytest.raises(PilkadaValueError, match="outside the working-day calendar"):
        is_working_day(day)


def test_working_day_functions_refuse_bad_types():
    with pytest.raises(PilkadaTypeError):
        add_working_days(dt.date(2024, 1, 1), 1.0)  # type: ignore[arg-type]
    with pytest.raises(PilkadaTypeError):
        working_days_between(20240101, dt.date(2024, 1, 2))  # type: ignore[arg-type]
    with pytest.raises(PilkadaValueError):  # an ISO string is read; any other string is not
        working_days_between("01-01-2024", dt.date(2024, 1, 2))


@given(calendar_days, st.integers(-60, 60).filter(bool), st.booleans())
def test_add_working_days_lands_on_a_working_day(day, count, off):
    result = add_working_days(day, count, cuti_bersama_off=off)
    assert result.weekday() < 5
    assert is_working_day(result, cuti_bersama_off=off)
    assert holiday_name(result, cuti_bersama_off=off) is None
    assert (result > day) == (count > 0)


@given(calendar_days, st.integers(-40, 40), st.booleans())
def test_add_working_days_is_strictly_monotone_in_count(day, count, off):
    assume(count != -1)  # count 0 returns the day itself, which need not be a working day
    a = add_working_days(day, count, cuti_bersama_off=off)
    b = add_working_days(day, count + 1, cuti_bersama_off=off)
    if count >= 0:
        assert a < b
    else:
        assert a < b or count + 1 == 0


@given(calendar_days, st.integers(-40, 40), st.booleans())
def test_working_days_between_inverts_add(day, count, off):
    result = add_working_days(day, count, cuti_bersama_off=off)
    assert working_days_between(day, result, cuti_bersama_off=off) == count


@given(calendar_days, st.integers(1, 30))
def test_counting_cuti_bersama_as_days_off_never_gives_an_earlier_deadline(day, count):
    assert add_working_days(day, count) <= add_working_days(day, count, cuti_bersama_off=True)


# -- periods and deadlines ---------------------------------------------------------------------


def test_period():
    period = Period(dt.date(2024, 9, 25), dt.date(2024, 11, 23))
    assert period.days == 60
    assert dt.date(2024, 9, 25) in period
    assert dt.date(2024, 11, 23) in period
    assert dt.date(2024, 11, 24) not in period
    assert "2024-09-25" not in period
    assert dt.datetime(2024, 10, 1, 9, 0) not in period
    assert str(period) == "25 September–23 November 2024"
    assert period.format(locale="en") == "September 25\u2009–\u2009November 23, 2024"
    assert Period.day(dt.date(2024, 11, 27)).days == 1
    assert str(Period.day(dt.date(2024, 11, 27))) == "27 November 2024"


def test_period_refuses_an_end_before_its_start():
    with pytest.raises(PilkadaValueError) as info:
        Period(dt.date(2024, 11, 23), dt.date(2024, 9, 25))
    assert info.value.field == "end"


@pytest.mark.parametrize("value", ["2024-01-01", dt.datetime(2024, 1, 1), None])
def test_period_refuses_what_is_not_a_date(value):
    with pytest.raises(PilkadaTypeError):
        Period(value, dt.date(2024, 1, 1))


def test_deadline_includes_its_own_day():
    deadline = Deadline(dt.date(2024, 1, 26))
    assert deadline.met_by(dt.date(2024, 1, 26))
    assert deadline.met_by(dt.date(2024, 1, 25))
    assert not deadline.met_by(dt.date(2024, 1, 27))
    assert str(deadline) == "paling lambat 26 Januari 2024"
    assert deadline.format(locale="en") == "no later than January 26, 2024"


# -- one vocabulary: every function taking a day takes an ISO string too -------------------------


def test_calendar_functions_take_iso_strings():
    assert months_after("2024-11-27", 2) == dt.date(2025, 1, 27)
    assert months_before("2024-08-31", 6) == dt.date(2024, 2, 29)
    assert is_working_day("2024-11-27") is False
    assert holiday_name("2024-11-27") == holiday_name(dt.date(2024, 11, 27))
    assert add_working_days("2024-11-27", 1) == add_working_days(dt.date(2024, 11, 27), 1)
    assert working_days_between("2024-11-01", "2024-11-30") == working_days_between(
        dt.date(2024, 11, 1), dt.date(2024, 11, 30)
    )
    assert Period.day("2024-11-27") == Period.day(dt.date(2024, 11, 27))
    assert Deadline(dt.date(2024, 1, 26)).met_by("2024-01-26")


def test_a_bad_iso_string_names_the_field():
    with pytest.raises(PilkadaValueError) as caught:
        is_working_day("2024-02-30")
    assert (caught.value.field, caught.value.value) == ("day", "2024-02-30")
    assert "YYYY-MM-DD" in caught.value.rule
