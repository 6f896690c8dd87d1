"""Tables for notebooks: HTML for ``_repr_html_`` and DataFrames for ``to_pandas()``.

Schedules, grant agreements, staffing plans, results and outcomes show as tables. Each of
those classes has thin methods that import this module on first use and call one of the
builders below. A builder describes its object once, as a :class:`Table`: the columns
(a machine name for the DataFrame, an Indonesian and an English label for the HTML, and a
kind that says how a value is shown and stored) and the rows of raw values. The same table
then renders as

* HTML (:meth:`Table.html`): Indonesian labels by default (English with ``lang="en"``),
  amounts as ``Rp13.962.082.800,00``, dates as ``Rabu, 27 November 2024``, provisional rows
  marked ``sementara``, every piece of text HTML-escaped;
* a pandas DataFrame (:meth:`Table.frame`): ``datetime64[ns]`` dates (``NaT`` where there is
  none), ``int64`` counts (``Int64`` where a value may be missing), Rupiah amounts as
  ``decimal.Decimal`` objects (never floats), enums by name.

pandas is optional (``pip install "pilkada[pandas]"``) and imported only by
:meth:`Table.frame`.
"""

from __future__ import annotations

import datetime as dt
import enum
import html
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from pilkada._optional import _require
from pilkada.calendar import Deadline, Period
from pilkada.i18n import format_date, format_number, format_percent, lang_of
from pilkada.law import Certainty
from pilkada.money import Rupiah

if TYPE_CHECKING:
    import pandas as pd

    from pilkada.adhoc import StaffingPlan
    from pilkada.grants import GrantAgreement, GrantStatus
    from pilkada.results import Outcome, Recap, TpsResults
    from pilkada.schedule import Schedule

__all__ = ["Column", "Row", "Table"]

#: How a column's values are shown and stored:
#:
#: * ``text``: ``str``; stored as text.
#: * ``int``: ``int``; shown with the locale's grouping (``1.200``); ``int64`` (``Int64``
#:   when a value is ``None``).
#: * ``date``: ``datetime.date``; shown in full (``Rabu, 27 November 2024``);
#:   ``datetime64[ns]``.
#: * ``money``: :class:`~pilkada.Rupiah`; shown as ``Rp1.200,00``; stored as ``Decimal``.
#: * ``enum``: an enum member; shown by its ``label(locale)`` (or its value); stored by name.
#: * ``share``: a ``Fraction`` of 1; shown as a percentage with two decimals; ``float64``
#:   (a turnout or a vote share, never money).
#: * ``percent``: a ``Fraction`` of 1; shown as a whole percentage (``40%``); stored as a
#:   whole ``int64`` percentage (40).
#: * ``certainty``: a :class:`~pilkada.Certainty`; shown as ``turunan`` / ``sementara``
#:   (nothing when official); stored by name.
#: * ``bool``: shown as ``ya`` / ``yes`` or nothing; ``bool``.
Kind = Literal["text", "int", "date", "money", "enum", "share", "percent", "certainty", "bool"]
_RIGHT: Final = frozenset({"int", "money", "share", "percent"})
DASH: Final = "–"

_CERTAINTY: Final = {
    "id": {
        Certainty.OFFICIAL: "",
        Certainty.DERIVED: "turunan",
        Certainty.PROVISIONAL: "sementara",
    },
    "en": {
        Certainty.OFFICIAL: "",
        Certainty.DERIVED: "derived",
        Certainty.PROVISIONAL: "provisional",
    },
}
_STYLE: Final = "border-collapse: collapse; margin: 0.5em 0; font-variant-numeric: tabular-nums"


@attrs.frozen
class Column:
    """One column: its DataFrame name, its HTML labels and the kind of its values.

    ``show`` puts it in the HTML table, ``data`` in the DataFrame; ``right`` aligns it to the
    right (by default: numbers and amounts); ``nullable`` stores ints as ``Int64`` even when
    no value is missing, so the dtype does not depend on the data.
    """

    name: str
    id: str
    en: str
    kind: Kind = "text"
    show: bool = True
    data: bool = True
    right: bool | None = None
    nullable: bool = False

    def label(self, lang: str) -> str:
        """The header in the language of ``lang``."""
        return self.id if lang_of(lang) == "id" else self.en


