"""The dated rules of campaign finance, read from ``data/dana_kampanye.toml``.

Three kinds of rule, each a :class:`~pilkada.Dated` version with its basis and certainty:

* :class:`BatasSumbangan`, the cap on what one donor of a kind may give over the campaign
  ("paling banyak": the cap itself is allowed);
* :class:`Tenggat`, a deadline counted in days from the campaign stage of a
  :class:`~pilkada.Schedule` (so it follows a custom schedule or a re-election), or from a day
  the user gives (the day the KAP received the reports);
* :class:`Sanksi`, what a breach costs the pair.

>>> import datetime as dt
>>> from pilkada import PILKADA_2024
>>> batas_sumbangan(JenisPenyumbang.PERSEORANGAN, dt.date(2024, 10, 1)).value.jumlah
Rupiah('75000000.00')
>>> tenggat("LPPDK", PILKADA_2024).due
datetime.date(2024, 11, 24)
>>> print(tenggat("LPPDK", PILKADA_2024).sanksi.text_id)
pasangan calon tidak diusulkan atau ditetapkan sebagai pasangan calon terpilih sampai LPPDK ...
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from typing import Any, Final

import attrs

from pilkada import datafile, sources
from pilkada.boundary import check_derived, date_field, text_field, whole_field
from pilkada.calendar import Period
from pilkada.dana.kinds import JenisPenyumbang
from pilkada.dana.ledger import positive
from pilkada.errors import PilkadaLookupError, PilkadaValueError, instance_of
from pilkada.i18n import lang_of
from pilkada.law import Certainty, Dated, LegalBasis, in_force
from pilkada.money import Rupiah
from pilkada.schedule import Schedule
from pilkada.schedule.stages import Stage

__all__ = [
    "ANCHORS",
    "DATA_FILE",
    "PRINSIP",
    "Anchor",
    "BatasSumbangan",
    "Prinsip",
    "Sanksi",
    "Tenggat",
    "TenggatRule",
    "batas_sumbangan",
    "campaign_of",
    "cap_versions",
    "sanksi_or_none",
    "sanksi_rules",
    "tenggat",
    "tenggat_rules",
]

DATA_FILE: Final = "dana_kampanye.toml"
CHECKED: Final = sources.CHECKED


class Anchor(enum.Enum):
    """The day a deadline is counted from."""

    KAMPANYE_MULAI = "the first day of the campaign"
    KAMPANYE_SELESAI = "the last day of the campaign"
    DITERIMA_KAP = "the day the KAP received the reports"
    HASIL_AUDIT_DITERIMA = "the day the KPU received the audit results"


#: The anchors read from the schedule; the others are days the user gives.
ANCHORS: Final = (Anchor.KAMPANYE_MULAI, Anchor.KAMPANYE_SELESAI)


@attrs.frozen(kw_only=True)
class BatasSumbangan:
    """The cap on one donor's donations over the campaign, for one kind of donor."""

    jenis: JenisPenyumbang = attrs.field(validator=instance_of(JenisPenyumbang))
    jumlah: Rupiah = attrs.field(validator=positive)


@attrs.frozen(kw_only=True)
class Sanksi:
    """What a breach costs the pair, in both languages (``code``: ``LPPDK_TERLAMBAT`` ...)."""

    code: str = attrs.field(validator=text_field(empty=False))
    text_id: str = attrs.field(validator=text_field(empty=False))
    text_en: str = attrs.field(validator=text_field(empty=False))
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(validator=instance_of(Certainty))

    def text(self, *, locale: str = "id") -> str:
        """The sanction in the language of ``locale``."""
        return self.text_id if lang_of(locale) == "id" else self.text_en


@attrs.frozen(kw_only=True)
class TenggatRule:
    """A deadline rule: ``days`` after (negative: before) its ``anchor``."""

    code: str = attrs.field(validator=text_field(empty=False))
    anchor: Anchor = attrs.field(validator=instance_of(Anchor))
    days: int = attrs.field(validator=whole_field(-366, 3660))
    text_id: str = attrs.field(validator=text_field(empty=False))
    text_en: str = attrs.field(validator=text_field(empty=False))
    sanksi: str | None = attrs.field(default=None, validator=text_field(empty=False, optional=True))


def _a_tenggat_rule(instance: object, attribute: Any, value: object) -> None:  # noqa: ANN401
    instance_of(Dated)(instance, attribute, value)
    if not isinstance(value.value, TenggatRule):  # type: ignore[attr-defined]
        raise PilkadaValueError(
            attribute.name, value, "a version of another kind of rule", "a Dated[TenggatRule]"
        )


def sanksi_or_none(instance: object, attribute: Any, value: Any) -> None:  # noqa: ANN401
    """An attrs validator: a :class:`Sanksi`, or ``None`` where the rule carries none."""
    if value is not None:
        instance_of(Sanksi)(instance, attribute, value)


