"""The house rules: no module over about 600 lines, no function over about 60, no import cycle.

The import layers and the private-name rule are checked by ``lint-imports`` (pyproject.toml,
run by .ci/run); this module checks what import-linter cannot.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "pilkada"
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 60

#: Offenders being split up; this list only shrinks.
TOO_LONG_MODULES: frozenset[str] = frozenset({})
TOO_LONG_FUNCTIONS: frozenset[str] = frozenset({})


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(SRC.parent).as_posix()


def _body_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Lines of a function from its first statement after the docstring to its end."""
    body = node.body
    first = body[0]
    if (
        len(body) > 1
        and isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
    ):
        first = body[1]
    end = node.end_lineno or node.lineno
    return end - first.lineno + 1


def test_no_module_is_over_600_lines():
    long = {
        _name(path): n
        for path in _modules()
        if (n := len(path.read_text("utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert set(long) <= TOO_LONG_MODULES, f"split these modules: {long}"


def test_no_function_is_over_60_lines():
    long = {}
    for path in _modules():
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = _body_lines(node)
                if lines > MAX_FUNCTION_LINES:
                    long[f"{_name(path)}::{node.name}"] = lines
    assert set(long) <= TOO_LONG_FUNCTIONS, f"split these functions: {long}"


@pytest.mark.parametrize("allowed", [TOO_LONG_MODULES, TOO_LONG_FUNCTIONS])
def test_the_allowlists_only_name_what_exists(allowed):
    paths = {_name(p) for p in _modules()}
    assert {entry.split("::")[0] for entry in allowed} <= paths


def test_the_import_graph_has_no_cycle():
    grimp = pytest.importorskip("grimp")
    graph = grimp.build_graph("pilkada", exclude_type_checking_imports=True)
    modules = sorted(graph.modules)
    for module in modules:
        for imported in graph.find_modules_directly_imported_by(module):
            path = graph.find_shortest_chain(importer=imported, imported=module)
            assert path is None, f"import cycle: {module} -> {' -> '.join(path)}"


def test_readme_architecture_matches_the_tree():
    readme = (SRC.parent.parent / "README.md").read_text("utf-8")
    section = readme.split("## Architecture", 1)[1].split("\n## ", 1)[0]
    named: set[str] = set()
    for line in section.splitlines():
        cells = line.split("|")
        if len(cells) > 3 and "`" in cells[2]:
            named |= {part.strip("` ") for part in cells[2].split(",")}
    tree = {
        f"{p.name}/" if p.is_dir() else p.name
        for p in SRC.iterdir()
        if p.name != "__pycache__" and (p.is_dir() or p.suffix == ".py")
    }
    assert named == tree, (
        f"README lists {sorted(named - tree)} that are not in the tree, "
        f"and misses {sorted(tree - named)}"
    )
