"""Throughput, memory, output size and report time of `tidynews extract` at 10k to 200k articles.

Run from the repository, on an otherwise quiet machine (the full run takes hours on 2 cores):

    .venv/bin/python benchmarks/bench_scale.py                 # 10k, 50k, 200k; every engine
    .venv/bin/python benchmarks/bench_scale.py --sizes 2000 --engines serial jobs2 --no-notebooks
    .venv/bin/python benchmarks/bench_scale.py --work /data/bench   # keep corpora for next time

For each size it writes one synthetic corpus (JSON Lines, 1,000 articles a file, 8 outlets,
nine months of dates, every text different; see synthetic.py) and runs on it, each engine as
its own subprocess with a fresh output folder:

    serial  python -m tidynews.cli extract CORPUS --case NAME --out OUT
    jobs2   ... --jobs 2                  two local worker processes
    dask    ... --engine dask --jobs 2    a Dask LocalCluster of two workers

What each figure means:

- art/s: articles / wall time of the whole subprocess, start-up, reading, cleaning, extraction
  and writing included: what a user waits for.
- cores: CPU seconds of the subprocess and every descendant, over wall seconds. Near 2 when
  two workers really ran side by side; well under 2 for jobs2 or dask means the machine was
  busy or the main process (reading, cleaning, writing) kept the workers waiting.
- RSS tree: peak of the summed resident memory of the subprocess and all its descendants
  (worker processes, Dask nanny and workers), sampled every 0.2 s: the memory the run needs
  on one machine. Pages shared after a fork count once per process, so it errs high; a
  spike shorter than 0.2 s can be missed.
- RSS main: peak of the main `tidynews` process alone.
- output MiB: apparent size of every file under OUT.
- articles: rows of the articles table. It must equal the size: a run that loses articles
  fails, with the ingest report's reasons.

Then, once per size, the report notebooks run over one engine's tables (they are the same
for every engine: tests/test_engines.py checks that) via `tidynews.report.make_report(...,
tables=OUT)`. A notebook's seconds are its papermill run, kernel start included and HTML
export excluded; "kernel RSS" is the peak of the notebook kernels' processes.

Last come a summary table and the issue's targets with "met" / "not met" next to each. The
targets are stated for 200,000 articles; at smaller sizes start-up costs dominate and the
lines are for reference. The exit status is 1 when a run fails (its stderr tail is printed),
never because a target is missed. A temporary --work folder is removed at the end unless
--keep; a folder given with --work is kept, and its corpora are reused when size, seed and
synthetic.py are unchanged.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import synthetic_records

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SIZES = (10_000, 50_000, 200_000)
# The command-line flags each engine adds, exactly as a user would type them.
ENGINE_FLAGS: dict[str, list[str]] = {
    "serial": [],
    "jobs2": ["--jobs", "2"],
    "dask": ["--engine", "dask", "--jobs", "2"],
}
ARTICLES_PER_FILE = 1_000
SAMPLE_SECONDS = 0.2
STDERR_TAIL_LINES = 25
MIB = 1024 * 1024
GIB = 1024 * MIB
BUSY_LOAD_PER_CPU = 0.5  # a 1-minute load average above this per CPU: say figures read low

# The targets (stated for TARGET_SIZE articles).
TARGET_SIZE = 200_000
RSS_TARGET_BYTES = 1.5e9  # "< 1.5 GB", read as 10^9 bytes: the stricter reading
SPEEDUP_TARGET = 1.7  # --jobs 2 throughput over serial
DASK_SHORTFALL = 0.2  # Dask may be at most 20% slower than --jobs 2
NOTEBOOK_TARGET_SECONDS = 60.0


# --- memory of a process tree ------------------------------------------------------------


def _rss(process: psutil.Process) -> int:
    try:
        return process.memory_info().rss
    except psutil.Error:  # exited between listing and reading, or not ours to read
        return 0


@dataclass
class TreeMemory:
    """Peak resident memory of a process and its descendants, one sample per ``sample()``.

    Children are listed again at every sample because workers come and go during a run.
    With ``include_root=False`` only the descendants count (the notebook kernels this
    benchmark's own process starts).
    """

    pid: int
    include_root: bool = True
    peak_tree: int = 0
    peak_root: int = 0
    _root: psutil.Process | None = field(default=None, repr=False)

    def sample(self) -> None:
        if self._root is None:
            self._root = psutil.Process(self.pid)
        try:
            members = self._root.children(recursive=True)
        except psutil.Error:
            return  # the root has exited
        total = sum(_rss(member) for member in members)
        if self.include_root:
            root = _rss(self._root)
            self.peak_root = max(self.peak_root, root)
            total += root
        self.peak_tree = max(self.peak_tree, total)


@contextmanager
def sampling(memory: TreeMemory, interval: float = SAMPLE_SECONDS) -> Iterator[TreeMemory]:
    """Sample ``memory`` on a background thread for as long as the block runs."""
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            memory.sample()
            stop.wait(interval)

    thread = threading.Thread(target=loop, name="rss-sampler", daemon=True)
    thread.start()
    try:
        yield memory
    finally:
        stop.set()
        thread.join()


def kill_tree(pid: int) -> None:
    """End a subprocess and everything it started (an interrupted benchmark leaves nothing)."""
    try:
        root = psutil.Process(pid)
        members = [*root.children(recursive=True), root]
    except psutil.Error:
        return
    for member in members:
        with suppress(psutil.Error):
            member.kill()
    psutil.wait_procs(members, timeout=10)


# --- the corpus --------------------------------------------------------------------------


@dataclass(frozen=True)
class Corpus:
    folder: Path
    size: int
    files: int
    bytes: int
    seconds: float
    reused: bool


def generator_fingerprint() -> str:
    """What the corpus depends on besides size and seed: the generator's code and file size."""
    source = (Path(__file__).resolve().parent / "synthetic.py").read_bytes()
    return hashlib.sha256(source + str(ARTICLES_PER_FILE).encode()).hexdigest()[:16]


def write_corpus(work: Path, size: int, seed: int) -> Corpus:
    """``size`` synthetic articles as JSONL files under ``work/corpus-SIZE``, reused if current.

    The description is written last, beside the folder and not inside it (the readers would
    take a ``.json`` file in the corpus for articles), so a killed run is never reused.
    """
    folder = work / f"corpus-{size}"
    description = work / f"corpus-{size}.json"
    wanted = {"size": size, "seed": seed, "generator": generator_fingerprint()}
    if description.exists() and folder.is_dir():
        recorded = json.loads(description.read_text(encoding="utf-8"))
        if all(recorded.get(key) == value for key, value in wanted.items()):
            return Corpus(folder, size, recorded["files"], recorded["bytes"], 0.0, reused=True)
    description.unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    records = synthetic_records(size, seed)
    files = total = 0
    while batch := list(islice(records, ARTICLES_PER_FILE)):
        path = folder / f"part-{files:05d}.jsonl"
        lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in batch)
        path.write_text(lines, encoding="utf-8")
        files += 1
        total += path.stat().st_size
    seconds = time.perf_counter() - started
    description.write_text(json.dumps({**wanted, "files": files, "bytes": total}), "utf-8")
    return Corpus(folder, size, files, total, seconds, reused=False)


