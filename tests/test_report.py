"""`tidynews report`: notebooks run with papermill, exported to HTML that works offline.

Three layers: the exporter on hand-made notebooks (fast, no kernel); the whole command on small
fixture notebooks (failures, parameters, errors); and the shipped notebooks on both sample
corpora from an installed wheel (tests/conftest.py's ``case_report``). What a browser makes of
the pages is tested in tests/test_browser.py.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from tidynews import cli
from tidynews.report import (
    PLOTLY_JS_NAME,
    PLOTLY_MIMETYPE,
    WIDGET_VIEW_MIMETYPE,
    CellFailure,
    CorpusSummary,
    ExportError,
    NotebookReport,
    ReportError,
    check_date,
    export_html,
    find_notebooks,
    make_report,
    network_references,
    parameters_for,
    render_index,
)

from .conftest import FIXTURE_NOTEBOOKS, NOTEBOOKS, REPO, REPORT_CASES, SAMPLE, ReportRun

PLOTLY_SCRIPT = f'<script charset="utf-8" src="{PLOTLY_JS_NAME}"></script>'
HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>"


# --- hand-made notebooks ------------------------------------------------------------------


def plotly_output(div_id: str = "fig-1", trace: dict | None = None) -> nbformat.NotebookNode:
    """The mimebundle tidynews.charts.show displays: plotly JSON plus an HTML div."""
    trace = trace or {"type": "bar", "x": ["a", "b"], "y": [1, 2]}
    html = (
        f'<div id="{div_id}" class="plotly-graph-div"></div>'
        f'<script type="text/javascript">Plotly.newPlot("{div_id}", [{json.dumps(trace)}])</script>'
    )
    return new_output(
        "display_data", data={PLOTLY_MIMETYPE: {"data": [trace], "layout": {}}, "text/html": html}
    )


def notebook(*outputs: nbformat.NotebookNode, source: str = "CODE_MARKER = 1") -> dict:
    cell = new_code_cell(source, execution_count=1, outputs=list(outputs))
    return new_notebook(cells=[new_markdown_cell("# Title"), cell])


def test_export_loads_plotly_once_from_beside_the_page_and_nothing_from_the_network():
    page = export_html(notebook(plotly_output("a"), plotly_output("b")), name="charts")
    assert page.count(PLOTLY_SCRIPT) == 1
    assert page.index(PLOTLY_SCRIPT) < page.index("Plotly.newPlot")
    assert network_references(page) == []
    scripts = re.findall(r"<script[^>]*\bsrc=[\"']([^\"']+)", page)
    assert scripts == [PLOTLY_JS_NAME]  # no require.js, MathJax or widget manager
    assert "PlotlyGeoAssets" in page  # the offline base map stub comes with plotly.js


def test_export_hides_code_and_prompts_unless_asked():
    nb = notebook(new_output("stream", name="stdout", text="printed result\n"))
    without = export_html(nb, name="n")
    with_code = export_html(nb, name="n", with_code=True)
    assert "printed result" in without and "printed result" in with_code
    assert "CODE_MARKER" not in without
    assert "CODE_MARKER" in with_code
    assert "In&nbsp;[" not in with_code and "In [" not in with_code


def test_export_honours_remove_tags():
    nb = notebook(new_output("stream", name="stdout", text="kept output\n"))
    nb.cells.append(new_code_cell("HIDDEN_CELL = 1", metadata={"tags": ["remove-cell"]}))
    nb.cells.append(
        new_code_cell(
            "HIDDEN_INPUT = 1",
            metadata={"tags": ["remove-input"]},
            outputs=[new_output("stream", name="stdout", text="shown output\n")],
        )
    )
    page = export_html(nb, name="n", with_code=True)
    assert "HIDDEN_CELL" not in page and "HIDDEN_INPUT" not in page
    assert "shown output" in page


def test_a_page_without_charts_loads_no_plotly():
    page = export_html(notebook(new_output("stream", name="stdout", text="x\n")), name="n")
    assert PLOTLY_JS_NAME not in page


def test_inline_plotly_puts_the_library_in_the_page():
    page = export_html(
        notebook(plotly_output()), name="n", plotly_src=None, plotly_inline="/*PLOTLYJS*/"
    )
    assert "/*PLOTLYJS*/" in page
    assert PLOTLY_JS_NAME not in page


def test_plotly_json_alone_fails_the_export_naming_the_cell():
    """plotly's default renderer in a kernel: nbconvert would drop the chart with a warning."""
    bare = new_output("display_data", data={PLOTLY_MIMETYPE: {"data": [], "layout": {}}})
    with pytest.raises(ExportError, match=r"overview: cell 2 .*tidynews\.charts\.show"):
        export_html(notebook(bare), name="overview")


