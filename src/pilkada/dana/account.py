"""The campaign finance of one candidate pair: :class:`DanaKampanye`."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from pilkada.boundary import as_date
from pilkada.calendar import Period
from pilkada.dana.findings import TemuanDana, findings_of
from pilkada.dana.kinds import JenisLaporan, JenisPenyumbang
from pilkada.dana.ledger import (
    LaporanDana,
    Pengeluaran,
    Penyumbang,
    SetoranKasNegara,
    StatusDana,
    Sumbangan,
    entries_of,
    positive,
    total,
)
from pilkada.dana.rules import Sanksi, Tenggat, campaign_of, sanksi_rules, tenggat
from pilkada.dana.summary import RingkasanJenis, RingkasanPeriode, by_kind, by_period
from pilkada.errors import PilkadaValueError, instance_of
from pilkada.law import in_force
from pilkada.money import Rupiah
from pilkada.presentation import Pictured
from pilkada.schedule import Schedule, pilkada_2024

__all__ = ["DanaKampanye"]

#: The deadlines :meth:`DanaKampanye.findings` judges without a day: the last of them.
_LAST = ("LPPDK", "SETOR_KELEBIHAN", "SETOR_SUMBANGAN_TERLARANG")


def _sumbangan(values: object) -> tuple[Sumbangan, ...]:
    return entries_of("sumbangan", values, Sumbangan)  # type: ignore[return-value]


def _pengeluaran(values: object) -> tuple[Pengeluaran, ...]:
    return entries_of("pengeluaran", values, Pengeluaran)  # type: ignore[return-value]


def _setoran(values: object) -> tuple[SetoranKasNegara, ...]:
    return entries_of("setoran", values, SetoranKasNegara)  # type: ignore[return-value]


def _laporan(values: object) -> tuple[LaporanDana, ...]:
    return entries_of("laporan", values, LaporanDana)  # type: ignore[return-value]


def _opened(value: object) -> dt.date | None:
    return None if value is None else as_date("rkdk_dibuka", value)


def _limit(_: object, attribute: attrs.Attribute[Rupiah | None], value: object) -> None:
    if value is not None:
        positive(_, attribute, value)  # type: ignore[arg-type]


def _pair(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    instance_of(str)(_, attribute, value)
    if not str(value).strip():
        raise PilkadaValueError(attribute.name, value, "the pair has no name", "e.g. 'Paslon 1'")


@attrs.frozen(kw_only=True)
class DanaKampanye(Pictured):
    """The campaign account (RKDK) of one pair, and the reports it filed.

    Immutable: ``with_sumbangan`` and the other ``with_`` methods return a new account.

    Args:
        pasangan: The pair's name, e.g. ``"Paslon 1"``.
        schedule: The election (default ``PILKADA_2024``): its campaign stage fixes the report
            deadlines, so a custom schedule or a re-election has its own.
        rkdk_dibuka: The day the campaign account was opened, if known.
        batas_pengeluaran: The spending limit the regional KPU set, if known.
        sumbangan, pengeluaran, setoran, laporan: The lines, in any order (kept by date).

    >>> from pilkada import Rupiah
    >>> budi = Penyumbang(jenis="perseorangan", nama="Budi", identitas="3316010101800001")
    >>> dana = (DanaKampanye(pasangan="Paslon 1")
    ...     .with_sumbangan(budi, "2024-10-01", Rupiah(50_000_000))
    ...     .with_sumbangan(budi, "2024-10-20", Rupiah(30_000_000)))
    >>> over = dana.findings(on="2024-10-31")[0]
    >>> over.code, over.on, over.kelebihan
    ('MELEBIHI_BATAS_SUMBANGAN', datetime.date(2024, 10, 20), Rupiah('5000000.00'))
    >>> str(over.basis)
    'UU 10/2016 Pasal 74 ayat (5)'
    """

    pasangan: str = attrs.field(validator=_pair)
    schedule: Schedule = attrs.field(
        factory=pilkada_2024, validator=instance_of(Schedule), repr=False
    )
    rkdk_dibuka: dt.date | None = attrs.field(default=None, converter=_opened)
    batas_pengeluaran: Rupiah | None = attrs.field(default=None, validator=_limit)
    sumbangan: tuple[Sumbangan, ...] = attrs.field(default=(), converter=_sumbangan)
    pengeluaran: tuple[Pengeluaran, ...] = attrs.field(default=(), converter=_pengeluaran)
    setoran: tuple[SetoranKasNegara, ...] = attrs.field(default=(), converter=_setoran)
    laporan: tuple[LaporanDana, ...] = attrs.field(default=(), converter=_laporan)

    # -- the rules -------------------------------------------------------------------------

    @property
    def kampanye(self) -> Period:
        """The campaign stage of the schedule."""
        return campaign_of(self.schedule)

    def tenggat(self, code: str, *, anchor_day: dt.date | None = None) -> Tenggat:
        """The deadline ``code`` (``"LADK"``, ``"LPSDK"``, ``"LPPDK"`` ...) for this election."""
        return tenggat(code, self.schedule, anchor_day=anchor_day)

    def sanksi(self, code: str, on: dt.date) -> Sanksi:
        """The sanction ``code`` in force on day ``on``."""
        versions = [v for v in sanksi_rules() if v.value.code == code]
        return in_force(versions, on, what=f"sanction {code}").value

    def findings(self, *, on: dt.date | str | None = None) -> list[TemuanDana]:
        """What breaks the rules, judged on day ``on`` (lines after it are left out).

        Without ``on`` the account is judged as complete: on the last day of the deadlines
        (the LPPDK and the treasury transfers), so a report still missing is a finding.
        """
        day = self._as_of(on)
        return findings_of(self, day)

    def _as_of(self, on: dt.date | str | None) -> dt.date:
        if on is not None:
            return as_date("on", on)
        return max(self.tenggat(code).due for code in _LAST) + dt.timedelta(days=1)

    # -- the ledger ------------------------------------------------------------------------

    def with_sumbangan(
        self,
        penyumbang: Penyumbang,
        on: dt.date | str,
        jumlah: Rupiah,
        **details: Any,  # noqa: ANN401 - bentuk, bukti, uraian
    ) -> DanaKampanye:
        """A copy with a donation recorded (``bentuk``, ``bukti``, ``uraian`` as keywords)."""
        line = Sumbangan(penyumbang=penyumbang, on=on, jumlah=jumlah, **details)
        return attrs.evolve(self, sumbangan=(*self.sumbangan, line))

    def with_pengeluaran(
        self,
        on: dt.date | str,
        jumlah: Rupiah,
        **details: Any,  # noqa: ANN401
    ) -> DanaKampanye:
        """A copy with spending recorded (``bentuk``, ``bukti``, ``uraian`` as keywords)."""
        line = Pengeluaran(on=on, jumlah=jumlah, **details)
        return attrs.evolve(self, pengeluaran=(*self.pengeluaran, line))

    def with_setoran(self, on: dt.date | str, jumlah: Rupiah, **details: Any) -> DanaKampanye:  # noqa: ANN401
        """A copy with a transfer to the state treasury recorded."""
        line = SetoranKasNegara(on=on, jumlah=jumlah, **details)
        return attrs.evolve(self, setoran=(*self.setoran, line))

    def with_laporan(
        self,
        jenis: JenisLaporan | str,
        on: dt.date | str,
        sumbangan: Any = None,  # noqa: ANN401
    ) -> DanaKampanye:
        """A copy with a report filed on ``on`` (an LPSDK may list its donations' receipts)."""
        line = LaporanDana(jenis=jenis, on=on, sumbangan=sumbangan)
        return attrs.evolve(self, laporan=(*self.laporan, line))

    # -- totals ----------------------------------------------------------------------------

    def status(self, *, on: dt.date | str) -> StatusDana:
        """The account summed up on day ``on``: received, spent, handed over, left."""
        day = as_date("on", on)
        return StatusDana(
            on=day,
            penerimaan=total(d for d in self.sumbangan if d.on <= day),
            pengeluaran=total(p for p in self.pengeluaran if p.on <= day),
            setoran=total(s for s in self.setoran if s.on <= day),
        )

    @property
    def hari_terakhir(self) -> dt.date:
        """The last day of any line, or the campaign's last day if later: the day to sum up."""
        days = [
            line.on for part in (self.sumbangan, self.pengeluaran, self.setoran) for line in part
        ]
        return max([self.kampanye.end, *days])

    def kumulatif(self) -> tuple[tuple[dt.date, Rupiah], ...]:
        """The running total of receipts, one point per day with a donation."""
        points: dict[dt.date, Rupiah] = {}
        running = Rupiah(0)
        for donation in self.sumbangan:  # already in date order
            running += donation.jumlah
            points[donation.on] = running
        return tuple(points.items())

    def per_penyumbang(self) -> dict[Penyumbang, Rupiah]:
        """Each donor's total (the first spelling of a donor names it)."""
        totals: dict[tuple[str, str], tuple[Penyumbang, Rupiah]] = {}
        for donation in self.sumbangan:
            key = donation.penyumbang.key
            donor, amount = totals.get(key, (donation.penyumbang, Rupiah(0)))
            totals[key] = (donor, amount + donation.jumlah)
        return dict(totals.values())

    def ringkasan_jenis(self) -> tuple[RingkasanJenis, ...]:
        """Donations per kind of donor (they add up to all donations)."""
        return by_kind(self.sumbangan)

    def ringkasan_periode(self) -> tuple[RingkasanPeriode, ...]:
        """Receipts and spending per reporting period (they add up to the totals)."""
        return by_period(self.sumbangan, self.pengeluaran, self.kampanye, self.tenggat("LPSDK").due)

    def dari(self, jenis: JenisPenyumbang) -> Rupiah:
        """What donors of kind ``jenis`` gave in all."""
        return total(d for d in self.sumbangan if d.penyumbang.jenis is jenis)

    def laporan_jenis(self, jenis: JenisLaporan) -> tuple[LaporanDana, ...]:
        """The reports of kind ``jenis`` filed, in date order."""
        return tuple(r for r in self.laporan if r.jenis is jenis)
