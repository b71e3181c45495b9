"""``tidynews report``: run the notebooks on a corpus and export them as offline HTML pages.

Why this module exists: a reader who double-clicks a report (file://, no network, a stock
browser) must see every chart. Out of the box the tools get this wrong in several quiet ways
(docs/reports.md and the project's pitfalls list):

- nbconvert drops outputs it cannot represent (plotly's own mimetype) with only a warning, so
  we check every output before exporting and fail loudly, naming the cell.
- nbconvert's ``lab`` template loads require.js, MathJax, mermaid and the widget manager from a
  CDN. With require.js on the page plotly.js registers as an AMD module instead of the global
  ``Plotly`` the figures call, and without network none of them loads anyway. Our template
  (an extension of ``lab``) drops those blocks and loads plotly.js once, from a
  ``plotly.min.js`` copied beside the pages: browsers run a classic ``<script src>`` next to a
  file:// page (what they refuse is fetch/XHR, which plotly would use for CDN map geometry, so
  the notebooks embed their geometry instead). ``inline_plotly=True`` puts plotly.js inside
  every page instead, for a single file that can be mailed on its own.
- Widget views need their JavaScript from a CDN and a kernel; in a static page they would be
  dead placeholders, so the HTML copy leaves them out (the executed ``.ipynb`` keeps them).

Each notebook runs with papermill in its own kernel; parameters are passed as Python values
(never as text for papermill to parse), and a notebook that fails is reported with its cell
while the others still run.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import quote

import jinja2
import nbformat
import pandas as pd

from . import __version__
from .notebook import parse_partial_date
from .resources import resource_dir
from .storage import atomic_write

PLOTLY_MIMETYPE = "application/vnd.plotly.v1+json"
WIDGET_VIEW_MIMETYPE = "application/vnd.jupyter.widget-view+json"
PLOTLY_JS_NAME = "plotly.min.js"
KERNEL_NAME = "python3"
# Cell tags a notebook author can use to keep a cell, or only its code, out of the HTML.
REMOVE_CELL_TAGS = frozenset({"remove-cell", "remove_cell"})
REMOVE_INPUT_TAGS = frozenset({"remove-input", "remove_input"})
DEFAULT_CELL_TIMEOUT = 600  # seconds; a report over a large archive aggregates for a while

# nbconvert's lab template with every CDN request removed and plotly.js loaded from beside the
# page (or inlined): templates/report_page.html.j2 overrides the blocks that emit <script>s.
_TEMPLATES = Path(__file__).resolve().parent / "templates"
_TEMPLATE_NAME = "report_page.html.j2"

# plotly.js fetches its world topojson from the CDN for every choropleth, even one that carries
# its own geometry (plotly.js issue #6767), and offline the map then fails with an error. The
# report's maps embed their geometry (checked by ``check_maps_offline``), so an empty base
# layer registered under every name plotly.js could ask for lets them draw with no request.
GEO_SCOPES = ("world", "usa", "europe", "asia", "africa", "north-america", "south-america")
GEO_RESOLUTIONS = ("110m", "50m")
GEO_LAYERS = ("land", "ocean", "coastlines", "countries", "lakes", "rivers", "subunits")
_EMPTY_TOPOLOGY = {
    "type": "Topology",
    "objects": {layer: {"type": "GeometryCollection", "geometries": []} for layer in GEO_LAYERS},
    "arcs": [],
}
_GEO_STUB = f"""(function () {{
  var assets = window.PlotlyGeoAssets = window.PlotlyGeoAssets || {{topojson: {{}}}};
  var empty = {json.dumps(_EMPTY_TOPOLOGY, separators=(",", ":"))};
  {json.dumps(GEO_SCOPES)}.forEach(function (scope) {{
    {json.dumps(GEO_RESOLUTIONS)}.forEach(function (resolution) {{
      var name = scope + "_" + resolution;
      if (!assets.topojson[name]) {{ assets.topojson[name] = empty; }}
    }});
  }});
}})();"""
GEO_TRACE_TYPES = frozenset({"choropleth", "scattergeo"})


class ReportError(ValueError):
    """A mistake the user can fix (no notebooks, missing tables, a bad date): one line."""


class ExportError(RuntimeError):
    """A notebook output that a static HTML page cannot show, or a page that needs the network."""


@dataclass(frozen=True)
class CellFailure:
    """Where and why a notebook stopped: enough to open the notebook at the right cell."""

    cell: int | None  # 1-based position among the executed notebook's cells, if known
    first_line: str
    error: str

    def __str__(self) -> str:
        if self.cell is None:
            return self.error
        where = f"cell {self.cell}"
        if self.first_line:
            where += f" ({self.first_line!r})"
        return f"{where}: {self.error}"


@dataclass(frozen=True)
class NotebookReport:
    """One notebook's run: what was written, how long it took, and whether it failed."""

    name: str
    notebook: Path
    html: Path | None
    seconds: float
    failure: CellFailure | None = None
    title: str = ""

    @property
    def ok(self) -> bool:
        return self.failure is None

    @property
    def html_bytes(self) -> int:
        return self.html.stat().st_size if self.html and self.html.exists() else 0


