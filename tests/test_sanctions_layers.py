"""The sanctions package's stages import only from the stages before them.

Why a test: the package was split out of one 5,300-line module whose sections called each
other in cycles; the layering is what lets each stage be read and changed on its own, and
the order in ``LAYERS`` (and in the package docstring) is the one a new rule must respect.
"""

from __future__ import annotations

import ast
from pathlib import Path

import tidynews.extractors.sanctions as sanctions

LAYERS = ("vocabulary", "records", "targets", "imposers", "status", "cues", "measure", "article")
PACKAGE = Path(sanctions.__file__).parent


def _sibling_imports(module: str) -> set[str]:
    """The sanctions modules ``module`` imports (``from .x import …``), wherever in the file."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    return {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
    }


def test_every_module_is_a_listed_layer():
    modules = {path.stem for path in PACKAGE.glob("*.py")} - {"__init__"}
    assert modules == set(LAYERS)


def test_each_layer_imports_only_the_layers_before_it():
    for rank, module in enumerate(LAYERS):
        later = _sibling_imports(module) - set(LAYERS[:rank])
        assert not later, f"sanctions.{module} imports {sorted(later)}, a later stage"


def test_the_package_keeps_its_entry_points():
    assert sanctions.extract_sanctions.__module__ == "tidynews.extractors.sanctions.article"
    assert sanctions.SANCTION_COLUMNS[0] == "article_id"
