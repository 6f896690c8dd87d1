"""The law of regional grants for a Pilkada: where each rule of :mod:`pilkada.grants` comes from.

Every rule and constant the package applies is listed in :data:`GRANT_RULES` with its value,
its legal basis (whose ``checked`` is the day it was last checked against its sources), its
:class:`~pilkada.law.Certainty` and a note naming the sources and any dissent:

>>> [rule.code for rule in GRANT_RULES][:3]
['TRANCHE_SHARES', 'WORKING_DAYS_AFTER_SIGNING', 'MONTHS_BEFORE_VOTING']
>>> rule = grant_rule("MONTHS_BEFORE_VOTING")
>>> rule.value, str(rule.basis), rule.certainty.name, rule.basis.checked.isoformat()
(5, 'Permendagri 54/2019 Pasal 16 ayat (4) sebagaimana diubah dengan Permendagri 41/2020', \
'OFFICIAL', '2026-12-02')
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Final

import attrs

from pilkada import sources
from pilkada.errors import PilkadaValueError, instance_of
from pilkada.law import Certainty, LegalBasis

__all__ = [
    "CHECKED",
    "FUNDING_BASIS",
    "GRANT_RULES",
    "MONTHS_BEFORE_VOTING",
    "PERMENDAGRI_41_2020",
    "SIGNING_DEADLINES",
    "SIGNING_DEADLINE_BASIS",
    "SIGNING_DEADLINE_CERTAINTY",
    "SINGLE_PAYMENT_BASIS",
    "SINGLE_PAYMENT_CERTAINTY",
    "SISA_DANA_BASIS",
    "SISA_DANA_MONTHS",
    "TRANCHE_BASIS",
    "TRANCHE_CERTAINTY",
    "TRANCHE_SHARES",
    "TRANCHE_WEIGHTS",
    "WORKING_DAYS_AFTER_SIGNING",
    "GrantRule",
    "grant_rule",
]

#: The day every basis below was last checked against its sources.
CHECKED: Final = sources.CHECKED

PERMENDAGRI_41_2020: Final = sources.PERMENDAGRI_41_2020
_PERMENDAGRI_54: Final = sources.PERMENDAGRI_54_2019

#: Permendagri 54/2019 Pasal 16 ayat (4) as amended by Permendagri 41/2020: the two tranches.
TRANCHE_BASIS: Final = _PERMENDAGRI_54.provision(pasal="16", ayat="4", checked=CHECKED)
TRANCHE_CERTAINTY: Final = Certainty.OFFICIAL
#: The single payment (100 % within 14 working days of signing): its article was not retrieved.
SINGLE_PAYMENT_BASIS: Final = _PERMENDAGRI_54.provision(checked=CHECKED)
SINGLE_PAYMENT_CERTAINTY: Final = Certainty.PROVISIONAL
#: Who funds which election: Permendagri 54/2019 Pasal 2.
FUNDING_BASIS: Final = _PERMENDAGRI_54.provision(pasal="2", checked=CHECKED)
#: Return of unspent funds (sisa dana): reported as Pasal 26 ayat (1).
SISA_DANA_BASIS: Final = _PERMENDAGRI_54.provision(pasal="26", ayat="1", checked=CHECKED)
SISA_DANA_CERTAINTY: Final = Certainty.PROVISIONAL
#: The NPHD signing deadline of the 2024 Pilkada: SE Mendagri 900.1.9.1/5252/SJ of 29 September
#: 2023, which followed SE 900.1.9.1/435/SJ of 24 January 2023 (the 40 % / 60 % budgeting).
SIGNING_DEADLINE_BASIS: Final = sources.SE_MENDAGRI_900_1_9_1_5252_2023.provision(checked=CHECKED)
SIGNING_DEADLINE_CERTAINTY: Final = Certainty.PROVISIONAL

#: The tranches' shares of the grant, tahap I then tahap II, and the weights that split it.
TRANCHE_SHARES: Final = (Fraction(2, 5), Fraction(3, 5))
TRANCHE_WEIGHTS: Final = (40, 60)
WORKING_DAYS_AFTER_SIGNING: Final = 14
MONTHS_BEFORE_VOTING: Final = 5
SISA_DANA_MONTHS: Final = 3
#: Signing deadlines by voting day (a year-keyed table, as python-holidays keeps one-off dates).
SIGNING_DEADLINES: Final[dict[dt.date, dt.date]] = {dt.date(2024, 11, 27): dt.date(2023, 11, 10)}


def _code(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    instance_of(str)(_, attribute, value)
    if not str(value).isupper() or " " in str(value):
        raise PilkadaValueError(attribute.name, value, "not a rule code", "e.g. 'TRANCHE_SHARES'")


def _checked_basis(_: object, attribute: attrs.Attribute[LegalBasis], value: object) -> None:
    instance_of(LegalBasis)(_, attribute, value)
    if isinstance(value, LegalBasis) and value.checked is None:
        raise PilkadaValueError(
            "basis.checked", None, f"{value} records no day it was checked", "a checked date"
        )


@attrs.frozen(kw_only=True)
class GrantRule:
    """One rule or constant of the grants package: its value, basis, certainty and sources.

    Attributes:
        code: A stable identifier, e.g. ``"WORKING_DAYS_AFTER_SIGNING"``.
        value: What the package applies (a number, a pair of shares, a table of dates).
        basis: The provision, with the day it was last checked (``basis.checked``).
        certainty: ``OFFICIAL`` where consistent reproductions of the text agree (a dissent is
            named in the note), ``PROVISIONAL`` where the article or the text was not found.
        effective: The day the provision took effect, where recorded.
        note: The sources read, and any dissent.
    """

    code: str = attrs.field(validator=_code)
    value: object
    basis: LegalBasis = attrs.field(validator=_checked_basis)
    certainty: Certainty = attrs.field(validator=instance_of(Certainty))
    effective: dt.date | None = attrs.field(
        validator=attrs.validators.optional(instance_of(dt.date))
    )
    note: str = attrs.field(validator=instance_of(str))


_TRANCHE_SOURCES: Final = (
    "Kemenko Polhukam quoting Pasal 16(4) as amended (esensi.tv/polhukam/amp/104522777, "
    "8 Aug 2024); Kemendagri (beritasulut.co.id 2023/09/29); Kemendagri Dirjen Keuda "
    "(jambilink.id: 'paling lambat lima bulan sebelum'). Dissent: ntvnews.id 0112430 gives "
    "three tranches (40/40/10 %, read as the text before the 2020 amendment); jpnn.com (Jawa "
    "Tengah) 'empat bulan'."
)

#: Every rule and constant of :mod:`pilkada.grants`, in the order the documents apply them.
GRANT_RULES: Final = (
    GrantRule(
        code="TRANCHE_SHARES",
        value=TRANCHE_SHARES,
        basis=TRANCHE_BASIS,
        certainty=TRANCHE_CERTAINTY,
        effective=PERMENDAGRI_41_2020.effective,
        note="Tahap I 40 %, tahap II 60 % of the NPHD. " + _TRANCHE_SOURCES,
    ),
    GrantRule(
        code="WORKING_DAYS_AFTER_SIGNING",
        value=WORKING_DAYS_AFTER_SIGNING,
        basis=TRANCHE_BASIS,
        certainty=TRANCHE_CERTAINTY,
        effective=PERMENDAGRI_41_2020.effective,
        note="Tahap I (or the single payment) paling lambat 14 hari kerja after the NPHD is "
        "signed; the 14th working day is on time. " + _TRANCHE_SOURCES,
    ),
    GrantRule(
        code="MONTHS_BEFORE_VOTING",
        value=MONTHS_BEFORE_VOTING,
        basis=TRANCHE_BASIS,
        certainty=TRANCHE_CERTAINTY,
        effective=PERMENDAGRI_41_2020.effective,
        note="Tahap II paling lambat 5 bulan sebelum hari pemungutan suara (27 June 2024 for "
        "the 2024 Pilkada); that day is on time. " + _TRANCHE_SOURCES,
    ),
    GrantRule(
        code="SINGLE_PAYMENT",
        value=Fraction(1),
        basis=SINGLE_PAYMENT_BASIS,
        certainty=SINGLE_PAYMENT_CERTAINTY,
        effective=PERMENDAGRI_41_2020.effective,
        note="100 % at once within 14 working days of signing: reported by Kemendagri "
        "(beritasulut.co.id 2023/09/29, 'pencairan sekaligus'); its article was not retrieved.",
    ),
    GrantRule(
        code="FUNDING",
        value="provinsi: gubernur; kabupaten/kota: bupati/wali kota",
        basis=FUNDING_BASIS,
        certainty=Certainty.OFFICIAL,
        effective=None,
        note="Pasal 2(1)-(3) quoted in full by ainamulyana.blogspot.com 2019/08 (with the dana "
        "cadangan of ayat (3)); the regulation's preamble at id.scribd.com/document/431231554.",
    ),
    GrantRule(
        code="SISA_DANA_MONTHS",
        value=SISA_DANA_MONTHS,
        basis=SISA_DANA_BASIS,
        certainty=SISA_DANA_CERTAINTY,
        effective=PERMENDAGRI_41_2020.effective,
        note="Unspent funds back to the kas daerah no later than 3 months after the pengusulan "
        "pengesahan pengangkatan calon terpilih: KPU Karanganyar (jateng.antaranews.co 571161: "
        "pengusulan 10 Jan 2025, deadline 10 Apr 2025), KPU Ngawi (lentera.co 216651), "
        "Kemendagri (beritasulut.co.id). Dissent: focuskaltim.id counts from the pengesahan. "
        "The article number (Pasal 26(1)) is reported by one outlet only.",
    ),
    GrantRule(
        code="SIGNING_DEADLINES",
        value=SIGNING_DEADLINES,
        basis=SIGNING_DEADLINE_BASIS,
        certainty=SIGNING_DEADLINE_CERTAINTY,
        effective=sources.SE_MENDAGRI_900_1_9_1_5252_2023.effective,
        note="NPHD signed by 10 November 2023 for the 2024 Pilkada. SE 900.1.9.1/5252/SJ "
        "(29 Sep 2023; kaltara.prokal.co 44290) followed SE 900.1.9.1/435/SJ (24 Jan 2023; "
        "id.scribd.com/document/623703649); mataradarindonesia.com reports the 29 September "
        "circular's 10 November 2023 deadline (it words it as the 40 % allocation), "
        "harianbengkuluekspress and riauonline as the signing deadline. The circular's text "
        "was not opened.",
    ),
)


def grant_rule(code: str) -> GrantRule:
    """The rule of :data:`GRANT_RULES` with this ``code``.

    Raises:
        PilkadaValueError: No rule has that code; the message lists the codes.
    """
    for rule in GRANT_RULES:
        if rule.code == code:
            return rule
    codes = ", ".join(rule.code for rule in GRANT_RULES)
    raise PilkadaValueError("code", code, f"no grant rule is called {code!r}", f"one of: {codes}")