def test_a_map_without_embedded_geometry_fails_the_export():
    cdn_map = plotly_output(trace={"type": "choropleth", "locations": ["VEN"], "z": [1]})
    with pytest.raises(ExportError, match="geojson"):
        export_html(notebook(cdn_map), name="map")
    shapes = {"type": "FeatureCollection", "features": []}
    embedded = plotly_output(
        trace={"type": "choropleth", "locations": ["VEN"], "z": [1], "geojson": shapes}
    )
    assert "Plotly.newPlot" in export_html(notebook(embedded), name="map")


def test_widget_views_are_left_out_of_the_page_but_kept_in_the_notebook():
    view = new_output(
        "display_data",
        data={WIDGET_VIEW_MIMETYPE: {"model_id": "abc123"}, "text/plain": "HBox(children=...)"},
    )
    nb = notebook(view, new_output("stream", name="stdout", text="static fallback\n"))
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    page = export_html(nb, name="explorer")
    assert "static fallback" in page
    assert "abc123" not in page and "jupyter-widgets" not in page
    assert "widget-state" not in page
    assert nb.cells[1].outputs[0] == view  # the caller's notebook is not changed


@pytest.mark.parametrize(
    ("html", "found"),
    [
        ('<script src="https://cdn.example/require.js"></script>', 1),
        ('<link rel="stylesheet" href="//fonts.example/css">', 1),
        ('<img src="http://tracker.example/pixel.gif">', 1),
        ('<style>@import "https://x.example/a.css"; b{background:url(http://y.example/b.png)}', 2),
        ('<a href="https://outlet.example/story">a link a reader may follow</a>', 0),
        ('<script src="plotly.min.js"></script><img src="data:image/png;base64,AAAA">', 0),
    ],
)
def test_network_references(html: str, found: int):
    assert len(network_references(html)) == found


def test_index_escapes_corpus_text_and_links_pages(tmp_path: Path):
    page = tmp_path / "10 map&more.html"
    page.write_text("x", encoding="utf-8")
    summary = CorpusSummary(
        corpus=[f"/data/{HOSTILE}"],
        case="venezuela-2019",
        articles=2,
        outlets={HOSTILE: 1, "lima-post.example": 1},
        first_date="2019-01-10",
        last_date="2019-01-23",
        skipped=[{"path": HOSTILE, "reason": "binary", "detail": HOSTILE}],
        n_skipped=1,
        skip_reasons={HOSTILE: 1},
    )
    runs = [
        NotebookReport("10 map&more", tmp_path / "a.ipynb", page, 1.5),
        NotebookReport(
            "20_broken", tmp_path / "b.ipynb", None, 0.5, CellFailure(3, "x = 1/0", HOSTILE)
        ),
    ]
    html = render_index(summary, runs)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert 'href="10%20map%26more.html"' in html
    assert "failed at cell 3" in html
    assert "2</strong> articles from <strong>2</strong>" in html
    assert "1 input skipped (&lt;script&gt;" in html


def test_index_lists_the_first_skipped_inputs_and_counts_all(tmp_path: Path):
    """An archive may skip thousands of inputs: the page lists the first few and counts all
    by reason; ingest_report.csv keeps every one."""
    from tidynews.report import SKIPPED_LISTED, summarise_corpus

    tables = tmp_path / "tables"
    tables.mkdir()
    pd.DataFrame({"outlet": ["a.example"], "published": [pd.Timestamp("2019-01-02")]}).to_parquet(
        tables / "articles.parquet"
    )
    n_skipped = SKIPPED_LISTED + 37
    report = pd.DataFrame(
        {
            "path": [f"bad-{i}.bin" for i in range(n_skipped)] + ["good.txt"],
            "status": ["skipped"] * n_skipped + ["article"],
            "reason": ["binary"] * (n_skipped - 2) + ["empty", "empty", None],
            "detail": [""] * (n_skipped + 1),
            "article_id": [None] * n_skipped + ["0123456789ab"],
        }
    )
    report.to_csv(tables / "ingest_report.csv", index=False)
    summary = summarise_corpus([tmp_path / "corpus"], "venezuela-2019", tables)
    assert summary.n_skipped == n_skipped and len(summary.skipped) == SKIPPED_LISTED
    assert summary.skip_reasons == {"binary": n_skipped - 2, "empty": 2}
    html = render_index(summary, [])
    assert f"{n_skipped} inputs skipped (binary: {n_skipped - 2}, empty: 2)" in html
    assert f"The first {SKIPPED_LISTED} of {n_skipped} are listed" in html
    assert html.count("<code>bad-") == SKIPPED_LISTED


