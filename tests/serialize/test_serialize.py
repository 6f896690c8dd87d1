"""Serialisation: every public type to plain data and JSON and back, exactly; errors with paths."""

from __future__ import annotations

import datetime as dt
import enum
import json
from fractions import Fraction

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pilkada
from pilkada import (
    PILKADA_2024,
    AreaLevel,
    Bracket,
    Dated,
    ElectionKind,
    GrantAgreement,
    Grantor,
    LegalBasis,
    OversightLog,
    PilkadaError,
    PilkadaParseError,
    PilkadaTypeError,
    PilkadaValueError,
    Recap,
    RegionCode,
    RegionLevel,
    Reporter,
    Rupiah,
    Schedule,
    ScheduleEntry,
    TpsResult,
    TpsResults,
    ViolationCase,
    ViolationCategory,
    decide,
    from_dict,
    from_json,
    json_schema,
    recapitulate,
    to_dict,
    to_json,
)
from tests.strategies import KAB, STRATEGIES, json_values

D = dt.date


def public_classes() -> list[type]:
    """Every class of the public API with data to save: no enums, errors or protocols."""
    found = []
    for name in pilkada.__all__:
        value = getattr(pilkada, name)
        if (
            isinstance(value, type)
            and not issubclass(value, (enum.Enum, BaseException))
            and name != "Rule"  # a Protocol: its classes are listed one by one
        ):
            found.append(value)
    return found


def test_every_public_class_has_a_strategy():
    assert sorted(c.__name__ for c in public_classes()) == sorted(c.__name__ for c in STRATEGIES)


def _same(a: object, b: object) -> bool:
    if isinstance(a, pilkada.SirekapCount):  # its recap compares by its rows
        return isinstance(b, pilkada.SirekapCount) and all(
            _same(getattr(a, f.name), getattr(b, f.name)) for f in attrs.fields(type(a))
        )
    if isinstance(a, (TpsResults, Recap)):
        same_level = not isinstance(a, Recap) or a.level is b.level  # type: ignore[union-attr]
        return type(a) is type(b) and list(a) == list(b) and same_level  # type: ignore[call-overload]
    return a == b


@pytest.mark.parametrize("cls", list(STRATEGIES), ids=lambda c: c.__name__)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.filter_too_much,
                                                                 HealthCheck.too_slow])  # fmt: skip
@given(data=st.data())
def test_round_trip_is_exact(cls, data):
    obj = data.draw(STRATEGIES[cls])
    assert isinstance(obj, cls)
    plain = to_dict(obj)
    text = to_json(obj)
    assert json.loads(text) == plain  # the data is JSON as it is: no objects left inside
    target = Dated[int] if cls is Dated else cls
    assert _same(from_dict(target, plain), obj)
    assert _same(from_json(target, text), obj)
    assert to_dict(from_dict(target, plain)) == plain


@pytest.mark.parametrize("cls", list(STRATEGIES), ids=lambda c: c.__name__)
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.filter_too_much,
                                                                 HealthCheck.too_slow])  # fmt: skip
