"""Article text is hostile input: nothing in it may run or render as markup in a report.

A fixture writes a small corpus (in a temporary folder, nothing committed) whose titles,
outlet, URL, quotes, evidence sentences, file name and even folder name carry script tags,
event handlers, ``javascript:`` links, an iframe to an outside site, a ``</script>`` that
would close a figure's script block, and template syntax of Jinja, JavaScript and shell, while
still stating real facts ("The United States recognised Juan Guaidó as interim president",
quotes with "said"). Those facts carry the hostile text into every table, chart hover label
and the explorer's evidence table. ``tidynews report`` runs every shipped notebook on it, plus
one that shows the explorer's evidence of every table (the shipped explorer shows stances
only; a reader in JupyterLab picks the others).

Then, on every page and every executed notebook:

- static checks: no hostile string appears unescaped as markup, no element, event handler,
  ``javascript:`` URL or script comes from the articles, and template syntax is shown as
  written, never evaluated (``{{ 1234*5678 }}`` would give 7006652);
- headless Chromium (``tests/test_browser.py``'s browser; skipped where Chromium is missing,
  required in CI): every page opened from ``file://`` with all network requests failed and
  every chart point hovered: no dialog, no console error, no request (a ``<img src=x>`` would
  ask for a neighbouring file), no element created by the articles, and the hostile text shown
  to the reader as the text it is.

Notebook parameters given on the command line are values, never code: an ``--outlet`` that is
Python, or that tries to break out of papermill's quoting, is reported as an unknown outlet.
(tests/test_report.py checks the same for the fixture notebooks; here the shipped notebook
says which outlet is unknown and its error page is audited like the others.)
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell

from tidynews import charts, cli
from tidynews.report import PLOTLY_JS_NAME, PLOTLY_MIMETYPE, ReportResult, make_report

from .conftest import NOTEBOOKS, write
from .test_browser import (
    ALL_DRAWN,
    CHROMIUM_FLAGS,
    DRAW_TIMEOUT_MS,
    INSTALL_HINT,
    _missing,
    find_chromium,
)

pytestmark = pytest.mark.slow

CASE = "venezuela-2019"

# --- the hostile strings (each alert has its own number, so a dialog names its source) ----

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
JS_URL = "javascript:alert(3)"
JS_LINK = "<a href='javascript:alert(4)'>details</a>"
BREAKOUT = "</script><script>alert(5)</script>"  # would close a figure's <script> block
FOLDER = "<img src=x onerror=alert(6)>"  # the corpus folder's name
FILE_NAME = "<svg onload=alert(7)>.txt"  # an empty file: a row of the ingest report
IFRAME = "<iframe src=https://evil.example></iframe>"
MD_LINK = "[source](javascript:alert(8))"  # what a Markdown renderer would make a link of
OUTLET = "<script>alert(9)</script>.example"  # a manifest outlet that is no domain
TEMPLATE_SYNTAX = (
    "{{7*7}}",
    "${7*7}",
    "{% raw %}",
    "{{ 1234*5678 }}",
    "${1234*5678}",
    "#{1234*5678}",
)
TEMPLATES = " ".join(TEMPLATE_SYNTAX)
EVALUATED = "7006652"  # 1234*5678: any template engine that ran would print this
# 16 in all: what docs/robustness.md counts as hostile strings tried.
HOSTILE_STRINGS = (
    SCRIPT, IMG, JS_URL, JS_LINK, BREAKOUT, FOLDER, FILE_NAME, IFRAME, MD_LINK, OUTLET,
    *TEMPLATE_SYNTAX,
)  # fmt: skip
# Markup that may never appear as written in an HTML page (escaped, it reads "&lt;script").
# A javascript: link is looked for by the parser: as text, 'href="javascript:' is harmless.
RAW_MARKUP = (
    "<script>alert",
    "<img src=x",
    "<svg onload",
    "<iframe",
    "</script><script>",
)

# --- the corpus ------------------------------------------------------------------------------


def hostile_articles() -> dict[str, str]:
    """Three articles in the sample's .txt shape (headline, body, source:/date: footer)."""
    return {
        "wire/wire-01.txt": "\n\n".join(
            [
                f"US recognises Guaidó {SCRIPT} {TEMPLATES}",
                "The United States recognised Juan Guaidó as interim president on Wednesday. "
                + IMG,
                f'"We stand with the people of Venezuela {SCRIPT} {TEMPLATES}," Mike Pompeo said. '
                + IFRAME,
                f"Canada also recognised Mr Guaidó as interim president {TEMPLATES}.",
                "source: hostile-wire.example\ndate: 2019-01-23\n",
            ]
        ),
        "wire/wire-02.txt": "\n\n".join(
            [
                f"Treasury sanctions PDVSA {IMG} {IFRAME}",
                "The United States imposed sanctions on the state oil company PDVSA on Monday "
                + f"{BREAKOUT}.",
                "More than 3 million Venezuelans have left the country since 2015, the UN "
                + f"refugee agency said {MD_LINK}.",
                f'"These sanctions are theft {IMG}," Nicolás Maduro said.',
                "source: hostile-wire.example\ndate: 2019-01-28\n",
            ]
        ),
        "wire/wire-03.txt": "\n\n".join(
            [
                "EU parliament backs Guaidó",
                "The European Parliament recognised Juan Guaidó as interim president of "
                + f"Venezuela {IFRAME}.",
                f'"This is a historic day {JS_LINK} {BREAKOUT}," Antonio Tajani said.',
                "source: other-wire.example\ndate: 2019-01-31\n",
            ]
        ),
    }


