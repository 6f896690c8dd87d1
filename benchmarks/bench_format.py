"""Rupiah.format against Babel given the same explicit pattern, on 100,000 random amounts.

Run: ``python benchmarks/bench_format.py [N]``. The reference is
``format_currency(x, "IDR", format="¤#,##0.00", currency_digits=False, locale="id_ID")``: Babel
told the two-decimal pattern explicitly, never CLDR's currency digits (which give IDR none
since Babel 2.19). Prints both rates and their ratio, and exits non-zero if any output differs
from that call (byte for byte) or from the golden strings, or if the ratio is below the 10x
target.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from decimal import Decimal

import babel
from babel.numbers import format_currency

from pilkada import Rupiah

TARGET_RATIO = 10.0
PATTERN = "¤#,##0.00"
GOLDEN = {
    "1500001.50": "Rp1.500.001,50",
    "-1500000.50": "-Rp1.500.000,50",
    "0.01": "Rp0,01",
    "34905207000": "Rp34.905.207.000,00",
}


def amounts(count: int, seed: int = 2024) -> list[Rupiah]:
    rng = random.Random(seed)
    result = []
    for _ in range(count):
        digits = rng.randint(1, 17)  # from sen up to a hundred triliun
        sen = rng.randrange(10 ** (digits + 1))
        result.append(Rupiah.from_sen(-sen if rng.random() < 0.1 else sen))
    return result


def best_of(runs: int, func: Callable[[], list[str]]) -> tuple[float, list[str]]:
    best, out = float("inf"), []
    for _ in range(runs):
        start = time.perf_counter()
        out = func()
        best = min(best, time.perf_counter() - start)
    return best, out


def main(count: int = 100_000) -> int:
    values = amounts(count)
    decimals: list[Decimal] = [v.amount for v in values]
    values[0].format()  # build the formatter once, outside the timing

    ours_s, ours = best_of(3, lambda: [v.format() for v in values])
    babel_s, theirs = best_of(
        3,
        lambda: [
            format_currency(d, "IDR", format=PATTERN, currency_digits=False, locale="id_ID")
            for d in decimals
        ],
    )
    mismatches = sum(a != b for a, b in zip(ours, theirs, strict=True))
    golden_wrong = [k for k, v in GOLDEN.items() if Rupiah(k).format() != v]
    ratio = babel_s / ours_s
    print(f"babel:               {babel.__version__} (reference: explicit {PATTERN!r})")
    print(f"amounts:             {count:,}")
    print(f"Rupiah.format:       {count / ours_s:>12,.0f} per second ({ours_s:.3f} s)")
    print(f"babel format_currency:{count / babel_s:>11,.0f} per second ({babel_s:.3f} s)")
    print(f"ratio:               {ratio:.1f}x (target >= {TARGET_RATIO:.0f}x)")
    print(f"identical output:    {count - mismatches:,} of {count:,}")
    print(f"golden strings:      {len(GOLDEN) - len(golden_wrong)} of {len(GOLDEN)} right")
    if mismatches or golden_wrong:
        return 1
    return 0 if ratio >= TARGET_RATIO else 2


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
