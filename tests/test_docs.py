"""The documentation site: the generated rules page, the nav, and the links into docs/.

The site itself is built by CI (`python -m mkdocs build --strict`); these tests check what can
drift without a build, in well under a second.
"""

import importlib.util
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from pilkada import DEFAULT_RULES, PEMILU_TAHAPAN_20_BULAN, PILKADA_2024, deadline_rules

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _load_hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pilkada_docs_hooks", DOCS / "hooks.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hooks = _load_hooks()


@pytest.fixture(scope="module")
def rules_page() -> str:
    return hooks.rules_markdown()


def _tables(markdown: str) -> list[list[dict[str, str]]]:
    """Every Markdown table of the page, as rows keyed by the header's cells."""
    tables, lines = [], markdown.splitlines()
    for index, line in enumerate(lines):
        if line.startswith("| ") and index + 1 < len(lines) and lines[index + 1].startswith("|---"):
            header = [cell.strip() for cell in line.strip("|").split(" | ")]
            rows = []
            for row in lines[index + 2 :]:
                if not row.startswith("| "):
                    break
                cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", row.strip()[1:-1])]
                assert len(cells) == len(header), row
                rows.append(dict(zip(header, cells, strict=True)))
            tables.append(rows)
    return tables


def _rows(markdown: str) -> list[dict[str, str]]:
    return [row for table in _tables(markdown) for row in table]


# -- the generated rules page ------------------------------------------------------------------


@pytest.mark.parametrize(
    "rules",
    [DEFAULT_RULES, (PEMILU_TAHAPAN_20_BULAN,), deadline_rules()],
    ids=["DEFAULT_RULES", "PEMILU_TAHAPAN_20_BULAN", "deadline_rules"],
)
def test_rules_page_names_every_rule_with_its_basis(rules_page, rules):
    # Several ordering rules share the code URUTAN_TAHAPAN: each needs a row of its own.
    expected = Counter((f"`{rule.code}`", hooks._text(rule.basis)) for rule in rules)
    found = Counter((row.get("code"), row.get("basis")) for row in _rows(rules_page))
    for (code, basis), count in expected.items():
        assert basis.strip(), code
        assert found[code, basis] >= count, (code, basis)


def test_every_rule_has_a_basis(rules_page):
    rows = [row for row in _rows(rules_page) if "basis" in row]
    assert len(rows) > len(DEFAULT_RULES) + len(deadline_rules())
    for row in rows:
        assert row["basis"] not in {"", "—"}, row


def test_rules_page_lists_every_2024_entry_with_its_certainty(rules_page):
    rows = {row["entry"]: row for row in _rows(rules_page) if "entry" in row}
    for entry in PILKADA_2024:
        row = rows[f"`{entry.key.name}`"]
        assert row["certainty"] == entry.certainty.value
        assert row["basis"] == hooks._text(PILKADA_2024.basis_of(entry))


def test_rules_page_lists_the_other_families(rules_page):
    for heading in (
        "## Ad hoc bodies",
        "## Grant agreements (NPHD)",
        "## Candidacy and disputes",
        "## Winner rules",
    ):
        assert heading in rules_page
    for citation in (
        "Permendagri 54/2019 Pasal 16 ayat (4)",  # the tranches
        "Putusan MK 60/PUU-XXII/2024",  # nomination since 20 August 2024
        "UU 10/2016 Pasal 158 ayat (2)",  # the dispute bar
        "UU 10/2016 Pasal 7 ayat (2) huruf e",  # the minimum age
        "PKPU 8/2022 Pasal 35",  # ad hoc eligibility
        "UU 10/2016 Pasal 54D ayat (1)",  # one pair against the kolom kosong
    ):
        assert citation in rules_page


def test_table_cells_are_escaped():
    assert hooks._text("a|b *c* [d]\n e_f") == r"a\|b \*c\* \[d\] e\_f"


# -- doctest examples in the API reference -----------------------------------------------------


def test_fence_doctests():
    text = "Use :class:`~pilkada.Rupiah`:\n>>> 1 + 1\n2\n\nThen :meth:`cite`."
    assert hooks.fence_doctests(text) == (
        "Use `Rupiah`:\n\n```pycon\n>>> 1 + 1\n2\n```\n\nThen `cite`."
    )


def test_fence_doctests_keeps_existing_fences_and_indentation():
    text = "Args:\n    x: an example.\n\n        >>> x\n        1\n\n```pycon\n>>> y\n```"
    assert hooks.fence_doctests(text) == (
        "Args:\n    x: an example.\n\n        ```pycon\n        >>> x\n        1\n        ```\n"
        "\n```pycon\n>>> y\n```"
    )


def test_images_without_the_script(tmp_path):
    assert hooks.images(tmp_path) == {}


# -- the nav and the links ---------------------------------------------------------------------


def _nav_pages(nav: object) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [page for item in nav for page in _nav_pages(item)]
    if isinstance(nav, dict):
        return [page for value in nav.values() for page in _nav_pages(value)]
    raise TypeError(nav)


@pytest.fixture(scope="module")
def nav() -> list[str]:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return _nav_pages(config["nav"])


def test_every_nav_page_exists(nav):
    assert len(nav) == len(set(nav))
    for page in nav:
        assert page == hooks.RULES_PAGE or (DOCS / page).is_file(), page


def test_every_page_is_in_the_nav(nav):
    pages = {path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md")}
    assert pages - set(nav) == set()


def test_the_rules_page_is_generated_only():
    assert not (DOCS / hooks.RULES_PAGE).exists()


def _links(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [link.split("#")[0] for link in re.findall(r"\]\(([^)\s]+\.md(?:#[^)]*)?)\)", text)]


def test_readme_links_into_docs_exist():
    links = [link for link in _links(ROOT / "README.md") if link.startswith("docs/")]
    assert links
    for link in links:
        assert (ROOT / link).is_file() or link == f"docs/{hooks.RULES_PAGE}", link


@pytest.mark.parametrize(
    "page", sorted(DOCS.rglob("*.md")), ids=lambda path: path.relative_to(DOCS).as_posix()
)
def test_links_between_pages_exist(page):
    for link in _links(page):
        if "://" in link:
            continue
        target = (page.parent / link).resolve()
        assert target.is_file() or target == (DOCS / hooks.RULES_PAGE).resolve(), link