@dataclass(frozen=True)
class CorpusSummary:
    """What the index page says about the corpus: counts, outlets, dates, skipped inputs."""

    corpus: list[str]
    case: str | None
    articles: int
    outlets: dict[str, int]
    first_date: str | None
    last_date: str | None
    skipped: list[dict[str, str]]  # the first SKIPPED_LISTED of them
    n_skipped: int = 0
    skip_reasons: dict[str, int] = field(default_factory=dict)


# The index page lists this many skipped inputs one by one; ingest_report.csv has them all.
SKIPPED_LISTED = 200


@dataclass(frozen=True)
class ReportResult:
    """Everything ``make_report`` wrote, for the CLI's summary and for tests."""

    out_dir: Path
    index: Path
    tables: Path
    summary: CorpusSummary
    notebooks: list[NotebookReport] = field(default_factory=list)

    @property
    def failed(self) -> list[NotebookReport]:
        return [run for run in self.notebooks if not run.ok]

    def text(self) -> str:
        """The lines the CLI prints: one per notebook, then where the index is."""
        lines = []
        for run in self.notebooks:
            status = "ok" if run.ok else f"FAILED at {run.failure}"
            size = f"{run.html_bytes / 1024:,.0f} KiB" if run.html else "no HTML"
            lines.append(f"{run.name}: {status} ({run.seconds:.1f} s, {size})")
        lines.append(f"report: {self.index}")
        return "\n".join(lines)


# --- finding notebooks and tables ---------------------------------------------------------


def default_notebook_dir() -> Path:
    """The shipped notebooks: inside the installed package, or notebooks/ in a checkout."""
    return resource_dir("notebooks")


def find_notebooks(folder: str | Path | None = None) -> list[Path]:
    """The ``.ipynb`` files of a folder, sorted by name (00_overview first).

    Checkpoints and hidden files are ignored; jupytext's paired ``.py`` files are not run
    because the ``.ipynb`` beside them is the same notebook.
    """
    source = Path(folder) if folder is not None else default_notebook_dir()
    if not source.is_dir():
        raise ReportError(f"notebook folder {source} does not exist; give one with --notebooks")
    found = sorted(
        path
        for path in source.glob("*.ipynb")
        if not path.name.startswith(".") and ".ipynb_checkpoints" not in path.parts
    )
    if not found:
        raise ReportError(f"no .ipynb notebook in {source}; give a folder with --notebooks")
    return found


def check_date(value: str | None, option: str, *, at_end: bool = False) -> dt.date | None:
    """The first (or, ``at_end``, last) day a YYYY, YYYY-MM or YYYY-MM-DD value covers.

    The notebooks' own parser (the same forms they take); anything else is a user mistake,
    said in one line before any notebook runs.
    """
    if value is None:
        return None
    try:
        return parse_partial_date(value, at_end=at_end)
    except ValueError:
        raise ReportError(
            f"{option} takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}"
        ) from None


