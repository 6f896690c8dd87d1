"""Every public method given an object it cannot use: a PilkadaError or a valid result, never
an AttributeError, a bare TypeError or anything else."""

from __future__ import annotations

import contextlib
import datetime as dt
import inspect
from collections.abc import Callable

import pytest

from pilkada import (
    PILKADA_2024,
    GrantAgreement,
    Grantee,
    Grantor,
    PilkadaError,
    RegionLevel,
    ReportSource,
    Rupiah,
    ViolationCase,
    plan_staffing,
)
from tests.oversight import batang_log

D = dt.date


def _agreement() -> GrantAgreement:
    return GrantAgreement(
        grantor=Grantor(RegionLevel.KABUPATEN, "Blora"),
        grantee=Grantee.KPU,
        amount=Rupiah(34_905_207_000),
        signed_on=D(2023, 11, 10),
    )


def _case() -> ViolationCase:
    return ViolationCase(source=ReportSource.TEMUAN, known_on=D(2024, 9, 2), filed_on=D(2024, 9, 3))


SUBJECTS: dict[str, Callable[[], object]] = {
    "Schedule": lambda: PILKADA_2024,
    "GrantAgreement": _agreement,
    "GrantStatus": lambda: _agreement().status(on=D(2024, 1, 1)),
    "StaffingPlan": lambda: plan_staffing(kecamatan=16, desa=295, tps=1200),
    "OversightLog": batang_log,
    "ViolationCase": _case,
}


def _methods() -> list[tuple[str, str, int]]:
    """(subject, method, argument index) for each public method and each of its arguments."""
    found = []
    for name, make in SUBJECTS.items():
        subject = make()
        for attr in sorted(dir(type(subject))):
            if attr.startswith("_"):
                continue
            method = getattr(subject, attr)
            if not callable(method) or inspect.isclass(method):
                continue
            if getattr(type(subject), attr).__module__ == "pilkada.presentation":
                continue  # plot(), to_html(), ...: the shared presentation layer, not the domain
            try:
                parameters = list(inspect.signature(method).parameters.values())
            except (TypeError, ValueError):
                continue
            for index, parameter in enumerate(parameters):
                if parameter.name == "lang":  # deprecated alias of locale: it warns first
                    continue
                if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
                    continue
                found.append((name, attr, index))
    return found


CASES = _methods()


@pytest.mark.parametrize(("subject", "method", "index"), CASES)
def test_an_object_argument_is_refused_or_read(subject: str, method: str, index: int) -> None:
    bound = getattr(SUBJECTS[subject](), method)
    parameters = list(inspect.signature(bound).parameters.values())
    args: list[object] = []
    kwargs: dict[str, object] = {}
    for position, parameter in enumerate(parameters):
        if position != index and parameter.default is not parameter.empty:
            continue  # leave the other optional arguments at their defaults
        value = object() if position == index else _plain(parameter.name)
        if parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    with contextlib.suppress(PilkadaError):
        bound(*args, **kwargs)


def _plain(name: str) -> object:
    """A usable value for a required argument the test is not probing."""
    return D(2024, 9, 1)