@attrs.frozen
class Row:
    """One row: its values by column name, and how it is shown.

    Args:
        values: The raw values, by column name (missing names are ``None``).
        provisional: Shown in italics: the row rests on a provisional source.
        indent: Indentation of the first cell (a step under its stage).
        strong: Shown in bold (an elected pair).
    """

    values: Mapping[str, object] = attrs.field(eq=False)
    provisional: bool = False
    indent: int = 0
    strong: bool = False


@attrs.frozen(kw_only=True)
class Table:
    """Columns and rows, with a title, lines under it, a footer (HTML only) and notes.

    The footer (totals) is left out of the DataFrame, which holds only the rows.
    """

    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    title: str = ""
    lines: tuple[str, ...] = ()
    footer: tuple[Row, ...] = ()
    notes: tuple[str, ...] = ()

    def html(self, *, lang: str = "id", max_rows: int | None = 60) -> str:
        """The table as an HTML fragment (a ``<div>`` holding a ``<table>``), all text escaped.

        Args:
            lang: ``"id"`` (default) or ``"en"``, for the labels and the formatting.
            max_rows: Show at most this many rows (the first ones and the last five, with
                a row of ``…`` between); ``None`` shows all.
        """
        lang_of(lang)
        shown = [c for c in self.columns if c.show]
        parts = ['<div class="pilkada">']
        if self.title:
            parts.append(f'<p style="margin: 0.3em 0"><strong>{_e(self.title)}</strong></p>')
        parts += [f'<p style="margin: 0.1em 0">{_e(line)}</p>' for line in self.lines]
        parts.append(f'<table class="pilkada-table" style="{_STYLE}">')
        header = "".join(
            f'<th style="text-align: {_align(c)}">{_e(c.label(lang))}</th>' for c in shown
        )
        parts.append(f"<thead><tr>{header}</tr></thead>")
        rows: list[Row | None] = list(self.rows)
        hidden = 0
        if max_rows is not None and len(rows) > max(max_rows, 6):
            tail = 5
            hidden = len(rows) - max_rows
            rows = [*rows[: max_rows - tail], None, *rows[-tail:]]
        parts.append("<tbody>")
        for row in rows:
            if row is None:
                parts.append(
                    f'<tr><td colspan="{len(shown)}" style="text-align: center">…</td></tr>'
                )
            else:
                parts.append(_tr(row, shown, lang, "td"))
        parts.append("</tbody>")
        if self.footer:
            parts.append("<tfoot>")
            parts += [_tr(row, shown, lang, "th") for row in self.footer]
            parts.append("</tfoot>")
        parts.append("</table>")
        notes = list(self.notes)
        if hidden:
            notes.insert(
                0,
                f"{format_number(len(self.rows), locale=lang)} baris; "
                f"{format_number(hidden, locale=lang)} tidak ditampilkan."
                if lang_of(lang) == "id"
                else f"{format_number(len(self.rows), locale=lang)} rows; "
                f"{format_number(hidden, locale=lang)} not shown.",
            )
        parts += [f'<p style="margin: 0.1em 0; font-size: smaller">{_e(n)}</p>' for n in notes]
        parts.append("</div>")
        return "\n".join(parts)

    def frame(self, *, feature: str = "to_pandas()") -> pd.DataFrame:
        """The rows as a pandas DataFrame, one column per data column, in order.

        Raises:
            PilkadaMissingDependencyError: pandas is not installed.
        """
        pandas = _require("pandas", "pandas", feature=feature)
        data = {
            c.name: _series(pandas, c, [row.values.get(c.name) for row in self.rows])
            for c in self.columns
            if c.data
        }
        frame: pd.DataFrame = pandas.DataFrame(data)
        return frame


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _align(column: Column) -> str:
    right = column.kind in _RIGHT if column.right is None else column.right
    return "right" if right else "left"


def _tr(row: Row, columns: Sequence[Column], lang: str, tag: str) -> str:
    style = []
    if row.provisional:
        style.append("font-style: italic")
    if row.strong:
        style.append("font-weight: bold")
    attributes = ' class="pilkada-provisional"' if row.provisional else ""
    if style:
        attributes += f' style="{"; ".join(style)}"'
    cells = []
    for index, column in enumerate(columns):
        # A name the row does not have is an empty cell (a total row leaves most of them out).
        value = row.values.get(column.name)
        text = _e(_show(column.kind, value, lang)) if column.name in row.values else ""
        css = f"text-align: {_align(column)}"
        if index == 0 and row.indent:
            css += f"; padding-left: {0.5 + 1.5 * row.indent}em"
        cells.append(f'<{tag} style="{css}">{text}</{tag}>')
    return f"<tr{attributes}>{''.join(cells)}</tr>"


