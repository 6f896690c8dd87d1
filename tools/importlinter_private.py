"""An import-linter contract type: no module imports another module's private names.

``lint-imports`` (configured in ``pyproject.toml``) loads it from this folder (``.ci/run``
puts ``tools/`` on ``PYTHONPATH``). For every module of the root package it reads the source
and reports ``from pilkada.x import _name`` and ``x._name`` (where ``x`` is an imported
pilkada module) unless ``pilkada.x`` is the importing module itself. Dunder names
(``__version__``) are public.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from typing import Any

from importlinter import Contract, ContractCheck, fields, output


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _source(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
        return None
    return Path(spec.origin)


def _violations(module: str, root: str, modules: set[str]) -> list[str]:  # noqa: PLR0912
    path = _source(module)
    if path is None:
        return []
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found: list[str] = []
    aliases: dict[str, str] = {}  # local name -> pilkada module
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module != root and not node.module.startswith(root + "."):
                continue
            for alias in node.names:
                if node.module == module:
                    continue
                if _private(alias.name):
                    found.append(f"{module}:{node.lineno} imports {node.module}.{alias.name}")
                elif f"{node.module}.{alias.name}" in modules:
                    aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(root + ".") and alias.asname:
                    aliases[alias.asname] = alias.name
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
            and aliases[node.value.id] != module
            and _private(node.attr)
        ):
            target = aliases[node.value.id]
            found.append(f"{module}:{node.lineno} uses {target}.{node.attr}")
    return found


class PrivateNamesContract(Contract):
    """No module of ``root`` imports (or reaches into) another module's private names."""

    root = fields.StringField()

    def check(self, graph: Any, verbose: bool) -> ContractCheck:  # noqa: ANN401
        """Read every module of the root package; the contract is kept if none is found."""
        root = str(self.root)
        modules = set(graph.modules)
        found = [
            line
            for module in sorted(modules)
            if module == root or module.startswith(root + ".")
            for line in _violations(module, root, modules)
        ]
        return ContractCheck(kept=not found, metadata={"found": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        """One line per private name used across modules."""
        for line in check.metadata["found"]:
            output.print_error(line, bold=False)
            output.new_line()