def prepare_tables(
    corpus: Sequence[Path], case: str | None, out_dir: Path, tables: Path | None
) -> Path:
    """The folder of tables the notebooks read: ``tables`` if given, else a fresh extraction.

    A given folder must hold what ``tidynews extract`` writes; we do not re-extract into it
    because it may be someone else's output.
    """
    if tables is not None:
        if not (tables / "articles.parquet").exists():
            raise ReportError(
                f"{tables} holds no articles.parquet; run `tidynews extract` into it first "
                "or leave out --tables"
            )
        return tables
    from .pipeline import run_extract  # the slow import (spaCy), only when needed

    target = out_dir / "tables"
    run_extract(list(corpus), target, case=case)
    return target


def summarise_corpus(corpus: Sequence[Path], case: str | None, tables: Path) -> CorpusSummary:
    """Counts for the index page, read back from the tables the notebooks also read.

    Only the two columns it counts are read: an archive's articles table is mostly text.
    """
    articles = pd.read_parquet(tables / "articles.parquet", columns=["outlet", "published"])
    report_path = tables / "ingest_report.csv"
    report = pd.read_csv(report_path, dtype=str) if report_path.exists() else pd.DataFrame()
    rows = pd.DataFrame(columns=["path", "reason", "detail"])
    if "status" in report.columns:
        rows = report[report["status"] == "skipped"].fillna("")
    skipped = [
        {key: str(row.get(key, "")) for key in ("path", "reason", "detail")}
        for row in rows.head(SKIPPED_LISTED).to_dict("records")
    ]
    reasons = rows["reason"].value_counts().sort_index() if len(rows) else pd.Series()
    dates = pd.to_datetime(articles["published"], errors="coerce").dropna()
    outlets = articles["outlet"].fillna("(unknown)").value_counts().sort_index()
    return CorpusSummary(
        corpus=[str(path) for path in corpus],
        case=case,
        articles=len(articles),
        outlets={str(name): int(count) for name, count in outlets.items()},
        first_date=dates.min().date().isoformat() if len(dates) else None,
        last_date=dates.max().date().isoformat() if len(dates) else None,
        skipped=skipped,
        n_skipped=len(rows),
        skip_reasons={str(reason): int(count) for reason, count in reasons.items()},
    )


# --- running one notebook ---------------------------------------------------------------


def declared_parameters(notebook: Path) -> set[str] | None:
    """The names in a notebook's ``parameters`` cell, or None when it has no such cell."""
    import papermill

    declared = papermill.inspect_notebook(str(notebook))
    has_cell = any(
        "parameters" in cell.get("metadata", {}).get("tags", [])
        for cell in nbformat.read(notebook, as_version=4).cells
    )
    return set(declared) if has_cell else None


def parameters_for(notebook: Path, values: dict[str, Any]) -> dict[str, Any]:
    """Only the parameters a notebook declares, so papermill does not warn about the others.

    A notebook without a parameters cell gets them all (papermill puts them first), since
    running it on its own defaults would silently report on the wrong corpus.
    """
    declared = declared_parameters(notebook)
    if declared is None:
        return dict(values)
    return {name: value for name, value in values.items() if name in declared}