def _show(kind: Kind, value: object, lang: str) -> str:  # noqa: PLR0911 (one per kind)
    """A value as text, the Indonesian (or English) way."""
    if value is None:
        return "" if kind in ("certainty", "bool", "text") else DASH
    if kind == "int" and isinstance(value, int):
        return format_number(value, locale=lang)
    if kind == "date" and isinstance(value, dt.date):
        return format_date(value, locale=lang)
    if kind == "money" and isinstance(value, Rupiah):
        return value.format(locale=lang)
    if kind in ("share", "percent") and isinstance(value, (Fraction, Decimal, int)):
        return format_percent(value, decimals=2 if kind == "share" else 0, locale=lang)
    if kind == "certainty" and isinstance(value, Certainty):
        return _CERTAINTY[lang_of(lang)][value]
    if kind == "bool":
        return ("ya" if lang_of(lang) == "id" else "yes") if value else ""
    if isinstance(value, enum.Enum):
        label = getattr(value, "label", None)
        return str(label(lang)) if callable(label) else str(value.value)
    return str(value)


def _series(pandas: Any, column: Column, values: list[object]) -> Any:  # noqa: ANN401, PLR0911
    """One DataFrame column of ``values``, typed by the column's kind."""
    kind = column.kind
    if kind == "int":
        dtype = "Int64" if column.nullable or any(v is None for v in values) else "int64"
        return pandas.Series(values, dtype=dtype)
    if kind == "date":
        return pandas.Series(values, dtype="datetime64[ns]")
    if kind == "money":
        return pandas.Series(
            [v.amount if isinstance(v, Rupiah) else None for v in values], dtype=object
        )
    if kind in ("enum", "certainty"):
        return pandas.Series([v.name if isinstance(v, enum.Enum) else None for v in values])
    if kind == "share":
        return pandas.Series(
            [float(v) if isinstance(v, (Fraction, Decimal, int)) else None for v in values],
            dtype="float64",
        )
    if kind == "percent":
        return pandas.Series(
            [
                _whole_percent(v) if isinstance(v, (Fraction, Decimal, int)) else None
                for v in values
            ],
            dtype="Int64" if any(v is None for v in values) else "int64",
        )
    if kind == "bool":
        return pandas.Series([bool(v) for v in values], dtype=bool)
    return pandas.Series(values, dtype=object if all(v is None for v in values) else None)


def _whole_percent(value: Fraction | Decimal | int) -> int:
    return round(Fraction(value) * 100)


def _text(lang: str, id_: str, en: str) -> str:
    return id_ if lang_of(lang) == "id" else en


def _pairs_table(items: Iterable[tuple[str, str, Kind, object]], lang: str) -> Table:
    """A two-column table of labelled values (a summary)."""
    rows = []
    for id_, en, kind, value in items:
        rows.append(Row({"item": _text(lang, id_, en), "value": _show(kind, value, lang)}))
    return Table(
        columns=(
            Column("item", "Uraian", "Item"),
            Column("value", "Nilai", "Value", right=True),
        ),
        rows=tuple(rows),
    )


