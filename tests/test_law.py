from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given

import pilkada.law
import pilkada.lawdata
import pilkada.sources
from pilkada import Instrument, LegalBasis, PilkadaParseError, PilkadaTypeError, PilkadaValueError
from tests.strategies import legal_bases


@pytest.mark.parametrize(
    ("basis", "id_text", "en_text"),
    [
        (
            LegalBasis(Instrument.UU, "10", 2016, pasal="158", ayat="2"),
            "UU 10/2016 Pasal 158 ayat (2)",
            "Law No. 10/2016, Article 158(2)",
        ),
        (
            LegalBasis(Instrument.UU, "1", 2015, pasal="5", ayat="2", huruf="d"),
            "UU 1/2015 Pasal 5 ayat (2) huruf d",
            "Law No. 1/2015, Article 5(2)(d)",
        ),
        (
            LegalBasis(Instrument.PKPU, "2", 2024, lampiran=True),
            "PKPU 2/2024 Lampiran",
            "General Elections Commission Regulation No. 2/2024, Annex",
        ),
        (
            LegalBasis(Instrument.PUTUSAN_MK, "60/PUU-XXII", 2024, effective=dt.date(2024, 8, 20)),
            "Putusan MK 60/PUU-XXII/2024",
            "Constitutional Court Decision No. 60/PUU-XXII/2024",
        ),
        (
            LegalBasis(Instrument.UU, "10", 2016, pasal="54D", ayat="1"),
            "UU 10/2016 Pasal 54D ayat (1)",
            "Law No. 10/2016, Article 54D(1)",
        ),
        (
            LegalBasis(
                Instrument.PERMENDAGRI,
                "54",
                2019,
                pasal="16",
                ayat="4",
                amended_by=(LegalBasis(Instrument.PERMENDAGRI, "41", 2020),),
            ),
            "Permendagri 54/2019 Pasal 16 ayat (4) sebagaimana diubah dengan Permendagri 41/2020",
            "Minister of Home Affairs Regulation No. 54/2019, Article 16(4) as amended by "
            "Minister of Home Affairs Regulation No. 41/2020",
        ),
        (
            LegalBasis(
                Instrument.UU,
                "1",
                2015,
                pasal="5",
                amended_by=[
                    LegalBasis(Instrument.UU, "8", 2015),
                    LegalBasis(Instrument.UU, "10", 2016),
                    LegalBasis(Instrument.UU, "6", 2020),
                ],
            ),
            "UU 1/2015 Pasal 5 sebagaimana diubah dengan UU 8/2015, UU 10/2016 dan UU 6/2020",
            "Law No. 1/2015, Article 5 as amended by Law No. 8/2015, Law No. 10/2016 and "
            "Law No. 6/2020",
        ),
        (
            LegalBasis(Instrument.SURAT_MENKEU, "S-647/MK.02", 2022),
            "Surat Menkeu S-647/MK.02/2022",
            "Minister of Finance Letter No. S-647/MK.02/2022",
        ),
        (
            LegalBasis(Instrument.PUTUSAN_MA, "23 P/HUM", 2024),
            "Putusan MA 23 P/HUM/2024",
            "Supreme Court Decision No. 23 P/HUM/2024",
        ),
    ],
)
def test_citation(basis, id_text, en_text):
    assert str(basis) == id_text
    assert basis.cite(locale="id_ID") == id_text
    assert basis.cite(locale="en") == en_text
    parsed = LegalBasis.parse(id_text)
    assert parsed == attrs.evolve(basis, effective=None, title="", url=None)


def test_every_instrument_has_names():
    for instrument in Instrument:
        assert instrument.name_id
        assert instrument.name_en
    assert Instrument.UU.name_id == "Undang-Undang"
    assert Instrument.PKPU.name_en == "General Elections Commission Regulation"


def test_legal_basis_is_frozen_and_hashable():
    basis = LegalBasis(Instrument.UU, "10", 2016)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        basis.year = 2017  # type: ignore[misc]
    assert len({basis, LegalBasis(Instrument.UU, "10", 2016)}) == 1


def test_title_and_url_are_kept():
    basis = LegalBasis(
        Instrument.UU,
        "10",
        2016,
        title="Perubahan Kedua atas UU 1/2015",
        url="https://peraturan.bpk.go.id/Details/37644",
    )
    assert basis.title.startswith("Perubahan")
    assert basis.url is not None