@given(data=st.data())
def test_data_validates_against_the_schema(cls, data):
    schema = json_schema(Dated[int] if cls is Dated else cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(to_dict(data.draw(STRATEGIES[cls])), schema,
                        cls=jsonschema.Draft202012Validator)  # fmt: skip


# -- the shape of the data -----------------------------------------------------------------------


def test_the_conventions():
    agreement = GrantAgreement(
        grantor=Grantor(RegionLevel.KABUPATEN, "Blora"),
        amount=Rupiah(34_905_207_000),
        signed_on=D(2023, 11, 10),
    )
    data = to_dict(agreement)
    assert data == {
        "grantor": {"level": "KABUPATEN", "name": "Blora"},
        "grantee": "KPU",
        "amount": "34905207000.00",
        "signed_on": "2023-11-10",
        "schedule": "PILKADA_2024",
        "number": None,
        "funding": [],
        "payment": "TRANCHES",
        "ledger": [],
        "pengusulan_on": None,
        "cuti_bersama_off": False,
    }
    tranche = to_dict(agreement.tranches[0])
    assert tranche == {
        "number": 1,
        "share": "2/5",
        "total": "34905207000.00",
        "amount": "13962082800.00",
        "due": "2023-11-30",
        "basis": tranche["basis"],
        "single": False,
    }
    # Permendagri 41/2020 has an effective date of its own: a citation could not carry it.
    assert tranche["basis"]["amended_by"] == [
        {"citation": "Permendagri 41/2020", "effective": "2020-06-15", "checked": "2026-11-22"}
    ]
    assert tranche["basis"]["instrument"] == "PERMENDAGRI"
    # A basis that records the day it was checked is a table; a bare citation stays a string.
    assert to_dict(PILKADA_2024.basis) == {
        "citation": str(PILKADA_2024.basis),
        "checked": "2026-11-22",
    }
    assert from_dict(LegalBasis, to_dict(PILKADA_2024.basis)).checked == dt.date(2026, 11, 22)
    assert to_dict(LegalBasis.parse("PKPU 2/2024 Lampiran")) == "PKPU 2/2024 Lampiran"
    assert to_dict(RegionCode("3316")) == "3316"
    assert to_dict(Rupiah("0.5")) == "0.50"


def test_a_schedule_has_the_shape_of_a_schedule_file():
    data = to_dict(PILKADA_2024)
    assert data["voting_day"] == "2024-11-27"
    assert data["stages"]["KAMPANYE"]["start"] == "2024-09-25"
    assert from_dict(Schedule, data) == PILKADA_2024
    assert from_dict(Schedule, "PILKADA_2024") is PILKADA_2024


def test_a_custom_schedule_inside_an_agreement_is_written_whole():
    schedule = PILKADA_2024.derived_from(D(2029, 11, 28))
    agreement = GrantAgreement(amount=Rupiah(100), signed_on=D(2028, 1, 2), schedule=schedule)
    data = to_dict(agreement)
    assert data["schedule"]["voting_day"] == "2029-11-28"
    assert from_dict(GrantAgreement, data) == agreement


def test_moments_keep_their_time():
    case = ViolationCase.laporan(
        reporter=Reporter.PEMILIH, known_on=D(2024, 11, 20), filed_on=D(2024, 11, 21)
    ).register(D(2024, 11, 21))
    decided = case.decide(dt.datetime(2024, 11, 23, 14, 30), violation=True,
                          category=ViolationCategory.ADMINISTRASI)  # fmt: skip
    data = to_dict(decided)
    assert ["DIPUTUS", "2024-11-23T14:30:00"] in data["milestones"]
    assert ["DILAPORKAN", "2024-11-21"] in data["milestones"]
    assert from_dict(ViolationCase, data) == decided


def test_a_recap_and_a_tps_batch():
    batch = TpsResults.from_records(
        TpsResult(tps=code, pairs=2, dpt=300, dptb=0, voters_dpt=200, voters_dptb=0,
                  voters_dpk=0, ballots_used=200, votes=(120, 78), kolom_kosong=0, valid=198,
                  invalid=2)
        for code in ("3316012001001", "3316012001002", "3316022001001")
    )  # fmt: skip
    data = to_dict(batch)  # written as columns, one array per field
    assert data["tps"] == ["3316012001001", "3316012001002", "3316022001001"]
    assert data["votes"] == [[120, 120, 120], [78, 78, 78]]
    assert list(from_dict(TpsResults, data)) == list(batch)
    records = [to_dict(record) for record in batch]  # a list of records is still read
    assert list(from_dict(TpsResults, records)) == list(batch)
    recap = recapitulate(batch, level=AreaLevel.KECAMATAN)
    back = from_dict(Recap, to_dict(recap))
    assert back.level is AreaLevel.KECAMATAN
    assert list(back) == list(recap)
    assert back.total == recap.total
    assert list(recapitulate(back, level=AreaLevel.KABUPATEN_KOTA)) == list(
        recapitulate(batch, level=AreaLevel.KABUPATEN_KOTA)
    )


# -- bad data: the path to the value, the rule it breaks ----------------------------------------


@pytest.fixture
def blora_data():
    agreement = GrantAgreement(
        grantor=Grantor(RegionLevel.KABUPATEN, "Blora"),
        amount=Rupiah(34_905_207_000),
        signed_on=D(2023, 11, 10),
    ).with_transfer(D(2023, 11, 29), Rupiah(13_962_082_800))
    return to_dict(agreement.with_transfer(D(2024, 6, 1), Rupiah(100)))


@pytest.mark.parametrize(
    ("change", "error", "path", "words"),
    [
        (lambda d: d["ledger"][1].update(amount=13.5), PilkadaTypeError, "$.ledger[1].amount",
         "float"),
        (lambda d: d["ledger"][1].update(amount="-5"), PilkadaValueError, "$.ledger[1].amount",
         "not a positive amount"),
        (lambda d: d["ledger"][1].update(amount="1.005"), PilkadaValueError,
         "$.ledger[1].amount", "decimal string"),
        (lambda d: d["ledger"][0].update(on="2023-11-01"), PilkadaValueError, "$.ledger[0].on",
         "before the NPHD was signed"),
        (lambda d: d["ledger"][1].update(kind="TRANSFERS"), PilkadaValueError,
         "$.ledger[1].kind", "did you mean 'TRANSFER'"),
        (lambda d: d["ledger"][1].pop("on"), PilkadaValueError, "$.ledger[1].on", "missing"),
        (lambda d: d.update(grantee="kpu"), PilkadaValueError, "$.grantee", "Grantee"),
        (lambda d: d.update(signed_on="10-11-2023"), PilkadaValueError, "$.signed_on", "ISO"),
        (lambda d: d.update(signed_on="2023-02-30"), PilkadaValueError, "$.signed_on", "ISO"),
        (lambda d: d.update(amont="1"), PilkadaValueError, "$.amont", "unknown key"),
        (lambda d: d["grantor"].update(name=" "), PilkadaValueError, "$.grantor.name",
         "no name"),
        (lambda d: d["grantor"].update(level=2), PilkadaValueError, "$.grantor.level",
         "RegionLevel"),
        (lambda d: d.update(cuti_bersama_off="yes"), PilkadaValueError, "$.cuti_bersama_off",
         "true or false"),
        (lambda d: d.update(funding=[{"kind": "APBD", "fiscal_year": "2024", "amount": "1"}]),
         PilkadaValueError, "$.funding[0].fiscal_year", "whole number"),
        (lambda d: d.update(schedule="PILKADA_2029"), PilkadaValueError, "$.schedule",
         "PILKADA_2024"),
        (lambda d: d.update(schedule={"name": "x", "voting_day": "2024-11-27",
                                      "stages": {"KAMPANYE": {"start": "2024-09-25",
                                                              "end": "2024-09-01"}}}),
         PilkadaValueError, "$.schedule.stages.KAMPANYE.end", "before it starts"),
    ],
)  # fmt: skip
def test_bad_data_names_its_path(blora_data, change, error, path, words):
    change(blora_data)
    with pytest.raises(error) as caught:
        from_dict(GrantAgreement, blora_data)
    assert caught.value.field == path
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"{path}: ")


