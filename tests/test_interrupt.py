"""Killing ``tidynews extract`` never leaves a broken output, and the next run completes it.

Each test starts from a previous complete output (the Caracas Herald part of the sample) and
kills a real ``python -m tidynews extract data/sample`` with SIGKILL, which gives the process
no chance to clean up. Afterwards every table in the output folder must open and be exactly
the previous version or the new one (never a half-written file), and a run to the end must
leave exactly the complete new output, temporary files included.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from tidynews.storage import OutputFolderError, atomic_write, ensure_writable_folder

from .conftest import SAMPLE

pytestmark = pytest.mark.slow

CASE = "venezuela-2019"
PREVIOUS_CORPUS = SAMPLE / "caracas-herald"
Snapshot = dict[str, object]

# A run that pauses inside storage.atomic_write, so a kill lands at an exact point: after
# `after` files are replaced, with the next one written to its temporary file (cut to half
# its size when `mode` is "half", as if the kill came mid-write). The marker file says
# "paused now", with the temporary file and the outputs already replaced.
PAUSING_RUN = """
import json, sys, time
from pathlib import Path
import tidynews.storage as storage

marker, after, mode = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
real_atomic_write, calls = storage.atomic_write, []

def pausing_atomic_write(path, write):
    calls.append(path)
    if len(calls) <= after:
        return real_atomic_write(path, write)

    def write_then_pause(tmp):
        write(tmp)
        if mode == "half":
            with open(tmp, "r+b") as handle:
                handle.truncate(tmp.stat().st_size // 2)
        replaced = [Path(done).name for done in calls[:-1]]
        marker.write_text(json.dumps({"pending": str(tmp), "replaced": replaced}))
        time.sleep(600)

    return real_atomic_write(path, write_then_pause)

storage.atomic_write = pausing_atomic_write
from tidynews.cli import main
sys.exit(main(sys.argv[4:]))
"""


def extract_args(corpus: Path, out: Path) -> list[str]:
    return ["extract", str(corpus), "--case", CASE, "--out", str(out), "--quiet"]


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
    return sorted(path.name for path in out.iterdir() if path.name.endswith(".tmp"))


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


@pytest.mark.parametrize(
    ("after", "mode"),
    [(0, "half"), (3, "whole")],
    ids=["first-table-half-written", "mid-run-written-not-replaced"],
)
def test_kill_while_a_table_is_being_written(outputs, tmp_path, after, mode):
    """SIGKILL at an exact point of the writing: a temporary file exists (half-written or
    whole, not yet moved into place) and ``after`` files are already new."""
    previous_dir, previous, new, _ = outputs
    out = fresh_copy(previous_dir, tmp_path)
    marker, errors = tmp_path / "paused", tmp_path / "stderr"
    pausing = [sys.executable, "-c", PAUSING_RUN, str(marker), str(after), mode]
    with errors.open("w") as stderr:
        process = subprocess.Popen(
            [*pausing, *extract_args(SAMPLE, out)], stdout=subprocess.DEVNULL, stderr=stderr
        )
    deadline = time.monotonic() + 300
    while not marker.exists():
        if process.poll() is not None:
            pytest.fail(f"the run ended without pausing in atomic_write: {errors.read_text()}")
        assert time.monotonic() < deadline, "the run never reached its writing"
        time.sleep(0.05)
    paused = json.loads(marker.read_text())
    pending = Path(paused["pending"])
    assert pending.exists() and pending.parent == out and len(paused["replaced"]) == after
    process.send_signal(signal.SIGKILL)
    process.wait()

    current = snapshot(out)
    assert current.keys() == previous.keys()  # every table still there and readable
    for name, table in current.items():
        expected = new if name in paused["replaced"] else previous
        assert same(table, expected[name]), name
    assert temporaries(out) == [pending.name]  # the killed run's leftover, still hidden

    run_extract(SAMPLE, out)  # the next run completes the output and clears the leftover
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
