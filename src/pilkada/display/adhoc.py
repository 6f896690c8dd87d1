"""Tables of a staffing plan: ``StaffingPlan.to_html()`` and ``to_pandas()``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from pilkada import presentation
from pilkada.adhoc import KPU_PAID, AdhocBodyKind, StaffingPlan, honorarium_rates
from pilkada.display.table import (
    Column,
    Row,
    Table,
    pick,
)
from pilkada.i18n import DEFAULT_LOCALE, format_date, format_number
from pilkada.law import Certainty

if TYPE_CHECKING:
    import pandas as pd

__all__: list[str] = []

# -- staffing ----------------------------------------------------------------------------------


#: The columns of a staffing table, in order.
_STAFFING_COLUMNS: Final = (
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


def _staffing_table(plan: StaffingPlan, lang: str) -> Table:
    footer = Row(
        {
            "kind": pick(lang, "Jumlah", "Total"),
            "members": plan.total(),
            "honorarium_monthly": plan.honorarium_monthly(),
            "honorarium_term": plan.honorarium_term(),
        }
    )
    area = ", ".join(
        (
            f"{format_number(plan.kecamatan, locale=lang)} kecamatan",
            f"{format_number(plan.desa, locale=lang)} desa/kelurahan",
            f"{format_number(plan.tps, locale=lang)} TPS",
        )
    )
    return Table(
        columns=_STAFFING_COLUMNS,
        rows=tuple(_staffing_row(plan, kind) for kind in AdhocBodyKind),
        footer=(footer,),
        title=pick(lang, "Kebutuhan badan ad hoc", "Ad hoc staffing"),
        lines=(pick(lang, "Wilayah: ", "Area: ") + area,),
        notes=_staffing_notes(plan, lang),
    )


def _staffing_row(plan: StaffingPlan, kind: AdhocBodyKind) -> Row:
    """One kind of body; the honorarium only for those KPU pays (:data:`KPU_PAID`)."""
    terms_certainty = plan.terms_certainty
    paid = kind in KPU_PAID
    return Row(
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


def _staffing_notes(plan: StaffingPlan, lang: str) -> tuple[str, ...]:
    """What is not recorded, how sure the terms are, and where the rates come from."""
    rates = honorarium_rates(plan.on)
    return (
        pick(
            lang,
            "Honorarium badan ad hoc Bawaslu tidak tercatat; masa kerja (bulan) bersifat "
            "sementara.",
            "Bawaslu's ad hoc honoraria are not recorded; the term months are provisional.",
        )
        if plan.terms_certainty is Certainty.PROVISIONAL
        else pick(
            lang,
            "Honorarium badan ad hoc Bawaslu tidak tercatat.",
            "Bawaslu's ad hoc honoraria are not recorded.",
        ),
        pick(lang, "Dasar tarif: ", "Rates: ")
        + rates.basis.cite(locale=lang)
        + pick(lang, ", berlaku sejak ", ", in force from ")
        + format_date(rates.effective, format="long", locale=lang),
    )


def staffing_html(plan: StaffingPlan, *, locale: str = DEFAULT_LOCALE) -> str:
    """:meth:`StaffingPlan.to_html`."""
    lang = locale
    return _staffing_table(plan, lang).html(lang=lang)


def staffing_frame(plan: StaffingPlan) -> pd.DataFrame:
    """:meth:`StaffingPlan.to_pandas`."""
    return _staffing_table(plan, "id").frame(feature="StaffingPlan.to_pandas()")


presentation.html.register(StaffingPlan)(staffing_html)
presentation.frame.register(StaffingPlan)(staffing_frame)
