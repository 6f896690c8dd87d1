from __future__ import annotations

import datetime as dt

import pytest

from pilkada.errors import PilkadaError, PilkadaParseError, PilkadaTypeError, PilkadaValueError
from pilkada.law import Certainty
from pilkada.regions import (
    PROVINCES,
    AreaLevel,
    ElectionKind,
    Region,
    RegionCode,
    RegionLevel,
    SpecialStatus,
    as_level,
    normalize_code,
)


def test_existing_enums_unchanged():
    assert RegionLevel.KABUPATEN.election is ElectionKind.BUPATI
    assert ElectionKind.WALI_KOTA.level is RegionLevel.KOTA
    assert ElectionKind.BUPATI.name_id == "Pemilihan Bupati dan Wakil Bupati"


def test_thirty_eight_provinces():
    assert len(PROVINCES) == 38
    assert PROVINCES["31"] == "DKI Jakarta"
    assert PROVINCES["11"] == "Aceh"
    assert PROVINCES["34"] == "DI Yogyakarta"
    # 37 provinces hold a governor election: all but DIY (shared/domain.md §8)
    assert sum(bool(RegionCode(c).elections) for c in PROVINCES) == 37


@pytest.mark.parametrize(
    ("text", "digits", "level"),
    [
        ("33", "33", AreaLevel.PROVINSI),
        ("33.16", "3316", AreaLevel.KABUPATEN_KOTA),
        ("331601", "331601", AreaLevel.KECAMATAN),
        ("33.16.01.2001", "3316012001", AreaLevel.DESA),
        ("3316012001", "3316012001", AreaLevel.DESA),
        ("33.16.01.2001.007", "3316012001007", AreaLevel.TPS),
    ],
)
def test_codes(text, digits, level):
    code = RegionCode(text)
    assert code.digits == digits
    assert code.level is level
    assert RegionCode(str(code)) == code


@pytest.mark.parametrize(
    "text",
    ["3", "331", "33.1601", "33-16", "99.01", "33.00", "33.16.00", "33.16.01.0000",
     "33.16.01.2001.000", "٣٣", "33.16.01.2001.0001", ""],
)  # fmt: skip
def test_malformed_codes(text):
    with pytest.raises(PilkadaValueError) as info:
        RegionCode(text)
    assert info.value.field == "code"
    assert info.value.value == text


def test_code_type():
    with pytest.raises(PilkadaTypeError):
        normalize_code(3316)


def test_hierarchy():
    tps = RegionCode("33.16.01.2001.002")
    assert tps.tps_number == 2
    assert str(tps.parent) == "33.16.01.2001"
    assert str(tps.up_to(AreaLevel.KECAMATAN)) == "33.16.01"
    assert tps.is_within(RegionCode("33.16"))
    assert not tps.is_within(RegionCode("33.17"))
    assert RegionCode("33").parent is None
    with pytest.raises(PilkadaValueError):
        RegionCode("33.16").up_to(AreaLevel.DESA)


def test_inconsistent_parent_is_an_error():
    kec = Region(code="33.16.01", name="Kradenan")
    with pytest.raises(PilkadaValueError, match=r"not under kecamatan 33\.16\.01"):
        Region(code="33.16.02.2001", name="Desa", parent=kec)
    with pytest.raises(PilkadaValueError, match="not in"):
        RegionCode.parse("33.16.02.2001", within="33.16.01")
    with pytest.raises(PilkadaValueError, match="kecamatan code"):
        RegionCode.parse("33.16.01", level=AreaLevel.DESA)
    assert RegionCode.parse("33.16.01.2001", within="33.16.01", level=AreaLevel.DESA)


def test_child():
    kec = RegionCode("33.16.01")
    assert str(kec.child("2001")) == "33.16.01.2001"
    with pytest.raises(PilkadaValueError):
        kec.child("21")
    with pytest.raises(PilkadaValueError):
        RegionCode("33.16.01.2001.001").child("1")


