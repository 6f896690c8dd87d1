from __future__ import annotations

import contextlib
import datetime as dt
import json
import tomllib
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import (
    PEMILU_TAHAPAN_20_BULAN,
    PILKADA_2024,
    AfterEvent,
    Certainty,
    Deadline,
    Event,
    External,
    Period,
    PilkadaError,
    PilkadaLookupError,
    PilkadaParseError,
    PilkadaTypeError,
    PilkadaValueError,
    Schedule,
    ScheduleEntry,
    Stage,
    Step,
    format_offset,
    load_schedule,
)
from tests.strategies import days, schedules

D = dt.date

# The official PKPU 2/2024 dates (shared/domain.md §1): key -> (start, end) or ("by", day).
OFFICIAL_2024 = {
    Stage.PERENCANAAN_PROGRAM_DAN_ANGGARAN: ("by", D(2024, 1, 26)),
    Stage.PENYUSUNAN_PERATURAN: ("by", D(2024, 11, 18)),
    Stage.PERENCANAAN_PENYELENGGARAAN: ("by", D(2024, 11, 18)),
    Stage.PEMBENTUKAN_PPK_PPS_KPPS: (D(2024, 4, 17), D(2024, 11, 5)),
    Stage.PENDAFTARAN_PEMANTAU: (D(2024, 2, 27), D(2024, 11, 16)),
    Stage.PENYERAHAN_DP4: (D(2024, 4, 24), D(2024, 5, 31)),
    Stage.PEMUTAKHIRAN_DAFTAR_PEMILIH: (D(2024, 5, 31), D(2024, 9, 23)),
    Stage.DUKUNGAN_PERSEORANGAN: (D(2024, 5, 5), D(2024, 8, 19)),
    Stage.PENGUMUMAN_PENDAFTARAN: (D(2024, 8, 24), D(2024, 8, 26)),
    Stage.PENDAFTARAN_PASLON: (D(2024, 8, 27), D(2024, 8, 29)),
    Stage.PENELITIAN_PERSYARATAN: (D(2024, 8, 27), D(2024, 9, 21)),
    Stage.PENETAPAN_PASLON: (D(2024, 9, 22), D(2024, 9, 22)),
    Stage.PENGUNDIAN_NOMOR_URUT: (D(2024, 9, 23), D(2024, 9, 23)),
    Stage.KAMPANYE: (D(2024, 9, 25), D(2024, 11, 23)),
    Stage.MASA_TENANG: (D(2024, 11, 24), D(2024, 11, 26)),
    Stage.PEMUNGUTAN_SUARA: (D(2024, 11, 27), D(2024, 11, 27)),
    Stage.PENGHITUNGAN_DAN_REKAPITULASI: (D(2024, 11, 27), D(2024, 12, 16)),
    Step.COKLIT: (D(2024, 6, 24), D(2024, 7, 24)),
    Step.PENGUMUMAN_DPS: (D(2024, 8, 18), D(2024, 8, 27)),
    Step.PENETAPAN_DPT: (D(2024, 9, 14), D(2024, 9, 21)),
    Step.REKAPITULASI_DPT_PROVINSI: (D(2024, 9, 22), D(2024, 9, 23)),
    Step.KAMPANYE_MEDIA_MASSA: (D(2024, 11, 10), D(2024, 11, 23)),
    Step.REKAPITULASI_KABUPATEN_KOTA: (D(2024, 11, 29), D(2024, 12, 6)),
    Step.REKAPITULASI_PROVINSI: (D(2024, 11, 30), D(2024, 12, 9)),
    Step.PEMBENTUKAN_PPK: (D(2024, 4, 23), D(2024, 5, 16)),
    Step.PEMBENTUKAN_PPS: (D(2024, 5, 2), D(2024, 5, 26)),
    Step.MASA_KERJA_KPPS: (D(2024, 11, 7), D(2024, 12, 8)),
    Step.PEMBENTUKAN_PENGAWAS_TPS: (D(2024, 9, 12), D(2024, 11, 4)),
    Step.PEMBUBARAN_PENGAWAS_TPS: (D(2024, 12, 4), D(2024, 12, 4)),
}


@pytest.mark.parametrize(
    ("key", "dates"), OFFICIAL_2024.items(), ids=lambda v: getattr(v, "name", "")
)
def test_official_2024_dates(key, dates):
    entry = PILKADA_2024[key]
    if dates[0] == "by":
        assert entry.when == Deadline(dates[1])
    else:
        assert entry.when == Period(*dates)


