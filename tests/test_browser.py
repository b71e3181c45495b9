"""The reports as a reader gets them: opened from disk in headless Chromium, with no network.

Debian's ``chromium`` is driven over the DevTools protocol by Playwright (no browser download:
``executable_path``). Every http(s) request is intercepted and failed, and recorded; the only
flags are those that let Chromium run headless as root on a machine with no network
(``CHROMIUM_FLAGS``), none that loosens file:// or web security. Each page must draw every
chart it carries (an SVG per plot div), its maps must draw their countries, and nothing may
log an error, throw, open a dialog or ask for the network.

Where Chromium is missing the tests skip with an install hint, except in CI (``CI`` set),
where they fail: .ci/run installs it.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
import pytest

from tidynews.report import PLOTLY_JS_NAME, PLOTLY_MIMETYPE, make_report

from .conftest import FIXTURE_NOTEBOOKS, SAMPLE, ReportRun, shipped_notebook_names

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Headless as root on a closed network: without the background-networking flags Chromium
# keeps trying to reach Google's services, which this machine refuses.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INSTALL_HINT = (
    "install it with `apt-get install chromium` (Debian/Ubuntu; `dnf install chromium` on "
    "Fedora) or point TIDYNEWS_CHROMIUM at a Chromium binary"
)
DRAW_TIMEOUT_MS = 30_000
NOT_NETWORK = ("file:", "data:", "blob:", "about:")

# Everything the assertions need, read from the page once the charts have drawn.
PAGE_STATE = """() => ({
  plots: Array.from(document.querySelectorAll('.plotly-graph-div')).map(div => ({
    id: div.id,
    svgs: div.querySelectorAll('svg.main-svg').length,
    countries: div.querySelectorAll('path.choroplethlocation').length,
  })),
  widgets: document.querySelectorAll('.jupyter-widgets').length,
  links: Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href')),
  plotly: typeof window.Plotly,
})"""
ALL_DRAWN = """() => Array.from(document.querySelectorAll('.plotly-graph-div')).every(div =>
  div.querySelector('svg.main-svg') &&
  (!div.querySelector('.geo') || div.querySelector('path.choroplethlocation')))"""


def _missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} (CI must run the browser tests; .ci/run installs Chromium)")
    pytest.skip(what)


def find_chromium() -> str | None:
    """Debian's chromium on PATH, or the binary TIDYNEWS_CHROMIUM names."""
    configured = os.environ.get("TIDYNEWS_CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = find_chromium()
    if executable is None:
        _missing(f"headless Chromium is not installed; {INSTALL_HINT}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is missing; run `pip install -e '.[test]'`")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_FLAGS, headless=True
        )
        yield chromium
        chromium.close()


@dataclass
class PageVisit:
    """What a page did when opened: requests it tried, errors it raised, what it drew."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)

    def plot(self, div_id: str) -> dict[str, Any] | None:
        return next((plot for plot in self.state["plots"] if plot["id"] == div_id), None)


def visit(browser: Any, page_path: Path, draw_timeout_ms: int = DRAW_TIMEOUT_MS) -> PageVisit:
    """Open a page from file:// with all network requests failed; wait for its charts."""
    seen = PageVisit()
    context = browser.new_context()
    context.route(re.compile(r"^(?:https?|wss?|ftp)://"), lambda route: route.abort())
    page = context.new_page()

    def on_request(request: Any) -> None:
        if not request.url.startswith(NOT_NETWORK):
            seen.requests.append(request.url)

    def on_console(message: Any) -> None:
        if message.type == "error":
            seen.errors.append(f"console error: {message.text}")

    def on_dialog(dialog: Any) -> None:
        seen.errors.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("request", on_request)
    page.on("console", on_console)
    page.on("pageerror", lambda error: seen.errors.append(f"uncaught: {error}"))
    page.on("dialog", on_dialog)
    try:
        page.goto(page_path.as_uri(), wait_until="load")
        try:
            page.wait_for_function(ALL_DRAWN, timeout=draw_timeout_ms)
        except Exception as error:  # what is missing is reported by the assertions
            seen.errors.append(f"charts not drawn within {draw_timeout_ms} ms: {error}")
        seen.state = page.evaluate(PAGE_STATE)
    finally:
        context.close()
    return seen


@dataclass(frozen=True)
class ExpectedFigure:
    div_id: str
    map_locations: int  # distinct locations of its choropleth traces (0: not a map)


_DIV_ID = re.compile(r'<div id="([^"]+)" class="plotly-graph-div"')


