"""Oversight tests: shared names, and the Batang log that the seed tests also use."""

from __future__ import annotations

import datetime as dt

from pilkada import (
    DisputeCase,
    DisputeKind,
    OversightForm,
    OversightLog,
    OversightRecord,
    Reporter,
    SupervisorLevel,
    ViolationCase,
    deadline_rules,
)

D = dt.date
T = dt.datetime
DAY = D(2024, 1, 1)
RULES = {rule.code: rule for rule in deadline_rules()}


def batang_log() -> OversightLog:
    day = D(2024, 2, 1)
    records = [
        OversightRecord(form=OversightForm.FORM_PENCEGAHAN, level=SupervisorLevel.PKD, on=day)
        for _ in range(7_000)
    ]
    records += [
        OversightRecord(
            form=OversightForm.SURAT_IMBAUAN, level=SupervisorLevel.BAWASLU_KABUPATEN_KOTA, on=day
        )
        for _ in range(943)
    ]
    records += [
        OversightRecord(form=OversightForm.FORM_A, level=SupervisorLevel.PENGAWAS_TPS, on=day)
        for _ in range(15_014)
    ]
    records += [
        OversightRecord(
            form=OversightForm.BERITA_ACARA,
            level=SupervisorLevel.PANWASLU_KECAMATAN,
            on=D(2024, 2, 11),
            count=count,
        )
        for count in (10_000, 12_000, 860)
    ]
    cases = [ViolationCase.temuan(found_on=day) for _ in range(16)]
    cases += [
        ViolationCase.laporan(reporter=Reporter.PEMILIH, known_on=day, filed_on=day).register(day)
    ]
    cases += [
        ViolationCase.laporan(
            reporter=Reporter.PEMILIH, known_on=day, filed_on=D(2024, 2, 12)
        ).register(D(2024, 2, 12))
        for _ in range(2)
    ]
    disputes = [DisputeCase.apply(DisputeKind.PSAP, day) for _ in range(3)]
    return OversightLog(records=records, cases=cases, disputes=disputes)
