"""The lines of a campaign account: donations, spending, treasury transfers and reports filed.

Every amount is an exact positive :class:`~pilkada.Rupiah`; goods and services count at their
fair market value (UU 10/2016 Pasal 74 ayat (6)), so they are received and spent like money.
The totals conserve every sen: ``penerimaan == pengeluaran + setoran + saldo``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import attrs

from pilkada.boundary import as_date, as_enum, as_items, date_field
from pilkada.dana.kinds import BentukSumbangan, JenisLaporan, JenisPenyumbang
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of
from pilkada.money import Rupiah
from pilkada.money.rupiah import non_negative_rupiah, positive_rupiah
from pilkada.presentation import Tabular

__all__ = [
    "LaporanDana",
    "Pengeluaran",
    "Penyumbang",
    "SetoranKasNegara",
    "StatusDana",
    "Sumbangan",
    "cumulative",
    "entries_of",
    "nonnegative",
    "positive",
    "total",
]


#: The amount validators, under this package's names (defined once in :mod:`pilkada.money`).
positive = positive_rupiah
nonnegative = non_negative_rupiah


def _day(value: object) -> dt.date:
    return as_date("on", value)


def _jenis(value: object) -> JenisPenyumbang:
    return as_enum("jenis", value, JenisPenyumbang)


def _bentuk(value: object) -> BentukSumbangan:
    return as_enum("bentuk", value, BentukSumbangan)


def _laporan_jenis(value: object) -> JenisLaporan:
    return as_enum("jenis", value, JenisLaporan)


_text = instance_of(str)


@attrs.frozen(kw_only=True)
class Penyumbang:
    """A donor: its kind, its name and its identity (NIK, NPWP or registration number).

    Donations are summed per donor for the caps: two donations are from the same donor when
    the kind and the identity are the same, or, without an identity, the kind and the name
    (exactly as written: the library does not guess that two spellings are one person).

    >>> Penyumbang(jenis="perseorangan", nama="Budi").key
    ('PERSEORANGAN', 'Budi')
    """

    jenis: JenisPenyumbang = attrs.field(converter=_jenis)
    nama: str = attrs.field(validator=_text)
    identitas: str = attrs.field(default="", validator=_text)

    def __attrs_post_init__(self) -> None:
        if not self.nama.strip() and self.jenis is not JenisPenyumbang.TIDAK_JELAS:
            raise PilkadaValueError(
                "nama",
                self.nama,
                "the donor has no name",
                "a name; a donor of unclear identity is JenisPenyumbang.TIDAK_JELAS",
            )

    @property
    def key(self) -> tuple[str, str]:
        """Who the donor is, for summing donations: ``(kind name, identity or name)``."""
        return (self.jenis.name, self.identitas.strip() or self.nama)


@attrs.frozen(kw_only=True)
class Sumbangan:
    """A donation received: from whom, on which day, how much, in which form.

    Args:
        penyumbang: The :class:`Penyumbang`.
        on: The day it was received (a date or ``"YYYY-MM-DD"``).
        jumlah: The amount, or the fair market value of goods and services.
        bentuk: ``UANG`` (default), ``BARANG`` or ``JASA``.
        bukti: The receipt's number, which a report lists (LPSDK).
        uraian: A description.
    """

    penyumbang: Penyumbang = attrs.field(validator=instance_of(Penyumbang))
    on: dt.date = attrs.field(converter=_day)
    jumlah: Rupiah = attrs.field(validator=positive)
    bentuk: BentukSumbangan = attrs.field(default=BentukSumbangan.UANG, converter=_bentuk)
    bukti: str = attrs.field(default="", validator=_text)
    uraian: str = attrs.field(default="", validator=_text)


@attrs.frozen(kw_only=True)
class Pengeluaran:
    """Spending from the campaign funds (money, or donated goods and services used)."""

    on: dt.date = attrs.field(converter=_day)
    jumlah: Rupiah = attrs.field(validator=positive)
    bentuk: BentukSumbangan = attrs.field(default=BentukSumbangan.UANG, converter=_bentuk)
    bukti: str = attrs.field(default="", validator=_text)
    uraian: str = attrs.field(default="", validator=_text)


@attrs.frozen(kw_only=True)
class SetoranKasNegara:
    """A transfer to the state treasury of donations over the cap or prohibited ones."""

    on: dt.date = attrs.field(converter=_day)
    jumlah: Rupiah = attrs.field(validator=positive)
    bukti: str = attrs.field(default="", validator=_text)
    uraian: str = attrs.field(default="", validator=_text)


def _listed(values: object) -> tuple[str, ...] | None:
    if values is None:
        return None
    items = as_items("sumbangan", values)
    for index, item in enumerate(items):
        if not isinstance(item, str):
            raise PilkadaTypeError(
                f"sumbangan[{index}]", item, f"got {type(item).__name__}", "a receipt number"
            )
    return tuple(items)


@attrs.frozen(kw_only=True)
class LaporanDana:
    """A report filed: its kind, the day it was filed and, for an LPSDK, what it lists.

    Args:
        jenis: ``LADK``, ``LPSDK`` or ``LPPDK`` (a :class:`JenisLaporan` or its name).
        on: The day it was filed.
        sumbangan: The receipt numbers (``bukti``) of the donations the report lists, or
            ``None`` when its contents are not given (then nothing is checked against it).
    """

    jenis: JenisLaporan = attrs.field(converter=_laporan_jenis)
    on: dt.date = attrs.field(converter=_day)
    sumbangan: tuple[str, ...] | None = attrs.field(default=None, converter=_listed)


def entries_of(field: str, values: object, kind: type) -> tuple[object, ...]:
    """The lines of one part of the ledger, each a ``kind``, in date order (stable)."""
    items = as_items(field, values)
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            raise PilkadaTypeError(
                f"{field}[{index}]", item, f"got {type(item).__name__}", f"{kind.__name__} objects"
            )
    return tuple(sorted(items, key=lambda item: item.on))


def total(lines: Iterable[Sumbangan | Pengeluaran | SetoranKasNegara]) -> Rupiah:
    """The exact sum of the lines' amounts."""
    return sum((line.jumlah for line in lines), Rupiah(0))


def cumulative(donations: Iterable[Sumbangan]) -> Iterator[tuple[Sumbangan, Rupiah]]:
    """Each donation with its donor's running total so far (the donations in date order)."""
    running: dict[tuple[str, str], Rupiah] = {}
    for donation in sorted(donations, key=lambda d: d.on):
        key = donation.penyumbang.key
        running[key] = running.get(key, Rupiah(0)) + donation.jumlah
        yield donation, running[key]


@attrs.frozen(kw_only=True)
class StatusDana(Tabular):
    """The account summed up on a day: ``penerimaan == pengeluaran + setoran + saldo``.

    ``saldo`` is what is left; it is negative when more was spent than received (a deficit the
    report should explain).
    """

    on: dt.date = attrs.field(validator=date_field())
    penerimaan: Rupiah = attrs.field(validator=nonnegative)
    pengeluaran: Rupiah = attrs.field(validator=nonnegative)
    setoran: Rupiah = attrs.field(validator=nonnegative)

    @property
    def saldo(self) -> Rupiah:
        """Received, less spent and handed to the treasury."""
        return self.penerimaan - self.pengeluaran - self.setoran
