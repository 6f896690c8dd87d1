"""What the pictures share: the ``gid`` of each artist, colours, texts and the date axis."""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Final, ParamSpec, TypeVar

from pilkada.display.optional import require
from pilkada.errors import PilkadaTypeError
from pilkada.i18n import DEFAULT_LOCALE, Lang, format_date, lang_of
from pilkada.law import Certainty

if TYPE_CHECKING:
    from collections.abc import Sequence

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "DUE",
    "GID",
    "INK",
    "STYLE",
    "TEXT",
    "TODAY",
    "VOTING",
    "date_x",
    "day_of",
    "figure_and_axes",
    "language_of",
    "literal_text",
    "medium_date",
    "month_axis",
    "noon_x",
    "require_matplotlib",
    "top_labels",
]

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

INK = "#1b4f72"
VOTING = "#c0392b"
TODAY = "#555555"
DUE = "#d35400"
STYLE: Final = {  # face colour, hatch
    Certainty.OFFICIAL: ("#2e86c1", ""),
    Certainty.DERIVED: ("#85c1e9", "...."),
    Certainty.PROVISIONAL: ("#eaf2f8", "////"),
}

TEXT: Final[dict[Lang, dict[str, str]]] = {
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

ONE_DAY = dt.timedelta(days=1)
LABEL_WIDTH = 48  # characters per line of a stage label on the y axis
NOTE_WIDTH = 110  # characters per line of the note under the schedule
MAX_MONTH_TICKS = 14
NEAR = 0.12  # two labels on the top edge closer than this (axes fraction) are set apart


def require_matplotlib(feature: str) -> None:
    """Raise a clear error, naming the ``plot`` extra, when matplotlib is not installed."""
    require("matplotlib", "plot", feature=feature)


def language_of(lang: str) -> tuple[Lang, str]:
    """The language of the texts and the locale handed to Babel."""
    language = lang_of(lang)
    return language, DEFAULT_LOCALE if language == "id" else "en"


def figure_and_axes(ax: Axes | None, figsize: tuple[float, float]) -> tuple[Figure, Axes]:
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


def date_x(day: dt.date | dt.datetime) -> float:
    """A day as a matplotlib date number (days since matplotlib's epoch)."""
    from matplotlib import dates  # noqa: PLC0415

    return float(dates.date2num(day))  # type: ignore[no-untyped-call]


def noon_x(day: dt.date) -> float:
    """The middle of ``day``: where a single day's marker or line goes."""
    return date_x(dt.datetime.combine(day, dt.time(12)))


def day_of(x: float) -> dt.date:
    """The day a matplotlib date number falls on (the inverse of the positions used here)."""
    from matplotlib import dates  # noqa: PLC0415

    moment: dt.datetime = dates.num2date(x)  # type: ignore[no-untyped-call]
    return moment.date()


def month_start(day: dt.date, months: int = 0) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def month_axis(ax: Axes, first: dt.date, last: dt.date, locale: str) -> tuple[float, float]:
    """Limit the x axis to whole months around ``first``-``last``, ticked with Babel's names.

    Ticks fall on the first of the month (every month, or every n-th month on a long range);
    each label is the abbreviated month (``Agu``), with the year under it on the first tick
    and on January. Returns the limits.
    """
    start, end = month_start(first), month_start(last, 1)
    months = (end.year - start.year) * 12 + end.month - start.month
    step = -(-months // MAX_MONTH_TICKS)
    ticks, labels = [], []
    for index in range(0, months + 1, step):
        day = month_start(start, index)
        label = format_date(day, format="MMM", locale=locale)
        if index == 0 or day.month <= step:
            label += "\n" + format_date(day, format="y", locale=locale)
        ticks.append(date_x(day))
        labels.append(label)
    limits = date_x(start), date_x(end)
    ax.set_xlim(*limits)
    ax.set_xticks(ticks, labels)
    ax.grid(axis="x", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    return limits


def top_labels(
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
        if (ordered[index + 1][0] - ordered[index][0]) / width < NEAR:
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


P = ParamSpec("P")
R = TypeVar("R")


def literal_text(draw: Callable[P, R]) -> Callable[P, R]:
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


def medium_date(day: dt.date, locale: str) -> str:
    """``27 Nov 2024`` (``Nov 27, 2024`` in English)."""
    return format_date(day, format="medium", locale=locale)