# --- one extraction ----------------------------------------------------------------------


@dataclass(frozen=True)
class EngineRun:
    size: int
    engine: str
    out: Path
    seconds: float
    peak_tree: int
    peak_main: int
    output_bytes: int
    articles: int | None
    failure: str | None = None
    cpu_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.failure is None

    @property
    def cores_busy(self) -> float:
        """CPU seconds over wall seconds: near 2 when two processes really ran side by side."""
        return self.cpu_seconds / self.seconds if self.seconds else 0.0

    @property
    def rate(self) -> float:
        """Articles per second of wall time."""
        return (self.articles or 0) / self.seconds if self.seconds else 0.0


def children_cpu_seconds() -> float:
    """User + system CPU time of every finished descendant this process has waited for.

    The kernel adds a process's time to its parent's children total when it is reaped, and
    the parent's total includes the grandchildren it reaped: so the difference around one
    subprocess is the CPU time of its whole tree (workers included, once they are joined).
    """
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def extract_command(corpus: Path, out: Path, case: str, engine: str) -> list[str]:
    return [
        sys.executable, "-m", "tidynews.cli", "extract", str(corpus),
        "--case", case, "--out", str(out), *ENGINE_FLAGS[engine],
    ]  # fmt: skip


def folder_bytes(folder: Path) -> int:
    """Apparent size of every file under ``folder`` (what copying it would move)."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def tail(path: Path, lines: int = STDERR_TAIL_LINES) -> str:
    """The last lines of a log, progress bars reduced to their last state."""
    text = path.read_text(encoding="utf-8", errors="replace")
    shown = [line.rsplit("\r", 1)[-1] for line in text.splitlines()]
    return "\n".join(line for line in shown[-lines:])


def count_articles(out: Path) -> int:
    """Rows of the articles table, whichever form (file or partitioned folder) it has."""
    from tidynews.store import query

    return int(query(out, "SELECT count(*) AS n FROM articles")["n"].iloc[0])


def skipped_reasons(out: Path) -> str:
    """Why the ingest report skipped inputs, as 'reason count' pairs."""
    import pandas as pd

    report_path = out / "ingest_report.csv"
    if not report_path.exists():
        return "no ingest report"
    report = pd.read_csv(report_path, dtype=str)
    skipped = report[report["status"] == "skipped"]["reason"].fillna("?").value_counts()
    return ", ".join(f"{reason} {count}" for reason, count in skipped.items()) or "none"


def run_engine(corpus: Corpus, engine: str, case: str, work: Path) -> EngineRun:
    """One extraction as a subprocess: wall time, peak memory of its tree, what it wrote."""
    out = work / f"out-{corpus.size}-{engine}"
    # A fresh folder: an earlier run's tables there would make this run incremental.
    shutil.rmtree(out, ignore_errors=True)
    logs = work / "logs"
    logs.mkdir(exist_ok=True)
    stdout_path = logs / f"extract-{corpus.size}-{engine}.out"
    stderr_path = logs / f"extract-{corpus.size}-{engine}.err"
    command = extract_command(corpus.folder, out, case, engine)
    with stdout_path.open("wb") as stdout, stderr_path.open("wb") as stderr:
        cpu_before = children_cpu_seconds()
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, cwd=work)
        memory = TreeMemory(process.pid)
        try:
            with sampling(memory):
                returncode = process.wait()
        except BaseException:
            kill_tree(process.pid)
            raise
        seconds = time.perf_counter() - started
        cpu_seconds = children_cpu_seconds() - cpu_before

    def result(articles: int | None, failure: str | None) -> EngineRun:
        size = folder_bytes(out) if out.is_dir() else 0
        return EngineRun(
            corpus.size, engine, out, seconds, memory.peak_tree, memory.peak_root, size,
            articles, failure, cpu_seconds,
        )  # fmt: skip

    if returncode != 0:
        return result(None, f"exit status {returncode}; stderr ends:\n{tail(stderr_path)}")
    articles = count_articles(out)
    if articles != corpus.size:
        lost = f"{articles:,} articles of {corpus.size:,}; skipped: {skipped_reasons(out)}"
        return result(articles, lost)
    return result(articles, None)


# --- the report notebooks ----------------------------------------------------------------


@dataclass(frozen=True)
class NotebookRuns:
    size: int
    tables_from: str
    seconds: dict[str, float]
    failures: dict[str, str]
    peak_kernels: int
    wall: float
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and not self.failures


def run_notebooks(
    corpus: Corpus, run: EngineRun, case: str, work: Path, notebooks: Path | None
) -> NotebookRuns:
    """Every report notebook over one engine's tables, timed one by one."""
    from tidynews.report import ReportError, make_report

    def progress(notebook) -> None:
        status = "ok" if notebook.ok else f"FAILED at {notebook.failure}"
        print(f"    {notebook.name}: {notebook.seconds:.1f} s, {status}", flush=True)

    memory = TreeMemory(os.getpid(), include_root=False)
    started = time.perf_counter()
    try:
        with sampling(memory):
            report = make_report(
                corpus.folder, work / f"report-{corpus.size}", case=case, tables=run.out,
                notebooks=notebooks, on_notebook=progress,
            )  # fmt: skip
    except ReportError as error:
        wall = time.perf_counter() - started
        return NotebookRuns(corpus.size, run.engine, {}, {}, memory.peak_tree, wall, str(error))
    wall = time.perf_counter() - started
    seconds = {notebook.name: notebook.seconds for notebook in report.notebooks}
    failures = {nb.name: str(nb.failure) for nb in report.notebooks if not nb.ok}
    return NotebookRuns(corpus.size, run.engine, seconds, failures, memory.peak_tree, wall)


