"""The one reader of dated package data: typed values, path-qualified errors."""

from __future__ import annotations

import copy
import datetime as dt
import enum
from fractions import Fraction

import pytest

from pilkada import Certainty, PilkadaError, PilkadaValueError
from pilkada.candidacy.data import read_tables
from pilkada.datafile import from_dict, load


class Colour(enum.Enum):
    MERAH = "merah"
    PUTIH = "putih"


def _doc(**row):
    base = {"effective": dt.date(2024, 8, 20), "basis": "UU 10/2016 Pasal 40", "percent": "8.5"}
    return from_dict("thresholds.toml", {"party": [base, base, base, {**base, **row}]})


def _refusal(call):
    with pytest.raises(PilkadaError) as info:
        call()
    error = info.value
    assert isinstance(error, PilkadaValueError)
    assert not isinstance(error, KeyError)
    return error


def test_every_package_data_file_reads():
    for name in ("thresholds.toml", "oversight.toml", "pilkada_2024.toml", "honorarium.toml"):
        assert load(name).data


def test_typed_values():
    row = _doc(colour="PUTIH", day="2024-08-21", n=3).tables("party")[3]
    assert row.date("effective") == dt.date(2024, 8, 20)
    assert row.date("day") == dt.date(2024, 8, 21)
    assert row.percent("percent") == Fraction(17, 200)
    assert row.count("n", minimum=1) == 3
    assert row.count("absent", default=7) == 7
    assert row.member("colour", Colour) is Colour.PUTIH
    assert row.certainty() is Certainty.OFFICIAL
    assert str(row.basis()) == "UU 10/2016 Pasal 40"
    version = row.dated("value")
    assert (version.value, version.effective, version.note) == ("value", dt.date(2024, 8, 20), "")
    assert row.optional_date("absent") is None


def test_a_missing_key_names_its_path_and_what_is_accepted():
    error = _refusal(lambda: _doc().tables("party")[3].date("from"))
    assert error.field == "thresholds.toml: party[3].from"
    assert error.value is None
    assert "TOML date" in error.rule


def test_a_missing_table():
    error = _refusal(lambda: _doc().tables("nomination"))
    assert error.field == "thresholds.toml: nomination"
    assert error.rule == "a non-empty array of [[nomination]] tables"
    error = _refusal(lambda: _doc().tables("party")[0].table("provinsi"))
    assert error.field == "thresholds.toml: party[0].provinsi"


@pytest.mark.parametrize(
    ("row", "read", "key", "rule"),
    [
        ({"effective": "2024-02-30"}, lambda t: t.date("effective"), "effective", "TOML date"),
        ({"effective": 20240820}, lambda t: t.date("effective"), "effective", "TOML date"),
        ({"percent": 8.5}, lambda t: t.percent("percent"), "percent", "as a string"),
        ({"percent": "8,5"}, lambda t: t.percent("percent"), "percent", "decimal percentage"),
        ({"percent": "101"}, lambda t: t.percent("percent"), "percent", "up to 100"),
        ({"n": "3"}, lambda t: t.count("n"), "n", "whole number"),
        ({"n": True}, lambda t: t.count("n"), "n", "whole number"),
        ({"n": 16}, lambda t: t.count("n", minimum=17), "n", "at least 17"),
        ({"colour": "biru"}, lambda t: t.member("colour", Colour), "colour", "MERAH, PUTIH"),
        ({"certainty": "rumoured"}, lambda t: t.certainty(), "certainty", "official"),
        ({"basis": "Pasal 5 UU 1/2015"}, lambda t: t.basis(), "basis", "write it like"),
        ({"basis": 10}, lambda t: t.basis(), "basis", "citation"),
        ({"note": 3}, lambda t: t.text("note"), "note", "a string"),
        ({"at": "kemarin"}, lambda t: t.choice("at", ("a", "b")), "at", "one of a, b"),
        ({"typo": 1}, lambda t: t.keys_within({"effective", "basis", "percent"}), "typo", "one"),
    ],
)
def test_a_wrong_value_names_field_value_and_rule(row, read, key, rule):
    table = _doc(**row).tables("party")[3]
    error = _refusal(lambda: read(table))
    assert error.field == f"thresholds.toml: party[3].{key}"
    assert error.value == row[key]
    assert rule in error.rule


