"""``Schedule.plot()``: the schedule as a timeline, one bar or diamond per dated entry."""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import TYPE_CHECKING

from pilkada import presentation
from pilkada.boundary import as_date
from pilkada.display.plot.axes import (
    GID,
    INK,
    LABEL_WIDTH,
    NOTE_WIDTH,
    ONE_DAY,
    STYLE,
    TEXT,
    TODAY,
    VOTING,
    date_x,
    figure_and_axes,
    language_of,
    literal_text,
    medium_date,
    month_axis,
    noon_x,
    require_matplotlib,
    top_labels,
)
from pilkada.errors import PilkadaTypeError
from pilkada.i18n import DEFAULT_LOCALE
from pilkada.schedule import Schedule
from pilkada.stages import Step

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from pilkada.schedule import ScheduleEntry

__all__ = ["plot_schedule"]


@literal_text
def plot_schedule(
    schedule: Schedule,
    *,
    today: dt.date | str | None = None,
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
    language, locale = language_of(lang)
    today = dt.date.today() if today is None else as_date("today", today)
    require_matplotlib("Schedule.plot()")
    from matplotlib.lines import Line2D  # noqa: PLC0415
    from matplotlib.patches import Patch  # noqa: PLC0415

    text = TEXT[language]
    dated = [entry for entry in schedule if entry.first_day is not None]
    undated = [entry for entry in schedule if entry.first_day is None]
    labels = [textwrap.fill(entry.label(locale), LABEL_WIDTH) for entry in dated]
    lines = sum(label.count("\n") + 1 for label in labels)
    figure, ax = figure_and_axes(ax, (11.0, max(3.5, 2.0 + 0.2 * lines + 0.12 * len(dated))))

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
    limits = month_axis(ax, min(days), max(days), locale)
    voting = noon_x(schedule.voting_day)
    ax.axvline(voting, color=VOTING, linewidth=1.6, gid=GID["voting"])
    marks = [(voting, f"{text['voting']}\n{medium_date(schedule.voting_day, locale)}", VOTING)]
    today_x = noon_x(today)
    if limits[0] <= today_x <= limits[1]:
        ax.axvline(today_x, color=TODAY, linewidth=1.2, linestyle="--", gid=GID["today"])
        marks.append((today_x, f"{text['today']}\n{medium_date(today, locale)}", TODAY))
    top_labels(ax, limits, marks)

    used = {entry.certainty for entry in dated if entry.start is not None}
    handles: list[Patch | Line2D] = [
        Patch(facecolor=face, edgecolor=INK, hatch=hatch, label=text[certainty.value])
        for certainty, (face, hatch) in STYLE.items()
        if certainty in used
    ]
    if any(entry.start is None for entry in dated):
        handles.append(Line2D([], [], marker="D", linestyle="", color=INK, label=text["deadline"]))
    if handles:
        ax.legend(handles=handles, loc="lower left", fontsize="small", framealpha=0.95)

    ax.set_title(text["schedule_title"].format(name=schedule.name), loc="left", pad=30)
    notes = []
    if schedule.basis is not None:
        notes.append(text["basis"].format(basis=schedule.basis))
    if undated:
        notes.append(text["undated"].format(labels="; ".join(e.label(locale) for e in undated)))
    if notes:
        ax.set_xlabel(textwrap.fill(" ".join(notes), NOTE_WIDTH), loc="left", fontsize="small")
    return figure


def _draw_entry(ax: Axes, row: int, entry: ScheduleEntry) -> None:
    face, hatch = STYLE[entry.certainty]
    step = isinstance(entry.key, Step)
    if entry.start is not None and entry.end is not None:
        left = date_x(entry.start)
        ax.barh(
            row,
            date_x(entry.end + ONE_DAY) - left,
            left=left,
            height=0.5 if step else 0.75,
            color=face,
            edgecolor=INK,
            linewidth=0.8,
            hatch=hatch,
            gid=GID["bar"],
        )
    elif entry.end is not None:
        ax.plot(
            [noon_x(entry.end)],
            [row],
            marker="D",
            markersize=6 if step else 7,
            color=face,
            markeredgecolor=INK,
            linestyle="",
            gid=GID["deadline"],
        )


presentation.picture.register(Schedule)(plot_schedule)
