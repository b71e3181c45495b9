"""benchmarks/bench_scale.py: its synthetic corpus, its memory sampling, its verdicts, a tiny run.

The benchmark's figures are only worth reading if the corpus really holds N different articles
the readers accept, if the memory figure really includes worker processes, and if "met" means
met; the end-to-end runs check it prints every figure and fails when a run fails.
"""

from __future__ import annotations

import importlib
import itertools
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from .conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
bench_scale = importlib.import_module("bench_scale")
synthetic = importlib.import_module("synthetic")

SCRIPT = REPO / "benchmarks" / "bench_scale.py"
MIB = 1024 * 1024


# --- the synthetic corpus ----------------------------------------------------------------


def test_records_are_distinct_spread_over_outlets_and_months_and_repeatable() -> None:
    records = list(synthetic.synthetic_records(2_000, seed=7))
    assert len({record["text"] for record in records}) == 2_000
    assert {record["outlet"] for record in records} == set(synthetic.OUTLETS)
    assert len({record["published"][:7] for record in records}) == 9
    assert len({record["url"] for record in records}) == 2_000
    assert all(record["title"] and record["text"].strip() for record in records)
    assert list(synthetic.synthetic_records(50, seed=7)) == records[:50]
    assert list(synthetic.synthetic_records(50, seed=8)) != records[:50]


def _shingles(text: str, width: int = 5) -> set[tuple[str, ...]]:
    words = text.split()
    return {tuple(words[i : i + width]) for i in range(len(words) - width + 1)}


def test_texts_are_not_near_duplicates() -> None:
    """No two of 300 articles share even half their five-word runs (measured: under 0.2)."""
    shingles = [_shingles(r["text"]) for r in synthetic.synthetic_records(300)]
    overlap = max(len(a & b) / len(a | b) for a, b in itertools.combinations(shingles, 2))
    assert overlap < 0.5


def test_a_repeated_text_is_drawn_again(monkeypatch) -> None:
    real = synthetic.synthetic_article

    def repeating(index: int, seed: int = 2019, variant: int = 0) -> tuple[str, str]:
        return real(0 if variant == 0 else index, seed, variant)  # every index draws text 0

    monkeypatch.setattr(synthetic, "synthetic_article", repeating)
    records = list(synthetic.synthetic_records(4))
    assert len({record["text"] for record in records}) == 4
    assert records[0]["text"] == real(0)[1]


def test_bench_extract_texts_are_unchanged_by_the_records() -> None:
    """bench_extract.py's articles: (id, text) pairs, variant 0 of each index."""
    pairs = list(synthetic.synthetic_articles(3))
    assert [pair[0] for pair in pairs] == ["000000000000", "000000000001", "000000000002"]
    assert pairs[1][1] == synthetic.synthetic_article(1)[1]
    assert synthetic.synthetic_record(1)["text"] == pairs[1][1]


def test_corpus_files_are_read_whole_by_tidynews_and_reused(tmp_path) -> None:
    from tidynews.ingest import read_corpus

    corpus = bench_scale.write_corpus(tmp_path, 1_200, seed=3)
    files = sorted(corpus.folder.iterdir())
    assert [path.name for path in files] == ["part-00000.jsonl", "part-00001.jsonl"]
    assert [len(path.read_text(encoding="utf-8").splitlines()) for path in files] == [1000, 200]
    assert not corpus.reused and corpus.files == 2
    articles = read_corpus(corpus.folder)
    assert len(articles) == 1_200
    assert articles["outlet"].nunique() == len(synthetic.OUTLETS)
    assert articles["published"].notna().all()

    stamps = [path.stat().st_mtime_ns for path in files]
    again = bench_scale.write_corpus(tmp_path, 1_200, seed=3)
    assert again.reused and [path.stat().st_mtime_ns for path in files] == stamps
    other = bench_scale.write_corpus(tmp_path, 1_200, seed=4)
    assert not other.reused
    first = json.loads(files[0].read_text(encoding="utf-8").splitlines()[0])
    assert first == synthetic.synthetic_record(0, seed=4)


def test_a_corpus_cut_short_is_written_again(tmp_path) -> None:
    """No description file (a killed run writes it last): the folder is not trusted."""
    corpus = bench_scale.write_corpus(tmp_path, 30, seed=1)
    (tmp_path / "corpus-30.json").unlink()
    (corpus.folder / "part-00000.jsonl").write_text("", encoding="utf-8")
    again = bench_scale.write_corpus(tmp_path, 30, seed=1)
    assert not again.reused
    assert len((again.folder / "part-00000.jsonl").read_text("utf-8").splitlines()) == 30


# --- memory of a process tree ------------------------------------------------------------

# A parent that starts a child holding 200 MiB (written to, so resident) and says when it is.
PARENT_WITH_A_HUNGRY_CHILD = """
import subprocess, sys, time
hungry = "import time; block = b'x' * (200 << 20); print('ready', flush=True); time.sleep(30)"
child = subprocess.Popen([sys.executable, "-c", hungry], stdout=subprocess.PIPE)
child.stdout.readline()
print("ready", flush=True)
time.sleep(30)
"""


