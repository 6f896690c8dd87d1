"""A grant agreement (NPHD) shown: its tables and the paragraph for a report.

``GrantAgreement.to_html()`` / ``to_pandas()``, ``GrantStatus.to_html()`` / ``to_pandas()`` and
``GrantAgreement.describe()``.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from pilkada import presentation
from pilkada.boundary import as_date
from pilkada.display.table import (
    Column,
    Row,
    Table,
    escape,
    join_lines,
    pairs_table,
    pick,
)
from pilkada.grants import GrantAgreement, GrantStatus
from pilkada.i18n import (
    DEFAULT_LOCALE,
    format_date,
    format_percent,
    lang_of,
)
from pilkada.money import Rupiah

if TYPE_CHECKING:
    import pandas as pd

__all__: list[str] = []

# -- grant agreements --------------------------------------------------------------------------


def _tranche_table(agreement: GrantAgreement, lang: str) -> Table:
    columns = (
        Column("number", "Nomor", "Number", "int", show=False),
        Column("label", "Tahap", "Tranche"),
        Column("percent", "Bagian", "Share", "percent"),
        Column("amount", "Jumlah", "Amount", "money"),
        Column("due", "Paling lambat", "Due by", "date"),
        Column("basis", "Dasar hukum", "Legal basis", show=False),
    )
    tranches = agreement.tranches
    rows = tuple(
        Row(
            {
                "number": t.number,
                "label": t.label(lang),
                "percent": t.share,
                "amount": t.amount,
                "due": t.due,
                "basis": t.basis.cite(locale=lang),
            }
        )
        for t in tranches
    )
    footer = Row(
        {
            "label": pick(lang, "Jumlah", "Total"),
            "percent": sum((t.share for t in tranches), Fraction(0)),
            "amount": sum((t.amount for t in tranches), Rupiah(0)),
        }
    )
    return Table(columns=columns, rows=rows, footer=(footer,))


def _status_table(status: GrantStatus, lang: str) -> Table:
    columns = (
        Column("number", "Nomor", "Number", "int", show=False),
        Column("label", "Tahap", "Tranche"),
        Column("amount", "Jumlah", "Amount", "money"),
        Column("due", "Paling lambat", "Due by", "date"),
        Column("paid", "Dibayar", "Paid", "money"),
        Column("unpaid", "Belum dibayar", "Unpaid", "money"),
        Column("state", "Status", "State", "enum"),
        Column("paid_on", "Lunas pada", "Paid in full on", "date"),
        Column("days_late", "Terlambat (hari)", "Days late", "int"),
    )
    rows = tuple(
        Row(
            {
                "number": s.tranche.number,
                "label": s.tranche.label(lang),
                "amount": s.tranche.amount,
                "due": s.tranche.due,
                "paid": s.paid,
                "unpaid": s.unpaid,
                "state": s.state,
                "paid_on": s.paid_on,
                "days_late": s.days_late,
            }
        )
        for s in status.tranches
    )
    footer = Row(
        {
            "label": pick(lang, "Jumlah", "Total"),
            "amount": status.amount,
            "paid": sum((s.paid for s in status.tranches), Rupiah(0)),
            "unpaid": sum((s.unpaid for s in status.tranches), Rupiah(0)),
        }
    )
    return Table(
        columns=columns,
        rows=rows,
        footer=(footer,),
        title=pick(lang, "Keadaan per ", "Status on ") + format_date(status.on, locale=lang),
    )


def _summary_table(status: GrantStatus, lang: str) -> Table:
    return pairs_table(
        [
            ("Nilai NPHD", "Grant", "money", status.amount),
            ("Disalurkan", "Transferred", "money", status.disbursed),
            ("Belum disalurkan", "Still to transfer", "money", status.outstanding),
            ("Dibelanjakan", "Spent", "money", status.spent),
            ("Dikembalikan", "Returned", "money", status.refunded),
            ("Sisa dana", "Unspent", "money", status.unspent),
            (
                "Batas pengembalian sisa dana",
                "Unspent funds due back by",
                "date",
                status.sisa_dana_due,
            ),
        ],
        lang,
    )


def _ledger_table(agreement: GrantAgreement, lang: str) -> Table:
    en = {"TRANSFER": "transfer", "SPENDING": "spending", "REFUND": "refund of unspent funds"}
    return Table(
        columns=(
            Column("on", "Tanggal", "Date", "date"),
            Column("kind", "Jenis", "Kind"),
            Column("amount", "Jumlah", "Amount", "money"),
            Column("note", "Keterangan", "Note"),
        ),
        rows=tuple(
            Row(
                {
                    "on": e.on,
                    "kind": e.kind.value if lang_of(lang) == "id" else en[e.kind.name],
                    "amount": e.amount,
                    "note": e.note,
                }
            )
            for e in agreement.ledger
        ),
        title=pick(lang, "Buku besar", "Ledger"),
    )


def grant_html(
    agreement: GrantAgreement, *, locale: str = DEFAULT_LOCALE, on: dt.date | str | None = None
) -> str:
    """:meth:`GrantAgreement.to_html`: the tranches, and with a ledger its status on ``on``.

    Without ``on`` the status is that of today, and the table says so: a line ``Status per
    <day> (hari ini)`` names the day taken, so a saved notebook never shows a silent date.
    """
    lang = locale
    on = None if on is None else as_date("on", on)
    number = f" {pick(lang, 'Nomor', 'No.')} {agreement.number}" if agreement.number else ""
    title = pick(lang, "Naskah Perjanjian Hibah Daerah (NPHD)", "Regional grant agreement (NPHD)")
    lines = []
    if agreement.grantor is not None:
        region = agreement.grantor.region(lang)
        unit = agreement.grantee.unit(agreement.grantor.level)
        if lang_of(lang) == "id":
            lines.append(f"Pemberi hibah: Pemerintah {region}")
            lines.append(f"Penerima hibah: {unit} {region}")
            lines.append(f"Pemilihan: {agreement.grantor.election.label(lang)}")
        else:
            lines.append(f"Grantor: the Government of {region}")
            lines.append(f"Grantee: {unit} {region}")
            lines.append(f"Election: {agreement.grantor.election.label(lang)}")
    else:
        lines.append(pick(lang, "Penerima hibah: ", "Grantee: ") + agreement.grantee.value)
    lines.append(pick(lang, "Nilai: ", "Amount: ") + agreement.amount.format(locale=lang))
    lines.append(
        pick(lang, "Ditandatangani: ", "Signed on: ")
        + format_date(agreement.signed_on, locale=lang)
    )
    tranches = _tranche_table(agreement, lang)
    bases = dict.fromkeys(t.basis.cite(locale=lang) for t in agreement.tranches)
    notes = [pick(lang, "Dasar hukum: ", "Legal basis: ") + "; ".join(bases)]
    notes += [
        pick(lang, "Temuan: ", "Finding: ") + finding.message(locale=lang)
        for finding in agreement.findings()
    ]
    status = None
    if agreement.ledger:
        status = agreement.status(on=dt.date.today() if on is None else on)
        lines.append(_status_day(status.on, lang, today=on is None))
    tranches = attrs.evolve(tranches, title=title + number, lines=tuple(lines), notes=tuple(notes))
    parts = [tranches.html(lang=lang)]
    if status is not None:
        parts.append(_status_table(status, lang).html(lang=lang))
        parts.append(_summary_table(status, lang).html(lang=lang))
        parts.append(_ledger_table(agreement, lang).html(lang=lang))
    return join_lines(*parts)


def _status_day(day: dt.date, lang: str, *, today: bool) -> str:
    """``Status per 1 Juli 2024``; ``(hari ini)`` when no day was given and today was taken."""
    line = pick(lang, "Status per ", "Status as of ") + format_date(day, locale=lang)
    return line + pick(lang, " (hari ini)", " (today)") if today else line


def grant_frame(agreement: GrantAgreement) -> pd.DataFrame:
    """:meth:`GrantAgreement.to_pandas`."""
    return _tranche_table(agreement, "id").frame(feature="GrantAgreement.to_pandas()")


def status_html(status: GrantStatus, *, locale: str = DEFAULT_LOCALE) -> str:
    """:meth:`GrantStatus.to_html`."""
    lang = locale
    parts = [
        _status_table(status, lang).html(lang=lang),
        _summary_table(status, lang).html(lang=lang),
    ]
    if status.sisa_dana_overdue:
        parts.append(
            "<p>"
            + escape(
                pick(
                    lang,
                    "Sisa dana belum dikembalikan setelah batas waktunya.",
                    "Unspent funds are still held after the deadline to return them.",
                )
            )
            + "</p>"
        )
    return join_lines(*parts)


def status_frame(status: GrantStatus) -> pd.DataFrame:
    """:meth:`GrantStatus.to_pandas`."""
    return _status_table(status, "id").frame(feature="GrantStatus.to_pandas()")


# -- the paragraph for a report ----------------------------------------------------------------


def grant_prose(agreement: GrantAgreement, *, locale: str = DEFAULT_LOCALE) -> str:
    """:meth:`GrantAgreement.describe`: the paragraph a finance officer pastes into a report.

    >>> import datetime as dt
    >>> from pilkada import GrantAgreement, Grantee, Grantor, Payment, RegionLevel, Rupiah
    >>> agreement = GrantAgreement(
    ...     grantor=Grantor(RegionLevel.KOTA, "Contoh"), grantee=Grantee.BAWASLU,
    ...     amount=Rupiah(1_000_000_000), signed_on=dt.date(2023, 11, 10),
    ...     payment=Payment.SINGLE)
    >>> print(agreement.describe())  # doctest: +NORMALIZE_WHITESPACE
    Nilai Naskah Perjanjian Hibah Daerah (NPHD) antara Pemerintah Kota Contoh dan Bawaslu
    Kota Contoh untuk Pemilihan Wali Kota dan Wakil Wali Kota Tahun 2024 sebesar
    Rp1.000.000.000,00 (satu miliar rupiah), ditandatangani pada Jumat, 10 November 2023.
    Pencairan sekaligus sebesar Rp1.000.000.000,00 (satu miliar rupiah) atau 100% dari
    nilai NPHD, paling lambat Kamis, 30 November 2023.
    """
    if lang_of(locale) == "id":
        return _prose_id(agreement)
    return _prose_en(agreement)


def _prose_id(agreement: GrantAgreement) -> str:
    number = f" Nomor {agreement.number}" if agreement.number else ""
    grantor, grantee = agreement.grantor, agreement.grantee
    if grantor is None:
        parties, election = f"pemerintah daerah dan {grantee.value}", "Pemilihan"
    else:
        parties = f"{grantor} dan {grantee.unit(grantor.level)} {grantor.region()}"
        election = grantor.election.name_id
    amount = agreement.amount
    parts = [
        f"Nilai Naskah Perjanjian Hibah Daerah (NPHD){number} antara {parties} untuk "
        f"{election} Tahun {agreement.voting_day.year} sebesar {amount} ({amount.terbilang()}), "
        f"ditandatangani pada {format_date(agreement.signed_on)}."
    ]
    parts += [
        f"Pencairan {t.label()} sebesar {t.amount} ({t.amount.terbilang()}) atau "
        f"{format_percent(t.share)} dari nilai NPHD, paling lambat {format_date(t.due)}."
        for t in agreement.tranches
    ]
    return " ".join(parts)


def _prose_en(agreement: GrantAgreement) -> str:
    number = f" No. {agreement.number}" if agreement.number else ""
    grantor, grantee = agreement.grantor, agreement.grantee
    if grantor is None:
        parties, election = f"the regional government and the {grantee.value}", "election"
    else:
        region = grantor.region("en")
        parties = f"the Government of {region} and {grantee.unit(grantor.level)} {region}"
        election = grantor.election.name_en
    amount = agreement.amount
    parts = [
        f"The regional grant agreement (NPHD){number} between {parties} for the "
        f"{agreement.voting_day.year} {election} amounts to {amount.format(locale='en')} (in "
        f"words: {amount.terbilang()}), signed on {format_date(agreement.signed_on, locale='en')}."
    ]
    for t in agreement.tranches:
        label = t.label("en")
        parts.append(
            f"{label[0].upper()}{label[1:]} of {t.amount.format(locale='en')} "
            f"({format_percent(t.share, locale='en')} of the NPHD) is due no later than "
            f"{format_date(t.due, locale='en')}."
        )
    return " ".join(parts)


presentation.html.register(GrantAgreement)(grant_html)
presentation.prose.register(GrantAgreement)(grant_prose)
presentation.frame.register(GrantAgreement)(grant_frame)
presentation.html.register(GrantStatus)(status_html)
presentation.frame.register(GrantStatus)(status_frame)
