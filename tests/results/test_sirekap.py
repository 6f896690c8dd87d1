"""Sirekap's public JSON (pilkada.results.sirekap) and what a count can say (#17)."""

import json
from pathlib import Path

import attrs
import pytest

from pilkada import (
    AnomalyKind,
    PilkadaError,
    PilkadaValueError,
    TpsResults,
    decide,
    read_sirekap,
    recapitulate,
)
from pilkada.law import Certainty
from pilkada.results import Provisional, Tally, Verdict
from tests.strategies import KAB, tps

#: KPU's public Sirekap files of Jawa Tengah and Blora (provenance: the README there).
SAMPLE = Path(__file__).parent.parent / "data" / "sirekap"


def test_the_governor_file_recapitulates_with_its_progress_and_decides_provisionally():
    count = read_sirekap(SAMPLE / "pkwkp/33/33.json")
    assert count.contest.name == "Jawa Tengah"
    assert (count.tps_reported, count.tps_expected) == (56671, 56812)
    assert (count.recap.tps_reported, count.recap.tps_expected) == (56671, 56812)
    assert len(count.recap) == 35
    outcome = count.decide()
    assert outcome.verdict is Verdict.ELECTED
    assert outcome.elected == 2
    assert outcome.certainty is Certainty.PROVISIONAL
    assert outcome.provisional is not None
    assert outcome.provisional.missing == 141
    assert outcome.message().startswith("SEMENTARA (141 dari 56.812 TPS belum ada hasilnya)")
    with pytest.raises(PilkadaValueError):
        count.decide(incomplete="refuse")


def test_a_complete_kabupaten_file_decides():
    count = read_sirekap(SAMPLE / "pkwkk/33/3316.json")
    assert count.contest.name == "Kabupaten Blora"
    outcome = count.decide()
    assert outcome.provisional is None
    assert outcome.elected == 1
    assert "dari 472.304 suara sah" in outcome.message()


def test_part_of_a_contest_and_a_file_of_many_contests_are_refused():
    with pytest.raises(PilkadaValueError) as info:
        read_sirekap(SAMPLE / "pkwkp/33/3316.json").decide()
    assert info.value.field == "area"
    with pytest.raises(PilkadaValueError) as info:
        read_sirekap(SAMPLE / "pkwkk/33/33.json")
    assert "many contests" in info.value.problem


def test_a_results_file_with_an_unknown_code_reports_it_as_an_anomaly():
    batch = TpsResults.from_records([*KAB, attrs.evolve(KAB[0], tps="33.99.01.2001.001")])
    found = [a for a in batch.validate() if a.kind is AnomalyKind.UNKNOWN_REGION]
    assert [str(a.tps) for a in found] == ["33.99.01.2001.001"]
    outcome = decide(batch, election="bupati")
    assert str(outcome.region) == "33.16"
    assert outcome.provisional is not None
    assert outcome.provisional.anomalies == 1


def test_a_tps_of_zeros_is_not_reported_and_makes_the_outcome_provisional():
    zeros = dict.fromkeys(
        ("dpt", "dptb", "voters_dpt", "voters_dptb", "voters_dpk", "ballots_used", "valid"), 0
    )
    empty = attrs.evolve(KAB[0], tps="33.16.01.2002.002", votes=(0, 0, 0), invalid=0, **zeros)
    recap = recapitulate([*KAB, empty], level="kecamatan")
    assert (recap.tps_reported, recap.tps_expected) == (5, 6)
    assert [(r.tps_reported, r.tps_expected) for r in recap] == [(3, 4), (2, 2)]
    outcome = decide(TpsResults.from_records([*KAB, empty]), election="bupati")
    assert outcome.certainty is Certainty.PROVISIONAL


def test_every_share_is_of_the_recorded_valid_votes():
    # A negative vote makes the pairs' sum differ from the valid votes on the form.
    broken = attrs.evolve(KAB[4], votes=(10, 20, -5))
    outcome = decide(TpsResults.from_records([*KAB[:4], broken]), election="bupati")
    valid = sum(r.valid for r in [*KAB[:4], broken])
    assert outcome.valid == valid
    assert outcome.share(outcome.elected) == pytest.approx(
        outcome.votes_of(outcome.elected) / valid
    )


def test_a_single_pair_carries_its_ballot_number():
    single = [tps("33.16.01.2001.001", (70,), kk=30), tps("33.16.02.2001.001", (60,), kk=40)]
    outcome = decide(TpsResults.from_records(single), election="bupati", numbers=[2])
    assert outcome.elected == 2
    assert outcome.ballot_numbers == (2,)
    assert "nomor urut 2" in outcome.message()


def test_a_sirekap_count_refuses_what_its_fields_cannot_be():
    count = read_sirekap(SAMPLE / "pkwkk/33/3316.json")
    for changes, field in (
        ({"kind": "ppwp"}, "kind"),
        ({"numbers": (1,)}, "numbers"),
        ({"tps_reported": count.tps_expected + 1}, "tps_reported"),
        ({"kolom_kosong": -1}, "kolom_kosong"),
    ):
        with pytest.raises(PilkadaValueError) as info:
            attrs.evolve(count, **changes)
        assert info.value.field == field