@pytest.mark.parametrize(
    ("code", "elections", "organiser"),
    [
        ("33", (ElectionKind.GUBERNUR,), "KPU Provinsi"),
        ("34", (), "KPU Provinsi"),
        ("34.71", (ElectionKind.WALI_KOTA,), "KPU Kabupaten/Kota"),
        ("31", (ElectionKind.GUBERNUR,), "KPU Provinsi"),
        ("31.71", (), "KPU Kabupaten/Kota"),
        ("31.01", (), "KPU Kabupaten/Kota"),
        ("33.16", (ElectionKind.BUPATI,), "KPU Kabupaten/Kota"),
        ("33.71", (ElectionKind.WALI_KOTA,), "KPU Kabupaten/Kota"),
        ("11", (ElectionKind.GUBERNUR,), "KIP Aceh"),
        ("11.71", (ElectionKind.WALI_KOTA,), "KIP Kabupaten/Kota"),
        ("33.16.01", (), "KPU Kabupaten/Kota"),
    ],
)
def test_special_regions(code, elections, organiser):
    region = RegionCode(code)
    assert region.elections == elections
    assert region.organiser == organiser


def test_special_status_bases():
    assert str(SpecialStatus.JAKARTA.basis) == "UU 29/2007 Pasal 11 ayat (1)"
    assert str(SpecialStatus.ACEH.basis) == "UU 11/2006"
    assert SpecialStatus.ACEH.certainty is Certainty.PROVISIONAL
    assert SpecialStatus.JAKARTA.certainty is Certainty.OFFICIAL
    assert RegionCode("31.71").special is SpecialStatus.JAKARTA
    assert RegionCode("33").special is None


@pytest.mark.parametrize(
    ("text", "level"),
    [("kecamatan", AreaLevel.KECAMATAN), ("Kab/Kota", AreaLevel.KABUPATEN_KOTA),
     ("kota", AreaLevel.KABUPATEN_KOTA), ("Provinsi", AreaLevel.PROVINSI),
     ("kelurahan", AreaLevel.DESA), ("TPS", AreaLevel.TPS)],
)  # fmt: skip
def test_level_names(text, level):
    assert AreaLevel.parse(text) is level


def test_level_errors():
    with pytest.raises(PilkadaParseError) as info:
        AreaLevel.parse("dusun")
    assert isinstance(info.value, PilkadaError)
    assert AreaLevel.DESA.parent is AreaLevel.KECAMATAN
    assert AreaLevel.PROVINSI.parent is None
    assert AreaLevel.TPS.child is None
    assert AreaLevel.KECAMATAN.label("en") == "district"


def test_levels_are_read_from_a_level_or_its_name():
    assert RegionCode.parse("33.16.01", level="kecamatan").level is AreaLevel.KECAMATAN
    assert RegionCode.parse("33.16", level="KABUPATEN_KOTA").digits == "3316"
    assert str(RegionCode("33.16.01.2001.002").up_to("kecamatan")) == "33.16.01"
    assert str(RegionCode("33.16.01").child("2001", level="desa")) == "33.16.01.2001"
    assert as_level(AreaLevel.TPS) is AreaLevel.TPS
    with pytest.raises(PilkadaTypeError) as info:
        RegionCode.parse("6466", level=5)  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == ("level", 5)
    assert "PROVINSI" in info.value.rule
    with pytest.raises(PilkadaValueError) as unknown:
        RegionCode("33").up_to("dusun")
    assert (unknown.value.field, unknown.value.value) == ("level", "dusun")


def test_is_within_takes_a_code_or_its_text():
    tps = RegionCode("33.16.01.2001.002")
    assert tps.is_within("33.16")
    assert not tps.is_within("33.17")
    with pytest.raises(PilkadaTypeError) as info:
        tps.is_within(5)  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == ("other", 5)
    assert "Kemendagri code" in info.value.rule
    with pytest.raises(PilkadaTypeError) as within:
        RegionCode.parse("33.16", within=33)  # type: ignore[arg-type]
    assert within.value.field == "within"


def test_a_level_name_must_be_text_and_a_province_is_no_kota():
    with pytest.raises(PilkadaTypeError) as info:
        AreaLevel.parse(13)  # type: ignore[arg-type]
    assert (info.value.field, info.value.value, info.value.rule) == ("level", 13, "a level name")
    assert RegionCode.parse("33").is_kota is None
    assert RegionCode.parse("3369", known=False).is_kota is False  # below 70: a kabupaten
    assert RegionCode.parse("3371").is_kota is True  # from 70: a kota
    assert RegionCode.parse("3316012001001").name_on(dt.date(2024, 11, 27)).startswith("TPS 001 ")
    assert RegionCode.parse("3316019001001", known=False).name_on(dt.date(2024, 11, 27)) is None
