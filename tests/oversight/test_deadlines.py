"""The deadline rules of data/oversight.toml."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import (
    CaseState,
    Certainty,
    DeadlineUnit,
    NotRegistered,
    PilkadaValueError,
    Reporter,
    ViolationCase,
    is_working_day,
)
from pilkada.datafile import from_dict
from pilkada.oversight.deadlines import deadline_rule, read_deadline_rules
from tests.oversight import RULES, D, T

# -- the deadline table ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "amount", "unit", "basis"),
    [
        ("LAPOR", 7, DeadlineUnit.HARI, "UU 1/2015 Pasal 134 ayat (4)"),
        ("LENGKAPI", 48, DeadlineUnit.JAM, "Perbawaslu 9/2024"),
        ("PUTUSAN_BAWASLU", 3, DeadlineUnit.HARI, "UU 1/2015 Pasal 134 ayat (5)"),
        ("PUTUSAN_BAWASLU_DIPERPANJANG", 5, DeadlineUnit.HARI, "Perbawaslu 9/2024"),
        ("TERUSKAN_POLRI", 24, DeadlineUnit.JAM, "UU 1/2015 Pasal 135 ayat (2)"),
        ("PENYIDIKAN", 14, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 146"),
        ("PELIMPAHAN_PN", 5, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 146"),
        ("PUTUSAN_PN", 7, DeadlineUnit.HARI, "UU 10/2016"),
        ("BANDING", 3, DeadlineUnit.HARI, "UU 10/2016"),
        ("PUTUSAN_PT", 7, DeadlineUnit.HARI, "UU 10/2016"),
        ("PUTUSAN_TSM", 14, DeadlineUnit.HARI, "Perbawaslu 9/2020 Pasal 45 ayat (1)"),
        ("KPU_TSM", 3, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 135A ayat (3)"),
        ("PUTUSAN_MA_TSM", 14, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 135A ayat (7)"),
        ("PSAP", 3, DeadlineUnit.HARI, "Perbawaslu 2/2020"),
        ("SENGKETA_BAWASLU", 12, DeadlineUnit.HARI, "UU 10/2016 Pasal 143 ayat (2)"),
        ("KEBERATAN", 3, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 154 ayat (1)"),
        ("PUTUSAN_PTTUN", 15, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 154 ayat (6)"),
        ("KASASI", 5, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 154 ayat (8)"),
        ("PUTUSAN_MA", 20, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 154 ayat (9)"),
        ("JAKSA_KEMBALIKAN", 3, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 146"),
        ("LENGKAPI_BERKAS", 3, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 146"),
        ("TINDAK_LANJUT_KPU", 7, DeadlineUnit.HARI, "UU 10/2016"),
        ("UPAYA_HUKUM_MA_TSM", 3, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 135A ayat (6)"),
        ("PELAKSANAAN_PUTUSAN", 7, DeadlineUnit.HARI_KERJA, "UU 10/2016 Pasal 154 ayat (11)"),
    ],
)
def test_deadline_table(code, amount, unit, basis):
    rule = RULES[code]
    assert (rule.amount, rule.unit, str(rule.basis)) == (amount, unit, basis)
    assert rule.describe()
    assert rule.describe("en")
    assert rule.source


def test_every_rule_is_in_the_table_test():
    assert len(RULES) == 24


def test_unsettled_units_are_marked_and_provisional():
    for code in ("PUTUSAN_TSM", "SENGKETA_BAWASLU", "LENGKAPI"):
        assert RULES[code].unit_note
    for rule in RULES.values():
        if rule.unit_note:
            assert rule.certainty is Certainty.PROVISIONAL, rule.code
        if rule.unit is DeadlineUnit.HARI_KERJA and rule.amount:
            assert "hari kerja" in rule.text_id, rule.code


def test_report_deadline_boundaries():
    # Known on Wednesday 20 November 2024: the 7th day (27 Nov) is on time, the 8th is late.
    assert RULES["LAPOR"].due(D(2024, 11, 20)) == D(2024, 11, 27)
    on_time = ViolationCase.laporan(
        reporter=Reporter.PEMILIH, known_on=D(2024, 11, 20), filed_on=D(2024, 11, 27)
    )
    late = ViolationCase.laporan(
        reporter=Reporter.PEMILIH, known_on=D(2024, 11, 20), filed_on=D(2024, 11, 28)
    )
    assert on_time.on_time
    assert not late.on_time
    not_registered = late.register(D(2024, 11, 28))
    assert (not_registered.state, not_registered.not_registered) == (
        CaseState.TIDAK_DIREGISTER,
        NotRegistered.TERLAMBAT,
    )


def test_working_day_deadline_crosses_voting_day_and_a_weekend():
    # 3 working days from Monday 25 November 2024: 26 (1), 27 is the Pilkada holiday, 28 (2),
    # 29 (3).
    assert RULES["KEBERATAN"].due(D(2024, 11, 25)) == D(2024, 11, 29)
    # 3 working days from Friday 22 November: 25, 26, (27 off), 28.
    assert RULES["KPU_TSM"].due(D(2024, 11, 22)) == D(2024, 11, 28)


def test_hours_count_from_the_moment():
    assert RULES["LENGKAPI"].due(T(2024, 11, 20, 15, 30)) == T(2024, 11, 22, 15, 30)
    assert RULES["TERUSKAN_POLRI"].due(D(2024, 11, 22)) == T(2024, 11, 23, 0, 0)


# -- properties ----------------------------------------------------------------------------------

anchors = st.dates(min_value=D(2010, 1, 1), max_value=D(2090, 12, 1))


@given(anchors, anchors, st.sampled_from(sorted(RULES)))
def test_deadlines_move_monotonically_with_their_anchors(a, b, code):
    rule = RULES[code]
    earlier, later = min(a, b), max(a, b)
    assert rule.due(earlier) <= rule.due(later)


@given(anchors, st.sampled_from([c for c, r in RULES.items() if r.unit is DeadlineUnit.HARI_KERJA]))
def test_working_day_deadlines_land_on_working_days(anchor, code):
    assert is_working_day(RULES[code].due(anchor))


def test_deadline_rules_are_dated():
    assert RULES["LAPOR"].effective == D(2014, 10, 2)
    assert RULES["LENGKAPI"].effective == D(2024, 9, 30)
    with pytest.raises(PilkadaValueError, match="no rule on reporting"):
        ViolationCase.laporan(
            reporter=Reporter.PEMILIH, known_on=D(1990, 11, 20), filed_on=D(1990, 11, 21)
        )
    # A 2020 case: the Perbawaslu 9/2024 completion window did not yet apply.
    old = ViolationCase.laporan(
        reporter=Reporter.PEMILIH, known_on=D(2020, 11, 2), filed_on=D(2020, 11, 3)
    ).request_completion(T(2020, 11, 3, 9))
    assert [d.rule.code for d in old.deadlines()] == ["LAPOR"]


# -- the data file -------------------------------------------------------------------------------


def _deadline_row():
    return {
        "code": "LAPOR",
        "anchor": "DIKETAHUI",
        "done_by": "DILAPORKAN",
        "days": 7,
        "unit": "hari",
        "path": "laporan",
        "basis": "UU 1/2015 Pasal 134 ayat (4)",
        "certainty": "official",
        "text_id": "laporan",
        "text_en": "report",
        "source": "Perpu 1/2014",
    }


def test_the_deadline_reader_accepts_a_minimal_row():
    (rule,) = read_deadline_rules(from_dict("oversight.toml", {"deadline": [_deadline_row()]}))
    assert (rule.code, rule.amount, rule.unit, rule.effective) == (
        "LAPOR",
        7,
        DeadlineUnit.HARI,
        None,
    )


@pytest.mark.parametrize(
    ("change", "key", "value", "rule"),
    [
        ({"code": None}, "code", None, "a string"),
        ({"anchor": "DITEMUKAN"}, "anchor", "DITEMUKAN", "DIKETAHUI, DILAPORKAN"),
        ({"unit": "minggu"}, "unit", "minggu", "HARI, HARI_KERJA, JAM"),
        ({"days": "7"}, "days", "7", "whole number"),
        ({"effective": "2024-02-30"}, "effective", "2024-02-30", "TOML date"),
        ({"certainty": "maybe"}, "certainty", "maybe", "official"),
        ({"basis": "Pasal 134"}, "basis", "Pasal 134", "write it like"),
    ],
)
def test_a_corrupted_deadline_row_names_its_path(change, key, value, rule):
    row = _deadline_row()
    for name, new in change.items():
        if new is None:
            del row[name]
        else:
            row[name] = new
    document = from_dict("oversight.toml", {"deadline": [_deadline_row(), row]})
    with pytest.raises(PilkadaValueError) as info:
        read_deadline_rules(document)
    assert info.value.field == f"oversight.toml: deadline[1].{key}"
    assert info.value.value == value
    assert rule in info.value.rule


def test_an_unknown_deadline_code_is_refused():
    with pytest.raises(PilkadaValueError) as info:
        deadline_rule("LAPOR_KILAT")
    assert (info.value.field, info.value.value) == ("code", "LAPOR_KILAT")
    assert "LAPOR" in info.value.rule


def test_rules_take_iso_days():
    assert RULES["LAPOR"].due("2024-11-20") == D(2024, 11, 27)
    assert RULES["LAPOR"].in_force("2014-10-02")
    assert RULES["LENGKAPI"].due("2024-11-20") == T(2024, 11, 22)
