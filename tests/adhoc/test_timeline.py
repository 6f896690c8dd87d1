"""When ad hoc bodies are formed and dissolved (pilkada.adhoc.timeline)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from pilkada import (
    PILKADA_2024,
    AdhocBodyKind,
    Certainty,
    Period,
    PilkadaValueError,
    Schedule,
    ScheduleEntry,
    Stage,
    adhoc_timeline,
)

D = dt.date
K = AdhocBodyKind


# -- timeline ----------------------------------------------------------------------------------


def test_2024_timeline():
    windows = {w.kind: w for w in adhoc_timeline(PILKADA_2024)}
    assert (windows[K.PPK].formed_by, windows[K.PPK].dissolved_by) == (
        D(2024, 5, 27),
        D(2025, 1, 27),
    )
    assert windows[K.PPS].formed_by == D(2024, 5, 27)
    ptps = windows[K.PENGAWAS_TPS]
    assert (ptps.formed_by, ptps.dissolved_by, ptps.exact) == (D(2024, 11, 4), D(2024, 12, 4), True)
    assert str(ptps.basis) == "UU 1/2015 Pasal 27 ayat (2)"
    kpps = windows[K.KPPS]
    assert (kpps.formed_by, kpps.dissolved_by) == (D(2024, 11, 13), D(2024, 12, 27))
    assert kpps.certainty is Certainty.PROVISIONAL
    for kind in (K.PANTARLIH, K.PANWASLU_KECAMATAN, K.PKD):
        assert windows[kind].formed_by is None
        assert windows[kind].certainty is Certainty.PROVISIONAL
        assert windows[kind].note


def test_timeline_follows_the_voting_day_and_the_schedule_checks_the_stage():
    schedule = Schedule.derived_from(D(2025, 8, 27))
    ppk = adhoc_timeline(schedule)[0]
    assert ppk.formed_by == D(2025, 2, 27)
    late_stage = schedule.with_entry(
        ScheduleEntry(key=Stage.PEMBENTUKAN_PPK_PPS_KPPS, when=Period(D(2025, 3, 1), D(2025, 8, 1)))
    )
    assert [v.rule for v in late_stage.validate()] == ["PEMBENTUKAN_BADAN_ADHOC_MULAI"]
    on_time = schedule.with_entry(
        ScheduleEntry(
            key=Stage.PEMBENTUKAN_PPK_PPS_KPPS, when=Period(D(2025, 2, 27), D(2025, 8, 1))
        )
    )
    assert on_time.validate() == []


def test_a_window_is_exact_only_with_a_day_and_dissolves_after_it_forms():
    window = next(w for w in adhoc_timeline(PILKADA_2024) if w.formed_by and w.dissolved_by)
    assert window.formed_by is not None
    assert attrs.evolve(window, dissolved_by=window.formed_by).dissolved_by == window.formed_by
    with pytest.raises(PilkadaValueError) as info:
        attrs.evolve(window, dissolved_by=window.formed_by - dt.timedelta(days=1))
    assert (info.value.field, info.value.value) == (
        "dissolved_by", window.formed_by - dt.timedelta(days=1),
    )  # fmt: skip
    assert info.value.rule == "a body is dissolved after it is formed"
    with pytest.raises(PilkadaValueError) as exact:
        attrs.evolve(window, formed_by=None, exact=True)
    assert (exact.value.field, exact.value.value, exact.value.rule) == (
        "exact", True, "a formed_by day",
    )  # fmt: skip
