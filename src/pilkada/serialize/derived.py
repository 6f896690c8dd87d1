"""Derived records are derived again when read: a record the library would not give is refused.

A threshold, a check or an outcome read from data is rebuilt from its inputs by the function
that makes it (:func:`~pilkada.dispute_threshold`, :func:`~pilkada.check_dispute`,
:func:`~pilkada.decide` ...), and must equal the record read. A watchdog who loads a published
JSON can trust that a tampered number (a ``max_gap`` or a ``votes_needed`` changed by one) is
refused, with the JSON path of the first field that differs.

>>> from pilkada import DisputeCheck, check_dispute, from_dict, to_dict
>>> data = to_dict(check_dispute("kabupaten", 410_000, 120_000, 2_500))
>>> from_dict(DisputeCheck, data).max_gap
1800
>>> from_dict(DisputeCheck, {**data, "max_gap": 1801})
Traceback (most recent call last):
...
pilkada.errors.PilkadaValueError: $.max_gap: 1801 is not what the rule gives (1800); ...

An :class:`~pilkada.AgeCheck` and a :class:`~pilkada.RecapRow` are derived again by their
constructors. Records whose inputs are not all kept (an :class:`~pilkada.IndependentSupportCheck`
keeps the supporters per area only as totals; an outcome decided by the spread of support keeps
no votes per area) are checked by their constructors, which refuse what the library could not
give.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

import attrs
import cattrs

from pilkada.boundary import check_derived
from pilkada.candidacy import (
    DisputeCheck,
    DisputeThreshold,
    IndependentSupport,
    NominationCheck,
    NominationThreshold,
    check_dispute,
    check_nomination,
    dispute_threshold,
    independent_support_required,
    party_nomination_threshold,
)
from pilkada.results import Outcome, Tally, decide

__all__ = ["REDERIVE", "register"]


def _nomination(check: NominationCheck) -> NominationCheck:
    threshold = check.threshold
    return check_nomination(
        check.votes,
        check.total_valid_votes,
        level=threshold.level,
        dpt=threshold.dpt,
        seats=check.seats,
        total_seats=check.total_seats,
        on=threshold.effective,
    )


def _outcome(outcome: Outcome) -> Outcome:
    if outcome.tie_break is not None:
        return outcome  # the votes per area are not kept: its constructor checked it
    # On anomalous forms the valid votes are the recorded figure, not the votes' sum: kept.
    why = outcome.provisional
    anomalous = why is not None and why.anomalies > 0
    tally = Tally(
        votes=outcome.votes,
        kolom_kosong=outcome.kolom_kosong,
        region=outcome.region,
        valid_recorded=outcome.valid if anomalous else None,
        anomalies=0 if why is None else why.anomalies,
        tps_reported=None if why is None else why.tps_reported,
        tps_expected=None if why is None else why.tps_expected,
    )
    return decide(tally, election=outcome.election, numbers=outcome.numbers or None)


#: For each derived record, the record the library gives for its inputs.
REDERIVE: Final[dict[type, Callable[[Any], object]]] = {
    DisputeThreshold: lambda t: dispute_threshold(t.level, t.population, on=t.effective),
    NominationThreshold: lambda t: party_nomination_threshold(t.level, t.dpt, on=t.effective),
    IndependentSupport: lambda t: independent_support_required(t.level, t.dpt, on=t.effective),
    DisputeCheck: lambda c: check_dispute(
        c.threshold.level, c.threshold.population, c.valid_votes, c.gap, on=c.threshold.effective
    ),
    NominationCheck: _nomination,
    Outcome: _outcome,
}


def same_as_derived(record: Any) -> None:  # noqa: ANN401 - any record of REDERIVE
    """Refuse ``record`` unless it equals what the library derives from its inputs."""
    derived = REDERIVE[type(record)](record)
    if derived == record:
        return
    for field in attrs.fields(type(record)):
        mine, theirs = getattr(record, field.name), getattr(derived, field.name)
        check_derived(field.name, mine, theirs, f"the {type(record).__name__} the library derives")


def register(converter: cattrs.Converter) -> None:
    """Make ``converter`` derive each record of :data:`REDERIVE` again once it is read."""
    for cls in REDERIVE:
        read = converter.get_structure_hook(cls)

        def hook(value: object, kind: type, read: Callable[[Any, Any], Any] = read) -> object:
            record = read(value, kind)
            same_as_derived(record)
            return record

        converter.register_structure_hook(cls, hook)
