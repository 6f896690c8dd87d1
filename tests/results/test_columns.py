from __future__ import annotations

import numpy as np
import pytest

from pilkada.errors import PilkadaTypeError, PilkadaValueError
from pilkada.results import TpsResults, recapitulate
from pilkada.results.fields import FIELD_NAMES
from tests.strategies import KAB


def _columns(batch: TpsResults) -> dict:
    return {k: v.copy() if k != "votes" else [c.copy() for c in v]
            for k, v in batch.to_numpy().items()}  # fmt: skip


def test_to_numpy_reads_back_through_from_columns_with_int_codes():
    batch = TpsResults.from_records(KAB)
    columns = batch.to_numpy()
    assert columns["tps"].dtype == np.int64
    assert not columns["dpt"].flags.writeable  # shared with the batch, which never changes
    assert list(TpsResults.from_columns(**columns)) == KAB
    shuffled = {k: v[::-1] if k != "votes" else [c[::-1] for c in v] for k, v in columns.items()}
    assert list(TpsResults.from_columns(**shuffled)) == KAB  # sorted by code on the way in


def test_a_numpy_column_is_copied_so_that_the_batch_never_changes():
    columns = _columns(TpsResults.from_records(KAB))
    batch = TpsResults.from_columns(**columns)
    columns["dpt"][0] = 1
    columns["votes"][0][0] = 9
    assert list(batch) == KAB


def test_int_codes_are_checked_as_string_codes_are():
    columns = _columns(TpsResults.from_records(KAB))
    columns["tps"][3] = 3316020000001  # desa 0000
    with pytest.raises(PilkadaValueError) as info:
        TpsResults.from_columns(**columns)
    assert info.value.field == "tps[3]"
    assert "desa/kelurahan number 0000" in info.value.problem
    columns["tps"][3] = 331602200100  # 12 digits
    with pytest.raises(PilkadaValueError) as short:
        TpsResults.from_columns(**columns)
    assert (short.value.field, short.value.value) == ("tps[3]", "331602200100")


def test_values_beyond_int64_or_not_ints_are_refused_by_the_one_count_check():
    columns = _columns(TpsResults.from_records(KAB))
    with pytest.raises(PilkadaValueError) as big:
        TpsResults.from_columns(**{**columns, "dpt": np.full(5, 2**63, dtype=np.uint64)})
    assert (big.value.field, big.value.value) == ("dpt[0]", 2**63)
    with pytest.raises(PilkadaTypeError) as flags:
        TpsResults.from_columns(**{**columns, "dptb": np.zeros(5, dtype=bool)})
    assert flags.value.field == "dptb[0]"
    with pytest.raises(PilkadaTypeError):
        TpsResults.from_columns(**{**columns, "valid": np.full(5, 1.0)})


def test_sums_that_could_overflow_are_made_exactly_and_refused_only_beyond_64_bits():
    columns = _columns(TpsResults.from_records(KAB[:2]))  # two TPS in one desa
    huge = {**columns, "dpt": np.array([2**62, 2**62 - 1]), "voters_dpt": np.array([3, -(2**62)])}
    recap = recapitulate(TpsResults.from_columns(**huge), level="desa")
    assert (recap[0].dpt, recap[0].voters_dpt) == (2**63 - 1, 3 - 2**62)  # exact, no wrap
    beyond = {**columns, "dpt": np.array([2**62, 2**62])}
    with pytest.raises(PilkadaValueError) as info:
        recapitulate(TpsResults.from_columns(**beyond), level="desa")
    assert (info.value.field, info.value.problem) == ("results", "an area's sum is beyond 64 bits")


def test_from_pandas_reads_what_to_pandas_writes():
    pytest.importorskip("pandas")
    batch = TpsResults.from_records(KAB)
    assert list(TpsResults.from_pandas(batch.to_pandas())) == KAB
    with pytest.raises(PilkadaValueError) as info:
        TpsResults.from_pandas(batch.to_pandas().drop(columns=["dpt"]))
    assert (info.value.field, info.value.problem) == ("frame", "missing ['dpt']")
    with pytest.raises(PilkadaTypeError):
        TpsResults.from_pandas("kode_tps,dpt")


