from __future__ import annotations

from pilkada import Instrument, Phase, Stage, Step
from pilkada.stages import ORDER

# UU 1/2015 Pasal 5 ayat (2) and (3) as amended by UU 8/2015, in order (the seed article 000
# lists the same 8 + 10 stages).
PERSIAPAN = [
    "PERENCANAAN_PROGRAM_DAN_ANGGARAN",
    "PENYUSUNAN_PERATURAN",
    "PERENCANAAN_PENYELENGGARAAN",
    "PEMBENTUKAN_PPK_PPS_KPPS",
    "PEMBENTUKAN_PANWAS",
    "PENDAFTARAN_PEMANTAU",
    "PENYERAHAN_DP4",
    "PEMUTAKHIRAN_DAFTAR_PEMILIH",
]
PENYELENGGARAAN = [
    "PENGUMUMAN_PENDAFTARAN",
    "PENDAFTARAN_PASLON",
    "PENELITIAN_PERSYARATAN",
    "PENETAPAN_PASLON",
    "KAMPANYE",
    "PEMUNGUTAN_SUARA",
    "PENGHITUNGAN_DAN_REKAPITULASI",
    "PENETAPAN_CALON_TERPILIH",
    "PENYELESAIAN_PELANGGARAN_DAN_SENGKETA",
    "PENGUSULAN_PENGANGKATAN",
]
PKPU_ROWS = ["DUKUNGAN_PERSEORANGAN", "PENGUNDIAN_NOMOR_URUT", "MASA_TENANG"]


def test_member_names_and_legal_order():
    assert [stage.name for stage in Stage] == [
        *PERSIAPAN,
        "DUKUNGAN_PERSEORANGAN",
        *PENYELENGGARAAN[:4],
        "PENGUNDIAN_NOMOR_URUT",
        "KAMPANYE",
        "MASA_TENANG",
        *PENYELENGGARAAN[5:],
    ]


def test_the_act_lists_eighteen_stages_with_their_huruf():
    statutory = [stage for stage in Stage if stage.statutory]
    assert [s.name for s in statutory] == PERSIAPAN + PENYELENGGARAAN
    for ayat, names in (("2", PERSIAPAN), ("3", PENYELENGGARAAN)):
        for letter, name in zip("abcdefghij", names, strict=False):
            basis = Stage[name].basis
            assert (basis.instrument, basis.number, basis.year) == (Instrument.UU, "1", 2015)
            assert (basis.pasal, basis.ayat, basis.huruf) == ("5", ayat, letter)
            assert [str(a) for a in basis.amended_by] == ["UU 8/2015"]


def test_pkpu_rows_cite_their_pkpu():
    # The masa tenang rests on PKPU 13/2024 (Kampanye); the draw is dated by the PKPU 2/2024
    # schedule, no row of its Lampiran (checked 2026-12-02).
    expected = {
        "MASA_TENANG": "PKPU 13/2024",
        "PENGUNDIAN_NOMOR_URUT": "PKPU 2/2024",
    }
    for name in PKPU_ROWS:
        stage = Stage[name]
        assert not stage.statutory
        assert str(stage.basis) == expected.get(name, "PKPU 2/2024 Lampiran")


def test_phases():
    assert [s.name for s in Stage if s.phase is Phase.PERSIAPAN] == PERSIAPAN
    assert Phase.PERSIAPAN.name_id == "Tahapan persiapan"
    assert Phase.PENYELENGGARAAN.name_en == "Conduct"


def test_every_stage_and_step_has_names():
    for key in (*Stage, *Step):
        assert key.name_id
        assert key.name_en
        assert key.label("en") == key.name_en
        assert key.label("id_ID") == key.name_id
    assert Stage.PEMBENTUKAN_PPK_PPS_KPPS.name_id == "Pembentukan PPK, PPS, dan KPPS"


def test_steps_belong_to_stages_and_follow_them_in_order():
    assert Step.COKLIT.stage is Stage.PEMUTAKHIRAN_DAFTAR_PEMILIH
    assert Step.KAMPANYE_MEDIA_MASSA.stage is Stage.KAMPANYE
    assert Step.PEMBENTUKAN_PENGAWAS_TPS.phase is Phase.PERSIAPAN
    assert len(ORDER) == len(Stage) + len(Step)
    for step in Step:
        assert ORDER.index(step.stage) < ORDER.index(step)
