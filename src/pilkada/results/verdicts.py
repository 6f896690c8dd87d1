"""What a count can decide, and by which rule: the vocabulary of an outcome."""

from __future__ import annotations

import enum

__all__ = ["Verdict", "WinnerRule"]


class Verdict(enum.Enum):
    """What the count decides."""

    ELECTED = "terpilih"
    RUNOFF = "putaran kedua"
    REPEAT = "pemilihan diulang"
    TIE = "seri"


class WinnerRule(enum.Enum):
    """The rule applied."""

    PLURALITY = "suara terbanyak"
    SINGLE_PAIR = "calon tunggal melawan kolom kosong"
    JAKARTA_MAJORITY = "lebih dari 50% suara sah (Jakarta)"