def _join(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


# -- schedules ---------------------------------------------------------------------------------


def _schedule_table(schedule: Schedule, lang: str) -> Table:
    from pilkada.schedule import AfterEvent, format_offset  # noqa: PLC0415
    from pilkada.stages import Stage  # noqa: PLC0415

    columns = (
        Column("key", "Kode", "Key", "enum", show=False),
        Column("kind", "Jenis", "Kind", show=False),
        Column("label", "Tahapan", "Stage"),
        Column("when", "Waktu", "When", data=False),
        Column("form", "Bentuk", "Form", show=False),
        Column("start", "Mulai", "Start", "date", show=False),
        Column("end", "Selesai", "End", "date", show=False),
        Column("offset", "H", "D", data=False),
        Column("h_start", "H mulai", "D start", "int", show=False, nullable=True),
        Column("h_end", "H selesai", "D end", "int", show=False, nullable=True),
        Column("certainty", "Ket.", "Notes", "certainty"),
        Column("basis", "Dasar hukum", "Legal basis", show=False),
        Column("source", "Sumber", "Source", show=False),
        Column("note", "Catatan", "Note", show=False),
    )
    rows = []
    for entry in schedule:
        when = entry.when
        first, last = entry.first_day, entry.end
        h_start = None if entry.start is None else -schedule.days_to_voting(entry.start)
        h_end = None if last is None else -schedule.days_to_voting(last)
        offset = ""
        if first is not None and h_end is not None:
            h_first = -schedule.days_to_voting(first)
            offset = format_offset(h_first, locale=lang)
            if h_end != h_first:
                joint = " s.d. " if lang_of(lang) == "id" else " to "
                offset += joint + format_offset(h_end, locale=lang)
        if isinstance(when, Period):
            form = "period"
        elif isinstance(when, Deadline):
            form = "deadline"
        elif isinstance(when, AfterEvent):
            form = "after_event"
        else:
            form = "external"
        basis = schedule.basis_of(entry)
        is_stage = isinstance(entry.key, Stage)
        rows.append(
            Row(
                {
                    "key": entry.key,
                    "kind": "stage" if is_stage else "step",
                    "label": entry.label(lang),
                    "when": when.format(locale=lang),
                    "form": form,
                    "start": entry.start,
                    "end": entry.end,
                    "offset": offset,
                    "h_start": h_start,
                    "h_end": h_end,
                    "certainty": entry.certainty,
                    "basis": None if basis is None else basis.cite(locale=lang),
                    "source": entry.source,
                    "note": entry.note,
                },
                provisional=entry.certainty is Certainty.PROVISIONAL,
                indent=0 if is_stage else 1,
            )
        )
    lines = [
        _text(lang, "Hari pemungutan suara: ", "Voting day: ")
        + format_date(schedule.voting_day, locale=lang)
    ]
    if schedule.basis is not None:
        lines.append(
            _text(lang, "Dasar hukum: ", "Legal basis: ") + schedule.basis.cite(locale=lang)
        )
    notes = []
    if any(e.certainty is not Certainty.OFFICIAL for e in schedule):
        notes.append(
            _text(
                lang,
                "Ket.: turunan = dihitung dari aturan; sementara = belum dipastikan dari teks "
                "hukum.",
                "Notes: derived = computed by a rule; provisional = not confirmed against the "
                "legal text.",
            )
        )
    return Table(
        columns=columns,
        rows=tuple(rows),
        title=schedule.name,
        lines=tuple(lines),
        notes=tuple(notes),
    )


def schedule_html(schedule: Schedule, *, lang: str = "id") -> str:
    """:meth:`Schedule.to_html`."""
    return _schedule_table(schedule, lang).html(lang=lang, max_rows=None)


def schedule_frame(schedule: Schedule) -> pd.DataFrame:
    """:meth:`Schedule.to_pandas`."""
    return _schedule_table(schedule, "id").frame(feature="Schedule.to_pandas()")


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
            "label": _text(lang, "Jumlah", "Total"),
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
            "label": _text(lang, "Jumlah", "Total"),
            "amount": status.amount,
            "paid": sum((s.paid for s in status.tranches), Rupiah(0)),
            "unpaid": sum((s.unpaid for s in status.tranches), Rupiah(0)),
        }
    )
    return Table(
        columns=columns,
        rows=rows,
        footer=(footer,),
        title=_text(lang, "Keadaan per ", "Status on ") + format_date(status.on, locale=lang),
    )


def _summary_table(status: GrantStatus, lang: str) -> Table:
    return _pairs_table(
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
        title=_text(lang, "Buku besar", "Ledger"),
    )


