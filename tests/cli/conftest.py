"""Fixtures of the command-line tests: run a command, and the files commands read."""

from __future__ import annotations

import json

import pytest

from pilkada.cli import main
from pilkada.results import write_results_csv
from tests.strategies import KAB  # the small kabupaten the results tests use too


@pytest.fixture
def run(capsys):
    """``run(*argv)``: the exit status, stdout and stderr of ``python -m pilkada ARGV``."""

    def run(*argv):
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def run_json(run):
    """``run_json(*argv)``: the exit status and the document of ``ARGV --json``."""

    def run_json(*argv):
        code, out, err = run(*argv, "--json")
        assert err == ""
        return code, json.loads(out)

    return run_json


@pytest.fixture
def hasil(tmp_path):
    """The five TPS of KAB as a results CSV."""
    path = tmp_path / "hasil.csv"
    write_results_csv(KAB, path)
    return path


@pytest.fixture
def anomalous(tmp_path):
    """KAB with one TPS whose valid votes do not add up."""
    path = tmp_path / "anomali.csv"
    write_results_csv(KAB, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    cells = lines[1].split(",")
    cells[8] = str(int(cells[8]) + 1)  # suara_sah one more than the votes
    lines[1] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def psu(tmp_path):
    """A custom schedule whose campaign runs into the masa tenang."""
    path = tmp_path / "psu.toml"
    path.write_text(
        'name = "PSU Contoh"\nvoting_day = 2025-08-27\n'
        "[stages.KAMPANYE]\nstart = 2025-07-25\nend = 2025-08-24\n",
        encoding="utf-8",
    )
    return path