# The manifest overrides the third article's outlet, URL and title (manifest > the file).
MANIFEST_TITLE = f'{SCRIPT} {IMG} <a href="{JS_URL}">{TEMPLATES}</a>'


def write_hostile_corpus(root: Path) -> Path:
    corpus = root / f"corpus-{FOLDER}"
    for name, text in hostile_articles().items():
        write(corpus / name, text)
    manifest = pd.DataFrame(
        [
            {
                "file": "wire/wire-03.txt",
                "outlet": OUTLET,
                "published": "2019-01-31",
                "url": JS_URL,
                "title": MANIFEST_TITLE,
            }
        ]
    )
    manifest.to_csv(corpus / "manifest.csv", index=False)
    write(corpus / FILE_NAME, "")
    return corpus


EVERY_TABLE_NOTEBOOK = "91_explorer_every_table"
EVERY_TABLE_CODE = """\
from tidynews.explorer import Selection, explore

for table in ("stances", "sanctions", "figures", "quotes"):
    explore(loaded.tables, loaded.articles, Selection(table=table))
"""


def notebooks_with_every_explorer_table(folder: Path) -> Path:
    """The shipped notebooks, plus the explorer showing the evidence of all four tables."""
    folder.mkdir()
    for notebook in NOTEBOOKS.glob("*.ipynb"):
        shutil.copy(notebook, folder / notebook.name)
    explorer = nbformat.read(NOTEBOOKS / "90_explorer.ipynb", as_version=4)
    explorer.cells[-1] = new_code_cell(EVERY_TABLE_CODE)
    nbformat.write(explorer, folder / f"{EVERY_TABLE_NOTEBOOK}.ipynb")
    return folder


@dataclass(frozen=True)
class HostileReport:
    corpus: Path
    result: ReportResult
    seconds: float

    @property
    def out(self) -> Path:
        return self.result.out_dir

    def pages(self) -> list[Path]:
        return sorted(self.out.glob("*.html"))

    def notebooks(self) -> list[Path]:
        return sorted(self.out.glob("*.ipynb"))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> HostileReport:
    """`tidynews report` (the Python API) on the hostile corpus: extraction, every notebook."""
    root = tmp_path_factory.mktemp("hostile")
    corpus = write_hostile_corpus(root)
    notebooks = notebooks_with_every_explorer_table(root / "notebooks")
    started = time.perf_counter()
    result = make_report(corpus, root / "report", case=CASE, notebooks=notebooks)
    return HostileReport(corpus, result, time.perf_counter() - started)