def test_tree_memory_adds_the_children_to_the_main_process() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", PARENT_WITH_A_HUNGRY_CHILD], stdout=subprocess.PIPE
    )
    try:
        assert process.stdout.readline().strip() == b"ready"
        memory = bench_scale.TreeMemory(process.pid)
        memory.sample()
    finally:
        bench_scale.kill_tree(process.pid)
        process.wait()
    assert memory.peak_root < 100 * MIB
    assert memory.peak_tree - memory.peak_root > 190 * MIB


def test_kill_tree_leaves_no_descendant() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", PARENT_WITH_A_HUNGRY_CHILD], stdout=subprocess.PIPE
    )
    assert process.stdout.readline().strip() == b"ready"
    children = psutil.Process(process.pid).children(recursive=True)
    assert children
    bench_scale.kill_tree(process.pid)
    process.wait()
    time.sleep(0.1)
    assert not any(child.is_running() and child.status() != "zombie" for child in children)


# --- verdicts ----------------------------------------------------------------------------


def _run(engine: str, seconds: float, tree_mib: float, ok: bool = True):
    return bench_scale.EngineRun(
        size=200_000, engine=engine, out=Path("unused"), seconds=seconds,
        peak_tree=int(tree_mib * MIB), peak_main=int(tree_mib * MIB), output_bytes=MIB,
        articles=200_000 if ok else None, failure=None if ok else "exit status 1",
    )  # fmt: skip


def test_targets_say_met_and_not_met_from_the_figures() -> None:
    runs = [_run("serial", 1000, 900), _run("jobs2", 580, 1500), _run("dask", 760, 1200)]
    notebooks = [bench_scale.NotebookRuns(200_000, "serial", {"a": 12.0, "b": 61.0}, {}, MIB, 80.0)]
    text = "\n".join(bench_scale.target_lines(runs, notebooks))
    assert "serial 900 MiB met, jobs2 1,500 MiB not met, dask 1,200 MiB met" in text
    assert "jobs2/serial throughput 1.72x (needs >= 1.70x) met" in text
    assert "dask/jobs2 throughput 0.76x (needs >= 0.80x) not met" in text
    assert "notebooks < 60 s each: not met: b 61.0 s" in text


def test_a_failed_run_gives_no_ratio() -> None:
    runs = [_run("serial", 1000, 900), _run("jobs2", 500, 900, ok=False)]
    lines = bench_scale.target_lines(runs, [])
    assert lines[2] == "    peak RSS (tree) < 1.5 GB (1,431 MiB): serial 900 MiB met"
    assert "not measured (needs successful jobs2 and serial runs)" in lines[3]


# --- the script end to end ---------------------------------------------------------------


def _bench(*arguments: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *arguments],
        capture_output=True, text=True, timeout=timeout, cwd=REPO,
    )  # fmt: skip


@pytest.mark.slow
def test_a_tiny_run_prints_every_figure_and_cleans_up(tmp_path) -> None:
    one_notebook = tmp_path / "notebooks"
    one_notebook.mkdir()
    shutil.copy(REPO / "notebooks" / "00_overview.ipynb", one_notebook)
    result = _bench(
        "--sizes", "60", "--engines", "serial", "jobs2", "--notebook-folder", str(one_notebook)
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert re.search(r"\d+ logical CPUs .* GiB total", out)
    assert re.search(r"tidynews \d+\.\d+\.\d+", out)
    assert "60 articles: 1 JSONL files" in out
    for engine in ("serial", "jobs2"):
        row = re.search(
            rf"^\s+60 {engine}\s+60\s+([\d.]+)\s+([\d,]+)\s+([\d.]+)\s+([\d,]+)\s+([\d,]+)"
            r"\s+([\d.]+)  ok$",
            out,
            re.MULTILINE,
        )
        assert row, f"no summary row for {engine}:\n{out}"
        seconds, rate, cores, tree, main, output = (float(v.replace(",", "")) for v in row.groups())
        assert seconds > 0 and rate > 0 and output > 0
        assert 0.1 < cores < 3.5  # CPU seconds of the whole tree (main + 2 workers) over wall
        assert tree >= main > 50  # a Python process with pandas and spaCy is never this small
        if engine == "jobs2":
            assert tree > main * 1.5  # the two worker processes count too
    assert re.search(r"jobs2/serial throughput \d+\.\d\dx \(needs >= 1\.70x\) (met|not met)", out)
    assert "over the serial tables (every engine writes the same tables)" in out
    assert re.search(r"^  00_overview\s+[\d.]+$", out, re.MULTILINE)
    assert "notebooks < 60 s each: " in out
    work = re.search(r"^work folder: (.+)$", out, re.MULTILINE)
    assert work and not Path(work[1]).exists()


def test_a_failing_run_exits_1_with_its_error(tmp_path) -> None:
    result = _bench(
        "--sizes", "5", "--engines", "serial", "--no-notebooks", "--case", "no-such-case",
        "--work", str(tmp_path),
    )  # fmt: skip
    assert result.returncode == 1
    assert "serial" in result.stdout and "FAILED: exit status 2" in result.stdout
    assert "unknown case 'no-such-case'" in result.stdout
    assert (tmp_path / "corpus-5").is_dir()  # a given --work folder is kept