def _thresholds():
    level = {"basis": "UU 10/2016 Pasal 158", "brackets": [{"percent": "2"}]}
    row = {"effective": dt.date(2016, 7, 1), "provinsi": level, "kabupaten_kota": level}
    age = {"effective": dt.date(2016, 7, 1), "basis": "UU 10/2016 Pasal 7"}
    return {
        "party_nomination": [copy.deepcopy(row)],
        "independent_support": [copy.deepcopy(row)],
        "dispute": [copy.deepcopy(row)],
        "candidate_age": [{**age, "gubernur": 30, "bupati_wali_kota": 25}],
        "age_counted": [{**age, "at": "penetapan"}],
    }


@pytest.mark.parametrize(
    ("corrupt", "field", "value", "rule"),
    [
        (lambda d: d["candidate_age"][0].pop("gubernur"), "candidate_age[0].gubernur", None, "17"),
        (
            lambda d: d["candidate_age"][0].update(gubernur="30"),
            "candidate_age[0].gubernur",
            "30",
            "whole number",
        ),
        (
            lambda d: d["dispute"][0].update(effective="1 Juli 2016"),
            "dispute[0].effective",
            "1 Juli 2016",
            "TOML date",
        ),
        (lambda d: d["age_counted"][0].pop("effective"), "age_counted[0].effective", None, "date"),
        (lambda d: d["dispute"][0].pop("provinsi"), "dispute[0].provinsi", None, "table"),
        (lambda d: d.pop("dispute"), "dispute", None, "[[dispute]]"),
        (
            lambda d: d["party_nomination"][0].update(seat_percent="20"),
            "party_nomination[0].vote_percent",
            None,
            "percentage",
        ),
    ],
)
def test_corrupted_thresholds_never_raise_a_bare_error(corrupt, field, value, rule):
    data = _thresholds()
    assert read_tables(from_dict("thresholds.toml", data))
    corrupt(data)
    error = _refusal(lambda: read_tables(from_dict("thresholds.toml", data)))
    assert error.field == f"thresholds.toml: {field}"
    assert error.value == value
    assert rule in error.rule


def test_the_shape_of_a_document_is_checked_where_it_is_read():
    error = _refusal(lambda: from_dict("x.toml", ["not", "a", "table"]))
    assert (error.field, error.value, error.rule) == (
        "x.toml",
        ["not", "a", "table"],
        "a TOML document",
    )
    doc = from_dict("x.toml", {"sub": 3, "rows": [{"a": 1}, 2], "empty": [], "list": "abc"})
    error = _refusal(lambda: doc.table("sub"))
    assert (error.value, error.rule) == (3, "a table [sub]")
    assert "sub" in error.field
    error = _refusal(lambda: doc.tables("rows"))
    assert (error.field, error.value, error.rule) == ("x.toml: rows[1]", 2, "a table")
    for key in ("empty", "list"):
        error = _refusal(lambda key=key: doc.rows(key))
        assert (error.value, error.rule) == (doc.data[key], "a non-empty list")
    assert doc.rows("rows") == [{"a": 1}, 2]


def test_a_member_is_read_by_name_by_value_or_as_itself():
    doc = from_dict("x.toml", {"by_name": "MERAH", "by_value": "putih", "bad": "hijau"})
    assert doc.member("by_name", Colour) is Colour.MERAH
    assert doc.member("by_value", Colour) is Colour.PUTIH
    assert doc.member("absent", Colour, default=Colour.PUTIH) is Colour.PUTIH  # the default
    error = _refusal(lambda: doc.member("bad", Colour))
    assert (error.value, error.rule) == ("hijau", "one of MERAH, PUTIH")