def test_several_problems_are_counted(blora_data):
    blora_data["grantee"] = "?"
    blora_data["ledger"][0]["amount"] = 1.5
    blora_data["ledger"][1]["on"] = "?"
    with pytest.raises(PilkadaError) as caught:
        from_dict(GrantAgreement, blora_data)
    assert caught.value.field == "$.grantee"
    assert "and 2 more problem(s): $.ledger[0].amount, $.ledger[1].on" in str(caught.value)


def test_a_bad_top_level_value():
    with pytest.raises(PilkadaValueError) as caught:
        from_dict(GrantAgreement, [1, 2])
    assert caught.value.field == "$"
    with pytest.raises(PilkadaValueError, match=r"^\$: got str 'x5'"):
        from_dict(Rupiah, "x5")


def test_bad_json_is_a_parse_error():
    with pytest.raises(PilkadaParseError, match="not a JSON document"):
        from_json(Rupiah, "{")


def test_to_dict_refuses_foreign_objects():
    with pytest.raises(PilkadaTypeError, match="a type pilkada defines"):
        to_dict(object())


def test_a_fraction_and_a_datetime_must_be_strings():
    with pytest.raises(PilkadaTypeError, match=r"\$\.share"):
        from_dict(Bracket, {"above": 0, "up_to": None, "share": 0.1})
    assert from_dict(Bracket, {"above": 0, "up_to": None, "share": "1/10"}).share == Fraction(1, 10)


