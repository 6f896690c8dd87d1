import datetime as dt

import pytest

from pilkada import PilkadaTypeError, PilkadaValueError, RegionCode, RegionKind
from pilkada.wilayah import REGION_TABLES, is_known, kind_of, name_of, table_on


def test_a_code_no_table_lists_is_refused_naming_the_table():
    with pytest.raises(PilkadaValueError) as info:
        RegionCode("33.99")
    assert info.value.field == "code"
    assert info.value.value == "33.99"
    assert "Kepmendagri 300.2.2-2430/2025" in info.value.problem
    assert "known=False" in info.value.rule


def test_a_listed_code_knows_its_name_and_kind():
    blora = RegionCode("33.16")
    assert blora.name == "Kabupaten Blora"
    assert blora.kind is RegionKind.KABUPATEN
    assert RegionCode("33.71").kind is RegionKind.KOTA
    assert RegionCode("33.16.01.2001").kind is RegionKind.DESA
    assert RegionCode("33.16.01.2001.003").name == "TPS 003 Bangkleyan"


def test_a_made_up_code_is_taken_when_asked_for():
    code = RegionCode.parse("33.99.01.2001.001", known=False)
    assert not code.is_known
    assert code.name is None
    assert str(code.parent) == "33.99.01.2001"


def test_the_table_in_force_on_voting_day_2024_is_the_2022_decree():
    table = table_on(dt.date(2024, 11, 27))
    assert str(table.basis) == "Kepmendagri 100.1.1-6117/2022"
    assert table.name("3316") == "KAB. BLORA"
    assert str(table_on(dt.date(2025, 7, 1)).basis) == "Kepmendagri 300.2.2-2430/2025"
    assert table_on() is REGION_TABLES[-1]
    with pytest.raises(PilkadaValueError) as info:
        table_on(dt.date(2020, 1, 1))
    assert info.value.field == "on"


def test_papua_barat_daya_is_known_in_2024_under_its_own_codes():
    on_voting_day = table_on(dt.date(2024, 11, 27))
    assert on_voting_day.name("96") == "Papua Barat Daya"
    assert on_voting_day.name("9671") == "Kota Sorong"
    assert on_voting_day.name("9271") == "KOTA SORONG"  # as the 2022 decree lists it
    assert RegionCode.parse("96.71", on=dt.date(2024, 11, 27)).name == "Kota Sorong"


def test_a_lookup_by_date_refuses_a_code_not_in_that_days_table():
    with pytest.raises(PilkadaValueError) as info:
        RegionCode.parse("92.71", on=dt.date(2025, 7, 1))
    assert "300.2.2-2430/2025" in info.value.problem
    assert info.value.field == "code"


def test_the_tables_are_complete():
    papua_barat_daya = sum(1 for code in REGION_TABLES[1].names if code[:2] == "96")
    assert len(REGION_TABLES[0]) == 91591 + papua_barat_daya  # the decree's rows, and 96
    assert len(REGION_TABLES[1]) == 91599
    assert is_known("3316012001")
    assert not is_known("3399")
    assert name_of("11") == "Aceh"


def test_the_kind_follows_the_decrees_numbering_at_its_boundaries():
    assert kind_of("33") is RegionKind.PROVINSI
    assert kind_of("3369") is RegionKind.KABUPATEN  # below 70: a kabupaten
    assert kind_of("3370") is RegionKind.KOTA  # "from 70": a kota
    assert kind_of("331601") is RegionKind.KECAMATAN
    assert kind_of("3316011001") is RegionKind.KELURAHAN
    assert kind_of("3316012001") is RegionKind.DESA
    assert kind_of("9171013001") is RegionKind.DESA_ADAT
    assert kind_of("3316014001") is None  # no kind starts with 4
    assert kind_of("3316012001001") is None  # a TPS
    assert kind_of("33160") is None


def test_the_table_on_a_day_takes_a_date_not_a_datetime():
    for day in (dt.datetime(2024, 11, 27, 7), "2024-11-27"):
        with pytest.raises(PilkadaTypeError) as info:
            table_on(day)  # type: ignore[arg-type]
        assert (info.value.field, info.value.value) == ("on", day)
        assert info.value.rule == "a datetime.date"
    assert table_on(None) is REGION_TABLES[-1]
