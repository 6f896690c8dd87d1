"""Campaign props (APK): the quota and when they come down."""

from __future__ import annotations

import pytest

from pilkada import (
    PILKADA_2024,
    Certainty,
    PilkadaTypeError,
    PilkadaValueError,
    Schedule,
    apk_quota,
    apk_removal_deadline,
)
from pilkada.datafile import from_dict
from pilkada.oversight.apk import read_apk_rules
from tests.oversight import D, T

# -- campaign props ------------------------------------------------------------------------------


def test_apk_quota_and_the_200_percent_cap():
    quota = apk_quota(kecamatan=16, desa=295)
    assert quota.value == {
        "videotron": (5, 10),
        "billboard": (5, 10),
        "baliho": (5, 10),
        "umbul-umbul": (320, 640),
        "spanduk": (590, 1180),
    }
    assert quota.certainty is Certainty.OFFICIAL
    assert str(quota.basis) == "Keputusan KPU 1363/2024"
    with pytest.raises(PilkadaValueError):
        apk_quota(kecamatan=-1, desa=1)
    governor = apk_quota(kabupaten_kota=35, kecamatan=576, desa=8562)
    assert governor.value["billboard"] == (175, 350)
    assert governor.value["videotron"] == (175, 350)


def test_apk_come_down_when_the_masa_tenang_begins():
    assert apk_removal_deadline(PILKADA_2024) == T(2024, 11, 24)
    bare = Schedule(name="PSU", voting_day=D(2025, 8, 27))
    assert apk_removal_deadline(bare) == T(2025, 8, 24)


def test_apk_quota_takes_an_iso_day_and_refuses_a_float():
    assert apk_quota(kecamatan=16, desa=295, on="2024-09-25").value["spanduk"] == (590, 1180)
    with pytest.raises(PilkadaTypeError) as info:
        apk_quota(kecamatan=16.0, desa=295)
    assert info.value.field == "kecamatan"


def _apk_row():
    items = [{"name": "baliho", "per": "kabupaten/kota", "count": 5}]
    return {
        "effective": D(2024, 9, 25),
        "basis": "PKPU 13/2024",
        "certainty": "provisional",
        "source": "KPU",
        "additional_percent": 200,
        "items": items,
    }


@pytest.mark.parametrize(
    ("corrupt", "field", "value", "rule"),
    [
        (lambda r: r.pop("additional_percent"), "apk[0].additional_percent", None, "whole"),
        (lambda r: r["items"][0].update(per="rt"), "apk[0].items[0].per", "rt", "kecamatan"),
        (lambda r: r["items"][0].pop("count"), "apk[0].items[0].count", None, "whole"),
        (lambda r: r.update(effective="kemarin"), "apk[0].effective", "kemarin", "TOML date"),
        (lambda r: r.update(items=[]), "apk[0].items", [], "[[items]]"),
    ],
)
def test_a_corrupted_apk_row_names_its_path(corrupt, field, value, rule):
    row = _apk_row()
    corrupt(row)
    with pytest.raises(PilkadaValueError) as info:
        read_apk_rules(from_dict("oversight.toml", {"apk": [row]}))
    assert info.value.field == f"oversight.toml: {field}"
    assert info.value.value == value
    assert rule in info.value.rule
