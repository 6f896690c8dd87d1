"""The objects the display tests show (not a test module)."""

from __future__ import annotations

from pilkada.results import TpsResult


def form(code: str, votes: tuple[int, ...], dpt: int, used: int, invalid: int) -> TpsResult:
    """The C.Hasil of docs/results.md's Kabupaten Contoh."""
    return TpsResult(
        tps=code,
        pairs=3,
        dpt=dpt,
        dptb=2,
        voters_dpt=used - 1,
        voters_dptb=1,
        voters_dpk=0,
        ballots_used=used,
        votes=votes,
        valid=sum(votes),
        invalid=invalid,
    )


FORMS = [
    form("33.16.01.2001.001", (100, 80, 20), 250, 203, 3),
    form("33.16.01.2001.002", (90, 95, 15), 260, 204, 4),
    form("33.16.01.2002.001", (50, 40, 10), 120, 102, 2),
    form("33.16.02.2001.001", (60, 70, 30), 190, 165, 5),
    form("33.16.02.2001.002", (10, 20, 5), 50, 36, 2),  # 36 used, 35 + 2 counted: an anomaly
]
