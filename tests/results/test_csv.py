from __future__ import annotations

import io

import pytest

from pilkada.results import ResultsCsvError, TpsResults, read_results_csv, write_results_csv
from pilkada.results import csv as results_csv
from tests.strategies import KAB


def test_csv_round_trip(tmp_path):
    path = tmp_path / "hasil.csv"
    write_results_csv(KAB, path)
    header = path.read_text().splitlines()[0]
    assert header == (
        "kode_tps,jumlah_paslon,dpt,dptb,pengguna_dpt,pengguna_dptb,pengguna_dpk,"
        "surat_suara_digunakan,suara_sah,suara_tidak_sah,kolom_kosong,paslon_1,paslon_2,paslon_3"
    )
    assert list(read_results_csv(path)) == KAB
    buffer = io.StringIO()
    write_results_csv(TpsResults.from_records(KAB), buffer)
    buffer.seek(0)
    assert list(read_results_csv(buffer)) == KAB


def test_csv_errors_listed_with_line_and_column():
    buffer = io.StringIO()
    write_results_csv(KAB, buffer)
    lines = buffer.getvalue().splitlines()
    lines[2] = lines[2].replace(",200,", ",2x0,", 1)  # line 3
    lines[4] = "33.16.01.2001.001" + lines[4][13:]  # line 5 repeats line 2's TPS
    lines.append("12,3")  # line 7: too few cells
    lines.insert(6, "3316012009001,2,300,2,1,1,0,2,2,0,,1,1,")  # line 7; the short row is 8
    with pytest.raises(ResultsCsvError) as info:
        read_results_csv(io.StringIO("\n".join(lines) + "\n"))
    errors = info.value.errors
    assert [(e.line, e.column) for e in errors] == [(3, "suara_sah"), (5, "kode_tps"), (8, "*")]
    assert "line 3, column suara_sah" in str(info.value)
    assert "first on line 2" in errors[1].problem


def test_csv_bad_header():
    with pytest.raises(ResultsCsvError, match="line 1"):
        read_results_csv(io.StringIO("kode_tps,dpt\n"))


def test_read_results_csv_reports_monotone_progress_ending_at_the_total(monkeypatch, tmp_path):
    hasil = tmp_path / "hasil.csv"
    write_results_csv(KAB, hasil)
    monkeypatch.setattr(results_csv, "PROGRESS_ROWS", 2)
    calls = []
    batch = read_results_csv(hasil, progress=lambda done, total: calls.append((done, total)))
    assert len(batch) == 5
    size = hasil.stat().st_size
    assert len(calls) == 4  # the start, after rows 2 and 4, and the end
    assert {total for _, total in calls} == {size}
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert all(0 <= d <= size for d in done)
    assert calls[-1] == (size, size)
    with hasil.open(encoding="utf-8", newline="") as handle:  # an open file: its size is known
        calls.clear()
        read_results_csv(handle, progress=lambda done, total: calls.append((done, total)))
        assert calls[-1] == (size, size)
    calls.clear()
    text = hasil.read_text(encoding="utf-8")
    assert len(read_results_csv(io.StringIO(text), progress=lambda *a: calls.append(a))) == 5
    assert calls == []  # no size to report