def test_2024_voting_day_and_offsets():
    assert PILKADA_2024.voting_day == D(2024, 11, 27)
    assert PILKADA_2024.voting_day.strftime("%A") == "Wednesday"
    kampanye = PILKADA_2024[Stage.KAMPANYE]
    assert PILKADA_2024.offset(kampanye.start) == "H-63"
    assert PILKADA_2024.offset(kampanye.end) == "H-4"
    assert PILKADA_2024.offset(D(2024, 12, 16)) == "H+19"
    assert PILKADA_2024.offset(D(2024, 11, 27)) == "H"
    assert PILKADA_2024.offset(D(2024, 11, 24), locale="en") == "D-3"
    assert PILKADA_2024.days_to_voting(D(2024, 11, 24)) == 3
    assert PILKADA_2024.days_to_voting(D(2024, 12, 16)) == -19


def test_relative_and_external_stages():
    penetapan = PILKADA_2024[Stage.PENETAPAN_CALON_TERPILIH]
    # PKPU 18/2024 Pasal 57 replaced the 5 days of the PKPU 2/2024 Lampiran (issue 14).
    assert penetapan.when == AfterEvent(Event.MK_NOTIFICATION, 3)
    assert penetapan.certainty is Certainty.OFFICIAL
    assert str(penetapan.basis) == "PKPU 18/2024 Pasal 57"
    assert "5 days" in penetapan.note
    assert penetapan.when.resolve(D(2025, 1, 3)) == Deadline(D(2025, 1, 6))
    pengusulan = PILKADA_2024[Stage.PENGUSULAN_PENGANGKATAN]
    assert pengusulan.when == AfterEvent(Stage.PENETAPAN_CALON_TERPILIH, 3)
    assert str(pengusulan.when) == "paling lambat 3 hari setelah penetapan calon terpilih"
    assert isinstance(PILKADA_2024[Stage.PEMBENTUKAN_PANWAS].when, External)
    assert "Bawaslu" in str(PILKADA_2024[Stage.PEMBENTUKAN_PANWAS].when)
    working = AfterEvent(Stage.PENETAPAN_CALON_TERPILIH, 3, working_days=True)
    assert working.resolve(D(2024, 12, 24)) == Deadline(D(2024, 12, 30))
    assert working.format(locale="en").startswith("no later than 3 working days after")


def test_every_stage_is_in_the_2024_schedule_and_every_row_has_a_basis_and_source():
    for stage in Stage:
        assert stage in PILKADA_2024
    for entry in PILKADA_2024:
        assert PILKADA_2024.basis_of(entry) is not None, entry.key
        assert entry.source, entry.key
    assert str(PILKADA_2024.basis) == "PKPU 2/2024 Lampiran"


def test_certainty_marks():
    assert PILKADA_2024[Stage.KAMPANYE].certainty is Certainty.OFFICIAL
    assert PILKADA_2024[Step.COKLIT].certainty is Certainty.PROVISIONAL
    assert PILKADA_2024[Step.PEMBUBARAN_PENGAWAS_TPS].certainty is Certainty.DERIVED


def test_the_official_2024_schedule_breaks_no_rule():
    assert PILKADA_2024.validate() == []


def test_iteration_is_in_legal_order_with_steps_after_their_stage():
    keys = [entry.key for entry in PILKADA_2024]
    stages = [k for k in keys if isinstance(k, Stage)]
    assert stages == list(Stage)
    assert keys.index(Step.COKLIT) == keys.index(Stage.PEMUTAKHIRAN_DAFTAR_PEMILIH) + 1
    assert len(PILKADA_2024) == len(keys) == 38


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2024, 11, 25), ["MASA_KERJA_KPPS", "MASA_TENANG"]),
        (
            D(2024, 11, 27),
            ["MASA_KERJA_KPPS", "PEMUNGUTAN_SUARA", "PENGHITUNGAN_DAN_REKAPITULASI"],
        ),
        (
            D(2024, 8, 27),
            [
                "PEMBENTUKAN_PPK_PPS_KPPS",
                "PENDAFTARAN_PEMANTAU",
                "PEMUTAKHIRAN_DAFTAR_PEMILIH",
                "PENGUMUMAN_DPS",
                "PENDAFTARAN_PASLON",
                "PENELITIAN_PERSYARATAN",
            ],
        ),
        (D(2023, 1, 1), []),
        (D(2025, 6, 1), []),
    ],
)
def test_active_on(day, expected):
    assert [entry.key.name for entry in PILKADA_2024.active_on(day)] == expected


