"""When the next Pilkada falls: the window Putusan MK 135/PUU-XXII/2024 sets.

The Constitutional Court, in a ruling read on 26 June 2025, separated the national elections
(President, DPR, DPD) from the local ones (DPRD and Pilkada): the local vote is held "paling
singkat 2 (dua) tahun atau paling lama 2 (dua) tahun 6 (enam) bulan" after the national
winners take office (idntimes.com; radarsumbar.com 174625; Media Indonesia; checked
2026-12-02). A statute must still implement it, so the window is PROVISIONAL: the library
computes it from the national inauguration days, and the law that implements it replaces
this rule with a dated version of its own.

>>> import datetime as dt
>>> window = next_pilkada_window(dt.date(2029, 10, 1), dt.date(2029, 10, 20))
>>> window.earliest, window.latest
(datetime.date(2031, 10, 20), datetime.date(2032, 4, 1))
>>> window.certainty
<Certainty.PROVISIONAL: 'provisional'>
>>> print(window.basis)
Putusan MK 135/PUU-XXII/2024
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs

from pilkada import sources
from pilkada.boundary import as_date
from pilkada.calendar import months_after
from pilkada.errors import PilkadaValueError, instance_of
from pilkada.i18n import DEFAULT_LOCALE, format_date, lang_of
from pilkada.law import Certainty, Dated, LegalBasis, in_force
from pilkada.schedule.entries import in_range

__all__ = ["NEXT_PILKADA_RULE", "PilkadaWindow", "next_pilkada_window"]


@attrs.frozen(kw_only=True)
class WindowRule:
    """A gap after the national inauguration: at least ``min_months``, at most ``max_months``."""

    min_months: int = attrs.field(validator=instance_of(int))
    max_months: int = attrs.field(validator=instance_of(int))


#: The versions of the rule, by the day each took effect. Until a statute implements the
#: ruling, the ruling itself is the only version, provisional.
NEXT_PILKADA_RULE: Final = (
    Dated(
        value=WindowRule(min_months=24, max_months=30),
        effective=dt.date(2025, 6, 26),
        basis=sources.PUTUSAN_MK_135_2024.provision(checked=sources.CHECKED),
        certainty=Certainty.PROVISIONAL,
        note="A Constitutional Court ruling awaiting the statute that implements it; KPU "
        "reads it as October 2031 to April 2032 after a 2029 national election.",
    ),
)


@attrs.frozen(kw_only=True)
class PilkadaWindow:
    """The days the next Pilkada may be held on, with the rule's basis and certainty.

    Attributes:
        earliest: The first day: 2 years after the later national inauguration.
        latest: The last day: 2 years 6 months after the earlier national inauguration.
        basis: The rule's legal basis.
        certainty: ``PROVISIONAL`` until a statute implements the ruling.
        note: What a reader should know.
    """

    earliest: dt.date = attrs.field(validator=instance_of(dt.date))
    latest: dt.date = attrs.field(validator=instance_of(dt.date))
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(validator=instance_of(Certainty))
    note: str = attrs.field(default="", validator=instance_of(str))

    def __attrs_post_init__(self) -> None:
        if self.latest < self.earliest:
            raise PilkadaValueError(
                "latest",
                self.latest,
                f"the window ends on {self.latest.isoformat()}, before it opens on "
                f"{self.earliest.isoformat()}",
                "a latest day on or after the earliest",
            )

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.earliest <= day <= self.latest

    def format(self, *, locale: str = DEFAULT_LOCALE) -> str:
        """The window in a sentence, with its basis and certainty."""
        first = format_date(self.earliest, locale=locale)
        last = format_date(self.latest, locale=locale)
        basis = self.basis.cite(locale=locale)
        if lang_of(locale) == "id":
            return f"Pilkada berikutnya: {first} sampai {last} ({basis}; sementara)."
        return f"Next Pilkada: {first} to {last} ({basis}; provisional)."

    def __str__(self) -> str:
        return self.format()


def next_pilkada_window(
    president_inaugurated: dt.date | str,
    dpr_inaugurated: dt.date | str,
    *,
    on: dt.date | str | None = None,
) -> PilkadaWindow:
    """The window of the next Pilkada, from the days the national winners took office.

    The ruling counts from the inauguration "of the DPR and DPD members or of the President
    and Vice President". Where the two differ, the window is the part both readings allow:
    from 2 years after the later inauguration to 2 years 6 months after the earlier one.

    Args:
        president_inaugurated: The day the President and Vice President took office.
        dpr_inaugurated: The day the DPR and DPD members took office.
        on: The day the rule is read for (the version in force then); the latest by default.

    Raises:
        PilkadaValueError: A day is not a date, no version was in force on ``on``, or the two
            inaugurations are so far apart that no day meets both readings.
    """
    president = as_date("president_inaugurated", president_inaugurated)
    president = in_range("president_inaugurated", president)
    dpr = in_range("dpr_inaugurated", as_date("dpr_inaugurated", dpr_inaugurated))
    when = None if on is None else as_date("on", on)
    version = in_force(NEXT_PILKADA_RULE, when, what="rule on the next Pilkada")
    rule = version.value
    earliest = months_after(max(president, dpr), rule.min_months)
    latest = months_after(min(president, dpr), rule.max_months)
    if latest < earliest:
        raise PilkadaValueError(
            "dpr_inaugurated",
            dpr,
            f"inaugurations on {president.isoformat()} and {dpr.isoformat()} leave no day "
            f"that is {rule.min_months} to {rule.max_months} months after both",
            "inauguration days less than six months apart",
        )
    return PilkadaWindow(
        earliest=earliest,
        latest=latest,
        basis=version.basis,
        certainty=version.certainty,
        note=version.note,
    )
