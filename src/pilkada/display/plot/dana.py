"""``DanaKampanye.plot()``: cumulative receipts per donor against the caps and the deadlines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from pilkada.dana import DanaKampanye, JenisPenyumbang
from pilkada.dana.ledger import cumulative
from pilkada.dana.rules import batas_sumbangan
from pilkada.display.plot.axes import (
    DUE,
    INK,
    figure_and_axes,
    language_of,
    literal_text,
    medium_date,
    month_axis,
    noon_x,
    require_matplotlib,
    top_labels,
)
from pilkada.display.plot.grant import compact_amount
from pilkada.errors import PilkadaTypeError
from pilkada.i18n import DEFAULT_LOCALE, Lang
from pilkada.money import Rupiah

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["DANA_GID", "plot_dana"]

#: The ``gid`` of the artists that carry meaning.
DANA_GID: Final = {
    "total": "dana-total",
    "donor": "dana-donor",
    "cap": "dana-cap",
    "deadline": "dana-deadline",
}
_TEXT: Final[dict[Lang, dict[str, str]]] = {
    "id": {
        "title": "Dana kampanye {pair}: penerimaan kumulatif {total}",
        "total": "semua penerimaan",
        "cap": "batas {kind}: {amount}",
        "axis": "Rupiah (M = miliar)",
    },
    "en": {
        "title": "Campaign funds of {pair}: cumulative receipts {total}",
        "total": "all receipts",
        "cap": "cap, {kind}: {amount}",
        "axis": "Rupiah (B = billion)",
    },
}
_CAPPED: Final = (
    JenisPenyumbang.PERSEORANGAN,
    JenisPenyumbang.BADAN_HUKUM_SWASTA,
    JenisPenyumbang.PARTAI_POLITIK,
)
_MAX_DONORS: Final = 6
_COLOURS: Final = ("#117a65", "#7d3c98", "#b9770e", "#2e86c1", "#a93226", "#566573")


@literal_text
def plot_dana(
    account: DanaKampanye, *, ax: Axes | None = None, locale: str = DEFAULT_LOCALE
) -> Figure:
    """``DanaKampanye.plot()``: the receipts against the caps and the report deadlines.

    Needs ``pip install "pilkada[plot]"``. The total of all receipts is a thick step line;
    the capped donors who gave most (up to six) each have a thin step line of their running
    total, with the cap of their kind as a dashed horizontal line, so a donor crossing a cap
    is seen on the day. The LADK, LPSDK and LPPDK deadlines are dashed vertical lines.

    Raises:
        PilkadaMissingDependencyError: matplotlib is not installed.
    """
    if not isinstance(account, DanaKampanye):
        raise PilkadaTypeError(
            "account", account, f"got {type(account).__name__}", "a pilkada.DanaKampanye"
        )
    language, locale = language_of(locale)
    require_matplotlib("DanaKampanye.plot()")
    figure, ax = figure_and_axes(ax, (10.0, 6.0))
    deadlines = [account.tenggat(code) for code in ("LADK", "LPSDK", "LPPDK")]
    days = [d.on for d in account.sumbangan] + [t.due for t in deadlines]
    limits = month_axis(ax, min(days), max(days), locale)
    top = _draw_total(ax, account, limits, language)
    top = max(top, _draw_donors(ax, account, limits, max(days), (language, locale)))
    marks = []
    for rule in deadlines:
        ax.axvline(noon_x(rule.due), color=DUE, linestyle="--", gid=DANA_GID["deadline"])
        marks.append((noon_x(rule.due), f"{rule.code}\n{medium_date(rule.due, locale)}", DUE))
    top_labels(ax, limits, marks)
    from matplotlib.ticker import FuncFormatter  # noqa: PLC0415

    ax.set_ylim(0, max(top, 1.0) * 1.15)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: compact_amount(value, locale)))
    ax.set_ylabel(_TEXT[language]["axis"], fontsize="small")
    ax.grid(axis="y", color="#eeeeee", linewidth=0.8)
    total = sum((d.jumlah for d in account.sumbangan), Rupiah(0))
    ax.set_title(
        _TEXT[language]["title"].format(pair=account.pasangan, total=total.format(locale=locale)),
        loc="left",
        pad=30,
    )
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=2, fontsize="small")
    return figure


def _draw_total(
    ax: Axes, account: DanaKampanye, limits: tuple[float, float], language: Lang
) -> float:
    """All receipts as a running total; returns the final height."""
    xs, ys = [limits[0]], [0.0]
    for day, running in account.kumulatif():
        xs.append(noon_x(day))
        ys.append(float(running.amount))
    xs.append(limits[1])
    ys.append(ys[-1])
    ax.step(
        xs,
        ys,
        where="post",
        color=INK,
        linewidth=2.2,
        gid=DANA_GID["total"],
        label=_TEXT[language]["total"],
    )
    return ys[-1]


def _draw_donors(
    ax: Axes,
    account: DanaKampanye,
    limits: tuple[float, float],
    cap_day: dt.date,
    languages: tuple[Lang, str],
) -> float:
    """Each top donor's running total, and the cap of each kind drawn (on ``cap_day``)."""
    language, locale = languages
    totals = {
        donor: amount
        for donor, amount in account.per_penyumbang().items()
        if donor.jenis in _CAPPED
    }
    chosen = sorted(totals, key=lambda donor: totals[donor], reverse=True)[:_MAX_DONORS]
    top, kinds = 0.0, set()
    for colour, donor in zip(_COLOURS, chosen, strict=False):
        xs, ys = [limits[0]], [0.0]
        for donation, running in cumulative(account.sumbangan):
            if donation.penyumbang.key == donor.key:
                xs.append(noon_x(donation.on))
                ys.append(float(running.amount))
        xs.append(limits[1])
        ys.append(ys[-1])
        ax.step(
            xs,
            ys,
            where="post",
            color=colour,
            linewidth=1.2,
            gid=DANA_GID["donor"],
            label=donor.nama,
        )
        top = max(top, ys[-1])
        kinds.add(donor.jenis)
    for kind in _CAPPED:
        if kind not in kinds:
            continue
        cap = batas_sumbangan(kind, cap_day)
        if cap is None:
            continue
        height = float(Decimal(cap.value.jumlah.amount))
        text = _TEXT[language]["cap"].format(
            kind=kind.label(locale), amount=cap.value.jumlah.format(locale=locale)
        )
        ax.axhline(height, color=DUE, linestyle=":", linewidth=1.0, gid=DANA_GID["cap"], label=text)
        top = max(top, height)
    return top
