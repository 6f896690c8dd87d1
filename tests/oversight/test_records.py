"""Oversight records and the Bawaslu tally."""

from __future__ import annotations

import pytest

from pilkada import (
    Activity,
    OversightForm,
    OversightLog,
    OversightRecord,
    Period,
    PilkadaTypeError,
    PilkadaValueError,
    Stage,
    SupervisorLevel,
)
from tests.oversight import DAY, D, batang_log

# -- records and the Batang tally ---------------------------------------------------------------


def test_the_batang_figures_from_a_list_of_records():
    # Seed 001: "pencegahan sebanyak 7.943 yang tertulis dalam Form F dan Surat Imbauan,
    # melakukan Pengawasan sejumlah 15.014 yang tertulis dalam Form A Hasil Pengawasan,
    # Penertiban dan Pembersihan APK sejumlah 22.860, Penyelesaian Sengketa Antar Peserta (PSAP)
    # sejumlah 3 Kasus, serta Penanganan Pelanggaran sejumlah 16 temuan, 1 laporan dan 2 laporan
    # yang tidak diregister."
    log = batang_log()
    tally = log.tally()
    assert (tally[Activity.PENCEGAHAN], tally[Activity.PENGAWASAN]) == (7_943, 15_014)
    assert tally[Activity.PENERTIBAN_APK] == 22_860
    assert log.enforcement() == {
        "temuan": 16,
        "laporan": 1,
        "laporan_tidak_diregister": 2,
        "laporan_belum_diregister": 0,
    }
    assert log.summary() == (
        "Pencegahan sebanyak 7.943 yang tertulis dalam Form F dan Surat Imbauan, pengawasan "
        "sejumlah 15.014 yang tertulis dalam Form A Hasil Pengawasan, penertiban dan pembersihan "
        "APK sejumlah 22.860, Penyelesaian Sengketa Antar Peserta (PSAP) sejumlah 3 kasus, serta "
        "penanganan pelanggaran sejumlah 16 temuan, 1 laporan dan 2 laporan yang tidak "
        "diregister."
    )
    assert "15,014 Form A reports" in log.summary(locale="en")


def test_tally_by_level_month_and_period():
    log = batang_log()
    assert log.tally("level")[SupervisorLevel.PENGAWAS_TPS] == 15_014
    assert log.tally("month")["2024-02"] == 7_943 + 15_014 + 22_860
    feb_first = Period.day(D(2024, 2, 1))
    assert log.tally(period=feb_first)[Activity.PENERTIBAN_APK] == 0
    with pytest.raises(PilkadaValueError):
        log.tally("colour")


def test_records_refuse_bad_input():
    with pytest.raises(PilkadaValueError):
        OversightRecord(
            form=OversightForm.FORM_A, level=SupervisorLevel.PKD, on=D(2024, 1, 1), count=0
        )
    with pytest.raises(PilkadaTypeError):
        OversightLog(records=["Form A"])


def test_records_take_names_values_and_iso_days():
    record = OversightRecord(
        form="surat imbauan", level="PKD", on="2024-06-25", stage="masa_tenang"
    )
    assert record == OversightRecord(
        form=OversightForm.SURAT_IMBAUAN,
        level=SupervisorLevel.PKD,
        on=D(2024, 6, 25),
        stage=Stage.MASA_TENANG,
    )
    with pytest.raises(PilkadaValueError) as info:
        OversightRecord(form="form z", level="PKD", on=DAY)
    assert (info.value.field, info.value.value) == ("form", "form z")
    assert "FORM_A" in info.value.rule
    with pytest.raises(PilkadaTypeError) as type_info:
        OversightRecord(form="form_a", level="PKD", on=DAY, count=True)
    assert type_info.value.field == "count"


@pytest.mark.parametrize("field", ["records", "cases", "disputes"])
@pytest.mark.parametrize("value", [True, 5, None, "Form A"])
def test_a_log_refuses_a_collection_that_is_not_one(field, value):
    with pytest.raises(PilkadaTypeError) as caught:
        OversightLog(**{field: value})
    assert caught.value.field == field
    assert caught.value.value is value
    assert caught.value.rule.startswith("a list or tuple")