def test_active_on_agrees_with_the_periods():
    for offset in range(-320, 80):
        day = PILKADA_2024.voting_day + dt.timedelta(days=offset)
        active = set(PILKADA_2024.active_on(day))
        for entry in PILKADA_2024:
            inside = isinstance(entry.when, Period) and entry.start <= day <= entry.end
            assert (entry in active) == inside


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2024, 11, 20), Stage.MASA_TENANG),
        (D(2024, 11, 26), Stage.PEMUNGUTAN_SUARA),  # ties go to the first in legal order
        (D(2024, 9, 21), Step.REKAPITULASI_DPT_PROVINSI),  # 22 Sep, first in legal order
        (D(2024, 1, 1), Stage.PERENCANAAN_PROGRAM_DAN_ANGGARAN),
        (D(2024, 12, 16), Step.PEMBUBARAN_PPK),
        (D(2025, 1, 27), None),
    ],
)
def test_next_after(day, expected):
    entry = PILKADA_2024.next_after(day)
    assert (entry.key if entry else None) is expected


def test_lookup_by_name_and_missing_keys():
    assert PILKADA_2024["KAMPANYE"] is PILKADA_2024[Stage.KAMPANYE]
    assert PILKADA_2024.get("COKLIT") is PILKADA_2024[Step.COKLIT]
    with pytest.raises(PilkadaLookupError, match="did you mean 'KAMPANYE'"):
        PILKADA_2024["KAMPANYEE"]
    small = Schedule(name="kecil", voting_day=D(2025, 8, 27))
    assert small.get(Stage.KAMPANYE) is None
    with pytest.raises(KeyError):
        small[Stage.KAMPANYE]


def test_format_offset():
    assert [format_offset(n) for n in (-306, -1, 0, 1, 19)] == ["H-306", "H-1", "H", "H+1", "H+19"]
    assert format_offset(-3, locale="en") == "D-3"


def test_schedule_construction_refuses_duplicates_and_bad_types():
    entry = ScheduleEntry(key=Stage.KAMPANYE, when=Period.day(D(2025, 8, 1)))
    with pytest.raises(PilkadaValueError, match="appears twice"):
        Schedule(name="x", voting_day=D(2025, 8, 27), entries=[entry, entry])
    with pytest.raises(PilkadaValueError, match="ScheduleEntry"):
        Schedule(name="x", voting_day=D(2025, 8, 27), entries=["KAMPANYE"])
    with pytest.raises(PilkadaError):
        Schedule(name="x", voting_day="2025-08-27")
    with pytest.raises(TypeError):
        ScheduleEntry(key="KAMPANYE", when=Period.day(D(2025, 8, 1)))


def test_with_entry_replaces_and_never_mutates():
    changed = PILKADA_2024.with_entry(
        ScheduleEntry(key=Stage.KAMPANYE, when=Period(D(2024, 9, 25), D(2024, 11, 22)))
    )
    assert changed[Stage.KAMPANYE].end == D(2024, 11, 22)
    assert PILKADA_2024[Stage.KAMPANYE].end == D(2024, 11, 23)
    assert len(changed) == len(PILKADA_2024)


# -- custom schedules --------------------------------------------------------------------------

EXAMPLE_TOML = """\
name = "Pemilihan Bupati Contoh 2025"
voting_day = 2025-08-27
[stages.PENDAFTARAN_PASLON]
start = 2025-06-26
end = 2025-06-28
[stages.PENETAPAN_PASLON]
start = 2025-07-22
"""


def test_the_issue_example_loads_from_toml_and_json(tmp_path):
    path = tmp_path / "contoh.toml"
    path.write_text(EXAMPLE_TOML, encoding="utf-8")
    schedule = load_schedule(path)
    assert schedule.name == "Pemilihan Bupati Contoh 2025"
    assert schedule[Stage.PENDAFTARAN_PASLON].when == Period(D(2025, 6, 26), D(2025, 6, 28))
    assert schedule[Stage.PENETAPAN_PASLON].when == Period.day(D(2025, 7, 22))
    data = tomllib.loads(EXAMPLE_TOML)
    as_json = json.dumps(data, default=lambda d: d.isoformat())
    json_path = tmp_path / "contoh.json"
    json_path.write_text(as_json, encoding="utf-8")
    assert load_schedule(str(json_path)) == schedule
    assert schedule.validate() == []


