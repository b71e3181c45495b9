"""The shipped notebooks: each .ipynb and its jupytext .py say the same, declare the papermill
parameters, and carry clean committed outputs (what nbval then checks cell by cell)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import jupytext
import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
EXPECTED = [
    "00_overview",
    "10_recognitions",
    "20_sanctions",
    "30_refugees",
    "40_outlets",
    "90_explorer",
]
PARAMETERS = {"corpus", "case", "outlets", "start", "end", "tables"}
# What must never be in a committed output: a machine's paths, a clock time, an error.
MACHINE_PATH = re.compile(r"(/work/|/home/|/tmp/|/root/|[A-Z]:\\\\Users)")
CLOCK_TIME = re.compile(r"\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}")
# A cell that draws: its output is plot JSON, checked by the chart tests, not by nbval.
DRAWS = re.compile(r"\b(charts\.show|explore)\(")
PLOTLY_MIME = "application/vnd.plotly.v1+json"


def cells(notebook: nbformat.NotebookNode) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (cell.cell_type, cell.source.strip(), tuple(cell.metadata.get("tags", ())))
        for cell in notebook.cells
    ]


def test_the_notebooks_are_there_in_pairs():
    ipynb = sorted(path.stem for path in NOTEBOOKS.glob("*.ipynb"))
    scripts = sorted(path.stem for path in NOTEBOOKS.glob("*.py"))
    assert ipynb == EXPECTED
    assert scripts == EXPECTED


@pytest.fixture(params=EXPECTED)
def name(request: pytest.FixtureRequest) -> str:
    return request.param


def test_ipynb_and_py_are_in_sync(name: str):
    script = jupytext.read(NOTEBOOKS / f"{name}.py")
    notebook = jupytext.read(NOTEBOOKS / f"{name}.ipynb")
    assert cells(script) == cells(notebook), (
        f"{name}.ipynb and {name}.py differ: edit the .py, then run "
        "`python -m tidynews.notebook notebooks` to rebuild and re-execute the .ipynb"
    )
    assert notebook.metadata["jupytext"]["formats"] == "ipynb,py:percent"
    assert notebook.metadata["kernelspec"]["name"] == "python3"


def test_parameters_cell_declares_every_parameter_then_load_checks_them(name: str):
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    tagged = [i for i, cell in enumerate(code) if "parameters" in cell.metadata.get("tags", [])]
    assert len(tagged) == 1
    parameters = code[tagged[0]]
    assigned = {
        target.id
        for node in ast.parse(parameters.source).body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    assert assigned == PARAMETERS
    # defaults are literals (papermill replaces them; nothing is computed there)
    for node in ast.parse(parameters.source).body:
        ast.literal_eval(node.value)
    following = code[tagged[0] + 1].source
    call = re.search(r"load\(([^)]*)\)", following)
    assert call, f"{name}: the cell after the parameters must call load(...)"
    assert {f"{p}={p}" for p in PARAMETERS} <= {arg.strip() for arg in call.group(1).split(",")}


def test_committed_outputs_are_clean_and_complete(name: str):
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.execution_count is not None for cell in code), "run every cell"
    assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1))
    assert "widgets" not in notebook.metadata
    for cell in code:
        tags = cell.metadata.get("tags", [])
        if DRAWS.search(cell.source):
            assert "nbval-ignore-output" in tags, cell.source
        for output in cell.outputs:
            assert output.output_type != "error", f"{name}: {output.get('evalue')}"
            if output.output_type == "stream":
                assert output.name == "stdout", output.text
                texts = [output.text]
            else:
                data = output.get("data", {})
                # a figure's JSON holds its data's dates (2019-01-23T00:00:00), not clock times
                texts = [str(data.get("text/plain", ""))]
                if PLOTLY_MIME not in data:
                    texts.extend(str(value) for value in data.values())
            for text in texts:
                assert not MACHINE_PATH.search(text), f"{name}: a machine's path in {text[:200]}"
                assert not CLOCK_TIME.search(text), f"{name}: a clock time in {text[:200]}"


def test_every_chart_has_a_plotly_bundle_with_a_stable_div(name: str):
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    for cell in notebook.cells:
        if cell.cell_type != "code" or "charts.show" not in cell.source:
            continue
        bundles = [
            output.data
            for output in cell.outputs
            if output.output_type == "display_data"
            and "application/vnd.plotly.v1+json" in output.data
        ]
        assert len(bundles) == cell.source.count("charts.show(")
        for bundle in bundles:
            assert re.search(r'id="tidynews-figure-\d+-[0-9a-f]{10}"', bundle["text/html"])
            assert "cdn.plot.ly" not in bundle["text/html"]


def test_the_explorer_shows_its_default_view_outside_widgets():
    notebook = nbformat.read(NOTEBOOKS / "90_explorer.ipynb", as_version=4)
    (cell,) = [c for c in notebook.cells if c.cell_type == "code" and "explore(" in c.source]
    kinds = [list(output.get("data", {})) for output in cell.outputs]
    assert not any("application/vnd.jupyter.widget-view+json" in kind for kind in kinds)
    assert any("application/vnd.plotly.v1+json" in kind for kind in kinds)
    assert any(kind == ["text/html", "text/plain"] for kind in kinds)  # the evidence table