@pytest.mark.parametrize(
    ("kwargs", "error", "field"),
    [
        ({"instrument": "UU"}, TypeError, "instrument"),
        ({"number": 10}, PilkadaTypeError, "number"),
        ({"number": ""}, PilkadaValueError, "number"),
        ({"number": "10/"}, PilkadaValueError, "number"),
        ({"year": "2016"}, PilkadaTypeError, "year"),
        ({"year": 16}, PilkadaValueError, "year"),
        ({"year": True}, PilkadaTypeError, "year"),
        ({"pasal": "158a"}, PilkadaValueError, "pasal"),
        ({"pasal": "Pasal 158"}, PilkadaValueError, "pasal"),
        ({"pasal": 158}, PilkadaTypeError, "pasal"),
        ({"pasal": "158", "ayat": "(2)"}, PilkadaValueError, "ayat"),
        ({"ayat": "2"}, PilkadaValueError, "pasal"),
        ({"huruf": "a"}, PilkadaValueError, "pasal"),
        ({"pasal": "5", "huruf": "A"}, PilkadaValueError, "huruf"),
        ({"url": "peraturan.bpk.go.id"}, PilkadaValueError, "url"),
        ({"amended_by": ("UU 8/2015",)}, PilkadaTypeError, "amended_by"),
        ({"amended_by": 5}, PilkadaTypeError, "amended_by"),
        ({"amended_by": True}, PilkadaTypeError, "amended_by"),
        (
            {"amended_by": (LegalBasis(Instrument.UU, "8", 2015, pasal="1"),)},
            PilkadaValueError,
            "amended_by",
        ),
    ],
)
def test_invalid_legal_basis_is_refused(kwargs, error, field):
    arguments = {"instrument": Instrument.UU, "number": "10", "year": 2016} | kwargs
    with pytest.raises(error) as info:
        LegalBasis(**arguments)
    if isinstance(info.value, PilkadaValueError | PilkadaTypeError):
        assert info.value.field == field


@pytest.mark.parametrize(
    "text",
    [
        "Pasal 5 UU 1/2015",
        "UU 1 Tahun 2015",
        "UUD 1945",
        "UU 10/2016 Pasal",
        "UU 10/2016 ayat (2)",
        "PKPU 2/2024 sebagaimana diubah dengan PKPU 8/2024 Pasal 1",
        "",
    ],
)
def test_parse_refuses_what_is_not_a_citation(text):
    with pytest.raises(PilkadaParseError):
        LegalBasis.parse(text)


@pytest.mark.parametrize(
    ("long", "short"),
    [
        ("Undang-Undang Nomor 10 Tahun 2016 Pasal 158 ayat (2)", "UU 10/2016 Pasal 158 ayat (2)"),
        ("UU Nomor 10 Tahun 2016", "UU 10/2016"),
        ("UU Nomor 10/2016", "UU 10/2016"),
        ("UU No. 1 Tahun 2015 Pasal 5 ayat (2) huruf d", "UU 1/2015 Pasal 5 ayat (2) huruf d"),
        ("Peraturan Komisi Pemilihan Umum Nomor 2 Tahun 2024 Lampiran", "PKPU 2/2024 Lampiran"),
        ("Putusan Mahkamah Konstitusi Nomor 60/PUU-XXII/2024", "Putusan MK 60/PUU-XXII/2024"),
        ("Putusan MK Nomor 70/PUU-XXII/2024", "Putusan MK 70/PUU-XXII/2024"),
        (
            "Undang-Undang Nomor 1 Tahun 2015 sebagaimana diubah dengan UU Nomor 8 Tahun 2015"
            " dan Undang-Undang Nomor 10 Tahun 2016",
            "UU 1/2015 sebagaimana diubah dengan UU 8/2015 dan UU 10/2016",
        ),
    ],
)
def test_parse_reads_the_long_form(long, short):
    assert LegalBasis.parse(long) == LegalBasis.parse(short)
    assert LegalBasis.parse(long).cite() == short


@pytest.mark.parametrize(
    "text", ["UU Nomor 10 Tahun 16", "Undang Undang Nomor 10 Tahun 2016", "UU Nomor Tahun 2016"]
)
def test_parse_refuses_mixed_long_forms(text):
    with pytest.raises(PilkadaParseError):
        LegalBasis.parse(text)


def test_parse_refuses_non_text():
    with pytest.raises(PilkadaTypeError):
        LegalBasis.parse(None)  # type: ignore[arg-type]


