from __future__ import annotations

import random
from fractions import Fraction
from itertools import pairwise

import attrs
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilkada.errors import PilkadaTypeError, PilkadaValueError
from pilkada.regions import AreaLevel, RegionCode
from pilkada.results import AnomalyKind, Recap, TpsResult, TpsResults, recapitulate
from pilkada.results.fields import FIELD_NAMES
from pilkada.results.kernels import group_sums
from pilkada.results.records import table_of
from tests.strategies import KAB, result_sets, tps, tps_columns


def test_hand_made_kabupaten():
    kec = recapitulate(KAB, level=AreaLevel.KECAMATAN)
    assert [str(r.area) for r in kec] == ["33.16.01", "33.16.02"]
    assert [r.votes for r in kec] == [(240, 215, 45), (70, 90, 35)]
    assert [r.tps for r in kec] == [3, 2]
    desa = recapitulate(KAB, level="desa")
    assert [r.votes for r in desa] == [(190, 175, 35), (50, 40, 10), (70, 90, 35)]
    kab = recapitulate(KAB, level=AreaLevel.KABUPATEN_KOTA)
    (row,) = kab
    assert row.votes == (310, 305, 80)
    assert row.valid == 695
    assert row.invalid == 10
    assert row.dpt == 1500
    assert row.turnout == Fraction(705, 1510)
    assert row.turnout_text() == "46,69%"
    assert row.turnout_text(decimals=0, locale="en") == "47%"
    assert kab.total == row
    assert kec.row("33.16.02").votes == (70, 90, 35)
    with pytest.raises(PilkadaValueError):
        kec.row("33.16.03")


def test_anomalies_carried_up_with_location():
    bad = [*KAB[:-1], attrs.evolve(KAB[-1], invalid=9)]
    kec = recapitulate(bad, level=AreaLevel.KECAMATAN)
    assert kec[0].anomalies == ()
    (anomaly,) = kec[1].anomalies
    assert str(anomaly.tps) == "33.16.02.2001.002"
    assert anomaly.kind is AnomalyKind.BALLOTS_VS_SPLIT
    assert (anomaly.found, anomaly.expected) == (37, 44)
    prov = recapitulate(kec, level=AreaLevel.PROVINSI)
    assert prov[0].anomalies == (anomaly,)


def test_recap_is_exact_for_any_int64_column():
    # Counts are packed side by side for speed; a column that could overflow its lane (huge or
    # negative values, including a negative first row) must still be summed exactly.
    huge, big = 2**62, 2**61
    batch = TpsResults.from_columns(
        tps=["3316012001001", "3316012001002", "3316012001003", "3316012002001"],
        pairs=[2, 2, 2, 2], dpt=[-7, huge, huge - 10, 3], dptb=[0, 1, 2, 3],
        voters_dpt=[big, big, 0, 1], voters_dptb=[0, 0, 0, 0], voters_dpk=[1, 1, 1, 1],
        ballots_used=[4, 5, 6, 7], valid=[3, 4, 5, 6], invalid=[1, 1, 1, 1],
        votes=[[-1, 5, 6, 2], [4, 0, 0, 4]],
    )  # fmt: skip
    desa = recapitulate(batch, level=AreaLevel.DESA)
    assert [r.dpt for r in desa] == [2 * huge - 17, 3]
    assert [r.voters_dpt for r in desa] == [2 * big, 1]
    assert [r.votes for r in desa] == [(10, 4), (2, 4)]
    assert [(r.tps, r.dptb, r.ballots_used, r.valid) for r in desa] == [
        (3, 3, 15, 12),
        (1, 3, 7, 6),
    ]
    kab = recapitulate(batch, level=AreaLevel.KABUPATEN_KOTA)
    assert kab[0].votes == (12, 8)
    assert kab[0].dpt == 2 * huge - 14
    # at the edge of packing: 2**40 - 1 is packed, 2**40 is not; both exact
    for top in (2**40 - 1, 2**40):
        edge = TpsResults.from_records(
            [tps(f"33.16.01.2001.00{i}", (top, 1), dpt=top + 10, invalid=0) for i in (1, 2)]
        )
        (row,) = recapitulate(edge, level=AreaLevel.DESA)
        assert (row.votes, row.dpt, row.valid) == ((2 * top, 2), 2 * top + 20, 2 * top + 2)
        assert edge.validate() == []