def expected_figures(executed: Path) -> list[ExpectedFigure]:
    """The charts a page must draw: every plotly output of its executed notebook."""
    figures = []
    nb = nbformat.read(executed, as_version=4)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if PLOTLY_MIMETYPE not in data:
                continue
            match = _DIV_ID.search(data.get("text/html", ""))
            assert match, f"{executed.name}: a plotly output without its HTML div"
            locations = {
                location
                for trace in data[PLOTLY_MIMETYPE].get("data", [])
                if trace.get("type") == "choropleth"
                for location in trace.get("locations") or []
            }
            figures.append(ExpectedFigure(match.group(1), len(locations)))
    return figures


def assert_page_works(browser: Any, page: Path, executed: Path | None) -> PageVisit:
    seen = visit(browser, page)
    assert seen.requests == [], f"{page.name} asked for the network"
    assert seen.errors == [], f"{page.name}: {seen.errors}"
    assert seen.state["widgets"] == 0, f"{page.name} shows dead widget placeholders"
    figures = expected_figures(executed) if executed else []
    assert len(seen.state["plots"]) == len(figures), page.name
    if figures:
        assert seen.state["plotly"] == "object", f"{page.name}: plotly.js did not load"
    for figure in figures:
        drawn = seen.plot(figure.div_id)
        assert drawn and drawn["svgs"] > 0, f"{page.name}: {figure.div_id} drew no SVG"
        if figure.map_locations:
            assert drawn["countries"] >= figure.map_locations, (
                f"{page.name}: the map {figure.div_id} drew {drawn['countries']} of "
                f"{figure.map_locations} countries"
            )
    return seen


# --- the shipped notebooks' reports, both cases --------------------------------------------


@pytest.mark.parametrize("name", shipped_notebook_names())
def test_report_page_draws_offline(browser: Any, case_report: ReportRun, name: str):
    assert case_report.returncode == 0, case_report.stderr[-3000:]
    out = case_report.out
    assert_page_works(browser, out / f"{name}.html", out / f"{name}.ipynb")


def test_report_index_opens_offline_and_links_every_page(browser: Any, case_report: ReportRun):
    out = case_report.out
    seen = assert_page_works(browser, out / "index.html", None)
    pages = {link for link in seen.state["links"] if link.endswith(".html")}
    assert pages == {f"{name}.html" for name in shipped_notebook_names()}
    assert all((out / link).exists() for link in pages)


def test_the_recognitions_report_has_a_map(case_report: ReportRun):
    """The world map is the one chart that used to need the network: it must be there."""
    maps = [
        f for f in expected_figures(case_report.out / "10_recognitions.ipynb") if f.map_locations
    ]
    assert maps, "10_recognitions shows no choropleth map"


# --- the exporter on fixture notebooks (plain plotly figures, not tidynews.charts) ----------


@pytest.fixture(scope="module")
def fixture_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The fixture notebooks reported twice: plotly.js beside the pages, and inlined."""
    from tidynews.pipeline import run_extract

    root = tmp_path_factory.mktemp("browser-fixtures")
    tables = root / "tables"
    run_extract(SAMPLE, tables, case="venezuela-2019")
    outs = {}
    for mode, inline in (("beside", False), ("inline", True)):
        outs[mode] = root / mode
        result = make_report(
            SAMPLE,
            outs[mode],
            case="venezuela-2019",
            notebooks=FIXTURE_NOTEBOOKS,
            tables=tables,
            inline_plotly=inline,
        )
        assert result.failed == []
    return outs


@pytest.mark.parametrize("name", ["10_outlets_bar", "20_map"])
def test_fixture_page_draws_offline(browser: Any, fixture_reports: dict[str, Path], name: str):
    """A map with embedded geometry but no tidynews config draws too: the page's stub base
    layer stops plotly.js fetching its CDN world topojson."""
    out = fixture_reports["beside"]
    assert_page_works(browser, out / f"{name}.html", out / f"{name}.ipynb")


def test_an_inline_page_works_on_its_own(
    browser: Any, fixture_reports: dict[str, Path], tmp_path: Path
):
    """--inline-plotly pages travel alone: copied into an empty folder, the map still draws."""
    out = fixture_reports["inline"]
    assert not (out / PLOTLY_JS_NAME).exists()
    alone = shutil.copy(out / "20_map.html", tmp_path / "20_map.html")
    assert_page_works(browser, Path(alone), out / "20_map.ipynb")


def test_a_page_without_its_plotly_js_is_caught(
    browser: Any, fixture_reports: dict[str, Path], tmp_path: Path
):
    """The check can fail: a page moved away from plotly.min.js draws nothing."""
    out = fixture_reports["beside"]
    alone = shutil.copy(out / "10_outlets_bar.html", tmp_path / "10_outlets_bar.html")
    seen = visit(browser, Path(alone), draw_timeout_ms=2_000)
    assert seen.state["plotly"] == "undefined"
    assert any(plot["svgs"] == 0 for plot in seen.state["plots"])
    assert seen.errors  # the missing script and "Plotly is not defined"
