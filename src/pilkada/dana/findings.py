"""What in a campaign account breaks the rules: :meth:`DanaKampanye.findings`.

Each finding is a :class:`pilkada.findings.Finding` (a stable ``code``, a message in both
languages, the basis and certainty of the rule), plus the day it happened (``on``) and the
sanction the rule carries, where one was found (``sanksi``). The boundaries follow the law's
words: a cap is "paling banyak" (the cap itself is allowed, one sen more is over), a deadline
"paling lambat" (the last day is on time).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

import attrs

from pilkada import findings
from pilkada.boundary import check_derived, count_field, date_field
from pilkada.dana.kinds import JenisLaporan, JenisPenyumbang
from pilkada.dana.ledger import (
    LaporanDana,
    Pengeluaran,
    Penyumbang,
    Sumbangan,
    cumulative,
    nonnegative,
    positive,
    total,
)
from pilkada.dana.rules import (
    PRINSIP,
    BatasSumbangan,
    Sanksi,
    Tenggat,
    cap_versions,
    sanksi_or_none,
)
from pilkada.errors import PilkadaValueError, instance_of, shown
from pilkada.i18n import format_date
from pilkada.law import Certainty, Dated, LegalBasis
from pilkada.money import Rupiah

if TYPE_CHECKING:
    from pilkada.dana.account import DanaKampanye

__all__ = [
    "LaporanTerlambat",
    "LaporanTidakAda",
    "MelebihiBatasPengeluaran",
    "MelebihiBatasSumbangan",
    "PengeluaranSebelumRKDK",
    "SetoranKurang",
    "SumbanganTerlarang",
    "TemuanDana",
    "TidakDalamLPSDK",
    "findings_of",
]


def _long(day: dt.date, locale: str = "id") -> str:
    return format_date(day, format="long", locale=locale)


def _rp(amount: Rupiah, locale: str = "id") -> str:
    return amount.format(locale=locale)


def _on_is(finding: TemuanDana, day: dt.date, rule: str) -> None:
    """A finding's ``on`` is the day of what it found (or not given)."""
    if finding.on is not None:
        check_derived("on", finding.on, day, rule)


def _excess(batas: Rupiah, jumlah: Rupiah, kelebihan: Rupiah, what: str) -> None:
    """An excess over a cap: the total above the cap ("paling banyak"), by the difference."""
    if jumlah <= batas:
        raise PilkadaValueError(
            "jumlah",
            jumlah,
            f"{shown(jumlah)} is not over the {what} {shown(batas)}",
            f"a total above the {what} ('paling banyak': the {what} itself is allowed)",
        )
    check_derived("kelebihan", kelebihan, jumlah - batas, f"jumlah - batas (the {what})")


@attrs.frozen(kw_only=True)
class TemuanDana(findings.Finding):
    """A campaign finance finding: the day it happened and the sanction of its rule."""

    CODE: ClassVar[str] = "TEMUAN_DANA"

    on: dt.date | None = attrs.field(default=None, validator=date_field(optional=True))
    sanksi: Sanksi | None = attrs.field(default=None, validator=sanksi_or_none)

    @property
    def code(self) -> str:
        """The finding's stable code, e.g. ``MELEBIHI_BATAS_SUMBANGAN``."""
        return self.CODE


@attrs.frozen(kw_only=True)
class MelebihiBatasSumbangan(TemuanDana):
    """A donor over the cap.

    ``on`` is the day the cap was crossed; ``kelebihan`` the excess over the whole campaign,
    to be handed to the state treasury by ``setor_paling_lambat``.
    """

    CODE: ClassVar[str] = "MELEBIHI_BATAS_SUMBANGAN"

    penyumbang: Penyumbang = attrs.field(validator=instance_of(Penyumbang))
    batas: Rupiah = attrs.field(validator=positive)
    jumlah: Rupiah = attrs.field(validator=positive)
    kelebihan: Rupiah = attrs.field(validator=positive)
    setor_paling_lambat: dt.date = attrs.field(validator=date_field())

    def __attrs_post_init__(self) -> None:
        _excess(self.batas, self.jumlah, self.kelebihan, "cap")