def run_notebook(
    source: Path, target: Path, parameters: dict[str, Any], *, cwd: Path, timeout: int
) -> tuple[float, CellFailure | None]:
    """Execute ``source`` with papermill into ``target`` (atomically); time it; find the error.

    papermill saves its output notebook after every cell, so it writes to a temporary file
    that replaces ``target`` only once the run has ended: a killed report leaves the previous
    notebook. ``storage.atomic_write`` names that file after this process, so the next run
    removes one a killed run left behind (it used to stay forever as a hidden ``.ipynb``).
    papermill writes its output notebook even when a cell raises, with the error in it; we
    keep that notebook (it shows the traceback) and return where it stopped.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    started = time.perf_counter()
    failures: list[CellFailure] = []

    def execute(temporary: Path) -> None:
        try:
            with warnings.catch_warnings():
                # The temporary file ends in .tmp, not .ipynb; the notebook in it is the same.
                warnings.filterwarnings("ignore", "The specified file .* does not end in")
                papermill.execute_notebook(
                    str(source),
                    str(temporary),
                    parameters=parameters,
                    kernel_name=KERNEL_NAME,
                    cwd=str(cwd),
                    progress_bar=False,
                    execution_timeout=timeout,
                    # ipykernel 7 logs on every start that local TCP is unencrypted and on
                    # every shutdown a KeyboardInterrupt: noise on the user's terminal. Errors
                    # in the notebook's cells come back through the protocol, not this log.
                    extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
                )
        except PapermillExecutionError as error:
            failures.append(_failure_in(error))

    atomic_write(target, execute)
    return time.perf_counter() - started, failures[0] if failures else None


def _failure_in(error: Any) -> CellFailure:
    """Turn papermill's error into the failing cell's position and first line of code.

    The position counts the cells as they ran (the injected parameters included). The code
    comes from the error itself: the notebook papermill saves has two cells of its own added
    (an error banner first, an anchor before the failing cell), so its cell at that position
    is another one.
    """
    lines = [line for line in (error.source or "").splitlines() if line.strip()]
    first_line = lines[0].strip()[:80] if lines else ""
    message = f"{error.ename}: {error.evalue}".strip().splitlines()
    return CellFailure(error.cell_index + 1, first_line, message[0] if message else error.ename)


# --- exporting one notebook to HTML -------------------------------------------------------


def html_exporter(*, with_code: bool) -> Any:
    """nbconvert's HTML exporter with our offline template, prompts hidden, code optional."""
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = set(REMOVE_CELL_TAGS)
    config.TagRemovePreprocessor.remove_input_tags = set(REMOVE_INPUT_TAGS)
    return HTMLExporter(
        config=config,
        template_name="lab",
        template_file=_TEMPLATE_NAME,
        extra_loaders=[jinja2.FileSystemLoader(_TEMPLATES)],
        exclude_input=not with_code,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )


def drop_widget_views(nb: nbformat.NotebookNode) -> int:
    """Remove widget views (dead without a kernel and a CDN) and the saved widget state.

    The notebooks show their default view outside widgets, so nothing a reader needs is lost.
    Returns how many outputs were dropped.
    """
    dropped = 0
    for cell in nb.cells:
        outputs = cell.get("outputs", [])
        kept = [out for out in outputs if WIDGET_VIEW_MIMETYPE not in out.get("data", {})]
        dropped += len(outputs) - len(kept)
        if outputs:
            cell.outputs = kept
    nb.metadata.pop("widgets", None)
    return dropped


def check_representable(nb: nbformat.NotebookNode, priority: Sequence[str], name: str) -> None:
    """Fail, naming the cell, on any output that the HTML exporter would silently drop.

    nbconvert only warns ("not able to be represented"), and a plotly figure left to the
    kernel's default renderer shows at best as ``Figure({...})`` text; a report without its
    charts is worse than no report.
    """
    for position, cell in enumerate(nb.cells, start=1):
        for output in cell.get("outputs", []):
            data = output.get("data")
            if output.get("output_type") not in {"display_data", "execute_result"} or not data:
                continue
            kinds = ", ".join(sorted(data))
            if PLOTLY_MIMETYPE in data and "text/html" not in data:
                # Without HTML the chart would vanish, or become its text repr at best.
                raise ExportError(
                    f"{name}: cell {position} shows a plotly figure as {kinds} only, which an "
                    "HTML page cannot draw; display figures with tidynews.charts.show(fig)"
                )
            if not any(mimetype in data for mimetype in priority):
                raise ExportError(f"{name}: cell {position} shows {kinds}, which HTML cannot")


def check_maps_offline(nb: nbformat.NotebookNode, name: str) -> None:
    """Fail on a map whose countries would come from plotly's CDN (blank when offline).

    A figure with a geo subplot must carry its geometry: at least one trace with an embedded
    GeoJSON object (``geojson=`` with ``featureidkey``), as ``tidynews.charts`` maps do.
    """
    for position, cell in enumerate(nb.cells, start=1):
        for output in cell.get("outputs", []):
            figure = output.get("data", {}).get(PLOTLY_MIMETYPE)
            if not isinstance(figure, dict):
                continue
            traces = figure.get("data", [])
            geo = [trace for trace in traces if trace.get("type") in GEO_TRACE_TYPES]
            if geo and not any(isinstance(trace.get("geojson"), dict) for trace in geo):
                raise ExportError(
                    f"{name}: cell {position} draws a map from plotly's online world geometry, "
                    "which an offline page cannot load; embed the shapes with geojson="
                )


