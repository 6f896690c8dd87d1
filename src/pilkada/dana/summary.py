"""Summaries of a campaign account: per kind of donor, and per reporting period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from pilkada.boundary import count_field, date_field, text_field
from pilkada.calendar import Period
from pilkada.dana.kinds import JenisPenyumbang
from pilkada.dana.ledger import Pengeluaran, Sumbangan, nonnegative, positive, total
from pilkada.errors import PilkadaValueError, instance_of
from pilkada.i18n import lang_of
from pilkada.money import Rupiah

__all__ = ["RingkasanJenis", "RingkasanPeriode", "by_kind", "by_period"]


@attrs.frozen(kw_only=True)
class RingkasanJenis:
    """The donations of one kind of donor: how many donors, donations, and their total."""

    jenis: JenisPenyumbang = attrs.field(validator=instance_of(JenisPenyumbang))
    penyumbang: int = attrs.field(validator=count_field(minimum=1))
    sumbangan: int = attrs.field(validator=count_field(minimum=1))
    jumlah: Rupiah = attrs.field(validator=positive)

    def __attrs_post_init__(self) -> None:
        if self.penyumbang > self.sumbangan:
            raise PilkadaValueError(
                "penyumbang",
                self.penyumbang,
                f"{self.penyumbang} donors gave only {self.sumbangan} donations",
                "at most as many donors as donations (sumbangan)",
            )


def _eve(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=1) if day > dt.date.min else day


@attrs.frozen(kw_only=True)
class RingkasanPeriode:
    """Receipts and spending in one reporting period (``start`` or ``end`` open when ``None``)."""

    label_id: str = attrs.field(validator=text_field(empty=False))
    label_en: str = attrs.field(validator=text_field(empty=False))
    start: dt.date | None = attrs.field(validator=date_field(optional=True))
    end: dt.date | None = attrs.field(validator=date_field(optional=True))
    penerimaan: Rupiah = attrs.field(validator=nonnegative)
    pengeluaran: Rupiah = attrs.field(validator=nonnegative)

    def __attrs_post_init__(self) -> None:
        # A period may be empty (the LPSDK due on the campaign's last day leaves nothing
        # after it): then it ends the day before it starts, never earlier.
        if self.start is not None and self.end is not None and self.end < _eve(self.start):
            raise PilkadaValueError(
                "end",
                self.end,
                f"{self.end} is before {self.start}",
                "a day from the day before start on (an empty period)",
            )

    def label(self, locale: str = "id") -> str:
        """The period's name in the language of ``locale``."""
        return self.label_id if lang_of(locale) == "id" else self.label_en

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, dt.date):
            return False
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def by_kind(donations: Sequence[Sumbangan]) -> tuple[RingkasanJenis, ...]:
    """One row per kind of donor that gave, in the order of :class:`JenisPenyumbang`.

    The totals add up to the sum of all donations, to the sen.
    """
    rows = []
    for jenis in JenisPenyumbang:
        mine = [d for d in donations if d.penyumbang.jenis is jenis]
        if mine:
            donors = {d.penyumbang.key for d in mine}
            rows.append(
                RingkasanJenis(
                    jenis=jenis, penyumbang=len(donors), sumbangan=len(mine), jumlah=total(mine)
                )
            )
    return tuple(rows)


def by_period(
    donations: Sequence[Sumbangan],
    spending: Sequence[Pengeluaran],
    campaign: Period,
    lpsdk_due: dt.date,
) -> tuple[RingkasanPeriode, ...]:
    """Four periods that partition time, one per report.

    Before the campaign (the LADK), the campaign up to the LPSDK, the rest of the campaign
    (the LPPDK), and after it.

    Every line falls in exactly one period, so the periods add up to the totals.
    """
    one_day = dt.timedelta(days=1)
    lpsdk_end = min(max(lpsdk_due, campaign.start), campaign.end)
    bounds = (
        ("sebelum kampanye (LADK)", "before the campaign (LADK)", None, campaign.start - one_day),
        ("kampanye s.d. LPSDK", "campaign up to the LPSDK", campaign.start, lpsdk_end),
        ("kampanye setelah LPSDK", "campaign after the LPSDK", lpsdk_end + one_day, campaign.end),
        ("setelah kampanye", "after the campaign", campaign.end + one_day, None),
    )
    rows = []
    for label_id, label_en, start, end in bounds:
        shell = RingkasanPeriode(
            label_id=label_id,
            label_en=label_en,
            start=start,
            end=end,
            penerimaan=Rupiah(0),
            pengeluaran=Rupiah(0),
        )
        rows.append(
            attrs.evolve(
                shell,
                penerimaan=total(d for d in donations if d.on in shell),
                pengeluaran=total(p for p in spending if p.on in shell),
            )
        )
    return tuple(rows)
