from __future__ import annotations

from array import array

import attrs
import pytest
from hypothesis import given, settings

from pilkada.errors import PilkadaValueError
from pilkada.law import Certainty
from pilkada.results import AnomalyKind, TpsResult, TpsResults
from pilkada.results.checks import BALANCES, anomalies, broken_rows, suspect_rows
from pilkada.results.fields import FIELD_NAMES
from pilkada.results.records import table_of
from tests.strategies import KAB, tps, tps_columns


def kinds(result: TpsResult) -> list[AnomalyKind]:
    return [a.kind for a in result.validate()]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"invalid": 5}, [AnomalyKind.BALLOTS_VS_SPLIT]),
        ({"ballots_used": 150}, [AnomalyKind.VOTERS_VS_BALLOTS, AnomalyKind.BALLOTS_VS_SPLIT]),
        ({"valid": 201, "invalid": 1}, [AnomalyKind.VOTES_VS_VALID]),
        ({"dpt": 100}, [AnomalyKind.OVER_DPT]),
        ({"dptb": 0}, [AnomalyKind.OVER_DPTB]),
        ({"voters_dpk": -1, "voters_dpt": 202},
         [AnomalyKind.NEGATIVE]),
    ],
)  # fmt: skip
def test_anomaly_kinds(change, expected):
    changed = attrs.evolve(KAB[0], **change)
    assert kinds(changed) == expected
    # a batch finds the same, whether all its counts are small (checked as whole columns) or
    # one is not (checked value by value)
    for huge in (0, 2**50):
        batch = TpsResults.from_records([changed, *KAB[1:], tps(
            "33.17.01.2001.001", (1,), dpt=huge + 300, voters_dpt=huge + 2, ballots_used=huge + 3,
            invalid=huge + 2)])  # fmt: skip
        assert [(a.tps, a.kind) for a in batch.validate()] == [(changed.tps, k) for k in expected]


def test_negative_votes_and_unknown_candidates():
    r = attrs.evolve(KAB[0], votes=(100, -5, 20), valid=115, invalid=87)
    assert [a.field for a in r.validate()] == ["paslon_2"]
    assert r.validate()[0].kind is AnomalyKind.NEGATIVE
    extra = tps("33.16.01.2001.001", (100, 80, 20, 4), pairs=3)
    (unknown,) = extra.validate()
    assert unknown.kind is AnomalyKind.UNKNOWN_CANDIDATE
    assert unknown.field == "paslon_4"
    assert "paslon nomor urut 4" in unknown.message()
    assert "TPS 33.16.01.2001.001" in unknown.message(locale="en")
    kk = tps("33.16.01.2001.001", (100, 80), kk=3)
    assert [a.kind for a in kk.validate()] == [AnomalyKind.UNKNOWN_CANDIDATE]
    assert kk.validate()[0].certainty is Certainty.PROVISIONAL


# -- the rules, written once, read by both paths -----------------------------------------------


def _row(columns: list[array[int]], i: int) -> list[int]:
    return [c[i] for c in columns]


@settings(max_examples=80)
@given(tps_columns())
def test_the_column_kernels_agree_with_the_rules_on_every_input(data):
    fields, votes, _ = data
    n = len(fields[0])
    for rule in BALANCES:
        plain = {
            i for i in range(n) if rule.is_broken(*rule.sides(_row(fields, i), _row(votes, i)))
        }
        assert set(broken_rows(rule, fields, votes)) == plain
        assert set(broken_rows(rule, fields, votes, fast=False)) == plain
    # every row the columns flag has an anomaly, and every row with one is flagged
    codes = [f"3316012001{i + 1:03d}" for i in range(n)]
    flagged = {i for i in range(n) if anomalies(codes[i], _row(fields, i), _row(votes, i))}
    assert suspect_rows(fields, votes) == flagged
    assert suspect_rows(fields, votes, fast=False) == flagged
    # and a batch reports exactly what its records report one by one
    batch = TpsResults.from_columns(
        tps=codes, votes=votes, **dict(zip(FIELD_NAMES, fields, strict=True))
    )
    assert batch.validate() == [a for record in batch for a in record.validate()]


def test_each_balance_is_stated_once_with_its_sides():
    assert [rule.kind for rule in BALANCES] == [
        AnomalyKind.OVER_DPT,
        AnomalyKind.OVER_DPTB,
        AnomalyKind.VOTERS_VS_BALLOTS,
        AnomalyKind.BALLOTS_VS_SPLIT,
        AnomalyKind.VOTES_VS_VALID,
    ]
    (votes_rule,) = [rule for rule in BALANCES if rule.with_votes]
    assert votes_rule.sides([0] * 7 + [10, 0, 1], [4, 5]) == (10, 10)
    assert not votes_rule.is_broken(10, 10)