# --- static checks -----------------------------------------------------------------------------

# Elements an article could use to run code, load something or overlay the page.
FORBIDDEN_TAGS = frozenset(
    {"iframe", "frame", "frameset", "embed", "object", "applet", "svg", "math", "form", "base"}
)
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "data", "xlink:href", "srcdoc"})
_SCRIPT_URL = re.compile(r"^\s*(?:javascript|vbscript|data:text/html)", re.IGNORECASE)
# plotly.js renders hover labels, legends and tick labels from this subset of HTML.
PLOTLY_LABEL_TAGS = frozenset({"b", "i", "em", "br", "sup", "sub", "span", "extra"})


class MarkupAudit(HTMLParser):
    """Walks a page (or a fragment) and lists every element that is not the report's own.

    The report's own scripts are plotly.js beside the page, the offline base-map stub and one
    ``Plotly.newPlot`` per figure; any other script, a forbidden element, an ``on…`` handler,
    an image that is not inline data or a script URL came from the articles.
    """

    def __init__(self, allowed_tags: frozenset[str] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.allowed_tags = allowed_tags
        self.violations: list[str] = []
        self._script: dict[str, str | None] | None = None
        self._script_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        where = f"<{tag} {' '.join(f'{k}={v!r}' for k, v in attrs)}>"
        if self.allowed_tags is not None and tag not in self.allowed_tags:
            self.violations.append(f"element not allowed here: {where}")
        if tag in FORBIDDEN_TAGS:
            self.violations.append(f"forbidden element: {where}")
        values = dict(attrs)
        if tag == "img" and not (values.get("src") or "").startswith("data:"):
            self.violations.append(f"image loaded from a file or the network: {where}")
        for key, value in attrs:
            if key.startswith("on"):
                self.violations.append(f"event handler: {where}")
            if key in URL_ATTRIBUTES and value and _SCRIPT_URL.match(value):
                self.violations.append(f"script URL: {where}")
        if tag == "script":
            self._script, self._script_text = values, []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script_text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            kind = report_script_kind(self._script, "".join(self._script_text))
            if kind is None:
                self.violations.append(f"a script that is not the report's: {self._script_text}")
            self._script = None


def report_script_kind(attrs: dict[str, str | None], text: str) -> str | None:
    """Which of the report's own scripts this is, or None for any other."""
    if attrs.get("src") == PLOTLY_JS_NAME and not text.strip():
        return "plotly.js"
    if "src" in attrs:
        return None
    body = text.strip()
    if body.startswith("(function () {") and "window.PlotlyGeoAssets" in body:
        return "base-map stub"
    if body.startswith("window.PLOTLYENV") and "Plotly.newPlot(" in body:
        return "figure"
    return None


def audit_html(html: str, where: str) -> list[str]:
    """Every trace of hostile markup in an HTML page or output, with where it was."""
    parser = MarkupAudit()
    parser.feed(html)
    parser.close()
    found = [f"{where}: {violation}" for violation in parser.violations]
    found += [f"{where}: unescaped {raw!r}" for raw in RAW_MARKUP if raw in html]
    return found


def audit_label(text: str, where: str) -> list[str]:
    """A plotly label may hold plotly's few formatting tags, nothing else (no link either)."""
    parser = MarkupAudit(allowed_tags=PLOTLY_LABEL_TAGS)
    parser.feed(text)
    parser.close()
    found = [f"{where}: {violation}" for violation in parser.violations]
    found += [f"{where}: unescaped {raw!r}" for raw in RAW_MARKUP if raw in text]
    return found


def strings_in(value: Any) -> Iterator[str]:
    """Every string inside a JSON value (a plotly figure: labels, hover texts, titles)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def audit_notebook(path: Path) -> tuple[list[str], int]:
    """Audit the HTML and plotly outputs of an executed notebook; count what was checked.

    Text outputs (``text/plain``, streams, tracebacks) are text to every frontend: they may
    hold the articles' words as they are.
    """
    found, checked = [], 0
    nb = nbformat.read(path, as_version=4)
    for number, cell in enumerate(nb.cells, start=1):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            where = f"{path.name} cell {number}"
            if "text/html" in data:
                html = data["text/html"]
                found += audit_html("".join(html) if isinstance(html, list) else html, where)
                checked += 1
            if PLOTLY_MIMETYPE in data:
                for text in strings_in(data[PLOTLY_MIMETYPE]):
                    found += audit_label(text, f"{where} (figure)")
                checked += 1
            for kind in ("text/markdown", "image/svg+xml", "application/javascript"):
                if kind in data:
                    found.append(f"{where}: an output of type {kind}, rendered as markup")
    return found, checked


# --- the hostile text reached the tables, the index and the notebooks --------------------------


def test_the_hostile_text_reaches_the_tables(hostile: HostileReport):
    """Not a vacuous test: the facts were found and kept the hostile text as written
    (escaping belongs to the outputs, the tables keep the articles' words)."""
    tables = hostile.result.tables
    articles = pd.read_parquet(tables / "articles.parquet")
    assert len(articles) == 3
    titles = " ".join(articles["title"])
    assert SCRIPT in titles and IMG in titles and TEMPLATES in titles
    assert MANIFEST_TITLE in set(articles["title"])
    assert JS_URL in set(articles["url"].dropna())
    # the hostile manifest outlet is no domain: the article keeps the outlet its file names
    assert set(articles["outlet"]) == {"hostile-wire.example", "other-wire.example"}

    def evidence(name: str, column: str = "evidence") -> str:
        return " ".join(pd.read_parquet(tables / f"{name}.parquet")[column])

    assert IFRAME in evidence("stances") and TEMPLATES in evidence("stances")
    assert BREAKOUT in evidence("sanctions")
    assert MD_LINK in evidence("figures")
    quotes = evidence("quotes", "text")
    assert SCRIPT in quotes and IMG in quotes and JS_LINK in quotes
    report = pd.read_csv(tables / "ingest_report.csv")
    assert FILE_NAME in set(report["path"])


def test_every_notebook_ran(hostile: HostileReport):
    assert hostile.result.failed == [], [str(run.failure) for run in hostile.result.failed]
    names = {path.stem for path in NOTEBOOKS.glob("*.ipynb")} | {EVERY_TABLE_NOTEBOOK}
    assert {run.name for run in hostile.result.notebooks} == names
    assert {page.stem for page in hostile.pages()} == names | {"index"}


def test_no_hostile_markup_in_any_page(hostile: HostileReport):
    found = []
    for page in hostile.pages():
        found += audit_html(page.read_text(encoding="utf-8"), page.name)
    assert found == []


def test_no_hostile_markup_in_any_executed_notebook(hostile: HostileReport):
    found, checked = [], 0
    for notebook in hostile.notebooks():
        issues, count = audit_notebook(notebook)
        found += issues
        checked += count
    assert found == []
    assert checked >= 20  # tables and figures of seven notebooks were looked at


def page_text(page: Path) -> str:
    """A page with the figure JSON's escapes undone and label wrapping taken out, so a
    sentence reads as one line wherever it is."""
    text = page.read_text(encoding="utf-8")
    for escaped, plain in (("\\u002f", "/"), ("\\u003cbr\\u003e", " "), ("\\u00f3", "ó")):
        text = text.replace(escaped, plain)
    return text


def test_the_hostile_text_is_shown_escaped_where_readers_see_it(hostile: HostileReport):
    """Each way in is covered: the index (folder and file names), hover labels (titles and
    evidence), the explorer (evidence, quotes, titles, a javascript: URL)."""

    def page(name: str) -> str:
        return page_text(hostile.out / f"{name}.html")

    index = page("index")
    assert "corpus-&lt;img src=x onerror=alert(6)&gt;" in index
    assert "&lt;svg onload=alert(7)&gt;.txt" in index
    recognitions = page("10_recognitions")  # hover labels of the recognitions timeline
    assert "US recognises Guaidó &lt;script&gt;alert(1)&lt;/script&gt; {{7*7}}" in recognitions
    assert "&lt;a href=&#34;javascript:alert(3)&#34;&gt;{{7*7}}" in recognitions
    sanctions = page("20_sanctions")
    assert "Monday &lt;/script&gt;&lt;script&gt;alert(5)&lt;/script&gt;." in sanctions
    explorer = page(EVERY_TABLE_NOTEBOOK)
    assert "Venezuela &lt;iframe src=https://evil.example&gt;&lt;/iframe&gt;." in explorer
    assert "These sanctions are theft &lt;img src=x onerror=alert(2)&gt;," in explorer
    # (nbconvert writes the output's HTML anew: a quote in text needs no escape)
    assert "historic day &lt;a href='javascript:alert(4)'&gt;details" in explorer
    assert "refugee agency said [source](javascript:alert(8))." in explorer
    # the javascript: URL is not a link: the title beside its evidence is plain text
    assert "<small>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img" in explorer


def test_plotly_labels_escape_quotes_as_entities_plotly_decodes():
    """plotly.js decodes numeric entities and &lt; &gt; &amp;, but shows '&quot;' as is: a
    quoted sentence in a hover label used to read '&quot;full embargo&quot;'."""
    label = charts.safe(f'Trump threatened a "full embargo" {SCRIPT}')
    assert label == (
        "Trump threatened a &#34;full embargo&#34; &lt;script&gt;alert(1)&lt;/script&gt;"
    )
    assert "&quot;" not in charts.safe('"a"', width=10)


def test_template_syntax_is_shown_as_written_never_evaluated(hostile: HostileReport):
    for name in ("10_recognitions", "90_explorer", EVERY_TABLE_NOTEBOOK):
        assert TEMPLATES in page_text(hostile.out / f"{name}.html"), name
    for path in [*hostile.pages(), *hostile.notebooks()]:
        assert EVALUATED not in path.read_text(encoding="utf-8"), path.name


# --- command-line parameters are values, never code --------------------------------------------

INJECTIONS = (
    "__import__('os').system('touch PWNED')",
    # tries to close papermill's quoted string: a backslash, a quote, then code
    '\\"); __import__("os").system("touch PWNED"); ("',
    "<script>alert(10)</script>",
)


@dataclass(frozen=True)
class CommandRun:
    cwd: Path
    out: Path
    returncode: int
    stdout: str
    stderr: str
    created: list[Path] = field(default_factory=list)


@pytest.fixture(scope="module")
def rejected_outlets(hostile: HostileReport, tmp_path_factory) -> CommandRun:
    """`tidynews report --outlet CODE` on the overview notebook, from an empty folder."""
    cwd = tmp_path_factory.mktemp("injection")
    notebooks = cwd / "notebooks"
    notebooks.mkdir()
    shutil.copy(NOTEBOOKS / "00_overview.ipynb", notebooks)
    out = cwd / "out"
    command = [sys.executable, "-m", "tidynews", "report", str(hostile.corpus), "--case", CASE]
    command += ["--out", str(out), "--tables", str(hostile.result.tables)]
    command += ["--notebooks", str(notebooks)]
    for outlet in INJECTIONS:
        command += ["--outlet", outlet]
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)
    created = [*cwd.rglob("PWNED*"), *hostile.out.rglob("PWNED*"), *Path.cwd().glob("PWNED*")]
    return CommandRun(cwd, out, done.returncode, done.stdout, done.stderr, created)


def injected_outlets(executed: Path) -> object:
    nb = nbformat.read(executed, as_version=4)
    cell = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    for node in ast.parse(cell.source).body:
        if isinstance(node, ast.Assign) and node.targets[0].id == "outlets":
            return ast.literal_eval(node.value)
    raise AssertionError("no outlets parameter was injected")


def test_outlet_parameters_are_values_and_reported_unknown(rejected_outlets: CommandRun):
    run = rejected_outlets
    assert run.created == [], "a parameter was run as code"
    assert run.returncode == cli.EXIT_FAILED, run.stderr
    # the cell that failed is the one that checks the parameters, quoted by its first line
    assert "notebook 00_overview failed at cell 5 ('configure_display()')" in run.stderr
    assert "ParameterError: unknown outlet" in run.stderr
    # the kernel received exactly what was typed, as a list of strings
    assert injected_outlets(run.out / "00_overview.ipynb") == list(INJECTIONS)
    page = (run.out / "00_overview.html").read_text(encoding="utf-8")
    assert "unknown outlet \"__import__('os').system('touch PWNED')\"" in page
    assert "'&lt;script&gt;alert(10)&lt;/script&gt;'; known: hostile-wire.example" in page
    index = (run.out / "index.html").read_text(encoding="utf-8")
    assert "failed at cell" in index and "&lt;script&gt;alert(10)&lt;/script&gt;" in index
    for path in (run.out / "00_overview.html", run.out / "index.html"):
        assert audit_html(path.read_text(encoding="utf-8"), path.name) == []
    issues, _ = audit_notebook(run.out / "00_overview.ipynb")
    assert issues == []


# --- in a browser ------------------------------------------------------------------------------

# Hover every point of every chart (plotly throttles hover events, hence the pause), then
# report what the labels said and whether anything the articles could create is in the page.
HOVER_ALL_AND_INSPECT = """async () => {
  const pause = () => new Promise(resolve => setTimeout(resolve, 60));
  const labels = [];
  let hovered = 0;
  for (const div of document.querySelectorAll('.plotly-graph-div')) {
    const traces = div._fullData || [];
    for (let curve = 0; curve < traces.length; curve++) {
      const trace = traces[curve];
      if (['skip', 'none'].includes(trace.hoverinfo)) continue;
      if (['sankey', 'choropleth', 'scattergeo'].includes(trace.type)) continue;
      // a heatmap is hovered by cell (its category indices), other traces by point number
      const subplot = (trace.xaxis || 'x') + (trace.yaxis || 'y');
      const events = [];
      if (trace.type === 'heatmap') {
        const rows = (trace.z || []).length, cols = ((trace.z || [])[0] || []).length;
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
          events.push({xval: c, yval: r});
        }
      } else {
        const n = ((div.calcdata || [])[curve] || []).length;
        for (let p = 0; p < n; p++) events.push([{curveNumber: curve, pointNumber: p}]);
      }
      for (const event of events.slice(0, 80)) {
        Plotly.Fx.hover(div, event, subplot);
        await pause();
        hovered += 1;
        const layer = div.querySelector('.hoverlayer');
        if (layer && layer.textContent) labels.push(layer.textContent);
      }
      Plotly.Fx.unhover(div);
    }
  }
  const created = Array.from(document.querySelectorAll(
    'iframe, frame, embed, object, img:not([src^="data:"]), [onerror], [onload], [onclick], '
    + '[onmouseover], a[href^="javascript:" i], [src^="javascript:" i], [srcdoc]'
  )).map(element => element.outerHTML.slice(0, 200));
  const scripts = Array.from(document.querySelectorAll('script')).filter(script =>
    /^\\s*alert\\(/.test(script.textContent)).length;
  const evidenceLinks = Array.from(document.querySelectorAll('.tidynews-evidence a[href]'))
    .map(a => a.getAttribute('href'));
  const evidenceText = Array.from(document.querySelectorAll('.tidynews-evidence'))
    .map(table => table.textContent).join(' ');
  return {labels, hovered, created, scripts, evidenceLinks, evidenceText,
          plots: document.querySelectorAll('.plotly-graph-div').length};
}"""


@dataclass
class HostileVisit:
    """What a page did when opened and hovered."""

    requested: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)


