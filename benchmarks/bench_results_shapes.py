"""Result sets of other shapes, each timed in a fresh process: run by ``bench_results.py``.

Run: ``python benchmarks/bench_results_shapes.py SHAPE [SEED]`` with SHAPE one of

* ``legislative``: 820,000 TPS x 18 vote columns (a DPRD election's shape: 18 parties), built,
  validated and recapitulated to desa, kecamatan, kab/kota and provinsi. Targets: < 5 s,
  < 2 GB peak (resident set).
* ``national8``: 8x the national benchmark (6,886,000 TPS results, up to 6 pairs), built,
  validated, recapitulated to four levels, and each bupati/wali kota election decided.
  Targets: < 2 GB peak and linear (time per TPS within 1.5x the national figure).
* ``csv``: the national-size CSV (860,750 rows, 6 pairs) read by ``read_results_csv``, comma-
  and semicolon-separated, and by pandas, polars and pyarrow. Target: < 3 s.

Columns are generated with NumPy, sorted by TPS code (codes as 13-digit ints), and handed
over as a pyarrow Table (``TpsResults.from_arrow``): the batch shares Arrow's memory instead of
copying it (without pyarrow, NumPy arrays are copied). The last line printed is a
JSON object of the figures, read by ``bench_results.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from pilkada.regions import AreaLevel
from pilkada.results import TpsResults, decide, read_results_csv, recapitulate
from pilkada.results.recap import region_codes
from pilkada.wilayah import table_on

LEVELS = (AreaLevel.DESA, AreaLevel.KECAMATAN, AreaLevel.KABUPATEN_KOTA, AreaLevel.PROVINSI)
NATIONAL = 860_750


def peak_mb() -> float:
    """This process's peak resident set, in MB (VmHWM: not inherited from the parent)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def desa_codes(rng: np.random.Generator) -> np.ndarray:
    """The desa/kelurahan codes (10 digits, as ints) of the region table in force on
    27 November 2024, sorted: made-up codes would each be an anomaly. Jakarta (31) is left
    out: its kota elect no wali kota."""
    names = table_on(dt.date(2024, 11, 27)).names
    desa = (int(code) for code in names if len(code) == 10 and code[:2] != "31")
    return np.array(sorted(desa), dtype=np.int64)


