"""A national Pilkada result set: validation and recapitulation to every level.

Run: ``python benchmarks/bench_results.py [SEED]``. Generates a reproducible synthetic result
set shaped like Pilkada 2024 (shared/domain.md §8): 435,089 TPS in 83,731 desa, 7,277
kecamatan, 514 kab/kota and 38 provinces; the bupati/wali kota elections of the 508 kab/kota
outside Jakarta and the governor elections of the 37 provinces other than DIY (545 regions),
each with 1 to 6 pairs (1: against the kolom kosong), realistic turnout and a few anomalies.

The timed pipeline builds both batches, validates every TPS and recapitulates to desa,
kecamatan, kab/kota and provinsi, then decides every region. Targets: under 3 s and 1 GB
peak (resident set). The aggregation step alone (the four recapitulations of both sets) is
compared with the same groupby-sum done by pandas on the same columns: target within 3x.

pandas is only needed for that comparison: ``python -m pip install pandas``. Without it the
script still times the pipeline and says how to install it.
"""

from __future__ import annotations

import gc
import random
import resource
import sys
import time
from typing import Any

from pilkada.regions import PROVINCES, AreaLevel, RegionCode
from pilkada.results import TpsResults, decide, recapitulate

TARGET_SECONDS = 3.0
TARGET_MB = 1024
TARGET_RATIO = 3.0
TOTAL_TPS = 435_089
TOTAL_DESA = 83_731
TOTAL_KECAMATAN = 7_277
TOTAL_KAB_KOTA = 514  # 508 autonomous + Jakarta's 6 administrative
LEVELS = (AreaLevel.DESA, AreaLevel.KECAMATAN, AreaLevel.KABUPATEN_KOTA, AreaLevel.PROVINSI)


def _spread(total: int, parts: int, rng: random.Random) -> list[int]:
    """``parts`` counts that add up to ``total``, each the floor or one more, shuffled."""
    base, extra = divmod(total, parts)
    counts = [base + 1] * extra + [base] * (parts - extra)
    rng.shuffle(counts)
    return counts


def geography(rng: random.Random) -> list[str]:
    """435,089 TPS codes, sorted, under real province codes."""
    provinces = list(PROVINCES)
    kab_kota: list[str] = []
    special = {"31": (["01"], 5), "34": (["01", "02", "03", "04"], 1)}
    others = [p for p in provinces if p not in special]
    rest = _spread(TOTAL_KAB_KOTA - 6 - 5, len(others), rng)
    for prov in provinces:
        if prov in special:
            kab, kota = special[prov]
        else:
            count = rest[others.index(prov)]
            kab, kota = [f"{i:02d}" for i in range(1, count - count // 5 + 1)], count // 5
        kab_kota += [prov + k for k in kab] + [prov + str(71 + i) for i in range(kota)]
    kec_counts = _spread(TOTAL_KECAMATAN, len(kab_kota), rng)
    kecamatan = [kk + f"{i:02d}" for kk, n in zip(kab_kota, kec_counts, strict=True)
                 for i in range(1, n + 1)]  # fmt: skip
    desa_counts = _spread(TOTAL_DESA, len(kecamatan), rng)
    desa = [kec + f"{2000 + i:04d}" for kec, n in zip(kecamatan, desa_counts, strict=True)
            for i in range(1, n + 1)]  # fmt: skip
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
        length = unit.parent.code_length if unit.parent else 2
        for region in dict.fromkeys(str(row.area)[: length + length // 2 - 1] for row in recap):
            election = RegionCode(region).election
            if election is not None:
                decide(recap.within(region), election=election)
                decided += 1
    return batches, anomalies, rows, decided


def ours_aggregation(sets: list[dict[str, Any]]) -> float:
    batches = [TpsResults.from_columns(**columns) for columns in sets]
    for batch in batches:
        batch.validate()  # a separate step, timed in the pipeline
    start = time.perf_counter()
    for batch in batches:
        for level in LEVELS:
            recapitulate(batch, level=level)
    return time.perf_counter() - start


def pandas_aggregation(sets: list[dict[str, Any]]) -> float | None:
    try:
        import pandas as pd  # noqa: PLC0415 (optional, for the comparison only)
    except ImportError:
        print("pandas:              not installed; `python -m pip install pandas` to compare")
        return None
    frames = []
    for columns in sets:
        data = {k: v for k, v in columns.items() if k != "votes"}
        data.update({f"paslon_{k + 1}": v for k, v in enumerate(columns["votes"])})
        frames.append(pd.DataFrame(data))
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


def main(seed: int = 2024) -> int:
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
    start = time.perf_counter()
    _, anomalies, rows, decided = pipeline(sets)
    elapsed = time.perf_counter() - start
    peak = peak_mb()
    start = time.perf_counter()
    pipeline(sets[:1])
    one = time.perf_counter() - start
    ours = min(ours_aggregation(sets) for _ in range(3))
    theirs_runs = [pandas_aggregation(sets) for _ in range(3)]
    theirs = None if theirs_runs[0] is None else min(t for t in theirs_runs if t is not None)
    tps_rows = sum(len(s["tps"]) for s in sets)
    print(f"TPS:                 {len(codes):,} ({tps_rows:,} TPS results in 2 elections)")
    print(f"regions decided:     {decided} (target 545)")
    print(f"generation:          {generated:.2f} s (not timed)")
    print(f"pipeline:            {elapsed:.2f} s (target < {TARGET_SECONDS:.0f} s): build, "
          f"validate ({anomalies:,} anomalies), recapitulate ({rows:,} rows), decide")  # fmt: skip
    print(f"one election:        {one:.2f} s ({len(sets[0]['tps']):,} TPS, bupati/wali kota)")
    print(f"peak memory (RSS):   {peak:.0f} MB (target < {TARGET_MB} MB; {before:.0f} MB "
          "after generating the input)")  # fmt: skip
    print(f"aggregation, ours:   {ours:.3f} s (4 levels x 2 elections)")
    ratio = None
    if theirs is not None:
        ratio = ours / theirs
        print(f"aggregation, pandas: {theirs:.3f} s (groupby on the code prefix)")
        print(f"ratio ours/pandas:   {ratio:.2f}x (target <= {TARGET_RATIO:.0f}x)")
    ok = elapsed < TARGET_SECONDS and peak < TARGET_MB and (ratio is None or ratio <= TARGET_RATIO)
    return 0 if ok else 2


def voters_of(codes: list[str], voters: dict[str, list[int]], skip: str) -> dict[str, list[int]]:
    keep = [i for i, c in enumerate(codes) if c[:2] != skip]
    return {k: [v[i] for i in keep] for k, v in voters.items()}


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 2024))
