"""Every user mistake the command line can see: one line that says what is wrong and how to
fix it, exit code 2, and no traceback unless ``--debug``.

tests/test_cli.py covers a missing corpus, an unknown case, a bad ``--column`` and a gold file
that is not YAML; this file covers the rest: output folders that cannot be written (a file in
the way, a read-only file system, no permission), case, gold and rule files that do not
parse or have the wrong shape, a size limit that is not a size, and Ctrl-C.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ARTICLE, write

EXIT_USAGE = 2


def run_cli(*args: str, prefix: tuple[str, ...] = (), cwd: Path | None = None):
    return subprocess.run(
        [*prefix, sys.executable, "-m", "tidynews", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def assert_one_line_error(done: subprocess.CompletedProcess, *words: str) -> str:
    """Exit 2, a single stderr line starting 'tidynews: error:', holding every word."""
    assert done.returncode == EXIT_USAGE, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("tidynews: error: "), lines[0]
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write(tmp_path / "c" / "a.txt", ARTICLE)
    return tmp_path / "c"


# --- output folders ------------------------------------------------------------------------


def test_output_folder_that_is_a_file(corpus, tmp_path):
    blocker = write(tmp_path / "results", "a file where the folder should be")
    done = run_cli("extract", str(corpus), "--out", str(blocker), "--quiet")
    assert_one_line_error(done, str(blocker), "is a file", "choose another output folder")
    assert blocker.read_text() == "a file where the folder should be"


def test_output_folder_on_a_read_only_file_system(corpus):
    target = "/proc/tidynews-cannot-write-here"
    done = run_cli("extract", str(corpus), "--out", target, "--quiet")
    assert_one_line_error(done, target, "cannot write to the output folder", "--out")


@pytest.fixture
def unprivileged() -> Iterator[tuple[tuple[str, ...], Path]]:
    """A command prefix that runs as a user without root's rights, and a folder it can read.

    As root, permissions do not apply, so the command runs as 'nobody' through setpriv; the
    folder is outside pytest's owner-only temporary tree so that user can reach it.
    """
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot drop the rights to test")
        prefix: tuple[str, ...] = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
    else:
        prefix = ()
    folder = Path(tempfile.mkdtemp(prefix="tidynews-perm-"))
    folder.chmod(0o755)
    try:
        yield prefix, folder
    finally:
        for path in folder.rglob("*"):
            path.chmod(0o755)
        shutil.rmtree(folder)


def test_output_folder_without_permission(unprivileged):
    prefix, folder = unprivileged
    write(folder / "c" / "a.txt", ARTICLE)
    for path in (folder / "c", folder / "c" / "a.txt"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    locked = folder / "locked"
    locked.mkdir(mode=0o555)
    locked.chmod(0o555)
    done = run_cli("extract", "c", "--out", "locked/out", "--quiet", prefix=prefix, cwd=folder)
    assert_one_line_error(done, "locked/out", "Permission denied", "fix its permissions")


def test_an_unwritable_output_is_reported_before_the_corpus_is_read(corpus, tmp_path):
    """Fail fast: a bad --out must not cost the user a whole extraction first."""
    blocker = write(tmp_path / "results", "a file")
    guard = textwrap.dedent(
        """
        import sys
        import tidynews.ingest

        def refuse(*args, **kwargs):
            raise SystemExit("the corpus was read before the output folder was checked")

        tidynews.ingest.iter_sources = refuse  # every corpus is walked through it
        from tidynews.cli import main
        sys.exit(main(sys.argv[1:]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", guard, "extract", str(corpus), "--out", str(blocker), "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert_one_line_error(done, str(blocker), "choose another output folder")


# --- files the user wrote: cases, gold files, cleaning rules ---------------------------------


def test_case_file_that_is_not_yaml(corpus, tmp_path):
    case = write(tmp_path / "mine.yaml", "name: [never closed\n")
    done = run_cli("extract", str(corpus), "--out", str(tmp_path / "o"), "--case", str(case))
    assert_one_line_error(done, str(case), "line 2")


def test_case_file_that_does_not_exist(corpus, tmp_path):
    case = tmp_path / "nowhere" / "case.yaml"
    done = run_cli("extract", str(corpus), "--out", str(tmp_path / "o"), "--case", str(case))
    assert_one_line_error(done, "case file not found", str(case))


def test_unknown_case_lists_the_known_ones(corpus, tmp_path):
    done = run_cli("extract", str(corpus), "--out", str(tmp_path / "o"), "--case", "atlantis")
    assert_one_line_error(done, "'atlantis'", "venezuela-2019")


def test_gold_file_that_is_not_yaml_is_one_line(corpus, tmp_path):
    gold = write(tmp_path / "gold.yaml", "articles: [1, 2")
    done = run_cli("evaluate", str(corpus), "--gold", str(gold), "--quiet")
    assert_one_line_error(done, str(gold), "not valid YAML", "line 1")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("- just\n- a list\n", ["articles:"]),
        ("articles:\n  a.txt: 5\n", ["a.txt", "must map to its facts"]),
        ("case: atlantis\narticles:\n  a.txt: {}\n", ["unknown case 'atlantis'"]),
    ],
    ids=["a-list", "facts-not-a-mapping", "unknown-case"],
)
def test_gold_file_of_the_wrong_shape(corpus, tmp_path, content, words):
    gold = write(tmp_path / "gold.yaml", content)
    done = run_cli("evaluate", str(corpus), "--gold", str(gold), "--quiet")
    assert_one_line_error(done, *words)


