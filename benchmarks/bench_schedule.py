"""How long the schedule's rules and the working-day calendar take.

Run: ``python benchmarks/bench_schedule.py``. Prints the time of ``PILKADA_2024.validate()``
and of 100,000 ``add_working_days`` calls, and how many times a year's holiday table was
built (once per year and option: never per call).
"""

from __future__ import annotations

import datetime as dt
import random
import time

from pilkada import PILKADA_2024, add_working_days
from pilkada.calendar import _calendar


def main() -> None:
    schedule = PILKADA_2024
    schedule.validate()  # warm up: Babel's locale data, the data file
    runs = 1_000
    start = time.perf_counter()
    for _ in range(runs):
        violations = schedule.validate()
    per_validate = (time.perf_counter() - start) / runs
    if violations:
        raise SystemExit(f"the 2024 schedule should validate: {violations}")

    rng = random.Random(2024)
    calls = [
        (dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(730)), rng.randint(1, 30))
        for _ in range(100_000)
    ]
    _calendar.cache_clear()
    start = time.perf_counter()
    for day, count in calls:
        add_working_days(day, count)
    elapsed = time.perf_counter() - start
    built = _calendar.cache_info().misses

    print(f"PILKADA_2024.validate():     {per_validate * 1e3:.3f} ms per call ({runs:,} runs)")
    per_call = elapsed / len(calls) * 1e6
    print(f"add_working_days x 100,000:  {elapsed:.3f} s ({per_call:.1f} us per call)")
    print(f"holiday tables built:        {built} (one per calendar year touched)")


if __name__ == "__main__":
    main()
