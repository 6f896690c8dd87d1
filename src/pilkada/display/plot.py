"""Pictures of a schedule and of a grant agreement, drawn with matplotlib (``pilkada[plot]``).

Private: the public entry points are :meth:`pilkada.Schedule.plot` and
:meth:`pilkada.GrantAgreement.plot`, which delegate here.

* matplotlib is imported inside the functions, never when this module (or :mod:`pilkada`) is
  imported; without it, drawing raises :class:`~pilkada.errors.PilkadaMissingDependencyError`
  (an ``ImportError``), which says to ``pip install "pilkada[plot]"``.
* Figures are built with the object-oriented API (``matplotlib.figure.Figure``), never
  pyplot: no GUI backend and no global state are touched, so it works headless.
* Every text is Indonesian by default and English with ``lang="en"``. Month names, dates and
  amounts are formatted by the library (:mod:`pilkada.i18n` and
  :meth:`pilkada.Rupiah.format`), never by matplotlib's English date formatter. Amount ticks on
  an axis use an exact compact form (``Rp12,5 M``, an axis scale); the tranche amounts are
  written out exactly, to the sen.
* Dates go on the x axis as matplotlib date numbers (``matplotlib.dates.date2num``), so a
  caller can add their own ``datetime.date`` artists to the same axes. Periods are inclusive:
  a bar covers its first day from midnight to the end of its last day; single days (voting
  day, deadlines, transfers) sit at noon.
* The artists that carry meaning have a ``gid`` (:data:`GID`), so tests and callers can find
  them: ``fig.axes[0].findobj(lambda a: a.get_gid() == "voting-day")``.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import textwrap
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Final, ParamSpec, TypeVar

from pilkada import presentation
from pilkada.display.optional import require
from pilkada.errors import PilkadaTypeError
from pilkada.grants import GrantAgreement, LedgerKind
from pilkada.i18n import (
    DEFAULT_LOCALE,
    EXACT,
    Lang,
    check_date,
    format_date,
    forms_of,
    lang_of,
)
from pilkada.law import Certainty
from pilkada.money import Rupiah
from pilkada.schedule import Schedule
from pilkada.stages import Step

if TYPE_CHECKING:
    from collections.abc import Sequence

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from pilkada.grants import GrantStatus, TrancheStatus
    from pilkada.schedule import ScheduleEntry

__all__ = ["GID", "plot_agreement", "plot_schedule"]

#: The ``gid`` of each kind of artist the plots draw.
GID: Final = {
    "bar": "stage-bar",  # a stage or step with a period (one Rectangle each)
    "deadline": "stage-deadline",  # a "paling lambat" entry (one marker each)
    "voting": "voting-day",  # the vertical line on voting day
    "today": "today",  # the vertical line on today, when it is in range
    "transfers": "transfers",  # the cumulative transfers, a step line
    "target": "tranche-target",  # a tranche's cumulative amount at its due date
    "due": "tranche-deadline",  # the vertical line on a tranche's due date
    "amount": "tranche-amount",  # the exact amount written next to a tranche's target
    "on": "status-day",  # the vertical line on the day of the status
}

_INK = "#1b4f72"
_VOTING = "#c0392b"
_TODAY = "#555555"
_DUE = "#d35400"
_STYLE: Final = {  # face colour, hatch
    Certainty.OFFICIAL: ("#2e86c1", ""),
    Certainty.DERIVED: ("#85c1e9", "...."),
    Certainty.PROVISIONAL: ("#eaf2f8", "////"),
}

_TEXT: Final[dict[Lang, dict[str, str]]] = {
    "id": {
        "schedule_title": "Jadwal tahapan {name}",
        "basis": "Dasar: {basis}.",
        "undated": "Tanpa tanggal tetap, tidak digambar: {labels}.",
        "voting": "Pemungutan suara",
        "today": "Hari ini",
        Certainty.OFFICIAL.value: "resmi",
        Certainty.DERIVED.value: "turunan (dihitung dari aturan)",
        Certainty.PROVISIONAL.value: "sementara (belum dipastikan)",
        "deadline": "paling lambat (tenggat)",
        "grant_title": "Penyaluran hibah (NPHD) kepada {recipient}",
        "grant_subtitle": "Nilai NPHD {amount}, ditandatangani {signed}",
        "recipient_unknown": "{grantee}",
        "transfers": "penyaluran kumulatif s.d. {on}: {disbursed}",
        "required": "wajib tersalur menurut batas tahap (kumulatif)",
        "due_line": "batas pencairan tahap",
        "due": "batas {tranche}",
        "on": "status per",
        "day": "{n} hari",
        "days": "{n} hari",
        "cumulative": "kumulatif {amount}",
        "paid": "dibayar {amount}",
        "amount_axis": "Rupiah kumulatif (jt = juta, M = miliar, T = triliun)",
    },
    "en": {
        "schedule_title": "Schedule of stages: {name}",
        "basis": "Basis: {basis}.",
        "undated": "No fixed date, not drawn: {labels}.",
        "voting": "Voting day",
        "today": "Today",
        Certainty.OFFICIAL.value: "official",
        Certainty.DERIVED.value: "derived (computed by a rule)",
        Certainty.PROVISIONAL.value: "provisional (not confirmed)",
        "deadline": "no later than (deadline)",
        "grant_title": "Grant (NPHD) disbursement to {recipient}",
        "grant_subtitle": "NPHD of {amount}, signed on {signed}",
        "recipient_unknown": "the {grantee}",
        "transfers": "cumulative transfers to {on}: {disbursed}",
        "required": "required by the tranche deadlines (cumulative)",
        "due_line": "tranche deadline",
        "due": "{tranche} due",
        "on": "status as of",
        "day": "{n} day",
        "days": "{n} days",
        "cumulative": "cumulative {amount}",
        "paid": "paid {amount}",
        "amount_axis": "Cumulative IDR (M = million, B = billion, T = trillion)",
    },
}

_ONE_DAY = dt.timedelta(days=1)
_LABEL_WIDTH = 48  # characters per line of a stage label on the y axis
_NOTE_WIDTH = 110  # characters per line of the note under the schedule
_MAX_MONTH_TICKS = 14
_NEAR = 0.12  # two labels on the top edge closer than this (axes fraction) are set apart


# -- shared ------------------------------------------------------------------------------------


def _require_matplotlib(feature: str) -> None:
    """Raise a clear error, naming the ``plot`` extra, when matplotlib is not installed."""
    require("matplotlib", "plot", feature=feature)


def _language(lang: str) -> tuple[Lang, str]:
    """The language of the texts and the locale handed to Babel."""
    language = lang_of(lang)
    return language, DEFAULT_LOCALE if language == "id" else "en"


def _figure_and_axes(ax: Axes | None, figsize: tuple[float, float]) -> tuple[Figure, Axes]:
    """A new figure with one axes, or the figure of the axes the caller passed."""
    from matplotlib.axes import Axes  # noqa: PLC0415
    from matplotlib.figure import Figure  # noqa: PLC0415

    if ax is None:
        figure = Figure(figsize=figsize, layout="constrained")
        return figure, figure.add_subplot()
    if not isinstance(ax, Axes):
        raise PilkadaTypeError(
            "ax", ax, f"got {type(ax).__name__}", "a matplotlib Axes, or None for a new figure"
        )
    root = ax.get_figure(root=True)
    if not isinstance(root, Figure):
        raise PilkadaTypeError("ax", ax, "the axes belong to no figure", "axes of a Figure")
    return root, ax


def _x(day: dt.date | dt.datetime) -> float:
    """A day as a matplotlib date number (days since matplotlib's epoch)."""
    from matplotlib import dates  # noqa: PLC0415

    return float(dates.date2num(day))  # type: ignore[no-untyped-call]


def _noon(day: dt.date) -> float:
    """The middle of ``day``: where a single day's marker or line goes."""
    return _x(dt.datetime.combine(day, dt.time(12)))


def day_of(x: float) -> dt.date:
    """The day a matplotlib date number falls on (the inverse of the positions used here)."""
    from matplotlib import dates  # noqa: PLC0415

    moment: dt.datetime = dates.num2date(x)  # type: ignore[no-untyped-call]
    return moment.date()


def _month_start(day: dt.date, months: int = 0) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_axis(ax: Axes, first: dt.date, last: dt.date, locale: str) -> tuple[float, float]:
    """Limit the x axis to whole months around ``first``-``last``, ticked with Babel's names.

    Ticks fall on the first of the month (every month, or every n-th month on a long range);
    each label is the abbreviated month (``Agu``), with the year under it on the first tick
    and on January. Returns the limits.
    """
    start, end = _month_start(first), _month_start(last, 1)
    months = (end.year - start.year) * 12 + end.month - start.month
    step = -(-months // _MAX_MONTH_TICKS)
    ticks, labels = [], []
    for index in range(0, months + 1, step):
        day = _month_start(start, index)
        label = format_date(day, format="MMM", locale=locale)
        if index == 0 or day.month <= step:
            label += "\n" + format_date(day, format="y", locale=locale)
        ticks.append(_x(day))
        labels.append(label)
    limits = _x(start), _x(end)
    ax.set_xlim(*limits)
    ax.set_xticks(ticks, labels)
    ax.grid(axis="x", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    return limits


def _top_labels(
    ax: Axes, limits: tuple[float, float], marks: Sequence[tuple[float, str, str]]
) -> None:
    """Write labels just above the axes at given x positions, keeping near ones apart.

    ``marks`` are ``(x, text, colour)``. A label is centred on its x unless a neighbour is
    near, then the earlier one ends at its x and the later one starts there.
    """
    width = limits[1] - limits[0]
    ordered = sorted(marks, key=lambda mark: mark[0])
    aligns = ["center"] * len(ordered)
    for index in range(len(ordered) - 1):
        if (ordered[index + 1][0] - ordered[index][0]) / width < _NEAR:
            if aligns[index] == "center":
                aligns[index] = "right"
            aligns[index + 1] = "left"
    for (x, text, colour), align in zip(ordered, aligns, strict=True):
        shift = {"right": -3, "left": 3, "center": 0}[align]
        ax.annotate(
            text,
            xy=(x, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(shift, 3),
            textcoords="offset points",
            ha=align,
            va="bottom",
            color=colour,
            fontsize="small",
            annotation_clip=False,
        )


# -- the schedule ------------------------------------------------------------------------------


P = ParamSpec("P")
R = TypeVar("R")


def _literal_text(draw: Callable[P, R]) -> Callable[P, R]:
    """Draw with every text literal: a ``$`` in a name is a dollar sign, not math mode.

    Names come from users (a schedule's name, a region); matplotlib would read ``$...$`` in
    them as math text and fail, or draw something else, when the figure is saved.
    """

    @functools.wraps(draw)
    def drawing(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            matplotlib = importlib.import_module("matplotlib")
        except ImportError:
            return draw(*args, **kwargs)  # it says how to install matplotlib
        with matplotlib.rc_context({"text.parse_math": False}):
            return draw(*args, **kwargs)

    return drawing


@_literal_text
def plot_schedule(
    schedule: Schedule,
    *,
    today: dt.date | None = None,
    ax: Axes | None = None,
    locale: str = DEFAULT_LOCALE,
) -> Figure:
    """``Schedule.plot()``: the schedule as a timeline (needs ``pip install "pilkada[plot]"``).

    A Gantt chart: one bar per entry with a period and one diamond per "paling lambat"
    deadline, labelled with the entry's name, in legal order; provisional entries are
    hatched and derived ones dotted (see the legend), steps have thinner bars and italic
    labels. Voting day is a red line, ``today`` a dashed one, and the months on the axis
    are named by Babel (``Agu``, ``Sep``). Entries without a fixed date (counted from a
    later event, or set by another body) are not drawn; the note under the axis names
    them. Uses matplotlib's object-oriented API only: no pyplot, no GUI backend.

    Args:
        schedule: The schedule drawn.
        today: The day to mark (default: ``datetime.date.today()``); it is drawn only if
            it falls within the plotted months.
        ax: A matplotlib ``Axes`` to draw on; by default a new ``Figure`` is made.
        locale: ``"id_ID"`` (default) or ``"en"`` for the texts and month names.

    Returns:
        The ``matplotlib.figure.Figure`` drawn on (that of ``ax``, if given); save it with
        ``fig.savefig("jadwal.png")``.

    Raises:
        PilkadaMissingDependencyError: matplotlib is not installed.
    """
    lang = locale

    if not isinstance(schedule, Schedule):
        raise PilkadaTypeError(
            "schedule", schedule, f"got {type(schedule).__name__}", "a pilkada.Schedule"
        )
    language, locale = _language(lang)
    today = dt.date.today() if today is None else check_date("today", today)
    _require_matplotlib("Schedule.plot()")
    from matplotlib.lines import Line2D  # noqa: PLC0415
    from matplotlib.patches import Patch  # noqa: PLC0415

    text = _TEXT[language]
    dated = [entry for entry in schedule if entry.first_day is not None]
    undated = [entry for entry in schedule if entry.first_day is None]
    labels = [textwrap.fill(entry.label(locale), _LABEL_WIDTH) for entry in dated]
    lines = sum(label.count("\n") + 1 for label in labels)
    figure, ax = _figure_and_axes(ax, (11.0, max(3.5, 2.0 + 0.2 * lines + 0.12 * len(dated))))

    for row, entry in enumerate(dated):
        _draw_entry(ax, row, entry)
    ax.set_yticks(range(len(dated)), labels, fontsize="small")
    for tick, entry in zip(ax.get_yticklabels(), dated, strict=True):
        if isinstance(entry.key, Step):
            tick.set_fontstyle("italic")
            tick.set_color("#555555")
    ax.set_ylim(max(len(dated), 1) - 0.5, -0.5)  # the first entry on top

    days = [schedule.voting_day]
    days += [day for entry in dated for day in (entry.first_day, entry.end) if day is not None]
    limits = _month_axis(ax, min(days), max(days), locale)
    voting = _noon(schedule.voting_day)
    ax.axvline(voting, color=_VOTING, linewidth=1.6, gid=GID["voting"])
    marks = [(voting, f"{text['voting']}\n{_medium(schedule.voting_day, locale)}", _VOTING)]
    today_x = _noon(today)
    if limits[0] <= today_x <= limits[1]:
        ax.axvline(today_x, color=_TODAY, linewidth=1.2, linestyle="--", gid=GID["today"])
        marks.append((today_x, f"{text['today']}\n{_medium(today, locale)}", _TODAY))
    _top_labels(ax, limits, marks)

    used = {entry.certainty for entry in dated if entry.start is not None}
    handles: list[Patch | Line2D] = [
        Patch(facecolor=face, edgecolor=_INK, hatch=hatch, label=text[certainty.value])
        for certainty, (face, hatch) in _STYLE.items()
        if certainty in used
    ]
    if any(entry.start is None for entry in dated):
        handles.append(Line2D([], [], marker="D", linestyle="", color=_INK, label=text["deadline"]))
    if handles:
        ax.legend(handles=handles, loc="lower left", fontsize="small", framealpha=0.95)

    ax.set_title(text["schedule_title"].format(name=schedule.name), loc="left", pad=30)
    notes = []
    if schedule.basis is not None:
        notes.append(text["basis"].format(basis=schedule.basis))
    if undated:
        notes.append(text["undated"].format(labels="; ".join(e.label(locale) for e in undated)))
    if notes:
        ax.set_xlabel(textwrap.fill(" ".join(notes), _NOTE_WIDTH), loc="left", fontsize="small")
    return figure


def _draw_entry(ax: Axes, row: int, entry: ScheduleEntry) -> None:
    face, hatch = _STYLE[entry.certainty]
    step = isinstance(entry.key, Step)
    if entry.start is not None and entry.end is not None:
        left = _x(entry.start)
        ax.barh(
            row,
            _x(entry.end + _ONE_DAY) - left,
            left=left,
            height=0.5 if step else 0.75,
            color=face,
            edgecolor=_INK,
            linewidth=0.8,
            hatch=hatch,
            gid=GID["bar"],
        )
    elif entry.end is not None:
        ax.plot(
            [_noon(entry.end)],
            [row],
            marker="D",
            markersize=6 if step else 7,
            color=face,
            markeredgecolor=_INK,
            linestyle="",
            gid=GID["deadline"],
        )


def _medium(day: dt.date, locale: str) -> str:
    """``27 Nov 2024`` (``Nov 27, 2024`` in English)."""
    return format_date(day, format="medium", locale=locale)


# -- the grant agreement -----------------------------------------------------------------------


@_literal_text
def plot_agreement(
    agreement: GrantAgreement,
    *,
    on: dt.date | None = None,
    ax: Axes | None = None,
    locale: str = DEFAULT_LOCALE,
) -> Figure:
    """``GrantAgreement.plot(on=...)``: the disbursement against the deadlines.

    Needs ``pip install "pilkada[plot]"``.

    The cumulative transfers of the ledger are a step line from the signing day up to
    ``on``; each tranche is a target at its due date (its cumulative amount), with a dashed
    vertical line on the deadline and a note giving its exact amount
    (:meth:`~pilkada.Rupiah.format`, to the sen) and its state on ``on``. ``on`` is a grey
    line. Amount ticks on the axis use an exact compact form (``Rp10 M`` is Rp10 miliar);
    the months are named by Babel. Uses matplotlib's object-oriented API only: no pyplot,
    no GUI backend.

    Args:
        agreement: The agreement drawn.
        on: The day of the status: transfers after it are not drawn, and the tranche states
            are those of :meth:`~pilkada.GrantAgreement.status` on that day.
        ax: A matplotlib ``Axes`` to draw on; by default a new ``Figure`` is made.
        locale: ``"id_ID"`` (default) or ``"en"`` for the texts, amounts and month names.

    Returns:
        The ``matplotlib.figure.Figure`` drawn on (that of ``ax``, if given); save it with
        ``fig.savefig("hibah.png")``.

    Raises:
        PilkadaMissingDependencyError: matplotlib is not installed.
    """
    lang = locale
    if on is None:
        raise PilkadaTypeError(
            "on", on, "GrantAgreement.plot() needs the day of the status", "on=datetime.date"
        )

    if not isinstance(agreement, GrantAgreement):
        raise PilkadaTypeError(
            "agreement", agreement, f"got {type(agreement).__name__}", "a pilkada.GrantAgreement"
        )
    on = check_date("on", on)
    language, locale = _language(lang)
    _require_matplotlib("GrantAgreement.plot()")
    from matplotlib.lines import Line2D  # noqa: PLC0415

    text = _TEXT[language]
    status = agreement.status(on=on)
    figure, ax = _figure_and_axes(ax, (10.0, 6.0))
    last = max(on, *(tranche.due for tranche in agreement.tranches))
    limits = _month_axis(ax, min(agreement.signed_on, on), last, locale)
    if on >= agreement.signed_on:
        _draw_transfers(ax, agreement, status, language, locale)
    _draw_tranches(ax, status, limits, language, locale)

    on_x = _noon(on)
    ax.axvline(on_x, color=_TODAY, linewidth=1.2, gid=GID["on"])
    marks = [
        (
            _noon(t.due),
            f"{text['due'].format(tranche=t.label(locale))}\n{_medium(t.due, locale)}",
            _DUE,
        )
        for t in agreement.tranches
    ]
    marks.append((on_x, f"{text['on']}\n{_medium(on, locale)}", _TODAY))
    _top_labels(ax, limits, marks)
    _amount_axis(ax, agreement.amount, language, locale)

    handles, _ = ax.get_legend_handles_labels()
    handles += [
        Line2D(
            [],
            [],
            color=_DUE,
            linestyle=":",
            marker="o",
            markerfacecolor="white",
            label=text["required"],
        ),
        Line2D([], [], color=_DUE, linestyle="--", label=text["due_line"]),
    ]
    ax.legend(
        handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=2, fontsize="small"
    )
    ax.set_title(
        text["grant_title"].format(recipient=_recipient(agreement, language, locale))
        + "\n"
        + text["grant_subtitle"].format(
            amount=agreement.amount.format(locale=locale),
            signed=format_date(agreement.signed_on, format="long", locale=locale),
        ),
        loc="left",
        pad=30,
    )
    return figure


def _draw_transfers(
    ax: Axes, agreement: GrantAgreement, status: GrantStatus, language: Lang, locale: str
) -> None:
    """What was transferred up to the status day: a step line from the signing day."""
    xs, ys, total = [_noon(agreement.signed_on)], [0.0], Decimal(0)
    for line in agreement.ledger:
        if line.kind is LedgerKind.TRANSFER and line.on <= status.on:
            total += line.amount.amount
            xs.append(_noon(line.on))
            ys.append(float(total))
    xs.append(_noon(status.on))
    ys.append(float(total))
    ax.step(
        xs,
        ys,
        where="post",
        color=_INK,
        linewidth=2.2,
        marker="o",
        markevery=list(range(len(xs) - 1)),
        markersize=4,
        gid=GID["transfers"],
        label=_TEXT[language]["transfers"].format(
            on=format_date(status.on, format="long", locale=locale),
            disbursed=status.disbursed.format(locale=locale),
        ),
    )


def _draw_tranches(
    ax: Axes, status: GrantStatus, limits: tuple[float, float], language: Lang, locale: str
) -> None:
    """What was due: each tranche's cumulative amount at its deadline, written out exactly."""
    cumulative, required_x, required_y = Rupiah(0), [limits[0]], [0.0]
    for tranche_status in status.tranches:
        tranche = tranche_status.tranche
        cumulative += tranche.amount
        due, height = _noon(tranche.due), float(cumulative.amount)
        required_x.append(due)
        required_y.append(height)
        ax.axvline(due, color=_DUE, linewidth=1.0, linestyle="--", gid=GID["due"])
        ax.plot(
            [due],
            [height],
            marker="o",
            markersize=8,
            markerfacecolor="white",
            markeredgecolor=_DUE,
            markeredgewidth=1.8,
            linestyle="",
            gid=GID["target"],
        )
        lines = [f"{tranche.label(locale)}: {tranche.amount.format(locale=locale)}"]
        if cumulative != tranche.amount:
            total = cumulative.format(locale=locale)
            lines.append(_TEXT[language]["cumulative"].format(amount=total))
        lines.append(_state(tranche_status, language, locale))
        right_half = (due - limits[0]) / (limits[1] - limits[0]) > 0.5
        ax.annotate(
            "\n".join(lines),
            xy=(due, height),
            xytext=(-10 if right_half else 10, 8),
            textcoords="offset points",
            ha="right" if right_half else "left",
            va="bottom",
            fontsize="small",
            bbox={"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": _DUE},
            gid=GID["amount"],
        )
    required_x.append(limits[1])
    required_y.append(required_y[-1])
    ax.step(required_x, required_y, where="post", color=_DUE, linewidth=1.0, linestyle=":")


def _amount_axis(ax: Axes, amount: Rupiah, language: Lang, locale: str) -> None:
    """The y axis from Rp0 to above the grant, ticked in an exact compact form."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: PLC0415

    ax.set_ylim(0, float(amount.amount) * 1.3)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: _compact(value, locale)))
    ax.set_ylabel(_TEXT[language]["amount_axis"], fontsize="small")
    ax.grid(axis="y", color="#eeeeee", linewidth=0.8)


def _state(tranche_status: TrancheStatus, language: Lang, locale: str) -> str:
    """``lunas (29 November 2023)``, ``lewat tenggat (4 hari)``, ``dibayar sebagian ...``."""
    text = _TEXT[language]
    parts = [tranche_status.state.label(locale)]
    details = []
    if tranche_status.paid_on is not None:
        details.append(format_date(tranche_status.paid_on, format="long", locale=locale))
    if tranche_status.days_late:
        days = tranche_status.days_late
        details.append(text["day" if days == 1 else "days"].format(n=days))
    if tranche_status.paid and tranche_status.unpaid:
        details.append(text["paid"].format(amount=tranche_status.paid.format(locale=locale)))
    if details:
        parts.append(f"({'; '.join(details)})")
    return " ".join(parts)


def _recipient(agreement: GrantAgreement, language: Lang, locale: str) -> str:
    """``KPU Kabupaten Blora`` (``KPU Blora Regency``), or the grantee alone."""
    if agreement.grantor is None:
        return _TEXT[language]["recipient_unknown"].format(grantee=agreement.grantee.value)
    unit = agreement.grantee.unit(agreement.grantor.level)
    return f"{unit} {agreement.grantor.region(locale)}"


def _compact(value: float, locale: str) -> str:
    """An axis tick, exact: ``Rp12,5 M`` (``IDR12.5B``), never rounded.

    The scale words are the library's own (:data:`pilkada.i18n.FORMS`, as the press writes
    them and :meth:`Rupiah.parse` reads them); a tick that no scale word shows exactly in two
    decimals is written in full.
    """
    forms = forms_of(locale)
    tick = Decimal(repr(float(value)))  # the tick as matplotlib chose it (a round number)
    sign, size = ("-" if tick < 0 else ""), tick.copy_abs()
    for scale, word in forms.compact:
        scaled = EXACT.divide(size, scale).normalize(context=EXACT)  # a power of ten: exact
        if scaled >= 1 and int(scaled.as_tuple().exponent) >= -2:
            digits = forms.digits(format(scaled, ",f"))
            return f"{sign}{forms.currency}{digits}{forms.compact_space}{word}"
    return sign + forms.currency + forms.digits(format(size.normalize(context=EXACT), ",f"))


presentation.picture.register(Schedule)(plot_schedule)
presentation.picture.register(GrantAgreement)(plot_agreement)