@attrs.frozen(kw_only=True)
class SumbanganTerlarang(TemuanDana):
    """A donation from a prohibited source (foreign, anonymous, government, state enterprise)."""

    CODE: ClassVar[str] = "SUMBANGAN_TERLARANG"

    sumbangan: Sumbangan = attrs.field(validator=instance_of(Sumbangan))
    setor_paling_lambat: dt.date = attrs.field(validator=date_field())

    def __attrs_post_init__(self) -> None:
        jenis = self.sumbangan.penyumbang.jenis
        if not jenis.terlarang:
            raise PilkadaValueError(
                "sumbangan",
                self.sumbangan,
                f"a donation from {jenis.name} is not prohibited",
                "a donation from a prohibited donor (UU 1/2015 Pasal 76 ayat (1))",
            )
        _on_is(self, self.sumbangan.on, "the day the donation was received")


@attrs.frozen(kw_only=True)
class LaporanTerlambat(TemuanDana):
    """A report filed after its deadline (``on`` is the day it was filed)."""

    CODE: ClassVar[str] = "LAPORAN_TERLAMBAT"

    jenis: JenisLaporan = attrs.field(validator=instance_of(JenisLaporan))
    due: dt.date = attrs.field(validator=date_field())
    hari_terlambat: int = attrs.field(validator=count_field(minimum=1))

    def __attrs_post_init__(self) -> None:
        if self.on is None:
            raise PilkadaValueError(
                "on", None, "a late report without the day it was filed", "the day it was filed"
            )
        check_derived(
            "hari_terlambat",
            self.hari_terlambat,
            (self.on - self.due).days,
            "the days from the deadline (due) to the filing (on); at least 1",
        )


@attrs.frozen(kw_only=True)
class LaporanTidakAda(TemuanDana):
    """A report not filed by its deadline, judged on a later day (``on``)."""

    CODE: ClassVar[str] = "LAPORAN_TIDAK_ADA"

    jenis: JenisLaporan = attrs.field(validator=instance_of(JenisLaporan))
    due: dt.date = attrs.field(validator=date_field())

    def __attrs_post_init__(self) -> None:
        if self.on is not None and self.on <= self.due:
            raise PilkadaValueError(
                "on",
                self.on,
                f"{self.on} is not after the deadline {self.due}",
                "a day after the deadline ('paling lambat': on the day is on time)",
            )


@attrs.frozen(kw_only=True)
class TidakDalamLPSDK(TemuanDana):
    """A donation received before the LPSDK was first filed that its last filing omits."""

    CODE: ClassVar[str] = "TIDAK_DALAM_LPSDK"

    sumbangan: Sumbangan = attrs.field(validator=instance_of(Sumbangan))

    def __attrs_post_init__(self) -> None:
        _on_is(self, self.sumbangan.on, "the day the donation was received")


@attrs.frozen(kw_only=True)
class MelebihiBatasPengeluaran(TemuanDana):
    """Spending over the region's limit: ``on`` is the day it was crossed."""

    CODE: ClassVar[str] = "MELEBIHI_BATAS_PENGELUARAN"

    batas: Rupiah = attrs.field(validator=positive)
    jumlah: Rupiah = attrs.field(validator=positive)
    kelebihan: Rupiah = attrs.field(validator=positive)

    def __attrs_post_init__(self) -> None:
        _excess(self.batas, self.jumlah, self.kelebihan, "limit")


@attrs.frozen(kw_only=True)
class PengeluaranSebelumRKDK(TemuanDana):
    """Money spent before the campaign account (RKDK) was opened."""

    CODE: ClassVar[str] = "PENGELUARAN_SEBELUM_RKDK"

    pengeluaran: Pengeluaran = attrs.field(validator=instance_of(Pengeluaran))
    rkdk_dibuka: dt.date = attrs.field(validator=date_field())

    def __attrs_post_init__(self) -> None:
        if self.pengeluaran.on >= self.rkdk_dibuka:
            raise PilkadaValueError(
                "rkdk_dibuka",
                self.rkdk_dibuka,
                f"the spending on {self.pengeluaran.on} is not before {self.rkdk_dibuka}",
                "a day after the spending (pengeluaran.on)",
            )
        _on_is(self, self.pengeluaran.on, "the day of the spending")