# --- printing ----------------------------------------------------------------------------


def machine_lines() -> list[str]:
    """What the figures depend on: cores, memory, load, interpreter and code version."""
    import tidynews

    memory = psutil.virtual_memory()
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    return [
        f"machine: {platform.platform()}; {os.cpu_count()} logical CPUs "
        f"({psutil.cpu_count(logical=False)} physical); memory {memory.total / GIB:.1f} GiB "
        f"total, {memory.available / GIB:.1f} GiB available; load average {load}",
        f"python {platform.python_version()} ({sys.executable}); "
        f"tidynews {tidynews.__version__} ({git_version()})",
    ]


def git_version() -> str:
    """The commit benchmarked, and whether the working tree differs from it."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        changes = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    return f"git {commit}{' with uncommitted changes' if changes else ''}"


def run_line(run: EngineRun) -> str:
    figures = (
        f"{run.seconds:8.1f} s {run.rate:8,.0f} art/s {run.cores_busy:5.2f} cores"
        f"  RSS tree {run.peak_tree / MIB:7,.0f} MiB  main {run.peak_main / MIB:7,.0f} MiB"
        f"  output {run.output_bytes / MIB:7,.1f} MiB"
    )
    return f"  {run.engine:<7}{figures}" + ("" if run.ok else f"  FAILED: {run.failure}")


def summary_lines(runs: list[EngineRun], notebooks: list[NotebookRuns]) -> list[str]:
    """The engine table (size x engine), then the notebook table (notebook x size)."""
    header = (
        f"{'size':>9} {'engine':<7}{'articles':>10}{'wall s':>9}{'art/s':>9}{'cores':>7}"
        f"{'RSS tree MiB':>14}{'RSS main MiB':>14}{'output MiB':>12}  status"
    )
    lines = ["summary", header]
    for run in runs:
        lines.append(
            f"{run.size:>9,} {run.engine:<7}{run.articles or 0:>10,}{run.seconds:>9.1f}"
            f"{run.rate:>9,.0f}{run.cores_busy:>7.2f}{run.peak_tree / MIB:>14,.0f}"
            f"{run.peak_main / MIB:>14,.0f}{run.output_bytes / MIB:>12,.1f}"
            f"  {'ok' if run.ok else 'FAILED'}"
        )
    if notebooks:
        lines += ["", *notebook_table(notebooks)]
    return lines


def notebook_table(notebooks: list[NotebookRuns]) -> list[str]:
    """Seconds per notebook (rows) and size (columns); '-' where a notebook did not run."""
    names = list(dict.fromkeys(name for report in notebooks for name in report.seconds))
    width = 30
    lines = [
        f"{'notebook seconds (kernel start included)':<{width + 12}}"
        + "".join(f"{report.size:>10,}" for report in notebooks),
        f"{'  read the tables of':<{width + 12}}"
        + "".join(f"{report.tables_from:>10}" for report in notebooks),
    ]
    for name in names:
        cells = "".join(
            f"{report.seconds[name]:>10.1f}" if name in report.seconds else f"{'-':>10}"
            for report in notebooks
        )
        failed = any(name in report.failures for report in notebooks)
        lines.append(f"  {name:<{width + 10}}{cells}" + ("  FAILED" if failed else ""))
    lines.append(
        f"  {'all, with HTML export':<{width + 10}}"
        + "".join(f"{report.wall:>10.1f}" for report in notebooks)
    )
    lines.append(
        f"  {'peak RSS of the kernels (MiB)':<{width + 10}}"
        + "".join(f"{report.peak_kernels / MIB:>10,.0f}" for report in notebooks)
    )
    lines += [f"  {report.size:,}: {report.error}" for report in notebooks if report.error]
    return lines


def met(ok: bool) -> str:
    return "met" if ok else "not met"


def target_lines(runs: list[EngineRun], notebooks: list[NotebookRuns]) -> list[str]:
    """Each target of the issue with the measured figure and met / not met, size by size."""
    lines = [f"targets (stated for {TARGET_SIZE:,} articles; smaller sizes for reference)"]
    reports = {report.size: report for report in notebooks}
    for size in dict.fromkeys(run.size for run in runs):
        by_engine = {run.engine: run for run in runs if run.size == size and run.ok}
        lines.append(f"  {size:,} articles")
        memory = ", ".join(
            f"{run.engine} {run.peak_tree / MIB:,.0f} MiB {met(run.peak_tree < RSS_TARGET_BYTES)}"
            for run in by_engine.values()
        )
        limit = f"{RSS_TARGET_BYTES / 1e9:.1f} GB ({RSS_TARGET_BYTES / MIB:,.0f} MiB)"
        lines.append(f"    peak RSS (tree) < {limit}: {memory or 'no run succeeded'}")
        lines.append(
            f"    --jobs 2 >= {SPEEDUP_TARGET}x serial: "
            + ratio(by_engine, "jobs2", "serial", SPEEDUP_TARGET)
        )
        lines.append(
            f"    Dask (2 workers) within {DASK_SHORTFALL:.0%} of --jobs 2: "
            + ratio(by_engine, "dask", "jobs2", 1 - DASK_SHORTFALL)
        )
        report = reports.get(size)
        if report is not None:
            lines.append(
                f"    notebooks < {NOTEBOOK_TARGET_SECONDS:.0f} s each: {notebook_verdict(report)}"
            )
    return lines


def notebook_verdict(report: NotebookRuns) -> str:
    """'met' with the slowest notebook, or the notebooks that took too long or failed."""
    if report.error or not report.seconds:
        return f"not measured ({report.error or 'no notebook ran'})"
    slow = {name: s for name, s in report.seconds.items() if s >= NOTEBOOK_TARGET_SECONDS}
    broken = [f"{name} failed" for name in report.failures]
    if slow or broken:
        late = [f"{name} {seconds:.1f} s" for name, seconds in slow.items()]
        return "not met: " + ", ".join([*late, *broken])
    slowest = max(report.seconds, key=report.seconds.__getitem__)
    count = len(report.seconds)
    return f"met by all {count} (slowest {slowest} {report.seconds[slowest]:.1f} s)"


def ratio(by_engine: dict[str, EngineRun], faster: str, slower: str, needed: float) -> str:
    """Throughput of one engine over another's, against the least ratio the target allows."""
    if faster not in by_engine or slower not in by_engine:
        return f"not measured (needs successful {faster} and {slower} runs)"
    value = by_engine[faster].rate / by_engine[slower].rate
    verdict = met(value >= needed)
    return f"{faster}/{slower} throughput {value:.2f}x (needs >= {needed:.2f}x) {verdict}"


