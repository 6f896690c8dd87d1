"""GrantAgreement and GrantStatus tables, and describe() (pilkada.display.grants)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from pilkada import (
    GrantAgreement,
    Grantor,
    Payment,
    RegionLevel,
    Rupiah,
)
from pilkada.i18n import format_date
from tests.display.reading import read, rows
from tests.strategies import blora, sen_values

# -- grant agreements --------------------------------------------------------------------------


def test_grant_html_tranches_amounts_and_deadlines():
    agreement = blora()
    html = agreement.to_html()
    assert agreement._repr_html_() == html
    reader = read(html)
    assert len(reader.tables) == 1  # no ledger, no status
    assert rows(html) == [
        ["Tahap", "Bagian", "Jumlah", "Paling lambat"],
        ["tahap I", "40%", "Rp13.962.082.800,00", "Kamis, 30 November 2023"],
        ["tahap II", "60%", "Rp20.943.124.200,00", "Kamis, 27 Juni 2024"],
        ["Jumlah", "100%", "Rp34.905.207.000,00", ""],
    ]
    assert "Pemberi hibah: Pemerintah Kabupaten Blora" in reader.paragraphs
    assert "Ditandatangani: Jumat, 10 November 2023" in reader.paragraphs
    assert "Nilai: Rp34.905.207.000,00" in reader.paragraphs


def test_grant_html_with_ledger_shows_status_summary_and_ledger():
    paid = blora().with_transfer(dt.date(2023, 11, 29), Rupiah(13_962_082_800), "SP2D tahap I")
    html = paid.to_html(on=dt.date(2024, 7, 1))
    reader = read(html)
    assert len(reader.tables) == 4
    assert "Keadaan per Senin, 1 Juli 2024" in reader.paragraphs
    status = rows(html, 1)
    assert status[0] == [
        "Tahap",
        "Jumlah",
        "Paling lambat",
        "Dibayar",
        "Belum dibayar",
        "Status",
        "Lunas pada",
        "Terlambat (hari)",
    ]
    assert status[1][5:] == ["lunas", "Rabu, 29 November 2023", "0"]
    assert status[2][3:] == ["Rp0,00", "Rp20.943.124.200,00", "lewat tenggat", "–", "4"]
    summary = dict(rows(html, 2)[1:])
    assert summary["Disalurkan"] == "Rp13.962.082.800,00"
    assert summary["Belum disalurkan"] == "Rp20.943.124.200,00"
    assert summary["Batas pengembalian sisa dana"] == "–"
    assert rows(html, 3)[1] == [
        "Rabu, 29 November 2023",
        "penyaluran",
        "Rp13.962.082.800,00",
        "SP2D tahap I",
    ]
    status_html = paid.status(on=dt.date(2024, 7, 1)).to_html()
    assert rows(status_html, 0) == status


def test_grant_html_states_the_day_of_its_status():
    paid = blora().with_transfer(dt.date(2023, 11, 29), Rupiah(13_962_082_800))
    given = read(paid.to_html(on="2024-07-01")).paragraphs
    assert "Status per Senin, 1 Juli 2024" in given
    assert not [line for line in given if "hari ini" in line]
    today = format_date(dt.date.today())
    assert f"Status per {today} (hari ini)" in read(paid._repr_html_()).paragraphs
    english = read(paid.to_html(locale="en")).paragraphs
    assert f"Status as of {format_date(dt.date.today(), locale='en')} (today)" in english
    # Without a ledger there is no status, and no day to state.
    assert not [line for line in read(blora()._repr_html_()).paragraphs if "Status" in line]


def test_describe_is_registered_by_the_display_layer():
    from pilkada import presentation  # noqa: PLC0415
    from pilkada.display.grants import grant_prose  # noqa: PLC0415

    assert presentation.prose.dispatch(GrantAgreement) is grant_prose
    agreement = blora()
    assert agreement.describe() == grant_prose(agreement)
    assert agreement.describe(locale="en") == grant_prose(agreement, locale="en")
    assert agreement.describe(locale="en_GB").startswith("The regional grant agreement (NPHD)")


def test_grant_html_in_english():
    html = blora().to_html(locale="en")
    assert rows(html)[:2] == [
        ["Tranche", "Share", "Amount", "Due by"],
        ["tranche I", "40%", "IDR13,962,082,800.00", "Thursday, November 30, 2023"],
    ]
    assert "Grantor: the Government of Blora Regency" in read(html).paragraphs


def test_grant_html_escapes_a_hostile_grantor_and_note():
    hostile = '<script>alert("nphd")</script>'
    agreement = blora(grantor=Grantor(RegionLevel.KABUPATEN, hostile)).with_transfer(
        dt.date(2023, 11, 29), Rupiah(1), note="<img src=x onerror=alert(1)>"
    )
    html = agreement.to_html(on=dt.date(2023, 12, 1))
    assert "<script>" not in html
    assert "<img" not in html
    assert "&lt;script&gt;alert(&quot;nphd&quot;)&lt;/script&gt;" in html
    reader = read(html)
    assert f"Pemberi hibah: Pemerintah Kabupaten {hostile}" in reader.paragraphs
    assert rows(html, 3)[1][-1] == "<img src=x onerror=alert(1)>"


def test_grant_html_lists_findings():
    late = blora(signed_on=dt.date(2023, 11, 20))
    paragraphs = read(late.to_html()).paragraphs
    assert any(p.startswith("Temuan: NPHD ditandatangani 20 November 2023") for p in paragraphs)


def test_grant_to_pandas_columns_dtypes_and_exact_amounts():
    agreement = blora()
    df = agreement.to_pandas()
    assert list(df.columns) == ["number", "label", "percent", "amount", "due", "basis"]
    assert str(df["number"].dtype) == "int64"
    assert str(df["percent"].dtype) == "int64"
    assert df["amount"].dtype == object
    assert str(df["due"].dtype) == "datetime64[ns]"
    assert list(df["amount"]) == [Decimal("13962082800.00"), Decimal("20943124200.00")]
    assert all(type(value) is Decimal for value in df["amount"])
    assert df["amount"].sum() == agreement.amount.amount
    assert list(df["percent"]) == [40, 60]
    assert list(df["due"]) == [pd.Timestamp("2023-11-30"), pd.Timestamp("2024-06-27")]
    assert list(df["label"]) == ["tahap I", "tahap II"]


def test_grant_status_to_pandas():
    paid = blora().with_transfer(dt.date(2023, 11, 29), Rupiah(13_962_082_800))
    df = paid.status(on=dt.date(2024, 7, 1)).to_pandas()
    assert list(df.columns) == [
        "number",
        "label",
        "amount",
        "due",
        "paid",
        "unpaid",
        "state",
        "paid_on",
        "days_late",
    ]
    assert list(df["state"]) == ["PAID", "OVERDUE"]
    assert df["paid"].sum() == Decimal("13962082800.00")
    assert df["paid"].sum() + df["unpaid"].sum() == paid.amount.amount
    assert df["paid_on"][0] == pd.Timestamp("2023-11-29")
    assert pd.isna(df["paid_on"][1])
    assert list(df["days_late"]) == [0, 4]


#: Grant amounts from Rp0,02 (the least two tranches can split) up to the type's limit.
grant_amounts = sen_values.filter(lambda sen: sen >= 2).map(Rupiah.from_sen)


@settings(max_examples=60)
@given(amount=grant_amounts, payment=st.sampled_from(list(Payment)))
def test_grant_frame_amounts_sum_exactly_to_the_grant(amount, payment):
    agreement = blora(amount=amount, payment=payment)
    df = agreement.to_pandas()
    assert all(type(value) is Decimal for value in df["amount"])
    assert sum(df["amount"]) == amount.amount
    assert list(df["amount"]) == [t.amount.amount for t in agreement.tranches]
    assert df["percent"].sum() == 100
    shown = [row[2] for row in rows(agreement.to_html())[1:]]
    assert shown == [t.amount.format() for t in agreement.tranches] + [amount.format()]


# -- describe(): the agreement number and the labels --------------------------------------------


def test_describe_names_the_agreement_number_in_both_languages():
    agreement = blora(number="900/123/2023")
    assert agreement.describe().startswith(
        "Nilai Naskah Perjanjian Hibah Daerah (NPHD) Nomor 900/123/2023 antara Pemerintah "
        "Kabupaten Blora"
    )
    assert "(NPHD) No. 900/123/2023 between" in agreement.describe(locale="en")
    assert "Nomor" not in blora().describe()
    assert "No." not in blora().describe(locale="en")


def test_describe_without_a_grantor_and_paid_at_once():
    from pilkada import GrantAgreement, Grantee, Payment, Rupiah  # noqa: PLC0415

    agreement = GrantAgreement(
        grantee=Grantee.POLRI,
        amount=Rupiah(1_000),
        signed_on=dt.date(2023, 11, 10),
        payment=Payment.SINGLE,
    )
    assert agreement.describe() == (
        "Nilai Naskah Perjanjian Hibah Daerah (NPHD) antara pemerintah daerah dan Polri untuk "
        "Pemilihan Tahun 2024 sebesar Rp1.000,00 (seribu rupiah), ditandatangani pada Jumat, "
        "10 November 2023. Pencairan sekaligus sebesar Rp1.000,00 (seribu rupiah) atau 100% "
        "dari nilai NPHD, paling lambat Kamis, 30 November 2023."
    )
    assert agreement.describe(locale="en") == (
        "The regional grant agreement (NPHD) between the regional government and the Polri for "
        "the 2024 election amounts to IDR1,000.00 (in words: seribu rupiah), signed on Friday, "
        "November 10, 2023. Single payment of IDR1,000.00 (100% of the NPHD) is due no later "
        "than Thursday, November 30, 2023."
    )