def test_cite_refuses_unsupported_language():
    with pytest.raises(PilkadaValueError, match="locale"):
        LegalBasis(Instrument.UU, "10", 2016).cite(locale="fr")


@given(legal_bases())
def test_citation_round_trip(basis):
    assert LegalBasis.parse(str(basis)) == basis


def _long_form(text: str, basis: LegalBasis) -> str:
    """``text`` (a short citation of ``basis``) with its first instrument written out in full."""
    short = f"{basis.instrument.value} {basis.number}/{basis.year}"
    number = (
        f"Nomor {basis.number}/{basis.year}"
        if "/" in basis.number
        else f"Nomor {basis.number} Tahun {basis.year}"
    )
    return text.replace(short, f"{basis.instrument.name_id} {number}", 1)


@given(legal_bases())
def test_long_form_reads_as_the_short_one(basis):
    long = _long_form(str(basis), basis)
    assert long != str(basis)
    assert LegalBasis.parse(long) == basis


@pytest.mark.parametrize(
    "text",
    [
        "Keputusan KPU Kota Pangkalpinang Nomor 123 Tahun 2025",
        "Keputusan KPU Kota Pangkalpinang 123/2025",
        "Keputusan KPU Kota Pangkalpinang Nomor 123/2025",
    ],
)
def test_a_regional_decree_cited_the_official_way_is_read(text):
    # Issue 14: the long form of a KPU Kota decree was refused while the short one was read.
    basis = LegalBasis.parse(text)
    assert (basis.instrument, basis.number, basis.year) == (
        Instrument.KEPUTUSAN_KPU, "Kota Pangkalpinang 123", 2025,
    )  # fmt: skip
    assert str(basis) == "Keputusan KPU Kota Pangkalpinang 123/2025"
    assert LegalBasis.parse(str(basis)) == basis


def test_the_names_moved_to_lawdata_keep_a_deprecated_alias():
    for name in ("basis_from_data", "basis_to_data", "data_date"):
        with pytest.warns(DeprecationWarning, match=f"pilkada.lawdata.{name}"):
            assert getattr(pilkada.law, name) is getattr(pilkada.lawdata, name)
    with pytest.raises(AttributeError):
        pilkada.law.no_such_name  # noqa: B018


def test_a_version_ends_on_or_after_it_takes_effect_and_is_found_by_a_date():
    basis = pilkada.sources.UU_10_2016.provision(pasal="54D", ayat="1")
    day = dt.date(2024, 8, 20)
    assert pilkada.law.Dated(value=1, effective=day, basis=basis, ended=day).ended == day
    with pytest.raises(PilkadaValueError) as info:
        pilkada.law.Dated(value=1, effective=day, basis=basis, ended=day - dt.timedelta(1))
    assert (info.value.field, info.value.value) == ("ended", day - dt.timedelta(1))
    version = pilkada.law.Dated(value=1, effective=day, basis=basis, ended=dt.date(2024, 12, 31))
    assert pilkada.law.in_force([version], dt.date(2024, 12, 31)).value == 1  # its last day
    with pytest.raises(PilkadaValueError) as after:
        pilkada.law.in_force([version], dt.date(2025, 1, 1))
    assert (after.value.field, after.value.value) == ("on", dt.date(2025, 1, 1))
    assert after.value.rule == "a day on which a version was in force"
    with pytest.raises(PilkadaTypeError) as moment:
        pilkada.law.in_force([version], dt.datetime(2024, 9, 1, 8))
    assert (moment.value.field, moment.value.rule) == ("on", "a datetime.date")


def test_a_basis_table_from_data_has_known_keys_a_number_a_year_and_a_list_of_amendments():
    fields = {"instrument": "UU", "number": "10", "year": 2016, "pasal": "54D"}
    assert str(pilkada.lawdata.basis_from_data("$.basis", fields)) == "UU 10/2016 Pasal 54D"
    cases = [
        ({**fields, "bab": "I"}, "$.basis.bab", "I"),
        ({k: v for k, v in fields.items() if k != "year"}, "$.basis.year", None),
        ({**fields, "amended_by": "UU 6/2020"}, "$.basis.amended_by", "UU 6/2020"),
    ]
    for value, field, bad in cases:
        with pytest.raises(PilkadaValueError) as info:
            pilkada.lawdata.basis_from_data("$.basis", value)
        assert (info.value.field, info.value.value) == (field, bad)