def grant_html(agreement: GrantAgreement, *, lang: str = "id", on: dt.date | None = None) -> str:
    """:meth:`GrantAgreement.to_html`."""
    number = f" {_text(lang, 'Nomor', 'No.')} {agreement.number}" if agreement.number else ""
    title = _text(lang, "Naskah Perjanjian Hibah Daerah (NPHD)", "Regional grant agreement (NPHD)")
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
        lines.append(_text(lang, "Penerima hibah: ", "Grantee: ") + agreement.grantee.value)
    lines.append(_text(lang, "Nilai: ", "Amount: ") + agreement.amount.format(locale=lang))
    lines.append(
        _text(lang, "Ditandatangani: ", "Signed on: ")
        + format_date(agreement.signed_on, locale=lang)
    )
    tranches = _tranche_table(agreement, lang)
    bases = dict.fromkeys(t.basis.cite(locale=lang) for t in agreement.tranches)
    notes = [_text(lang, "Dasar hukum: ", "Legal basis: ") + "; ".join(bases)]
    notes += [
        _text(lang, "Temuan: ", "Finding: ") + finding.message(locale=lang)
        for finding in agreement.findings()
    ]
    tranches = attrs.evolve(tranches, title=title + number, lines=tuple(lines), notes=tuple(notes))
    parts = [tranches.html(lang=lang)]
    if agreement.ledger:
        status = agreement.status(on=dt.date.today() if on is None else on)
        parts.append(_status_table(status, lang).html(lang=lang))
        parts.append(_summary_table(status, lang).html(lang=lang))
        parts.append(_ledger_table(agreement, lang).html(lang=lang))
    return _join(*parts)


def grant_frame(agreement: GrantAgreement) -> pd.DataFrame:
    """:meth:`GrantAgreement.to_pandas`."""
    return _tranche_table(agreement, "id").frame(feature="GrantAgreement.to_pandas()")


def status_html(status: GrantStatus, *, lang: str = "id") -> str:
    """:meth:`GrantStatus.to_html`."""
    parts = [
        _status_table(status, lang).html(lang=lang),
        _summary_table(status, lang).html(lang=lang),
    ]
    if status.sisa_dana_overdue:
        parts.append(
            "<p>"
            + _e(
                _text(
                    lang,
                    "Sisa dana belum dikembalikan setelah batas waktunya.",
                    "Unspent funds are still held after the deadline to return them.",
                )
            )
            + "</p>"
        )
    return _join(*parts)


def status_frame(status: GrantStatus) -> pd.DataFrame:
    """:meth:`GrantStatus.to_pandas`."""
    return _status_table(status, "id").frame(feature="GrantStatus.to_pandas()")


# -- staffing ----------------------------------------------------------------------------------


def _staffing_table(plan: StaffingPlan, lang: str) -> Table:
    from pilkada.adhoc import (  # noqa: PLC0415
        _KPU_PAID,
        AdhocBodyKind,
        _rate_versions,
        honorarium_rates,
    )
    from pilkada.law import in_force  # noqa: PLC0415

    version = in_force(_rate_versions(), plan.on, what="honorarium rate")
    terms_certainty = version.value.terms_certainty
    columns = (
        Column("kind", "Badan", "Body", "enum"),
        Column("organiser", "Penyelenggara", "Organiser", "enum"),
        Column("level", "Tingkat", "Level", "enum", show=False),
        Column("bodies", "Jumlah", "Bodies", "int"),
        Column("members", "Anggota", "Members", "int"),
        Column("honorarium_monthly", "Honor/bulan", "Fees a month", "money"),
        Column("term_months", "Bulan", "Months", "int", nullable=True),
        Column("honorarium_term", "Honor masa kerja", "Fees for the term", "money"),
        Column("term_certainty", "Ket.", "Notes", "certainty"),
    )
    rows = []
    for kind in AdhocBodyKind:
        paid = kind in _KPU_PAID
        rows.append(
            Row(
                {
                    "kind": kind,
                    "organiser": kind.organiser,
                    "level": kind.level,
                    "bodies": plan.bodies(kind),
                    "members": plan.members(kind),
                    "honorarium_monthly": plan.honorarium_monthly(kind) if paid else None,
                    "term_months": plan.term_months(kind) if paid else None,
                    "honorarium_term": plan.honorarium_term(kind) if paid else None,
                    "term_certainty": terms_certainty if paid else None,
                },
                provisional=paid and terms_certainty is Certainty.PROVISIONAL,
            )
        )
    footer = Row(
        {
            "kind": _text(lang, "Jumlah", "Total"),
            "members": plan.total(),
            "honorarium_monthly": plan.honorarium_monthly(),
            "honorarium_term": plan.honorarium_term(),
        }
    )
    lines = [
        _text(lang, "Wilayah: ", "Area: ")
        + ", ".join(
            (
                f"{format_number(plan.kecamatan, locale=lang)} kecamatan",
                f"{format_number(plan.desa, locale=lang)} desa/kelurahan",
                f"{format_number(plan.tps, locale=lang)} TPS",
            )
        )
    ]
    rates = honorarium_rates(plan.on)
    notes = [
        _text(
            lang,
            "Honorarium badan ad hoc Bawaslu tidak tercatat; masa kerja (bulan) bersifat "
            "sementara.",
            "Bawaslu's ad hoc honoraria are not recorded; the term months are provisional.",
        )
        if terms_certainty is Certainty.PROVISIONAL
        else _text(
            lang,
            "Honorarium badan ad hoc Bawaslu tidak tercatat.",
            "Bawaslu's ad hoc honoraria are not recorded.",
        ),
        _text(lang, "Dasar tarif: ", "Rates: ")
        + rates.basis.cite(locale=lang)
        + _text(lang, ", berlaku sejak ", ", in force from ")
        + format_date(rates.effective, format="long", locale=lang),
    ]
    return Table(
        columns=columns,
        rows=tuple(rows),
        footer=(footer,),
        title=_text(lang, "Kebutuhan badan ad hoc", "Ad hoc staffing"),
        lines=tuple(lines),
        notes=tuple(notes),
    )