def tps_codes(n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` TPS codes (13 digits, as ints), spread evenly over the desa, sorted."""
    desa = desa_codes(rng)
    base, extra = divmod(n, len(desa))
    counts = np.full(len(desa), base, dtype=np.int64)
    counts[rng.choice(len(desa), extra, replace=False)] += 1
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    return np.repeat(desa * 1000, counts) + (np.arange(n) - starts) + 1


FIELDS = ("pairs", "dpt", "dptb", "voters_dpt", "voters_dptb", "voters_dpk", "ballots_used",
          "valid", "invalid", "kolom_kosong")  # fmt: skip
CHUNK = 500_000  # rows generated at a time: the generator's own memory stays small


def synthetic(n: int, slots: int, rng: np.random.Generator, *, pairs: int | None = None) -> dict:
    """The columns of ``n`` TPS; ``pairs`` on every ballot, or 1 to ``slots`` per kab/kota."""
    codes = tps_codes(n, rng)
    kab = codes // 10**9
    uniq, where = np.unique(kab, return_inverse=True)
    drawn = rng.integers(1, slots + 1, len(uniq)) if pairs is None else np.full(len(uniq), pairs)
    pairs_col = drawn[where].astype(np.int64)
    del kab, where
    columns: dict[str, Any] = {name: np.empty(n, dtype=np.int64) for name in FIELDS}
    votes = np.empty((slots, n), dtype=np.int64)
    for start in range(0, n, CHUNK):
        part = slice(start, min(start + CHUNK, n))
        _fill(columns, votes, part, pairs_col[part], rng)
    columns["pairs"][:] = pairs_col
    slips = rng.choice(n, n // 1000, replace=False)  # about 0.1 % of TPS miscounted
    columns["valid"][slips] += 1
    columns = {"tps": codes, **columns, "votes": list(votes)}
    for value in (*columns.values(), *columns["votes"]):
        if isinstance(value, np.ndarray):
            value.setflags(write=False)  # as an Arrow column: shared, not copied
    return columns


def _fill(
    columns: dict, votes: np.ndarray, part: slice, pairs: np.ndarray, rng: np.random.Generator
) -> None:
    m = len(pairs)
    dpt = 150 + rng.integers(0, 450, m)
    dptb = rng.integers(0, 6, m)
    share = rng.uniform(0.55, 0.85, m)
    vdpt = (dpt * share).astype(np.int64)
    vdptb = (dptb * share).astype(np.int64)
    vdpk = rng.integers(0, 4, m)
    ballots = vdpt + vdptb + vdpk
    invalid = (ballots * 0.04 * rng.random(m)).astype(np.int64)
    valid = ballots - invalid
    # Votes: a random share for each pair on the ballot (and the kolom kosong for one pair).
    slots = len(votes)
    weights = rng.random((slots + 1, m)) + 0.2
    weights[1:][np.arange(1, slots + 1)[:, None] > pairs] = 0  # slot k holds pair k
    weights[0][pairs > 1] = 0  # slot 0 is the kolom kosong
    shares = (valid * weights / weights.sum(axis=0)).astype(np.int64)
    shares[1] += valid - shares.sum(axis=0)  # pair 1 takes the rounding: the sum is exact
    for name, values in (
        ("dpt", dpt),
        ("dptb", dptb),
        ("voters_dpt", vdpt),
        ("voters_dptb", vdptb),
        ("voters_dpk", vdpk),
        ("ballots_used", ballots),
        ("valid", valid),
        ("invalid", invalid),
        ("kolom_kosong", shares[0]),
    ):
        columns[name][part] = values  # fmt: skip
    votes[:, part] = shares[1:]


def as_arrow(columns: dict) -> object:
    """The columns as a pyarrow Table (sharing their memory), or None without pyarrow."""
    try:
        import pyarrow as pa  # noqa: PLC0415 (optional)
    except ImportError:
        return None
    data = {k: pa.array(v) for k, v in columns.items() if k != "votes"}
    data.update({f"votes_{k}": pa.array(v) for k, v in enumerate(columns["votes"], start=1)})
    return pa.table(data)


def run_pipeline(columns: dict, *, decide_unit: AreaLevel | None) -> dict[str, float]:
    figures: dict[str, float] = {}
    table = as_arrow(columns)
    start = time.perf_counter()
    batch = TpsResults.from_columns(**columns) if table is None else TpsResults.from_arrow(table)
    figures["build"] = time.perf_counter() - start
    anomalies = len(batch.validate())
    figures["validate"] = time.perf_counter() - start - figures["build"]
    mark = time.perf_counter()
    for level in LEVELS:
        recapitulate(batch, level=level)
    figures["recap"] = time.perf_counter() - mark
    decided = 0
    if decide_unit is not None:
        mark = time.perf_counter()
        recap = recapitulate(batch, level=decide_unit)
        for region in sorted(region_codes(recap, AreaLevel.KABUPATEN_KOTA)):
            decide(recap.within(region), election="bupati" if region[2] != "7" else "wali_kota")
            decided += 1
        figures["decide"] = time.perf_counter() - mark
    figures["total"] = time.perf_counter() - start
    figures["anomalies"] = anomalies
    figures["decided"] = decided
    return figures


def shape(name: str, seed: int) -> dict[str, Any]:
    rng = np.random.default_rng(seed)
    if name == "legislative":
        columns = synthetic(820_000, 18, rng, pairs=18)
        unit = None
    else:
        columns = synthetic(8 * NATIONAL, 6, rng)
        unit = AreaLevel.KECAMATAN
    before = peak_mb()
    figures = run_pipeline(columns, decide_unit=unit)
    rows = len(columns["tps"])
    print(f"{name}: {rows:,} TPS x {len(columns['votes'])} vote columns: "
          f"{figures['total']:.2f} s (build {figures['build']:.2f}, validate "
          f"{figures['validate']:.2f}, recap x4 {figures['recap']:.2f}"
          + (f", decide {figures.get('decide', 0):.2f} [{figures['decided']} regions]"
             if unit else "")
          + f"); peak RSS {peak_mb():.0f} MB ({before:.0f} MB with the input)")  # fmt: skip
    return {"shape": name, "rows": rows, **figures, "peak_mb": peak_mb(), "input_mb": before}


def csv_reading(seed: int) -> dict[str, Any]:
    rng = np.random.default_rng(seed)
    columns = synthetic(NATIONAL, 6, rng)
    batch = TpsResults.from_columns(**columns)
    figures: dict[str, Any] = {"shape": "csv", "rows": len(batch)}
    with tempfile.TemporaryDirectory() as folder:
        comma = Path(folder) / "hasil.csv"
        semicolon = Path(folder) / "hasil-excel.csv"
        frame = batch.to_pandas()
        frame.columns = ["kode_tps", *(c for c in _csv_names(batch.pair_slots))]
        frame["kode_tps"] = frame["kode_tps"].str.replace(".", "")  # as write_results_csv
        frame.to_csv(comma, index=False)
        frame.to_csv(semicolon, index=False, sep=";")
        del frame
        read_results_csv(io.StringIO(comma.read_text()[:2000].rsplit("\n", 1)[0]))  # warm up
        figures["ours"] = _timed(lambda: read_results_csv(comma))
        figures["ours_semicolon"] = _timed(lambda: read_results_csv(semicolon))
        figures.update(_peers(comma))
    peers = ", ".join(
        f"{k} {figures[k]:.2f} s" for k in ("pandas", "polars", "pyarrow") if k in figures
    )
    print(f"csv ({NATIONAL:,} rows): ours {figures['ours']:.2f} s, semicolon "
          f"{figures['ours_semicolon']:.2f} s; {peers}")  # fmt: skip
    return figures


def _csv_names(slots: int) -> list[str]:
    from pilkada.results.fields import COLUMN_OF  # noqa: PLC0415

    return [*COLUMN_OF.values(), *(f"paslon_{k}" for k in range(1, slots + 1))]


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _peers(path: Path) -> dict[str, float]:
    figures = {}
    try:
        import pandas as pd  # noqa: PLC0415

        figures["pandas"] = _timed(lambda: pd.read_csv(path, dtype={"kode_tps": str}))
    except ImportError:
        pass
    try:
        import polars as pl  # noqa: PLC0415

        figures["polars"] = _timed(
            lambda: pl.read_csv(path, schema_overrides={"kode_tps": pl.Utf8})
        )
    except ImportError:
        pass
    try:
        import pyarrow as pa  # noqa: PLC0415
        import pyarrow.csv as pacsv  # noqa: PLC0415

        options = pacsv.ConvertOptions(column_types={"kode_tps": pa.string()})
        figures["pyarrow"] = _timed(lambda: pacsv.read_csv(path, convert_options=options))
    except ImportError:
        pass
    return figures


def main() -> int:
    name = sys.argv[1] if len(sys.argv) > 1 else "legislative"
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 2024
    result = csv_reading(seed) if name == "csv" else shape(name, seed)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