# --- finding notebooks, parameters, options -----------------------------------------------


def test_find_notebooks_sorted_without_checkpoints(tmp_path: Path):
    for name in ("20_b.ipynb", "00_a.ipynb", ".hidden.ipynb", "00_a.py"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "00_a-checkpoint.ipynb").write_text("{}")
    assert [path.name for path in find_notebooks(tmp_path)] == ["00_a.ipynb", "20_b.ipynb"]
    with pytest.raises(ReportError, match="does not exist; give one with --notebooks"):
        find_notebooks(tmp_path / "missing")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ReportError, match=r"no \.ipynb notebook in"):
        find_notebooks(empty)


def test_default_notebooks_are_the_shipped_ones():
    if not NOTEBOOKS.is_dir():
        pytest.skip("notebooks/ is not in this checkout yet")
    assert find_notebooks() == sorted(NOTEBOOKS.glob("*.ipynb"))


def test_dates_are_checked_in_the_notebooks_three_forms():
    assert check_date("2019-01-23", "--start") == dt.date(2019, 1, 23)
    assert check_date("2019-02", "--start") == dt.date(2019, 2, 1)
    assert check_date("2019-02", "--end", at_end=True) == dt.date(2019, 2, 28)
    assert check_date("2019-12", "--end", at_end=True) == dt.date(2019, 12, 31)
    assert check_date("2019", "--end", at_end=True) == dt.date(2019, 12, 31)
    assert check_date(None, "--start") is None
    for bad in ("2019-13-01", "2019-02-30", "23/01/2019", "2019'); import os; ('", "19"):
        with pytest.raises(ReportError, match="--start takes a date"):
            check_date(bad, "--start")


def test_only_declared_parameters_are_passed(tmp_path: Path):
    values = {"corpus": "c", "case": "k", "tables": "t", "unknown": 1}
    declared = FIXTURE_NOTEBOOKS / "10_outlets_bar.ipynb"
    assert parameters_for(declared, values) == {"corpus": "c", "case": "k", "tables": "t"}
    bare = tmp_path / "bare.ipynb"
    nbformat.write(new_notebook(cells=[new_code_cell("x = 1")]), bare)
    assert parameters_for(bare, values) == values  # no parameters cell: papermill adds them


def injected_parameters(executed: Path) -> dict:
    """The values papermill put in an executed notebook's injected-parameters cell."""
    nb = nbformat.read(executed, as_version=4)
    cell = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    return {
        node.targets[0].id: ast.literal_eval(node.value)
        for node in ast.parse(cell.source).body
        if isinstance(node, ast.Assign)
    }


def run_cli(*args: str) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "tidynews", "report", *args], capture_output=True, text=True
    )
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--case", "no-such-case"], "unknown case 'no-such-case'"),
        (["--case", "venezuela-2019", "--start", "2019-02-30"], "--start takes a date"),
        (["--case", "venezuela-2019", "--start", "2019-03-01", "--end", "2019-02"], "after"),
        (["--case", "venezuela-2019", "--notebooks", "/no/such/folder"], "does not exist"),
        (
            [
                "--case",
                "venezuela-2019",
                "--tables",
                "/no/such",
                "--notebooks",
                str(FIXTURE_NOTEBOOKS),
            ],
            "no articles.parquet",
        ),
    ],
)
def test_user_mistakes_are_one_line_and_exit_2(tmp_path: Path, args: list[str], message: str):
    code, _, stderr = run_cli(str(SAMPLE), "--out", str(tmp_path / "out"), *args)
    assert code == cli.EXIT_USAGE
    assert stderr.count("\n") == 1 and message in stderr and "Traceback" not in stderr