def staffing_html(plan: StaffingPlan, *, lang: str = "id") -> str:
    """:meth:`StaffingPlan.to_html`."""
    return _staffing_table(plan, lang).html(lang=lang)


def staffing_frame(plan: StaffingPlan) -> pd.DataFrame:
    """:meth:`StaffingPlan.to_pandas`."""
    return _staffing_table(plan, "id").frame(feature="StaffingPlan.to_pandas()")


# -- results -----------------------------------------------------------------------------------

#: The count columns of a result or recap row: (name, Indonesian, English, shown in HTML).
_COUNTS: Final = (
    ("dpt", "DPT", "DPT", True),
    ("dptb", "DPTb", "DPTb", True),
    ("voters_dpt", "Pengguna DPT", "DPT voters", False),
    ("voters_dptb", "Pengguna DPTb", "DPTb voters", False),
    ("voters_dpk", "Pengguna DPK", "DPK voters", False),
)


def _recap_table(recap: Recap, lang: str) -> Table:
    from pilkada.results import RECAP_BASIS  # noqa: PLC0415

    slots = max((len(row.votes) for row in _first(recap)), default=1)
    total = recap.total if len(recap) else None
    show_kk = total is not None and (total.kolom_kosong != 0 or min(r.pairs for r in recap) == 1)
    columns = (
        Column("area", "Wilayah", "Area"),
        Column("level", "Tingkat", "Level", "enum", show=False),
        Column("tps", "TPS", "TPS", "int"),
        Column("pairs", "Paslon", "Pairs", "int", show=False),
        *(Column(name, id_, en, "int", show=shown) for name, id_, en, shown in _COUNTS),
        Column("voters", "Pengguna hak pilih", "Voters", "int"),
        Column("turnout", "Partisipasi", "Turnout", "share"),
        Column("ballots_used", "Surat suara digunakan", "Ballots used", "int", show=False),
        *(Column(f"votes_{k}", f"Paslon {k}", f"Pair {k}", "int") for k in range(1, slots + 1)),
        Column("kolom_kosong", "Kolom kosong", "Empty box", "int", show=show_kk),
        Column("valid", "Suara sah", "Valid", "int"),
        Column("invalid", "Suara tidak sah", "Invalid", "int"),
        Column("anomalies", "Anomali", "Anomalies", "int"),
    )
    rows = tuple(Row(_recap_values(row)) for row in recap)
    footer: tuple[Row, ...] = ()
    if total is not None:
        values = _recap_values(total)
        values["area"] = _text(lang, "Jumlah", "Total")
        footer = (Row(values),)
    level = recap.level.label(lang)
    title = _text(lang, f"Rekapitulasi tingkat {level}", f"Recapitulation by {level}")
    lines = []
    if total is not None:
        lines.append(
            _text(lang, "{} wilayah, {} TPS", "{} areas, {} TPS").format(
                format_number(len(recap), locale=lang), format_number(total.tps, locale=lang)
            )
        )
    notes = []
    anomalies = recap.anomalies
    if anomalies:
        notes.append(
            _text(lang, "Anomali ({}):", "Anomalies ({}):").format(
                format_number(len(anomalies), locale=lang)
            )
        )
        notes += [a.message(locale=lang) for a in anomalies[:10]]
        if len(anomalies) > 10:
            notes.append(
                _text(lang, "… dan {} lainnya.", "… and {} more.").format(
                    format_number(len(anomalies) - 10, locale=lang)
                )
            )
    notes.append(
        _text(lang, "Dasar hukum: ", "Legal basis: ")
        + RECAP_BASIS.cite(locale=lang)
        + _text(lang, " (sementara)", " (provisional)")
    )
    return Table(
        columns=columns,
        rows=rows,
        footer=footer,
        title=title,
        lines=tuple(lines),
        notes=tuple(notes),
    )