def test_recapitulate_levels():
    with pytest.raises(PilkadaValueError):
        recapitulate(KAB, level=AreaLevel.TPS)
    kab = recapitulate(KAB, level=AreaLevel.KABUPATEN_KOTA)
    with pytest.raises(PilkadaValueError):
        recapitulate(kab, level=AreaLevel.KECAMATAN)


LEVELS = [AreaLevel.DESA, AreaLevel.KECAMATAN, AreaLevel.KABUPATEN_KOTA, AreaLevel.PROVINSI]
FIELDS = ["tps", "dpt", "dptb", "voters_dpt", "voters_dptb", "voters_dpk", "ballots_used",
          "valid", "invalid", "kolom_kosong"]  # fmt: skip


def rows(recap: Recap) -> list[tuple[object, ...]]:
    return [(r.area, r.votes, r.pairs, r.anomalies, *(getattr(r, f) for f in FIELDS))
            for r in recap]  # fmt: skip


@settings(max_examples=60)
@given(result_sets(), st.randoms(use_true_random=False))
def test_recap_is_the_sum_of_the_level_below(results, rnd):
    shuffled = results[:]
    rnd.shuffle(shuffled)
    below = None
    for level in LEVELS:
        recap = recapitulate(results, level=level)
        # independent of input order
        assert rows(recapitulate(shuffled, level=level)) == rows(recap)
        # equal to the sum of the level below (the TPS themselves for the desa)
        parts = below if below is not None else results
        for row in recap:
            inside = [p for p in parts if _code(p).startswith(row.area.digits)]
            assert row.votes == tuple(map(sum, zip(*(p.votes for p in inside), strict=True)))
            for field in FIELDS[1:]:
                assert getattr(row, field) == sum(getattr(p, field) for p in inside)
            assert row.tps == sum(1 if isinstance(p, TpsResult) else p.tps for p in inside)
        # and recapitulating the recap gives the same rows
        if below is not None:
            assert rows(recapitulate(below, level=level)) == rows(recap)
        # never a vote lost
        assert sum(map(sum, (r.votes for r in recap))) == sum(sum(r.votes) for r in results)
        below = recap
    ordered = sorted(results, key=lambda r: r.tps.digits)
    anomalies = [a for r in ordered for a in r.validate()]
    assert TpsResults.from_records(results).validate() == anomalies
    assert below is not None
    assert [a for r in below for a in r.anomalies] == anomalies


def _code(part: TpsResult | object) -> str:
    return part.tps.digits if isinstance(part, TpsResult) else part.area.digits  # type: ignore[attr-defined]


def test_random_national_sample_is_exact():
    rng = random.Random(7)  # noqa: S311 (test data, not cryptography)
    results = [
        tps(f"33{k:02d}{c:02d}{2000 + d:04d}{n:03d}", tuple(rng.randint(0, 99) for _ in range(4)))
        for k in (1, 2) for c in (1, 2, 3) for d in (1, 2) for n in (1, 2, 3)
    ]  # fmt: skip
    prov = recapitulate(results, level="provinsi")
    assert prov[0].votes == tuple(sum(r.votes[i] for r in results) for i in range(4))
    assert prov.total.area == RegionCode("33")