def export_html(
    nb: nbformat.NotebookNode,
    *,
    name: str,
    with_code: bool = False,
    plotly_src: str | None = PLOTLY_JS_NAME,
    plotly_inline: str | None = None,
) -> str:
    """One notebook as a self-standing HTML page that makes no network request.

    Give ``plotly_src`` (a path relative to the page) or ``plotly_inline`` (plotly.js itself).
    Raises ExportError on an output HTML cannot show or a page that would need the network.
    """
    nb = nbformat.from_dict(nb)  # a copy: the executed notebook keeps its widgets
    drop_widget_views(nb)
    exporter = html_exporter(with_code=with_code)
    check_representable(nb, exporter.config.NbConvertBase.display_data_priority, name)
    check_maps_offline(nb, name)
    uses_plotly = _uses_plotly(nb)
    resources = {
        "metadata": {"name": name},
        "tidynews_geo_stub": _GEO_STUB,
        "tidynews_plotly_src": plotly_src if uses_plotly and not plotly_inline else None,
        "tidynews_plotly_inline": plotly_inline if uses_plotly else None,
    }
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        body, _ = exporter.from_notebook_node(nb, resources=resources)
    for warning in caught:  # a second net under check_representable
        if "not able to be represented" in str(warning.message):
            raise ExportError(f"{name}: {warning.message}")
    needs_network = network_references(body)
    if needs_network:
        raise ExportError(f"{name}: the page would load {needs_network[0]} from the network")
    return body


def _uses_plotly(nb: nbformat.NotebookNode) -> bool:
    return any(
        PLOTLY_MIMETYPE in output.get("data", {}) or "Plotly.newPlot" in _html_of(output)
        for cell in nb.cells
        for output in cell.get("outputs", [])
    )


def _html_of(output: Any) -> str:
    html = output.get("data", {}).get("text/html", "")
    return "".join(html) if isinstance(html, list) else str(html)