def test_2025_bangka_re_election_validates():
    # Re-election where the kolom kosong won (shared/domain.md §4): kampanye 25 Jul-23 Aug 2025.
    schedule = Schedule.from_dict(
        {
            "name": "Pemilihan Bupati Bangka 2025",
            "voting_day": "2025-08-27",
            "basis": "Keputusan KPU 1/2025",
            "stages": {
                "PENDAFTARAN_PASLON": {"start": "2025-06-26", "end": "2025-06-28"},
                "PENETAPAN_PASLON": {"start": "2025-07-22"},
                "KAMPANYE": {"start": "2025-07-25", "end": "2025-08-23"},
                "MASA_TENANG": {"start": "2025-08-24", "end": "2025-08-26"},
                "PEMUNGUTAN_SUARA": {"start": D(2025, 8, 27)},
            },
        }
    )
    assert schedule.validate() == []
    assert schedule.offset(D(2025, 7, 25)) == "H-33"


def test_round_trip_of_the_2024_schedule():
    assert Schedule.from_dict(PILKADA_2024.to_dict()) == PILKADA_2024


BAD = [
    ({"voting_day": "2025-08-27"}, "name"),
    ({"name": "x"}, "voting_day"),
    ({"name": "", "voting_day": "2025-08-27"}, "name"),
    ({"name": 5, "voting_day": "2025-08-27"}, "name"),
    ({"name": "x", "voting_day": "27-08-2025"}, "voting_day"),
    ({"name": "x", "voting_day": "2025-02-30"}, "voting_day"),
    ({"name": "x", "voting_day": dt.datetime(2025, 8, 27)}, "voting_day"),
    ({"name": "x", "voting_day": "2025-08-27", "jadwal": {}}, "jadwal"),
    ({"name": "x", "voting_day": "2025-08-27", "basis": "PKPU nomor 2"}, "basis"),
    ({"name": "x", "voting_day": "2025-08-27", "stages": []}, "stages"),
    ({"name": "x", "voting_day": "2025-08-27", "stages": {"KAMPANYEE": {}}}, "stages.KAMPANYEE"),
    ({"name": "x", "voting_day": "2025-08-27", "stages": {"COKLIT": {}}}, "stages.COKLIT"),
    ({"name": "x", "voting_day": "2025-08-27", "steps": {"KAMPANYE": {}}}, "steps.KAMPANYE"),
    ({"name": "x", "voting_day": "2025-08-27", "stages": {"KAMPANYE": "x"}}, "stages.KAMPANYE"),
    ({"name": "x", "voting_day": "2025-08-27", "stages": {"KAMPANYE": {}}}, "stages.KAMPANYE"),
    (
        {
            "name": "x",
            "voting_day": "2025-08-27",
            "stages": {"KAMPANYE": {"start": "2025-08-23", "end": "2025-07-25"}},
        },
        "stages.KAMPANYE.end",
    ),
    (
        {"name": "x", "voting_day": "2025-08-27", "stages": {"KAMPANYE": {"start": 20250725}}},
        "stages.KAMPANYE.start",
    ),
    (
        {
            "name": "x",
            "voting_day": "2025-08-27",
            "stages": {"KAMPANYE": {"start": "2025-07-25", "by": "2025-08-23"}},
        },
        "stages.KAMPANYE",
    ),
    (
        {"name": "x", "voting_day": "2025-08-27", "stages": {"KAMPANYE": {"end": "2025-08-23"}}},
        "stages.KAMPANYE",
    ),
    (
        {
            "name": "x",
            "voting_day": "2025-08-27",
            "stages": {"KAMPANYE": {"start": "2025-07-25", "mulai": "x"}},
        },
        "stages.KAMPANYE.mulai",
    ),
    (
        {
            "name": "x",
            "voting_day": "2025-08-27",
            "stages": {"KAMPANYE": {"start": "2025-07-25", "certainty": "sure"}},
        },
        "stages.KAMPANYE.certainty",
    ),
    (
        {
            "name": "x",
            "voting_day": "2025-08-27",
            "stages": {"PENETAPAN_CALON_TERPILIH": {"after": "MK", "days": 5}},
        },
        "stages.PENETAPAN_CALON_TERPILIH.after",
    ),
    (
        {
            "name": "x",
            "voting_day": "2025-08-27",
            "stages": {"PENETAPAN_CALON_TERPILIH": {"after": "MK_NOTIFICATION", "days": -5}},
        },
        "stages.PENETAPAN_CALON_TERPILIH.days",
    ),
    (
        {
            "name": "x",
            "voting_day": "2025-08-27",
            "stages": {"PENETAPAN_CALON_TERPILIH": {"after": "MK_NOTIFICATION"}},
        },
        "stages.PENETAPAN_CALON_TERPILIH.days",
    ),
    (
        {
            "name": "x",
            "voting_day": "2025-08-27",
            "stages": {"KAMPANYE": {"by": "2025-08-23", "days": 3}},
        },
        "stages.KAMPANYE.days",
    ),
    (
        {"name": "x", "voting_day": "2025-08-27", "stages": {"KAMPANYE": {"set_by": 5}}},
        "stages.KAMPANYE.set_by",
    ),
    (
        {
            "name": "x",
            "voting_day": "2025-08-27",
            "stages": {"KAMPANYE": {"start": "2025-07-25", "basis": "Pasal 5"}},
        },
        "stages.KAMPANYE.basis",
    ),
]


