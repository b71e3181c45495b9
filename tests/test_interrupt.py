"""Killing ``tidynews extract`` or ``tidynews report`` never leaves a broken output, and the
next run completes it.

Each test starts from a previous complete output (the Caracas Herald part of the sample) and
kills a real ``python -m tidynews extract data/sample`` with SIGKILL, which gives the process
no chance to clean up. Afterwards every table in the output folder must open and be exactly
the previous version or the new one (never a half-written file), and a run to the end must
leave exactly the complete new output, temporary files included.

The report tests do the same to ``python -m tidynews report --tables``: a previous complete
report (made from the Caracas Herald tables) is overwritten by a report of the whole sample,
killed while its first notebook runs, after its first page and after its second; every page,
executed notebook and the index stay whole (the previous or a complete new one), the Jupyter
kernels of the killed run end, and the next run completes the report with no temporary file
left.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from tidynews.report import PLOTLY_JS_NAME, plotly_js
from tidynews.storage import OutputFolderError, atomic_write, ensure_writable_folder

from .conftest import NOTEBOOKS, SAMPLE

pytestmark = pytest.mark.slow

CASE = "venezuela-2019"
PREVIOUS_CORPUS = SAMPLE / "caracas-herald"
Snapshot = dict[str, object]

# A run that pauses where a table is put in place, so a kill lands at an exact point: after
# `after` tables are in place, with the next one staged (cut to half its size when `mode` is
# "half", as if the kill came mid-write). Streamed tables are put in place by
# dataset.publish, the claims table and the ingest report by storage.atomic_write: both are
# paused alike. The marker file says "paused now", with the staged file and the outputs
# already replaced.
PAUSING_RUN = """
import json, sys, time
from pathlib import Path
import tidynews.dataset as dataset
import tidynews.storage as storage

marker, after, mode = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
real_atomic_write, real_publish, calls = storage.atomic_write, dataset.publish, []