def _first(recap: Recap) -> Iterable[Any]:
    # Every row of a recap has the same number of vote slots; reading one is enough.
    return recap[:1]


def _recap_values(row: Any) -> dict[str, object]:  # noqa: ANN401 (a RecapRow)
    values: dict[str, object] = {
        "area": str(row.area),
        "level": row.level,
        "tps": row.tps,
        "pairs": row.pairs,
        "dpt": row.dpt,
        "dptb": row.dptb,
        "voters_dpt": row.voters_dpt,
        "voters_dptb": row.voters_dptb,
        "voters_dpk": row.voters_dpk,
        "voters": row.voters,
        "turnout": row.turnout,
        "ballots_used": row.ballots_used,
        "kolom_kosong": row.kolom_kosong,
        "valid": row.valid,
        "invalid": row.invalid,
        "anomalies": len(row.anomalies),
    }
    values.update({f"votes_{k}": v for k, v in enumerate(row.votes, start=1)})
    return values


def recap_html(recap: Recap, *, lang: str = "id", max_rows: int | None = 60) -> str:
    """:meth:`Recap.to_html`."""
    return _recap_table(recap, lang).html(lang=lang, max_rows=max_rows)


def recap_frame(recap: Recap) -> pd.DataFrame:
    """:meth:`Recap.to_pandas`."""
    return _recap_table(recap, "id").frame(feature="Recap.to_pandas()")


def results_frame(results: TpsResults) -> pd.DataFrame:
    """:meth:`TpsResults.to_pandas`: one row per TPS, built column by column."""
    pandas = _require("pandas", "pandas", feature="TpsResults.to_pandas()")
    from pilkada.regions import RegionCode  # noqa: PLC0415
    from pilkada.results import _NAMES  # noqa: PLC0415

    data: dict[str, Any] = {"tps": pandas.Series([str(RegionCode(c)) for c in results.codes])}
    for name in _NAMES:  # the record fields, in the CSV order
        data[name] = pandas.Series(results.column(name), dtype="int64")
    for k in range(results.pair_slots):
        data[f"votes_{k + 1}"] = pandas.Series(results.column(f"votes[{k}]"), dtype="int64")
    frame: pd.DataFrame = pandas.DataFrame(data)
    return frame


# -- outcomes ----------------------------------------------------------------------------------

_RULE_EN: Final = {
    "PLURALITY": "most votes",
    "SINGLE_PAIR": "a single pair against the empty box",
    "JAKARTA_MAJORITY": "more than 50% of valid votes (Jakarta)",
}
_VERDICT_EN: Final = {
    "ELECTED": "elected",
    "RUNOFF": "second round",
    "REPEAT": "election repeated",
    "TIE": "tie",
}