@settings(max_examples=80)
@given(tps_columns())
def test_packed_and_exact_group_sums_agree_on_every_input(data):
    fields, votes, bounds = data
    columns = [*fields, *votes]
    groups = list(pairwise(bounds))
    starts = np.array(bounds[:-1], dtype=np.intp)
    plain = [[sum(c[a:b]) for a, b in groups] for c in columns]
    columns = [np.asarray(c, dtype=np.int64) for c in columns]
    if any(not -(2**63) <= total < 2**63 for sums in plain for total in sums):
        for fast in (True, False):  # a sum beyond 64 bits is refused, whatever the path
            with pytest.raises(PilkadaValueError) as info:
                group_sums(columns, starts, fast=fast)
            assert info.value.field == "results"
        return
    packed = group_sums(columns, starts)
    assert [c.tolist() for c in packed] == [
        c.tolist() for c in group_sums(columns, starts, fast=False)
    ]
    assert [c.tolist() for c in packed] == plain


@settings(max_examples=60)
@given(tps_columns())
def test_recapitulation_totals_do_not_depend_on_the_path(data):
    fields, votes, _ = data
    n = len(fields[0])
    codes = [f"33160{1 + i % 2}200{1 + i % 3}{i + 1:03d}" for i in range(n)]
    batch = TpsResults.from_columns(
        tps=codes, votes=votes, **dict(zip(FIELD_NAMES, fields, strict=True))
    )
    table = table_of(batch)
    for length in (10, 6, 4, 2):
        try:
            fast = table.aggregate(length)
        except PilkadaValueError:  # a sum beyond 64 bits: refused on both paths
            with pytest.raises(PilkadaValueError):
                table.aggregate(length, fast=False)
            break
        slow = table.aggregate(length, fast=False)
        assert fast.codes == slow.codes
        assert [c.tolist() for c in (*fast.columns, *fast.votes, fast.tps)] == [
            c.tolist() for c in (*slow.columns, *slow.votes, slow.tps)
        ]


def test_level_is_an_area_level_or_its_name():
    assert recapitulate(KAB, level="KABUPATEN_KOTA").level is AreaLevel.KABUPATEN_KOTA
    assert recapitulate(KAB, level="desa/kelurahan").level is AreaLevel.DESA
    with pytest.raises(PilkadaTypeError) as info:
        recapitulate(KAB, level=5)  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == ("level", 5)
    assert "KECAMATAN" in info.value.rule
    with pytest.raises(PilkadaValueError) as unknown:
        recapitulate(KAB, level="dusun")
    assert (unknown.value.field, unknown.value.value) == ("level", "dusun")
    rows = list(recapitulate(KAB, level="kecamatan"))
    assert list(Recap.from_rows("kecamatan", rows)) == rows
    with pytest.raises(PilkadaTypeError):
        Recap.from_rows(None, rows)  # type: ignore[arg-type]


def test_rows_read_back_are_held_to_what_recapitulate_could_have_made():
    kec = list(recapitulate(KAB, level="kecamatan"))
    desa = list(recapitulate(KAB, level="desa"))
    with pytest.raises(PilkadaTypeError) as not_row:
        Recap.from_rows("kecamatan", [kec[0], "33.16.02"])  # type: ignore[list-item]
    assert (not_row.value.field, not_row.value.value) == ("rows[1]", "33.16.02")
    assert not_row.value.rule == "RecapRow"
    with pytest.raises(PilkadaValueError) as level:
        Recap.from_rows("kecamatan", [kec[0], desa[2]])
    assert (level.value.field, level.value.value) == ("rows[1].area", "33.16.02.2001")
    assert level.value.rule == "a KECAMATAN"
    for rows in ([kec[1], kec[0]], [kec[0], kec[0]]):  # out of order, or repeated
        with pytest.raises(PilkadaValueError) as order:
            Recap.from_rows("kecamatan", rows)
        assert (order.value.field, order.value.rule) == ("rows[1].area", "sorted codes")
    wide = attrs.evolve(kec[1], votes=(*kec[1].votes, 0))  # a fourth, empty column
    with pytest.raises(PilkadaValueError) as width:
        Recap.from_rows("kecamatan", [kec[0], wide])
    assert (width.value.field, width.value.rule) == ("rows[1].votes", "equal widths")


