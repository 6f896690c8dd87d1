"""What ``import pilkada`` costs, against importing the libraries it is built on.

Run: ``python benchmarks/bench_import.py [RUNS]``. Each import runs in a fresh interpreter,
timed inside it with ``time.perf_counter`` around the statement (interpreter start-up is left
out), RUNS times each, alternating; the medians are compared. The baseline is
``import attrs, babel.numbers, babel.dates``: what any library that formats Indonesian dates
and numbers with attrs classes pays. Also timed, for information: the first use of a name
(``from pilkada import Rupiah``, ``PILKADA_2024``). Exits non-zero if ``import pilkada``
costs more than 1.2x the baseline.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

TARGET = 1.2
CASES = {
    "import pilkada": "import pilkada",
    "import attrs, babel.numbers, babel.dates": "import attrs, babel.numbers, babel.dates",
    "from pilkada import Rupiah": "from pilkada import Rupiah",
    "pilkada.PILKADA_2024": "import pilkada; pilkada.PILKADA_2024",
}


def cost(code: str) -> float:
    """Microseconds ``code`` takes in a fresh interpreter, start-up left out."""
    timed = f"import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"
    command = [sys.executable, "-c", timed]  # this interpreter, fixed code
    done = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    return float(done.stdout) * 1e6


def main(runs: int = 15) -> int:
    samples: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(runs):
        for name, code in CASES.items():
            samples[name].append(cost(code))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    for name, median in medians.items():
        print(f"{name:<45} {median / 1000:8.2f} ms (median of {runs})")
    ratio = medians["import pilkada"] / medians["import attrs, babel.numbers, babel.dates"]
    print(f"ratio import pilkada / baseline: {ratio:.2f}x (target <= {TARGET}x)")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 15))