# --- the command line --------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="See the module docstring (benchmarks/bench_scale.py) for what each figure means.",
    )
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), metavar="N",
        help="corpus sizes in articles (default: 10000 50000 200000)",
    )  # fmt: skip
    parser.add_argument(
        "--engines", nargs="+", choices=list(ENGINE_FLAGS), default=list(ENGINE_FLAGS),
        help="engines to run, in this order (default: all)",
    )  # fmt: skip
    parser.add_argument(
        "--work", type=Path,
        help="folder for corpora, tables and reports (kept; corpora are reused when current). "
        "Default: a temporary folder, removed at the end unless --keep",
    )  # fmt: skip
    parser.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    parser.add_argument(
        "--notebooks", action=argparse.BooleanOptionalAction, default=True,
        help="time the report notebooks once per size (default: on)",
    )  # fmt: skip
    parser.add_argument(
        "--notebook-folder", type=Path,
        help="run the notebooks of this folder instead of the shipped ones",
    )  # fmt: skip
    parser.add_argument("--case", default="venezuela-2019", help="case name or YAML file")
    parser.add_argument("--seed", type=int, default=2019, help="seed of the synthetic corpus")
    args = parser.parse_args(argv)
    if any(size < 1 for size in args.sizes):
        parser.error("--sizes must be positive numbers of articles")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    for line in machine_lines():
        print(line)
    load, cpus = os.getloadavg()[0], os.cpu_count() or 1
    if load > BUSY_LOAD_PER_CPU * cpus:
        print(
            f"warning: the machine is busy (load {load:.2f} on {cpus} CPUs): throughput and "
            "the parallel engines' ratios will read low; run again when it is quiet"
        )
    temporary = args.work is None
    work = Path(tempfile.mkdtemp(prefix="bench-scale-")) if temporary else args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    print(f"work folder: {work}", flush=True)
    runs: list[EngineRun] = []
    notebooks: list[NotebookRuns] = []
    try:
        for size in args.sizes:
            corpus = write_corpus(work, size, args.seed)
            made = "reused" if corpus.reused else f"generated in {corpus.seconds:.1f} s"
            print(
                f"\n{size:,} articles: {corpus.files} JSONL files, {corpus.bytes / MIB:,.1f} MiB"
                f" ({made})",
                flush=True,
            )
            for engine in args.engines:
                run = run_engine(corpus, engine, args.case, work)
                runs.append(run)
                print(run_line(run), flush=True)
            done = [run for run in runs if run.size == size and run.ok]
            if args.notebooks and done:
                print(
                    f"  notebooks, once for this size, over the {done[0].engine} tables "
                    "(every engine writes the same tables):",
                    flush=True,
                )
                report = run_notebooks(corpus, done[0], args.case, work, args.notebook_folder)
                if report.error:
                    print(f"    FAILED: {report.error}")
                notebooks.append(report)
        print()
        for line in [*summary_lines(runs, notebooks), "", *target_lines(runs, notebooks)]:
            print(line)
        load = " ".join(f"{value:.2f}" for value in os.getloadavg())
        print(f"\nload average at the end: {load}")
    finally:
        if temporary and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept {work}")
    failed = [run for run in runs if not run.ok] + [nb for nb in notebooks if not nb.ok]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