class _ResourceFinder(HTMLParser):
    """Collects the URLs a page would fetch by itself (not links a reader may click)."""

    FETCHING: ClassVar[dict[str, str]] = {
        "script": "src",
        "img": "src",
        "iframe": "src",
        "embed": "src",
        "source": "src",
        "audio": "src",
        "video": "src",
        "object": "data",
        "link": "href",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = self.FETCHING.get(tag)
        for key, value in attrs:
            if value and (key == wanted or key == "srcset"):
                self.urls.append(value.strip())


_REMOTE = re.compile(r"^(?:https?:)?//", re.IGNORECASE)
_CSS_REMOTE = re.compile(r"(?:@import\s+|url\(\s*)['\"]?((?:https?:)?//[^'\")\s]+)", re.IGNORECASE)


def network_references(html: str) -> list[str]:
    """Every http(s) URL the page would request on load: scripts, styles, images, CSS imports."""
    finder = _ResourceFinder()
    finder.feed(html)
    remote = [url for url in finder.urls if _REMOTE.match(url)]
    remote += _CSS_REMOTE.findall(html)
    return remote


# --- the index page -----------------------------------------------------------------------

# Autoescape: outlet names, paths and skip details come from the corpus, which is hostile input.
_INDEX = jinja2.Environment(
    loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=True, keep_trailing_newline=True
).get_template("report_index.html.j2")


def render_index(summary: CorpusSummary, runs: Sequence[NotebookReport]) -> str:
    """The index page: corpus summary and one link per notebook; every text escaped."""
    rows = [
        {
            "name": run.name,
            "title": run.title,
            "href": quote(run.html.name) if run.html else "",
            "html": run.html,
            "ok": run.ok,
            "failure": run.failure,
            "seconds": run.seconds,
            "kib": run.html_bytes / 1024,
        }
        for run in runs
    ]
    made = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return _INDEX.render(summary=summary, notebooks=rows, version=__version__, made=made)


# --- the whole report ---------------------------------------------------------------------


def plotly_js() -> str:
    """The plotly.js that the installed plotly package was built against (no CDN)."""
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def write_text(path: Path, text: str) -> Path:
    """Write UTF-8 text atomically: a killed run leaves the previous page, never half of one."""

    return atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def make_report(
    corpus: str | Path | Sequence[str | Path],
    out_dir: str | Path,
    *,
    case: str,
    notebooks: str | Path | None = None,
    tables: str | Path | None = None,
    outlets: Sequence[str] | None = None,
    start: str | None = None,
    end: str | None = None,
    with_code: bool = False,
    inline_plotly: bool = False,
    timeout: int = DEFAULT_CELL_TIMEOUT,
    on_notebook: Callable[[NotebookReport], None] | None = None,
) -> ReportResult:
    """Extract (unless ``tables`` is given), run every notebook, export HTML, write the index.

    Writes ``out_dir/<name>.ipynb`` (executed) and ``out_dir/<name>.html`` per notebook,
    ``out_dir/plotly.min.js`` once (unless ``inline_plotly``) and ``out_dir/index.html``.
    A failing notebook does not stop the others; see ``ReportResult.failed``.
    ``on_notebook`` is called after each notebook (the CLI prints progress with it).
    """
    paths = [Path(corpus)] if isinstance(corpus, str | os.PathLike) else [Path(p) for p in corpus]
    paths = [path.resolve() for path in paths]
    missing = [str(path) for path in paths if not path.exists()]
    if missing and tables is None:
        raise ReportError(f"corpus {missing[0]} does not exist; give a folder or file of articles")
    first, last = check_date(start, "--start"), check_date(end, "--end", at_end=True)
    if first and last and first > last:
        raise ReportError(f"--start {start} is after --end {end}")
    case = _case_argument(case)
    out = Path(out_dir).resolve()
    sources = find_notebooks(notebooks)
    if out.exists() and not out.is_dir():
        raise ReportError(f"--out {out} is a file; give a folder")
    out.mkdir(parents=True, exist_ok=True)
    table_dir = prepare_tables(paths, case, out, Path(tables).resolve() if tables else None)
    # The parameters every shipped notebook declares (docs/reports.md).
    values = {
        "corpus": str(paths[0]) if len(paths) == 1 else [str(path) for path in paths],
        "case": case,
        "outlets": list(outlets) if outlets else None,
        "start": start,
        "end": end,
        "tables": str(table_dir),
    }
    script = None if inline_plotly else PLOTLY_JS_NAME
    inline = plotly_js() if inline_plotly else None
    runs = []
    for source in sources:
        run = _report_one(source, out, values, with_code, script, inline, timeout)
        runs.append(run)
        if on_notebook is not None:
            on_notebook(run)
    if script and any(run.html for run in runs):
        write_text(out / PLOTLY_JS_NAME, plotly_js())
    summary = summarise_corpus(paths, case, table_dir)
    index = write_text(out / "index.html", render_index(summary, runs))
    return ReportResult(out, index, table_dir, summary, runs)


def _case_argument(case: str) -> str:
    """Check the case now (one clear line) and pass a path to a case file as an absolute path.

    The kernels run in the output folder, so a relative path would point elsewhere there.
    """
    from .cases import CaseError, find_case

    try:
        found = find_case(case)
    except CaseError as error:
        raise ReportError(str(error)) from None
    is_path = Path(case).suffix in {".yaml", ".yml"} or Path(case).exists()
    return str(found.resolve()) if is_path else case


def _report_one(
    source: Path,
    out: Path,
    values: dict[str, Any],
    with_code: bool,
    script: str | None,
    inline: str | None,
    timeout: int,
) -> NotebookReport:
    """Run and export one notebook; a failure is recorded, not raised."""
    name = source.stem
    executed = out / f"{name}.ipynb"
    seconds, failure = run_notebook(
        source, executed, parameters_for(source, values), cwd=out, timeout=timeout
    )
    html: Path | None = out / f"{name}.html"
    nb = nbformat.read(executed, as_version=4)
    try:
        page = export_html(
            nb,
            name=name,
            with_code=with_code,
            plotly_src=script,
            plotly_inline=inline,
        )
        write_text(html, page)
    except ExportError as error:
        html = None
        failure = failure or CellFailure(None, "", str(error))
    return NotebookReport(name, executed, html, seconds, failure, notebook_title(nb))


def notebook_title(nb: nbformat.NotebookNode) -> str:
    """The first Markdown heading of a notebook (what the index shows beside its name)."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            if line.startswith("#"):
                return line.lstrip("#").strip()
    return ""
