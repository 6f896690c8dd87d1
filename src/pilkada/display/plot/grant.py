"""``GrantAgreement.plot(on=...)``: the disbursement of a grant against its deadlines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from pilkada import presentation
from pilkada.boundary import as_date
from pilkada.display.plot.axes import (
    DUE,
    GID,
    INK,
    TEXT,
    TODAY,
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
from pilkada.grants import GrantAgreement, LedgerKind
from pilkada.i18n import DEFAULT_LOCALE, EXACT, Lang, format_date, forms_of
from pilkada.money import Rupiah

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from pilkada.grants import GrantStatus, TrancheStatus

__all__ = ["compact_amount", "plot_agreement"]


@literal_text
def plot_agreement(
    agreement: GrantAgreement,
    *,
    on: dt.date | str | None = None,
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
    on = as_date("on", on)
    language, locale = language_of(lang)
    require_matplotlib("GrantAgreement.plot()")

    text = TEXT[language]
    status = agreement.status(on=on)
    figure, ax = figure_and_axes(ax, (10.0, 6.0))
    last = max(on, *(tranche.due for tranche in agreement.tranches))
    limits = month_axis(ax, min(agreement.signed_on, on), last, locale)
    if on >= agreement.signed_on:
        _draw_transfers(ax, agreement, status, language, locale)
    _draw_tranches(ax, status, limits, language, locale)

    on_x = noon_x(on)
    ax.axvline(on_x, color=TODAY, linewidth=1.2, gid=GID["on"])
    marks = [
        (
            noon_x(t.due),
            f"{text['due'].format(tranche=t.label(locale))}\n{medium_date(t.due, locale)}",
            DUE,
        )
        for t in agreement.tranches
    ]
    marks.append((on_x, f"{text['on']}\n{medium_date(on, locale)}", TODAY))
    top_labels(ax, limits, marks)
    _amount_axis(ax, agreement.amount, language, locale)
    _legend_and_title(ax, agreement, language, locale)
    return figure


def _legend_and_title(ax: Axes, agreement: GrantAgreement, language: Lang, locale: str) -> None:
    """The legend under the axes (transfers, what was required, the deadlines) and the title."""
    from matplotlib.lines import Line2D  # noqa: PLC0415

    text = TEXT[language]
    handles, _ = ax.get_legend_handles_labels()
    handles += [
        Line2D(
            [],
            [],
            color=DUE,
            linestyle=":",
            marker="o",
            markerfacecolor="white",
            label=text["required"],
        ),
        Line2D([], [], color=DUE, linestyle="--", label=text["due_line"]),
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


def _draw_transfers(
    ax: Axes, agreement: GrantAgreement, status: GrantStatus, language: Lang, locale: str
) -> None:
    """What was transferred up to the status day: a step line from the signing day."""
    xs, ys, total = [noon_x(agreement.signed_on)], [0.0], Decimal(0)
    for line in agreement.ledger:
        if line.kind is LedgerKind.TRANSFER and line.on <= status.on:
            total += line.amount.amount
            xs.append(noon_x(line.on))
            ys.append(float(total))
    xs.append(noon_x(status.on))
    ys.append(float(total))
    ax.step(
        xs,
        ys,
        where="post",
        color=INK,
        linewidth=2.2,
        marker="o",
        markevery=list(range(len(xs) - 1)),
        markersize=4,
        gid=GID["transfers"],
        label=TEXT[language]["transfers"].format(
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
        due, height = noon_x(tranche.due), float(cumulative.amount)
        required_x.append(due)
        required_y.append(height)
        ax.axvline(due, color=DUE, linewidth=1.0, linestyle="--", gid=GID["due"])
        ax.plot(
            [due],
            [height],
            marker="o",
            markersize=8,
            markerfacecolor="white",
            markeredgecolor=DUE,
            markeredgewidth=1.8,
            linestyle="",
            gid=GID["target"],
        )
        lines = [f"{tranche.label(locale)}: {tranche.amount.format(locale=locale)}"]
        if cumulative != tranche.amount:
            total = cumulative.format(locale=locale)
            lines.append(TEXT[language]["cumulative"].format(amount=total))
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
            bbox={"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": DUE},
            gid=GID["amount"],
        )
    required_x.append(limits[1])
    required_y.append(required_y[-1])
    ax.step(required_x, required_y, where="post", color=DUE, linewidth=1.0, linestyle=":")


def _amount_axis(ax: Axes, amount: Rupiah, language: Lang, locale: str) -> None:
    """The y axis from Rp0 to above the grant, ticked in an exact compact form."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: PLC0415

    ax.set_ylim(0, float(amount.amount) * 1.3)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: compact_amount(value, locale)))
    ax.set_ylabel(TEXT[language]["amount_axis"], fontsize="small")
    ax.grid(axis="y", color="#eeeeee", linewidth=0.8)


def _state(tranche_status: TrancheStatus, language: Lang, locale: str) -> str:
    """``lunas (29 November 2023)``, ``lewat tenggat (4 hari)``, ``dibayar sebagian ...``."""
    text = TEXT[language]
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
        return TEXT[language]["recipient_unknown"].format(grantee=agreement.grantee.value)
    unit = agreement.grantee.unit(agreement.grantor.level)
    return f"{unit} {agreement.grantor.region(locale)}"


def compact_amount(value: float, locale: str) -> str:
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


presentation.picture.register(GrantAgreement)(plot_agreement)
