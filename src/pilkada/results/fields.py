"""The count fields of a C.Hasil form, their CSV columns, and the one check of a count.

Every part of :mod:`pilkada.results` reads the fields in the order of :data:`FIELDS`: the
per-TPS checks, the columns of a batch, the recapitulation and the CSV.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from pilkada.boundary import as_count
from pilkada.errors import PilkadaTypeError, PilkadaValueError

__all__ = [
    "BALLOTS",
    "COLUMN_OF",
    "CSV_COLUMNS",
    "DPT",
    "DPTB",
    "FIELDS",
    "FIELD_NAMES",
    "INT64_MIN",
    "INVALID",
    "KOLOM_KOSONG",
    "MAX_PAIRS",
    "PAIRS",
    "VALID",
    "VOTERS_DPK",
    "VOTERS_DPT",
    "VOTERS_DPTB",
    "check_pairs",
    "check_progress",
    "form_count",
    "form_votes",
]

#: The count fields of a TPS, in storage order, with their CSV column names (the C.Hasil terms).
FIELDS: Final = (
    ("pairs", "jumlah_paslon"),
    ("dpt", "dpt"),
    ("dptb", "dptb"),
    ("voters_dpt", "pengguna_dpt"),
    ("voters_dptb", "pengguna_dptb"),
    ("voters_dpk", "pengguna_dpk"),
    ("ballots_used", "surat_suara_digunakan"),
    ("valid", "suara_sah"),
    ("invalid", "suara_tidak_sah"),
    ("kolom_kosong", "kolom_kosong"),
)
FIELD_NAMES: Final = tuple(name for name, _ in FIELDS)
COLUMN_OF: Final = dict(FIELDS)
#: The position of each field in :data:`FIELDS`.
PAIRS, DPT, DPTB, VOTERS_DPT, VOTERS_DPTB, VOTERS_DPK, BALLOTS, VALID, INVALID, KOLOM_KOSONG = (
    range(len(FIELDS))
)
#: The fixed CSV columns; ``paslon_1`` ... ``paslon_K`` follow.
CSV_COLUMNS: Final = ("kode_tps", *(column for _, column in FIELDS))
MAX_PAIRS: Final = 20
#: The smallest number a form may hold: counts are kept in 64-bit lanes.
INT64_MIN: Final = -(2**63)


def form_count(field: str, value: object) -> int:
    """A number as written on a form: any 64-bit int, negative ones included.

    Negative numbers are accepted so that the checks can report them as a PPK would; the
    one count check is :func:`pilkada.boundary.as_count`.
    """
    return as_count(field, value, minimum=INT64_MIN)


def form_votes(value: Iterable[int]) -> tuple[int, ...]:
    """The votes of each pair, in order, each a :func:`form_count`."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise PilkadaTypeError("votes", value, "not a sequence", "the votes of each pair, in order")
    return tuple(form_count(f"votes[{i}]", v) for i, v in enumerate(value))


def check_pairs(value: int) -> None:
    """Refuse a number of pairs on the ballot outside 1 to :data:`MAX_PAIRS`."""
    if not 1 <= value <= MAX_PAIRS:
        raise PilkadaValueError(
            "pairs",
            value,
            f"{value} pairs on the ballot",
            f"from 1 (one pair against the kolom kosong) to {MAX_PAIRS}",
        )


def check_progress(reported: int | None, expected: int | None) -> None:
    """Refuse TPS progress that is not part of the TPS expected (both or neither; in <= out)."""
    if (reported is None) != (expected is None) or (
        expected is not None and (reported or 0) > expected
    ):
        raise PilkadaValueError(
            "tps_reported",
            (reported, expected),
            "not a part of the TPS expected",
            "both or neither, tps_reported <= tps_expected",
        )
