"""A national Pilkada result set: validation, recapitulation to every level, and decisions.

Run: ``python benchmarks/bench_results.py [ROUNDS] [SEED]``. Generates a reproducible synthetic
result set shaped like Pilkada 2024 (shared/domain.md §8): 435,089 TPS spread over the real
desa/kelurahan of the region table in force on 27 November 2024 (Kepmendagri
100.1.1-6117/2022); the bupati/wali kota elections of the 508 kab/kota
outside Jakarta and the governor elections of the 37 provinces other than DIY (545 regions),
each with 1 to 6 pairs (1: against the kolom kosong), realistic turnout and a few anomalies:
860,750 TPS results in all.

The timed pipeline builds both batches from columns, validates every TPS, recapitulates to
desa, kecamatan, kab/kota and provinsi, then decides every region. Each round times, side by
side: the pipeline from NumPy columns (codes as strings, and as ints), the same from Python
lists, and the aggregation alone (the four recapitulations of both sets) against the same
groupby-sum done by pandas and polars on the same columns. Rounds are repeated (the machine
is shared): ranges are printed, and ratios are taken within a round.

Then, each in a fresh process (``bench_results_shapes.py``): a legislative shape (820,000
TPS x 18 vote columns), 8x the national size (6.9 million TPS results), and reading the
national-size CSV, against pandas, polars and pyarrow; and a JSON round trip of 100,000 TPS.

Targets: pipeline < 1 s; aggregation no slower than polars; legislative < 5 s and < 2 GB;
8x national < 2 GB and linear; CSV < 3 s. pandas and polars are only needed for the
comparisons: without them the script still times ours.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from pilkada.regions import AreaLevel, RegionCode
from pilkada.results import TpsResults, decide, recapitulate
from pilkada.results.recap import region_codes
from pilkada.results.records import table_at
from pilkada.wilayah import table_on

TARGET_SECONDS = 1.0
TOTAL_TPS = 435_089
LEVELS = (AreaLevel.DESA, AreaLevel.KECAMATAN, AreaLevel.KABUPATEN_KOTA, AreaLevel.PROVINSI)


def _spread(total: int, parts: int, rng: random.Random) -> list[int]:
    """``parts`` counts that add up to ``total``, each the floor or one more, shuffled."""
    base, extra = divmod(total, parts)
    counts = [base + 1] * extra + [base] * (parts - extra)
    rng.shuffle(counts)
    return counts


def geography(rng: random.Random) -> list[str]:
    """435,089 TPS codes, sorted, in the real desa/kelurahan of the region table in force on
    27 November 2024 (Kepmendagri 100.1.1-6117/2022): a made-up code would be an anomaly."""
    names = table_on(dt.date(2024, 11, 27)).names
    desa = sorted(code for code in names if len(code) == 10)
    tps_counts = _spread(TOTAL_TPS, len(desa), rng)
    return [d + f"{i:03d}" for d, n in zip(desa, tps_counts, strict=True) for i in range(1, n + 1)]


def electorate(codes: list[str], rng: random.Random) -> dict[str, list[int]]:
    """DPT, DPTb and the voters of each TPS; turnout varies by kab/kota (55-85 %)."""
    turnout = {c[:4]: 0.55 + 0.3 * rng.random() for c in codes}
    out: dict[str, list[int]] = {k: [] for k in ("dpt", "dptb", "vdpt", "vdptb", "vdpk")}
    rand = rng.random
    for code in codes:
        dpt = 150 + int(450 * rand())
        dptb = int(6 * rand())
        share = turnout[code[:4]] + 0.1 * (rand() - 0.5)
        out["dpt"].append(dpt)
        out["dptb"].append(dptb)
        out["vdpt"].append(int(dpt * share))
        out["vdptb"].append(int(dptb * share))
        out["vdpk"].append(int(4 * rand()))
    return out


def result_set(
    codes: list[str], voters: dict[str, list[int]], region_length: int, rng: random.Random
) -> dict[str, Any]:
    """The columns of one election's result set over ``codes``."""
    regions = dict.fromkeys(c[:region_length] for c in codes)
    pairs_of = {r: 1 if rng.random() < 0.068 else rng.randint(2, 6) for r in regions}
    weights = {r: [rng.random() + 0.2 for _ in range(pairs_of[r] + (pairs_of[r] == 1))]
               for r in regions}  # fmt: skip
    n = len(codes)
    pairs = [pairs_of[c[:region_length]] for c in codes]
    ballots = [a + b + c for a, b, c in zip(voters["vdpt"], voters["vdptb"], voters["vdpk"],
                                           strict=True)]  # fmt: skip
    invalid = [int(b * 0.04 * rng.random()) for b in ballots]
    valid = [b - i for b, i in zip(ballots, invalid, strict=True)]
    votes = [[0] * n for _ in range(6)]
    kolom_kosong = [0] * n
    rand = rng.random
    for i, code in enumerate(codes):
        w = weights[code[:region_length]]
        left = valid[i]
        parts = [int(valid[i] * x * (0.8 + 0.4 * rand()) / sum(w)) for x in w[:-1]]
        for k, v in enumerate(parts):
            v = min(v, left)  # noqa: PLW2901
            votes[k][i] = v
            left -= v
        if pairs[i] == 1:
            kolom_kosong[i] = left
        else:
            votes[len(w) - 1][i] = left
    for i in rng.sample(range(n), n // 1000):  # about 0.1 % of TPS with a slip of the pen
        valid[i] += 1
    return {
        "tps": codes, "pairs": pairs, "dpt": voters["dpt"], "dptb": voters["dptb"],
        "voters_dpt": voters["vdpt"], "voters_dptb": voters["vdptb"],
        "voters_dpk": voters["vdpk"], "ballots_used": ballots, "valid": valid,
        "invalid": invalid, "votes": votes, "kolom_kosong": kolom_kosong,
    }  # fmt: skip


def peak_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def pipeline(sets: list[dict[str, Any]]) -> tuple[list[TpsResults], int, int, int]:
    batches = [TpsResults.from_columns(**columns) for columns in sets]
    anomalies = sum(len(b.validate()) for b in batches)
    rows = 0
    for batch in batches:
        for level in LEVELS:
            rows += len(recapitulate(batch, level=level))
    decided = 0
    units = (AreaLevel.KECAMATAN, AreaLevel.KABUPATEN_KOTA)
    for batch, unit in zip(batches, units, strict=False):  # the first set may come alone
        recap = recapitulate(batch, level=unit)
        for region in sorted(region_codes(recap, unit.parent or AreaLevel.PROVINSI)):
            election = RegionCode(region).election
            if election is not None:
                decide(recap.within(region), election=election)
                decided += 1
    return batches, anomalies, rows, decided


def as_arrays(sets: list[dict[str, Any]], *, int_codes: bool) -> list[dict[str, Any]]:
    """The same columns as NumPy arrays (as a columnar reader hands them over)."""
    out = []
    for columns in sets:
        arrays = {k: np.asarray(v) for k, v in columns.items() if k not in ("tps", "votes")}
        arrays["votes"] = [np.asarray(v) for v in columns["votes"]]
        arrays["tps"] = np.asarray(columns["tps"], dtype=np.int64) if int_codes else columns["tps"]
        out.append(arrays)
    return out


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def ours_aggregation(batches: list[TpsResults]) -> float:
    fresh = [TpsResults.from_columns(**columns) for columns in batches_columns(batches)]
    start = time.perf_counter()
    for batch in fresh:
        for level in LEVELS:
            table_at(batch, level)  # the recapitulation's sums (validation is timed apart)
    return time.perf_counter() - start


def batches_columns(batches: list[TpsResults]) -> list[dict[str, Any]]:
    return [batch.to_numpy() for batch in batches]


def frames(sets: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """The same columns as pandas and polars frames (codes as strings), where installed."""
    out: dict[str, list[Any]] = {}
    flat = []
    for columns in sets:
        data = {k: np.asarray(v) for k, v in columns.items() if k not in ("tps", "votes")}
        data.update({f"paslon_{k + 1}": np.asarray(v) for k, v in enumerate(columns["votes"])})
        data["tps"] = np.asarray(columns["tps"])
        flat.append(data)
    try:
        import pandas as pd  # noqa: PLC0415 (optional, for the comparison only)

        out["pandas"] = [pd.DataFrame(data) for data in flat]
    except ImportError:
        print("pandas:  not installed; `python -m pip install pandas` to compare")
    try:
        import polars as pl  # noqa: PLC0415 (optional, for the comparison only)

        out["polars"] = [pl.DataFrame(data) for data in flat]
    except ImportError:
        print("polars:  not installed; `python -m pip install polars` to compare")
    return out


def pandas_aggregation(frames: list[Any]) -> float:
    start = time.perf_counter()
    for df in frames:
        summed = [c for c in df.columns if c not in ("tps", "pairs")]
        for level in LEVELS:
            key = df["tps"].str.slice(0, level.code_length)
            grouped = df.groupby(key, sort=True)
            grouped[summed].sum()
            grouped["pairs"].max()
            grouped.size()
    return time.perf_counter() - start


def polars_aggregation(frames: list[Any]) -> float:
    import polars as pl  # noqa: PLC0415 (optional, for the comparison only)

    start = time.perf_counter()
    for df in frames:
        summed = [c for c in df.columns if c not in ("tps", "pairs")]
        for level in LEVELS:
            key = pl.col("tps").str.slice(0, level.code_length).alias("area")
            df.group_by(key).agg(
                pl.col(summed).sum(), pl.col("pairs").max(), pl.len().alias("n")
            ).sort("area")
    return time.perf_counter() - start


def spread(values: list[float]) -> str:
    return f"{min(values):.3f}-{max(values):.3f}"


def run_rounds(sets: list[dict[str, Any]], rounds: int) -> dict[str, list[float]]:
    arrays = as_arrays(sets, int_codes=False)
    int_arrays = as_arrays(sets, int_codes=True)
    peers = frames(sets)
    batches = pipeline(arrays)[0]
    runs: dict[str, list[float]] = {}
    for _ in range(rounds):
        figures = {
            "pipeline": timed(lambda: pipeline(arrays)),
            "pipeline_int_codes": timed(lambda: pipeline(int_arrays)),
            "pipeline_lists": timed(lambda: pipeline(sets)),
            "aggregation": ours_aggregation(batches),
        }
        if "pandas" in peers:
            figures["pandas"] = pandas_aggregation(peers["pandas"])
        if "polars" in peers:
            figures["polars"] = polars_aggregation(peers["polars"])
            figures["ours/polars"] = figures["aggregation"] / figures["polars"]
        if "pandas" in peers:
            figures["ours/pandas"] = figures["aggregation"] / figures["pandas"]
        for key, value in figures.items():
            runs.setdefault(key, []).append(value)
    return runs


def subprocess_shape(name: str, seed: int) -> dict[str, Any]:
    script = Path(__file__).with_name("bench_results_shapes.py")
    done = subprocess.run(  # noqa: S603 (this interpreter, a fixed script)
        [sys.executable, str(script), name, str(seed)], capture_output=True, text=True, check=True
    )
    lines = done.stdout.strip().splitlines()
    print("  " + "\n  ".join(lines[:-1]))
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def json_round_trip(n: int, records: list[float] | None = None) -> float:
    from pilkada import from_dict, to_dict  # noqa: PLC0415

    rng = np.random.default_rng(7)
    votes = rng.integers(0, 200, (2, n))
    used = votes.sum(axis=0) + 2
    codes = [f"3316{1 + i // 5000:02d}{2001 + (i // 100) % 50:04d}{1 + i % 100:03d}"
             for i in range(n)]  # fmt: skip
    batch = TpsResults.from_columns(
        tps=codes, pairs=np.full(n, 2), dpt=np.full(n, 300), dptb=np.zeros(n, np.int64),
        voters_dpt=used, voters_dptb=np.zeros(n, np.int64), voters_dpk=np.zeros(n, np.int64),
        ballots_used=used, valid=votes.sum(axis=0), invalid=np.full(n, 2), votes=list(votes),
    )  # fmt: skip
    start = time.perf_counter()
    back = from_dict(TpsResults, json.loads(json.dumps(to_dict(batch))))
    elapsed = time.perf_counter() - start
    if list(back) != list(batch):
        raise SystemExit("the JSON round trip of the batch is not exact")
    if records is not None:  # the former format, a list of records (still read), for the ratio
        start = time.perf_counter()
        data = json.loads(json.dumps([to_dict(record) for record in batch]))
        if list(from_dict(TpsResults, data)) != list(batch):
            raise SystemExit("the JSON round trip of the records is not exact")
        records.append(time.perf_counter() - start)
    return elapsed


def main(rounds: int = 3, seed: int = 2024) -> int:
    rng = random.Random(seed)
    start = time.perf_counter()
    codes = geography(rng)
    voters = electorate(codes, rng)
    sets = [
        result_set([c for c in codes if c[:2] != "31"], voters_of(codes, voters, "31"), 4, rng),
        result_set([c for c in codes if c[:2] != "34"], voters_of(codes, voters, "34"), 2, rng),
    ]
    generated = time.perf_counter() - start
    gc.collect()
    before = peak_mb()
    _, anomalies, rows, decided = pipeline(as_arrays(sets, int_codes=False))
    peak = peak_mb()
    runs = run_rounds(sets, rounds)
    tps_rows = sum(len(s["tps"]) for s in sets)
    print(f"TPS:                 {len(codes):,} ({tps_rows:,} TPS results in 2 elections)")
    print(f"regions decided:     {decided} (target 545); {anomalies:,} anomalies, "
          f"{rows:,} recap rows; generation {generated:.1f} s (not timed)")  # fmt: skip
    print(f"numpy {np.__version__}; {rounds} rounds, min-max (seconds):")
    labels = {
        "pipeline": f"pipeline, NumPy columns (target < {TARGET_SECONDS:.0f} s)",
        "pipeline_int_codes": "pipeline, NumPy columns, int codes",
        "pipeline_lists": "pipeline, Python lists",
        "aggregation": "aggregation, ours (4 levels x 2)",
        "pandas": "aggregation, pandas groupby",
        "polars": "aggregation, polars group_by",
        "ours/polars": "ratio ours/polars (target <= 1)",
        "ours/pandas": "ratio ours/pandas",
    }
    for key, label in labels.items():
        if key in runs:
            print(f"  {label:42s} {spread(runs[key])}")
    print(f"  peak memory (RSS): {peak:.0f} MB ({before:.0f} MB after generating the input)")
    shapes = [subprocess_shape(name, seed) for name in ("legislative", "national8", "csv")]
    per_row = min(runs["pipeline_int_codes"]) / tps_rows
    big = shapes[1]
    print(f"  8x national: {big['total'] / big['rows'] / per_row:.2f}x the national time per TPS "
          f"(int codes; linear: <= 1.5x)")  # fmt: skip
    old: list[float] = []
    trips = [json_round_trip(100_000, old if not i else None) for i in range(rounds)]
    print(f"  JSON round trip, 100,000 TPS, as columns: {spread(trips)} s; as records (the "
          f"former format, once): {old[0]:.2f} s, {old[0] / min(trips):.0f}x")  # fmt: skip
    ok = (
        min(runs["pipeline"]) < TARGET_SECONDS
        and shapes[0]["total"] < 5 and shapes[0]["peak_mb"] < 2048
        and big["peak_mb"] < 2048 and shapes[2]["ours"] < 3
        and ("ours/polars" not in runs or min(runs["ours/polars"]) <= 1)
    )  # fmt: skip
    return 0 if ok else 2


def voters_of(codes: list[str], voters: dict[str, list[int]], skip: str) -> dict[str, list[int]]:
    keep = [i for i, c in enumerate(codes) if c[:2] != skip]
    return {k: [v[i] for i in keep] for k, v in voters.items()}


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:3]]
    sys.exit(main(*arguments))
