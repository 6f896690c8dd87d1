"""How many ad hoc bodies and members an area needs, and their honorarium.

>>> plan = plan_staffing(kecamatan=16, desa=295, tps=1200)
>>> plan.members(AdhocBodyKind.PPK), plan.members(AdhocBodyKind.KPPS)
(80, 8400)
>>> print(plan.honorarium_monthly())
Rp9.790.300.000,00
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from pilkada import datafile
from pilkada.adhoc.kinds import MAX_VOTERS_PER_TPS, AdhocBodyKind, Organiser
from pilkada.boundary import as_count, as_date, as_enum, date_field
from pilkada.errors import PilkadaError, PilkadaTypeError, PilkadaValueError
from pilkada.law import Certainty, Dated, in_force
from pilkada.money import Rupiah
from pilkada.presentation import Tabular
from pilkada.regions import AreaLevel

__all__ = ["KPU_PAID", "StaffingPlan", "honorarium_rates", "plan_staffing"]


@attrs.frozen(kw_only=True)
class _Rates:
    rates: dict[str, Rupiah]
    terms: dict[str, int]
    terms_certainty: Certainty


#: The posts paid by the month and the bodies whose term is budgeted, as honorarium.toml has them.
POSTS: Final = (
    "KETUA_PPK",
    "ANGGOTA_PPK",
    "KETUA_PPS",
    "ANGGOTA_PPS",
    "KETUA_KPPS",
    "ANGGOTA_KPPS",
    "PANTARLIH",
)
TERM_BODIES: Final = ("PPK", "PPS", "KPPS", "PANTARLIH")


def _amount(row: datafile.Table, post: str) -> Rupiah:
    text = row.text(post)
    try:
        return Rupiah(text)
    except PilkadaError as exc:
        raise row.error(post, text, exc.problem, "a whole amount such as '2500000'") from None


@functools.cache
def _rate_versions() -> tuple[Dated[_Rates], ...]:
    root = datafile.load("honorarium.toml")
    table = root.table("terms")
    table.keys_within({*TERM_BODIES, "certainty", "source"})
    terms = {body: table.count(body, minimum=1) for body in TERM_BODIES}
    terms_certainty = table.certainty()

    def version(row: datafile.Table) -> Dated[_Rates]:
        row.keys_within({*POSTS, "effective", "basis", "checked", "certainty", "source"})
        rates = {post: _amount(row, post) for post in POSTS}
        value = _Rates(rates=rates, terms=terms, terms_certainty=terms_certainty)
        return row.dated(value, basis=row.basis(), note="source")

    return root.each("rates", version)


def honorarium_rates(on: dt.date | str | None = None) -> Dated[dict[str, Rupiah]]:
    """The monthly honorarium per post in force on ``on`` (default: the latest).

    Posts: ``KETUA_PPK``, ``ANGGOTA_PPK``, ``KETUA_PPS``, ``ANGGOTA_PPS``, ``KETUA_KPPS``,
    ``ANGGOTA_KPPS``, ``PANTARLIH``.

    >>> rates = honorarium_rates()
    >>> print(rates.value["KETUA_KPPS"], rates.basis)
    Rp900.000,00 Surat Menkeu S-647/MK.02/2022
    """
    day = None if on is None else as_date("on", on)
    version = in_force(_rate_versions(), day, what="honorarium rate")
    return Dated[dict[str, Rupiah]](
        value=dict(version.value.rates),
        effective=version.effective,
        basis=version.basis,
        certainty=version.certainty,
        note=version.note,
    )


#: The posts of a KPU body and how many of each, for the honorarium.
_POSTS: Final = {
    AdhocBodyKind.PPK: (("KETUA_PPK", 1), ("ANGGOTA_PPK", 4)),
    AdhocBodyKind.PPS: (("KETUA_PPS", 1), ("ANGGOTA_PPS", 2)),
    AdhocBodyKind.KPPS: (("KETUA_KPPS", 1), ("ANGGOTA_KPPS", 6)),
}


@attrs.frozen(kw_only=True)
class StaffingPlan(Tabular):
    """How many ad hoc bodies and members an area needs, and their honorarium.

    Build it with :func:`plan_staffing`. ``members(kind)`` is linear in the counts:
    PPK 5 a kecamatan, PPS 3 a desa, KPPS 7 a TPS, Pantarlih 1 or 2 a TPS, Panwaslu Kecamatan 3 a
    kecamatan, PKD 1 a desa, Pengawas TPS 1 a TPS.
    """

    kecamatan: int = attrs.field(validator=lambda _, a, v: as_count(a.name, v))
    desa: int = attrs.field(validator=lambda _, a, v: as_count(a.name, v))
    tps: int = attrs.field(validator=lambda _, a, v: as_count(a.name, v))
    pantarlih: int = attrs.field(validator=lambda _, a, v: as_count(a.name, v))
    on: dt.date | None = attrs.field(default=None, validator=date_field(optional=True))

    def bodies(self, kind: AdhocBodyKind | str) -> int:
        """How many bodies of ``kind`` (for Pantarlih: the TPS they cover)."""
        kind = as_enum("kind", kind, AdhocBodyKind)
        return {
            AreaLevel.KECAMATAN: self.kecamatan,
            AreaLevel.DESA: self.desa,
            AreaLevel.TPS: self.tps,
        }[kind.level]

    def members(self, kind: AdhocBodyKind | str) -> int:
        """How many people sit on bodies of ``kind``."""
        kind = as_enum("kind", kind, AdhocBodyKind)
        if kind is AdhocBodyKind.PANTARLIH:
            return self.pantarlih
        return self.bodies(kind) * kind.members

    def total(self, organiser: Organiser | None = None) -> int:
        """All members, or those of one organiser."""
        return sum(
            self.members(kind)
            for kind in AdhocBodyKind
            if organiser is None or kind.organiser is organiser
        )

    def honorarium_monthly(self, kind: AdhocBodyKind | str | None = None) -> Rupiah:
        """The monthly honorarium of all members of ``kind`` (default: every KPU body).

        ``kind`` is an :class:`AdhocBodyKind` or its name (``"KPPS"``).

        Bawaslu's ad hoc honoraria are not recorded (see ``data/honorarium.toml``); asking for
        one is an error rather than a zero.
        """
        if kind is None:
            return sum((self.honorarium_monthly(k) for k in KPU_PAID), Rupiah(0))
        kind = as_enum("kind", kind, AdhocBodyKind)
        rates = honorarium_rates(self.on).value
        if kind is AdhocBodyKind.PANTARLIH:
            return rates["PANTARLIH"] * self.pantarlih
        if kind not in _POSTS:
            raise PilkadaValueError(
                "kind",
                kind.name,
                f"no honorarium rate is recorded for the {kind.label()}",
                "a KPU body: PPK, PPS, KPPS or Pantarlih",
            )
        return sum(
            (rates[post] * (count * self.bodies(kind)) for post, count in _POSTS[kind]),
            Rupiah(0),
        )

    @property
    def terms_certainty(self) -> Certainty:
        """How sure the term lengths (:meth:`term_months`) in force on ``on`` are."""
        return in_force(_rate_versions(), self.on, what="honorarium rate").value.terms_certainty

    def term_months(self, kind: AdhocBodyKind | str) -> int:
        """Months of honorarium in a body's term, for budgeting (provisional; see the data)."""
        if isinstance(kind, str):
            kind = as_enum("kind", kind, AdhocBodyKind)
        version = in_force(_rate_versions(), self.on, what="honorarium rate")
        if not isinstance(kind, AdhocBodyKind) or kind.name not in version.value.terms:
            raise PilkadaValueError(
                "kind", kind, "no term is recorded for it", "a KPU body: PPK, PPS, KPPS, Pantarlih"
            )
        return version.value.terms[kind.name]

    def honorarium_term(self, kind: AdhocBodyKind | str | None = None) -> Rupiah:
        """The honorarium over the term: monthly amount times the months of the term."""
        if kind is None:
            return sum((self.honorarium_term(k) for k in KPU_PAID), Rupiah(0))
        return self.honorarium_monthly(kind) * self.term_months(kind)


