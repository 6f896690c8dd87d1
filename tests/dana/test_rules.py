"""The dated rules of campaign finance: caps, deadlines from the campaign, sanctions."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import PILKADA_2024, Certainty, Period, Rupiah, Schedule, ScheduleEntry, Stage
from pilkada.dana import JenisPenyumbang, batas_sumbangan, tenggat
from pilkada.dana.rules import (
    ANCHORS,
    CHECKED,
    PRINSIP,
    cap_versions,
    sanksi_rules,
    tenggat_rules,
)
from pilkada.errors import PilkadaError, PilkadaLookupError, PilkadaValueError
from pilkada.sources import find_instrument

D = dt.date


def rerun(start: dt.date, end: dt.date) -> Schedule:
    """A schedule with only its campaign dated (a re-election, say)."""
    return Schedule(
        name="Pemilihan Ulang",
        voting_day=end + dt.timedelta(days=4),
        entries=[ScheduleEntry(key=Stage.KAMPANYE, when=Period(start, end))],
    )


@pytest.mark.parametrize(
    ("jenis", "amount", "basis", "certainty"),
    [
        (JenisPenyumbang.PERSEORANGAN, 75_000_000, "UU 10/2016 Pasal 74 ayat (5)", "OFFICIAL"),
        (JenisPenyumbang.BADAN_HUKUM_SWASTA, 750_000_000, "UU 10/2016 Pasal 74 ayat (5)",
         "OFFICIAL"),
        (JenisPenyumbang.PARTAI_POLITIK, 750_000_000, "PKPU 14/2024 Pasal 9 ayat (2)",
         "PROVISIONAL"),
    ],
)  # fmt: skip
def test_the_caps_of_2024(jenis, amount, basis, certainty):
    cap = batas_sumbangan(jenis, D(2024, 10, 1))
    assert cap is not None
    assert cap.value.jumlah == Rupiah(amount)
    assert str(cap.basis) == basis
    assert cap.certainty is Certainty[certainty]
    assert cap.basis.checked == D(2026, 12, 2)


def test_the_pair_itself_has_no_cap():
    assert batas_sumbangan(JenisPenyumbang.PASANGAN_CALON, D(2024, 10, 1)) is None


def test_no_cap_is_guessed_before_it_took_effect():
    with pytest.raises(PilkadaValueError) as caught:
        batas_sumbangan(JenisPenyumbang.PERSEORANGAN, D(2016, 6, 30))
    assert caught.value.field == "on"
    assert caught.value.value == D(2016, 6, 30)
    assert "2016-07-01" in caught.value.rule


@pytest.mark.parametrize(
    ("code", "due"),
    [
        ("RKDK_DIBUKA", D(2024, 9, 24)),
        ("LADK", D(2024, 9, 24)),
        ("LPSDK", D(2024, 10, 24)),
        ("LPPDK", D(2024, 11, 24)),
        ("RKDK_DITUTUP", D(2024, 11, 25)),
        ("LAPORAN_KE_KAP", D(2024, 11, 27)),
        ("SETOR_KELEBIHAN", D(2024, 12, 7)),
        ("SETOR_SUMBANGAN_TERLARANG", D(2024, 12, 7)),
    ],
)
def test_the_2024_deadlines_reported_by_kpu_offices(code, due):
    assert tenggat(code, PILKADA_2024).due == due


def test_the_audit_deadlines_count_from_a_day_the_user_gives():
    audit = tenggat("AUDIT_KAP", PILKADA_2024, anchor_day=D(2024, 11, 27))
    assert audit.due == D(2024, 12, 12)
    announced = tenggat("PENGUMUMAN_AUDIT", PILKADA_2024, anchor_day=D(2024, 12, 12))
    assert (announced.due, str(announced.basis)) == (D(2024, 12, 15), "UU 1/2015 Pasal 75")
    with pytest.raises(PilkadaValueError) as caught:
        tenggat("AUDIT_KAP", PILKADA_2024)
    assert (caught.value.field, caught.value.value) == ("anchor_day", None)
    assert caught.value.rule == "give that day"


def test_the_lppdk_deadline_names_its_sanction():
    rule = tenggat("LPPDK", PILKADA_2024)
    assert str(rule.basis) == "PKPU 14/2024 Pasal 33 ayat (2)"
    assert rule.certainty is Certainty.OFFICIAL
    assert rule.sanksi is not None
    assert rule.sanksi.code == "LPPDK_TERLAMBAT"
    assert rule.sanksi.certainty is Certainty.PROVISIONAL
    assert "tidak diusulkan atau ditetapkan sebagai pasangan calon terpilih" in rule.sanksi.text()
    assert rule.sanksi.text(locale="en").startswith("the pair is not proposed")


def test_paling_lambat_includes_the_last_day():
    rule = tenggat("LPPDK", PILKADA_2024)
    assert rule.on_time(D(2024, 11, 24))
    assert not rule.on_time(D(2024, 11, 25))


@given(
    start=st.dates(min_value=D(2024, 9, 20), max_value=D(2030, 1, 1)),
    days=st.integers(min_value=0, max_value=120),
)
def test_the_deadlines_follow_a_custom_campaign(start, days):
    end = start + dt.timedelta(days=days)
    schedule = rerun(start, end)
    assert tenggat("LADK", schedule).due == start - dt.timedelta(days=1)
    assert tenggat("LPSDK", schedule).due == start + dt.timedelta(days=29)
    assert tenggat("LPPDK", schedule).due == end + dt.timedelta(days=1)
    assert tenggat("SETOR_KELEBIHAN", schedule).due == end + dt.timedelta(days=14)


def test_a_schedule_without_a_campaign_is_refused():
    bare = Schedule(name="Kosong", voting_day=D(2025, 8, 27))
    with pytest.raises(PilkadaLookupError) as caught:
        tenggat("LPPDK", bare)
    assert (caught.value.field, caught.value.value) == ("schedule", "Kosong")
    assert "KAMPANYE" in caught.value.rule


def test_an_unknown_deadline_is_refused():
    with pytest.raises(PilkadaLookupError) as caught:
        tenggat("LPJ", PILKADA_2024)
    assert (caught.value.field, caught.value.value) == ("code", "LPJ")
    assert "LPPDK" in caught.value.rule


def test_a_campaign_before_pkpu_14_2024_has_no_deadline_guessed():
    with pytest.raises(PilkadaValueError) as caught:
        tenggat("LPPDK", rerun(D(2020, 9, 26), D(2020, 12, 5)))
    assert caught.value.field == "on"
    assert "2024-09-20" in caught.value.rule


def test_every_rule_has_a_basis_an_instrument_and_the_day_it_was_checked():
    bases = [v.basis for v in tenggat_rules()] + [v.basis for v in sanksi_rules()]
    bases += [p.basis for p in PRINSIP]
    bases += [v.basis for j in JenisPenyumbang for v in cap_versions(j)]
    for basis in bases:
        assert find_instrument(basis) is not None, basis
        assert basis.checked == CHECKED


def test_every_deadline_anchor_and_sanction_is_known():
    codes = {v.value.code for v in sanksi_rules()}
    for version in tenggat_rules():
        assert version.value.sanksi is None or version.value.sanksi in codes
        if version.value.anchor in ANCHORS:
            assert tenggat(version.value.code, PILKADA_2024).due is not None


LPPDK = tenggat("LPPDK", PILKADA_2024)
CAP = batas_sumbangan(JenisPenyumbang.PERSEORANGAN, dt.date(2024, 10, 1)).value


@pytest.mark.parametrize(
    ("build", "field", "value", "rule"),
    [
        (lambda: attrs.evolve(LPPDK, code="LADK"), "code", "LADK", "the code of its rule"),
        (lambda: attrs.evolve(LPPDK, sanksi=None), "sanksi", None,
         "the sanction its rule names"),
        (lambda: attrs.evolve(LPPDK, sanksi="gugur"), "sanksi", "gugur", "a Sanksi"),
        (lambda: attrs.evolve(LPPDK, due="2024-11-24"), "due", "2024-11-24", "a datetime.date"),
        (lambda: attrs.evolve(LPPDK, rule=attrs.evolve(LPPDK.rule, value=LPPDK.sanksi)),
         "rule", attrs.evolve(LPPDK.rule, value=LPPDK.sanksi), "a Dated[TenggatRule]"),
        (lambda: attrs.evolve(LPPDK.rule.value, days=10**6), "days", 10**6,
         "a whole number from -366 to 3660"),
        (lambda: attrs.evolve(LPPDK.rule.value, anchor="KAMPANYE_SELESAI"), "anchor",
         "KAMPANYE_SELESAI", "a Anchor"),
        (lambda: attrs.evolve(LPPDK.sanksi, text_en=""), "text_en", "", "some text"),
        (lambda: attrs.evolve(LPPDK.sanksi, certainty="OFFICIAL"), "certainty", "OFFICIAL",
         "a Certainty"),
        (lambda: attrs.evolve(PRINSIP[0], basis="UU 10/2016"), "basis", "UU 10/2016",
         "a LegalBasis"),
        (lambda: attrs.evolve(CAP, jumlah=Rupiah(0)), "jumlah", Rupiah(0), "an amount above Rp0"),
        (lambda: attrs.evolve(CAP, jenis="perseorangan"), "jenis", "perseorangan",
         "a JenisPenyumbang"),
    ],
)  # fmt: skip
def test_a_rule_of_another_shape_is_refused(build, field, value, rule):
    with pytest.raises(PilkadaError) as caught:
        build()
    assert (caught.value.field, caught.value.value, caught.value.rule) == (field, value, rule)