def _outcome_table(outcome: Outcome, lang: str) -> Table:
    from pilkada.results import Verdict  # noqa: PLC0415

    english = lang_of(lang) == "en"
    provisional = outcome.certainty is Certainty.PROVISIONAL

    def status(pair: int) -> str:
        if outcome.verdict is Verdict.ELECTED and outcome.elected == pair:
            word = "elected" if english else Verdict.ELECTED.value
        elif pair in outcome.runoff:
            word = "second round" if english else Verdict.RUNOFF.value
        elif pair in outcome.tied:
            word = "tied" if english else Verdict.TIE.value
        else:
            return ""
        return (
            f"{word} ({_CERTAINTY[lang_of(lang)][Certainty.PROVISIONAL]})" if provisional else word
        )

    columns = (
        Column("candidate", "Paslon", "Candidate", data=False),
        Column("pair", "Nomor urut", "Pair", "int", show=False, nullable=True),
        Column("kolom_kosong", "Kolom kosong", "Empty box", "bool", show=False),
        Column("votes", "Suara", "Votes", "int"),
        Column("share", "Persentase", "Share", "share"),
        Column("status", "Keterangan", "Result", data=False),
        Column("elected", "Terpilih", "Elected", "bool", show=False),
        Column("runoff", "Putaran kedua", "Second round", "bool", show=False),
        Column("tied", "Seri", "Tied", "bool", show=False),
    )
    valid = outcome.valid
    rows = [
        Row(
            {
                "candidate": _text(lang, f"Nomor urut {pair}", f"Pair no. {pair}"),
                "pair": pair,
                "kolom_kosong": False,
                "votes": votes,
                "share": Fraction(votes, valid) if valid else Fraction(0),
                "status": status(pair),
                "elected": outcome.verdict is Verdict.ELECTED and outcome.elected == pair,
                "runoff": pair in outcome.runoff,
                "tied": pair in outcome.tied,
            },
            strong=outcome.verdict is Verdict.ELECTED and outcome.elected == pair,
            provisional=provisional and outcome.elected == pair,
        )
        for pair, votes in enumerate(outcome.votes, start=1)
    ]
    if outcome.kolom_kosong is not None:
        votes = outcome.kolom_kosong
        rows.append(
            Row(
                {
                    "candidate": _text(lang, "Kolom kosong", "Empty box"),
                    "pair": None,
                    "kolom_kosong": True,
                    "votes": votes,
                    "share": Fraction(votes, valid) if valid else Fraction(0),
                    "status": "",
                    "elected": False,
                    "runoff": False,
                    "tied": False,
                }
            )
        )
    footer = Row(
        {
            "candidate": _text(lang, "Suara sah", "Valid votes"),
            "votes": valid,
            "share": Fraction(1) if valid else None,
        }
    )
    rule = _RULE_EN[outcome.rule.name] if english else outcome.rule.value
    verdict = _VERDICT_EN[outcome.verdict.name] if english else outcome.verdict.value
    lines = []
    if outcome.region is not None:
        lines.append(_text(lang, "Wilayah: ", "Region: ") + str(outcome.region))
    lines.append(_text(lang, "Aturan: ", "Rule: ") + rule)
    lines.append(
        _text(lang, "Putusan: ", "Verdict: ")
        + verdict
        + (f" ({_CERTAINTY[lang_of(lang)][Certainty.PROVISIONAL]})" if provisional else "")
    )
    bases = [outcome.basis, *outcome.also]
    notes = [
        outcome.message(locale=lang),
        _text(lang, "Dasar hukum: ", "Legal basis: ")
        + "; ".join(b.cite(locale=lang) for b in bases),
    ]
    if outcome.tie_break is not None:
        tb = outcome.tie_break
        won = ", ".join(
            f"{pair}: {format_number(n, locale=lang)}"
            for pair, n in zip(tb.tied, tb.areas_won, strict=True)
        )
        if tb.decided_by is None:
            note = _text(
                lang,
                f"Seri tidak terpecahkan oleh sebaran dukungan (sementara); wilayah "
                f"({tb.unit.label(lang)}) yang dimenangkan: {won}.",
                f"The spread of support did not break the tie (provisional); areas "
                f"({tb.unit.label(lang)}) won: {won}.",
            )
        else:
            note = _text(
                lang,
                f"Seri dipecah menurut sebaran dukungan (sementara); wilayah "
                f"({tb.unit.label(lang)}) yang dimenangkan: {won}.",
                f"The tie was broken by the spread of support (provisional); areas "
                f"({tb.unit.label(lang)}) won: {won}.",
            )
        notes.append(note)
    return Table(
        columns=columns,
        rows=tuple(rows),
        footer=(footer,),
        title=outcome.election.label(lang),
        lines=tuple(lines),
        notes=tuple(notes),
    )


def outcome_html(outcome: Outcome, *, lang: str = "id") -> str:
    """:meth:`Outcome.to_html`."""
    return _outcome_table(outcome, lang).html(lang=lang)


def outcome_frame(outcome: Outcome) -> pd.DataFrame:
    """:meth:`Outcome.to_pandas`."""
    return _outcome_table(outcome, "id").frame(feature="Outcome.to_pandas()")
