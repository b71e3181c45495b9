"""Report cost on a sample corpus: extraction, each notebook's run, and each page's size.

Run: ``.venv/bin/python benchmarks/bench_report.py [CORPUS] [--case NAME] [--notebooks DIR]``
(defaults: the Venezuela sample corpus and the shipped notebooks). Prints the extraction time,
then per notebook its papermill run time (kernel start included: that is what a reader of
``make report`` waits for), its HTML size, and the size it has with ``--inline-plotly``
(re-exported, not re-run), and the size of the one ``plotly.min.js`` the pages share.
Output goes to a temporary folder unless ``--out`` is given.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from tidynews.pipeline import run_extract
from tidynews.report import PLOTLY_JS_NAME, export_html, make_report, plotly_js

REPO = Path(__file__).resolve().parents[1]


def inline_size(executed: Path, name: str, library: str) -> int:
    """Bytes of the page exported with plotly.js inside it (``--inline-plotly``)."""
    page = export_html(nbformat.read(executed, as_version=4), name=name, plotly_inline=library)
    return len(page.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=REPO / "data" / "sample")
    parser.add_argument("--case", default="venezuela-2019")
    parser.add_argument("--notebooks", type=Path, help="default: the shipped notebooks")
    parser.add_argument("--out", type=Path, help="keep the reports here (default: temporary)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-report-") as scratch:
        out = args.out or Path(scratch)
        started = time.perf_counter()
        extracted = run_extract(args.corpus, out / "tables", case=args.case)
        extract_seconds = time.perf_counter() - started
        print(f"corpus {args.corpus} ({len(extracted.ingest.articles)} articles), case {args.case}")
        print(f"extraction: {extract_seconds:.1f} s")

        started = time.perf_counter()
        report = make_report(
            args.corpus, out / "report", case=args.case, notebooks=args.notebooks,
            tables=out / "tables",
        )  # fmt: skip
        report_seconds = time.perf_counter() - started
        library = plotly_js()

        print(f"\n{'notebook':<20}{'run (s)':>9}{'HTML (KiB)':>12}{'inline (KiB)':>14}  status")
        for run in report.notebooks:
            status = "ok" if run.ok else f"FAILED at {run.failure}"
            inline = inline_size(run.notebook, run.name, library) if run.html else 0
            print(
                f"{run.name:<20}{run.seconds:>9.1f}{run.html_bytes / 1024:>12,.0f}"
                f"{inline / 1024:>14,.0f}  {status}"
            )
        total = sum(run.seconds for run in report.notebooks)
        pages = sum(run.html_bytes for run in report.notebooks) / 1024
        print(f"{'all notebooks':<20}{total:>9.1f}{pages:>12,.0f}")
        shared = (report.out_dir / PLOTLY_JS_NAME).stat().st_size / 1024
        print(f"\n{PLOTLY_JS_NAME} (one copy shared by the pages): {shared:,.0f} KiB")
        print(f"whole report, extraction excluded: {report_seconds:.1f} s")
        return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
