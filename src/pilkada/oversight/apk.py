"""Campaign props (alat peraga kampanye, APK): the KPU's quota and when they come down."""

from __future__ import annotations

import datetime as dt
import functools

import attrs

from pilkada import datafile
from pilkada.boundary import as_count, as_date
from pilkada.datafile import Table
from pilkada.errors import PilkadaTypeError
from pilkada.law import Dated, in_force
from pilkada.oversight.deadlines import DATA_FILE
from pilkada.schedule import Schedule
from pilkada.stages import Stage

__all__ = ["ApkRule", "apk_quota", "apk_removal_deadline", "read_apk_rules"]

#: The units an APK item is counted per.
APK_UNITS = ("kabupaten/kota", "kecamatan", "desa/kelurahan")


@attrs.frozen(kw_only=True)
class ApkRule:
    """One version of the quota: ``(name, per unit, count)`` items and the cap on additions."""

    items: tuple[tuple[str, str, int], ...]
    additional_percent: int


def _item(row: Table) -> tuple[str, str, int]:
    return (row.text("name"), row.choice("per", APK_UNITS, what="unit"), row.count("count"))


def _version(row: Table) -> Dated[ApkRule]:
    value = ApkRule(
        items=row.each("items", _item),
        additional_percent=row.count("additional_percent"),
    )
    return row.dated(value, note="source")


def read_apk_rules(document: Table) -> tuple[Dated[ApkRule], ...]:
    """The ``[[apk]]`` versions of an oversight document, each checked (path-qualified errors)."""
    return document.each("apk", _version)


@functools.cache
def _apk_versions() -> tuple[Dated[ApkRule], ...]:
    return read_apk_rules(datafile.load(DATA_FILE))


def apk_quota(
    *, kecamatan: int, desa: int, kabupaten_kota: int = 1, on: dt.date | str | None = None
) -> Dated[dict[str, tuple[int, int]]]:
    """The APK the KPU facilitates for each pair, and the most the pair may add (200 %).

    Returns, per item, ``(facilitated, additional_cap)`` for an election area of
    ``kabupaten_kota`` kabupaten/kota (1 for a bupati or wali kota election; the province's
    count for a governor), ``kecamatan`` kecamatan and ``desa`` desa/kelurahan, with the rule's
    basis and certainty. Each count is a ceiling ("paling banyak").

    >>> quota = apk_quota(kecamatan=16, desa=295)
    >>> quota.value["spanduk"], quota.certainty.value
    ((590, 1180), 'official')
    >>> quota.value["videotron"], str(quota.basis)
    ((5, 10), 'Keputusan KPU 1363/2024')
    """
    per = {
        "kabupaten/kota": as_count("kabupaten_kota", kabupaten_kota),
        "kecamatan": as_count("kecamatan", kecamatan),
        "desa/kelurahan": as_count("desa", desa),
    }
    day = None if on is None else as_date("on", on)
    version = in_force(_apk_versions(), day, what="APK quota")
    percent = version.value.additional_percent
    quota = {
        name: (count * per[unit], count * per[unit] * percent // 100)
        for name, unit, count in version.value.items
    }
    return Dated[dict[str, tuple[int, int]]](
        value=quota,
        effective=version.effective,
        basis=version.basis,
        certainty=version.certainty,
        note=version.note,
    )


def apk_removal_deadline(schedule: Schedule) -> dt.datetime:
    """The moment every APK must be down: 00:00 local time on the first day of the masa tenang.

    Campaigning in the masa tenang is banned (PKPU 13/2024 Pasal 63). Without a masa tenang
    entry the schedule's voting day minus 3 days is used.

    >>> from pilkada import PILKADA_2024
    >>> apk_removal_deadline(PILKADA_2024)
    datetime.datetime(2024, 11, 24, 0, 0)
    """
    if not isinstance(schedule, Schedule):
        raise PilkadaTypeError("schedule", schedule, f"got {type(schedule).__name__}", "Schedule")
    entry = schedule.get(Stage.MASA_TENANG)
    start = entry.start if entry is not None and entry.start is not None else None
    if start is None:
        start = schedule.voting_day - dt.timedelta(days=3)
    return dt.datetime.combine(start, dt.time())
