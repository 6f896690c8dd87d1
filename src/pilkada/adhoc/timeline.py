"""When each kind of ad hoc body must be formed and dissolved, from a schedule's voting day."""

from __future__ import annotations

import datetime as dt

import attrs

from pilkada.adhoc.kinds import KINDS, AdhocBodyKind
from pilkada.boundary import date_field, text_field
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.law import Certainty, LegalBasis
from pilkada.schedule import Schedule

__all__ = ["BodyWindow", "adhoc_timeline"]


@attrs.frozen(kw_only=True)
class BodyWindow:
    """When a kind of body must be formed and dissolved for a schedule.

    ``formed_by`` and ``dissolved_by`` are ``None`` where the law fixes no day (see ``note``);
    ``exact`` is true where it fixes the day itself rather than a latest day.
    """

    kind: AdhocBodyKind = attrs.field(validator=instance_of(AdhocBodyKind))
    formed_by: dt.date | None = attrs.field(validator=date_field(optional=True))
    dissolved_by: dt.date | None = attrs.field(validator=date_field(optional=True))
    exact: bool = attrs.field(validator=instance_of(bool))
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(validator=instance_of(Certainty))
    note: str = attrs.field(default="", validator=text_field())

    def __attrs_post_init__(self) -> None:
        if self.exact and self.formed_by is None:
            raise PilkadaValueError("exact", True, "an exact day with no day", "a formed_by day")
        if (
            self.formed_by is not None
            and self.dissolved_by is not None
            and self.dissolved_by < self.formed_by
        ):
            raise PilkadaValueError(
                "dissolved_by", self.dissolved_by, f"before it is formed ({self.formed_by})",
                "a body is dissolved after it is formed",
            )  # fmt: skip


def adhoc_timeline(schedule: Schedule) -> tuple[BodyWindow, ...]:
    """When each kind of body must be formed and dissolved, from the schedule's voting day.

    The days come from the same rule objects :meth:`pilkada.Schedule.validate` applies to the
    schedule's formation steps and its ``PEMBENTUKAN_PPK_PPS_KPPS`` stage.

    >>> from pilkada import PILKADA_2024
    >>> ppk = adhoc_timeline(PILKADA_2024)[0]
    >>> ppk.kind.name, ppk.formed_by, ppk.dissolved_by
    ('PPK', datetime.date(2024, 5, 27), datetime.date(2025, 1, 27))
    """
    if not isinstance(schedule, Schedule):
        raise PilkadaTypeError("schedule", schedule, f"got {type(schedule).__name__}", "Schedule")
    windows = []
    for kind in AdhocBodyKind:
        info = KINDS[kind]
        formation, dissolution = info.formation, info.dissolution
        windows.append(
            BodyWindow(
                kind=kind,
                formed_by=formation.limit(schedule.voting_day) if formation else None,
                dissolved_by=dissolution.limit(schedule.voting_day) if dissolution else None,
                exact=bool(formation and formation.exact),
                basis=formation.basis if formation else kind.basis,
                certainty=(
                    Certainty.DERIVED
                    if formation and formation.certainty is Certainty.OFFICIAL
                    else Certainty.PROVISIONAL
                ),
                note=info.window_note,
            )
        )
    return tuple(windows)