@attrs.frozen(kw_only=True)
class SetoranKurang(TemuanDana):
    """Less handed to the state treasury by the deadline than the donations it owes.

    ``wajib`` is the excess over the caps plus the prohibited donations.
    """

    CODE: ClassVar[str] = "SETORAN_KURANG"

    wajib: Rupiah = attrs.field(validator=positive)
    disetor: Rupiah = attrs.field(validator=nonnegative)
    due: dt.date = attrs.field(validator=date_field())

    def __attrs_post_init__(self) -> None:
        if self.disetor >= self.wajib:
            raise PilkadaValueError(
                "disetor",
                self.disetor,
                f"{shown(self.disetor)} is not short of {shown(self.wajib)}",
                "less than wajib (what is owed)",
            )
        _on_is(self, self.due, "the deadline (due)")


def _prinsip(code: str) -> tuple[LegalBasis, Certainty]:
    rule = next(p for p in PRINSIP if p.code == code)
    return rule.basis, rule.certainty


def _cap_on(jenis: JenisPenyumbang, day: dt.date) -> Dated[BatasSumbangan] | None:
    """The cap in force on ``day``, or ``None`` when none is recorded for that day."""
    versions = [v for v in cap_versions(jenis) if v.effective <= day]
    return max(versions, key=lambda v: v.effective) if versions else None


def _over_cap(account: DanaKampanye, donations: list[Sumbangan]) -> list[TemuanDana]:
    due = account.tenggat("SETOR_KELEBIHAN")
    crossed: dict[tuple[str, str], tuple[Sumbangan, Dated[BatasSumbangan]]] = {}
    final: dict[tuple[str, str], Rupiah] = {}
    for donation, running in cumulative(donations):
        key = donation.penyumbang.key
        final[key] = running
        cap = _cap_on(donation.penyumbang.jenis, donation.on)
        if key not in crossed and cap is not None and running > cap.value.jumlah:
            crossed[key] = (donation, cap)
    found: list[TemuanDana] = []
    for key, (donation, cap) in crossed.items():
        donor, limit, amount = donation.penyumbang, cap.value.jumlah, final[key]
        excess = amount - limit
        found.append(
            MelebihiBatasSumbangan(
                message_id=f"Sumbangan {donor.jenis.label()} {donor.nama} berjumlah "
                f"{_rp(amount)}, melebihi batas {_rp(limit)} sejak {_long(donation.on)}; "
                f"kelebihan {_rp(excess)} diserahkan ke kas negara paling lambat "
                f"{_long(due.due)}.",
                message_en=f"Donations from {donor.jenis.label('en')} {donor.nama} total "
                f"{_rp(amount, 'en')}, over the cap of {_rp(limit, 'en')} since "
                f"{_long(donation.on, 'en')}; the excess of {_rp(excess, 'en')} goes to the "
                f"state treasury by {_long(due.due, 'en')}.",
                basis=cap.basis,
                certainty=cap.certainty,
                on=donation.on,
                penyumbang=donor,
                batas=limit,
                jumlah=amount,
                kelebihan=excess,
                setor_paling_lambat=due.due,
            )
        )
    return found


