"""Report notebooks over a large tables folder: seconds and peak memory per notebook.

Run: ``.venv/bin/python benchmarks/bench_notebooks.py TABLES [--case NAME] [--out DIR]``
where TABLES is a ``tidynews extract`` output (for 200,000 articles without hours of
extraction, make one with ``benchmarks/fabricate_tables.py``). Runs ``tidynews report`` on it
(papermill, one kernel per notebook, HTML export included: what a user waits for) and prints,
per notebook, its run time and the peak resident memory of its kernel, sampled every 0.1 s
(the kernel is a child process, so this process's own peak says nothing about it).
The target of issue 5: every notebook under 60 s over 200,000 articles.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from tidynews.report import NotebookReport, make_report

TARGET_SECONDS = 60.0


class PeakMemory:
    """The largest summed RSS of this process's descendants since the last ``take()``."""

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self.peak = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(self.interval):
            total = 0
            for child in me.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except psutil.Error:  # it ended between listing and asking
                    continue
            with self._lock:
                self.peak = max(self.peak, total)

    def take(self) -> int:
        """The peak since the previous call, and start over."""
        with self._lock:
            peak, self.peak = self.peak, 0
        return peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", type=Path)
    parser.add_argument("--case", default="venezuela-2019")
    parser.add_argument("--out", type=Path, help="keep the report here (default: temporary)")
    parser.add_argument("--notebooks", type=Path, help="default: the shipped notebooks")
    args = parser.parse_args(argv)

    rows: list[tuple[NotebookReport, int]] = []
    with tempfile.TemporaryDirectory(prefix="bench-notebooks-") as scratch, PeakMemory() as peak:

        def record(run: NotebookReport) -> None:
            rows.append((run, peak.take()))
            status = "ok" if run.ok else f"FAILED at {run.failure}"
            print(f"{run.name:<18}{run.seconds:>8.1f} s{rows[-1][1] / 2**20:>9,.0f} MiB  {status}")

        print(f"{'notebook':<18}{'run':>10}{'peak RSS':>13}")
        started = time.perf_counter()
        report = make_report(
            [args.tables], args.out or Path(scratch), case=args.case, tables=args.tables,
            notebooks=args.notebooks, on_notebook=record,
        )  # fmt: skip
        total = time.perf_counter() - started
    slow = [run.name for run, _ in rows if run.seconds >= TARGET_SECONDS]
    print(f"whole report: {total:.1f} s; over {TARGET_SECONDS:.0f} s: {', '.join(slow) or 'none'}")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