def visit_and_hover(browser: Any, page_path: Path) -> HostileVisit:
    """Open a page from file:// with every network request failed, draw, hover, inspect."""
    seen = HostileVisit()
    context = browser.new_context()
    context.route(re.compile(r"^(?:https?|wss?|ftp)://"), lambda route: route.abort())
    page = context.new_page()

    def on_dialog(dialog: Any) -> None:
        seen.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("request", lambda request: seen.requested.append(request.url))
    page.on("dialog", on_dialog)
    page.on(
        "console",
        lambda message: seen.errors.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: seen.errors.append(f"uncaught: {error}"))
    try:
        page.goto(page_path.as_uri(), wait_until="load")
        page.wait_for_function(ALL_DRAWN, timeout=DRAW_TIMEOUT_MS)
        seen.state = page.evaluate(HOVER_ALL_AND_INSPECT)
    finally:
        context.close()
    return seen


def visit_all(pages: list[Path]) -> dict[str, HostileVisit]:
    """Launch Chromium as tests/test_browser.py does and visit every page.

    Run in a thread of its own: Playwright's sync API allows one instance per thread, and
    the session browser of tests/test_browser.py may already hold the main thread's.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=find_chromium(), args=CHROMIUM_FLAGS, headless=True
        )
        try:
            return {
                f"{page.parent.name}/{page.name}": visit_and_hover(chromium, page) for page in pages
            }
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def visits(hostile: HostileReport, rejected_outlets: CommandRun) -> dict[str, HostileVisit]:
    """Every page of both reports, opened and hovered (skipped without Chromium, except in CI)."""
    if find_chromium() is None:
        _missing(f"headless Chromium is not installed; {INSTALL_HINT}")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _missing("the playwright package is missing; run `pip install -e '.[test]'`")
    pages = [*hostile.pages(), rejected_outlets.out / "index.html"]
    pages.append(rejected_outlets.out / "00_overview.html")
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(visit_all, pages).result()


@pytest.mark.browser
def test_nothing_runs_loads_or_is_created_in_a_browser(visits: dict[str, HostileVisit]):
    for name, seen in visits.items():
        assert seen.dialogs == [], f"{name}: a dialog opened: {seen.dialogs}"
        assert seen.errors == [], f"{name}: {seen.errors}"
        page_dir = name.split("/")[0]
        allowed = (f"/{page_dir}/{name.split('/')[1]}", f"/{page_dir}/{PLOTLY_JS_NAME}")
        unexpected = [url for url in seen.requested if not url.endswith(allowed)]
        assert unexpected == [], f"{name} requested {unexpected}"
        assert seen.state["created"] == [], f"{name}: {seen.state['created']}"
        assert seen.state["scripts"] == 0, f"{name} carries a script from an article"
        for href in seen.state["evidenceLinks"]:
            assert href.startswith(("http://", "https://")), f"{name}: a link to {href}"


@pytest.mark.browser
def test_hover_labels_show_the_hostile_text_as_text(visits: dict[str, HostileVisit]):
    """Readers see the articles' words, markup included, as words: escaped once, not twice
    (no '&lt;' or '&quot;' showing), and nothing of it became an element."""
    labels = [label for seen in visits.values() for label in seen.state["labels"]]
    hovered = sum(seen.state["hovered"] for seen in visits.values())
    assert hovered >= 50
    for name, seen in visits.items():  # every hovered point showed its label
        assert len(seen.state["labels"]) == seen.state["hovered"], name
    text = " ".join(labels)
    assert "US recognises Guaidó <script>alert(1)</script> {{7*7}}" in text
    assert "Treasury sanctions PDVSA <img src=x onerror=alert(2)>" in text
    assert 'href="javascript:alert(3)"' in text  # the manifest title, as text
    assert "&lt;" not in text and "&quot;" not in text and "&#" not in text
    assert EVALUATED not in text


@pytest.mark.browser
def test_the_explorer_shows_evidence_as_text(visits: dict[str, HostileVisit]):
    every = next(seen for name, seen in visits.items() if EVERY_TABLE_NOTEBOOK in name)
    text = " ".join(every.state["evidenceText"].split())
    assert f"Venezuela {IFRAME}." in text
    assert f"These sanctions are theft {IMG}," in text
    assert f"on Monday {BREAKOUT}." in text
    assert TEMPLATES in text
    assert every.state["evidenceLinks"] == []  # no article has an http(s) URL here