@pytest.mark.parametrize(("data", "field"), BAD, ids=[field for _, field in BAD])
def test_bad_data_names_the_path_to_the_bad_field(data, field):
    with pytest.raises(PilkadaError) as info:
        Schedule.from_dict(data)
    assert info.value.field == field
    assert isinstance(info.value, ValueError)


def test_unknown_stage_suggests_the_closest():
    with pytest.raises(PilkadaValueError, match="did you mean 'KAMPANYE'"):
        Schedule.from_dict(
            {
                "name": "x",
                "voting_day": "2025-08-27",
                "stages": {"KAMPANY": {"start": "2025-08-01"}},
            }
        )
    with pytest.raises(PilkadaValueError, match=r"put it under \[steps\]"):
        Schedule.from_dict(
            {"name": "x", "voting_day": "2025-08-27", "stages": {"COKLIT": {"start": "2025-08-01"}}}
        )


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("bad.toml", "name = 'x'\nvoting_day = 2025-08-27\n[stages.KAMPANYE\n", PilkadaParseError),
        ("bad.json", '{"name": "x", ', PilkadaParseError),
        ("list.json", "[1, 2]", PilkadaValueError),
        ("bad.yaml", "name: x", PilkadaValueError),
        ("latin1.toml", b"name = '\xe9'", PilkadaParseError),
    ],
)
def test_bad_files(tmp_path, name, content, error):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(error):
        load_schedule(path)


# -- properties --------------------------------------------------------------------------------


@given(schedules())
def test_dict_round_trip(schedule):
    assert Schedule.from_dict(schedule.to_dict()) == schedule


@given(schedules())
def test_json_round_trip(schedule):
    text = json.dumps(schedule.to_dict(), default=lambda d: d.isoformat())
    assert Schedule.from_dict(json.loads(text)) == schedule


@given(schedules())
def test_validate_never_raises(schedule):
    for violation in schedule.validate():
        assert violation.message_id
        assert violation.message_en
        assert violation.basis is not None


names = st.sampled_from(
    [
        "name",
        "voting_day",
        "basis",
        "stages",
        "steps",
        "KAMPANYE",
        "COKLIT",
        "start",
        "end",
        "by",
        "after",
        "days",
        "working_days",
        "set_by",
        "certainty",
        "x",
    ]
)
values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 5)
    | st.sampled_from(["2025-08-27", "2025-13-01", "KAMPANYE", "MK_NOTIFICATION", "official", ""])
    | days
    | st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 1, 1)),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(names, children, max_size=4),
    max_leaves=12,
)


@given(st.dictionaries(names, values, max_size=6))
def test_random_bad_data_only_ever_raises_pilkada_errors(data):
    try:
        schedule = Schedule.from_dict(data)
    except PilkadaError:
        return
    assert isinstance(schedule, Schedule)


@given(st.binary(max_size=200), st.sampled_from([".toml", ".json"]))
def test_random_bad_files_only_ever_raise_pilkada_errors(tmp_path_factory, content, suffix):
    path = tmp_path_factory.mktemp("files") / f"jadwal{suffix}"
    path.write_bytes(content)
    with contextlib.suppress(PilkadaError):  # anything else fails the test
        load_schedule(path)


