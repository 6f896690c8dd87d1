"""After the count: when a region's result is final, and when its winners take office.

:func:`result_timeline` answers for one region and the state of its case at the
Constitutional Court (:class:`MkCase`), with each step dated and cited:

* the Court registers the petitions in its case register, the BRPK, and notifies KPU; it
  decides a registered case within 45 hari kerja (UU 10/2016 Pasal 157 ayat (8));
* KPU names the elected pair no later than 3 days after the BRPK notice where no case was
  registered, or 3 days after the ruling is read where one was (PKPU 18/2024 Pasal 57; the
  PKPU 2/2024 Lampiran as first published said 5 days: :data:`PENETAPAN_DAYS`);
* the pengusulan pengesahan pengangkatan follows within 3 days (PKPU 2/2024 Lampiran);
* the 2024 winners were inaugurated together on 20 February 2025 where no case was before
  the Court or it ended in the dismissal rulings of 4-5 February 2025 (Perpres 16/2016 as
  amended by Perpres 13/2025, Pasal 22A ayat (1)); the others later.

For 2024, the Court sent its BRPK notice on 3 January 2025 (PMK 14/2024 moved it from 19-20
December 2024), so a region without a case, such as DKI Jakarta, had its winners named by
6 January and inaugurated on 20 February 2025:

>>> t = result_timeline("31", MkCase.NO_CASE)
>>> t.final_on, t.inauguration
(datetime.date(2025, 1, 6), datetime.date(2025, 2, 20))
>>> for line in t.lines(): print(line)
Pemberitahuan BRPK kepada KPU: 3 Januari 2025 (UU 10/2016 Pasal 157)
Penetapan calon terpilih: paling lambat 6 Januari 2025 (PKPU 18/2024 Pasal 57)
Pengusulan pengesahan pengangkatan calon terpilih: paling lambat 9 Januari 2025 (PKPU 2/2024 ...)
Pelantikan serentak: 20 Februari 2025 (Perpres 16/2016 Pasal 22A ayat (1) sebagaimana diubah ...)

A case heard on its merits and rejected on 24 February 2025 gives 27 February:

>>> result_timeline("33.16", MkCase.RULING, ruling_on="2025-02-24").final_on
datetime.date(2025, 2, 27)
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Final

import attrs

from pilkada import sources
from pilkada.boundary import as_date, as_enum, as_items
from pilkada.calendar import Deadline, Period, add_working_days
from pilkada.errors import PilkadaValueError, instance_of
from pilkada.i18n import DEFAULT_LOCALE, lang_of
from pilkada.law import Certainty, Dated, LegalBasis, in_force
from pilkada.regions import RegionCode, as_code
from pilkada.schedule.repeat import psu_deadline

__all__ = [
    "BRPK_NOTICE_2024",
    "DECISION_WORKING_DAYS",
    "DISMISSAL_RULINGS_2024",
    "JOINT_INAUGURATION_2024",
    "PENETAPAN_DAYS",
    "MkCase",
    "ResultStep",
    "ResultTimeline",
    "result_timeline",
]

_CHECKED: Final = sources.CHECKED  # the day these facts were checked

#: The Court decides within 45 hari kerja of registration in the BRPK (UU 10/2016 Pasal 157
#: ayat (8), "hari kerja" since MK 105/PUU-XIII/2015; detik.com d-3181897, viva.co.id 698216).
DECISION_WORKING_DAYS: Final = 45
DECISION_BASIS: Final = sources.UU_10_2016.provision(pasal="157", ayat="8", checked=_CHECKED)
BRPK_BASIS: Final = sources.UU_10_2016.provision(pasal="157", checked=_CHECKED)

#: The days KPU has to name the elected pair after the BRPK notice (or the ruling): a dated
#: change. PKPU 18/2024 took effect before KPU applied it in December 2024; its exact day was
#: not found, so the day of the earliest report of it (ntvnews.id 0127114, 12 December 2024)
#: stands in, and the change is provisional in time though not in value.
PENETAPAN_DAYS: Final = (
    Dated(
        value=5,
        effective=dt.date(2024, 1, 26),
        basis=sources.PKPU_2_2024.provision(lampiran=True),
        note="The Lampiran as published in January 2024.",
    ),
    Dated(
        value=3,
        effective=dt.date(2024, 12, 12),
        basis=sources.PKPU_18_2024.provision(pasal="57", checked=_CHECKED),
        note="PKPU 18/2024 Pasal 57 and Lampiran I point 10 b (ntvnews.id 0127114; onews.id "
        "288553); effective day not found, the earliest report of its use stands in.",
    ),
)
PENGUSULAN_DAYS: Final = 3
PENGUSULAN_BASIS: Final = sources.PKPU_2_2024.provision(lampiran=True)

#: The Court's BRPK notice for the 2024 Pilkada (PMK 14/2024, set 17 December 2024; kumparan
#: via opsiin.blogspot.com; tribunnews padang 2024-12-13; checked 2026-12-02).
BRPK_NOTICE_2024: Final = dt.date(2025, 1, 3)
#: The dismissal rulings of 4-5 February 2025 (lampost.co; Perpres 13/2025 Pasal 22A).
DISMISSAL_RULINGS_2024: Final = Period(dt.date(2025, 2, 4), dt.date(2025, 2, 5))
#: The joint inauguration of the 2024 winners (Perpres 13/2025 Pasal 22A ayat (1); kontan.co.id
#: 14 February 2025; keprisatu.com; checked 2026-12-02).
JOINT_INAUGURATION_2024: Final = dt.date(2025, 2, 20)
INAUGURATION_BASIS: Final = sources.PERPRES_16_2016.provision(
    pasal="22A", ayat="1", checked=_CHECKED
)


class MkCase(enum.Enum):
    """Where a region's result stands at the Constitutional Court."""

    NO_CASE = "tidak ada perkara"
    DISMISSED = "putusan dismissal"
    RULING = "putusan akhir"
    PSU = "pemungutan suara ulang"

    def label(self, locale: str = DEFAULT_LOCALE) -> str:
        """The state in the language of ``locale``."""
        english = {
            "NO_CASE": "no case registered",
            "DISMISSED": "case dismissed before the evidence stage",
            "RULING": "final ruling read",
            "PSU": "repeated vote ordered",
        }
        return self.value if lang_of(locale) == "id" else english[self.name]


