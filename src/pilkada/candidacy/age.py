"""Candidates' minimum age (UU 10/2016 Pasal 7 ayat (2) huruf e), counted at the penetapan."""

from __future__ import annotations

import datetime as dt

import attrs

from pilkada.boundary import as_date, check_derived, count_field, date_field
from pilkada.candidacy.common import Level, election_of, level_of, long_date
from pilkada.candidacy.data import Ages, version_in_force
from pilkada.errors import PilkadaError, PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.law import LegalBasis
from pilkada.regions import ElectionKind, RegionLevel
from pilkada.rules import Violation
from pilkada.schedule import Schedule, pilkada_2024
from pilkada.stages import Stage

__all__ = ["AgeCheck", "check_candidate_age", "minimum_age"]


def _anniversary(born: dt.date, years: int) -> dt.date:
    """The day ``born`` turns ``years``; 29 February birthdays fall on 1 March in common years."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:
        return dt.date(born.year + years, 3, 1)


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def minimum_age(election: Level, *, on: dt.date | str | None = None) -> int:
    """The minimum age of a candidate (and deputy) in ``election``: 30 or 25.

    >>> from pilkada import ElectionKind
    >>> minimum_age(ElectionKind.GUBERNUR), minimum_age("wali kota"), minimum_age("KOTA")
    (30, 25, 25)
    """
    region = level_of(election)
    ages: Ages = version_in_force("candidate_age", on, "candidate age rule").value
    return ages.gubernur if region is RegionLevel.PROVINSI else ages.bupati_wali_kota


@attrs.frozen(kw_only=True)
class AgeCheck:
    """A candidate's age on the day it is counted, against the minimum.

    Attributes:
        birth_date: The candidate's birth date.
        election: The election.
        counted_on: The penetapan pasangan calon, when age is counted.
        age: Whole years on ``counted_on`` (a candidate whose birthday it is has turned).
        minimum: The minimum age.
        basis: UU 10/2016 Pasal 7 ayat (2) huruf e.
        counted_basis: The rule for the day age is counted, in force on ``counted_on``:
            PKPU 9/2020 Pasal 4 ayat (1) huruf d, or MK 70/PUU-XXII/2024 from 20 August 2024.
    """

    birth_date: dt.date = attrs.field(validator=date_field())
    election: ElectionKind = attrs.field(validator=instance_of(ElectionKind))
    counted_on: dt.date = attrs.field(validator=date_field())
    age: int = attrs.field(validator=count_field())
    minimum: int = attrs.field(validator=count_field())
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    counted_basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))

    def __attrs_post_init__(self) -> None:
        if self.birth_date > self.counted_on:
            raise PilkadaValueError(
                "birth_date", self.birth_date, f"after the day age is counted, {self.counted_on}",
                "a birth date on or before counted_on",
            )  # fmt: skip
        check_derived(
            "age", self.age, _age(self.birth_date, self.counted_on), "whole years on counted_on"
        )
        try:
            version = version_in_force("candidate_age", self.counted_on, "candidate age rule")
            counted = version_in_force("age_counted", self.counted_on, "day age is counted")
        except PilkadaError as exc:
            raise PilkadaValueError("counted_on", self.counted_on, exc.problem, exc.rule) from None
        check_derived(
            "minimum",
            self.minimum,
            minimum_age(self.election, on=self.counted_on),
            f"the minimum age for the {self.election.name_en} on counted_on ({version.basis})",
        )
        check_derived("basis", self.basis, version.basis, "the age rule in force on counted_on")
        check_derived(
            "counted_basis",
            self.counted_basis,
            counted.basis,
            "the rule for the day age is counted, in force on counted_on",
        )

    @property
    def eligible(self) -> bool:
        """The candidate has reached the minimum age on ``counted_on``."""
        return self.age >= self.minimum

    @property
    def reaches_minimum_on(self) -> dt.date:
        """The day the candidate turns the minimum age."""
        return _anniversary(self.birth_date, self.minimum)

    def findings(self) -> list[Violation]:
        """Empty when old enough; otherwise one finding."""
        if self.eligible:
            return []
        turns = self.reaches_minimum_on
        kind = self.election
        return [
            Violation.of(
                "USIA_CALON",
                (self.counted_on, turns),
                f"Calon berusia {self.age} tahun pada penetapan pasangan calon "
                f"({long_date(self.counted_on, 'id')}); usia paling rendah untuk "
                f"{kind.name_id} adalah {self.minimum} tahun (genap {self.minimum} tahun pada "
                f"{long_date(turns, 'id')}).",
                f"The candidate is {self.age} at the determination of candidate pairs "
                f"({long_date(self.counted_on, 'en')}); the minimum age for the "
                f"{kind.name_en} is {self.minimum} (reached on {long_date(turns, 'en')}).",
                self.basis,
            )
        ]


def _penetapan(schedule: object) -> tuple[Schedule, dt.date]:
    """The first day of the penetapan pasangan calon in ``schedule`` (default PILKADA_2024)."""
    if schedule is None:
        schedule = pilkada_2024()
    if not isinstance(schedule, Schedule):
        raise PilkadaTypeError(
            "schedule", schedule, f"got {type(schedule).__name__}", "a pilkada.Schedule"
        )
    entry = schedule.get(Stage.PENETAPAN_PASLON)
    counted_on = None if entry is None else entry.first_day
    if counted_on is None:
        raise PilkadaValueError(
            "schedule",
            schedule.name,
            f"{schedule.name!r} does not date the penetapan pasangan calon",
            "a schedule with a dated Stage.PENETAPAN_PASLON (age is counted on that day)",
        )
    return schedule, counted_on


def check_candidate_age(
    birth_date: dt.date | str, election: Level, schedule: Schedule | None = None
) -> AgeCheck:
    """A candidate's age at the penetapan pasangan calon of ``schedule`` (default PILKADA_2024).

    Age is counted on the first day of :attr:`~pilkada.Stage.PENETAPAN_PASLON` (22 September
    2024 for Pilkada 2024), per MK 70/PUU-XXII/2024 (PKPU 9/2020 Pasal 4 ayat (1) huruf d for
    a penetapan from 1 September 2020). Whole years are counted: someone born on 22 September
    1999 is 25 on 22 September 2024. A 29 February birthday falls on 1 March in a common year.
    ``birth_date`` may be an ISO string, ``election`` an election's or level's name.

    >>> import datetime as dt
    >>> from pilkada import ElectionKind
    >>> check_candidate_age(dt.date(1999, 9, 22), ElectionKind.BUPATI).eligible
    True
    >>> late = check_candidate_age("1999-09-23", "bupati")
    >>> late.age, late.eligible
    (24, False)
    >>> print(late.findings()[0].message())  # doctest: +NORMALIZE_WHITESPACE
    Calon berusia 24 tahun pada penetapan pasangan calon (22 September 2024); usia paling rendah
    untuk Pemilihan Bupati dan Wakil Bupati adalah 25 tahun (genap 25 tahun pada 23 September
    2024).

    Raises:
        PilkadaValueError: The schedule does not date the penetapan pasangan calon, or the
            birth date is after it, or no rule for the counting day is recorded for that day
            (before 1 September 2020), or the rule then in force counted age at the pelantikan
            (Putusan MA 23 P/HUM/2024, 29 May to 19 August 2024), which a schedule does not date.
    """
    born = as_date("birth_date", birth_date)
    kind = election_of(election)
    schedule, counted_on = _penetapan(schedule)
    if born > counted_on:
        raise PilkadaValueError(
            "birth_date",
            born,
            f"born on {born.isoformat()}, after the penetapan on {counted_on.isoformat()}",
            "a birth date on or before the penetapan pasangan calon",
        )
    counted = version_in_force("age_counted", counted_on, "rule for the day age is counted")
    if counted.value != "penetapan":
        raise PilkadaValueError(
            "schedule",
            schedule.name,
            f"on {counted_on.isoformat()} age was counted at the {counted.value} of the elected "
            f"pair ({counted.basis}), which a schedule does not date",
            f"a penetapan pasangan calon under a rule that counts age at the penetapan "
            f"(this one took effect on {counted.effective.isoformat()})",
        )
    version = version_in_force("candidate_age", counted_on, "candidate age rule")
    return AgeCheck(
        birth_date=born,
        election=kind,
        counted_on=counted_on,
        age=_age(born, counted_on),
        minimum=minimum_age(kind, on=counted_on),
        basis=version.basis,
        counted_basis=counted.basis,
    )
