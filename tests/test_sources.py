"""Every cited instrument is defined once in pilkada.sources, and every basis cites one."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib import resources

import pytest

from pilkada import (
    DEFAULT_RULES,
    PEMILU_TAHAPAN_20_BULAN,
    PILKADA_2024,
    LegalBasis,
    Stage,
    Step,
    sources,
)
from pilkada.sources import all_instruments, find_instrument


def _with_amendments(basis: LegalBasis) -> list[LegalBasis]:
    return [basis, *(b for a in basis.amended_by for b in _with_amendments(a))]


def _data_bases(value: object) -> list[LegalBasis]:
    """Every basis a data file cites (a ``basis`` or ``citation`` string)."""
    found: list[LegalBasis] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("basis", "citation") and isinstance(item, str):
                found.append(LegalBasis.parse(item))
            else:
                found += _data_bases(item)
    elif isinstance(value, list):
        for item in value:
            found += _data_bases(item)
    return found


def test_no_two_constants_are_the_same_instrument():
    keys = [instrument.key for instrument in all_instruments()]
    assert len(keys) == len(set(keys))


def test_the_constants_name_whole_instruments():
    for instrument in all_instruments():
        assert (instrument.pasal, instrument.ayat, instrument.huruf) == (None, None, None)
        assert not instrument.lampiran
        for amendment in instrument.amended_by:
            assert find_instrument(amendment) is amendment


def test_every_constant_is_listed():
    # REVIEWED and CHECKED are the days of the checks, not instruments.
    days = {"REVIEWED", "CHECKED"}
    constants = [
        v
        for k, v in vars(sources).items()
        if k.isupper() and not k.startswith("_") and k not in days
    ]
    assert {id(c) for c in constants} == {id(i) for i in all_instruments()}
    assert all(isinstance(getattr(sources, day), dt.date) for day in days)


def test_every_basis_of_the_2024_schedule_cites_a_defined_instrument():
    bases = [PILKADA_2024.basis, *(entry.basis for entry in PILKADA_2024)]
    bases += [key.basis for key in Stage]
    for basis in bases:
        if basis is not None:
            for cited in _with_amendments(basis):
                assert find_instrument(cited) is not None, str(cited)


@pytest.mark.parametrize("rule", [*DEFAULT_RULES, PEMILU_TAHAPAN_20_BULAN], ids=str)
def test_every_rule_cites_a_defined_instrument(rule):
    for cited in _with_amendments(rule.basis):
        instrument = find_instrument(cited)
        assert instrument is not None, str(cited)
        assert cited.title == instrument.title  # the title is the instrument's, written once


@pytest.mark.parametrize("name", ["pilkada_2024.toml", "thresholds.toml", "oversight.toml",
                                  "honorarium.toml"])  # fmt: skip
def test_every_data_file_cites_defined_instruments(name):
    text = resources.files("pilkada.data").joinpath(name).read_text("utf-8")
    for basis in _data_bases(tomllib.loads(text)):
        for cited in _with_amendments(basis):
            assert find_instrument(cited) is not None, f"{name}: {cited}"


def test_a_provision_keeps_the_instrument_and_names_the_article():
    provision = sources.UU_10_2016.provision(pasal="201", ayat="8")
    assert provision.key == sources.UU_10_2016.key
    assert provision.title == sources.UU_10_2016.title
    assert provision.cite() == "UU 10/2016 Pasal 201 ayat (8)"
    assert sources.PKPU_2_2024.provision(lampiran=True).cite() == "PKPU 2/2024 Lampiran"


def test_an_unknown_instrument_is_not_found():
    assert find_instrument(LegalBasis.parse("UU 99/2099")) is None


def test_the_old_names_still_import():
    from pilkada.rules import PKPU_8_2022, PKPU_13_2024  # noqa: PLC0415
    from pilkada.stages import PKPU_2_2024, UU_8_2015  # noqa: PLC0415

    assert PKPU_8_2022 is sources.PKPU_8_2022
    assert PKPU_13_2024 is sources.PKPU_13_2024
    assert UU_8_2015 is sources.UU_8_2015
    assert sources.PKPU_2_2024.provision(lampiran=True) == PKPU_2_2024
    assert Step.COKLIT.stage.basis is not None
