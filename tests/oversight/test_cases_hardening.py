"""Cases keep their steps in order, and moments with and without an offset are not mixed (#18)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from pilkada import (
    DisputeCase,
    DisputeKind,
    Milestone,
    PilkadaTypeError,
    PilkadaValueError,
    ReportSource,
    ViolationCase,
    deadline_rules,
)
from pilkada.oversight import CaseDeadline

D = dt.date
WIB = dt.timezone(dt.timedelta(hours=7))


def test_a_case_built_directly_starts_with_its_days_and_can_be_registered():
    case = ViolationCase(source=ReportSource.TEMUAN, known_on=D(2024, 9, 2), filed_on=D(2024, 9, 3))
    assert case.milestones == (
        (Milestone.DIKETAHUI, D(2024, 9, 2)),
        (Milestone.DILAPORKAN, D(2024, 9, 3)),
    )
    assert case.register(D(2024, 9, 3)).at(Milestone.DIREGISTER) == D(2024, 9, 3)  # no IndexError


def test_a_case_without_its_first_steps_is_refused():
    with pytest.raises(PilkadaValueError) as caught:
        ViolationCase(
            source=ReportSource.TEMUAN,
            known_on=D(2024, 9, 2),
            filed_on=D(2024, 9, 3),
            milestones=(),
        )
    assert caught.value.field == "milestones"
    assert "DIKETAHUI" in caught.value.rule


APPLIED = (Milestone.DIAJUKAN, D(2024, 9, 3))


@pytest.mark.parametrize(
    ("milestones", "field", "error"),
    [
        (object(), "milestones", PilkadaTypeError),
        ((APPLIED, ("x", D(2024, 9, 4))), "milestones[1]", PilkadaTypeError),
        ((APPLIED, (Milestone.DIAJUKAN, D(2024, 9, 4))), "milestones[1]", PilkadaValueError),
        ((APPLIED, (Milestone.KEBERATAN, D(2024, 9, 2))), "milestones[1]", PilkadaValueError),
        (((Milestone.KEBERATAN, D(2024, 9, 3)),), "milestones", PilkadaValueError),
    ],
)
def test_a_dispute_keeps_its_steps_once_and_in_order(milestones, field, error):
    with pytest.raises(error) as caught:
        DisputeCase(kind=DisputeKind.PSAP, milestones=milestones)
    assert caught.value.field == field


def test_moments_with_and_without_an_offset_are_not_compared():
    case = DisputeCase.apply(DisputeKind.PSAP, dt.datetime(2024, 9, 3, 9, tzinfo=WIB))
    with pytest.raises(PilkadaValueError) as caught:
        case.record(Milestone.KEBERATAN, dt.datetime(2024, 9, 4, 9))
    assert caught.value.field == "moment"
    assert "offset" in caught.value.rule


def test_an_hour_deadline_is_due_at_a_moment():
    rule = next(r for r in deadline_rules() if r.unit.name == "JAM")
    with pytest.raises(PilkadaTypeError) as caught:
        CaseDeadline(rule=rule, due=D(2024, 9, 3), met=None)
    assert caught.value.field == "due"
    deadline = CaseDeadline(rule=rule, due=dt.datetime(2024, 9, 3, 9, tzinfo=WIB), met=None)
    assert deadline.overdue(D(2024, 9, 3))  # the whole day, in the due moment's zone
    with pytest.raises(PilkadaValueError):
        attrs.evolve(deadline, met=dt.datetime(2024, 9, 3, 8))
