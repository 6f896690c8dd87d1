"""The fuzz suite: every public record, callable and loader given hostile input (issue #18).

Each property says the library's promise: a :class:`~pilkada.PilkadaError` or a valid
object, never anything else; and a derived record changed by one step is refused. Sized to
run in seconds; ``tools/fuzz.py`` runs the same drivers for longer and prints its counts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import inspect
import io
import json
import os
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NonInteractiveExampleWarning

import pilkada
from pilkada import Dated, PilkadaError, from_dict, from_json, to_dict, to_json
from tests.strategies import (
    STRATEGIES,
    at,
    balanced_recap_rows,
    hostile,
    json_values,
    leaf_paths,
    nudged,
    replaced,
)

FAST = settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))

#: Fields that hold any value by design: a ``Dated`` is a version of whatever it dates.
ANY_VALUE = {("Dated", "value")}

#: Derived fields, each a number the library computes from the record's other fields: changed
#: by one step, the record is one the library would not give, and loading it must fail.
DERIVED: tuple[tuple[type, str], ...] = (
    (pilkada.DisputeCheck, "max_gap"),
    (pilkada.DisputeThreshold, "share"),
    (pilkada.DisputeThreshold, "effective"),
    (pilkada.NominationCheck, "votes_needed"),
    (pilkada.NominationThreshold, "vote_share"),
    (pilkada.IndependentSupport, "minimum"),
    (pilkada.IndependentSupport, "share"),
    (pilkada.AgeCheck, "age"),
    (pilkada.AgeCheck, "minimum"),
    (pilkada.Outcome, "valid"),
    (pilkada.Outcome, "elected"),
    (pilkada.RecapRow, "valid"),
    (pilkada.RecapRow, "kolom_kosong"),
)


def public_records() -> list[type]:
    """Every attrs class in ``pilkada.__all__``."""
    found = []
    for name in pilkada.__all__:
        value = getattr(pilkada, name)
        if isinstance(value, type) and attrs.has(value):
            found.append(value)
    return found


@functools.cache
def example(cls: type) -> Any:
    """One record of ``cls`` as the library builds it (drawn once per run)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NonInteractiveExampleWarning)
        return STRATEGIES[cls].example()


def _fields() -> Iterator[tuple[type, str]]:
    for cls in public_records():
        for field in attrs.fields(cls):
            if field.init and (cls.__name__, field.name) not in ANY_VALUE:
                yield cls, field.alias or field.name


def _ids(case: tuple[type, str]) -> str:
    return f"{case[0].__name__}.{case[1]}"


FIELDS = list(_fields())


def rebuilt(record: object, name: str, value: object) -> object:
    """``record`` built again with ``value`` in the field ``name``."""
    kwargs = {f.alias or f.name: getattr(record, f.name) for f in attrs.fields(type(record))}
    kwargs[name] = value
    return type(record)(**kwargs)


# -- the records: every field of every public class ------------------------------------------


@pytest.mark.parametrize("case", FIELDS, ids=_ids)
def test_an_object_in_any_field_is_refused(case: tuple[type, str]) -> None:
    cls, name = case
    record = example(cls)
    with pytest.raises(PilkadaError) as caught:
        rebuilt(record, name, object())
    assert caught.value.field  # names what it refused


@FAST
@given(case=st.sampled_from(FIELDS), value=hostile)
def test_a_hostile_value_in_any_field_is_refused_or_kept(
    case: tuple[type, str], value: object
) -> None:
    cls, name = case
    with contextlib.suppress(PilkadaError):
        assert isinstance(rebuilt(example(cls), name, value), cls)


# -- the public functions ---------------------------------------------------------------------


def public_functions() -> list[Callable[..., object]]:
    """Every function in ``pilkada.__all__`` (classes are covered through their fields)."""
    return [
        value
        for name in pilkada.__all__
        if inspect.isfunction(value := getattr(pilkada, name))
        and name not in {"to_dict", "to_json"}  # they take any pilkada object: below
    ]