def test_provisional_says_why_or_is_refused():
    assert Provisional(anomalies=2).reasons(locale="en") == "2 anomaly(ies) in the count"
    late = Provisional(tps_reported=16, tps_expected=20)
    assert late.reasons() == "4 dari 20 TPS belum ada hasilnya"
    for changes, field in (
        ({}, "anomalies"),  # nothing makes it provisional
        ({"tps_reported": 5, "tps_expected": 5}, "anomalies"),
        ({"anomalies": 1, "tps_reported": 6, "tps_expected": 5}, "tps_reported"),
        ({"anomalies": 1, "tps_reported": 6}, "tps_reported"),
    ):
        with pytest.raises(PilkadaValueError) as info:
            Provisional(**changes)
        assert info.value.field == field
    outcome = decide(Tally(votes=(5, 3), anomalies=1), election="bupati")
    with pytest.raises(PilkadaValueError) as info:
        attrs.evolve(outcome, certainty=Certainty.OFFICIAL)
    assert (info.value.field, info.value.value) == ("certainty", "OFFICIAL")


def test_a_snapshot_time_that_is_no_time_is_refused(tmp_path):
    for folder in ("pkwkk/33", "paslon"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "paslon/pkwkk.json").write_bytes((SAMPLE / "paslon/pkwkk.json").read_bytes())
    data = json.loads((SAMPLE / "pkwkk/33/3316.json").read_text(encoding="utf-8"))
    data["ts"] = "kemarin"
    path = tmp_path / "pkwkk/33/3316.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PilkadaValueError) as info:
        read_sirekap(path)
    assert (info.value.field, info.value.value) == (str(path), "kemarin")


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: read_sirekap(None), "path"),
        (lambda: read_sirekap(10**5000), "path"),
        (lambda: read_sirekap("pkwkp/33/\0.json"), "path"),
        (lambda: read_sirekap(SAMPLE / "pkwkp/33/33.json", paslon=7), "paslon"),
    ],
)
def test_a_path_that_is_not_one_is_refused_naming_it(call, field):
    with pytest.raises(PilkadaError) as caught:
        call()
    assert caught.value.field == field
    assert caught.value.rule.startswith("a file path")


def test_a_kind_that_cannot_be_looked_up_is_refused_as_a_type():
    count = read_sirekap(SAMPLE / "pkwkk/33/3316.json")
    with pytest.raises(PilkadaError) as caught:
        attrs.evolve(count, kind={"a": 1})  # unhashable: found by the long fuzz run
    assert (caught.value.field, caught.value.value, caught.value.rule) == (
        "kind",
        {"a": 1},
        "a str",
    )


def _copied(tmp_path, change_data=None, change_paslon=None):
    """The Blora sample in ``tmp_path``, its results and candidates changed in place."""
    for folder in ("pkwkk/33", "paslon"):
        (tmp_path / folder).mkdir(parents=True)
    data = json.loads((SAMPLE / "pkwkk/33/3316.json").read_text(encoding="utf-8"))
    paslon = json.loads((SAMPLE / "paslon/pkwkk.json").read_text(encoding="utf-8"))
    (change_data or (lambda _: None))(data)
    (change_paslon or (lambda _: None))(paslon["3316"])
    (tmp_path / "paslon/pkwkk.json").write_text(json.dumps(paslon), encoding="utf-8")
    path = tmp_path / "pkwkk/33/3316.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _first(mapping):
    return mapping[next(iter(mapping))]


def _votes_in_first_area(value):
    """Every pair's votes in the first area set to ``value``."""

    def change(data):
        row = _first(data["tungsura"]["table"])
        row.update({k: value for k in row if k.isdigit() and len(k) > 6})

    return change


@pytest.mark.parametrize(
    ("change_data", "change_paslon", "where", "rule"),
    [
        (None, lambda p: _first(p).pop("nomor_urut"), "paslon",
         "an object with nama (text) and nomor_urut (a whole number)"),
        (None, lambda p: _first(p).update(nomor_urut=[1]), "paslon",
         "an object with nama (text) and nomor_urut (a whole number)"),
        (None, lambda p: _first(p).update(nama=None), "paslon",
         "an object with nama (text) and nomor_urut (a whole number)"),
        (None, lambda p: p.update({k: [1] for k in p}), "paslon",
         "an object with nama (text) and nomor_urut (a whole number)"),
        (lambda d: (d.pop("progres", None), d["tungsura"].update(chart=[])), None, "results",
         "progres with total and progres"),
        (lambda d: d.update(tungsura=[]), None, "results", "a Sirekap hhcw results file"),
        (_votes_in_first_area(2**63), None, "results", "a whole number of votes"),
        (_votes_in_first_area(2**62), None, "results", "a whole number of votes"),
    ],
)  # fmt: skip
def test_a_file_of_another_shape_is_refused_naming_the_file(
    tmp_path, change_data, change_paslon, where, rule
):
    path = _copied(tmp_path, change_data, change_paslon)
    with pytest.raises(PilkadaError) as caught:
        read_sirekap(path)
    named = tmp_path / "paslon/pkwkk.json" if where == "paslon" else path
    assert caught.value.field == str(named)
    assert caught.value.rule == rule
