"""StaffingPlan.to_html() and to_pandas() (pilkada.display.adhoc)."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from pilkada import (
    plan_staffing,
)
from tests.display.reading import read, rows

# -- staffing ----------------------------------------------------------------------------------


def test_staffing_html_matches_the_plan():
    plan = plan_staffing(kecamatan=16, desa=295, tps=1200)
    html = plan.to_html()
    assert plan._repr_html_() == html
    table = rows(html)
    assert table[0] == [
        "Badan",
        "Penyelenggara",
        "Jumlah",
        "Anggota",
        "Honor/bulan",
        "Bulan",
        "Honor masa kerja",
        "Ket.",
    ]
    assert table[1] == [
        "PPK",
        "KPU",
        "16",
        "80",
        "Rp180.800.000,00",
        "8",
        "Rp1.446.400.000,00",
        "sementara",
    ]
    assert table[5] == ["Panwaslu Kecamatan", "Bawaslu", "16", "48", "–", "–", "–", ""]
    assert table[-1] == [
        "Jumlah",
        "",
        "",
        "12.108",
        "Rp9.790.300.000,00",
        "",
        "Rp19.522.400.000,00",
        "",
    ]
    paragraphs = read(html).paragraphs
    assert "Wilayah: 16 kecamatan, 295 desa/kelurahan, 1.200 TPS" in paragraphs
    assert rows(plan.to_html(locale="en"))[0][:4] == ["Body", "Organiser", "Bodies", "Members"]


def test_staffing_to_pandas():
    plan = plan_staffing(kecamatan=16, desa=295, tps=1200)
    df = plan.to_pandas()
    assert list(df.columns) == [
        "kind",
        "organiser",
        "level",
        "bodies",
        "members",
        "honorarium_monthly",
        "term_months",
        "honorarium_term",
        "term_certainty",
    ]
    assert list(df["kind"])[:4] == ["PPK", "PPS", "KPPS", "PANTARLIH"]
    assert list(df["organiser"]) == ["KPU"] * 4 + ["BAWASLU"] * 3
    assert str(df["members"].dtype) == "int64"
    assert str(df["term_months"].dtype) == "Int64"
    assert df["honorarium_monthly"][0] == Decimal("180800000.00")
    assert df["honorarium_monthly"][4] is None
    assert pd.isna(df["term_months"][4])


@st.composite
def staffing_counts(draw: st.DrawFn) -> dict[str, object]:
    desa = draw(st.integers(0, 3000))
    tps = draw(st.integers(desa, desa + 5000))
    counts: dict[str, object] = {
        "kecamatan": draw(st.integers(0, 300)),
        "desa": desa,
        "tps": tps,
    }
    if tps <= 50 and draw(st.booleans()):
        counts["voters_per_tps"] = draw(st.lists(st.integers(0, 600), min_size=tps, max_size=tps))
    return counts


@settings(max_examples=60)
@given(counts=staffing_counts())
def test_staffing_frame_totals_equal_the_plan(counts):
    plan = plan_staffing(**counts)  # type: ignore[arg-type]
    df = plan.to_pandas()
    assert df["members"].sum() == plan.total()
    monthly = df["honorarium_monthly"].dropna()
    term = df["honorarium_term"].dropna()
    assert all(type(value) is Decimal for value in [*monthly, *term])
    assert sum(monthly) == plan.honorarium_monthly().amount
    assert sum(term) == plan.honorarium_term().amount
    footer = rows(plan.to_html())[-1]
    assert footer[4] == plan.honorarium_monthly().format()