def _prohibited(account: DanaKampanye, donations: list[Sumbangan]) -> list[TemuanDana]:
    due = account.tenggat("SETOR_SUMBANGAN_TERLARANG")
    sanksi = account.sanksi("SUMBANGAN_TERLARANG", due.due)
    basis, certainty = _prinsip("SUMBANGAN_TERLARANG")
    return [
        SumbanganTerlarang(
            message_id=f"Sumbangan {_rp(d.jumlah)} pada {_long(d.on)} dari "
            f"{d.penyumbang.jenis.label()} dilarang; serahkan ke kas negara paling lambat "
            f"{_long(due.due)}.",
            message_en=f"The donation of {_rp(d.jumlah, 'en')} on {_long(d.on, 'en')} from a "
            f"{d.penyumbang.jenis.label('en')} is prohibited; hand it to the state treasury "
            f"by {_long(due.due, 'en')}.",
            basis=basis,
            certainty=certainty,
            on=d.on,
            sanksi=sanksi,
            sumbangan=d,
            setor_paling_lambat=due.due,
        )
        for d in donations
        if d.penyumbang.jenis.terlarang
    ]


def _report(account: DanaKampanye, jenis: JenisLaporan, as_of: dt.date) -> list[TemuanDana]:
    rule: Tenggat = account.tenggat(jenis.name)
    filed = [r.on for r in account.laporan if r.jenis is jenis and r.on <= as_of]
    label_id, label_en = jenis.name, jenis.name
    sanction = "" if rule.sanksi is None else f" Sanksi: {rule.sanksi.text_id}."
    sanction_en = "" if rule.sanksi is None else f" Sanction: {rule.sanksi.text_en}."
    if filed:
        first = min(filed)
        if rule.on_time(first):
            return []
        late = (first - rule.due).days
        return [
            LaporanTerlambat(
                message_id=f"{label_id} disampaikan {_long(first)}, {late} hari setelah batas "
                f"{_long(rule.due)}.{sanction}",
                message_en=f"The {label_en} was filed on {_long(first, 'en')}, {late} days after "
                f"the deadline of {_long(rule.due, 'en')}.{sanction_en}",
                basis=rule.basis,
                certainty=rule.certainty,
                sanksi=rule.sanksi,
                on=first,
                jenis=jenis,
                due=rule.due,
                hari_terlambat=late,
            )
        ]
    if as_of <= rule.due:
        return []
    return [
        LaporanTidakAda(
            message_id=f"{label_id} belum disampaikan per {_long(as_of)}; batasnya "
            f"{_long(rule.due)}.{sanction}",
            message_en=f"The {label_en} had not been filed by {_long(as_of, 'en')}; it was due "
            f"by {_long(rule.due, 'en')}.{sanction_en}",
            basis=rule.basis,
            certainty=rule.certainty,
            sanksi=rule.sanksi,
            on=as_of,
            jenis=jenis,
            due=rule.due,
        )
    ]


def _not_in_lpsdk(
    account: DanaKampanye, donations: list[Sumbangan], as_of: dt.date
) -> list[TemuanDana]:
    reports = [r for r in account.laporan if r.jenis is JenisLaporan.LPSDK and r.on <= as_of]
    listed: list[LaporanDana] = [r for r in reports if r.sumbangan is not None]
    if not listed:
        return []
    report = max(listed, key=lambda r: r.on)  # the last correction lists what counts
    cutoff = min(r.on for r in reports)  # a correction covers the first filing's period
    rule = account.tenggat("LPSDK")
    names = set(report.sumbangan or ())
    return [
        TidakDalamLPSDK(
            message_id=f"Sumbangan {d.penyumbang.nama or d.penyumbang.jenis.label()} "
            f"{_rp(d.jumlah)} pada {_long(d.on)} (bukti {d.bukti or '-'}) tidak tercantum "
            f"dalam LPSDK {_long(report.on)}.",
            message_en=f"The donation of {_rp(d.jumlah, 'en')} on {_long(d.on, 'en')} from "
            f"{d.penyumbang.nama or d.penyumbang.jenis.label('en')} (receipt "
            f"{d.bukti or '-'}) is not in the LPSDK of {_long(report.on, 'en')}.",
            basis=rule.basis,
            certainty=rule.certainty,
            on=d.on,
            sumbangan=d,
        )
        for d in donations
        if d.on < cutoff and (not d.bukti or d.bukti not in names)
    ]


