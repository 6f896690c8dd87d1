"""A results CSV that cannot be read is refused with a ResultsCsvError naming its line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from pilkada.errors import PilkadaParseError
from pilkada.results import ResultsCsvError, read_results_csv, recapitulate
from pilkada.results.fields import CSV_COLUMNS
from pilkada.results.winner import decide

HEADER = ",".join(CSV_COLUMNS)
ROW = "3316012001001,2,10,0,8,0,0,8,8,0,0,5,3"
BIG = 2**63 - 1


def _refused(tmp_path: Path, text: str) -> ResultsCsvError:
    path = tmp_path / "hasil.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ResultsCsvError) as info:
        read_results_csv(path)
    error = info.value
    assert isinstance(error, PilkadaParseError)
    assert (error.field, error.value) == ("csv", path.name)
    assert error.rule.startswith("a header of kode_tps")
    return error


def test_a_field_over_the_csv_limit_is_a_row_error_naming_its_line(tmp_path):
    text = f"{HEADER},paslon_1,paslon_2\n{ROW}\n3316012001002,{'1' * 140_000}\n"
    error = _refused(tmp_path, text)
    [row] = error.errors
    assert (row.line, row.column) == (3, "*")
    assert "field limit" in row.problem
    assert isinstance(error.__cause__, csv.Error)


@pytest.mark.parametrize("slot", ["paslon_02", "paslon_٢", "paslon_" + "9" * 5000, "paslon_"])
def test_a_paslon_column_must_be_numbered_in_ascii_digits_without_a_leading_zero(tmp_path, slot):
    error = _refused(tmp_path, f"{HEADER},paslon_1,{slot}\n{ROW}\n")
    [row] = error.errors
    assert (row.line, row.column) == (1, "header")
    assert "ASCII digits and no leading zero" in row.problem


@pytest.mark.parametrize("cell", [str(2**63), str(-(2**63) - 1), "9" * 5000])
def test_a_count_beyond_64_bits_is_a_row_error(tmp_path, cell):
    row = f"3316012001001,2,{cell},0,8,0,0,8,8,0,0,5,3"
    error = _refused(tmp_path, f"{HEADER},paslon_1,paslon_2\n{row}\n")
    [row] = error.errors
    assert (row.line, row.column, row.value) == (2, "dpt", cell)
    assert "64 bits" in row.problem


def test_counts_of_2_63_minus_1_load_and_their_sums_are_refused_as_pilkada_errors():
    rows = [f"33160120010{i:02d},2" + f",{BIG}" * 11 for i in range(1, 4)]
    results = read_results_csv(io.StringIO("\n".join([f"{HEADER},paslon_1,paslon_2", *rows])))
    assert results.column("dpt") == (BIG,) * 3
    for step in (
        lambda: recapitulate(results, level="kecamatan"),
        lambda: decide(results, election="bupati"),
    ):
        with pytest.raises(ValueError, match="64 bits") as info:
            step()
        assert (info.value.field, info.value.value) == ("results", info.value.value)
        assert "2**63" in info.value.rule


def test_one_tps_of_2_63_minus_1_is_decided():
    row = f"3316012001001,2,{BIG},0,{BIG},0,0,{BIG},{BIG},0,0,{BIG},0"
    results = read_results_csv(io.StringIO(f"{HEADER},paslon_1,paslon_2\n{row}\n"))
    assert decide(results, election="bupati").elected == 1
