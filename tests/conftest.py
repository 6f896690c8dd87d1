"""Test configuration: Hypothesis profiles.

The ``ci`` profile (chosen when the ``CI`` environment variable is set) is derandomised so a
red CI run can be reproduced exactly; locally the examples vary from run to run.
"""

from __future__ import annotations  # pytest.TerminalReporter is public only from pytest 8.1

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """With ``--cov`` (README's test command), print line and branch coverage apart.

    coverage.py's own total mixes lines and branches; the project's targets name each.
    """
    plugin = config.pluginmanager.getplugin("_cov")
    cov = getattr(getattr(plugin, "cov_controller", None), "cov", None)
    if cov is None or getattr(plugin, "cov_total", None) is None:
        return
    from coverage.exceptions import CoverageException  # noqa: PLC0415 (only with --cov)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "coverage.json"
        try:
            cov.json_report(outfile=str(path))
        except CoverageException:  # no data: pytest-cov has said so already
            return
        totals = json.loads(path.read_text("utf-8"))["totals"]
    terminalreporter.write_line(
        f"coverage: lines {totals['percent_statements_covered']:.2f} %, "
        f"branches {totals['percent_branches_covered']:.2f} % "
        f"({totals['covered_lines']}/{totals['num_statements']} lines, "
        f"{totals['covered_branches']}/{totals['num_branches']} branches)"
    )
