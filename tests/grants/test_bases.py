"""Every rule and constant of the grants package has a basis, a certainty and a checked day."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest

from pilkada import Certainty, PilkadaTypeError, PilkadaValueError
from pilkada.grants import GRANT_RULES, GrantRule, bases, grant_rule
from pilkada.sources import SE_MENDAGRI_900_1_9_1_435_2023, SE_MENDAGRI_900_1_9_1_5252_2023

TODAY = dt.date(2026, 12, 2)


def test_every_rule_has_a_checked_basis_a_certainty_and_its_sources():
    assert [rule.code for rule in GRANT_RULES] == [
        "TRANCHE_SHARES",
        "WORKING_DAYS_AFTER_SIGNING",
        "MONTHS_BEFORE_VOTING",
        "SINGLE_PAYMENT",
        "FUNDING",
        "SISA_DANA_MONTHS",
        "SIGNING_DEADLINES",
    ]
    for rule in GRANT_RULES:
        assert rule.basis.checked == TODAY == bases.CHECKED
        assert isinstance(rule.certainty, Certainty)
        assert "." in rule.note  # names where it was read


def test_every_basis_constant_of_the_module_is_checked():
    constants = [name for name in dir(bases) if name.endswith("_BASIS")]
    assert constants == [
        "FUNDING_BASIS",
        "SIGNING_DEADLINE_BASIS",
        "SINGLE_PAYMENT_BASIS",
        "SISA_DANA_BASIS",
        "TRANCHE_BASIS",
    ]
    for name in constants:
        assert getattr(bases, name).checked == TODAY, name


def test_the_values_are_the_ones_the_code_applies():
    assert grant_rule("TRANCHE_SHARES").value == (Fraction(2, 5), Fraction(3, 5))
    assert sum(bases.TRANCHE_SHARES) == 1
    assert [Fraction(w, sum(bases.TRANCHE_WEIGHTS)) for w in bases.TRANCHE_WEIGHTS] == list(
        bases.TRANCHE_SHARES
    )
    assert grant_rule("WORKING_DAYS_AFTER_SIGNING").value == bases.WORKING_DAYS_AFTER_SIGNING == 14
    assert grant_rule("MONTHS_BEFORE_VOTING").value == bases.MONTHS_BEFORE_VOTING == 5
    assert grant_rule("SISA_DANA_MONTHS").value == bases.SISA_DANA_MONTHS == 3
    assert grant_rule("SINGLE_PAYMENT").value == 1
    assert grant_rule("SIGNING_DEADLINES").value == {dt.date(2024, 11, 27): dt.date(2023, 11, 10)}


def test_certainties_say_what_was_and_was_not_found():
    certainty = {rule.code: rule.certainty for rule in GRANT_RULES}
    assert certainty == {
        "TRANCHE_SHARES": Certainty.OFFICIAL,
        "WORKING_DAYS_AFTER_SIGNING": Certainty.OFFICIAL,
        "MONTHS_BEFORE_VOTING": Certainty.OFFICIAL,
        "SINGLE_PAYMENT": Certainty.PROVISIONAL,
        "FUNDING": Certainty.OFFICIAL,
        "SISA_DANA_MONTHS": Certainty.PROVISIONAL,
        "SIGNING_DEADLINES": Certainty.PROVISIONAL,
    }
    assert grant_rule("MONTHS_BEFORE_VOTING").effective == dt.date(2020, 6, 15)
    assert grant_rule("FUNDING").effective is None


def test_the_signing_deadline_rests_on_the_circular_of_29_september_2023():
    basis = bases.SIGNING_DEADLINE_BASIS
    assert str(basis) == "SE Mendagri 900.1.9.1/5252/SJ/2023"
    assert basis.key == SE_MENDAGRI_900_1_9_1_5252_2023.key
    assert basis.effective == dt.date(2023, 9, 29)
    assert grant_rule("SIGNING_DEADLINES").effective == dt.date(2023, 9, 29)
    assert SE_MENDAGRI_900_1_9_1_435_2023.effective == dt.date(2023, 1, 24)
    assert basis.title == SE_MENDAGRI_900_1_9_1_435_2023.title
    assert "900.1.9.1/435/SJ" in grant_rule("SIGNING_DEADLINES").note


def test_the_bases_cite_their_articles():
    assert str(bases.TRANCHE_BASIS) == (
        "Permendagri 54/2019 Pasal 16 ayat (4) sebagaimana diubah dengan Permendagri 41/2020"
    )
    assert (bases.FUNDING_BASIS.pasal, bases.FUNDING_BASIS.ayat) == ("2", None)
    assert (bases.SISA_DANA_BASIS.pasal, bases.SISA_DANA_BASIS.ayat) == ("26", "1")
    assert bases.SINGLE_PAYMENT_BASIS.pasal is None


def test_an_unknown_rule_code_lists_the_codes():
    with pytest.raises(PilkadaValueError) as caught:
        grant_rule("NOPE")
    assert (caught.value.field, caught.value.value) == ("code", "NOPE")
    assert caught.value.rule.startswith("one of: TRANCHE_SHARES, WORKING_DAYS_AFTER_SIGNING")


RULE = GRANT_RULES[0]


@pytest.mark.parametrize(
    ("changes", "error", "field", "value"),
    [
        ({"code": "tranche"}, PilkadaValueError, "code", "tranche"),
        ({"code": "A B"}, PilkadaValueError, "code", "A B"),
        ({"code": 5}, PilkadaTypeError, "code", 5),
        ({"basis": "x"}, PilkadaTypeError, "basis", "x"),
        (
            {"basis": attrs.evolve(RULE.basis, checked=None)},
            PilkadaValueError,
            "basis.checked",
            None,
        ),
        ({"certainty": "OFFICIAL"}, PilkadaTypeError, "certainty", "OFFICIAL"),
        ({"effective": "2020-06-15"}, PilkadaTypeError, "effective", "2020-06-15"),
        ({"note": None}, PilkadaTypeError, "note", None),
    ],
)
def test_a_grant_rule_refuses_what_it_cannot_hold(changes, error, field, value):
    with pytest.raises(error) as caught:
        attrs.evolve(RULE, **changes)
    assert (caught.value.field, caught.value.value) == (field, value)
    assert isinstance(attrs.evolve(RULE), GrantRule)
