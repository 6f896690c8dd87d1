"""The one place input is read: the attrs validators every record's fields use (#18)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest

from pilkada import PilkadaTypeError, PilkadaValueError
from pilkada.boundary import (
    as_path,
    check_derived,
    count_field,
    date_field,
    items_field,
    share_field,
    text_field,
    whole_field,
)


@attrs.frozen(kw_only=True)
class Sample:
    count: int = attrs.field(default=1, validator=count_field(minimum=1))
    maybe: int | None = attrs.field(default=None, validator=count_field(optional=True))
    days: int = attrs.field(default=0, validator=whole_field(-10, 10))
    day: dt.date = attrs.field(default=dt.date(2024, 11, 27), validator=date_field())
    text: str = attrs.field(default="x", validator=text_field(empty=False))
    items: tuple[int, ...] = attrs.field(default=(), validator=items_field(int))
    share: Fraction = attrs.field(default=Fraction(1, 2), validator=share_field())


@pytest.mark.parametrize(
    ("field", "value", "error", "rule"),
    [
        ("count", 0, PilkadaValueError, "a whole number from 1 to 2**63 - 1"),
        ("count", 2**63, PilkadaValueError, "a whole number from 1 to 2**63 - 1"),
        ("count", True, PilkadaTypeError, "an int"),
        ("maybe", -1, PilkadaValueError, "a whole number from 0 to 2**63 - 1"),
        ("days", 11, PilkadaValueError, "a whole number from -10 to 10"),
        ("days", 10**5000, PilkadaValueError, "a whole number from -10 to 10"),
        ("days", 1.0, PilkadaTypeError, "an int"),
        ("day", "2024-11-27", PilkadaTypeError, "a datetime.date"),
        ("day", dt.datetime(2024, 11, 27), PilkadaTypeError, "a datetime.date or an ISO date"),
        ("text", " ", PilkadaValueError, "some text"),
        ("text", 5, PilkadaTypeError, "a str"),
        ("items", [1], PilkadaTypeError, "a tuple of int"),
        ("share", Fraction(0), PilkadaValueError, "a Fraction in (0, 1]"),
        ("share", 0.5, PilkadaTypeError, "a Fraction"),
    ],
    ids=lambda v: "" if isinstance(v, int) and abs(v) > 10**100 else None,
)
def test_a_field_refuses_with_its_name_value_and_rule(field, value, error, rule):
    with pytest.raises(error) as caught:
        Sample(**{field: value})
    assert caught.value.field == field
    assert caught.value.value is value or caught.value.value == value
    assert caught.value.rule.startswith(rule)


def test_an_item_is_named_by_its_index():
    with pytest.raises(PilkadaTypeError) as caught:
        Sample(items=(1, True))
    assert (caught.value.field, caught.value.value, caught.value.rule) == (
        "items[1]",
        True,
        "a int",
    )


def test_the_defaults_are_kept():
    assert Sample().maybe is None


def test_check_derived_names_the_rule():
    check_derived("max_gap", 3, 3, "rule")
    with pytest.raises(PilkadaValueError) as caught:
        check_derived("max_gap", 4, 3, "the rule")
    assert (caught.value.field, caught.value.value, caught.value.rule) == ("max_gap", 4, "the rule")


@pytest.mark.parametrize(
    ("value", "error"),
    [(None, PilkadaTypeError), (b"x", PilkadaTypeError), ("a\0b", PilkadaValueError)],
)
def test_as_path_refuses_what_open_cannot_take(value, error):
    with pytest.raises(error) as caught:
        as_path("source", value)
    assert (caught.value.field, caught.value.value) == ("source", value)
