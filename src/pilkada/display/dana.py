"""A campaign account shown: its tables, its DataFrame and (registered here) its picture.

``DanaKampanye.to_html()`` / ``to_pandas()`` / ``plot()`` and ``StatusDana.to_html()`` /
``to_pandas()``.

``DanaKampanye.to_pandas()`` has one row per line of the ledger, with the columns ``tanggal``
(``datetime64[ns]``), ``transaksi``, ``jenis_penyumbang``, ``nama``, ``identitas``,
``bentuk``, ``jumlah`` (exact ``Decimal``), ``uraian`` and ``bukti``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from pilkada import presentation
from pilkada.dana import DanaKampanye, StatusDana
from pilkada.display.plot.dana import plot_dana
from pilkada.display.table import Column, Row, Table, join_lines, pick
from pilkada.i18n import DEFAULT_LOCALE, format_date, lang_of

if TYPE_CHECKING:
    import pandas as pd

__all__: list[str] = []


def _status_table(status: StatusDana, lang: str) -> Table:
    rows = (
        (pick(lang, "Penerimaan", "Receipts"), status.penerimaan),
        (pick(lang, "Pengeluaran", "Spending"), status.pengeluaran),
        (pick(lang, "Setoran kas negara", "To the state treasury"), status.setoran),
        (pick(lang, "Saldo", "Balance"), status.saldo),
    )
    return Table(
        columns=(Column("item", "Pos", "Item"), Column("amount", "Jumlah", "Amount", "money")),
        rows=tuple(Row({"item": item, "amount": amount}) for item, amount in rows),
        title=pick(lang, "Status per ", "Status as of ") + format_date(status.on, locale=lang),
    )


def _kind_table(account: DanaKampanye, lang: str) -> Table:
    return Table(
        columns=(
            Column("kind", "Penyumbang", "Donor"),
            Column("donors", "Jumlah penyumbang", "Donors", "int"),
            Column("donations", "Jumlah sumbangan", "Donations", "int"),
            Column("amount", "Nilai", "Amount", "money"),
        ),
        rows=tuple(
            Row(
                {
                    "kind": r.jenis.label(lang),
                    "donors": r.penyumbang,
                    "donations": r.sumbangan,
                    "amount": r.jumlah,
                }
            )
            for r in account.ringkasan_jenis()
        ),
        title=pick(lang, "Sumbangan per jenis penyumbang", "Donations by kind of donor"),
    )


def _period_table(account: DanaKampanye, lang: str) -> Table:
    return Table(
        columns=(
            Column("period", "Periode", "Period"),
            Column("receipts", "Penerimaan", "Receipts", "money"),
            Column("spending", "Pengeluaran", "Spending", "money"),
        ),
        rows=tuple(
            Row({"period": r.label(lang), "receipts": r.penerimaan, "spending": r.pengeluaran})
            for r in account.ringkasan_periode()
        ),
        title=pick(lang, "Per periode laporan", "By reporting period"),
    )


def _deadline_table(account: DanaKampanye, lang: str) -> Table:
    rules = [account.tenggat(code) for code in ("LADK", "LPSDK", "LPPDK", "SETOR_KELEBIHAN")]
    return Table(
        columns=(
            Column("code", "Tenggat", "Deadline"),
            Column("due", "Paling lambat", "Due by", "date"),
            Column("basis", "Dasar hukum", "Legal basis"),
        ),
        rows=tuple(
            Row(
                {"code": r.code, "due": r.due, "basis": r.basis.cite(locale=lang)},
                provisional=r.certainty.name == "PROVISIONAL",
            )
            for r in rules
        ),
        title=pick(lang, "Tenggat", "Deadlines"),
    )


def _ledger_rows(account: DanaKampanye) -> list[dict[str, object]]:
    """The values of every line of the ledger, by date (stable within a day)."""
    rows: list[dict[str, object]] = [
        (
            {
                "tanggal": d.on,
                "transaksi": "penerimaan",
                "jenis_penyumbang": d.penyumbang.jenis.name,
                "nama": d.penyumbang.nama,
                "identitas": d.penyumbang.identitas,
                "bentuk": d.bentuk.value,
                "jumlah": d.jumlah,
                "uraian": d.uraian,
                "bukti": d.bukti,
            }
        )
        for d in account.sumbangan
    ]
    rows += [
        (
            {
                "tanggal": p.on,
                "transaksi": "pengeluaran",
                "bentuk": p.bentuk.value,
                "jumlah": p.jumlah,
                "uraian": p.uraian,
                "bukti": p.bukti,
            }
        )
        for p in account.pengeluaran
    ]
    rows += [
        (
            {
                "tanggal": s.on,
                "transaksi": "setoran kas negara",
                "jumlah": s.jumlah,
                "uraian": s.uraian,
                "bukti": s.bukti,
            }
        )
        for s in account.setoran
    ]
    days = [d.on for d in account.sumbangan]
    days += [p.on for p in account.pengeluaran] + [s.on for s in account.setoran]
    order = sorted(range(len(rows)), key=lambda index: days[index])  # stable on a day
    rows = [rows[index] for index in order]
    return rows


def ledger_table(account: DanaKampanye, lang: str = "id") -> Table:
    """Every line of the account: donations, spending, treasury transfers, by date."""
    columns = (
        Column("tanggal", "Tanggal", "Date", "date"),
        Column("transaksi", "Transaksi", "Transaction"),
        Column("jenis_penyumbang", "Jenis penyumbang", "Kind of donor"),
        Column("nama", "Nama", "Name"),
        Column("identitas", "Identitas", "Identity", show=False),
        Column("bentuk", "Bentuk", "Form"),
        Column("jumlah", "Jumlah", "Amount", "money"),
        Column("uraian", "Uraian", "Description"),
        Column("bukti", "Bukti", "Receipt", show=False),
    )
    rows = _ledger_rows(account)
    return Table(
        columns=columns,
        rows=tuple(Row(row) for row in rows),
        title=pick(lang, "Buku kas", "Ledger"),
    )


def dana_html(account: DanaKampanye, *, locale: str = DEFAULT_LOCALE) -> str:
    """:meth:`DanaKampanye.to_html`: totals, summaries, deadlines, findings and the ledger."""
    lang = locale
    lines = [
        pick(lang, "Pasangan calon: ", "Candidate pair: ") + account.pasangan,
        pick(lang, "Masa kampanye: ", "Campaign: ") + account.kampanye.format(locale=lang),
    ]
    if account.batas_pengeluaran is not None:
        lines.append(
            pick(lang, "Batas pengeluaran: ", "Spending limit: ")
            + account.batas_pengeluaran.format(locale=lang)
        )
    notes = [
        pick(lang, "Temuan: ", "Finding: ") + finding.message(locale=lang)
        for finding in account.findings()
    ] or [pick(lang, "Tidak ada temuan.", "No findings.")]
    title = pick(lang, "Dana kampanye", "Campaign finance")
    status = attrs.evolve(
        _status_table(account.status(on=account.hari_terakhir), lang),
        lines=(title, *lines),
        notes=tuple(notes),
    )
    return join_lines(
        status.html(lang=lang),
        _kind_table(account, lang).html(lang=lang),
        _period_table(account, lang).html(lang=lang),
        _deadline_table(account, lang).html(lang=lang),
        ledger_table(account, lang).html(lang=lang),
    )


def dana_frame(account: DanaKampanye) -> pd.DataFrame:
    """:meth:`DanaKampanye.to_pandas`: the ledger, one row per line."""
    return ledger_table(account).frame(feature="DanaKampanye.to_pandas()")


def status_html(status: StatusDana, *, locale: str = DEFAULT_LOCALE) -> str:
    """:meth:`StatusDana.to_html`."""
    lang_of(locale)
    return _status_table(status, locale).html(lang=locale)


def status_frame(status: StatusDana) -> pd.DataFrame:
    """:meth:`StatusDana.to_pandas`: one row per item (received, spent, handed over, left)."""
    return _status_table(status, "id").frame(feature="StatusDana.to_pandas()")


presentation.html.register(DanaKampanye)(dana_html)
presentation.frame.register(DanaKampanye)(dana_frame)
presentation.picture.register(DanaKampanye)(plot_dana)
presentation.html.register(StatusDana)(status_html)
presentation.frame.register(StatusDana)(status_frame)
