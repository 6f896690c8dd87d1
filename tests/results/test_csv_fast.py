from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilkada.results import (
    ResultsCsvError,
    TpsResults,
    csv_fast,
    read_results_csv,
    write_results_csv,
)
from pilkada.results.csv import sniff_delimiter
from tests.strategies import KAB, result_sets

pytest.importorskip("pyarrow")


def _text(records, delimiter=",") -> str:
    buffer = io.StringIO()
    write_results_csv(records, buffer)
    return buffer.getvalue().replace(",", delimiter)


def _careful(text: str) -> object:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(csv_fast, "_pyarrow", lambda: None)
        return _outcome(text)


def _outcome(text: str) -> object:
    try:
        return list(read_results_csv(io.StringIO(text)))
    except ResultsCsvError as error:
        return [(e.line, e.column, e.value, e.problem) for e in error.errors], error.delimiter


def test_a_semicolon_csv_from_excel_reads_as_the_comma_one(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_text("\ufeff" + _text(KAB, ";").replace("\n", "\r\n"), encoding="utf-8")
    assert list(read_results_csv(path)) == KAB
    assert sniff_delimiter("kode_tps;jumlah_paslon") == ";"
    assert sniff_delimiter("kode_tps,jumlah_paslon") == ","


def test_every_error_names_the_delimiter():
    text = _text(KAB, ";").replace(";200;", ";2x0;", 1)
    with pytest.raises(ResultsCsvError) as info:
        read_results_csv(io.StringIO(text))
    assert info.value.delimiter == ";"
    assert "separated by ';'" in str(info.value)
    with pytest.raises(ResultsCsvError) as header:
        read_results_csv(io.StringIO("kode_tps\tdpt\n"))
    assert "separated by ','" in str(header.value)
    assert "missing" in header.value.errors[0].problem


def test_the_fast_reader_takes_plain_files_and_leaves_the_rest():
    header, _, body = _text(KAB).partition("\n")
    names = header.split(",")
    batch = csv_fast.read_fast(names, body.encode(), ",", None, None, 8192)
    assert batch is not None
    assert list(batch) == KAB
    for change in ("0x1F", "+5", "", "1e3", "٥"):  # each read carefully, and refused there
        changed = body.replace(",200,", f",{change},", 1)
        assert csv_fast.read_fast(names, changed.encode(), ",", None, None, 8192) is None
    repeated = body + body.splitlines()[0] + "\n"
    assert csv_fast.read_fast(names, repeated.encode(), ",", None, None, 8192) is None


@settings(max_examples=40, deadline=None)
@given(
    records=result_sets(),
    delimiter=st.sampled_from([",", ";"]),
    dotted=st.booleans(),
    edit=st.sampled_from(["", "0x1F", "+5", " 7 ", '"8"', "", "-", "99999999999999999999"]),
    where=st.integers(0, 10_000),
)
def test_the_fast_and_the_careful_reader_agree(records, delimiter, dotted, edit, where):
    text = _text(records, delimiter)
    if dotted:
        text = "\n".join(
            [text.split("\n")[0]]
            + [str(r.tps) + line[13:] for r, line in zip(
                TpsResults.from_records(records), text.split("\n")[1:], strict=False)]
        ) + "\n"  # fmt: skip
    cells = text.split(delimiter)
    if edit and len(cells) > 20:
        k = 17 + where % (len(cells) - 18)  # a cell past the header
        if "\n" not in cells[k]:
            cells[k] = edit
    text = delimiter.join(cells)
    assert _outcome(text) == _careful(text)


def test_progress_from_the_fast_reader_is_monotone_and_ends_at_the_total(tmp_path):
    path = tmp_path / "hasil.csv"
    write_results_csv(KAB, path)
    calls: list[tuple[int, int]] = []
    read_results_csv(path, progress=lambda done, total: calls.append((done, total)))
    size = path.stat().st_size
    assert calls[0][1] == size
    assert calls[-1] == (size, size)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_the_fast_reader_reads_an_empty_kolom_kosong_as_0_and_leaves_odd_codes():
    header, _, body = _text(KAB).partition("\n")
    names = header.split(",")
    rows = body.splitlines()
    blank = "\n".join(r.replace(",2,0,", ",2,,", 1) for r in rows) + "\n"  # kolom kosong empty
    assert blank != body
    batch = csv_fast.read_fast(names, blank.encode(), ",", None, None, 8192)
    assert batch is not None
    assert list(batch) == KAB

    def dot(c: str) -> str:
        return f"{c[:2]}.{c[2:4]}.{c[4:6]}.{c[6:10]}.{c[10:]}"

    all_dotted = "".join(f"{dot(r[:13])}{r[13:]}\n" for r in rows)
    read = csv_fast.read_fast(names, all_dotted.encode(), ",", None, None, 8192)
    assert read is not None
    assert list(read) == KAB
    code = rows[0][:13]
    dotted = dot(code)
    for odd in (dotted[:-1], f"{code[:2]}.{code[2:]}", code[:12]):  # left to the careful reader
        changed = body.replace(code, odd, 1)
        assert csv_fast.read_fast(names, changed.encode(), ",", None, None, 8192) is None
        with pytest.raises(ResultsCsvError) as info:
            read_results_csv(io.StringIO(f"{header}\n{changed}"))
        assert info.value.errors[0].value == odd
