"""Oversight records: what supervisors did, on which form, tallied as Bawaslu reports it.

>>> import datetime as dt
>>> log = OversightLog(records=[
...     OversightRecord(form="form_a", level="pkd", on="2024-06-25"),
...     OversightRecord(form=OversightForm.SURAT_IMBAUAN, level=SupervisorLevel.PKD,
...                     on=dt.date(2024, 6, 26)),
... ])
>>> log.tally()[Activity.PENGAWASAN], log.tally()[Activity.PENCEGAHAN]
(1, 1)
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Callable, Iterable

import attrs

from pilkada.boundary import as_count, as_date, as_enum, as_items
from pilkada.calendar import Period
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of, shown
from pilkada.i18n import DEFAULT_LOCALE, format_number, lang_of
from pilkada.oversight.cases import CaseState, DisputeCase, DisputeKind, ReportSource, ViolationCase
from pilkada.stages import Stage

__all__ = ["Activity", "OversightForm", "OversightLog", "OversightRecord", "SupervisorLevel"]


class Activity(enum.Enum):
    """What a supervisor did."""

    PENCEGAHAN = "pencegahan"
    PENGAWASAN = "pengawasan"
    PENERTIBAN_APK = "penertiban dan pembersihan APK"


class OversightForm(enum.Enum):
    """The record an activity is written on.

    ``FORM_PENCEGAHAN`` stands for the prevention form the Batang release calls "Form F": no
    Perbawaslu text naming it was found, so its identity is provisional.
    """

    FORM_A = "Form A Hasil Pengawasan"
    FORM_PENCEGAHAN = "Form F"
    SURAT_IMBAUAN = "Surat Imbauan"
    SARAN_PERBAIKAN = "Saran Perbaikan"
    BERITA_ACARA = "berita acara"

    @property
    def activity(self) -> Activity:
        """The activity this form records."""
        if self is OversightForm.FORM_A:
            return Activity.PENGAWASAN
        if self is OversightForm.BERITA_ACARA:
            return Activity.PENERTIBAN_APK
        return Activity.PENCEGAHAN


class SupervisorLevel(enum.Enum):
    """The supervisor who made the record."""

    BAWASLU_PROVINSI = "Bawaslu Provinsi"
    BAWASLU_KABUPATEN_KOTA = "Bawaslu Kabupaten/Kota"
    PANWASLU_KECAMATAN = "Panwaslu Kecamatan"
    PKD = "Panwaslu Kelurahan/Desa"
    PENGAWAS_TPS = "Pengawas TPS"


def _form(value: object) -> OversightForm:
    return as_enum("form", value, OversightForm)


def _level(value: object) -> SupervisorLevel:
    return as_enum("level", value, SupervisorLevel)


def _stage(value: object) -> Stage | None:
    return None if value is None else as_enum("stage", value, Stage)


def _day(value: object) -> dt.date:
    return as_date("on", value)


def _count(value: object) -> int:
    return as_count("count", value, minimum=1)


@attrs.frozen(kw_only=True)
class OversightRecord:
    """One supervision or prevention record, or a batch of APK removed (``count``).

    ``form``, ``level`` and ``stage`` may be given by name or value in any case, ``on`` as an
    ISO string.
    """

    form: OversightForm = attrs.field(converter=_form)
    level: SupervisorLevel = attrs.field(converter=_level)
    on: dt.date = attrs.field(converter=_day)
    stage: Stage | None = attrs.field(default=None, converter=_stage)
    place: str = attrs.field(default="", validator=instance_of(str))
    finding: str = attrs.field(default="", validator=instance_of(str))
    count: int = attrs.field(default=1, converter=_count)

    @property
    def activity(self) -> Activity:
        """The activity recorded."""
        return self.form.activity


def _checked_items(field: str, kind: type, values: Iterable[object]) -> tuple[object, ...]:
    items = as_items(field, values)
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            raise PilkadaTypeError(
                f"{field}[{index}]", item, f"got {type(item).__name__}", kind.__name__
            )
    return items


def _records(values: Iterable[OversightRecord]) -> tuple[OversightRecord, ...]:
    return _checked_items("records", OversightRecord, values)  # type: ignore[return-value]


def _cases(values: Iterable[ViolationCase]) -> tuple[ViolationCase, ...]:
    return _checked_items("cases", ViolationCase, values)  # type: ignore[return-value]


def _disputes(values: Iterable[DisputeCase]) -> tuple[DisputeCase, ...]:
    return _checked_items("disputes", DisputeCase, values)  # type: ignore[return-value]


@attrs.frozen(kw_only=True)
class OversightLog:
    """Records and cases of one supervisor, tallied the way Bawaslu reports them."""

    records: tuple[OversightRecord, ...] = attrs.field(default=(), converter=_records)
    cases: tuple[ViolationCase, ...] = attrs.field(default=(), converter=_cases)
    disputes: tuple[DisputeCase, ...] = attrs.field(default=(), converter=_disputes)

    def _in(self, period: Period | None) -> list[OversightRecord]:
        if period is not None and not isinstance(period, Period):
            raise PilkadaTypeError(
                "period", period, f"got {type(period).__name__}", "a pilkada.Period or None"
            )
        return [r for r in self.records if period is None or r.on in period]

    def tally(self, by: str = "activity", *, period: Period | None = None) -> Counter[object]:
        """Counts by ``activity``, ``form``, ``level``, ``stage`` or ``month`` (YYYY-MM).

        >>> import datetime as dt
        >>> log = OversightLog(records=[
        ...     OversightRecord(form=OversightForm.FORM_A, level=SupervisorLevel.PKD,
        ...                     on=dt.date(2024, 6, 25)),
        ...     OversightRecord(form=OversightForm.BERITA_ACARA, level=SupervisorLevel.PKD,
        ...                     on=dt.date(2024, 11, 24), count=120),
        ... ])
        >>> log.tally()[Activity.PENERTIBAN_APK]
        120
        """
        keys: dict[str, Callable[[OversightRecord], object]] = {
            "activity": lambda r: r.activity,
            "form": lambda r: r.form,
            "level": lambda r: r.level,
            "stage": lambda r: r.stage,
            "month": lambda r: f"{r.on:%Y-%m}",
        }
        if not isinstance(by, str) or by not in keys:
            raise PilkadaValueError(
                "by", by, f"cannot tally by {shown(by)}", f"one of {sorted(keys)}"
            )
        counter: Counter[object] = Counter()
        for record in self._in(period):
            counter[keys[by](record)] += record.count
        return counter

    def enforcement(self) -> dict[str, int]:
        """Temuan, registered laporan, laporan not registered, and laporan still pending."""
        temuan = sum(c.source is ReportSource.TEMUAN for c in self.cases)
        laporan = [c for c in self.cases if c.source is ReportSource.LAPORAN]
        not_registered = sum(c.state is CaseState.TIDAK_DIREGISTER for c in laporan)
        pending = sum(c.state in (CaseState.DITERIMA, CaseState.PERLU_DILENGKAPI) for c in laporan)
        return {
            "temuan": temuan,
            "laporan": len(laporan) - not_registered - pending,
            "laporan_tidak_diregister": not_registered,
            "laporan_belum_diregister": pending,
        }

    def summary(self, *, locale: str = DEFAULT_LOCALE, period: Period | None = None) -> str:
        """The tally written as a Bawaslu press release writes it.

        Prevention is named after the forms actually used (``Form F dan Surat Imbauan``).
        """
        counts = self.tally(period=period)
        forms = self.tally("form", period=period)
        prevention_forms = [
            f.value for f in OversightForm if f.activity is Activity.PENCEGAHAN and forms[f]
        ]
        enforcement = self.enforcement()
        psap = sum(d.kind is DisputeKind.PSAP for d in self.disputes)

        def n(value: int) -> str:
            return format_number(value, locale=locale)

        if lang_of(locale) == "id":
            prevention = " dan ".join(prevention_forms) or "formulir pencegahan"
            return (
                f"Pencegahan sebanyak {n(counts[Activity.PENCEGAHAN])} yang tertulis dalam "
                f"{prevention}, pengawasan sejumlah {n(counts[Activity.PENGAWASAN])} yang tertulis "
                f"dalam Form A Hasil Pengawasan, penertiban dan pembersihan APK sejumlah "
                f"{n(counts[Activity.PENERTIBAN_APK])}, Penyelesaian Sengketa Antar Peserta (PSAP) "
                f"sejumlah {n(psap)} kasus, serta penanganan pelanggaran sejumlah "
                f"{n(enforcement['temuan'])} temuan, {n(enforcement['laporan'])} laporan dan "
                f"{n(enforcement['laporan_tidak_diregister'])} laporan yang tidak diregister."
            )
        prevention = " and ".join(prevention_forms) or "prevention forms"
        return (
            f"Prevention: {n(counts[Activity.PENCEGAHAN])} ({prevention}); supervision: "
            f"{n(counts[Activity.PENGAWASAN])} Form A reports; campaign props removed: "
            f"{n(counts[Activity.PENERTIBAN_APK])}; disputes between participants (PSAP): "
            f"{n(psap)}; violations handled: {n(enforcement['temuan'])} findings, "
            f"{n(enforcement['laporan'])} reports and {n(enforcement['laporan_tidak_diregister'])} "
            "reports not registered."
        )
