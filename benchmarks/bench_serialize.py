"""How long saving to plain data and JSON, and loading back, take.

Run: ``python benchmarks/bench_serialize.py``. Prints the time of a round trip of the 2024
schedule and of a grant agreement with its ledger, and of 100,000 TPS results through
``to_dict``, ``json.dumps``, ``json.loads`` and ``from_dict``, with the size of the JSON.
There is no target: CSV stays the format for national result files (``read_results_csv``);
these figures say how large a batch is still comfortable as JSON in a notebook.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import time

from pilkada import (
    PILKADA_2024,
    GrantAgreement,
    Rupiah,
    Schedule,
    TpsResult,
    TpsResults,
    from_dict,
    to_dict,
)


def _per_call(label: str, runs: int, work: object) -> None:
    start = time.perf_counter()
    for _ in range(runs):
        work()  # type: ignore[operator]
    print(f"{label}: {(time.perf_counter() - start) / runs * 1000:.2f} ms")


def _batch(n: int) -> TpsResults:
    rng = random.Random(2024)
    rows = []
    for i in range(n):
        votes = (rng.randint(0, 200), rng.randint(0, 200))
        used = sum(votes) + 2
        code = f"3316{1 + i // 5000:02d}{2001 + (i // 100) % 50:04d}{1 + i % 100:03d}"
        rows.append(
            TpsResult(tps=code, pairs=2, dpt=300, dptb=0, voters_dpt=used, voters_dptb=0,
                      voters_dpk=0, ballots_used=used, votes=votes, kolom_kosong=0,
                      valid=sum(votes), invalid=2)
        )  # fmt: skip
    return TpsResults.from_records(rows)


def main() -> None:
    to_dict(PILKADA_2024)  # warm up: cattrs builds its hooks once per class
    _per_call("schedule round trip", 200, lambda: from_dict(Schedule, to_dict(PILKADA_2024)))
    agreement = GrantAgreement(amount=Rupiah(34_905_207_000), signed_on=dt.date(2023, 11, 10))
    for day in range(1, 20):
        agreement = agreement.with_transfer(dt.date(2023, 12, day), Rupiah(1_000_000))
    _per_call(
        "agreement (19 ledger lines) round trip",
        200,
        lambda: from_dict(GrantAgreement, to_dict(agreement)),
    )

    batch = _batch(100_000)
    start = time.perf_counter()
    data = to_dict(batch)
    unstructured = time.perf_counter()
    text = json.dumps(data, ensure_ascii=False)
    dumped = time.perf_counter()
    loaded = json.loads(text)
    parsed = time.perf_counter()
    back = from_dict(TpsResults, loaded)
    built = time.perf_counter()
    if list(back) != list(batch):
        raise SystemExit("the round trip of the batch is not exact")
    print(
        f"100,000 TPS: to_dict {unstructured - start:.2f} s, "
        f"json.dumps {dumped - unstructured:.2f} s, "
        f"json.loads {parsed - dumped:.2f} s, from_dict {built - parsed:.2f} s; "
        f"JSON {len(text.encode()) / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
