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
@pytest.mark.parametrize("function", [is_working_day, holiday_name])
def test_working_day_calendar_has_limits(function, day):
    with pytest.raises(PilkadaValueError, match="outside the working-day calendar") as info:
        function(day)
    assert (info.value.field, info.value.value) == ("day", day)
    assert info.value.rule == "a date from 2004 to 2100"


def test_the_first_and_last_days_of_the_calendar_are_in_it():
    # The holidays library knows Indonesia from 2004; 1 January is New Year's Day both ends.
    assert holiday_name(dt.date(2004, 1, 1)) == "New Year's Day"
    assert holiday_name(dt.date(2100, 1, 1)) == "New Year's Day"
    assert is_working_day(dt.date(2004, 1, 2))  # a Friday
    assert is_working_day(dt.date(2100, 12, 31))  # a Friday
    assert add_working_days(dt.date(2004, 1, 1), 0) == dt.date(2004, 1, 1)
    assert add_working_days(dt.date(2004, 1, 5), -1) == dt.date(2004, 1, 2)
    assert add_working_days(dt.date(2100, 12, 30), 1) == dt.date(2100, 12, 31)
    assert working_days_between(dt.date(2004, 1, 1), dt.date(2004, 1, 2)) == 1
    assert working_days_between(dt.date(2100, 12, 31), dt.date(2100, 12, 30)) == -1


@pytest.mark.parametrize(
    ("day", "count", "reached"),
    [
        (dt.date(2100, 12, 31), 1, "2101-01-01"),
        (dt.date(2100, 12, 20), 30, "2101-01-01"),
        (dt.date(2004, 1, 2), -1, "2003-12-31"),  # 1 January 2004 is New Year's Day
    ],
)
def test_counting_working_days_past_the_calendar_names_the_count(day, count, reached):
    for off in (False, True):
        with pytest.raises(PilkadaValueError) as info:
            add_working_days(day, count, cuti_bersama_off=off)
        assert (info.value.field, info.value.value) == ("count", count)
        assert info.value.rule == "a count that stays within 2004 to 2100"
        assert f"(at {reached})" in info.value.problem


@pytest.mark.parametrize(
    ("start", "end", "field", "value"),
    [
        (dt.date(2003, 12, 31), dt.date(2024, 1, 2), "start", dt.date(2003, 12, 31)),
        (dt.date(2024, 1, 2), dt.date(2101, 1, 1), "end", dt.date(2101, 1, 1)),
    ],
)
def test_working_days_between_names_the_end_outside_the_calendar(start, end, field, value):
    with pytest.raises(PilkadaValueError) as info:
        working_days_between(start, end)
    assert (info.value.field, info.value.value) == (field, value)
    assert info.value.rule == "a date from 2004 to 2100"


# The 2025 cuti bersama Imlek (SKB Menag/Menaker/MenPAN-RB 1017, 2 and 2 of 2024) falls on
# 28 January 2025, and the Christmas one of 2024 on 26 December: a count crossing New Year
# must keep reading the cuti bersama as days off in the new year's calendar too.
@pytest.mark.parametrize(
    ("day", "count", "default", "off"),
    [
        (dt.date(2024, 12, 31), 20, dt.date(2025, 1, 31), dt.date(2025, 2, 3)),
        (dt.date(2024, 12, 20), 27, dt.date(2025, 2, 3), dt.date(2025, 2, 5)),
        (dt.date(2025, 1, 2), -4, dt.date(2024, 12, 26), dt.date(2024, 12, 24)),
    ],
)
def test_cuti_bersama_stay_off_after_counting_into_another_year(day, count, default, off):
    assert add_working_days(day, count) == default
    assert add_working_days(day, count, cuti_bersama_off=True) == off
    assert working_days_between(day, default) == count
    assert working_days_between(day, off, cuti_bersama_off=True) == count


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