@attrs.frozen(kw_only=True)
class ResultStep:
    """One dated step after the count, with its basis and certainty."""

    name_id: str = attrs.field(validator=instance_of(str))
    name_en: str = attrs.field(validator=instance_of(str))
    when: Deadline | Period = attrs.field(validator=instance_of((Deadline, Period)))
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(default=Certainty.OFFICIAL, validator=instance_of(Certainty))

    def label(self, locale: str = DEFAULT_LOCALE) -> str:
        """The step's name in the language of ``locale``."""
        return self.name_id if lang_of(locale) == "id" else self.name_en


_optional_date = attrs.validators.optional(instance_of(dt.date))


def _steps(values: Iterable[ResultStep]) -> tuple[ResultStep, ...]:
    return as_items("steps", values, ResultStep)


@attrs.frozen(kw_only=True)
class ResultTimeline:
    """When a region's result is final and its winners take office, step by step.

    Attributes:
        region: The region.
        case: The state of its case.
        steps: The dated steps, in order.
        final_on: The last day for KPU to name the elected pair (the result is final once it
            does); ``None`` while a repeated vote is pending.
        inauguration: The inauguration day where one is set; ``None`` otherwise.
        note: What the dates do not say.
    """

    region: RegionCode = attrs.field(validator=instance_of(RegionCode))
    case: MkCase = attrs.field(validator=instance_of(MkCase))
    steps: tuple[ResultStep, ...] = attrs.field(converter=_steps)
    final_on: dt.date | None = attrs.field(default=None, validator=_optional_date)
    inauguration: dt.date | None = attrs.field(default=None, validator=_optional_date)
    note: str = attrs.field(default="", validator=instance_of(str))

    def lines(self, *, locale: str = DEFAULT_LOCALE) -> list[str]:
        """One line per step: its name, when, and basis."""
        return [
            f"{step.label(locale)}: {step.when.format(locale=locale)} "
            f"({step.basis.cite(locale=locale)})"
            for step in self.steps
        ]


def _deadline(name_id: str, name_en: str, day: dt.date, basis: LegalBasis) -> ResultStep:
    return ResultStep(name_id=name_id, name_en=name_en, when=Deadline(day), basis=basis)