def test_from_arrow_shares_arrow_memory_and_takes_polars_frames():
    pa = pytest.importorskip("pyarrow")
    columns = TpsResults.from_records(KAB).to_numpy()
    data = {k: pa.array(v) for k, v in columns.items() if k != "votes"}
    data.update({f"votes_{k}": pa.array(v) for k, v in enumerate(columns["votes"], start=1)})
    table = pa.table(data)
    batch = TpsResults.from_arrow(table)
    assert list(batch) == KAB
    source = np.frombuffer(table["dpt"].chunk(0).buffers()[1], dtype=np.int64)
    assert np.shares_memory(batch.to_numpy()["dpt"], source)  # no copy
    pl = pytest.importorskip("polars")
    frame = pl.from_arrow(table)
    assert list(TpsResults.from_arrow(frame)) == KAB
    with_nulls = table.set_column(1, "pairs", pa.array([1, None, 1, 1, 1]))
    with pytest.raises((PilkadaTypeError, PilkadaValueError)):
        TpsResults.from_arrow(with_nulls)
    assert set(FIELD_NAMES) <= set(table.column_names)


def test_votes_as_one_2d_array_and_an_empty_batch():
    columns = TpsResults.from_records(KAB).to_numpy()
    stacked = np.array(columns["votes"])  # one row per pair
    assert stacked.shape == (3, len(KAB))
    assert list(TpsResults.from_columns(**{**columns, "votes": stacked})) == KAB
    empty = {k: [] for k in columns if k != "votes"}
    assert len(TpsResults.from_columns(**empty, votes=[[]])) == 0
    as_ints = {k: np.zeros(0, dtype=np.int64) for k in columns if k != "votes"}
    batch = TpsResults.from_columns(**as_ints, votes=[np.zeros(0, dtype=np.int64)])
    assert len(batch) == 0
    assert batch.validate() == []


def test_string_codes_not_of_13_ascii_digits_are_refused_naming_the_first():
    columns = _columns(TpsResults.from_records(KAB))
    codes = [str(c) for c in columns["tps"].tolist()]
    cases = [
        (2, codes[2][:12]),  # 12 digits
        (1, codes[1][:12] + "x"),  # a letter
        (4, codes[4][:12] + "\u0661"),  # an Arabic-Indic one: a digit, not ASCII
    ]
    for i, bad in cases:
        given = [*codes[:i], bad, *codes[i + 1 :]]
        with pytest.raises(PilkadaValueError) as info:
            TpsResults.from_columns(**{**columns, "tps": given})
        assert (info.value.field, info.value.value) == (f"tps[{i}]", bad)
        assert info.value.rule == "13 digits, dots optional"
    with pytest.raises(PilkadaTypeError) as mixed:
        TpsResults.from_columns(**{**columns, "tps": [*codes[:3], int(codes[3]), codes[4]]})
    assert (mixed.value.field, mixed.value.value) == ("tps[3]", int(codes[3]))
    assert mixed.value.rule == "a TPS code"


def test_an_arrow_column_without_a_data_buffer_reads_as_empty():
    pa = pytest.importorskip("pyarrow")
    bare = pa.Array.from_buffers(pa.int64(), 0, [None, None])  # length 0, no buffer at all
    columns = {k: bare for k in TpsResults.from_records(KAB).to_numpy() if k != "votes"}
    batch = TpsResults.from_columns(**columns, votes=[bare])
    assert len(batch) == 0
    chunked = pa.chunked_array([pa.array([1, 2], pa.int64()), pa.array([3], pa.int64())])
    source = TpsResults.from_records(KAB[:3]).to_numpy()
    joined = TpsResults.from_columns(**{**source, "dpt": chunked}).to_numpy()["dpt"]
    assert joined.tolist() == [1, 2, 3]  # several chunks are joined


def test_a_column_of_python_ints_of_any_container_and_of_the_wrong_length():
    columns = _columns(TpsResults.from_records(KAB))
    dpt = columns["dpt"].tolist()
    boxed = np.array(dpt, dtype=object)  # ints, boxed: checked one by one, then kept
    assert list(TpsResults.from_columns(**{**columns, "dpt": boxed})) == KAB
    assert list(TpsResults.from_columns(**{**columns, "dpt": iter(dpt)})) == KAB
    with pytest.raises(PilkadaValueError) as info:
        TpsResults.from_columns(**{**columns, "dpt": dpt[:-1]})
    assert (info.value.field, info.value.value) == ("dpt", len(KAB) - 1)
    assert info.value.rule == "one value for each TPS"
    with pytest.raises(PilkadaValueError) as none:
        TpsResults.from_columns(**{**columns, "votes": []})
    assert (none.value.field, none.value.rule) == ("votes", "pair 1's votes at least")