def _over_limit(account: DanaKampanye, spending: list[Pengeluaran]) -> list[TemuanDana]:
    limit = account.batas_pengeluaran
    if limit is None:
        return []
    running = Rupiah(0)
    crossed = None
    for line in sorted(spending, key=lambda p: p.on):
        running += line.jumlah
        if crossed is None and running > limit:
            crossed = line.on
    if crossed is None:
        return []
    basis, certainty = _prinsip("BATAS_PENGELUARAN")
    excess = running - limit
    return [
        MelebihiBatasPengeluaran(
            message_id=f"Pengeluaran berjumlah {_rp(running)}, melebihi batas "
            f"{_rp(limit)} sejak {_long(crossed)} (kelebihan {_rp(excess)}).",
            message_en=f"Spending totals {_rp(running, 'en')}, over the limit of "
            f"{_rp(limit, 'en')} since {_long(crossed, 'en')} (an excess of "
            f"{_rp(excess, 'en')}).",
            basis=basis,
            certainty=certainty,
            on=crossed,
            batas=limit,
            jumlah=running,
            kelebihan=excess,
        )
    ]


def _before_rkdk(account: DanaKampanye, spending: list[Pengeluaran]) -> list[TemuanDana]:
    opened = account.rkdk_dibuka
    if opened is None:
        return []
    basis, certainty = _prinsip("RKDK_WAJIB")
    return [
        PengeluaranSebelumRKDK(
            message_id=f"Pengeluaran {_rp(p.jumlah)} pada {_long(p.on)}, sebelum RKDK dibuka "
            f"{_long(opened)}.",
            message_en=f"Spending of {_rp(p.jumlah, 'en')} on {_long(p.on, 'en')}, before the "
            f"campaign account was opened on {_long(opened, 'en')}.",
            basis=basis,
            certainty=certainty,
            on=p.on,
            pengeluaran=p,
            rkdk_dibuka=opened,
        )
        for p in spending
        if p.on < opened
    ]


def _treasury(
    account: DanaKampanye, owed_lines: list[TemuanDana], as_of: dt.date
) -> list[TemuanDana]:
    owed = sum(
        (f.kelebihan for f in owed_lines if isinstance(f, MelebihiBatasSumbangan)), Rupiah(0)
    ) + sum(
        (f.sumbangan.jumlah for f in owed_lines if isinstance(f, SumbanganTerlarang)), Rupiah(0)
    )
    rule = account.tenggat("SETOR_KELEBIHAN")
    if owed == Rupiah(0) or as_of <= rule.due:
        return []
    paid = total(s for s in account.setoran if s.on <= rule.due)
    if paid >= owed:
        return []
    sanksi = account.sanksi("KELEBIHAN_TIDAK_DISETOR", rule.due)
    return [
        SetoranKurang(
            message_id=f"Sampai {_long(rule.due)} baru {_rp(paid)} diserahkan ke kas negara "
            f"dari {_rp(owed)} yang wajib diserahkan (kurang {_rp(owed - paid)}).",
            message_en=f"By {_long(rule.due, 'en')} only {_rp(paid, 'en')} of the "
            f"{_rp(owed, 'en')} owed was handed to the state treasury (short by "
            f"{_rp(owed - paid, 'en')}).",
            basis=rule.basis,
            certainty=rule.certainty,
            on=rule.due,
            sanksi=sanksi,
            wajib=owed,
            disetor=paid,
            due=rule.due,
        )
    ]


def findings_of(account: DanaKampanye, as_of: dt.date) -> list[TemuanDana]:
    """Every finding of ``account`` judged on day ``as_of`` (lines after it are left out)."""
    donations = [d for d in account.sumbangan if d.on <= as_of]
    spending = [p for p in account.pengeluaran if p.on <= as_of]
    owed = [*_over_cap(account, donations), *_prohibited(account, donations)]
    reports = [f for jenis in JenisLaporan for f in _report(account, jenis, as_of)]
    return [
        *owed,
        *reports,
        *_not_in_lpsdk(account, donations, as_of),
        *_over_limit(account, spending),
        *_before_rkdk(account, spending),
        *_treasury(account, owed, as_of),
    ]