def result_timeline(
    region: RegionCode | str,
    case: MkCase | str,
    *,
    brpk_on: dt.date | str = BRPK_NOTICE_2024,
    ruling_on: dt.date | str | None = None,
    psu_days: int | None = None,
) -> ResultTimeline:
    """When the result of ``region`` is final, and when its winners take office.

    Args:
        region: The region's Kemendagri code (``"31"`` DKI Jakarta, ``"19.71"`` Kota
            Pangkalpinang) or a :class:`~pilkada.RegionCode`.
        case: The state of its case (a :class:`MkCase` or its name).
        brpk_on: The day the Court notified KPU of the BRPK (3 January 2025 for 2024).
        ruling_on: The day the ruling was read (needed for ``DISMISSED``, ``RULING``, ``PSU``).
        psu_days: For ``PSU``: the days the ruling gives to hold it.

    Raises:
        PilkadaValueError: A ruling day is missing or before the BRPK notice, or ``psu_days``
            is missing for a PSU.
    """
    code = as_code(region, "region")
    state = as_enum("case", case, MkCase)
    brpk = as_date("brpk_on", brpk_on)
    ruling = None if ruling_on is None else as_date("ruling_on", ruling_on)
    if state is not MkCase.NO_CASE and (ruling is None or ruling < brpk):
        raise PilkadaValueError(
            "ruling_on", ruling, f"a {state.name} case needs the day its ruling was read",
            "a day on or after the BRPK notice",
        )  # fmt: skip
    steps = [
        ResultStep(
            name_id="Pemberitahuan BRPK kepada KPU",
            name_en="BRPK notice to KPU",
            when=Period.day(brpk),
            basis=BRPK_BASIS,
        )
    ]
    if state is not MkCase.NO_CASE:
        steps.append(
            _deadline(
                "Putusan Mahkamah Konstitusi (45 hari kerja)",
                "Constitutional Court ruling (45 working days)",
                add_working_days(brpk, DECISION_WORKING_DAYS, cuti_bersama_off=True),
                DECISION_BASIS,
            )
        )
    if state is MkCase.PSU:
        return _psu_timeline(code, steps, ruling, psu_days)
    if ruling is None:  # no case: the notice is the anchor
        joint = brpk == BRPK_NOTICE_2024
        return _named_timeline(code, state, steps, brpk, joint=joint)
    joint = state is MkCase.DISMISSED and ruling in DISMISSAL_RULINGS_2024
    return _named_timeline(code, state, steps, ruling, joint=joint)


def _named_timeline(
    code: RegionCode, state: MkCase, steps: list[ResultStep], anchor: dt.date, *, joint: bool
) -> ResultTimeline:
    version = in_force(PENETAPAN_DAYS, anchor, what="penetapan calon terpilih rule")
    final_on = anchor + dt.timedelta(days=version.value)
    steps.append(
        _deadline("Penetapan calon terpilih", "Declaring the elected pair", final_on, version.basis)
    )
    steps.append(
        _deadline(
            "Pengusulan pengesahan pengangkatan calon terpilih",
            "Proposal to confirm the appointment",
            final_on + dt.timedelta(days=PENGUSULAN_DAYS),
            PENGUSULAN_BASIS,
        )
    )
    inauguration = JOINT_INAUGURATION_2024 if joint else None
    note = ""
    if inauguration is not None:
        steps.append(
            ResultStep(
                name_id="Pelantikan serentak",
                name_en="Joint inauguration",
                when=Period.day(inauguration),
                basis=INAUGURATION_BASIS,
            )
        )
    else:
        note = "Pelantikan ditetapkan pemerintah setelah putusan; tanggalnya tidak diatur di sini."
    if code.digits.startswith("11"):  # Aceh
        note = (note + " " if note else "") + (
            "Aceh: pelantikan oleh Mendagri atau gubernur di hadapan Ketua Mahkamah Syar'iyah "
            "(Perpres 13/2025 Pasal 22B); tanggalnya dapat dikecualikan."
        )
    return ResultTimeline(
        region=code, case=state, steps=steps, final_on=final_on, inauguration=inauguration,
        note=note,
    )  # fmt: skip


def _psu_timeline(
    code: RegionCode, steps: list[ResultStep], ruling: dt.date | None, psu_days: int | None
) -> ResultTimeline:
    if psu_days is None or ruling is None:
        raise PilkadaValueError(
            "psu_days", psu_days, "a PSU case needs the days the ruling gives", "an int"
        )
    steps.append(
        ResultStep(
            name_id="Pemungutan suara ulang",
            name_en="Repeated vote (PSU)",
            when=psu_deadline(ruling, psu_days),
            basis=DECISION_BASIS,
            certainty=Certainty.DERIVED,
        )
    )
    return ResultTimeline(
        region=code,
        case=MkCase.PSU,
        steps=steps,
        note="Hasil final setelah PSU, rekapitulasinya dan penetapan berikutnya.",
    )
