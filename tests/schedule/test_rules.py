"""Date rules: each tested on its boundary in both directions, plus readable scenarios."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import (
    DEFAULT_RULES,
    PEMILU_TAHAPAN_20_BULAN,
    PILKADA_2024,
    Aligned,
    Certainty,
    Deadline,
    Edge,
    NoLaterThan,
    Period,
    Precedes,
    Schedule,
    ScheduleEntry,
    Stage,
    Step,
    Violation,
    WithinStage,
    months_after,
    months_before,
)

D = dt.date
DAY = dt.timedelta(days=1)


def replaced(schedule: Schedule, key, when) -> Schedule:
    return schedule.with_entry(ScheduleEntry(key=key, when=when))


def codes(violations: list[Violation]) -> list[str]:
    return [v.rule for v in violations]


def test_every_rule_has_a_legal_basis_and_a_code():
    for rule in (*DEFAULT_RULES, PEMILU_TAHAPAN_20_BULAN):
        assert rule.basis is not None
        assert str(rule.basis)
        assert rule.code.isupper()


# -- the scenario a lawyer would name ----------------------------------------------------------


def test_a_campaign_running_into_the_masa_tenang_is_exactly_one_violation():
    schedule = replaced(PILKADA_2024, Stage.KAMPANYE, Period(D(2024, 9, 25), D(2024, 11, 24)))
    violations = schedule.validate()
    assert codes(violations) == ["KAMPANYE_SELESAI"]
    (violation,) = violations
    assert violation.key is Stage.KAMPANYE
    assert violation.dates == (D(2024, 11, 24), D(2024, 11, 23))
    assert violation.message() == (
        "Pelaksanaan kampanye: berakhir 24 November 2024, padahal harus berakhir sehari "
        "sebelum masa tenang dimulai (23 November 2024)."
    )
    assert violation.message(locale="en") == (
        "Campaign: ends on November 24, 2024, but must end the day before the masa tenang "
        "begins (November 23, 2024)."
    )
    assert str(violation.basis) == "PKPU 13/2024"


def test_a_masa_tenang_cut_short_by_the_campaign_is_two_violations():
    # Campaign until 24 November and masa tenang 25-26 November: the masa tenang no longer
    # starts 3 days before voting, which is its own breach.
    schedule = replaced(PILKADA_2024, Stage.KAMPANYE, Period(D(2024, 9, 25), D(2024, 11, 24)))
    schedule = replaced(schedule, Stage.MASA_TENANG, Period(D(2024, 11, 25), D(2024, 11, 26)))
    assert codes(schedule.validate()) == ["KAMPANYE_SELESAI", "MASA_TENANG_MULAI"]


def test_voting_over_two_days_and_a_late_count():
    schedule = replaced(
        PILKADA_2024, Stage.PEMUNGUTAN_SUARA, Period(D(2024, 11, 27), D(2024, 11, 28))
    )
    schedule = replaced(
        schedule, Stage.PENGHITUNGAN_DAN_REKAPITULASI, Period(D(2024, 11, 28), D(2024, 12, 16))
    )
    assert codes(schedule.validate()) == ["PEMUNGUTAN_SUARA_SATU_HARI", "PENGHITUNGAN_MULAI"]


# -- boundaries: each rule at its limit, one day either side ----------------------------------


def shift(period: Period, edge: str, days: int) -> Period:
    delta = dt.timedelta(days=days)
    if edge == "start":
        return Period(period.start + delta, max(period.end, period.start + delta))
    return Period(min(period.start, period.end + delta), period.end + delta)


ALIGNED = [rule for rule in DEFAULT_RULES if isinstance(rule, Aligned)]


@pytest.mark.parametrize("rule", ALIGNED, ids=lambda r: r.code)
@pytest.mark.parametrize("days", [-1, 1])
def test_aligned_rules_break_one_day_either_side(rule, days):
    entry = PILKADA_2024[rule.key]
    moved = replaced(PILKADA_2024, rule.key, shift(entry.when, rule.edge.value, days))
    assert rule.check(PILKADA_2024) == []
    found = rule.check(moved)
    assert codes(found) == [rule.code]
    assert found[0].dates[1] == rule.expected(PILKADA_2024)


BODY_RULES = [r for r in DEFAULT_RULES if isinstance(r, NoLaterThan)]


@pytest.mark.parametrize("rule", BODY_RULES, ids=lambda r: r.code)
def test_no_later_than_includes_the_limit_day(rule):
    voting = D(2024, 11, 27)
    limit = rule.limit(voting)
    base = Schedule(name="batas", voting_day=voting)

    def at(day):
        when = Period.day(day) if rule.edge.value == "start" else Deadline(day)
        return rule.check(replaced(base, rule.key, when))

    assert at(limit) == []
    late = at(limit + DAY)
    assert codes(late) == [rule.code]
    assert late[0].dates == (limit + DAY, limit)
    earliest = rule.earliest(voting)
    if earliest is None:  # "paling lambat" only: any earlier day is in time
        assert at(limit - DAY) == []
        assert at(limit - dt.timedelta(days=400)) == []
    else:  # a floor: the floor itself is in time, the day before is not
        assert at(earliest) == []
        too_early = at(earliest - DAY)
        assert codes(too_early) == [rule.code]
        assert too_early[0].dates == (earliest - DAY, earliest)


def test_bodies_cannot_be_dissolved_before_voting_or_supervisors_formed_early():
    voting = D(2024, 11, 27)
    base = Schedule(name="batas", voting_day=voting)
    dissolved_early = replaced(base, Step.PEMBUBARAN_PPK, Deadline(D(2024, 11, 20)))
    assert codes(dissolved_early.validate()) == ["PPK_DIBUBARKAN"]
    on_voting_day = replaced(base, Step.PEMBUBARAN_PENGAWAS_TPS, Period.day(voting))
    assert codes(on_voting_day.validate()) == ["PENGAWAS_TPS_DIBUBARKAN"]
    months_early = replaced(
        base, Step.PEMBENTUKAN_PENGAWAS_TPS, Period(D(2024, 6, 1), D(2024, 6, 2))
    )
    assert codes(months_early.validate()) == ["PENGAWAS_TPS_DIBENTUK"]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("PPK_DIBENTUK", D(2024, 5, 27)),
        ("PPS_DIBENTUK", D(2024, 5, 27)),
        ("PPK_DIBUBARKAN", D(2025, 1, 27)),
        ("PPS_DIBUBARKAN", D(2025, 1, 27)),
        ("PENGAWAS_TPS_DIBENTUK", D(2024, 11, 4)),
        ("PENGAWAS_TPS_DIBUBARKAN", D(2024, 12, 4)),
    ],
)
def test_body_limits_for_2024(code, expected):
    (rule,) = [r for r in BODY_RULES if r.code == code]
    assert rule.limit(D(2024, 11, 27)) == expected


def test_ppk_formed_on_31_august_minus_6_months_uses_the_end_of_february():
    (rule,) = [r for r in BODY_RULES if r.code == "PPK_DIBENTUK"]
    assert rule.limit(D(2024, 8, 31)) == D(2024, 2, 29)


ORDER_RULES = [r for r in DEFAULT_RULES if isinstance(r, Precedes)]


@pytest.mark.parametrize("rule", ORDER_RULES, ids=lambda r: f"{r.earlier.name}<{r.later.name}")
def test_order_rules_at_their_boundary(rule):
    earlier = PILKADA_2024[rule.earlier]
    if rule.from_start:
        minimum = earlier.start
    else:
        minimum = earlier.end if rule.same_day else earlier.end + DAY
    later = PILKADA_2024[rule.later].when
    length = later.end - later.start
    at = replaced(PILKADA_2024, rule.later, Period(minimum, minimum + length))
    before = replaced(PILKADA_2024, rule.later, Period(minimum - DAY, minimum - DAY + length))
    assert rule.check(at) == []
    assert codes(rule.check(before)) == ["URUTAN_TAHAPAN"]
    assert rule.check(before)[0].key is rule.later


def test_registration_before_its_announcement_is_out_of_order():
    schedule = replaced(
        PILKADA_2024, Stage.PENDAFTARAN_PASLON, Period(D(2024, 8, 26), D(2024, 8, 29))
    )
    found = [v for v in schedule.validate() if v.rule == "URUTAN_TAHAPAN"]
    assert [v.key for v in found] == [Stage.PENDAFTARAN_PASLON]
    assert "setelah pengumuman pendaftaran pasangan calon berakhir" in found[0].message_id


WITHIN = [r for r in DEFAULT_RULES if isinstance(r, WithinStage)]


@pytest.mark.parametrize("rule", WITHIN, ids=lambda r: r.step.name)
def test_steps_stay_within_their_stage(rule):
    stage = PILKADA_2024[rule.step.stage].when
    inside = replaced(PILKADA_2024, rule.step, Period(stage.start, stage.end))
    early = replaced(PILKADA_2024, rule.step, Period(stage.start - DAY, stage.end))
    late = replaced(PILKADA_2024, rule.step, Period(stage.start, stage.end + DAY))
    assert rule.check(inside) == []
    assert [v.dates for v in rule.check(early)] == [(stage.start - DAY, stage.start)]
    assert [v.dates for v in rule.check(late)] == [(stage.end + DAY, stage.end)]


def test_rules_about_undated_stages_are_skipped():
    bare = Schedule(name="kosong", voting_day=D(2025, 8, 27))
    assert bare.validate() == []


# -- the Pemilu 20-month rule (UU 7/2017 Pasal 167 ayat (6)) -----------------------------------


def pemilu_2024(first_stage_start: dt.date) -> Schedule:
    return Schedule(
        name="Pemilu 2024",
        voting_day=D(2024, 2, 14),
        entries=[
            ScheduleEntry(
                key=Stage.PERENCANAAN_PROGRAM_DAN_ANGGARAN,
                when=Period(first_stage_start, D(2022, 12, 31)),
            ),
            ScheduleEntry(key=Stage.KAMPANYE, when=Period(D(2023, 11, 28), D(2024, 2, 10))),
        ],
    )


def test_pemilu_stages_start_no_later_than_20_months_before_voting():
    # Seed 004: "paling lambat 20 (dua puluh) bulan sebelum hari pemungutan suara (Juni 2022)".
    assert PEMILU_TAHAPAN_20_BULAN.limit(D(2024, 2, 14)) == D(2022, 6, 14)
    rules = [PEMILU_TAHAPAN_20_BULAN]
    assert pemilu_2024(D(2022, 6, 14)).validate(rules=rules) == []
    assert pemilu_2024(D(2022, 6, 13)).validate(rules=rules) == []
    late = pemilu_2024(D(2022, 6, 15)).validate(rules=rules)
    assert codes(late) == ["PEMILU_TAHAPAN_20_BULAN"]
    assert late[0].dates == (D(2022, 6, 15), D(2022, 6, 14))
    assert str(late[0].basis) == "UU 7/2017 Pasal 167 ayat (6)"
    assert PEMILU_TAHAPAN_20_BULAN not in DEFAULT_RULES  # not a Pilkada rule


# -- derived dates -----------------------------------------------------------------------------

voting_days = st.dates(min_value=D(2010, 1, 1), max_value=D(2090, 12, 31))


def derived_days(voting: dt.date) -> dict[str, dt.date]:
    schedule = Schedule.derived_from(voting)
    return {
        "ppk_formed": schedule[Step.PEMBENTUKAN_PPK].end,
        "pps_formed": schedule[Step.PEMBENTUKAN_PPS].end,
        "ptps_formed": schedule[Step.PEMBENTUKAN_PENGAWAS_TPS].end,
        "media_start": schedule[Step.KAMPANYE_MEDIA_MASSA].start,
        "media_end": schedule[Step.KAMPANYE_MEDIA_MASSA].end,
        "tenang_start": schedule[Stage.MASA_TENANG].start,
        "tenang_end": schedule[Stage.MASA_TENANG].end,
        "voting": schedule[Stage.PEMUNGUTAN_SUARA].start,
        "ptps_dissolved": schedule[Step.PEMBUBARAN_PENGAWAS_TPS].end,
        "ppk_dissolved": schedule[Step.PEMBUBARAN_PPK].end,
    }


def test_derived_2024_dates_match_the_official_schedule():
    derived = Schedule.derived_from(D(2024, 11, 27))
    for key in (Stage.MASA_TENANG, Stage.PEMUNGUTAN_SUARA, Step.KAMPANYE_MEDIA_MASSA):
        assert derived[key].when == PILKADA_2024[key].when
    assert derived[Stage.MASA_TENANG].certainty is Certainty.DERIVED
    # the mass-media window: an official rule since the sources agree (checked 2026-12-02)
    assert derived[Step.KAMPANYE_MEDIA_MASSA].certainty is Certainty.DERIVED
    # computed by a provisional rule: as sure as the rule
    assert derived[Step.PEMBENTUKAN_KPPS].certainty is Certainty.PROVISIONAL
    assert (
        derived[Step.PEMBUBARAN_PENGAWAS_TPS].when
        == PILKADA_2024[Step.PEMBUBARAN_PENGAWAS_TPS].when
    )
    assert derived[Step.PEMBENTUKAN_PPK].when == Deadline(D(2024, 5, 27))


@given(voting_days)
def test_derived_dates_validate_and_are_in_legal_order(voting):
    assert Schedule.derived_from(voting).validate() == []
    d = derived_days(voting)
    assert d["ppk_formed"] == d["pps_formed"] == months_before(voting, 6)
    assert d["ppk_dissolved"] == months_after(voting, 2)
    order = [
        "ppk_formed",
        "ptps_formed",
        "media_start",
        "media_end",
        "tenang_start",
        "tenang_end",
        "voting",
        "ptps_dissolved",
        "ppk_dissolved",
    ]
    values = [d[name] for name in order]
    assert values == sorted(values)
    assert d["media_end"] + DAY == d["tenang_start"]
    assert d["tenang_end"] + DAY == d["voting"]


@given(voting_days, voting_days)
def test_derived_dates_move_monotonically_with_voting_day(a, b):
    earlier, later = min(a, b), max(a, b)
    first, second = derived_days(earlier), derived_days(later)
    for name in first:
        assert first[name] <= second[name], name


# -- what a violation names -------------------------------------------------------------------


def test_a_violation_of_the_stages_as_a_whole_is_labelled_tahapan():
    (late,) = pemilu_2024(D(2022, 6, 15)).validate(rules=[PEMILU_TAHAPAN_20_BULAN])
    assert late.key is None
    assert late.message_id.startswith("Tahapan: dimulai 15 Juni 2022, padahal harus ")
    assert late.message_en.startswith("Stages: starts on June 15, 2022, but must ")
    assert late.message_en.endswith("(June 14, 2022).")


def test_the_earliest_start_may_be_a_deadline_and_an_empty_schedule_has_none():
    rule = PEMILU_TAHAPAN_20_BULAN
    assert rule.check(Schedule(name="kosong", voting_day=D(2024, 2, 14))) == []
    only_deadline = Schedule(
        name="Pemilu 2024",
        voting_day=D(2024, 2, 14),
        entries=[ScheduleEntry(key=Stage.PERENCANAAN_PROGRAM_DAN_ANGGARAN,
                               when=Deadline(D(2022, 7, 1)))],
    )  # fmt: skip
    assert [v.dates for v in rule.check(only_deadline)] == [(D(2022, 7, 1), D(2022, 6, 14))]


@pytest.mark.parametrize("rule", BODY_RULES, ids=lambda r: r.code)
def test_a_body_violation_names_its_step_and_certainty(rule):
    voting = D(2024, 11, 27)
    base = Schedule(name="batas", voting_day=voting)
    late = rule.limit(voting) + DAY
    when = Period.day(late) if rule.edge.value == "start" else Deadline(late)
    (violation,) = rule.check(replaced(base, rule.key, when))
    assert violation.key is rule.key
    assert violation.certainty is rule.certainty
    assert violation.basis == rule.basis
    earliest = rule.earliest(voting)
    if earliest is not None:
        early = earliest - DAY
        when = Period.day(early) if rule.edge.value == "start" else Deadline(early)
        (violation,) = rule.check(replaced(base, rule.key, when))
        assert violation.key is rule.key


def test_an_anchor_edge_picks_the_start_or_the_end_of_the_anchor():
    base = replaced(
        Schedule(name="contoh", voting_day=D(2025, 8, 27)),
        Stage.PENETAPAN_PASLON,
        Period(D(2025, 6, 1), D(2025, 6, 2)),
    )
    (kampanye_mulai,) = [r for r in ALIGNED if r.code == "KAMPANYE_MULAI"]
    assert kampanye_mulai.expected(base) == D(2025, 6, 4)
    from_end = attrs.evolve(kampanye_mulai, anchor_edge=Edge.END)
    assert from_end.expected(base) == D(2025, 6, 5)


@pytest.mark.parametrize("rule", WITHIN[:1], ids=lambda r: r.step.name)
def test_a_step_is_checked_only_against_a_stage_with_both_ends(rule):
    stage = PILKADA_2024[rule.step.stage].when
    outside = Period(stage.start - DAY, stage.end + DAY)
    undated_stage = replaced(
        Schedule(name="contoh", voting_day=D(2024, 11, 27)), rule.step, outside
    )
    assert rule.check(undated_stage) == []
    deadline_stage = replaced(undated_stage, rule.step.stage, Deadline(stage.end))
    assert rule.check(deadline_stage) == []
    no_step = replaced(Schedule(name="contoh", voting_day=D(2024, 11, 27)), rule.step.stage, stage)
    assert rule.check(no_step) == []
    both = rule.check(replaced(PILKADA_2024, rule.step, outside))
    assert [v.key for v in both] == [rule.step, rule.step]
    assert [v.certainty for v in both] == [rule.certainty] * 2


def test_violation_of_keeps_its_certainty():
    violation = Violation.of(
        "X", (D(2024, 1, 2), D(2024, 1, 1)), "x", "x", PEMILU_TAHAPAN_20_BULAN.basis,
        certainty=Certainty.PROVISIONAL,
    )  # fmt: skip
    assert (violation.key, violation.certainty) == (None, Certainty.PROVISIONAL)
    assert violation.code == "X"