def test_an_anomaly_read_back_must_lie_in_its_row_in_tps_order():
    bad = [attrs.evolve(KAB[0], invalid=9), *KAB[1:-1], attrs.evolve(KAB[-1], invalid=9)]
    kec = list(recapitulate(bad, level="kecamatan"))
    (first,), (last,) = kec[0].anomalies, kec[1].anomalies
    assert list(Recap.from_rows("kecamatan", kec)) == kec
    outside = attrs.evolve(kec[0], anomalies=(last,))
    with pytest.raises(PilkadaValueError) as info:
        Recap.from_rows("kecamatan", [outside, kec[1]])
    assert info.value.field == "rows[0].anomalies"
    assert info.value.value == ["3316022001002"]
    assert info.value.rule == "sorted"
    prov = recapitulate(bad, level="kabupaten_kota")[0]
    assert prov.anomalies == (first, last)
    reversed_ = attrs.evolve(prov, anomalies=(last, first))
    with pytest.raises(PilkadaValueError) as order:
        Recap.from_rows("kabupaten_kota", [reversed_])
    assert order.value.field == "rows[0].anomalies"


def test_a_row_is_as_wide_as_its_ballots_and_its_sums_are_ints():
    row = recapitulate(KAB, level="kecamatan")[0]
    with pytest.raises(PilkadaValueError) as narrow:
        attrs.evolve(row, votes=row.votes[:2])  # three pairs on the ballot, two counts
    assert (narrow.value.field, narrow.value.value) == ("votes", row.votes[:2])
    assert narrow.value.rule.startswith("one count per pair")
    with pytest.raises(PilkadaTypeError) as flag:
        attrs.evolve(row, dpt=True)
    assert (flag.value.field, flag.value.value, flag.value.rule) == ("dpt", True, "an int")


def test_the_total_of_an_empty_recap_is_refused_and_provinces_total_as_one():
    empty = Recap.from_rows("kecamatan", [])
    with pytest.raises(PilkadaValueError) as info:
        _ = empty.total
    assert (info.value.field, info.value.value) == ("recap", 0)
    assert info.value.rule == "some results"
    jateng = recapitulate(KAB, level="provinsi")[0]
    jatim = attrs.evolve(jateng, area=RegionCode("35"))
    total = Recap.from_rows("provinsi", [jateng, jatim]).total
    assert str(total.area) == "33"  # several provinces: labelled by the first
    assert total.votes == tuple(2 * v for v in jateng.votes)
    assert total.tps == 2 * jateng.tps


def _desa_batch(n: int, dpt: list[int]) -> TpsResults:
    """``n`` TPS, one in each desa of kecamatan 33.16.01 (desa 2001 on), only the DPT filled."""
    zeros = [0] * n
    return TpsResults.from_columns(
        tps=[f"331601{2001 + i:04d}001" for i in range(n)], pairs=[1] * n, dpt=dpt,
        dptb=zeros, voters_dpt=zeros, voters_dptb=zeros, voters_dpk=zeros,
        ballots_used=zeros, valid=zeros, invalid=zeros, votes=[zeros],
    )  # fmt: skip


def test_the_total_of_a_long_recap_is_exact_even_beyond_64_bits():
    n = 4100  # more rows than a short column summed by Python alone
    small = recapitulate(_desa_batch(n, list(range(n))), level="desa")
    assert len(small) == n
    assert small.total.dpt == n * (n - 1) // 2
    assert (small.total.tps, str(small.total.area)) == (n, "33.16.01")
    huge = recapitulate(_desa_batch(n, [2**62] * n), level="desa")
    assert huge.total.dpt == n * 2**62  # beyond int64: summed exactly, not wrapped


def test_an_empty_batch_recapitulates_to_an_empty_recap():
    empty = _desa_batch(0, [])
    for level in ("desa", "kecamatan", "provinsi"):
        assert len(recapitulate(empty, level=level)) == 0


def test_group_sums_of_no_groups_are_empty_columns():
    column = np.zeros(0, dtype=np.int64)
    for fast in (True, False):
        (sums,) = group_sums([column], np.zeros(0, dtype=np.intp), fast=fast)
        assert sums.dtype == np.int64
        assert len(sums) == 0
