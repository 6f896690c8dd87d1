"""A collection field given a non-iterable is a PilkadaTypeError naming the field."""

from __future__ import annotations

import pytest

from pilkada.errors import PilkadaTypeError
from pilkada.regions import AreaLevel, Region
from pilkada.results.fields import FIELD_NAMES
from pilkada.results.recap import Recap
from pilkada.results.records import TpsResults
from pilkada.results.tallies import Tally

COLUMNS = {name: [1] for name in FIELD_NAMES if name != "kolom_kosong"}


def _columns(**changed: object) -> TpsResults:
    given: dict[str, object] = {"tps": ["3316012001001"], **COLUMNS, "votes": [[1]]}
    return TpsResults.from_columns(**{**given, **changed})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("build", "field", "value", "rule"),
    [
        (lambda: Tally(votes=[1], areas=5), "areas", 5, "a list or tuple"),
        (lambda: Tally(votes=[1], areas=[5]), "areas[0]", 5, "a list or tuple"),
        (lambda: Tally(votes=[1], area_codes=5), "area_codes", 5, "a list or tuple of str"),
        (lambda: Recap.from_rows(AreaLevel.DESA, False), "rows", False, "a list or tuple"),
        (lambda: _columns(tps=5), "tps", 5, "a list or tuple"),
        (lambda: _columns(dpt=5), "dpt", 5, "a list or tuple"),
        (lambda: _columns(votes=5), "votes", 5, "a list or tuple"),
        (lambda: _columns(votes=[5]), "votes[0]", 5, "a list or tuple"),
        (lambda: _columns(kolom_kosong=True), "kolom_kosong", True, "a list or tuple"),
        (lambda: TpsResults.from_records(5), "records", 5, "a list or tuple"),
        (lambda: Region(code="33", name=5), "name", 5, "a str"),
    ],
)
def test_a_non_iterable_collection_is_refused_naming_its_field(build, field, value, rule):
    with pytest.raises(PilkadaTypeError) as info:
        build()
    assert (info.value.field, info.value.value, info.value.rule) == (field, value, rule)


def test_valid_collections_still_build():
    assert Tally(votes=[3, 2], areas=iter([(1, 2), [2, 0]]), area_codes=["33.16.01", "33.16.02"])
    assert len(_columns(dpt=iter([1]), votes=(x for x in [[1]]))) == 1
    assert Region(code="33", name="Jawa Tengah").name == "Jawa Tengah"