def test_anomaly_numbers_are_grouped_by_the_locale():
    r = tps("33.16.01.2001.001", (10_000, 2_000), dpt=30_000, ballots_used=1_234_567)
    anomaly = next(a for a in r.validate() if a.kind is AnomalyKind.VOTERS_VS_BALLOTS)
    assert "(1.234.567)" in anomaly.message()
    assert "(1,234,567)" in anomaly.message(locale="en")


# -- the stray-vote rule at its boundary, through TpsResult / TpsResults.validate --------------


def test_the_kolom_kosong_stands_only_against_a_single_pair():
    single = tps("33.16.01.2001.001", (100,), kk=40)
    assert single.validate() == []  # one pair: the kolom kosong is on the ballot
    two = tps("33.16.01.2001.001", (100, 80), kk=1_500, dpt=3_000)
    (stray,) = two.validate()
    assert (stray.kind, stray.field, stray.found, stray.expected) == (
        AnomalyKind.UNKNOWN_CANDIDATE, "kolom_kosong", 1_500, None,
    )  # fmt: skip
    assert stray.message_id == "1.500 suara untuk kolom kosong, padahal ada 2 paslon."
    assert stray.message_en == "1,500 votes for the kolom kosong, but 2 pairs stand."


def test_votes_for_a_pair_past_the_ballot_are_named_in_both_languages():
    (stray,) = tps("33.16.01.2001.001", (100, 80, 1_200), pairs=2, dpt=3_000).validate()
    assert (stray.field, stray.found) == ("paslon_3", 1_200)
    assert stray.message_id == (
        "1.200 suara untuk paslon nomor urut 3, padahal hanya ada 2 paslon."
    )
    assert stray.message_en == "1,200 votes for pair no. 3, but only 2 pair(s) stand."


def test_balance_messages_group_both_numbers_by_the_locale():
    r = tps("33.16.01.2001.001", (1_000, 2_000), dpt=30_000, ballots_used=1_234_567)
    anomaly = next(a for a in r.validate() if a.kind is AnomalyKind.BALLOTS_VS_SPLIT)
    assert anomaly.message_id == (
        "surat suara digunakan (1.234.567) tidak sama dengan suara sah + tidak sah (3.002)."
    )
    assert anomaly.message_en == (
        "ballots used (1,234,567) differ from valid + invalid votes (3,002)."
    )


def test_a_batch_finds_stray_votes_in_every_run_of_ballot_sizes():
    records = [
        tps("33.16.01.2001.001", (100, 80, 0), pairs=2),
        tps("33.16.01.2001.002", (90, 95, 0), pairs=2),
        tps("33.16.01.2002.001", (50, 40, 7), pairs=2),  # stray, in the first run
        tps("33.16.02.2001.001", (60, 70, 30)),
        tps("33.16.02.2001.002", (10, 20, 5), pairs=1),  # two pairs past a one-pair ballot
        tps("33.16.02.2001.003", (10, 0, 0), kk=4, pairs=1),
        tps("33.16.02.2001.004", (10, 0, 0), kk=4, pairs=2),  # the kolom kosong, stray
    ]
    batch = TpsResults.from_records(records)
    found = [(str(a.tps), a.field) for a in batch.validate()]
    assert found == [
        ("33.16.01.2002.001", "paslon_3"),
        ("33.16.02.2001.002", "paslon_2"),
        ("33.16.02.2001.002", "paslon_3"),
        ("33.16.02.2001.004", "kolom_kosong"),
    ]
    assert batch.validate() == [a for record in records for a in record.validate()]