def test_entry_properties():
    entry = attrs.evolve(PILKADA_2024[Stage.PERENCANAAN_PROGRAM_DAN_ANGGARAN])
    assert (entry.start, entry.end, entry.first_day) == (None, D(2024, 1, 26), D(2024, 1, 26))
    relative = PILKADA_2024[Stage.PENETAPAN_CALON_TERPILIH]
    assert (relative.start, relative.end, relative.first_day) == (None, None, None)
    assert relative.label("en") == "Declaring the elected pair"


def test_the_toml_example_in_the_docs_loads(tmp_path):
    text = (Path(__file__).parents[2] / "docs" / "schedule.md").read_text(encoding="utf-8")
    block = text.split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "contoh.toml"
    path.write_text(block, encoding="utf-8")
    schedule = load_schedule(path)
    assert schedule[Stage.PENETAPAN_CALON_TERPILIH].certainty is Certainty.PROVISIONAL
    assert schedule[Step.COKLIT].note == "anything a reader should know"
    assert str(schedule.basis) == "Keputusan KPU 1/2025"


@pytest.mark.parametrize(
    "build",
    [
        lambda: Schedule(name="x", voting_day=D(1, 1, 1)),
        lambda: Schedule(name="x", voting_day=D(9999, 12, 31)),
        lambda: Schedule(
            name="x",
            voting_day=D(2025, 8, 27),
            entries=[ScheduleEntry(key=Stage.KAMPANYE, when=Period.day(D(1, 1, 2)))],
        ),
        lambda: Schedule.from_dict({"name": "x", "voting_day": "0001-01-02"}),
        lambda: Schedule(name="x", voting_day=D(2025, 8, 27), entries=None),
        lambda: AfterEvent(Event.MK_NOTIFICATION, 10**10),
        lambda: AfterEvent(Event.MK_NOTIFICATION, 5).resolve(D(9999, 12, 30)),
    ],
)
def test_dates_outside_the_supported_years_are_refused(build):
    with pytest.raises(PilkadaValueError):
        build()


@pytest.mark.parametrize(
    "content",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"name": "x", "voting_day": "2025-08-27", "stages": {"PENGUSULAN_PENGANGKATAN": '
        '{"after": "MK_NOTIFICATION", "days": ' + "1" * 5000 + "}}}",
    ],
    ids=["deep nesting", "5000-digit integer"],
)
def test_pathological_json_is_a_parse_error(tmp_path, content):
    path = tmp_path / "jadwal.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PilkadaParseError):
        load_schedule(path)


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "jadwal.toml"
    path.write_bytes(b"\xef\xbb\xbf" + EXAMPLE_TOML.encode("utf-8"))
    assert load_schedule(path).name == "Pemilihan Bupati Contoh 2025"


def test_names_work_with_in():
    assert "KAMPANYE" in PILKADA_2024
    assert "COKLIT" in PILKADA_2024
    assert "KAMPANYEE" not in PILKADA_2024
    empty = Schedule(name="kosong", voting_day=D(2025, 8, 27))
    with pytest.raises(PilkadaLookupError, match="the schedule has no entries"):
        empty[Stage.KAMPANYE]


def test_legal_basis_details_survive_the_round_trip():
    derived = Schedule.derived_from(D(2025, 8, 27))
    assert Schedule.from_dict(derived.to_dict()) == derived
    row = derived.to_dict()["steps"]["PEMBENTUKAN_PPK"]["basis"]
    assert row["citation"] == "PKPU 8/2022"
    assert row["title"].startswith("Pembentukan dan Tata Kerja Badan Adhoc")
    with pytest.raises(PilkadaValueError) as info:
        Schedule.from_dict(
            {"name": "x", "voting_day": "2025-08-27", "basis": {"citation": "UU 1/2015", "x": 1}}
        )
    assert info.value.field == "basis"


def test_after_event_counts_working_days_with_the_cuti_bersama_option():
    rule = AfterEvent(Stage.PENETAPAN_CALON_TERPILIH, 1, working_days=True)
    assert rule.resolve(D(2024, 12, 24)) == Deadline(D(2024, 12, 26))
    assert rule.resolve(D(2024, 12, 24), cuti_bersama_off=True) == Deadline(D(2024, 12, 27))


@pytest.mark.parametrize("days", [True, 1.5, "3"])
def test_format_offset_refuses_what_is_not_a_count(days):
    with pytest.raises(PilkadaError):
        format_offset(days)