@attrs.frozen(kw_only=True)
class Tenggat:
    """A deadline worked out for one election: its rule, its day, its basis and sanction."""

    code: str = attrs.field(validator=text_field(empty=False))
    due: dt.date = attrs.field(validator=date_field())
    rule: Dated[TenggatRule] = attrs.field(validator=_a_tenggat_rule)
    sanksi: Sanksi | None = attrs.field(validator=sanksi_or_none)

    def __attrs_post_init__(self) -> None:
        check_derived("code", self.code, self.rule.value.code, "the code of its rule")
        named = None if self.sanksi is None else self.sanksi.code
        check_derived("sanksi", named, self.rule.value.sanksi, "the sanction its rule names")

    @property
    def basis(self) -> LegalBasis:
        """The legal basis of the deadline."""
        return self.rule.basis

    @property
    def certainty(self) -> Certainty:
        """How sure the deadline rule is."""
        return self.rule.certainty

    def on_time(self, day: dt.date) -> bool:
        """``day`` meets the deadline: "paling lambat" includes the last day itself."""
        return day <= self.due


@attrs.frozen(kw_only=True)
class Prinsip:
    """A rule of the statute that the findings apply but that has no number to look up."""

    code: str = attrs.field(validator=text_field(empty=False))
    text_id: str = attrs.field(validator=text_field(empty=False))
    text_en: str = attrs.field(validator=text_field(empty=False))
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(validator=instance_of(Certainty))


def _checked(basis: LegalBasis) -> LegalBasis:
    return attrs.evolve(basis, checked=CHECKED)


#: The rules the findings apply beyond the caps and deadlines (UU 10/2016 Pasal 74 as quoted by
#: sonora.id and kontan.co.id; Perpu 1/2014 Pasal 76 on id.wikisource.org, checked 2026-12-02).
PRINSIP: Final = (
    Prinsip(
        code="RKDK_WAJIB",
        text_id="pasangan calon wajib memiliki rekening khusus dana kampanye (RKDK)",
        text_en="the pair must hold a dedicated campaign account (RKDK)",
        basis=sources.UU_10_2016.provision(pasal="74", ayat="3", checked=CHECKED),
        certainty=Certainty.OFFICIAL,
    ),
    Prinsip(
        code="NILAI_PASAR",
        text_id="sumbangan barang dan jasa dicatat menurut harga pasar yang wajar",
        text_en="donated goods and services count at their fair market value",
        basis=sources.UU_10_2016.provision(pasal="74", ayat="6", checked=CHECKED),
        certainty=Certainty.OFFICIAL,
    ),
    Prinsip(
        code="IDENTITAS_JELAS",
        text_id="pemberi sumbangan harus mencantumkan identitas yang jelas",
        text_en="a donor must give a clear identity",
        basis=sources.UU_10_2016.provision(pasal="74", ayat="7", checked=CHECKED),
        certainty=Certainty.OFFICIAL,
    ),
    Prinsip(
        code="SUMBANGAN_TERLARANG",
        text_id="dilarang menerima sumbangan dari pihak asing, penyumbang yang tidak jelas "
        "identitasnya, pemerintah dan pemerintah daerah, serta BUMN, BUMD dan BUMDes",
        text_en="no donation may be taken from foreign parties, donors of unclear identity, "
        "central or regional government, or state, regional or village enterprises",
        basis=sources.UU_1_2015.provision(pasal="76", ayat="1", checked=CHECKED),
        certainty=Certainty.OFFICIAL,
    ),
    Prinsip(
        code="BATAS_PENGELUARAN",
        text_id="KPU Provinsi atau KPU Kabupaten/Kota menetapkan pembatasan pengeluaran dana "
        "kampanye",
        text_en="the provincial or regency/city KPU sets the limit on campaign spending",
        basis=sources.UU_10_2016.provision(pasal="74", ayat="9", checked=CHECKED),
        certainty=Certainty.OFFICIAL,
    ),
)


def _document() -> datafile.Table:
    return datafile.load(DATA_FILE)


def _basis(row: datafile.Table) -> LegalBasis:
    """The row's basis, with its instrument's title and the day it was checked."""
    cited = row.basis()
    instrument = sources.find_instrument(cited)
    if instrument is not None:
        cited = instrument.provision(
            pasal=cited.pasal, ayat=cited.ayat, huruf=cited.huruf, lampiran=cited.lampiran
        )
    return attrs.evolve(cited, checked=row.date("checked"))


def _amount(row: datafile.Table, key: str) -> Rupiah:
    text = row.value(key, "an amount in rupiah as a string, e.g. '75000000'")
    if not isinstance(text, str):
        raise row.error(key, text, "the amount must be a string", "e.g. '75000000'")
    try:
        return Rupiah(text)
    except PilkadaValueError as exc:
        raise row.error(key, text, exc.problem, exc.rule) from None


