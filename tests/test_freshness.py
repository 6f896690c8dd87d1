"""Every rule and dated value pilkada ships records the day its source was last checked.

And an answer for a day after that check says so: ``PROVISIONAL``, with a note naming the day.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import tomllib
from collections.abc import Iterator, Mapping
from importlib import resources

import pytest

import pilkada
from pilkada import CHECKED_THROUGH, DEFAULT_RULES, PEMILU_TAHAPAN_20_BULAN, PILKADA_2024
from pilkada.candidacy.data import threshold_versions
from pilkada.law import Certainty, Dated, LegalBasis, in_force
from pilkada.oversight.apk import apk_quota
from pilkada.oversight.deadlines import deadline_rules
from pilkada.sources import all_instruments
from pilkada.stages import Stage


def _data_files() -> list[str]:
    return sorted(
        path.name
        for path in resources.files("pilkada.data").iterdir()
        if path.name.endswith(".toml")
    )


def _bases_without_checked(value: object, path: str) -> Iterator[str]:
    """The paths of every basis in a parsed data file that does not say when it was checked."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            where = f"{path}.{key}" if path else key
            if key == "basis" or key.endswith("_basis"):
                if isinstance(item, Mapping):
                    if "checked" not in item:
                        yield where
                elif "checked" not in value:
                    yield where
            else:
                yield from _bases_without_checked(item, where)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _bases_without_checked(item, f"{path}[{index}]")


@pytest.mark.parametrize("name", _data_files())
def test_every_basis_in_the_data_files_says_when_it_was_checked(name):
    text = resources.files("pilkada.data").joinpath(name).read_text("utf-8")
    assert list(_bases_without_checked(tomllib.loads(text), "")) == []


def test_every_instrument_was_checked():
    assert [str(i) for i in all_instruments() if i.checked is None] == []


def test_every_date_rule_was_checked():
    for rule in (*DEFAULT_RULES, PEMILU_TAHAPAN_20_BULAN, *deadline_rules()):
        assert rule.basis.checked is not None, rule.code


def test_every_2024_entry_and_stage_was_checked():
    assert PILKADA_2024.basis is not None
    for entry in PILKADA_2024:
        assert PILKADA_2024.basis_of(entry).checked is not None, entry.key
    for key in Stage:
        assert key.basis.checked is not None, key


def test_every_dated_table_was_checked():
    for name, versions in threshold_versions().items():
        for version in versions:
            assert version.checked is not None, name
    assert pilkada.honorarium_rates(None).checked is not None
    assert apk_quota(kecamatan=1, desa=1).checked is not None


def _module_values() -> Iterator[tuple[str, object]]:
    for info in pkgutil.walk_packages(pilkada.__path__, "pilkada."):
        if ".cli" in info.name or ".display" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            values = value if isinstance(value, tuple | list) else (value,)
            for item in values:
                yield f"{info.name}.{name}", item


def test_every_module_level_basis_and_dated_value_was_checked():
    missing = set()
    for name, value in _module_values():
        basis = value.basis if isinstance(value, Dated) else value
        if isinstance(basis, LegalBasis) and basis.checked is None:
            missing.add(name)
    assert missing == set()


def test_checked_through_is_the_newest_check():
    newest = max(i.checked for i in all_instruments() if i.checked is not None)
    assert newest <= CHECKED_THROUGH
    assert dt.date(2026, 12, 2) <= CHECKED_THROUGH


def test_an_answer_past_the_last_check_is_provisional_and_says_so():
    version = threshold_versions()["party_nomination"][-1]
    checked = version.checked
    assert checked is not None
    on_the_day = in_force(threshold_versions()["party_nomination"], checked)
    assert on_the_day is version
    assert on_the_day.certainty is Certainty.OFFICIAL
    later = in_force(threshold_versions()["party_nomination"], checked + dt.timedelta(days=1))
    assert later.value == version.value
    assert later.certainty is Certainty.PROVISIONAL
    assert checked.isoformat() in later.note


def test_a_threshold_lookup_past_the_last_check_says_so():
    later = CHECKED_THROUGH + dt.timedelta(days=30)
    quota = apk_quota(kecamatan=1, desa=1, on=later)
    assert quota.certainty is Certainty.PROVISIONAL
    assert "last checked" in quota.note
