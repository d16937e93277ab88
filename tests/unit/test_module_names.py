"""Each module-level name in our code is bound once.

Python lets a module rebind a name, and neither ruff nor mypy flag a constant bound twice:
the later binding silently wins for every function, including those written against the
first ("_SIDES" in dedup.py once turned "bottom" into a side; "_RELATIVE_WORDS" in
forms.py had been bound twice since HELDOUT149's study).
"""

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted(
    path for top in ("services", "memstream", "bench") for path in (ROOT / top).rglob("*.py")
)


def _bound_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("module", MODULES, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(module: Path) -> None:
    names = _bound_names(ast.parse(module.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_a_name_bound_twice_is_found() -> None:
    tree = ast.parse("_SIDES = 1\ndef f() -> None: ...\n_SIDES = 2\n")
    assert _bound_names(tree)["_SIDES"] == 2
