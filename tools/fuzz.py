"""The long fuzz run of issue #18: the drivers of ``tests/test_fuzz.py``, for longer, counted.

Run from the repository root::

    python tools/fuzz.py                 # about 20,000 inputs
    python tools/fuzz.py --scale 5       # five times as many
    python tools/fuzz.py --seed 7        # another sequence

It drives every public record (a hostile value in one field), every public function (hostile
arguments), every public method of one record of each class, the loaders (real documents
serialised by the library with one value corrupted, as data and as JSON text), the derived
records (one derived number changed: must be refused) and the command line (random argument
lists: the "galat tak terduga" catch-all must never be reached). It prints, per driver, the
inputs tried, the PilkadaErrors, the valid objects and every other exception by type, with
one reproduction of each. The exit status is 1 if anything but a PilkadaError escaped, or a
corrupted derived record was accepted.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from hypothesis import HealthCheck, Phase, assume, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from tests.strategies import (  # noqa: E402
    STRATEGIES,
    at,
    balanced_recap_rows,
    hostile,
    json_values,
    leaf_paths,
    nudged,
    replaced,
)
from tests.test_fuzz import (  # noqa: E402
    DERIVED,
    FIELDS,
    LOADABLE,
    call_hostile,
    changed_derived,
    public_functions,
    public_methods,
    rebuilt,
)

import pilkada  # noqa: E402
from pilkada import PilkadaError, from_dict, from_json, to_dict  # noqa: E402
from pilkada.cli import main as cli_main  # noqa: E402
from pilkada.errors import shown  # noqa: E402

Tally = dict[str, Counter[str]]
SAMPLES: dict[tuple[str, str], str] = {}


def record(tally: Tally, driver: str, action: Callable[[], object], what: str) -> None:
    """Run ``action`` and count what came of it: valid, PilkadaError, or another exception."""
    counts = tally.setdefault(driver, Counter())
    counts["inputs"] += 1
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            action()
    except PilkadaError:
        counts["PilkadaError"] += 1
    except Exception as exc:
        name = type(exc).__name__
        counts[f"other: {name}"] += 1
        SAMPLES.setdefault((driver, name), f"{what}: {str(exc)[:160]}")
    else:
        counts["valid"] += 1


def _settings(examples: int, run_seed: int) -> Callable[[Any], Any]:
    def wrap(test: Any) -> Any:  # noqa: ANN401
        configured = settings(
            max_examples=examples,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )(test)
        return seed(run_seed)(configured)

    return wrap


# -- the drivers ---------------------------------------------------------------------------------


def drive_records(tally: Tally, n: int, run_seed: int) -> None:
    """A hostile value in one field of a public record."""
    cases = list(FIELDS)

    @_settings(n, run_seed)
    @given(case=st.sampled_from(cases), value=hostile, data=st.data())
    def run(case: tuple[type, str], value: object, data: st.DataObject) -> None:
        cls, name = case
        base = data.draw(STRATEGIES[cls])
        record(
            tally,
            "records",
            lambda: rebuilt(base, name, value),
            f"{cls.__name__}.{name}={shown(value)[:60]}",
        )

    run()


def drive_functions(tally: Tally, n: int, run_seed: int) -> None:
    """Every public function with hostile arguments."""

    @_settings(n, run_seed)
    @given(
        function=st.sampled_from(public_functions()),
        values=st.lists(hostile, min_size=14, max_size=14),
        keep=st.lists(st.booleans(), min_size=14, max_size=14),
    )
    def run(function: Callable[..., object], values: list[object], keep: list[bool]) -> None:
        record(
            tally, "functions", lambda: call_hostile(function, values, keep),
            f"{function.__name__}{shown(tuple(values))[:100]} keep={keep}",
        )  # fmt: skip

    run()


def drive_methods(tally: Tally, n: int, run_seed: int) -> None:
    """Every public method of a record of each public class, with hostile arguments."""
    classes = list(STRATEGIES)

    @_settings(n, run_seed)
    @given(
        cls=st.sampled_from(classes),
        data=st.data(),
        values=st.lists(hostile, min_size=14, max_size=14),
        keep=st.lists(st.booleans(), min_size=14, max_size=14),
    )
    def run(cls: type, data: st.DataObject, values: list[object], keep: list[bool]) -> None:
        obj = data.draw(STRATEGIES[cls])
        methods = [getattr(obj, name) for name in public_methods(obj)]
        if not methods:
            return
        method = data.draw(st.sampled_from(methods))
        record(
            tally, "methods", lambda: call_hostile(method, values, keep),
            f"{cls.__name__}.{method.__name__}{shown(tuple(values))[:100]} keep={keep}",
        )  # fmt: skip

    run()


def drive_loaders(tally: Tally, n: int, run_seed: int) -> None:
    """A real document with one value corrupted, as data and as JSON text."""

    @_settings(n, run_seed)
    @given(cls=st.sampled_from(LOADABLE), data=st.data())
    def run(cls: type, data: st.DataObject) -> None:
        plain = to_dict(data.draw(STRATEGIES[cls]))
        path = data.draw(st.sampled_from(leaf_paths(plain)))
        value = data.draw(st.sampled_from(nudged(at(plain, path))) | json_values | hostile)
        corrupted = replaced(plain, path, value)
        record(
            tally,
            "loaders (data)",
            lambda: from_dict(cls, corrupted),
            f"{cls.__name__} {path}={shown(value)[:60]}",
        )
        try:
            text = json.dumps(corrupted)
        except (TypeError, ValueError):
            return  # a hostile value JSON cannot hold
        cut = data.draw(st.integers(0, len(text)))
        mutated = text[:cut] + data.draw(st.text(max_size=3)) + text[cut + 1 :]
        record(
            tally,
            "loaders (JSON)",
            lambda: from_json(cls, mutated),
            f"{cls.__name__} {shown(mutated)[:100]}",
        )

    run()


def drive_derived(tally: Tally, n: int, run_seed: int) -> None:
    """A derived number changed by one step: the record must be refused."""

    @_settings(n, run_seed)
    @given(case=st.sampled_from(DERIVED), data=st.data())
    def run(case: tuple[type, str], data: st.DataObject) -> None:
        cls, name = case
        strategy = balanced_recap_rows() if cls is pilkada.RecapRow else STRATEGIES[cls]
        record = data.draw(strategy)
        if cls is pilkada.Outcome and name == "valid" and record.provisional is not None:
            # On anomalous forms the valid votes are the figure recorded, not derived (the
            # outcome is provisional and says so): nothing to re-derive, as in the tests.
            assume(not record.provisional.anomalies)
        plain = to_dict(record)
        corrupted = {
            **plain,
            name: changed_derived(plain[name], data.draw(st.sampled_from([1, -1]))),
        }
        counts = tally.setdefault("derived (changed by one)", Counter())
        counts["inputs"] += 1
        try:
            from_dict(cls, corrupted)
        except PilkadaError:
            counts["PilkadaError (refused)"] += 1
        except Exception as exc:
            counts[f"other: {type(exc).__name__}"] += 1
        else:
            counts["other: ACCEPTED CORRUPTED"] += 1
            SAMPLES.setdefault(("derived", cls.__name__), f"{cls.__name__}.{name}: {corrupted}")

    run()


def _cli_words() -> list[str]:
    from pilkada.cli.app import build_parser  # noqa: PLC0415

    _, commands = build_parser("id")
    words = ["--json", "--lang", "en", "id", "--help"]
    for name, parser in commands.items():
        words.append(name)
        for action in parser._actions:
            words.extend(action.option_strings)
    return sorted(set(words))


def drive_cli(tally: Tally, n: int, run_seed: int) -> None:
    """Random argument lists: the catch-all must never be reached."""
    commands = [
        "jadwal",
        "hibah",
        "adhoc",
        "ambang",
        "sengketa",
        "laporan",
        "rekap",
        "rupiah",
        "tanggal",
    ]
    words = _cli_words()
    values = st.sampled_from(
        ["", "0", "-1", "x", "2024-11-27", "2024-02-30", "9" * 5000, "1e9", "Rp1.000,00", "\x00",
         "kabupaten", "provinsi", "nope.csv", "33", "3316", "1,5", "NaN", "2**63",
         "18446744073709551616"]
    ) | st.text(max_size=8)  # fmt: skip
    argv_strategy = st.tuples(
        st.sampled_from(commands), st.lists(st.sampled_from(words) | values, max_size=6)
    ).map(lambda p: [p[0], *p[1]])

    @_settings(n, run_seed)
    @given(argv=argv_strategy)
    def run(argv: list[str]) -> None:
        counts = tally.setdefault("cli", Counter())
        counts["inputs"] += 1
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            try:
                status = cli_main(argv)
            except Exception as exc:
                counts[f"other: {type(exc).__name__} escaped main"] += 1
                return
        text = err.getvalue()
        if "galat tak terduga" in text or "unexpected error" in text:
            counts["other: galat tak terduga"] += 1
            SAMPLES.setdefault(("cli", text[:60]), f"{shown(argv)[:160]}: {text.strip()[:200]}")
        else:
            counts[f"exit {status}"] += 1

    run()


DRIVERS: dict[str, tuple[Callable[[Tally, int, int], None], int]] = {
    "records": (drive_records, 5000),
    "functions": (drive_functions, 5000),
    "methods": (drive_methods, 3000),
    "loaders": (drive_loaders, 3000),
    "derived": (drive_derived, 1000),
    "cli": (drive_cli, 2000),
}


def main() -> int:
    """Run the drivers and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="times the default counts")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--only", choices=sorted(DRIVERS), action="append")
    args = parser.parse_args()
    tally: Tally = {}
    with tempfile.TemporaryDirectory() as scratch:
        here = os.getcwd()
        os.chdir(scratch)  # a hostile text may name a file to write
        try:
            for name, (drive, count) in DRIVERS.items():
                if args.only and name not in args.only:
                    continue
                start = time.perf_counter()
                drive(tally, max(1, int(count * args.scale)), args.seed)
                print(f"{name}: done in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        finally:
            os.chdir(here)
    return report(tally)


def report(tally: Tally) -> int:
    """Print the counts; 1 if anything but a PilkadaError escaped."""
    bad = 0
    total = Counter[str]()
    print(f"{'driver':<26} {'inputs':>8} {'PilkadaError':>13} {'valid':>8}  other")
    for driver, counts in tally.items():
        total.update(counts)
        refused = counts["PilkadaError"] + counts["PilkadaError (refused)"]
        valid = counts["valid"] + sum(v for k, v in counts.items() if k.startswith("exit "))
        other = {k[7:]: v for k, v in counts.items() if k.startswith("other: ")}
        bad += sum(other.values())
        shown = ", ".join(f"{k} {v}" for k, v in sorted(other.items())) or "none"
        print(f"{driver:<26} {counts['inputs']:>8} {refused:>13} {valid:>8}  {shown}")
        exits = {k: v for k, v in counts.items() if k.startswith("exit ")}
        if exits:
            print(f"{'':<26} exit codes: {dict(sorted(exits.items()))}")
    print(f"{'all':<26} {total['inputs']:>8}  other exceptions: {bad}")
    for (driver, kind), sample in sorted(SAMPLES.items()):
        print(f"  [{driver}] {kind}: {sample}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