def test_a_tps_in_no_region_table_is_flagged_on_the_newest_tables_basis():
    from pilkada.wilayah import REGION_TABLES  # noqa: PLC0415

    stray = attrs.evolve(KAB[0], tps="33.16.01.9999.001")  # desa 9999: in no Kemendagri table
    (anomaly,) = stray.validate()
    assert anomaly.kind is AnomalyKind.UNKNOWN_REGION
    assert (anomaly.field, anomaly.found, anomaly.expected) == ("kode_tps", 3316019999001, None)
    newest = REGION_TABLES[-1]
    assert (anomaly.basis, anomaly.certainty) == (newest.basis, newest.certainty)
    assert anomaly.basis != REGION_TABLES[0].basis
    tables = "(Kepmendagri 300.2.2-2430/2025 / Kepmendagri 100.1.1-6117/2022)"
    assert anomaly.message_id == (
        f"desa/kelurahan 33.16.01.9999 tidak ada dalam tabel kode wilayah {tables}; "
        "hasilnya tidak dapat dipastikan milik wilayah mana."
    )
    assert anomaly.message(locale="en") == (
        f"TPS 33.16.01.9999.001: desa/kelurahan 33.16.01.9999 is not in the region table "
        f"{tables}; whose result it is cannot be told."
    )
    assert TpsResults.from_records([stray]).validate() == [anomaly]


def test_a_recap_row_must_explain_each_broken_rule_by_a_tps_anomaly():
    from pilkada.results import recapitulate  # noqa: PLC0415

    row = recapitulate(KAB, level="kecamatan")[0]
    cases = [
        ({"dpt": -1}, "dpt", "NEGATIVE"),  # negative, before the DPT limit it also breaks
        ({"votes": (-1, *row.votes[1:])}, "votes", "NEGATIVE"),
        ({"voters_dpt": row.dpt + 1}, "voters_dpt", "OVER_DPT"),
        ({"voters_dptb": row.dptb + 1}, "voters_dptb", "OVER_DPTB"),
        ({"ballots_used": row.ballots_used + 1}, "ballots_used", "VOTERS_VS_BALLOTS"),
        ({"invalid": row.invalid + 1}, "ballots_used", "BALLOTS_VS_SPLIT"),
        ({"valid": row.valid + 1, "invalid": row.invalid - 1}, "valid", "VOTES_VS_VALID"),
    ]
    for changes, field, kind in cases:
        with pytest.raises(PilkadaValueError) as info:
            attrs.evolve(row, **changes)
        assert info.value.field == field, changes
        assert kind in info.value.problem, changes
    # a row of votes only (Sirekap: the form figures read 0) keeps the rules over the votes
    form = dict.fromkeys(
        ("dpt", "dptb", "voters_dpt", "voters_dptb", "voters_dpk", "ballots_used", "invalid"), 0
    )
    votes_only = attrs.evolve(row, **form)
    assert votes_only.valid == sum(votes_only.votes)
    with pytest.raises(PilkadaValueError) as info:
        attrs.evolve(votes_only, valid=row.valid + 1)
    assert (info.value.field, info.value.value) == ("valid", row.valid + 1)
    assert "VOTES_VS_VALID" in info.value.problem


def test_a_batch_finds_kolom_kosong_votes_where_several_pairs_stand_beside_a_negative():
    # Votes for the kolom kosong with three pairs on the ballot, every sum balanced: only the
    # stray check sees it; a negative number in another TPS must not hide it.
    b = KAB[1]
    stray = attrs.evolve(
        b, kolom_kosong=5, valid=b.valid + 5, ballots_used=b.ballots_used + 5,
        voters_dpt=b.voters_dpt + 5,
    )  # fmt: skip
    (anomaly,) = stray.validate()
    assert (anomaly.kind, anomaly.field, anomaly.found) == (
        AnomalyKind.UNKNOWN_CANDIDATE, "kolom_kosong", 5,
    )  # fmt: skip
    negative = attrs.evolve(KAB[0], voters_dpk=-1)
    assert negative.validate()[0].kind is AnomalyKind.NEGATIVE
    batch = TpsResults.from_records([negative, stray, *KAB[2:]])
    assert batch.validate() == [*negative.validate(), anomaly]


def test_only_the_rows_that_break_a_rule_are_flagged_next_to_zeros():
    # A zero is a count like any other: beside a negative in the same column (a TPS that
    # broke a rule), a TPS with 0 there, or a single pair's kolom kosong, is not suspect.
    good = tps("33.16.01.2001.001", (100, 80))  # voters_dpk 0, kolom kosong 0
    bad = tps("33.16.01.2001.002", (100, 80), voters_dpk=-1)
    single = tps("33.16.01.2001.003", (100,), kk=5)  # one pair: its kolom kosong counts
    t = table_of(TpsResults.from_records([good, bad, single]))
    assert suspect_rows(t.columns, t.votes) == {1}
    assert suspect_rows(t.columns, t.votes, fast=False) == {1}
    assert [a.tps.digits for a in TpsResults.from_records([good, bad, single]).validate()] == [
        "3316012001002",
        "3316012001002",
    ]