def test_import_pilkada_does_not_load_cattrs_until_asked():
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = (
        "import sys, pilkada; assert 'cattrs' not in sys.modules; "
        "pilkada.to_dict(pilkada.Rupiah(1)); assert 'cattrs' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_schema_describes_the_shapes():
    schema = json_schema(GrantAgreement)
    agreement = schema["$defs"]["GrantAgreement"]
    assert agreement["required"] == ["amount", "signed_on"]
    assert agreement["additionalProperties"] is False
    assert schema["$defs"]["Grantee"]["enum"] == ["KPU", "BAWASLU", "POLRI", "TNI"]
    assert "Naskah Perjanjian Hibah Daerah" in agreement["description"]
    validator = jsonschema.Draft202012Validator(schema)
    assert not validator.is_valid({"amount": 1.5, "signed_on": "2023-11-10"})
    assert not validator.is_valid({"amount": "1", "signed_on": "2023-11-10", "x": 1})
    assert validator.is_valid({"amount": "1", "signed_on": "2023-11-10"})
    with pytest.raises(PilkadaTypeError, match="no JSON shape"):
        json_schema(dict)


def test_a_batch_as_columns_refuses_what_records_refuse():
    data = to_dict(TpsResults.from_records(KAB))
    with pytest.raises(PilkadaError) as flag:
        from_dict(TpsResults, {**data, "dpt": [True] * len(data["dpt"])})
    assert flag.value.field == "$.dpt[0]"
    with pytest.raises(PilkadaError) as short:
        from_dict(TpsResults, {**data, "valid": data["valid"][1:]})
    assert "values for" in str(short.value)
    with pytest.raises(PilkadaError) as missing:
        from_dict(TpsResults, {k: v for k, v in data.items() if k != "votes"})
    assert "missing ['votes']" in str(missing.value)
    without = {k: v for k, v in data.items() if k != "kolom_kosong"}  # optional: all 0
    assert list(from_dict(TpsResults, without)) == list(TpsResults.from_records(KAB))


def test_an_empty_batch():
    empty = TpsResults.from_records([])
    assert len(empty) == 0
    assert to_dict(empty)["tps"] == []
    assert list(from_dict(TpsResults, to_dict(empty))) == []
    assert list(from_dict(TpsResults, [])) == []
    assert list(recapitulate(empty, level=AreaLevel.KECAMATAN)) == []


# -- what the review found: every bad value is a PilkadaError at its path ----------------------


@pytest.mark.parametrize(
    "cls",
    [GrantAgreement, Schedule, ViolationCase, pilkada.Outcome, TpsResults, Recap, OversightLog,
     pilkada.Tally, LegalBasis, pilkada.StaffingPlan],
    ids=lambda c: c.__name__,
)  # fmt: skip
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_garbage_is_refused_with_a_pilkada_error(cls, data):
    plain = to_dict(data.draw(STRATEGIES[cls]))
    garbage = data.draw(json_values)
    if isinstance(plain, dict) and plain and data.draw(st.booleans()):
        plain[data.draw(st.sampled_from(sorted(plain)))] = garbage
    elif isinstance(plain, list) and plain and isinstance(plain[0], dict):
        plain[0][data.draw(st.sampled_from(sorted(plain[0])))] = garbage
    else:
        plain = garbage
    error = None
    try:
        from_dict(cls, plain)
    except PilkadaError as refused:  # anything else fails the test
        error = refused
    if error is not None:
        assert error.field.startswith("$")
        assert "Error:" not in str(error)  # no Python exception leaking into the message


@pytest.mark.parametrize(
    ("cls", "data", "path", "words"),
    [
        (pilkada.Tally, {"votes": [1], "area_codes": "3316"}, "$.area_codes", "a list"),
        (OversightLog, {"records": {}}, "$.records", "a list"),
        (TpsResults, {}, "$", "a list"),
        (TpsResults, None, "$", "a list"),
        (Rupiah, "\u0663", "$", "decimal string"),  # an Arabic-Indic three
        (RegionCode, "\u0663\u0663", "$", "not a region code"),
        (ScheduleEntry, {"key": []}, "$.key", "a stage or step name"),
    ],
)
def test_near_misses_are_refused_at_their_path(cls, data, path, words):
    with pytest.raises(PilkadaError) as caught:
        from_dict(cls, data)
    assert caught.value.field == path
    assert words in str(caught.value)


def test_a_moment_with_an_offset_round_trips():
    wib = dt.timezone(dt.timedelta(hours=7))
    case = ViolationCase.laporan(
        reporter=Reporter.PEMILIH, known_on=D(2024, 11, 20), filed_on=D(2024, 11, 21)
    ).register(D(2024, 11, 21))
    decided = case.decide(dt.datetime(2024, 11, 23, 14, 30, tzinfo=wib), violation=False)
    assert ["DIPUTUS", "2024-11-23T14:30:00+07:00"] in to_dict(decided)["milestones"]
    assert from_json(ViolationCase, to_json(decided)) == decided


def test_a_generic_class_needs_its_parameter():
    with pytest.raises(PilkadaTypeError, match=r"Dated\[int\]"):
        from_dict(Dated, {})


def test_deep_json_is_a_parse_error():
    with pytest.raises(PilkadaParseError, match="nested too deep"):
        from_json(Rupiah, "[" * 100_000)


def test_to_dict_takes_one_pilkada_object():
    with pytest.raises(PilkadaTypeError):
        to_dict([Rupiah(1)])


def test_an_outcome_must_be_one_decide_could_give():
    plain = to_dict(decide(pilkada.Tally(votes=[120, 80]), election=ElectionKind.BUPATI))
    assert plain["elected"] == 1
    for change, field in (
        ({"elected": 7}, "elected"),
        ({"elected": 2}, "elected"),
        ({"verdict": "TIE"}, "verdict"),
        ({"tied": [1, 1]}, "tied"),
    ):
        with pytest.raises(PilkadaValueError) as caught:
            from_dict(pilkada.Outcome, {**plain, **change})
        assert caught.value.field == f"$.{field}"  # fmt: skip


def test_a_schedule_writes_certainty_by_name_and_reads_both():
    data = to_dict(PILKADA_2024)
    assert data["steps"]["PEMBENTUKAN_PPK"]["certainty"] == "PROVISIONAL"
    data["steps"]["PEMBENTUKAN_PPK"]["certainty"] = "provisional"
    assert from_dict(Schedule, data) == PILKADA_2024


# -- hardening: documents that are not text, numbers too long to read ---------------------------


@pytest.mark.parametrize("document", [5, None, 1.5, ["{}"]])
def test_from_json_refuses_a_document_that_is_not_text(document: object) -> None:
    with pytest.raises(pilkada.PilkadaTypeError) as caught:
        pilkada.from_json(Rupiah, document)  # type: ignore[arg-type]
    assert caught.value.field == "text"
    assert caught.value.value == document
    assert caught.value.rule == "a JSON document as str or bytes"


def test_from_json_refuses_a_number_too_long_to_read() -> None:
    text = "1" * 5000
    with pytest.raises(pilkada.PilkadaParseError) as caught:
        pilkada.from_json(Rupiah, text)
    assert caught.value.field == "$"
    assert caught.value.value == text
    assert caught.value.rule.startswith("numbers of at most 4,300 digits")


def test_from_dict_refuses_an_int_too_long_to_show() -> None:
    huge = 10**5000
    with pytest.raises(pilkada.PilkadaError) as caught:
        pilkada.from_dict(Schedule, {"name": "x", "voting_day": huge})
    assert caught.value.field == "$.voting_day"
    assert caught.value.value == huge
    assert "<an int of 5001 digits>" in str(caught.value)