def pause(staged):
    if mode == "half":
        part = staged if staged.is_file() else sorted(staged.rglob("*.parquet"))[0]
        with open(part, "r+b") as handle:
            handle.truncate(part.stat().st_size // 2)
    replaced = [Path(done).name for done in calls[:-1]]
    # written aside and renamed: the test polls for the marker and must never read it empty
    aside = marker.with_suffix(".part")
    aside.write_text(json.dumps({"pending": str(staged), "replaced": replaced}))
    aside.rename(marker)
    time.sleep(600)

def pausing_atomic_write(path, write):
    calls.append(path)
    if len(calls) <= after:
        return real_atomic_write(path, write)

    def write_then_pause(tmp):
        write(tmp)
        pause(tmp)

    return real_atomic_write(path, write_then_pause)

def pausing_publish(staged, final):
    calls.append(final)
    if len(calls) <= after:
        return real_publish(staged, final)
    pause(staged)

storage.atomic_write = pausing_atomic_write
dataset.publish = pausing_publish
from tidynews.cli import main
sys.exit(main(sys.argv[4:]))
"""


def extract_args(corpus: Path, out: Path, *extra: str) -> list[str]:
    return ["extract", str(corpus), "--case", CASE, "--out", str(out), "--quiet", *extra]


def run_extract(corpus: Path, out: Path) -> float:
    """Run extract to the end; return how long it took (seconds)."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "tidynews", *extract_args(corpus, out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return time.monotonic() - started


def snapshot(out: Path) -> Snapshot:
    """Every visible output, read back: tables as DataFrames, the report as bytes.

    Reading is the check: a truncated Parquet file raises here.
    """
    tables: Snapshot = {}
    for path in sorted(out.iterdir()):
        if path.name.startswith("."):
            continue  # temporary files are not outputs
        if path.name.endswith(".parquet"):
            tables[path.name] = pd.read_parquet(path)
        else:
            tables[path.name] = path.read_bytes()
    return tables


def same(left: object, right: object) -> bool:
    if isinstance(left, pd.DataFrame) and isinstance(right, pd.DataFrame):
        return left.equals(right) and list(left.dtypes) == list(right.dtypes)
    return left == right


def assert_each_previous_or_new(out: Path, previous: Snapshot, new: Snapshot) -> dict[str, str]:
    """Every output is readable and is exactly the previous or the new version of itself."""
    current = snapshot(out)
    assert set(previous) <= set(current), "an output file disappeared"
    versions = {}
    for name, table in current.items():
        if name in previous and same(table, previous[name]):
            versions[name] = "previous"
        elif name in new and same(table, new[name]):
            versions[name] = "new"
        else:
            raise AssertionError(f"{name} is neither the previous nor the new complete output")
    return versions


def temporaries(out: Path) -> list[str]:
    """Hidden leftovers: temporary files and staging folders of tables not yet in place."""
    return sorted(path.name for path in out.iterdir() if path.name.endswith((".tmp", ".staging")))


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> tuple[Path, Snapshot, Snapshot, float]:
    """(a previous complete output folder, its snapshot, the new complete output, how long
    the new run takes)."""
    base = tmp_path_factory.mktemp("interrupt")
    seconds = run_extract(SAMPLE, base / "reference")
    run_extract(PREVIOUS_CORPUS, base / "previous")
    previous, new = snapshot(base / "previous"), snapshot(base / "reference")
    assert previous.keys() == new.keys()
    assert not same(previous["articles.parquet"], new["articles.parquet"])
    return base / "previous", previous, new, seconds


def fresh_copy(previous_dir: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(previous_dir, out)
    return out


def test_kill_at_increasing_delays(outputs, tmp_path):
    """SIGKILL after a growing share of a full run: import, reading, extraction, writing."""
    previous_dir, previous, new, seconds = outputs
    out = fresh_copy(previous_dir, tmp_path)
    killed = 0
    for share in (0.15, 0.4, 0.65, 0.9):
        process = subprocess.Popen(
            [sys.executable, "-m", "tidynews", *extract_args(SAMPLE, out)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(seconds * share)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait()
        assert_each_previous_or_new(out, previous, new)
    assert killed >= 2, "the run finished before most kills: nothing was interrupted"
    run_extract(SAMPLE, out)
    assert set(assert_each_previous_or_new(out, previous, new).values()) == {"new"}
    assert temporaries(out) == []


# Small tables are single files; a tiny buffer (--buffer-mb) makes every table a dataset
# folder of many parts, the form a large corpus gets.
FORMS = {"files": (), "datasets": ("--buffer-mb", "0.002")}


@pytest.mark.parametrize(
    ("after", "mode", "form"),
    [(0, "half", "files"), (3, "whole", "files"), (0, "half", "datasets"),
     (2, "whole", "datasets"), (6, "whole", "datasets")],
    ids=["first-table-half-written", "mid-run-written-not-replaced", "first-dataset-half",
         "mid-run-dataset", "claims-after-datasets"],
)  # fmt: skip
def test_kill_while_a_table_is_being_written(outputs, tmp_path, after, mode, form):
    """SIGKILL at an exact point of the writing: a table is staged (half-written or whole,
    not yet moved into place) and ``after`` tables are already new."""
    previous_dir, previous, new, _ = outputs
    out = fresh_copy(previous_dir, tmp_path)
    marker, errors = tmp_path / "paused", tmp_path / "stderr"
    pausing = [sys.executable, "-c", PAUSING_RUN, str(marker), str(after), mode]
    with errors.open("w") as stderr:
        process = subprocess.Popen(
            [*pausing, *extract_args(SAMPLE, out, *FORMS[form])],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    deadline = time.monotonic() + 300
    while not marker.exists():
        if process.poll() is not None:
            pytest.fail(f"the run ended without pausing in its writing: {errors.read_text()}")
        assert time.monotonic() < deadline, "the run never reached its writing"
        time.sleep(0.05)
    paused = json.loads(marker.read_text())
    pending = Path(paused["pending"])
    assert pending.exists() and out in pending.parents and len(paused["replaced"]) == after
    process.send_signal(signal.SIGKILL)
    process.wait()

    current = snapshot(out)
    assert current.keys() == previous.keys()  # every table still there and readable
    for name, table in current.items():
        expected = new if name in paused["replaced"] else previous
        assert same(table, expected[name]), name
    leftovers = temporaries(out)  # the killed run's, still hidden, its pid in their names
    assert pending.relative_to(out).parts[0] in leftovers
    assert all(f".{process.pid}." in name for name in leftovers)

    run_extract(SAMPLE, out)  # the next run completes the output and clears the leftovers
    assert set(assert_each_previous_or_new(out, previous, new).values()) == {"new"}
    assert temporaries(out) == []


def test_outputs_are_readable_by_others(outputs):
    """Atomic writing goes through mkstemp (owner-only files); outputs get open()'s mode."""
    previous_dir, _, _, _ = outputs
    mask = os.umask(0)
    os.umask(mask)
    for path in previous_dir.iterdir():
        assert path.stat().st_mode & 0o777 == 0o666 & ~mask, path.name


def test_leftovers_of_dead_runs_are_removed_and_live_ones_kept(tmp_path):
    """A temporary file names its writer's process: gone means a leftover, alive means a
    run writing right now (not ours to delete)."""
    target = tmp_path / "articles.parquet"
    dead = tmp_path / f".articles.parquet.{2**22 + 12345}.x1.tmp"  # above any pid_max default
    live = tmp_path / f".articles.parquet.{os.getppid()}.x2.tmp"
    other = tmp_path / f".mentions.parquet.{2**22 + 12345}.x3.tmp"
    for path in (dead, live, other):
        path.write_bytes(b"half a table")
    atomic_write(target, lambda tmp: tmp.write_bytes(b"whole"))
    assert target.read_bytes() == b"whole"
    assert not dead.exists()
    assert live.exists() and other.exists()  # alive, or another table's (removed on its turn)


def test_write_errors_name_the_folder_and_the_fix(tmp_path):
    blocker = tmp_path / "results"
    blocker.write_text("a file")
    with pytest.raises(OutputFolderError, match="choose another output folder"):
        ensure_writable_folder(blocker)
    with pytest.raises(OutputFolderError, match=r"results/out \(it, or a folder above it"):
        atomic_write(blocker / "out" / "t.parquet", lambda tmp: None)
    assert ensure_writable_folder(tmp_path / "new" / "deep").is_dir()
    assert list((tmp_path / "new" / "deep").iterdir()) == []  # the probe file is gone


# --- tidynews report ---------------------------------------------------------------------

# Three of the shipped notebooks keep each report run near half a minute; the writing is the
# same for any number of them.
REPORT_NOTEBOOKS = ("00_overview", "20_sanctions", "90_explorer")
# nbformat gives papermill's injected-parameters cell a new random id on every run; the page
# shows it as an HTML id. Everything else in a page is the same from run to run.
_INJECTED_CELL_ID = re.compile(rb'(celltag_injected-parameters" id="cell-id=)[0-9a-f-]+')
ReportSnapshot = dict[str, bytes]


@dataclass(frozen=True)
class ReportSetup:
    """Tables of a previous and of a new corpus, notebooks, and a previous complete report."""

    notebooks: Path
    previous_tables: Path
    new_tables: Path
    previous_report: Path
    previous: ReportSnapshot
    n_previous: int  # articles in each corpus: each page prints "articles: N of N read"
    n_new: int


def report_args(tables: Path, notebooks: Path, out: Path) -> list[str]:
    return [
        "report", str(SAMPLE), "--case", CASE, "--tables", str(tables),
        "--notebooks", str(notebooks), "--out", str(out), "--quiet",
    ]  # fmt: skip


def run_report(tables: Path, notebooks: Path, out: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tidynews", *report_args(tables, notebooks, out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def report_snapshot(out: Path) -> ReportSnapshot:
    """Every visible file of a report folder, as bytes (pages with the random cell id masked)."""
    return {
        path.name: _INJECTED_CELL_ID.sub(rb"\1ID", path.read_bytes())
        for path in sorted(out.iterdir())
        if path.is_file() and not path.name.startswith(".")
    }


def hidden_files(out: Path) -> list[str]:
    """Temporary files: ``.NAME.PID.xxxx.tmp`` of atomic writes (a notebook being executed
    included); a killed run may leave them, a complete run must not."""
    return sorted(path.name for path in out.iterdir() if path.name.startswith("."))


@pytest.fixture(scope="module")
def report_setup(outputs, tmp_path_factory) -> ReportSetup:
    """The extract fixture's two output folders serve as the report's tables."""
    previous_tables, *_ = outputs
    new_tables = previous_tables.parent / "reference"
    base = tmp_path_factory.mktemp("interrupt-report")
    notebooks = base / "notebooks"
    notebooks.mkdir()
    for name in REPORT_NOTEBOOKS:
        shutil.copy(NOTEBOOKS / f"{name}.ipynb", notebooks)
    previous_report = base / "previous"
    run_report(previous_tables, notebooks, previous_report)
    return ReportSetup(
        notebooks,
        previous_tables,
        new_tables,
        previous_report,
        report_snapshot(previous_report),
        len(pd.read_parquet(previous_tables / "articles.parquet")),
        len(pd.read_parquet(new_tables / "articles.parquet")),
    )


def is_whole_page(page: bytes) -> bool:
    """An HTML page written to its end: it parses, and <body> and <html> are closed."""
    closed: list[str] = []

    class Closings(HTMLParser):
        def handle_endtag(self, tag: str) -> None:
            closed.append(tag)

    parser = Closings()
    parser.feed(page.decode("utf-8"))
    parser.close()
    return page.rstrip().endswith(b"</html>") and closed[-2:] == ["body", "html"]


def is_complete_new(name: str, content: bytes, setup: ReportSetup) -> bool:
    """A whole page, notebook or index of a run on the new tables."""
    if name.endswith(".html"):
        marker = (
            f"<strong>{setup.n_new}</strong> articles"
            if name == "index.html"
            else f"of {setup.n_new} read"
        )
        return is_whole_page(content) and marker.encode() in content
    if name.endswith(".ipynb"):
        nb = nbformat.reads(content.decode("utf-8"), as_version=4)  # raises if cut short
        run = nb.metadata.get("papermill", {})
        return (
            bool(run.get("end_time"))
            and not run.get("exception")
            and run.get("parameters", {}).get("tables") == str(setup.new_tables)
        )
    if name == PLOTLY_JS_NAME:
        return content == plotly_js().encode("utf-8")
    return False


def assert_report_whole(out: Path, setup: ReportSetup) -> dict[str, str]:
    """Same files as the previous report; each one the previous version or a complete new one."""
    current = report_snapshot(out)
    assert current.keys() == setup.previous.keys(), "the report's files changed"
    versions = {}
    for name, content in current.items():
        if is_complete_new(name, content, setup):
            versions[name] = "new"
        elif content == setup.previous[name]:
            versions[name] = "previous"
        else:
            raise AssertionError(f"{name} is neither the previous version nor a complete new one")
    return versions


def child_processes(pid: int) -> list[int]:
    """The processes ``pid`` started (the Jupyter kernels of a report), from /proc."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # ended while we looked
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return children


def running(pid: int) -> bool:
    """Whether a process still runs (a zombie waiting for its reaper does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def kill_report_when(ready, setup: ReportSetup, out: Path, errors: Path) -> list[int]:
    """Start a report on the new tables, SIGKILL it once ``ready(out)`` holds; return the
    kernels it had started."""
    with errors.open("w") as stderr:
        process = subprocess.Popen(
            [
                sys.executable, "-m", "tidynews",
                *report_args(setup.new_tables, setup.notebooks, out),
            ],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )  # fmt: skip
    deadline = time.monotonic() + 300
    while not ready(out):
        if process.poll() is not None:
            pytest.fail(f"the report ended before the kill point: {errors.read_text()}")
        assert time.monotonic() < deadline, "the report never reached the kill point"
        time.sleep(0.05)
    kernels = child_processes(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return kernels


def notebook_running(name: str):
    """Kill point: papermill is executing ``name`` into its (hidden) temporary file."""
    return lambda out: any(out.glob(f".{name}.*"))


def page_replaced(name: str, out: Path):
    """Kill point: ``name`` has been replaced since now (os.replace gives it a new inode)."""
    before = (out / name).stat().st_ino
    return lambda folder: (folder / name).exists() and (folder / name).stat().st_ino != before


def test_kill_report_at_several_points(report_setup: ReportSetup, tmp_path: Path):
    setup = report_setup
    out = tmp_path / "report"
    shutil.copytree(setup.previous_report, out)
    first, second = (f"{name}.html" for name in REPORT_NOTEBOOKS[:2])
    kill_points = [
        ("while the first notebook runs", lambda: notebook_running(REPORT_NOTEBOOKS[0])),
        ("after the first page", lambda: page_replaced(first, out)),
        ("after the second page", lambda: page_replaced(second, out)),
    ]
    seen_new: dict[str, bytes] = {}
    left_over = set()
    for label, kill_point in kill_points:
        kernels = kill_report_when(kill_point(), setup, out, tmp_path / "stderr")
        deadline = time.monotonic() + 30
        while any(running(pid) for pid in kernels) and time.monotonic() < deadline:
            time.sleep(0.2)
        orphans = [pid for pid in kernels if running(pid)]
        for pid in orphans:  # ours: stop them before failing
            os.kill(pid, signal.SIGKILL)
        assert orphans == [], f"killed {label}: its kernels outlived it by 30 s"
        versions = assert_report_whole(out, setup)
        current = report_snapshot(out)
        seen_new.update({name: current[name] for name, v in versions.items() if v == "new"})
        left_over.update(hidden_files(out))
    # the kills landed where they were meant to, and a killed run did leave temporaries
    assert {first, second} <= set(seen_new)
    assert any(name.startswith(f".{REPORT_NOTEBOOKS[0]}.") for name in left_over), left_over

    run_report(setup.new_tables, setup.notebooks, out)
    assert set(assert_report_whole(out, setup).values()) == {"new"}
    assert hidden_files(out) == [], f"left by the killed runs: {sorted(left_over)}"
    final = report_snapshot(out)
    for name, content in seen_new.items():  # a page a killed run finished is the final one
        if name.endswith(".html") and name != "index.html":
            assert content == final[name], name