#: The ad hoc bodies whose members KPU pays an honorarium (the Bawaslu bodies are paid by
#: Bawaslu, outside this plan).
KPU_PAID: Final = (
    AdhocBodyKind.PPK,
    AdhocBodyKind.PPS,
    AdhocBodyKind.KPPS,
    AdhocBodyKind.PANTARLIH,
)


def _pantarlih_for(field: str, voters: object) -> int:
    """The Pantarlih of one TPS of ``voters`` voters, checking the count."""
    voters = as_count(field, voters)
    if voters > MAX_VOTERS_PER_TPS:
        raise PilkadaValueError(
            field,
            voters,
            f"a TPS of {voters} voters",
            f"at most {MAX_VOTERS_PER_TPS} voters a TPS (use tps_needed)",
        )
    return AdhocBodyKind.PANTARLIH.members_for(voters=voters)


def plan_staffing(
    *,
    kecamatan: int,
    desa: int,
    tps: int,
    voters_per_tps: int | Sequence[int] | None = None,
    on: dt.date | str | None = None,
) -> StaffingPlan:
    """Members and honorarium for an area of ``kecamatan``, ``desa`` and ``tps``.

    Args:
        kecamatan: Number of kecamatan.
        desa: Number of desa/kelurahan (at least one per kecamatan is not required, but
            every desa has a TPS: ``tps >= desa``).
        tps: Number of TPS.
        voters_per_tps: Voters of every TPS (one number for all, or one per TPS); TPS with more
            than 400 voters get two Pantarlih. Without it, one Pantarlih per TPS.
        on: The day whose honorarium rates apply (default: the latest); a date or an ISO
            string.

    Raises:
        PilkadaError: A negative or non-integer count, fewer TPS than desa, or a TPS with more
            than 600 voters.
    """
    kecamatan, desa, tps = (
        as_count(n, v) for n, v in (("kecamatan", kecamatan), ("desa", desa), ("tps", tps))
    )
    if tps < desa:
        raise PilkadaValueError(
            "tps", tps, f"{tps} TPS for {desa} desa/kelurahan", "at least one TPS per desa"
        )
    if voters_per_tps is None:
        pantarlih = tps
    else:
        if isinstance(voters_per_tps, (str, bytes)) or not isinstance(
            voters_per_tps, (int, Iterable)
        ):
            raise PilkadaTypeError(
                "voters_per_tps",
                voters_per_tps,
                f"got {type(voters_per_tps).__name__}",
                "an int, or a sequence of ints (one per TPS)",
            )
        if isinstance(voters_per_tps, int):  # the same count at every TPS: no list per TPS
            pantarlih = tps and tps * _pantarlih_for("voters_per_tps[0]", voters_per_tps)
        else:
            counts = list(voters_per_tps)
            if len(counts) != tps:
                raise PilkadaValueError(
                    "voters_per_tps",
                    len(counts),
                    f"{len(counts)} voter counts for {tps} TPS",
                    "one count for all TPS, or one per TPS",
                )
            pantarlih = sum(
                _pantarlih_for(f"voters_per_tps[{index}]", voters)
                for index, voters in enumerate(counts)
            )
    if on is not None:
        on = as_date("on", on)
    return StaffingPlan(kecamatan=kecamatan, desa=desa, tps=tps, pantarlih=pantarlih, on=on)