# -- one vocabulary: ISO strings, names in any case, clear type errors ---------------------------


def test_days_may_be_iso_strings():
    assert PILKADA_2024.offset("2024-11-27") == "H"
    assert PILKADA_2024.offset("2024-11-24", locale="en") == "D-3"
    assert PILKADA_2024.days_to_voting("2024-11-24") == 3
    assert PILKADA_2024.active_on("2024-11-25") == PILKADA_2024.active_on(D(2024, 11, 25))
    assert PILKADA_2024.next_after("2024-11-25") == PILKADA_2024.next_after(D(2024, 11, 25))
    derived = Schedule.derived_from("2025-08-27")
    assert derived.voting_day == D(2025, 8, 27)
    rule = AfterEvent(Event.MK_NOTIFICATION, 5)
    assert rule.resolve("2025-01-08") == rule.resolve(D(2025, 1, 8))


def test_a_bad_day_names_the_field():
    with pytest.raises(PilkadaValueError) as caught:
        PILKADA_2024.offset("27/11/2024")
    assert (caught.value.field, caught.value.value) == ("day", "27/11/2024")
    assert "YYYY-MM-DD" in caught.value.rule


def test_keys_may_be_names_in_any_case():
    assert PILKADA_2024["masa_tenang"] is PILKADA_2024[Stage.MASA_TENANG]
    assert PILKADA_2024[" Coklit "] is PILKADA_2024[Step.COKLIT]


@pytest.mark.parametrize("call", [
    lambda: PILKADA_2024.with_entry(5),
    lambda: PILKADA_2024.basis_of("KAMPANYE"),
    lambda: PILKADA_2024[5],
])  # fmt: skip
def test_a_wrong_type_is_a_pilkada_type_error(call):
    with pytest.raises(PilkadaTypeError) as caught:
        call()
    assert caught.value.field in ("entry", "key")
    assert caught.value.value in (5, "KAMPANYE")
    assert caught.value.rule


def test_with_entry_refuses_a_non_entry_with_its_field_value_and_rule():
    with pytest.raises(PilkadaTypeError) as caught:
        PILKADA_2024.with_entry(5)
    error = caught.value
    assert (error.field, error.value, error.rule) == ("entry", 5, "a ScheduleEntry")


def test_validate_takes_rules_by_keyword_and_warns_on_the_positional_form():
    rules = [PEMILU_TAHAPAN_20_BULAN]
    late = PILKADA_2024.validate(rules=rules)
    assert [v.rule for v in late] == ["PEMILU_TAHAPAN_20_BULAN"]
    with pytest.warns(DeprecationWarning, match="validate\\(rules=...\\)"):
        assert PILKADA_2024.validate(rules) == late
    with pytest.raises(PilkadaTypeError) as caught:
        PILKADA_2024.validate(rules, rules=rules)
    assert caught.value.field == "rules"


def test_numbers_in_schedule_text_use_the_one_number_formatter():
    assert format_offset(-1200) == "H-1.200"
    assert format_offset(1200, locale="en") == "D+1,200"
    assert str(AfterEvent(Event.MK_NOTIFICATION, 1500)).startswith("paling lambat 1.500 hari")


# -- hardening: bad paths and numbers too long to show ------------------------------------------


@pytest.mark.parametrize("path", [None, 5, b"schedule.toml"])
def test_load_schedule_refuses_a_path_of_another_type(path: object) -> None:
    with pytest.raises(PilkadaTypeError) as caught:
        load_schedule(path)  # type: ignore[arg-type]
    assert caught.value.field == "path"
    assert caught.value.value == path
    assert caught.value.rule == "a file path (str or Path)"


def test_load_schedule_refuses_a_path_with_a_nul_character() -> None:
    with pytest.raises(PilkadaValueError) as caught:
        load_schedule("jadwal\0.toml")
    assert caught.value.field == "path"
    assert caught.value.value == "jadwal\0.toml"
    assert caught.value.rule == "a file path without NUL characters"


def test_from_dict_refuses_a_voting_day_too_long_to_show() -> None:
    huge = 10**5000
    with pytest.raises(PilkadaValueError) as caught:
        Schedule.from_dict({"name": "x", "voting_day": huge})
    assert caught.value.field == "voting_day"
    assert caught.value.value == huge
    assert caught.value.rule == "an ISO date such as 2024-11-27 (YYYY-MM-DD)"