@pytest.mark.parametrize("what", ["missing", "a-folder"])
def test_gold_file_that_cannot_be_read(corpus, tmp_path, what):
    gold = tmp_path / "gold.yaml"
    if what == "a-folder":
        gold.mkdir()
    done = run_cli("evaluate", str(corpus), "--gold", str(gold), "--quiet")
    assert_one_line_error(done, "gold file", str(gold))


def test_rules_folder_with_a_broken_file(corpus, tmp_path):
    rules = write(tmp_path / "rules" / "mine.yaml", "rules: [\n").parent
    done = run_cli(
        "extract", str(corpus), "--out", str(tmp_path / "o"), "--rules", str(rules), "--quiet"
    )
    assert_one_line_error(done, "mine.yaml", "not valid YAML", "line 2")


def test_rules_folder_that_does_not_exist(corpus, tmp_path):
    rules = tmp_path / "no-rules"
    done = run_cli(
        "extract", str(corpus), "--out", str(tmp_path / "o"), "--rules", str(rules), "--quiet"
    )
    assert_one_line_error(done, str(rules), "not found")


# --- options -------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["0", "-5"])
def test_size_limit_must_be_positive(corpus, tmp_path, value):
    done = run_cli(
        "extract", str(corpus), "--out", str(tmp_path / "o"), "--max-bytes", value, "--quiet"
    )
    assert done.returncode == EXIT_USAGE, done.stderr
    assert "--max-bytes" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "o").exists(), "nothing is read or written with a bad option"


def test_debug_shows_the_traceback_of_a_user_error(corpus, tmp_path):
    case = write(tmp_path / "mine.yaml", "name: [never closed\n")
    done = run_cli(
        "--debug", "extract", str(corpus), "--out", str(tmp_path / "o"), "--case", str(case)
    )
    assert done.returncode != 0 and "Traceback" in done.stderr


# --- interruption --------------------------------------------------------------------------


def _default_ctrl_c() -> None:
    """In the child before it starts Python: SIGINT as a terminal delivers it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_is_one_line_and_exit_130(corpus, tmp_path):
    """SIGINT while the run reads: a line saying the previous output is kept, no traceback.

    The run is held inside its reading step (a stand-in for the corpus walk that says so and
    waits) so the signal lands there every time, not before or after the work. The child gets
    Ctrl-C's default disposition back: a shell starts a background job with SIGINT ignored,
    Python keeps an inherited "ignore" (it installs KeyboardInterrupt only over the default),
    so a suite started with ``make test &`` would otherwise test a run no terminal can stop.
    """
    marker = tmp_path / "reading"
    holding = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        import tidynews.ingest

        def hold(*args, **kwargs):
            Path(sys.argv[1]).touch()
            time.sleep(600)
            yield from ()

        tidynews.ingest.iter_sources = hold  # every corpus is walked through it
        from tidynews.cli import main
        sys.exit(main(sys.argv[2:]))
        """
    )
    errors = tmp_path / "stderr"
    command = [sys.executable, "-c", holding, str(marker), "extract", str(corpus)]
    with errors.open("w") as stderr:
        process = subprocess.Popen(
            [*command, "--out", str(tmp_path / "o"), "--quiet"],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            preexec_fn=_default_ctrl_c,
        )
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert process.poll() is None, errors.read_text()
            assert time.monotonic() < deadline, "the run never started reading"
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        process.wait(timeout=120)
    text = errors.read_text()
    assert process.returncode == 130, text
    assert "Traceback" not in text and len(text.strip().splitlines()) == 1, text
    assert "interrupted; the previous output is left as it was" in text