#: The functions that open a file by its path.
PATH_FUNCTIONS = {"load_schedule", "read_results_csv", "write_results_csv"}


def call_hostile(function: Callable[..., object], values: list[object], keep: list[bool]) -> object:
    """Call ``function`` with hostile values for its parameters (optional ones if ``keep``)."""
    args: list[object] = []
    kwargs: dict[str, object] = {}
    try:
        parameters = list(inspect.signature(function).parameters.values())
    except (TypeError, ValueError):  # a builtin without a signature
        return None
    for parameter, value, given_ in zip(parameters, values, keep, strict=False):
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.default is not parameter.empty and not given_:
            continue
        if parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    try:
        return function(*args, **kwargs)
    except OSError:  # a path the system cannot open is the system's error, as open() says
        if getattr(function, "__name__", "") in PATH_FUNCTIONS:
            return None
        raise


def changed_derived(value: object, step: int) -> object:
    """A derived value of plain data one step away: a number, a share or a day."""
    if isinstance(value, str) and "/" in value:  # a share: "17/200"
        return value + "1"
    if value == "1":  # the share 1
        return "1/2"
    if isinstance(value, str):  # a day
        return (dt.date.fromisoformat(value) + dt.timedelta(days=step)).isoformat()
    if value is None:
        return 1
    assert isinstance(value, int)
    return value + step


@pytest.fixture
def in_tmp(tmp_path: Any) -> Iterator[None]:
    """Run in an empty directory: a hostile text may name a file to read or write."""
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        yield
    finally:
        os.chdir(here)


@pytest.mark.parametrize("function", public_functions(), ids=lambda f: f.__name__)
@FAST
@given(
    values=st.lists(hostile, min_size=14, max_size=14),
    keep=st.lists(st.booleans(), min_size=14, max_size=14),
)
def test_a_public_function_refuses_or_answers(
    in_tmp: None, function: Callable[..., object], values: list[object], keep: list[bool]
) -> None:
    with contextlib.suppress(PilkadaError):
        call_hostile(function, values, keep)


def public_methods(obj: object) -> list[str]:
    """The public methods of ``obj``'s class, but those of the presentation layer."""
    found = []
    for name in sorted(dir(type(obj))):
        attr = getattr(type(obj), name, None)
        if name.startswith("_") or not callable(attr) or inspect.isclass(attr):
            continue
        if getattr(attr, "__module__", "").startswith("pilkada.presentation"):
            continue  # plot(), to_html(), to_pandas(): the display layer, tested there
        if getattr(attr, "__module__", "") == "collections.abc":
            continue  # Sequence.index and .count: the protocol's ValueError when not found
        found.append(name)
    return found


METHODS = [(cls, name) for cls in STRATEGIES for name in public_methods(example(cls))]


@FAST
@given(
    case=st.sampled_from(METHODS),
    values=st.lists(hostile, min_size=14, max_size=14),
    keep=st.lists(st.booleans(), min_size=14, max_size=14),
)
def test_a_public_method_refuses_or_answers(
    case: tuple[type, str], values: list[object], keep: list[bool]
) -> None:
    cls, name = case
    with contextlib.suppress(PilkadaError):
        call_hostile(getattr(example(cls), name), values, keep)


# -- the loaders: real documents, one value corrupted --------------------------------------------

LOADABLE = [cls for cls in STRATEGIES if cls is not Dated]