def test_counting_into_the_first_and_last_years_of_the_calendar():
    assert add_working_days(dt.date(2005, 1, 3), -1) == dt.date(2004, 12, 31)
    assert add_working_days(dt.date(2099, 12, 31), 1) == dt.date(2100, 1, 4)


@pytest.mark.parametrize(
    ("call", "error", "field", "value", "rule"),
    [
        (lambda: months_before("2024-1-1", 1), PilkadaValueError, "day", "2024-1-1",
         "a datetime.date or 'YYYY-MM-DD'"),
        (lambda: months_before(dt.date(2024, 1, 1), 1.5), PilkadaTypeError, "months", 1.5,
         "an int"),
        (lambda: months_after(None, 1), PilkadaTypeError, "day", None,
         "a datetime.date or an ISO date string 'YYYY-MM-DD'"),
        (lambda: months_after(dt.date(2024, 1, 1), True), PilkadaTypeError, "months", True,
         "an int"),
        (lambda: months_after(dt.date(9999, 1, 1), 12), PilkadaValueError, "months", 12,
         "a smaller count"),
        (lambda: months_before(dt.date(1, 1, 1), 1), PilkadaValueError, "months", -1,
         "a smaller count"),
        (lambda: is_working_day(5), PilkadaTypeError, "day", 5,
         "a datetime.date or an ISO date string 'YYYY-MM-DD'"),
        (lambda: holiday_name("x"), PilkadaValueError, "day", "x",
         "a datetime.date or 'YYYY-MM-DD'"),
        (lambda: add_working_days("x", 1), PilkadaValueError, "day", "x",
         "a datetime.date or 'YYYY-MM-DD'"),
        (lambda: add_working_days(dt.date(2024, 1, 1), "1"), PilkadaTypeError, "count", "1",
         "an int"),
        (lambda: working_days_between("x", dt.date(2024, 1, 1)), PilkadaValueError, "start",
         "x", "a datetime.date or 'YYYY-MM-DD'"),
        (lambda: working_days_between(dt.date(2024, 1, 1), "x"), PilkadaValueError, "end",
         "x", "a datetime.date or 'YYYY-MM-DD'"),
        (lambda: Period(dt.date(2024, 1, 1), "2024-01-02"), PilkadaTypeError, "end",
         "2024-01-02", "a datetime.date"),
        (lambda: Deadline(None), PilkadaTypeError, "day", None, "a datetime.date"),
        (lambda: Deadline(dt.date(2024, 1, 1)).met_by("1/1/2024"), PilkadaValueError, "day",
         "1/1/2024", "a datetime.date or 'YYYY-MM-DD'"),
        (lambda: Period.day("tomorrow"), PilkadaValueError, "day", "tomorrow",
         "a datetime.date or 'YYYY-MM-DD'"),
        (lambda: Period(dt.date(2024, 1, 2), dt.date(2024, 1, 1)), PilkadaValueError, "end",
         dt.date(2024, 1, 1), "end on or after the start (a one-day period has start == end)"),
    ],
)  # fmt: skip
def test_calendar_refusals_name_field_value_and_rule(call, error, field, value, rule):
    with pytest.raises(error) as info:
        call()
    assert (info.value.field, info.value.value, info.value.rule) == (field, value, rule)


def test_calendar_problems_say_what_was_found():
    with pytest.raises(PilkadaTypeError) as info:
        add_working_days(dt.date(2024, 1, 1), 1.5)
    assert info.value.problem == "got float 1.5"
    with pytest.raises(PilkadaValueError) as info:
        months_after(dt.date(9999, 1, 1), 12)
    assert info.value.problem == "12 months from 9999-01-01 leaves the calendar"
    with pytest.raises(PilkadaValueError) as info:
        Period(dt.date(2024, 1, 2), dt.date(2024, 1, 1))
    assert info.value.problem == "the period ends on 2024-01-01, before it starts on 2024-01-02"
    with pytest.raises(PilkadaValueError) as info:
        is_working_day(dt.date(2101, 1, 1))
    assert info.value.problem == "2101-01-01 is outside the working-day calendar"