def test_missing_corpus_and_case_option(tmp_path: Path):
    code, _, stderr = run_cli("/no/such/corpus", "--case", "venezuela-2019", "--out", "x")
    assert code == cli.EXIT_USAGE and "corpus /no/such/corpus does not exist" in stderr
    code, _, stderr = run_cli(str(SAMPLE), "--out", str(tmp_path))
    assert code == cli.EXIT_USAGE and "--case" in stderr


# --- the whole command on fixture notebooks -----------------------------------------------


@pytest.fixture(scope="module")
def sample_tables(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus extracted once for the fixture-notebook reports."""
    from tidynews.pipeline import run_extract

    out = tmp_path_factory.mktemp("tables")
    run_extract(SAMPLE, out, case="venezuela-2019")
    return out


@pytest.mark.slow
def test_fixture_report_writes_pages_notebooks_and_index(sample_tables: Path, tmp_path: Path):
    out = tmp_path / "report"
    result = make_report(
        SAMPLE,
        out,
        case="venezuela-2019",
        notebooks=FIXTURE_NOTEBOOKS,
        tables=sample_tables,
        outlets=["lima-post.example", "andes-wire.example"],
        start="2019-01-01",
    )
    assert result.failed == []
    names = [path.stem for path in find_notebooks(FIXTURE_NOTEBOOKS)]
    assert [run.name for run in result.notebooks] == names
    for name in names:
        page = (out / f"{name}.html").read_text(encoding="utf-8")
        assert page.count(PLOTLY_SCRIPT) == 1 and network_references(page) == []
        assert injected_parameters(out / f"{name}.ipynb")["tables"] == str(sample_tables)
    assert sorted(path.name for path in out.glob("*.js")) == [PLOTLY_JS_NAME]
    # the outlet filter reached the kernel as a list of strings
    bar = nbformat.read(out / "10_outlets_bar.ipynb", as_version=4)
    expected = pd.read_parquet(sample_tables / "articles.parquet")["outlet"]
    expected_count = int(expected.isin(["lima-post.example", "andes-wire.example"]).sum())
    printed = "".join(o.get("text", "") for c in bar.cells for o in c.get("outputs", []))
    assert f"{expected_count} articles from 2 outlets" in printed
    index = (out / "index.html").read_text(encoding="utf-8")
    n_articles = len(pd.read_parquet(sample_tables / "articles.parquet"))
    assert f"<strong>{n_articles}</strong> articles" in index
    for name in names:
        assert f'href="{name}.html"' in index
    assert network_references(index) == []


@pytest.mark.slow
def test_a_failing_notebook_is_named_with_its_cell_and_the_others_still_run(
    sample_tables: Path, tmp_path: Path
):
    notebooks = tmp_path / "notebooks"
    shutil.copytree(FIXTURE_NOTEBOOKS, notebooks)
    broken = nbformat.read(FIXTURE_NOTEBOOKS / "10_outlets_bar.ipynb", as_version=4)
    broken.cells.insert(3, new_code_cell("raise KeyError('no such column')"))
    nbformat.write(broken, notebooks / "15_broken.ipynb")
    hostile_outlet = "x'); open('PWNED', 'w'); ('"
    out = tmp_path / "out"
    code, stdout, stderr = run_cli(
        str(SAMPLE), "--case", "venezuela-2019", "--out", str(out),
        "--notebooks", str(notebooks), "--tables", str(sample_tables),
        "--outlet", hostile_outlet,
    )  # fmt: skip
    assert code == cli.EXIT_FAILED
    assert "tidynews: notebook 15_broken failed at cell 5" in stderr  # +1: injected parameters
    assert "KeyError: 'no such column'" in stderr
    assert "10_outlets_bar: ok" in stdout and "20_map: ok" in stdout
    for name in ("10_outlets_bar", "15_broken", "20_map"):
        assert (out / f"{name}.html").exists() and (out / f"{name}.ipynb").exists()
    assert "failed at cell 5" in (out / "index.html").read_text(encoding="utf-8")
    # the parameter was passed as a value, never evaluated
    assert not list(tmp_path.rglob("PWNED"))
    assert injected_parameters(out / "10_outlets_bar.ipynb")["outlets"] == [hostile_outlet]


@pytest.mark.slow
def test_a_chart_nbconvert_would_drop_fails_the_report(sample_tables: Path, tmp_path: Path):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    nb = nbformat.read(FIXTURE_NOTEBOOKS / "10_outlets_bar.ipynb", as_version=4)
    default_renderer = "pio.renderers.default = 'plotly_mimetype'\ngo.Figure(go.Bar(y=[1]))"
    nb.cells.append(new_code_cell(default_renderer))
    nbformat.write(nb, notebooks / "10_default_renderer.ipynb")
    result = make_report(
        SAMPLE, tmp_path / "out", case="venezuela-2019", notebooks=notebooks, tables=sample_tables
    )
    (run,) = result.failed
    assert "cell" in str(run.failure) and "tidynews.charts.show" in str(run.failure)
    assert run.html is None


# --- the shipped notebooks, from an installed wheel ---------------------------------------


def test_wheel_ships_notebooks_templates_and_data(installed_tidynews):
    names = set(zipfile.ZipFile(installed_tidynews.wheel).namelist())
    expected = {
        "tidynews/templates/report_page.html.j2",
        "tidynews/templates/report_index.html.j2",
        *(f"tidynews/_resources/notebooks/{p.name}" for p in NOTEBOOKS.glob("*.ipynb")),
    }
    assert expected <= names
    for kind in ("reference", "geo", "sample", "cases"):
        assert any(name.startswith(f"tidynews/_resources/{kind}/") for name in names), kind
    where = subprocess.run(
        [sys.executable, "-c", "import tidynews.report as r; print(r.default_notebook_dir())"],
        cwd=installed_tidynews.site.parent,
        env=installed_tidynews.environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(installed_tidynews.site)


@pytest.mark.slow
def test_case_report_from_the_installed_package(case_report: ReportRun):
    """Both cases: every shipped notebook runs and becomes a page, linked from the index."""
    assert case_report.returncode == 0, case_report.stderr[-3000:]
    names = sorted(path.stem for path in NOTEBOOKS.glob("*.ipynb"))
    assert names, "no shipped notebooks"
    out = case_report.out
    assert sorted(path.stem for path in out.glob("*.html") if path.stem != "index") == names
    index = (out / "index.html").read_text(encoding="utf-8")
    articles = pd.read_parquet(out / "tables" / "articles.parquet")
    assert f"<strong>{len(articles)}</strong> articles" in index
    assert case_report.case in index
    for name in names:
        assert f'href="{name}.html"' in index
        page = (out / f"{name}.html").read_text(encoding="utf-8")
        assert network_references(page) == [], name
        assert page.count(PLOTLY_JS_NAME) <= 1, name
        parameters = injected_parameters(out / f"{name}.ipynb")
        assert parameters["case"] == case_report.case
        assert parameters["corpus"] == str(REPORT_CASES[case_report.case])
    assert (out / PLOTLY_JS_NAME).stat().st_size > 1_000_000


# --- nbval's sanitize file ----------------------------------------------------------------


def test_nbval_sanitize_masks_volatile_text_and_keeps_chart_data():
    from nbval.plugin import get_sanitize_patterns

    rules = get_sanitize_patterns((REPO / "tests" / "nbval_sanitize.cfg").read_text("utf-8"))
    assert len(rules) >= 5

    def sanitize(text: str) -> str:
        for regex, replacement in rules:
            text = re.sub(regex, replacement, text)
        return text

    volatile = (
        '<div id="3f2b1c4d-1234-4abc-9def-0123456789ab"> <Foo object at 0x7f12ab34cd10> '
        "made 2026-11-30 09:41:12 UTC, took 1.5 s, read /home/me/tidynews/data/sample/a.md"
    )
    assert sanitize(volatile) == (
        '<div id="UUID"> <Foo object at 0xADDRESS> made TIMESTAMP, took N s, '
        "read REPO/data/sample/a.md"
    )
    data = (
        '"x":["2019-01-24T00:00:00.000000000"],"y":[3, 5.5] 3,000,000 fled '
        "https://outlet.example/data/story-25602f47-bff7-4d46-b2c0-17540dea052f 5 s"
    )
    assert sanitize(data) == data
