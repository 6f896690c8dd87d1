from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import types
from pathlib import Path

import pilkada
from pilkada import errors


def test_version_matches_the_installed_metadata():
    assert pilkada.__version__ == importlib.metadata.version("pilkada")


def test_all_lists_exactly_the_public_names():
    public = {
        name
        for name, value in vars(pilkada).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    lazy = {"PILKADA_2024", *pilkada._SERIALIZE}  # loaded on first access
    assert set(pilkada.__all__) - {"__version__"} == (public | lazy) - {"TYPE_CHECKING"}
    for name in pilkada.__all__:
        assert getattr(pilkada, name) is not None


def test_package_is_typed():
    assert (Path(pilkada.__file__).parent / "py.typed").is_file()


def test_errors_subclass_the_matching_builtins():
    assert issubclass(errors.PilkadaValueError, errors.PilkadaError)
    assert issubclass(errors.PilkadaValueError, ValueError)
    assert issubclass(errors.PilkadaTypeError, TypeError)
    assert issubclass(errors.PilkadaParseError, ValueError)
    error = errors.PilkadaValueError("amount", 5, "too small", "at least 10")
    assert (error.field, error.value, error.problem, error.rule) == (
        "amount",
        5,
        "too small",
        "at least 10",
    )
    assert str(error) == "amount: too small; at least 10"


def test_import_is_light():
    code = (
        "import sys, pilkada; "
        "heavy = [m for m in ('babel', 'holidays', 'cattrs', 'stdnum', 'num2words', 'dateutil', "
        "'matplotlib', 'pandas') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
