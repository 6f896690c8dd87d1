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

from pilkada.display.optional import require
from pilkada.i18n import format_date, format_number, format_percent, lang_of
from pilkada.law import Certainty
from pilkada.money import Rupiah

if TYPE_CHECKING:
    import pandas as pd


__all__ = [
    "CERTAINTY_LABELS",
    "Column",
    "Kind",
    "Row",
    "Table",
    "escape",
    "join_lines",
    "pairs_table",
    "pick",
    "show_value",
    "whole_percent",
]

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

#: How a certainty is marked in a table (nothing when official).
CERTAINTY_LABELS: Final = {
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
            parts.append(f'<p style="margin: 0.3em 0"><strong>{escape(self.title)}</strong></p>')
        parts += [f'<p style="margin: 0.1em 0">{escape(line)}</p>' for line in self.lines]
        parts.append(f'<table class="pilkada-table" style="{_STYLE}">')
        header = "".join(
            f'<th style="text-align: {_align(c)}">{escape(c.label(lang))}</th>' for c in shown
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
        parts += [f'<p style="margin: 0.1em 0; font-size: smaller">{escape(n)}</p>' for n in notes]
        parts.append("</div>")
        return "\n".join(parts)

    def frame(self, *, feature: str = "to_pandas()") -> pd.DataFrame:
        """The rows as a pandas DataFrame, one column per data column, in order.

        Raises:
            PilkadaMissingDependencyError: pandas is not installed.
        """
        pandas = require("pandas", "pandas", feature=feature)
        data = {
            c.name: _series(pandas, c, [row.values.get(c.name) for row in self.rows])
            for c in self.columns
            if c.data
        }
        frame: pd.DataFrame = pandas.DataFrame(data)
        return frame


def escape(text: object) -> str:
    """The text, HTML-escaped."""
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
        text = escape(show_value(column.kind, value, lang)) if column.name in row.values else ""
        css = f"text-align: {_align(column)}"
        if index == 0 and row.indent:
            css += f"; padding-left: {0.5 + 1.5 * row.indent}em"
        cells.append(f'<{tag} style="{css}">{text}</{tag}>')
    return f"<tr{attributes}>{''.join(cells)}</tr>"


def show_value(kind: Kind, value: object, lang: str) -> str:  # noqa: PLR0911 (one per kind)
    """A value as the HTML cell shows it (see :data:`Kind`)."""
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
        return CERTAINTY_LABELS[lang_of(lang)][value]
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
            [whole_percent(v) if isinstance(v, (Fraction, Decimal, int)) else None for v in values],
            dtype="Int64" if any(v is None for v in values) else "int64",
        )
    if kind == "bool":
        return pandas.Series([bool(v) for v in values], dtype=bool)
    return pandas.Series(values, dtype=object if all(v is None for v in values) else None)


def whole_percent(value: Fraction | Decimal | int) -> int:
    """A share of 1 as a whole percentage (40 for 2/5)."""
    return round(Fraction(value) * 100)


def pick(lang: str, id_: str, en: str) -> str:
    """The Indonesian or the English text, by the language of ``lang``."""
    return id_ if lang_of(lang) == "id" else en


def pairs_table(items: Iterable[tuple[str, str, Kind, object]], lang: str) -> Table:
    """A two-column table of labelled values (a summary)."""
    rows = []
    for id_, en, kind, value in items:
        rows.append(Row({"item": pick(lang, id_, en), "value": show_value(kind, value, lang)}))
    return Table(
        columns=(
            Column("item", "Uraian", "Item"),
            Column("value", "Nilai", "Value", right=True),
        ),
        rows=tuple(rows),
    )


def join_lines(*parts: str) -> str:
    """The non-empty parts, one per line."""
    return "\n".join(part for part in parts if part)
