"""The applicants the ad hoc tests (and the serialisation tests) use (not a test module)."""

from __future__ import annotations

import datetime as dt

from pilkada import Applicant, Education, Sex

NIK_SITI = "3316014107070001"  # Blora, a woman born 1 July 2007 (day 01 + 40)


def siti(**changes: object) -> Applicant:
    """Siti of Blora, 17 on 1 July 2024; ``changes`` replace any field."""
    fields: dict[str, object] = {
        "nik": NIK_SITI,
        "name": "Siti",
        "birth_date": dt.date(2007, 7, 1),
        "sex": Sex.PEREMPUAN,
        "education": Education.SMA,
        "domicile": "33.16.01.2001",
    } | changes
    return Applicant(**fields)  # type: ignore[arg-type]


def person(name: str, sex: Sex, day: int) -> Applicant:
    """A graduate born on ``day`` July 1990, with a NIK that matches."""
    encoded = day + 40 if sex is Sex.PEREMPUAN else day
    return Applicant(
        nik=f"331601{encoded:02d}0790{day:04d}",
        name=name,
        birth_date=dt.date(1990, 7, day),
        sex=sex,
        education=Education.D4_S1,
        domicile="3316012001",
    )