@pytest.mark.parametrize("cls", LOADABLE, ids=lambda c: c.__name__)
@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_corrupted_document_is_refused_or_read(cls: type, data: st.DataObject) -> None:
    plain = to_dict(data.draw(STRATEGIES[cls]))
    path = data.draw(st.sampled_from(leaf_paths(plain)))
    options = nudged(at(plain, path))
    value = data.draw(st.sampled_from(options) | json_values)
    corrupted = replaced(plain, path, value)
    loaded: object = None
    try:
        loaded = from_dict(cls, corrupted)
    except PilkadaError as refused:
        loaded = refused
    assert isinstance(loaded, cls) or loaded.field.startswith("$")  # type: ignore[union-attr]
    text = json.dumps(corrupted)
    cut = data.draw(st.integers(0, len(text)))
    with contextlib.suppress(PilkadaError):
        from_json(cls, text[:cut] + data.draw(st.text(max_size=3)) + text[cut + 1 :])


@pytest.mark.parametrize("case", DERIVED, ids=_ids)
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_corrupted_derived_record_is_refused(case: tuple[type, str], data: st.DataObject) -> None:
    cls, name = case
    # A recap row with anomalies may explain a changed count: draw one without.
    record = data.draw(balanced_recap_rows() if cls is pilkada.RecapRow else STRATEGIES[cls])
    if cls is pilkada.Outcome and name == "valid" and record.provisional is not None:
        # On anomalous forms the valid votes are the figure recorded, not derived: the
        # outcome is provisional and says so. Nothing to re-derive.
        assume(not record.provisional.anomalies)
    plain = to_dict(record)
    changed = changed_derived(plain[name], data.draw(st.sampled_from([1, -1])))
    with pytest.raises(PilkadaError) as caught:
        from_dict(cls, {**plain, name: changed})
    assert caught.value.field.startswith("$")
    # The untouched document still loads: the refusal is the change's, not the record's.
    assert from_json(cls, to_json(record)) == record


# -- what the fuzz run found, each kept as a reproduction ----------------------------------------


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: pilkada.read_results_csv(None), "source"),
        (lambda: pilkada.read_results_csv(10**5000), "source"),  # type: ignore[arg-type]
        (lambda: pilkada.read_results_csv("a\0b"), "source"),
        (lambda: pilkada.write_results_csv([], None), "target"),
        (lambda: pilkada.json_schema([]), "cls"),
        (lambda: from_dict(pilkada.Rupiah(1), "1"), "cls"),  # type: ignore[call-overload]
        (lambda: pilkada.in_force(" ", None), "versions"),
        (lambda: pilkada.in_force(None, None), "versions"),
        (lambda: pilkada.format_percent(0, decimals=10**5000), "decimals"),
        (lambda: pilkada.months_after(dt.date(2000, 1, 1), 10**5000), "months"),
        (lambda: pilkada.DEFAULT_RULES[0].check(None), "schedule"),
        (lambda: pilkada.PEMILU_TAHAPAN_20_BULAN.check(5), "schedule"),
        (lambda: example(pilkada.OversightLog).tally([]), "by"),
        (lambda: pilkada.PILKADA_2024.validate(rules=["x"]), "rules[0]"),
        (lambda: pilkada.RegionCode(10**5000), "code"),  # type: ignore[arg-type]
    ],
)
def test_what_the_fuzz_run_found_is_refused(call: Callable[[], object], field: str) -> None:
    with pytest.raises(PilkadaError) as caught:
        call()
    assert caught.value.field == field


# -- the command line: bad input never reaches the catch-all ---------------------------------------

COMMANDS = [
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
WORDS = st.sampled_from(
    ["--json", "--lang", "en", "--tanggal", "--ditandatangani", "--dpt", "--hasil", "--tingkat",
     "", "0", "-1", "x", "2024-02-30", "9" * 5000, "1,5", "\x00", "kabupaten", "nope.csv"]
) | st.text(max_size=6)  # fmt: skip


@FAST
@given(command=st.sampled_from(COMMANDS), words=st.lists(WORDS, max_size=5))
def test_the_command_line_never_reaches_its_catch_all(
    in_tmp: None, command: str, words: list[str]
) -> None:
    from pilkada.cli import main  # noqa: PLC0415 - the CLI only where it is tested

    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        main([command, *words])
    assert "galat tak terduga" not in err.getvalue()