@functools.cache
def cap_versions(jenis: JenisPenyumbang) -> tuple[Dated[BatasSumbangan], ...]:
    """Every recorded version of the cap for donors of kind ``jenis`` (none: no cap)."""
    versions = []
    for row in _document().tables("batas_sumbangan"):
        kind = row.member("jenis", JenisPenyumbang)
        if kind is jenis:
            cap = BatasSumbangan(jenis=kind, jumlah=_amount(row, "jumlah"))
            versions.append(row.dated(cap, basis=_basis(row)))
    return tuple(versions)


def batas_sumbangan(jenis: JenisPenyumbang, on: dt.date) -> Dated[BatasSumbangan] | None:
    """The cap in force on day ``on`` for donors of kind ``jenis``; ``None`` if uncapped.

    Raises:
        PilkadaValueError: ``on`` is before any recorded version took effect.
    """
    versions = cap_versions(jenis)
    if not versions:
        return None
    return in_force(versions, on, what=f"cap on donations from {jenis.name}")


def _tenggat_rule(row: datafile.Table) -> Dated[TenggatRule]:
    rule = TenggatRule(
        code=row.text("code"),
        anchor=row.member("anchor", Anchor),
        days=row.count("days", minimum=-366),
        text_id=row.text("text_id"),
        text_en=row.text("text_en"),
        sanksi=row.text("sanksi") if row.has("sanksi") else None,
    )
    return row.dated(rule, basis=_basis(row))


@functools.cache
def tenggat_rules() -> tuple[Dated[TenggatRule], ...]:
    """Every recorded deadline rule, in file order."""
    return _document().each("tenggat", _tenggat_rule)


def _sanksi(row: datafile.Table) -> Dated[Sanksi]:
    sanksi = Sanksi(
        code=row.text("code"),
        text_id=row.text("text_id"),
        text_en=row.text("text_en"),
        basis=_basis(row),
        certainty=row.certainty(),
    )
    return row.dated(sanksi, basis=sanksi.basis)


@functools.cache
def sanksi_rules() -> tuple[Dated[Sanksi], ...]:
    """Every recorded sanction, in file order."""
    return _document().each("sanksi", _sanksi)


def campaign_of(schedule: Schedule) -> Period:
    """The campaign stage of ``schedule`` as a period.

    Raises:
        PilkadaLookupError: The schedule does not date its campaign as a period.
    """
    entry = schedule.get(Stage.KAMPANYE)
    if entry is None or entry.start is None or entry.end is None:
        raise PilkadaLookupError(
            "schedule",
            schedule.name,
            f"{schedule.name!r} does not date its campaign (Stage.KAMPANYE) as a period",
            "a schedule whose KAMPANYE entry is a Period: the report deadlines count from it",
        )
    return Period(entry.start, entry.end)


def _sanksi_for(code: str | None, on: dt.date) -> Sanksi | None:
    if code is None:
        return None
    versions = [v for v in sanksi_rules() if v.value.code == code]
    return in_force(versions, on, what=f"sanction {code}").value


def tenggat(code: str, schedule: Schedule, *, anchor_day: dt.date | None = None) -> Tenggat:
    """The deadline ``code`` (``"LADK"``, ``"LPPDK"`` ...) for the election of ``schedule``.

    The version in force on the first day of the campaign applies, to the deadline and its
    sanction. Deadlines counted from a
    day of the audit (``AUDIT_KAP``, ``PENGUMUMAN_AUDIT``) need ``anchor_day``.

    Raises:
        PilkadaLookupError: No such deadline, or the schedule does not date its campaign.
        PilkadaValueError: No version was in force when the campaign started, or
            ``anchor_day`` is missing.
    """
    versions = [v for v in tenggat_rules() if v.value.code == code]
    if not versions:
        known = ", ".join(dict.fromkeys(v.value.code for v in tenggat_rules()))
        raise PilkadaLookupError("code", code, f"no deadline {code!r}", f"one of: {known}")
    campaign = campaign_of(schedule)
    version = in_force(versions, campaign.start, what=f"deadline {code}")
    rule = version.value
    if rule.anchor is Anchor.KAMPANYE_MULAI:
        start = campaign.start
    elif rule.anchor is Anchor.KAMPANYE_SELESAI:
        start = campaign.end
    elif anchor_day is None:
        raise PilkadaValueError(
            "anchor_day", None, f"{code} counts from {rule.anchor.value}", "give that day"
        )
    else:
        start = anchor_day
    due = start + dt.timedelta(days=rule.days)
    sanksi = _sanksi_for(rule.sanksi, campaign.start)  # the rules in force for this election
    return Tenggat(code=code, due=due, rule=version, sanksi=sanksi)
